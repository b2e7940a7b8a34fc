// Stated shares: a percentage or a fraction that says what part of a whole an
// amount is. The share is tied to its part and its whole by the clause's
// structure:
//   X, soit N % (du total de Y | des Y | de son coût de Y)   — « soit » after the part
//   X sur (les) Y, soit N %                                  — « sur » joins part and whole
//   X représente N % de Y, X, représentant N % des dépenses (Y) — a verb of share
//   N % de Y, soit X    ·    un quart de l’enveloppe de Y, soit X
//   Avec X, l’État assure la moitié du financement de ce projet de Y
// When the whole is not written with the share, it is the whole of the
// breakdown the part belongs to, or — for « du total », « de l’enveloppe » —
// the single amount of a sentence just before.

import { Percentage } from '../../types';
import { Figure, FractionShare, Share, SharePair, figureOf, shareOf } from '../model';
import { cueOf, has } from '../cues';
import { APPROXIMATE_SLACK } from '../intervals';
import { Sentence } from '../sentences';
import { REACH, WHOLE_DETERMINERS } from '../reach';
import { FIGURE_LEAD, Item, isPunct, isWord, lowerBound } from '../words';
import { FindOptions, countedAt, amountAfterNounBefore, amountNamedBefore, amountNamedIn, indexOfFigure, partOfAShare, previousTotal, adjectiveAfter } from './wholes';
import { AmountItem, View, dividedAt, dontBefore } from './region';
import { completedNounAmountBefore, namedSubject, subjectAmountBefore } from './namedShares';
import { sameNoun } from './quantities';

/** Half-width, in percentage points, of what a plain fraction word stands for: « un tiers » is 30,8 – 35,8 %. */
const FRACTION_SLACK = 2.5;

/** A stated share at item k: a percentage, or a fraction phrase (« la moitié », « les deux tiers », « près d’un quart »). */
interface Stated {
  share: Share;
  /** First and last item of the share as written. */
  from: number;
  to: number;
}

/**
 * « non », « ni », or « pas » out of a verb's « ne … pas », right before item k (« pas la moitié » is read from the
 * article). (« ne dépassent pas 2 % du budget » negates the verb: 2 % is a cap, still stated.)
 */
function denied(items: readonly Item[], k: number): boolean {
  const w = items[k - 1];
  if (isWord(w, 'non', 'ni')) return true;
  const b = items[k - 2];
  return isWord(w, 'pas') && (b === undefined || b.kind === 'punct' || isWord(b, 'et', 'mais', 'donc', 'soit'));
}

/** « à peine », « un peu », « légèrement », « tout juste » right before item k. */
function slightly(items: readonly Item[], k: number): boolean {
  const a = items[k - 1];
  const b = items[k - 2];
  return isWord(a, 'legerement') || (isWord(a, 'peine') && isWord(b, 'a')) || (isWord(a, 'peu') && isWord(b, 'un')) || (isWord(a, 'juste') && isWord(b, 'tout'));
}

export function statedAt(v: View, k: number, percentages: readonly Percentage[]): Stated | null {
  const it = v.items[k];
  // Past the sentence's end (« …, soit » closing it): nothing stated.
  if (!it) return null;
  // « soit 251 euros sur 1 000, pas la moitié », « et non 50 % »: a share denied is stated by no one.
  if (it.kind === 'percent') return denied(v.items, k) ? null : { share: shareOf(percentages, it), from: k, to: k };
  const c = v.cues[k];
  if (!has(c, 'fraction') || c!.value === undefined) return null;
  if (denied(v.items, k - 1) || (isWord(v.items[k - 2], 'de', "d'") && isWord(v.items[k - 3], 'loin'))) return null;
  // « la moitié », « un tiers », « les deux tiers », « un quart », « équivaut aux deux tiers »: an article before it.
  const before = v.items[k - 1];
  // « près des deux tiers », « plus des trois quarts »: « des » is « de les » after a hedge.
  const contracted = isWord(before, 'des') && isWord(v.items[k - 2], 'pres', 'plus', 'moins');
  if (!contracted && !isWord(before, 'la', 'un', 'une', 'les', "l'", 'le', "d'", 'du', 'de', 'au', 'aux')) return null;
  const value = c!.value * 100;
  let lo = value - FRACTION_SLACK;
  let hi = value + FRACTION_SLACK;
  // Hedges before the fraction: « près de la moitié », « plus d’un tiers », « moins du quart ».
  const h = contracted ? v.items[k - 1] : v.items[k - 2];
  const h2 = contracted ? v.items[k - 2] : v.items[k - 3];
  // « environ un quart », « presque la moitié »: the hedge right before the article.
  if ((isWord(h, 'de', "d'", 'du', 'des') && isWord(h2, 'pres', 'environ', 'quasiment', 'presque')) || isWord(h, 'environ', 'quasiment', 'presque', 'approximativement')) {
    lo *= 1 - APPROXIMATE_SLACK;
    hi *= 1 + APPROXIMATE_SLACK;
  } else if (isWord(h, 'de', "d'", 'du', 'des') && isWord(h2, 'plus', 'moins')) {
    // « à peine plus d’un tiers », « un peu moins de la moitié »: just past the fraction, on the side said.
    const h2At = contracted ? k - 2 : k - 3;
    const barely = slightly(v.items, h2At);
    if (isWord(h2, 'plus')) hi = barely ? value * (1 + APPROXIMATE_SLACK) + FRACTION_SLACK : 100;
    else lo = barely ? value * (1 - APPROXIMATE_SLACK) - FRACTION_SLACK : 0;
  } else if (isWord(h, 'a') && isWord(h2, 'inferieur', 'inferieure', 'inferieurs', 'inferieures', 'superieur', 'superieure', 'superieurs', 'superieures')) {
    // « le taux reste inférieur à la moitié », « supérieure au tiers »: a bound, on the side said.
    if ((h2 as { f: string }).f.startsWith('inf')) lo = 0;
    else hi = 100;
  }
  // « les trois quarts »: the cue may span two words.
  // « aux deux tiers »: the contracted preposition is no part of the share's words.
  const start = contracted ? v.items[k - 2].start : isWord(before, 'au', 'aux') ? v.items[k].start : before!.start;
  const share: FractionShare = { start, end: v.items[k + (c!.length - 1)].end, value, lo, hi, index: -1, fraction: true };
  return { share, from: k - 1, to: k + (c!.length - 1) };
}

/** Words that make the percentage a change or a rate, not a share: « hausse de 12 % », « taux de 5 % », « +3 % ». */
function isRateAt(v: View, k: number): boolean {
  for (let q = Math.max(0, k - 3); q < k; q++) {
    const c = v.cues[q];
    if (has(c, 'rise') || has(c, 'fall') || has(c, 'change') || has(c, 'ratio') || has(c, 'points') || has(c, 'yearly')) return true;
    if (isPunct(v.items[q], '+', '−', '-') && q === k - 1) return true;
  }
  const after = v.cues[k + 1];
  return has(after, 'yearly') || has(after, 'comparison') || has(after, 'ratio');
}

/** Words that open a relative clause on the whole: « …, qui s’élèvent à 77,9 M€ ». */
const RELATIVES = new Set(['qui', 'lesquels', 'lesquelles', 'lequel', 'laquelle', 'dont', 'estime', 'estimes', 'estimee', 'estimees', 'evalue', 'evalues', 'evaluee', 'evaluees', 'soit']);

/** The amount of the whole written after the share: « du total de 1,8 Md€ », « des 413 milliards », « d’un projet de 3 M€ », « des dépenses, qui atteignent 25 Md€ ». */
function wholeAfter(v: View, to: number, amounts: FindOptions['amounts']): { whole: Figure; at: number } | null {
  let q = to + 1;
  if (!isWord(v.items[q], 'du', 'de', 'des', "d'")) return null;
  // « du coût total des dépenses fiscales rattachées à la mission « Économie », évalué à 2,1 Md€ »: a quoted name may
  // stand in the whole's noun phrase.
  for (let w = 0; q < v.items.length && w < 20; q++, w++) {
    const n = v.items[q];
    if (n.kind === 'amount') return n.high === undefined ? { whole: figureOf(amounts, n), at: q } : null;
    if (n.kind === 'percent') return null;
    if (n.kind === 'punct' && n.ch !== '(' && n.ch !== ',' && n.ch !== "'" && n.ch !== '«' && n.ch !== '»' && n.ch !== '"') return null;
    // « 60 % du niveau de vie médian, atteint 14 592 € »: after a comma, only a relative clause (« , qui s’élèvent à »)
    // or the amount itself goes on to the whole; a verb there starts the main clause, whose amount is the subject's.
    if (isPunct(n, ',')) {
      const w = v.items[q + 1];
      // « de la dépense subventionnable, arrêtée à 612 500 € »: a participle and « à » give the noun its amount.
      // (« , arrêtée cette année-là à 900 M€ »: a time may stand between the participle and « à ».)
      let toAt = q + 2;
      while (toAt < q + 5 && v.items[toAt]?.kind === 'word' && !isWord(v.items[toAt], 'a')) toAt++;
      const participle = w && w.kind === 'word' && isWord(v.items[toAt], 'a') && (w.f.endsWith('e') || w.f.endsWith('ee') || w.f.endsWith('es') || w.f.endsWith('ees'));
      if (w && w.kind === 'word' && !RELATIVES.has(w.f) && !FIGURE_LEAD.has(w.f) && !participle) return null;
      // « La Région apporte un cinquième du coût hors taxes, 368 000 €, … »: an amount set right after the comma may as
      // well restate the part the subject brings; it is no plain whole.
      if (w && w.kind === 'amount') return null;
    }
    // « 20 % du montant HT des travaux, ainsi que d’une aide de 250 000 € »: another item joined on, not the whole
    // (« …, qui s’élèvent à 77,9 M€ » is).
    // (« de la consommation de soins et de biens médicaux, qui s’élève à … »: « et de » and a noun go on with the
    // whole's own phrase.)
    const nounsJoined = n.kind === 'word' && n.f === 'et' && !isPunct(v.items[q - 1], ',') && isWord(v.items[q + 1], 'de', 'des', 'du', "d'") && v.items[q + 2]?.kind === 'word' && !isWord(v.items[q + 2], 'un', 'une');
    if (n.kind === 'word' && !nounsJoined && (n.f === 'soit' || n.f === 'dont' || n.f === 'et' || n.f === 'ainsi' || n.f === 'outre' || has(v.cues[q], 'comparison'))) return null;
  }
  return null;
}

