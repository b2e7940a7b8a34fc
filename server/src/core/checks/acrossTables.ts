// A whole stated in prose, its parts in the tables that follow, possibly under
// headings of their own:
//   En 2024, il y a eu 16 lauréats, répartis en 2 promotions : 2,48 M€ ont été accordés.
//   #### Promotion 14   | Produit | Montant |  (eight rows)
//   #### Promotion 15   | Produit | Montant |  (eight rows)
// The sentence states one amount and counts what the rows list (« 16
// lauréats »); the tables come after it, in its section or the sections beside
// and under it, each with one column of amounts and no total row, and nothing
// else states an amount between them. Only when the rows are exactly as many
// as the sentence counts is the list known to be whole: then the amounts must
// add up to it.
//
// The tables may lie in other chunks than the sentence (chunks start at every
// heading), so the relation is made in two steps: each chunk lists its
// candidate sentences and its tables of amounts (`tableTotalsOf`), and the
// document-wide stage joins them (`judgeTotalsOverTables`), reading lists only.

import { Amount, Check, Finding, Span } from '../types';
import { DocumentStructure, Section, Table } from '../structure';
import { Translate } from '../messages';
import { Sentence } from './sentences';
import { Breakdown, figureOf } from './model';
import { foldString, lowerBound } from './words';
import { isTotalRow } from './tables';
import { make } from './find/wholes';
import { AmountItem, amountItems } from './find/region';
import { quantityAt } from './find/quantities';
import { noNounAfterCount } from './find/counts';
import { judgeAmounts } from './judge/sums';
import { append } from './model';

/** How many first letters of a counted noun the tables must name (« promotions » → « promo », « Promotion 14 »). */
const NOUN_STEM = 5;

/** A sentence that states one amount and counts things (« 16 lauréats »): the whole of tables that may follow. */
export interface OpenTotal {
  amount: Amount;
  /** The counts the sentence states, 2 or more. */
  counts: number[];
  /**
   * Counts the sentence states after its amount, with the first letters of their noun (folded): such a count (« loin
   * devant ses deux concurrents ») is what the tables list only when they, or their headings, name that noun.
   */
  later: { value: number; noun: string }[];
  /** Where the sentence starts, and ends. */
  start: number;
  end: number;
}

/** A table whose body rows each hold one amount, in one column, with no total row. */
export interface AmountTable extends Span {
  amounts: Amount[];
}

/** A chunk's part of the relation, in the chunk's offsets. */
export interface TableTotals {
  open: OpenTotal[];
  tables: AmountTable[];
}

/** The candidate sentences and the tables of amounts of one text (a chunk). */
export function tableTotalsOf(text: string, structure: DocumentStructure, amounts: readonly Amount[], sentences: readonly Sentence[]): TableTotals {
  const tables: AmountTable[] = [];
  for (const t of structure.tables) {
    const rows = rowAmounts(text, amounts, t);
    if (rows) tables.push({ start: t.start, end: t.end, amounts: rows.map((k) => amounts[k]) });
  }
  const open: OpenTotal[] = [];
  for (const sent of sentences) {
    if (sent.figures !== 1) continue;
    const am = amountItems(sent.items, 0, sent.items.length);
    if (am.length !== 1 || am[0].high !== undefined) continue;
    const counts = new Set<number>();
    const later: { value: number; noun: string }[] = [];
    for (let k = 0; k < sent.items.length; k++) {
      const q = quantityAt(sent.items, k);
      if (!q) continue;
      // (« Le lot 4 a été attribué »: a word after a number that is no noun counts nothing.)
      if (q.noun && q.value >= 2 && Number.isInteger(q.value) && q.noun.length >= 3 && !noNounAfterCount(q.noun, q.value)) {
        if (q.start < am[0].start) counts.add(q.value);
        else later.push({ value: q.value, noun: q.noun.slice(0, NOUN_STEM) });
      }
      k = q.next - 1;
    }
    if (counts.size > 0 || later.length > 0) open.push({ amount: amounts[am[0].index], counts: [...counts], later, start: sent.start, end: sent.end });
  }
  return { open, tables };
}


