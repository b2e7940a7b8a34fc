// Relations between counts of things, read where the text is clear about them:
//   Sur les 420 lauréats, 68 viennent des outre-mer, soit 16 %     — a share of a count
//   870 des 2 900 communes …, soit 35 % · Plus d’un tiers des 260 communes, 72 exactement, …
//   412 postes, qui se répartissent entre les écoles (186), les collèges (143) et les lycées (121)
//   2,6 millions d’habitants, dont 1,9 million … et 900 000 …
//   Répartition des 1 240 postes : - Créteil : 520 postes ; - Versailles : 410 postes ; …
// A count is a number with its noun (quantities.ts); its parts are bare
// numbers or numbers of the same noun. Counts are never amounts: they live in
// these relations only, with the noun as their unit.

import { Breakdown, Figure, Quantity, Rate, Share, SharePair } from '../model';
import { has } from '../cues';
import { Sentence, firstIndex } from '../sentences';
import { Item, isPunct, isWord, isYearItem, lowerBound } from '../words';
import { FindOptions, make } from './wholes';
import { MEASURE_UNITS, View, amountItems, changePercentAt, closedByEt, datedApart, dontBefore, percentItems } from './region';
import { ReadQuantity, TIME_UNITS, isDigits, namesTheSet, nounKey, quantityAt, sameNoun } from './quantities';
import { isMeasureAt } from '../measures';
import { percentInterval, writtenInterval, APPROXIMATE_SLACK } from '../intervals';
import { REACH, afterFrontedClause } from '../reach';

const FRACTION_SLACK = 2.5;
/** How far « un peu plus », « un peu moins » may be from the fraction they qualify, relatively. */
const SLIGHTLY = 0.15;

/**
 * « 30 000 propriétaires, dont la moitié possèdent moins de 2 ha »: a share right after « dont » is of the count before
 * it, and has no part here unless one follows in brackets or after « soit » (« dont la moitié (600) »).
 */
function shareAfterDontAlone(items: readonly Item[], share: { start: number; end: number }): boolean {
  const d = lowerBound(items, share.start);
  if (dontBefore(items, d) < 0) return false;
  let e = d;
  while (e < items.length && items[e].end <= share.end) e++;
  // « dont 78 % de volontaires, soit 4 370 », « dont les deux tiers sont demi-pensionnaires, soit 690 »: the share's noun
  // or a short predicate may stand before « soit ».
  let w = e;
  while (w < items.length && w < e + 5 && items[w].kind === 'word') w++;
  if (w > e && isPunct(items[w], ',') && isWord(items[w + 1], 'soit')) return false;
  return !(isPunct(items[e], '(') || isWord(items[e], 'soit') || (isPunct(items[e], ',') && isWord(items[e + 1], 'soit')));
}

/** Nouns that count things of any kind: a total of them may add items counted by their own nouns. */
const GENERIC_COUNTS = new Set(['solution', 'action', 'mesure', 'aide', 'dispositif', 'operation', 'intervention', 'prestation', 'accompagnement', 'reponse', 'beneficiaire', 'place']);

/** The number that ends an item after its colon (« merlu : 2 450 », « incendies : 2 110 ; »), alone, or null. */
/** The count an item opens on with no noun after it (« - 520 en parcours … », « - 380 dans l’industrie »), or null. */
function bareOpening(v: View): ReadQuantity | null {
  const k = firstIndex(v.items);
  const q = v.items[k]?.kind === 'word' && !isYearItem(v.items[k]) ? quantityAt(v.items, k) : null;
  if (!q || !Number.isInteger(q.value) || (q.noun !== undefined && !NOT_NOUNS_AFTER_COUNT.has(q.noun))) return null;
  return isWord(v.items[q.next], 'en', 'dans', 'au', 'aux', 'a', 'sous', 'pour', 'chez') ? q : null;
}

function numberAfterColon(v: View, detail = false): ReadQuantity | null {
  let colon = -1;
  for (let k = 0; k < v.items.length; k++) if (isPunct(v.items[k], ':')) colon = k;
  // (« atteintes aux biens : 1 105 (dont 412 cambriolages) »: with `detail`, the colon before a bracket that details
  // the number.)
  if (detail) {
    colon = -1;
    for (let k = 0; k < v.items.length && !isPunct(v.items[k], '('); k++) if (isPunct(v.items[k], ':')) colon = k;
  }
  if (colon < 0) return null;
  const q = quantityAt(v.items, colon + 1);
  if (!q || q.noun) return null;
  // Nothing but closing punctuation or markup after the number (or, with `detail`, a bracket closing the item).
  let k = q.next;
  if (detail && isPunct(v.items[k], '(')) {
    while (k < v.items.length && !isPunct(v.items[k], ')')) k++;
    k++;
  }
  for (; k < v.items.length; k++) if (v.items[k].kind !== 'punct') return null;
  return q;
}

/** The sentence right before a view, in its paragraph. */
function sentenceBefore(o: FindOptions, v: View): Sentence | null {
  const start = v.items[0]?.start ?? -1;
  let lo = 0;
  let hi = o.sentences.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (o.sentences[mid].start <= start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const here = o.sentences[at];
  const prev = o.sentences[at - 1];
  return here && prev && prev.paragraph === here.paragraph && here.start <= start && start < here.end ? prev : null;
}

/**
 * The sentence before `v` in its section, across a paragraph break when `v` opens on a word pointing back (« Dans le
 * détail, la production se répartirait ainsi : »): chunks never cut before such a sentence (reach.ts).
 */
function sentenceBeforeAcross(o: FindOptions, v: View): Sentence | null {
  const within = sentenceBefore(o, v);
  if (within) return within;
  const start = v.items[0]?.start ?? -1;
  const at = lowerBound(o.sentences, start + 1) - 1;
  const here = o.sentences[at];
  const prev = o.sentences[at - 1];
  return here && prev && here.start <= start && start < here.end && prev.section === here.section && here.reachesBack ? prev : null;
}

function bareList(leadStart: number, items: View[], after: View): Breakdown | null {
  const total = numberAfterColon(after);
  if (!total) return null;
  const parts: Figure[] = [];
  for (const v of items) {
    const q = numberAfterColon(v, true);
    if (!q) return null;
    parts.push(countFigure(q, '#'));
  }
  if (parts.length < 2) return null;
  const b = make('list', leadStart, countFigure(total, '#'));
  b.parts = parts;
  b.complete = true;
  return b;
}

/** The lead-in ends on « dont » before its colon: the items are some of the whole. */
function endsOnDont(v: View): boolean {
  let k = v.items.length - 1;
  if (isPunct(v.items[k], ':')) k--;
  return isWord(v.items[k], 'dont');
}

export function countFigure(q: Quantity, unit: string): Figure {
  // (« Près de 2 400 entreprises : 1 530 PME et 812 ETI »: a hedged count is widened as a hedged amount is.)
  if ((q as ReadQuantity).hedged) {
    const w = writtenInterval(q.value, (q as ReadQuantity).step ?? 1, 'approximate');
    return { start: q.start, end: q.end, value: q.value, lo: w.lo, hi: w.hi, currency: unit, index: -1, qualifier: 'approximate' };
  }
  return { start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi, currency: unit, index: -1, qualifier: (q as ReadQuantity).bound ?? null };
}

/**
 * The first percentage after item `from`, in its clause, that a count follows as its whole (« 18 % des 5 400 ménages »),
 * with no amount between: its index, or -1.
 */
function shareOfCountAfter(v: View, from: number): number {
  const { items } = v;
  for (let k = from + 1; k + 2 < items.length; k++) {
    const it = items[k];
    if (it.kind === 'amount' || isPunct(it, ';', '.')) return -1;
    if (it.kind !== 'percent' || !isWord(items[k + 1], 'des', 'de', "d'")) continue;
    const q = quantityAt(items, k + 2);
    return q && q.noun ? k : -1;
  }
  return -1;
}

/** The numbers of the sentence that are counts: not years, not dates, not article or programme numbers, not amounts. */
function counts(v: View): { q: ReadQuantity; k: number }[] {
  const out: { q: ReadQuantity; k: number }[] = [];
  for (let k = 0; k < v.items.length; k++) {
    const q = quantityAt(v.items, k);
    if (!q) continue;
    const before = v.items[k - 1];
    // « des entreprises de 11 à 49 salariés », « les communes de 500 à 2 000 habitants »: a range right after a plural
    // noun's « de » sizes the things; neither end counts anything.
    const sized = sizeRangeEnd(v, k, q);
    if (sized > 0) {
      k = sized - 1;
      continue;
    }
    const noun = q.nounAt !== undefined ? v.items[q.nounAt] : undefined;
    // « dix prochaines années », « cinq dernières années »: a duration with one adjective before its noun.
    const durationAfterAdjective = q.nounAt !== undefined && has(v.cues[q.nounAt + 1], 'years');
    const skip =
      // « au 30/06 », « 12/2024 »: a date, not a count.
      isPunct(before, '/') || isPunct(v.items[q.next], '/') ||
      (before && before.kind === 'word' && NUMBERED.has(before.f)) ||
      (noun !== undefined && (has(v.cues[q.nounAt!], 'years') || MONTHS.has((noun as { f: string }).f) || durationAfterAdjective)) ||
      sizeOfCounted(v, k) ||
      // « entre 18 et 64 ans », « de 6 à 17 ans »: the first end of a range of ages or durations.
      rangeOfYearsFrom(v, q) ||
      // « les deux tiers »: a fraction, not two things.
      has(v.cues[k], 'fraction') ||
      q.value < 2;
    if (!skip) out.push({ q, k });
    k = q.next - 1;
  }
  return out;
}

/** Where a range that sizes the noun before it (see counts) ends, when the count `q` at item k opens one; else -1. */
function sizeRangeEnd(v: View, k: number, q: ReadQuantity): number {
  const noun = v.items[k - 2];
  if (!isWord(v.items[k - 1], 'de', "d'") || !noun || noun.kind !== 'word' || noun.f.length < 4 || !(noun.f.endsWith('s') || noun.f.endsWith('x'))) return -1;
  if (has(v.cues[k - 2], 'rise') || has(v.cues[k - 2], 'fall') || has(v.cues[k - 2], 'change')) return -1;
  if (q.nounAt !== undefined && q.nounAt !== q.next) return -1;
  if (!isWord(v.items[q.next], 'a')) return -1;
  const end = quantityAt(v.items, q.next + 1);
  return end && end.noun !== undefined ? end.next : -1;
}

/** Whether the count `q` opens a range whose other end is a duration or an age (« 18 et 64 ans », « 6 à 17 ans »). */
function rangeOfYearsFrom(v: View, q: ReadQuantity): boolean {
  if (q.nounAt !== undefined && q.nounAt !== q.next) return false;
  if (!isWord(v.items[q.next], 'et', 'a')) return false;
  const end = quantityAt(v.items, q.next + 1);
  return end !== null && end.nounAt !== undefined && has(v.cues[end.nounAt], 'years');
}

/**
 * « les communes de moins de 3 500 habitants », « 860 emploient moins de trois salariés »: a threshold that says what
 * size the things counted are, not a count of the relation — « moins de » or « plus de » right after a noun's « de »
 * or a few words after another count.
 */
export function sizeOfCounted(v: View, k: number): boolean {
  const { items } = v;
  if (!isWord(items[k - 1], 'de', "d'") || !isWord(items[k - 2], 'moins', 'plus')) return false;
  if (isWord(items[k - 3], 'de', "d'") && items[k - 4]?.kind === 'word' && !isWord(items[k - 4], 'soit', 'dont', 'sur', 'parmi')) return true;
  for (let q = k - 3; q >= 0 && q >= k - 5; q--) {
    const it = items[q];
    if (it.kind !== 'word' || isWord(it, 'soit', 'dont', 'et', 'ou')) return false;
    if (quantityAt(items, q)) return true;
  }
  return false;
}

/** Words before a number that names a thing, not a count of it: « article 12 », « la RN 147 », « ligne 4 ». */
const NUMBERED = new Set([
  'article', 'articles', 'programme', 'programmes', 'n°', 'no', 'numero', 'page', 'p', 'loi', 'decret', 'action', 'axe', 'lot', 'le', 'du', 'au',
  'rn', 'rd', 'cd', 'route', 'autoroute', 'ligne', 'rue', 'avenue', 'boulevard', 'quai', 'porte', 'salle', 'bus', 'tram', 'chapitre', 'annexe',
  'alinea', 'paragraphe', 'section', 'titre', 'tome', 'volume', 'circonscription', 'secteur', 'zone', 'lotissement', 'batiment', 'niveau',
  'echelon', 'classe', 'categorie', 'groupe', 'phase', 'etape', 'vague', 'saison', 'edition', 'tranche', 'volet', 'pilier', 'priorite', 'objectif',
]);

const MONTHS = new Set(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'heures', 'heure', 'jours', 'jour', 'mois', 'semaines', 'ans', 'annees', 'minutes', 'minute', 'secondes']);

