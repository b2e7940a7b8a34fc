// A real LSP client for protocol tests: it starts dist/server.js over stdio
// and speaks JSON-RPC through vscode-languageserver-protocol, as an editor would.

import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeParams,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '..', '..', '..', 'dist', 'server.js');

export interface Options {
  locale?: string;
  /** Answers to workspace/configuration requests (the `policyLens` section). */
  settings?: unknown;
  rootUri?: string | null;
  /** The server's environment; by default this process's with an English locale, so that no test depends on the machine's LANG. */
  env?: NodeJS.ProcessEnv;
  /** Sent as initializationOptions. */
  initializationOptions?: unknown;
  /** Client capabilities to add (merged into textDocument's). */
  textDocumentCapabilities?: Record<string, unknown>;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Every publication received, per document, in order. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void; test: (p: PublishDiagnosticsParams) => boolean }[] = [];
  stderr = '';
  settings: unknown;
  /** Every capability the server registered dynamically. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private versions = new Map<string, number>();

  constructor(private readonly options: Options = {}) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
    });
    this.process.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(i, 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      for (const r of p?.registrations ?? []) this.registrations.push(r);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<unknown> {
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: this.options.rootUri ?? null,
      locale: this.options.locale,
      initializationOptions: this.options.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
          ...this.options.textDocumentCapabilities,
        },
        window: { workDoneProgress: true },
      },
      workspaceFolders: this.options.rootUri ? [{ uri: this.options.rootUri, name: 'workspace' }] : null,
    };
    const result = await this.connection.sendRequest('initialize', params);
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document and resolves with the first diagnostics published for it. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await published).diagnostics;
  }

  /** Replaces a range (or the whole text when range is omitted) and resolves with the next diagnostics for that version. */
  async change(uri: string, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version === version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
    return (await published).diagnostics;
  }

  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        uri,
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) {
      // Wait for the server to be gone, so that the run's leftover check does not see one still stopping.
      const gone = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
      this.process.kill();
      await Promise.race([gone, new Promise((r) => setTimeout(r, 2000))]);
    }
  }
}

/** Offset → LSP position in a string, for building requests in tests. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
