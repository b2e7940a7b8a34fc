// Elliptical series: after an amount, French drops the scale and the currency
// from the figures that follow in the same pattern.
//
//   « 1,5 milliard d’euros en 2025, 2 en 2026, 2,5 en 2027 »      (each figure dated)
//   « 60 M€ : 30 pour l’État, 20 pour la région et 10 pour l’Europe » (each figure for someone)
//   « 2,3 M€ en 2023. En 2024, 800 000 ont été inscrits »           (dated the other way round)
//   « 1 142 euros par habitant contre 1 333 pour la strate »        (a comparison)
//   « 31 millions d’euros sur les 34 investis »                      (a part of a whole)
//
// A bare figure joins the series of the nearest amount before it when both
// stand in the same pattern (dated by « en 2026 » or « En 2024, », or given
// « pour » / « à » someone), in the same sentence (a dated one may be in the
// next). It takes the amount's currency (inferred: it is not written there)
// and, when its number is small (« 2 » after « 1,5 milliard »), its scale.
// The year itself (« en 2026 ») is never an amount; a figure followed by a
// noun (« 3 projets ») is a count and joins nothing. One pass over a block's
// figures.

import { Span } from '../types';
import { indexAt } from '../structure';
import { Figure, figureNumber, figureValue } from './figure';
import { Tk, Tokens } from './tokens';
import { wordAt } from './units';
import { appendDigits } from './digits';

const enum Pattern {
  None = 0,
  /** « … en 2026 », « En 2024, … » */
  Dated = 1,
  /** « … pour l’État », « … à la région » */
  For = 2,
}

function isYear(t: Tokens, k: number): boolean {
  if (k < 0 || k >= t.n || t.kind[k] !== Tk.Num || t.digits(k) !== 4 || (t.glued(k + 1) && t.kind[k + 1] !== Tk.Punct)) return false;
  const v = appendDigits(t, k, 0);
  return v >= 1800 && v <= 2199;
}

function canonAt(t: Tokens, k: number): string {
  const lx = wordAt(t, k);
  return lx ? lx.canon : '';
}

/** What follows the figure ending at token `last`: « en 2026 » / « pour 2026 » (dated), « pour … » / « à … » (for someone). */
function tail(t: Tokens, last: number): Pattern {
  const k = last + 1;
  if (k >= t.n || t.lineBreakBefore(k)) return Pattern.None;
  const w = canonAt(t, k);
  if ((w === 'en' || w === 'pour' || w === 'au' || w === 'des') && isYear(t, k + 1)) return Pattern.Dated;
  if (w === 'pour' || w === 'au' || w === 'aux') return Pattern.For;
  if (w === 'a') {
    // « 20 à la région », « 10 à l’Europe », not « 20 à 30 ».
    const n = canonAt(t, k + 1);
    return n === 'le' || n === 'les' ? Pattern.For : Pattern.None;
  }
  return Pattern.None;
}

/** « En 2024, 800 000 … »: a year phrase right before the figure. */
function datedBefore(t: Tokens, first: number): boolean {
  let p = first - 1;
  if (t.isPunct(p, 44) || t.isPunct(p, 58)) p--;
  if (!isYear(t, p)) return false;
  const w = canonAt(t, p - 1);
  return w === 'en' || w === 'pour' || w === 'au' || w === 'des';
}

/** Does a separator of a series (« , », « ; », « : », « et », « ou », « puis ») stand right before the figure? */
function afterSeparator(t: Tokens, first: number): boolean {
  const p = first - 1;
  if (p < 0) return false;
  if (t.kind[p] === Tk.Punct) {
    const c = t.lex[p];
    return c === 44 || c === 59 || c === 58 || c === 0x2013;
  }
  const w = canonAt(t, p);
  return w === 'et' || w === 'ou' || w === 'puis' || w === 'contre';
}

/** Nothing that could be a counted noun right after the figure: punctuation, a conjunction, a verb, or the end. */
function nothingCounted(t: Tokens, last: number): boolean {
  const k = last + 1;
  if (k >= t.n || t.lineBreakBefore(k)) return true;
  if (t.kind[k] === Tk.Punct) return t.lex[k] !== 45 && t.lex[k] !== 0x2013 ? true : false;
  if (t.kind[k] !== Tk.Word) return false;
  const lx = wordAt(t, k);
  return lx !== undefined && (lx.verb || lx.canon === 'et' || lx.canon === 'ou');
}

const enum Compare {
  None = 0,
  /** « contre 1 333 » */
  Versus = 1,
  /** « sur les 34 »: the whole the amount is part of */
  Whole = 2,
}

/** « contre 1 333 », « sur les 34 », « sur 34 »: a figure set against the amount just before it. */
function compared(t: Tokens, first: number): Compare {
  let p = first - 1;
  let w = canonAt(t, p);
  if (w === 'contre') return Compare.Versus;
  if (w === 'les' || w === 'le') w = canonAt(t, --p);
  return w === 'sur' ? Compare.Whole : Compare.None;
}

/** Could this figure join a series (checked while scanning, before it is kept)? */
export function mayJoinSeries(t: Tokens, f: Figure): boolean {
  if (f.unit !== '' || f.scaleTok >= 0 || f.yearLike || f.label || f.count) return false;
  return (
    tail(t, f.lastTok) !== Pattern.None ||
    (datedBefore(t, f.firstTok) && nothingCounted(t, f.lastTok)) ||
    (compared(t, f.firstTok) !== Compare.None && nothingCounted(t, f.lastTok))
  );
}