function unitOf(q: ReadQuantity): string {
  return '#' + (q.noun ?? '');
}

/** A stated share at item k (percentage or fraction phrase), with where it ends. */
function shareAt(v: View, k: number, o: FindOptions): { share: Share; to: number } | null {
  const it = v.items[k];
  if (it.kind === 'percent') {
    // « soit -32 % en cinq ans », « +12 % »: a signed percentage is a change, no share of a count.
    const sign = v.items[k - 1];
    if ((isPunct(sign, '+', '−', '-', '–') || isWord(sign, '-')) && sign.end === it.start) return null;
    // « soit une baisse de 32 % », « ont baissé en moyenne de 30 % »: a change's percentage.
    if (changeBefore(v, k)) return null;
    // « un taux supérieur à 45 % », « au-delà de 60 % »: a threshold, no share of the count.
    if (isWord(v.items[k - 1], 'a', 'de', "d'") && isWord(v.items[k - 2], 'superieur', 'superieure', 'superieurs', 'superieures', 'inferieur', 'inferieure', 'inferieurs', 'inferieures', 'egal', 'egale', 'au-dela', 'au-dessus', 'dessous', 'dessus')) return null;
    const p = o.percentages[it.index];
    const i = percentInterval(p);
    return { share: { start: p.start, end: p.end, value: p.value, lo: i.lo, hi: i.hi, index: it.index }, to: k };
  }
  const c = v.cues[k];
  if (!has(c, 'fraction') || c!.value === undefined) return oneIn(v, k);
  const before = v.items[k - 1];
  // « soit 1/3 »: a fraction in digits needs no article.
  const digits = v.items[k].kind === 'word' && isDigits(v.items[k]);
  if (!isWord(before, 'la', 'un', 'une', 'les', "l'", 'le', "d'", 'du', 'de', 'des', 'au', 'aux') && !(digits && isWord(before, 'soit'))) return null;
  const value = c!.value * 100;
  let lo = value - FRACTION_SLACK;
  let hi = value + FRACTION_SLACK;
  // « un peu moins des deux tiers »: « des » is « de les », the qualifier right before it.
  const contracted = isWord(before, 'des');
  const h = contracted ? before : v.items[k - 2];
  const h2 = contracted ? v.items[k - 2] : v.items[k - 3];
  let start = isWord(h, 'de', "d'", 'du', 'des') && isWord(h2, 'plus', 'moins', 'pres', 'environ', 'presque') ? h2!.start : isWord(before, 'soit') ? v.items[k].start : before!.start;
  if (isWord(h, 'de', "d'", 'du', 'des') && isWord(h2, 'pres', 'environ', 'presque')) {
    lo *= 1 - APPROXIMATE_SLACK;
    hi *= 1 + APPROXIMATE_SLACK;
  } else if (isWord(h, 'de', "d'", 'du', 'des') && isWord(h2, 'plus', 'moins')) {
    // « un peu moins des deux tiers », « un peu plus du quart »: close to the fraction, on one side.
    const slightly = isWord(v.items[k - (contracted ? 3 : 4)], 'peu') && isWord(v.items[k - (contracted ? 4 : 5)], 'un');
    if (slightly) start = v.items[k - (contracted ? 4 : 5)].start;
    if (isWord(h2, 'plus')) hi = slightly ? value * (1 + SLIGHTLY) : 100;
    else lo = slightly ? value * (1 - SLIGHTLY) : 0;
  }
  return { share: { start, end: v.items[k + c!.length - 1].end, value, lo, hi, index: -1 }, to: k + c!.length - 1 };
}

/** Nouns of a figure to reach, not one reached: « l’objectif de 25 % », « le seuil de 20 % ». */
const TARGETS = ['objectif', 'objectifs', 'cible', 'cibles', 'seuil', 'seuils'];

/** The largest « sur M » read as a proportion: « un sur dix », not « 9 sur 27 » (a part and its whole). */
const ONE_IN_MAX = 10;

/**
 * « une commune sur quatre », « deux élèves sur cinq », « neuf cas sur dix », « près d’un Français sur trois »: a small
 * number of things out of a small number is a proportion, n / m, stated as loosely as a fraction word.
 */
function oneIn(v: View, k: number): { share: Share; to: number } | null {
  const n = quantityAt(v.items, k);
  if (!n || n.step !== 1 || n.value >= ONE_IN_MAX) return null;
  // The counted noun, if any, may sit between the two numbers: « une commune sur quatre », « un sur quatre ».
  const sur = n.nounAt !== undefined && isWord(v.items[n.nounAt + 1], 'sur') ? n.nounAt + 1 : isWord(v.items[n.next], 'sur') ? n.next : -1;
  if (sur < 0) return null;
  const m = quantityAt(v.items, sur + 1);
  if (!m || m.step !== 1 || m.value > ONE_IN_MAX || m.value <= n.value || m.next !== sur + 2) return null;
  // « 3 jours sur 7 » and « 2 ans sur 5 » are time, « 1 sur 4 » after a number (« 12, 1 sur 4 ») is a score.
  if (n.noun && MONTHS.has(n.noun)) return null;
  const value = (n.value / m.value) * 100;
  let lo = value - FRACTION_SLACK;
  let hi = value + FRACTION_SLACK;
  let start = n.start;
  const h = v.items[k - 1];
  const h2 = v.items[k - 2];
  if (isWord(h, 'de', "d'") && isWord(h2, 'pres', 'environ', 'presque', 'quasiment')) {
    lo *= 1 - APPROXIMATE_SLACK;
    hi *= 1 + APPROXIMATE_SLACK;
    start = h2!.start;
  } else if (isWord(h, 'de', "d'") && isWord(h2, 'plus')) {
    hi = 100;
    start = h2!.start;
  } else if (isWord(h, 'de', "d'") && isWord(h2, 'moins')) {
    lo = 0;
    start = h2!.start;
  }
  return { share: { start, end: m.end, value, lo, hi, index: -1 }, to: sur + 1 };
}

/** « Sur ce total », « Parmi eux »: the sentence opens on words that take up the count before. */
export function takesUpCount(v: View): boolean {
  const k = firstIndex(v.items);
  if (isWord(v.items[k], 'parmi')) return isWord(v.items[k + 1], 'eux', 'elles', 'ceux-ci', 'celles-ci', 'ceux', 'celles', 'ces');
  if (isWord(v.items[k], 'sur') && isWord(v.items[k + 1], 'ce', 'cet') && isWord(v.items[k + 2], 'nombre', 'total', 'effectif')) return true;
  // « Sur ces demandes, 310 ont abouti … »: the demonstrative and the noun counted before.
  return isWord(v.items[k], 'sur') && isWord(v.items[k + 1], 'ces') && v.items[k + 2]?.kind === 'word' && isPunct(v.items[k + 3], ',');
}

/** « en » and a verb within the five words before item k, no figure between: « en concentre à lui seul 2 450 ». */
function cliticBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    if (isWord(it, 'en') && v.items[q + 1]?.kind === 'word' && !isYearItem(v.items[q + 1]) && !quantityAt(v.items, q + 1)) return true;
  }
  return false;
}

/** Words after a number that are no noun of it: « 610 lui ont été adressées », « 415 par France Travail », « 14 ont ». */
export const NOT_NOUNS_AFTER_COUNT: ReadonlySet<string> = new Set([
  // pronouns and auxiliaries
  'lui', 'leur', 'se', "s'", 'y', 'en', 'ne', "n'", 'ont', 'sont', 'a', 'est', 'avaient', 'etaient', 'ete', 'seront', 'auront',
  // prepositions
  'par', 'pour', 'dans', 'au', 'aux', 'sur', 'sous', 'chez', 'avec', 'sans', 'apres', 'avant', 'entre', 'vers', 'selon', 'depuis', 'pendant', 'le', 'la', 'les', "l'",
  // verbs that say where the counted come from or go
  'relevent', 'viennent', 'proviennent', 'concernent', 'portent', 'resident', 'habitent', 'emanent', 'beneficient', 'touchent', 'vont', 'restent',
]);

/**
 * A word after a count that is no noun of it: one of NOT_NOUNS_AFTER_COUNT, or a verb in the plural (« 960 doivent »,
 * « 540 font »): after a number above one, a noun ends in -s or -x, never in -ent or -ont.
 */
export function noNounAfterCount(word: string, value: number): boolean {
  return NOT_NOUNS_AFTER_COUNT.has(word) || (value >= 2 && word.length > 3 && (word.endsWith('ent') || word.endsWith('ont')));
}

/** Words that open a sentence on a subset of the count just stated: « Parmi eux », « Parmi celles-ci », « Sur ce nombre ». */
function pointsToCountBefore(v: View): boolean {
  const k = firstIndex(v.items);
  if (isWord(v.items[k], 'parmi')) return takesUpCount(v);
  if (takesUpCount(v)) return true;
  // « Les 418 hectares en bio en représentent 18 % »: the clitic « en » before a verb of share.
  for (let q = k; q + 1 < v.items.length; q++) if (isWord(v.items[q], 'en') && has(v.cues[q + 1], 'share-verb')) return true;
  // « Les établissements privés en gèrent 1 310 »: the clitic « en », a verb, and the count right after it.
  // (« En retenant un ratio … »: a gerund after « en » is no verb taking up a count.)
  for (let q = k; q + 2 < v.items.length; q++) {
    const verb = v.items[q + 1];
    if (!isWord(v.items[q], 'en') || verb.kind !== 'word' || verb.f.endsWith('ant') || isYearItem(verb) || isYearItem(v.items[q + 2])) continue;
    const n = quantityAt(v.items, q + 2);
    if (n && n.value >= 2) return true;
  }
  // « Le centre ancien en concentre à lui seul 2 450 »: a part said of the whole before.
  for (let q = k; q + 2 < v.items.length; q++) if (isWord(v.items[q], 'a') && isWord(v.items[q + 1], 'lui', 'elle', 'eux', 'elles') && isWord(v.items[q + 2], 'seul', 'seule', 'seuls', 'seules')) return true;
  // « Les deux tiers de ces renforts, soit 2 100 postes »: a share of the things a demonstrative takes up.
  for (let q = k; q + 2 < v.items.length; q++) if (isWord(v.items[q], 'de', "d'") && isWord(v.items[q + 1], 'ces') && (v.items[q - 1]?.kind === 'percent' || has(v.cues[q - 1], 'fraction') || has(v.cues[q - 2], 'fraction'))) return true;
  // « Seuls 412 d’entre eux … »
  for (let q = k; q + 2 < v.items.length; q++) if (isWord(v.items[q], "d'") && isWord(v.items[q + 1], 'entre') && isWord(v.items[q + 2], 'eux', 'elles')) return true;
  return false;
}

/** A sign or a word of change in the five items before item k. */
function changeBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
    const it = v.items[q];
    if (isPunct(it, '+', '-', '−', '–') && q === k - 1) return true;
    if (has(v.cues[q], 'rise') || has(v.cues[q], 'fall') || has(v.cues[q], 'change')) return true;
  }
  return false;
}

/** The counts with a noun of the sentence before `sent`, when `sent` points back to it. */
function wholesBefore(sent: Sentence, o: FindOptions): ReadQuantity[] | null {
  if (!pointsToCountBefore(sent)) return null;
  const prev = o.sentences[sentenceIndex(o, sent) - 1];
  // « Parmi eux » may open the next paragraph: it still points to the last sentence, under the same heading.
  if (!prev || (prev.paragraph !== sent.paragraph && (prev.paragraph !== sent.paragraph - 1 || prev.section !== sent.section || prev.inList || sent.inList))) return null;
  // A percentage of change (« en légère baisse sur un an (− 2,1 %) ») says nothing of the count's parts.
  // (« …, soit un taux d’occupation de 207 % »: nor does a rate the sentence names as such.)
  for (let k = 0; k < prev.items.length; k++) {
    const it = prev.items[k];
    if (it.kind === 'amount' || (it.kind === 'percent' && !changeBefore(prev, k) && !namedRate(prev, k))) return null;
  }
  // « 2 300 logements vacants sur les 31 communes »: a count in a complement of place says where, not what is counted.
  // « Tremplin Emploi 37 a accompagné … »: a number after a capitalised word belongs to a name.
  const all = counts(prev);
  const named = all.filter((c) => c.q.noun && !noNounAfterCount(c.q.noun, c.q.value) && !ofPlace(prev, c.k) && !inName(prev, c.k));
  // « 18 240 bons en 2021, 21 575 en 2022 et 24 310 en 2023, soit 64 125 sur les trois exercices. Parmi eux, … »: the sum
  // after « soit » of counts of one thing is the whole the next sentence takes up, in the noun of the first.
  const last = all[all.length - 1];
  if (named.length >= 1 && all.length >= 3 && last && isWord(prev.items[last.k - 1], 'soit') && all.slice(0, -1).every((c) => c.q.value < last.q.value)) {
    return [{ ...last.q, noun: named[0].q.noun, nounAt: named[0].q.nounAt }];
  }
  return named.map((c) => c.q);
}

