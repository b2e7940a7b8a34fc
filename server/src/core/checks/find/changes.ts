// Stated changes between two figures of one clause:
//   passe de X à Y, soit une hausse de N %      ·  en baisse de N % (de X à Y)
//   Y, contre X en 2023 (+N %)                  ·  Y en 2024, +N % sur un an (X en 2023)
//   passe de 7,1 % à 7,5 %, soit +0,4 point     ·  a doublé, passant de X à Y
//   Y, soit cinq fois plus qu’en 2019 (X)        ·  multiplié par N, divisé par deux
//   de X à Y, soit 250 M€ de plus               ·  de X l’an passé, augmente de N % et atteint Y
// The stated change (a percentage with a word of rise or fall, points, a
// factor, or an amount « de plus ») and its two endpoints are found from the
// clause's structure: « de X à Y », « contre X », « que X », the years or the
// « l’an passé » that date each figure. Endpoints may be amounts, percentages
// or counts of things (« passant de 4 500 à 9 800 bornes »).

import { Amount, Percentage, Span } from '../../types';
import { Change, StatedChange, Value } from '../model';
import { has } from '../cues';
import { amountInterval, percentInterval } from '../intervals';
import { Sentence } from '../sentences';
import { FIGURE_LEAD, Item, MONTHS, foundingYearAt, isPunct, isSeasonItem, isWord, isYearItem, lowerBound } from '../words';
import { View, namesAText, rejectedBefore, yearOfView } from './region';
import { amountNamedIn, nounPhraseAt } from './wholes';
import { opensOnDefiniteChange } from '../reach';
import { ReadQuantity, SCALES, TIME_UNITS, isDigits, nounKey, quantityAt, sameNoun } from './quantities';
import { hasDigit } from '../../text/chars';
import { noNounAfterCount } from './counts';

const PASS = new Set(['passe', 'passent', 'passant', 'passera', 'passeront', 'passait', 'passaient', 'passer', 'passes', 'passee', 'passees', 'evolue', 'evoluent', 'evoluant']);
const PAST = new Set(['passe', 'passee', 'dernier', 'derniere', 'precedent', 'precedente', 'auparavant', 'initialement', 'jadis']);

interface Figures {
  amounts: readonly Amount[];
  percentages: readonly Percentage[];
}

function amountValue(amounts: readonly Amount[], index: number): Value {
  const a = amounts[index];
  const i = amountInterval(a);
  return { start: a.start, end: a.end, value: a.value, lo: i.lo, hi: i.hi, unit: a.currency };
}

function percentValue(percentages: readonly Percentage[], index: number): Value {
  const p = percentages[index];
  const i = percentInterval(p);
  return { start: p.start, end: p.end, value: p.value, lo: i.lo, hi: i.hi, unit: '%' };
}

/** The direction words around item k: before it (« une hausse de », « + ») or after it (« de plus »). 1 a rise, -1 a fall, 0 unknown sign, null none. */
function directionAround(v: View, k: number, end: number): 1 | -1 | 0 | null {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent') break;
    // « La dépense a progressé : 11,8 M€ en 2021, 12,6 M€ en 2022 … »: past a colon, a dated figure is a level the
    // change runs through, not its size.
    if (isPunct(it, ':') && (isYearItem(v.items[end + 1]) || (isWord(v.items[end + 1], 'en') && isYearItem(v.items[end + 2])))) return null;
    const c = v.cues[q];
    // « Les tarifs réduits pèsent pour 30 % des ventes »: a verb of share between says the figure is a share; the word of
    // change before it qualifies the subject.
    if (has(c, 'share-verb')) return null;
    // « au taux réduit de 5,5 % », « un taux majoré de 10 % »: the adjective of a rate, whose value the figure is.
    if ((has(c, 'rise') || has(c, 'fall')) && has(v.cues[q - 1], 'ratio')) return null;
    if (has(c, 'rise')) return 1;
    if (has(c, 'fall')) return -1;
    if (has(c, 'change')) return 0;
    if (q === k - 1 && isPunct(it, '+')) return 1;
    if (q === k - 1 && isPunct(it, '-', '−', '–')) return -1;
  }
  // « 30 % de plus », « 250 M€ de moins ».
  if (isWord(v.items[end + 1], 'de') && isWord(v.items[end + 2], 'plus')) return 1;
  if (isWord(v.items[end + 1], 'de') && isWord(v.items[end + 2], 'moins')) return -1;
  return null;
}

/** « 0,6 % par an », « 2 % l’an », « 3 % annuels », « une hausse annuelle de 3 % »: the percentage at k is yearly. */
function yearlyRate(v: View, k: number): boolean {
  const { items, cues } = v;
  if (isWord(items[k + 1], 'par') && isWord(items[k + 2], 'an', 'annee')) return true;
  if (isWord(items[k + 1], "l'") && isWord(items[k + 2], 'an')) return true;
  if (has(cues[k + 1], 'yearly')) return true;
  return isWord(items[k - 1], 'de') && has(cues[k - 2], 'yearly');
}

/** How far « doublé », « triplé » may be from the ratio of the ends, relatively (beyond the ends' own rounding). */
const FACTOR_SLACK = 0.05;

/** The clause from item `from` opens on a cause (« Grâce à … », « Sous l’effet de … »). */
function causeOpens(v: View, from: number): boolean {
  for (let k = from; k < v.items.length && k <= from + 1; k++) if (has(v.cues[k], 'cause')) return true;
  return false;
}

/**
 * « La hausse a coûté 5,3 Md€ en 2022, 14,1 Md€ en 2023 et 7,6 Md€ en 2024 »: an amount enumerated with the next or
 * the one before, each with its year and nothing else between, is one term of a series — what each year came to, not
 * the change between two of them.
 */
function inDatedSeries(items: readonly Item[], k: number): boolean {
  const joined = (from: number, step: number): boolean => {
    let year = false;
    for (let q = from + step, n = 0; q >= 0 && q < items.length && n < 5; q += step, n++) {
      const it = items[q];
      if (it.kind === 'amount') return year;
      if (isYearItem(it)) year = true;
      else if (!(isPunct(it, ',') || isWord(it, 'en', 'et'))) return false;
    }
    return false;
  };
  return joined(k, 1) || joined(k, -1);
}

/** Changes the clause [from, to) states, and where. */
function statedChanges(v: View, f: Figures, from: number, to: number): StatedChange[] {
  const out: StatedChange[] = [];
  const { items } = v;
  // After a cause (« sous l’effet de la hausse des prix (+17 %) »), a percentage is the cause's, until « soit » brings
  // the clause back to its own figures.
  let cause = false;
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (has(v.cues[k], 'cause')) cause = true;
    else if (isWord(it, 'soit')) cause = false;
    // « Grâce à la pose de mousseurs, les volumes passent de … »: a cause fronted before the sentence's subject ends at
    // its comma.
    else if (cause && isPunct(it, ',') && causeOpens(v, from) && isWord(items[k + 1], 'le', 'la', 'les', "l'", 'ce', 'cette', 'ces', 'nos', 'leurs', 'ses')) cause = false;
    if (it.kind === 'percent' && cause) continue;
    if (it.kind === 'percent') {
      // « a reculé de 9,8 % à 8,1 % »: two rates, the ends of the change, not a change of 9,8 %.
      // « reculerait de 57,1 % du PIB en 2025 à 56,4 % en 2026 »: a few words may name the base and the year.
      const endpoint = (isWord(items[k + 1], 'a') && items[k + 2]?.kind === 'percent') || (isWord(items[k - 1], 'a') && items[k - 2]?.kind === 'percent') || rateEnds(items, k);
      if (endpoint) continue;
      // « +0,6 % par an », « 2 % l’an », « une hausse annuelle de 3 % »: a yearly rate, compounded over the years
      // between the ends, is no change from one end to the other.
      if (yearlyRate(v, k)) continue;
      // « soit une hausse de 3,5 points, ou 11 % en valeur relative »: the same change, said relatively.
      const relative = relativeAfter(items, k);
      const dir = directionAround(v, k, k) ?? (relative && out.length > 0 ? out[out.length - 1].direction : null);
      if (dir === null) continue;
      const p = f.percentages[it.index];
      const i = percentInterval(p);
      out.push({ start: p.start, end: p.end, kind: 'percent', value: p.value, lo: i.lo, hi: i.hi, direction: dir, percent: it.index });
      continue;
    }
    if (it.kind === 'amount') {
      // « une hausse de 150 M€ », « 250 M€ de plus »: a difference stated as an amount (« diminuent de 2,4 à 1,8 Md€ » is no difference).
      // (« recule de 4,32 M€ en 2024 à 3,96 M€ »: the year of the first end may stand before « à ».)
      const endpoint = isWord(items[k + 1], 'a') || isWord(items[k - 1], 'a') || (isWord(items[k + 1], 'en') && isYearItem(items[k + 2]) && isWord(items[k + 3], 'a'));
      const dir = it.high === undefined && !endpoint && !inDatedSeries(items, k) ? directionAround(v, k, k) : null;
      if (dir === null || dir === 0) continue;
      const a = f.amounts[it.index];
      const i = amountInterval(a);
      out.push({ start: a.start, end: a.end, kind: 'difference', value: a.value, lo: i.lo, hi: i.hi, direction: dir });
      continue;
    }
    if (it.kind !== 'word') continue;
    const c = v.cues[k];
    if (has(c, 'factor') && c!.value) {
      // « ce n’est pas un doublement », « n’a pas doublé »: a change the text denies states none.
      if (deniedBefore(items, k) || factorAdjective(items, k)) continue;
      const x = c!.value;
      // « plus que doublé », « plus du double », « plus de deux fois » are at least × 2; « presque triplé », « près de
      // doubler » at most × 3 or × 2.
      const more = (isWord(items[k - 1], 'que') && isWord(items[k - 2], 'plus')) || (isWord(items[k - 1], 'du') && isWord(items[k - 2], 'plus')) || (isWord(items[k - 1], 'le') && isWord(items[k - 2], 'que') && isWord(items[k - 3], 'plus'));
      const almost = isWord(items[k - 1], 'presque', 'quasiment', 'pratiquement') || (isWord(items[k - 1], 'de') && isWord(items[k - 2], 'pres'));
      // « a doublé » for × 1,8 overstates by a tenth: a fact-checker would write « presque doublé ».
      const lo = almost ? x * 0.75 : more ? x * 0.97 : x * (1 - FACTOR_SLACK);
      const hi = more ? Infinity : x * (1 + FACTOR_SLACK);
      out.push({ start: it.start, end: it.end, kind: 'factor', value: x, lo, hi, direction: 1 });
      continue;
    }
    // « 4 points », « 0,4 point », « trois fois plus », « multiplié par 3 », « divisé par deux ».
    const q = quantityAt(items, k);
    if (!q) continue;
    const unit = v.cues[q.next];
    if (has(unit, 'points')) {
      const dir = directionAround(v, k, q.next);
      if (dir !== null) out.push({ start: it.start, end: items[q.next].end, kind: 'points', value: q.value, lo: q.lo, hi: q.hi, direction: dir });
    } else if (has(unit, 'times') && isWord(items[q.next + 1], 'plus', 'moins', ...ABOVE, ...BELOW) && !changeCompared(v, k)) {
      // « quatre fois supérieur à celui de l’ancien ouvrage » reads as « quatre fois plus ».
      const down = isWord(items[q.next + 1], 'moins', ...BELOW);
      const n = q.value;
      // « trois fois plus » is × 3 (some read × 4): both are allowed.
      out.push(
        down
          ? { start: it.start, end: items[q.next + 1].end, kind: 'factor', value: 1 / n, lo: 0.9 / (n + 1), hi: 1.1 / n, direction: -1 }
          : { start: it.start, end: items[q.next + 1].end, kind: 'factor', value: n, lo: n * 0.9, hi: (n + 1) * 1.1, direction: 1 },
      );
    } else if (isWord(items[k - 1], 'par') && isWord(items[k - 2], 'multiplie', 'multiplies', 'multipliee', 'multipliees')) {
      out.push({ start: items[k - 2].start, end: items[q.next - 1].end, kind: 'factor', value: q.value, lo: q.value * 0.9, hi: q.value * 1.1, direction: 1 });
    } else if (isWord(items[k - 1], 'par') && isWord(items[k - 2], 'divise', 'divises', 'divisee', 'divisees')) {
      out.push({ start: items[k - 2].start, end: items[q.next - 1].end, kind: 'factor', value: 1 / q.value, lo: 0.9 / q.value, hi: 1.1 / q.value, direction: -1 });
    }
    k = q.next - 1;
  }
  return out;
}

