// Recall and precision of the figure recogniser on public French test sets
// (Microsoft Recognizers-Text and Duckling corpora), when they are present in
// ../shared/benchmarks next to the repository. They are not part of the
// project; a clone without them skips with one line.
//
//   node bench/accuracy.mjs
//
// The recogniser is bundled from server/src by bench/figures.mjs (esbuild, in
// memory, to a temporary file), so no compile step is needed first.
//
// Matching: a found figure matches an expected one when their spans overlap
// and their values are equal; for money the ISO currency must also agree when
// the test set gives one. Expected items without a value (open ranges,
// a bare currency name) are left out of recall, and found figures that
// overlap them are not counted against precision.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRecognizer, repoRoot } from './figures.mjs';

const dir = path.join(repoRoot, '..', 'shared', 'benchmarks');
const SETS = [
  { file: 'recognizers-fr-currency.jsonl', kind: 'money' },
  { file: 'duckling-fr-money.jsonl', kind: 'money' },
  { file: 'recognizers-fr-percent.jsonl', kind: 'percent' },
];

function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

function sameValue(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export async function scoreAccuracy({ verbose = false } = {}) {
  if (!fs.existsSync(dir)) return null;
  const { recognizeFigures, parseStructure } = await loadRecognizer();
  const rows = [];
  for (const set of SETS) {
    const file = path.join(dir, set.file);
    if (!fs.existsSync(file)) continue;
    const cases = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const row = { set: set.file.replace('.jsonl', ''), cases: cases.length, expected: 0, found: 0, tp: 0, fp: 0, misses: [], extras: [] };
    for (const c of cases) {
      const r = recognizeFigures(c.input, parseStructure(c.input, { markdown: false }));
      const found = set.kind === 'money' ? r.amounts : r.percentages;
      const expected = (c.expected || []).filter((e) => (set.kind === 'money' ? e.type !== 'percentage' : true));
      for (const e of expected) {
        // Some items carry no offsets: find their text in the input.
        if (typeof e.start !== 'number' && e.text) {
          const at = c.input.toLowerCase().indexOf(e.text.toLowerCase());
          e.start = at < 0 ? 0 : at;
          e.end = at < 0 ? c.input.length : at + e.text.length;
        }
      }
      const scored = expected.filter((e) => typeof e.value === 'number');
      const unscored = expected.filter((e) => typeof e.value !== 'number');
      row.expected += scored.length;
      const used = new Set();
      for (const e of scored) {
        const hit = found.findIndex(
          (f, i) => !used.has(i) && overlaps(f, e) && sameValue(f.value, e.value) && (set.kind !== 'money' || !e.currency || e.currency === f.currency),
        );
        if (hit >= 0) {
          used.add(hit);
          row.tp++;
        } else row.misses.push(`${c.id}: ${JSON.stringify(e.text)} = ${e.value} ${e.currency ?? e.unit ?? ''}  | got ${found.map((f) => `${JSON.stringify(f.text)}=${f.value} ${f.currency ?? '%'}`).join(', ') || 'nothing'}`);
      }
      found.forEach((f, i) => {
        if (used.has(i)) return;
        if (unscored.some((e) => overlaps(f, e))) return;
        row.fp++;
        row.extras.push(`${c.id}: ${JSON.stringify(f.text)}=${f.value} ${f.currency ?? '%'} in ${JSON.stringify(c.input.slice(0, 120))}`);
      });
      row.found += found.length;
    }
    row.recall = row.expected ? row.tp / row.expected : 1;
    row.precision = row.tp + row.fp ? row.tp / (row.tp + row.fp) : 1;
    rows.push(row);
  }
  if (verbose) {
    for (const r of rows) {
      for (const m of r.misses) console.log(`  miss  ${m}`);
      for (const x of r.extras) console.log(`  extra ${x}`);
    }
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await scoreAccuracy({ verbose: process.argv.includes('--verbose') });
  if (!rows) {
    console.log(`accuracy: skipped (no test sets at ${dir})`);
  } else {
    const pct = (x) => `${(100 * x).toFixed(1)} %`.padStart(8);
    console.log('set                        cases  expected  matched  extra   recall  precision');
    for (const r of rows) {
      console.log(`${r.set.padEnd(26)} ${String(r.cases).padStart(5)} ${String(r.expected).padStart(9)} ${String(r.tp).padStart(8)} ${String(r.fp).padStart(6)} ${pct(r.recall)} ${pct(r.precision)}`);
    }
  }
}
