// Units stated once for many figures: a table column headed « Montant (M€) »
// or « Crédits (en milliers d’euros) », a caption line right above a table
// (« En millions d’euros »), a row label (« Recettes (M€) »), or a list
// introduced by « Crédits par action (en M€) : ». Each bare cell under such a
// unit (« 234,5 », « **1 050** », « 7 500,50 (1) ») is listed here with the
// unit and where it is stated; the figure pass (recognize.ts) then reads the
// cell's number and gives it that unit.
//
// Tables are pipe rows (`| a | b |`) and lists are lines opened by a bullet,
// a dash or « 1. », found line by line in Markdown and in plain text alike,
// so a `.txt` copy of a brief reads as its `.md`. One pass over the lines;
// only header cells, captions and lead-ins are tokenized, each once.
//
// A column of counts, years, ranks or codes (« Nombre de lauréats »,
// « Année », « N° ») never takes a unit from a caption; a unit the column's
// own header states always wins, and a cell that writes its own unit
// (« 150 000 € HT ») is read as it is written.

import { Span } from '../types';
import { DocumentStructure } from '../structure';
import { NumKind } from './lexicon';
import { foldString } from '../text/fold';
import { Tk, Tokens, digitValue, tokenize } from './tokens';
import { afterDe, newUnitMatch, readCurrency, readPercent, wordAt } from './units';
import { isGroupSpace } from './digits';
import { isInlineBlank, isInvisible } from '../text/chars';

/** A unit as a header, caption or lead-in states it. */
export interface StatedUnit extends Span {
  text: string;
  /** « M€ » → 1e6; 1 for « € » and for « % ». */
  factor: number;
  /** ISO code, or '%'. */
  currency: string;
}

/** A cell (or list item value) that holds one bare number under a stated unit. */
export interface StatedCell extends Span {
  /** Where the number starts (after a « ~ », « + » or markup). */
  num: number;
  unit: StatedUnit;
  /** A qualifier sign before the number: « ~ » / « ≈ » (approximate), « > » (lower bound), « < » (upper bound). */
  sign: number;
}

const tk = new Tokens();
const unitMatch = newUnitMatch();

// ---------------------------------------------------------------------------
// Units in a short text (a header cell, a caption, a lead-in)

/**
 * The first unit stated in text[from, to): a currency with or without a scale
 * (« M€ », « millions d’euros », « k€ », « € », « EUR », « MEUR »), or a
 * percent marker. A unit attached to a number (« 500 € », « 3 % ») is an
 * amount, not a statement, and is passed over. `strict` (captions, lead-ins,
 * row labels) wants the unit introduced: « (M€) », « en millions d’euros »,
 * « Unité : k€ ».
 */
export function unitIn(text: string, from: number, to: number, strict: boolean): StatedUnit | null {
  if (to - from > 400) to = from + 400; // a header, not a chapter
  tokenize(text, from, to, tk);
  const t = tk;
  for (let k = 0; k < t.n; k++) {
    if (attached(t, k)) continue;
    let factor = 0;
    let currency = '';
    let end = -1;
    const lx = wordAt(t, k);
    if (readPercent(t, k, unitMatch)) {
      factor = 1;
      currency = '%';
      end = unitMatch.endTok;
    } else if (lx && lx.scale >= 1e3 && !(t.glued(k + 1) && t.kind[k + 1] === Tk.Word)) {
      if (lx.currency) {
        factor = lx.scale;
        currency = lx.currency;
        end = k;
      } else if (readCurrency(t, k + 1, unitMatch) && !(t.kind[k + 1] === Tk.Word && t.glued(k + 1))) {
        factor = lx.scale;
        currency = unitMatch.code;
        end = unitMatch.endTok;
      } else {
        const d = afterDe(t, k + 1);
        if (d >= 0 && readCurrency(t, d, unitMatch)) {
          factor = lx.scale;
          currency = unitMatch.code;
          end = unitMatch.endTok;
        }
      }
    } else if (readCurrency(t, k, unitMatch) && !(lx && lx.dollarRegion && !lx.code)) {
      factor = 1;
      currency = unitMatch.code;
      end = unitMatch.endTok;
    }
    if (end < 0) continue;
    if (attachedAfter(t, end)) continue;
    if (strict && !introduced(t, k)) continue;
    const start = t.start[k];
    const stop = t.end[end];
    return { start, end: stop, text: text.slice(start, stop), factor, currency };
  }
  return null;
}