/** Whether the share names its whole with a noun and no figure: « du total », « de l’enveloppe », « du budget ». */
function namesWhole(v: View, to: number): boolean {
  const q = to + 1;
  if (!isWord(v.items[q], 'du', 'de', 'des', "d'")) return false;
  for (let n = q + 1; n < v.items.length && n <= q + 3; n++) if (has(v.cues[n], 'whole-noun') || isWord(v.items[n], ...COSTED_THINGS)) return true;
  return false;
}

/** « un tiers de l’opération », « 40 % de l’opération »: in a financing plan, the operation stands for its cost. */
const COSTED_THINGS = ['operation'];

/** Nouns of a whole that take up any amount said before: « du total », « de l’enveloppe », « de ce montant », « de la dépense » (singular: the spending just named). */
const GENERIC_WHOLES = new Set(['total', 'ensemble', 'somme', 'montant', 'enveloppe', 'dotation', 'budget', 'credits', 'moyens', 'depense', 'cout', 'facture', 'financement', 'operation']);

/**
 * The share's whole takes up the amount said just before: a generic noun of a whole, or any noun of one after a
 * demonstrative (« de ces investissements »). « la moitié des investissements prévus » names investments, which the
 * amount before (« Le RSA atteint 231 M€ ») need not be.
 */
function takesUpWhole(v: View, to: number): boolean {
  if (!namesWhole(v, to)) return false;
  // « 945 000 €, soit 30 % du coût hors taxes, et 630 000 €, soit 20 % de ce (même) montant »: after a share of a
  // named whole, the demonstrative may take up that whole as well as the amount; « même » says it is the whole.
  for (let n = to + 1; n < v.items.length && n <= to + 4; n++) {
    if (isWord(v.items[n], 'ce', 'cet', 'cette', 'ces')) return !isWord(v.items[n + 1], 'meme', 'memes') && !namedShareBefore(v, to);
    if (has(v.cues[n], 'whole-noun') || isWord(v.items[n], ...COSTED_THINGS)) return GENERIC_WHOLES.has((v.items[n] as { f: string }).f);
  }
  return false;
}

/** « de ces recettes », « de cette dépense »: the noun after a demonstrative whole, when it is not a generic one (GENERIC_WHOLES). */
function demonstrativeOwnNoun(v: View, to: number): string | null {
  if (!isWord(v.items[to + 1], 'du', 'de', 'des', "d'") || !isWord(v.items[to + 2], 'ce', 'cet', 'cette', 'ces')) return null;
  const n = v.items[to + 3];
  return n?.kind === 'word' && has(v.cues[to + 3], 'whole-noun') && !GENERIC_WHOLES.has(n.f) ? n.f : null;
}

/** A percentage before item `to` in the sentence whose whole is named (« 30 % du coût hors taxes »). */
function namedShareBefore(v: View, to: number): boolean {
  const first = firstNamedShare(v);
  return first >= 0 && first < to - 1;
}

/** The first percentage of a view whose whole is named, found once per view (a sentence may hold many shares), or -1. */
function firstNamedShare(v: View): number {
  let k = firstNamedShareMemo.get(v.items);
  if (k === undefined) {
    k = v.items.findIndex((it, q) => it.kind === 'percent' && namesWhole(v, q));
    firstNamedShareMemo.set(v.items, k);
  }
  return k;
}

const firstNamedShareMemo = new WeakMap<readonly Item[], number>();

/** « en représentent les deux tiers », « en constitue 40 % »: « en » and a verb of share right before the share. */
function enBeforeVerb(v: View, from: number): boolean {
  // « en représente près de la moitié », « en absorbe environ un tiers »: a hedge may stand between the verb and the share.
  let end = from;
  while (end > 1 && end >= from - 3 && isWord(v.items[end - 1], 'pres', 'de', "d'", 'environ', 'presque', 'quasiment', 'plus', 'moins')) end--;
  // The verb may be several words (« en prend en charge 40 % »): its phrase ends right before the share.
  for (let q = end - 1; q >= 1 && q >= end - 4; q--) {
    const c = v.cues[q];
    if (has(c, 'share-verb') && q + (c?.length ?? 1) === end) return isWord(v.items[q - 1], 'en');
  }
  return false;
}

/** « Rapporté(e)(s) à / aux A, … » opening the sentence, before item `to`: the item of A, or -1. */
function dividedWhole(v: View, to: number): number {
  const k = firstWord(v.items);
  if (!dividedAt(v.items, k)) return -1;
  for (let q = k + 2; q < to && q <= k + 5; q++) {
    const it = v.items[q];
    if (it.kind === 'amount') return it.high === undefined ? q : -1;
    if (it.kind !== 'word') return -1;
  }
  return -1;
}

/** The first word after the comma that closes the clause holding item `from`, or -1. */
function afterComma(v: View, from: number): number {
  if (from < 0) return -1;
  for (let q = from + 1; q < v.items.length; q++) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return -1;
    if (isPunct(it, ',')) return q + 1 < v.items.length ? q + 1 : -1;
  }
  return -1;
}

/** The amount between dashes, commas or brackets right after the share's « de l’enveloppe » (item `to` ends the share), or -1. */
function appositionAfterWhole(v: View, to: number): number {
  const { items } = v;
  let q = to + 1;
  // « des crédits de l’Éducation nationale (64 Md€) »: a noun, its complement, then the bracket.
  for (let w = 0; q < items.length && w < 7 && items[q].kind === 'word'; q++) w++;
  const open = items[q];
  if (!isPunct(open, '–', '—', ',', '(')) return -1;
  const a = items[q + 1];
  if (!a || a.kind !== 'amount' || a.high !== undefined) return -1;
  const close = items[q + 2];
  return !close || isPunct(close, '–', '—', ',', ')', '.', ';') ? q + 1 : -1;
}

/** « d’en réserver 15 % », « en consacre 30 % »: the clitic « en » and a verb right before the share. */
function enBefore(v: View, from: number): boolean {
  // « en a absorbé près d’un tiers »: a hedge before the share, an auxiliary before the participle.
  let q = from - 1;
  while (q > 0 && q >= from - 3 && isWord(v.items[q], 'pres', 'de', "d'", 'environ', 'plus', 'moins', 'quelque')) q--;
  const verb = v.items[q];
  if (verb?.kind !== 'word') return false;
  let p = q - 1;
  if (isWord(v.items[p], 'a', 'ont', 'avait', 'avaient', 'aura', 'auront')) p--;
  return isWord(v.items[p], 'en');
}

/** The amount right after « soit » in the words after item `to` (« …, soit 6,9 M€ »), within its clause. */
function amountAfterSoit(v: View, to: number, amounts: FindOptions['amounts']): Figure | null {
  for (let q = to + 1, w = 0; q < v.items.length && w < 10; q++) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, '.', ';', ':')) return null;
    if (it.kind !== 'word') continue;
    w++;
    // « La voirie en a absorbé près d’un tiers, avec 910 000 euros de travaux »: « avec » right after the share's comma
    // restates the part as « soit » does.
    const withPart = it.f === 'avec' && q === to + 2 && isPunct(v.items[to + 1], ',');
    if (it.f !== 'soit' && !withPart) continue;
    let x = q + 1;
    while (x < v.items.length && v.items[x].kind === 'word' && FIGURE_LEAD.has((v.items[x] as { f: string }).f)) x++;
    const a = v.items[x];
    return a && a.kind === 'amount' && a.high === undefined ? figureOf(amounts, a) : null;
  }
  return null;
}

