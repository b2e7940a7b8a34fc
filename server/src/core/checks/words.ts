// The prose around figures, cut into items the checks can compare: folded
// words (lower case, no accents, « ’ » read as « ' », elisions split off:
// « d’euros » → « d' », « euros »), punctuation, and the figures themselves
// (an amount, a range of two amounts, or a percentage) as single items. One
// pass over each sentence; no regular expression touches the user's text.

import { Amount, Percentage, Span } from '../types';
import { isBlank, isLetter } from '../structure';

export type Item =
  | { kind: 'word'; start: number; end: number; f: string; raw: string }
  | { kind: 'punct'; start: number; end: number; ch: string }
  | { kind: 'amount'; start: number; end: number; index: number; /** The high end, for a range written « 3 à 4 milliards ». */ high?: number }
  | { kind: 'percent'; start: number; end: number; index: number };

import { foldChar, foldString } from '../text/fold';

export { foldChar, foldString };

function isApostrophe(c: number): boolean {
  return c === 0x2019 || c === 0x27 || c === 0x2018 || c === 0x2bc;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 0x2d /* - */;
}

/**
 * Items of `span`: words and punctuation outside figures, figures as one item.
 * `amounts` and `percentages` are sorted by start; `from` hints where to start looking.
 */
/** A character at `at` that is part of a word or a figure (not a blank, not an end of the text). */
function touchesText(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return isWordChar(c) || (c >= 48 && c <= 57) || c === 8364 || c === 37;
}

export function itemize(text: string, span: Span, amounts: readonly Amount[], percentages: readonly Percentage[]): Item[] {
  const figures: Item[] = [];
  let ai = lowerBound(amounts, span.start);
  for (; ai < amounts.length && amounts[ai].start < span.end; ai++) {
    const a = amounts[ai];
    if (a.end > span.end) break;
    if (a.range && a.range.role === 'low' && a.range.other > ai && a.range.other < amounts.length && amounts[a.range.other].end <= span.end) {
      const hi = a.range.other;
      figures.push({ kind: 'amount', start: a.start, end: amounts[hi].end, index: ai, high: hi });
      ai = hi;
      continue;
    }
    figures.push({ kind: 'amount', start: a.start, end: a.end, index: ai });
  }
  let pi = lowerBound(percentages, span.start);
  for (; pi < percentages.length && percentages[pi].start < span.end; pi++) {
    const p = percentages[pi];
    if (p.end > span.end) break;
    figures.push({ kind: 'percent', start: p.start, end: p.end, index: pi });
  }
  figures.sort((x, y) => x.start - y.start);

  const items: Item[] = [];
  let fi = 0;
  let i = span.start;
  while (i < span.end) {
    if (fi < figures.length && i >= figures[fi].start) {
      const f = figures[fi++];
      if (f.end > i) items.push(f);
      i = Math.max(i, f.end);
      continue;
    }
    const limit = fi < figures.length ? figures[fi].start : span.end;
    const c = text.charCodeAt(i);
    // Blanks, line breaks and control characters (a NUL run in a broken file) are no items.
    if (isBlank(c) || c < 32 || (c >= 0x7f && c <= 0x9f)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i;
      let plain = true;
      while (j < limit && isWordChar(text.charCodeAt(j))) {
        const d = text.charCodeAt(j++);
        if (d >= 128 || (d >= 65 && d <= 90)) plain = false;
      }
      // One copy of the word: the folded form is the written one when it is plain lower-case ASCII.
      const written = text.slice(i, j);
      let f = plain ? written : foldString(written);
      let raw = written;
      // An elision keeps its apostrophe and stands alone: « d’ », « l’ », « qu’ », « jusqu’ ». Another word's apostrophe
      // is part of a name: « Innov’Est », « O’Neil ».
      if (j < limit && isApostrophe(text.charCodeAt(j))) {
        const n = text.charCodeAt(j + 1);
        if (j + 1 === limit || isLetter(n) || (n >= 48 && n <= 57)) {
          if (ELIDED.has(f)) {
            j++;
            f += "'";
            raw = text.slice(i, j);
          } else if (isLetter(n)) {
            // The name goes on after the apostrophe, as one word.
            let e = j + 1;
            while (e < limit && isWordChar(text.charCodeAt(e))) e++;
            const whole = text.slice(i, e);
            f = foldString(whole.replace(/[’‘ʼ]/g, "'"));
            raw = whole;
            j = e;
          }
        }
      }
      items.push({ kind: 'word', start: i, end: j, f, raw });
      i = j;
      continue;
    }
    // A run of one sign (« ---- », « ..... », « ===== ») is one item: what a run means is its sign, and one
    // item per character would cost memory in proportion to a decorative line.
    let j = i + 1;
    while (j < limit && text.charCodeAt(j) === c) j++;
    // « **7 420** licenciés, dont **7 960** collégiens »: emphasis (a run of « * » or « _ » touching a word or a figure)
    // is no item — the relations read the words it marks as they read plain text.
    if ((c === 42 || c === 95) && j - i <= 3 && (touchesText(text, i - 1) || touchesText(text, j))) {
      i = j;
      continue;
    }
    items.push({ kind: 'punct', start: i, end: j, ch: text.charAt(i) });
    i = j;
  }
  // « un euro sur huit », « 1 € sur 5 »: a proportion, no amount of money — one word of the sentence.
  for (let k = 0; k + 2 < items.length; k++) {
    const it = items[k];
    const of = items[k + 2];
    if (it.kind === 'amount' && amounts[it.index].value === 1 && isWord(items[k + 1], 'sur') && (isCardinal(of) || of.kind === 'amount')) {
      items[k] = { kind: 'word', start: it.start, end: it.end, f: 'un', raw: text.slice(it.start, it.end) };
      // The recogniser may carry the currency on to the cardinal (« sur huit »): it is a number of the proportion.
      if (of.kind === 'amount') items[k + 2] = { kind: 'word', start: of.start, end: of.end, f: foldString(text.slice(of.start, of.end)), raw: text.slice(of.start, of.end) };
    }
  }
  return items;
}

