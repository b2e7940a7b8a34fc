// What the workspace index keeps of a file it does not have open: where each
// name is used or defined, the amount it first gives each name, and, when
// asked, its diagnostics, in LSP coordinates. Small enough that thousands of
// files fit in a few megabytes.

import { Diagnostic, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { ClaimAway } from '../core/checks/crossFile';
import { toDiagnostic, toRange } from '../lsp/convert';

export interface NameUse {
  id: string;
  text: string;
  range: Range;
}

/** The first amount the file gives a name, where it stands: other files are checked against it. */
export interface ClaimUse extends ClaimAway {
  range: Range;
}

export interface FileSummary {
  uri: string;
  version?: number;
  mentions: NameUse[];
  definitions: NameUse[];
  claims: ClaimUse[];
  /** Empty unless asked for: the background index needs names only. */
  diagnostics: Diagnostic[];
}

/** Reads only the lists it keeps: the others are never joined (see core/lazyAnalysis.ts). */
export function summarize(doc: TextDocument, analysis: Analysis, options: { diagnostics: boolean }): FileSummary {
  return {
    uri: doc.uri,
    version: doc.version,
    mentions: analysis.entities.map((e) => ({ id: e.id, text: e.text, range: toRange(doc, e) })),
    definitions: analysis.definitions.map((d) => ({ id: d.id, text: d.term, range: toRange(doc, d) })),
    claims: analysis.claims.map(({ start, end, ...claim }) => ({ ...claim, range: toRange(doc, { start, end }) })),
    diagnostics: options.diagnostics ? analysis.diagnostics.map((f) => toDiagnostic(doc, f)) : [],
  };
}
