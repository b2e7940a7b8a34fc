// Publishes diagnostics as the writer types, one analysis per burst: a change
// that comes after a pause is published at once, and changes that follow it
// closer than the debounce delay wait until the writer pauses again. So an
// isolated keystroke is not held back, and a burst (key repeat, a paste, many
// cursors) still costs one analysis, not one per change.

import { Connection, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from './documents';
import { Analysis } from '../core/analysis';
import { toDiagnostic } from './convert';

/** A pause this long after diagnostics is time to get the rest of the analysis ready. */
const WARM_AFTER_MS = 30;

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document last changed (performance.now()). */
  private readonly changed = new Map<string, number>();
  /** What each document last claimed (see crossFile.ts). */
  private readonly claims = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly store: AnalysisStore,
    private readonly enabled: (uri: string) => boolean,
    /** Diagnostics that also depend on other files. */
    private readonly acrossFiles: (doc: TextDocument, analysis: Analysis) => Diagnostic[],
    /** A document now gives a name another amount: other documents may gain or lose a conflict. */
    private readonly claimsChanged: (uri: string) => void,
    /** What a document claims, as a string to compare (crossFile.ts). */
    private readonly claimsKey: (analysis: Analysis) => string,
  ) {}

  schedule(doc: TextDocument, delayMs: number, get: (uri: string) => TextDocument | undefined): void {
    const uri = doc.uri;
    const now = performance.now();
    const previous = this.changed.get(uri);
    this.changed.set(uri, now);
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    // After a pause, at once (on the next turn, so that changes read in the same batch go together).
    const paused = !old && (previous === undefined || now - previous >= delayMs);
    this.timers.set(
      uri,
      setTimeout(
        () => {
          this.timers.delete(uri);
          const current = get(uri);
          if (current) this.publish(current);
        },
        paused ? 0 : delayMs,
      ),
    );
  }

  publish(doc: TextDocument): void {
    if (!this.enabled(doc.uri)) {
      this.clear(doc.uri);
      return;
    }
    let diagnostics: Diagnostic[];
    try {
      const analysis = this.store.get(doc);
      diagnostics = analysis.diagnostics.map((f) => toDiagnostic(doc, f));
      for (const d of this.acrossFiles(doc, analysis)) diagnostics.push(d);
      const key = this.claimsKey(analysis);
      const before = this.claims.get(doc.uri);
      this.claims.set(doc.uri, key);
      if (before !== key && !(before === undefined && key === '')) this.claimsChanged(doc.uri);
    } catch (err) {
      // A bug in one analysis must not take the server down with it.
      this.connection.console.error(`Analysis failed for ${doc.uri}: ${err instanceof Error ? err.stack : String(err)}`);
      diagnostics = [];
    }
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    // Typing on does not wait for lists that only hovers and hints read.
    this.store.warm(doc, WARM_AFTER_MS);
  }

  clear(uri: string): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.delete(uri);
    this.changed.delete(uri);
    this.claims.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
