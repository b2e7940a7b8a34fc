// Bundles what the accuracy bench needs from the sources (the whole analysis
// and the corpus reader) with esbuild, in memory, so no compile step is
// needed first.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = path.join(repoRoot, '..', 'shared');

let loaded = null;

export async function loadAnalysis() {
  if (loaded) return loaded;
  const esbuild = await import('esbuild');
  const entry = path.join(os.tmpdir(), `policy-lens-accuracy-entry-${process.pid}.ts`);
  const outfile = path.join(os.tmpdir(), `policy-lens-accuracy-${process.pid}.cjs`);
  const src = (p) => JSON.stringify(path.join(repoRoot, p).split(path.sep).join('/'));
  fs.writeFileSync(
    entry,
    [
      `export { analyze } from ${src('server/src/core/analysis')};`,
      `export { loadCases, overlapsAnchor } from ${src('test/helpers/cases')};`,
    ].join('\n'),
  );
  try {
    await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
    loaded = require(outfile);
  } finally {
    fs.rmSync(entry, { force: true });
    fs.rmSync(outfile, { force: true });
  }
  return loaded;
}

/** The consistency codes: diagnostics that say figures do not hold together (the others are hints and notices). */
export const CONSISTENCY = new Set([
  'sum-mismatch', 'part-exceeds-total', 'percent-sum', 'share-mismatch', 'table-total', 'figure-conflict', 'change-mismatch', 'rate-mismatch',
  'restatement-mismatch',
]);

/** The families of entity kinds the names corpora are annotated with. */
export const FAMILY = {
  programme: new Set(['programme', 'plan', 'strategy', 'doctrine', 'fund', 'tax']),
  label: new Set(['label', 'qualification']),
  law: new Set(['law', 'regulation']),
  institution: new Set(['institution']),
};

export function readJsonl(file) {
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export function overlaps(x, s, e) {
  return x.start < e && s < x.end;
}
