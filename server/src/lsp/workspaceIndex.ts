// The workspace index: glossaries (which extend the knowledge base) and, for
// every brief on disk, where each name is used or defined and what problems it
// has. Files are read and analysed in worker threads; open documents are never
// taken from the index, the live analysis answers for them.

import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Range } from 'vscode-languageserver/node';
import { analyze, DEFAULT_MAX_LENGTH } from '../core/analysis';
import { buildKnowledge, KnowledgeEntry, KnowledgeIndex } from '../core/knowledge/index';
import { MAX_GLOSSARY_LENGTH, parseGlossary } from '../core/knowledge/glossary';
import { Finding } from '../core/types';
import { Translate } from '../core/messages';
import { isMarkdownPath } from '../io/decode';
import { listTextFiles } from '../io/files';
import { describeFileError, FileError, loadText } from '../io/read';
import { filePathOf } from './uris';
import { WorkerPool, defaultPoolSize } from '../worker/pool';
import { anyGlob, PathMatcher } from '../workspace/glob';
import { ClaimUse, FileSummary, summarize } from '../workspace/summary';
import { ClaimBook } from '../core/checks/crossFile';
import { DiagnosticCode } from '../core/codes';
import type { WorkerSetup } from '../worker/host';

/** A workspace larger than this is indexed up to this many files, with a notice in the log. */
export const MAX_INDEXED_FILES = 50_000;

/** A file still being analysed after this long is left out of the index, with a line in the log. */
const FILE_TIME_LIMIT_MS = 120_000;

export interface GlossaryFile {
  uri: string;
  text: string;
  entries: KnowledgeEntry[];
  findings: Finding[];
  /** Made on first use (see glossaryDocument). */
  doc?: TextDocument;
}

/** Where a claim of another file stands. */
export interface ClaimPlace {
  uri: string;
  range: Range;
  /** From an open document's live analysis, not from the index. */
  live?: boolean;
}

export interface IndexProgress {
  report(done: number, total: number): void;
}

export interface IndexOptions {
  glossaryPatterns: string[];
  /** The editor's language, known only once the server is initialised. */
  lang: () => 'fr' | 'en';
  t: () => Translate;
  /** Files the editor has open: their live analysis wins over the disk. */
  isOpen(uri: string): boolean;
  log(message: string): void;
  /** Something the writer must see went wrong: the index is empty or incomplete for a reason other than the files. */
  failed?(message: string): void;
}

export class WorkspaceIndex {
  private folders: string[] = [];
  private readonly summaries = new Map<string, FileSummary>();
  private readonly glossaries = new Map<string, GlossaryFile>();
  private isGlossary: PathMatcher = () => false;
  private knowledge: KnowledgeIndex = buildKnowledge([]);
  private building: Promise<void> | null = null;
  /** One copy of each name and id: the same few names recur in thousands of files. */
  private readonly names = new Map<string, string>();
  /** Every summary's claims by name, built when first asked for after a change. */
  private book: ClaimBook<ClaimPlace> | null = null;

  constructor(private readonly options: IndexOptions) {
    this.setGlossaryPatterns(options.glossaryPatterns);
  }

  setFolders(uris: string[]): void {
    this.folders = uris.map(filePathOf).filter((f): f is string => f !== null);
  }

  setGlossaryPatterns(patterns: string[]): void {
    this.isGlossary = anyGlob(patterns);
  }

  getKnowledge(): KnowledgeIndex {
    return this.knowledge;
  }

  glossaryFiles(): GlossaryFile[] {
    return [...this.glossaries.values()];
  }

  /** A glossary's text as a document, to turn its offsets into positions: made once per version of the glossary, not once per lookup. */
  glossaryDocument(uri: string): TextDocument | undefined {
    const g = this.glossaries.get(uri);
    if (!g) return undefined;
    g.doc ??= TextDocument.create(g.uri, 'markdown', 0, g.text);
    return g.doc;
  }

  isGlossaryUri(uri: string): boolean {
    const file = filePathOf(uri);
    if (file === null) return false;
    const folder = this.folders.find((f) => file.startsWith(f + path.sep));
    return this.isGlossary(folder ? path.relative(folder, file) : path.basename(file));
  }

