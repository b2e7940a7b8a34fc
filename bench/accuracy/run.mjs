// npm run bench:accuracy — how right the product is, on texts of every kind:
//   the public French test sets (money and percentages; ../shared/benchmarks),
//   the project's own corpora (test/fixtures/*/corpus), per relation kind,
//   the development samples written for this project (../shared/benchmarks/*-dev.jsonl),
//   and every consistency diagnostic on the real documents (../shared/real-texts).
// Whatever lives in ../shared is skipped with one line when absent (a user's clone has none).
//   node bench/accuracy/run.mjs [--verbose]

import { scoreCorpus, scoreDev, realTextDiagnostics } from './checks.mjs';
import { scoreNamesCorpus, scoreEntitiesDev } from './names.mjs';
import { scoreMoneyDev } from './money.mjs';
import { scoreAccuracy } from '../accuracy.mjs';

const verbose = process.argv.includes('--verbose');
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');

const publicSets = await scoreAccuracy({ verbose });
if (!publicSets) console.log('Public test sets: skipped (no ../shared/benchmarks)');
else {
  console.log('Money and percentages, public French test sets (../shared/benchmarks)');
  console.log('tool                set                        cases  expected  matched  extra   recall  precision');
  for (const r of publicSets) {
    console.log(`${String(r.who ?? 'policy-lens').padEnd(19)} ${r.set.padEnd(26)} ${String(r.cases).padStart(5)} ${String(r.expected).padStart(9)} ${String(r.tp).padStart(8)} ${String(r.fp).padStart(6)} ${pct(r.tp, r.expected).padStart(8)} ${pct(r.tp, r.tp + r.fp).padStart(9)}`);
  }
}
const money = await scoreMoneyDev({ verbose });
if (!money) console.log('\nmoney-dev: skipped (no ../shared/benchmarks)');
else {
  console.log(`\nmoney-dev: precision ${money.precision.toFixed(3)} recall ${money.recall.toFixed(3)} F1 ${money.f1.toFixed(3)}`);
  for (const l of money.lines) console.log(l);
}

const names = await scoreNamesCorpus({ verbose });
console.log(`\nNames, own corpus (test/fixtures/names/corpus, ${names.cases} texts)`);
for (const k of names.kinds) console.log(`  ${k.kind.padEnd(12)} ${`${k.found} / ${k.total}`.padStart(11)} ${pct(k.found, k.total).padStart(8)}`);
const nf = names.kinds.reduce((n, k) => n + k.found, 0);
const nt = names.kinds.reduce((n, k) => n + k.total, 0);
console.log(`  ${'all'.padEnd(12)} ${`${nf} / ${nt}`.padStart(11)} ${pct(nf, nt).padStart(8)}   false hits ${names.falseHits} (on ${names.forbids} forbidden spans)`);
for (const l of names.lines) console.log(l);
const ents = await scoreEntitiesDev({ verbose });
if (!ents) console.log('\nentities-dev: skipped (no ../shared/benchmarks)');
else {
  console.log(`\nentities-dev: found ${ents.found}/${ents.total} (${pct(ents.found, ents.total)}), false hits ${ents.falseHits}`);
  for (const l of ents.lines) console.log(l);
}

const corpus = await scoreCorpus({ verbose });
console.log('\nChecks, own corpus (test/fixtures/checks/corpus)');
console.log('kind            cases  caught / expected        false alarms / consistent   stray on wrong texts');
let tc = 0, te = 0, tf = 0, tk = 0;
for (const r of corpus.rows) {
  tc += r.caught; te += r.expected; tf += r.falseAlarms; tk += r.consistent;
  console.log(`${r.kind.padEnd(15)} ${String(r.cases).padStart(5)}  ${`${r.caught} / ${r.expected}`.padStart(9)} ${pct(r.caught, r.expected).padStart(8)}   ${`${r.falseAlarms} / ${r.consistent}`.padStart(9)}                 ${r.stray}`);
}
console.log(`${'all'.padEnd(15)} ${String(corpus.rows.reduce((n, r) => n + r.cases, 0)).padStart(5)}  ${`${tc} / ${te}`.padStart(9)} ${pct(tc, te).padStart(8)}   ${`${tf} / ${tk}`.padStart(9)}`);
for (const l of corpus.lines) console.log(l);

const dev = await scoreDev({ verbose });
if (!dev) console.log('\nchecks-dev: skipped (no ../shared/benchmarks)');
else {
  console.log(`\nchecks-dev: caught ${dev.caught}/${dev.expected} (${pct(dev.caught, dev.expected)}), false alarms ${dev.falseAlarms}/${dev.clean}`);
  for (const l of dev.lines) console.log(l);
}

const real = await realTextDiagnostics();
if (!real) console.log('\nreal-texts: skipped (no ../shared/real-texts)');
else {
  console.log(`\nreal-texts: ${real.documents} documents, ${real.diagnostics.length} consistency diagnostics (read each one):`);
  for (const d of real.diagnostics) console.log(`  ${d.file}:${d.line} ${d.code} «${d.text}» ${d.message.slice(0, 140)}`);
}