/**
 * « Cette hausse, trois fois supérieure à l’inflation »: a change noun right before the factor makes it a comparison of
 * that change with another figure, no factor between two levels.
 */
function changeCompared(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    if (v.items[q].kind !== 'word' && !isPunct(v.items[q], ',')) return false;
    if ((has(v.cues[q], 'rise') || has(v.cues[q], 'fall')) && isWord(v.items[q - 1], 'cette', 'la', 'une', 'sa', 'leur')) return true;
  }
  return false;
}

/** Words after which « double » is still the verb or the noun: « double en dix ans », « double presque », « le double de ». */
const AFTER_FACTOR_VERB: ReadonlySet<string> = new Set(['en', 'de', "d'", 'par', 'depuis', 'entre', 'sur', 'pour', 'presque', 'quasiment', 'pratiquement', 'et', 'ou', 'ainsi', 'donc', 'encore', 'deja', 'a', 'au', 'aux', 'la', 'le', 'les', "l'", 'son', 'sa', 'ses', 'leur', 'leurs', 'dans', 'avec', 'sous']);

/** The words of a factor that are adjectives too. */
const FACTOR_ADJECTIVES: ReadonlySet<string> = new Set(['double', 'doubles', 'triple', 'triples', 'quadruple', 'quadruples']);

/**
 * « des chasses d’eau double débit », « un double vitrage »: « double » or « triple » written before a noun qualifies
 * it; no change is stated.
 */
function factorAdjective(items: readonly Item[], k: number): boolean {
  const w = items[k];
  if (w.kind !== 'word' || !FACTOR_ADJECTIVES.has(w.f)) return false;
  // (« le double de », « soit le double. »: the noun, told by what follows; « a double » the verb.)
  if (isWord(items[k - 1], 'plus', 'que', 'a', 'ont', 'avait', 'aura')) return false;
  const next = items[k + 1];
  return next?.kind === 'word' && !AFTER_FACTOR_VERB.has(next.f) && next.f.length > 2;
}

/** « pas », « jamais » or « non » among the three words before item k. */
function deniedBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) if (isWord(items[q], 'pas', 'jamais', 'non')) return true;
  return false;
}

/** « de 57,1 % du PIB en 2025 à 56,4 % »: the percentage at k is one end, the other across a few words and « à ». */
function rateEnds(items: readonly Item[], k: number): boolean {
  // The words between name the base or the date (« du PIB », « en 2025 »), never a verb (« porte la densité à »).
  if (isWord(items[k - 1], 'de')) {
    if (!isWord(items[k + 1], 'du', 'de', 'des', "d'", 'en')) return false;
    for (let q = k + 1; q < items.length && q <= k + 6; q++) {
      if (items[q].kind !== 'word') return false;
      if (isWord(items[q], 'a')) return items[q + 1]?.kind === 'percent';
    }
    return false;
  }
  if (!isWord(items[k - 1], 'a')) return false;
  for (let q = k - 2; q >= 0 && q >= k - 7; q--) {
    if (items[q].kind === 'percent') return isWord(items[q - 1], 'de') && isWord(items[q + 1], 'du', 'de', 'des', "d'", 'en');
    if (items[q].kind !== 'word') return false;
  }
  return false;
}

/** « N fois supérieur à », « N fois inférieur à »: a factor, as « N fois plus » and « N fois moins ». */
const ABOVE = ['superieur', 'superieure', 'superieurs', 'superieures'];
const BELOW = ['inferieur', 'inferieure', 'inferieurs', 'inferieures'];

interface Point {
  k: number;
  value: Value;
}

/** The figures of the clause that may be endpoints: amounts (not ranges), percentages, and, when there are none, counts. */
function points(v: View, f: Figures, from: number, to: number, stated: StatedChange): Point[] {
  const out: Point[] = [];
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    // « et non 672 000 € »: a figure the text corrects is none of its own.
    if ((it.kind === 'amount' || it.kind === 'percent') && rejectedBefore(v, k)) continue;
    // « 2,6 Md€ (2 600 M€) en 2026, contre 2,2 Md€ »: the amount alone in brackets right after another restates it, no
    // point of its own (« 458 M€ (412 M€ en 2023) » dates one).
    // (« 1,12 Md€ de crédits de paiement (1 210 M€) »: a few words naming the amount's basis may stand between.)
    if (it.kind === 'amount' && isPunct(v.items[k - 1], '(') && isPunct(v.items[k + 1], ')') && amountJustBefore(v, k - 1)) continue;
    if (it.kind === 'amount' && it.high === undefined && it.start !== stated.start) out.push({ k, value: amountValue(f.amounts, it.index) });
    else if (it.kind === 'percent' && it.index !== stated.percent) out.push({ k, value: percentValue(f.percentages, it.index) });
  }
  return out;
}


/** An amount right before item `open`, or past « de » and up to three words (« 1,12 Md€ de crédits de paiement »). */
function amountJustBefore(v: View, open: number): boolean {
  if (v.items[open - 1]?.kind === 'amount') return true;
  for (let q = open - 1; q >= 0 && q >= open - 5; q--) {
    const it = v.items[q];
    if (it.kind === 'amount') return isWord(v.items[q + 1], 'de', "d'");
    if (it.kind !== 'word') return false;
  }
  return false;
}

/** A verb or noun of change among the three words before item k (« passant de », « a reculé de », « en hausse de »). */
function changeWordBefore(v: View, k: number): boolean {
  // « en forte progression, de 1 250 à 1 690 »: a comma may set the ends apart from their noun of change.
  const stop = isPunct(v.items[k - 1], ',') ? k - 4 : k - 3;
  for (let q = k - 1; q >= 0 && q >= stop; q--) {
    const it = v.items[q];
    if (q === k - 1 && isPunct(it, ',')) continue;
    if (it.kind !== 'word') return false;
    const c = v.cues[q];
    if (PASS.has(it.f) || has(c, 'rise') || has(c, 'fall') || has(c, 'change')) return true;
  }
  return false;
}

/** Counts « de 4 500 à 9 800 », « de 48 à 31 »: the endpoints when the figures are things, not money. */
function countRange(v: View, from: number, to: number, apposedOnly = false): { from: Value; to: Value } | null {
  for (let k = from; k < to; k++) {
    if (!isWord(v.items[k], 'de', "d'")) continue;
    if (apposedOnly && !(isPunct(v.items[k - 1], ',') && v.items[k - 2]?.kind === 'percent')) continue;
    // « Les défaillances de PME de 10 à 49 salariés ont bondi de 27 % »: a range after a noun qualifies it; ends of a
    // change follow a verb of change (« passe de 4 500 à 9 800 », « ont reculé de 820 à 738 »).
    // « De 11 200 à 14 900 : le nombre d’apprentis grimpe de 25 % »: the ends set as a lead before a colon.
    // « a progressé de 50 %, de 3 100 à 4 650 »: the ends in apposition right after the rate of change.
    const apposed = isPunct(v.items[k - 1], ',') && v.items[k - 2]?.kind === 'percent';
    const lead = !changeWordBefore(v, k) && !apposed;
    if (lead && k !== firstIndexOf(v, from)) continue;
    let a = quantityAt(v.items, k + 1);
    if (!a) continue;
    // « de 820 en 2023 à 738 en 2024 »: the first end's year may stand before « à ».
    let at = a.next;
    // « de 14,2 mois à 11,8 mois », « de 1 420 agents en 2022 à … »: the first end's noun, then its year.
    // (« de 142 grammes par plateau en 2022 à 98 grammes »: the unit the first end is per, then its year.)
    const per = a.nounAt === at && isWord(v.items[at + 1], 'par') && v.items[at + 2]?.kind === 'word' && !hasDigit((v.items[at + 2] as { f: string }).f);
    if (per) at += 2;
    if ((a.nounAt === at || per) && isWord(v.items[at + 1], 'a', 'en')) at++;
    // (« de 96 300 entrées en 2022-2023 à 84 900 »: a season dates the end as a year does.)
    if (isWord(v.items[at], 'en') && (isYearItem(v.items[at + 1]) || isSeasonItem(v.items[at + 1]))) at += 2;
    // « passe de 212 sous l’ancien régime à 268 »: after a verb of change, a few words may say when the first end held.
    if (!lead && !isWord(v.items[at], 'a')) {
      let q = at;
      // (No word with a digit: « en 2024-2030 » dates the first end, which a span of years cannot.)
      while (q < at + 6 && v.items[q]?.kind === 'word' && !isWord(v.items[q], 'a') && !hasDigit((v.items[q] as { f: string }).f)) q++;
      if (isWord(v.items[q], 'a')) at = q;
    }
    if (!isWord(v.items[at], 'a')) continue;
    let b = quantityAt(v.items, at + 1);
    if (!b) continue;
    // « de 67 à 61 millions de mètres cubes »: the scale written once, after the second end, is the first's too.
    const scaleOfB = v.items[b.next - 1];
    const scale = scaleOfB?.kind === 'word' ? SCALES[scaleOfB.f] : undefined;
    const scaleOfA = v.items[a.next - 1];
    if (scale && !(scaleOfA?.kind === 'word' && SCALES[scaleOfA.f]) && isWord(v.items[a.next], 'a')) {
      a = { ...a, value: a.value * scale, lo: a.lo * scale, hi: a.hi * scale, step: a.step * scale };
    }
    if (lead && !isPunct(v.items[b.next], ':')) continue;
    // « passé de 1 240 en 2021 à 1 515 en 2022, puis à 1 690 en 2023 »: the change runs to the last step.
    for (let steps = 0; b && steps < 4; steps++) {
      let q = b.next;
      if (isWord(v.items[q], 'en') && (isYearItem(v.items[q + 1]) || isSeasonItem(v.items[q + 1]))) q += 2;
      if (!isPunct(v.items[q], ',') || !isWord(v.items[q + 1], 'puis') || !isWord(v.items[q + 2], 'a')) break;
      const c = quantityAt(v.items, q + 3);
      if (!c) break;
      b = c;
    }
    return { from: { ...a, unit: '#' }, to: { ...b, unit: '#' } };
  }
  return null;
}

/** « plus que doubler », « plus que triplé »: after « que », a verb of change by a factor — an intensifier, no comparison. */
function factorAfter(items: readonly Item[], k: number): boolean {
  const w = items[k + 1];
  return w !== undefined && w.kind === 'word' && (w.f.startsWith('doubl') || w.f.startsWith('tripl') || w.f.startsWith('quadrupl'));
}