/** The pattern an amount stands in, for the figures after it. */
function anchorPattern(t: Tokens, f: Figure): Pattern {
  const p = tail(t, f.lastTok);
  if (p !== Pattern.None) return p;
  if (datedBefore(t, f.firstTok)) return Pattern.Dated;
  // « 60 M€ : 30 pour l’État, … »
  if (t.isPunct(f.lastTok + 1, 58)) return Pattern.For;
  return Pattern.None;
}

/** A year named as a date (« en 2026 », « dès 2027 », « pour 2025 »), which a series may hold between its figures. */
function datingYear(t: Tokens, k: number): boolean {
  if (!isYear(t, k)) return false;
  const w = canonAt(t, k - 1);
  return w === 'en' || w === 'pour' || w === 'au' || w === 'des';
}

/** A footnote mark: « [1] », « [^2] », « (3) » glued around a short number. */
function footnote(t: Tokens, k: number): boolean {
  if (t.digits(k) > 2 || !t.glued(k) || !t.glued(k + 1)) return false;
  const open = t.lex[k - 1];
  const close = t.lex[k + 1];
  if (t.kind[k - 1] !== Tk.Punct || t.kind[k + 1] !== Tk.Punct) return false;
  return ((open === 91 || open === 94) && close === 93) || (open === 40 && close === 41);
}

/**
 * Gives the bare figures of one block that continue a series their amount
 * opens. Between two members only words, punctuation and dating years may
 * stand: any other number (« 4 projets ») ends the series.
 */
export function joinSeries(t: Tokens, figs: readonly Figure[], count: number, sentences: readonly Span[]): void {
  // Most blocks have no bare figure left: nothing to do.
  let candidates = false;
  for (let i = 1; i < count && !candidates; i++) {
    const f = figs[i];
    candidates = f.unit === '' && f.scaleTok < 0 && !f.yearLike && !f.label && !f.count;
  }
  if (!candidates) return;
  let anchor = -1;
  let pattern = Pattern.None;
  let anchorSentence = -1;
  let scanned = 0; // tokens before this are accounted for
  let colon = false; // a colon since the anchor (« 90 M€ se répartit ainsi : 45 pour… »)
  let broken = false; // another number since the last member
  for (let i = 0; i < count; i++) {
    const f = figs[i];
    // What stands between the last member and this figure.
    for (let k = Math.max(scanned, anchor >= 0 ? figs[anchor].lastTok + 1 : scanned); k < f.firstTok; k++) {
      if (t.kind[k] === Tk.Num && !datingYear(t, k) && !footnote(t, k)) broken = true;
      else if (t.isPunct(k, 58)) colon = true;
    }
    scanned = Math.max(scanned, f.lastTok + 1);
    if (f.unit !== '' && !f.count) {
      if (f.seriesMember) continue;
      anchor = i;
      pattern = anchorPattern(t, f);
      anchorSentence = indexAt(sentences, f.start);
      colon = t.isPunct(f.lastTok + 1, 58);
      broken = false;
      continue;
    }
    if (f.yearLike && f.unit === '' && datingYear(t, f.firstTok)) continue; // « en 2026 » between members
    if (anchor < 0 || broken || f.unit !== '' || f.scaleTok >= 0 || f.yearLike || f.label || f.count) {
      broken = anchor >= 0;
      continue;
    }
    const a = figs[anchor];
    const sentence = indexAt(sentences, f.start);
    const own = tail(t, f.lastTok);
    let joins = false;
    const compare = i === anchor + 1 && sentence === anchorSentence ? compared(t, f.firstTok) : Compare.None;
    if (compare !== Compare.None && (own !== Pattern.None || nothingCounted(t, f.lastTok))) {
      // « 1 142 euros par habitant contre 1 333 pour la strate »; « 31 M€ sur les 34 investis », where the whole
      // is no smaller than its part (« 528 millions de francs sur les 32 » is not that).
      joins = compare === Compare.Versus || figureNumber(f) * (a.scale > 1 && figureNumber(f) < 1000 ? a.scale : 1) >= figureValue(a);
    } else if (pattern === Pattern.Dated && own !== Pattern.For) {
      const dated = own === Pattern.Dated ? afterSeparator(t, f.firstTok) : datedBefore(t, f.firstTok) && nothingCounted(t, f.lastTok);
      joins = dated && (sentence === anchorSentence || (sentence === anchorSentence + 1 && sentence >= 0));
    } else if (pattern === Pattern.For || colon) {
      joins = own === Pattern.For && afterSeparator(t, f.firstTok) && sentence === anchorSentence;
    }
    if (!joins) {
      broken = true;
      continue;
    }
    f.unit = a.unit;
    f.inferred = true;
    f.seriesMember = true;
    // « … contre 374 000 en 2019, ou 296 000 en 2020 »: the first member sets the pattern the next ones follow.
    if (pattern === Pattern.None) pattern = own;
    if (a.scale > 1 && f.scale === 1 && figureNumber(f) < 1000 && f.decimals <= 3) {
      f.scale = a.scale;
    }
  }
}
