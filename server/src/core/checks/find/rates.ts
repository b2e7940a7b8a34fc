// Rates and quantities:
//   500 M€ par an pendant cinq ans, soit 2,5 Md€         — an amount per year × a duration = a result
//   200 M€ par an sur la période 2024-2027, soit 800 M€  — the years of a period counted
//   85 € la tonne, … les 14 500 tonnes coûteront 1,23 M€  — an amount per unit × a count of that unit
//   les 38 lauréats recevront chacun 2 M€, soit 76 M€     — an amount each × a count
//   300 M€ pour 2 millions d’habitants, soit 150 € par habitant — a total ÷ a count = an amount per unit
//   520 000 € par an … 142 € par jour et par place pour dix places — ÷ two counts
//   au taux de 3 %, l’emprunt de 120 M€ coûtera 3,6 M€ d’intérêts la première année
// The unit of the rate and the noun of the count must agree (« le kilomètre »
// … « 30 kilomètres »); the rate may be stated in the sentence before.

import { Amount, Percentage } from '../../types';
import { Figure, Quantity, Rate, figureOf } from '../model';
import { has } from '../cues';
import { Sentence, sameList } from '../sentences';
import { CORRESPONDING, REACH } from '../reach';
import { percentInterval } from '../intervals';
import { Item, MONTHS, isPunct, isWord, isYearItem, lowerBound } from '../words';
import { AmountItem, DIVIDED, MEASURE_UNITS, View, amountItems, dividedAt, yearOfView } from './region';
import { hasDigit } from '../../text/chars';
import { ROLE_NOUNS, isDigits, isPeopleNoun, paidNoun, ReadQuantity, TIME_UNITS, quantityAt, sameNoun, yearsCountAt, INDIVIDUAL_AIDS, PICKING_ADJECTIVES } from './quantities';
import { NounPhrase, aloneBefore, amountNamedIn, nounPhraseAt, yearOfClause } from './wholes';
import { sizeOfCounted } from './counts';

/** Words that are a duration in years by themselves. */
const TERMS: Record<string, number> = { quinquennat: 5, septennat: 7, mandature: 6, legislature: 5, decennie: 10, biennale: 2 };
/** Adjectives that make an amount per unit: « l’indemnité horaire », « une allocation mensuelle ». */
const PER_ADJECTIVE: Record<string, string> = {
  horaire: 'heure', horaires: 'heure', mensuel: 'mois', mensuelle: 'mois', mensuels: 'mois', mensuelles: 'mois', journalier: 'jour',
  journaliere: 'jour', quotidien: 'jour', quotidienne: 'jour', annuel: 'an', annuelle: 'an', annuels: 'an', annuelles: 'an',
  // « au prix unitaire de 385 € »: per item of whatever the sentence counts.
  unitaire: 'each', unitaires: 'each',
  // « une annuité constante de 24 300 € »: a loan's yearly instalment.
  annuite: 'an', annuites: 'an',
};

/** Periods a rate may be stated per, in months: a monthly amount is a twelfth of a yearly one. */
const PERIODS: Record<string, number> = { mois: 1, trimestre: 3, semestre: 6, an: 12, annee: 12 };
/** The words of a period after « par », days and weeks included (« par jour et par place »). */
const PERIOD_WORDS: readonly string[] = [...Object.keys(PERIODS), 'jour', 'semaine'];

/** Periods in days, for a rate per short period totalled over a longer one (a year of every day: a daily allowance runs all year). */
const DAYS: Record<string, number> = { jour: 1, semaine: 7, mois: 365 / 12, trimestre: 365 / 4, semestre: 365 / 2, an: 365, annee: 365 };

/** Per document, the counts of inhabitants of each sentence with its section, read once (countOf per sentence). */
const populations = new WeakMap<readonly Sentence[], { start: number; section: number; q: Quantity }[]>();

/**
 * The one population the sentences before `s` under its heading give (« 96 000 habitants »), as a count; none when they
 * give none or several values (another territory's, another year's).
 */
function populationBefore(s: number, sentences: readonly Sentence[]): Quantity[] {
  let all = populations.get(sentences);
  if (!all) {
    all = [];
    for (const v of sentences) for (const q of countOf(v, 'habitant')) all.push({ start: v.start, section: v.section, q });
    populations.set(sentences, all);
  }
  const section = sentences[s].section;
  // The counts of the sentences before `s` are all that may be taken up.
  const lo = lowerBound(all, sentences[s].start);
  let found: Quantity | null = null;
  for (let i = lo - 1; i >= 0 && all[i].section === section; i--) {
    if (found && found.value !== all[i].q.value) return [];
    found ??= all[i].q;
    // (A long run of counts of one section is read back only so far: linear time on any input.)
    if (lo - i > 8) return [];
  }
  return found ? [found] : [];
}

/** « par dossier retenu »: the word that describes the unit right after it, or null. */
function unitQualifier(v: View, unit: string): string | null {
  for (let k = 0; k + 2 < v.items.length; k++) {
    if (!isWord(v.items[k], 'par') || !isWord(v.items[k + 1], unit)) continue;
    const w = v.items[k + 2];
    return w.kind === 'word' && w.f.length > 3 && !NO_NOUN_AFTER.has(w.f) && !has(v.cues[k + 2], 'yearly') ? w.f : null;
  }
  return null;
}

/** How many days a longer period holds, at least and at most. */
const DAYS_IN: Record<string, [number, number]> = { mois: [28, 31], trimestre: [90, 92], semestre: [181, 184], an: [365, 366], annee: [365, 366] };

/** « par jour ouvré », « jours travaillés »: days of work, fewer than the calendar's. */
function workingDays(v: View): boolean {
  return v.items.some((it) => isWord(it, 'ouvre', 'ouvres', 'ouvrable', 'ouvrables', 'travaille', 'travailles', 'travail', 'scolaire', 'scolaires'));
}

/** Words after a noun that make it a time: « la semaine prochaine », « l’année dernière ». */
const TIME_AFTER = ['dernier', 'derniere', 'prochain', 'prochaine', 'passe', 'passee', 'precedent', 'precedente', 'suivant', 'suivante', 'meme'];

/** A lower-case noun at item q, then the clause's end or a word that is no time's: the unit of « 5 € la séance ». */
function priceNoun(items: readonly Item[], cues: View['cues'], q: number): boolean {
  const w = items[q];
  if (!w || w.kind !== 'word' || w.f.length < 3 || has(cues[q], 'time') || has(cues[q], 'years') || TIME_UNITS.includes(w.f) || NOT_UNITS.has(w.f)) return false;
  const c = w.raw.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  const after = items[q + 1];
  if (isWord(after, ...TIME_AFTER)) return false;
  return !after || after.kind === 'punct' || isWord(after, 'seulement', 'pour', 'et', 'soit', 'contre', 'au', 'en');
}

/** Words after « par » that are no unit: articles, and « par exemple », « par rapport », « par décret »… */
const NOT_UNITS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'exemple', 'rapport', 'ailleurs',
  'contre', 'consequent', 'suite', 'defaut', 'voie', 'decret', 'arrete', 'deliberation', 'amendement', 'ordonnance', 'courrier', 'mail',
  'convention', 'contrat', 'ailleurs', 'endroits', 'moments', 'rapport',
]);

/** A duration in years counted in periods of `unit` (« trois ans » is 36 months, 12 quarters). */
function periodsIn(years: Quantity, unit: string): Quantity {
  const per = 12 / PERIODS[unit];
  return { ...years, value: years.value * per, lo: years.lo * per, hi: years.hi * per };
}

/** A four-digit year, alone or as a period « 2024-2027 »: [first, last]. */
function yearsOf(f: string): [number, number] | null {
  const year = (s: string) => (s.length === 4 && (s.startsWith('19') || s.startsWith('20')) && !Number.isNaN(Number(s)) ? Number(s) : NaN);
  const dash = f.indexOf('-');
  if (dash < 0) {
    const y = year(f);
    return Number.isNaN(y) ? null : [y, y];
  }
  const a = year(f.slice(0, dash));
  let b = year(f.slice(dash + 1));
  // « 2024-27 »
  if (Number.isNaN(b) && f.length - dash - 1 === 2 && !Number.isNaN(a)) b = Math.floor(a / 100) * 100 + Number(f.slice(dash + 1));
  return Number.isNaN(a) || Number.isNaN(b) || b < a ? null : [a, b];
}

/** How many years the sentence says the rate runs: « pendant cinq ans », « sur 4 ans », « sur la période 2024-2027 », « de 2024 à 2027 », « le quinquennat ». */
/** Nouns of a year that runs astride two calendar years: « la saison 2024-2025 », « la campagne 2023-2024 ». */
const SEASONS = ['saison', 'campagne', 'promotion', 'rentree'];

export function durationOf(v: View): Quantity | null {
  const { items } = v;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    if (TERMS[it.f] !== undefined && isWord(items[k - 1], 'le', 'la', 'du', 'ce', 'cette', 'sur', "l'")) {
      const n = TERMS[it.f];
      return { start: it.start, end: it.end, value: n, lo: n, hi: n };
    }
    // « pendant cinq ans », « sur 4 ans », « conclu pour quatre ans », « pour une durée de quatre ans ».
    const lead = has(v.cues[k], 'duration') || it.f === 'sur' || it.f === 'en' || it.f === 'pour' ? 1 : it.f === 'duree' && isWord(items[k + 1], 'de', "d'") ? 2 : 0;
    if (lead > 0) {
      // « sur ses sept annuités », « pendant les cinq ans »: a determiner may stand before the count.
      // (« sur les cinq premières années »: an adjective that picks them may stand before the noun.)
      const y = yearsCountAt(items, v.cues, isWord(items[k + lead], 'ses', 'les', 'ces', 'leurs') ? k + lead + 1 : k + lead);
      if (y) return { start: it.start, end: items[y.nounAt].end, value: y.q.value, lo: y.q.value, hi: y.q.value };
    }
    // « au titre des exercices 2024, 2025 et 2026 »: consecutive years listed.
    if (isWord(it, 'exercices', 'annees') && isYearItem(items[k + 1])) {
      let n = 1;
      let last = Number((items[k + 1] as { f: string }).f);
      let q = k + 2;
      while (isPunct(items[q], ',') || isWord(items[q], 'et')) {
        const y = items[q + 1];
        if (!isYearItem(y) || Number((y as { f: string }).f) !== last + 1) break;
        last++;
        n++;
        q += 2;
      }
      if (n >= 2) return { start: it.start, end: items[q - 1].end, value: n, lo: n, hi: n };
    }
    const span = yearsOf(it.f);
    if (span && span[1] > span[0]) {
      // « la saison 2024-2025 », « l’année scolaire 2023-2024 »: two years joined name one season astride them.
      if (span[1] === span[0] + 1 && (isWord(items[k - 1], ...SEASONS) || (isWord(items[k - 1], 'scolaire', 'universitaire') && isWord(items[k - 2], 'annee')))) continue;
      const n = span[1] - span[0] + 1;
      return { start: it.start, end: it.end, value: n, lo: n, hi: n };
    }
    if (span && isWord(items[k - 1], 'de', 'entre') && isWord(items[k + 1], 'a', 'et')) {
      const end = items[k + 2]?.kind === 'word' ? yearsOf((items[k + 2] as { f: string }).f) : null;
      if (end && end[0] > span[0]) {
        const n = end[0] - span[0] + 1;
        return { start: items[k - 1].start, end: items[k + 2].end, value: n, lo: n, hi: n };
      }
    }
  }
  return null;
}

/**
 * « 1 600 tablettes à 450 € », « 120 jours-amende à 25 € »: an amount right after a count and « à » is the price of
 * one of the things counted.
 */
export function priceOfCounted(items: readonly Item[], k: number): boolean {
  // « 120 jours-amende à 25 € », « sept machines de 4,2 MW »: each one's figure after the things counted.
  if (!isWord(items[k - 1], 'a', 'de', "d'")) return false;
  // « 12 000 chèques d’une valeur de 10 € », « 40 bourses d’un montant de 1 500 € »: the count, then each one's value.
  if (isWord(items[k - 2], 'valeur', 'montant', 'cout', 'prix') && isWord(items[k - 3], 'une', 'un') && isWord(items[k - 4], "d'", 'de')) {
    const q = k - 5 >= 0 ? countEndingAt(items, k - 5) : null;
    if (q) return true;
  }
  const de = !isWord(items[k - 1], 'a');
  for (let j = k - 2; j >= 0 && j >= k - 8; j--) {
    const q = quantityAt(items, j);
    // (« le coût des quatre établissements de 4,3 M€ »: a definite count completes another noun, which « de » prices.)
    if (q && q.noun && q.nounAt !== undefined && (q.nounAt + 1 === k - 1 || bareComplement(items, q.nounAt + 1, k - 1) || (!de && bareQualifier(items, q.nounAt + 1, k - 1))) && q.value >= 2) return !(de && isWord(items[j - 1], 'des', 'les', 'ses', 'ces', 'aux', 'de', "d'", 'leurs'));
  }
  return false;
}

/** A count of two or more whose noun is item `end` (« 12 000 chèques »), read from a few items back; null when none. */
function countEndingAt(items: readonly Item[], end: number): ReadQuantity | null {
  for (let j = end - 1; j >= 0 && j >= end - 4; j--) {
    const q = quantityAt(items, j);
    if (q && q.nounAt === end && q.value >= 2) return q;
  }
  return null;
}

/** « plein tarif », « adulte » between items from and to: one or two bare words that qualify the counted noun (« 1 850 abonnements plein tarif à 60 € »). */
function bareQualifier(items: readonly Item[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let q = from; q < to; q++) if (items[q].kind !== 'word' || QUALIFIER_STOPS.has((items[q] as { f: string }).f) || isDigits(items[q])) return false;
  return true;
}
const QUALIFIER_STOPS: ReadonlySet<string> = new Set(['la', 'le', "l'", 'les', 'des', 'du', 'de', "d'", 'un', 'une', 'ce', 'cette', 'ces', 'sa', 'son', 'ses', 'et', 'ou', 'par', 'pour', 'en', 'sur', 'dont', 'soit', 'ont', 'sont', 'a', 'est', 'qui', 'que']);

/** « de mobilité internationale » between items from and to: « de » and one or two words, no article — a noun's complement. */
function bareComplement(items: readonly Item[], from: number, to: number): boolean {
  if (!isWord(items[from], 'de', "d'") || to - from < 2 || to - from > 3) return false;
  for (let q = from + 1; q < to; q++) if (items[q].kind !== 'word' || isWord(items[q], 'la', 'le', "l'", 'les', 'des', 'du', 'de', 'un', 'une', 'ce', 'cette', 'ces', 'sa', 'son', 'ses') || isDigits(items[q])) return false;
  return true;
}

/**
 * « Le forfait mobilité de 1 500 € sera versé à 40 000 ménages »: an amount given as an individual aid (the noun just
 * before its « de »), then within the clause a participle of payment and « à » a count of people.
 */
function individualAidPaid(v: View, k: number): boolean {
  const { items, cues } = v;
  // (« La bourse de 600 € par mois versée aux 150 doctorants »: a unit shorter than the year, written after the amount,
  // is its own; « 1 500 € par an, versée à 2 340 étudiants » is each one's for the year.)
  if (!isWord(items[k - 1], 'de', "d'") || perShorterPeriod(items, k)) return false;
  let aid = false;
  // (« Le « forfait mobilité rurale » de 1 500 € »: the aid's name may stand in quotes.)
  for (let q = k - 2; q >= 0 && q >= k - 7; q--) {
    const w = items[q];
    if (isPunct(w, '«', '»', '"', '“', '”')) continue;
    if (w.kind !== 'word') break;
    if (INDIVIDUAL_AIDS.has(w.f)) aid = true;
  }
  if (!aid) return false;
  for (let q = k + 1; q < items.length && q <= k + 6; q++) {
    const w = items[q];
    if (w.kind !== 'word') return false;
    if (has(cues[q], 'stage') && isWord(items[q + 1], 'a', 'aux')) {
      const c = quantityAt(items, q + 2);
      return c !== null && c.noun !== undefined && c.value >= 2 && paidNoun(c.noun);
    }
  }
  return false;
}

/** « 310 000 actes chaque année », « 1 200 repas par an »: the view counts the things `unit` names per year. */
function countedEachYear(v: View, unit: string): boolean {
  for (const c of countOf(v, unit)) {
    const at = (c as ReadQuantity).nounAt;
    if (at === undefined) continue;
    const a = v.items[at + 1];
    if ((isWord(a, 'chaque') && isWord(v.items[at + 2], 'annee')) || has(v.cues[at + 1], 'yearly')) return true;
  }
  return false;
}

/**
 * « Le montant de cette prime, identique pour tous, s’élevait à 1 068,36 € »: the amount of one individual aid (a
 * singular aid noun completing « montant » at the head of the amount's clause) is what each one gets.
 */
function amountOfOneAid(v: View, k: number): boolean {
  const { items } = v;
  const first = firstWord(v);
  if (!isWord(items[first], 'le') || !isWord(items[first + 1], 'montant') || !isWord(items[first + 2], 'de', "d'")) return false;
  const det = first + 3;
  const aid = isWord(items[det], 'ce', 'cet', 'cette', 'la', 'le', "l'", 'chaque') ? det + 1 : det;
  const w = items[aid];
  const plural = w?.kind === 'word' && w.f.endsWith('s') && w.f !== 'bonus' && w.f !== 'pass';
  if (w?.kind !== 'word' || !INDIVIDUAL_AIDS.has(w.f) || plural) return false;
  // (No figure and no word of total between: « le montant de l’aide, 2 M€ au total » is the envelope.)
  for (let q = aid + 1; q < k; q++) {
    if (items[q].kind === 'amount' || items[q].kind === 'percent' || isPunct(items[q], ';', ':') || has(v.cues[q], 'total')) return false;
  }
  return k - aid <= 14 && !has(v.cues[k + 1], 'total');
}

/** « 600 € par mois », « 41 € par jour »: the amount at item k is said per a period shorter than the year. */
function perShorterPeriod(items: readonly Item[], k: number): boolean {
  return isWord(items[k + 1], 'par') && isWord(items[k + 2], 'mois', 'semaine', 'jour', 'trimestre', 'semestre', 'heure', 'nuit', 'nuitee');
}

/**
 * « 2 640 enfants ont utilisé l’allocation de rentrée sportive de 50 € »: an amount given as an individual aid, received
 * by the people counted as its clause's subject — each one gets it, so it is per that noun (returned).
 */
