// An amount spelled out in words (« deux millions quatre cent mille euros ») is
// how a writer states, formally and once more, an amount the document gives
// in digits: a deliberation's « la somme de 2 400 000 € (deux millions quatre
// cent mille euros) », a press release's title figure said again in words
// below. When the document's only amount in digits of the same size differs
// from the spelled one beyond its rounding, one of the two forms is wrong,
// wherever in the document they stand. Each chunk notes what the check needs
// of its amounts' sentences (their year and bases); the check runs once on the
// whole document's amounts (checks/run.ts, analyzer.ts).

import { Amount } from '../../types';
import { Figure, Restatement, figureOf } from '../model';
import { Sentence } from '../sentences';
import { basesNamed, yearOfView } from './region';
import { hasDigit, isBlank } from '../../text/chars';

/** How many amounts in words a document's check reads: each one scans the amounts once, so the work stays linear. */
const MAX_WORDED = 32;

/** How far the amount in digits may stand from the one in words and still be its other form (a slip of one digit). */
const NEAR_BELOW = 0.65;
const NEAR_ABOVE = 1.5;

/** Words of a spelled amount that are no number: the currency and its scale's particle. */
const NOT_NUMERALS: ReadonlySet<string> = new Set(['euros', 'euro', "d'euros", 'd’euros', 'de', 'd', '€']);

/** Set in an amount's bases when its sentence names two bases or more (« … hors taxes, soit 420 000 € TTC »). */
const SEVERAL_BASES = 1 << 30;

/**
 * What the check reads of each amount of a chunk, in the amounts' order: the one year its sentence is dated by (0 for
 * none or several) and the bases its sentence names (bits of the cue values, SEVERAL_BASES when two or more).
 */
export interface AmountContexts {
  years: Int32Array;
  bases: Int32Array;
  /** How many of the amounts are spelled out: the check costs nothing in a document with none. */
  spelled: number;
}

const NO_AMOUNT_CONTEXTS: AmountContexts = { years: new Int32Array(0), bases: new Int32Array(0), spelled: 0 };

/**
 * An amount written in words only, of three number words or more (« trois cent cinquante mille euros »): a round « un
 * million d’euros » or « trois millions » may be said loosely, a compound one is written to be exact.
 */
function spelledOut(a: Amount): boolean {
  if (hasDigit(a.text) || a.range || a.qualifier !== null) return false;
  // Words cut at blanks and hyphens (« vingt-sept » is two numbers).
  let numerals = 0;
  let from = 0;
  const text = a.text.toLowerCase();
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== 45) continue;
    if (i > from && !NOT_NUMERALS.has(text.slice(from, i))) numerals++;
    from = i + 1;
  }
  return numerals >= 3;
}

/** The contexts of a chunk's amounts, read from its sentences (both lists in text order). */
export function amountContextsOf(amounts: readonly Amount[], sentences: readonly Sentence[]): AmountContexts {
  let spelled = 0;
  for (const a of amounts) if (spelledOut(a)) spelled++;
  if (amounts.length === 0) return NO_AMOUNT_CONTEXTS;
  const years = new Int32Array(amounts.length);
  const bases = new Int32Array(amounts.length);
  let s = 0;
  // Each sentence is read once, however many amounts it holds.
  let read = -1;
  let year = 0;
  let bits = 0;
  for (let i = 0; i < amounts.length; i++) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= amounts[i].start) s++;
    const sent = sentences[s];
    if (!sent || sent.start > amounts[i].start) continue;
    if (read !== s) {
      read = s;
      year = yearOfView(sent) ?? 0;
      const named = basesNamed(sent);
      bits = 0;
      for (const b of named) bits |= 1 << Math.min(b, 29);
      if (named.size >= 2) bits |= SEVERAL_BASES;
    }
    years[i] = year;
    bases[i] = bits;
  }
  return { years, bases, spelled };
}

/** The contexts of chunks joined in the order their amounts are. */
export function joinAmountContexts(list: readonly AmountContexts[]): AmountContexts {
  let n = 0;
  let spelled = 0;
  for (const c of list) {
    n += c.years.length;
    spelled += c.spelled;
  }
  const years = new Int32Array(n);
  const bases = new Int32Array(n);
  let at = 0;
  for (const c of list) {
    years.set(c.years, at);
    bases.set(c.bases, at);
    at += c.years.length;
  }
  return { years, bases, spelled };
}

/** The figure of the amount at `index` in `amounts`. */
function figureAt(amounts: readonly Amount[], index: number): Figure {
  const a = amounts[index];
  return figureOf(amounts, { kind: 'amount', start: a.start, end: a.end, index });
}

/** Whether amounts i and j may be one amount's two forms: no sentence of two bases, the same bases, no two years. */
function sameFrame(c: AmountContexts, i: number, j: number): boolean {
  if ((c.bases[i] | c.bases[j]) & SEVERAL_BASES) return false;
  if (c.bases[i] !== c.bases[j]) return false;
  return !(c.years[i] && c.years[j] && c.years[i] !== c.years[j]);
}

/** The spelled amounts of a document and the one amount in digits each restates, when they differ (see above). */
export function wordedRestatements(amounts: readonly Amount[], contexts: AmountContexts): Restatement[] {
  const out: Restatement[] = [];
  if (contexts.spelled === 0 || contexts.years.length !== amounts.length) return out;
  let read = 0;
  for (let i = 0; i < amounts.length && read < MAX_WORDED; i++) {
    const w = amounts[i];
    if (!spelledOut(w)) continue;
    read++;
    const words = figureAt(amounts, i);
    let near = -1;
    let nearCount = 0;
    let same = false;
    for (let j = 0; j < amounts.length && !same; j++) {
      const d = amounts[j];
      if (j === i || d.currency !== w.currency || !hasDigit(d.text) || d.range) continue;
      const f = figureAt(amounts, j);
      // (« 2 400 000 € » somewhere as well: the spelled amount restates that one.)
      if (f.lo <= words.hi && words.lo <= f.hi) same = true;
      else if (d.value >= w.value * NEAR_BELOW && d.value <= w.value * NEAR_ABOVE) {
        near = j;
        nearCount++;
      }
    }
    if (same || nearCount !== 1) continue;
    const d = amounts[near];
    // (« 27 350 € (vingt-sept mille trois cent cinquante euros) »: an amount already restated in words beside it is not
    // the one another spelled amount restates.)
    if (d.qualifier !== null || d.restated || !sameFrame(contexts, i, near)) continue;
    const digits = figureAt(amounts, near);
    out.push(d.start < w.start ? { first: digits, second: words } : { first: words, second: digits });
  }
  return out;
}
