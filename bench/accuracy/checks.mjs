// Scores the consistency checks: on the project's own corpus
// (test/fixtures/checks/corpus, per relation kind), on the development sample
// ../shared/benchmarks/checks-dev.jsonl, and lists every consistency
// diagnostic raised on ../shared/real-texts, to be read one by one.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONSISTENCY, loadAnalysis, overlaps, readJsonl, repoRoot, sharedDir } from './load.mjs';

function matches(d, code, spans) {
  const codeOk = code === 'any' ? CONSISTENCY.has(d.code) : code.split('|').includes(d.code);
  return codeOk && spans.some(([s, e]) => overlaps(d, s, e));
}

/** One text: which expectations are caught, and which diagnostics match none (false alarms). */
function score(diags, expectations) {
  const own = diags.filter((d) => CONSISTENCY.has(d.code));
  const caught = expectations.map((e) => own.some((d) => matches(d, e.code, e.spans)));
  const stray = own.filter((d) => !expectations.some((e) => matches(d, e.code, e.spans)));
  return { caught, stray };
}

export async function scoreCorpus({ verbose = false } = {}) {
  const { analyze, loadCases } = await loadAnalysis();
  const cases = loadCases(path.join(repoRoot, 'test', 'fixtures', 'checks', 'corpus'));
  const rows = new Map();
  const lines = [];
  for (const c of cases) {
    const kind = c.file.replace(/\.cases$/, '');
    const row = rows.get(kind) ?? { kind, cases: 0, expected: 0, caught: 0, consistent: 0, falseAlarms: 0, stray: 0 };
    rows.set(kind, row);
    row.cases++;
    const a = analyze(c.text, { markdown: c.format === 'md' });
    const expectations = c.expect.map((e) => ({ code: e.label, spans: e.anchors.map((x) => [x.start, x.end]) }));
    const r = score(a.diagnostics, expectations);
    row.expected += expectations.length;
    row.caught += r.caught.filter(Boolean).length;
    if (expectations.length === 0) {
      row.consistent++;
      if (r.stray.length) row.falseAlarms++;
    } else if (r.stray.length) row.stray++;
    if (verbose) {
      r.caught.forEach((ok, i) => ok || lines.push(`  missed  ${c.id}: ${c.expect[i].label} «${c.expect[i].anchors[0].text}»`));
      for (const d of r.stray) lines.push(`  ${expectations.length ? 'stray ' : 'false '}  ${c.id}: ${d.code} «${c.text.slice(d.start, d.end)}» ${d.message.slice(0, 110)}`);
    }
  }
  return { rows: [...rows.values()], lines };
}

export async function scoreDev({ verbose = false } = {}) {
  const rows = readJsonl(path.join(sharedDir, 'benchmarks', 'checks-dev.jsonl'));
  if (!rows) return null;
  const { analyze } = await loadAnalysis();
  let caught = 0;
  let expected = 0;
  let falseAlarms = 0;
  let clean = 0;
  const lines = [];
  for (const r of rows) {
    const a = analyze(r.text, { markdown: true });
    const expectations = r.expect.map((e) => ({ code: e.code, spans: [[e.start, e.end], ...(e.alt ?? [])] }));
    const s = score(a.diagnostics, expectations);
    if (!expectations.length) {
      clean++;
      if (s.stray.length) {
        falseAlarms++;
        if (verbose) lines.push(`  false   ${r.id}: ${s.stray.map((d) => d.code).join(', ')}`);
      }
      continue;
    }
    expected += expectations.length;
    s.caught.forEach((ok, i) => {
      if (ok) caught++;
      else if (verbose) lines.push(`  missed  ${r.id}: ${r.expect[i].code} «${r.expect[i].anchor}»`);
    });
  }
  return { caught, expected, falseAlarms, clean, lines };
}

export async function realTextDiagnostics() {
  const dir = path.join(sharedDir, 'real-texts');
  if (!fs.existsSync(dir)) return null;
  const { analyze } = await loadAnalysis();
  const out = [];
  let documents = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    if (!/\.(md|txt)$/.test(f) || f === 'README.md') continue;
    documents++;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const a = analyze(text, { markdown: f.endsWith('.md') });
    for (const d of a.diagnostics) if (CONSISTENCY.has(d.code)) out.push({ file: f, code: d.code, text: text.slice(d.start, d.end), message: d.message, line: text.slice(0, d.start).split('\n').length });
  }
  return { documents, diagnostics: out };
}
