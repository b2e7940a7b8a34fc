// Scores name recognition: on the project's own corpus
// (test/fixtures/names/corpus, recall per kind and false hits on the spans
// that must never be marked), and on ../shared/benchmarks/entities-dev.jsonl.
// A name counts as found when an entity of its kind's family overlaps it.

import * as path from 'node:path';
import { FAMILY, loadAnalysis, overlaps, readJsonl, repoRoot, sharedDir } from './load.mjs';

function found(entities, kind, spans) {
  return entities.some((e) => FAMILY[kind]?.has(e.kind) && spans.some(([s, t]) => overlaps(e, s, t)));
}

export async function scoreNamesCorpus({ verbose = false } = {}) {
  const { analyze, loadCases } = await loadAnalysis();
  const cases = loadCases(path.join(repoRoot, 'test', 'fixtures', 'names', 'corpus'));
  const kinds = new Map();
  const lines = [];
  let falseHits = 0;
  let forbids = 0;
  for (const c of cases) {
    const a = analyze(c.text, { markdown: c.format === 'md' });
    for (const e of c.entities) {
      const row = kinds.get(e.label) ?? { kind: e.label, total: 0, found: 0 };
      kinds.set(e.label, row);
      row.total++;
      if (found(a.entities, e.label, e.anchors.map((x) => [x.start, x.end]))) row.found++;
      else if (verbose) lines.push(`  miss   ${c.id}: ${e.label} «${e.anchors[0].text}»`);
    }
    for (const f of c.forbid) {
      forbids++;
      for (const e of a.entities) {
        if (f.anchors.some((x) => overlaps(e, x.start, x.end))) {
          falseHits++;
          if (verbose) lines.push(`  false  ${c.id}: «${e.text}» (${e.kind}) in «${f.anchors[0].text}»`);
        }
      }
    }
  }
  return { cases: cases.length, kinds: [...kinds.values()], falseHits, forbids, lines };
}

export async function scoreEntitiesDev({ verbose = false } = {}) {
  const rows = readJsonl(path.join(sharedDir, 'benchmarks', 'entities-dev.jsonl'));
  if (!rows) return null;
  const { analyze } = await loadAnalysis();
  let total = 0;
  let hits = 0;
  let falseHits = 0;
  const lines = [];
  for (const r of rows) {
    const a = analyze(r.text, { markdown: r.ext === 'md' });
    for (const g of r.entities) {
      total++;
      if (found(a.entities, g.kind, [[g.start, g.end]])) hits++;
      else if (verbose) lines.push(`  miss   ${r.id}: ${g.kind} «${g.text}»`);
    }
    for (const f of r.forbid) {
      for (const e of a.entities) {
        if (overlaps(e, f.start, f.end)) {
          falseHits++;
          if (verbose) lines.push(`  false  ${r.id}: «${e.text}» in «${f.text}»`);
        }
      }
    }
  }
  return { total, found: hits, falseHits, lines };
}
