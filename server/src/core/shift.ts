// Moving a chunk's results to where the chunk sits in its document: offsets
// grow by the chunk's start, indices into document-wide lists by how many
// items come before. Each function returns a copy and leaves its input alone,
// since the same chunk results serve every version of the document that
// contains the chunk.

import { Amount, Check, CheckedFigure, Definition, EntityMention, Finding, Percentage, Span } from './types';
import { Block, Table } from './structure';
import { Figure } from './checks/model';
import { Claim } from './checks/conflicts';

export interface Offsets {
  /** Added to every text offset. */
  at: number;
  /** Added to every index into the document's amounts. */
  amount: number;
  /** Added to every paragraph index. */
  paragraph: number;
}

export function span(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}

export function block(b: Block, o: Offsets): Block {
  return {
    ...b,
    start: b.start + o.at,
    end: b.end + o.at,
    contentStart: b.contentStart + o.at,
    paragraph: b.paragraph < 0 ? b.paragraph : b.paragraph + o.paragraph,
  };
}

export function table(t: Table, d: number): Table {
  return {
    start: t.start + d,
    end: t.end + d,
    rows: t.rows.map((r) => ({ start: r.start + d, end: r.end + d, separator: r.separator, cells: r.cells.map((c) => span(c, d)) })),
  };
}

export function amount(a: Amount, o: Offsets): Amount {
  const out: Amount = { ...a, start: a.start + o.at, end: a.end + o.at };
  if (a.scale) out.scale = { ...a.scale, start: a.scale.start + o.at, end: a.scale.end + o.at };
  if (a.unitFrom) out.unitFrom = { ...a.unitFrom, start: a.unitFrom.start + o.at, end: a.unitFrom.end + o.at };
  if (a.range) out.range = { role: a.range.role, other: a.range.other + o.amount };
  return out;
}

export function percentage(p: Percentage, d: number): Percentage {
  return { ...p, start: p.start + d, end: p.end + d };
}

export function definition<D extends Definition>(x: D, d: number): D {
  return { ...x, start: x.start + d, end: x.end + d, sentence: span(x.sentence, d) };
}

export function mention(m: EntityMention, d: number): EntityMention {
  return { ...m, start: m.start + d, end: m.end + d };
}

function checked(f: CheckedFigure, d: number): CheckedFigure {
  return { ...f, start: f.start + d, end: f.end + d };
}

export function check(c: Check, d: number): Check {
  return { ...c, total: checked(c.total, d), parts: c.parts.map((p) => checked(p, d)) };
}

export function finding(f: Finding, d: number): Finding {
  const out: Finding = { ...f, start: f.start + d, end: f.end + d };
  if (f.related) out.related = f.related.map((r) => ({ ...r, start: r.start + d, end: r.end + d }));
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) }));
  return out;
}

function figure(f: Figure, o: Offsets): Figure {
  const out: Figure = { ...f, start: f.start + o.at, end: f.end + o.at, index: f.index + o.amount };
  if (f.high !== undefined) out.high = f.high + o.amount;
  return out;
}

export function claim(c: Claim, o: Offsets): Claim {
  return { ...c, mention: mention(c.mention, o.at), figure: figure(c.figure, o) };
}
