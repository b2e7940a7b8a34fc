// One figure: [currency] number [scale [number scale]…] [« et demi »] [unit].
// The number is digits (« 1,8 », « 12 000 ») or words (« trois cent
// cinquante »), or an approximate collective (« une trentaine de »). The unit
// is a currency (after, or before the number) or a percent marker. A figure
// without a unit is kept as « bare »: a range or an enumeration may lend it
// one (« 3 à 4 milliards d’euros »), and the paragraph may lend a currency to
// a bare figure with a scale word.

import { Qualifier } from '../types';
import { DigitNumber, POW10, appendDigits, newDigitNumber, readDigits } from './digits';
import { LEX, Lexeme, NumKind, Purpose } from './lexicon';
import { fold } from '../text/fold';
import { WordNumber, newWordNumber, readWords } from './numberWords';
import { Tk, Tokens } from './tokens';
import { UnitMatch, afterDe, newUnitMatch, readCurrency, readPercent, readPrefixCurrency, wordAt } from './units';
import { StatedUnit } from './stated';
import { Ch } from '../text/chars';

/** Determiners that may stand between « scale de » and the noun it counts or pays for. */
const DETERMINERS = new Set(['cette', 'ce', 'cet', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos']);

export interface Figure {
  /** Token range (inclusive) and char span of the whole figure. */
  firstTok: number;
  lastTok: number;
  start: number;
  end: number;
  /** The number before any scale: mantissa / 10^decimals (+ ½ when `half`). */
  mantissa: number;
  decimals: number;
  half: boolean;
  /** Compound parts already scaled (« 1 milliard 200 millions »: the 1e9 part). */
  extra: number;
  /** Place value of the last written digit, before the scale (1, 0.1, 1000 for « mille »…). */
  unitStep: number;
  /** Scale factor applied to the number (1 when none). */
  scale: number;
  /** The written scale token, -1 when none (or when borrowed). */
  scaleTok: number;
  /** Scale written as a word or abbreviation that may carry a paragraph currency (million and up). */
  contextScale: boolean;
  /** ISO code, '%', or '' for a bare figure. */
  unit: string;
  /** The currency was taken from the paragraph. */
  inferred: boolean;
  /** « 2 millions de visiteurs »: a count, never money. */
  count: boolean;
  /**
   * Money whose currency is not written: « 12 milliards d’économies », « un
   * déficit de 150 milliards », « 12 centimes », « 10 balles ». It takes the
   * paragraph's currency, else the euro (inferred either way).
   */
  defaultCurrency: boolean;
  /** « une trentaine », « un millier »: approximate by construction. */
  approx: boolean;
  /** Looks like a year (four digits, 1800–2199, no scale). */
  yearLike: boolean;
  /** The figure labels something (« article 12 », « France 2030 »). */
  label: boolean;
  /** Explicit step (« et demi », collectives); 0 to compute from unitStep × scale. */
  stepOverride: number;
  qualifier: Qualifier;
  /** Range partner (index in the block's figure list) and role. */
  rangeOther: number;
  rangeRole: 'low' | 'high' | '';
  /** A cell's unit stated once elsewhere (a column header, a caption, a list lead-in). */
  unitFrom: StatedUnit | null;
  /** The qualifier a sign before the number gives (« ~20 k€ », « ≈ 3 M€ », « > 100 » in a cell). */
  signQualifier: Qualifier;
  /** Took its unit from the amount that opens an elliptical series (« 1,5 Md€ en 2025, 2 en 2026 »). */
  seriesMember: boolean;
  /** How many table pipes stand before the figure in its block: a currency is not carried from one cell to another. */
  cell: number;
  /**
   * « 25 000 (vingt mille) euros »: a bracket right after the number restates it with another number (its
   * value before the scale and its span), -1 when none. The same number in brackets leaves it -1.
   */
  restatedValue: number;
  restatedStart: number;
  restatedEnd: number;
  /** « soustraire cinq pour cent »: a percentage a verb takes away, read as negative; the span starts at the verb. */
  subtracted: boolean;
}

export function figureValue(f: Figure): number {
  const p = POW10[f.decimals];
  let v = (f.mantissa * f.scale) / p;
  if (f.half) v += f.scale / 2;
  return v + f.extra;
}

/** The number before the scale. */
export function figureNumber(f: Figure): number {
  return f.mantissa / POW10[f.decimals] + (f.half ? 0.5 : 0);
}

export function figureStep(f: Figure): number {
  if (f.stepOverride > 0) return f.stepOverride;
  return f.unitStep * f.scale;
}

const digits: DigitNumber = newDigitNumber();
const words: WordNumber = newWordNumber();
const unit: UnitMatch = newUnitMatch();
const digits2: DigitNumber = newDigitNumber();
const words2: WordNumber = newWordNumber();
const probeUnit: UnitMatch = newUnitMatch();

/** Characters that, touching a number on its left, make it part of a code (« PIA4 », « n°2 », « v=3 », « %20 »). */
function badLeftNeighbour(t: Tokens, k: number): boolean {
  if (!t.glued(k)) return false;
  const p = k - 1;
  const kind = t.kind[p];
  if (kind === Tk.Word) return true;
  if (kind === Tk.Sym) return t.lex[p] === Ch.Percent;
  if (kind === Tk.Punct) {
    const c = t.lex[p];
    // « _800 000_ € » opens emphasis; « var_12 » is a name.
    if (c === Ch.Underscore) return t.glued(p) && t.kind[p - 1] !== Tk.Punct;
    return (
      c === Ch.Slash || c === Ch.Backslash || c === Ch.Equals || c === Ch.Hash || c === Ch.At || c === Ch.Ampersand || c === Ch.Degree || c === Ch.Section ||
      c === Ch.Dot || c === Ch.Comma || c === Ch.Colon || c === Ch.Caret
    );
  }
  return false;
}

export interface ParseResult {
  /** The figure was read into the target object. */
  ok: boolean;
  /** Where the caller resumes (always past `k`). */
  next: number;
}

const result: ParseResult = { ok: false, next: 0 };

/** Could token k start a figure? Cheap test used by the scanning loop. */
export function canStart(t: Tokens, k: number): boolean {
  const kind = t.kind[k];
  if (kind === Tk.Num) return true;
  if (kind === Tk.Sym) return t.lex[k] !== Ch.Percent;
  if (kind !== Tk.Word) return false;
  const id = t.lex[k];
  if (id < 0) return false;
  const lx = LEX[id];
  return lx.numKind !== NumKind.None || lx.code || lx.dollarRegion !== '' || lx.canon === 'demi' || (lx.scaleSpelled && lx.scale >= 1e6) || lx.percentWord;
}

function percentAfter(t: Tokens, k: number, f: Figure): ParseResult {
  let d = afterDe(t, k + 1);
  if (d < 0) {
    const des = wordAt(t, k + 1);
    if (!des || des.canon !== 'des' || t.glued(k + 1)) return result;
    d = k + 2;
  }
  if (d >= t.n || t.lineBreakBefore(d)) return result;
  let end: number;
  let value: number;
  let decimals = 0;
  let step = 1;
  if (t.kind[d] === Tk.Num) {
    readDigits(t, d, digits2);
    if (!digits2.ok || digits2.dotDecimal || badLeftNeighbour(t, d)) return result;
    end = digits2.endTok;
    value = digits2.mantissa;
    decimals = digits2.decimals;
    step = 1 / POW10[decimals];
  } else {
    const lx = wordAt(t, d);
    if (!lx || lx.numKind === NumKind.None) return result;
    readWords(t, d, words2);
    if (!words2.ok || words2.loneOne) return result;
    end = words2.endTok;
    value = words2.value;
    step = words2.step;
  }
  // Nothing may follow but punctuation: « le pourcentage de 20 communes » counts communes.
  const n = end + 1;
  if (n < t.n && !t.lineBreakBefore(n) && !(t.kind[n] === Tk.Punct && t.lex[n] !== Ch.Hyphen && t.lex[n] !== Ch.Apostrophe)) return result;
  resetFigure(f, k);
  f.mantissa = value;
  f.decimals = decimals;
  f.unitStep = step;
  f.unit = '%';
  f.lastTok = end;
  f.start = t.start[k];
  f.end = t.end[end];
  result.ok = true;
  result.next = end + 1;
  return result;
}

/** « le milliard d’euros », « du million », « au milliard »: a singular scale word after a definite article is one of it. */
function theScale(t: Tokens, k: number): boolean {
  const text = t.text;
  if (text.charCodeAt(t.end[k] - 1) === Ch.LowerS || text.charCodeAt(t.end[k] - 1) === Ch.UpperS) return false; // « des milliards »
  let p = k - 1;
  if (t.isPunct(p, Ch.Apostrophe) && t.glued(k)) {
    const l = wordAt(t, p - 1);
    return l !== undefined && l.canon === 'le' && l.elided;
  }
  const w = wordAt(t, p);
  return w !== undefined && (w.canon === 'du' || w.canon === 'au' || (w.canon === 'le' && !w.elided && t.end[p] - t.start[p] === 2 && (text.charCodeAt(t.start[p] + 1) === Ch.LowerE || text.charCodeAt(t.start[p] + 1) === Ch.UpperE)));
}

export function newFigure(): Figure {
  return {
    firstTok: 0, lastTok: 0, start: 0, end: 0, mantissa: 0, decimals: 0, half: false, extra: 0, unitStep: 1, scale: 1, scaleTok: -1,
    contextScale: false, unit: '', inferred: false, count: false, defaultCurrency: false, approx: false, yearLike: false, label: false, stepOverride: 0,
    qualifier: null, rangeOther: -1, rangeRole: '', unitFrom: null, signQualifier: null, seriesMember: false, cell: 0,
    restatedValue: -1, restatedStart: 0, restatedEnd: 0, subtracted: false,
  };
}

/** Clears a pooled figure for reuse (no allocation per figure in ordinary prose). */
export function resetFigure(f: Figure, first: number): void {
  f.firstTok = first;
  f.lastTok = first;
  f.start = 0;
  f.end = 0;
  f.mantissa = 0;
  f.decimals = 0;
  f.half = false;
  f.extra = 0;
  f.unitStep = 1;
  f.scale = 1;
  f.scaleTok = -1;
  f.contextScale = false;
  f.unit = '';
  f.inferred = false;
  f.count = false;
  f.defaultCurrency = false;
  f.approx = false;
  f.yearLike = false;
  f.label = false;
  f.stepOverride = 0;
  f.qualifier = null;
  f.rangeOther = -1;
  f.rangeRole = '';
  f.unitFrom = null;
  f.signQualifier = null;
  f.seriesMember = false;
  f.cell = 0;
  f.restatedValue = -1;
  f.subtracted = false;
}

function isDemi(lx: Lexeme | undefined): boolean {
  return lx !== undefined && lx.canon === 'demi';
}

/** The token after a glued hyphen at k, else k itself. */
function skipHyphen(t: Tokens, k: number): number {
  return t.isPunct(k, Ch.Hyphen) && t.glued(k) && t.glued(k + 1) ? k + 1 : k;
}

/** Markdown emphasis (`*`, `_`, `` ` ``, `~~`) touching a word or number. */
function isMarkupTok(t: Tokens, k: number): boolean {
  if (k >= t.n || t.kind[k] !== Tk.Punct) return false;
  const c = t.lex[k];
  return c === Ch.Asterisk || c === Ch.Underscore || c === Ch.Backtick || c === Ch.Tilde;
}

/**
 * The first token at or after k that is not emphasis markup: « **12,4
 * millions** d’adresses » reads like « 12,4 millions d’adresses ». The run
 * must touch the token before it or the one after it (« 3 * 4 » is no markup).
 */
export function skipMarkup(t: Tokens, k: number): number {
  if (!isMarkupTok(t, k)) return k;
  let e = k;
  while (isMarkupTok(t, e + 1) && t.glued(e + 1)) e++;
  if (e - k > 2) return k;
  if (!t.glued(k) && !(e + 1 < t.n && t.glued(e + 1))) return k;
  return e + 1 < t.n ? e + 1 : k;
}

/** Scale lexeme at token k (not glued to a following letter), or undefined. */
function scaleAt(t: Tokens, k: number): Lexeme | undefined {
  const lx = wordAt(t, k);
  return lx && lx.scale > 0 ? lx : undefined;
}

/** What parseFigure has read so far, handed from one step to the next. */
interface Reading {
  /** Where the figure starts (a currency written before the number, or the number). */
  first: number;
  /** The first token of the number. */
  core: number;
  /** A currency written before the number (« € 12 », « USD 3 »), '' when none. */
  prefix: string;
  /** The last token read so far. */
  last: number;
  /** The number is written in words (« trois cents »). */
  inWords: boolean;
  /** The number is a lone « un » / « une »: an article unless a scale or unit follows. */
  loneOne: boolean;
  /** « 3.2 »: a dot before the last digits, a version number unless a unit or a cell says otherwise. */
  dotDecimal: boolean;
  /** « 10^6 »: a power, a figure only with a unit. */
  power: boolean;
  /** The scale is an abbreviation that is one only before a currency (« 10 k€ »). */
  needsCurrency: boolean;
  /** The number is a table cell or list value under a stated unit. */
  inCell: boolean;
}

// One Reading for the whole run: parseFigure is called on every token that could start a figure, and
// allocating here shows in the recogniser's throughput.
const reading: Reading = {
  first: 0, core: 0, prefix: '', last: 0, inWords: false, loneOne: false, dotDecimal: false, power: false, needsCurrency: false, inCell: false,
};

/** Fails the parse; the caller resumes at `next` (never before k + 1). */
function fail(next: number): ParseResult {
  result.ok = false;
  result.next = Math.max(next, result.next);
  return result;
}

/**
 * Parses a figure starting at token k into `f` (a pooled object, reset here).
 * `inCell`: the number is a table cell or list value under a stated unit,
 * where « 3.2 » alone is a number too.
 *
 * The steps, in reading order: a figure opened by a word (« du milliard
 * d’euros », « pourcent de vingt »), a currency before the number, the
 * number, a restatement in brackets, the scale, compound scales and « et
 * demi », the unit, the readings refused, and what the words around add.
 */
export function parseFigure(t: Tokens, k: number, f: Figure, inCell = false): ParseResult {
  result.ok = false;
  result.next = k + 1;
  const startLex = wordAt(t, k);
  // « la barre du milliard d’euros »: one milliard, when a currency follows.
  if (startLex && startLex.numKind === NumKind.None && startLex.scaleSpelled && startLex.scale >= 1e6) return oneScale(t, k, f, startLex);
  // « un pourcentage de vingt », « pourcent des trois cent cinquante »: the number after the word, when nothing follows it.
  if (startLex && startLex.percentWord) return percentAfter(t, k, f);

  const r = reading;
  r.first = k;
  r.core = k;
  r.prefix = '';
  r.inWords = false;
  r.loneOne = false;
  r.dotDecimal = false;
  r.power = false;
  r.needsCurrency = false;
  r.inCell = inCell;
  if (!readPrefix(t, k, startLex, r)) return result;
  resetFigure(f, k);
  if (!readNumber(t, r, f)) return result;
  // « 25 000 (vingt-cinq mille) euros », « trois (3) millions »: the same number restated in brackets. Another
  // number in the brackets is a restatement that disagrees (« 25 000 (vingt mille) euros »): the figure still
  // takes the unit after the bracket, and the checks compare the two.
  if (!f.half && f.scaleTok < 0 && !f.approx) {
    const close = restated(t, r.last, figureNumber(f), f);
    if (close >= 0) r.last = close;
  }
  if (!readScale(t, r, f)) return result;
  if (f.scaleTok >= 0 && f.scale >= 1e3 && !f.unit) readCompoundScale(t, r, f);
  if (!readUnit(t, r, f)) return result;
  if (refused(t, r, f)) return result;
  readSurroundings(t, r, f);
  result.ok = true;
  result.next = r.last + 1;
  return result;
}

/** « la barre du milliard d’euros », « au million d’euros près »: one of the scale, when a currency follows. */
function oneScale(t: Tokens, k: number, f: Figure, scale: Lexeme): ParseResult {
  if (!theScale(t, k)) return result;
  const d = afterDe(t, k + 1);
  if (d < 0 || !readCurrency(t, d, unit)) return result;
  resetFigure(f, k);
  f.mantissa = 1;
  f.scale = scale.scale;
  f.scaleTok = k;
  f.unit = unit.code;
  f.lastTok = unit.endTok;
  f.start = t.start[k];
  f.end = t.end[unit.endTok];
  result.ok = true;
  result.next = unit.endTok + 1;
  return result;
}

/** A currency written before the number (« € 12 », « USD 3,5 », « $ trois millions »). False when token k starts no figure. */
function readPrefix(t: Tokens, k: number, startLex: Lexeme | undefined, r: Reading): boolean {
  if (t.kind[k] === Tk.Num || (startLex && startLex.numKind !== NumKind.None) || isDemi(startLex)) return true;
  if (!readPrefixCurrency(t, k, unit)) return false;
  const n = unit.endTok + 1;
  if (n >= t.n || t.lineBreakBefore(n)) return false;
  if (t.kind[n] !== Tk.Num) {
    const lx = wordAt(t, n);
    if (!lx || lx.numKind === NumKind.None || t.glued(n)) return false;
  }
  if (t.kind[k] === Tk.Word && badLeftNeighbour(t, k)) return false;
  r.prefix = unit.code;
  r.core = n;
  return true;
}

/** The number: digits, a « demi- » before a scale, or words (with « un demi- » and collectives). */
function readNumber(t: Tokens, r: Reading, f: Figure): boolean {
  if (t.kind[r.core] === Tk.Num) return readDigitNumber(t, r, f);
  const lx = wordAt(t, r.core);
  if (!isDemi(lx)) return readWordNumber(t, r, f);
  // « demi-milliard » without its article
  const sc = scaleAt(t, skipHyphen(t, r.core + 1));
  if (!sc || !sc.scaleSpelled || sc.scale < 1e6) return false;
  f.mantissa = 0;
  f.half = true;
  r.last = r.core;
  return true;
}

/** « 1,8 », « 12 000 », « 10^6 »: digits, with what may touch them on the right. */
function readDigitNumber(t: Tokens, r: Reading, f: Figure): boolean {
  const core = r.core;
  readDigits(t, core, digits);
  if (!digits.ok) {
    fail(digits.endTok + 1);
    return false;
  }
  if (r.prefix === '' && badLeftNeighbour(t, core)) {
    fail(digits.endTok + 1);
    return false;
  }
  let last = digits.endTok;
  // Letters glued on the right must be a unit (« 10k€ », « 3M€ », « 1,8Md€ »), not « 4e », « 3D », « 500kW ».
  const right = last + 1;
  if (right < t.n && t.glued(right) && t.kind[right] === Tk.Word) {
    const lx = wordAt(t, right);
    const unitLike = lx !== undefined && (lx.scale > 0 || lx.currency !== '' || lx.code || lx.percentWord || lx.dollarRegion !== '');
    const lonePrefix = unitLike && lx.dollarRegion !== '' && !lx.code && !lx.scale && !(t.kind[right + 1] === Tk.Sym && t.glued(right + 1));
    if (!unitLike || lonePrefix) {
      fail(right + 1);
      return false;
    }
  }
  f.mantissa = digits.mantissa;
  f.decimals = digits.decimals;
  f.unitStep = 1 / POW10[digits.decimals];
  f.yearLike = digits.yearLike;
  r.dotDecimal = digits.dotDecimal;
  // « 10^6 € », « 1,1^23 % »: a power, kept only when a unit follows (refused()).
  if (t.isPunct(last + 1, Ch.Caret) && t.glued(last + 1) && t.glued(last + 2) && t.kind[last + 2] === Tk.Num && t.digits(last + 2) <= 2 && !t.glued(last + 3)) {
    const v = Math.pow(figureNumber(f), appendDigits(t, last + 2, 0));
    if (!Number.isFinite(v) || v > 1e18) return false;
    f.mantissa = v;
    f.decimals = 0;
    f.unitStep = Number.isInteger(v) ? 1 : Math.pow(10, Math.floor(Math.log10(v)) - 6);
    f.yearLike = false;
    r.power = true;
    last += 2;
  }
  r.last = last;
  return true;
}

/** « trois cent cinquante », « un demi-milliard », « une trentaine de milliards ». */
function readWordNumber(t: Tokens, r: Reading, f: Figure): boolean {
  const core = r.core;
  readWords(t, core, words);
  if (!words.ok) return false;
  let last = words.endTok;
  if (t.glued(last + 1) && t.kind[last + 1] === Tk.Word) {
    fail(last + 1);
    return false;
  }
  if (t.glued(core) && t.kind[core - 1] === Tk.Word) return false;
  f.mantissa = words.value;
  f.unitStep = words.step;
  r.inWords = true;
  r.loneOne = words.loneOne;
  if (!r.loneOne) {
    r.last = last;
    return true;
  }
  // « un demi-milliard », « une demi-douzaine »
  if (isDemi(wordAt(t, last + 1)) && !t.glued(last + 1)) {
    const sc = scaleAt(t, skipHyphen(t, last + 2));
    if (sc && sc.scaleSpelled && sc.scale >= 1e6) {
      f.mantissa = 0;
      f.half = true;
      r.last = last + 1;
      return true;
    }
  }
  r.last = last;
  return readCollective(t, r, f);
}

/** Adjectives between « une » and a collective: « une bonne trentaine », « une petite centaine ». */
const COLLECTIVE_ADJECTIVES = new Set(['bonne', 'petite', 'grosse', 'large', 'courte']);

/** « une trentaine de milliards d’euros », « une centaine d’euros »: approximate; counts (« une dizaine de projets ») are not figures. */
function readCollective(t: Tokens, r: Reading, f: Figure): boolean {
  let c = r.last + 1;
  const adj = wordAt(t, c);
  if (adj && COLLECTIVE_ADJECTIVES.has(adj.canon)) c++;
  const col = wordAt(t, c);
  if (!col || col.collective <= 0 || t.glued(c)) return true;
  const d = afterDe(t, c + 1);
  if (d < 0) return false;
  const sc = scaleAt(t, d);
  const lxd = wordAt(t, d);
  const isCurrency = (t.kind[d] === Tk.Sym && t.lex[d] !== Ch.Percent) || (lxd !== undefined && (lxd.currency !== '' || lxd.code || lxd.family !== ''));
  if (!sc && !isCurrency) {
    fail(d);
    return false;
  }
  f.mantissa = col.collective;
  f.approx = true;
  f.stepOverride = -1; // from the scale, in readScale
  if (sc) {
    f.scale = sc.scale;
    f.scaleTok = d;
    f.contextScale = sc.scaleSpelled && sc.scale >= 1e6;
    r.last = d;
  } else {
    r.last = c; // the currency is read after « de » by readUnit
  }
  return true;
}

/** A scale word or abbreviation after the number: « millions », « Md », « k » (before a currency only). */
function readScale(t: Tokens, r: Reading, f: Figure): boolean {
  if (f.scaleTok < 0) {
    const s = f.half ? skipHyphen(t, r.last + 1) : skipMarkup(t, r.last + 1);
    const sc = scaleAt(t, s);
    // Words take spelled scales (« trois millions »), never « mille » again nor an abbreviation (« trois M »).
    if (sc && !(sc.numKind === NumKind.Mille && r.inWords) && !(r.inWords && !sc.scaleSpelled)) {
      f.scale = sc.scale;
      f.scaleTok = s;
      f.contextScale = sc.scale >= 1e6 && !sc.scaleNeedsCurrency && sc.currency === '';
      r.needsCurrency = sc.scaleNeedsCurrency;
      if (sc.subunit) f.defaultCurrency = true; // « 12 centimes »: of the currency that follows, else the paragraph's
      if (sc.scaleApprox) f.approx = true;
      if (sc.currency) f.unit = sc.currency;
      r.last = s;
      if (f.half) f.stepOverride = sc.scale / 2;
    } else if (f.half) {
      return false;
    }
  }
  if (f.stepOverride === -1) f.stepOverride = Math.pow(10, Math.floor(Math.log10(f.mantissa))) * f.scale;
  return true;
}

/** « 1 milliard 200 millions », « deux millions trois cent mille euros », « un milliard et demi ». */
function readCompoundScale(t: Tokens, r: Reading, f: Figure): void {
  r.last = readCompound(t, f, r.last);
  const last = r.last;
  const et = wordAt(t, last + 1);
  if (et && et.canon === 'et' && isDemi(wordAt(t, last + 2)) && f.extra === 0 && !f.half && f.decimals === 0) {
    f.half = true;
    f.stepOverride = f.scale / 2;
    r.last = last + 2;
  }
}

/** The unit: the currency before the number, or one after it (« € », « d’euros », « balles », « de pesewas »), or a percent. */
function readUnit(t: Tokens, r: Reading, f: Figure): boolean {
  if (r.prefix) {
    if (f.unit && f.unit !== r.prefix) return false;
    f.unit = r.prefix;
    return true;
  }
  if (f.unit) return true;
  const n = skipMarkup(t, r.last + 1);
  const slang = wordAt(t, n);
  if (readCurrency(t, n, unit)) {
    f.unit = unit.code;
    r.last = unit.endTok;
  } else if (slang && slang.slang && !t.glued(n) && afterDe(t, n + 1) < 0 && !(t.glued(n + 1) && t.kind[n + 1] === Tk.Word)) {
    // « 10 balles »: money in the paragraph's currency, else euros.
    f.defaultCurrency = true;
    r.last = n;
  } else if (f.scaleTok >= 0 || f.approx || figureValue(f) >= 1e6) {
    readUnitAfterDe(t, r, f, n);
  }
  // « un pourcentage » is an article and a noun, « un pour cent » is 1 %.
  const percentNoun = r.loneOne && wordAt(t, n)?.percentWord === true;
  if (!f.unit && f.scaleTok < 0 && !f.half && !percentNoun && readPercent(t, n, unit)) {
    f.unit = '%';
    r.last = unit.endTok;
  }
  if (f.unit && f.unit !== '%') {
    // « $ usd »: a code repeating the symbol's currency.
    const lx = wordAt(t, r.last + 1);
    if (lx && lx.code && lx.currency === f.unit && !t.glued(r.last + 1)) r.last++;
    // « 15 dollars et 15 cents », « 3 € 50 »
    if (f.scale === 1 && f.decimals === 0 && !r.dotDecimal) r.last = readSubunit(t, f, r.last);
  }
  return true;
}

/**
 * After « de »: « 2 millions d’euros », « 1 200 000 de dollars », « 6,65 milliards de pesewas »; or the noun
 * the figure pays for (« 12 milliards d’économies », money) or counts (« 2 millions de visiteurs »).
 */
function readUnitAfterDe(t: Tokens, r: Reading, f: Figure, n: number): void {
  let d = afterDe(t, n);
  if (d < 0) return;
  d = skipMarkup(t, d);
  const sub = wordAt(t, d);
  if (readCurrency(t, d, unit)) {
    f.unit = unit.code;
    r.last = unit.endTok;
  } else if (sub && sub.scale === 0.01 && sub.currency && f.scaleTok >= 0 && !(t.glued(d + 1) && t.kind[d + 1] === Tk.Word)) {
    // Hundredths of the sub-unit's currency.
    f.scale *= 0.01;
    f.contextScale = false;
    f.unit = sub.currency;
    r.last = d;
  } else if (f.scaleTok >= 0 && f.scale >= 1) {
    // « les deux milliards de la stratégie », « 3 milliards de l’État »: « de » before an article says whose, not
    // what is counted; the figure stays bare, and the paragraph's currency may reach it.
    if (ownedBy(t, d)) return;
    // « 1,02 million de cette subvention », « 3 milliards de ses crédits »: a determiner before the noun.
    if (DETERMINERS.has(t.text.slice(t.start[d], t.end[d]).toLowerCase()) && d + 1 < t.n && t.kind[d + 1] === Tk.Word && !t.lineBreakBefore(d + 1)) d++;
    const noun = wordAt(t, d);
    const wholeWord = !(t.glued(d + 1) && t.kind[d + 1] === Tk.Word);
    if (noun && noun.purpose !== Purpose.None && wholeWord) f.defaultCurrency = true;
    else if (!(noun && noun.notCounted && wholeWord && afterDe(t, d + 1) < 0)) f.count = true;
  }
}

/** « de la stratégie », « de l’État », « du plan » (d at the article or at « du »'s noun): a noun that holds money, after an article. */
function ownedBy(t: Tokens, d: number): boolean {
  const article = wordAt(t, d);
  let noun = -1;
  if (article && article.canon === 'le' && !article.elided && !t.glued(d + 1)) noun = d + 1;
  else if (article && article.canon === 'le' && article.elided && t.isPunct(d + 1, Ch.Apostrophe) && t.glued(d + 1) && t.glued(d + 2)) noun = d + 2;
  if (noun < 0 || noun >= t.n || t.lineBreakBefore(noun)) return false;
  return wordAt(t, noun)?.holder === true;
}

/** Readings that are no figure after all; the caller resumes after them. */
function refused(t: Tokens, r: Reading, f: Figure): boolean {
  const after = r.last + 1;
  // « 10 k » alone is no amount; « 100k à 300k€ » lends the currency of its other end (links.ts).
  if (r.needsCurrency && (!f.unit || f.unit === '%') && !(f.unit === '' && rangeFollows(t, r.last))) return fail(after), true;
  if (r.power && !f.unit) return fail(after), true;
  // « 3.2 »: a version number, not a quantity.
  if (r.dotDecimal && !f.unit && f.scaleTok < 0 && !r.inCell) return fail(after), true;
  if (f.unit === '%' && f.approx) return true;
  // A lone « un »: an article.
  if (r.loneOne && !f.unit && f.scaleTok < 0 && !f.half) return fail(after), true;
  return false;
}

/** The figure's span, and what the words around it add: a label, a sign, a purpose. */
function readSurroundings(t: Tokens, r: Reading, f: Figure): void {
  if (f.scaleTok >= 0 || f.unit) f.yearLike = false;
  if (f.scaleTok >= 0 && f.unit && f.unit !== '%' && LEX[t.lex[f.scaleTok]].mm) {
    f.scale = mmFactor(t.text, f.unit);
    f.contextScale = false;
  }
  f.firstTok = r.first;
  f.lastTok = r.last;
  f.start = t.start[f.firstTok];
  f.end = t.end[r.last];
  // « article 12 », « programme 363 »; but « le département 18 millions » is an amount.
  f.label = !f.unit && f.scaleTok < 0 && labelBefore(t, f.firstTok);
  f.signQualifier = signBefore(t, f.firstTok);
  // « pour une population de 68 millions »: people counted, whatever currency the paragraph carries.
  if (!f.unit && f.scaleTok >= 0 && nounBeforeDe(t, f.firstTok, (lx) => lx.population)) f.count = true;
  // « un déficit de 150 milliards », « des économies supplémentaires de 5 milliards »
  if (!f.unit && !f.count && f.contextScale && purposeBefore(t, f.firstTok)) f.defaultCurrency = true;
  // « soustraire cinq pour cent »: the verb right before, on the same line.
  const v = f.firstTok - 1;
  if (f.unit === '%' && !f.signQualifier && v >= 0 && !t.lineBreakBefore(f.firstTok) && !t.glued(f.firstTok) && wordAt(t, v)?.subtracts === true) {
    f.subtracted = true;
    f.firstTok = v;
    f.start = t.start[v];
  }
}

/**
 * A sign right before the figure: « ~20 k€ », « \\~15k € » (Markdown-escaped),
 * « ≈ 3 M€ » (approximate), « > 100 M€ », « ≥ 5 % » (lower bound), « < 2 M€ » (upper bound).
 */
function signBefore(t: Tokens, first: number): Qualifier {
  const p = first - 1;
  if (p < 0 || t.kind[p] !== Tk.Punct) return null;
  const c = t.lex[p];
  let q: Qualifier;
  if (c === Ch.Tilde || c === Ch.AlmostEqual || c === Ch.TildeOperator) q = 'approximate';
  else if (c === Ch.Greater || c === Ch.GreaterOrEqual) q = 'lower-bound';
  else if (c === Ch.Less || c === Ch.LessOrEqual) q = 'upper-bound';
  else return null;
  // Not « 10~20 » (a range written with a tilde), nor the end of a tag (« <b>12 »).
  if (p > 0 && t.glued(p) && t.kind[p - 1] !== Tk.Punct) return null;
  if (p > 0 && t.glued(p) && t.lex[p - 1] !== Ch.Backslash && t.kind[p - 1] === Tk.Punct && (c === Ch.Greater || c === Ch.Less)) return null;
  return q;
}

/** Does « <money noun> [adjective] de » stand right before the figure? */
function purposeBefore(t: Tokens, first: number): boolean {
  return nounBeforeDe(t, first, (lx) => lx.purpose === Purpose.Always);
}

/** Does « <noun> [adjective] de », with a noun `is` accepts, stand right before the figure? */
function nounBeforeDe(t: Tokens, first: number, is: (lx: Lexeme) => boolean): boolean {
  let p = first - 1;
  if (t.isPunct(p, Ch.Apostrophe) && t.glued(p)) p--;
  const de = wordAt(t, p);
  if (!de || de.canon !== 'de' || (de.elided && !t.isPunct(p + 1, Ch.Apostrophe))) return false;
  for (let q = p - 1; q >= p - 2 && q >= 0; q--) {
    if (t.kind[q] !== Tk.Word) return false;
    const lx = wordAt(t, q);
    if (lx && is(lx)) return true;
    if (lx && (lx.numKind !== NumKind.None || lx.canon === 'de' || lx.canon === 'le' || lx.canon === 'des' || lx.canon === 'du' || lx.canon === 'a')) return false;
  }
  return false;
}

/** Is token k a sub-unit word (cent, cents, centime, centimes)? */
function isSubunitWord(t: Tokens, k: number): boolean {
  const lx = wordAt(t, k);
  return lx !== undefined && (lx.canon === 'cent' || lx.canon === 'centime');
}

/**
 * Cents after the currency: « et 15 cents », « et quarante-cinq centimes »,
 * « 23 cents », or two digits closing the phrase (« 3 € 50. »).
 */
function readSubunit(t: Tokens, f: Figure, last: number): number {
  let k = last + 1;
  if (k >= t.n || t.lineBreakBefore(k)) return last;
  const et = wordAt(t, k);
  const withEt = et !== undefined && et.canon === 'et';
  if (withEt) k++;
  let cents = -1;
  let end = -1;
  if (k < t.n && t.kind[k] === Tk.Num && !t.glued(k)) {
    if (t.digits(k) > 2) return last;
    readDigits(t, k, digits2);
    if (!digits2.ok || digits2.endTok !== k || digits2.decimals > 0) return last;
    cents = digits2.mantissa;
    end = k;
    if (isSubunitWord(t, k + 1) && !t.glued(k + 1)) end = k + 1;
    else {
      // Two bare digits right after the currency (« 3 € 50. », « 15 dollars et 15. »): only when the phrase
      // ends there, and not the other end of « entre 10 euros et 20 ».
      if (t.digits(k) !== 2) return last;
      if (withEt) {
        const before = wordAt(t, f.firstTok - 1);
        if (before && before.canon === 'entre') return last;
      }
      const n = k + 1;
      if (n < t.n && !t.lineBreakBefore(n)) {
        if (t.kind[n] !== Tk.Punct) return last;
        const c = t.lex[n];
        if (c === Ch.Comma || c === Ch.Dot) {
          if (t.glued(n + 1) && t.kind[n + 1] === Tk.Num) return last;
        } else if (c !== Ch.Semicolon && c !== Ch.Colon && c !== Ch.RightParen && c !== Ch.Exclamation && c !== Ch.Question) return last;
      }
    }
  } else {
    const lx = wordAt(t, k);
    if (!lx || lx.numKind === NumKind.None) return last;
    readWords(t, k, words2);
    if (!words2.ok) return last;
    // « quarante-cinq cents » reads as 4 500 in isolation; here « cents » is the sub-unit.
    const endLex = wordAt(t, words2.endTok);
    if (endLex && endLex.numKind === NumKind.Cent && endLex.canon === 'cent' && t.end[words2.endTok] - t.start[words2.endTok] === 5 && words2.value >= 100 && words2.value % 100 === 0) {
      cents = words2.value / 100;
      end = words2.endTok;
    } else if (isSubunitWord(t, words2.endTok + 1)) {
      cents = words2.value;
      end = words2.endTok + 1;
    } else return last;
  }
  if (cents < 0 || cents > 99) return last;
  f.mantissa = f.mantissa * 100 + cents;
  f.decimals = 2;
  f.unitStep = 0.01;
  return end;
}

let mmDocument = 0;

/** Called once per text: « MM » is decided again for the next one. */
export function newDocument(): void {
  mmDocument = 0;
}

/**
 * What « MM » stands for in this text: a document that glosses it (« MM€
 * (millions d’euros) », « MM = milliard ») is taken at its word; otherwise
 * it is a milliard, the French banking convention (mille millions), except
 * with a dollar, where American use reads a million (« $5MM »).
 */
function mmFactor(text: string, currency: string): number {
  if (mmDocument === 0) mmDocument = mmGloss(text);
  if (mmDocument > 1) return mmDocument;
  return currency === 'USD' || currency === 'CAD' || currency === 'AUD' || currency === 'NZD' || currency === 'HKD' || currency === 'SGD' ? 1e6 : 1e9;
}

/** 1e6 or 1e9 when a « MM » of the text is followed within a few words by « million » or « milliard »; else 1. */
function mmGloss(text: string): number {
  let from = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const at = text.indexOf('MM', from);
    if (at < 0) return 1;
    from = at + 2;
    const end = Math.min(text.length, at + 48);
    let window = '';
    for (let i = at + 2; i < end; i++) window += String.fromCharCode(fold(text.charCodeAt(i)));
    const mi = window.indexOf('million');
    const md = window.indexOf('milliard');
    if (mi >= 0 && (md < 0 || mi < md) && !hasDigitBefore(window, mi)) return 1e6;
    if (md >= 0 && !hasDigitBefore(window, md)) return 1e9;
  }
  return 1;
}

/** A digit in window[0, at): the scale word belongs to another figure (« 3 MM€ et 200 millions »), not to a gloss. */
function hasDigitBefore(window: string, at: number): boolean {
  for (let i = 0; i < at; i++) {
    const c = window.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** « à », « - », « et », « ou » right after token `last`, then a number: the figure may be one end of a range. */
function rangeFollows(t: Tokens, last: number): boolean {
  const k = last + 1;
  if (k + 1 >= t.n || t.lineBreakBefore(k)) return false;
  if (t.kind[k] === Tk.Punct) {
    if (t.lex[k] !== Ch.Hyphen && t.lex[k] !== Ch.EnDash) return false;
  } else {
    const lx = wordAt(t, k);
    if (!lx || (lx.canon !== 'a' && lx.canon !== 'et' && lx.canon !== 'ou')) return false;
  }
  return t.kind[k + 1] === Tk.Num;
}

/**
 * The closing bracket of « (restatement) » right after token `last` when it holds the number `value` again, else -1.
 * When it holds another number and a currency or a scale follows the bracket, the bracket is the figure's too, and
 * that number goes to `f.restatedValue` (« 25 000 (vingt mille) euros »).
 */
function restated(t: Tokens, last: number, value: number, f: Figure): number {
  const open = last + 1;
  if (!t.isPunct(open, Ch.LeftParen) || open + 2 >= t.n || t.lineBreakBefore(open + 1)) return -1;
  const k = open + 1;
  let end: number;
  let v: number;
  if (t.kind[k] === Tk.Num) {
    readDigits(t, k, digits2);
    if (!digits2.ok) return -1;
    end = digits2.endTok;
    v = digits2.mantissa / POW10[digits2.decimals];
  } else {
    const lx = wordAt(t, k);
    if (!lx || lx.numKind === NumKind.None) return -1;
    readWords(t, k, words2);
    if (!words2.ok) return -1;
    end = words2.endTok;
    v = words2.value;
  }
  if (!t.isPunct(end + 1, Ch.RightParen)) return -1;
  if (Math.abs(v - value) < 1e-9) return end + 1;
  const after = end + 2;
  if (after >= t.n || t.lineBreakBefore(after) || !(readCurrency(t, after, probeUnit) || scaleAt(t, after))) return -1;
  f.restatedValue = v;
  f.restatedStart = t.start[k];
  f.restatedEnd = t.end[end];
  return end + 1;
}

/** Reads « N scale » parts smaller than the figure's scale; returns the new last token. */
function readCompound(t: Tokens, f: Figure, last: number): number {
  let current = f.scale;
  for (let guard = 0; guard < 4; guard++) {
    const n = last + 1;
    if (n >= t.n || t.glued(n) || t.lineBreakBefore(n)) return last;
    let value: number;
    let end: number;
    let isWords = false;
    if (t.kind[n] === Tk.Num) {
      readDigits(t, n, digits2);
      if (!digits2.ok || digits2.decimals > 0 || digits2.dotDecimal || digits2.mantissa >= current || digits2.mantissa === 0) return last;
      if (t.glued(digits2.endTok + 1)) return last;
      // « 2 millions 300 000 euros »: a grouped number below the scale closes the compound before its currency.
      if (digits2.mantissa >= 1000) {
        if (f.decimals > 0) return last;
        if (!readCurrency(t, digits2.endTok + 1, probeUnit)) {
          // « 2 millions 300 000 habitants »: one number that counts something.
          if (t.kind[digits2.endTok + 1] === Tk.Word && !t.lineBreakBefore(digits2.endTok + 1)) f.count = true;
          return last;
        }
        f.extra += digits2.mantissa;
        f.unitStep = 1;
        f.stepOverride = 1;
        return digits2.endTok;
      }
      value = digits2.mantissa;
      end = digits2.endTok;
    } else {
      const lx = wordAt(t, n);
      if (!lx || lx.numKind === NumKind.None) return last;
      readWords(t, n, words2);
      if (!words2.ok || words2.loneOne) return last;
      value = words2.value;
      end = words2.endTok;
      isWords = true;
    }
    const sc = scaleAt(t, end + 1);
    if (sc && sc.scaleSpelled && sc.scale >= 1e3 && sc.scale < current) {
      if (f.decimals > 0) return last;
      f.extra += value * sc.scale;
      current = sc.scale;
      f.unitStep = 1;
      f.stepOverride = sc.scale;
      last = end + 1;
      continue;
    }
    if (isWords && value * 1 < current && !sc) {
      // Words without a scale close the compound: « deux millions trois cent mille euros ».
      if (f.decimals > 0) return last;
      if (!readCurrency(t, end + 1, probeUnit)) {
        // « un million deux cent mille repas »: one number that counts something, as with digits above.
        if (t.kind[end + 1] === Tk.Word && !t.lineBreakBefore(end + 1)) f.count = true;
        return last;
      }
      f.extra += value;
      f.stepOverride = words2.step;
      return end;
    }
    return last;
  }
  return last;
}

/** Does the figure follow a noun that numbers things (« article 12 », « PIA 4 », « France 2030 »)? */
function labelBefore(t: Tokens, first: number): boolean {
  let p = first - 1;
  // « art. 12 », « n° 5 »
  if (p >= 0 && t.kind[p] === Tk.Punct && (t.lex[p] === Ch.Dot || t.lex[p] === Ch.Degree || t.lex[p] === Ch.MasculineOrdinal) && t.glued(p)) p--;
  if (p < 0 || t.kind[p] !== Tk.Word) return false;
  if (t.glued(p + 1) && p + 1 === first) return false;
  const id = t.lex[p];
  if (id >= 0) return LEX[id].identifier;
  // An unknown capitalised word that does not open a sentence, or an acronym.
  const text = t.text;
  const c0 = text.charCodeAt(t.start[p]);
  const upper = (c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 <= 0xde && c0 !== 0xd7);
  if (!upper) return false;
  let caps = 0;
  const len = t.end[p] - t.start[p];
  for (let q = t.start[p]; q < t.end[p]; q++) {
    const c = text.charCodeAt(q);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) caps++;
  }
  if (len >= 2 && caps === len) return true;
  // Sentence start: nothing before, or a sentence-ending mark.
  const b = p - 1;
  if (b < 0) return false;
  if (t.kind[b] === Tk.Punct) {
    const c = t.lex[b];
    if (
      c === Ch.Dot || c === Ch.Exclamation || c === Ch.Question || c === Ch.Colon || c === Ch.Ellipsis || c === Ch.LeftGuillemet || c === Ch.RightGuillemet ||
      c === Ch.Quote || c === Ch.LeftDoubleQuote || c === Ch.LeftParen || c === Ch.EnDash || c === Ch.Hyphen || c === Ch.Pipe || c === Ch.Asterisk || c === Ch.Semicolon
    )
      return false;
  }
  if (t.lineBreakBefore(p)) return false;
  return true;
}