/** The noun after « du », « de la », « des » right after the share (« 48 % du déficit total » → « deficit »). */
function nounOfWhole(v: View, to: number): string | null {
  let q = to + 1;
  if (!isWord(v.items[q], 'du', 'de', 'des', "d'")) return null;
  q++;
  // « du déficit », « de la dette », « de nos ressources ».
  if (isWord(v.items[q], ...WHOLE_DETERMINERS)) q++;
  const n = v.items[q];
  return n && n.kind === 'word' && n.f.length > 2 ? n.f : null;
}

/** Whether the share's whole noun (« des dossiers ») is the noun of a count in digits in its sentence or the one before in the paragraph. */
function ofCountedNoun(s: number, v: View, to: number, o: ShareContext): boolean {
  const noun = nounOfWhole(v, to);
  if (noun === null) return false;
  const prev = o.sentences[s - 1];
  const views = prev && prev.paragraph === o.sentences[s].paragraph ? [prev, v] : [v];
  return views.some((w) => countedNouns(w).has(noun));
}

/** The nouns of the counts in digits of a sentence (« 950 dossiers » → « dossiers »), read once per sentence. */
function countedNouns(v: View): ReadonlySet<string> {
  let known = countedNounsRead.get(v.items);
  if (!known) {
    const found = new Set<string>();
    for (let q = 1; q < v.items.length; q++) if (v.items[q].kind === 'word' && countedAt(v.items, q)) found.add((v.items[q] as { f: string }).f);
    countedNounsRead.set(v.items, (known = found));
  }
  return known;
}

const countedNounsRead = new WeakMap<readonly Item[], ReadonlySet<string>>();

/** The adjective qualifying the whole's noun: « de l’enveloppe régionale » → « regionale ». */
/** The amount `f` was written after `noun` qualified by an adjective other than `qualifier` (« l’enveloppe nationale de 2 Md€ »). */
function otherAdjective(o: FindOptions, f: Figure, noun: string, qualifier: string): boolean {
  const v = o.sentences[lowerBound(o.sentences, f.start + 1) - 1];
  if (!v) return false;
  const k = lowerBound(v.items, f.start);
  for (let q = k - 1; q >= 0 && q >= k - 8; q--) {
    const it = v.items[q];
    if (it.kind === 'word' && sameNoun(it.f, noun)) {
      const adjective = adjectiveAfter(v.items, q);
      return adjective !== null && adjective !== qualifier;
    }
  }
  return false;
}

function qualifierOfWhole(v: View, to: number): string | null {
  let q = to + 1;
  if (!isWord(v.items[q], 'du', 'de', 'des', "d'")) return null;
  q++;
  if (isWord(v.items[q], ...WHOLE_DETERMINERS)) q++;
  return adjectiveAfter(v.items, q);
}

/** The complement of the whole's noun: « du coût de revient » → « revient », « des dépenses de l’État » → « etat ». */
function complementOfWhole(v: View, to: number): string | null {
  let q = to + 1;
  if (!isWord(v.items[q], 'du', 'de', 'des', "d'")) return null;
  q++;
  if (isWord(v.items[q], ...WHOLE_DETERMINERS)) q++;
  if (!isWord(v.items[q + 1], 'de', "d'", 'du', 'des')) return null;
  let c = q + 2;
  if (isWord(v.items[c], 'la', "l'", 'les')) c++;
  const w = v.items[c];
  return w && w.kind === 'word' ? w.f : null;
}

/** The word right after the whole's noun, when it is a noun set beside it (« de son budget logement » → « logement »). */
function adjunctOfWhole(v: View, to: number): string | null {
  let q = to + 1;
  if (!isWord(v.items[q], 'du', 'de', 'des', "d'")) return null;
  q++;
  if (isWord(v.items[q], ...WHOLE_DETERMINERS)) q++;
  const w = v.items[q + 1];
  const c = v.cues[q + 1];
  if (!w || w.kind !== 'word' || w.f.length < 4 || isWord(w, 'soit') || has(c, 'attach') || has(c, 'allocation') || has(c, 'share-verb')) return null;
  return w.f;
}

/** The nearest amount before item k in its clause, `words` words away at most, with nothing numeric between. */
/**
 * « rapporté(e)(s) à » within the fifteen items before the share at `from`, then one amount, the share's whole, with no
 * other figure up to the share: that amount and where « rapporté » stands.
 */
function dividedWholeBefore(v: View, from: number): { whole: AmountItem; k: number } | null {
  for (let k = from - 1; k >= 0 && k >= from - 15; k--) {
    if (!dividedAt(v.items, k)) continue;
    let whole: AmountItem | null = null;
    for (let q = k + 2; q < from; q++) {
      const it = v.items[q];
      if (it.kind === 'percent' || (it.kind === 'amount' && whole)) return null;
      if (it.kind === 'amount') whole = it.high === undefined ? it : null;
    }
    return whole ? { whole, k } : null;
  }
  return null;
}

function amountBefore(v: View, k: number, words: number): number {
  let x = k - 1;
  let n = 0;
  while (x >= 0 && n <= words) {
    const it = v.items[x];
    // « 2 350 000 € (deux millions trois cent cinquante mille euros), représentant 25 % »: the amount before its restatement.
    if (it.kind === 'amount' && isPunct(v.items[x - 1], '(') && v.items[x - 2]?.kind === 'amount' && !comparedInBrackets(v, x)) return (v.items[x - 2] as AmountItem).high === undefined ? x - 2 : -1;
    if (it.kind === 'amount') return it.high === undefined && !comparedInBrackets(v, x) ? x : -1;
    if (it.kind === 'percent') return -1;
    if (it.kind === 'punct' && (it.ch === ';' || it.ch === ':' || it.ch === '.')) return -1;
    if (it.kind === 'word') n++;
    x--;
  }
  return -1;
}

/** « … par rapport au BP 2024 (130 M€) »: the amount at x is in brackets after a comparison, the compared figure. */
function comparedInBrackets(v: View, x: number): boolean {
  if (!isPunct(v.items[x - 1], '(')) return false;
  for (let q = x - 2; q >= 0 && q >= x - 7; q--) {
    if (has(v.cues[q], 'comparison')) return true;
    if (v.items[q].kind !== 'word') return false;
  }
  return false;
}

export interface ShareContext extends FindOptions {
  /** The whole of the breakdown each amount (by index) is a part of. */
  totalOfPart: ReadonlyMap<number, Figure>;
  /** Percentages (by index) already paired by a breakdown. */
  paired: ReadonlySet<number>;
}

export function findSharePairs(s: number, o: ShareContext): SharePair[] {
  const sent: Sentence = o.sentences[s];
  // One figure may do when the sentence's subject points back (« Elles représentent 31 % des dépenses »): the part is
  // the amount the pronoun stands for.
  // So may a subject that names a thing given an amount before (« Le programme 149 représente 52 % des crédits … »).
  if (sent.figures < 2 && !hasFraction(sent) && !(sent.figures === 1 && (has(sent.cues[firstWord(sent.items)], 'anaphora') || namedSubject(sent) !== null))) return [];
  const { items } = sent;
  // « …, soit respectivement 43 %, 37 % et 21 % de l’enveloppe »: each share goes with the part in the same rank, which
  // the breakdown of the parts reads; no share pairs with the amount next to it.
  if (items.some((it) => isWord(it, 'respectivement'))) return [];
  const out: SharePair[] = [];
  const whole = new SentenceWide(sent, o);
  for (let k = 0; k < items.length; k++) {
    const st = statedAt(sent, k, o.percentages);
    if (!st) continue;
    if (st.share.index >= 0 && o.paired.has(st.share.index)) continue;
    if (st.share.index >= 0 && isRateAt(sent, k)) continue;
    // « assurent 54 % des voyages du réseau, pour seulement 38 km de voies sur les 412 km »: among measures, a share
    // that names what it is of (« des voyages ») is no share of the lengths or surfaces beside it.
    if (o.measures && namesOtherThanMeasure(sent, st.to)) {
      k = st.to;
      continue;
    }
    // « 380 000 € …, une opération chiffrée à 760 000 € HT, soit un taux de subvention de 50 % »: a rate of aid relates
    // the grant to the cost, the two amounts before it in the sentence — the smaller over the larger.
    const aid = aidRateBefore(sent, st.from);
    const pair = aid ? grantOverCost(sent, st, o) : pairFor(s, sent, st, o, whole);
    // « une aide couvrant 30 % de leurs dépenses, plafonnée à 15 000 €, dans la limite des 4 M€ du fonds »: a ceiling is
    // neither the part nor the whole of the share.
    // (« …, et 8 % au développement urbain, soit 64,8 M€ »: a share whose own part follows « soit » pairs with that part
    // only, whatever amount another reading found.)
    const own = pair && !aid ? amountAfterSoit(sent, st.to, o.amounts) : null;
    if (own && pair && own.index !== pair.part.index && own.index !== pair.whole.index) continue;
    if (pair && !capped(sent, pair.part) && !capped(sent, pair.whole)) out.push(pair);
    k = st.to;
  }
  return out;
}

