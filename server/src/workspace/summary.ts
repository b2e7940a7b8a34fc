// What the workspace index keeps of a file it does not have open: where each
// name is used or defined, and its diagnostics, in LSP coordinates. Small
// enough that thousands of files fit in a few megabytes.

import { Diagnostic, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { toDiagnostic, toRange } from '../lsp/convert';

export interface NameUse {
  id: string;
  text: string;
  range: Range;
}

export interface FileSummary {
  uri: string;
  version?: number;
  mentions: NameUse[];
  definitions: NameUse[];
  diagnostics: Diagnostic[];
  amounts: number;
  failing: number;
}

export function summarize(doc: TextDocument, analysis: Analysis): FileSummary {
  return {
    uri: doc.uri,
    version: doc.version,
    mentions: analysis.entities.map((e) => ({ id: e.id, text: e.text, range: toRange(doc, e) })),
    definitions: analysis.definitions.map((d) => ({ id: d.id, text: d.term, range: toRange(doc, d) })),
    diagnostics: analysis.diagnostics.map((f) => toDiagnostic(doc, f)),
    amounts: analysis.amounts.length,
    failing: analysis.checks.filter((c) => c.status === 'mismatch').length,
  };
}
