// The language server: it translates between LSP and the core, nothing more.
// Started by the VS Code client over IPC, or by any editor with `--stdio`.
// Every request goes through guard.ts (shutdown, cancellation, time budget,
// errors); a watchdog thread stops a server whose main thread never comes
// back; over stdio, broken framing ends the process instead of leaving it deaf.

import { format } from 'util';
import {
  Connection,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressReporter,
  HoverParams,
  DefinitionParams,
  ReferenceParams,
  PrepareRenameParams,
  RenameParams,
  WorkspaceSymbolParams,
  CodeActionParams,
  CodeLensParams,
  InlayHintParams,
  DocumentSymbolParams,
  DocumentSymbolRequest,
  DiagnosticSeverity,
  SemanticTokensParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Translate, counted } from '../core/messages';
import { GLOSSARY_FILE_PATTERNS } from '../core/knowledge/glossary';
import { translatorFor, isFrench, localeFromEnv } from '../l10n';
import { AnalysisStore } from './documents';
import { DiagnosticsPublisher } from './diagnostics';
import { figureHover } from './hover';
import { codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { figuresPayload } from './figures';
import { inlayHints } from './inlayHints';
import { documentSymbols } from './symbols';
import { SettingsCache } from './settings';
import { placedToDiagnostic, toDiagnostic, toRange } from './convert';
import { legend, MAX_SEMANTIC_TOKENS, semanticTokens } from './semanticTokens';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceClaims, claimsKey } from './crossFile';
import { DEFAULT_BUDGET_MS, RequestGuard } from './guard';
import { BODY_TIMEOUT_MS, FrameCheck } from './transport';
import { hangLimitFromEnv, Watchdog } from './watchdog';
import { AnalyzeWorkspaceParams, AnalyzeWorkspaceResult, DocumentParams, DocumentSummary, Figures, Requests, SETTINGS_SECTION, TestRequests } from '../../../shared/protocol';
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

/** Writes to stderr at once: what must be said before the process ends. */
function fatal(message: string): never {
  try {
    process.stderr.write(`[policy-lens] ${message}\n`);
  } finally {
    process.exit(1);
  }
}

/** A positive number from the environment (tests shorten the time limits with these), or undefined. */
function positiveEnv(name: string): number | undefined {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  // Over stdio, the framing is checked before the reader sees it (see transport.ts).
  const checked = new FrameCheck(positiveEnv('POLICY_LENS_FRAME_TIMEOUT_MS') ?? BODY_TIMEOUT_MS);
  checked.on('error', (err) => fatal(`unreadable input on stdin: ${err.message}; exiting so that the editor can restart the server.`));
  process.stdin.pipe(checked);
  // Nothing but LSP may reach stdout: console output goes to stderr.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) console[level] = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  return createConnection(ProposedFeatures.all, checked, process.stdout);
}

const connection = connect();
const documents = new TextDocuments(TextDocument);
const settings = new SettingsCache(connection);
let t: Translate = translatorFor(undefined);
let lang: 'fr' | 'en' = 'en';
let disableCheckCommand = false;
let symbolsByRegistration = false;
const store = new AnalysisStore((uri) => settings.current(uri), () => t);
const index = new WorkspaceIndex({
  glossaryPatterns: GLOSSARY_FILE_PATTERNS,
  lang: () => lang,
  t: () => t,
  isOpen: (uri) => documents.get(uri) !== undefined,
  log: (m) => connection.console.log(m),
  failed: (m) => warnWriter(t('Policy Lens: {0}. See the Policy Lens output for details.', m)),
});

const hangLimit = hangLimitFromEnv(process.env);
const watchdog = hangLimit > 0 ? new Watchdog(hangLimit) : undefined;
const guard = new RequestGuard(positiveEnv('POLICY_LENS_REQUEST_BUDGET_MS') ?? DEFAULT_BUDGET_MS, {
  log: (m) => connection.console.error(m),
  warn: (m) => connection.console.warn(m),
  tell: (m) => warnWriter(m),
  slowMessage: (method, seconds, where) => t('Policy Lens: {0} took {1} s on {2}; see the Policy Lens output.', method, seconds, shortName(where)),
  watchdog,
});

/** A warning the writer sees; a client that cannot show one (or went away) is no reason for a rejected promise. */
function warnWriter(message: string): void {
  // Typed as void, sent as a request: its promise may reject.
  Promise.resolve(connection.window.showWarningMessage(message) as unknown).catch(() => undefined);
}

/** The last part of a URI, for messages. */
function shortName(uri: string): string {
  const cut = uri.lastIndexOf('/');
  return cut >= 0 && cut < uri.length - 1 ? uri.slice(cut + 1) : uri || '?';
}