/** « un taux d’occupation de 207 % », « le taux de vacance atteint 11 % »: « taux » a few words before the percentage at k. */
function namedRate(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    if (isWord(it, 'taux')) return true;
  }
  return false;
}

/**
 * « sur les 31 communes », « sur l’ensemble des 31 communes », « dans nos 12 quartiers »: a count in a complement of
 * place; « répartis en douze bâtiments »: the groups the things fall into. « L’opération porte sur 860 logements »
 * names what is counted.
 */
function ofPlace(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const it = v.items[q];
    if (isWord(it, 'sur') && isWord(v.items[q - 1], 'porte', 'portent', 'portera', 'porteront', 'portait', 'portaient')) return false;
    if (isWord(it, 'sur', 'dans', 'pour', 'parmi', 'entre', 'en')) return true;
    if (!isWord(it, 'les', 'des', 'ses', 'nos', 'leurs', "l'", 'ensemble', 'totalite', 'de', "d'")) return false;
  }
  return false;
}

/** A number right after a capitalised word that does not open the sentence: part of a name (« Tremplin Emploi 37 »). */
function inName(v: View, k: number): boolean {
  const before = v.items[k - 1];
  if (!before || before.kind !== 'word' || k - 1 === firstIndex(v.items)) return false;
  const c = before.raw.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** « Sur les 420 lauréats, 68 …, soit 16 % », « 870 des 2 900 communes, soit 35 % », « Plus d’un tiers des 260 communes, 72 exactement ». */
/** Verbs by which some of the things counted gather a share of another quantity (« concentrent la moitié des dépenses »). */
const GATHERING_VERBS: readonly string[] = ['concentr', 'capt', 'absorb', 'gener', 'consomm', 'emett', 'produis', 'realis'];

/** Auxiliaries and verbs that make a share the subject of its own clause (« 60 % des demandes ont pu être satisfaites »). */
const OWN_VERBS: readonly string[] = ['ont', 'sont', 'restent', 'demeurent', 'peuvent', 'pourront', 'ont-elles', 'ont-ils'];

/** Participles that set a value (« fixé à », « plafonnée à »): the figure after them is a threshold or a rate, no share. */
const SET_AT: readonly string[] = ['fixe', 'fixee', 'fixes', 'fixees', 'plafonne', 'plafonnee', 'plafonnes', 'plafonnees', 'limite', 'limitee', 'etabli', 'etablie'];

export function countShares(sent: Sentence, o: FindOptions): SharePair[] {
  const { items } = sent;
  // The first clause only, up to a semicolon: « …, soit 31 % des bénéficiaires ; dans neuf cas sur dix, … » is another.
  // An amount ends it too: « 798 ont été acceptés, soit 65 %, pour un montant moyen de 7 300 € » reads the counts before
  // it; an amount before the share leaves the sentence to the finders of amounts.
  // (« 4,9 millions de retraités perçoivent une pension inférieure à 1 000 € par mois, soit 38 % »: an amount that sets
  // a threshold is what the counted have in common, no figure of the share; it ends nothing.)
  let semi = items.length;
  for (let k = 0; k < items.length; k++) {
    if (isPunct(items[k], ';') || (items[k].kind === 'amount' && !thresholdBefore(items, k))) {
      semi = k;
      break;
    }
  }
  if (semi < items.length && items[semi].kind === 'amount') {
    let shareBefore = false;
    for (let k = 0; k < semi && !shareBefore; k++) shareBefore = items[k].kind === 'percent' || has(sent.cues[k], 'fraction');
    // « 1 150 foyers ont bénéficié du chèque de 100 €, soit 18 % des 5 400 ménages »: a share whose whole is a count
    // written after it belongs to the counts, whatever amount stands before it.
    const ofCount = shareBefore ? -1 : shareOfCountAfter(sent, semi);
    if (!shareBefore && ofCount < 0) return [];
    if (ofCount >= 0) {
      semi = items.length;
      for (let k = ofCount; k < items.length; k++) {
        if (isPunct(items[k], ';') || items[k].kind === 'amount') {
          semi = k;
          break;
        }
      }
    }
  }
  const all = counts(sent);
  if (all.length === 0) return [];
  // « 3 460 enfants sont sur liste d’attente ; 1 290 d’entre eux attendent depuis six mois, soit la moitié »: the clause
  // after the semicolon takes its part « d’entre eux » from the count of the clause before.
  if (semi < items.length && isPunct(items[semi], ';')) {
    const across = partAmongAcrossSemicolon(sent, all, semi, o);
    if (across) return [across];
  }
  let stated: { share: Share; to: number; k: number } | null = null;
  let clauseEnd = items.length;
  for (let k = 0; k < items.length; k++) {
    // « …, soit 48 % de la mortalité, alors qu’ils représentent moins de 2 % du trafic »: another clause, another whole.
    // « …, soit plus d’un quart de la population, sur près de la moitié de sa superficie »: after a comma, another.
    // « … un taux de 18 % et reste sous l’objectif de 25 % »: a target or a comparison ends it too.
    if (stated && (isWord(items[k], 'alors', 'tandis', 'mais', 'lorsque', 'quand', ...TARGETS) || has(sent.cues[k], 'comparison') || (isPunct(items[k], ';', ',', '—', '–') && !decimalComma(items, k)))) {
      clauseEnd = k;
      break;
    }
    // « (seuil fixé à 40 % du revenu médian) »: a percentage a participle sets is a threshold's value, no share stated.
    if (items[k].kind === 'percent' && isWord(items[k - 1], 'a') && isWord(items[k - 2], ...SET_AT)) continue;
    const s = shareAt(sent, k, o);
    if (!s) continue;
    if (stated) return [];
    stated = { ...s, k };
    k = s.to;
  }
  if (!stated) return [];
  if (shareAfterDontAlone(items, stated.share)) return [];
  // « qui représentent 15 % des inscrits (720 élèves), accueillent 130 femmes »: a count in brackets after the share's
  // noun is the share's part said as a count; the counts after the clause are another's.
  const bracketPart = partInBracketsAfter(items, stated.to);
  // « auprès de 1 200 spectateurs : 52 % d’entre eux viennent de la région »: a share of the count just named, with no
  // part written — the counts before are its whole, never its part.
  // (« 612, soit 72 % d’entre elles » restates the part before « soit »: that one is read.)
  if (isWord(items[stated.to + 1], "d'") && isWord(items[stated.to + 2], 'entre') && !soitBefore(items, stated.k) && !all.some((c) => c.k > stated!.to)) return [];
  // The numbers of « une commune sur quatre », « les deux tiers » are the share, not counts of the text.
  const share = stated.share;
  // « Parmi les 312 agents, 48 % sont des femmes, et elles occupent 41 % des 17 postes »: a count past the share's clause
  // is another clause's, unless it opens the next one as an apposition (« un tiers — 41 communes — », « , 72
  // exactement », « , soit près de 95 000 personnes »).
  // (« …, soit 47 % des allocataires, et 5 230 vers un parcours social »: « et » coordinates another part, no apposition.)
  // (« ne représentent que 3 % du trafic mais 13 des 42 tués »: a clause a conjunction ends has no apposition after it.)
  const byWord = clauseEnd < items.length && items[clauseEnd].kind === 'word';
  // (« 57 %, soit 24 300 des 48 900 personnes ayant répondu »: an apposition that opens on « soit » restates the share
  // as its part and its whole, up to its end.)
  let soitEnd = -1;
  if (!bracketPart && isPunct(items[clauseEnd], ',') && isWord(items[clauseEnd + 1], 'soit')) {
    soitEnd = clauseEnd + 2;
    while (soitEnd < items.length && !isPunct(items[soitEnd], ',', ';', '.', ':', '(')) soitEnd++;
  }
  const inClause = (c: { k: number }) => c.k < clauseEnd || (soitEnd > 0 && c.k < soitEnd) || (!bracketPart && !byWord && c.k <= clauseEnd + 4 && !isWord(items[clauseEnd + 1], 'et', 'ou', 'mais') && items.slice(clauseEnd + 1, c.k).every((it) => it.kind === 'word' || it.kind === 'punct'));
  // « les trois sites hébergent 2 291 personnes pour 1 570 places »: a number in words after a definite determiner names
  // the set the sentence speaks of, no part of a share.
  const namesSet = (c: { k: number }) => namesTheSet(items, c.k) && !isDigits(items[c.k]);
  // « interrogés lors de six matchs, 41 % déclarent … »: a count of occasions, after « lors de », « pendant », « au cours
  // de », says when, and is no part.
  const occasion = (c: { k: number }) => isWord(items[c.k - 1], 'pendant', 'durant') || (isWord(items[c.k - 1], 'de', "d'") && (isWord(items[c.k - 2], 'lors') || (isWord(items[c.k - 2], 'cours') && isWord(items[c.k - 3], 'au'))));
  // « Sur les 310 nouveaux adhérents – un quart de l’effectif –, 161 sont des femmes »: a share set apart right after a
  // count between dashes or in brackets is that count's; the counts after it are another clause's.
  const shareFirst = lowerBound(items, share.start);
  const opener = items[shareFirst - 1];
  const apposed = opener !== undefined && opener.kind === 'punct' && '–—('.includes(opener.ch) ? shareFirst - 1 : -1;
  // « Ces effectifs sont répartis entre quatre circonscriptions ; celle du chef-lieu concentre 61 % des agents »: a share
  // after a semicolon takes no count of the clause before it (partAmongAcrossSemicolon reads « d’entre eux »).
  let opens = stated.k - 1;
  while (opens >= 0 && !isPunct(items[opens], ';')) opens--;
  const cs = all.filter((c) => c.k < semi && c.k > opens && inClause(c) && (c.q.end <= share.start || c.q.start >= share.end) && !namesSet(c) && !occasion(c) && (apposed < 0 || c.k < apposed));
  // « La collectivité emploie 1 450 agents. Parmi eux, 390 sont contractuels, soit un tiers »: the whole is the one
  // count of the sentence before, which « parmi eux », « sur ce nombre » point to.
  // The whole is the one count there larger than the part (« 12 430 étudiants, répartis sur cinq composantes »).
  // « … compte 2 870 places fin 2023, contre 2 410 deux ans plus tôt. La métropole en concentre un tiers, avec 1 148
  // places »: of several, the one count of the part's own noun.
  let before = cs.length === 1 ? wholesBefore(sent, o)?.filter((q) => q.value > cs[0].q.value) : undefined;
  const partNoun = cs.length === 1 ? cs[0].q.noun : undefined;
  if (before && before.length > 1 && partNoun) before = before.filter((q) => q.noun && sameNoun(q.noun, partNoun));
  const back = before?.length === 1 ? before[0] : null;
  // One count and no pointer: its whole may still be the same noun counted just before (sameNounWholeBefore).
  if (cs.length < 1 || cs.length > 3) return [];
  // « Les foyers imposables sont au nombre de 792 000, soit … des foyers fiscaux »: a lone count without its noun may
  // only be a part of the same noun counted before.
  if (cs.length < 2 && !back && !cs[0].q.noun) {
    const earlier = sameNounWholeBefore(sent, cs, { ...stated, k: stated.k }, o);
    return earlier ? [earlier] : [];
  }
  // The whole: a count after « Sur (les) », « parmi les », or « des » right after a number or the share.
  let whole: { q: ReadQuantity; k: number } | null = null;
  for (const c of cs) {
    const b1 = items[c.k - 1];
    const b2 = items[c.k - 2];
    // « 2 860 logements sociaux pour 13 900 résidences principales »: « pour » right after a count and its noun sets
    // that count against this one, as « sur » does.
    const against = isWord(b1, 'pour') && cs.some((d) => d.k < c.k && d.q.noun !== undefined && d.q.next >= c.k - 4 && d.q.next < c.k);
    // « soit 22 % de la population de la commune (7 300 habitants) »: the whole's count in brackets after its noun.
    const bracketed = isPunct(b1, '(') && c.k > stated.to && c.k - stated.to <= 10 && isWord(items[stated.to + 1], 'de', 'du', 'des', "d'") && items.slice(stated.to + 1, c.k - 1).every((it) => it.kind === 'word');
    // « : 2 870 agents sur un total de 10 420 »: a total set against the part, its noun the part's.
    const ofTotal = isWord(b1, 'de', "d'") && isWord(b2, 'total') && isWord(items[c.k - 3], 'un') && isWord(items[c.k - 4], 'sur') && cs.some((d) => d.k < c.k - 4 && d.q.noun !== undefined && d.q.next >= c.k - 5);
    const isWhole = against || bracketed || ofTotal || (isWord(b1, 'sur', 'parmi') || (isWord(b1, 'les', 'ses') && isWord(b2, 'sur', 'parmi', 'des', 'de'))) || (isWord(b1, 'des', 'de') && (b2?.kind === 'word' && quantityAt(items, c.k - 2) !== null || c.k - 1 === stated.to + 1));
    if (isWhole && (c.q.noun || ofTotal)) {
      if (whole) return [];
      whole = c;
    }
  }
  if (!whole && back) {
    const part = cs[0];
    // The part comes before the share, or right after it restated by « soit » (« 27 % d’entre elles, soit 1 850 »).
    // « en concentre un tiers, avec 1 148 places »: « avec » restates the part as « soit » does.
    if (part.q.value >= back.value || (part.k > stated.k && !(isWord(items[part.k - 1], 'soit', 'avec') && part.k - stated.to <= 6))) return [];
    if (part.k < stated.k && coordinatedShare(items, shareFirst)) return [];
    const unit = unitOf(back);
    return [{ part: countFigure(part.q, unit), share: stated.share, whole: countFigure(back, unit) }];
  }
  // « 1 250 foyers ont été raccordés, dont 410 dans nos hameaux, soit 41 % »: the count before « dont » is the whole of
  // the one right after it.
  if (!whole && cs.length === 2 && isWord(items[cs[1].k - 1], 'dont') && cs[0].q.noun && cs[1].k < stated.k && cs[1].q.value < cs[0].q.value) whole = cs[0];
  // « 5 600 sapeurs-pompiers, dont 78 % de volontaires, soit 4 370 femmes et hommes »: the share after « dont » is of the
  // count right before it, the part restated after « soit ».
  if (!whole && cs.length === 2 && cs[0].q.noun && cs[0].k < stated.k && stated.k < cs[1].k && cs[1].q.value < cs[0].q.value && isWord(items[cs[1].k - 1], 'soit')) {
    // « 1 380 places d’hébergement d’urgence, dont un quart, soit 420 places »: the count's noun phrase may stand between.
    const d = dontBefore(items, stated.k);
    let plain = d >= cs[0].q.next && d <= cs[0].q.next + 8;
    for (let q = cs[0].q.next; plain && q < d; q++) plain = items[q].kind === 'word' || isPunct(items[q], ',', "'");
    if (plain) whole = cs[0];
  }
  // « 214 dossiers déposés, 139 programmés, soit un taux de 65 % »: a funnel — the things counted, then how many of
  // them reached the next stage (« ont été déposés »: up to four words after the noun), set apart by a comma — and the
  // share after « soit ».
  // « 2 860 dossiers ont été déposés et 1 720 ont reçu un avis favorable, soit … »: after « et », the second count must
  // have no noun of its own (a verb follows it), or « 120 femmes et 80 hommes » would read as a funnel.
  const funnelLink = isPunct(items[cs[1]?.k - 1], ',') || (isWord(items[cs[1]?.k - 1], 'et') && cs[1]?.q.noun !== undefined && NOT_NOUNS_AFTER_COUNT.has(cs[1].q.noun));
  // (« 1 380 élèves ont suivi la formation, et 874 ont obtenu l’attestation, soit 72 % des élèves formés »: a share that
  // names the first count's noun may reach it past a longer clause.)
  const namesFirst = cs.length === 2 && cs[0].q.noun !== undefined && isWord(items[stated.to + 1], 'des') && items[stated.to + 2]?.kind === 'word' && sameNoun((items[stated.to + 2] as { f: string }).f, cs[0].q.noun);
  if (!whole && cs.length === 2 && cs[0].q.noun && cs[1].k < stated.k && cs[1].q.value < cs[0].q.value && funnelLink && cs[1].k - cs[0].q.next <= (namesFirst ? 20 : 6) && soitBefore(items, stated.k)) whole = cs[0];
  if (!whole) {
    const earlier = sameNounWholeBefore(sent, cs, stated, o);
    return earlier ? [earlier] : [];
  }
  const w = whole;
  // « Sur les 64 bâtiments, les 10 plus énergivores concentrent la moitié des consommations »: a share that names a thing
  // of another kind than the counted ones is a share of that thing, not of the count.
  // (« 60 % seulement des demandes »: an adverb may stand before the noun's « des ».)
  const d = isWord(items[stated.to + 1], 'seulement', 'environ', 'tout', 'juste') ? stated.to + 2 : stated.to + 1;
  const named = items[d];
  const ownNoun = isWord(named, 'des', 'du', 'de', "d'") && items[d + 1]?.kind === 'word' && !isWord(items[d + 1], 'la', 'le', "l'", 'les', 'ces', 'ses', 'leurs', 'nos') ? (items[d + 1] as { f: string }).f : null;
  // (Only after a verb that gathers another quantity: « concentrent », « captent », « absorbent », « génèrent ».)
  let gathers = false;
  for (let q = stated.k - 1; q >= 0 && q >= stated.k - 9 && !gathers; q--) gathers = items[q].kind === 'word' && GATHERING_VERBS.some((g) => (items[q] as { f: string }).f.startsWith(g));
  if (gathers && ownNoun && w.q.noun && !sameNoun(ownNoun, w.q.noun) && quantityAt(items, d + 1) === null) return [];
  // « 4 800 demandes, dont 1 900 sont restées sans solution, ce qui signifie qu’environ 60 % des demandes ont pu être
  // satisfaites »: a share that is the subject of its own verb says what its own things did, maybe the others.
  if (ownNoun && !soitBefore(items, stated.k) && isWord(items[d + 2], ...OWN_VERBS)) return [];
  // The part: the one other count smaller than the whole (its « noun » may be the verb that follows it: « 71 partiront »).
  // « 21 % sont partis avant 62 ans »: an age or a span of time is no part of a count of people.
  const span = (c: { q: ReadQuantity }) => c.q.nounAt !== undefined && (has(sent.cues[c.q.nounAt], 'years') || isWord(items[c.q.nounAt], ...TIME_UNITS));
  let parts = cs.filter((c) => c !== w && c.q.value < w.q.value && (!span(c) || span(w)));
  // « 486 ont eu lieu par césarienne, soit 21 %, dont 198 programmées »: a count after the share splits the part.
  if (parts.length > 1) parts = parts.filter((c) => c.k < stated.k);
  // « … livrés dans les 18 communes de l’agglomération, 310 sont des logements sociaux »: a count in a complement
  // (« dans les », « des ») of another noun is where, not how many of the whole.
  // (« Sur les 4 860 collégiens de nos 9 collèges, 1 720 … »: a possessive as well.)
  if (parts.length > 1) parts = parts.filter((c) => !(((isWord(items[c.k - 1], 'les', 'des', 'nos', 'ses', 'leurs', 'ces', 'vos') && isWord(items[c.k - 2], 'dans', 'sur', 'pour', 'entre', 'de', 'des', 'aux')) || isWord(items[c.k - 1], 'dans', 'entre', 'aupres')) && c.q.noun && !sameNoun(c.q.noun, w.q.noun!)));
  if (parts.length !== 1) return [];
  if (parts[0].k < stated.k && coordinatedShare(items, shareFirst)) return [];
  const unit = unitOf(w.q);
  return [{ part: countFigure(parts[0].q, unit), share: stated.share, whole: countFigure(w.q, unit) }];
}

/**
 * « 410 ont bénéficié du Pass Colo, et près de la moitié d’une aide de la CAF »: a share that opens a clause of its own
 * after « et » or « mais » (its verb left understood) counts other members of the whole; it does not restate the count
 * before it, as « soit » or brackets would.
 */
function coordinatedShare(items: readonly Item[], shareFirst: number): boolean {
  return isWord(items[shareFirst - 1], 'et', 'mais');
}

/** See countShares: « N noun … ; M d’entre eux …, soit X % »: M of the one count of the clause before the semicolon. */
function partAmongAcrossSemicolon(sent: Sentence, all: readonly { q: ReadQuantity; k: number }[], semi: number, o: FindOptions): SharePair | null {
  const { items } = sent;
  const among = all.find((c) => c.k > semi && c.k <= semi + 2 && isWord(items[c.q.next], "d'") && isWord(items[c.q.next + 1], 'entre') && isWord(items[c.q.next + 2], 'eux', 'elles'));
  // « 14 860 élèves suivent la spécialité ; 6 390 sont des filles, soit 38 % de l’effectif »: a bare count opening the
  // clause, then a share after « soit » of the whole or of nothing named, is a part of the count before too.
  const bare = among ? undefined : all.find((c) => c.k === semi + 1 && (!c.q.noun || noNounAfterCount(c.q.noun, c.q.value)));
  const part = among ?? bare;
  if (!part) return null;
  const before = all.filter((c) => c.k < semi && c.q.noun && !noNounAfterCount(c.q.noun, c.q.value));
  if (before.length !== 1 || before[0].q.value <= part.q.value) return null;
  let stated: { share: Share; to: number } | null = null;
  for (let k = part.q.next + 3; k < items.length && !isPunct(items[k], ';'); k++) {
    const s = shareAt(sent, k, o);
    if (!s) continue;
    if (stated) return null;
    stated = s;
    k = s.to;
  }
  if (!stated) return null;
  if (bare && !(saysSoitBefore(items, stated.share.start) && namesNoOtherWhole(items, stated.to))) return null;
  const unit = unitOf(before[0].q);
  return { part: countFigure(part.q, unit), share: stated.share, whole: countFigure(before[0].q, unit) };
}

/** « inférieure à », « supérieurs à », « au-dessous de », « sous » right before item k: the amount there is a threshold. */
function thresholdBefore(items: readonly Item[], k: number): boolean {
  if (isWord(items[k - 1], 'sous')) return true;
  return isWord(items[k - 1], 'a', 'de', "d'") && isWord(items[k - 2], 'inferieur', 'inferieure', 'inferieurs', 'inferieures', 'superieur', 'superieure', 'superieurs', 'superieures', 'au-dessous', 'au-dessus', 'au-dela');
}

/** « soit » among the three items before `start`: « , soit 38 % », « soit près de 38 % ». */
function saysSoitBefore(items: readonly Item[], start: number): boolean {
  const k = lowerBound(items, start);
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) if (isWord(items[q], 'soit')) return true;
  return false;
}

