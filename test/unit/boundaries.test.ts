// The architecture's rules, checked (see « Invariants » in ARCHITECTURE.md):
// which layer may import which, read from every import, export, require and
// import() of the sources — relative paths as well as packages — and no
// regular expression built at run time in the core.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ts from 'typescript';

import { ROOT, typescriptFiles as sources } from '../helpers/sources';

const CORE = path.join(ROOT, 'server', 'src', 'core');

/** One import of a source file: a package name, or the repository path a relative specifier points at. */
interface Edge {
  /** The importing file, from the repository root, with `/`. */
  from: string;
  specifier: string;
  /** `pkg:<name>` for a package, else the path it resolves to, from the repository root, without extension. */
  to: string;
  line: number;
}

const slash = (p: string) => p.split(path.sep).join('/');

function importsOf(file: string): Edge[] {
  const text = fs.readFileSync(file, 'utf8');
  // The compiler's own pre-processor: imports, re-exports, `import x = require()`, require() and import() alike, comments skipped.
  const info = ts.preProcessFile(text, true, true);
  const from = slash(path.relative(ROOT, file));
  return info.importedFiles.map((i) => {
    const spec = i.fileName;
    const line = text.slice(0, i.pos).split('\n').length;
    const to = spec.startsWith('.') ? slash(path.relative(ROOT, path.resolve(path.dirname(file), spec))) : `pkg:${spec}`;
    return { from, specifier: spec, to, line };
  });
}

const packageName = (to: string) => {
  const spec = to.slice(4);
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};
const isPackage = (to: string) => to.startsWith('pkg:');
const isBuiltin = (to: string) => isPackage(to) && (to.startsWith('pkg:node:') || builtinModules.includes(packageName(to)));
/** The editor's API and the language server protocol's libraries. */
const isEditorOrProtocol = (to: string) => isPackage(to) && /^(?:vscode|vscode-.*|@vscode\/.*)$/.test(packageName(to)) && packageName(to) !== '@vscode/l10n';
const isVscodeL10n = (to: string) => isPackage(to) && packageName(to) === '@vscode/l10n';
const under = (dir: string) => (p: string) => p === dir || p.startsWith(dir + '/');

const inCore = under('server/src/core');
const inChecks = under('server/src/core/checks');
const inCheckInternals = (p: string) => under('server/src/core/checks/find')(p) || under('server/src/core/checks/judge')(p);
const inLsp = under('server/src/lsp');
const inCli = under('server/src/cli');
const inWorker = under('server/src/worker');
const inWorkspace = under('server/src/workspace');
const inReport = under('server/src/report');
const inIo = under('server/src/io');
const inServer = under('server/src');
const inClient = under('client/src');
const inShared = under('shared');

/** A layering rule: no import from a file `from` accepts may go where `forbidden` says. */
interface Rule {
  name: string;
  from: (file: string) => boolean;
  forbidden: (to: string) => boolean;
}

const RULES: Rule[] = [
  {
    name: 'the core imports only the core, its data and Node built-ins: no editor or protocol package, no lsp/, cli/, worker/, io/, l10n',
    from: inCore,
    forbidden: (to) => (isPackage(to) ? !isBuiltin(to) : !inCore(to) && !under('server/data')(to)),
  },
  {
    name: 'a check’s internals (checks/find, checks/judge) are imported from within checks/ only: the pipeline calls checks/run.ts',
    from: (f) => !inChecks(f),
    forbidden: inCheckInternals,
  },
  {
    name: 'protocol and editor packages only in server/src/lsp (in the server)',
    from: (f) => inServer(f) && !inLsp(f),
    forbidden: isEditorOrProtocol,
  },
  {
    name: '@vscode/l10n is read by server/src/l10n.ts alone; everything else is given a Translate',
    from: (f) => inServer(f) && f !== 'server/src/l10n.ts',
    forbidden: isVscodeL10n,
  },
  { name: 'the worker (shared by the CLI and the server) imports neither cli/ nor lsp/', from: inWorker, forbidden: (to) => inCli(to) || inLsp(to) },
  { name: 'workspace/ imports neither lsp/ nor cli/', from: inWorkspace, forbidden: (to) => inLsp(to) || inCli(to) || inWorker(to) },
  { name: 'report/ (the CLI’s file reports, also made in worker threads) imports neither lsp/ nor cli/', from: inReport, forbidden: (to) => inLsp(to) || inCli(to) || inWorker(to) },
  { name: 'io/ reads files for everyone and imports no other layer but the core', from: inIo, forbidden: (to) => !isPackage(to) && !inIo(to) && !inCore(to) },
  { name: 'the CLI imports nothing of the language server', from: inCli, forbidden: inLsp },
  { name: 'the server never imports the client', from: inServer, forbidden: inClient },
  { name: 'the client imports nothing of the server but the shared protocol', from: inClient, forbidden: (to) => !isPackage(to) && !inClient(to) && !inShared(to) },
  { name: 'the shared protocol module imports nothing', from: inShared, forbidden: () => true },
];