/** Words of the budget act a figure is written in: « dans le projet de loi de finances pour 2024 ». */
// (« 65 Md€ par l’article 14 du PLFSS pour 2025 »: an article of the act too.)
const LAW_WORDS = new Set(['dans', 'le', 'la', 'du', 'projet', 'loi', 'de', 'finances', 'initiale', 'rectificative', 'pour', 'budget', 'primitif', 'plf', 'lfi', 'plfss', 'lfss', 'compte', 'administratif', 'article']);

/** When a figure is dated: the year right after it (« 458 M€ en 2024 »), or -1 for « l’an passé », « l’an dernier ». */
function dateOf(v: View, k: number): number | null {
  // « entre 2020 (350 M€) et 2024 (820 M€) »: the year, then its figure in brackets.
  if (isPunct(v.items[k - 1], '(') && isYearItem(v.items[k - 2])) return Number((v.items[k - 2] as { f: string }).f);
  // The year a few words on, in the figure's clause (« 2,05 Md€ dans le projet de loi de finances pour 2024 »), before
  // any comparison, whose year would be the other figure's.
  for (let q = k + 1; q < v.items.length && q <= k + 10; q++) {
    const it = v.items[q];
    if (it.kind !== 'word') {
      if (isPunct(it, '(', ')')) continue;
      return null;
    }
    if (it.f.length === 4 && (it.f.startsWith('19') || it.f.startsWith('20')) && !Number.isNaN(Number(it.f))) return Number(it.f);
    if (PAST.has(it.f)) return -1;
    if (has(v.cues[q], 'comparison') || (q > k + 4 && !LAW_WORDS.has(it.f))) return null;
  }
  return null;
}


/**
 * How many years the base `from` is dated before the one year the stated change is written for (« en 2024 (+9 %) »,
 * « en 2024, +9 % »); 0 when either is not dated.
 */
function yearsBeforeChange(v: View, stated: StatedChange, from: Value): number {
  const { items } = v;
  let k = lowerBound(items, stated.start);
  if (items[k]?.start !== stated.start) return 0;
  k--;
  // The change in brackets right after « en 2024 », which follows a word of change (« repartie à la hausse en 2024
  // (+9 %) »), not a figure's year (« … à 26 900 ha en 2023, soit +38 % »).
  while (k >= 0 && isPunct(items[k], '+', '-', '−', '–')) k--;
  if (!isPunct(items[k], '(')) return 0;
  k--;
  if (!isYearItem(items[k]) || !isWord(items[k - 1], 'en')) return 0;
  // (« à la hausse » is one cue, on its first word.)
  let change = false;
  for (let q = k - 2; q >= 0 && q >= k - 4 && items[q].kind === 'word' && !change; q--) change = has(v.cues[q], 'rise') || has(v.cues[q], 'fall') || has(v.cues[q], 'change');
  if (!change) return 0;
  const year = Number((items[k] as { f: string }).f);
  const b = lowerBound(items, from.start);
  if (items[b]?.start !== from.start) return 0;
  const base = dateOf(v, b);
  return base !== null && base > 0 ? year - base : 0;
}

function endpoints(v: View, f: Figures, from: number, to: number, stated: StatedChange): { from: Value; to: Value } | null {
  const { items } = v;
  // « Le nombre de ménages a progressé de 50 %, de 3 100 à 4 650, … de 387 € à 516 € »: counts right after the rate are
  // its ends, whatever amounts the clause goes on to.
  const apposed = countRange(v, from, to, true);
  if (apposed) return apposed;
  // A range written « de 80 à 92 M€ » is one item with both ends.
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (it.kind !== 'amount' || it.high === undefined) continue;
    let p = k - 1;
    while (p >= 0 && items[p].kind === 'word' && FIGURE_LEAD.has((items[p] as { f: string }).f) && !isWord(items[p], 'de', "d'", 'entre')) p--;
    if (isWord(items[p], 'entre')) continue;
    return { from: amountValue(f.amounts, it.index), to: amountValue(f.amounts, it.high) };
  }
  const pts = points(v, f, from, to, stated);
  // « de X à Y » as two figures.
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i];
    const b = pts[i + 1];
    if (a.value.unit !== b.value.unit) continue;
    let p = a.k - 1;
    while (p >= 0 && items[p].kind === 'word' && FIGURE_LEAD.has((items[p] as { f: string }).f) && !isWord(items[p], 'de', "d'")) p--;
    if (!isWord(items[p], 'de', "d'")) continue;
    // « de 4 950 €/ha en 2015 à 6 180 €/ha »: the unit an amount is per goes with it.
    let q = isPunct(items[a.k + 1], '/') && items[a.k + 2]?.kind === 'word' ? a.k + 3 : a.k + 1;
    while (q < b.k && items[q].kind === 'word' && !isWord(items[q], 'a')) q++;
    if (!isWord(items[q], 'a')) continue;
    // (« celles de santé de 1,8 % seulement après la fin des dépenses liées à la crise, tandis que … 3,2 % »: the « à » of
    // a range leads to its upper end, only words that hedge a figure between.)
    let r = q + 1;
    while (r < b.k && items[r].kind === 'word' && FIGURE_LEAD.has((items[r] as { f: string }).f)) r++;
    if (r !== b.k) continue;
    // « de 4,8 % en 2022 à 5,5 % en 2023, puis à 5,8 % en 2024 »: the change runs to the last step.
    let last = i + 1;
    for (let steps = 0; steps < 4 && last + 1 < pts.length; steps++) {
      let r = pts[last].k + 1;
      if (isWord(items[r], 'en') && (isYearItem(items[r + 1]) || isSeasonItem(items[r + 1]))) r += 2;
      if (!isPunct(items[r], ',') || !isWord(items[r + 1], 'puis') || !isWord(items[r + 2], 'a') || pts[last + 1].k !== r + 3 || pts[last + 1].value.unit !== a.value.unit) break;
      last++;
    }
    return { from: a.value, to: pts[last].value };
  }
  // « Y, contre X », « Y, en hausse de N % par rapport à X », « cinq fois plus qu’en 2019 (X) »: the later figure is the base.
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i];
    const b = pts[i + 1];
    if (a.value.unit !== b.value.unit) continue;
    // (« Les soins de ville, qui pèsent 41 % de l’ensemble, progressent de 4,9 %, contre 3,1 % pour les établissements »:
    // the stated change stands between, and « contre » compares it with the rate of another population or sector, not
    // with an earlier level.)
    if (stated.start > items[a.k].start && stated.start < items[b.k].start && isWord(items[b.k + 1], 'pour', 'chez', 'parmi', 'dans')) continue;
    // (« le mètre cube acheté revient à 0,68 €, contre environ 0,35 € pour l’eau produite en régie »: « contre » and a
    // figure « pour » another thing compare two things at one time, wherever the stated change stands — « pour
    // l’exercice 2023 » is a time, and still a base.)
    const other = isWord(items[b.k + 1], 'pour', 'chez', 'parmi') && isWord(items[b.k + 2], 'le', 'la', 'les', "l'", 'ce', 'cette', 'ces') && !isWord(items[b.k + 3], 'exercice', 'annee', 'periode', 'saison', 'mois', 'semestre', 'trimestre');
    if (other && items.slice(a.k + 1, b.k).some((it) => isWord(it, 'contre'))) continue;
    // The base follows the comparison closely: « par rapport à 2022 » compares with a year, not with a figure further on.
    let base = false;
    for (let q = Math.max(a.k + 1, b.k - 5); q < b.k; q++) {
      if (has(v.cues[q], 'comparison') && !(isWord(items[q], 'plus', 'moins') && factorAfter(items, q + 1))) base = true;
      // « plus qu’en 2019 », « trois fois moins que »: « que » after a comparative (not « tandis que »).
      if (isWord(items[q], 'que', "qu'") && (isWord(items[q - 1], 'plus', 'moins', 'autant') || isWord(items[q - 2], 'plus', 'moins')) && !factorAfter(items, q)) base = true;
    }
    // « quatre fois plus qu’à sa création en 2019, où il plafonnait à 32 M€ »: a comparative, then a relative « où » that
    // gives the compared moment its figure.
    if (!base) {
      let than = false;
      for (let q = a.k + 1; q < b.k; q++) {
        if (isWord(items[q], 'que', "qu'") && (isWord(items[q - 1], 'plus', 'moins', 'autant') || isWord(items[q - 2], 'plus', 'moins')) && !factorAfter(items, q)) than = true;
        // « quatre fois supérieur à celui de l’ancien ouvrage (32 000 m³) »: the compared figure in brackets.
        // (Only for a factor: « en hausse de 0,3 point, mais inférieur à celui de l’ensemble des actifs (7,6 %) » compares
        // with another population's level.)
        else if (stated.kind === 'factor' && isWord(items[q], 'a', 'au') && isWord(items[q - 1], ...ABOVE, ...BELOW) && isPunct(items[b.k - 1], '(')) base = true;
        else if (than && isWord(items[q], 'ou')) base = true;
        // « trois fois plus que lors de l’orage de 2021, dont le coût avait été évalué à 360 000 € »: « dont » and the
        // compared thing's own noun of a sum.
        else if (than && isWord(items[q], 'dont') && isPunct(items[q - 1], ',') && isWord(items[q + 1], 'le', 'la', "l'", 'les') && (has(v.cues[q + 2], 'sum-noun') || has(v.cues[q + 2], 'whole-noun'))) base = true;
        // « reculent de 4 % par rapport à la LFI 2025, qui les avait fixés à 2 610 M€ »: the compared act, then a relative
        // that gives it its figure.
        else if (has(v.cues[q], 'comparison')) than = true;
        else if (than && isWord(items[q], 'qui') && isPunct(items[q - 1], ',')) base = true;
        else if ((items[q].kind === 'amount' || items[q].kind === 'percent' || isPunct(items[q], ';', '.')) && items[q].start !== stated.start) break;
      }
    }
    // « …, en baisse de 12 % par rapport à 2019, année de référence du projet (52,3 Mm³) »: the compared year's figure in
    // brackets, after a few words that gloss the year.
    if (!base && isPunct(items[b.k - 1], '(')) {
      for (let q = b.k - 2; q > a.k && q >= b.k - 24; q--) {
        const w = items[q];
        if (w.kind === 'amount' || w.kind === 'percent' || isPunct(w, ';', ':', '.', ')')) break;
        const y = q + (v.cues[q]?.length ?? 1);
        if (has(v.cues[q], 'comparison') && isYearItem(items[y]) && (y + 1 === b.k - 1 || isPunct(items[y + 1], ','))) {
          base = true;
          break;
        }
        // « … par rapport à l’an dernier (1,5 M€) », « à l’exercice précédent (…) »: a past moment in words.
        if (has(v.cues[q], 'comparison') && b.k - 1 - y <= 4 && b.k - 1 > y && items.slice(y, b.k - 1).every((w) => w.kind === 'word') && items.slice(y, b.k - 1).some((w) => PAST.has((w as { f: string }).f))) {
          base = true;
          break;
        }
      }
    }
    if (base) {
      // « 7,9 M€ en 2019, contre 17,4 M€ en 2024 »: years on both sides say which came first; « En 2019, la commune
      // consacrait 7,9 M€ …, contre 9,5 M€ en 2024 »: the first one's year may front its clause.
      const da = dateOf(v, a.k) ?? yearFronting(v, a.k);
      const db = dateOf(v, b.k);
      if (da !== null && db !== null && da > 0 && db > 0 && da < db) return { from: a.value, to: b.value };
      return { from: b.value, to: a.value };
    }
  }
  // Two figures dated apart: « 458 M€ en 2024, +17 % sur un an (412 M€ en 2023) », « de 640 M€ l’an passé … atteint 712 M€ ».
  if (pts.length === 2 && pts[0].value.unit === pts[1].value.unit) {
    const da = dateOf(v, pts[0].k);
    const db = dateOf(v, pts[1].k);
    if (da === -1 && db === null) return { from: pts[0].value, to: pts[1].value };
    if (db === -1 && da === null) return { from: pts[1].value, to: pts[0].value };
    // « 1,18 M€ (1,42 M€ en 2023, soit −12 %) »: an undated level glossed in brackets by the earlier year's.
    if (da === null && db !== null && db > 0 && pts[1].k === pts[0].k + 2 && isPunct(items[pts[0].k + 1], '(')) return { from: pts[1].value, to: pts[0].value };
    // « … aujourd’hui de 318 GWh, elle devra plus que doubler pour atteindre 640 GWh »: the figure the infinitive aims at is
    // the later one, whatever « aujourd’hui » says of the other.
    if (isWord(items[pts[1].k - 1], 'atteindre') && !isWord(items[pts[0].k - 1], 'atteindre')) return { from: pts[0].value, to: pts[1].value };
    if (isWord(items[pts[0].k - 1], 'atteindre') && !isWord(items[pts[1].k - 1], 'atteindre')) return { from: pts[1].value, to: pts[0].value };
    // « Lancé en 2020 avec 450 000 €, le budget … atteint 1,1 M€ cette année »: a year fronting one, today the other.
    const ends = byDate(pts[0].value, da ?? whenAt(v, pts[0].k), pts[1].value, db ?? whenAt(v, pts[1].k));
    if (ends) return ends;
  }
  // « a doublé, passant de 48 à 84, une montée financée à hauteur de 9 M€ »: counts written « de N à M » after a verb of
  // change are the ends, whatever amount the sentence adds.
  return countRange(v, from, to) ?? (pts.length === 0 ? countComparison(v, from, to, stated) ?? bracketedCount(v, from, to, stated) : null);
}