/** After the share ending at item `to`: nothing, or a word for the whole counted before (« de l’effectif », « du total »). */
function namesNoOtherWhole(items: readonly Item[], to: number): boolean {
  let q = to + 1;
  if (!isWord(items[q], 'de', 'du', 'des', "d'")) return items[q] === undefined || items[q].kind === 'punct';
  q++;
  if (isWord(items[q], 'la', "l'", 'les', 'ces', 'cet', 'cette')) q++;
  return isWord(items[q], 'effectif', 'effectifs', 'total', 'ensemble', 'eux', 'elles', 'cohorte', 'promotion');
}

/**
 * « Le SCoT compte 72 000 habitants … Les quatorze communes rurales regroupent 9 600 habitants, soit plus d’un quart de
 * la population du périmètre »: « soit N % de la/du … » after a count, with no whole in the sentence, is a share of the
 * count of the same noun stated in a sentence before it in the paragraph — the nearest one holding exactly one such
 * count larger than the part. A whole qualified by an adjective (« de la population régionale ») may be another.
 */
function sameNounWholeBefore(sent: Sentence, cs: { q: ReadQuantity; k: number }[], stated: { share: Share; to: number; k: number }, o: FindOptions): SharePair | null {
  const { items } = sent;
  let soit = false;
  for (let q = stated.k - 1; q >= 0 && q >= stated.k - 6; q--) if (isWord(items[q], 'soit')) soit = true;
  if (!soit) return null;
  const before = cs.filter((c) => c.k < stated.k);
  const part = before[before.length - 1];
  if (!part) return null;
  let q = stated.to + 1;
  if (!isWord(items[q], 'de', 'du', 'des', "d'")) return null;
  // (« soit 21 % de ce gisement »: a demonstrative takes up the whole as the article does.)
  if (isWord(items[q], 'de') && isWord(items[q + 1], 'la', "l'", 'ce', 'cet', 'cette', 'ces')) q++;
  const noun = items[q + 1];
  if (!noun || noun.kind !== 'word') return null;
  // « Les foyers imposables sont au nombre de 792 000, soit moins des deux tiers des foyers fiscaux de la région »: a
  // part with no noun of its own counts what the whole's noun names, which may take one adjective.
  const wholeNoun = part.q.noun ?? noun.f;
  const adjective = !part.q.noun && items[q + 2]?.kind === 'word' && isWord(items[q + 3], 'du', 'de', 'des', "d'") ? 1 : 0;
  const after = items[q + 2 + adjective];
  if (after && !(after.kind === 'punct' || isWord(after, 'du', 'de', 'des', "d'"))) return null;
  const at = sentenceIndex(o, sent);
  // Sentences with no number (a quote, a comment between) do not count against the reach.
  let numbered = 0;
  for (let p = at - 1; p >= 0 && p >= at - 3 * REACH && numbered < REACH; p--) {
    const prev = o.sentences[p];
    // Across a paragraph break only when the sentence reaches back (chunks never cut there), within the section.
    if (prev.paragraph !== sent.paragraph && !(sent.reachesBack && prev.section === sent.section)) return null;
    const all = counts(prev);
    if (prev.figures > 0 || all.length > 0) numbered++;
    // « 9 900 élèves, soit un tiers des demi-pensionnaires » after « 41 500 collégiens, dont 29 800 demi-pensionnaires »:
    // the noun the share names picks its whole before the part's own noun does.
    const larger = all.filter((c) => c.q.noun && c.q.value > part.q.value);
    const named = part.q.noun ? larger.filter((c) => sameNoun(c.q.noun!, noun.f)) : [];
    const same = named.length === 1 ? named : larger.filter((c) => sameNoun(c.q.noun!, wholeNoun));
    if (same.length > 1) return null;
    // « Parmi eux figurent 1 240 logements sociaux, soit 31 % » is itself a part: « 410 logements …, soit 8,8 % du
    // total » is a share of the whole before it, not of it.
    // « La moitié, 620 logements, … Le reste, soit 248 logements ou 20 % du total »: a fraction makes it a part too.
    // (« …, un chiffre quasi stable (+0,4 %) »: a change beside the whole makes no share of it.)
    if (same.length === 1 && (pointsToCountBefore(prev) || prev.items.some((it, k) => it.kind === 'percent' && !changePercentAt(prev, k)) || prev.cues.some((c) => has(c, 'fraction')))) return null;
    if (same.length === 1) {
      const unit = unitOf(same[0].q);
      return { part: countFigure(part.q, unit), share: stated.share, whole: countFigure(same[0].q, unit) };
    }
  }
  return null;
}

