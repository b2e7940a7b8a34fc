// policy-lens analyze: the same core as the language server, for CI pipelines
// and batch work. Results stream out file by file.

import { parseArgs, UsageError, USAGE, CliOptions } from './args';
import { collectSources, readStdin } from './files';
import { RenderedReport, renderReport } from './report';
import { analyzeBytes, FileJob } from './analyzeFile';
import { defaultPoolSize, WorkerPool } from '../worker/pool';
import { promises as fs } from 'fs';
import { buildKnowledge, KnowledgeEntry } from '../core/knowledge/index';
import { translatorFor } from '../l10n';
import { isGlossaryFile, loadGlossaries, LoadedGlossaries } from './glossaries';
import { RunClaims } from './crossFile';
import { defaultCheckSettings } from '../core/settings';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 4;

async function main(argv: string[]): Promise<number> {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(argv, process.env);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`policy-lens: ${err.message} (see --help)\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return EXIT_CLEAN;
  }
  let files: string[];
  try {
    files = await collectSources(opts.paths);
  } catch (err) {
    process.stderr.write(`policy-lens: ${ioMessage(err)}\n`);
    return EXIT_USAGE;
  }
  const job: FileJob = {
    lang: opts.lang,
    maxSize: opts.maxSize,
    settings: { disabled: opts.disabled, ...(opts.tolerance !== undefined ? { tolerance: opts.tolerance } : {}) },
  };
  const glossaryFiles = files.filter(isGlossaryFile);
  let glossaries: LoadedGlossaries;
  try {
    glossaries = await loadGlossaries([...opts.glossaries, ...glossaryFiles], new Set(glossaryFiles), translatorFor(opts.lang));
  } catch (err) {
    process.stderr.write(`policy-lens: ${ioMessage(err)}\n`);
    return EXIT_USAGE;
  }
  const knowledge = buildKnowledge(glossaries.entries);

  const out = new Output(opts.format);
  let status = EXIT_CLEAN;
  const across = new RunClaims();
  const emit = (report: RenderedReport) => {
    if (report.counts.error > 0) status = EXIT_ERRORS;
    out.write(report);
    across.add(report.file, report.claims);
  };
  try {
    const briefs = files.filter((f) => !isGlossaryFile(f));
    for (const file of glossaryFiles) emit(renderReport(glossaries.reports.get(file)!, opts.format));
    const jobs = Math.min(opts.jobs ?? defaultPoolSize(), briefs.length);
    if (jobs > 1 && briefs.length >= PARALLEL_FROM && !briefs.includes('-')) await analyzeInParallel(briefs, jobs, opts.format, job, glossaries.entries, emit);
    else {
      for (const file of briefs) {
        const bytes = file === '-' ? await readStdin() : await fs.readFile(file);
        const { report, claims } = analyzeBytes(file, bytes, job, knowledge);
        emit(renderReport(report, opts.format, claims));
      }
    }
    for (const report of across.reports({ ...defaultCheckSettings, ...job.settings }, translatorFor(opts.lang))) emit(renderReport(report, opts.format));
  } catch (err) {
    out.abort();
    process.stderr.write(`policy-lens: ${ioMessage(err)}\n`);
    return EXIT_USAGE;
  }
  out.end();
  return status;
}

/**
 * Files are analysed on every core, and reports stream out in the order the
 * files were listed, each as soon as it and all before it are done.
 */
async function analyzeInParallel(
  files: string[],
  jobs: number,
  format: 'text' | 'json',
  job: FileJob,
  glossary: KnowledgeEntry[],
  emit: (r: RenderedReport) => void,
): Promise<void> {
  const pool = new WorkerPool(jobs, { ...job, glossary });
  const done = new Map<number, RenderedReport>();
  let next = 0;
  let failure: unknown = null;
  try {
    await Promise.all(
      files.map((file, i) =>
        pool.run<RenderedReport>({ kind: 'report', file, format }).then(
          (report) => {
            done.set(i, report);
            while (done.has(next) && failure === null) {
              emit(done.get(next)!);
              done.delete(next++);
            }
          },
          (err) => {
            failure ??= err;
          },
        ),
      ),
    );
  } finally {
    await pool.close();
  }
  if (failure !== null) throw failure;
}

class Output {
  private first = true;
  private files = 0;
  private amounts = 0;
  private counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };

  constructor(private readonly format: 'text' | 'json') {
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
    const c = this.counts;
    process.stdout.write(
      `${this.files} file(s), ${this.amounts} amount(s): ${c.error} error(s), ${c.warning} warning(s), ${c.information + c.hint} note(s)\n`,
    );
  }

  /** On an I/O error mid-way, still leave valid JSON behind. */
  abort(): void {
    if (this.format === 'json') process.stdout.write('\n]\n');
  }
}

function ioMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e && e.code === 'ENOENT') return `no such file or folder: ${e.path}`;
  if (e && e.code === 'EACCES') return `permission denied: ${e.path}`;
  if (e && e.code === 'EISDIR') return `is a folder: ${e.path}`;
  return e && e.message ? e.message : String(err);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`policy-lens: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