/**
 * « Passagers : 468 000 (412 000 en 2019, +18 %) »: a count, then in brackets the count of an earlier year and the change
 * between them; the bracketed one is the base.
 */
function bracketedCount(v: View, from: number, to: number, stated: StatedChange): { from: Value; to: Value } | null {
  const { items } = v;
  for (let k = from; k < to; k++) {
    const now = items[k].kind === 'word' && !isYearItem(items[k]) ? quantityAt(items, k) : null;
    if (!now || now.noun !== undefined || !isPunct(items[now.next], '(')) continue;
    const then = quantityAt(items, now.next + 1);
    if (!then || !isWord(items[then.next], 'en') || !(isYearItem(items[then.next + 1]) || isSeasonItem(items[then.next + 1]))) return null;
    // The stated change closes the bracket: « , +18 %) », « , soit +18 %) ».
    const close = then.next + 2;
    if (!isPunct(items[close], ',') || stated.start < items[close].end || stated.end > (items.find((it, q) => q > close && isPunct(it, ')'))?.start ?? Infinity)) return null;
    return { from: { ...then, unit: '#' }, to: { ...now, unit: '#' } };
  }
  return null;
}

/** Later than any year written. */
const NOW = 9999;

/** Words after a figure that date it today: « 540 000 € cette année », « 78 aujourd’hui », « 1 090 cette saison ». */
const NOW_WORDS = new Set(["aujourd", "aujourd'", "aujourd'hui", 'actuellement', 'desormais', 'dorenavant']);
const THIS_PERIOD = new Set(['annee', 'saison', 'rentree', 'campagne', 'exercice']);

/** « 540 000 € cette année », « 78 aujourd’hui », « 12 M€ désormais »: the figure ending before item k is today's. */
function saysNow(v: View, k: number): boolean {
  const a = v.items[k];
  if (isWord(a, ...NOW_WORDS)) return true;
  return isWord(a, 'cette', 'ce') && v.items[k + 1]?.kind === 'word' && THIS_PERIOD.has((v.items[k + 1] as { f: string }).f);
}

/**
 * The year a figure's clause opens on, a few words before it: « En 2019, le service livrait 18 400 repas », « Lancé en
 * 2020 avec 450 000 € ». Only « en » dates (« depuis 2020 » is a span); a comma only right after the year.
 */
function yearFronting(v: View, k: number): number | null {
  for (let q = k - 1; q >= 0 && q >= k - 8; q--) {
    const it: Item = v.items[q];
    if (isYearItem(it)) return isWord(v.items[q - 1], 'en') ? Number((it as { f: string }).f) : null;
    if ((it as Item).kind !== 'word' && !(isPunct(it, ',') && isYearItem(v.items[q - 1]))) return null;
  }
  return null;
}

/** When the figure at item k is dated: its year, -1 for the past, NOW for today, or null. */
function whenAt(v: View, k: number): number | null {
  return dateOf(v, k) ?? (saysNow(v, k + 1) || nowBefore(v, k) ? NOW : yearFronting(v, k) ?? (estimateBefore(v, k) ? -1 : null));
}

/** Verbs in the imperfect that give a level of the past: « ils étaient 11 400 », « on en comptait 620 ». */
const IMPERFECT = new Set(['etait', 'etaient', 'comptait', 'comptaient', 'avait', 'avaient', 'atteignait', 'atteignaient', 'representait', 'representaient', 'recensait']);

/** A verb of IMPERFECT right before item k (a clitic « en » or « de » aside: « elles étaient de 3,6 M€ »). */
function imperfectBefore(v: View, k: number): boolean {
  let q = k - 1;
  while (q > 0 && q >= k - 2 && isWord(v.items[q], 'en', 'de', "d'")) q--;
  return v.items[q]?.kind === 'word' && IMPERFECT.has((v.items[q] as { f: string }).f);
}

/** Participles of a first estimate: « Estimé à 64 M€ … », « initialement chiffré à 2 M€ ». */
const ESTIMATED = new Set(['estime', 'estimee', 'estimes', 'estimees', 'evalue', 'evaluee', 'evalues', 'evaluees', 'chiffre', 'chiffree', 'chiffres', 'chiffrees', 'initialement']);

/**
 * « Estimé à 64 M€ lors de la DUP, le viaduc coûtera finalement 83 M€ »: an amount a participle of estimate gives is the
 * earlier one, dated as the past (-1) that only a figure of today or of the outcome (NOW) is later than.
 */
function estimateBefore(v: View, k: number): boolean {
  return isWord(v.items[k - 1], 'a') && isWord(v.items[k - 2], ...ESTIMATED);
}

/** « coûtera finalement 83 M€ », « atteint désormais 1,2 M€ »: a word of today or of the outcome among the three words before item k. */
function nowBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    if (NOW_WORDS.has(it.f) || it.f === 'finalement') return true;
  }
  return false;
}

/** Two dated ends, the earlier first; null unless both are dated, apart. */
function byDate<T>(a: T, da: number | null, b: T, db: number | null): { from: T; to: T } | null {
  if (da === null || db === null || da === db) return null;
  // « l’an dernier » may be the very year the other figure names (« 4,40 Md€ en LFI 2024 … 4,05 Md€ l’an dernier »).
  if ((da === -1 && db !== NOW) || (db === -1 && da !== NOW)) return null;
  const rank = (d: number) => (d === -1 ? 0 : d);
  return rank(da) < rank(db) ? { from: a, to: b } : { from: b, to: a };
}

/**
 * « 1 350 bornes, trois fois plus qu’en 2021, où l’on en recensait 620 »: two counts of things, a comparative
 * « que » between them; the one after it is the base. The count the stated change is written with (« trois fois »)
 * and years are no endpoints.
 */