/** The lead-in opens on a definite noun the sentence before also names: « Le service se compose ainsi : ». */
function subjectSaidBefore(lead: View, prev: View): boolean {
  const k = firstIndex(lead.items);
  const noun = lead.items[k + 1];
  if (!isWord(lead.items[k], 'le', 'la', 'les', "l'") || !noun || noun.kind !== 'word' || noun.f.length < 4) return false;
  return prev.items.some((it) => it.kind === 'word' && sameNoun(it.f, noun.f));
}

/**
 * The count said with the lead-in's subject noun and the word that describes it (« Les projets retenus » → « 186
 * projets retenus »), the only one so said in the nearest of the three sentences before (in the section) that says one.
 */
function describedCountBefore(o: FindOptions, lead: View): { count: { q: ReadQuantity; k: number }; view: View } | null {
  const k = firstIndex(lead.items);
  const noun = lead.items[k + 1];
  const word = lead.items[k + 2];
  if (!isWord(lead.items[k], 'les') || !noun || noun.kind !== 'word' || !word || word.kind !== 'word' || word.f.length < 5 || isWord(word, 'se', 'sont', 'ont')) return null;
  const start = lead.items[0]?.start ?? -1;
  const at = lowerBound(o.sentences, start + 1) - 1;
  const here = o.sentences[at];
  if (!here) return null;
  for (let p = at - 1; p >= 0 && p >= at - 3; p--) {
    const prev = o.sentences[p];
    if (prev.section !== here.section) return null;
    const found = counts(prev).filter((c) => c.q.noun && c.q.nounAt !== undefined && sameNoun(c.q.noun, noun.f) && isWord(prev.items[c.q.nounAt + 1], word.f));
    if (found.length === 1) return { count: found[0], view: prev };
    if (found.length > 1) return null;
  }
  return null;
}

/** « un agent pour mille habitants »: a count of one, or the count after « pour », is a term of a ratio. */
function inRatio(v: View, c: { q: ReadQuantity; k: number }): boolean {
  if (c.q.value === 1 && isWord(v.items[c.q.nounAt! + 1], 'pour')) return true;
  return isWord(v.items[c.k - 1], 'pour') && c.k >= 3 && isWord(v.items[c.k - 3], 'un', 'une');
}