/** Requests have a budget of their own when they wait on other work. */
const WORKSPACE_BUDGET_MS = 10 * 60_000;
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
 * Shutdown, errors and time budgets: see guard.ts.
 */
function guarded<P, R>(method: string, handler: (params: P) => R, budgetMs?: number) {
  return guard.wrap<P, R>(method, (params) => handler(params), budgetMs);
}

function guardedAsync<P, R>(method: string, handler: (params: P) => Promise<R>, budgetMs?: number) {
  return guard.wrap<P, R>(method, (params) => handler(params), budgetMs);
}

function openDocuments(): OpenDocument[] {
  return documents.all().filter((d) => !index.isGlossaryUri(d.uri)).map((doc) => ({ doc, analysis: store.get(doc) }));
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // VS Code sends its display language; other editors may send none, and then the environment's says it.
  const locale = params.locale || localeFromEnv(process.env);
  t = translatorFor(locale);
  lang = isFrench(locale) ? 'fr' : 'en';
  const init = (params.initializationOptions ?? {}) as { disableCheckCommand?: unknown };
  disableCheckCommand = init.disableCheckCommand === true;
  const caps = params.capabilities;
  settings.setSupported(!!caps.workspace?.configuration);
  watchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  symbolsByRegistration = !!caps.textDocument?.documentSymbol?.dynamicRegistration;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  index.setFolders(folders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      // Markdown has an outline of its own: a second one doubles the Outline view and the breadcrumbs. Clients
      // that can register it for plain text only get it there (see onInitialized); the others, everywhere.
      documentSymbolProvider: !symbolsByRegistration,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend, full: true, range: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'policy-lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  if (symbolsByRegistration) {
    void connection.client
      .register(DocumentSymbolRequest.type, { documentSelector: [{ language: 'plaintext' }] })
      .catch(() => undefined);
  }
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
    progress?.report(percent, counted(t, isFrench(lang), done, '{0} file of {1}', '{0} files of {1}', total));
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
    const doc = index.glossaryDocument(g.uri)!;
    void connection.sendDiagnostics({ uri: g.uri, diagnostics: g.findings.map((f) => toDiagnostic(doc, f)) });
  }
  for (const doc of documents.all()) if (!index.isGlossaryUri(doc.uri)) publisher.publish(doc);
}

/** Where glossaries live is a workspace-wide choice (`policyLens.glossary.paths`). */
async function glossaryPatterns(): Promise<string[]> {
  if (!settings.isSupported()) return GLOSSARY_FILE_PATTERNS;
  const section = (await connection.workspace.getConfiguration(SETTINGS_SECTION).catch(() => null)) as { glossary?: { paths?: unknown } } | null;
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
  if (!Array.isArray(params?.changes)) return;
  let glossaryChanged = false;
  for (const change of params.changes) {
    if (typeof change?.uri !== 'string') continue;
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
  guarded('textDocument/hover', (params: HoverParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const analysis = store.get(doc);
    const offset = doc.offsetAt(params.position);
    const hit = figureHover(analysis, offset, { text: doc.getText(), line: (o) => doc.positionAt(o).line + 1, t });
    if (hit) return { contents: { kind: 'markdown', value: hit.markdown }, range: toRange(doc, hit.span) };
    const mention = mentionAt(analysis, offset);
    if (!mention) return null;
    const value = nameHover(doc.getText(), analysis, mention, store.getKnowledge(), t, lang);
    return { contents: { kind: 'markdown', value }, range: toRange(doc, mention) };
  }),
);

connection.onDefinition(
  guarded('textDocument/definition', (params: DefinitionParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const analysis = store.get(doc);
    const mention = mentionAt(analysis, doc.offsetAt(params.position));
    if (!mention) return null;
    const others = openDocuments().filter((o) => o.doc.uri !== doc.uri);
    return definitionOf(mention.id, { doc, analysis }, others, index, mention.text);
  }),
);

connection.onReferences(
  guarded('textDocument/references', (params: ReferenceParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const mention = mentionAt(store.get(doc), doc.offsetAt(params.position));
    if (!mention) return null;
    return referencesOf(mention.id, params.context.includeDeclaration, openDocuments(), index);
  }),
);

connection.onPrepareRename(
  guarded('textDocument/prepareRename', (params: PrepareRenameParams) => {
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
  guarded('textDocument/rename', (params: RenameParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const mention = mentionAt(store.get(doc), doc.offsetAt(params.position));
    if (!mention || !canRename(mention, store.getKnowledge())) return null;
    return renameEdits(mention.id, mention.text, params.newName, openDocuments(), index);
  }),
);

connection.onWorkspaceSymbol(guarded('workspace/symbol', (params: WorkspaceSymbolParams) => workspaceSymbols(String(params.query ?? ''), openDocuments(), index)));

connection.onCodeAction(
  guarded('textDocument/codeAction', (params: CodeActionParams) => {
    const doc = documents.get(params.textDocument.uri);
    return doc && !index.isGlossaryUri(doc.uri) ? codeActions(doc, store.get(doc), params, { t, disableCommand: disableCheckCommand }) : [];
  }),
);

connection.onCodeLens(
  guarded('textDocument/codeLens', (params: CodeLensParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !settings.current(doc.uri).codeLens) return [];
    return codeLenses(doc, store.get(doc), t);
  }),
);

connection.languages.inlayHint.on(
  guarded('textDocument/inlayHint', (params: InlayHintParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !settings.current(doc.uri).inlayHints) return [];
    return inlayHints(doc, store.get(doc), params.range);
  }),
);

connection.onDocumentSymbol(
  guarded('textDocument/documentSymbol', (params: DocumentSymbolParams) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? documentSymbols(doc, store.get(doc), t) : [];
  }),
);

