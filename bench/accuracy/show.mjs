// Shows one case of a corpus (or of checks-dev) with what the analysis finds
// in it: its text, expectations, consistency diagnostics and checks. For
// whoever works on the checks:  node bench/accuracy/show.mjs CASE-ID...

import * as path from 'node:path';
import { CONSISTENCY, loadAnalysis, readJsonl, repoRoot, sharedDir } from './load.mjs';

const { analyze, loadCases } = await loadAnalysis();
const own = [...loadCases(path.join(repoRoot, 'test', 'fixtures', 'checks', 'corpus')), ...loadCases(path.join(repoRoot, 'test', 'fixtures', 'names', 'corpus'))];
const dev = readJsonl(path.join(sharedDir, 'benchmarks', 'checks-dev.jsonl')) ?? [];
for (const id of process.argv.slice(2)) {
  const c = own.find((x) => x.id === id);
  const d = dev.find((x) => x.id === id);
  const text = c ? c.text : d ? d.text : null;
  if (text === null) {
    console.log(`${id}: no such case`);
    continue;
  }
  const a = analyze(text, { markdown: c ? c.format === 'md' : true });
  console.log(`=== ${id}\n${text.trim()}`);
  if (c) for (const e of c.expect) console.log(`  expect ${e.label} «${e.anchors.map((x) => x.text).join('» or «')}»`);
  if (d) for (const e of d.expect) console.log(`  expect ${e.code} «${e.anchor}»`);
  for (const x of a.diagnostics) if (CONSISTENCY.has(x.code)) console.log(`  GOT ${x.code} «${text.slice(x.start, x.end)}» ${x.message}`);
  for (const k of a.checks) console.log(`  check ${k.kind}=${k.status} total «${text.slice(k.total.start, k.total.end)}» parts ${k.parts.map((p) => `«${text.slice(p.start, p.end)}»`).join(' ')}`);
  console.log(`  amounts ${a.amounts.map((x) => `«${x.text}»=${x.value}${x.range ? '(' + x.range.role + ')' : ''}`).join(' ')}`);
  if (a.percentages.length) console.log(`  percents ${a.percentages.map((x) => `«${x.text}»`).join(' ')}`);
  if (a.entities.length) console.log(`  entities ${a.entities.map((x) => `«${x.text}»:${x.kind}`).join(' ')}`);
}