function individualAidReceived(v: View, k: number): string | null {
  const { items } = v;
  // (« une allocation de 600 € par mois »: a unit shorter than the year, written after the amount, is its own.)
  if (!isWord(items[k - 1], 'de', "d'") || perShorterPeriod(items, k)) return null;
  let aid = -1;
  for (let q = k - 2; q >= 0 && q >= k - 7 && aid < 0; q--) {
    const w = items[q];
    if (isPunct(w, '«', '»', '"', '“', '”')) continue;
    if (w.kind !== 'word') return null;
    if (INDIVIDUAL_AIDS.has(w.f)) aid = q;
  }
  let verb = -1;
  for (let q = aid - 1; q >= 0 && q >= aid - 4 && verb < 0; q--) {
    if (items[q].kind !== 'word') return null;
    if (has(v.cues[q], 'receipt')) verb = q;
  }
  return paidCountBefore(items, verb - 1, 8);
}

/** The noun of the people counted among the `reach` items back from item `from`, in its clause (the aid's receivers). */
function paidCountBefore(items: readonly Item[], from: number, reach: number): string | null {
  for (let j = from; j >= 0 && j > from - reach; j--) {
    if (isPunct(items[j], ',', ';', ':', '.') || items[j].kind === 'amount') return null;
    const c = quantityAt(items, j);
    if (c && c.noun !== undefined && c.value >= 2 && paidNoun(c.noun)) return c.noun;
  }
  return null;
}

/**
 * « 38 400 jeunes ont vu leur compte crédité de 30 € »: an amount credited to each of the people counted as the
 * clause's subject (returned: their noun).
 */
function creditedTo(v: View, k: number): string | null {
  const { items } = v;
  if (!isWord(items[k - 1], 'de', "d'") || !isWord(items[k - 2], 'credite', 'creditee', 'credites', 'creditees') || perShorterPeriod(items, k)) return null;
  return paidCountBefore(items, k - 3, 12);
}

/**
 * « à parts égales », « à égalité », « pour moitié » in the dozen items before item k, with no count after it: a sum split
 * evenly among funders the text does not count (« entre les 18 établissements » counts those it is split among).
 */
function equalSharesBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 1 && q >= k - 12; q--) {
    if (quantityAt(items, q)) return false;
    if (isWord(items[q], 'egales') && isWord(items[q - 1], 'parts')) return true;
    if (isWord(items[q], 'egalite', 'moitie') && isWord(items[q - 1], 'a', 'pour', 'par')) return true;
  }
  return false;
}

/** Words between an amount and its unit that say it is gross or net: « 1 200 € brut par mois ». */
const GROSS_OR_NET = ['brut', 'brute', 'bruts', 'brutes', 'net', 'nette', 'nets', 'nettes'];

/** The unit the amount at item k is stated per: « par an », « par habitant », « le kilomètre », « /an », « chacun », « horaire ». */
export function unitOf(v: View, k: number): string | null {
  const { items, cues } = v;
  const a = items[k + 1];
  // (« cofinancé à parts égales par l’État, soit 210 000 € chacun »: each of the funders that share a sum, no rate.)
  if ((isWord(a, 'chacun', 'chacune') || isWord(items[k - 1], 'chacun', 'chacune')) && equalSharesBefore(items, k)) return null;
  if (isWord(a, 'chacun', 'chacune') || isWord(items[k - 1], 'chacun', 'chacune')) return 'each';
  // « chacun d’entre nous porte désormais 1 410 € de dette »: « chacun » the subject of the amount's clause.
  for (let q = k - 2; q >= 0 && q >= k - 7; q--) {
    const w = items[q];
    if (w.kind !== 'word') break;
    if (isWord(w, 'chacun', 'chacune') && isWord(items[q + 1], "d'") && isWord(items[q + 2], 'entre')) return 'each';
  }
  if (priceOfCounted(items, k)) return 'each';
  // « Le forfait de 1 500 € sera versé à 40 000 ménages »: an aid one person or household gets, paid to each of those counted.
  if (individualAidPaid(v, k)) return 'each';
  const receivedBy = individualAidReceived(v, k) ?? creditedTo(v, k);
  if (receivedBy) return receivedBy;
  if (amountOfOneAid(v, k)) return 'each';
  // « 150 € à chacun des 48 000 agents », « 200 € sera versée à chacun des… », « 2 M€ pour chacune des dix régions ».
  for (let q = k + 1; q < items.length && q <= k + 5; q++) {
    const w = items[q];
    if (w.kind !== 'word') break;
    if (isWord(w, 'chacun', 'chacune') && isWord(items[q - 1], 'a', 'pour')) return 'each';
    // « offre 50 € à chaque jeune », « 300 € versés pour chaque apprenti »: per that noun.
    const n = items[q + 1];
    if (isWord(w, 'chaque') && isWord(items[q - 1], 'a', 'pour') && n?.kind === 'word' && !has(cues[q], 'yearly') && !has(cues[q + 1], 'years') && !NOT_UNITS.has(n.f)) return n.f;
    // « une prime de 15 000 € pour tout médecin qui s’installe », « versée à toute famille »: per that noun too.
    if (isWord(w, 'tout', 'toute') && isWord(items[q - 1], 'a', 'pour') && n?.kind === 'word' && !has(cues[q + 1], 'years') && !NOT_UNITS.has(n.f) && !isWord(n, 'le', 'la', 'les', "l'", 'au', 'de', 'fait', 'moment', 'prix', 'cas', 'point', 'type')) return n.f;
  }
  // « un coût moyen par élève de 7 450 € par an », « 7 450 € par an et par élève »: a unit of things beside the year is
  // the rate's unit; the year is its second (secondUnit).
  if (has(cues[k + 1], 'yearly')) return perThingBesideYear(v, k) ?? 'an';
  // « 1 200 € brut par mois », « 950 € net par an »: gross or net, then the unit.
  if (isWord(a, ...GROSS_OR_NET)) {
    if (has(cues[k + 2], 'yearly')) return 'an';
    const p = perNoun(items, k + 2);
    if (p) return p;
  }
  // « - dette par habitant : 1 320 € »: a label that names the unit, before the colon the amount follows.
  const label = labelUnit(v, k);
  if (label) return label;
  // « 1,35 M€ de capital par an »: the amount's noun, then its period.
  if (isWord(a, 'de', "d'") && items[k + 2]?.kind === 'word' && !has(cues[k + 2], 'yearly') && has(cues[k + 3], 'yearly')) return 'an';
  // « 96 000 € HT par an »: a tax basis between the amount and « par an ».
  if (has(cues[k + 1], 'mixed-basis') && has(cues[k + 2], 'yearly')) return 'an';
  if (isPunct(a, '/') && items[k + 2]?.kind === 'word') return (items[k + 2] as { f: string }).f;
  // « 2 125 € HT/m² »: a tax basis, then the unit after the slash.
  if (has(cues[k + 1], 'mixed-basis') && isPunct(items[k + 2], '/') && items[k + 3]?.kind === 'word') return (items[k + 3] as { f: string }).f;
  // « 450 € l’unité », « 12 € la pièce »: per item of whatever the sentence counts.
  if (isWord(a, 'le', 'la', "l'") && isWord(items[k + 2], 'unite', 'piece')) return 'each';
  // « 4,72 € le mètre cube », « 138 € le mètre carré ».
  const metre = isWord(a, 'le') ? metreOf(items, k + 2) : null;
  if (metre) return metre;
  if (isWord(a, 'le', 'la', "l'") && has(cues[k + 2], 'per')) return (items[k + 2] as { f: string }).f;
  // « 5 € la séance », « 9 € le billet »: an article and a common noun right after an amount price one of them — not a
  // time (« l’an dernier », « la semaine prochaine ») nor a body (« l’État »).
  if (isWord(a, 'le', 'la') && priceNoun(items, cues, k + 2)) return (items[k + 2] as { f: string }).f;
  // « 142 € HT le mètre carré »: a tax basis between the amount and its unit.
  if (has(cues[k + 1], 'mixed-basis') && isWord(items[k + 2], 'le', 'la', "l'")) {
    const area = metreOf(items, k + 3);
    if (area) return area;
    // « 7 500 € HT l’unité »
    if (isWord(items[k + 3], 'unite', 'piece')) return 'each';
    if (has(cues[k + 3], 'per')) return (items[k + 3] as { f: string }).f;
  }
  // « 138 € le m² », « 85 € la tonne », « 2,10 € le litre »: an article and a unit of measure.
  if (isWord(a, 'le', 'la', "l'") && isWord(items[k + 2], ...MEASURE_UNITS)) return (items[k + 2] as { f: string }).f;
  // « 24,10 € de l’heure », « 3 € de l’hectare »: « de l’ » and a unit of measure.
  if (isWord(a, 'de') && isWord(items[k + 2], "l'") && isWord(items[k + 3], ...MEASURE_UNITS)) return (items[k + 3] as { f: string }).f;
  // « 42 M€ du kilomètre », « 36 M€ au kilomètre », « 2 500 € du mètre carré »: per that unit as well.
  if (isWord(a, 'du', 'au') && isWord(items[k + 2], ...MEASURE_UNITS)) return metreOf(items, k + 2) ?? (items[k + 2] as { f: string }).f;
  // « Chaque lit … a coûté 46 000 € »: « chaque » and a noun opening the clause the amount ends.
  for (let q = k - 1; q >= 0 && q >= k - 16; q--) {
    const w = items[q];
    if (w.kind !== 'word') break;
    if (isWord(w, 'chaque') && items[q + 1]?.kind === 'word' && has(cues[q + 1], 'per')) return (items[q + 1] as { f: string }).f;
  }
  // « par » and a noun without article is « per » (« par local », « par élève »); « par la région » is an agent.
  const per = perNoun(items, k + 1);
  if (per) return per;
  // « Le coût moyen par élève est de 11 600 € »: the subject's « par » and a noun of unit, in the amount's clause.
  const subject = subjectPer(v, k);
  if (subject) return subject;
  // « 90 000 € HT par rame »: a tax basis between the amount and « par ».
  const perAfterBasis = has(cues[k + 1], 'mixed-basis') ? perNoun(items, k + 2) : null;
  if (perAfterBasis) return perAfterBasis;
  // « Le coût de revient complet d’un repas, …, s’établit à 8,40 € »: a whole's noun of one thing, the amount its price.
  for (let q = k - 1; q >= 1 && q >= k - 32; q--) {
    const w = items[q];
    if (w.kind === 'amount' || w.kind === 'percent' || isPunct(w, '.', ';')) break;
    // « coût de revient complet d’un repas »: the whole's noun a few words before « d’un ».
    let noun = false;
    // « Le coût moyen de traitement d’un dossier »: « coût moyen » is read as a mean (a cue of its own), still a cost.
    for (let p = q - 2; p >= 0 && p >= q - 5 && !noun; p--) noun = has(cues[p], 'whole-noun') || isWord(items[p], 'cout');
    if (isWord(w, 'un', 'une') && isWord(items[q - 1], "d'") && noun && items[q + 1]?.kind === 'word') {
      const noun = (items[q + 1] as { f: string }).f;
      if (!NOT_UNITS.has(noun) && noun.length > 1) return noun;
    }
  }
  // « La prise en charge d’un patient dialysé coûte en moyenne 62 000 € »: the verb of cost, and one thing in its subject.
  const costed = costOfOne(v, k);
  if (costed) return costed;
  // « Chaque séance d’atelier est rémunérée 85 € »: after the units above, « chaque » makes any noun one (« chaque année »
  // is yearly, read apart).
  for (let q = k - 1; q >= 0 && q >= k - 16; q--) {
    const w = items[q];
    if (w.kind !== 'word') break;
    const n = items[q + 1];
    if (isWord(w, 'chaque') && !has(cues[q], 'yearly') && n?.kind === 'word' && !NOT_UNITS.has(n.f) && !has(cues[q + 1], 'years')) return n.f;
  }
  // « l’indemnité horaire … à 11,50 € », « une allocation mensuelle de 1 850 € », « l’allocation journalière moyenne versée
  // au titre de l’ARE s’établissait à 41 € »: the adjective of the amount's subject, within its clause.
  for (let q = k - 1; q >= 0 && q >= k - 20; q--) {
    const w = items[q];
    // (A quoted name, « Mobilités du quotidien », or a count between belongs to another noun.)
    if (w.kind === 'amount' || w.kind === 'percent' || isPunct(w, '.', ';', ',', '»', '«', '"', '”', ')') || (q < k - 6 && isDigits(w))) break;
    if (w.kind === 'word' && PER_ADJECTIVE[w.f]) return PER_ADJECTIVE[w.f];
  }
  // « 5 600 ménages l’ont reçu, pour un montant moyen de 150 € », « ont reçu en moyenne 150 € », « 150 € en moyenne »:
  // a mean with no unit of its own is one thing's of those counted — when the total follows it. (« 17
  // dossiers retenus, pour un montant moyen de 2 100 € » after a fund's endowment: what was granted need not be all of it.)
  const mean = (isWord(items[k - 1], 'de', "d'") && isWord(items[k - 2], 'moyen', 'moyenne') && items[k - 3]?.kind === 'word') || (isWord(items[k - 1], 'moyenne') && isWord(items[k - 2], 'en')) || (isWord(a, 'en') && isWord(items[k + 2], 'moyenne'));
  if (mean && resultAfter(v, k)) return 'each';
  return null;
}

/**
 * « passe de 4,18 € TTC à 4,61 € TTC le mètre cube »: the amounts at items a and b are the two ends of a change (« de A
 * à B », a tax basis aside), one price before and after; neither is a total of the other.
 */
function endsOfChange(v: View, a: number, b: number): boolean {
  if (!isWord(v.items[a - 1], 'de', "d'")) return false;
  for (let q = a + 1; q < b; q++) if (!isWord(v.items[q], 'a') && !has(v.cues[q], 'mixed-basis') && !has(v.cues[q], 'basis')) return false;
  return isWord(v.items[b - 1], 'a');
}

/**
 * « mètre carré » at item q is m²; « mètre cube » is m³, which counts write « m » and a superscript the words drop (the
 * unit « m » it is then read as); null otherwise.
 */
function metreOf(items: readonly Item[], q: number): string | null {
  if (!isWord(items[q], 'metre', 'metres')) return null;
  return isWord(items[q + 1], 'carre', 'carres') ? 'm2' : isWord(items[q + 1], 'cube', 'cubes') ? 'm' : null;
}

/** The next amount after item k in its clause states what the figures before come to (« soit A », « pour un total de A »). */
function resultAfter(v: View, k: number): boolean {
  for (let q = k + 1; q < v.items.length; q++) {
    if (isPunct(v.items[q], ';', '.')) return false;
    if (v.items[q].kind === 'amount') return isResult(v, q);
  }
  return false;
}

/** The unit a label names before the colon right before item k: « Dette par habitant : 1 320 € » → habitant. */
function labelUnit(v: View, k: number): string | null {
  let q = k - 1;
  while (q >= 0 && isPunct(v.items[q], '*', '_')) q--;
  if (!isPunct(v.items[q], ':')) return null;
  // (« Dépense par habitant (régime général) : 2 950 € »: a bracket that qualifies the label is skipped.)
  let reach = 6;
  for (let p = q - 1; p >= 1 && p >= q - reach; p--) {
    const it = v.items[p];
    if (it.kind !== 'word') {
      if (isPunct(it, '*', '_')) continue;
      if (isPunct(it, ')')) {
        let o = p - 1;
        while (o > 0 && o >= p - 6 && v.items[o].kind === 'word') o--;
        if (!isPunct(v.items[o], '(')) return null;
        reach += p - o + 1;
        p = o;
        continue;
      }
      return null;
    }
    const per = perNoun(v.items, p);
    if (per) return per;
  }
  return null;
}

/** « par » at item k and a noun without article after it (« par élève », « par rame »; « par la région » is an agent). */
function perNoun(items: readonly Item[], k: number): string | null {
  const n = items[k + 1];
  return isWord(items[k], 'par') && n && n.kind === 'word' && !NOT_UNITS.has(n.f) && n.f.length > 1 ? n.f : null;
}

/** Verbs that give what one thing costs. */
const COST_VERBS = ['coute', 'revient'];

/**
 * « La prise en charge d’un patient coûte en moyenne 62 000 € (par an) »: a verb of cost right before the amount (a hedge
 * between), and « un » or « d’un » with a noun in its subject: the amount is per that noun.
 */
function costOfOne(v: View, k: number): string | null {
  const { items } = v;
  let q = k - 1;
  while (q > 0 && isWord(items[q], 'en', 'moyenne', 'environ', 'pres', 'de', "d'", 'a', 'plus', 'moins')) q--;
  if (!isWord(items[q], ...COST_VERBS)) return null;
  for (let p = q - 1; p >= 0 && p >= q - 10; p--) {
    const it = items[p];
    if (it.kind !== 'word') return null;
    const n = items[p + 1];
    if (isWord(it, 'un', 'une') && n?.kind === 'word' && !NOT_UNITS.has(n.f) && n.f.length > 2) return n.f;
  }
  return null;
}

/**
 * The unit of things a yearly amount at item k is also per: « 7 450 € par an et par élève » after it, or « le coût moyen
 * par élève de 7 450 € par an » in its subject.
 */
function perThingBesideYear(v: View, k: number): string | null {
  const { items, cues } = v;
  const et = isWord(items[k + 1], 'par') ? k + 3 : k + 2;
  if (isWord(items[et], 'et') && isWord(items[et + 1], 'par') && has(cues[et + 2], 'per')) return (items[et + 2] as { f: string }).f;
  return subjectPer(v, k) ?? costOfOne(v, k);
}

/** « ainsi » (not « ainsi que ») or « donc » before the amount at k: a figure drawn from those said before. */
function thusBefore(v: View, k: number): boolean {
  for (let q = 0; q < k; q++) if ((isWord(v.items[q], 'ainsi') && !isWord(v.items[q + 1], 'que', "qu'")) || isWord(v.items[q], 'donc')) return true;
  return false;
}

/**
 * « l’aide moyenne atteint 8 000 € », « soit en moyenne 1 900 € », « Le montant moyen de l’aide s’établit à 48 000 € »: a
 * word of mean among the eight items before item k, in its clause.
 */
function saysMean(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 8; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ';', ':', '.')) return false;
    if (isWord(it, 'moyen', 'moyenne', 'moyens', 'moyennes')) return true;
  }
  return false;
}

/** « Le coût moyen par élève est de 11 600 € »: the subject's « par » and a noun of unit, in the amount's clause. */
function subjectPer(v: View, k: number): string | null {
  for (let q = k - 1; q >= 1 && q >= k - 8; q--) {
    const w = v.items[q];
    if (w.kind !== 'word') break;
    // (« 48 000 € par dossier et une enveloppe totale de 5,2 M€ »: a « par » right after an amount is that amount's.)
    if (isWord(v.items[q - 1], 'par') && has(v.cues[q], 'per')) return v.items[q - 2]?.kind === 'amount' ? null : w.f;
  }
  return null;
}

