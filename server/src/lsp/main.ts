// The language server: it translates between LSP and the core, nothing more.
// Started by the VS Code client over IPC, or by any editor with `--stdio`.

import {
  CancellationToken,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Translate } from '../core/messages';
import { GLOSSARY_FILE_PATTERNS } from '../core/knowledge/glossary';
import { translatorFor, isFrench } from '../l10n';
import { AnalysisStore } from './documents';
import { DiagnosticsPublisher } from './diagnostics';
import { figureHover } from './hover';
import { codeActions } from './codeActions';
import { codeLenses, describeCheck } from './codeLens';
import { inlayHints } from './inlayHints';
import { documentSymbols } from './symbols';
import { SettingsCache } from './settings';
import { toDiagnostic, toRange } from './convert';
import { legend, MAX_SEMANTIC_TOKENS, semanticTokens } from './semanticTokens';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceClaims, claimsKey } from './crossFile';
import {
  canRename,
  definitionOf,
  idFromKnowledgeUri,
  knowledgeDocument,
  mentionAt,
  nameHover,
  OpenDocument,
  referencesOf,
  renameEdits,
  workspaceSymbols,
} from './names';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsCache(connection);
let t: Translate = translatorFor(undefined);
let lang: 'fr' | 'en' = 'en';
const store = new AnalysisStore((uri) => settings.current(uri), () => t);
const index = new WorkspaceIndex({
  glossaryPatterns: GLOSSARY_FILE_PATTERNS,
  lang: () => lang,
  t: () => t,
  isOpen: (uri) => documents.get(uri) !== undefined,
  log: (m) => connection.console.log(m),
});
const claims = new WorkspaceClaims(index, () => openDocuments(), (uri) => documents.get(uri) !== undefined, () => t);
const publisher = new DiagnosticsPublisher(
  connection,
  store,
  (uri) => settings.current(uri).enable,
  (doc, analysis) => claims.forDocument(doc, analysis, settings.current(doc.uri).checks),
  (uri) => republishOthers(uri),
  claimsKey,
);

/** Another file's amounts changed: the open documents' cross-file conflicts are published again, once the burst is over. */
let othersTimer: NodeJS.Timeout | undefined;
function republishOthers(except?: string): void {
  if (othersTimer) clearTimeout(othersTimer);
  othersTimer = setTimeout(() => {
    othersTimer = undefined;
    for (const doc of documents.all()) if (doc.uri !== except && !index.isGlossaryUri(doc.uri)) publisher.publish(doc);
  }, 50);
}
let watchFiles = false;

/**
 * Requests are answered in arrival order; one the editor cancelled while it
 * waited (the cursor moved on, the text changed) is dropped before any work.
 */
function cancellable<P, R>(handler: (params: P) => R): (params: P, token: CancellationToken) => R | ResponseError<void> {
  return (params, token) => (token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : handler(params));
}

function openDocuments(): OpenDocument[] {
  return documents.all().filter((d) => !index.isGlossaryUri(d.uri)).map((doc) => ({ doc, analysis: store.get(doc) }));
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  t = translatorFor(params.locale);
  lang = isFrench(params.locale) ? 'fr' : 'en';
  const caps = params.capabilities;
  settings.setSupported(!!caps.workspace?.configuration);
  watchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  index.setFolders(folders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend, full: true, range: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'policy-lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  if (watchFiles) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown,txt}' }] })
      .catch(() => undefined);
  }
  void indexWorkspace();
});

/** Indexes the workspace with a progress report, then re-checks open documents against the glossaries found. */
async function indexWorkspace(reporter?: WorkDoneProgressReporter, diagnostics = false): Promise<void> {
  index.setGlossaryPatterns(await glossaryPatterns());
  const progress = reporter ?? (await connection.window.createWorkDoneProgress().catch(() => undefined));
  progress?.begin('Policy Lens', 0, t('Indexing the workspace…'), false);
  // One report per percent at most: thousands of files must not mean thousands of notifications.
  let shown = -1;
  const report = (done: number, total: number) => {
    const percent = total ? Math.floor((done / total) * 100) : 100;
    if (percent === shown) return;
    shown = percent;
    progress?.report(percent, t('{0} of {1} files', done, total));
  };
  try {
    await index.rebuild({ report }, { diagnostics });
  } finally {
    progress?.done();
  }
  knowledgeChanged();
}

