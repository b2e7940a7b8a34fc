// Scores money recognition on ../shared/benchmarks/money-dev.jsonl (texts
// written for this project, plain text): an expected amount is found when a
// recognised one overlaps it with the same value and currency; any other
// recognised amount is a false one.

import * as path from 'node:path';
import { loadAnalysis, overlaps, readJsonl, sharedDir } from './load.mjs';

export async function scoreMoneyDev({ verbose = false } = {}) {
  const rows = readJsonl(path.join(sharedDir, 'benchmarks', 'money-dev.jsonl'));
  if (!rows) return null;
  const { analyze } = await loadAnalysis();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const lines = [];
  for (const r of rows) {
    const a = analyze(r.text, { markdown: false });
    const used = new Set();
    for (const g of r.money) {
      const hit = a.amounts.findIndex(
        (x, i) => !used.has(i) && overlaps(x, g.start, g.end) && x.currency === g.currency && Math.abs(x.value - g.value) <= 1e-6 * Math.max(1, g.value),
      );
      if (hit < 0) {
        fn++;
        if (verbose) lines.push(`  miss   ${r.id}: «${g.text}» = ${g.value} ${g.currency}`);
      } else {
        used.add(hit);
        tp++;
      }
    }
    a.amounts.forEach((x, i) => {
      if (used.has(i)) return;
      fp++;
      if (verbose) lines.push(`  false  ${r.id}: «${x.text}» = ${x.value} ${x.currency}`);
    });
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, lines };
}