/** « un tiers de l’opération, soit 1,05 M€ », « 25 %, soit 675 000 € »: the amount at item k is the part a share before « soit » comes to. */
function partAfterShare(v: View, k: number): boolean {
  let q = k - 1;
  while (q >= 0 && v.items[q].kind === 'word' && FIGURE_LEAD.has((v.items[q] as { f: string }).f)) q--;
  if (!isWord(v.items[q], 'soit')) return false;
  for (let r = q - 1; r >= 0 && r >= q - 6; r--) {
    const it = v.items[r];
    if (it.kind === 'amount') return false;
    if (it.kind === 'percent' || has(v.cues[r], 'fraction')) return true;
  }
  return false;
}

/** « un taux de subvention de », « taux d’aide de », « taux de cofinancement de » right before the share at item `from`. */
function aidRateBefore(v: View, from: number): boolean {
  for (let q = from - 1; q >= 1 && q >= from - 5; q--) {
    if (!isWord(v.items[q], 'subvention', 'aide', 'cofinancement', 'financement', 'intervention', 'participation')) continue;
    return isWord(v.items[q - 1], 'de', "d'") && isWord(v.items[q - 2], 'taux');
  }
  return false;
}

/** The two amounts before a rate of aid in its sentence, as grant over cost; null unless there are exactly two. */
function grantOverCost(v: Sentence, st: Stated, o: FindOptions): SharePair | null {
  const am: AmountItem[] = [];
  for (let k = 0; k < st.from; k++) if (v.items[k].kind === 'amount') am.push(v.items[k] as AmountItem);
  if (am.length !== 2 || am.some((a) => a.high !== undefined)) return null;
  const [a, b] = am.map((x) => figureOf(o.amounts, x));
  if (a.currency !== b.currency || a.value === b.value) return null;
  return a.value < b.value ? { part: a, share: st.share, whole: b } : { part: b, share: st.share, whole: a };
}

/** Plural nouns a share of a measure may name: « 40 % des émissions », « 12 % des surfaces », « 30 % des prélèvements ». */
const MEASURE_WHOLES: ReadonlySet<string> = new Set(['surfaces', 'volumes', 'emissions', 'forets', 'besoins', 'prelevements', 'dechets']);

/**
 * The share ending at item `to` goes on « des », « du » or « de la » and a plural noun no measure is of (« 54 % des
 * voyages »); a singular one (« de la récolte ») may name the measure's whole.
 */
function namesOtherThanMeasure(v: View, to: number): boolean {
  let q = to + 1;
  if (!isWord(v.items[q], 'des', 'du', 'de', "d'")) return false;
  q++;
  if (isWord(v.items[q], 'la', "l'", 'les')) q++;
  const noun = v.items[q];
  return noun?.kind === 'word' && (noun.f.endsWith('s') || noun.f.endsWith('x')) && !MEASURE_WHOLES.has(noun.f) && !has(v.cues[q], 'anaphora');
}

/** The figure stands in this sentence right after a word of ceiling (« plafonnée à », « dans la limite des »). */
function capped(v: Sentence, f: Figure): boolean {
  if (f.start < v.start || f.end > v.end) return false;
  const k = lowerBound(v.items, f.start);
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    // (« un montant maximum de 245 000 €, soit 35 % de la dépense »: the share is worked out at that maximum.)
    // (« le budget, qui plafonne à 4,2 Md€ »: a verb saying where the whole stands.)
    if (has(v.cues[q], 'ceiling') && (it.f.startsWith('plafonn') || it.f === 'limite')) return !isWord(v.items[q - 1], 'qui');
  }
  return false;
}

/** « 30 000 propriétaires, dont la moitié … »: « dont » (and an article) before the share, a count of things before it. */
function ofCountBeforeDont(v: View, from: number): boolean {
  let q = dontBefore(v.items, from);
  if (q < 0) return false;
  if (isPunct(v.items[q - 1], ',')) q--;
  // The noun right before, and a number before it.
  for (let k = q - 1; k >= 0 && k >= q - 3; k--) {
    const it = v.items[k];
    if (it.kind === 'amount' || it.kind === 'percent') return false;
    if (it.kind === 'word' && /^\d/.test(it.raw)) return true;
  }
  return false;
}

/** Another percentage strictly between items a and b (either order). */
function percentBetween(v: View, a: number, b: number): boolean {
  const [from, to] = a < b ? [a + 1, b] : [b + 1, a];
  for (let k = from; k < to; k++) if (v.items[k].kind === 'percent') return true;
  return false;
}

/**
 * The amount before, that « en » would take up, unless its sentence gives it as the part of a share of a named whole
 * (« Les écoles ont absorbé la moitié de ces dépenses, avec 2,6 M€. Le sport en a représenté un quart »): then « en »
 * stands for that same whole, as the second of two parallel shares, never for the first share's part.
 */
function enWhole(s: number, o: ShareContext, reach: number, acrossParagraphs: boolean): Figure | null {
  const whole = previousTotal(s, o, reach, acrossParagraphs);
  if (!whole) return null;
  const sent = o.sentences[indexOfFigure(o, s, whole)];
  for (let k = 0; k + 1 < sent.items.length && sent.items[k].start < whole.start; k++) {
    const share = sent.items[k].kind === 'percent' || has(sent.cues[k], 'fraction');
    if (share && isWord(sent.items[k + 1], 'de', 'des', 'du', "d'")) return null;
  }
  return whole;
}

/** The amount a few words after `noun` earlier in the sentence (« d’un montant de 850 000 € »), before item `to`. */
function amountAfterNounHere(v: View, o: ShareContext, noun: string, to: number): Figure | null {
  let found: Figure | null = null;
  for (let k = 0; k < to; k++) {
    const w = v.items[k];
    if (w.kind !== 'word' || w.f !== noun) continue;
    for (let q = k + 1; q < to && q <= k + 4; q++) {
      const it = v.items[q];
      if (it.kind === 'amount') {
        if (it.high === undefined) found = figureOf(o.amounts, it as AmountItem);
        break;
      }
      // (« un PIB nominal de 2 994 Md€ »: one adjective may stand between the noun and « de ».)
      const adjective = q === k + 1 && it.kind === 'word' && isWord(v.items[q + 1], 'de', "d'");
      if (!adjective && !isWord(it, 'de', "d'", 'du', 'des', 'un', 'une')) break;
    }
  }
  return found;
}

function hasFraction(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) if (has(v.cues[k], 'fraction')) return true;
  return false;
}

/**
 * What a share's reading needs from the whole sentence, computed once per sentence on first use: scanning
 * the sentence again for each of its shares would be quadratic in a sentence of many percentages.
 */
class SentenceWide {
  private sur: { part: Figure; whole: Figure } | null | undefined;
  private amounts: number[] | undefined;
  private ranges = 0;
  private percents = 0;
  constructor(
    private readonly v: View,
    private readonly o: ShareContext,
  ) {}

  private rate: number | undefined;
  private firstAmount: number | undefined;

  /** « Le taux de réalisation n’a atteint que 62 % »: the first rate that is a share of a whole (« taux » with a share-verb cue), or Infinity. */
  shareRateAt(): number {
    if (this.rate === undefined) {
      this.rate = Infinity;
      for (let q = 0; q < this.v.items.length; q++) {
        if (isWord(this.v.items[q], 'taux') && has(this.v.cues[q], 'share-verb')) {
          this.rate = q;
          break;
        }
      }
    }
    return this.rate;
  }

  /** Whether an amount stands before item k. */
  amountBefore(k: number): boolean {
    if (this.firstAmount === undefined) {
      this.firstAmount = Infinity;
      for (let q = 0; q < this.v.items.length; q++) {
        if (this.v.items[q].kind === 'amount') {
          this.firstAmount = q;
          break;
        }
      }
    }
    return this.firstAmount < k;
  }

  /** « X sur (les) Y » anywhere in the sentence. */
  partOverWhole(): { part: Figure; whole: Figure } | null {
    if (this.sur === undefined) this.sur = partOverWhole(this.v, this.o);
    return this.sur;
  }

  /** The one single amount of the sentence besides item `except`, when no percentage but `share` stands there. */
  onlyAmountBesides(except: number, share: number): number {
    if (!this.amounts) this.read();
    // « … 61 % des dépenses, lesquelles s’élèvent à 48,6 M€ — un poids supérieur à la moyenne, qui se situe à 58 % »:
    // what a dash or a semicolon sets apart after a share is another statement; its figures are not counted.
    const cut = this.cut !== Infinity && share < this.cut;
    const amounts = cut ? this.amountsBeforeCut : this.amounts!;
    const percents = cut ? this.percentsBeforeCut : this.percents;
    const ranges = cut ? this.rangesBeforeCut : this.ranges;
    const shareIsPercent = this.v.items[share]?.kind === 'percent' ? 1 : 0;
    if (ranges > 0 || percents - shareIsPercent > 0 || amounts.length > 2) return -1;
    const others = amounts.filter((q) => q !== except);
    return others.length === 1 ? others[0] : -1;
  }

  private cut = Infinity;
  private amountsBeforeCut: number[] = [];
  private percentsBeforeCut = 0;
  private rangesBeforeCut = 0;