/** Is token k part of an amount (« 500 € », « 3 M€ », « trois millions d’euros »)? */
function attached(t: Tokens, k: number): boolean {
  let p = k - 1;
  // Back over the scale and « de » between the number and the currency.
  for (let guard = 0; guard < 4 && p >= 0; guard++) {
    const w = wordAt(t, p);
    if ((w && (w.scale > 0 || w.canon === 'de')) || t.isPunct(p, 39)) p--;
    else break;
  }
  if (p < 0) return false;
  if (t.kind[p] === Tk.Num) return !t.lineBreakBefore(p + 1);
  const lx = wordAt(t, p);
  return lx !== undefined && lx.numKind !== NumKind.None && lx.canon !== 'un';
}

/** A number right after the unit (« € 12 », « EUR 3,5 »): an amount written the other way round. */
function attachedAfter(t: Tokens, end: number): boolean {
  const n = end + 1;
  return n < t.n && t.kind[n] === Tk.Num && !t.lineBreakBefore(n);
}

/** Is the unit starting at token k introduced as a unit: « (M€) », « en M€ », « : M€ », « [k€] », at the start? */
function introduced(t: Tokens, k: number): boolean {
  const p = k - 1;
  if (p < 0) return true;
  if (t.kind[p] === Tk.Punct) {
    const c = t.lex[p];
    return c === 40 || c === 91 || c === 58 || c === 44 || c === 59 || c === 47 || c === 0x2013;
  }
  const lx = wordAt(t, p);
  return lx !== undefined && lx.canon === 'en';
}

// ---------------------------------------------------------------------------
// Header words that name counts, years, ranks and codes: their column never
// takes a unit from a caption or a row label.

const NOT_MONEY_HEADERS = new Set(
  [
    'nombre', 'nb', 'nbre', 'annee', 'annees', 'an', 'exercice', 'date', 'dates', 'mois', 'jour', 'jours', 'semaine', 'trimestre', 'n', 'no',
    'numero', 'num', 'rang', 'classement', 'code', 'codes', 'id', 'identifiant', 'ref', 'reference', 'siret', 'siren', 'insee', 'cp',
    'telephone', 'tel', 'effectif', 'effectifs', 'etp', 'agents', 'postes', 'emplois', 'projets', 'laureats', 'beneficiaires', 'dossiers',
    'habitants', 'population', 'communes', 'logements', 'eleves', 'places', 'lits', 'part', 'parts', 'taux', 'ratio', 'indice', 'score',
    'note', 'duree', 'age', 'surface', 'superficie', 'km', 'ha', 'hectares', 'tonnes', 'page', 'pages', 'version', 'quantite', 'qte',
    'volume', 'densite', 'pourcentage', 'evolution', 'variation', 'progression',
  ].map(foldString),
);