/** Every rule an import breaks, as `file:line → specifier (rule)`. */
function violations(edges: Edge[], rules: Rule[] = RULES): string[] {
  const out: string[] = [];
  for (const e of edges) for (const r of rules) if (r.from(e.from) && r.forbidden(e.to)) out.push(`${e.from}:${e.line} → ${e.specifier} (${r.name})`);
  return out;
}

function resolves(to: string): boolean {
  const full = path.join(ROOT, to);
  return ['.ts', '.json', '/index.ts', ''].some((ext) => fs.existsSync(full + ext) && fs.statSync(full + ext).isFile());
}

describe('architecture boundaries', () => {
  const files = sources(CORE);
  const dirs = ['server/src', 'client/src', 'shared'].map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));
  const edges = dirs.flatMap((d) => sources(d)).flatMap(importsOf);

  it('finds the core sources', () => {
    assert.ok(files.length >= 5, files.join(', '));
  });

  it('reads relative imports, packages, multi-line imports and require()', () => {
    const analysis = edges.filter((e) => e.from === 'server/src/core/analysis.ts').map((e) => e.to);
    assert.ok(analysis.some((t) => t.startsWith('server/src/core/')), analysis.join(', '));
    assert.ok(edges.some((e) => e.to === 'pkg:vscode-languageserver/node'));
    const sample = ["import {\n  a,\n  b,\n} from '../lsp/convert';", "const x = require('../cli/main');", "export * from './find/index';", "// import '../lsp/not-read';", "void import('../worker/pool');"].join('\n');
    const parsed = ts.preProcessFile(sample, true, true).importedFiles.map((i) => i.fileName);
    assert.deepEqual(parsed, ['../lsp/convert', '../cli/main', './find/index', '../worker/pool']);
  });

  it('resolves every relative import to a file (so that no rule is skipped for a path it misread)', () => {
    const unresolved = edges.filter((e) => !isPackage(e.to) && !resolves(e.to)).map((e) => `${e.from}:${e.line} → ${e.specifier}`);
    assert.deepEqual(unresolved, []);
  });

  it('catches a leak when there is one', () => {
    const fake = (from: string, to: string): Edge => ({ from, specifier: to, to, line: 1 });
    assert.equal(violations([fake('server/src/core/analysis.ts', 'server/src/lsp/convert')]).length, 1);
    assert.equal(violations([fake('server/src/core/chunk.ts', 'server/src/core/checks/find/index')]).length, 1);
    assert.equal(violations([fake('server/src/core/checks/run.ts', 'server/src/core/checks/find/index')]).length, 0);
    assert.equal(violations([fake('server/src/worker/main.ts', 'server/src/cli/main')]).length, 1);
    assert.equal(violations([fake('server/src/cli/report.ts', 'pkg:vscode-languageserver-textdocument')]).length, 1);
    assert.equal(violations([fake('server/src/workspace/summary.ts', 'server/src/lsp/convert')]).length, 1);
    assert.equal(violations([fake('server/src/core/types.ts', 'pkg:fs')]).length, 0);
  });

  it('holds every layering rule', () => {
    assert.deepEqual(violations(edges), []);
  });

  it('keeps the core free of editor and protocol libraries', () => {
    const offenders = edges.filter((e) => inCore(e.from) && (isEditorOrProtocol(e.to) || isVscodeL10n(e.to)));
    assert.deepEqual(offenders, []);
  });

  it('builds no regular expression from strings at run time in the core', () => {
    const offenders = files.filter((f) => fs.readFileSync(f, 'utf8').includes('new RegExp(')).map((f) => path.relative(ROOT, f));
    assert.deepEqual(offenders, []);
  });
});
