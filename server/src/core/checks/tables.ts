// Markdown tables with a total row (« Total », « **Total** », « Ensemble »,
// « Total général ») or a total column: the total cell must be the sum of its
// column or row, each cell read with half a step of rounding either side
// (« table-total »). Cells hold bare numbers in the table's unit (from the
// header, « Montant (M€) », or a caption line « en millions d’euros »), with
// French digit grouping and decimal commas; a small digit parser reads them.

import { Amount, Check, Finding, Span } from '../types';
import { DocumentStructure, Table } from '../structure';
import { Translate } from '../messages';
import { currencySymbol, formatNumber, formatPercent, NNBSP } from '../format';
import { Interval, disjoint, finite, readingStep, slackFor, sumIntervals } from './intervals';
import { foldString, itemize, lowerBound } from './words';
import { has, tagCues } from './cues';
import { isBlank } from '../text/chars';
import { CellNumber, CellValue, Unit, isDigit, isMarkup, parseCell, unitOf } from '../figures/cells';
import { writeNumber } from './restyle';
import { applyEdits } from './judge/sums';
import { append } from './model';
import { isInlineBlank } from '../text/chars';
import { saysOverlap } from './overlap';

/** A header of shares (« Part de la mission », « Poids », « Taux ») : word-bounded, on folded text. */
const SHARE_HEADER = /(?:^|[^a-z])(?:part|parts|poids|taux|proportion)(?:[^a-z]|$)/;

/**
 * Words of headers of columns whose figures never add up: rates, changes, averages, ranks, codes. (« Écart » is not
 * one: a column of differences in amounts adds up, the difference of the totals; in percentages, the percentage test
 * leaves it out.) Matched as whole
 * words, singular or plural (« Agents » is no « âge », « Étrangers » no « rang »); « moyens » alone is a budget's
 * resources, « coûts moyens » an average.
 */
const NOT_ADDITIVE = new Set([
  'evolution', 'variation', 'evol', 'taux', 'moyenne', 'moyen', 'croissance', 'indice', 'unitaire', 'ratio', 'rang', 'annee', 'date',
  'numero', 'code', 'prix', 'age', 'duree', 'par', 'solde', 'progression', 'densite', 'delai',
]);

function notAdditive(f: string): boolean {
  const words = f.split(/[^a-z0-9°%]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    if (NOT_ADDITIVE.has(w)) return true;
    const singular = w.endsWith('s') || w.endsWith('x') ? w.slice(0, -1) : '';
    if (singular && NOT_ADDITIVE.has(singular) && !(w === 'moyens' && i === firstWord(words))) return true;
  }
  return false;
}

function firstWord(words: readonly string[]): number {
  let i = 0;
  while (i < words.length && !words[i]) i++;
  return i;
}
/** Headers of percentage columns that are shares of one whole. */
const SHARE_HEADERS = ['part', 'repartition', 'poids', 'structure', 'proportion'];
/** Headers of columns that sum the columns before them. */
const TOTAL_COLUMNS = ['total', 'cumul', 'cumule', 'ensemble', 'total general'];

function additive(header: string): boolean {
  const f = foldString(header);
  if (notAdditive(f)) return false;
  // « Coût complet (€/t) », « kg/hab », « coût par habitant »: an amount per unit is no part of a sum.
  // (« DETR / DSIL »: a slash between two acronyms joins two names.)
  if (perUnitHeader(f) && !/^[A-Z0-9]{2,}\s?\/\s?[A-Z0-9]{2,}$/.test(header.trim())) return false;
  if (f.indexOf('%') >= 0 || f.indexOf('pourcent') >= 0) return SHARE_HEADERS.some((w) => f.indexOf(w) >= 0);
  if (f.indexOf('n°') >= 0) return false;
  return true;
}

/** Units a cost is given « au » or « à la » in a header: « Coût au km », « Prix à la tonne », « Coût à l’hectare ». */
const PER_UNITS: ReadonlySet<string> = new Set(['km', 'kilometre', 'metre', 'm', 'm2', 'm²', 'm3', 'm³', 'ml', 'hectare', 'ha', 'tonne', 't', 'litre', 'kwh', 'mwh', 'logement', 'habitant', 'eleve', 'place', 'lit', 'repas']);

/** Words of a header that may name another column (« dossiers » in « Part des dossiers »): no share word, article or unit. */
const HEADER_GLUE: ReadonlySet<string> = new Set(['part', 'parts', 'poids', 'repartition', 'proportion', 'structure', 'de', 'des', 'du', 'la', 'le', 'les', 'en', 'dans', 'sur', 'total', 'totale', 'ke', 'me', 'md', 'euros', 'eur', 'pourcent']);

function headerWords(header: string): string[] {
  return foldString(header).split(/[^a-z]+/).filter((w) => w.length > 2 && !HEADER_GLUE.has(w));
}

/** Units written after a slash in a header besides PER_UNITS: « /an », « /hab », « /mois ». */
const SLASH_UNITS: ReadonlySet<string> = new Set(['an', 'ans', 'mois', 'jour', 'j', 'h', 'heure', 'semaine', 'hab', 'pers', 'personne', 'usager', 'foyer', 'menage', 'nuit', 'nuitee', 'kg', 'g', 'unite', 'dossier', 'agent', 'etp', 'salarie', 'emploi', 'beneficiaire']);

function perUnitHeader(f: string): boolean {
  if (f.indexOf(' par ') >= 0) return true;
  for (const lead of [' au ', ' a la ', " a l'"]) {
    for (let i = f.indexOf(lead); i >= 0; i = f.indexOf(lead, i + 1)) {
      let j = i + lead.length;
      while (j < f.length && !isBlank(f.charCodeAt(j)) && f[j] !== ')' && f[j] !== '(') j++;
      if (PER_UNITS.has(f.slice(i + lead.length, j))) return true;
    }
  }
  // « ETP pour 10 lits », « Médecins pour 100 000 hab. », « Demandes pour une attribution »: a ratio to a number of things.
  for (let i = f.indexOf(' pour '); i >= 0; i = f.indexOf(' pour ', i + 1)) {
    const c = f.charCodeAt(i + 6);
    if ((c >= 48 && c <= 57) || f.startsWith('un ', i + 6) || f.startsWith('une ', i + 6)) return true;
  }
  // « €/t », « kg/hab », « Coût (€ / an) »: a slash after a unit, or before one, divides; « Commune / EPCI »,
  // « Région / Département » join two payers.
  for (let i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
    let j = i + 1;
    while (j < f.length && f.charCodeAt(j) === 32) j++;
    const c = f.charCodeAt(j);
    if (!(c >= 97 && c <= 122)) continue;
    let e = j;
    while (e < f.length && f.charCodeAt(e) >= 97 && f.charCodeAt(e) <= 122) e++;
    let b = i - 1;
    while (b >= 0 && f.charCodeAt(b) === 32) b--;
    const before = f.charCodeAt(b);
    const afterUnit = before === 0x20ac || before === 0x25 || (before >= 48 && before <= 57) || b < 0 || !(before >= 97 && before <= 122);
    if (afterUnit || PER_UNITS.has(f.slice(j, e)) || SLASH_UNITS.has(f.slice(j, e))) return true;
    // A short unit word right before the slash (« kg/hab », « t/an »).
    let w = b;
    while (w >= 0 && f.charCodeAt(w) >= 97 && f.charCodeAt(w) <= 122) w--;
    if (b - w <= 2) return true;
  }
  return false;
}

/** « Année », « Année 2023 », « Total annuel » over the last column of quarters or months: the year's whole, a sum by evidence only. */
function wholeYearHeader(header: string): boolean {
  const f = foldString(header).trim();
  return f === 'annee' || f === 'total annuel' || f === 'annuel' || /^annee (19|20)\d\d$/.test(f);
}

function isChangeHeader(header: string): boolean {
  const f = foldString(header);
  if (f.indexOf('evolution') >= 0 || f.indexOf('variation') >= 0 || f.indexOf('progression') >= 0) return true;
  // « Évol. », « Var. », « Δ »: the abbreviations a table's narrow column uses.
  const t = f.trim();
  return t === 'evol.' || t === 'evol' || t === 'var.' || t === 'var' || t === 'Δ' || t === 'δ' || t.startsWith('evol. ') || t.startsWith('var. ');
}