function countComparison(v: View, from: number, to: number, stated: StatedChange, datedOnly = false): { from: Value; to: Value } | null {
  const { items } = v;
  const found: { k: number; value: Value; year: number | null }[] = [];
  const levels: { k: number; value: Value; year: number | null }[] = [];
  let than = -1;
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (isWord(it, 'que', "qu'") && (isWord(items[k - 1], 'plus', 'moins') || isWord(items[k - 2], 'plus', 'moins')) && !factorAfter(items, k)) than = k;
    // « 5 020 détenus, contre 4 310 trois ans plus tôt »
    if (has(v.cues[k], 'comparison') && isWord(it, 'contre')) than = k;
    // « 66 400, en hausse de 12 % par rapport à 2023 (55 500) »: the compared year's count in brackets; « … par rapport
    // à 2019, où elle en avait réalisé 412 »: a relative « où » gives the compared year its count.
    // « par rapport à fin 2022, où … »: a season or a month's edge may stand before the year.
    let yearAt = k + (v.cues[k]?.length ?? 1);
    if (isWord(items[yearAt], 'fin', 'debut', 'mi', 'mi-', 'courant') && isYearItem(items[yearAt + 1])) yearAt++;
    // « …, année au cours de laquelle 9 620 … avaient été comptées »: the year glossed by « année » and a relative.
    if (has(v.cues[k], 'comparison') && isYearItem(items[yearAt]) && (isPunct(items[yearAt + 1], '(') || (isPunct(items[yearAt + 1], ',') && isWord(items[yearAt + 2], 'ou', 'annee', 'exercice')))) than = k;
    // « par rapport à l’exercice précédent, où nous en comptions 342 »: a moment named in words, then « où ».
    if (has(v.cues[k], 'comparison') && than !== k) {
      let q = yearAt;
      while (q < to && q < yearAt + 4 && items[q].kind === 'word' && !quantityAt(items, q)) q++;
      if (q > yearAt && isPunct(items[q], ',') && isWord(items[q + 1], 'ou')) than = k;
    }
    const q = quantityAt(items, k);
    if (!q) continue;
    // « 640 jeunes de 6 à 17 ans »: a range after a noun qualifies it; neither end is a count of the things.
    const range = isWord(items[k - 1], 'de', "d'") && !changeWordBefore(v, k - 1) ? qualifyingRangeEnd(v, k - 1) : -1;
    if (range > 0) {
      k = range - 1;
      continue;
    }
    const inStated = it.start >= stated.start && it.end <= stated.end;
    // « au 30 juin 2025 »: a day, not a count; « une hausse »: an article.
    const day = isWord(items[q.next], ...MONTHS) || (q.value === 1 && isWord(it, 'un', 'une'));
    // « en cumul sur douze mois »: a duration, no count of the things.
    const duration = q.nounAt !== undefined && (has(v.cues[q.nounAt], 'times') || has(v.cues[q.nounAt], 'years') || isWord(items[q.nounAt], ...TIME_UNITS));
    // « 4 312 fois en 2024, soit 11,8 interventions par jour »: a count per unit restated after « soit » is a rate drawn
    // from the level before, not a level of its own (« 61 000 voyageurs par jour, contre 52 000 » compares two).
    const perUnit = isWord(items[k - 1], 'soit') && q.nounAt !== undefined && (isWord(items[q.nounAt + 1], 'par') || has(v.cues[q.nounAt + 1], 'yearly'));
    if (perUnit) {
      k = q.next - 1;
      continue;
    }
    // « 14 motocyclistes ont perdu la vie sur les 67 personnes tuées »: the count « sur les » names is the whole of a
    // part, no level of the change.
    const wholeOfPart = isWord(items[k - 1], 'les') && isWord(items[k - 2], 'sur', 'parmi');
    // « repasser sous la barre des 200 000 », « franchir le seuil des 5 000 »: a round mark the level is set against,
    // not the level itself.
    const mark = isWord(items[k - 1], 'des', 'de', 'du') && isWord(items[k - 2], 'barre', 'seuil', 'cap');
    if (wholeOfPart || mark) {
      k = q.next - 1;
      continue;
    }
    if (!inStated && !day && !isYearItem(it) && !duration) found.push({ k, value: { ...q, unit: '#' }, year: yearAfter(v, q.next) });
    // « une durée de séjour de 5,2 jours, en baisse de 12 % par rapport à 2019 (5,6 jours) »: a level measured in time.
    // « 19 mois en 2023, en baisse de 14 % par rapport à 2021 (22 mois) »: a whole number of months is a level too when
    // it is dated, or is the compared year's in brackets; undated (« sur douze mois »), it is a span.
    else if (!inStated && duration && (!Number.isInteger(q.value) || yearAfter(v, q.next) !== null || (isPunct(items[k - 1], '(') && isYearItem(items[k - 2])))) levels.push({ k, value: { ...q, unit: '#' + (items[q.nounAt!] as { f: string }).f }, year: yearAfter(v, q.next) });
    k = q.next - 1;
  }
  // Two durations with decimals, in one unit, and no count of things: the levels the change relates.
  if (found.length === 0 && levels.length === 2 && levels[0].value.unit === levels[1].value.unit) found.push(...levels);
  // « Les deux piscines ont accueilli 211 000 entrées en 2023, contre 182 000 en 2022 »: the counts on each side of
  // the comparison, not every number of the sentence.
  if (found.length > 2 && than >= 0 && !datedOnly) {
    const before = found.filter((x) => x.k < than);
    const after = found.filter((x) => x.k > than);
    if (before.length && after.length) found.splice(0, found.length, before[before.length - 1], after[0]);
  }
  // « a doublé en deux ans (46 en 2022, 78 aujourd’hui), et 21 000 accompagnements … »: the two counts in brackets.
  if (found.length > 2) {
    // `found` is in text order: one walk along it as the brackets come.
    let i = 0;
    for (let k = from; k < to; k++) {
      if (!isPunct(items[k], '(')) continue;
      let close = k + 1;
      while (close < to && !isPunct(items[close], ')')) close++;
      while (i < found.length && found[i].k < k) i++;
      let j = i;
      while (j < found.length && found[j].k < close) j++;
      if (j - i === 2) {
        found.splice(0, found.length, found[i], found[i + 1]);
        break;
      }
      k = close;
    }
  }
  // « Ils étaient 210 en 2021 ; ils sont 470 cette saison, dans douze clubs »: of the ends ahead, the counts dated.
  if (found.length > 2 && datedOnly) {
    const dated = found.filter((x) => x.year !== null || saysNow(v, quantityAt(items, x.k)?.next ?? -1));
    if (dated.length === 2) found.splice(0, found.length, ...dated);
  }
  if (found.length !== 2) return null;
  // Ahead of the change (datedOnly), « contre » orders the two counts when one of them is dated.
  if (than >= 0 && found[0].k < than && than < found[1].k && (!datedOnly || found[0].year !== null || found[1].year !== null)) {
    // « 7 900 personnes … en 2019, contre 17 400 en 2024 »: years on both sides say which came first, whatever
    // side « contre » puts the base on.
    let yearA: number | null = null;
    for (let k = found[0].k + 1; k < than; k++) if (isYearItem(items[k])) yearA = Number((items[k] as { f: string }).f);
    // « En 2017, 295 000 contrats avaient été signés, contre 852 000 en 2023 »: a year fronting the first count.
    if (yearA === null) yearA = yearFronting(v, found[0].k);
    const yearB = found[1].year;
    if (yearA !== null && yearB !== null && yearA < yearB) return { from: found[0].value, to: found[1].value };
    // « 9 200 personnes … en 2014, contre 23 000 aujourd’hui »: a dated count against today's.
    if (yearA !== null && yearB === null && saysNow(v, quantityAt(items, found[1].k)?.next ?? -1)) return { from: found[0].value, to: found[1].value };
    return { from: found[1].value, to: found[0].value };
  }
  // « on en comptait 212 à la fin de 2020, on en dénombre 468 au 30 juin 2025 »: counts dated apart.
  const [a, b] = found;
  if (a.year !== null && b.year !== null && a.year !== b.year) return a.year < b.year ? { from: a.value, to: b.value } : { from: b.value, to: a.value };
  // « 38 400 bénéficiaires en 2022, 44 100 deux ans plus tard »: the second dated from the first.
  const afterB = quantityAt(items, b.k)?.next ?? -1;
  const shift = afterB >= 0 ? yearsLater(v, afterB) : null;
  if (a.year !== null && b.year === null && shift !== null && shift !== 0) return shift > 0 ? { from: a.value, to: b.value } : { from: b.value, to: a.value };
  if (a.year !== null && b.year === null && saysNow(v, afterB)) return { from: a.value, to: b.value };
  return null;
}

/** « deux ans plus tard » (+2), « trois ans plus tôt » (−3) at item k, or null. */
function yearsLater(v: View, k: number): number | null {
  const q = quantityAt(v.items, k);
  if (!q || q.nounAt === undefined || !isWord(v.items[q.nounAt], 'ans', 'an', 'annees', 'annee')) return null;
  const w = v.items[q.nounAt + 1];
  const w2 = v.items[q.nounAt + 2];
  if ((isWord(w, 'plus') && isWord(w2, 'tard')) || isWord(w, 'apres')) return q.value;
  if ((isWord(w, 'plus') && isWord(w2, 'tot')) || isWord(w, 'auparavant', 'avant')) return -q.value;
  return null;
}

/** A year within the six words after item k, before any figure or stop: « 212 à la fin de 2020 ». */
function yearAfter(v: View, k: number): number | null {
  // « 51 800 à la fin de la saison 2024 »: up to seven words on, within the clause.
  for (let q = k; q < v.items.length && q < k + 8; q++) {
    const it = v.items[q];
    if (it.kind !== 'word') {
      if (isPunct(it, '(', ')')) continue;
      return null;
    }
    if (isYearItem(it)) return Number(it.f);
    if (isWord(v.items[q + 1], ...MONTHS)) continue;
    // « 640 jeunes de 6 à 17 ans en 2022 »: the range qualifies the things; the year after it dates them.
    const range = qualifyingRangeEnd(v, q);
    if (range > 0) {
      q = range - 1;
      continue;
    }
    if (quantityAt(v.items, q)) return null;
  }
  return null;
}

/**
 * « de 6 à 17 ans » after a noun (« 640 jeunes de 6 à 17 ans »): the item after the range that opens with « de » at
 * item k, or -1. Not after a word of change (« a reculé de 820 à 738 » gives the ends).
 */
function qualifyingRangeEnd(v: View, k: number): number {
  const { items } = v;
  if (!isWord(items[k], 'de', "d'") || items[k - 1]?.kind !== 'word' || quantityAt(items, k - 1)) return -1;
  const a = quantityAt(items, k + 1);
  if (!a || !isWord(items[a.next], 'a')) return -1;
  const b = quantityAt(items, a.next + 1);
  return b ? b.next : -1;
}

/** True when the clause says the figures pass from one to the other: « passe », « passant », or the change words themselves. */
function saysChange(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind === 'word' && PASS.has(it.f)) return true;
    if (isWord(it, 'multiplie', 'multiplies', 'multipliee', 'multipliees', 'divise', 'divises', 'divisee', 'divisees') && isWord(v.items[k + 1], 'par')) return true;
    const c = v.cues[k];
    if (has(c, 'rise') || has(c, 'fall') || has(c, 'change') || has(c, 'factor') || has(c, 'times')) return true;
    if (it.kind === 'word' && (it.f === 'plus' || it.f === 'moins') && isWord(v.items[k - 1], 'de')) return true;
    if (isPunct(it, '+', '−') && v.items[k + 1]?.kind === 'percent') return true;
    // « soit +17 points », « −2,5 points »: a signed number of points.
    if (isPunct(it, '+', '−', '-') && has(v.cues[k + 2], 'points') && quantityAt(v.items, k + 1)) return true;
  }
  return false;
}

export function findChanges(sent: Sentence, amounts: readonly Amount[], percentages: readonly Percentage[], prev: Sentence | null = null, next: Sentence | null = null, earlier: () => readonly Sentence[] = () => []): Change[] {
  const out: Change[] = [];
  const f = { amounts, percentages };
  const { items } = sent;
  // Each clause between semicolons states its own change: « 3,1 M€ contre 2,9 M€ ; sur dix ans, +40 % » are two.
  let from = 0;
  /** Where the clause before the current one starts. */
  let before = 0;
  for (let k = 0; k <= items.length; k++) {
    // (« …, tandis que leur encours ne progressait que de 4 % »: a clause of contrast speaks of another subject; it is a
    // clause of its own too.)
    if (k < items.length && !isPunct(items[k], ';') && !contrastAt(items, k)) continue;
    // « … contre 14 200 en 2022. » ¶ « Cette progression de 38 % en deux ans … »: a paragraph that opens by pointing
    // back to a change takes its ends from the sentence before.
    // « Au 1er janvier 2025, il atteint 21,3 M€, soit une baisse de 18 % » after a fronted date: reachesBack reads past it.
    const near = prev !== null && from === 0 && (prev.paragraph === sent.paragraph || (prev.paragraph === sent.paragraph - 1 && prev.section === sent.section && !prev.inList && !sent.inList && (has(sent.cues[firstIndexOf(sent, 0)], 'anaphora') || sent.reachesBack)));
    // « … comptait 2 400 logements en 2021 ; il n’en compte plus que 1 920 aujourd’hui, soit une baisse de 15 % »: after a
    // semicolon, the clause before is the closest one to take an end from.
    // (The clause right before only: each clause is sliced once, however many semicolons the sentence holds.)
    const head: View | null = from > 1 ? { items: items.slice(before, from - 1), cues: sent.cues.slice(before, from - 1) } : null;
    const c = clause(sent, f, from, k, near ? prev : head, earlier);
    if (c) out.push(c);
    // « soit une hausse de 3,5 points, ou 11 % en valeur relative »: the relative change beside the one in points.
    const relative = c && c.stated.kind === 'points' ? relativeBeside(sent, f, from, k, c) : null;
    if (relative) out.push(relative);
    // (A clause whose change found its ends here looks no further: « …, contre 715 tonnes en 2023, un repli de 10 %. »)
    else if (!c && next !== null && next.paragraph === sent.paragraph && k === items.length) {
      const ahead = endsAhead(sent, f, from, k, next);
      if (ahead) out.push(ahead);
    }
    before = from;
    from = k + 1;
  }
  return out;
}

/** A comma opening a clause of contrast: « , tandis que », « , alors que », « , alors même que ». */
function contrastAt(items: readonly Item[], k: number): boolean {
  if (!isPunct(items[k], ',')) return false;
  const a = items[k + 1];
  return isWord(a, 'tandis') || (isWord(a, 'alors') && (isWord(items[k + 2], 'que', "qu'") || (isWord(items[k + 2], 'meme') && isWord(items[k + 3], 'que', "qu'"))));
}

/**
 * « Les demandes ont bondi de 28 % en trois ans. On en recensait 6 240 fin 2021 ; on en compte 7 490 fin 2024. »: a
 * change stated alone, its two ends dated in the next sentence, which states no change of its own.
 */