  /** One pass: the sentence's amounts, ranges and percentages, in all and before the first dash or semicolon after a figure. */
  private read(): void {
    this.amounts = [];
    let seen = false;
    for (let q = 0; q < this.v.items.length; q++) {
      const it = this.v.items[q];
      if (seen && this.cut === Infinity && isPunct(it, '—', '–', ';')) {
        this.cut = q;
        this.amountsBeforeCut = this.amounts.slice();
        this.percentsBeforeCut = this.percents;
        this.rangesBeforeCut = this.ranges;
      }
      if (it.kind === 'amount') {
        seen = true;
        if (it.high !== undefined) this.ranges++;
        else this.amounts.push(q);
      } else if (it.kind === 'percent') {
        seen = true;
        this.percents++;
      }
    }
  }
}

/** Amounts of one currency, none hedged, as one figure: their sum, spanning them, its terms kept for the message. */
function joinedFigure(figs: readonly Figure[]): Figure | null {
  if (figs.some((f) => f.currency !== figs[0].currency || f.qualifier !== null)) return null;
  let value = 0;
  let lo = 0;
  let hi = 0;
  for (const f of figs) {
    value += f.value;
    lo += f.lo;
    hi += f.hi;
  }
  return { ...figs[figs.length - 1], start: figs[0].start, value, lo, hi, terms: figs.map((f) => ({ start: f.start, end: f.end })) };
}

/** How far back a subject of bracketed amounts is read: a few noun phrases, so a long clause of shares stays linear. */
const SUBJECT_REACH = 40;

/**
 * The amounts of the clause up to item `last`, when each stands in brackets after its noun and the last two are joined by
 * « et »: one figure, their sum, spanning them. Null otherwise.
 */
function bracketedSubject(v: View, last: number, o: ShareContext): Figure | null {
  const { items } = v;
  if (!isPunct(items[last - 1], '(')) return null;
  const found: number[] = [];
  let joinedByEt = false;
  for (let q = last; q >= 0 && q >= last - SUBJECT_REACH; q--) {
    const it = items[q];
    if (isPunct(it, ';', ':', '.')) break;
    if (it.kind === 'percent') return null;
    if (it.kind === 'amount') {
      if (!isPunct(items[q - 1], '(') || it.high !== undefined) return null;
      found.push(q);
    }
    if (found.length === 1 && isWord(it, 'et')) joinedByEt = true;
  }
  if (found.length < 2 || !joinedByEt) return null;
  return joinedFigure(found.reverse().map((q) => figureOf(o.amounts, items[q] as AmountItem)));
}

/**
 * The amounts of an apposition between dashes (or in one bracket) that closes a few words after item `last`, joined by
 * « et »: one figure, their sum, spanning them. Null otherwise.
 */
function setApartSubject(v: View, last: number, o: ShareContext): Figure | null {
  const { items } = v;
  let close = last + 1;
  while (close < items.length && close <= last + 5 && items[close].kind === 'word') close++;
  const closer = items[close];
  if (!closer || closer.kind !== 'punct' || !'–—)'.includes(closer.ch)) return null;
  const opener = closer.ch === ')' ? '(' : closer.ch;
  const found: number[] = [];
  let joinedByEt = false;
  let open = -1;
  for (let q = last; q >= 0 && q >= last - SUBJECT_REACH; q--) {
    const it = items[q];
    if (isPunct(it, opener)) {
      open = q;
      break;
    }
    if (it.kind === 'percent' || (it.kind === 'punct' && it.ch !== ',')) return null;
    if (it.kind === 'amount') {
      if (it.high !== undefined) return null;
      found.push(q);
    }
    if (found.length === 1 && isWord(it, 'et')) joinedByEt = true;
  }
  if (open < 0 || found.length < 2 || !joinedByEt || items[open + 1]?.kind !== 'amount') return null;
  return joinedFigure(found.reverse().map((q) => figureOf(o.amounts, items[q] as AmountItem)));
}