/** Row labels that name the rest of a whole split: « Autres », « Divers », « Reste ». */
const REST_LABELS: ReadonlySet<string> = new Set(['autres', 'autre', 'divers', 'reste', 'solde']);

/** The first word of a label, folded (« Autres (deux-roues…) » → « autres »). */
function firstWordOf(label: string): string {
  const f = foldString(label).trim();
  let end = 0;
  while (end < f.length && f.charCodeAt(end) >= 97 && f.charCodeAt(end) <= 122) end++;
  return f.slice(0, end);
}

function isShareHeader(header: string): boolean {
  const f = foldString(header);
  return SHARE_HEADERS.some((w) => f === w || f.startsWith(w + ' ') || f.startsWith(w + '(')) || f === '%' || f.startsWith('% ');
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

export function isTotalLabel(label: string): boolean {
  // « Total hors dette », « Total (dont …) », « Total moyen » are not the sum of the rows above.
  if (label.indexOf('hors') >= 0 || label.indexOf('dont') >= 0 || label.indexOf('moyen') >= 0) return false;
  // « Ensemble des DROM », « Ensemble de la région »: the whole of the rows.
  return label === 'total' || label.startsWith('total ') || label === 'ensemble' || label.startsWith('ensemble des ') || label.startsWith('ensemble de ') || label.startsWith("ensemble de l'") || label === 'totaux' || label.startsWith('total:') || label === 'montant total' || label.startsWith('total(');
}

/** Whether row `r` of a table is a total or sub-total row, by its first cell. */
export function isTotalRow(text: string, table: Table, r: number): boolean {
  const first = table.rows[r].cells[0];
  if (!first) return false;
  const label = foldString(text.slice(first.start, first.end)).replace(/[*_\s]+/g, ' ').trim();
  return isTotalLabel(label) || isSubtotalLabel(label);
}

/** A label that reads as a total but is not the sum of the rows above (see isTotalLabel). */
function totalOfSome(label: string): boolean {
  return (label.startsWith('total') || isSubtotalLabel(label)) && !isTotalLabel(label);
}

/** How writers abbreviate « sous-total » in a table's first cell: « S/total », « Ss-total » (« St » is a saint's name). */
const SUBTOTAL_OPENINGS = ['sous-total', 'sous total', 's/total', 's/t ', 'ss-total', 'ss total', 'sous-tot'];

function isSubtotalLabel(label: string): boolean {
  return SUBTOTAL_OPENINGS.some((o) => label.startsWith(o)) || label === 's/t';
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
  /** The document's amounts as the figures read them: a total in the prose is taken from them, never parsed here. */
  amounts: readonly Amount[];
  tolerance: number;
  t: Translate;
}

/** The block right before the table and the one right after it (a caption above, a total in prose below). */
function neighbours(ctx: TableContext, table: Table): { before: number; after: number } {
  const blocks = ctx.structure.blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start < table.start) lo = mid + 1;
    else hi = mid;
  }
  let after = lo;
  while (after < blocks.length && blocks[after].start < table.end) after++;
  return { before: lo - 1, after };
}