/** Two counts of one sentence set apart by a semicolon or « contre » (« 640 … en 2022 ; 1 090 cette saison »). */
function countsTwice(v: View): boolean {
  let cut = -1;
  for (const it of v.items) {
    if (isPunct(it, ';') || isWord(it, 'contre')) {
      cut = it.start;
      break;
    }
  }
  if (cut < 0) return false;
  let before = false;
  let after = false;
  for (const q of counts(v)) {
    if (q.value < 10) continue;
    if (q.start < cut) before = true;
    else after = true;
  }
  // « … au plus 75 600 repas ; la commune en a facturé 68 900 »: a number the clitic « en » counts of the same noun.
  for (let k = 1; before && !after && k < v.items.length; k++) {
    if (v.items[k].start < cut || !isWord(v.items[k], 'en')) continue;
    for (let q = k + 1; q < v.items.length && q <= k + 5 && !after; q++) {
      const n = quantityAt(v.items, q);
      if (n && n.value >= 10 && !isYearItem(v.items[q])) after = true;
    }
  }
  return before && after;
}

/** A word of remainder beside the amount at item k (« les 380 000 € restants », « le solde, 2 M€ »). */
function remainderNear(v: View, k: number): boolean {
  for (let q = Math.max(0, k - 4); q <= k + 2 && q < v.items.length; q++) if (q !== k && has(v.cues[q], 'remainder')) return true;
  return false;
}

/** A second unit: « 142 € par jour et par place ». */
function secondUnit(v: View, k: number): string | null {
  const { items, cues } = v;
  if (has(cues[k + 1], 'yearly') && perThingBesideYear(v, k) !== null) return 'an';
  if (!isWord(items[k + 1], 'par')) return null;
  // « par élève transporté et par an »: a participle may qualify the first unit.
  const et = isWord(items[k + 3], 'et') ? k + 3 : items[k + 3]?.kind === 'word' && isWord(items[k + 4], 'et') ? k + 4 : -1;
  if (et < 0) return null;
  if (isWord(items[et + 1], 'par') && has(cues[et + 2], 'per')) return (items[et + 2] as { f: string }).f;
  // « par hectare et par an »: « par an » is read as one phrase.
  if (has(cues[et + 1], 'yearly')) return 'an';
  return null;
}

/** Words after a number that name nothing it counts. */
const NO_NOUN_AFTER = new Set(['en', 'au', 'aux', 'a', 'et', 'ou', 'de', "d'", 'du', 'des', 'soit', 'dont', 'pour', 'sur', 'selon', 'contre']);

/**
 * For each item, whether it stands in brackets that also hold an amount: « (132 000 € en moyenne pour 44
 * établissements) » pairs its own amount with its own count, a case set beside the sentence's.
 */
const bracketsRead = new WeakMap<View, boolean[]>();
function bracketedWithAmount(v: View): boolean[] {
  let out = bracketsRead.get(v);
  if (!out) bracketsRead.set(v, (out = readBrackets(v)));
  return out;
}

function readBrackets(v: View): boolean[] {
  const out: boolean[] = new Array(v.items.length).fill(false);
  let open = -1;
  let amount = false;
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    if (isPunct(it, '(')) {
      open = k;
      amount = false;
    } else if (it.kind === 'amount' && open >= 0) amount = true;
    else if (isPunct(it, ')') && open >= 0) {
      if (amount) out.fill(true, open, k + 1);
      open = -1;
    }
  }
  return out;
}

/** Determiners before a plural noun that names the things « chacun » stands for: « entre les établissements ». */
const EACH_DETERMINERS: ReadonlySet<string> = new Set(['les', 'des', 'aux', 'ses', 'leurs', 'ces']);

/**
 * « … répartie à parts égales entre les établissements, soit 50 000 € chacun ; … des effectifs (21 300 élèves) »:
 * « chacun » stands for the things the clause names before it; of the sentence's counts, only those of that noun are
 * what the amount is each one's. With no such noun named, every count stays.
 */
function eachOfNamed(v: View, k: number, all: ReadQuantity[]): ReadQuantity[] {
  for (let q = k - 1; q > 0 && q >= k - 12; q--) {
    const it = v.items[q];
    if (isPunct(it, '.', ';', ':')) break;
    if (it.kind !== 'word' || !EACH_DETERMINERS.has(it.f)) continue;
    const noun = v.items[q + 1];
    if (!noun || noun.kind !== 'word' || !noun.f.endsWith('s') || noun.f.length < 4 || hasDigit(noun.f)) continue;
    return all.filter((c) => c.noun !== undefined && sameNoun(c.noun, noun.f));
  }
  return all;
}

/** The one count of periods of `unit` the sentence states (« versée sur dix mois »), or null. */
function periodsCounted(v: View, unit: string): ReadQuantity | null {
  let found: ReadQuantity | null = null;
  for (let k = 0; k < v.items.length; k++) {
    const q = quantityAt(v.items, k);
    if (!q) continue;
    k = q.next - 1;
    if (q.noun === undefined || (q.noun !== unit && !sameNoun(q.noun, unit)) || !Number.isInteger(q.value) || q.value < 2) continue;
    if (found) return null;
    found = q;
  }
  return found;
}

function counts(v: View): ReadQuantity[] {
  const out: ReadQuantity[] = [];
  let inBrackets: boolean[] | null = null;
  for (let k = 0; k < v.items.length; k++) {
    let q = quantityAt(v.items, k);
    if (q && (inBrackets ??= bracketedWithAmount(v))[k]) {
      k = q.next - 1;
      continue;
    }
    // « pour une population de 68 millions »: inhabitants, the noun said before the number.
    if (q && isWord(v.items[k - 1], 'de', "d'") && isWord(v.items[k - 2], 'population') && (!q.noun || NO_NOUN_AFTER.has(q.noun))) q = { ...q, noun: 'habitants', nounAt: k - 2 };
    // « une prime », « un local »: an article, not a count.
    // « la moyenne des villes de plus de 100 000 habitants »: the size of things compared with, no count of the rate.
    if (q && q.noun && !(isWord(v.items[k - 1], 'le', 'la') || (isWord(v.items[k - 1], 'par') && !agentAfter(v, k - 1))) && !(q.value === 1 && isWord(v.items[k], 'un', 'une')) && !sizeOfCounted(v, k)) out.push(q);
    if (q) k = q.next - 1;
  }
  return out;
}

/** « assuré par 85 enseignants », « encadrés par 12 agents »: « par » after a participle names who does it, no unit. */
function agentAfter(v: View, par: number): boolean {
  const w = v.items[par - 1];
  return w?.kind === 'word' && w.f.length > 4 && /(?:e|es|ee|ees)$/.test(w.f) && !has(v.cues[par - 1], 'per');
}

/**
 * « un rythme de 1 150 logements rénovés par an pendant six ans, soit 6 900 logements »: a count per period over a
 * duration, and the total « soit » gives in the same noun (or none). Counts carry their noun as their unit.
 */
export function countPerPeriod(v: View): Rate | null {
  const { items } = v;
  let rate: ReadQuantity | null = null;
  let unit = '';
  for (let k = 0; k < items.length; k++) {
    const q = quantityAt(items, k);
    if (!q) continue;
    const at = k;
    k = q.next - 1;
    if (!rate) {
      // The noun, then up to two words (« rénovés ») before « par » and a period.
      if (!q.noun || q.nounAt === undefined || has(v.cues[q.nounAt], 'years') || TIME_UNITS.includes(q.noun)) continue;
      for (let p = q.nounAt + 1; p <= q.nounAt + 3 && p < items.length; p++) {
        const w = items[p];
        if (w.kind !== 'word') break;
        if (w.f === 'par' && items[p + 1]?.kind === 'word' && PERIODS[(items[p + 1] as { f: string }).f]) {
          rate = q;
          unit = (items[p + 1] as { f: string }).f;
          break;
        }
      }
      continue;
    }
    // The total: right after « soit », of the rate's noun or of none.
    if (!isWord(items[at - 1], 'soit')) continue;
    if (q.noun && !sameNoun(q.noun, rate.noun!)) return null;
    const span = durationOf(v);
    if (!span) return null;
    const noun = '#' + rate.noun!;
    const figure = (x: Quantity): Figure => ({ start: x.start, end: x.end, value: x.value, lo: x.lo, hi: x.hi, currency: noun, index: -1, qualifier: null });
    return { op: 'product', rate: figure(rate), count: periodsIn(span, unit), result: figure(q) };
  }
  return null;
}

/** Counts of the given unit (« 30 kilomètres » for « le kilomètre »; for « an », the years of the sentence). */
/** Nouns of things in general that a rate may be per (« par équipement », « par unité »), whatever the things counted are. */
const GENERIC_THINGS: ReadonlySet<string> = new Set(['equipement', 'vehicule', 'engin', 'unite', 'installation', 'appareil', 'piece', 'exemplaire', 'element', 'ouvrage', 'materiel']);
/** Counted nouns that are measures, not things (« 3 500 m² », « 12 km »). */
const UNITS_OF_MEASURE: ReadonlySet<string> = new Set(['m2', 'm', 'km', 'ha', 't', 'kg', 'l', 'litre', 'litres', 'tonne', 'tonnes', 'hectare', 'hectares', 'kwh', 'mwh', 'gwh']);

function countOf(v: View, unit: string): Quantity[] {
  if (unit === 'an' || unit === 'annee') {
    const d = durationOf(v);
    return d ? [d] : [];
  }
  const all = counts(v);
  const direct = all.filter((q) => sameNoun(q.noun!, unit) || (q.also !== undefined && sameNoun(q.also, unit)));
  // « 50 € par enfant, 7 400 bénéficiaires attendus »: the one count of a role stands for the people the rate is per.
  // (Not for a rate per day or week: « la dépense quotidienne » is no one person's.)
  if (direct.length === 0 && !PERIODS[unit] && unit !== 'each' && !(unit in DAYS)) {
    const roles = all.filter((q) => ROLE_NOUNS.has(q.noun!));
    if (roles.length === 1) return roles;
    // « 400 € par bénéficiaire, versée à 3 850 habitants »: the rate's role is the one count of people.
    const people = ROLE_NOUNS.has(unit) || ROLE_NOUNS.has(unit + 's') ? all.filter((q) => isPeopleNoun(q.noun!)) : [];
    if (roles.length === 0 && people.length === 1) return people;
  }
  // « 2 800 € par équipement » over « 3 500 récupérateurs »: a generic noun of things stands for the one count of things.
  if (direct.length === 0 && GENERIC_THINGS.has(unit)) {
    const things = all.filter((q) => !isPeopleNoun(q.noun!) && !ROLE_NOUNS.has(q.noun!) && !TIME_UNITS.some((t) => sameNoun(t, q.noun!)) && !UNITS_OF_MEASURE.has(q.noun!));
    if (things.length === 1) return things;
  }
  // « 600 € par mois pendant trois ans »: the years of the duration, counted in the rate's period.
  if (direct.length === 0 && PERIODS[unit]) {
    const d = durationOf(v);
    return d ? [periodsIn(d, unit)] : [];
  }
  // « 24 séances par classe et 18 classes »: a count per unit times the count of that unit.
  if (direct.length === 1 && direct[0].nounAt !== undefined && isWord(v.items[direct[0].nounAt + 1], 'par')) {
    const per = v.items[direct[0].nounAt + 2];
    const of = per && per.kind === 'word' ? all.filter((q) => q !== direct[0] && sameNoun(q.noun!, per.f)) : [];
    if (of.length === 1) return [product(direct[0], of[0])];
  }
  return direct;
}

interface Located {
  k: number;
  it: AmountItem;
  unit: string | null;
}

/** Each sentence's located amounts, read once: findRates reads a sentence's neighbours' too. */
const located = new WeakMap<View, Located[] | null>();

function amountsOf(v: View): Located[] | null {
  let known = located.get(v);
  if (known === undefined) located.set(v, (known = readAmounts(v)));
  return known;
}

function readAmounts(v: View): Located[] | null {
  const out: Located[] = [];
  // « …, soit 232 € par habitant, contre 196 € en moyenne pour la strate »: what a comparison brings in is another case;
  // so is « la moyenne des communes comparables (19 €) », an average of others in brackets.
  let compared = false;
  let clause = 0;
  const clauses: number[] = [];
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    if ((isWord(it, 'contre', 'au-dessus', 'au-dessous', 'en') && has(v.cues[k], 'comparison')) || contrastAt(v, k)) compared = true;
    else if (isPunct(it, ';', '.')) compared = false;
    if (isPunct(it, ';')) clause++;
    if (it.kind !== 'amount' || compared || averageInBrackets(v, k) || ceilingAside(v, k) || thresholdAt(v.items, k)) continue;
    if (it.high !== undefined) return null;
    // « 0,36 M€ (306 000 €) »: the bracket restates the amount before it (restatements.ts compares the two); it is no
    // term of a rate of its own.
    if (isPunct(v.items[k - 1], '(') && v.items[k - 2]?.kind === 'amount') continue;
    out.push({ k, it, unit: unitOf(v, k) });
    clauses.push(clause);
  }
  // « 4,5 M€ par an pendant six ans, soit 31 M€ ; la commune apportera 6 M€ »: a semicolon closes the rate's clause.
  // « … stabilisée à 32,6 Md€ ; rapportée aux 68,4 millions d’habitants, elle représente 523 € par habitant »: a clause
  // that opens on « rapporté à » divides the amount of the clause before, which it keeps.
  if (clause > 0 && !semicolonThenDivided(v)) {
    const rated = out.map((x, i) => (x.unit !== null ? clauses[i] : -1)).filter((c) => c >= 0);
    if (rated.length > 0 && rated.every((c) => c === rated[0])) {
      // « l’aide s’élève à 4 500 € par ménage ; 312 ménages en ont bénéficié, ce qui représente 1,4 M€ »: the next clause
      // counts the rate's unit, and goes on with it.
      const unit = out.find((x) => x.unit !== null)!.unit!;
      const next = countsUnitInClause(v, rated[0] + 1, unit) ? rated[0] + 1 : rated[0];
      return out.filter((_, i) => clauses[i] >= rated[0] && clauses[i] <= next);
    }
  }
  return out;
}

/**
 * « …, quand les agglomérations voisines dépassent 25 € », « …, alors que la moyenne est de 30 € », « …, tandis que … »:
 * a clause set against the sentence speaks of others; its amounts are no terms of the sentence's rate.
 */
function contrastAt(v: View, k: number): boolean {
  if (!isPunct(v.items[k - 1], ',', '(')) return false;
  const it = v.items[k];
  return isWord(it, 'quand', 'tandis') || (isWord(it, 'alors') && isWord(v.items[k + 1], 'que', "qu'"));
}

/** Whether clause `n` of the sentence (0 before the first semicolon) counts things named as `unit` (« 312 ménages »). */
function countsUnitInClause(v: View, n: number, unit: string): boolean {
  if (PERIODS[unit] || unit === 'each') return false;
  let clause = 0;
  for (let k = 0; k < v.items.length; k++) {
    if (isPunct(v.items[k], ';')) clause++;
    if (clause < n) continue;
    if (clause > n) return false;
    const q = quantityAt(v.items, k);
    if (!q) continue;
    if (q.noun && sameNoun(q.noun, unit)) return true;
    k = q.next - 1;
  }
  return false;
}

/** A semicolon followed by « rapporté(e)(s) à / au / aux ». */
function semicolonThenDivided(v: View): boolean {
  // The last « moyenne » of the sentence, found once: each semicolon then asks whether one follows it.
  let mean = -1;
  for (let k = v.items.length - 1; k >= 0 && mean < 0; k--) if (isWord(v.items[k], 'moyenne')) mean = k;
  for (let k = 0; k + 2 < v.items.length; k++) {
    if (!isPunct(v.items[k], ';')) continue;
    if (dividedAt(v.items, k + 1)) return true;
    // « … portée à 108 M€ ; elle bénéficie à 24 300 communes, qui recevront en moyenne 5 000 € chacune »: a pronoun for
    // the subject before, and a mean, go on with the amount of the clause before.
    if (mean > k && isWord(v.items[k + 1], 'elle', 'il', 'elles', 'ils', 'celle-ci', 'celui-ci')) return true;
  }
  return false;
}

/** « … loin devant la moyenne des intercommunalités (19 €) »: an amount in brackets right after words about an average or a comparison. */
function averageInBrackets(v: View, k: number): boolean {
  // « (environ 180 €) », « (près de 180 €) »: a hedge may stand before the amount.
  let open = k - 1;
  while (open > 0 && open >= k - 3 && isWord(v.items[open], 'environ', 'pres', 'de', "d'", 'quelque')) open--;
  if (!isPunct(v.items[open], '(')) return false;
  for (let q = open - 1; q >= 0 && q >= open - 7; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    if (isWord(it, 'moyenne', 'mediane', ...COMPARED_WORDS) || has(v.cues[q], 'comparison')) return true;
  }
  return false;
}

/**
 * « nettement supérieur à celui observé dans l’Hexagone (4 300 €) »: words that bring in another case's figure, in
 * brackets after them.
 */
const COMPARED_WORDS = ['celui', 'celle', 'ceux', 'celles', 'superieur', 'superieure', 'superieurs', 'superieures', 'inferieur', 'inferieure', 'inferieurs', 'inferieures', 'comparable', 'comparables'];

/** Whether the amount at item k is stated as a result: after « soit », a total (« pour un montant total de »), or a verb of cost (« coûtera », « cela fait »). */
/** « sur l’année » right after item k, no noun after it (« sur l’année scolaire » is a total over a school year). */
function overTheYear(v: View, k: number): boolean {
  const { items } = v;
  return isWord(items[k + 1], 'sur') && isWord(items[k + 2], "l'") && isWord(items[k + 3], 'annee') && items[k + 4]?.kind !== 'word';
}

/** A yearly word (« L’abonnement annuel », « chaque année ») among the words before item k, no figure between. */
function yearlyBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return false;
    if (has(v.cues[q], 'yearly') && !isWord(it, "l'an")) return true;
  }
  return false;
}

function isResult(v: View, k: number): boolean {
  // « la commune dépense donc 16 € de plus par habitant »: an amount « de plus » or « de moins » is a difference.
  if (isWord(v.items[k + 1], 'de', "d'") && isWord(v.items[k + 2], 'plus', 'moins')) return false;
  // « ce qui représente pour le dispositif une enveloppe de A »: the verb's complement may stand between.
  // « l’encours aura ainsi diminué de 863 000 € »: an amount a verb of change moves by is a difference.
  const verb = isWord(v.items[k - 1], 'de', "d'") ? k - 2 : -1;
  if (verb >= 0 && (has(v.cues[verb], 'rise') || has(v.cues[verb], 'fall') || has(v.cues[verb], 'change'))) return false;
  for (let q = k - 1; q >= 0 && q >= k - 9; q--) {
    const it = v.items[q];
    // « **Coût total pour l’État :** 4,6 M€ »: a label that names a total or a sum states its amount as a result.
    if (isPunct(it, ':')) return labelNamesSum(v, q);
    // « → 1 800 € par jeune »: an arrow states what the figures before come to.
    if (isPunct(it, '→', '⇒') && q === k - 1) return true;
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, '.', ';')) return false;
    if (isWord(it, 'soit', 'donc', 'ainsi') || has(v.cues[q], 'total') || has(v.cues[q], 'result') || has(v.cues[q], 'share-verb')) return true;
    // « …, ce qui porte le coût annuel à 1,22 M€ »: what the figures before bring the sum to.
    if (isWord(it, 'porte', 'portent', 'portera', 'porteront', 'porterait') && isWord(v.items[q - 1], 'qui') && isWord(v.items[q - 2], 'ce')) return true;
    // « l’enveloppe annuelle atteint 4,6 M€ », « le coût pour la ville s’élève à »: a sum named, then a verb that states it.
    if (has(v.cues[q], 'attach') && !has(v.cues[q], 'whole-noun') && q > 0 && hasSumNounBefore(v, q)) return true;
  }
  return has(v.cues[k + 1], 'total');
}

