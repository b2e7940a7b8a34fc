// What the workspace index keeps of a file it does not have open: where each
// name is used or defined, the amount it first gives each name, and, when
// asked, its diagnostics, in line/character positions. Small enough that
// thousands of files fit in a few megabytes. Built in worker threads, so free
// of protocol types: `lsp/convert.ts` turns its diagnostics into LSP ones.

import { Analysis } from '../core/analysis';
import { ClaimAway } from '../core/checks/crossFile';
import { Placer, Range, rangeIn } from '../core/lines';
import { Finding } from '../core/types';

export interface NameUse {
  id: string;
  text: string;
  range: Range;
}

/** The first amount the file gives a name, where it stands: other files are checked against it. */
export interface ClaimUse extends ClaimAway {
  range: Range;
}

/** A finding placed in line/character terms, with the places in the same file it refers to. */
export interface PlacedFinding extends Pick<Finding, 'severity' | 'code' | 'message'> {
  range: Range;
  related?: { range: Range; message: string }[];
}

export interface FileSummary {
  uri: string;
  version?: number;
  mentions: NameUse[];
  definitions: NameUse[];
  claims: ClaimUse[];
  /** Empty unless asked for: the background index needs names only. */
  diagnostics: PlacedFinding[];
}

export function placeFinding(doc: Placer, f: Finding): PlacedFinding {
  const placed: PlacedFinding = { range: rangeIn(doc, f), severity: f.severity, code: f.code, message: f.message };
  if (f.related?.length) placed.related = f.related.map((r) => ({ range: rangeIn(doc, r), message: r.message }));
  return placed;
}

/** What a summary needs of a document: an LSP text document fits, as does a `LineIndex` with a URI and version. */
export interface SummarizedDocument extends Placer {
  uri: string;
  version: number;
}

/** Reads only the lists it keeps: the others are never joined (see core/lazyAnalysis.ts). */
export function summarize(doc: SummarizedDocument, analysis: Analysis, options: { diagnostics: boolean }): FileSummary {
  return {
    uri: doc.uri,
    version: doc.version,
    mentions: analysis.entities.map((e) => ({ id: e.id, text: e.text, range: rangeIn(doc, e) })),
    definitions: analysis.definitions.map((d) => ({ id: d.id, text: d.term, range: rangeIn(doc, d) })),
    claims: analysis.claims.map(({ start, end, ...claim }) => ({ ...claim, range: rangeIn(doc, { start, end }) })),
    diagnostics: options.diagnostics ? analysis.diagnostics.map((f) => placeFinding(doc, f)) : [],
  };
}