  /**
   * Reads every text file of the workspace; resolves when glossaries and summaries are in.
   * Summaries keep the files' diagnostics only when asked (« analyse the workspace »): names are
   * all the background index needs, and diagnostics would double its memory.
   */
  rebuild(progress?: IndexProgress, options: { diagnostics?: boolean } = {}): Promise<void> {
    // One build at a time, in the order asked: a build started while another runs would share its maps,
    // and the one that ends last would leave its own summaries (« analyse the workspace » asked during
    // the first indexing found its diagnostics replaced by the background build's, which keeps none).
    const previous = this.building ?? Promise.resolve();
    const build: Promise<void> = previous
      .catch(() => undefined)
      .then(() => this.doRebuild(progress, options.diagnostics === true))
      .finally(() => {
        if (this.building === build) this.building = null;
      });
    this.building = build;
    return build;
  }

  /** Waits for an index build under way, if any. */
  ready(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  private async doRebuild(progress: IndexProgress | undefined, diagnostics: boolean): Promise<void> {
    const files: string[] = [];
    for (const folder of this.folders) {
      try {
        await listTextFiles(folder, files, MAX_INDEXED_FILES, (file, reason, detail) => this.options.log(`Skipped ${JSON.stringify(file)}: ${reason} (${detail})`));
      } catch (err) {
        this.options.log(`Cannot read workspace folder ${folder}: ${String(err)}`);
      }
    }
    if (files.length >= MAX_INDEXED_FILES) this.options.log(`Indexed the first ${MAX_INDEXED_FILES} files of the workspace only.`);
    const briefs: string[] = [];
    this.glossaries.clear();
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      // Each glossary on its own: one that cannot be read is reported in it, and the others still count.
      if (this.isGlossaryUri(uri)) await this.loadGlossaryFile(uri, file);
      else briefs.push(file);
    }
    this.rebuildKnowledge();
    this.summaries.clear();
    this.names.clear();
    this.book = null;
    progress?.report(0, briefs.length);
    if (briefs.length === 0) return;
    const setup: WorkerSetup = { lang: this.options.lang(), settings: {}, glossary: this.glossaryEntries() };
    let pool: WorkerPool;
    try {
      pool = new WorkerPool(Math.min(defaultPoolSize(), Math.max(1, Math.ceil(briefs.length / 8))), setup, undefined, 2, FILE_TIME_LIMIT_MS);
    } catch (err) {
      this.options.log(`Cannot start the worker threads that index the workspace: ${err instanceof Error ? err.message : String(err)}`);
      this.options.failed?.(this.options.t()('the workspace index could not start ({0})', err instanceof Error ? err.message : String(err)));
      progress?.report(briefs.length, briefs.length);
      return;
    }
    let done = 0;
    let failures = 0;
    try {
      await Promise.all(
        briefs.map((file) =>
          pool.run<FileSummary>({ kind: 'summary', file, diagnostics }).then(
            (summary) => {
              this.keep(summary);
              progress?.report(++done, briefs.length);
            },
            (err) => {
              failures++;
              this.options.log(`Cannot index ${JSON.stringify(file)}: ${err instanceof Error ? err.message : String(err)}`);
              progress?.report(++done, briefs.length);
            },
          ),
        ),
      );
    } finally {
      await pool.close();
    }
    if (failures === briefs.length) this.options.failed?.(this.options.t()('none of the {0} files of the workspace could be indexed', briefs.length));
  }

  private keep(summary: FileSummary): void {
    const intern = (s: string) => {
      const known = this.names.get(s);
      if (known !== undefined) return known;
      this.names.set(s, s);
      return s;
    };
    for (const m of summary.mentions) {
      m.id = intern(m.id);
      m.text = intern(m.text);
    }
    for (const d of summary.definitions) {
      d.id = intern(d.id);
      d.text = intern(d.text);
    }
    for (const c of summary.claims) {
      c.id = intern(c.id);
      c.name = intern(c.name);
    }
    this.summaries.set(summary.uri, summary);
    this.book = null;
  }

  private glossaryEntries(): KnowledgeEntry[] {
    return [...this.glossaries.values()].flatMap((g) => g.entries);
  }

  private rebuildKnowledge(): void {
    this.knowledge = buildKnowledge(this.glossaryEntries());
  }