/** Cardinals written as words, and digits: what « sur » takes in a proportion (« un sur huit »). */
const CARDINALS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'cent', 'mille']);

function isCardinal(it: Item | undefined): boolean {
  if (!it || it.kind !== 'word') return false;
  const c = it.f.charCodeAt(0);
  return (c >= 48 && c <= 57) || CARDINALS.has(it.f);
}

/** Words French writes elided before a vowel (folded): « l’ », « d’ », « qu’ », « jusqu’ », « aujourd’ ». */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu', 'aujourd', 'entr', 'prud']);

/** First index whose span starts at or after `offset`, in a list sorted by start. */
export function lowerBound(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that hedge or introduce a figure and may sit between a cue and the figure it governs. */
export const FIGURE_LEAD = new Set([
  'pres', 'de', "d'", 'plus', 'moins', 'environ', 'quelque', 'au', "jusqu'", 'jusqu', 'a', 'un', 'peu', 'seulement', 'seul', 'seuls',
  'seule', 'seules', 'deja', "l'", 'ordre', 'presque', 'quasiment', 'approximativement', 'autour', 'du', 'non', 'loin', 'pas', 'moins',
  'encore', 'bien', 'tout', 'juste', 'quelques', 'entre',
]);

/** Month names as words are folded: a number before one is a day, a year after one a date. */
export const MONTHS: readonly string[] = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** A year written alone, 1900–2099: « 2019 ». */
export function isYearItem(item: Item | undefined): item is Item & { kind: 'word' } {
  return !!item && item.kind === 'word' && item.f.length === 4 && (item.f.startsWith('19') || item.f.startsWith('20')) && !Number.isNaN(Number(item.f));
}

/** A season written as two years in a row: « 2023-2024 », « 2023-24 » (a school or sports year), which dates a figure as a year does. */
export function isSeasonItem(item: Item | undefined): boolean {
  if (!item || item.kind !== 'word') return false;
  const f = item.f;
  if ((f.length !== 9 && f.length !== 7) || f.charCodeAt(4) !== 45) return false;
  const first = Number(f.slice(0, 4));
  const second = Number(f.slice(5));
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 1900 || first > 2099) return false;
  return f.length === 9 ? second === first + 1 : second === (first + 1) % 100;
}

/** Participles of founding: « lancé en 2018 », « créée en 2020 ». */
const FOUNDED = ['lance', 'lancee', 'lances', 'lancees', 'cree', 'creee', 'crees', 'creees', 'institue', 'instituee', 'instaure', 'instauree', 'ne', 'nee'];

/** The year at item k is a founding date (« Créée en 2018, l’agence … »): it dates the thing, not its figures. */
export function foundingYearAt(items: readonly Item[], k: number): boolean {
  return isWord(items[k - 1], 'en', 'depuis') && isWord(items[k - 2], ...FOUNDED);
}

export function isWord(item: Item | undefined, ...words: string[]): boolean;
// Read through `arguments`: the checks call this hundreds of times per sentence, and a rest array allocated per call
// showed in profiles; V8 reads `arguments` by index without building it.
export function isWord(item: Item | undefined): boolean {
  if (!item || item.kind !== 'word') return false;
  const f = item.f;
  for (let i = 1; i < arguments.length; i++) if (arguments[i] === f) return true;
  return false;
}

export function isPunct(item: Item | undefined, ...chars: string[]): boolean {
  return !!item && item.kind === 'punct' && chars.includes(item.ch);
}

/** True when the words `seq` appear at `items[at]` onwards. */
export function matchWords(items: readonly Item[], at: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) {
    const it = items[at + k];
    if (!it || it.kind !== 'word' || it.f !== seq[k]) return false;
  }
  return true;
}

/** Where the sentence's words start, past opening quotes, bullets and markup. */
export function firstIndex(items: readonly Item[]): number {
  let k = 0;
  while (k < items.length && items[k].kind === 'punct') k++;
  return k;
}