function endsAhead(v: View, f: Figures, from: number, to: number, next: View): Change | null {
  // Cheapest first: the clause's one figure, then its words of change.
  let figures = 0;
  for (let k = from; k < to; k++) if (v.items[k].kind === 'amount' || v.items[k].kind === 'percent') figures++;
  if (figures > 1 || to - from < 3 || !saysChange(v, from, to)) return null;
  const stated = statedChanges(v, f, from, to);
  if (stated.length !== 1 || stated[0].kind === 'difference') return null;
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if ((it.kind === 'amount' || it.kind === 'percent') && it.start !== stated[0].start) return null;
  }
  // « Le nombre de voyageurs a doublé en cinq ans. La ligne a transporté 2,1 millions de voyageurs l’an dernier, contre
  // 1,3 million en 2019. »: the next sentence points back, or counts the noun the change is of.
  // (« Il est passé de 3,2 M€ en 2020 à 5,1 M€ cette année » says how, with no change figure of its own: the ends.)
  if ((saysChange(next, 0, next.items.length) && statedChanges(next, f, 0, next.items.length).length > 0) || !(refersBack(next) || countsNounOf(v, from, to, next))) return null;
  // « on comptait un poste pour 16 candidats en 2022, un pour 14 en 2024 »: numbers of a ratio are no levels of the count.
  if (next.items.some((it, k) => isWord(it, 'pour') && (isWord(next.items[k - 1], 'un', 'une') || isWord(next.items[k - 2], 'un', 'une')))) return null;
  let ends: { from: Value; to: Value } | null = null;
  const pts = points(next, f, 0, next.items.length, stated[0]);
  if (pts.length === 2 && pts[0].value.unit === pts[1].value.unit) {
    ends = byDate(pts[0].value, whenAt(next, pts[0].k), pts[1].value, whenAt(next, pts[1].k));
  } else if (pts.length === 0) {
    ends = countComparison(next, 0, next.items.length, stated[0], true);
  }
  if (!ends || !(ends.from.value > 0)) return null;
  const s = stated[0];
  if (s.kind === 'points' && ends.from.unit !== '%') return null;
  // « en trois ans » against the years the ends are dated with.
  const d = durationOf(v, from, to);
  const years = yearsOf(next, 0, next.items.length);
  if (d > 0 && years.length >= 2 && Math.max(...years) - Math.min(...years) !== d) return null;
  return { from: ends.from, to: ends.to, stated: s };
}

/** The single amount of a view, with its item index, or null. */
function onlyAmount(v: View, from = 0, to = v.items.length): number {
  let at = -1;
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind !== 'amount') continue;
    if (at >= 0 || it.high !== undefined) return -1;
    at = k;
  }
  return at;
}

/**
 * « En 2019, les subventions s’élevaient à 1,9 M€. En 2024, elles atteignent 2,31 M€, soit une augmentation de
 * 22 %. »: the change's base is the one amount of the sentence before, when each sentence names its own year, the
 * earlier one first.
 */
function acrossSentences(v: View, f: Figures, from: number, to: number, stated: StatedChange, prev: View): { from: Value; to: Value } | null {
  if (stated.kind === 'factor' && stated.direction !== 1) return null;
  const here = onlyAmount(v, from, to);
  const there = onlyAmount(prev);
  if (here < 0 || there < 0) return null;
  // « … une hausse de 13 %, soit 1,1 M€ »: an amount that is itself a change is no level to start from.
  for (let k = 0; k < there; k++) if (has(prev.cues[k], 'rise') || has(prev.cues[k], 'fall') || has(prev.cues[k], 'change')) return null;
  const a = yearOfView(prev);
  const b = yearOfView(v);
  if (a === null || b === null || a >= b) return null;
  // The sentence speaks of the same thing: a pronoun or a demonstrative before its amount (« elles atteignent »,
  // « ce budget passe à »), not another subject (« la région vote 14 M€ pour les lycées »).
  let same = false;
  for (let k = from; k < here; k++) if (has(v.cues[k], 'anaphora')) same = true;
  // « En 2020, la ville consacrait 180 000 € … En 2025, nous y mettons 310 000 € : le budget a doublé en cinq ans »: a
  // span that is the years between the two sentences ties them as plainly.
  if (!same && durationOf(v, from, to) !== b - a) return null;
  const x = amountValue(f.amounts, (prev.items[there] as { index: number }).index);
  const y = amountValue(f.amounts, (v.items[here] as { index: number }).index);
  return x.unit === y.unit ? { from: x, to: y } : null;
}

/**
 * « Le parc comptait 60 900 places en 2019. En 2025, il en compte 62 400, soit une progression de 6,5 % »: the same with
 * counts. The clause counts once, with « en » standing for the things (« il en compte ») or their noun again; the
 * sentence before counts them once, with their noun; it is dated before this one (a year, or « six ans plus tard »).
 */
function countsAcrossSentences(v: View, from: number, to: number, stated: StatedChange, prev: View): { from: Value; to: Value } | null {
  if (stated.kind === 'factor' && stated.direction !== 1) return null;
  if (onlyAmount(v, from, to) >= 0 || onlyAmount(prev) >= 0) return null;
  const here = onlyCount(v, from, to, stated);
  const there = onlyCount(prev, 0, prev.items.length, null);
  if (!here || !there || !there.q.noun) return null;
  // « on en recense 7 490 », « il n’en compte plus que 1 920 »: the clitic « en » stands for the noun counted before.
  let en = false;
  for (let k = here.k - 1; k >= from && k >= here.k - 5 && !en; k--) en = isWord(v.items[k], 'en');
  // « … 1 240 licenciés en 2019 ; ils ne sont plus que 1 105 cette saison »: a subject pronoun opening the clause takes
  // them up too, when no noun of its own follows the count.
  const k0 = firstIndexOf(v, from);
  const they = isWord(v.items[k0], 'ils', 'elles') && (!here.q.noun || noNounAfterCount(here.q.noun, here.q.value) || isWord(v.items[here.q.nounAt ?? -1], 'ce', 'cet', 'cette', 'ces', 'en', 'a', 'au', 'aux', 'fin', 'debut'));
  if (!(here.q.noun ? sameNoun(here.q.noun, there.q.noun) : en) && !they) return null;
  for (let k = 0; k < there.k; k++) if (has(prev.cues[k], 'rise') || has(prev.cues[k], 'fall') || has(prev.cues[k], 'change')) return null;
  // « Depuis le lancement en 2020, 2,8 millions de trajets … »: a count cumulated since a date is no one year's level.
  for (let k = 0; k < prev.items.length; k++) if (isWord(prev.items[k], 'depuis')) return null;
  const a = yearOfView(prev);
  let later = false;
  for (let k = from; k < here.k && !later; k++) later = (yearsLater(v, k) ?? 0) > 0;
  // « … aujourd’hui », « désormais »: the level now, later than the year the other end was dated by.
  for (let k = from; k < to && !later; k++) later = saysNow(v, k);
  const b = yearOfView(v);
  if (a === null || !(later || (b !== null && a < b))) return null;
  return { from: { ...there.q, unit: '#' }, to: { ...here.q, unit: '#' } };
}

/** The one count of items [from, to) that is no year and not the stated change (value 2 or more), or null. */
function onlyCount(v: View, from: number, to: number, stated: StatedChange | null): { k: number; q: ReadQuantity } | null {
  let found: { k: number; q: ReadQuantity } | null = null;
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind !== 'word' || isYearItem(v.items[k])) continue;
    const q = quantityAt(v.items, k);
    if (!q) continue;
    // (« six ans plus tard » and other spans of time are no count of the things; nor is the day of a date, « 30 juin ».)
    const time = q.noun !== undefined && (TIME_UNITS.includes(q.noun) || MONTHS.includes(q.noun));
    if (!time && q.value >= 2 && !(stated && q.start >= stated.start && q.start < stated.end)) {
      if (found) return null;
      found = { k, q };
    }
    k = q.next - 1;
  }
  return found;
}

/**
 * « L’État verse cette année 4,6 M€ à la commune. Ce montant est en hausse de 15 % par rapport à 2023, où elle avait
 * perçu 4,2 M€. »: the sentence points back to the one amount of the sentence before, and its own one amount is the
 * compared one (after « par rapport à », « contre »): that is the base, the amount before the level reached.
 */
function baseHere(v: View, f: Figures, from: number, to: number, stated: StatedChange, prev: View): { from: Value; to: Value } | null {
  if (stated.kind === 'factor' && stated.direction !== 1) return null;
  const k0 = firstIndexOf(v, from);
  if (!has(v.cues[k0], 'anaphora')) return null;
  const here = onlyAmount(v, from, to);
  const there = onlyAmount(prev);
  if (here < 0 || there < 0) return null;
  // The amount here follows a comparison (« par rapport à 2023, où … 4,2 M€ », « contre 4,2 M€ en 2023 ») and the stated change.
  // Its clause only: a comma goes on to the comparison only before « où » (« par rapport à 2023, où … ») — « …, mais
  // 30 Md€ serviront à … » is another clause.
  let compared = false;
  for (let k = here - 1; k >= from && k >= here - 12 && !compared; k--) {
    const it = v.items[k];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ';', ':', '.') || isWord(it, 'mais')) break;
    if (isPunct(it, ',') && !isWord(v.items[k + 1], 'ou')) break;
    if (has(v.cues[k], 'comparison')) compared = true;
  }
  if (!compared || v.items[here].start < stated.start) return null;
  // The year compared with comes before the year of the sentence before, when it names one.
  const a = yearOfView(v);
  const b = yearOfView(prev);
  if (a !== null && b !== null && a >= b) return null;
  for (let k = 0; k < there; k++) if (has(prev.cues[k], 'rise') || has(prev.cues[k], 'fall') || has(prev.cues[k], 'change')) return null;
  const x = amountValue(f.amounts, (v.items[here] as { index: number }).index);
  const y = amountValue(f.amounts, (prev.items[there] as { index: number }).index);
  return x.unit === y.unit ? { from: x, to: y } : null;
}

/**
 * « Le compte administratif 2023 fait apparaître un produit de taxe de séjour de 412 000 €. » … ¶ « Le produit de la taxe
 * passe ainsi à 538 000 €, soit une hausse de 23 % par rapport à 2023. »: one level here, the change measured against a
 * year; the base is the amount the subject's noun phrase was given in a sentence dated that year, among the `earlier`
 * sentences (nearest first) the caller allows.
 */
function againstYear(v: View, f: Figures, from: number, to: number, stated: StatedChange, earlier: readonly View[]): { from: Value; to: Value } | null {
  if (earlier.length === 0 || (stated.kind === 'factor' && stated.direction !== 1)) return null;
  const here = onlyAmount(v, from, to);
  if (here < 0) return null;
  let year: number | null = null;
  for (let k = from; k + 2 < to; k++) {
    if (!isWord(v.items[k], 'par') || !isWord(v.items[k + 1], 'rapport')) continue;
    const y = isWord(v.items[k + 2], 'a', 'au') ? v.items[k + 3] : undefined;
    if (y && isYearItem(y)) year = Number((y as { f: string }).f);
  }
  const phrase = year === null ? null : nounPhraseAt(v.items, firstIndexOf(v, from));
  if (!phrase || year === null) return null;
  const own = yearOfView(v);
  if (own !== null && own !== year && own < year) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (yearOfView(e) !== year) continue;
    const base = amountNamedIn(e, f.amounts, phrase);
    if (base === undefined) continue;
    if (base === null) return null;
    const x = amountValue(f.amounts, base.index);
    const y = amountValue(f.amounts, (v.items[here] as { index: number }).index);
    return x.unit === y.unit ? { from: x, to: y } : null;
  }
  return null;
}

/**
 * « Les crédits ont doublé en deux ans : 310 000 € en 2022, 540 000 € cette année »: the change stated before a colon,
 * its two ends after it, each dated, the earlier first or not.
 */
