// A whole stated in prose, its parts in the tables that follow:
//   En 2024, il y a eu 16 lauréats, répartis en 2 promotions : 2,48 M€ ont été accordés.
//   #### Promotion 14   | Produit | Montant |  (eight rows)
//   #### Promotion 15   | Produit | Montant |  (eight rows)
// The sentence states one amount and counts what the rows list (« 16 lauréats »);
// the tables come after it in its section (sub-sections included), with one
// column of amounts and no total row, and nothing else states an amount
// between them. Only when the rows are exactly as many as the sentence counts
// is the list known to be whole: then the amounts must add up to it.

import { Breakdown, Figure, figureOf } from '../model';
import { Table } from '../../structure';
import { foldString, lowerBound } from '../words';
import { isTotalLabel } from '../tables';
import { FindOptions, make } from './wholes';
import { AmountItem, amountItems } from './region';
import { quantityAt } from './quantities';

/** Labels of a total row: its amounts are no parts. */
function totalRow(text: string, table: Table, r: number): boolean {
  const first = table.rows[r].cells[0];
  if (!first) return false;
  const label = foldString(text.slice(first.start, first.end)).replace(/[*_\s]+/g, ' ').trim();
  return isTotalLabel(label) || label.startsWith('sous-total');
}

/** The amounts of a table's body (indices in `o.amounts`), one per row in the one column that has them all; null when the table is not so. */
function rowAmounts(o: FindOptions, table: Table): number[] | null {
  const sep = table.rows.findIndex((r) => r.separator);
  if (sep < 1) return null;
  const body = table.rows.slice(sep + 1);
  if (body.length === 0) return null;
  let column = -1;
  const out: number[] = [];
  for (let r = 0; r < body.length; r++) {
    if (totalRow(o.text, table, sep + 1 + r)) return null;
    let found = -1;
    let at = -1;
    for (let c = 0; c < body[r].cells.length; c++) {
      const cell = body[r].cells[c];
      const k = lowerBound(o.amounts, cell.start);
      const a = o.amounts[k];
      if (!a || a.end > cell.end) continue;
      // One amount in the cell, and only one cell with amounts in the row.
      if (found >= 0 || (o.amounts[k + 1] && o.amounts[k + 1].end <= cell.end)) return null;
      found = k;
      at = c;
    }
    if (found < 0 || (column >= 0 && at !== column) || o.amounts[found].range) return null;
    column = at;
    out.push(found);
  }
  return out;
}

export function totalOverTables(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const am = amountItems(sent.items, 0, sent.items.length);
  if (am.length !== 1 || am[0].high !== undefined) return null;
  // The counts of the sentence (« 16 lauréats », « 2 promotions »): the rows must match one of them.
  const counts = new Set<number>();
  for (let k = 0; k < sent.items.length; k++) {
    const q = quantityAt(sent.items, k);
    if (!q) continue;
    if (q.noun && q.value >= 2 && Number.isInteger(q.value)) counts.add(q.value);
    k = q.next - 1;
  }
  if (counts.size === 0) return null;
  // The sentence's section and its sub-sections.
  const sections = o.structure.sections;
  const si = lowerBound(sections, sent.start + 1) - 1;
  const section = sections[si];
  if (!section) return null;
  let end = o.text.length;
  for (let n = si + 1; n < sections.length; n++) {
    if (sections[n].level <= section.level) {
      end = sections[n].start;
      break;
    }
  }
  const tables = o.structure.tables.filter((t) => t.start >= sent.end && t.end <= end);
  if (tables.length === 0) return null;
  const parts: Figure[] = [];
  const inTables = new Set<number>();
  for (const t of tables) {
    const rows = rowAmounts(o, t);
    if (!rows) return null;
    for (const k of rows) {
      inTables.add(k);
      const a = o.amounts[k];
      parts.push(figureOf(o.amounts, { kind: 'amount', index: k, start: a.start, end: a.end } as AmountItem));
    }
  }
  if (!counts.has(parts.length) || parts.length < 2) return null;
  // Nothing else between the sentence and the last table states an amount.
  const last = tables[tables.length - 1].end;
  for (let k = lowerBound(o.amounts, sent.end); k < o.amounts.length && o.amounts[k].start < last; k++) if (!inTables.has(k)) return null;
  const total = figureOf(o.amounts, am[0]);
  if (parts.some((p) => p.currency !== total.currency)) return null;
  const b = make('list', sent.items[0].start, total);
  b.parts = parts;
  b.complete = true;
  return b;
}
