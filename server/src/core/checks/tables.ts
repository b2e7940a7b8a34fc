// Markdown tables with a total row (« Total », « **Total** », « Ensemble »,
// « Total général ») or a total column: the total cell must be the sum of its
// column or row, each cell read with half a step of rounding either side
// (« table-total »). Cells hold bare numbers in the table's unit (from the
// header, « Montant (M€) », or a caption line « en millions d’euros »), with
// French digit grouping and decimal commas; a small digit parser reads them.

import { Check, Finding, Span } from '../types';
import { DocumentStructure, Table } from '../structure';
import { Translate } from '../messages';
import { currencySymbol, formatNumber, NNBSP } from '../format';
import { Interval, disjoint, finite, slackFor, sumIntervals } from './intervals';
import { foldString } from './words';
import { writeNumber } from './restyle';
import { applyEdits } from './judge/sums';
import { append } from './model';

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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 9;
}

function isMarkup(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */ || c === 96 /* ` */;
}

/**
 * Reads one cell: « 1 234,5 », « **2 000** », « 12,5 % », « 1,2 Md€ », « — » (zero).
 * Anything else is text. Dots are refused: « 1.500 » could be 1,5 or 1 500.
 */
export function parseCell(cell: string): CellValue {
  let s = 0;
  let e = cell.length;
  while (s < e && (isSpace(cell.charCodeAt(s)) || isMarkup(cell.charCodeAt(s)))) s++;
  while (e > s && (isSpace(cell.charCodeAt(e - 1)) || isMarkup(cell.charCodeAt(e - 1)))) e--;
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
    if (!inDec && isSpace(c) && i + 3 < e + 1 && isDigit(cell.charCodeAt(i + 1)) && isDigit(cell.charCodeAt(i + 2)) && isDigit(cell.charCodeAt(i + 3)) && !(i + 4 < e && isDigit(cell.charCodeAt(i + 4)))) {
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
  while (i < e && isSpace(cell.charCodeAt(i))) i++;
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
  for (let i = 0; i < f.length; i++) if (!isSpace(f.charCodeAt(i))) s += f.charAt(i);
  return UNIT_ONLY.has(s) || UNIT_ONLY.has(f);
}

/**
 * The unit a header or caption names. `strict` (captions) wants it introduced:
 * « en millions d’euros », « (M€) », « en k€ ».
 */
export function unitOf(raw: string, strict: boolean): Unit | null {
  const f = foldString(raw);
  const find = (needle: string): boolean => {
    let from = 0;
    for (;;) {
      const at = f.indexOf(needle, from);
      if (at < 0) return false;
      if (!strict) return true;
      let p = at - 1;
      while (p >= 0 && isSpace(f.charCodeAt(p))) p--;
      if (p >= 0 && f.charAt(p) === '(') return true;
      if (p >= 1 && f.charAt(p) === 'n' && f.charAt(p - 1) === 'e' && (p < 2 || !isLetterCode(f.charCodeAt(p - 2)))) return true;
      from = at + 1;
    }
  };
  const euro = f.indexOf('€') >= 0 || f.indexOf('eur') >= 0;
  const currency = euro ? 'EUR' : '';
  if (find('%') || find('pourcent')) return { factor: 1, currency: '', percent: true };
  if (find('milliard') || find('md€') || find('mds€') || find('mrd') || find('md eur') || find('g€')) return { factor: 1e9, currency: currency || 'EUR', percent: false };
  if (find('million') || find('m€') || find('meur') || find('mio') || find('m eur')) return { factor: 1e6, currency: currency || 'EUR', percent: false };
  if (find('millier') || find('k€') || find('keur')) return { factor: 1e3, currency: currency || 'EUR', percent: false };
  if (find('€') || find('euro') || find('eur')) return { factor: 1, currency: 'EUR', percent: false };
  return null;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || c >= 0xc0;
}

const NOT_ADDITIVE = [
  'evolution', 'variation', 'taux', 'moyenne', 'moyen', 'ecart', 'croissance', 'indice', 'unitaire', 'ratio', 'rang', 'annee', 'date',
  'numero', 'code', 'prix', 'age', 'duree', 'par ', 'cumul', 'solde', 'progression', 'densite',
];
const SHARE_HEADERS = ['part', 'repartition', 'poids', 'structure', 'proportion'];

function additive(header: string): boolean {
  const f = foldString(header);
  for (const w of NOT_ADDITIVE) if (f.indexOf(w) >= 0) return false;
  if (f.indexOf('%') >= 0 || f.indexOf('pourcent') >= 0) return SHARE_HEADERS.some((w) => f.indexOf(w) >= 0);
  if (f.indexOf('n°') >= 0) return false;
  return true;
}

function labelOf(text: string, cell: Span | undefined): string {
  if (!cell) return '';
  let out = '';
  for (let i = cell.start; i < cell.end; i++) {
    const c = text.charCodeAt(i);
    if (isMarkup(c)) continue;
    out += text.charAt(i);
  }
  return foldString(out).trim();
}

function isTotalLabel(label: string): boolean {
  // « Total hors dette », « Total (dont …) » are not the sum of the rows above.
  if (label.indexOf('hors') >= 0 || label.indexOf('dont') >= 0 || label.indexOf('moyen') >= 0) return false;
  return label === 'total' || label.startsWith('total ') || label === 'ensemble' || label === 'total general' || label === 'totaux' || label.startsWith('total:') || label === 'montant total';
}

function isSubtotalLabel(label: string): boolean {
  return label.startsWith('sous-total') || label.startsWith('sous total');
}

function isSubRowLabel(label: string): boolean {
  let l = label;
  while (l.startsWith('-') || l.startsWith('–') || l.startsWith('↳') || l.startsWith('>')) l = l.slice(1).trim();
  return l.startsWith('dont ') || l === 'dont' || l.startsWith('dont:') || l.startsWith("dont'");
}

interface Cell {
  span: Span;
  value: CellValue;
}

export interface TableContext {
  text: string;
  structure: DocumentStructure;
  tolerance: number;
  t: Translate;
}

/** The unit of a caption line right above the table (« en millions d’euros »), if any. */
function captionUnit(ctx: TableContext, table: Table): Unit | null {
  const blocks = ctx.structure.blocks;
  // The last block before the table, by binary search.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start < table.start) lo = mid + 1;
    else hi = mid;
  }
  const b = lo - 1;
  if (b < 0) return null;
  const blk = blocks[b];
  if (blk.kind === 'table-row' || blk.kind === 'code') return null;
  // Only the last line of that block, and only if nothing but blank lines separates it from the table.
  let lineStart = blk.end;
  while (lineStart > blk.start && ctx.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  for (let i = blk.end; i < table.start; i++) {
    const c = ctx.text.charCodeAt(i);
    if (!isSpace(c) && c !== 10 && c !== 13) return null;
  }
  return unitOf(ctx.text.slice(lineStart, blk.end), true);
}

function unitLabel(u: Unit | null): string {
  if (!u) return '';
  if (u.percent) return NNBSP + '%';
  const prefix = u.factor === 1e9 ? 'Md' : u.factor === 1e6 ? 'M' : u.factor === 1e3 ? 'k' : '';
  return NNBSP + prefix + currencySymbol(u.currency);
}

function interval(n: CellNumber, factor: number): Interval {
  const v = n.value * factor;
  const half = (n.step * factor) / 2;
  return { lo: v - half, hi: v + half };
}

export function checkTables(ctx: TableContext): { checks: Check[]; findings: Finding[] } {
  const checks: Check[] = [];
  const findings: Finding[] = [];
  for (const table of ctx.structure.tables) {
    const r = checkTable(ctx, table);
    append(checks, r.checks);
    append(findings, r.findings);
  }
  return { checks, findings };
}

function checkTable(ctx: TableContext, table: Table): { checks: Check[]; findings: Finding[] } {
  const out = { checks: [] as Check[], findings: [] as Finding[] };
  const { text } = ctx;
  if (table.rows.length < 3 || !table.rows[1].separator) return out;
  const header = table.rows[0];
  const body = table.rows.slice(2).filter((r) => !r.separator);
  const caption = captionUnit(ctx, table);
  const headerText = header.cells.map((c) => text.slice(c.start, c.end));
  const firstHeaderUnit = headerText.length ? unitOf(headerText[0], false) : null;
  const tableUnit = caption ?? firstHeaderUnit;
  const columnUnit = headerText.map((h, j) => (j === 0 ? tableUnit : unitOf(h, false) ?? tableUnit));
  const cells: Cell[][] = body.map((row) => row.cells.map((c) => ({ span: c, value: parseCell(text.slice(c.start, c.end)) })));
  const labels = body.map((row) => labelOf(text, row.cells[0]));
  const reported = new Set<number>();

  const judge = (
    totalCell: Cell,
    parts: Cell[],
    unit: Unit | null,
  ): void => {
    if (totalCell.value.kind !== 'number') return;
    const tn = totalCell.value.n;
    const factorOf = (n: CellNumber): number => (n.unit ? n.unit.factor : unit && !unit.percent ? unit.factor : 1);
    const nums: CellNumber[] = [];
    for (const p of parts) {
      if (p.value.kind !== 'number') return;
      nums.push(p.value.n);
    }
    if (nums.length < 2) return;
    const tf = factorOf(tn);
    const totalI = interval(tn, tf);
    const sumI = sumIntervals(nums.map((n) => interval(n, factorOf(n))));
    const sum = nums.reduce((s, n) => s + n.value * factorOf(n), 0);
    const tv = tn.value * tf;
    const slack = slackFor(ctx.tolerance, tv, sum);
    const mismatch = disjoint(sumI, totalI, slack);
    const cellSpan = (c: Cell): Span => (c.value.kind === 'number' ? { start: c.span.start + c.value.n.start, end: c.span.start + c.value.n.end } : c.span);
    const totalSpan = cellSpan(totalCell);
    const currency = unit ? (unit.percent ? '%' : unit.currency) : tn.unit ? (tn.unit.percent ? '%' : tn.unit.currency) : '';
    out.checks.push({
      kind: 'table-total',
      status: mismatch ? 'mismatch' : 'ok',
      total: { ...totalSpan, value: tv },
      parts: parts.map((p, i) => ({ ...cellSpan(p), value: nums[i].value * factorOf(nums[i]) })),
      sum,
      tolerance: finite(sum >= tv ? totalI.hi - tv + (sum - sumI.lo) + slack : tv - totalI.lo + (sumI.hi - sum) + slack),
      unit: currency,
    });
    if (!mismatch || reported.has(totalSpan.start)) return;
    reported.add(totalSpan.start);
    const label = unitLabel(tn.unit ?? unit);
    const unitIsPercent = !!(tn.unit ?? unit)?.percent;
    const show = (v: number) => formatNumber(v / tf, 3);
    const digits = writeNumber(sum / tf, tn.decimals, tn.value);
    const edits = [{ start: totalSpan.start, end: totalSpan.end, newText: digits }];
    out.findings.push({
      start: totalSpan.start,
      end: totalSpan.end,
      severity: 'warning',
      code: 'table-total',
      message: ctx.t(
        '{0} = {1}, which differs from the total cell {2} by {3}.',
        nums.map((n) => show(n.value * factorOf(n))).join(' + '),
        show(sum) + label,
        text.slice(totalSpan.start, totalSpan.end) + label,
        show(Math.abs(sum - tv)) + label,
      ),
      related: parts.map((p) => ({ ...cellSpan(p), message: ctx.t('summed cell') })),
      // Shares that miss 100 % are wrong in their parts, not in their total.
      fixes: unitIsPercent && tn.value === 100 ? undefined : [{ title: ctx.t('Replace the total by the computed sum: {0}', applyEdits(text, edits, totalSpan.start, totalSpan.end)), edits }],
    });
  };

  // A total row: the sum of each column above it.
  const totalRows: number[] = [];
  let subtotals = false;
  labels.forEach((l, i) => {
    if (isTotalLabel(l)) totalRows.push(i);
    if (isSubtotalLabel(l)) subtotals = true;
  });
  if (totalRows.length === 1 && !subtotals) {
    const tr = totalRows[0];
    const rows: number[] = [];
    for (let i = 0; i < tr; i++) if (!isSubRowLabel(labels[i])) rows.push(i);
    for (let j = 1; j < header.cells.length; j++) {
      if (!additive(headerText[j] ?? '')) continue;
      const total = cells[tr][j];
      if (!total || total.value.kind !== 'number') continue;
      const parts: Cell[] = [];
      let ok = true;
      for (const i of rows) {
        const c = cells[i][j];
        if (!c || c.value.kind !== 'number') {
          ok = false;
          break;
        }
        parts.push(c);
      }
      if (ok) judge(total, parts, columnUnit[j] ?? null);
    }
  }

  // A total column: the sum of the columns before it, on each row.
  let tc = -1;
  for (let j = 1; j < headerText.length; j++) {
    const h = labelOf(text, header.cells[j]);
    if (isTotalLabel(h) || h.startsWith('total ') || h.startsWith('total(')) {
      tc = j;
      break;
    }
  }
  if (tc > 1) {
    const cols: number[] = [];
    for (let j = 1; j < tc; j++) if (additive(headerText[j] ?? '')) cols.push(j);
    const pct = cols.some((j) => columnUnit[j]?.percent);
    if (cols.length >= 2 && cols.length === tc - 1 && !pct) {
      for (let i = 0; i < body.length; i++) {
        const total = cells[i][tc];
        if (!total || total.value.kind !== 'number') continue;
        const parts = cols.map((j) => cells[i][j]);
        if (parts.some((c) => !c)) continue;
        judge(total, parts, columnUnit[tc] ?? tableUnit);
      }
    }
  }
  return out;
}