function endsAfterColon(v: View, f: Figures, from: number, to: number, stated: StatedChange): { from: Value; to: Value } | null {
  let colon = -1;
  for (let k = from; k < to; k++) {
    if (isPunct(v.items[k], ':')) {
      if (colon >= 0) return null;
      colon = k;
    }
  }
  if (colon < 0 || v.items[colon].start < stated.start) return null;
  const pts = points(v, f, colon + 1, to, stated);
  if (pts.length !== 2 || pts[0].value.unit !== pts[1].value.unit) return null;
  // A year or the past (-1: « l’an dernier ») against another year, or against now (« cette année », « aujourd’hui »).
  // (« ils étaient 11 400 et sont aujourd’hui 19 100 »: a verb in the imperfect says the past as surely.)
  const when = (k: number) => whenAt(v, k) ?? (imperfectBefore(v, k) ? -1 : null);
  return byDate(pts[0].value, when(pts[0].k), pts[1].value, when(pts[1].k));
}

/**
 * « … 5 020 détenus, contre 4 310 trois ans plus tôt. Cette progression de 23 % … »: a change named by a demonstrative
 * and a noun of change, with no figure of its own to relate; its two ends are those of the sentence before.
 */
function pointsBack(v: View, f: Figures, from: number, to: number, stated: StatedChange, prev: View, before: View | null): { from: Value; to: Value } | null {
  let k = firstIndexOf(v, from);
  // « … contre 42 000 en 2019. Soit une hausse de 28 % en quatre ans »: « Soit » and an article stand for the demonstrative.
  const soit = isWord(v.items[k], 'soit') && isWord(v.items[k + 1], 'un', 'une');
  if (soit) k++;
  // « … 44 100 deux ans plus tard. Une progression de 21 % que la préfecture attribue à … »: a sentence with no verb of
  // its own, opening on the change it names, comments on the figures just said.
  const opensOnChange = !soit && isWord(v.items[k], 'un', 'une') && k === firstIndexOf(v, 0);
  // « La progression atteint donc 42 % »: the definite change, drawn (« donc », « ainsi ») from what was just said.
  const drawn = isWord(v.items[k], 'la', 'le', "l'") && k === firstIndexOf(v, 0) && drawnBefore(v, k, stated);
  if (!(soit || opensOnChange || drawn || has(v.cues[k], 'anaphora')) || !(has(v.cues[k + 1], 'rise') || has(v.cues[k + 1], 'fall') || has(v.cues[k + 1], 'change'))) return null;
  // The stated change comes first, right after its noun (« Cette progression de 23 % porte la densité à 148 % »), not
  // further on, where it may be another figure's (« Cette évolution s’explique par la hausse du nombre de bénéficiaires
  // (+ 11 %) »).
  for (let q = k; q < to && v.items[q].start < stated.start; q++) {
    if (v.items[q].kind === 'amount' || v.items[q].kind === 'percent') return null;
    if (q > k + 4) return null;
  }
  return endsBefore(prev, before, f, stated);
}

/** The two ends the sentence before gives, or else one level in each of the two sentences before. */
function endsBefore(prev: View, before: View | null, f: Figures, stated: StatedChange): { from: Value; to: Value } | null {
  return endpoints(prev, f, 0, prev.items.length, stated) ?? (before ? levelsApart(before, prev, f, stated) : null);
}

/** « donc » or « ainsi » between item k and the stated change. */
function drawnBefore(v: View, k: number, stated: StatedChange): boolean {
  for (let q = k; q < v.items.length && v.items[q].start < stated.start; q++) if (isWord(v.items[q], 'donc', 'ainsi')) return true;
  return false;
}

/**
 * « … a enregistré 148 000 entrées en 2024. » « En 2021, il n’en comptait que 112 000. » then « Cette progression de
 * 42 % … »: the two ends a change points back to, one per sentence, each sentence dated by one year of its own.
 */
function levelsApart(a: View, b: View, f: Figures, stated: StatedChange): { from: Value; to: Value } | null {
  const x = datedLevel(a, f, stated);
  const y = datedLevel(b, f, stated);
  if (!x || !y || x.value.unit !== y.value.unit || x.year === y.year) return null;
  if (x.noun && y.noun && !sameNoun(x.noun, y.noun)) return null;
  return x.year < y.year ? { from: x.value, to: y.value } : { from: y.value, to: x.value };
}

/** The one level a sentence gives, and its one year: its one amount or percentage, or, with none, its one count. */
function datedLevel(v: View, f: Figures, stated: StatedChange): { value: Value; year: number; noun?: string } | null {
  const year = yearOfView(v);
  if (year === null) return null;
  const pts = points(v, f, 0, v.items.length, stated);
  if (pts.length > 1) return null;
  if (pts.length === 1) return { value: pts[0].value, year };
  let found: { value: Value; year: number; noun?: string } | null = null;
  for (let k = 0; k < v.items.length; k++) {
    if (!isDigits(v.items[k]) || isYearItem(v.items[k])) continue;
    const q = quantityAt(v.items, k);
    if (!q || (q.noun && (TIME_UNITS.includes(q.noun) || MONTHS.includes(q.noun)))) continue;
    if (found) return null;
    found = { value: { start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi, unit: '#' }, year, noun: q.noun };
    k = q.next - 1;
  }
  return found;
}

/**
 * « Le taux passera de 38,2 % à 41,2 %. » … « La hausse de 5 points doit rapporter 640 000 € »: a sentence that opens on
 * the definite change and its figure names a change said before; its ends are those of the nearest earlier sentence
 * that gives two ends and states no change of its own.
 */
function namedBefore(v: View, f: Figures, from: number, to: number, stated: StatedChange, earlier: readonly View[]): { from: Value; to: Value } | null {
  const k = firstIndexOf(v, from);
  if (k !== firstIndexOf(v, 0) || !opensOnDefiniteChange(v.items, v.cues, k)) return null;
  if (v.items[k + 3]?.start !== stated.start) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (!e.items.some((it) => it.kind === 'amount' || it.kind === 'percent')) continue;
    // A change in points has percentages for ends: a sentence of amounts between (« 60 € de plus par an ») is passed.
    if (stated.kind === 'points' && !e.items.some((it) => it.kind === 'percent')) continue;
    const all = statedChanges(e, f, 0, e.items.length);
    if (all.length > 0) return null;
    return endpoints(e, f, 0, e.items.length, stated);
  }
  return null;
}

/** The sentence before the last of `earlier`, if any. */
function beforePrev(earlier: readonly View[]): View | null {
  return earlier.length >= 2 ? earlier[earlier.length - 2] : null;
}

function firstIndexOf(v: View, from: number): number {
  let k = from;
  while (k < v.items.length && v.items[k].kind === 'punct') k++;
  return k;
}

/**
 * « 214,47 M€, en baisse de 0,8 %, soit 1,9 M€ de moins »: a level, a change in percent and the same change as an
 * amount. The level before is the level less the difference; the percent must be that change.
 */
function withDifference(v: View, f: Figures, from: number, to: number, stated: StatedChange[]): Change | null {
  const pct = stated.find((s) => s.kind === 'percent');
  const diff = stated.find((s) => s.kind === 'difference');
  if (!pct || !diff || stated.length !== 2 || pct.direction === 0 || diff.direction !== pct.direction) return null;
  let level: Value | null = null;
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind !== 'amount' || it.start === diff.start) continue;
    if (level || it.high !== undefined) return null;
    level = amountValue(f.amounts, it.index);
  }
  const d = f.amounts[indexOfAmount(f.amounts, diff.start)];
  if (!level || !d || d.currency !== level.unit) return null;
  // The difference is said in words (« soit 1,9 M€ de moins »), not by a sign (« 10 M€ + 5 M€ » adds).
  let k = from;
  while (k < to && v.items[k].start !== diff.start) k++;
  const worded = (isWord(v.items[k + 1], 'de') && isWord(v.items[k + 2], 'plus', 'moins')) || isWord(v.items[k - 1], 'soit') || isWord(v.items[k - 2], 'soit');
  if (!worded) return null;
  const sign = diff.direction;
  const before: Value = { start: diff.start, end: diff.end, unit: level.unit, value: level.value - sign * diff.value, lo: level.lo - sign * (sign > 0 ? diff.hi : diff.lo), hi: level.hi - sign * (sign > 0 ? diff.lo : diff.hi) };
  if (!(before.value > 0) || !(before.lo > 0)) return null;
  return { from: before, to: level, stated: pct, fromDifference: true };
}

/**
 * « passée de 2 380 Md€ fin 2019 à 3 305 Md€ fin 2024, soit une hausse de 925 Md€ (+45 %) »: both ends written, the
 * change stated twice; the percent must be the change between the ends (the difference is read as a difference).
 */
function withBothEnds(v: View, f: Figures, from: number, to: number, stated: StatedChange[]): Change | null {
  const pct = stated.find((s) => s.kind === 'percent');
  const diff = stated.find((s) => s.kind === 'difference');
  if (!pct || !diff || pct.direction === 0 || diff.direction !== pct.direction) return null;
  const ends = endpoints(v, f, from, to, pct);
  if (!ends || ends.from.unit !== ends.to.unit || ends.from.start === diff.start || ends.to.start === diff.start || !(ends.from.value > 0)) return null;
  return { from: ends.from, to: ends.to, stated: pct };
}

/**
 * « Fin 2013, la dette s’élevait à 1 977 Md€. Fin 2023, elle atteignait 3 101 Md€. Elle a donc augmenté de 1 124 Md€,
 * soit une progression de 67 % »: a change stated twice with no level of its own, taken up from the levels just said.
 */
function levelsSaidBefore(v: View, f: Figures, from: number, to: number, stated: StatedChange[], prev: View, before: View | null): Change | null {
  const pct = stated.find((s) => s.kind === 'percent');
  const diff = stated.find((s) => s.kind === 'difference');
  if (!pct || !diff || pct.direction === 0 || diff.direction !== pct.direction) return null;
  for (let k = from; k < to; k++) if (v.items[k].kind === 'amount' && v.items[k].start !== diff.start) return null;
  const k0 = firstIndexOf(v, from);
  if (!has(v.cues[k0], 'anaphora') && !isWord(v.items[k0], 'il', 'elle', 'ils', 'elles') && !drawnBefore(v, k0, pct)) return null;
  const ends = endsBefore(prev, before, f, pct);
  if (!ends || ends.from.unit !== ends.to.unit || ends.from.unit !== f.amounts[indexOfAmount(f.amounts, diff.start)]?.currency || !(ends.from.value > 0)) return null;
  return { from: ends.from, to: ends.to, stated: pct };
}

/** « … en valeur relative », « … en relatif » right after the stated percentage. */
function relativeAt(v: View, s: StatedChange): boolean {
  return relativeAfter(v.items, lowerBound(v.items, s.start));
}

function relativeAfter(items: readonly Item[], k: number): boolean {
  return isWord(items[k + 1], 'en') && (isWord(items[k + 2], 'relatif') || (isWord(items[k + 2], 'valeur', 'termes') && isWord(items[k + 3], 'relative', 'relatifs')));
}

/** The relative change said after a change in points (`c`), between the same two ends. */
function relativeBeside(v: View, f: Figures, from: number, to: number, c: Change): Change | null {
  const all = statedChanges(v, f, from, to);
  const rel = all.length === 2 && all[1].kind === 'percent' && relativeAt(v, all[1]) ? all[1] : null;
  return rel ? { from: c.from, to: c.to, stated: rel } : null;
}