/** The unit of a caption line right above the table (« en millions d’euros »), if any. */
function captionUnit(ctx: TableContext, table: Table, b: number): Unit | null {
  if (b < 0) return null;
  const blk = ctx.structure.blocks[b];
  if (blk.kind === 'table-row' || blk.kind === 'code') return null;
  // Only the last line of that block, and only if nothing but blank lines separates it from the table.
  let lineStart = blk.end;
  while (lineStart > blk.start && ctx.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  for (let i = blk.end; i < table.start; i++) {
    const c = ctx.text.charCodeAt(i);
    if (!isInlineBlank(c) && c !== 10 && c !== 13) return null;
  }
  return unitOf(ctx.text.slice(lineStart, blk.end), true);
}

function unitLabel(u: Unit | null): string {
  if (!u) return '';
  if (u.percent) return NNBSP + '%';
  const prefix = u.factor === 1e9 ? 'Md' : u.factor === 1e6 ? 'M' : u.factor === 1e3 ? 'k' : '';
  return NNBSP + prefix + currencySymbol(u.currency);
}

function interval(n: CellNumber, factor: number, asWritten = false): Interval {
  const v = n.value * factor;
  // A column whose other cells show the writer rounds to the unit reads a single digit the same way (« 8 » among « 47 », « 25 »).
  const half = ((asWritten ? n.step : readingStep(Math.abs(n.value), n.step)) * factor) / 2;
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

type RowKind = 'detail' | 'total' | 'subtotal' | 'sub-row';

/** Labels of a total over the whole table, not over one group of its rows. */
const GRAND_TOTALS = new Set(['total', 'totaux', 'ensemble', 'total general', 'total global', 'montant total', 'total generale', 'total:']);

/** A cell whose text is set in bold as a whole (« **Pas-de-Calais** », « __Ensemble__ »). */
function boldLabel(text: string, cell: Span | undefined): boolean {
  if (!cell) return false;
  const s = text.slice(cell.start, cell.end).trim();
  return s.length > 4 && ((s.startsWith('**') && s.endsWith('**')) || (s.startsWith('__') && s.endsWith('__')));
}

function checkTable(ctx: TableContext, table: Table): { checks: Check[]; findings: Finding[] } {
  const out = { checks: [] as Check[], findings: [] as Finding[] };
  const { text } = ctx;
  if (table.rows.length < 3 || !table.rows[1].separator) return out;
  let header = table.rows[0];
  let body = table.rows.slice(2).filter((r) => !r.separator);
  // « |   |   | » above the separator and the column names on the first row under it, as some editors export tables:
  // that first row is the header.
  if (body.length > 1 && header.cells.every((c) => labelOf(text, c) === '') && body[0].cells.every((c) => parseCell(text.slice(c.start, c.end)).kind !== 'number')) {
    header = body[0];
    body = body.slice(1);
  }
  const near = neighbours(ctx, table);
  const caption = captionUnit(ctx, table, near.before);
  const headerText = header.cells.map((c) => text.slice(c.start, c.end));
  const firstHeaderUnit = headerText.length ? unitOf(headerText[0], false) : null;
  const tableUnit = caption ?? firstHeaderUnit;
  const ownUnit = headerText.map((h, j) => (j === 0 ? null : unitOf(h, false)));
  const columnUnit = headerText.map((h, j) => (j === 0 ? tableUnit : ownUnit[j] ?? tableUnit));
  const cells: Cell[][] = body.map((row) => row.cells.map((c) => ({ span: c, value: parseCell(text.slice(c.start, c.end)) })));
  // « | | *Sous-total Plaine* | *2 100* | »: the row's label is its first cell with words, when the first is empty.
  const labels = body.map((row) => {
    const first = labelOf(text, row.cells[0]);
    return first === '' && row.cells.length > 2 ? labelOf(text, row.cells[1]) : first;
  });
  // « Total engagé (hors RH) », « Total moyen », « Total (dont État) »: a total of some rows only, or no sum at all. It is
  // neither a part of the grand total nor a total to check: its row is set aside.
  const kinds: RowKind[] = labels.map((l) => (isSubtotalLabel(l) ? 'subtotal' : isTotalLabel(l) ? 'total' : isSubRowLabel(l) || totalOfSome(l) ? 'sub-row' : 'detail'));
  // Of several total rows, the last is the grand total; the others close groups, as subtotals do. Unless the last one
  // names its own group as the others do (« Total recettes » … « Total dépenses »): then each closes its group.
  const totals = kinds.map((k, i) => (k === 'total' ? i : -1)).filter((i) => i >= 0);
  const grandOwnGroup = totals.length >= 2 && !GRAND_TOTALS.has(labels[totals[totals.length - 1]]);
  for (const i of grandOwnGroup ? totals : totals.slice(0, -1)) kinds[i] = 'subtotal';
  const reported = new Set<number>();
  const numberOf = (c: Cell | undefined): CellNumber | null => (c && c.value.kind === 'number' ? c.value.n : null);
  // « | **Pas-de-Calais** | **1 947** | **2 034** | »: a last row set in bold is the table's total when one of its
  // columns is the sum of the rows above; the others must then be sums too.
  // « | Ressort de la cour d'appel | 52 000 | 100,0 % | »: so is a last row whose share is 100 %, in plain type.
  const lastRow = body.length - 1;
  const hundred = lastRow >= 0 && cells[lastRow].some((c, j) => {
    const n = j > 0 ? numberOf(c) : null;
    return n !== null && n.unit?.percent === true && Math.abs(n.value - 100) <= Math.max(n.step, 1e-9);
  });
  const bold = lastRow >= 0 && boldLabel(text, body[lastRow].cells[0]);
  if (!kinds.some((k) => k === 'total' || k === 'subtotal') && body.length >= 3 && (bold || hundred)) {
    const last = body.length - 1;
    for (let j = 1; j < header.cells.length; j++) {
      const t = numberOf(cells[last][j]);
      if (!t || t.unit?.percent) continue;
      let sum = 0;
      let n = 0;
      for (let i = 0; i < last; i++) {
        const v = numberOf(cells[i][j]);
        if (!v || kinds[i] !== 'detail') {
          n = -1;
          break;
        }
        sum += v.value;
        n++;
      }
      if (n >= 2 && Math.abs(sum - t.value) <= Math.max(1e-9, ctx.tolerance * Math.abs(t.value))) {
        kinds[last] = 'total';
        break;
      }
    }
    // « | **Département** | **39 938** | » under the territories of one département: a bold last row that names the area
    // the rows divide, larger than each of them, is their total even when no column adds up (the error the check finds).
    // (A share of 100 % says so by itself: the check then finds which column fails to add up.)
    if (kinds[last] !== 'total' && hundred) kinds[last] = 'total';
    if (kinds[last] !== 'total' && bold && AREA_WHOLES.has(firstWordOf(labelOf(text, cells[last][0]?.span)))) {
      for (let j = 1; j < header.cells.length; j++) {
        const t = numberOf(cells[last][j]);
        if (!t || t.unit?.percent) continue;
        const rows = body.slice(0, last).map((_, i) => numberOf(cells[i][j]));
        if (rows.length >= 2 && rows.every((v, i) => v && kinds[i] === 'detail' && v.value < t.value)) {
          kinds[last] = 'total';
          break;
        }
      }
    }
  }
  const cellSpan = (c: Cell): Span => (c.value.kind === 'number' ? { start: c.span.start + c.value.n.start, end: c.span.start + c.value.n.end } : c.span);
  const factorFor = (n: CellNumber, unit: Unit | null): number => (n.unit ? n.unit.factor : unit && !unit.percent ? unit.factor : 1);

  /** The total cell and the parts read as numbers, with their sum: null when a cell holds none. */
  const summed = (totalCell: Cell, parts: Cell[], unit: Unit | null) => {
    const tn = numberOf(totalCell);
    if (!tn) return null;
    const nums: CellNumber[] = [];
    for (const p of parts) {
      const n = numberOf(p);
      if (!n) return null;
      nums.push(n);
    }
    const tf = factorFor(tn, unit);
    const totalI = interval(tn, tf);
    const sumI = sumIntervals(nums.map((n) => interval(n, factorFor(n, unit))));
    const sum = nums.reduce((s, n) => s + n.value * factorFor(n, unit), 0);
    const tv = tn.value * tf;
    const slack = slackFor(ctx.tolerance, tv, sum);
    return { tn, nums, tf, totalI, sumI, sum, tv, slack, mismatch: disjoint(sumI, totalI, slack) };
  };
  /** Whether the parts add up to the total cell at the written precision (null when a cell holds no number). */
  const fits = (totalCell: Cell, parts: Cell[], unit: Unit | null): boolean | null => {
    const r = summed(totalCell, parts, unit);
    return r ? !r.mismatch : null;
  };
  const judge = (totalCell: Cell, parts: Cell[], unit: Unit | null): void => {
    const r = summed(totalCell, parts, unit);
    // « — » in a total row says there is none to state (a cost per tonne has no total), not zero.
    if (!r || (r.tn.value === 0 && r.tn.step === 0) || r.nums.length < 2) return;
    const { tn, nums, tf, totalI, sumI, sum, tv, slack, mismatch } = r;
    const totalSpan = cellSpan(totalCell);
    const currency = unit ? (unit.percent ? '%' : unit.currency) : tn.unit ? (tn.unit.percent ? '%' : tn.unit.currency) : '';
    out.checks.push({
      kind: 'table-total',
      status: mismatch ? 'mismatch' : 'ok',
      total: { ...totalSpan, value: tv },
      parts: parts.map((p, i) => ({ ...cellSpan(p), value: nums[i].value * factorFor(nums[i], unit) })),
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
        nums.map((n) => show(n.value * factorFor(n, unit))).join(' + '),
        show(sum) + label,
        text.slice(totalSpan.start, totalSpan.end) + label,
        show(Math.abs(sum - tv)) + label,
      ),
      related: parts.map((p, i) => ({ ...cellSpan(p), message: ctx.t('summed cell: {0}', show(nums[i].value * factorFor(nums[i], unit)) + label) })),
      // Shares that miss 100 % are wrong in their parts, not in their total.
      fixes: unitIsPercent && tn.value === 100 ? undefined : [{ title: ctx.t('Replace the total by the computed sum: {0}', applyEdits(text, edits, totalSpan.start, totalSpan.end)), edits }],
    });
  };

  const numericColumn = (j: number): boolean => {
    let n = 0;
    for (let i = 0; i < body.length; i++) {
      const v = cells[i][j]?.value;
      if (v && v.kind === 'number') n++;
      else if (v && v.kind === 'text' && kinds[i] === 'detail') return false;
    }
    return n >= 2;
  };

  // Total and subtotal rows: each column's rows, group by group.
  const hasTotalRow = kinds.some((k) => k === 'total' || k === 'subtotal');
  if (hasTotalRow) {
    for (let j = 1; j < header.cells.length; j++) {
      if (!additive(headerText[j] ?? '') || !numericColumn(j)) continue;
      // Percentages under a header that names no share (« Taux de réussite », « Insertion à six mois ») are rates:
      // their total row is an average, not a sum.
      if (percentColumn(j) && !isShareHeader(labelOf(text, header.cells[j])) && !isShareHeader(headerText[j] ?? '')) continue;
      // « Part » with a total row of 79 % between its rows' 71 % and 91 %: a mean, as no sum of several can be.
      if (percentColumn(j) && totalWithinRows(j)) continue;
      const unit = columnUnit[j] ?? null;
      judgeRows(j, unit);
    }
  }
  function percentColumn(j: number): boolean {
    if (columnUnit[j]?.percent) return true;
    let n = 0;
    let pct = 0;
    for (let i = 0; i < body.length; i++) {
      const v = cells[i][j]?.value;
      if (!v || v.kind !== 'number') continue;
      n++;
      if ((v as { n: CellNumber }).n.unit?.percent) pct++;
    }
    return n > 0 && pct * 2 > n;
  }
  function judgeRows(j: number, unit: Unit | null): void {
    let group: Cell[] = [];
    const closed: Cell[] = [];
    const loose: Cell[] = [];
    const grandAt = kinds.lastIndexOf('total');
    // A total written on the first row sums the rows under it.
    if (grandAt === 0) {
      const parts: Cell[] = [];
      for (let i = 1; i < body.length; i++) if (kinds[i] === 'detail' && cells[i][j]) parts.push(cells[i][j]);
      if (cells[0][j]) judge(cells[0][j], parts, unit);
      return;
    }
    for (let i = 0; i < body.length; i++) {
      const c = cells[i][j];
      if (!c) continue;
      if (kinds[i] === 'sub-row') continue;
      if (kinds[i] === 'detail') {
        // Rows with an empty cell are section headers (« **Investissement** »), not parts.
        if (c.value.kind === 'number') group.push(c);
        continue;
      }
      if (kinds[i] === 'subtotal') {
        // « | *Sous-total travaux* | » under « Études », « Travaux de voirie », « Travaux de réseaux »: a subtotal may
        // close only the last rows of its group; the rows before it are then loose, as if no subtotal had closed them.
        if (group.length >= 3 && fits(c, group, unit) === false) {
          for (let m = group.length - 1; m >= 2; m--) {
            if (fits(c, group.slice(-m), unit) !== true) continue;
            append(loose, group.slice(0, group.length - m));
            group = group.slice(-m);
            break;
          }
        }
        judge(c, group, unit);
        closed.push(c);
        group = [];
        continue;
      }
      if (i === grandAt) {
        // The grand total sums the subtotals and the rows no subtotal closed.
        append(loose, group);
        judge(c, [...closed, ...loose], unit);
        return;
      }
    }
  }

  // A total column (« Total », « Cumul »): the sum of the additive columns before it, on each row.
  let tc = -1;
  for (let j = 2; j < headerText.length; j++) {
    const h = labelOf(text, header.cells[j]);
    if (TOTAL_COLUMNS.some((w) => h === w || h.startsWith(w + ' ') || h.startsWith(w + '('))) {
      tc = j;
      break;
    }
    // « Coût total (k€) », « Montant total » as the last column, with its own unit: the total of the columns in that unit.
    if (j === headerText.length - 1 && ownUnit[j] && !ownUnit[j]!.percent && /(^|\s)total(\s|\(|$)/.test(h)) tc = j;
  }
  // « | T1 | T2 | Semestre | »: a last column that is the sum of the others on every row but one (three rows at least)
  // is a total column whatever its header says; the row where it is not is the error.
  if (tc < 0) tc = totalColumnByEvidence();
  function totalColumnByEvidence(): number {
    const last = headerText.length - 1;
    if (last < 3 || !numericColumn(last) || columnUnit[last]?.percent || !(additive(headerText[last] ?? '') || wholeYearHeader(headerText[last] ?? ''))) return -1;
    const cols: number[] = [];
    for (let j = 1; j < last; j++) if (numericColumn(j) && additive(headerText[j] ?? '') && !columnUnit[j]?.percent) cols.push(j);
    if (cols.length !== last - 1) return -1;
    let fit = 0;
    let misfit = 0;
    for (let i = 0; i < body.length; i++) {
      const t = numberOf(cells[i][last]);
      const parts = cols.map((j) => numberOf(cells[i][j]));
      if (!t || parts.some((x) => !x)) continue;
      const sum = parts.reduce((a, x) => a + x!.value, 0);
      const step = Math.max(t.step, ...parts.map((x) => x!.step));
      if (Math.abs(sum - t.value) <= step * cols.length) fit++;
      else misfit++;
    }
    return fit >= 3 && misfit <= 1 ? last : -1;
  }
  // « Année | Montant annuel (k€) | Cumul depuis 2021 (k€) » over rows of years: a running total down the rows — each
  // year's cumul is the one before plus that year's amount in the same unit, not a sum across the row.
  // (A table of years holds a few dozen rows: past MAX_YEAR_ROWS it is no such table, and each row's sum stays bounded.)
  const yearRows = body.length >= 2 && body.length <= MAX_YEAR_ROWS && body.every((_, i) => kinds[i] !== 'detail' || /^(19|20)\d\d$/.test(labelOf(text, cells[i][0]?.span)));
  const running = tc > 1 && yearRows && labelOf(text, header.cells[tc]).startsWith('cumul');
  if (running) runningCumul(tc);
  function runningCumul(at: number): void {
    const own = ownUnit[at];
    const same = own ? [...Array(at).keys()].filter((j) => j >= 1 && ownUnit[j] && unitLabel(ownUnit[j]!) === unitLabel(own) && numericColumn(j)) : [];
    if (same.length !== 1) return;
    const j = same[0];
    // The first year's cumul may start from years the table does not show: it is the base the later years add to, so
    // one wrong cell is reported once, on its row.
    const summed: Cell[] = [];
    for (let i = 0; i < body.length; i++) {
      if (kinds[i] !== 'detail') continue;
      const part = cells[i][j];
      const total = cells[i][at];
      if (!part || part.value.kind !== 'number' || !total || total.value.kind !== 'number') return;
      if (summed.length === 0) summed.push(total);
      else {
        summed.push(part);
        judge(total, [...summed], columnUnit[at] ?? tableUnit);
      }
    }
  }
  if (tc > 1 && !running) {
    let cols: number[] = [];
    for (let j = 1; j < tc; j++) if (additive(headerText[j] ?? '') && numericColumn(j)) cols.push(j);
    // « Cumul CP 2024-2026 » after « Montant de l'AP », « CP 2024 », « CP 2025 »…: a total column that names what it
    // sums (« CP ») sums the columns that name it, not the envelope beside them.
    // The columns written in the total column's own unit (« Denrées (k€) », « Personnel (k€) » beside « Repas servis »),
    // when the header gives one, or those whose header names what the total sums.
    const own = ownUnit[tc];
    const sameUnit = own ? cols.filter((j) => ownUnit[j] && unitLabel(ownUnit[j]) === unitLabel(own)) : [];
    const named = sameUnit.length >= 2 && sameUnit.length < cols.length ? sameUnit : namedColumns(headerText, tc, cols);
    const all = named === null;
    if (named) cols = named;
    const pct = cols.some((j) => columnUnit[j]?.percent);
    // « Foyers | Montant du chèque | Total versé »: a count beside an amount in euros multiplies it, it adds to nothing.
    const money = (j: number) => !!columnUnit[j]?.currency || body.some((_, i) => kinds[i] === 'detail' && !!numberOf(cells[i][j])?.unit?.currency);
    const mixed = !tableUnit?.currency && money(tc) && cols.some(money) && cols.some((j) => !money(j));
    // (A column of words, « Projet », between the label and the figures adds nothing and takes nothing away.)
    let numeric = 0;
    for (let j = 1; j < tc; j++) if (numericColumn(j)) numeric++;
    if (cols.length >= 2 && (!all || cols.length === numeric) && !pct && !mixed) {
      for (let i = 0; i < body.length; i++) {
        const total = cells[i][tc];
        if (!total || total.value.kind !== 'number') continue;
        const parts = cols.map((j) => cells[i][j]);
        if (parts.some((c) => !c)) continue;
        judge(total, parts, columnUnit[tc] ?? tableUnit);
      }
    }
  }

  // A column of shares: each share against its row's amount over the total row's, and the shares against 100 %.
  for (let j = 1; j < header.cells.length; j++) {
    if (!isShareHeader(labelOf(text, header.cells[j])) && !(columnUnit[j]?.percent && isShareHeader(headerText[j] ?? ''))) continue;
    if (!body.every((_, i) => kinds[i] === 'sub-row' || !cells[i][j] || cells[i][j].value.kind !== 'number' || (cells[i][j].value as { n: CellNumber }).n.unit?.percent || columnUnit[j]?.percent)) continue;
    shareColumn(j);
  }
  // « | Séjour | Places | Inscrits | Remplissage | »: a column of percentages under any other header, with a total row, may
  // be the rate of two columns before it (rateColumn finds the pair from the total row, or none).
  const grandRow = kinds.lastIndexOf('total');
  for (let j = 2; grandRow >= 0 && j < header.cells.length; j++) {
    if (isShareHeader(labelOf(text, header.cells[j])) || (columnUnit[j]?.percent && isShareHeader(headerText[j] ?? '')) || isChangeHeader(headerText[j] ?? '') || !percentColumn(j)) continue;
    if (body.some((_, i) => cells[i][j] !== undefined && /^[\s*_]*[+−-]/.test(text.slice(cells[i][j].span.start, cells[i][j].span.end)))) continue;
    rateColumn(j, grandRow);
  }
  // « | Autres (deux-roues…) | 2 % | 2 % | »: a row that names the rest makes each column of percentages a whole split,
  // all of it listed, whatever its header (a year) — unless the header names a rate.
  const restRow = body.some((_, i) => kinds[i] === 'detail' && REST_LABELS.has(firstWordOf(labelOf(text, cells[i][0]?.span))));
  for (let j = 1; restRow && j < header.cells.length; j++) {
    if (isShareHeader(labelOf(text, header.cells[j])) || (columnUnit[j]?.percent && isShareHeader(headerText[j] ?? ''))) continue;
    if (foldString(headerText[j] ?? '').indexOf('taux') >= 0 || isChangeHeader(headerText[j] ?? '') || !percentColumn(j)) continue;
    // Signed cells (« +2,6 % ») are changes, whatever the header says.
    if (body.some((_, i) => cells[i][j] !== undefined && /^[\s*_]*[+−-]/.test(text.slice(cells[i][j].span.start, cells[i][j].span.end)))) continue;
    const all = body.every((_, i) => kinds[i] !== 'detail' || !cells[i][j] || cells[i][j].value.kind !== 'number' || (cells[i][j].value as { n: CellNumber }).n.unit?.percent);
    if (all) shareColumn(j, true);
  }
  /** The grand total row's cell of column j lies between the smallest and largest of its detail rows: it is no sum. */
  function totalWithinRows(j: number): boolean {
    const grandAt = kinds.lastIndexOf('total');
    const t = grandAt >= 0 ? numberOf(cells[grandAt][j]) : null;
    if (!t) return false;
    let lo = Infinity;
    let hi = -Infinity;
    let n = 0;
    for (let i = 0; i < body.length; i++) {
      const v = kinds[i] === 'detail' ? numberOf(cells[i][j]) : null;
      if (!v) continue;
      lo = Math.min(lo, v.value);
      hi = Math.max(hi, v.value);
      n++;
    }
    return n >= 2 && lo > 0 && t.value >= lo && t.value <= hi;
  }

  function namedBase(j: number): number | null {
    const own = headerWords(headerText[j] ?? '');
    let found: number | null = null;
    for (let c = 1; c < j; c++) {
      if (!headerWords(headerText[c] ?? '').some((w) => own.includes(w))) continue;
      if (found !== null) return null;
      found = c;
    }
    return found;
  }

  /**
   * « | Mer | 32 | 23 | 81 % | » under a total row « | Total | 96 | 82 | 85 % | »: a column of rates whose total row
   * is the ratio of two columns' totals is that ratio on every row. The pair of columns is the one, among the columns
   * before it, whose totals give the total row's rate; each row is then judged on it (when most rows agree, so that
   * the pair is the writer's and not a coincidence of totals).
   */
  function rateColumn(j: number, grandAt: number): void {
    const g = numberOf(cells[grandAt][j]);
    if (!g) return;
    const gi = interval(g, 1);
    const pairs: [number, number][] = [];
    for (let a = 1; a < j; a++) {
      for (let b = 1; b < j; b++) {
        const ta = numberOf(cells[grandAt][a]);
        const tb = numberOf(cells[grandAt][b]);
        if (a === b || !ta || !tb || tb.value <= 0 || ta.value >= tb.value || columnUnit[a]?.percent || columnUnit[b]?.percent || ta.unit?.percent || tb.unit?.percent) continue;
        const ia = interval(ta, 1);
        const ib = interval(tb, 1);
        if (!disjoint({ lo: (ia.lo / ib.hi) * 100, hi: (ia.hi / ib.lo) * 100 }, gi, 0)) pairs.push([a, b]);
      }
    }
    if (pairs.length !== 1) return;
    const [a, b] = pairs[0];
    const rows: { i: number; ratio: number; ratioI: Interval; share: CellNumber }[] = [];
    for (let i = 0; i < body.length; i++) {
      if (kinds[i] !== 'detail') continue;
      const pa = numberOf(cells[i][a]);
      const pb = numberOf(cells[i][b]);
      const r = numberOf(cells[i][j]);
      if (!pa || !pb || !r || pb.value <= 0) continue;
      const ia = interval(pa, 1);
      const ib = interval(pb, 1);
      rows.push({ i, ratio: (pa.value / pb.value) * 100, ratioI: { lo: (ia.lo / ib.hi) * 100, hi: (ia.hi / ib.lo) * 100 }, share: r });
    }
    const judged = rows.map((x) => ({ ...x, mismatch: disjoint(x.ratioI, interval(x.share, 1), ctx.tolerance * Math.max(x.ratio, x.share.value)) }));
    const wrong = judged.filter((x) => x.mismatch);
    if (rows.length < 2 || wrong.length * 2 >= rows.length) return;
    for (const x of judged) {
      const span = cellSpan(cells[x.i][j]);
      out.checks.push({ kind: 'share', status: x.mismatch ? 'mismatch' : 'ok', total: { ...span, value: x.share.value }, parts: [{ ...cellSpan(cells[x.i][a]), value: x.ratio }], sum: x.ratio, tolerance: finite(Math.max(x.ratio - x.ratioI.lo, x.ratioI.hi - x.ratio)), unit: '%', operands: { part: { ...cellSpan(cells[x.i][a]), value: numberOf(cells[x.i][a])!.value }, whole: { ...cellSpan(cells[x.i][b]), value: numberOf(cells[x.i][b])!.value } } });
      if (!x.mismatch) continue;
      const partText = text.slice(cellSpan(cells[x.i][a]).start, cellSpan(cells[x.i][a]).end);
      const wholeText = text.slice(cellSpan(cells[x.i][b]).start, cellSpan(cells[x.i][b]).end);
      out.findings.push({
        start: span.start,
        end: span.end,
        severity: 'warning',
        code: 'share-mismatch',
        message: ctx.t('{0} / {1} = {2} ({3} given the rounding), not {4}.', partText, wholeText, formatPercent(x.ratio, x.share.decimals + 1), `${formatNumber(x.ratioI.lo, 2)} – ${formatPercent(x.ratioI.hi, 2)}`, text.slice(span.start, span.end)),
        related: [
          { ...cellSpan(cells[x.i][a]), message: ctx.t('the part: {0}', partText) },
          { ...cellSpan(cells[x.i][b]), message: ctx.t('the whole: {0}', wholeText) },
        ],
      });
    }
  }

  function shareColumn(j: number, complete = false): void {
    const grandAt = kinds.lastIndexOf('total');
    // « | **Ensemble** | **124** | **98** | **79 %** |»: a total row that gives the column its own rate, not 100 %, says
    // each cell is a rate of its row (98 of 124), no share of one whole.
    const grandShare = grandAt >= 0 ? numberOf(cells[grandAt][j]) : null;
    // (« | Total | 488,2 | – | »: a dash says the cell is not given, no rate of the total row.)
    const dash = grandAt >= 0 && cells[grandAt][j] !== undefined && /^[\s*_]*[–—-][\s*_]*$/.test(text.slice(cellSpan(cells[grandAt][j]).start, cellSpan(cells[grandAt][j]).end));
    if (grandShare && !dash && Math.abs(grandShare.value - 100) > Math.max(grandShare.step, 1)) {
      rateColumn(j, grandAt);
      return;
    }
    const details: number[] = [];
    for (let i = 0; i < body.length; i++) if (kinds[i] === 'detail' && numberOf(cells[i][j])) details.push(i);
    if (details.length < 2) return;
    // The amounts the shares are of: the column the share's header names (« Part des dossiers » beside « Dossiers » and
    // « Montant »), else the column left of the shares, if it has a total row.
    const a = namedBase(j) ?? j - 1;
    const totalAmount = grandAt >= 0 ? numberOf(cells[grandAt][a]) : null;
    // A total found wrong above is no base for the shares: they were worked out on the right one.
    const wrongTotal = grandAt >= 0 && cells[grandAt][a] !== undefined && reported.has(cellSpan(cells[grandAt][a]).start);
    if (a >= 1 && totalAmount && !wrongTotal && additive(headerText[a] ?? '') && !columnUnit[a]?.percent && totalAmount.value > 0) {
      const roundsToStep = details.some((i) => {
        const n = numberOf(cells[i][j]);
        return n !== null && n !== undefined && n.step > 0 && Math.round(n.value / n.step) >= 10;
      });
      for (const i of details) {
        const part = numberOf(cells[i][a]);
        const share = numberOf(cells[i][j]);
        if (!part || !share) continue;
        const ratio = (part.value / totalAmount.value) * 100;
        const pi = interval(part, 1);
        const ti = interval(totalAmount, 1);
        const ratioI: Interval = { lo: (pi.lo / ti.hi) * 100, hi: ti.lo > 0 ? (pi.hi / ti.lo) * 100 : Infinity };
        const shareI = interval(share, 1, roundsToStep);
        const mismatch = disjoint(ratioI, shareI, ctx.tolerance * Math.max(ratio, share.value));
        const span = cellSpan(cells[i][j]);
        out.checks.push({ kind: 'share', status: mismatch ? 'mismatch' : 'ok', total: { ...span, value: share.value }, parts: [{ ...cellSpan(cells[i][a]), value: ratio }], sum: ratio, tolerance: finite(Math.max(ratio - ratioI.lo, ratioI.hi - ratio)), unit: '%', operands: { part: { ...cellSpan(cells[i][a]), value: part.value }, whole: { ...cellSpan(cells[grandAt][a]), value: totalAmount.value } } });
        if (!mismatch) continue;
        out.findings.push({
          start: span.start,
          end: span.end,
          severity: 'warning',
          code: 'share-mismatch',
          message: ctx.t('{0} / {1} = {2} ({3} given the rounding), not {4}.', text.slice(cellSpan(cells[i][a]).start, cellSpan(cells[i][a]).end), text.slice(cellSpan(cells[grandAt][a]).start, cellSpan(cells[grandAt][a]).end), formatPercent(ratio, share.decimals + 1), `${formatNumber(ratioI.lo, 2)} – ${formatPercent(ratioI.hi, 2)}`, text.slice(span.start, span.end)),
          related: [
            { ...cellSpan(cells[i][a]), message: ctx.t('the part: {0}', text.slice(cellSpan(cells[i][a]).start, cellSpan(cells[i][a]).end)) },
            { ...cellSpan(cells[grandAt][a]), message: ctx.t('the whole: {0}', text.slice(cellSpan(cells[grandAt][a]).start, cellSpan(cells[grandAt][a]).end)) },
          ],
        });
      }
    }
    // Without a total row, shares of one whole must not pass 100 % (nor miss it when the caption announces a breakdown).
    if (grandAt < 0) {
      const nums = details.map((i) => numberOf(cells[i][j])!);
      const sum = nums.reduce((s, n) => s + n.value, 0);
      const sumI = sumIntervals(nums.map((n) => interval(n, 1)));
      // (« Répartition … », « L’ensemble des trajets se répartit ainsi : »: a word of distribution in the caption or lead-in.)
      const announced = complete || (near.before >= 0 && announcesSplit(text, ctx.structure.blocks[near.before]));
      // (« les polypensionnés étant comptés dans chaque régime, la somme des parts excède 100 % »: groups the lead-in says
      // overlap pass 100 % by design.)
      const overlap = near.before >= 0 && leadSaysOverlap(text, ctx.structure.blocks[near.before]);
      const over = !overlap && sumI.lo > 100 + ctx.tolerance * 100 + 1e-9;
      const mismatch = !overlap && (announced ? disjoint(sumI, { lo: 100, hi: 100 }, ctx.tolerance * 100) : over);
      const first = cellSpan(cells[details[0]][j]);
      out.checks.push({ kind: 'percent-sum', status: mismatch ? 'mismatch' : 'ok', total: { ...first, value: 100 }, parts: details.map((i) => ({ ...cellSpan(cells[i][j]), value: numberOf(cells[i][j])!.value })), sum, tolerance: finite(Math.abs(sum - sumI.lo) + ctx.tolerance * 100), unit: '%' });
      if (mismatch) {
        // No one cell is wrong, their sum is: the finding covers the column's shares, first to last.
        const last = cellSpan(cells[details[details.length - 1]][j]);
        out.findings.push({
          start: first.start,
          end: Math.max(first.end, last.end),
          severity: 'warning',
          code: 'percent-sum',
          message:
            sumI.lo > 100
              ? ctx.t('{0}: the shares of one whole cannot add up to more than 100 %.', `${nums.map((n) => formatNumber(n.value, 2)).join(' + ')} = ${formatPercent(sum, 2)}`)
              : ctx.t('{0}, but the shares of a complete breakdown add up to 100 %.', `${nums.map((n) => formatNumber(n.value, 2)).join(' + ')} = ${formatPercent(sum, 2)}`),
        });
      }
    }
  }

  // A column of changes (« Évolution ») right after two columns of figures: each row's change between them.
  // « | Année | Accidents | Tués | Évolution des tués | » with a year on each row: each row's change from the row above, in
  // the column the header names (or the one right before it), never between two columns that measure different things.
  for (let j = 2; j < header.cells.length; j++) {
    if (!isChangeHeader(headerText[j] ?? '')) continue;
    if (yearRows && yearsNamed(headerText[j] ?? '').length < 2) {
      const jc = changedColumn(headerText, j);
      // « Évolution depuis 2013 », « Variation cumulée »: every row's change from one base row — the year named, else
      // the first — not from the row above.
      const base = baseRow(j);
      if (base === -1) continue;
      for (let i = 1; i < body.length; i++) {
        if (kinds[i] !== 'detail') continue;
        if (base === null && kinds[i - 1] === 'detail') changeBetween(cells[i - 1][jc], cells[i][jc], cells[i][j], j);
        else if (base !== null && i !== base) changeBetween(cells[base][jc], cells[i][jc], cells[i][j], j);
      }
      continue;
    }
    if (j < 3) continue;
    for (let i = 0; i < body.length; i++) changeCell(i, j);
  }
  /** The row every change of column j is from (null: the row above; -1: a year named that no row holds). */
  function baseRow(j: number): number | null {
    const h = foldString(headerText[j] ?? '');
    const named = yearsNamed(headerText[j] ?? '');
    if (named.length === 1) return body.findIndex((_, i) => kinds[i] === 'detail' && labelOf(text, cells[i][0]?.span) === String(named[0]));
    if (/\bcumulee?s?\b|depuis (l'origine|le debut)/.test(h)) return kinds.findIndex((k) => k === 'detail');
    return null;
  }
  function changeCell(i: number, j: number): void {
    // « 2023 | 2024 | Évolution (M€) | Évolution (%) »: the ends are the two columns of figures before, past other changes.
    // « Évolution 2022-2024 »: a change header naming two years takes the columns of those years, wherever they stand.
    const named = yearsNamed(headerText[j] ?? '');
    const ends: number[] = [];
    if (named.length === 2) {
      const columnOf = (y: number) => headerText.findIndex((h, k) => k >= 1 && k < j && !isChangeHeader(h ?? '') && yearsNamed(h ?? '').join() === String(y));
      const [ca, cb] = [columnOf(named[0]), columnOf(named[1])];
      if (ca < 0 || cb < 0) return;
      ends.push(cb, ca);
    } else for (let k = j - 1; k >= 1 && ends.length < 2; k--) if (!isChangeHeader(headerText[k] ?? '')) ends.push(k);
    if (ends.length < 2) return;
    const [jb, ja] = ends;
    // « CP 2025 (M€) | Part de la mission | Évolution »: an amount and a share are no two ends of one change.
    if (SHARE_HEADER.test(foldString(headerText[jb] ?? '')) !== SHARE_HEADER.test(foldString(headerText[ja] ?? ''))) return;
    changeBetween(cells[i][ja], cells[i][jb], cells[i][j], j);
  }
  /** (« Évolution (%) » over bare cells: the header gives the cells of column j their unit.) */
  function changeBetween(from: Cell | undefined, to: Cell | undefined, c: Cell | undefined, j: number): void {
    if (!from || !to || !c) return;
    const a = numberOf(from);
    const b = numberOf(to);
    const stated = numberOf(c);
    if (!a || !b || !stated || !(stated.unit?.percent || (!stated.unit && columnUnit[j]?.percent)) || !(a.value > 0)) return;
    if (!!a.unit?.percent !== !!b.unit?.percent) return;
    // « Évolution (points) » between two rates: the difference of the two, in points.
    if (/\bpoints?\b|\bpts\b/.test(foldString(headerText[j] ?? ''))) {
      pointsBetween(from, to, c, a, b, stated);
      return;
    }
    // A total cell found wrong above is no end of a change: the change was worked out on the right one.
    if (reported.has(cellSpan(from).start) || reported.has(cellSpan(to).start)) return;
    const ia = interval(a, 1);
    const ib = interval(b, 1);
    const change = (b.value / a.value - 1) * 100;
    const changeI: Interval = { lo: (ib.lo / ia.hi - 1) * 100, hi: ia.lo > 0 ? (ib.hi / ia.lo - 1) * 100 : Infinity };
    const sign = change > 0 ? '+' : change < 0 ? '−' : '';
    judgeChangeCell(from, to, c, a, b, stated, change, changeI, (shown) => ctx.t('From {0} to {1} is {2}, not {3}.', shown.from, shown.to, sign + formatPercent(Math.abs(change), 1), shown.said));
  }

  /** « Évolution (points) »: the difference of two rates. */
  function pointsBetween(from: Cell, to: Cell, c: Cell, a: CellNumber, b: CellNumber, stated: CellNumber): void {
    const ia = interval(a, 1);
    const ib = interval(b, 1);
    const diff = b.value - a.value;
    const written = (diff > 0 ? '+' : diff < 0 ? '−' : '') + formatNumber(Math.abs(diff), 1);
    judgeChangeCell(from, to, c, a, b, stated, diff, { lo: ib.lo - ia.hi, hi: ib.hi - ia.lo }, (shown) =>
      ctx.t(Math.abs(diff) < 2 ? 'From {0} to {1} is {2} point, not {3}.' : 'From {0} to {1} is {2} points, not {3}.', shown.from, shown.to, written, shown.said),
    );
  }

  /** The change worked out between two cells (`value`, within `range`) against the one stated in cell `c`: a check, and a finding when they cannot meet. */
  function judgeChangeCell(from: Cell, to: Cell, c: Cell, a: CellNumber, b: CellNumber, stated: CellNumber, value: number, range: Interval, message: (shown: { from: string; to: string; said: string }) => string): void {
    const mismatch = disjoint(range, interval(stated, 1), ctx.tolerance * 100);
    const span = cellSpan(c);
    out.checks.push({ kind: 'change', status: mismatch ? 'mismatch' : 'ok', total: { ...span, value: stated.value }, parts: [{ ...cellSpan(from), value: a.value }, { ...cellSpan(to), value: b.value }], sum: value, tolerance: finite(Math.max(value - range.lo, range.hi - value)), unit: '%' });
    if (!mismatch) return;
    // The sign is written before the digits (« +4,4 % », « −1,2 % »): the finding covers it.
    let start = span.start;
    const before = text.charCodeAt(start - 1);
    if (before === 43 || before === 45 || before === 0x2212) start--;
    const cellText = (x: Cell) => text.slice(cellSpan(x).start, cellSpan(x).end);
    out.findings.push({ start, end: span.end, severity: 'warning', code: 'change-mismatch', message: message({ from: cellText(from), to: cellText(to), said: text.slice(start, span.end) }) });
  }

  explainedTotals(out);
  explainedByShares(out);
  crossedCell(out, ctx.t, text);

  // A total stated in the prose right under the table: « Ces quatre opérations représentent un total de 20,4 M€ ».
  if (!hasTotalRow && near.after < ctx.structure.blocks.length) proseTotal();
  function proseTotal(): void {
    const blk = ctx.structure.blocks[near.after];
    if (blk.kind !== 'paragraph') return;
    const first = firstSentence(ctx, blk);
    const f = foldString(text.slice(first.start, first.end));
    if (f.indexOf('total') < 0 && f.indexOf('au global') < 0 && f.indexOf('ensemble') < 0 && f.indexOf('en tout') < 0) return;
    // « Les deux volets de X totalisent 19,8 M€ » under three rows: the total of some rows, not of the table.
    const rows = kinds.filter((k) => k === 'detail').length;
    if (countsOtherThan(f, rows)) return;
    const n = onlyAmountIn(ctx.amounts, text, first);
    if (!n) return;
    let cols: number[] = [];
    // A column of shares (« 34,5 % » in its cells) sums to no amount of money.
    const ofShares = (j: number) => body.some((_, i) => kinds[i] === 'detail' && !!numberOf(cells[i][j])?.unit?.percent);
    for (let j = 1; j < header.cells.length; j++) if (additive(headerText[j] ?? '') && numericColumn(j) && !columnUnit[j]?.percent && !ofShares(j)) cols.push(j);
    // « | Clubs aidés | Montant versé | » then « … à hauteur de 19,1 M€ au total »: a money total sums the one column of
    // money (a unit in its header or in its cells), not the count beside it.
    if (cols.length > 1 && n.number.unit?.currency) {
      const money = cols.filter((j) => !!columnUnit[j]?.currency || body.every((_, i) => kinds[i] !== 'detail' || !numberOf(cells[i][j]) || !!numberOf(cells[i][j])!.unit?.currency));
      if (money.length === 1) cols = money;
    }
    if (cols.length !== 1) return;
    const j = cols[0];
    const unit = columnUnit[j] ?? null;
    const parts: Cell[] = [];
    for (let i = 0; i < body.length; i++) if (kinds[i] === 'detail' && cells[i][j]?.value.kind === 'number') parts.push(cells[i][j]);
    // The span is the digits (the unit stays as written when a quick fix rewrites them); the figure keeps its unit.
    const totalCell: Cell = { span: { start: first.start + n.start, end: first.start + n.digitsEnd }, value: { kind: 'number', n: { ...n.number, start: 0, end: n.digitsEnd - n.start } } };
    judge(totalCell, parts, unit);
  }
  return out;
}

/** Labels of an area that other areas divide (« Département » under its territories, « France » under its regions). */
const AREA_WHOLES: ReadonlySet<string> = new Set(['departement', 'region', 'france', 'metropole', 'academie', 'agglomeration', 'intercommunalite', 'national', 'pays']);

/** Words of a total column's header that say nothing of what it sums. */
const TOTAL_WORDS = new Set(['total', 'totaux', 'cumul', 'cumule', 'cumulee', 'ensemble', 'global', 'general', 'en', 'de', 'des', 'du', 'la', 'le', 'les', 'k', 'keur', 'm', 'meur', 'eur', 'euros', 'milliers', 'millions']);

/** The columns among `cols` whose header shares a word with the total column's own words (« CP »), or null. */
function namedColumns(headerText: readonly string[], tc: number, cols: readonly number[]): number[] | null {
  const words = (h: string) => foldString(h).split(/[^a-z0-9]+/).filter((w) => w && !TOTAL_WORDS.has(w) && !/^\d{4}(-\d{4})?$/.test(w) && !/^\d+$/.test(w));
  const own = new Set(words(headerText[tc] ?? ''));
  if (own.size === 0) return null;
  const named = cols.filter((j) => words(headerText[j] ?? '').some((w) => own.has(w)));
  return named.length >= 2 && named.length < cols.length ? named : null;
}

/**
 * One wrong cell makes two totals disagree: a row's total cell written 5,0 for 1,5 + 2,5 also makes its column sum
 * to 1 more than the grand total. When a total's error is exactly that of a wrong total cell among its parts, the
 * cell is the mistake: only it is reported.
 */
function explainedTotals(out: { checks: Check[]; findings: Finding[] }): void {
  const wrong = out.checks.filter((c) => c.kind === 'table-total' && c.status === 'mismatch');
  if (wrong.length < 2) return;
  const errorAt = new Map<number, { error: number; value: number }>();
  for (const c of wrong) errorAt.set(c.total.start, { error: c.total.value - c.sum, value: c.total.value });
  const explained = new Set<number>();
  for (const c of wrong) {
    const own = c.total.value - c.sum;
    for (const p of c.parts) {
      const e = errorAt.get(p.start);
      if (e === undefined || e.value === 0) continue;
      // The two checks may read the cell in two units (a bare column, a total column headed « M€ »): the error is
      // taken in the unit this check reads the cell in.
      if (Math.abs(own + (e.error * p.value) / e.value) <= c.tolerance) explained.add(c.total.start);
    }
  }
  if (explained.size === 0) return;
  for (let i = out.findings.length - 1; i >= 0; i--) if (out.findings[i].code === 'table-total' && explained.has(out.findings[i].start)) out.findings.splice(i, 1);
}

/**
 * A wrong share in a share column also puts the column off its « 100 % » total, by the same error: when the shares
 * found wrong, set to what their parts give, bring the column back to its total, the share cells are the mistake and
 * the total is no second finding.
 */
function explainedByShares(out: { checks: Check[]; findings: Finding[] }): void {
  const wrongShares = new Map<number, Check>();
  for (const c of out.checks) if (c.kind === 'share' && c.status === 'mismatch') wrongShares.set(c.total.start, c);
  if (wrongShares.size === 0) return;
  const explained = new Set<number>();
  for (const c of out.checks) {
    if (c.kind !== 'table-total' || c.status !== 'mismatch' || c.unit !== '%') continue;
    let corrected = c.sum;
    let any = false;
    for (const p of c.parts) {
      const w = wrongShares.get(p.start);
      if (!w) continue;
      corrected -= w.total.value - w.sum;
      any = true;
    }
    if (any && Math.abs(corrected - c.total.value) <= c.tolerance + 0.5) explained.add(c.total.start);
  }
  if (explained.size === 0) return;
  for (let i = out.findings.length - 1; i >= 0; i--) if (out.findings[i].code === 'table-total' && explained.has(out.findings[i].start)) out.findings.splice(i, 1);
}

/**
 * One wrong detail cell makes its row and its column both miss their totals, by the same amount: « 980 » for 890
 * puts the row 142 + 980 and the column 980 + 612 + … each 90 above their total cells. When the only two wrong
 * totals of a table share one part and are off by one error, that part is the mistake: one finding, on it.
 */
function crossedCell(out: { checks: Check[]; findings: Finding[] }, t: Translate, text: string): void {
  const wrong = out.checks.filter((c) => c.kind === 'table-total' && c.status === 'mismatch');
  if (wrong.length !== 2) return;
  const [a, b] = wrong;
  const shared = a.parts.filter((p) => b.parts.some((q) => q.start === p.start));
  if (shared.length !== 1) return;
  const ea = a.sum - a.total.value;
  const eb = b.sum - b.total.value;
  if (Math.abs(ea - eb) > Math.min(a.tolerance, b.tolerance) || ea === 0) return;
  const findings = out.findings.filter((f) => f.code === 'table-total' && (f.start === a.total.start || f.start === b.total.start));
  if (findings.length !== 2) return;
  for (const f of findings) out.findings.splice(out.findings.indexOf(f), 1);
  const cell = shared[0];
  const written = text.slice(cell.start, cell.end);
  // The checks hold values in the table's unit (« 760 » under « k€ » is 760 000): the message speaks as the cell writes.
  const parsed = parseCell(written);
  const scale = parsed.kind === 'number' && parsed.n.value !== 0 ? cell.value / parsed.n.value : 1;
  out.findings.push({
    start: cell.start,
    end: cell.end,
    severity: 'warning',
    code: 'table-total',
    message: t('{0} puts both its row and its column {1} off their totals; {2} would fit both.', written, formatNumber(Math.abs(ea) / scale, 3), formatNumber((cell.value - ea) / scale, 3)),
    related: [a, b].map((c) => ({ start: c.total.start, end: c.total.end, message: t('a total this cell misses: {0}', text.slice(c.total.start, c.total.end)) })),
  });
}

function firstSentence(ctx: TableContext, blk: { start: number; end: number }): Span {
  for (const s of ctx.structure.sentences) if (s.start >= blk.start) return s.end <= blk.end ? s : { start: s.start, end: blk.end };
  return blk;
}

/** The most rows a table of years (one per year) is read with a running « Cumul ». */
const MAX_YEAR_ROWS = 60;

/** Number words a sentence may count rows with. */
const ROW_COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };

/** « les deux volets », « ces trois postes »: the folded sentence counts some things, and not `n` of them. */
function countsOtherThan(f: string, n: number): boolean {
  for (const [word, value] of Object.entries(ROW_COUNTS)) {
    if (value === n) continue;
    if (f.indexOf(`les ${word} `) >= 0 || f.indexOf(`ces ${word} `) >= 0 || f.indexOf(`nos ${word} `) >= 0) return true;
  }
  return false;
}

/**
 * The one amount of money written in digits in a sentence (« … un total de 20,4 M€ inscrit… »), as the figures read it,
 * taken as a cell in its own unit; null when the sentence holds none or several, or a range, or one whose currency was
 * only inferred from the paragraph. Offsets are relative to the sentence.
 */
function onlyAmountIn(amounts: readonly Amount[], text: string, sentence: Span): { start: number; end: number; digitsEnd: number; number: CellNumber } | null {
  let found: Amount | null = null;
  for (let i = lowerBound(amounts, sentence.start); i < amounts.length && amounts[i].start < sentence.end; i++) {
    const a = amounts[i];
    if (a.end > sentence.end || a.currencyInferred) continue;
    if (found || a.range) return null;
    found = a;
  }
  if (!found || !isDigit(text.charCodeAt(found.start))) return null;
  const factor = found.scale?.factor ?? 1;
  // The digits: up to the first character that is neither a digit, a decimal comma nor a blank between groups.
  let e = found.start;
  while (e < found.end && (isDigit(text.charCodeAt(e)) || text.charCodeAt(e) === 44 || isInlineBlank(text.charCodeAt(e)))) e++;
  while (e > found.start && !isDigit(text.charCodeAt(e - 1))) e--;
  const digits = text.slice(found.start, e);
  const comma = digits.indexOf(',');
  const decimals = comma < 0 ? 0 : digits.length - comma - 1;
  const number: CellNumber = { value: found.value / factor, step: found.step / factor, decimals, start: 0, end: e - found.start, unit: { factor, currency: found.currency, percent: false } };
  return { start: found.start - sentence.start, end: found.end - sentence.start, digitsEnd: e - sentence.start, number };
}

/**
 * The column whose change the change column `j` gives row to row: the one whose header shares a word with its own
 * (« Évolution des tués » → « Tués »), else the nearest column of figures before it.
 */
function changedColumn(headerText: readonly string[], j: number): number {
  const words = (h: string) => foldString(h).split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !CHANGE_WORDS.has(w));
  const own = new Set(words(headerText[j] ?? ''));
  for (let k = 1; k < j; k++) if (!isChangeHeader(headerText[k] ?? '') && words(headerText[k] ?? '').some((w) => own.has(w))) return k;
  let k = j - 1;
  while (k > 1 && isChangeHeader(headerText[k] ?? '')) k--;
  return k;
}
const CHANGE_WORDS: ReadonlySet<string> = new Set(['evolution', 'variation', 'progression', 'des', 'les', 'annuelle', 'annuel', 'sur', 'par', 'rapport', 'precedente', 'annee']);

/** The years a header names, in order: « Évolution 2022-2024 » → [2022, 2024]; « 2023 » → [2023]. */
function yearsNamed(header: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= header.length; i++) {
    const c = header.charCodeAt(i);
    if (c !== 49 && c !== 50) continue;
    let digits = 0;
    while (digits < 5 && i + digits < header.length && header.charCodeAt(i + digits) >= 48 && header.charCodeAt(i + digits) <= 57) digits++;
    const before = i > 0 ? header.charCodeAt(i - 1) : 32;
    if (digits === 4 && !(before >= 48 && before <= 57)) {
      const y = Number(header.slice(i, i + 4));
      if (y >= 1900 && y <= 2099) out.push(y);
    }
    i += Math.max(0, digits - 1);
  }
  return out;
}

/** How much of a caption or lead-in is read for its words: its first few hundred characters. */
const CAPTION_READ = 300;

/** A lead-in that says the groups of the table overlap (overlap.ts), read as far as a paragraph goes. */
function leadSaysOverlap(text: string, block: Span): boolean {
  return block.end - block.start <= 4000 && saysOverlap(foldString(text.slice(block.start, block.end)));
}

/** A caption or lead-in with a word of distribution (« Répartition des … », « … se répartit ainsi : »). */
function announcesSplit(text: string, block: Span): boolean {
  const items = itemize(text, { start: block.start, end: Math.min(block.end, block.start + CAPTION_READ) }, [], []);
  return tagCues(items).some((c) => has(c, 'distribution'));
}