function pairFor(s: number, v: View, st: Stated, o: ShareContext, wide: SentenceWide): SharePair | null {
  const { items } = v;
  const share = st.share;
  // « … appartient à 30 000 propriétaires, dont la moitié possèdent moins de 2 ha »: a share after « dont » is of the
  // things counted right before it, no amount of the sentence.
  if (ofCountBeforeDont(v, st.from)) return null;
  // « Il en a retenu 570, …, soit 60 % des dossiers » after « 950 dossiers … pour un montant de 38 M€ »: a share of
  // things counted in its paragraph is a share of that count, no amount of theirs.
  if (ofCountedNoun(s, v, st.to, o)) return null;
  // What stands right before the share: « soit » (« soit 37 % », « soit un taux d’exécution de 82 % »), a verb of share, or a clause's start.
  let p = st.from - 1;
  while (p >= 0 && p >= st.from - 6 && items[p].kind === 'word' && !isWord(items[p], 'soit')) p--;
  const afterSoit = isWord(items[p], 'soit');
  if (!afterSoit) p = st.from - 1;
  const after = wholeAfter(v, st.to, o.amounts);

  // « Rapportées à un PIB de 2 920 Md€, elles en représentent 15,1 % »: the whole after « rapporté à », the part the
  // amount the sentence takes up — its own before « rapporté », or the one of the sentence before.
  if (!after && !afterSoit) {
    const divided = dividedWholeBefore(v, st.from);
    if (divided) {
      const whole = figureOf(o.amounts, divided.whole);
      const here = amountBefore(v, divided.k, 40);
      const part = here >= 0 ? figureOf(o.amounts, items[here] as AmountItem) : enWhole(s, o, 1, false);
      if (part && part.currency === whole.currency && whole.lo > part.hi) return { part, share, whole };
    }
  }

  // « N % de Y, soit X »: the part restated after the whole.
  if (after && !afterSoit) {
    let q = after.at + 1;
    // « 20 % des 85 M€ du fonds aux territoires ultramarins, soit 21 M€ »: a few words may sit before « soit ».
    // « Les deux tiers du budget, qui s’élève à 1,26 M€ et dont …, sont consacrés au personnel, soit 840 000 € »: the
    // clause of the whole may be long; no figure stands between.
    for (let w = 0; q < items.length && w < 24 && !isWord(items[q], 'soit'); q++) {
      const n = items[q];
      // (« …, et à elle seule un quart de l’enveloppe …, soit 1,25 M€ »: a share in words between is the nearer one.)
      if (n.kind === 'amount' || n.kind === 'percent' || isPunct(n, '.', ';', ':') || has(v.cues[q], 'fraction')) break;
      if (n.kind === 'word') w++;
    }
    if (isWord(items[q], 'soit')) {
      q++;
      while (q < items.length && items[q].kind === 'word' && FIGURE_LEAD.has((items[q] as { f: string }).f)) q++;
      const x = items[q];
      if (x && x.kind === 'amount' && x.high === undefined) return { part: figureOf(o.amounts, x), share, whole: after.whole };
    }
  }

  // « 2 % du budget total, soit 180 000 € pour une édition budgétée à 7,5 M€ »: the part after « soit », the whole after
  // it in the same clause, introduced by « pour » or « sur ».
  if (!after && !afterSoit && isWord(items[st.to + 1], 'du', 'de', 'des', "d'")) {
    let q = st.to + 1;
    for (let w = 0; q < items.length && w < 8 && items[q].kind === 'word' && !isWord(items[q], 'soit'); q++) w++;
    const x = isWord(items[q], 'soit') || (isPunct(items[q], ',') && isWord(items[q + 1], 'soit')) ? items[isWord(items[q], 'soit') ? q + 1 : q + 2] : undefined;
    if (x && x.kind === 'amount' && x.high === undefined) {
      let r = lowerBound(items, x.start) + 1;
      let intro = false;
      for (let w = 0; r < items.length && w < 8 && items[r].kind === 'word'; r++, w++) if (isWord(items[r], 'pour', 'sur')) intro = true;
      const y = items[r];
      if (intro && y && y.kind === 'amount' && y.high === undefined) {
        const part = figureOf(o.amounts, x);
        const whole = figureOf(o.amounts, y);
        if (whole.currency === part.currency && whole.lo > part.hi) return { part, share, whole };
      }
    }
  }

  // « 18 % de notre budget d’investissement, soit 245 M€, ira aux lycées. Le budget d’investissement s’élève à 1,16 Md€ »:
  // the part after « soit », the whole the amount its noun (with its complement) is given in the sentence before or
  // after, in the paragraph.
  if (!after && !afterSoit && isWord(items[st.to + 1], 'du', 'de', 'des', "d'")) {
    const part = amountAfterSoit(v, st.to, o.amounts);
    const noun = part ? nounOfWhole(v, st.to) : null;
    const complement = noun ? complementOfWhole(v, st.to) : null;
    // « 18 % de son budget logement, soit 41 M€ … Ce budget logement s’élève à 205 M€ »: a noun right after it does too.
    const adjunct = noun && complement === null ? adjunctOfWhole(v, st.to) : null;
    if (part && noun && (complement !== null || adjunct !== null)) {
      const phrase = adjunct !== null ? { noun, complement, adjunct } : { noun, complement };
      const sent = o.sentences[s];
      const next = o.sentences[s + 1];
      const prev = o.sentences[s - 1];
      const ahead = next && next.paragraph === sent.paragraph ? amountNamedIn(next, o.amounts, phrase) : undefined;
      const behind = ahead ? undefined : prev && prev.paragraph === sent.paragraph ? amountNamedIn(prev, o.amounts, phrase) : undefined;
      const whole = ahead ?? behind ?? null;
      if (whole && whole.currency === part.currency && whole.lo > part.hi) return { part, share, whole };
    }
  }

  // « Le fonds dispose de 46 M€. Le conseil décide d’en réserver 15 % aux communes, soit 6,9 M€ »: « en » before the
  // verb takes up the amount of the sentence before as the whole; the part follows « soit ».
  // « Les vingt premiers en concentrent 62 %, soit 47,8 Md€ »: a verb of share too, when no part stands before it.
  if (!after && !afterSoit && enBefore(v, st.from) && (!has(v.cues[st.from - 1], 'share-verb') || amountBefore(v, st.from - 1, 3) < 0)) {
    const part = amountAfterSoit(v, st.to, o.amounts);
    // « le reste à charge de 800 000 € est réparti entre la communauté, qui en assume les trois quarts, soit … »: an
    // amount of the sentence itself, before the share, is the one « en » stands for; else the sentence before's.
    const here = part ? amountBefore(v, st.from, 40) : -1;
    if (here >= 0 && o.text.charCodeAt(items[here].start - 1) === 40) return null;
    // (Across a paragraph break too, for a sentence that reaches back: « en » and a verb of share say it does.)
    // « conclu pour 96 000 € HT, soit 115 200 € TTC ; l’État en prend en charge 40 % du montant hors taxes, soit … »: a share
    // that names its basis takes up the sentence's amount on that basis, past the semicolon.
    const basis = part && here < 0 ? basisNamedAfter(v, st.to) : 0;
    const onBasis = basis ? amountOnBasisBefore(v, st.from, basis) : -1;
    const taken = !part ? null : here >= 0 ? figureOf(o.amounts, items[here] as AmountItem) : onBasis >= 0 ? figureOf(o.amounts, items[onBasis] as AmountItem) : enWhole(s, o, 1, o.sentences[s].reachesBack && enBeforeVerb(v, st.from));
    // (« 40 % du montant HT, soit 938 000 € » after « 2 814 000 € TTC »: only the whole's form on the basis named.)
    const whole = taken && onBasisOf(o, s, basisNamedAfter(v, st.to), taken);
    // The whole is said plainly: an amount in brackets (« … le versement mobilité (9,7 M€) ») is itself a part.
    const bracketed = whole !== null && o.text.charCodeAt(whole.start - 1) === 40;
    if (part && whole && !bracketed && whole.currency === part.currency && whole.lo > part.hi) return { part, share, whole };
  }

  // « Doté de 9,6 M€, le programme consacre un tiers de ses crédits, soit 4,1 M€, à … », « Sur les 44 Md€ d’effort,
  // environ un quart, soit 14 Md€, … »: the part after « soit », the whole the one other amount said before the share
  // — the sentence's topic — when the share names no other whole (« de ses crédits » does, « des ménages » does not).
  // (« 5,0 % du PIB, soit 150 Md€ » after « un PIB de 2 994 Md€ »: any noun after « du » names its whole when the text
  // gave it an amount; only that amount is then the whole.)
  const byNounOnly = !after && !afterSoit && !namesWhole(v, st.to) && isWord(items[st.to + 1], 'du');
  if (!after && !afterSoit && (namesWhole(v, st.to) || !isWord(items[st.to + 1], 'du', 'de', 'des', "d'") || byNounOnly)) {
    const part = amountAfterSoit(v, st.to, o.amounts);
    const partItem = part ? lowerBound(items, part.start) : -1;
    // (An amount in a later clause, « …, soit 1,05 M€, et le Département 25 %, soit 675 000 € », is no topic of this
    // share; one that is itself a share's part, « un tiers de l’opération, soit 1,05 M€ », is no whole of the next.)
    const besides = partItem >= 0 ? wide.onlyAmountBesides(partItem, st.from) : -1;
    const only = besides > partItem || (besides >= 0 && partAfterShare(v, besides)) ? -1 : besides;
    let whole = !byNounOnly && only >= 0 && only < st.from && sameBasis(v, st.to, partItem, only) ? figureOf(o.amounts, items[only] as AmountItem) : null;
    // « … ont levé 18,6 M€. Les deux tiers de ce montant, soit 12,4 M€, … »: with no other amount here, a whole's noun
    // (« de ce montant », « de l’enveloppe ») takes up the amount of the sentence before.
    // « Les crédits ouverts s’élevaient à 9,4 M€. Le taux de réalisation n’a atteint que 62 %, soit 5,1 M€ mandatés »:
    // so does a rate that is a share of a whole (« taux d’exécution ») as the subject.
    // « frais de dossier : 0,10 % du montant emprunté, soit 850 € »: a noun qualified after it (« emprunté ») names the
    // amount it was given before (« un emprunt d’un montant de 850 000 € »), not the last amount said.
    // (« du » only: « de ce montant » takes up the amount just said.)
    const noun = part && isWord(v.items[st.to + 1], 'du') ? nounOfWhole(v, st.to) : null;
    const found = noun ? amountAfterNounHere(v, o, noun, st.from) ?? amountAfterNounBefore(s, o, noun, REACH, true) : null;
    // « 40 % du montant hors taxes » after « 237 600 € TTC …, soit 198 000 € HT »: the noun's amount on the basis it names.
    const named = found ? onBasisOf(o, s, basisNamedAfter(v, st.to), found) : null;
    // (« 115,3 % du PIB, soit 3 452 Md€ »: a ratio above 100 % makes the part the larger.)
    const ratio = share.lo > 100;
    if (part && named && named.currency === part.currency && (named.lo > part.hi || ratio)) whole = named;
    // (A noun qualified after it that names no amount before takes up none: « du montant emprunté » is not whatever
    // amount the sentence before gave.)
    const qualified = noun !== null && named === null && v.items[st.to + 3]?.kind === 'word' && !isWord(v.items[st.to + 3], 'de', 'du', 'des', "d'");
    if (part && !whole && !byNounOnly && !qualified && only < 0 && (takesUpWhole(v, st.to) || wide.shareRateAt() < st.from) && !wide.amountBefore(st.from)) {
      const prev = previousTotal(s, o, 1, false);
      if (prev && !partOfAShare(o.sentences[indexOfFigure(o, s, prev)], prev)) whole = prev;
    }
    // (« 40 % du montant HT, soit 938 000 € » after « 2 814 000 € TTC »: only the whole's form on the basis named.)
    if (whole) whole = onBasisOf(o, s, basisNamedAfter(v, st.to), whole);
    if (part && whole && whole.currency === part.currency && (whole.lo > part.hi || (ratio && whole === named))) return { part, share, whole };
  }

  // The part before the share: after « soit », or the subject of a verb of share.
  let partAt = -1;
  if (afterSoit) {
    partAt = amountBefore(v, p, 6);
    // « La Région apporte 1,9 M€ à la construction du futur centre aquatique, soit un tiers du coût de l’opération,
    // évalué à 7,8 M€ »: what the part is given to may be long; with the whole written after the share, the one other
    // amount of the sentence, before « soit », is the part.
    if (partAt < 0 && after) {
      const only = wide.onlyAmountBesides(after.at, st.from);
      if (only >= 0 && only < p) partAt = only;
    }
    // « Sur ce total, 1 140 tonnes ont été broyées sur place et redistribuées aux habitants, soit la moitié »: a part
    // whose whole is known may be described at length before « soit ».
    // (« soit 50 % de plus que … » is a change, not a share.)
    const more = isWord(items[st.to + 1], 'de') && isWord(items[st.to + 2], 'plus', 'moins');
    if (partAt < 0 && !after && !more && !isRateAt(v, st.from)) {
      const far = amountBefore(v, p, 20);
      if (far >= 0 && o.totalOfPart.has((items[far] as AmountItem).index)) partAt = far;
    }
  } else {
    // (« ce qui représente à elles seules près de la moitié »: « à lui seul » and a hedge may stand between.)
    for (let q = st.from - 1; q >= 0 && q >= st.from - 8 && items[q].kind === 'word'; q--) {
      // (« ce qui représente » is read as one phrase of result, which holds the verb of share.)
      const ceQui = isWord(items[q], 'ce') && isWord(items[q + 1], 'qui') && items[q + 2]?.kind === 'word' && has(cueOf((items[q + 2] as { f: string }).f), 'share-verb');
      if (has(v.cues[q], 'share-verb') || ceQui) {
        partAt = amountBefore(v, q, 3);
        // « dont 211 M€ sur le RSA, qui en représente donc 53 % »: the relative's antecedent is the amount its clause
        // follows, a few words back; « 107 Md€, ce qui représente … »: so is the one « ce qui » takes up.
        const relative = isWord(items[q - 1], 'en') && isWord(items[q - 2], 'qui') ? q - 2 : isWord(items[q - 1], 'qui') ? q - 1 : -1;
        const comma = relative > 0 && isWord(items[relative - 1], 'ce') ? relative - 2 : relative - 1;
        if (partAt < 0 && relative > 0 && isPunct(items[comma], ',')) partAt = amountBefore(v, comma, 6);
        break;
      }
    }
  }
  // « La charge de la dette atteindrait 55 Md€. Rapportée aux 444 Md€ de dépenses nettes, elle en absorberait 11 % »:
  // the whole after « Rapporté à », the part the amount the pronoun stands for.
  if (partAt < 0 && !after && !afterSoit) {
    const base = dividedWhole(v, st.from);
    const k0 = afterComma(v, base);
    if (base >= 0 && k0 >= 0 && (has(v.cues[k0], 'anaphora') || isWord(v.items[k0], 'en'))) {
      const whole = figureOf(o.amounts, items[base] as AmountItem);
      const part = previousTotal(s, o, 1, o.sentences[s].reachesBack);
      if (part && part.currency === whole.currency && whole.lo > part.hi) return { part, share, whole };
    }
  }
  // « Le quart de l’enveloppe – 5,6 M€ – ira à … »: the part set apart right after the whole's noun.
  if (partAt < 0 && !after && namesWhole(v, st.to)) partAt = appositionAfterWhole(v, st.to);
  // « Les participations des familles (198 000 €) et la PSU (452 000 €) couvrent 63,5 % des charges »: the subject's
  // amounts, each in brackets after its noun and joined by « et », are the part together.
  // « Les subventions – 720 000 € de DETR et 480 000 € de DSIL – couvrent 50 % du coût »: so are amounts set apart
  // between dashes or brackets after the subject's noun.
  const joined = partAt >= 0 && !afterSoit ? bracketedSubject(v, partAt, o) ?? setApartSubject(v, partAt, o) : null;
  if (partAt >= 0) {
    let part = joined ?? figureOf(o.amounts, items[partAt] as AmountItem);
    let whole = after?.whole ?? null;
    // « X sur (les) Y, soit N % »: the amount found is the whole, the part is before « sur ».
    // « X en 2023, sur un budget d’investissement de Y, soit N % »: a few words of the whole's noun may stand between.
    if (!whole && afterSoit) {
      let q = partAt - 1;
      for (let w = 0; q >= 0 && w < 8 && items[q].kind === 'word' && !isWord(items[q], 'sur'); w++) q--;
      // « 3 412 000 € pour 4 870 000 € de crédits ouverts, soit un taux de réalisation de 70 % »: « pour » right before
      // the amount reads as « sur ».
      const pour = isWord(items[partAt - 1], 'pour') && items[partAt - 2]?.kind === 'amount';
      if (pour) q = partAt - 1;
      if (isWord(items[q], 'sur') || pour) {
        // « 4,8 M€ à la voirie en 2023, sur … »: what the part is spent on, and when, may stand before « sur ».
        const xi = amountBefore(v, q, 6);
        if (xi >= 0) {
          whole = part;
          part = figureOf(o.amounts, items[xi] as AmountItem);
        }
      } else if (isWord(items[partAt - 1], 'des', 'les')) {
        // « 412 km de pistes sont ouverts le long des 1 650 km de routes, soit 31 % du réseau »: « des », « les » before a number
        // is definite — the whole the part before it is taken from.
        const xi = amountBefore(v, partAt - 1, 10);
        const earlier = xi >= 0 ? figureOf(o.amounts, items[xi] as AmountItem) : null;
        if (earlier && earlier.currency === part.currency && earlier.hi < part.lo) {
          whole = part;
          part = earlier;
        }
      }
    }
    if (!whole) whole = o.totalOfPart.get(part.index) ?? null;
    // « Le projet, d’un coût total de 2,4 M€, est soutenu … à hauteur de 1,2 M€, soit 60 % du montant »: a generic whole's
    // noun takes up the one other amount of the sentence, said before the part and larger than it.
    // (That amount is given as a whole: « d’un coût (total) de », « un budget de »; and on the basis the share names.)
    if (!whole && afterSoit && takesUpWhole(v, st.to)) {
      const only = wide.onlyAmountBesides(partAt, st.from);
      const given = only > 0 && only < partAt && isWord(items[only - 1], 'de', "d'") && [2, 3].some((n) => has(v.cues[only - n], 'whole-noun')) && basisNamedAfter(v, st.to) === basisAt(v, only + 1);
      const other = given ? figureOf(o.amounts, items[only] as AmountItem) : null;
      if (other && other.currency === part.currency && other.lo > part.hi) whole = other;
    }
    // « Les recettes … atteignent 17,2 M€. La TEOM, avec 12,8 M€, … La redevance, 1,1 M€, représente 6,4 % de ces
    // recettes »: a demonstrative with a noun of its own (not « ce montant ») takes up the amount that noun was given,
    // which need not be the last one said.
    const own = !whole && !after && demonstrativeOwnNoun(v, st.to);
    if (own) {
      const named = amountNamedBefore(o, Math.max(0, s - REACH), s - 1, { noun: own, complement: null, qualifier: null });
      if (named && named.lo > part.hi && named.currency === part.currency) whole = named;
    }
    if (!whole && takesUpWhole(v, st.to)) {
      // « … ont atteint 1,84 Md€. » ¶ (counts) ¶ « L’ARE en représente l’essentiel : 1,52 Md€, soit 76 % du total »: « du
      // total » takes up the last amount said, a paragraph or two before when none stands between.
      // (« du total », « du coût total », « du montant global »: a total named so reaches over a paragraph break.)
      const namedTotal = nounOfWhole(v, st.to) === 'total' || [2, 3, 4].some((n) => has(v.cues[st.to + n], 'total') && !isPunct(v.items[st.to + n - 1], ','));
      const prev = previousTotal(s, o, 2, false) ?? (namedTotal ? previousTotal(s, o, 1, true) : null);
      // (« couvre 30 % du coût de l’opération » after « Seuls les CP 2025, soit 1,05 M€ »: a year's payment credits are
      // a slice of the operation's cost, never its whole.)
      const prevSentence = prev ? o.sentences[indexOfFigure(o, s, prev)] : null;
      const slice = prevSentence !== null && nounOfWhole(v, st.to) === 'cout' && basisNamedAfter(v, st.to) !== PAYMENT_CREDITS && prevSentence.cues.some((c) => has(c, 'mixed-basis') && c!.value === PAYMENT_CREDITS);
      if (prev && !slice && prev.lo > part.hi && !partOfAShare(prevSentence!, prev)) whole = prev;
    }
    // « … le déficit des hôpitaux atteint 1,9 Md€, après 0,6 Md€ en 2022. Les CHU en concentrent 1,1 Md€, soit 48 % du
    // déficit total »: the noun of the whole, and the amount it was given in the sentence before.
    // « Nos ressources ont atteint 612 000 €. » ¶ « … les dons, soit 146 000 €, représentent 28 % de nos ressources »:
    // across a paragraph break when the sentence reaches back (mayReferBack), within REACH and the section.
    if (!whole && !after) {
      const noun = nounOfWhole(v, st.to);
      const sent = o.sentences[s];
      let first = s;
      // (Within its paragraph a sentence reaches the ones before it; across a break, only when it reaches back.)
      while (first > 0 && first > s - REACH && o.sentences[first - 1].section === sent.section && (sent.reachesBack || o.sentences[first - 1].paragraph === sent.paragraph)) first--;
      const phrase = noun ? { noun, complement: complementOfWhole(v, st.to), qualifier: qualifierOfWhole(v, st.to) } : null;
      const far = phrase && first < s ? amountNamedBefore(o, first, s - 1, phrase) : null;
      let named = !noun ? null : afterSoit ? amountAfterNounBefore(s, o, noun) ?? far : far;
      // « 15 % de l’enveloppe régionale » is no share of « l’enveloppe nationale de 2 Md€ »: the adjectives differ.
      if (named && phrase?.qualifier && otherAdjective(o, named, noun!, phrase.qualifier)) named = null;
      if (named && named.lo > part.hi && named.currency === part.currency) whole = named;
    }
    // « Les charges de personnel, 9,9 M€, en représentent les deux tiers »: « en » stands for the amount said before.
    if (!whole && !after && enBeforeVerb(v, st.from)) {
      const prev = enWhole(s, o, REACH, o.sentences[s].reachesBack);
      // (An amount its own sentence gives as a share's part is a sibling: « en » stands for that share's whole.)
      if (prev && prev.lo > part.hi && prev.currency === part.currency && !partOfAShare(o.sentences[indexOfFigure(o, s, prev)], prev)) whole = prev;
    }
    // (« 40 % du montant HT, soit 938 000 € »: the basis the share names is the part's too.)
    if (whole) whole = onBasisOf(o, s, basisAt(v, partAt + 1) || basisNamedAfter(v, st.to), whole);
    return whole && whole.index !== part.index ? { part, share, whole } : null;
  }

  // « … est fixée à 2,52 Md€. Elle représente 56 % des 3,95 Md€ de crédits … »: a pronoun subject stands for the one
  // amount of the sentence before.
  if (after && shareVerbBefore(v, st.from) && has(v.cues[firstWord(items)], 'anaphora') && firstWord(items) < st.from - 1) {
    let other = false;
    for (let q = 0; q < st.from; q++) if (items[q].kind === 'amount') other = true;
    const prev = other ? null : previousTotal(s, o, 1, false);
    if (prev && prev.currency === after.whole.currency && prev.index !== after.whole.index) return { part: prev, share, whole: after.whole };
  }

  // « Les charges atteignent 540 M€. … la masse salariale s’établit à 412 M€. Elle représente 71 % des charges »: the
  // pronoun stands for the one amount of the sentence before, the whole is the one the share's noun was given earlier.
  if (!after && shareVerbBefore(v, st.from) && has(v.cues[firstWord(items)], 'anaphora') && s > 0) {
    let other = false;
    for (let q = 0; q < st.from; q++) if (items[q].kind === 'amount') other = true;
    const noun = other ? null : nounOfWhole(v, st.to);
    const part = noun ? previousTotal(s, o, 1, false) : null;
    // (The noun's amount may stand in the paragraph before: the pronoun makes the sentence reach back.)
    const whole = part && noun ? amountAfterNounBefore(s, o, noun, REACH, true) : null;
    if (part && whole && whole.index !== part.index && whole.currency === part.currency && whole.lo > part.hi) return { part, share, whole };
  }

  // « Avec X sur un budget de Y, … les deux tiers … »: part and whole joined by « sur », the share stated apart.
  const sur = after ? null : wide.partOverWhole();
  // « Les femmes représentent 47 % des créateurs, mais seulement 21 % des montants : 3,4 M€ sur 16,2 M€ »: the pair is
  // the nearest share's; another percentage between them keeps it from this one.
  if (sur && !percentBetween(v, st.from, lowerBound(items, sur.part.start))) return { part: sur.part, share, whole: sur.whole };

  // « Avec X, l’État assure la moitié du financement de ce projet de Y », « Le transport, représentant 34 % des
  // dépenses, qui atteignent Y, a coûté X »: the one other amount of the sentence is the part.
  if (after && (isWord(items[firstWord(items)], 'avec') || shareVerbBefore(v, st.from))) {
    const only = wide.onlyAmountBesides(after.at, st.from);
    // (« …, qui atteignent 9 M€, et à elle seule un tiers de l’enveloppe …, soit 0,84 M€ »: an amount after another share
    // in words is that share's.)
    let nearer = false;
    // (« …, qui s’établit à 3,2 M€, auxquels s’ajoutent des mises à disposition valorisées à 0,34 M€ »: an amount added
    // to the whole is no part of it.)
    for (let q = after.at + 1; q < only && !nearer; q++) nearer = has(v.cues[q], 'fraction') || items[q].kind === 'percent' || has(v.cues[q], 'extra');
    // (« Compte tenu des 4,1 M€ d’aides encaissés, l’autofinancement n’a couvert que 18 % de … »: an amount in a clause
    // fronted before the share verb's own subject is not that subject's; « Avec X, l’État assure la moitié » is.)
    const avec = isWord(items[firstWord(items)], 'avec');
    for (let q = only + 1; q < st.from && !nearer && !avec; q++) nearer = isPunct(items[q], ',') && isWord(items[q + 1], 'le', 'la', "l'", 'les');
    if (only >= 0 && !nearer) return { part: figureOf(o.amounts, items[only] as AmountItem), share, whole: after.whole };
  }
  // « Le programme 149 représente ainsi 52 % des crédits de la mission »: the amount the named subject was given
  // earlier in the section over the one the completed noun was (namedShares.ts).
  if (!after && shareVerbBefore(v, st.from) && o.sentences[s].figures === 1) {
    const words = namedSubject(o.sentences[s]);
    const noun = words ? nounOfWhole(v, st.to) : null;
    const complement = noun ? complementOfWhole(v, st.to) : null;
    const part = words && complement ? subjectAmountBefore(s, o, words) : null;
    const whole = part && noun && complement ? completedNounAmountBefore(s, o, noun, complement) : null;
    if (part && whole && whole.index !== part.index && whole.currency === part.currency && whole.lo > part.hi) return { part, share, whole };
  }
  return null;
}