function clause(v: View, f: Figures, from: number, to: number, prev: View | null = null, earlierOf: () => readonly View[] = () => []): Change | null {
  if (to - from < 3 || !saysChange(v, from, to)) return null;
  // The sentences before, cut once for the readings that look back.
  let before: readonly View[] | null = null;
  const earlier = () => (before ??= earlierOf());
  const all = statedChanges(v, f, from, to);
  // A change said in points and again relatively is judged in points here, relatively by relativeBeside.
  const stated = all.length === 2 && all[0].kind === 'points' && all[1].kind === 'percent' && relativeAt(v, all[1]) ? [all[0]] : all;
  if (stated.length === 2) return withDifference(v, f, from, to, stated) ?? withBothEnds(v, f, from, to, stated) ?? (prev ? levelsSaidBefore(v, f, from, to, stated, prev, beforePrev(earlier())) : null);
  if (stated.length !== 1) return null;
  const ends = endpoints(v, f, from, to, stated[0]) ?? endsAfterColon(v, f, from, to, stated[0]) ?? (prev ? acrossSentences(v, f, from, to, stated[0], prev) ?? countsAcrossSentences(v, from, to, stated[0], prev) ?? baseHere(v, f, from, to, stated[0], prev) ?? pointsBack(v, f, from, to, stated[0], prev, beforePrev(earlier())) : null) ?? againstYear(v, f, from, to, stated[0], earlier()) ?? namedBefore(v, f, from, to, stated[0], earlier());
  if (!ends || ends.from.unit !== ends.to.unit) return null;
  // « Elle est repartie à la hausse en 2024 (+9 %) et atteint 612 000 €, contre 685 000 € en 2022 »: a change dated to one
  // year is that year's, no change from a base two years or more before it.
  if (yearsBeforeChange(v, stated[0], ends.from) >= 2) return null;
  const s = stated[0];
  // « Les dépenses de transport ralentissent (+6 %) avec le transport partagé, qui concernait 28 % des trajets, contre
  // 11 % … »: both ends in a relative clause opened after the stated change speak of that clause's noun.
  if (inRelativeAfter(v, s, ends.from) && inRelativeAfter(v, s, ends.to)) return null;
  // « La surface brûlée a plus que triplé, alors même que le nombre de départs reculait, de 412 à 377 »: both ends after
  // a clause of contrast opened after the stated change are that clause's subject's.
  if (contrastBetween(v, s.end, Math.min(ends.from.start, ends.to.start))) return null;
  // « La progression de la DSR (+21 % en deux ans) compense … la baisse de population (5 412 habitants contre 5 468) »:
  // a change in brackets and ends in other brackets speak of two things.
  const own = bracketAround(v, s.start);
  if (own >= 0 && bracketAround(v, ends.from.start) !== own && bracketAround(v, ends.to.start) !== own && bracketAround(v, ends.from.start) >= 0) return null;
  // « Les dépenses augmentent de 12 % et représentent désormais 8 % du budget, contre 5 % »: a verb of share after the
  // stated change gives two shares of another whole; the change was of the amount.
  if (ends.from.unit === '%' && s.kind === 'percent' && shareVerbBetween(v, s.end, Math.min(ends.from.start, ends.to.start))) return null;
  // « la hausse atteint 6,4 % par rapport aux 7,8 millions de 2022 »: a figure « par rapport à » names is the base a
  // change starts from, never where it ends.
  if (comparedFigure(v, ends.to)) return null;
  // « … s’est élevée à 48,2 TWh. Le photovoltaïque en représente 12 %, soit 5,8 TWh, et a progressé de 23 % »: an end
  // this sentence gives as a share of the one before is a part of it, not a later level.
  if (v.items.length > 0 && ends.from.start < v.items[0].start && ends.to.start >= v.items[0].start && shareVerbBetween(v, v.items[0].start, ends.to.start)) return null;
  // Points compare percentages; a difference compares amounts of its own currency.
  if (s.kind === 'points' && ends.from.unit !== '%') return null;
  if (s.kind === 'difference' && ends.from.unit !== f.amounts[indexOfAmount(f.amounts, s.start)]?.currency) return null;
  if (!(ends.from.value > 0)) return null;
  if (spanDisagrees(v, from, to, ends)) return null;
  // « Il était encore de 13 % en 2022 et s’établit à 11 %, soit un recul de 6 points en six ans »: « encore » makes the
  // first end a level on the way; the change over the span starts before it.
  if (durationOf(v, from, to) > 0 && stillBefore(v, ends.from)) return null;
  return { from: ends.from, to: ends.to, stated: s };
}

/** The item of the « ( » whose brackets hold position `at` in the view, or -1. */
function bracketAround(v: View, at: number): number {
  let open = -1;
  for (let k = 0; k < v.items.length && v.items[k].start < at; k++) {
    if (isPunct(v.items[k], '(')) open = k;
    else if (isPunct(v.items[k], ')')) open = -1;
  }
  return open;
}

/** « alors que », « alors même que », « tandis que », « mais » between positions `from` and `to`: a clause of contrast. */
function contrastBetween(v: View, from: number, to: number): boolean {
  for (let k = lowerBound(v.items, from); k < v.items.length && v.items[k].start < to; k++) {
    if (isWord(v.items[k], 'mais')) return true;
    if (isWord(v.items[k], 'tandis') && isWord(v.items[k + 1], 'que', "qu'")) return true;
    if (isWord(v.items[k], 'alors') && (isWord(v.items[k + 1], 'que', "qu'") || (isWord(v.items[k + 1], 'meme') && isWord(v.items[k + 2], 'que', "qu'")))) return true;
  }
  return false;
}

/** The figure `f` of this clause follows « par rapport à » within the four items before it (« par rapport aux 7,8 millions »). */
function comparedFigure(v: View, f: Span): boolean {
  const k = lowerBound(v.items, f.start);
  if (v.items[k]?.start !== f.start) return false;
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    // (Not « contre », which writers set before the earlier figure or the later one alike.)
    if (isWord(v.items[q], 'rapport') && isWord(v.items[q - 1], 'par')) return true;
    if (v.items[q].kind !== 'word') return false;
  }
  return false;
}

/** « encore » within the four words before the figure `f`: « était encore de 13 % ». */
function stillBefore(v: View, f: Span): boolean {
  const k = lowerBound(v.items, f.start);
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) if (isWord(v.items[q], 'encore')) return true;
  return false;
}

/** A relative pronoun (« qui », « dont », « où ») between the stated change and the figure `f`, after the change. */
function inRelativeAfter(v: View, stated: Span, f: Span): boolean {
  if (f.start <= stated.end) return false;
  for (let k = lowerBound(v.items, stated.end); k < v.items.length && v.items[k].start < f.start; k++) if (isWord(v.items[k], 'qui', 'dont', 'ou') && isPunct(v.items[k - 1], ',')) return true;
  return false;
}

/** A verb of share (« représente », « pèse ») among the items between offsets `from` and `to`. */
function shareVerbBetween(v: View, from: number, to: number): boolean {
  for (let k = lowerBound(v.items, from); k < v.items.length && v.items[k].start < to; k++) if (has(v.cues[k], 'share-verb')) return true;
  return false;
}

/**
 * « 2,15 Md€ en 2025, en hausse de 7,5 % sur un an, contre 1,86 Md€ en 2023 »: the change is stated over one
 * year, the two figures are two years apart — it was measured against a figure the text does not give.
 */
function spanDisagrees(v: View, from: number, to: number, ends: { from: Value; to: Value }): boolean {
  // « …, soit +12 % en deux ans, alors même que le taux n’a pas bougé depuis 2021 »: a contrasting clause dates another fact.
  for (let k = from; k < to; k++) {
    if (isWord(v.items[k], 'alors', 'tandis', 'mais') && isPunct(v.items[k - 1], ',')) {
      to = k;
      break;
    }
  }
  const duration = durationOf(v, from, to);
  // « passée de 8,1 M€ en 2021 à 9,8 M€ en 2023, soit +21 % en deux ans, … sur les programmes livrés en 2000 »: ends
  // dated each by its own year span those years; another year of the sentence dates something else.
  const dated = [ends.from, ends.to].map((e) => {
    const k = lowerBound(v.items, e.start);
    return v.items[k]?.start === e.start ? dateOf(v, k) : null;
  });
  const years = dated[0] !== null && dated[0] > 0 && dated[1] !== null && dated[1] > 0 ? (dated as number[]) : yearsOf(v, from, to);
  if (duration <= 0 || years.length < 2) return false;
  const span = Math.max(...years) - Math.min(...years);
  // « du 1er janvier 2020 au 31 décembre 2024, … en cinq ans »: dated to the day, the span may count both ends.
  if (span + 1 === duration && namesMonth(v, from, to)) return false;
  return span > 0 && span !== duration;
}

function namesMonth(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWord(v.items[k], ...MONTHS)) return true;
  return false;
}

/**
 * Whether a sentence speaks of what the one before spoke of: a pronoun or demonstrative (« elles », « ce nombre »), or
 * « en » before a verb and its count (« on en recensait 6 240 »).
 */
function refersBack(v: View): boolean {
  const { items } = v;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'amount' || it.kind === 'percent') return false;
    if (has(v.cues[k], 'anaphora')) return true;
    if (isWord(it, 'en') && items[k + 1]?.kind === 'word' && !isYearItem(items[k + 1]) && quantityAt(items, k + 2) && !quantityAt(items, k + 1)) return true;
    // « La cellule en a traité 1 420 en 2018 … »: the clitic, an auxiliary and its participle, then the count.
    if (isWord(it, 'en') && isWord(items[k + 1], 'a', 'ont', 'avait', 'avaient') && items[k + 2]?.kind === 'word' && !quantityAt(items, k + 2) && quantityAt(items, k + 3)) return true;
  }
  return false;
}

/** « le nombre de voyageurs » in the change's clause, and a count of « voyageurs » in `next`. */
function countsNounOf(v: View, from: number, to: number, next: View): boolean {
  for (let k = from; k + 2 < to; k++) {
    if (!isWord(v.items[k], 'nombre') || !isWord(v.items[k + 1], 'de', "d'", 'des')) continue;
    const noun = v.items[k + 2];
    if (noun.kind !== 'word') return false;
    for (let q = 0; q < next.items.length; q++) {
      const c = quantityAt(next.items, q);
      if (c && c.noun && nounKey(c.noun) === nounKey(noun.f)) return true;
    }
    return false;
  }
  return false;
}

/** The years a clause states (« en 2021 », « fin 2024 »). */
function yearsOf(v: View, from: number, to: number): number[] {
  const years: number[] = [];
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    // (« Créée en 2018, l’agence … » dates the thing, not the change.)
    // (« la loi du 26 avril 2021 » dates a text.)
    if (it.kind === 'word' && it.f.length === 4 && (it.f.startsWith('19') || it.f.startsWith('20')) && !Number.isNaN(Number(it.f)) && !foundingYearAt(v.items, k) && !namesAText(v.items, k)) years.push(Number(it.f));
  }
  return years;
}

/** The number of years a change is said to span (« sur un an », « en trois ans »), or 0. */
function durationOf(v: View, from: number, to: number): number {
  const { items } = v;
  let duration = 0;
  for (let k = from; k < to; k++) {
    if (!isWord(items[k], 'sur', 'en')) continue;
    const q = quantityAt(items, k + 1);
    if (q && q.nounAt !== undefined && has(v.cues[q.nounAt], 'years') && isWord(items[q.nounAt], 'an', 'ans', 'annee', 'annees')) duration = q.value;
  }
  return duration;
}

/** The index of the amount starting at `start` (binary search; amounts are sorted). */
function indexOfAmount(amounts: readonly Amount[], start: number): number {
  let lo = 0;
  let hi = amounts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid].start < start) lo = mid + 1;
    else if (amounts[mid].start > start) hi = mid - 1;
    else return mid;
  }
  return -1;
}