function namesNonMoney(text: string, span: Span): boolean {
  let word = '';
  for (let i = span.start; i <= span.end; i++) {
    const c = i < span.end ? text.charCodeAt(i) : 32;
    if (isLetterCode(c)) {
      word += String.fromCharCode(c);
      continue;
    }
    if (word !== '') {
      if (NOT_MONEY_HEADERS.has(foldString(word))) return true;
      word = '';
    }
    if (c === 0xb0 || c === 0xba || c === 35) return true; // « N° », « # »
  }
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

// ---------------------------------------------------------------------------
// A cell that is one bare number

function isMarkup(c: number): boolean {
  return c === 42 || c === 95 || c === 96; // * _ `
}

function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

/** Signs before a cell's number, kept for its qualifier: ~ ≈ > < ≥ ≤ +. */
function signOf(c: number): number {
  return c === 126 || c === 0x2248 || c === 62 || c === 60 || c === 0x2265 || c === 0x2264 || c === 43 ? c : 0;
}

const cellSign = { sign: 0 };

/**
 * Where the number of a cell that holds one bare number starts, or -1:
 * « 1 050 », « **234,5** », « ~15 », « 7 500,50 (1) », « 12,4¹ », « 300 HT ».
 * A negative number, a range, a number with a unit or a word is not one.
 */
export function loneNumber(text: string, s: number, e: number): number {
  cellSign.sign = 0;
  while (s < e && (isInlineBlank(text.charCodeAt(s)) || isMarkup(text.charCodeAt(s)))) s++;
  while (e > s && (isInlineBlank(text.charCodeAt(e - 1)) || isMarkup(text.charCodeAt(e - 1)))) e--;
  if (s >= e) return -1;
  let p = s;
  if (text.charCodeAt(p) === 92 && p + 1 < e && text.charCodeAt(p + 1) === 126) p++; // Markdown-escaped « \~ »
  const sign = signOf(text.charCodeAt(p));
  if (sign) {
    cellSign.sign = sign;
    p++;
    while (p < e && isInlineBlank(text.charCodeAt(p))) p++;
  }
  if (p >= e || digitValue(text.charCodeAt(p)) < 0) return -1;
  const num = p;
  // The number: digits, one-space groups, « . », « , », « ' » between digits.
  while (p < e) {
    const c = text.charCodeAt(p);
    if (digitValue(c) >= 0) {
      p++;
      continue;
    }
    const next = p + 1 < e ? text.charCodeAt(p + 1) : -1;
    if ((c === 44 || c === 46 || c === 39 || c === 0x2019 || isGroupSpace(c) || isInvisible(c)) && digitValue(next) >= 0) {
      p++;
      continue;
    }
    break;
  }
  // What may follow: a footnote mark, « HT » / « TTC », markup.
  for (let guard = 0; p < e && guard < 6; guard++) {
    const c = text.charCodeAt(p);
    if (isInlineBlank(c) || isMarkup(c) || isSuperscriptDigit(c) || c === 0x2020 || c === 0x2021) {
      p++;
      continue;
    }
    if (c === 40 || c === 91) {
      // « (1) », « [a] », « [^2] »: at most four characters inside.
      const close = c === 40 ? 41 : 93;
      let q = p + 1;
      while (q < e && q - p <= 5 && text.charCodeAt(q) !== close) q++;
      if (q >= e || text.charCodeAt(q) !== close || q - p > 5 || q === p + 1) return -1;
      p = q + 1;
      continue;
    }
    if (startsWord(text, p, e, 'HT') || startsWord(text, p, e, 'TTC')) {
      p += text.charCodeAt(p + 1) === 84 && text.charCodeAt(p + 2) === 67 ? 3 : 2;
      continue;
    }
    return -1;
  }
  return p >= e ? num : -1;
}

function startsWord(text: string, p: number, e: number, w: string): boolean {
  if (p + w.length > e) return false;
  for (let i = 0; i < w.length; i++) if (text.charCodeAt(p + i) !== w.charCodeAt(i)) return false;
  return p + w.length === e || !isLetterCode(text.charCodeAt(p + w.length));
}

function isYearCell(text: string, num: number, e: number): boolean {
  let v = 0;
  let n = 0;
  let p = num;
  while (p < e && digitValue(text.charCodeAt(p)) >= 0) {
    v = v * 10 + digitValue(text.charCodeAt(p));
    n++;
    p++;
  }
  if (n !== 4 || v < 1800 || v > 2199) return false;
  // Only a footnote or markup after it.
  return p >= e || !(text.charCodeAt(p) === 44 || text.charCodeAt(p) === 46 || isGroupSpace(text.charCodeAt(p)));
}

// ---------------------------------------------------------------------------
// Lines

interface Line {
  start: number;
  end: number;
  first: number;
}

/** Length of a list marker at the line's first character (« - », « * », « + », « • », « – », « 1. », « 2) »), or 0. */
function markerLength(text: string, line: Line): number {
  const i = line.first;
  const c = text.charCodeAt(i);
  const next = i + 1 < line.end ? text.charCodeAt(i + 1) : 32;
  if ((c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0x2013 || c === 0x2014 || c === 0x25aa || c === 0x25cf || c === 0x25e6 || c === 0xb7 || c === 0x2023 || c === 0x25b8) && isInlineBlank(next)) return 2;
  let j = i;
  while (j < line.end && j - i < 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > i && j + 1 < line.end) {
    const m = text.charCodeAt(j);
    if ((m === 46 || m === 41) && isInlineBlank(text.charCodeAt(j + 1))) return j + 2 - i;
  }
  return 0;
}

/** Does the line end with a colon (markup and blanks aside)? */
function endsWithColon(text: string, line: Line): boolean {
  let e = line.end;
  while (e > line.first && (isInlineBlank(text.charCodeAt(e - 1)) || isMarkup(text.charCodeAt(e - 1)))) e--;
  return e > line.first && text.charCodeAt(e - 1) === 58;
}


// ---------------------------------------------------------------------------
// Tables

interface Row {
  line: Line;
  cells: Span[];
  separator: boolean;
}

function rowOf(text: string, line: Line): Row {
  const cells: Span[] = [];
  let i = line.first + 1;
  let cellStart = i;
  let separator = true;
  const end = line.end;
  for (; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 124;
    if (c === 92 && i + 1 < end) {
      i++;
      continue;
    }
    if (c !== 124) continue;
    if (i === end && i === cellStart) break; // trailing pipe
    let s = cellStart;
    let e = i;
    while (s < e && isInlineBlank(text.charCodeAt(s))) s++;
    while (e > s && isInlineBlank(text.charCodeAt(e - 1))) e--;
    for (let k = s; k < e; k++) {
      const d = text.charCodeAt(k);
      if (d !== 45 && d !== 58) separator = false;
    }
    if (s === e) separator = false;
    cells.push({ start: s, end: e });
    cellStart = i + 1;
  }
  return { line, cells, separator: separator && cells.length > 0 };
}

function isEmptyRow(row: Row): boolean {
  for (const c of row.cells) if (c.end > c.start) return false;
  return true;
}

function rowHasNumbers(text: string, row: Row): boolean {
  for (const c of row.cells) if (loneNumber(text, c.start, c.end) >= 0) return true;
  return false;
}

function addTable(text: string, rows: Row[], caption: StatedUnit | null, out: StatedCell[]): void {
  // The header: the first row above a separator, else the first row without bare numbers.
  let h = -1;
  let bodyFrom = 0;
  if (rows.length >= 2 && rows[1].separator) {
    h = 0;
    bodyFrom = 2;
    if (isEmptyRow(rows[0]) && rows.length > 2 && !rowHasNumbers(text, rows[2])) {
      h = 2;
      bodyFrom = 3;
    }
  } else if (!rowHasNumbers(text, rows[0])) {
    h = 0;
    bodyFrom = 1;
  }
  const width = h >= 0 ? rows[h].cells.length : 0;
  const colUnit: (StatedUnit | null)[] = [];
  const colNonMoney: boolean[] = [];
  for (let j = 0; j < width; j++) {
    const c = rows[h].cells[j];
    colUnit.push(c.end > c.start ? unitIn(text, c.start, c.end, false) : null);
    colNonMoney.push(c.end > c.start && namesNonMoney(text, c));
  }
  // The table's unit: a caption, else a unit stated alone in the first header cell over a column of labels.
  let tableUnit = caption;
  if (!tableUnit && width > 0 && colUnit[0] && !columnHasNumbers(text, rows, bodyFrom, 0)) tableUnit = colUnit[0];
  // Columns of years (« 2021 », « 2022 ») under a caption unit are not amounts. One pass over the cells there are.
  if (tableUnit) {
    const years: number[] = new Array<number>(width).fill(0);
    for (let r = bodyFrom; r < rows.length; r++) {
      if (rows[r].separator) continue;
      const cells = rows[r].cells;
      for (let j = 0; j < cells.length && j < width; j++) {
        if (years[j] < 0) continue;
        const num = loneNumber(text, cells[j].start, cells[j].end);
        if (num >= 0) years[j] = isYearCell(text, num, cells[j].end) ? years[j] + 1 : -1;
      }
    }
    for (let j = 0; j < width; j++) if (!colUnit[j] && years[j] > 0) colNonMoney[j] = true;
  }

  for (let r = bodyFrom; r < rows.length; r++) {
    const row = rows[r];
    if (row.separator) continue;
    const label = row.cells.length > 0 ? row.cells[0] : null;
    // A row of counts, years or codes (« Nombre de projets », « Année ») holds no amounts.
    if (label && label.end > label.start && namesNonMoney(text, label)) continue;
    const rowUnit = label && label.end > label.start && loneNumber(text, label.start, label.end) < 0 ? unitIn(text, label.start, label.end, true) : null;
    for (let j = 0; j < row.cells.length; j++) {
      const c = row.cells[j];
      const num = loneNumber(text, c.start, c.end);
      if (num < 0) continue;
      const sign = cellSign.sign;
      let unit = j < width ? colUnit[j] : null;
      if (!unit && !(j < width && colNonMoney[j])) unit = rowUnit ?? tableUnit;
      if (!unit) continue;
      if (j === 0 && unit === tableUnit && colUnit[0] === tableUnit) continue;
      out.push({ start: c.start, end: c.end, num, unit, sign });
    }
  }
}

function columnHasNumbers(text: string, rows: Row[], from: number, j: number): boolean {
  for (let r = from; r < rows.length; r++) {
    const c = rows[r].cells[j];
    if (c && !rows[r].separator && loneNumber(text, c.start, c.end) >= 0) return true;
  }
  return false;
}


// ---------------------------------------------------------------------------
// Lists

/** Where an item's value stands: after its last « : », « – », « — », « = » or tab; else the whole item. */
function itemValue(text: string, from: number, to: number): Span {
  for (let p = to - 1; p > from; p--) {
    const c = text.charCodeAt(p);
    if (c === 58 || c === 61 || c === 9) return { start: p + 1, end: to };
    if ((c === 0x2013 || c === 0x2014) && isInlineBlank(text.charCodeAt(p - 1))) return { start: p + 1, end: to };
  }
  return { start: from, end: to };
}

/** « 7,9 (dont 3,1 pour les vélos cargos) »: the value before a bracket that details it with « dont ». */
function detailCut(text: string, v: Span): Span {
  for (let p = v.start; p + 5 < v.end; p++) {
    if (text.charCodeAt(p) !== 40) continue;
    let q = p + 1;
    while (q < v.end && isInlineBlank(text.charCodeAt(q))) q++;
    return foldString(text.slice(q, q + 5)) === 'dont ' ? { start: v.start, end: p } : v;
  }
  return v;
}

interface Lead {
  /** Indentation of the line that states the unit (-1: a paragraph line). */
  indent: number;
  unit: StatedUnit;
}

// ---------------------------------------------------------------------------

const EMPTY: StatedCell[] = [];

/** Cells and list values of `text` that hold a bare number under a stated unit, sorted by start. */
export function statedCells(text: string, structure: DocumentStructure): StatedCell[] {
  let out: StatedCell[] | null = null;
  const limit = text.length;
  // Fenced code is not read.
  const code: Span[] = [];
  for (const b of structure.blocks) if (b.kind === 'code') code.push(b);
  let ci = 0;

  let prevFirst = -1; // the last non-blank line, when it may caption a table
  let prevEnd = -1;
  let prevKind = 0; // 1 text, 2 heading, 3 item, 4 table row
  let blanks = 0;
  const leads: Lead[] = [];
  let rows: Row[] | null = null;
  let caption: StatedUnit | null = null;
  const line: Line = { start: 0, end: 0, first: 0 };

  let p = 0;
  while (p < limit) {
    // The line [p, nl): found natively, then trimmed.
    let nl = text.indexOf('\n', p);
    if (nl < 0) nl = limit;
    let end = nl;
    let first = p;
    while (first < end && isInlineBlank(text.charCodeAt(first))) first++;
    while (end > first && (isInlineBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 13)) end--;
    line.start = p;
    line.first = first;
    line.end = end;
    p = nl + 1;

    while (ci < code.length && code[ci].end <= line.start) ci++;
    const inCode = ci < code.length && code[ci].start <= line.start;
    const blank = first >= end;
    const c0 = blank ? 0 : text.charCodeAt(first);
    const pipe = !blank && !inCode && c0 === 124;

    if (rows && !pipe) {
      if (!out) out = [];
      addTable(text, rows, caption, out);
      rows = null;
    }
    if (inCode) {
      prevKind = 0;
      leads.length = 0;
    } else if (blank) {
      blanks++;
      if (blanks > 1) leads.length = 0;
      continue;
    } else if (pipe) {
      if (!rows) {
        rows = [];
        caption = blanks <= 1 && (prevKind === 1 || prevKind === 2) && prevEnd - prevFirst <= 300 ? unitIn(text, prevFirst, prevEnd, true) : null;
        leads.length = 0;
      }
      rows.push(rowOf(text, { start: line.start, end: line.end, first: line.first }));
      prevKind = 4;
    } else {
      // Prose lines are by far the most: only a possible marker, colon or heading is looked at closer.
      const marker = c0 <= 57 || c0 === 0xb7 || c0 >= 0x2000 ? markerLength(text, line) : 0;
      const indent = first - line.start;
      if (marker > 0) {
        while (leads.length > 0 && leads[leads.length - 1].indent >= indent) leads.pop();
        const content = Math.min(first + marker, end);
        if (leads.length > 0) {
          const v = detailCut(text, itemValue(text, content, end));
          const num = loneNumber(text, v.start, v.end);
          if (num >= 0) {
            if (!out) out = [];
            out.push({ start: v.start, end: v.end, num, unit: leads[leads.length - 1].unit, sign: cellSign.sign });
          }
        }
        if (endsWithColon(text, line)) {
          const u = unitIn(text, content, end, true);
          if (u) leads.push({ indent, unit: u });
        }
        prevKind = 3;
      } else {
        const heading = c0 === 35;
        if (!(indent > 0 && blanks === 0 && prevKind === 3)) {
          // Not the continuation of an item: the list is over.
          leads.length = 0;
          if (endsWithColon(text, line) || heading) {
            const u = unitIn(text, first, end, true);
            if (u) leads.push({ indent: -1, unit: u });
          }
        }
        prevKind = heading ? 2 : 1;
      }
    }
    prevFirst = first;
    prevEnd = end;
    blanks = 0;
  }
  if (rows) {
    if (!out) out = [];
    addTable(text, rows, caption, out);
  }
  return out ?? EMPTY;
}

/** The qualifier a cell's sign gives its number. */
export function signQualifier(sign: number): 'approximate' | 'lower-bound' | 'upper-bound' | null {
  if (sign === 126 || sign === 0x2248) return 'approximate';
  if (sign === 62 || sign === 0x2265) return 'lower-bound';
  if (sign === 60 || sign === 0x2264) return 'upper-bound';
  return null;
}
