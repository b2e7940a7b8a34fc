// Figure conflicts across files, in LSP terms: a document's claims (the first
// amount it gives each name) against those of every other brief, open in the
// editor (their live analysis) or on disk (the workspace index).

import { Diagnostic, Location, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { ClaimAway, ClaimBook, CrossFileReport, crossFileReports, MAX_LINKED_FILES } from '../core/checks/crossFile';
import { FIGURE_CONFLICT } from '../core/checks/conflicts';
import { CheckSettings } from '../core/settings';
import { Translate } from '../core/messages';
import { ClaimPlace, WorkspaceIndex } from './workspaceIndex';
import { toRange, toSeverity, SOURCE } from './convert';
import { FileSummary } from '../workspace/summary';
import { OpenDocument } from './names';

/** What a document claims, as one string: when it changes, the other open documents' conflicts may change too. */
export function claimsKey(analysis: Analysis): string {
  let key = '';
  for (const c of analysis.claims) key += `${c.id}\u0000${c.text}\u0000${c.value}\u0000${c.lo}\u0000${c.hi}\u0000${c.currency}\u0000${c.quiet}\u0001`;
  return key;
}

/** Every claim of the files in the workspace, the open ones from the editor. */
export class WorkspaceClaims {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly open: () => OpenDocument[],
    private readonly isOpen: (uri: string) => boolean,
    private readonly t: () => Translate,
  ) {}

  private books(): ClaimBook<ClaimPlace>[] {
    const live = new ClaimBook<ClaimPlace>();
    for (const o of this.open()) live.add(o.analysis.claims, (c) => ({ uri: o.doc.uri, range: toRange(o.doc, c), live: true }));
    return [this.index.claimBook(), live];
  }

  /** The index's copy of a file open in the editor is stale: its live analysis speaks for it. */
  private skip(uri: string): (w: ClaimPlace) => boolean {
    return (w) => w.uri === uri || (!w.live && this.isOpen(w.uri));
  }

  /** Cross-file conflicts of an open document. */
  forDocument(doc: TextDocument, analysis: Analysis, settings: CheckSettings): Diagnostic[] {
    if (!analysis.claims.length) return [];
    const reports = crossFileReports(analysis.claims, this.books(), settings, this.skip(doc.uri), (w) => this.index.label(w.uri), this.t());
    return reports.map((r) => this.diagnostic(r, toRange(doc, r.conflict.claim)));
  }

  /** Cross-file conflicts of files on disk, by URI (for « Analyse the whole workspace »). */
  forSummaries(summaries: readonly FileSummary[], settingsFor: (uri: string) => CheckSettings): Map<string, Diagnostic[]> {
    const out = new Map<string, Diagnostic[]>();
    const books = this.books();
    for (const s of summaries) {
      if (!s.claims.length) continue;
      const reports = crossFileReports(s.claims, books, settingsFor(s.uri), this.skip(s.uri), (w) => this.index.label(w.uri), this.t());
      if (reports.length) out.set(s.uri, reports.map((r) => this.diagnostic(r, r.conflict.claim.range)));
    }
    return out;
  }

  private diagnostic(r: CrossFileReport<ClaimAway, ClaimPlace>, range: Range): Diagnostic {
    const t = this.t();
    const name = r.conflict.claim.name;
    return {
      range,
      severity: toSeverity(r.severity),
      code: FIGURE_CONFLICT,
      source: SOURCE,
      message: r.message,
      relatedInformation: r.conflict.others.slice(0, MAX_LINKED_FILES).map((o) => ({
        location: Location.create(o.where.uri, o.where.range),
        message: t('the figure for {0} in {1}', name, this.index.label(o.where.uri)),
      })),
    };
  }
}