function sentenceIndex(o: FindOptions, sent: Sentence): number {
  let lo = 0;
  let hi = o.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (o.sentences[mid].start < sent.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

/** Words after a number that are no noun it counts. */
const NOT_NOUNS = new Set(['en', 'de', 'd', "d'", 'a', 'au', 'aux', 'sur', 'par', 'pour', 'et', 'ou', 'dans', 'fois', 'ans', 'mois', 'jours']);

/** « et » and a determiner among items [from, to): another noun phrase joined to the one before. */
function coordinatedPhraseBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (isWord(items[k], 'et') && isWord(items[k + 1], 'la', 'le', 'les', "l'", 'un', 'une', 'des', 'du')) return true;
  return false;
}

/**
 * « 412 postes, qui se répartissent entre les écoles (186), les collèges (143) et les lycées (121) »,
 * « 2,6 millions d’habitants, dont 1,9 million … et 900 000 … »: parts of a count in one sentence.
 */
export function countBreakdown(sent: Sentence, text: string, prev: Sentence | null = null): Breakdown | null {
  const { items, cues } = sent;
  for (const it of items) if (it.kind === 'amount' || it.kind === 'percent') return null;
  let cue = -1;
  let dont = false;
  // « 1 240 suppressions de postes : 520 dans les agences, 380 au siège et 210 … »: a colon after the whole enumerates.
  let colon = false;
  for (let k = 0; k < items.length; k++) {
    // (« 14 dossiers financés par le fonds en 2020, 22 en 2021 … »: a participle and its agent say who paid for the
    // things counted; it distributes nothing.)
    if (has(cues[k], 'distribution') || (has(cues[k], 'origin') && !isWord(items[k + 1], 'par'))) {
      cue = k;
      break;
    }
    if (isPunct(items[k], ':') && quantityAt(items, k + 1)) {
      cue = k;
      colon = true;
      break;
    }
    if (isWord(items[k], 'dont') && quantityAt(items, k + 1)) {
      cue = k;
      dont = true;
      break;
    }
  }
  if (cue < 0) return null;
  const cs = counts(sent);
  // « La DGH attribuée aux 118 collèges s’établit à 412 350 heures, dont 378 940 heures-postes … »: a quantity this pass
  // does not count (a measure) right before « dont » is its whole; no earlier count is.
  if (dont) {
    for (let k = Math.max(0, cue - 8); k < cue; k++) {
      const q = quantityAt(items, k);
      // (Its noun, when it has one, ends it.)
      const end = q ? (q.nounAt !== undefined && q.nounAt >= q.next ? q.nounAt + 1 : q.next) : -1;
      // (In digits, and no span of time: « 512 ont retrouvé un emploi dans les six mois, dont 548 … » speaks of the 512.)
      const digits = isDigits(items[k]) && !isWord(items[k - 1], 'dans', 'sous', 'en', 'depuis', 'pendant', 'durant');
      if (q && digits && (end === cue || (end === cue - 1 && isPunct(items[cue - 1], ','))) && !cs.some((c) => c.k === k)) return null;
      // (« 3 480 places »: the words of one number are one quantity, not several.)
      if (q) k = Math.max(k, end - 1);
    }
  }
  const before = cs.filter((c) => c.k < cue && c.q.noun);
  // « 148 200 séjours en 2023. L’activité se répartit entre la médecine (96 400 séjours), la chirurgie (31 900) et … »:
  // a distribution with no count before its verb splits the count of the sentence before that names its parts' noun.
  // « Le reste des effectifs se répartit entre … » splits what remains, not the whole.
  let rest = false;
  for (let k = 0; k < cue && !rest; k++) rest = has(cues[k], 'remainder');
  // « … en compte aujourd’hui 450, dont 300 à assistance électrique »: the count right before « dont » is its whole,
  // even with no noun of its own (the verb's « en » gives it one), not a count earlier in the sentence.
  // A count with no noun of its own takes the noun of the one count before it (« 200 vélos … 450 »), or is no whole.
  const bare = dont ? cs.find((c) => c.k < cue && c.q.next >= cue - 1 && c.q.value >= 2) : undefined;
  const right = !bare ? undefined : bare.q.noun !== undefined ? bare : before.length === 1 && before[0] !== bare ? { ...bare, q: { ...bare.q, noun: before[0].q.noun, nounAt: before[0].q.nounAt } } : undefined;
  const w = right ? right : before.length === 1 ? before[0] : before.length === 0 && !colon && !dont && !rest && prev ? wholeOfParts(prev, cs.filter((c) => c.k > cue && c.q.noun)) ?? countTakenUp(sent, prev) : null;
  if (!w) return null;
  // (« l’achat de deux maquettes de gabarres du XIXe siècle et la restauration du fonds Dauvergne, dont 340 plaques … »:
  // « dont » takes up the noun phrase right before it; a count before another noun phrase joined by « et » is another's.)
  if (dont && w !== right && coordinatedPhraseBetween(items, w.q.next, cue)) return null;
  // Quantities with a unit (« 33,1 millions de tonnes, dont 12,6 Mt … ») are the pass over measures' (measures.ts).
  if (isMeasureAt(items, w.q.nounAt!, text)) return null;
  const unit = unitOf(w.q);
  const parts: Figure[] = [];
  // « 58 300 passages, dont 41 900 adultes et 22 600 enfants, contre … »: after « dont », each count that opens an
  // item of the enumeration is a part, whatever noun names its kind, up to a comparison or the clause's end.
  const run = new Set<number>();
  let end = items.length;
  for (let k = cue + 1; k < items.length; k++) {
    const it = items[k];
    // « 380, dont une partie hors du quartier, ainsi que la rénovation de 1 150 logements »: « ainsi que » joins another
    // item of the main clause.
    // « …, dont 52 avec la DJA, après 96 en 2022 »: « après » and a count compares with an earlier level.
    // « les 47 clubs, dont 12 en zone rurale, a permis à 310 enfants … », « …, dont 9 en montagne, le programme a … »:
    // after « dont », a comma followed by no count (nor « et ») ends the enumeration; the main clause resumes.
    // (« Douze sites, dont cinq pour la première fois, et 40 bénévoles … »: « , et » then a count of another noun opens
    // another clause.)
    const afterEt = dont && isPunct(it, ',') && isWord(items[k + 1], 'et') && w.q.noun !== undefined ? quantityAt(items, k + 2) : null;
    const otherAfterEt = afterEt !== null && afterEt.noun !== undefined && !sameNoun(afterEt.noun, w.q.noun!) && !NOT_NOUNS_AFTER_COUNT.has(afterEt.noun);
    if (isPunct(it, ';') || has(cues[k], 'comparison') || (isWord(it, 'apres') && quantityAt(items, k + 1)) || (dont && isWord(it, 'ainsi') && isWord(items[k + 1], 'que', "qu'")) || (dont && isPunct(it, ',') && !quantityAt(items, k + 1) && !(isWord(items[k + 1], 'et') && quantityAt(items, k + 2))) || otherAfterEt) {
      end = k;
      break;
    }
    // « se répartissent ainsi : 52 infirmiers, 29 aides-soignants et 11 manipulateurs »: a distribution enumerates too.
    // (« se répartissent entre 31 940 enseignants, 3 870 … et 5 450 … »: « entre » or « en » may open the enumeration.)
    const opens = k === cue + 1 || (k === cue + 2 && isWord(items[cue + 1], 'entre', 'en'));
    if ((dont || colon || has(cues[cue], 'distribution')) && (opens || isPunct(items[k - 1], ',', ':') || isWord(items[k - 1], 'et')) && quantityAt(items, k)) run.add(k);
  }
  // A distribution's run is an enumeration only with two counts or more: « Les quatorze communes regroupent 9 600
  // habitants » gives the communes their population, no part of them.
  if (!dont && run.size < 2) run.clear();
  // After a colon, only an enumeration of two counts or more, under a whole that counts a noun (« 1 240 suppressions »,
  // not « multipliées par trois en deux ans : »).
  if (colon && (run.size < 2 || !w.q.noun || NOT_NOUNS.has(w.q.noun))) return null;
  for (const c of cs) {
    if (c.k < cue || c.k >= end) continue;
    if (colon && !run.has(c.k)) continue;
    if (c.q.nounAt !== undefined && isMeasureAt(items, c.q.nounAt, text)) return null;
    // « dont sept sur dix la nuit », « dont un sur trois »: a proportion, no count of the whole.
    if (c.q.noun === 'sur' && quantityAt(items, c.q.nounAt! + 1)) return null;
    if (run.has(c.k)) {
      parts.push(countFigure(c.q, unit));
      continue;
    }
    // « 24 heures sur 24 », « trois sur dix »: the number after « sur » is what another is counted against, no part.
    if (isWord(items[c.k - 1], 'sur')) continue;
    // A part is a bare number in brackets, a number of the same noun, or (after « dont ») a bare number.
    const bracketed = isPunct(items[c.k - 1], '(') && isPunct(items[c.q.next], ')');
    if (!bracketed && !(c.q.noun && sameNoun(c.q.noun, w.q.noun!)) && !(dont && (!c.q.noun || c.q.noun === 'dans' || c.q.noun === 'pour' || c.q.noun === 'en'))) continue;
    parts.push(countFigure(c.q, unit));
  }
  if (parts.length < 1) return null;
  // « 88 concernent des communes et 41 des établissements ; le reste, soit 14, … », « ; les 14 autres … »: the clause
  // after the semicolon closes the enumeration with what remains. Its one count is the last part; without one, the
  // parts named are not all of them.
  if (end < items.length && isPunct(items[end], ';')) {
    // null: the clause says no remainder, and the enumeration ended at the semicolon.
    const rest = remainderAfter(sent, end + 1);
    if (rest === undefined) return null;
    if (rest) {
      if (rest.noun && rest.noun !== 'autres' && !sameNoun(rest.noun, w.q.noun!) && !NOT_NOUNS_AFTER_COUNT.has(rest.noun)) return null;
      parts.push(countFigure(rest, unit));
    }
  }
  const b = make(dont ? 'dont' : 'repartition', items[cue].start, countFigure(w.q, unit));
  b.parts = parts;
  // « se répartissent entre A, B et C » names every part; « dont » may leave some out.
  // « …, notamment 6 200 à A, 4 900 à B et 2 300 à C » gives examples only.
  let partial = false;
  for (let k = cue; k < end && !partial; k++) partial = has(cues[k], 'partial');
  b.complete = !dont && !partial && parts.length >= 2 && closedByEt(items, parts[parts.length - 1].start);
  return b;
}

/**
 * The count of a clause opening at item `from` on what remains (« le reste, soit 14 », « les 14 autres », « les
 * autres »): the count, undefined when the clause says a remainder but gives no single bare count, null when it says none.
 */
function remainderAfter(v: View, from: number): ReadQuantity | null | undefined {
  const { items, cues } = v;
  let says = false;
  let found: ReadQuantity | null = null;
  for (let k = from; k < items.length && k < from + 8; k++) {
    if (isPunct(items[k], ';', '.')) break;
    if (has(cues[k], 'remainder') || isWord(items[k], 'autres')) says = true;
    const q = quantityAt(items, k);
    if (!q) continue;
    if (found) return says ? undefined : null;
    found = q;
    k = q.next - 1;
  }
  if (!says) return null;
  return found ?? undefined;
}

/** The one count of `prev` whose noun one of the parts names, larger than each: the whole they split. */
function wholeOfParts(prev: Sentence, parts: { q: ReadQuantity; k: number }[]): { q: ReadQuantity; k: number } | null {
  for (const it of prev.items) if (it.kind === 'amount' || it.kind === 'percent') return null;
  const nouns = parts.map((c) => c.q.noun!);
  const found = counts(prev).filter((c) => c.q.noun && nouns.some((n) => sameNoun(n, c.q.noun!)) && parts.every((p) => p.q.value < c.q.value));
  return found.length === 1 ? found[0] : null;
}

/** « tonnes », « kg », « km »: units of measure, which the pass over measures reads (measures.ts). */
function measureNoun(noun: string): boolean {
  return MEASURE_UNITS.some((u) => sameNoun(u, noun));
}

/**
 * « 852 000 contrats ont débuté. Ces entrées se répartissent entre … (512 000), … (214 000) et … (61 000) »: a sentence
 * that opens on a word taking up what was said (« Ces », « Ils ») splits the one count of the sentence before.
 */
function countTakenUp(sent: Sentence, prev: Sentence): { q: ReadQuantity; k: number } | null {
  // (« Par âge, ils se répartissent entre … »: after a short fronted clause that dates nothing.)
  const k0 = firstIndex(sent.items);
  const front = afterFrontedClause(sent.items, k0);
  let dated = false;
  for (let q = k0; q < front; q++) if (isYearItem(sent.items[q])) dated = true;
  if (!has(sent.cues[k0], 'anaphora') && (front === k0 || dated || !has(sent.cues[front], 'anaphora'))) return null;
  for (const it of prev.items) if (it.kind === 'amount' || it.kind === 'percent') return null;
  // « 800 logements par an »: a count per year is no whole.
  const found = counts(prev).filter((c) => c.q.noun && !perUnitCount(prev, c));
  return found.length === 1 ? found[0] : null;
}

/**
 * « 800 logements par an », « soit 450 par an »: a count per year or per unit (its noun, or the word read as its noun,
 * followed by « par » or a yearly word) is no whole of things.
 */
function perUnitCount(v: View, c: { q: ReadQuantity }): boolean {
  const n = c.q.nounAt!;
  return isWord(v.items[n], 'par') || has(v.cues[n], 'yearly') || isWord(v.items[n + 1], 'par') || has(v.cues[n + 1], 'yearly');
}

/** « Répartition des 1 240 postes : » then items « - académie de Créteil : 520 postes ; »: the counts of a list. */
/** The noun after the lead-in's opening demonstrative (« Ces attributions ») shares its first six letters with the count's noun or the word before it. */
function namedBySubject(lead: View, prev: View, c: { k: number; q: ReadQuantity }): boolean {
  const k0 = firstIndex(lead.items);
  const noun = isWord(lead.items[k0], 'ces', 'ce', 'cet', 'cette') ? lead.items[k0 + 1] : undefined;
  if (!noun || noun.kind !== 'word' || noun.f.length < 6) return false;
  const stem = noun.f.slice(0, 6);
  const before = prev.items[c.k - 1];
  return (c.q.noun !== undefined && c.q.noun.startsWith(stem)) || (before?.kind === 'word' && before.f.length >= 6 && before.f.startsWith(stem));
}

export function countList(o: FindOptions, leadStart: number, lead: View, items: View[], after: View | null = null, parentLabel = false): Breakdown | null {
  for (const it of lead.items) if (it.kind === 'amount') return null;
  // « se répartissent en trois catégories : » over three items: that number counts the items, not what they hold.
  let cs = counts(lead).filter((c) => c.q.noun && !(c.q.value === items.length && c.q.step === 1 && c.q.value < 10));
  let source: View = lead;
  // « Les créations de postes se répartissent ainsi : » … « Au total, 38 postes sont créés »: the whole is the total line's
  // first count.
  // « … ont réalisé 26 420 interventions. Elles se répartissent comme suit : »: a lead-in that points back takes the count
  // of the sentence before.
  // « Le service compte 46 agents. » then « Le service se compose ainsi : »: the lead-in's subject noun, said again, points
  // back as « Ils » does.
  const prevOfLead = cs.length === 0 ? sentenceBeforeAcross(o, lead) : null;
  if (cs.length === 0 && (has(lead.cues[firstIndex(lead.items)], 'anaphora') || (prevOfLead && subjectSaidBefore(lead, prevOfLead))) && lead.cues.some((c) => has(c, 'distribution'))) {
    const prev = prevOfLead;
    // « 4 800 logements sur la durée du programme, soit 800 logements par an »: a count per year is no whole.
    // « 46 agents, soit un agent pour mille habitants »: nor are the terms of a ratio.
    // (An amount in that sentence makes it a sentence of money, unless every item counts the noun of one of its counts:
    // « … 47 marchés conclus …, alors que leur montant dépassait le seuil de 40 000 € HT. Ils se répartissent ainsi : ».)
    const itemNoun = (c: { q: ReadQuantity }) => items.length >= 2 && items.every((v) => counts(v).some((x) => x.q.noun !== undefined && sameNoun(x.q.noun, c.q.noun!)));
    const money = prev !== null && prev.items.some((it) => it.kind === 'amount');
    if (prev && (!money || counts(prev).filter((c) => c.q.noun && itemNoun(c)).length === 1)) {
      cs = counts(prev).filter((c) => c.q.noun && !perUnitCount(prev, c) && !inRatio(prev, c));
      if (money) cs = cs.filter(itemNoun);
      // « … a examiné 1 930 dossiers et attribué 642 logements. Ces attributions se répartissent … »: of several counts, the
      // one whose noun or verb the lead-in's subject names (by their first six letters).
      if (cs.length > 1) {
        const named = cs.filter((c) => namedBySubject(lead, prev, c));
        if (named.length === 1) cs = named;
      }
      // « … a retenu 27 lauréats parmi 58 candidatures. Ils se répartissent ainsi : »: the pool after « parmi » or « sur » is
      // where the things were picked from, not what the lead-in splits.
      if (cs.length > 1) {
        const picked = cs.filter((c) => !isWord(prev.items[c.k - 1], 'parmi', 'sur'));
        if (picked.length === 1) cs = picked;
      }
      // « L’examen de 160 achats a permis d’identifier 47 marchés … Ils se répartissent ainsi : » over items that count
      // « marchés »: the count of the noun the items count.
      if (cs.length > 1) {
        const counted = cs.filter(itemNoun);
        if (counted.length === 1) cs = counted;
      }
      source = prev;
    }
  }
  // « **Appel à projets : 186 projets retenus** » … « Les projets retenus se répartissent entre quatre domaines : »: a
  // lead-in whose subject is a noun with its describing word takes the one count said with both a few sentences before.
  if (cs.length === 0 && lead.cues.some((c) => has(c, 'distribution'))) {
    const back = describedCountBefore(o, lead);
    if (back) {
      cs = [back.count];
      source = back.view;
    }
  }
  // « Avec 412 000 passagers accueillis en 2023, … Le trafic se répartit entre : » over items that each count passengers:
  // the one count of the sentence before, of the noun every item counts, is the whole they split.
  /** The noun the items count when a caption splits a count of another noun (« postes » under « ordinateurs »). */
  let itemsNoun: string | null = null;
  if (cs.length === 0 && lead.cues.some((c) => has(c, 'distribution'))) {
    const prev = prevOfLead ?? sentenceBefore(o, lead);
    const before = prev && !prev.items.some((it) => it.kind === 'amount') ? counts(prev).filter((c) => c.q.noun && !perUnitCount(prev, c) && !inRatio(prev, c)) : [];
    // « … a livré 1 480 ordinateurs portables. Répartition par établissement : » over « 420 postes »…: a caption that opens
    // on the split names no subject of its own, so items counting one noun of their own split that count too.
    const own = items.map((v) => counts(v).filter((c) => c.q.noun !== undefined));
    const caption = has(lead.cues[firstIndex(lead.items)], 'distribution') && own.every((cs) => cs.length === 1 && sameNoun(cs[0].q.noun!, own[0][0].q.noun!));
    if (before.length === 1 && items.length >= 2 && (caption || items.every((v) => counts(v).some((c) => c.q.noun !== undefined && sameNoun(c.q.noun, before[0].q.noun!))))) {
      cs = before;
      source = prev!;
      itemsNoun = caption ? own[0][0].q.noun! : null;
    }
  }
  // « Faits traités de juin à août : 2 940 » over « - atteintes aux biens : 1 105 » …: a caption that ends on its bare
  // total over items that each end on theirs, as a total line after them does.
  if (cs.length === 0 && after === null && numberAfterColon(lead) !== null) return bareList(leadStart, items, lead);
  const fromAfter = cs.length === 0 && after !== null;
  if (fromAfter) {
    cs = counts(after!).filter((c) => c.q.noun).slice(0, 1);
    // « L’effectif passe ainsi de 238 à 257 agents »: the ends of a change after the list are levels, no total of its items.
    if (cs.length === 1 && isWord(after!.items[cs[0].k - 1], 'de', "d'") && isWord(after!.items[cs[0].q.next], 'a') && quantityAt(after!.items, cs[0].q.next + 1) !== null) cs = [];
    source = after!;
  }
  // « Quotas (en tonnes) : » … « merlu : 2 450 » … « Total : 5 160 »: bare numbers, the unit said once; each item ends on
  // its number after a colon.
  if (fromAfter && cs.length === 0) return bareList(leadStart, items, after!);
  if (cs.length !== 1) return null;
  const w = cs[0];
  // « Total : 1 243 t »: tonnes, kilometres, hectares are measures, which their own pass reads (measures.ts).
  if (isMeasureAt(source.items, w.q.nounAt!, o.text)) return null;
  // (« Au total, 9 400 logements ont été rénovés : » announces the whole its items split as surely.)
  // (« les 1 612 enfants confiés étaient accueillis : » … « - dans d’autres modes d’accueil : 38. »: an item naming the
  // rest says every kind is listed, as a lead-in that distributes does.)
  const rest = items.some((v) => v.cues.some((c, k) => has(c, 'remainder') || (has(c, 'partition') && isWord(v.items[k], 'autres', 'autre'))));
  const cued = lead.cues.some((c) => has(c, 'distribution') || has(c, 'complete') || has(c, 'total'));
  // « Le territoire compte 78 établissements médico-sociaux : » over « - 38 EHPAD », « - 12 résidences »…: a lead-in that
  // states its one count and ends on a colon, over items that each open on their count (or end on it after their own
  // colon), lists what the count is made of — unless it says it gives some only (« notamment »).
  const colonLead = !fromAfter && source === lead && isPunct(lead.items[lead.items.length - 1], ':') && !lead.cues.some((c) => has(c, 'partial'));
  // (A parent item that labels its count, « - Résidence Jean-Moulin : 385 logements », over sub-items: as strict.)
  const strict = !cued && !rest && !endsOnDont(lead) && (colonLead || parentLabel);
  if (!fromAfter && !endsOnDont(lead) && !rest && !cued && !strict) return null;
  const unit = unitOf(w.q);
  const parts: Figure[] = [];
  // Items may give their counts bare or with the kind's noun when the lead-in distributes, even when the whole is the
  // total line's (« se répartissent en trois catégories : » … « Au total, 2 340 dossiers »).
  // « Au total, 2,5 millions de solutions » counts things of any kind: the items' own nouns are its kinds.
  // « - 2021 : 212 logements livrés » then « - 2022 : 248 »: once the first item counts the whole's noun, the next ones
  // may give their number bare.
  const firstCounts = items.length > 0 && counts(items[0]).some((c) => c.q.noun !== undefined && sameNoun(c.q.noun, w.q.noun!));
  // « 14 ouvrages ont été traités, dont : » over « 6 seuils arasés », « 5 passes à poissons »: the kinds of the whole,
  // some of them only — their counts may not pass it.
  const dont = endsOnDont(lead);
  // (« … aux recrutements suivants : » … « Ces 231 recrutements »: the lead-in names the whole's noun; the items count
  // its kinds, « 58 professeurs contractuels ».)
  const leadNames = fromAfter && lead.items.some((it) => it.kind === 'word' && sameNoun(it.f, w.q.noun!));
  // (« 1. logements financés en PLAI : 96 » … « Total : 348 logements »: items whose labels name the whole's noun, each
  // ending on its bare number, count that noun.)
  const labelsName = items.length >= 2 && items.every((v) => numberAfterColon(v) !== null && v.items.some((it) => it.kind === 'word' && sameNoun(it.f, w.q.noun!)));
  const open = !fromAfter || firstCounts || dont || leadNames || labelsName || lead.cues.some((c) => has(c, 'distribution')) || GENERIC_COUNTS.has(nounKey(w.q.noun!));
  for (const v of items) {
    let ic = counts(v).filter((c) => c.q.noun && (sameNoun(c.q.noun, w.q.noun!) || (itemsNoun !== null && sameNoun(c.q.noun, itemsNoun))));
    // « 3 240 sapeurs-pompiers, qui se répartissent ainsi : » then « 2 270 volontaires … »: under a lead-in that
    // distributes, each item opens on its count, whatever noun it gives the kind.
    if (ic.length === 0 && open) ic = counts(v).filter((c) => c.k === firstIndex(v.items) && c.q.noun);
    // (Read as a list only by its colon, each item must open on its count.)
    // (« - bureau du port : 19 800 visiteurs ; »: or right after the item's own colon.)
    if (strict) ic = ic.filter((c) => c.k === firstIndex(v.items) || isPunct(v.items[c.k - 1], ':'));
    // « - incendies : 2 110 ; »: the number alone after the item's colon, in the unit of the whole; « - 520 en parcours
    // d’accompagnement ; »: or opening the item with no noun of its own.
    const bare = ic.length === 0 && open ? numberAfterColon(v) ?? bareOpening(v) : null;
    if (bare) {
      parts.push(countFigure(bare, unit));
      continue;
    }
    // « - un chirurgien-dentiste ; », « - une orthophoniste et une diététicienne ; »: under a lead-in that counts people or
    // things, an item of articles only counts one per article.
    const ones = ic.length === 0 && open ? articlesCounted(v) : 0;
    if (ones > 0) {
      const first = v.items[firstIndex(v.items)];
      parts.push({ start: first.start, end: first.end, value: ones, lo: ones, hi: ones, currency: unit, index: -1, qualifier: null });
      continue;
    }
    if (ic.length !== 1) return null;
    parts.push(countFigure(ic[0].q, unit));
  }
  if (parts.length < 2) return null;
  const b = make('list', leadStart, countFigure(w.q, unit));
  b.parts = parts;
  b.complete = !dont;
  return b;
}

/**
 * An item made of « un » or « une » and a noun, once or joined by « et » or commas (« une orthophoniste et une
 * diététicienne »), with no number of its own: how many articles open its phrases, or 0.
 */
function articlesCounted(v: View): number {
  const { items } = v;
  let k = firstIndex(items);
  if (!isWord(items[k], 'un', 'une')) return 0;
  let n = 0;
  for (; k < items.length; k++) {
    const it = items[k];
    if (isPunct(it, ';', '.', ':')) break;
    if (it.kind !== 'word' && !isPunct(it, ',')) return 0;
    if (quantityAt(items, k) && !isWord(it, 'un', 'une')) return 0;
    if (isWord(it, 'un', 'une') && (k === firstIndex(items) || isWord(items[k - 1], 'et') || isPunct(items[k - 1], ','))) n++;
  }
  return n;
}

/**
 * « Dans la circonscription, 9 des 27 communes n’ont plus de médecin. C’est une commune sur quatre ! »: a sentence that
 * opens on « C’est », « Cela fait », « Soit » and states a share, with no count of its own, gives the share of the part
 * and whole the sentence before (same paragraph, no percentage of its own) wrote as « X des Y » or « Sur les Y, X ».
 */
export function shareSaidAfter(s: number, o: FindOptions): SharePair | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || prev.paragraph < 0) return null;
  const { items } = sent;
  const k0 = firstIndex(items);
  const opens = (isWord(items[k0], "c'") && isWord(items[k0 + 1], 'est', 'etait', 'sera')) || (isWord(items[k0], 'cela', 'ca') && items[k0 + 1]?.kind === 'word') || isWord(items[k0], 'soit');
  if (!opens) return null;
  let stated: { share: Share; to: number } | null = null;
  for (let k = k0 + 1; k < items.length && k <= k0 + 7; k++) {
    stated = shareAt(sent, k, o);
    if (stated) break;
  }
  if (!stated) return null;
  const share = stated.share;
  for (const it of items) if (it.kind === 'amount' || (it.kind === 'percent' && it.start !== share.start)) return null;
  if (counts(sent).some((c) => c.q.end <= share.start || c.q.start >= share.end)) return null;
  for (const it of prev.items) if (it.kind === 'amount' || it.kind === 'percent') return null;
  const cs = counts(prev);
  if (cs.length !== 2) return null;
  const [a, b] = cs;
  // « 9 des 27 communes »: the part, « des », the whole with its noun; « Sur les 27 communes, 9 … »: the whole first.
  const partThenWhole = isWord(prev.items[b.k - 1], 'des') && a.q.next === b.k - 1 && !!b.q.noun;
  const wholeThenPart = isWord(prev.items[a.k - 1], 'les') && isWord(prev.items[a.k - 2], 'sur', 'parmi') && !!a.q.noun;
  const [part, whole] = partThenWhole ? [a, b] : wholeThenPart ? [b, a] : [null, null];
  if (!part || !whole || part.q.value >= whole.q.value) return null;
  const unit = unitOf(whole.q);
  return { part: countFigure(part.q, unit), share, whole: countFigure(whole.q, unit) };
}