/** The words before the colon at item q (six at most) name a total or a sum: « Coût total pour l’État : ». */
function labelNamesSum(v: View, q: number): boolean {
  for (let p = q - 1, w = 0; p >= 0 && w < 6; p--) {
    const it = v.items[p];
    if (it.kind !== 'word') {
      if (isPunct(it, '*', '_')) continue;
      return false;
    }
    w++;
    if (has(v.cues[p], 'total') || has(v.cues[p], 'sum-noun') || isWord(it, 'cout', 'depense', 'facture')) return true;
  }
  return false;
}

/**
 * A noun of a sum (« enveloppe », « coût », « montant », « budget ») among the four words before item q, or a total
 * word in the subject before it (« L’engagement financier total du Département au titre de la convention s’élève à »).
 */
function hasSumNounBefore(v: View, q: number): boolean {
  // Four words back; « la dépense inscrite au BP 2025 atteint »: the budget the amount is written in does not count.
  // (« l’enveloppe votée par l’assemblée départementale s’élève à »: the agent of a participle, once, counts for none.)
  let agent = false;
  for (let p = q - 1, words = 0; p >= 0 && words < 4; p--) {
    if (v.items[p].kind !== 'word') return false;
    if (has(v.cues[p], 'sum-noun') || isWord(v.items[p], 'cout', 'depense', 'facture', 'effort')) return true;
    if (isWord(v.items[p], 'par') && !agent && words <= 4) {
      agent = true;
      words = 0;
      continue;
    }
    if (!isYearItem(v.items[p]) && !isWord(v.items[p], 'bp', 'budget', 'primitif', 'au')) words++;
  }
  for (let p = q - 1; p >= 0 && p >= q - 16; p--) {
    if (v.items[p].kind !== 'word') return false;
    if (has(v.cues[p], 'total')) return true;
  }
  return false;
}

/** The tax or budget bases a sentence names (HT, TTC, AE, CP), as one key: a price HT and a bill TTC are not one product. */
function basesOf(v: View): string {
  const seen = new Set<number>();
  for (const c of v.cues) if (has(c, 'mixed-basis') && c!.value) seen.add(c!.value);
  return [...seen].sort().join(',');
}

/**
 * Two sentences' bases agree when they are the same, or when one says none and the other is not « HT » (a price HT
 * and a bill that does not say HT or TTC is the classic trap: the bill is usually TTC).
 */
function sameBasis(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return (a || b) !== '1';
  return false;
}

/** The basis written right after the amount at item k (« 45 000 € HT », « 162 000 € TTC »), as basesOf keys it. */
function basisAfter(v: View, k: number): string {
  const c = v.cues[k + 1];
  return has(c, 'mixed-basis') && c!.value ? String(c!.value) : '';
}

/** A ceiling or an average is no rate to multiply: « peut atteindre 15 000 € par logement », « en moyenne 2,2 Md€ par an ». */
function isLimit(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) {
    // « …, quand la moyenne de la strate plafonne à 862 € »: a clause set against the sentence limits nothing of it.
    if (contrastAt(v, k)) return false;
    if (has(v.cues[k], 'ceiling') && !ceilingsAside(v).cues.has(k) && !cappedNoun(v, k)) return true;
  }
  return false;
}

/**
 * « …, il représentera en moyenne 8 200 € par exploitation, avec un plafond fixé à 20 000 € »: a clause that gives a
 * ceiling and its one amount, after the sentence's own figures, sets a limit beside them; its amount is no term of their
 * rate, and the ceiling limits nothing they say. Read once per sentence: `cues` marks the ceiling words of such clauses,
 * `amounts` their amounts.
 */
interface CeilingsAside {
  cues: Set<number>;
  amounts: Set<number>;
}

const ceilingsRead = new WeakMap<View, CeilingsAside>();

/**
 * « une prime d’installation de 300 € », « une aide forfaitaire de 1 500 € »: the noun an indefinite article gives the
 * amount at item k as one thing of its kind (up to two words between the noun and « de »), or null.
 */
function itemNounOf(v: View, k: number): string | null {
  if (!isWord(v.items[k - 1], 'de', "d'")) return null;
  for (let q = k - 2; q >= 1 && q >= k - 5; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return null;
    if (isWord(v.items[q - 1], 'un', 'une') && !has(v.cues[q], 'sum-noun') && !has(v.cues[q], 'whole-noun')) return it.f;
  }
  return null;
}

/** « Pour un salaire brut de A », « pour une facture de A »: the amount at item k sets a worked example's case. */
function caseSetBy(v: View, k: number): boolean {
  if (!isWord(v.items[k - 1], 'de', "d'")) return false;
  for (let q = k - 2; q >= 0 && q >= k - 5; q--) {
    if (v.items[q].kind !== 'word') return false;
    if (isWord(v.items[q], 'pour') && isWord(v.items[q + 1], 'un', 'une')) return true;
  }
  return false;
}

/** « la cotisation plafonnée atteint 386 € »: the participle names a kind of thing, capped by rule; only « plafonné à A » caps the amount. */
function cappedNoun(v: View, k: number): boolean {
  const it = v.items[k];
  return it.kind === 'word' && it.f.startsWith('plafonn') && !isWord(v.items[k + 1], 'a', 'au', 'aux');
}

function ceilingsAside(v: View): CeilingsAside {
  let known = ceilingsRead.get(v);
  if (!known) ceilingsRead.set(v, (known = readCeilings(v)));
  return known;
}

function readCeilings(v: View): CeilingsAside {
  const out: CeilingsAside = { cues: new Set(), amounts: new Set() };
  const { items } = v;
  let figuresBefore = false;
  // One clause at a time: it opens after « , » « ; » « ( » and closes before « , » « ; » « . » « ) ».
  for (let open = 0; open < items.length; ) {
    let end = open;
    const cues: number[] = [];
    let amount = -1;
    let amounts = 0;
    let percent = false;
    for (; end < items.length && !isPunct(items[end], ',', ';', '.', ')', '('); end++) {
      const it = items[end];
      if (it.kind === 'percent') percent = true;
      else if (it.kind === 'amount') {
        amounts++;
        amount = end;
      } else if (has(v.cues[end], 'ceiling') && !cappedNoun(v, end)) cues.push(end);
    }
    if (open > 0 && figuresBefore && !percent && amounts === 1) {
      for (const q of cues) if (q <= amount) out.cues.add(q);
      if (cues.some((q) => q <= amount)) out.amounts.add(amount);
    }
    if (amounts > 0) figuresBefore = true;
    open = end + 1;
  }
  return out;
}

/** The amount at item k is the one amount of a ceiling clause set after the sentence's figures (see readCeilings). */
function ceilingAside(v: View, k: number): boolean {
  // The ceiling word within the five words before the amount, nothing else between.
  for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
    if (v.items[q].kind !== 'word') return false;
    if (has(v.cues[q], 'ceiling')) return ceilingsAside(v).cues.has(q) && ceilingsAside(v).amounts.has(k);
  }
  return false;
}

/**
 * « une part variable de 3 % du chiffre d’affaires au-delà de 1,5 M€ », « à partir de 20 000 € de revenus »: a threshold
 * says where something starts, and « porter X à A » the level a measure sets; neither is a term of a rate.
 */
function thresholdAt(items: readonly Item[], k: number): boolean {
  // « Porter le minimum vieillesse à 1 200 euros coûtera 1,8 Md€ par an »: the level a measure sets, no term either.
  if (isWord(items[k - 1], 'a')) {
    for (let q = k - 2; q >= 0 && q >= k - 7; q--) {
      if (items[q].kind !== 'word') break;
      if (isWord(items[q], 'porter', 'relever', 'fixer', 'ramener', 'revaloriser')) return true;
    }
  }
  const de = items[k - 1];
  if (!isWord(de, 'de', "d'")) return false;
  return isWord(items[k - 2], 'au-dela', 'dela', 'partir') || (isWord(items[k - 2], 'seuil') && isWord(items[k - 3], 'le', 'du'));
}

/** « Rapporté à la population de 86 400 habitants, l’effort atteint 112 € par habitant »: a whole divided, said before the rate. */
function dividedBy(v: View, before: number): boolean {
  for (let k = 0; k + 1 < before; k++) {
    if (dividedAt(v.items, k)) return true;
  }
  return false;
}

/** A product whose result is the rate itself, read at both figures' precision, over a count above one. */
function restatesRate(r: Rate): boolean {
  if (r.op !== 'product') return false;
  return r.count.lo > 1 && r.result.lo <= r.rate.hi && r.rate.lo <= r.result.hi;
}

export function findRates(s: number, sentences: readonly Sentence[], amounts: readonly Amount[], percentages: readonly Percentage[]): Rate[] {
  const found = ratesOf(s, sentences, amounts, percentages);
  if (found.length === 0) return periodRestated(sentences[s], amounts);
  // « deux contrats à 2 200 € par mois sur 36 mois, soit 79 200 € par contrat »: a result said per one of the things
  // counted is no product of that count.
  // (« la redevance annuelle à 1,35 M€, soit 1 350 000 euros » over twenty years: a result equal to the rate restates
  // it; times a count above one it cannot be.)
  const kept = found.filter((r) => !(r.op === 'product' && (resultPerCounted(sentences[s], r) || restatesRate(r))));
  for (const r of kept) {
    if (r.op !== 'product') continue;
    // The result is in this sentence or (read from the rate's sentence) in the next one.
    const next = sentences[s + 1];
    periodsBesideResult(next !== undefined && r.result.start >= next.start ? next : sentences[s], r);
  }
  return kept;
}

/**
 * « …, au loyer de 3 800 € par mois, soit 38 400 € sur l’année »: in a sentence of other figures, an amount per period
 * restated right after « soit » per a longer one is that one period's sum — the sentence's other figures aside.
 */
function periodRestated(v: Sentence, amounts: readonly Amount[]): Rate[] {
  const am = amountsOf(v);
  if (!am || am.length < 3) return [];
  const out: Rate[] = [];
  for (let i = 0; i + 1 < am.length; i++) {
    const r = am[i];
    const res = am[i + 1];
    if (r.unit === null || !PERIODS[r.unit] || !isWord(v.items[res.k - 1], 'soit') || !isPunct(v.items[res.k - 2], ',')) continue;
    // The rate's « par mois » is all that stands between it and the comma.
    if (!isWord(v.items[r.k + 1], 'par') || res.k - 2 !== r.k + 3) continue;
    const longer = res.unit !== null ? res.unit : overTheYear(v, res.k) ? 'an' : null;
    if (longer === null || !PERIODS[longer] || PERIODS[longer] <= PERIODS[r.unit] || secondUnit(v, r.k) !== null) continue;
    if (amounts[r.it.index].currency !== amounts[res.it.index].currency) continue;
    const rate = figureOf(amounts, r.it);
    const result = figureOf(amounts, res.it);
    if (!unbounded(rate) || !unbounded(result)) continue;
    const n = PERIODS[longer] / PERIODS[r.unit];
    out.push({ op: 'product', rate, count: { start: v.items[r.k + 1].start, end: v.items[r.k + 2].end, value: n, lo: n, hi: n }, result });
  }
  return out;
}

/**
 * « 19,50 € par place et par jour … pour les 240 places, … 1 708 200 € sur une année pleine de 365 jours », « 7,40 € par
 * jour et par bénéficiaire … 108 000 bénéficiaires. Sur 365 jours, la dépense atteint 292 M€ »: days (or months, weeks)
 * the result's sentence `v` counts, outside the count read, may be a third term: one more reading of it.
 */
function periodsBesideResult(v: Sentence, r: Rate): void {
  if (r.result.start < v.start || r.result.end > v.end) return;
  const periods = counts(v).filter((q) => q.value >= 2 && isWord(v.items[q.nounAt ?? -1], ...TIME_UNITS) && (q.end <= r.count.start || q.start >= r.count.end));
  if (periods.length !== 1) return;
  const extra = product(r.count, periods[0]);
  if (!(r.alternatives ?? []).some((c) => c.value === extra.value)) (r.alternatives ??= []).push(extra);
}

/** Words that make a price one day's: « le coût d’une journée de détention », « le prix de journée », « une nuitée ». */
const DAY_NOUNS = ['journee', 'nuitee', 'journalier', 'journaliere'];

/**
 * The one amount of a sentence before item `end` said as a day's price: a day's noun among the twenty words before it,
 * or « par jour » after.
 */
function dayPriceIn(v: View, end = v.items.length): Located | null {
  const am = amountsOf(v)?.filter((x) => x.k < end);
  if (!am || am.length !== 1 || am[0].it.high !== undefined) return null;
  const k = am[0].k;
  if (isWord(v.items[k + 1], 'par') && isWord(v.items[k + 2], 'jour', 'nuit', 'nuitee')) return am[0];
  for (let q = k - 1; q >= 0 && q >= k - 20; q--) {
    const it = v.items[q];
    if (it.kind !== 'word' && !isPunct(it, ',', '(', ')')) return null;
    if (isWord(it, ...DAY_NOUNS)) return am[0];
  }
  return null;
}

/** « la dépense annuelle », « sur l’année », « toute l’année », « une année pleine »: the sentence speaks of a year's sum. */
function saysWholeYear(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    if (has(v.cues[k], 'yearly') && !isWord(it, "l'an")) return true;
    if (isWord(it, 'annee') && (isWord(v.items[k - 1], "l'") || isWord(v.items[k + 1], 'pleine', 'entiere'))) return true;
  }
  return false;
}

/**
 * « Le coût moyen d’une journée de détention s’établit à 118 € par personne. Avec 1 240 personnes détenues, la dépense
 * annuelle atteint 53,4 M€ »: a day's price (in the sentence, or the one before in its paragraph), the one count of the
 * things it is paid for, and a year's sum stated as a result — the price times the things times the days of a year
 * (365 or 366; the days the text counts, « 365 jours », when it does). No percentage may stand among them: an
 * occupancy rate would be a fourth term.
 */
function dailyOverYear(s: number, sentences: readonly Sentence[], amounts: readonly Amount[]): Rate | null {
  const sent = sentences[s];
  const am = amountsOf(sent);
  if (!am || am.length === 0 || am.length > 2 || sent.items.some((it) => it.kind === 'percent')) return null;
  const res = am[am.length - 1];
  if ((res.unit !== null && res.unit !== 'an' && res.unit !== 'annee') || !isResult(sent, res.k) || !saysWholeYear(sent)) return null;
  let rate: Located | null = null;
  let where: Sentence = sent;
  if (am.length === 2) rate = dayPriceIn(sent, res.k);
  else {
    const prev = sentences[s - 1];
    if (prev && prev.paragraph === sent.paragraph && !prev.items.some((it) => it.kind === 'percent')) {
      rate = dayPriceIn(prev);
      where = prev;
    }
  }
  if (!rate || amounts[rate.it.index].currency !== amounts[res.it.index].currency || isLimit(where)) return null;
  const views = where === sent ? [sent] : [where, sent];
  const days: ReadQuantity[] = [];
  const things: ReadQuantity[] = [];
  for (const v of views) {
    for (const q of counts(v)) {
      if (q.value < 2 || q.nounAt === undefined || has(v.cues[q.nounAt], 'years')) continue;
      if (isWord(v.items[q.nounAt], 'jours', 'nuits', 'nuitees')) days.push(q);
      // (« au chapitre 65 du budget »: a number with no noun of its own names, it counts nothing.)
      else if (!isWord(v.items[q.nounAt], ...TIME_UNITS) && q.noun !== undefined && !NO_NOUN_AFTER.has(q.noun)) things.push(q);
    }
  }
  if (things.length !== 1 || days.length > 1) return null;
  const year: Quantity = days.length === 1 ? days[0] : { start: sent.items[res.k].start, end: sent.items[res.k].end, value: 365, lo: 365, hi: 366 };
  return { op: 'product', rate: figureOf(amounts, rate.it), count: product(things[0], year), result: figureOf(amounts, res.it) };
}

/** The product's result is said « par » the noun its count counts. */
function resultPerCounted(v: View, r: Rate): boolean {
  const noun = (r.count as { noun?: string }).noun;
  if (!noun) return false;
  const k = lowerBound(v.items, r.result.start);
  if (v.items[k]?.start !== r.result.start) return false;
  const per = isWord(v.items[k + 1], 'par') ? k + 2 : -1;
  const w = v.items[per];
  return per > 0 && w?.kind === 'word' && sameNoun(w.f, noun);
}

/**
 * Key figures as list items: « - 64 bornes installées », « - coût unitaire moyen : 12 500 € HT », « - coût total du
 * programme : 860 000 € HT ». A unit price in an item, the count of the item right before it (its one count, no amount),
 * and the total of a later item of the same list (its label names a sum): a product.
 */
function unitPriceInList(s: number, sentences: readonly Sentence[], amounts: readonly Amount[]): Rate | null {
  const sent = sentences[s];
  const am = amountItems(sent.items, 0, sent.items.length);
  if (am.length !== 1 || am[0].high !== undefined || !sent.items.some((it) => isWord(it, 'unitaire', 'unitaires'))) return null;
  // (« 3 150 € par bouée et par an »: a price per period too, totalled over years the list states apart.)
  if (sent.items.some((it, q) => isWord(it, 'par') && isWord(sent.items[q + 1], ...PERIOD_WORDS))) return null;
  const prev = sentences[s - 1];
  if (!prev || !prev.inList || !sameList(prev, sent) || amountItems(prev.items, 0, prev.items.length).length > 0) return null;
  const cs = counts(prev);
  if (cs.length !== 1 || cs[0].value < 2) return null;
  const basis = basisAfter(sent, lowerBound(sent.items, am[0].start));
  for (let r = s + 1; r < sentences.length && r <= s + 3 && sameList(sentences[r - 1], sentences[r]); r++) {
    const next = sentences[r];
    const ram = amountItems(next.items, 0, next.items.length);
    if (ram.length !== 1 || ram[0].high !== undefined) continue;
    const k = lowerBound(next.items, ram[0].start);
    if (!next.items.some((it, q) => q !== k && (has(next.cues[q], 'total') || isWord(it, 'global', 'globale', 'total', 'totale')))) continue;
    const rate = figureOf(amounts, am[0]);
    const result = figureOf(amounts, ram[0]);
    if (rate.currency !== result.currency || !sameBasis(basis, basisAfter(next, k)) || rate.qualifier !== null || result.qualifier !== null) return null;
    return { op: 'product', rate, count: cs[0], result };
  }
  return null;
}