/** The lexicon's value for a basis of payment credits (« CP », « crédits de paiement »). */
const PAYMENT_CREDITS = 4;

/** The basis (HT, TTC, AE, CP) a cue at item k gives, or 0. */
function basisAt(v: View, k: number): number {
  const c = v.cues[k];
  return has(c, 'mixed-basis') ? c!.value ?? 0 : 0;
}

/**
 * « D’un coût de 5,4 M€ TTC, … à hauteur de 40 % du montant hors taxes, soit 1,8 M€ »: a share whose words name a
 * basis is of the whole only when that amount is on the same basis.
 */
function sameBasis(v: View, shareEnd: number, partAt: number, wholeAt: number): boolean {
  let named = 0;
  for (let q = shareEnd + 1; q < partAt && !named; q++) named = basisAt(v, q);
  return named === 0 || basisAt(v, wholeAt + 1) === named;
}

/**
 * « … 4,5 M€ HT sur quatre ans, soit 5,4 M€ TTC. … mandaté 3,24 M€ TTC, soit 60 % du montant initial »: a part said on a
 * basis (HT, TTC, AE, CP) is a share of its whole's form on that basis — the amount its clause goes on to give it in —
 * and of no whole said only on another basis.
 */
function onBasisOf(o: ShareContext, s: number, basis: number, whole: Figure): Figure | null {
  if (!basis) return whole;
  const w = o.sentences[indexOfFigure(o, s, whole)];
  const at = lowerBound(w.items, whole.start);
  const own = basisAt(w, at + 1);
  if (own === 0 || own === basis) return whole;
  for (let q = at + 1; q < w.items.length && q <= at + 12; q++) {
    const it = w.items[q];
    if (isPunct(it, '.', ';')) break;
    // (« 237 600 € TTC (deux cent trente-sept mille six cents euros), soit 198 000 € HT »: the whole again in brackets.)
    if (it.kind === 'amount' && isPunct(w.items[q - 1], '(')) continue;
    if (it.kind === 'amount') return it.high === undefined && basisAt(w, q + 1) === basis ? figureOf(o.amounts, it) : null;
  }
  return null;
}