/** The amounts of a table's body (indices in `amounts`), one per row in the one column that has them all; null when the table is not so. */
function rowAmounts(text: string, amounts: readonly Amount[], table: Table): number[] | null {
  const sep = table.rows.findIndex((r) => r.separator);
  if (sep < 1) return null;
  const body = table.rows.slice(sep + 1);
  if (body.length === 0) return null;
  let column = -1;
  const out: number[] = [];
  for (let r = 0; r < body.length; r++) {
    if (isTotalRow(text, table, sep + 1 + r)) return null;
    let found = -1;
    let at = -1;
    for (let c = 0; c < body[r].cells.length; c++) {
      const cell = body[r].cells[c];
      const k = lowerBound(amounts, cell.start);
      const a = amounts[k];
      if (!a || a.end > cell.end) continue;
      // One amount in the cell, and only one cell with amounts in the row.
      if (found >= 0 || (amounts[k + 1] && amounts[k + 1].end <= cell.end)) return null;
      found = k;
      at = c;
    }
    if (found < 0 || (column >= 0 && at !== column) || amounts[found].range) return null;
    column = at;
    out.push(found);
  }
  return out;
}

export interface TotalsContext {
  text: string;
  /** The document's sections, in its offsets. */
  sections: readonly Section[];
  /** How many amounts the document states in [from, to). */
  amountsBetween: (from: number, to: number) => number;
  tolerance: number;
  t: Translate;
}

/**
 * Each candidate sentence against the tables that follow it (both in the
 * document's offsets, in text order). The tables are taken up to the end of
 * the section that holds the sentence's section and its neighbours, and only
 * while no other amount stands between.
 */
export function judgeTotalsOverTables(totals: TableTotals, ctx: TotalsContext): { checks: Check[]; findings: Finding[] } {
  const out = { checks: [] as Check[], findings: [] as Finding[] };
  const { open, tables } = totals;
  if (open.length === 0 || tables.length === 0) return out;
  for (const o of open) {
    const end = sectionsEnd(ctx.sections, o.start, ctx.text.length);
    const first = lowerBound(tables, o.end);
    const taken: AmountTable[] = [];
    let inTables = 0;
    let rows = 0;
    for (let i = first; i < tables.length && tables[i].end <= end; i++) {
      taken.push(tables[i]);
      inTables += tables[i].amounts.length;
      rows += tables[i].amounts.length;
    }
    if (taken.length === 0 || rows < 2) continue;
    // (« … pour 612 000 €, loin devant ses deux concurrents » above a table of two lots: a count after the amount must
    // be named by the tables or the headings over them.)
    if (!o.counts.includes(rows)) {
      const counted = o.later.filter((l) => l.value === rows);
      if (counted.length === 0) continue;
      const below = foldString(ctx.text.slice(o.end, taken[taken.length - 1].end));
      if (!counted.some((l) => below.includes(l.noun))) continue;
    }
    // Nothing else between the sentence and the last table states an amount.
    if (ctx.amountsBetween(o.end, taken[taken.length - 1].end) !== inTables) continue;
    const amounts: Amount[] = [o.amount];
    for (const t of taken) append(amounts, t.amounts);
    if (amounts.some((a) => a.currency !== o.amount.currency)) continue;
    const item = (index: number): AmountItem => ({ kind: 'amount', index, start: amounts[index].start, end: amounts[index].end });
    const b: Breakdown = make('list', o.start, figureOf(amounts, item(0)));
    for (let k = 1; k < amounts.length; k++) b.parts.push(figureOf(amounts, item(k)));
    b.complete = true;
    const judged = judgeAmounts(b, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t });
    append(out.checks, judged.checks);
    append(out.findings, judged.findings);
  }
  return out;
}

/** Where the section holding `at` and the sections beside and under it end: at the next heading of a higher level. */
function sectionsEnd(sections: readonly Section[], at: number, textEnd: number): number {
  const si = lowerBound(sections, at + 1) - 1;
  const section = sections[si];
  if (!section) return textEnd;
  for (let n = si + 1; n < sections.length; n++) if (sections[n].level < section.level) return sections[n].start;
  return textEnd;
}