function ratesOf(s: number, sentences: readonly Sentence[], amounts: readonly Amount[], percentages: readonly Percentage[]): Rate[] {
  const sent = sentences[s];
  if (sent.inList && s > 0) {
    const listed = unitPriceInList(s, sentences, amounts);
    if (listed) return [listed];
  }
  const daily = dailyOverYear(s, sentences, amounts);
  if (daily) return [daily];
  // A copy: the reading below may change an amount's unit, and the cache keeps the text's.
  const am = amountsOf(sent)?.slice();
  if (!am || am.length === 0) return [];
  const fig = (x: Located): Figure => figureOf(amounts, x.it);
  const currency = (x: Located) => amounts[x.it.index].currency;
  // « 2 500 € par an pendant quatre ans à chaque médecin, soit une aide totale de 12 000 € par praticien »: a yearly
  // rate over a duration, totalled per person.
  // « 600 € par mois pendant trois ans, représente pour chaque praticien un total de 18 000 € »: a monthly rate, the
  // duration in years.
  // « 5,76 M€ HT par an pour les 64 rames, soit 90 000 € HT par rame »: when the sentence counts that unit, the second
  // amount divides the first among them (below), it is no total over the years.
  // (« 25 € par mois versés pendant un an aux 38 000 foyers, soit 250 € par foyer »: a duration said between the rate and
  // the result makes the result each one's over it, whatever things the sentence counts.)
  const during = am.length === 2 && sent.items.some((_, q) => q > am[0].k && q < am[1].k && has(sent.cues[q], 'duration'));
  if (am.length === 2 && am[0].unit !== null && PERIODS[am[0].unit] && am[1].unit !== null && !PERIODS[am[1].unit] && am[1].unit !== 'each' && isResult(sent, am[1].k) && !isLimit(sent) && currency(am[0]) === currency(am[1]) && (countOf(sent, am[1].unit).length === 0 || during)) {
    const span = durationOf(sent);
    if (span && unbounded(fig(am[0]))) return [{ op: 'product', rate: fig(am[0]), count: periodsIn(span, am[0].unit), result: fig(am[1]) }];
  }
  // « 413 Md€ sur sept ans, soit en moyenne 59 Md€ par an », « la LPM 2024-2030 prévoit 413 Md€, soit 59 Md€ par an »:
  // a total over the years the sentence counts, then what it comes to each year.
  if (am.length === 2 && am[0].unit === null && am[1].unit === 'an' && isResult(sent, am[1].k) && !isLimit(sent) && currency(am[0]) === currency(am[1]) && unbounded(fig(am[0])) && secondUnit(sent, am[1].k) === null) {
    const span = durationOf(sent);
    if (span && span.value >= 2) return [{ op: 'quotient', rate: fig(am[0]), count: span, result: fig(am[1]) }];
  }
  // The other way: « 240 € par an, soit 20 € par mois »; « L’abonnement annuel, vendu 240 €, revient à 20 € par mois »
  // (a yearly noun before an amount given with no period of its own). The longer period's amount over the months.
  if (am.length === 2 && am[1].unit !== null && PERIODS[am[1].unit] && (am[0].unit === null ? yearlyBefore(sent, am[0].k) : PERIODS[am[0].unit] > PERIODS[am[1].unit])) {
    const [whole, res] = am;
    const from = whole.unit ?? 'an';
    if (PERIODS[from] > PERIODS[res.unit!] && isResult(sent, res.k) && !isLimit(sent) && unbounded(fig(whole)) && unbounded(fig(res)) && currency(whole) === currency(res) && counts(sent).length === 0) {
      const n = PERIODS[from] / PERIODS[res.unit!];
      const per: Quantity = { start: sent.items[res.k + 1].start, end: sent.items[Math.min(res.k + 2, sent.items.length - 1)].end, value: n, lo: n, hi: n };
      return [{ op: 'quotient', rate: fig(whole), count: per, result: fig(res) }];
    }
  }
  // « Les 14 vice-présidents perçoivent chacun 1 120 € par mois, soit une enveloppe annuelle de 161 280 € »: each one's
  // amount per period, the total of them all over that period or (« annuelle », « par an ») a longer one.
  // (« 1 120 € brut par mois »: gross or net before the period.)
  const perAt = (k: number) => (isWord(sent.items[k + 1], ...GROSS_OR_NET) ? k + 2 : k + 1);
  if (am.length === 2 && am[0].unit === 'each' && isWord(sent.items[perAt(am[0].k)], 'par') && isResult(sent, am[1].k) && !isLimit(sent) && currency(am[0]) === currency(am[1]) && unbounded(fig(am[0])) && unbounded(fig(am[1]))) {
    const [r, res] = am;
    const period = (sent.items[perAt(r.k) + 1] as { f?: string }).f ?? '';
    const longer = res.unit !== null && PERIODS[res.unit] ? res.unit : overTheYear(sent, res.k) || yearlyBefore(sent, res.k) ? 'an' : null;
    const cs = counts(sent).filter((q) => q.value >= 2 && q.nounAt !== undefined && !has(sent.cues[q.nounAt], 'years') && !isWord(sent.items[q.nounAt], ...MONTHS, ...TIME_UNITS));
    if (PERIODS[period] && (longer === null || PERIODS[longer] >= PERIODS[period]) && cs.length === 1) {
      const n = longer === null ? 1 : PERIODS[longer] / PERIODS[period];
      // (A total said with no period may be the period's or the year's.)
      const alternatives = longer === null && PERIODS.an > PERIODS[period] ? [times(cs[0], PERIODS.an / PERIODS[period])] : undefined;
      return [{ op: 'product', rate: fig(r), count: n === 1 ? cs[0] : times(cs[0], n), result: fig(res), alternatives }];
    }
  }
  // « 25 M€ par an …, soit 2 500 € par élève »: a yearly total divided per unit is a total here.
  // (« 75 000 € par an et par structure pendant trois ans, soit 225 000 € par centre » is a rate per structure too: no
  // total.)
  if (am.length === 2 && am[0].unit === 'an' && am[1].unit !== null && am[1].unit !== 'an' && am[1].unit !== 'each' && secondUnit(sent, am[0].k) === null) am[0] = { ...am[0], unit: null };
  // « 11,20 € par heure, ce qui porte le coût annuel à 1,22 M€ »: a year's sum of a rate per thing (not per period) is a
  // plain total over the things counted that year.
  if (am.length === 2 && am[0].unit !== null && !PERIODS[am[0].unit] && !(am[0].unit in DAYS) && am[0].unit !== 'each' && am[1].unit === 'an' && !isWord(sent.items[am[1].k + 1], 'par') && secondUnit(sent, am[0].k) === null) am[1] = { ...am[1], unit: null };
  // « Le dispositif est doté chaque année de 450 000 €, soit 2,25 M€ sur cinq ans »: a yearly word before the first
  // amount makes it a rate per year, totalled over the years the sentence counts.
  if (am.length === 2 && am[0].unit === null && am[1].unit === null && yearlyBefore(sent, am[0].k) && isWord(sent.items[am[1].k - 1], 'soit') && (durationOf(sent)?.value ?? 0) >= 2) am[0] = { ...am[0], unit: 'an' };
  const rates = am.filter((x) => x.unit !== null);
  // « …, soit 5,1 M€ au total, auxquels s'ajoutent 2 M€ de la Région »: amounts added after the result are another
  // sum's, once a rate has been stated before them.
  const addedAt = rates.length === 1 ? additionAfter(sent, rates[0].k) : -1;
  const plain = am.filter((x) => x.unit === null && (addedAt < 0 || x.k < addedAt));

  // « Pour un salaire de 2 500 € par mois, la cotisation atteint 386,25 € par mois, soit 4 635 € sur l’année »: the first
  // amount sets the case (« pour un … de A »); the rate and its result are the two after it.
  if (am.length === 3 && caseSetBy(sent, am[0].k) && am[1].unit !== null && PERIODS[am[1].unit] && isWord(sent.items[am[2].k - 1], 'soit')) am.shift();
  // One period to another: « 4 850 € par mois, soit 58 200 € par an »; « 1 850 € par mois versée aux 420 internes
  // coûtera 9,3 M€ par an ». The yearly amount may be per person or for all of them: either reading fits.
  // (« soit 12 144 € sur l’année » after a monthly amount: the year it runs over.)
  if (am.length === 2 && am[0].unit !== null && PERIODS[am[0].unit] && am[1].unit === null && overTheYear(sent, am[1].k)) am[1] = { ...am[1], unit: 'an' };
  if (am.length === 2 && am[0].unit !== null && am[1].unit !== null && PERIODS[am[0].unit] && PERIODS[am[1].unit] && PERIODS[am[1].unit] > PERIODS[am[0].unit]) {
    const [r, res] = am;
    if (isResult(sent, res.k) && !isLimit(sent) && unbounded(fig(r)) && currency(r) === currency(res)) {
      const n = PERIODS[res.unit!] / PERIODS[r.unit!];
      const per: Quantity = { start: sent.items[r.k + 1].start, end: sent.items[Math.min(r.k + 2, sent.items.length - 1)].end, value: n, lo: n, hi: n };
      // (« pour une personne seule » counts one, « le 1er janvier » dates: neither is the things the rate is paid to.)
      // (« pendant 12 mois » counts the periods, not the things paid.)
      const things = counts(sent).filter((q) => q.value >= 2 && !has(sent.cues[q.nounAt ?? -1], 'years') && !isWord(sent.items[q.nounAt ?? -1], ...MONTHS, ...TIME_UNITS));
      // « 50 € par mois, versée sur dix mois, soit 500 € par année universitaire »: the sentence counts the periods its
      // longer one holds; twelve months a year is then only the other reading.
      const stated = periodsCounted(sent, r.unit!);
      // « 31 400 foyers perçoivent l’APL. Le montant moyen s’élève à 228 € par mois, soit une dépense annuelle de 86 M€ »:
      // the people paid may be counted in the sentence before, in the paragraph: one more reading.
      const prev = sentences[s - 1];
      if (things.length === 0 && prev?.paragraph === sent.paragraph && amountItems(prev.items, 0, prev.items.length).length === 0) {
        const before = counts(prev).filter((q) => q.value >= 2 && q.nounAt !== undefined && !has(prev.cues[q.nounAt], 'years') && !isWord(prev.items[q.nounAt], ...MONTHS, ...TIME_UNITS));
        if (before.length === 1) {
          return [{ op: 'product', rate: fig(r), count: per, result: fig(res), alternatives: [times(before[0], stated ? stated.value : n)] }];
        }
      }
      if (things.length === 1) {
        // « 1 200 familles reçoivent 150 € par mois pendant dix mois, soit 1,8 M€ par an »: the things times the periods
        // the sentence states, or else those the longer period holds.
        return [{ op: 'product', rate: fig(r), count: times(things[0], stated ? stated.value : n), result: fig(res), alternatives: [per] }];
      }
      if (things.length === 0 && stated) return [{ op: 'product', rate: fig(r), count: stated, result: fig(res), alternatives: [per] }];
      if (things.length === 0) return [{ op: 'product', rate: fig(r), count: per, result: fig(res) }];
      // « La part fixe, pour un bac de 140 litres, est de 9,50 € par mois, soit 104 € par an ; elle comprend 12 levées »:
      // several things counted, the yearly amount may be one's or all of each: every reading is tried.
      return [{ op: 'product', rate: fig(r), count: stated ?? per, result: fig(res), alternatives: [...(stated ? [per] : []), ...things.map((q) => times(q, stated ? stated.value : n))] }];
    }
  }
  // « 41 € par jour, soit 1 380 € par mois »: days to a longer period, as many days as it may hold (a month 28 to 31),
  // unless the days are working days only.
  // (« …, qui héberge 2 100 personnes, la dépense quotidienne s’établit à 248 000 €, soit 90,4 M€ sur une année »: a count
  // before the daily amount says what it pays for; only one between the two would be another term.)
  if (am.length === 2 && (am[0].unit === 'jour' || am[0].unit === 'semaine') && am[1].unit !== null && am[1].unit in DAYS_IN && !counts(sent).some((q) => q.start > am[0].it.start) && !workingDays(sent)) {
    const [r, res] = am;
    if (isResult(sent, res.k) && !isLimit(sent) && unbounded(fig(r)) && unbounded(fig(res)) && currency(r) === currency(res)) {
      const [lo, hi] = DAYS_IN[res.unit!];
      const per = DAYS[r.unit!];
      const n: Quantity = { start: sent.items[r.k + 1].start, end: sent.items[Math.min(r.k + 2, sent.items.length - 1)].end, value: DAYS[res.unit!] / per, lo: lo / per, hi: hi / per };
      return [{ op: 'product', rate: fig(r), count: n, result: fig(res) }];
    }
  }
  // « 5 € par résident et par jour, appliqué aux 1 850 résidents, représente une dépense annuelle de 3,4 M€ »: a rate per
  // thing and per short period, the count of the things, the total over a longer period the result names.
  if (am.length === 2 && am[0].unit !== null && !(am[0].unit in DAYS) && am[0].unit !== 'each' && am[1].unit !== null && am[1].unit in DAYS) {
    const [r, res] = am;
    const per = secondUnit(sent, r.k);
    if (per !== null && per in DAYS && DAYS[res.unit!] > DAYS[per] && isResult(sent, res.k) && !isLimit(sent) && unbounded(fig(r)) && currency(r) === currency(res)) {
      const cs = countOf(sent, r.unit!);
      const n = DAYS[res.unit!] / DAYS[per];
      if (cs.length === 1) return [{ op: 'product', rate: fig(r), count: times(cs[0], n), result: fig(res) }];
    }
  }
  // « 4,20 € par habitant au fonds, soit 96 000 € par an pour ses 26 800 habitants »: a rate per thing, restated after
  // « soit » as a yearly sum over the things the sentence counts, is a yearly rate.
  if (am.length === 2 && am[0].unit !== null && am[0].unit !== 'each' && !PERIODS[am[0].unit] && am[0].unit !== 'an' && am[1].unit === 'an' && secondUnit(sent, am[0].k) === null && isWord(sent.items[am[1].k - 1], 'soit') && !isLimit(sent) && unbounded(fig(am[0])) && currency(am[0]) === currency(am[1])) {
    const cs = countOf(sent, am[0].unit);
    if (cs.length === 1) return [{ op: 'product', rate: fig(am[0]), count: cs[0], result: fig(am[1]) }];
  }
  // A rate times a count: the result is the plain amount after the rate (or after the count).
  if (rates.length === 1 && plain.length === 1 && plain[0].k > rates[0].k && isResult(sent, plain[0].k) && !isLimit(sent) && unbounded(fig(rates[0])) && sameBasis(basisAfter(sent, rates[0].k), basisAfter(sent, plain[0].k))) {
    const r = rates[0];
    const unit = r.unit!;
    // « Versée sur dix mois, … 370 € pour chacun des 680 000 étudiants »: each one of the things, not of the months.
    let cs = unit === 'each' ? counts(sent).filter((q) => !isWord(sent.items[q.nounAt!], ...TIME_UNITS)) : countOf(sent, unit);
      // « La toiture porte sur 1 850 m². Au prix de 142 € HT le mètre carré, la dépense atteint … »: the count said just before.
    // (« Ils étaient 640 jeunes en 2022 ; ils sont 1 090 cette saison »: a sentence that counts them twice says no one count.)
    // (A percentage there, « avec un taux d’occupation de 92 %, il a réalisé 15 110 nuitées », is no amount to total.)
    // (Only a count of things, the one count there: « 2 480 logements …, 590 ont été remis …, soit 31 % » counts twice.)
    const before = s > 0 ? sentences[s - 1] : undefined;
    // (« 12 500 billets en 2024, contre 9 800 l’année précédente »: a count compared with, right after « contre », is
    // another year's level; the sentence's own count is the other one.)
    const compared = (q: Quantity) => before !== undefined && isWord(before.items[lowerBound(before.items, q.start) - 1], 'contre');
    const own = before ? counts(before).filter((q) => !compared(q)) : [];
    const noAmount = before !== undefined && (before.figures === 0 || (!PERIODS[unit] && amountItems(before.items, 0, before.items.length).length === 0 && own.length === 1));
    const onlyCompared = before !== undefined && own.length === 1 && counts(before).length === 2;
    if (cs.length === 0 && unit !== 'each' && before !== undefined && before.paragraph === sent.paragraph && noAmount && (!countsTwice(before) || onlyCompared)) cs = countOf(before, unit).filter((q) => !compared(q));
    // « Le montant moyen de l’aide s’établit à 48 000 € par dossier, pour une enveloppe totale de … » after « 126
    // entreprises »: a mean is per thing counted, whatever noun it is said per.
    if (cs.length === 0) cs = countOfMean(sent, r.k, unit, sentences[s - 1]?.paragraph === sent.paragraph ? sentences[s - 1] : undefined);
    // « … a emprunté 400 000 € sur 20 ans. Nous rembourserons chaque année 24 300 €, soit 531 000 € sur la durée du prêt »:
    // a yearly amount over the duration the sentence names back to.
    // (« L’annuité s’élèvera à 140 000 €, pour un coût total des intérêts de 800 000 € sur la durée du prêt »: the interest
    // is a part of what the instalments repay, not their sum.)
    const interest = sent.items.slice(r.k + 1, plain[0].k).some((it) => isWord(it, 'interets', 'interet'));
    // « … un bail d’une durée de 36 mois ; » · « le loyer est fixé à 4 200 € par mois, soit 151 200 € sur la durée du
    // bail »: a monthly amount too, the duration in the sentence before (its section) when « la durée » points back.
    if (cs.length === 0 && PERIODS[unit] && unit !== 'an' && unit !== 'annee' && !interest && sent.items.some((it) => isWord(it, 'duree'))) {
      const prev = sentences[s - 1];
      if (prev && prev.section === sent.section && prev.paragraph >= sent.paragraph - 1) cs = countOf(prev, unit);
    }
    if (cs.length === 0 && unit === 'an' && !interest) {
      const prev = sentences[s - 1];
      const span = durationOf(sent) ?? (prev?.paragraph === sent.paragraph && sent.items.some((it) => isWord(it, 'duree')) ? durationOf(prev) : null);
      if (span) cs = [span];
      // « … pour l’année universitaire 2025-2026 … » ¶ « D’un montant de 1 500 € par an, elle sera versée à 2 340
      // étudiants, pour une dépense totale de 3,15 M€ »: a yearly amount for one year, paid to the people counted.
      const inParagraph = prev?.paragraph === sent.paragraph ? prev : undefined;
      if (!span && (saysOneYear(sent) || (inParagraph !== undefined && saysOneYear(inParagraph)))) {
        // (Paid « à » them: « l’équivalent de la consommation d’environ 30 000 habitants » is no one paid.)
        const people = counts(sent).filter((q) => q.noun !== undefined && paidNoun(q.noun) && q.value >= 2 && isWord(sent.items[lowerBound(sent.items, q.start) - 1], 'a', 'aux'));
        if (people.length === 1 && counts(sent).length === 1 && !currency(r).startsWith('#') && currency(r) === currency(plain[0])) return [{ op: 'product', rate: fig(r), count: people[0], result: fig(plain[0]) }];
      }
    }
    if (cs.length === 1 && currency(r) === currency(plain[0])) {
      // « 50 000 € par an pendant trois ans à chacune des 80 maisons », « 40 € par mois pendant cinq mois à 2 300
      // ménages »: a rate per span of time may also be paid to each of the things the sentence counts; either
      // reading may be the one the result takes.
      const time = TIME_UNITS.includes(unit);
      const paid = (v: View) => counts(v).filter((q) => q.nounAt !== undefined && !has(v.cues[q.nounAt], 'years') && !has(v.cues[q.nounAt], 'times') && !isWord(v.items[q.nounAt], ...TIME_UNITS) && q.value >= 2);
      let things = time ? paid(sent) : [];
      // « 1 840 jeunes ont perçu l’allocation. Le montant moyen versé s’établit à 310 € par mois, sur sept mois, soit une
      // dépense de 4 M€ »: the people may be counted in the sentence before, in the paragraph.
      const prev = sentences[s - 1];
      if (time && things.length === 0 && prev?.paragraph === sent.paragraph) things = paid(prev);
      // (« les 14 collèges … assuré par 85 enseignants, à raison de 2 heures par semaine »: of several things, the one
      // count of people is who the time is paid to.)
      if (things.length > 1) {
        const people = things.filter((q) => paidNoun(q.noun!));
        if (people.length === 1) things = people;
      }
      const alternatives = things.length === 1 ? [product(cs[0], things[0])] : undefined;
      return [{ op: 'product', rate: fig(r), count: cs[0], result: fig(plain[0]), alternatives }];
    }
  }
  // « 95 € par mois et par enfant accueilli. » then « Pour les 640 enfants concernés, le coût est évalué à 812 000 € par
  // an »: a rate per period and per thing, the next sentence counting the things and giving a year's sum — the rate
  // times the things times the periods in a year.
  if (rates.length === 1 && plain.length === 0 && !isLimit(sent) && fig(rates[0]).qualifier === null && PERIODS[rates[0].unit!] && PERIODS[rates[0].unit!] < PERIODS.an) {
    const r = rates[0];
    const thing = secondUnit(sent, r.k);
    const next = sentences[s + 1];
    const nam = thing !== null && !PERIODS[thing] && next?.paragraph === sent.paragraph ? amountsOf(next) : null;
    // (« le coût est évalué à A », « estimé à A »: a cost worked out states a result too.)
    const estimated = (v: View, k: number) => isWord(v.items[k - 1], 'a') && isWord(v.items[k - 2], 'evalue', 'evaluee', 'estime', 'estimee', 'chiffre', 'chiffree');
    if (nam && nam.length === 1 && (nam[0].unit === 'an' || (nam[0].unit === null && saysWholeYear(next))) && (isResult(next, nam[0].k) || estimated(next, nam[0].k)) && currency(r) === amounts[nam[0].it.index].currency) {
      const cs = countOf(next, thing!);
      const n = PERIODS.an / PERIODS[r.unit!];
      if (cs.length === 1) return [{ op: 'product', rate: fig(r), count: times(cs[0], n), result: figureOf(amounts, nam[0].it) }];
    }
  }
  // The result in the next sentence: « … 2 400 ordinateurs au prix unitaire de 385 €. La facture totale, qui s’élève à
  // 1,12 M€, … ». The next sentence of the paragraph states one amount as a result, and nothing else.
  if (rates.length === 1 && plain.length === 0 && !isLimit(sent) && fig(rates[0]).qualifier === null) {
    const next = sentences[s + 1];
    // « … fixée à 612 € par élève. » ¶ « Pour les 1 430 élèves domiciliés sur la commune, la dépense atteint … »: the
    // next paragraph of the section may count the rate's unit and state what it comes to.
    const r = rates[0];
    const nextParagraph = next !== undefined && next.paragraph === sent.paragraph + 1 && next.section === sent.section && r.unit !== 'each' && countOf(next, r.unit!).length === 1;
    const nam = next && (next.paragraph === sent.paragraph || nextParagraph) ? amountsOf(next) : null;
    // (« Le coût annuel s’établit autour de 18 Md€. Le montant cumulé, près de 67 Md€ en six ans, … »: cumulatedOverLevel.)
    const cumulated = next !== undefined && r.unit === 'an' && cumulatedOverLevel(next, sent);
    if (nam && nam.length === 1 && !cumulated && nam[0].unit === null && isResult(next, nam[0].k) && currency(r) === amounts[nam[0].it.index].currency && sameBasis(basesOf(sent), basesOf(next))) {
      let here = r.unit === 'each' ? counts(sent) : countOf(sent, r.unit!);
      if (here.length === 0) here = countOfMean(sent, r.k, r.unit!);
      const there = r.unit === 'each' ? [] : countOf(next, r.unit!);
      // « 450 € par mois, dans la limite de six mois. … pour une durée moyenne de 4,5 mois, soit 1,66 M€ »: counted again
      // in the result's sentence, the unit's count there is the one the result is made of, not the one here.
      // (« 900 € par an, versés pendant trois ans. » then « 1 640 étudiants en bénéficient, soit 1,48 M€ »: a rate per
      // period whose result counts the people paid multiplies them too; rateFromEarlier reads it from there.)
      // (« Chaque carnet contient 5 chèques de 10 €. » then « 3 400 carnets ont été remis, soit 170 000 € »: the things the
      // next sentence counts are a third term.)
      // (« 900 € par borne et par an » totalled « sur la convention »: the years are a third term too.)
      const second = secondUnit(sent, r.k);
      const perPeriodToo = second !== null && PERIODS[second] !== undefined && yearOfView(next) === null && !saysOneYear(next);
      const thirdTerm = (r.unit !== null && PERIODS[r.unit] !== undefined) || r.unit === 'each' || perPeriodToo;
      const cs = (thirdTerm && things(next).length > 0) || overYearsNotRated(next, sent, r) ? [] : here.length === 0 ? there : there.length === 0 ? here : [];
      // « 6 240 personnes … 478 € par mois. Sur une année, cela représente 35,8 M€ »: a rate per period paid to the
      // things its own sentence counts may be totalled over them too.
      // (Days the next sentence counts are read by periodsBesideResult.)
      const paid = thirdTerm && cs.length === 1 ? things(sent) : [];
      // (« 1,32 € par nuit » then « pour deux adultes restant sept nuits, la taxe s’élève à … »: people counted beside the
      // nights are a third term the rate does not name.)
      if (!thirdTerm && r.unit !== null && cs.length === 1 && peopleBesides(next, r.unit)) return [];
      if (cs.length === 1) return [{ op: 'product', rate: fig(r), count: cs[0], result: fig(nam[0]), alternatives: paid.length === 1 ? [product(cs[0], paid[0])] : undefined }];
    }
  }
  // A total over a count, given per unit: « 300 M€ pour 2 millions d’habitants, soit 150 € par habitant ». Of several
  // amounts, the one « soit » restates per unit: « …, l’encours atteint 18,6 M€, soit 1 240 € par habitant ».
  const whole = plain.length === 1 ? plain[0] : rates.length === 1 ? restatedPerUnit(sent, rates[0].k, plain) : null;
  if (rates.length === 1 && whole && rates[0].k > whole.k && rates[0].unit !== 'an' && !isLimit(sent) && !negatedBetween(sent, whole.k, rates[0].k) && !endsOfChange(sent, whole.k, rates[0].k)) {
    plain[0] = whole;
    const r = rates[0];
    // « 7,8 M€ … pour 6 240 habitants, chacun d’entre nous porte 1 410 € »: each one of the things the sentence counts.
    const things = () => counts(sent).filter((q) => q.nounAt !== undefined && !has(sent.cues[q.nounAt], 'years') && !isWord(sent.items[q.nounAt], ...TIME_UNITS, ...MONTHS));
    let first = r.unit === 'each' ? eachOfNamed(sent, r.k, things()) : countOf(sent, r.unit!);
    // « 10,3 Md€ … pour 4,6 millions de foyers, soit 187 € par mois et par foyer »: with no span said, the total is a
    // year's, so many of the rate's periods.
    const alsoPer = secondUnit(sent, r.k);
    if (first.length === 0 && PERIODS[r.unit!] && alsoPer !== null && !PERIODS[alsoPer] && durationOf(sent) === null) {
      const n = PERIODS.an / PERIODS[r.unit!];
      first = [{ start: sent.items[r.k].start, end: sent.items[r.k].end, value: n, lo: n, hi: n }];
    }
    // « Les 1 240 dossiers … ont mobilisé 2,85 M€, soit une aide moyenne de 1 900 € par entreprise »: a mean over the one
    // count of the sentence, whatever its noun.
    // (The count is then the things the sentence speaks of, opening a clause — not a complement of another noun, as in
    // « La dépense des trois collèges … pour un coût moyen de 7,77 € par repas ».)
    if (first.length === 0 && saysMean(sent, r.k) && !perMeasure(r.unit!)) {
      const all = things();
      if (all.length === 1 && !complementCount(sent, all[0])) first = all;
    }
    // « Avec 96 000 habitants, l’agglomération … » … « elle consacre 4,9 M€ à la culture, soit 58 € par habitant »: the
    // territory's population, said once under the heading however far before, is what « par habitant » divides by.
    if (first.length === 0 && (r.unit === 'habitant' || r.unit === 'habitants')) first = populationBefore(s, sentences);
    // « Le dispositif a touché 2 840 élèves. Son coût … s’établit à 198 800 €, soit 62 € par élève »: a sentence that
    // opens on a possessive or a word pointing back counts with the sentence before, in its paragraph.
    const prev = sentences[s - 1];
    if (first.length === 0 && r.unit !== 'each' && prev && prev.paragraph === sent.paragraph && (isWord(sent.items[firstWord(sent)], 'son', 'sa', 'ses', 'leur', 'leurs') || has(sent.cues[firstWord(sent)], 'anaphora'))) first = countOf(prev, r.unit!);
    const other = secondUnit(sent, r.k);
    const second = other ? countOf(sent, other) : [];
    // « une dépense de 52,3 M€ … 8 700 € par bénéficiaire et par an »: with no span of years said, the total is the year's.
    const yearly = other === 'an' && second.length === 0 && durationOf(sent) === null;
    if (first.length === 1 && (!other || second.length === 1 || yearly) && currency(r) === currency(plain[0])) {
      const count = second.length ? product(first[0], second[0]) : first[0];
      // « une dotation de 143 000 €, calculée à raison de 230 € par élève pour ses 545 collégiens »: the rate is what the
      // total was computed from, so the total is the figure that does not follow.
      if (computedFrom(sent, whole.k, r.k)) return [{ op: 'product', rate: fig(r), count, result: fig(plain[0]) }];
      return [{ op: 'quotient', rate: fig(plain[0]), count, result: fig(r) }];
    }
  }
  // The total in the sentence before: « … soit 36 M€. Cette aide a permis de rénover 7 500 locaux, soit 3 800 € par local. »
  // « L’effort atteint ainsi près de 350 € par habitant »: « ainsi » draws the mean from the figures said before.
  // « - encours : 21,3 M€ » « - population : 17 800 habitants » « - dette par habitant : 1 320 € »: a list's items.
  const listed = rates.length === 1 && sent.inList && labelUnit(sent, rates[0].k) !== null;
  // « La dépense moyenne par foyer ressort ainsi à 6 900 € par an »: a yearly amount whose subject names what it is per.
  const meanUnit = rates.length !== 1 ? null : rates[0].unit === 'an' ? subjectPer(sent, rates[0].k) : rates[0].unit;
  // (« La collecte, premier poste, représente donc à elle seule près de 49 € par habitant »: a part « à elle seule » is
  // no mean of the whole said before.)
  if (meanUnit !== null && plain.length === 0 && s > 0 && meanUnit !== 'each' && meanUnit !== 'an' && !aloneBefore(sent, rates[0].k) && (has(sent.cues[firstWord(sent)], 'anaphora') || dividedBy(sent, rates[0].k) || pronounBefore(sent, rates[0].k) || thusBefore(sent, rates[0].k) || listed)) {
    const divided = dividedBy(sent, rates[0].k) || listed;
    // Within the paragraph, or across a break for a sentence that reaches back (« Rapporté à la population desservie,
    // il représente 152 € par habitant » under the paragraph that gave the cost), or in items of the same list.
    const near = (p: number) => p >= 0 && sentences[p].section === sent.section && (sentences[p].paragraph === sent.paragraph || (sent.reachesBack && p >= s - REACH) || (listed && p >= s - REACH && sameList(sentences[p], sentences[p + 1]))) && sentences[p].paragraph >= 0;
    // « Rapporté à … » may divide the amount of a sentence two back, over one that states none (« Il est financé à
    // hauteur de 57 % par … »).
    const stated = (p: number) => amountItems(sentences[p].items, 0, sentences[p].items.length).length > 0;
    // So may « ainsi » (« … a versé 186 M€. Le nombre moyen de foyers s’est établi à 24 800. La dépense moyenne par foyer
    // ressort ainsi à … »).
    const at = (divided || thusBefore(sent, rates[0].k)) && s > 1 && near(s - 1) && !stated(s - 1) ? s - 2 : s - 1;
    const prev = sentences[at];
    const pam = near(s - 1) && near(at) ? amountsOf(prev) : null;
    // « … s’établit à 5 870 000 €, en baisse de 6 % sur un an (6 245 000 € au 1er janvier 2024) »: the amount in
    // brackets after the main one is the compared one; the main one is divided.
    const plainBefore = pam ? pam.filter((x) => x.unit === null) : [];
    const unbracketed = plainBefore.filter((x) => !isPunct(prev.items[x.k - 1], '('));
    // (« L’écart est de 23 M€. Rapportée aux 3,3 millions d’habitants, la dépense représente 125 € par habitant »: a
    // difference between two amounts is no amount spent, to be divided.)
    let pp = (plainBefore.length === 2 && unbracketed.length === 1 && unbracketed[0].k < plainBefore[1].k ? unbracketed : plainBefore).filter((x) => !differenceBefore(prev, x.k));
    // « 150 000 € par an pendant quatre ans, soit 600 000 € au total. Rapporté aux 31 900 habitants, l’effort annuel
    // représente 4,70 € par habitant »: a yearly mean divides the one yearly amount before, not the total over the years.
    const perYear = pam ? pam.filter((x) => x.unit === 'an') : [];
    // (« chaque navette coûte 96 000 € par an, soit 1 344 000 € pour l’ensemble »: a yearly amount of each one is no
    // whole to divide; the total over all of them is.)
    if (perYear.length === 1 && pp.length <= 1 && sent.cues.some((c) => has(c, 'yearly')) && !eachOne(prev, perYear[0].k)) pp = perYear;
    let cs = countOf(sent, meanUnit);
    // « Le réseau accueille 12 400 élèves. Les crédits … atteignent 148,8 M€. Rapporté au nombre d’élèves, le coût
    // s’établit à … par élève »: the count said in an earlier sentence of the paragraph, the one count of that unit.
    if (cs.length === 0 && (divided || thusBefore(sent, rates[0].k))) {
      // « aide moyenne par dossier retenu : 14 100 € »: the count described by the same word (« 1 037 dossiers retenus »),
      // not another count of the noun (« dont 1 120 dossiers portant sur … »).
      // (When no count is so described, the word was no description: « par foyer ressort ainsi à … ».)
      const described = unitQualifier(sent, meanUnit);
      for (const only of described ? [described, null] : [null]) {
        for (let p = s - 1; p >= 0 && p >= s - REACH && cs.length === 0; p--) {
          if (!near(p)) break;
          const v = sentences[p];
          cs = countOf(v, meanUnit);
          if (only) cs = cs.filter((c) => { const n = (c as ReadQuantity).nounAt; return n !== undefined && v.items[n + 1]?.kind === 'word' && sameNoun((v.items[n + 1] as { f: string }).f, only); });
        }
        if (cs.length > 0) break;
      }
    }
    // « 37 dossiers ont été financés, pour 259 000 € d’aides. L’aide moyenne atteint ainsi 8 000 € par commerce »: a
    // mean over the one count of the sentence that gave the total, whatever noun it counts.
    // (« en moyenne 1 800 € par mois et par élu »: a mean per month is no mean over the people counted alone.)
    if (cs.length === 0 && pp.length === 1 && saysMean(sent, rates[0].k) && !PERIODS[meanUnit]) {
      const all = counts(prev);
      if (all.length === 1) cs = all;
    }
    // « La commission a arrêté à 3,9 M€ l’enveloppe des dotations. » … ¶ « Rapportée aux 16 250 collégiens, l’enveloppe
    // représente 270 € par élève »: the subject named after « Rapporté à », and the amount that noun was given before.
    if (pp.length !== 1 && divided && cs.length === 1) {
      const named = subjectAmountBefore(s, sentences, amounts, rates[0].k);
      if (named && named.currency === amounts[rates[0].it.index].currency) return [{ op: 'quotient', rate: named, count: cs[0], result: fig(rates[0]) }];
    }
    // « 92 € par habitant et par an » of a year's budget (« 84,6 M€ en 2023 »): the year is the budget's own.
    const second = secondUnit(sent, rates[0].k);
    const sameYear = second === 'an' && divided && pp.length === 1 && yearOfView(prev) !== null;
    if (pp.length === 1 && cs.length === 1 && (!second || sameYear) && currency(rates[0]) === amounts[pp[0].it.index].currency) {
      // « … dont 6 120 tonnes d’ordures ménagères … Les déchèteries ont reçu 7 800 tonnes. Rapporté aux 41 000 habitants,
      // le ratio d’ordures ménagères s’établit à 149 kg par habitant »: the rate names what it divides; an earlier amount
      // of that noun is the one divided, not the last one said.
      let named = divided ? amountOfNounNamed(s, sentences, amounts, rates[0].k, near) : null;
      // « L’ICHN représente 28 M€. Rapportées aux 4 650 exploitations, ces aides atteignent 40 000 € par exploitation »,
      // after « 186 M€ d’aides »: the subject names what is divided, and the amount given that noun is the one.
      // (Read from the subject, the amount is as unsure as one read from where it stands: twenty times off is another whole.)
      if (!named && divided) {
        const subject = subjectAmountBefore(s, sentences, amounts, rates[0].k);
        const ratio = subject ? subject.value / cs[0].value / fig(rates[0]).value : 0;
        if (ratio > 0.05 && ratio < 20) named = subject;
      }
      if (named && named.index !== pp[0].it.index) return named.currency === currency(rates[0]) ? [{ op: 'quotient', rate: named, count: cs[0], result: fig(rates[0]) }] : [];
      // « L’épargne brute n’atteint plus que 88 M€. Rapportée aux 548 000 habitants, la dette représente 1 259 € par
      // habitant »: a stock of the accounts as the subject, which the amount's sentence never names, is another thing than
      // that amount.
      if (!named && divided && subjectNamesOther(sent, prev, rates[0].k)) return [];
      // (The amount of the sentence before is the whole only by where it stands: « … une association subventionnée à
      // hauteur de 150 000 €. Rapportée à 27 400 habitants, la dépense culturelle atteint 131 € par habitant » names
      // another whole. A mean twenty times off what that amount gives is read as of another whole, not as an error.)
      // (« La commune finance les 380 000 € restants. Rapporté aux 68 classes, l’effort représente 8 000 € par classe »:
      // a remainder is one part of a whole said before; the mean may be of either.)
      if (!named && remainderNear(prev, pp[0].k)) return [];
      const total = figureOf(amounts, pp[0].it);
      const mean = total.value / cs[0].value;
      const stated = fig(rates[0]).value;
      if (!named && (mean > stated * 20 || mean * 20 < stated)) return [];
      return [{ op: 'quotient', rate: total, count: cs[0], result: fig(rates[0]) }];
    }
  }
  // The rate in the sentence before: « Le coût est de 6,2 M€ le kilomètre. Les 30 kilomètres coûteront 216 M€. »
  // « L’aide est de 320 € par hectare et par an. Avec 14 500 hectares, l’enveloppe annuelle atteint 4,6 M€. »: a yearly
  // result for a rate per unit and per year.
  const yearlyHere = am.length === 1 && am[0].unit === 'an';
  // Of several plain amounts, the first one stated as a result (« Les 120 lits représentent un investissement de
  // 6,1 M€, financé à hauteur de 2,1 M€ par la région »).
  const stated = rates.length === 0 ? plain.find((x) => isResult(sent, x.k)) : undefined;
  if (((rates.length === 0 && (plain.length === 1 || stated)) || yearlyHere) && s > 0) {
    const res = yearlyHere ? am[0] : stated ?? plain[0];
    const prev = sentences[s - 1];
    // « Considérant que le coût d’un repas s’établit à 8,40 € ; » ¶ « Considérant que 312 000 repas ont été servis,
    // soit un coût total de 2,9 M€ »: the paragraph right before may give the price when this one totals its things.
    const adjacent = prev.paragraph === sent.paragraph - 1 && prev.section === sent.section && sent.cues.some((c) => has(c, 'total'));
    if ((prev.paragraph === sent.paragraph || adjacent) && prev.paragraph >= 0) {
      const pam = amountsOf(prev);
      // « La ville verse une prime d’installation de 300 € à chaque … » · « 37 primes ont été accordées, pour une dépense
      // totale de 12 100 € »: an amount given as one thing of a kind (« une prime de A ») is per thing of that kind, and the
      // next sentence counts those things.
      const item = pam && pam.length === 1 && (pam[0].unit === null || !(pam[0].unit in DAYS)) ? itemNounOf(prev, pam[0].k) : null;
      if (item && isResult(sent, res.k) && sent.cues.some((c) => has(c, 'total')) && currency(pam![0]) === currency(res)) {
        const cs = counts(sent).filter((q) => sameNoun(q.noun!, item));
        if (cs.length === 1 && cs[0].value >= 2) return [{ op: 'product', rate: figureOf(amounts, pam![0].it), count: cs[0], result: fig(res) }];
      }
      const pr = pam ? pam.filter((x) => x.unit !== null && x.unit !== 'each' && x.unit !== 'an') : [];
      const perYear = pr.length === 1 && secondUnit(prev, pr[0].k) === 'an';
      if (pam && pam.length === 1 && pr.length === 1 && (!yearlyHere || perYear) && isResult(sent, res.k) && !isLimit(prev) && unbounded(figureOf(amounts, pr[0].it))) {
        let cs = countOf(sent, pr[0].unit!);
        // « Chaque enfant recevra 50 €. Les 2 340 élèves du département sont concernés, pour une enveloppe totale de … »:
        // each one of the people counted next, when that sentence states a total and counts one kind of people.
        if (cs.length === 0 && eachOne(prev, pr[0].k) && sent.cues.some((c) => has(c, 'total'))) {
          const people = counts(sent).filter((q) => q.nounAt !== undefined && !has(sent.cues[q.nounAt], 'years') && !has(sent.cues[q.nounAt], 'times'));
          if (people.length === 1) cs = people;
        }
        // « … reviennent à 57 M€ le kilomètre. La première ligne, inaugurée en 2012, avait coûté 410 M€ pour 11 km »: a
        // sentence dated with a year the rate's sentence does not give speaks of another thing, at another price.
        const ownYear = yearOfView(sent);
        // (« Sur la base des 2 318 élèves inscrits à la rentrée 2024, l’enveloppe correspondante … » ties itself to the rate.)
        const tied = sent.items.some((it) => isWord(it, ...CORRESPONDING)) || sent.cues.some((c) => has(c, 'total'));
        const otherYear = ownYear !== null && yearOfView(prev) !== ownYear && !tied;
        // « 450 € par mois … » · « 820 étudiants …, pour une durée moyenne de 4,5 mois, soit 1,66 M€ »: a rate per span of
        // time whose result's sentence also counts the people paid is a product of three terms.
        const paidMany = PERIODS[pr[0].unit!] !== undefined && things(sent).length > 0;
        // « 150 places financées à 19,50 € par jour et par place. En année pleine (365 jours), la dotation atteint … »: a rate
        // per two units takes both counts, the second's said in either sentence, or none is read.
        const second = secondUnit(prev, pr[0].k);
        const seconds = second !== null && second !== 'an' ? [...countOf(prev, second), ...countOf(sent, second)] : [];
        const count = seconds.length === 1 && cs.length === 1 ? product(cs[0], seconds[0]) : cs[0];
        if (cs.length === 1 && (second === null || second === 'an' || seconds.length === 1) && currency(pr[0]) === currency(res) && !otherYear && !paidMany && !(second === null && peopleBesides(sent, pr[0].unit!))) return [{ op: 'product', rate: figureOf(amounts, pr[0].it), count, result: fig(res) }];
      }
      // « … une subvention de 85 000 € par an pendant quatre ans. » ¶ « L’engagement total s’élève ainsi à 380 000 € »: a
      // yearly rate and its duration said before, the total stated here (a total word, and no duration of its own).
      const yearly = pam && pam.length === 1 && pam[0].unit === 'an' ? pam[0] : null;
      const span = yearly && !yearlyHere && durationOf(sent) === null ? durationOf(prev) : null;
      // (When this sentence counts the people paid, the total is a product of three terms: rateFromEarlier reads it.)
      if (yearly && span && things(sent).length === 0 && sent.cues.some((c) => has(c, 'total')) && isResult(sent, res.k) && !isLimit(prev) && unbounded(figureOf(amounts, yearly.it)) && currency(yearly) === currency(res)) {
        return [{ op: 'product', rate: figureOf(amounts, yearly.it), count: span, result: fig(res) }];
      }
    }
  }
  // « Au taux de 3 %, l’emprunt de 120 M€ engendrera 4,8 M€ d’intérêts la première année. »
  if (plain.length === 2 && rates.length === 0) {
    const interest = interestRate(sent, percentages);
    if (interest) {
      const [a, b] = plain;
      const base = fig(a).value >= fig(b).value ? a : b;
      const result = base === a ? b : a;
      if (currency(a) === currency(b)) return [{ op: 'product', rate: fig(base), count: interest, result: fig(result) }];
    }
  }
  return rateFromEarlier(s, sentences, amounts);
}

