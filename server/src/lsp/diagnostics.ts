// Publishes diagnostics after the writer pauses: each change restarts a short
// timer per document, so a burst of keystrokes costs one analysis, not one each.

import { Connection, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from './documents';
import { toDiagnostic } from './convert';

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly store: AnalysisStore,
    private readonly enabled: (uri: string) => boolean,
  ) {}

  schedule(doc: TextDocument, delayMs: number, get: (uri: string) => TextDocument | undefined): void {
    const old = this.timers.get(doc.uri);
    if (old) clearTimeout(old);
    const uri = doc.uri;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const current = get(uri);
        if (current) this.publish(current);
      }, delayMs),
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
    } catch (err) {
      // A bug in one analysis must not take the server down with it.
      this.connection.console.error(`Analysis failed for ${doc.uri}: ${err instanceof Error ? err.stack : String(err)}`);
      diagnostics = [];
    }
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  clear(uri: string): void {
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