function knowledgeChanged(): void {
  store.setKnowledge(index.getKnowledge());
  for (const g of index.glossaryFiles()) {
    const doc = TextDocument.create(g.uri, 'markdown', 0, g.text);
    void connection.sendDiagnostics({ uri: g.uri, diagnostics: g.findings.map((f) => toDiagnostic(doc, f)) });
  }
  for (const doc of documents.all()) if (!index.isGlossaryUri(doc.uri)) publisher.publish(doc);
}

/** Where glossaries live is a workspace-wide choice (`policyLens.glossary.paths`). */
async function glossaryPatterns(): Promise<string[]> {
  if (!settings.isSupported()) return GLOSSARY_FILE_PATTERNS;
  const section = (await connection.workspace.getConfiguration('policyLens').catch(() => null)) as { glossary?: { paths?: unknown } } | null;
  const paths = section?.glossary?.paths;
  return Array.isArray(paths) && paths.every((p) => typeof p === 'string') && paths.length > 0 ? paths : GLOSSARY_FILE_PATTERNS;
}

let lastPatterns = JSON.stringify(GLOSSARY_FILE_PATTERNS);
connection.onDidChangeConfiguration(async () => {
  settings.clear();
  store.invalidate();
  const patterns = JSON.stringify(await glossaryPatterns());
  if (patterns !== lastPatterns) {
    lastPatterns = patterns;
    await indexWorkspace();
  }
  for (const doc of documents.all()) void refresh(doc, 0);
});

connection.onDidChangeWatchedFiles(async (params) => {
  let glossaryChanged = false;
  for (const change of params.changes) {
    if (documents.get(change.uri)) continue; // the editor's copy is the truth
    if (index.isGlossaryUri(change.uri)) {
      glossaryChanged = true;
      await index.reloadGlossary(change.uri, change.type === FileChangeType.Deleted);
    } else await index.updateFile(change.uri, change.type === FileChangeType.Deleted);
  }
  if (glossaryChanged) knowledgeChanged();
  else if (params.changes.length) republishOthers();
});

async function refresh(doc: TextDocument, delay: number): Promise<void> {
  if (index.isGlossaryUri(doc.uri)) {
    await index.updateGlossary(doc.uri, doc.getText());
    knowledgeChanged();
    return;
  }
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
  if (index.isGlossaryUri(e.document.uri)) {
    // Changes left unsaved are gone: the glossary on disk defines the names again.
    void index.reloadGlossary(e.document.uri, false).then(knowledgeChanged);
    return;
  }
  publisher.clear(e.document.uri);
  // The disk's copy speaks for the file again, and may give names other amounts than the editor's did.
  void index.updateFile(e.document.uri, false).then(() => republishOthers());
});

connection.onHover(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const analysis = store.get(doc);
    const offset = doc.offsetAt(params.position);
    const hit = figureHover(analysis, offset, t);
    if (hit) return { contents: { kind: 'markdown', value: hit.markdown }, range: toRange(doc, hit.span) };
    const mention = mentionAt(analysis, offset);
    if (!mention) return null;
    const value = nameHover(doc.getText(), analysis, mention, store.getKnowledge(), lang);
    return { contents: { kind: 'markdown', value }, range: toRange(doc, mention) };
  }),
);

connection.onDefinition(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const analysis = store.get(doc);
    const mention = mentionAt(analysis, doc.offsetAt(params.position));
    if (!mention) return null;
    const others = openDocuments().filter((o) => o.doc.uri !== doc.uri);
    return definitionOf(mention.id, { doc, analysis }, others, index);
  }),
);

connection.onReferences(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const mention = mentionAt(store.get(doc), doc.offsetAt(params.position));
    if (!mention) return null;
    return referencesOf(mention.id, params.context.includeDeclaration, openDocuments(), index);
  }),
);

connection.onPrepareRename(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const mention = mentionAt(store.get(doc), doc.offsetAt(params.position));
    if (!mention) return null;
    if (!canRename(mention, store.getKnowledge())) {
      throw new ResponseError(0, t('{0} is a built-in name and cannot be renamed.', mention.canonical));
    }
    return { range: toRange(doc, mention), placeholder: mention.text };
  }),
);

connection.onRenameRequest(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const mention = mentionAt(store.get(doc), doc.offsetAt(params.position));
    if (!mention || !canRename(mention, store.getKnowledge())) return null;
    return renameEdits(mention.id, params.newName, openDocuments(), index);
  }),
);

connection.onWorkspaceSymbol(cancellable((params) => workspaceSymbols(params.query, openDocuments(), index)));

connection.onCodeAction(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && !index.isGlossaryUri(doc.uri) ? codeActions(doc, store.get(doc), params) : [];
  }),
);