/**
 * « le montant cumulé », « en cumul » in the result's view, and nothing in the rate's view that says the yearly level
 * holds each year (« chaque », « pendant »): the result sums years of their own, no product of the level.
 */
function cumulatedOverLevel(result: View, rate: View): boolean {
  return result.items.some((it) => isWord(it, 'cumul', 'cumule', 'cumulee', 'cumules', 'cumulees')) && !rate.items.some((it) => isWord(it, 'chaque', 'pendant', 'durant'));
}

/**
 * The rate and the count said in the sentences before, the result here: « … chacun des 2 350 élèves de sixième. » ¶
 * « Le coût unitaire … s’établit à 380 €. » ¶ « La dépense correspondante, soit 1,02 M€ … ». Up to REACH sentences
 * back within the section, across a paragraph break only when this sentence points back (mayReferBack: chunks never
 * cut there); one rate, no other amount between it and the result, and one count of the rate's unit in that stretch.
 */
function rateFromEarlier(s: number, sentences: readonly Sentence[], amounts: readonly Amount[]): Rate[] {
  const sent = sentences[s];
  const am = amountsOf(sent);
  // « → 1 800 € par jeune sur la durée »: a result per person, of a rate per month, is what each one gets in all.
  if (!am || am.length !== 1 || !isResult(sent, am[0].k)) return [];
  const res = am[0];
  const perPerson = res.unit !== null && res.unit !== 'each' && !PERIODS[res.unit];
  // « … 1 150 € par élève et par an. La Région consacre ainsi 24,6 M€ par an »: a yearly result may also total a rate
  // per thing and per year over the things counted before.
  const yearly = res.unit === 'an' || res.unit === 'annee';
  if (res.unit !== null && PERIODS[res.unit]) {
    const shorter = periodRateBefore(s, sentences, amounts, res);
    if (shorter.length > 0 || !yearly) return shorter;
  }
  // « La dotation est portée à 108 M€ ; elle bénéficie à 24 300 communes, qui recevront en moyenne 5 000 € chacune »:
  // each one's mean here, the total in the sentence just before, the things counted here.
  // (The sentence takes up the one before: a pronoun or a word pointing back opens it — « Par ailleurs, … » does not.)
  const takesUp = isWord(sent.items[firstWord(sent)], 'il', 'elle', 'ils', 'elles') || has(sent.cues[firstWord(sent)], 'anaphora');
  if (res.unit === 'each' && takesUp && s > 0 && sentences[s - 1].paragraph === sent.paragraph) {
    const prev = amountsOf(sentences[s - 1]);
    if (prev && prev.length === 1 && prev[0].unit === null) return meanOfEarlier(s, sentences, amounts, s - 1, s - 1, prev[0], res);
  }
  if (res.unit !== null && !perPerson && !yearly) return [];
  const first = Math.max(0, s - REACH);
  let from = s;
  // The items of one list read as one paragraph: « - Allocation : 250 € / mois » « - Durée : 6 mois » « - → 1 800 € … ».
  while (from > first && sentences[from - 1].section === sent.section && (sentences[from - 1].paragraph === sent.paragraph || sent.reachesBack || sameList(sentences[from - 1], sentences[from]))) from--;
  let rate: Located | null = null;
  let at = -1;
  for (let r = s - 1; r >= from && !rate; r--) {
    const ram = amountsOf(sentences[r]);
    if (!ram) return [];
    if (ram.length === 0) continue;
    // « Le coût complet atteint 1 674 000 €. Ramené au nombre de repas servis, cela représente 8,10 € par repas »: a
    // total before, a mean per thing here.
    if (perPerson && ram.length === 1 && ram[0].unit === null) return meanOfEarlier(s, sentences, amounts, from, r, ram[0], res);
    if (ram.length !== 1 || ram[0].unit === null) return [];
    // (« 1,50 € par acte … sur 310 000 actes chaque année » then « 520 000 € par an »: things counted per year make a
    // rate per thing a yearly sum.)
    if (yearly && (PERIODS[ram[0].unit] || (secondUnit(sentences[r], ram[0].k) !== 'an' && !countedEachYear(sentences[r], ram[0].unit)))) return [];
    rate = ram[0];
    at = r;
  }
  if (!rate) return [];
  // (« Le coût annuel s’établit autour de 18 Md€. Le montant cumulé, près de 67 Md€ en six ans »: cumulatedOverLevel.)
  if (rate.unit === 'an' && cumulatedOverLevel(sent, sentences[at])) return [];
  // « - Depuis avril : 1 016,05 € par mois » « - Jusqu’en mars : 971,37 € par mois » … « a donc perçu 12 058,56 € »: two
  // rates of one unit before the result, which may blend them; no one of them is its rate.
  for (let r = at - 1; r >= from; r--) {
    const other = amountsOf(sentences[r]);
    if (other && other.some((x) => x.unit === rate!.unit && amounts[x.it.index].value !== amounts[rate!.it.index].value)) return [];
  }
  const where = sentences[at];
  const r = rate;
  if (perPerson && !PERIODS[r.unit!]) return [];
  // « 900 € par borne et par an » then « Le montant total atteint 135 000 € »: a rate per thing and per period, totalled
  // over periods the result does not date, is a product of three terms.
  const period = secondUnit(where, r.k);
  if (!yearly && period !== null && PERIODS[period] !== undefined && yearOfView(sent) === null && !saysOneYear(sent)) return [];
  // « … 1 299 € par habitant. » ¶ « Le RSA en constitue le premier poste, avec 182 M€ pour 21 900 foyers »: a result
  // that counts other things than the rate is per speaks of those.
  // (« La dépense correspondante » says the result is the rate's, whatever it counts.)
  if (r.unit !== 'each' && !PERIODS[r.unit!] && r.unit !== 'an' && !sent.items.some((it) => isWord(it, ...CORRESPONDING)) && things(sent).some((q) => q.noun !== undefined && !sameNoun(q.noun, r.unit!))) return [];
  // « 450 € par mois … » ¶ « 820 étudiants en ont bénéficié, pour une durée moyenne de 4,5 mois, soit 1,66 M€ »: a rate per
  // span of time whose result's sentence counts the people paid is a product of three terms, not two.
  // « 900 € par an, versés pendant trois ans » ¶ « 1 640 étudiants en bénéficient, soit 1,48 M€ sur l’exercice »: a yearly
  // rate whose result's sentence counts the people paid, for one year, is the rate times those people; for the years, a
  // product of three terms, left unread.
  // (A rate per year and per thing, « 1 095 € par an et par élève », takes its count below.)
  if (r.unit === 'an' && things(sent).length > 0 && secondUnit(where, r.k) === null) {
    const people = things(sent).filter((q) => q.noun !== undefined && paidNoun(q.noun));
    const oneYear = saysOneYear(sent);
    // « … soit une enveloppe de 90 M€ sur la durée du dispositif »: over the years the rate's sentence said, the people
    // times those years.
    const span = oneYear ? null : durationOf(where);
    const overSpan = span !== null && span.value >= 2 && (sent.cues.some((c) => has(c, 'total')) || sent.items.some((it, k) => isWord(it, 'duree', 'periode') && isWord(sent.items[k - 2], 'sur')));
    const q0 = figureOf(amounts, r.it).qualifier;
    if (people.length === 1 && (oneYear || overSpan) && things(sent).length === 1) {
      if (q0 !== null || amounts[r.it.index].currency !== amounts[res.it.index].currency) return [];
      return [{ op: 'product', rate: figureOf(amounts, r.it), count: overSpan ? product(people[0], span!) : people[0], result: figureOf(amounts, res.it) }];
    }
  }
  if (PERIODS[r.unit!] && !sent.items.some((it) => isWord(it, ...CORRESPONDING)) && things(sent).length > 0) return [];
  // « perd environ 1 450 € par an. Sur vingt ans, … »: a hedged amount per period reads wider over the years said; a
  // hedged mean per thing (« environ 152 000 € par projet ») is left alone, as is a bound (« jusqu’à »).
  const q0 = figureOf(amounts, r.it).qualifier;
  if (isLimit(where) || (q0 !== null && !(q0 === 'approximate' && PERIODS[r.unit!])) || amounts[r.it.index].currency !== amounts[res.it.index].currency || !sameBasis(basesOf(where), basesOf(sent))) return [];
  // « 2,2 MWh par foyer … 1 300 foyers. » then « Sur trente ans, la production cumulée atteindrait 87 GWh »: a result over
  // years the rate is not per is made of other terms.
  if (overYearsNotRated(sent, where, r)) return [];
  // « 38,20 € par jour et par lit » … « sur une année de 365 jours, … 1,17 M€ »: a rate per two units needs both counts;
  // the second is read in the stretch, or the rate is left unread.
  const other = secondUnit(where, r.k);
  let otherCount: Quantity | null = null;
  if (other !== null && other !== 'an' && !yearly) {
    const cs: Quantity[] = [];
    for (let q = from; q <= s; q++) for (const c of countOf(sentences[q], other)) cs.push(c);
    if (cs.length !== 1) return [];
    otherCount = cs[0];
  }
  // The count: of the rate's unit (years for a yearly rate), or of the things counted when the rate is each one's.
  const found: Quantity[] = [];
  let year: number | null = null;
  for (let q = from; q <= s; q++) {
    const v = sentences[q];
    const cs = r.unit === 'an' ? countOf(v, 'an') : r.unit === 'each' ? things(v) : countOf(v, r.unit!).filter((c) => !isWord(v.items[((c as ReadQuantity).nounAt ?? -2) + 1], 'par'));
    if (cs.length > 0) year = yearOfView(v);
    found.push(...cs);
  }
  // « La dépense correspondante » with one count of another noun (« 46 installations aidées » for « par médecin »).
  if (found.length === 0 && r.unit !== 'an' && sent.items.some((it) => isWord(it, ...CORRESPONDING))) {
    found.push(...things(sent));
    year = yearOfView(sent);
  }
  if (found.length === 0 || found.some((c) => c.value !== found[0].value)) return [];
  // « - Boursiers : 6 400 » « - Allocation mensuelle : 860 € » « - Durée : 10 mois » « - Coût total : 55 M€ »: a rate per
  // month over months, with people counted elsewhere in the stretch, is paid to each of them: a product of three terms.
  let people: Quantity | null = null;
  if (PERIODS[r.unit!] && res.unit === null) {
    const paid: Quantity[] = [];
    let rated = false;
    for (let q = from; q < s; q++) {
      // (« 320 chambres, louées 295 € par mois »: the things the rate's own sentence counts are what it is paid for.)
      // (A yearly rate's sentence may count what it pays for, « 1,35 M€ par an … pour 38 km de cours d’eau »: only
      // people count there.)
      const own = q === at && r.unit !== 'an' && r.unit !== 'annee';
      for (const c of things(sentences[q])) if (c.noun !== undefined && (paidNoun(c.noun) || own)) paid.push(c);
      const labelled = labelCount(sentences[q]);
      if (labelled) paid.push(labelled);
      rated ||= sentences[q].items.some((it) => it.kind === 'percent');
    }
    // (« … et d’un taux d’occupation moyen de 95 % »: a percentage in the stretch is one more term.)
    if (paid.length > 1 || (paid.length === 1 && rated)) return [];
    if (paid.length === 1) people = paid[0];
  }
  // A count of another year than the result's prices another year: the year of the result's own clause (« …
  // atteint 86 000 €, et le conseil reconduit l’opération jusqu’en 2027 » dates the renewal, not the amount).
  const resultYear = yearOfClause(sent.items, res.k);
  if (year !== null && resultYear !== null && year !== resultYear) return [];
  const count = otherCount ? product(found[0], otherCount) : found[0];
  return [{ op: 'product', rate: figureOf(amounts, r.it), count: people ? product(count, people) : count, result: figureOf(amounts, res.it) }];
}