  /**
   * A glossary read from disk, up to its size limit. What is wrong with it (a
   * binary file, a file cut at the limit, a file that cannot be read at all)
   * is reported in it, never taken silently as an empty glossary.
   */
  private async loadGlossaryFile(uri: string, file: string): Promise<void> {
    const t = this.options.t();
    const notice = (code: DiagnosticCode, message: string) => this.glossaries.set(uri, { uri, text: '', entries: [], findings: [{ start: 0, end: 0, severity: 'warning', code, message }] });
    try {
      const loaded = await loadText(file, MAX_GLOSSARY_LENGTH, t);
      if (loaded.problem === 'binary') return void notice('not-text', t('This looks like a binary file; it was not analysed.'));
      await this.loadGlossary(uri, loaded.text);
      if (loaded.notice) this.glossaries.get(uri)!.findings.push(loaded.notice);
    } catch (err) {
      const why = err instanceof FileError ? describeFileError(err, t) : err instanceof Error ? err.message : String(err);
      this.options.log(`Cannot read the glossary ${JSON.stringify(file)}: ${err instanceof Error ? err.message : String(err)}`);
      notice('unreadable', t('The glossary could not be read: {0}', why));
    }
  }

  private async loadGlossary(uri: string, text: string): Promise<void> {
    const { entries, findings } = parseGlossary(text, uri, this.options.t());
    this.glossaries.set(uri, { uri, text, entries, findings });
  }

  /**
   * A glossary changed (edited in the editor or on disk): reparse it and
   * rebuild the knowledge index. Returns true when knowledge changed.
   */
  async updateGlossary(uri: string, text: string | null): Promise<void> {
    if (text === null) this.glossaries.delete(uri);
    else await this.loadGlossary(uri, text);
    this.rebuildKnowledge();
  }

  /** A glossary changed on disk (not open in the editor): read it again. */
  async reloadGlossary(uri: string, deleted: boolean): Promise<void> {
    const file = filePathOf(uri);
    if (deleted || file === null) this.glossaries.delete(uri);
    else await this.loadGlossaryFile(uri, file);
    this.rebuildKnowledge();
  }

  /** A brief changed on disk (not open in the editor): summarise it again. */
  async updateFile(uri: string, deleted: boolean): Promise<void> {
    this.book = null;
    if (deleted) {
      this.summaries.delete(uri);
      return;
    }
    const file = filePathOf(uri);
    if (file === null) {
      this.summaries.delete(uri);
      return;
    }
    try {
      // Through io/read.ts: a link to /dev/zero, a FIFO or a 2 GB file named *.md is refused or read up to the limit.
      const { text } = await loadText(file, DEFAULT_MAX_LENGTH, this.options.t());
      const markdown = isMarkdownPath(file);
      const doc = TextDocument.create(uri, markdown ? 'markdown' : 'plaintext', 0, text);
      // As in the background index: names only.
      this.keep(summarize(doc, analyze(text, { markdown, knowledge: this.knowledge, t: this.options.t() }), { diagnostics: false }));
    } catch (err) {
      this.options.log(`Cannot index ${JSON.stringify(file)}: ${err instanceof Error ? err.message : String(err)}`);
      this.summaries.delete(uri);
    }
  }

  /** The claims of every file on disk, by name; the caller skips those of files open in the editor. */
  claimBook(): ClaimBook<ClaimPlace> {
    if (!this.book) {
      const book = new ClaimBook<ClaimPlace>();
      for (const s of this.summaries.values()) book.add(s.claims, (c) => ({ uri: s.uri, range: c.range }));
      this.book = book;
    }
    return this.book;
  }

  /** How a message names a file: its path in its workspace folder. */
  label(uri: string): string {
    const file = filePathOf(uri);
    if (file === null) return uri;
    const folder = this.folders.find((f) => file.startsWith(f + path.sep));
    return (folder ? path.relative(folder, file) : path.basename(file)).split(path.sep).join('/');
  }

  /** Summaries of files not open in the editor. */
  closedSummaries(): FileSummary[] {
    return [...this.summaries.values()].filter((s) => !this.options.isOpen(s.uri));
  }

  fileCount(): number {
    return this.summaries.size;
  }
}
