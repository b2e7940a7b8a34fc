// A table cell read as one number: « 1 234,5 », « **2 000** », « 12,5 % »,
// « 1,2 Md€ », « — » (zero), « n.d. » (empty); and the unit a header or a
// caption states for a column (« Montant (M€) », « en millions d’euros »).
// The table checks read cells through it, so money in a table is parsed here,
// with the figures, and nowhere else.

import { foldString } from '../text/fold';
import { isInlineBlank } from '../text/chars';
import { unitIn } from './stated';

export interface CellNumber {
  value: number;
  /** One unit of the last written digit (in the cell's own unit). */
  step: number;
  decimals: number;
  /** Offsets of the digits, relative to the cell text. */
  start: number;
  end: number;
  /** A unit written in the cell itself (« 1,2 Md€ », « 40 % »). */
  unit: Unit | null;
}

export interface Unit {
  factor: number;
  currency: string;
  percent: boolean;
}

export type CellValue = { kind: 'number'; n: CellNumber } | { kind: 'empty' } | { kind: 'text' };

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Markdown emphasis around a cell's number: `*`, `_`, `` ` ``. */
export function isMarkup(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */ || c === 96 /* ` */;
}

/**
 * Reads one cell: « 1 234,5 », « **2 000** », « 12,5 % », « 1,2 Md€ », « — » (zero).
 * Anything else is text. Dots are refused: « 1.500 » could be 1,5 or 1 500.
 */
export function parseCell(cell: string): CellValue {
  let s = 0;
  let e = cell.length;
  while (s < e && (isInlineBlank(cell.charCodeAt(s)) || isMarkup(cell.charCodeAt(s)))) s++;
  while (e > s && (isInlineBlank(cell.charCodeAt(e - 1)) || isMarkup(cell.charCodeAt(e - 1)))) e--;
  if (s === e) return { kind: 'empty' };
  const body = cell.slice(s, e);
  if (body === '-' || body === '–' || body === '—' || body === '−') return { kind: 'number', n: { value: 0, step: 0, decimals: 0, start: s, end: e, unit: null } };
  const f = foldString(body);
  if (f === 'n.d.' || f === 'nd' || f === 'n/a' || f === 'n.c.' || f === 'nc' || f === 's.o.' || f === 'so') return { kind: 'empty' };
  let i = s;
  let negative = false;
  const c0 = cell.charCodeAt(i);
  if ((c0 === 45 || c0 === 0x2212) && i + 1 < e && isDigit(cell.charCodeAt(i + 1))) {
    negative = true;
    i++;
  } else if (c0 === 43 && i + 1 < e && isDigit(cell.charCodeAt(i + 1))) i++;
  if (!isDigit(cell.charCodeAt(i))) return { kind: 'text' };
  const start = i;
  let int = '';
  let dec = '';
  let inDec = false;
  let groupLen = 0;
  let grouped = false;
  for (; i < e; i++) {
    const c = cell.charCodeAt(i);
    if (isDigit(c)) {
      if (inDec) dec += cell.charAt(i);
      else {
        int += cell.charAt(i);
        groupLen++;
      }
      continue;
    }
    if (!inDec && isInlineBlank(c) && i + 3 < e + 1 && isDigit(cell.charCodeAt(i + 1)) && isDigit(cell.charCodeAt(i + 2)) && isDigit(cell.charCodeAt(i + 3)) && !(i + 4 < e && isDigit(cell.charCodeAt(i + 4)))) {
      if (grouped ? groupLen !== 3 : groupLen > 3) return { kind: 'text' };
      grouped = true;
      groupLen = 0;
      continue;
    }
    if (!inDec && c === 44 && i + 1 < e && isDigit(cell.charCodeAt(i + 1))) {
      if (grouped && groupLen !== 3) return { kind: 'text' };
      inDec = true;
      continue;
    }
    if (c === 46) return { kind: 'text' };
    break;
  }
  if (!inDec && grouped && groupLen !== 3) return { kind: 'text' };
  const end = i;
  while (i < e && isInlineBlank(cell.charCodeAt(i))) i++;
  let unit: Unit | null = null;
  if (i < e) {
    unit = unitOf(cell.slice(i, e), false);
    if (!unit || !isUnitOnly(foldString(cell.slice(i, e)))) return { kind: 'text' };
  }
  const value = Number(int + (dec ? '.' + dec : '')) * (negative ? -1 : 1);
  return { kind: 'number', n: { value, step: Math.pow(10, -dec.length), decimals: dec.length, start, end, unit } };
}

const UNIT_ONLY = new Set(['€', 'eur', 'euros', 'k€', 'keur', 'm€', 'meur', 'md€', 'mds€', 'mrd€', 'mrds€', 'g€', '%', 'md', 'mds', 'mrd', 'm', 'k', 'mio', 'mio eur', 'mrd eur']);

function isUnitOnly(f: string): boolean {
  let s = '';
  for (let i = 0; i < f.length; i++) if (!isInlineBlank(f.charCodeAt(i))) s += f.charAt(i);
  // A tax basis may follow the unit: « 150 000 € HT ».
  if (s.endsWith('ht') || s.endsWith('ttc')) s = s.slice(0, s.endsWith('ht') ? -2 : -3);
  return UNIT_ONLY.has(s) || UNIT_ONLY.has(f);
}

/**
 * The unit a header or caption names, as the figures read it (stated.ts):
 * `strict` (captions) wants it introduced: « en millions d’euros », « (M€) »,
 * « en k€ ».
 */
export function unitOf(raw: string, strict: boolean): Unit | null {
  const u = unitIn(raw, 0, raw.length, strict);
  if (!u) return null;
  return u.currency === '%' ? { factor: 1, currency: '', percent: true } : { factor: u.factor, currency: u.currency, percent: false };
}