/** « Nombre de boursiers : 6 400 », « Bénéficiaires : 1 250 »: a label naming people, a colon, and their count alone. */
function labelCount(v: View): Quantity | null {
  const { items } = v;
  const colon = items.findIndex((it) => isPunct(it, ':'));
  if (colon < 1 || colon > 8) return null;
  let q = colon + 1;
  while (isPunct(items[q], '*', '_')) q++;
  const n = quantityAt(items, q);
  if (!n || n.value < 2 || n.noun !== undefined) return null;
  for (let p = 0; p < colon; p++) {
    const w = items[p];
    if (w.kind === 'word' && paidNoun(w.f)) return n;
  }
  return null;
}

/**
 * A mean per thing here (« 8,10 € par repas »), the total it divides in sentence `at` before, and one count of that
 * thing in the sentences from `from` to here (« 186 000 repas »): total ÷ count. The sentence says it divides
 * (« ramené au nombre de … », « rapporté à … », « en moyenne », « soit », « cela représente »).
 */
function meanOfEarlier(s: number, sentences: readonly Sentence[], amounts: readonly Amount[], from: number, at: number, total: Located, res: Located): Rate[] {
  const sent = sentences[s];
  const whole = figureOf(amounts, total.it);
  // (« Les crédits de paiement pour 2025 s’élèvent à 4,8 M€. … 1 500 places sur trois ans, soit un coût moyen de 8 000 € »: a
  // year's amount is no total of a mean over several years.)
  const span = durationOf(sent);
  const oneYear = span !== null && span.value >= 2 && durationOf(sentences[at]) === null && yearOfClause(sentences[at].items, total.k) !== null;
  if (oneYear || whole.qualifier !== null || differenceBefore(sentences[at], total.k) || isLimit(sentences[at]) || amounts[total.it.index].currency !== amounts[res.it.index].currency || !sameBasis(basesOf(sentences[at]), basesOf(sent))) return [];
  const divides = sent.items.some((it) => isWord(it, 'ramene', 'ramenee', 'ramenes', 'ramenees', 'moyenne', 'moyen', ...DIVIDED));
  if (!divides) return [];
  // No other amount, here or between: « … 110 M€ au niveau national. Sa déclinaison dispose de 4,2 M€ ; … soit 12 000 € par
  // kilomètre » divides the nearer one.
  // (Nor before it in the stretch: « … fixé à 23,50 € le tarif horaire. Appliqué aux 412 000 heures, ce tarif représente
  // 10,6 M€. … un coût de revient évalué à 27 € de l’heure »: the total was worked out from the rate before, and the
  // mean after is another figure.)
  for (let q = from; q <= s; q++) {
    for (const it of amountItems(sentences[q].items, 0, sentences[q].items.length)) if (it.index !== total.it.index && it.index !== res.it.index) return [];
  }
  const found: Quantity[] = [];
  if (res.unit === 'each') found.push(...things(sent));
  else {
    for (let q = from; q <= s; q++) {
      const v = sentences[q];
      for (const c of countOf(v, res.unit!)) if (!isWord(v.items[((c as ReadQuantity).nounAt ?? -2) + 1], 'par')) found.push(c);
    }
  }
  if (found.length !== 1) return [];
  return [{ op: 'quotient', rate: whole, count: found[0], result: figureOf(amounts, res.it) }];
}