/** The nearest amount before item `to` written on `basis` (« 96 000 € HT »), or -1. */
function amountOnBasisBefore(v: View, to: number, basis: number): number {
  // (Within a clause's reach: a bound keeps each share's look-back short on any sentence.)
  for (let q = to - 1; q >= 0 && q >= to - 60; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' && it.high === undefined && basisAt(v, q + 1) === basis) return q;
  }
  return -1;
}

/** The basis (HT, TTC, AE, CP) the few words after a share name (« 30 % du montant hors taxes »), or 0. */
function basisNamedAfter(v: View, to: number): number {
  for (let q = to + 1; q < v.items.length && q <= to + 5 && v.items[q].kind === 'word'; q++) {
    const b = basisAt(v, q);
    if (b) return b;
  }
  return 0;
}

function shareVerbBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) if (has(v.cues[q], 'share-verb')) return true;
  return false;
}

/** « X sur (un budget de | les) Y » in the sentence: the part and its whole. */
function partOverWhole(v: View, o: ShareContext): { part: Figure; whole: Figure } | null {
  const { items } = v;
  for (let k = 0; k < items.length; k++) {
    if (!isWord(items[k], 'sur')) continue;
    // « 412 M€ en crédits de paiement, sur un total de 1 862 M€ »: the part's own complement may stand between.
    let b = k - 1;
    for (let w = 0, commas = 0; b >= 0 && items[b].kind !== 'amount' && w < 6; b--) {
      const it = items[b];
      if (it.kind === 'percent' || (it.kind === 'punct' && (it.ch !== ',' || ++commas > 1))) break;
      if (it.kind === 'word') w++;
    }
    const before = items[b];
    if (!before || before.kind !== 'amount' || before.high !== undefined) continue;
    let q = k + 1;
    // (« sur un budget alimentaire total de 1,24 M€ »: adjectives may follow the whole's noun.)
    let noun = false;
    for (let w = 0; q < items.length && w < 5 && items[q].kind === 'word'; q++, w++) {
      const n = items[q] as { f: string };
      if (has(v.cues[q], 'whole-noun')) noun = true;
      else if (!(['un', 'une', 'les', 'le', 'la', "l'", 'de', "d'", 'des', 'ses', 'son', 'sa'].includes(n.f) || (noun && adjectiveAfter(items, q - 1) !== null))) break;
    }
    const after = items[q];
    if (after && after.kind === 'amount' && after.high === undefined) return { part: figureOf(o.amounts, before), whole: figureOf(o.amounts, after) };
  }
  return null;
}

function firstWord(items: readonly Item[]): number {
  let k = 0;
  while (k < items.length && items[k].kind === 'punct') k++;
  return k;
}

