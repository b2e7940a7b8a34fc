// policy-lens analyze: the same core as the language server, for CI pipelines
// and batch work. Results stream out file by file.

import { parseArgs, UsageError, USAGE, CliOptions } from './args';
import { collectSources, readStdin } from './files';
import { buildReport, FileReport, printable, RenderedReport, renderReport, UNREADABLE } from '../report/report';
import { analyzeLoaded, FileJob, failureReport, readFile, ReadResult, reportFile, reportRead, SkippedName } from '../report/analyzeFile';
import { defaultPoolSize, WorkerPool, workerScript } from '../worker/pool';
import { promises as fs } from 'fs';
import { analyze, DEFAULT_MAX_LENGTH } from '../core/analysis';
import { buildKnowledge, KnowledgeEntry, KnowledgeIndex } from '../core/knowledge/index';
import { Translate, counted, untranslated } from '../core/messages';
import { translatorFor } from '../l10n';
import { bytesFor, fromBytes } from '../io/read';
import { SkipReason } from '../io/files';
import { isGlossaryFile, loadGlossaries, LoadedGlossaries } from './glossaries';
import { RunClaims } from './crossFile';
import { defaultCheckSettings } from '../core/settings';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 4;

/** --jobs is capped: each worker thread holds its own heap, and a thousand of them would only exhaust memory. */
export const MAX_JOBS = 16;

/** A file whose analysis takes longer than this in a worker thread is reported as failed, and the run goes on. */
const FILE_TIME_LIMIT_MS = 120_000;

