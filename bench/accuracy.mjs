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
// overlap them are not counted against precision. The sets give sub-units in
// their own unit (« 50 cents » = 50 Cent); a value in the main unit
// (0,50) matches too, whichever recogniser gives it.
//
// The peer, @microsoft/recognizers-text-suite (a devDependency, loaded as
// bench/figures.mjs loads it), is scored in the same run on the same cases by
// the same rules: its currency model on the money sets, its percentage model
// on the percent set. --no-peer skips it (its start-up takes a few seconds).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { loadRecognizer, repoRoot } from './figures.mjs';

const require = createRequire(import.meta.url);

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

/** Units the sets count in hundredths of a currency. */
const SUBUNITS = new Set(['cent', 'cents', 'centime', 'centimes', 'pence', 'penny', 'pesewa', 'pesewas']);

/** Does a found value stand for the expected one (in its own unit, or in the main unit for a sub-unit)? */
function matchesValue(found, expected) {
  if (sameValue(found, expected.value)) return true;
  return SUBUNITS.has(String(expected.unit ?? '').toLowerCase()) && sameValue(found * 100, expected.value);
}

/**
 * The peer names units (« Euro », « Dollar Canadien »), not ISO codes: each
 * name maps to the code the sets themselves pair it with.
 */
function unitCodes() {
  const codes = new Map();
  for (const set of SETS) {
    const file = path.join(dir, set.file);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      for (const e of JSON.parse(line).expected || []) if (e.unit && e.currency) codes.set(String(e.unit).toLowerCase(), e.currency);
    }
  }
  return codes;
}

/** The peer's recognisers, or null when the package is not installed. */
function loadPeer() {
  let suite;
  try {
    suite = require('@microsoft/recognizers-text-suite');
  } catch {
    return null;
  }
  let currency;
  try {
    const nwu = require('@microsoft/recognizers-text-number-with-unit');
    const model = new nwu.NumberWithUnitRecognizer(suite.Culture.French).getCurrencyModel();
    currency = (s) => model.parse(s);
  } catch {
    currency = (s) => suite.recognizeCurrency(s, suite.Culture.French);
  }
  const percent = (s) => suite.recognizePercentage(s, suite.Culture.French);
  const codes = unitCodes();
  const iso = (unit) => {
    if (!unit) return null;
    const u = String(unit);
    return codes.get(u.toLowerCase()) ?? (/^[A-Z]{3}$/.test(u) ? u : null);
  };
  /** The peer's results in our shape: { start, end (exclusive), text, value, currency }. */
  const read = (kind, input) =>
    (kind === 'money' ? currency(input) : percent(input)).map((r) => {
      const raw = String(r.resolution?.value ?? '').replace(/[\s%]/g, '').replace(',', '.');
      return { start: r.start, end: r.end + 1, text: r.text, value: Number(raw), currency: r.resolution?.isoCurrency ?? iso(r.resolution?.unit) };
    });
  return { read };
}

/** Scores `recognize(kind, input) → [{ start, end, text, value, currency }]` on every set present. */
function score(recognize, who) {
  const rows = [];
  for (const set of SETS) {
    const file = path.join(dir, set.file);
    if (!fs.existsSync(file)) continue;
    const cases = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const row = { who, set: set.file.replace('.jsonl', ''), cases: cases.length, expected: 0, found: 0, tp: 0, fp: 0, misses: [], extras: [] };
    for (const c of cases) {
      const found = recognize(set.kind, c.input);
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
          (f, i) => !used.has(i) && overlaps(f, e) && matchesValue(f.value, e) && (set.kind !== 'money' || !e.currency || e.currency === f.currency),
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
  return rows;
}

/**
 * Rows per set for Policy Lens, then for the peer when `peer` and it is
 * installed; null when the sets are absent.
 */
export async function scoreAccuracy({ verbose = false, peer = true } = {}) {
  if (!fs.existsSync(dir)) return null;
  const { recognizeFigures, parseStructure } = await loadRecognizer();
  const ours = (kind, input) => {
    const r = recognizeFigures(input, parseStructure(input, { markdown: false }));
    return kind === 'money' ? r.amounts : r.percentages;
  };
  const rows = score(ours, 'policy-lens');
  const other = peer ? loadPeer() : null;
  if (other) for (const r of score(other.read, 'recognizers-text')) rows.push(r);
  if (verbose) {
    for (const r of rows) {
      if (r.who !== 'policy-lens' && verbose !== 'all') continue;
      for (const m of r.misses) console.log(`  miss  ${m}`);
      for (const x of r.extras) console.log(`  extra ${x}`);
    }
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose-all') ? 'all' : process.argv.includes('--verbose');
  const rows = await scoreAccuracy({ verbose, peer: !process.argv.includes('--no-peer') });
  if (!rows) {
    console.log(`accuracy: skipped (no test sets at ${dir})`);
  } else {
    const pct = (x) => `${(100 * x).toFixed(1)} %`.padStart(8);
    console.log('recogniser         set                        cases  expected  matched  extra   recall  precision');
    for (const r of rows) {
      console.log(`${r.who.padEnd(18)} ${r.set.padEnd(26)} ${String(r.cases).padStart(5)} ${String(r.expected).padStart(9)} ${String(r.tp).padStart(8)} ${String(r.fp).padStart(6)} ${pct(r.recall)} ${pct(r.precision)}`);
    }
    if (!rows.some((r) => r.who !== 'policy-lens') && !process.argv.includes('--no-peer')) console.log('peer: @microsoft/recognizers-text-suite not installed; skipped');
  }
}