/**
 * « … une allocation de 1 200 € par mois aux étudiants … » then « Les 85 signataires représentent ainsi un engagement
 * annuel de 1,22 M€ »: a rate per shorter period in the sentence just before (of the paragraph), the longer period's
 * total here, for the one kind of people this sentence counts: rate × periods × people.
 */
function periodRateBefore(s: number, sentences: readonly Sentence[], amounts: readonly Amount[], res: Located): Rate[] {
  const sent = sentences[s];
  const prev = sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || !isResult(sent, res.k)) return [];
  const pam = amountsOf(prev);
  if (!pam || pam.length !== 1 || pam[0].unit === null || !PERIODS[pam[0].unit] || PERIODS[pam[0].unit] >= PERIODS[res.unit!]) return [];
  const rate = figureOf(amounts, pam[0].it);
  if (rate.qualifier !== null || isLimit(prev) || rate.currency !== amounts[res.it.index].currency) return [];
  const people = things(sent);
  if (people.length !== 1) return [];
  const n = PERIODS[res.unit!] / PERIODS[pam[0].unit];
  const count: Quantity = times(people[0], n);
  return [{ op: 'product', rate, count, result: figureOf(amounts, res.it) }];
}

/** « par an », « sur l’exercice », « sur l’année scolaire », « en 2023-2024 »: the sentence speaks of one year. */
function saysOneYear(v: View): boolean {
  return v.items.some((it, k) => {
    if (has(v.cues[k], 'yearly')) return true;
    if (isWord(it, 'exercice', 'annee') && isWord(v.items[k - 1], "l'", 'cet', 'cette')) return true;
    // Two consecutive years joined by a hyphen: a school or budget year.
    if (it.kind !== 'word' || !isYearItem(it) || it.f.length !== 9 || it.f[4] !== '-') return false;
    return Number(it.f.slice(5)) === Number(it.f.slice(0, 4)) + 1;
  });
}

/**
 * « 2,2 MWh par foyer » then « Sur trente ans, la production cumulée atteindrait 87 GWh »: the result's sentence spans
 * years the rate (in `rateView`) is not given per, so it is made of other terms.
 */
function overYearsNotRated(resultView: View, rateView: View, r: Located): boolean {
  const span = durationOf(resultView);
  // (« sur l’année scolaire 2023-2024 »: a range of two years in figures may name one school year.)
  const yearRange = span !== null && resultView.items.some((it) => it.start >= span.start && it.end <= span.end && isYearItem(it) && it.kind === 'word' && it.f.includes('-'));
  return span !== null && span.value >= 2 && !(yearRange && span.value <= 2) && r.unit !== null && !PERIODS[r.unit] && r.unit !== 'an' && secondUnit(rateView, r.k) !== 'an';
}

/** The things a sentence counts (two or more, not years, spans of time or numbers of times), each counted once. */
function things(v: View): ReadQuantity[] {
  return counts(v).filter((q) => {
    if (q.nounAt === undefined || q.value < 2) return false;
    // « les trois premières années »: the noun is after the adjective that picks them.
    const at = isWord(v.items[q.nounAt], ...PICKING_ADJECTIVES) ? q.nounAt + 1 : q.nounAt;
    return !has(v.cues[at], 'years') && !has(v.cues[at], 'times') && !isWord(v.items[at], ...TIME_UNITS) && !isWord(v.items[at + 1], 'par');
  });
}

/** The count `q` completes a noun before it: « la dépense des trois collèges », « le coût de ses 12 sites ». */
function complementCount(v: View, q: ReadQuantity): boolean {
  let p = lowerBound(v.items, q.start) - 1;
  if (isWord(v.items[p], 'les', 'ses', 'ces', 'leurs', 'nos')) p--;
  return isWord(v.items[p], 'des', 'de', "d'", 'du') && v.items[p - 1]?.kind === 'word';
}

/** The first word after item k, past a comma, that adds another amount (« auxquels s'ajoutent », « en plus »), or -1. */
function additionAfter(v: View, k: number): number {
  let comma = false;
  for (let q = k + 1; q < v.items.length; q++) {
    if (isPunct(v.items[q], ',', ';')) comma = true;
    else if (comma && has(v.cues[q], 'extra')) return q;
  }
  return -1;
}

/** The amount right before « soit » and the rate at k, in the same clause (« 18,6 M€ au 31 décembre, soit 1 240 € par habitant »). */
function restatedPerUnit(v: View, k: number, plain: readonly Located[]): Located | null {
  if (!isWord(v.items[k - 1], 'soit')) return null;
  for (let q = k - 2; q >= 0 && q >= k - 10; q--) {
    const it = v.items[q];
    if (it.kind === 'percent' || isPunct(it, ';', ':', '.')) return null;
    // (« …, le coût total atteint 180 600 €, et la participation de la commune, soit 4,50 € par repas, représente … »:
    // « et » and a new subject between; « soit » restates that subject, not the amount before it.)
    if (isWord(it, 'et') && isWord(v.items[q + 1], 'le', 'la', 'les', "l'")) return null;
    if (it.kind === 'amount') return plain.find((x) => x.k === q) ?? null;
  }
  // « … a collecté 41 800 tonnes d’ordures ménagères en 2024 pour 152 000 habitants, soit 305 kg par habitant, loin de
  // l’objectif de 250 kg »: farther back, the one amount said before « soit » in its clause.
  const before = plain.filter((x) => x.k < k);
  if (before.length !== 1) return null;
  for (let q = k - 2; q > before[0].k; q--) if (v.items[q].kind === 'percent' || isPunct(v.items[q], ';', ':', '.')) return null;
  return before[0];
}

/**
 * The one count a mean per unit at item k is over, whatever its noun (« 140 éleveurs indemnisés, pour un montant moyen de
 * 2 300 € par exploitation »): the sentence's own, else the sentence before's (`prev`, in the paragraph). A mean per
 * span of time is no mean over things.
 */
/** « par mégawattheure », « par tonne », « le m³ »: a unit of measure — a mean per it is over a quantity, no count of things. */
function perMeasure(unit: string): boolean {
  return MEASURE_UNITS.includes(unit) || /wattheure|metre|litre|tonne/.test(unit);
}

function countOfMean(v: View, k: number, unit: string, prev?: View): Quantity[] {
  if (unit === 'each' || TIME_UNITS.some((t) => sameNoun(t, unit)) || PERIODS[unit] || !saysMean(v, k)) return [];
  if (perMeasure(unit)) return [];
  const here = things(v);
  if (here.length > 0 || !prev) return here.length === 1 ? here : [];
  const there = things(prev);
  return there.length === 1 && !countsTwice(prev) ? there : [];
}

/**
 * A figure that may enter a rate: exact or hedged (« environ 2 300 € », read wider); a bound (« plus de », « jusqu’à »)
 * says what a rate's terms are not.
 */
function unbounded(f: Figure): boolean {
  return f.qualifier === null || f.qualifier === 'approximate';
}

/** Words that close a negation opened by « ne »: « ne permettra pas », « n’atteint plus », « ne suffira jamais ». */
const NEGATION_ENDS = ['pas', 'plus', 'jamais', 'guere', 'point'];

/**
 * A negated verb between items `from` and `to` (« avec 2,8 Md€, le dispositif ne permettra pas d’atteindre 200 000
 * rénovations, à 30 000 € l’une »): the sentence argues the figures do not meet, it states no quotient of them.
 */
function negatedBetween(v: View, from: number, to: number): boolean {
  for (let q = from + 1; q < to; q++) {
    if (!isWord(v.items[q], 'ne', "n'")) continue;
    for (let p = q + 1; p < to && p <= q + 3; p++) if (isWord(v.items[p], ...NEGATION_ENDS)) return true;
  }
  return false;
}

/** Words between a total (item `from`) and its rate (item `to`) saying the total was computed from the rate. */
function computedFrom(v: View, from: number, to: number): boolean {
  for (let q = from + 1; q < to; q++) {
    const it = v.items[q];
    if (isWord(it, 'calcule', 'calculee', 'calcules', 'calculees', 'raison', 'base', 'fonde', 'fondee', 'etabli', 'etablie') && (isWord(v.items[q + 1], 'a', 'sur', 'de', "d'") || isWord(v.items[q - 1], 'a', 'la'))) return true;
  }
  return false;
}

/**
 * The definite noun phrase after the fronted clause (« Rapportée aux 16 250 collégiens, l’enveloppe représente … ») and
 * the amount it was given up to REACH sentences back in the section (across a paragraph only when the sentence reaches
 * back), none other between: see amountNamedIn.
 */
function subjectAmountBefore(s: number, sentences: readonly Sentence[], amounts: readonly Amount[], before: number): Figure | null {
  const sent = sentences[s];
  const phrase = subjectAfterFront(sent, before)?.phrase;
  if (!phrase) return null;
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    const e = sentences[p];
    if (e.section !== sent.section || (e.paragraph !== sent.paragraph && !sent.reachesBack)) return null;
    const found = amountNamedIn(e, amounts, phrase);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * Stocks and balances of public accounts, each a figure of its own: « la dette » is never « l’épargne brute » said
 * before, where « le soutien public » may well be « les subventions ».
 */
const ACCOUNT_AGGREGATES: ReadonlySet<string> = new Set(['dette', 'encours', 'epargne', 'tresorerie', 'deficit', 'excedent', 'patrimoine', 'fiscalite', 'endettement']);

/**
 * People counted in `v` besides the things a rate is per (« pour deux adultes restant sept nuits » for « 1,32 € par
 * nuit »): a third term the rate does not name. (A rate per person, « 6 600 € par personne », counts them itself.)
 */
function peopleBesides(v: View, unit: string): boolean {
  if (paidNoun(unit) || unit === 'personne') return false;
  // (Inhabitants are the population a rate per head is read on, never a third term.)
  return things(v).some((q) => q.noun !== undefined && q.value >= 2 && isPeopleNoun(q.noun) && !sameNoun(q.noun, unit) && !sameNoun(q.noun, 'habitant'));
}

/** The noun phrase after the last comma before item `before` (« Rapportée aux 548 000 habitants, la dette … »), and where it opens. */
function subjectAfterFront(v: View, before: number): { at: number; phrase: NounPhrase } | null {
  let k = -1;
  for (let q = 0; q < before; q++) if (isPunct(v.items[q], ',')) k = q + 1;
  const phrase = k > 0 ? nounPhraseAt(v.items, k) : null;
  return phrase ? { at: k, phrase } : null;
}

/** The subject after the fronted clause, before item `before`, is a stock or balance (ACCOUNT_AGGREGATES) that `prev` never writes. */
function subjectNamesOther(sent: View, prev: View, before: number): boolean {
  const subject = subjectAfterFront(sent, before);
  // (A demonstrative, « cette dette », takes up what was said before under a new name.)
  if (!subject || !isWord(sent.items[subject.at], 'le', 'la', "l'", 'les') || !ACCOUNT_AGGREGATES.has(subject.phrase.noun)) return false;
  return !prev.items.some((it) => it.kind === 'word' && sameNoun(it.f, subject.phrase.noun));
}

/**
 * The one amount of the earlier sentences in reach (`near`) written « A de N » whose noun N the sentence names before
 * item `before`: « 6 120 tonnes d’ordures » for « le ratio d’ordures … s’établit à … ». Null when none or several.
 */
function amountOfNounNamed(s: number, sentences: readonly Sentence[], amounts: readonly Amount[], before: number, near: (p: number) => boolean): Figure | null {
  const sent = sentences[s];
  const words = new Set<string>();
  for (let q = 0; q < before; q++) {
    const it = sent.items[q];
    if (it.kind === 'word' && it.f.length > 3) words.add(it.f);
  }
  let found: Figure | null = null;
  for (let p = s - 1; p >= 0 && p >= s - REACH && near(p); p--) {
    const { items } = sentences[p];
    // « 186 M€ d’aides …, dont 112 M€ d’aides découplées et 31 M€ d’aides couplées »: past « dont », the noun's amounts
    // are parts of the one before it, which is the noun's whole.
    let detail = false;
    let whole = false;
    for (let k = 0; k + 2 < items.length; k++) {
      const it = items[k];
      if (isWord(it, 'dont')) detail = true;
      const noun = items[k + 2];
      if (it.kind !== 'amount' || it.high !== undefined || !isWord(items[k + 1], 'de', "d'") || noun.kind !== 'word' || !words.has(noun.f)) continue;
      if (detail && whole) continue;
      if (found) return null;
      found = figureOf(amounts, it);
      whole = !detail;
    }
  }
  return found;
}

/** A noun of difference (« écart », « différence », « excédent ») among the five words before item k, in its clause. */
function differenceBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
    if (v.items[q].kind !== 'word') return false;
    if (has(v.cues[q], 'difference')) return true;
  }
  return false;
}

/** « Chaque enfant recevra un bon de 50 € »: « chaque » before the amount at k, in its clause. */
function eachOne(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') {
      if (isPunct(it, '.', ';', ':')) return false;
      continue;
    }
    if (it.f === 'chaque') return true;
  }
  return false;
}

/** « Pour une population de 612 000 habitants, elle correspond à 41,60 € par habitant »: a subject pronoun before the rate. */
function pronounBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0; q--) if (isWord(v.items[q], 'il', 'elle', 'ils', 'elles', 'cela')) return true;
  return false;
}

function firstWord(v: View): number {
  let k = 0;
  while (k < v.items.length && v.items[k].kind === 'punct') k++;
  return k;
}

/** A count read `m` times over: « 1 200 familles » for twelve months is 14 400 monthly payments. */
function times(q: Quantity, m: number): Quantity {
  return { ...q, value: q.value * m, lo: q.lo * m, hi: q.hi * m };
}

function product(a: Quantity, b: Quantity): Quantity {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), value: a.value * b.value, lo: a.lo * b.lo, hi: a.hi * b.hi };
}

/** « au taux de 3 % » with « intérêts » over one year: the rate as a fraction, to multiply the base by. */
function interestRate(v: View, percentages: readonly Percentage[]): Quantity | null {
  let rate: Quantity | null = null;
  let interest = false;
  let oneYear = false;
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    if (it.kind === 'percent' && isWord(v.items[k - 1], 'de') && isWord(v.items[k - 2], 'taux')) {
      if (rate) return null;
      const p = percentages[it.index];
      const i = percentInterval(p);
      rate = { start: p.start, end: p.end, value: p.value / 100, lo: i.lo / 100, hi: i.hi / 100 };
    }
    if (it.kind === 'word' && (it.f === 'interets' || it.f === 'interet')) interest = true;
    if (has(v.cues[k], 'yearly') || (isWord(it, 'premiere') && isWord(v.items[k + 1], 'annee'))) oneYear = true;
  }
  return rate && interest && oneYear ? rate : null;
}
