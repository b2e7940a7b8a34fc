// Command-line arguments. The contract (`analyze [--format text|json] PATH...`)
// is public: CI pipelines depend on it, so it only ever grows.

export interface CliOptions {
  command: 'analyze';
  format: 'text' | 'json';
  paths: string[];
  lang: 'fr' | 'en';
  disabled: string[];
  /** Typography hints: one per document (grouped, the default) or one per figure (each). */
  typography: 'grouped' | 'each';
  tolerance?: number;
  maxSize?: number;
  glossaries: string[];
  /** Files analysed at a time; 1 analyses in the main thread, without worker threads. Default: one per core. */
  jobs?: number;
}

export class UsageError extends Error {}

export const USAGE = `Usage: policy-lens analyze [options] PATH...

PATH is a file, a folder (its .md and .txt files, recursively) or - for standard input.

Options:
  --format text|json   output format (default: text)
  --lang fr|en         language of messages (default: from LANG)
  --disable CODES      comma-separated diagnostic codes to turn off
  --typography grouped|each
                       typography hints: one per document (default) or one per figure
  --tolerance N        extra relative slack for sum checks (default 0.005)
  --max-size N         analyse at most N characters of each file
  --glossary FILE      a glossary file to load (repeatable)
  --jobs N             analyse N files at a time (default: one per core, at most 8;
                       1: one after the other, without worker threads)
  -h, --help           show this help`;

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): CliOptions | 'help' {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help') return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command '${command}' (expected 'analyze')`);
  const lang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const opts: CliOptions = { command, format: 'text', paths: [], lang, disabled: [], typography: 'grouped', glossaries: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        return 'help';
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not '${f}'`);
        opts.format = f;
        break;
      }
      case '--lang': {
        const l = value();
        if (l !== 'fr' && l !== 'en') throw new UsageError(`--lang must be fr or en, not '${l}'`);
        opts.lang = l;
        break;
      }
      case '--typography': {
        const v = value();
        if (v !== 'grouped' && v !== 'each') throw new UsageError(`--typography must be grouped or each, not '${v}'`);
        opts.typography = v;
        break;
      }
      case '--disable':
        opts.disabled.push(...value().split(',').map((c) => c.trim()).filter(Boolean));
        break;
      case '--tolerance':
        opts.tolerance = positiveNumber(arg, value());
        break;
      case '--max-size':
        opts.maxSize = positiveNumber(arg, value());
        break;
      case '--glossary':
        opts.glossaries.push(value());
        break;
      case '--jobs': {
        const raw = value();
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs needs a whole number of at least 1, not '${raw}'`);
        opts.jobs = n;
        break;
      }
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
        opts.paths.push(arg);
    }
  }
  if (opts.paths.length === 0) throw new UsageError('no PATH given');
  return opts;
}

function positiveNumber(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} needs a non-negative number, not '${raw}'`);
  return n;
}