async function main(argv: string[]): Promise<number> {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(argv, process.env);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`policy-lens: ${printable(err.message)} (see --help)\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return EXIT_CLEAN;
  }
  const t = translatorFor(opts.lang);
  const skipped: { file: string; reason: SkipReason; detail: string }[] = [];
  let files: string[];
  try {
    files = await collectSources(opts.paths, (file, reason, detail) => skipped.push({ file, reason, detail }));
    // A --glossary that does not exist is a mistake in the command, as a PATH that does not.
    for (const g of opts.glossaries) await fs.stat(g);
  } catch (err) {
    process.stderr.write(`policy-lens: ${ioMessage(err)}\n`);
    return EXIT_USAGE;
  }
  if (opts.jobs !== undefined && opts.jobs > MAX_JOBS) {
    process.stderr.write(`policy-lens: --jobs ${opts.jobs} is more than ${MAX_JOBS}; using ${MAX_JOBS}\n`);
    opts.jobs = MAX_JOBS;
  }
  const job: FileJob = {
    lang: opts.lang,
    maxSize: opts.maxSize,
    settings: { disabled: opts.disabled, typography: opts.typography, ...(opts.tolerance !== undefined ? { tolerance: opts.tolerance } : {}) },
  };
  const glossaryFiles = files.filter(isGlossaryFile);
  const glossaries: LoadedGlossaries = await loadGlossaries([...opts.glossaries, ...glossaryFiles], new Set(glossaryFiles), t);
  const knowledge = buildKnowledge(glossaries.entries);

  const out = new Output(opts.format, opts.lang, t);
  let status = EXIT_CLEAN;
  let failed = false;
  const across = new RunClaims();
  const emit = (report: RenderedReport) => {
    if (report.counts.error > 0) status = EXIT_ERRORS;
    if (report.failed) {
      failed = true;
      // As the contract says: an I/O problem has its line on stderr, and the run goes on.
      process.stderr.write(`policy-lens: ${printable(report.file)}: could not be read or analysed\n`);
    }
    out.write(report);
    across.add(report.file, report.claims);
  };
  for (const s of skipped) emit(renderReport(skipReport(s.file, s.reason, s.detail, t), opts.format));
  // Glossaries given with --glossary are reported only when they could not be read.
  for (const [file, report] of glossaries.reports) if (!glossaryFiles.includes(file)) emit(renderReport(report, opts.format));
  for (const file of glossaryFiles) emit(renderReport(glossaries.reports.get(file)!, opts.format));
  const briefs = files.filter((f) => !isGlossaryFile(f));
  const jobs = Math.min(opts.jobs ?? defaultPoolSize(), briefs.length);
  let parallel = false;
  if (jobs > 1 && briefs.length >= PARALLEL_FROM && !briefs.includes('-')) {
    parallel = await analyzeInParallel(briefs, jobs, opts.format, job, glossaries.entries, emit, t);
  }
  if (!parallel) await analyzeInOrder(briefs, job, opts.format, knowledge, t, emit);
  for (const report of across.reports({ ...defaultCheckSettings, ...job.settings }, t)) emit(renderReport(report, opts.format));
  out.end();
  return failed ? EXIT_USAGE : status;
}

/**
 * Files read ahead of the one being analysed, in one thread. A read takes
 * several trips through the event loop (stat, open, read, close), and the
 * analysis before it keeps the loop busy: with one read in flight the loop
 * sat idle on each file's last steps; with a few, each arrives already read.
 */
const READ_AHEAD = 4;

/** Every file in this thread, in order, the next ones read meanwhile. */
async function analyzeInOrder(
  files: string[],
  job: FileJob,
  format: 'text' | 'json',
  knowledge: KnowledgeIndex,
  t: Translate,
  emit: (r: RenderedReport) => void,
): Promise<void> {
  const reads = new Map<number, Promise<ReadResult>>();
  // Standard input is read in its turn only.
  const ahead = (i: number) => {
    if (i < files.length && files[i] !== '-') reads.set(i, readFile(files[i], job));
  };
  for (let i = 0; i < READ_AHEAD; i++) ahead(i);
  for (let i = 0; i < files.length; i++) {
    ahead(i + READ_AHEAD);
    const read = reads.get(i);
    reads.delete(i);
    if (!read) {
      emit(await analyzeOne(files[i], job, format, knowledge, t));
      continue;
    }
    const result = await read;
    let report: RenderedReport;
    try {
      report = reportRead(files[i], result, job, format, knowledge);
    } catch (err) {
      report = renderReport(failureReport(files[i], err, t), format);
    }
    emit(report);
  }
}

/** One file in this thread; whatever goes wrong is its report, not the end of the run. */
async function analyzeOne(file: string, job: FileJob, format: 'text' | 'json', knowledge: KnowledgeIndex, t: Translate): Promise<RenderedReport> {
  try {
    if (file !== '-') return await reportFile(file, job, format, knowledge);
    const maxChars = job.maxSize ?? DEFAULT_MAX_LENGTH;
    const input = await readStdin(bytesFor(maxChars));
    const { report, claims } = analyzeLoaded(file, fromBytes(input.bytes, input.truncated, null, maxChars, t), job, knowledge);
    return renderReport(report, format, claims);
  } catch (err) {
    return renderReport(failureReport(file, err, t), format);
  }
}

/** The report of what the walk found but could not list or name. */
function skipReport(file: string, reason: SkipReason, detail: string, t: Translate): FileReport {
  if (reason === 'file-name-not-utf8') return failureReport(file, new SkippedName(), t);
  const why = detail === 'EACCES' || detail === 'EPERM' ? t('permission denied') : detail;
  return buildReport(file, '', analyze(''), [{ start: 0, end: 0, severity: 'error', code: UNREADABLE, message: t('The folder could not be read: {0}.', why) }]);
}

/**
 * Files are analysed on every core, and reports stream out in the order the
 * files were listed, each as soon as it and all before it are done. A file
 * whose worker fails (or takes too long) gets a report saying so. Returns false
 * when no worker thread could be started: the caller analyses in this thread.
 */
async function analyzeInParallel(
  files: string[],
  jobs: number,
  format: 'text' | 'json',
  job: FileJob,
  glossary: KnowledgeEntry[],
  emit: (r: RenderedReport) => void,
  t: Translate,
): Promise<boolean> {
  let pool: WorkerPool;
  try {
    pool = new WorkerPool(jobs, { ...job, glossary }, workerScript('cli'), 2, FILE_TIME_LIMIT_MS);
  } catch (err) {
    process.stderr.write(`policy-lens: worker threads could not start (${printable(err instanceof Error ? err.message : String(err))}); analysing in one thread\n`);
    return false;
  }
  const done = new Map<number, RenderedReport>();
  let next = 0;
  const flush = () => {
    while (done.has(next)) {
      emit(done.get(next)!);
      done.delete(next++);
    }
  };
  try {
    await Promise.all(
      files.map((file, i) =>
        pool.run<RenderedReport>({ kind: 'report', file, format }).then(
          (report) => {
            done.set(i, report);
            flush();
          },
          (err) => {
            done.set(i, renderReport(failureReport(file, err, t), format));
            flush();
          },
        ),
      ),
    );
  } finally {
    await pool.close();
  }
  return true;
}

class Output {
  private first = true;
  private files = 0;
  private amounts = 0;
  private counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };

  constructor(
    private readonly format: 'text' | 'json',
    private readonly lang: 'fr' | 'en' = 'en',
    private readonly t: Translate = untranslated,
  ) {
    if (format === 'json') process.stdout.write('[');
  }

  write(report: RenderedReport): void {
    if (!report.acrossFiles) this.files++;
    this.amounts += report.amounts;
    for (const [severity, n] of Object.entries(report.counts)) this.counts[severity] += n;
    if (this.format === 'json') {
      process.stdout.write((this.first ? '\n' : ',\n') + report.out);
      this.first = false;
    } else if (report.out) process.stdout.write(report.out);
  }

  end(): void {
    if (this.format === 'json') {
      process.stdout.write('\n]\n');
      return;
    }
    process.stdout.write(summaryLine(this.files, this.amounts, this.counts, this.lang, this.t) + '\n');
  }

}

/**
 * The last line of a text report. In English it keeps the form scripts already read (« 2 file(s), 9 amount(s): … »);
 * in French each count agrees with its noun (« 1 fichier, 9 montants : 0 erreur, 1 avertissement, 2 remarques »).
 */
export function summaryLine(files: number, amounts: number, c: Record<string, number>, lang: 'fr' | 'en', t: Translate): string {
  const notes = (c.information ?? 0) + (c.hint ?? 0);
  if (lang !== 'fr') return `${files} file(s), ${amounts} amount(s): ${c.error} error(s), ${c.warning} warning(s), ${notes} note(s)`;
  return t(
    '{0}, {1}: {2}, {3}, {4}',
    counted(t, true, files, '{0} file', '{0} files'),
    counted(t, true, amounts, '{0} amount', '{0} amounts'),
    counted(t, true, c.error ?? 0, '{0} error', '{0} errors'),
    counted(t, true, c.warning ?? 0, '{0} warning', '{0} warnings'),
    counted(t, true, notes, '{0} note', '{0} notes'),
  );
}

function ioMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const where = printable(String(e?.path ?? ''));
  if (e && e.code === 'ENOENT') return `no such file or folder: ${where}`;
  if (e && e.code === 'EACCES') return `permission denied: ${where}`;
  if (e && e.code === 'EISDIR') return `is a folder: ${where}`;
  return printable(e && e.message ? e.message : String(err));
}

/**
 * The reader of the output went away (`policy-lens analyze … | head`): stop
 * at once, quietly, with the I/O status; there is no one left to tell.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_USAGE);
    throw err;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`policy-lens: internal error: ${printable(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