/**
 * « 18 640 dossiers traités avec 14 agents, soit environ 1 550 dossiers par agent »: a count per unit after « soit »,
 * and in the sentence the count of its noun and the count of its unit, one each: the first over the second.
 */
export function countQuotient(sent: Sentence, earlier: readonly Sentence[] = []): Rate | null {
  const { items } = sent;
  const cs = counts(sent);
  for (const c of cs) {
    if (!c.q.noun || c.q.nounAt === undefined) continue;
    // « 520 dossiers par agent », « 520 dossiers traités par agent »: a participle may stand before « par ».
    const by = isWord(items[c.q.nounAt + 1], 'par') ? c.q.nounAt + 1 : isWord(items[c.q.nounAt + 2], 'par') && items[c.q.nounAt + 1]?.kind === 'word' ? c.q.nounAt + 2 : -1;
    if (by < 0) continue;
    const per = items[by + 1];
    if (!per || per.kind !== 'word') continue;
    // « soit 45 colis par famille », « soit une moyenne de 45 colis par famille »
    let soit = -1;
    for (let q = c.k - 1; q >= 0 && q >= c.k - 5; q--) if (isWord(items[q], 'soit')) soit = q;
    if (soit < 0) continue;
    const noun = c.q.noun;
    let nums = cs.filter((x) => x.k < soit && x.q.noun && sameNoun(x.q.noun, noun));
    const dens = cs.filter((x) => x.k < soit && x.q.noun && sameNoun(x.q.noun, per.f));
    // « - 18 400 colis distribués » « - 460 familles inscrites, soit 45 colis par famille »: the things divided, counted
    // in a sentence just before (of the paragraph, or an item of the same list), once.
    const countedBefore = (n: string) => earlier.flatMap((e) => (e.items.some((it) => it.kind === 'amount') ? [] : counts(e).filter((x) => x.q.noun && sameNoun(x.q.noun, n))));
    if (nums.length === 0 && dens.length === 1) {
      const before = countedBefore(noun);
      if (before.length === 1) nums = before;
    }
    // « 26 conseillers pour 3 900 demandeurs suivis, soit 150 dossiers par conseiller »: the one other count before
    // « soit » is what is divided, under another noun.
    if (nums.length === 0 && dens.length === 1 && !measureNoun(noun)) {
      const others = cs.filter((x) => x.k < soit && x !== dens[0] && x.q.noun && !measureNoun(x.q.noun) && x.q.nounAt !== undefined && !has(sent.cues[x.q.nounAt], 'years') && !isWord(items[x.q.nounAt], ...TIME_UNITS) && !noNounAfterCount(x.q.noun, x.q.value));
      if (others.length === 1) nums = others;
    }
    // « Le service compte 14 agents. Il a traité 9 240 dossiers, soit 560 dossiers par instructeur »: the people the
    // things are divided among, counted in the sentence just before.
    let denominators = dens;
    if (nums.length === 1 && dens.length === 0) {
      const before = countedBefore(per.f);
      if (before.length === 1) denominators = before;
    }
    if (nums.length !== 1 || denominators.length !== 1) return null;
    const hedged = isWord(items[c.k - 1], 'environ', 'pres', 'quelque') || isWord(items[c.k - 2], 'pres');
    const unit = '#' + noun;
    const result = countFigure({ ...c.q, hedged: false } as ReadQuantity, unit);
    if (hedged) {
      result.lo *= 1 - APPROXIMATE_SLACK;
      result.hi *= 1 + APPROXIMATE_SLACK;
    }
    const den = denominators[0].q;
    return { op: 'quotient', rate: countFigure(nums[0].q, unit), count: { start: den.start, end: den.end, value: den.value, lo: den.lo, hi: den.hi }, result };
  }
  return null;
}

/**
 * « Les effectifs s’élèvent à 7 930 équivalents temps plein (ETP). Le personnel non médical en constitue l’essentiel,
 * avec 8 110 ETP »: a sentence that points back to the count before (« en constitue », « parmi eux ») and counts the
 * same noun (or the acronym the whole gave it) counts a part of it: never more than the whole.
 */

