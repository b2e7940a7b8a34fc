// Reading the hand-written corpora under test/fixtures/*/corpus: many short
// texts per file, each with what a careful reader expects of it.
//
//   ### case: sum-total-after-wrong-03
//   format: txt                         (optional: md by default)
//   expect: sum-mismatch «265 M€»       (checks corpus: a code, or codes a|b, or any)
//   expect: share-mismatch «45 %»#2     (#n: the n-th occurrence of the anchor)
//   expect: any «doublé» or «1,2 Md€»   (either anchor)
//   entity: institution «Cour des comptes»      (names corpus)
//   forbid: «AMI»                                (names corpus: never marked)
//   ---
//   The text, up to the next « ### case: » line (trailing blank lines dropped).
//
// A case without `expect:` lines must raise no consistency diagnostic.

import * as fs from 'fs';
import * as path from 'path';

export interface Anchor {
  text: string;
  start: number;
  end: number;
}

export interface Expectation {
  /** What the line names: codes (`a|b`, `any`) for the checks corpus, a kind for the names corpus; empty for `forbid`. */
  label: string;
  /** The spans any of which may carry it. */
  anchors: Anchor[];
}

export interface Case {
  id: string;
  file: string;
  line: number;
  format: 'md' | 'txt';
  text: string;
  expect: Expectation[];
  entities: Expectation[];
  forbid: Expectation[];
}

const HEADER = '### case:';

export function parseCases(source: string, file: string): Case[] {
  const lines = source.split('\n');
  const out: Case[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.startsWith(HEADER)) {
      if (line.trim() !== '' && !line.startsWith('<!--')) throw new Error(`${file}:${i + 1}: text outside a case: ${line}`);
      i++;
      continue;
    }
    const id = line.slice(HEADER.length).trim();
    const at = i + 1;
    const c: Case = { id, file, line: at, format: 'md', text: '', expect: [], entities: [], forbid: [] };
    const meta: { key: string; value: string; line: number }[] = [];
    i++;
    for (; i < lines.length && lines[i] !== '---'; i++) {
      const m = /^(format|expect|entity|forbid):\s*(.*)$/.exec(lines[i]);
      if (!m) throw new Error(`${file}:${i + 1}: expected format:, expect:, entity:, forbid: or ---, got: ${lines[i]}`);
      meta.push({ key: m[1], value: m[2], line: i + 1 });
    }
    if (i >= lines.length) throw new Error(`${file}:${at}: case ${id} has no --- line`);
    i++;
    const body: string[] = [];
    for (; i < lines.length && !lines[i].startsWith(HEADER); i++) body.push(lines[i]);
    while (body.length && body[body.length - 1].trim() === '') body.pop();
    c.text = body.join('\n') + '\n';
    for (const m of meta) {
      const where = `${file}:${m.line}`;
      if (m.key === 'format') {
        if (m.value !== 'md' && m.value !== 'txt') throw new Error(`${where}: format is md or txt`);
        c.format = m.value;
        continue;
      }
      const e = parseExpectation(m.value, c.text, where, m.key !== 'forbid');
      if (m.key === 'expect') c.expect.push(e);
      else if (m.key === 'entity') c.entities.push(e);
      else c.forbid.push(e);
    }
    out.push(c);
  }
  return out;
}

function parseExpectation(value: string, text: string, where: string, labelled: boolean): Expectation {
  let rest = value.trim();
  let label = '';
  if (labelled) {
    const sp = rest.indexOf(' ');
    if (sp < 0) throw new Error(`${where}: a label and an anchor «…» are needed`);
    label = rest.slice(0, sp);
    rest = rest.slice(sp + 1).trim();
  }
  const anchors: Anchor[] = [];
  const re = /«([^»]+)»(?:#(\d+))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest))) {
    const needle = m[1];
    const nth = m[2] ? Number(m[2]) : 1;
    let from = 0;
    let found = -1;
    for (let k = 0; k < nth; k++) {
      found = text.indexOf(needle, from);
      if (found < 0) break;
      from = found + 1;
    }
    if (found < 0) throw new Error(`${where}: «${needle}»${m[2] ? '#' + m[2] : ''} is not in the text`);
    anchors.push({ text: needle, start: found, end: found + needle.length });
  }
  if (anchors.length === 0) throw new Error(`${where}: no «anchor»`);
  return { label, anchors };
}

/** Every case of the `.cases` files in `dir`, sorted by file then position. */
export function loadCases(dir: string): Case[] {
  if (!fs.existsSync(dir)) return [];
  const out: Case[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.cases')).sort()) {
    const file = path.join(dir, f);
    for (const c of parseCases(fs.readFileSync(file, 'utf8'), f)) out.push(c);
  }
  const ids = new Set<string>();
  for (const c of out) {
    if (ids.has(c.id)) throw new Error(`${c.file}:${c.line}: duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  return out;
}

/** True when a span [start, end) overlaps one of the anchors. */
export function overlapsAnchor(span: { start: number; end: number }, e: Expectation): boolean {
  return e.anchors.some((a) => span.start < a.end && a.start < span.end);
}
