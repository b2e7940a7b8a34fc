// policy-lens analyze: the same core as the language server, for CI pipelines
// and batch work. Results stream out file by file.

import { analyze } from '../core/analysis';
import { Finding } from '../core/types';
import { translatorFor } from '../l10n';
import { parseArgs, UsageError, USAGE, CliOptions } from './args';
import { collectSources, decode, readSource } from './files';
import { buildReport, FileReport, textLines } from './report';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

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
  const t = translatorFor(opts.lang);
  let sources;
  try {
    sources = await collectSources(opts.paths);
  } catch (err) {
    process.stderr.write(`policy-lens: ${ioMessage(err)}\n`);
    return EXIT_USAGE;
  }

  const out = new Output(opts.format);
  let status = EXIT_CLEAN;
  for (const src of sources) {
    let bytes;
    try {
      bytes = await readSource(src);
    } catch (err) {
      out.abort();
      process.stderr.write(`policy-lens: ${ioMessage(err)}\n`);
      return EXIT_USAGE;
    }
    const loaded = decode(bytes);
    const extra: Finding[] = [];
    if (loaded.problem === 'binary') {
      extra.push({ start: 0, end: 0, severity: 'warning', code: 'not-text', message: t('This looks like a binary file; it was not analysed.') });
    } else if (loaded.problem === 'invalid-utf8') {
      extra.push({ start: 0, end: 0, severity: 'warning', code: 'invalid-utf8', message: t('The file is not valid UTF-8; invalid bytes were replaced by U+FFFD.') });
    }
    const analysis = analyze(loaded.text, {
      markdown: !/\.txt$/i.test(src.file),
      t,
      maxLength: opts.maxSize,
      settings: { disabled: opts.disabled, ...(opts.tolerance !== undefined ? { tolerance: opts.tolerance } : {}) },
    });
    const report = buildReport(src.file, loaded.text, analysis, extra);
    if (report.diagnostics.some((d) => d.severity === 'error')) status = EXIT_ERRORS;
    out.write(report);
  }
  out.end();
  return status;
}

class Output {
  private first = true;
  private files = 0;
  private amounts = 0;
  private counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };

  constructor(private readonly format: 'text' | 'json') {
    if (format === 'json') process.stdout.write('[');
  }

  write(report: FileReport): void {
    this.files++;
    this.amounts += report.amounts.length;
    for (const d of report.diagnostics) this.counts[d.severity]++;
    if (this.format === 'json') {
      process.stdout.write((this.first ? '\n' : ',\n') + JSON.stringify(report));
      this.first = false;
    } else {
      const lines = textLines(report);
      if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    }
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