export function partOfCountBefore(sent: Sentence, o: FindOptions): Breakdown | null {
  if (!pointsToCountBefore(sent)) return null;
  const prev = o.sentences[sentenceIndex(o, sent) - 1];
  let wholes = wholesBefore(sent, o);
  // « 1 920 candidats … 86 employeurs. Parmi ces candidats, … »: the noun after « ces » says which count is taken up.
  if (wholes && wholes.length > 1) {
    const k = firstIndex(sent.items);
    const named = isWord(sent.items[k], 'parmi', 'sur') && isWord(sent.items[k + 1], 'ces') ? sent.items[k + 2] : undefined;
    if (named && named.kind === 'word') wholes = wholes.filter((w) => sameNoun(w.noun!, named.f));
  }
  if (!prev || !wholes || wholes.length !== 1) return null;
  // « En 2014, le club comptait 180 licenciés. Cette saison, il en compte 540 »: a count dated apart from the whole is
  // its level at another time, no part of it.
  if (datedApart(prev, sent)) return null;
  const w = wholes[0];
  const acronym = acronymAfter(prev, w);
  // « 2 380 d’entre elles »: the count of the whole's own things.
  const ofThem = (c: { q: ReadQuantity }) => c.q.noun === 'entre' && isWord(sent.items[c.q.nounAt! + 1], 'eux', 'elles');
  // « Sur ce total, 610 lui ont été adressées par … et 415 par … »: after words that take up the count, a number with
  // no noun of its own counts the same things.
  // « Le centre ancien en concentre à lui seul 2 450 »: the clitic « en » before the verb says the count is of them.
  const bare = (c: { q: ReadQuantity; k: number }) => (takesUpCount(sent) || cliticBefore(sent, c.k)) && (!c.q.noun || noNounAfterCount(c.q.noun, c.q.value));
  const all = counts(sent);
  // (« et le reste, soit 610 personnes »: what remains of the whole is of its things, whatever noun names them.)
  const parts = all.filter((c) => (c.q.noun && (sameNoun(c.q.noun, w.noun!) || c.q.noun === acronym || ofThem(c))) || bare(c) || restBefore(sent, c.k));
  if (parts.length === 0) return null;
  // « passant de 41 à 97 MW. … on en dénombre 6 850 »: a bare number counts things, never a measure's part.
  const prevIsMeasure = w.nounAt !== undefined && isMeasureAt(prev.items, w.nounAt, o.text);
  if (prevIsMeasure && parts.some((c) => !c.q.noun || !sameNoun(c.q.noun, w.noun!))) return null;
  // « Les deux écoles comptent 465 élèves : seuls 45 d’entre eux … »: a count of the sentence itself, before the part,
  // is what « eux » stands for, not one of the sentence before.
  if (all.some((c) => c.q.noun && c.k < parts[0].k && !parts.includes(c) && !ofThem(c))) return null;
  // « Le profil des volontaires se diversifie : 1 205 d’entre eux … »: nor is it when the sentence names, before the
  // part, things of another noun than the whole's.
  if (ofThem(parts[0]) && otherPluralBefore(sent, parts[0].k, w.noun!)) return null;
  const unit = unitOf(w);
  const b = make('dont', parts[0].q.start, countFigure(w, unit));
  b.parts = parts.map((c) => countFigure(c.q, unit));
  b.complete = false;
  // « Parmi eux, 231 exercent en maison de santé et 204 sont installés en zone prioritaire »: counts of what each verb
  // says may overlap; each is within the whole, their sum need not be.
  b.partsOnly = parts.some((c) => c.q.noun !== undefined && !NOT_NOUNS_AFTER_COUNT.has(c.q.noun) && noNounAfterCount(c.q.noun, c.q.value));
  // « Parmi elles, 4 150 … et 1 420 … ; le reste, soit 1 530 offres, … »: a rest said as the last part closes them; the
  // parts split the whole, whatever their verbs say.
  const last = parts[parts.length - 1];
  if (parts.length >= 3 && restBefore(sent, last.k)) {
    b.complete = true;
    b.partsOnly = false;
    return b;
  }
  // « Le reste, soit 455 personnes, … » in the next sentence of the paragraph closes the parts with what remains.
  const next = o.sentences[sentenceIndex(o, sent) + 1];
  if (parts.length >= 2 && next && next.paragraph === sent.paragraph) {
    const rest = remainderAfter(next, firstIndex(next.items));
    if (rest && (!rest.noun || sameNoun(rest.noun, w.noun!) || noNounAfterCount(rest.noun, rest.value))) {
      b.parts.push(countFigure(rest, unit));
      b.complete = true;
    }
  }
  return b;
}

/** A plural noun after « les », « des », « aux » before item k, other than `noun`: what « eux » may stand for. */
function otherPluralBefore(v: View, k: number, noun: string): boolean {
  for (let q = 1; q < k; q++) {
    if (!isWord(v.items[q - 1], 'les', 'des', 'aux')) continue;
    // (« les très petites entreprises »: the noun may come after an adverb and an adjective.)
    let plural = false;
    for (let p = q; p < k && p < q + 3 && v.items[p].kind === 'word'; p++) {
      const f = (v.items[p] as { f: string }).f;
      if (sameNoun(f, noun)) return false;
      plural ||= f.length >= 4 && /[sx]$/.test(f);
    }
    if (plural) return true;
  }
  return false;
}

/**
 * « La filière emploie 9 800 personnes. Le Cher en concentre l’essentiel avec 7 450 emplois. Le reste, soit 1 650
 * emplois, se trouve dans la Nièvre. »: a sentence opening on the rest of a count closes the counts of the sentences
 * before it in its paragraph (or the one right before it), one count each and no amount, when one of them takes its
 * count from a whole with « en »; the first of them, larger than each other, is their whole.
 */
export function countRemainderChain(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  if (amountItems(sent.items, 0, sent.items.length).length > 0) return null;
  const rest = remainderAfter(sent, firstIndex(sent.items));
  if (!rest) return null;
  const chain: ReadQuantity[] = [];
  const clitics: boolean[] = [];
  let listed = sent.inList;
  for (let p = s - 1; p >= 0 && p >= s - REACH - 1; p--) {
    const v = o.sentences[p];
    if (amountItems(v.items, 0, v.items.length).length > 0 || percentItems(v.items, 0, v.items.length).length > 0) break;
    const cs = counts(v);
    // « Les gardiens sont au nombre de 168 ; les ouvriers sont 97 »: a sentence may give several parts, each a bare
    // count its clause's subject names (no noun of its own after it).
    const several = cs.length > 1 && cs.every((c) => c.q.bound === undefined && (!c.q.noun || noNounAfterCount(c.q.noun, c.q.value)));
    if ((cs.length !== 1 || cs[0].q.bound !== undefined) && !several) break;
    listed ||= v.inList;
    for (let i = cs.length - 1; i >= 0; i--) {
      chain.unshift(cs[i].q);
      clitics.unshift(cliticInClause(v, cs[i].k));
    }
    // (The paragraph may open on a part: the whole is then the sentence right before it.)
    if (v.paragraph !== sent.paragraph) break;
  }
  // « Le Cher en concentre … »: the clitic of a part (not of the whole) says they are taken from a count before; so do
  // parts that are all bare counts of their subjects (« les ouvriers sont 97 ») when the rest counts the whole's things
  // or people (« Le reste, soit 121 personnes »).
  const [whole, ...parts] = chain;
  // (Items of a list are read as a list: « - autres communes : 52 » closes it there, lists.ts.)
  const bare = !listed && parts.length >= 2 && parts.every((q) => !q.noun || noNounAfterCount(q.noun, q.value)) && (!rest.noun || sameNoun(rest.noun, whole.noun ?? '') || PEOPLE_NOUNS.has(rest.noun));
  if (chain.length < 2 || !(clitics.slice(1).some(Boolean) || bare)) return null;
  if (!parts.every((q) => q.value < whole.value) || rest.value >= whole.value) return null;
  const unit = unitOf(whole);
  const b = make('remainder', sent.items[firstIndex(sent.items)].start, countFigure(whole, unit));
  b.parts = [...parts, rest].map((q) => countFigure(q, unit));
  b.complete = true;
  return b;
}

/** Nouns that count people of any kind: a rest in « personnes » is of any count of people. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['personnes', 'agents', 'salaries', 'individus', 'membres']);

/**
 * « La métropole en accueille la plus grande part, avec 3 120 postes »: the clitic « en » and its verb anywhere before
 * the count at item k in its sentence (« en 2024 », « en moyenne », « en outre » are no clitic).
 */
function cliticInClause(v: View, k: number): boolean {
  for (let q = firstIndex(v.items); q < k; q++) {
    const n = v.items[q + 1];
    if (!isWord(v.items[q], 'en') || !n || n.kind !== 'word' || quantityAt(v.items, q + 1)) continue;
    const { f, raw } = n;
    if (!isYearItem(n) && !NOT_CLITIC_AFTER_EN.has(f) && raw.charAt(0) === raw.charAt(0).toLowerCase()) return true;
  }
  return false;
}
const NOT_CLITIC_AFTER_EN: ReadonlySet<string> = new Set(['moyenne', 'outre', 'effet', 'revanche', 'particulier', 'plus', 'tout', 'cours', 'fin', 'debut', 'faveur', 'matiere', 'termes', 'raison', 'dehors', 'hausse', 'baisse', 'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** A word of remainder among the four items before item k, with no figure between: « ; le reste, soit 1 530 ». */
function restBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, '.', ':')) return false;
    if (has(v.cues[q], 'remainder')) return true;
  }
  return false;
}

/** « 7 930 équivalents temps plein (ETP) »: the folded acronym in brackets within a few words after the count's noun. */
function acronymAfter(v: View, q: ReadQuantity): string | null {
  if (q.nounAt === undefined) return null;
  for (let k = q.nounAt + 1; k < v.items.length && k <= q.nounAt + 5; k++) {
    const it = v.items[k];
    if (it.kind !== 'punct' || it.ch !== '(') continue;
    const a = v.items[k + 1];
    if (a && a.kind === 'word' && isPunct(v.items[k + 2], ')') && a.raw.length >= 2 && a.raw === a.raw.toUpperCase()) return a.f;
    return null;
  }
  return null;
}

/** « soit » among the six items before item k: « …, soit un taux de programmation de 72 % ». */
function soitBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 6; q--) if (isWord(items[q], 'soit')) return true;
  return false;
}

/** « 2,3 millions »: a comma glued between two runs of digits is a decimal point, not a clause's end. */
function decimalComma(items: readonly Item[], k: number): boolean {
  const a = items[k - 1];
  const b = items[k + 1];
  return isPunct(items[k], ',') && a?.kind === 'word' && b?.kind === 'word' && isDigits(a) && isDigits(b) && a.end === items[k].start && items[k].end === b.start;
}

/** « 15 % des inscrits (720 élèves) »: a bracket holding a count, within a short noun phrase after the share ending at item `to`. */
function partInBracketsAfter(items: readonly Item[], to: number): boolean {
  for (let q = to + 1; q < items.length && q <= to + 4; q++) {
    const it = items[q];
    if (isPunct(it, '(')) {
      const n = items[q + 1];
      return n !== undefined && n.kind === 'word' && isDigits(n) && quantityAt(items, q + 1) !== null;
    }
    if (it.kind !== 'word') return false;
  }
  return false;
}

/** How many words the noun phrase of an opening « Sur les N X … , » may run to before its comma. */
const OPENING_PHRASE_WORDS = 16;

/**
 * « Sur les 1 250 abonnés, 1 520 ont réservé au moins une fois », « Parmi ces 310 dossiers, 95 … »: a sentence that
 * opens on its whole then a comma, and right after it a count with no noun of its own (or the whole's): a part of that
 * whole, which it cannot exceed. The parts after it may overlap (each says what its own verb does): none is summed.
 */
export function partAfterOpeningWhole(sent: Sentence, text: string, next: Sentence | null = null): Breakdown | null {
  const { items } = sent;
  const k = firstIndex(items);
  if (!isWord(items[k], 'sur', 'parmi') || !isWord(items[k + 1], 'les', 'ces')) return null;
  const w = quantityAt(items, k + 2);
  if (!w || !w.noun || NOT_NOUNS.has(w.noun) || w.value < 2 || w.nounAt === undefined || isMeasureAt(items, w.nounAt, text)) return null;
  let comma = w.nounAt + 1;
  // (« Sur les 2 350 ménages concernés par les démolitions du NPNRU dans l’agglomération, … »: the whole's noun phrase
  // may run on to its comma — a fronted clause of a sentence, sixteen words at most.)
  while (comma < items.length && comma <= w.nounAt + OPENING_PHRASE_WORDS && items[comma].kind === 'word') comma++;
  if (!isPunct(items[comma], ',')) return null;
  const p = quantityAt(items, comma + 1);
  if (!p || (p.noun !== undefined && !sameNoun(p.noun, w.noun) && !NOT_NOUNS_AFTER_COUNT.has(p.noun) && !noNounAfterCount(p.noun, p.value))) return null;
  if (items.some((it) => it.kind === 'amount' || it.kind === 'percent')) return null;
  const unit = unitOf(w);
  // « Sur les 2 350 ménages concernés, 1 120 ont été relogés dans le quartier et 640 dans une autre commune. Le reste,
  // soit 490 ménages, attend … »: counts joined by « et » go on with the parts, and a rest the next sentence of the
  // paragraph opens on, with its count, closes them.
  const parts = [p];
  for (let q = p.next; q + 1 < items.length && parts.length < 4; q++) {
    if (isPunct(items[q], ';', '.', ':')) break;
    if (!isWord(items[q], 'et')) continue;
    const more = quantityAt(items, q + 1);
    if (!more || (more.noun !== undefined && !sameNoun(more.noun, w.noun) && !NOT_NOUNS_AFTER_COUNT.has(more.noun) && !noNounAfterCount(more.noun, more.value))) break;
    parts.push(more);
    q = more.next - 1;
  }
  const rest = parts.length >= 2 && next ? remainderAfter(next, firstIndex(next.items)) : null;
  const b = make('dont', items[comma + 1].start, countFigure(w, unit));
  b.parts = [...parts, ...(rest ? [rest] : [])].map((x) => countFigure(x, unit));
  b.complete = rest !== null && rest !== undefined && !next!.items.some((it) => it.kind === 'amount' || it.kind === 'percent');
  b.partsOnly = !b.complete;
  return b;
}