connection.languages.semanticTokens.on(
  guarded('textDocument/semanticTokens/full', (params: SemanticTokensParams) => {
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

connection.onRequest(Requests.documentSummary, guarded(Requests.documentSummary, (params: DocumentParams): DocumentSummary | null => {
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
}));

/** Every figure and check of a document, for the figures table and the Figures view (capped: see figures.ts). */
connection.onRequest(Requests.figures, guarded(Requests.figures, (params: DocumentParams): Figures | null => {
  const doc = documents.get(params.uri);
  if (!doc || index.isGlossaryUri(doc.uri)) return null;
  return figuresPayload(doc, store.get(doc), t);
}));

/** The read-only page of a built-in entry (go to definition on a built-in name lands there). */
connection.onRequest(Requests.knowledgeDocument, guarded(Requests.knowledgeDocument, (params: DocumentParams) => {
  const id = typeof params?.uri === 'string' ? idFromKnowledgeUri(params.uri) : null;
  return id ? knowledgeDocument(id, store.getKnowledge(), t, lang) : null;
}));

/** Analyses every brief of the workspace and publishes their problems, open or not. */
connection.onRequest(Requests.analyzeWorkspace, guardedAsync(Requests.analyzeWorkspace, async (params: AnalyzeWorkspaceParams): Promise<AnalyzeWorkspaceResult> => {
  const token = params?.workDoneToken;
  const reporter = typeof token === 'string' || typeof token === 'number' ? connection.window.attachWorkDoneProgress(token) : undefined;
  await indexWorkspace(reporter, true);
  // Problems as the Problems view shows them; hints (shown in the editor only) counted apart.
  let problems = 0;
  let hints = 0;
  const closed = index.closedSummaries();
  const across = claims.forSummaries(closed, (uri) => settings.current(uri).checks);
  for (const s of closed) {
    const diagnostics = [...s.diagnostics.map((d) => placedToDiagnostic(s.uri, d)), ...(across.get(s.uri) ?? [])];
    for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Hint) hints++;
    else problems++;
    void connection.sendDiagnostics({ uri: s.uri, diagnostics });
    s.diagnostics = []; // published; the index keeps names and claims only
  }
  for (const doc of documents.all()) for (const f of store.get(doc).diagnostics) if (f.severity === 'hint') hints++;
  else problems++;
  return { files: closed.length + documents.all().length, problems, hints };
}, WORKSPACE_BUDGET_MS));

if (process.env.POLICY_LENS_TEST_HOOKS === '1') {
  // For the watchdog's tests only: keeps the main thread busy, as a runaway analysis would.
  connection.onRequest(TestRequests.block, guarded(TestRequests.block, (params: { ms: number }) => {
    const until = Date.now() + Number(params?.ms ?? 0);
    while (Date.now() < until) {
      // busy
    }
    return null;
  }));
  // For the tests of what an exception outside any request does.
  connection.onRequest(TestRequests.throwLater, guarded(TestRequests.throwLater, () => {
    setTimeout(() => {
      throw new Error('thrown outside any request, for a test');
    }, 10);
    return null;
  }));
}

connection.onShutdown(() => {
  guard.shutdown();
  watchdog?.stop();
});

/**
 * An exception nothing caught leaves the server in a state no one knows: it is
 * logged with its stack and the process ends, so that the client restarts it
 * and tells the writer (with how often it happened). Swallowing it would leave
 * a server that may answer wrongly, or not at all, unseen.
 */
process.on('uncaughtException', (err) => {
  const text = `Unexpected error, the server stops: ${err instanceof Error ? err.stack : String(err)}`;
  try {
    connection.console.error(text);
  } catch {
    // the connection may be what failed
  }
  fatal(text);
});

/** A promise rejected with no handler is logged; the work it belonged to is lost, the server is not. */
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
});

documents.listen(connection);
connection.listen();