connection.onCodeLens(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !settings.current(doc.uri).codeLens) return [];
    return codeLenses(doc, store.get(doc), t);
  }),
);

connection.languages.inlayHint.on(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !settings.current(doc.uri).inlayHints) return [];
    return inlayHints(doc, store.get(doc), params.range);
  }),
);

connection.onDocumentSymbol(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? documentSymbols(doc, store.get(doc), t) : [];
  }),
);

connection.languages.semanticTokens.on(
  cancellable((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { data: [] };
    const tokens = semanticTokens(doc, store.get(doc));
    if (tokens.omitted > 0) tokenCapNotice(doc);
    return { data: tokens.data };
  }),
);

/** The semantic tokens cap is logged once per document version. */
const tokenCapLogged = new Map<string, number>();
function tokenCapNotice(doc: TextDocument): void {
  if (tokenCapLogged.get(doc.uri) === doc.version) return;
  tokenCapLogged.set(doc.uri, doc.version);
  connection.console.info(`Semantic highlighting of ${doc.uri} stops after ${MAX_SEMANTIC_TOKENS} figures and names (version ${doc.version}); the rest keeps the grammar's colours.`);
}

connection.onRequest('policyLens/documentSummary', (params: { uri: string }) => {
  const doc = documents.get(params.uri);
  if (!doc || index.isGlossaryUri(doc.uri)) return null;
  const a = store.get(doc);
  return {
    amounts: a.amounts.length,
    percentages: a.percentages.length,
    entities: a.entities.length,
    checks: a.checks.length,
    failing: a.checks.filter((c) => c.status === 'mismatch').length,
  };
});

/**
 * Every figure of a document with its line, for the figures table, up to
 * MAX_FIGURE_ROWS rows (and MAX_CHECK_ROWS checks): `omitted` says how many
 * more there are. A 20 MB document of figures would otherwise send millions.
 */
const MAX_FIGURE_ROWS = 50_000;
const MAX_CHECK_ROWS = 10_000;
connection.onRequest('policyLens/figures', (params: { uri: string }) => {
  const doc = documents.get(params.uri);
  if (!doc || index.isGlossaryUri(doc.uri)) return null;
  const a = store.get(doc);
  const line = (offset: number) => doc.positionAt(offset).line;
  const amounts = a.amounts.slice(0, MAX_FIGURE_ROWS);
  const percentages = a.percentages.slice(0, MAX_FIGURE_ROWS - amounts.length);
  const checks = a.checks.slice(0, MAX_CHECK_ROWS);
  return {
    amounts: amounts.map((x) => ({
      text: x.text,
      line: line(x.start),
      value: x.value,
      currency: x.currency,
      qualifier: x.qualifier,
      inferred: x.currencyInferred,
    })),
    percentages: percentages.map((x) => ({ text: x.text, line: line(x.start), value: x.value })),
    checks: checks.map((c) => ({ kind: c.kind, status: c.status, line: line(c.total.start), description: describeCheck(c, t) })),
    omitted: { figures: a.amounts.length + a.percentages.length - amounts.length - percentages.length, checks: a.checks.length - checks.length },
  };
});

/** The read-only page of a built-in entry (go to definition on a built-in name lands there). */
connection.onRequest('policyLens/knowledgeDocument', (params: { uri: string }) => {
  const id = idFromKnowledgeUri(params.uri);
  return id ? knowledgeDocument(id, store.getKnowledge(), lang) : null;
});

/** Analyses every brief of the workspace and publishes their problems, open or not. */
connection.onRequest('policyLens/analyzeWorkspace', async (params: { workDoneToken?: string | number }) => {
  const reporter = params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
  await indexWorkspace(reporter, true);
  let problems = 0;
  const closed = index.closedSummaries();
  const across = claims.forSummaries(closed, (uri) => settings.current(uri).checks);
  for (const s of closed) {
    const diagnostics = [...s.diagnostics, ...(across.get(s.uri) ?? [])];
    problems += diagnostics.length;
    void connection.sendDiagnostics({ uri: s.uri, diagnostics });
    s.diagnostics = []; // published; the index keeps names and claims only
  }
  for (const doc of documents.all()) problems += store.get(doc).diagnostics.length;
  return { files: closed.length + documents.all().length, problems };
});

process.on('uncaughtException', (err) => {
  connection.console.error(`Unexpected error: ${err instanceof Error ? err.stack : String(err)}`);
});

documents.listen(connection);
connection.listen();
