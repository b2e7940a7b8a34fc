// The language server: it translates between LSP and the core, nothing more.
// Started by the VS Code client over IPC, or by any editor with `--stdio`.

import {
  CancellationToken,
  createConnection,
  LSPErrorCodes,
  ResponseError,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Translate } from '../core/messages';
import { AnalysisStore } from './documents';
import { DiagnosticsPublisher } from './diagnostics';
import { figureHover } from './hover';
import { codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { inlayHints } from './inlayHints';
import { documentSymbols } from './symbols';
import { SettingsCache } from './settings';
import { translatorFor } from '../l10n';
import { toRange } from './convert';
import { legend, semanticTokens } from './semanticTokens';

const connection = createConnection(ProposedFeatures.all);

/**
 * Requests are answered in arrival order; one the editor cancelled while it
 * waited (the cursor moved on, the text changed) is dropped before any work.
 */
function cancellable<P, R>(handler: (params: P) => R): (params: P, token: CancellationToken) => R | ResponseError<void> {
  return (params, token) => (token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : handler(params));
}
const documents = new TextDocuments(TextDocument);
const settings = new SettingsCache(connection);
let t: Translate = translatorFor(undefined);
const store = new AnalysisStore((uri) => settings.current(uri), () => t);
const publisher = new DiagnosticsPublisher(connection, store, (uri) => settings.current(uri).enable);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  t = translatorFor(params.locale);
  const caps = params.capabilities;
  settings.setSupported(!!caps.workspace?.configuration);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      documentSymbolProvider: true,
      semanticTokensProvider: { legend, full: true, range: false },
    },
    serverInfo: { name: 'policy-lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  store.invalidate();
  for (const doc of documents.all()) void refresh(doc, 0);
});

async function refresh(doc: TextDocument, delay: number): Promise<void> {
  const s = await settings.get(doc.uri);
  if (delay > 0) publisher.schedule(doc, s.debounceMs, (uri) => documents.get(uri));
  else publisher.publish(doc);
}

// TextDocuments reports an open as a content change too: the first version of
// a document is published at once, later ones after the writer pauses.
const open = new Set<string>();
documents.onDidChangeContent((e) => {
  const first = !open.has(e.document.uri);
  open.add(e.document.uri);
  void refresh(e.document, first ? 0 : 1);
});
documents.onDidClose((e) => {
  open.delete(e.document.uri);
  store.delete(e.document.uri);
  settings.clear(e.document.uri);
  publisher.clear(e.document.uri);
});

connection.onHover(cancellable((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const analysis = store.get(doc);
  const hit = figureHover(analysis, doc.offsetAt(params.position), t);
  if (!hit) return null;
  return { contents: { kind: 'markdown', value: hit.markdown }, range: toRange(doc, hit.span) };
}));

connection.onCodeAction(cancellable((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? codeActions(doc, store.get(doc), params) : [];
}));

connection.onCodeLens(cancellable((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !settings.current(doc.uri).codeLens) return [];
  return codeLenses(doc, store.get(doc), t);
}));

connection.languages.inlayHint.on(cancellable((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !settings.current(doc.uri).inlayHints) return [];
  return inlayHints(doc, store.get(doc), params.range);
}));

connection.onDocumentSymbol(cancellable((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? documentSymbols(doc, store.get(doc)) : [];
}));

connection.languages.semanticTokens.on(cancellable((params) => {
  const doc = documents.get(params.textDocument.uri);
  return { data: doc ? semanticTokens(doc, store.get(doc)) : [] };
}));

connection.onRequest('policyLens/documentSummary', (params: { uri: string }) => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  const a = store.get(doc);
  return {
    amounts: a.amounts.length,
    percentages: a.percentages.length,
    entities: a.entities.length,
    checks: a.checks.length,
    failing: a.checks.filter((c) => c.status === 'mismatch').length,
  };
});

process.on('uncaughtException', (err) => {
  connection.console.error(`Unexpected error: ${err instanceof Error ? err.stack : String(err)}`);
});

documents.listen(connection);
connection.listen();
