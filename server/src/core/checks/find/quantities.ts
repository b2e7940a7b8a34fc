// Counts written in the prose — what rates divide by or multiply with:
// « 2 millions d’habitants », « 1 600 communes », « cinq ans », « 2,3 millions
// de foyers ». Amounts and percentages are the recogniser's; these are the
// numbers it leaves as words. Read from a sentence's items, with the noun
// they count.

import { Quantity } from '../model';
import { Qualifier } from '../../types';
import { writtenInterval } from '../intervals';
import { Item, isPunct, isWord } from '../words';
import { Cue, has } from '../cues';

// A Map, not an object: a word such as « constructor » must not find Object.prototype's.
const SMALL: ReadonlyMap<string, number> = new Map(Object.entries({
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100, mille: 1000,
}));
export const SCALES: Record<string, number> = { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 };

/**
 * A number written in words, compounds included: « douze », « vingt-quatre », « soixante-dix », « quatre-vingt-dix »,
 * « vingt-et-un » (the hyphens of the 1990 spelling as well).
 */
function numberWord(f: string): number | undefined {
  const dash = f.indexOf('-');
  if (dash < 0) return SMALL.get(f);
  // Most hyphenated words are no number (« Saint-Omer », « c’est-à-dire »): only split one that starts with one.
  const single = SMALL.get(f);
  if (single !== undefined || !SMALL.has(f.slice(0, dash))) return single;
  let total = 0;
  let last = 0;
  for (const w of f.split('-')) {
    if (w === 'et') continue;
    const v = w === 'vingts' ? 20 : SMALL.get(w);
    if (v === undefined) return undefined;
    // « quatre-vingt »: a smaller number before « vingt » multiplies it.
    if (v === 20 && last > 0 && last < 20) {
      total += last * 19;
      last = last * 20;
    } else {
      total += v;
      last = v;
    }
  }
  return total;
}

/**
 * Number words in a row: « quatre cent vingt », « mille deux cent cinquante », « deux mille trois cents », « vingt et
 * un » (hyphenated compounds are one word each, read by numberWord). « mille » before a scale word (« mille
 * milliards ») is left to the scale.
 */
function wordsNumber(items: readonly Item[], k: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let small = 0;
  let q = k;
  let n = 0;
  while (q < items.length && n < 10) {
    const it = items[q];
    if (it.kind !== 'word') break;
    // « vingt et un », « soixante et onze ».
    if (it.f === 'et' && n > 0 && small === 0 && current % 10 === 0 && items[q + 1]?.kind === 'word' && isWord(items[q + 1], 'un', 'une', 'onze')) {
      q++;
      continue;
    }
    const v = it.f === 'cents' ? 100 : it.f === 'vingts' ? 20 : numberWord(it.f);
    if (v === undefined) break;
    if (v === 1000 && n > 0 && SCALES[(items[q + 1] as { f?: string })?.f ?? '']) break;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 20 && small >= 2 && small <= 19) current += small * 19; // « quatre vingt »
    else if (n > 0 && small > 0 && v < 10) break; // « deux trois » is no number
    else current += v;
    small = v < 20 ? v : 0;
    q++;
    n++;
  }
  if (n === 0) return null;
  return { value: total + current, next: q };
}

/** Determiners before a count that name the set the sentence speaks of: « les trois centres », « ces 12 communes ». */
const SET_DETERMINERS = ['les', 'ces', 'nos', 'ses', 'leurs', 'vos'];

/** Whether the count at item k follows a determiner of SET_DETERMINERS. */
export function namesTheSet(items: readonly Item[], k: number): boolean {
  return isWord(items[k - 1], ...SET_DETERMINERS);
}

export function isDigits(it: Item | undefined): boolean {
  if (!it || it.kind !== 'word' || it.f.length === 0) return false;
  for (let i = 0; i < it.f.length; i++) {
    const c = it.f.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Nouns of a role people hold (« 7 400 bénéficiaires »): they may count the people a rate or a count names otherwise. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(['beneficiaires', 'usagers', 'allocataires', 'participants', 'destinataires', 'laureats', 'inscrits', 'personnes']);

/** Units of time: « sur dix mois », « pendant 30 jours » count a duration, not things. */
export const TIME_UNITS = ['an', 'ans', 'annee', 'annees', 'exercice', 'exercices', 'mois', 'jour', 'jours', 'semaine', 'semaines', 'heure', 'heures', 'trimestre', 'trimestres', 'semestre', 'semestres'];

export interface ReadQuantity extends Quantity {
  /** Index of the first item after the number (and its scale word). */
  next: number;
  /** The folded noun counted, if one follows (« habitants », « ans »). */
  noun?: string;
  /** Item index of the noun. */
  nounAt?: number;
  /** A second noun joined by « et »: « 7 500 vitrines et locaux ». */
  also?: string;
  /** The value of one unit of the last digit as written, scale included (« 12,6 millions » → 100 000). */
  step: number;
  /** « plus de 3 000 », « près de 900 »: the words before the number make it a bound or a round figure. */
  bound?: Qualifier;
  /** « près de 2 400 », « environ 900 »: a round figure, which sums of counts read wider (countFigure). */
  hedged?: boolean;
}

/** The count starting at item k, if one does. */
/** Adverbs that may follow a bare count (« il n’en compte plus que 1 920 aujourd’hui »): no noun of the things counted. */
const ADVERBS_AFTER_COUNT: ReadonlySet<string> = new Set(["aujourd'", "aujourd'hui", 'desormais', 'dorenavant', 'actuellement', 'maintenant', 'encore', 'seulement', 'hier', 'demain', 'deja', 'toujours', 'alors']);

export function quantityAt(items: readonly Item[], k: number): ReadQuantity | null {
  const first = items[k];
  if (!first || first.kind !== 'word') return null;
  let value: number;
  let step: number;
  let q = k + 1;
  if (isDigits(first) && first.kind === 'word') {
    // A year is no count.
    if (first.f.length === 4 && (first.f.startsWith('19') || first.f.startsWith('20'))) return null;
    let text = first.f;
    // « 1 600 »: groups of three digits after a short first group. Five groups at most
    // (beyond, no count is meant, and reading on from every start would be quadratic).
    if (first.f.length <= 3) {
      while (q - k <= 5 && isDigits(items[q]) && (items[q] as { f: string }).f.length === 3 && items[q].start - items[q - 1].end <= 1) {
        text += (items[q] as { f: string }).f;
        q++;
      }
    }
    step = 1;
    value = Number(text);
    // « 2,3 millions »
    if (isPunct(items[q], ',') && isDigits(items[q + 1]) && items[q].start === items[q - 1].end) {
      const dec = (items[q + 1] as { f: string }).f;
      value = Number(text + '.' + dec);
      step = Math.pow(10, -dec.length);
      q += 2;
    }
  } else {
    // « un logement neuf », « dans du neuf »: the adjective, not nine.
    if (first.f === 'neuf' && newNotNine(items, k)) return null;
    // « à un peu plus de dix-huit milliards », « un tant soit peu »: « un » of an idiom, no one.
    if ((first.f === 'un' || first.f === 'une') && isWord(items[k + 1], 'peu', 'tant')) return null;
    const n = wordsNumber(items, k);
    if (n === null) return null;
    value = n.value;
    q = n.next;
    step = 1;
  }
  const scaleWord = items[q];
  if (scaleWord && scaleWord.kind === 'word' && SCALES[scaleWord.f]) {
    const f = SCALES[scaleWord.f];
    value *= f;
    step *= f;
    q++;
    // « deux millions et demi de repas »: half a unit of the scale more.
    if (isWord(items[q], 'et') && isWord(items[q + 1], 'demi', 'demie')) {
      value += f / 2;
      step = f / 2;
      q += 2;
    } else if (!isDigits(first) && f >= 1e6 && items[q]?.kind === 'word' && !isDigits(items[q])) {
      // « un million deux cent mille repas »: a number written in words goes on after its scale with what it adds.
      const more = quantityAt(items, q);
      if (more && more.value < f) {
        value += more.value;
        step = Math.min(step, more.step);
        q = more.next;
      }
    }
  }
  if (!Number.isFinite(value) || value <= 0) return null;
  // A single significant digit reads as two (« 2 millions » is 2,0 millions), as for amounts. A whole number of things
  // written out (« 18 agents », « 1 284 dossiers ») is exact: things are counted, not rounded to their last digit.
  const digits = Math.round(value / step);
  const half = step === 1 ? 0 : (digits < 10 ? step / 10 : step) / 2;
  const out: ReadQuantity = { start: first.start, end: items[q - 1].end, value, lo: value - half, hi: value + half, next: q, step };
  const bound = boundBefore(items, k);
  if (bound) {
    out.bound = bound;
    const within = writtenInterval(value, step, bound);
    out.lo = within.lo;
    out.hi = within.hi;
  }
  if (!bound && hedgedBefore(items, k)) out.hedged = true;
  let n = q;
  // « **7 420** licenciés »: emphasis closing after the number is no end of the count.
  while (n < q + 2 && isPunct(items[n], '*', '_')) n++;
  if (isWord(items[n], 'de', "d'")) n++;
  // « 3 920 de ces dossiers », « 40 de nos agents »: the noun after the determiner.
  if (n > q && isWord(items[n], 'ces', 'ses', 'leurs', 'nos', 'vos') && items[n + 1]?.kind === 'word') n++;
  // « 64 nouvelles caméras », « 12 autres communes »: an adjective French writes before the noun; the noun counts.
  const after = items[n + 1];
  if (n === q && isWord(items[n], ...PRENOMINAL) && after?.kind === 'word' && !isDigits(after) && !ARTICLE_OR_LINK.has(after.f)) n++;
  const noun = items[n];
  if (noun && noun.kind === 'word' && !isDigits(noun) && !ADVERBS_AFTER_COUNT.has(noun.f)) {
    out.noun = noun.f;
    out.nounAt = n;
    const other = items[n + 2];
    if (isWord(items[n + 1], 'et') && other && other.kind === 'word' && !isDigits(other)) out.also = other.f;
  }
  return out;
}

/** Adjectives written between a number and its noun (« 64 nouvelles caméras », « les 3 premiers lots »). */
const PRENOMINAL: readonly string[] = ['nouveau', 'nouveaux', 'nouvel', 'nouvelle', 'nouvelles', 'premiers', 'premieres', 'derniers', 'dernieres', 'autres', 'anciens', 'anciennes', 'futurs', 'futures', 'grands', 'grandes', 'petits', 'petites'];
const ARTICLE_OR_LINK: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'le', 'la', 'les', "l'", 'et', 'ou', 'a', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'dans', 'sont', 'ont', 'qui', 'que']);

/**
 * « plus de », « au moins », « moins de » right before the number at item k: a bound, not a count. (« environ »,
 * « près de » stay with the checks that read hedges, which widen them once.)
 */
function boundBefore(items: readonly Item[], k: number): Qualifier {
  const w1 = items[k - 1];
  if (!w1 || w1.kind !== 'word') return null;
  const w2 = items[k - 2];
  if (w1.f === 'moins' && isWord(w2, 'au')) return 'lower-bound';
  if (w1.f !== 'de' && w1.f !== "d'") return null;
  if (isWord(w2, 'plus') || (isWord(w2, 'dela', 'au-dela'))) return 'lower-bound';
  if (isWord(w2, 'moins')) return 'upper-bound';
  return null;
}

/** « près de », « environ », « quelque » right before the number at item k. */
function hedgedBefore(items: readonly Item[], k: number): boolean {
  return isWord(items[k - 1], 'environ', 'quelque') || (isWord(items[k - 1], 'de', "d'") && isWord(items[k - 2], 'pres'));
}

/** Words after which « neuf » may be the number nine (« les neuf communes », « soit neuf », « neuf sur dix » after a comma). */
const BEFORE_NINE = new Set(['les', 'des', 'de', "d'", 'sur', 'et', 'ou', 'soit', 'dont', 'ses', 'nos', 'vos', 'leurs', 'ces', 'aux', 'a', 'en', 'pour', 'par', 'plus', 'moins', 'environ', 'pres', 'quelque', 'que', "qu'", 'parmi', 'entre', 'avec', 'sont', 'ont', 'etaient', 'seront', 'compte', 'comptait', 'vingt', 'cent', 'mille', 'dix', 'soixante', 'quatre-vingt', 'quatre']);

/** « neuf » after a noun (« un logement neuf ») or after « du » (« du neuf ») is the adjective. */
function newNotNine(items: readonly Item[], k: number): boolean {
  const before = items[k - 1];
  if (!before || before.kind !== 'word') return false;
  return before.f === 'du' || !BEFORE_NINE.has(before.f);
}

/** Abbreviations of units, and the noun they stand for. */
const UNIT_WORDS: Record<string, string> = {
  kwh: 'kilowattheure', mwh: 'megawattheure', gwh: 'gigawattheure', twh: 'terawattheure', km: 'kilometre', t: 'tonne', ha: 'hectare',
  m2: 'metre carre', m: 'metre carre', h: 'heure', j: 'jour', an: 'an', annee: 'an', annees: 'an',
  // « 95 € la journée » over « 37 800 jours de renfort ».
  journee: 'jour', journees: 'jour',
  // Abbreviations of people counted in posts and tables: « 8 450 hab. », « 320 pers. », « 45 benef. ».
  hab: 'habitant', pers: 'personne', benef: 'beneficiaire', etab: 'etablissement', log: 'logement', lgts: 'logement', lgt: 'logement',
};

/**
 * Nouns that count the same people or things in public prose: a rate « par habitant » applies to « nos 24 000
 * administrés », an aid « par élève » to « 38 600 lycéens ». Each maps to the first noun of its group.
 */
const SAME_PEOPLE: readonly (readonly string[])[] = [
  // « 48 000 € par Français »: the country's inhabitants.
  ['habitant', 'administre', 'resident', 'concitoyen', 'francais'],
  // « 320 élèves, soit 350 € par enfant »: the pupils are the children; « 50 € par enfant … 6 840 jeunes en ont
  // bénéficié »: so are the young a youth scheme counts.
  ['eleve', 'lyceen', 'collegien', 'ecolier', 'enfant', 'jeune'],
  ['menage', 'foyer'],
  // « avec 6 ETP, soit 300 dossiers par agent »: full-time equivalents count agents, and instructors are agents.
  // « 9,5 équivalents temps plein »: the noun counted is « équivalents ».
  ['agent', 'etp', 'instructeur', 'equivalent'],
  // « 9 800 demandes …, soit 700 dossiers par agent »: an application is a file.
  ['dossier', 'demande'],
  // « 4 200 spectateurs le vendredi … Au total, 17 600 entrées »: an attendance is counted by entries as by spectators.
  ['spectateur', 'entree', 'festivalier'],
];
const PEOPLE: Record<string, string> = {};
for (const group of SAME_PEOPLE) for (const w of group) PEOPLE[w] = group[0];

function singular(w: string): string {
  if (UNIT_WORDS[w]) return UNIT_WORDS[w];
  // « français » is its own singular.
  if (PEOPLE[w]) return PEOPLE[w];
  if (w.endsWith('aux') && w.length > 4) return w.slice(0, -3) + 'al';
  if (w.endsWith('s') || w.endsWith('x')) w = w.slice(0, -1);
  return UNIT_WORDS[w] ?? PEOPLE[w] ?? w;
}

/** Nouns of people (« habitants », « élèves », « ménages », « agents »…): who a role (« bénéficiaire ») may be. */
export function isPeopleNoun(w: string): boolean {
  const one = singular(w);
  return PEOPLE[one] !== undefined || PEOPLE_KINDS.has(one);
}

/** A noun of people or of the role they play (« étudiants », « bénéficiaires »): those an aid is paid to. */
export function paidNoun(w: string): boolean {
  return isPeopleNoun(w) || ROLE_NOUNS.has(w);
}

/**
 * Other nouns of people an aid is paid to or a service counts, each its own kind (no synonyms of one another, unlike
 * the groups of SAME_PEOPLE): singular and folded.
 */
const PEOPLE_KINDS: ReadonlySet<string> = new Set([
  'etudiant', 'apprenti', 'stagiaire', 'salarie', 'patient', 'famille', 'senior', 'retraite', 'agriculteur', 'demandeur', 'chomeur',
  'benevole', 'licencie', 'adherent', 'locataire', 'proprietaire', 'parent', 'adulte', 'mineur', 'artisan', 'commercant', 'aidant',
  'doctorant', 'boursier', 'resident', 'voyageur', 'passager', 'visiteur', 'spectateur', 'lecteur', 'abonne', 'contribuable',
  // Staff paid for their time or their post.
  'enseignant', 'professeur', 'medecin', 'infirmier', 'infirmiere', 'soignant', 'volontaire', 'intervenant', 'animateur', 'educateur',
  'policier', 'gendarme', 'pompier', 'militaire', 'fonctionnaire', 'magistrat', 'chercheur', 'ingenieur', 'technicien', 'conseiller',
  'employe', 'ouvrier', 'vacataire', 'contractuel', 'saisonnier', 'formateur', 'tuteur', 'mediateur',
]);

/** « habitants » and « habitant », « locaux » and « local », « kWh » and « kilowattheure »: the same noun. */
export function sameNoun(a: string, b: string): boolean {
  return singular(a) === singular(b);
}

/** The key sameNoun compares: nouns with one key are the same noun. */
export function nounKey(w: string): string {
  return singular(w);
}

/** The count of things a lead-in announces (« sur quatre opérations », « quatre contributeurs »), 0 when none. */
export function countAnnounced(v: { items: readonly Item[]; cues: readonly (Cue | undefined)[] }): number {
  for (let k = 0; k < v.items.length; k++) {
    const q = quantityAt(v.items, k);
    if (q && q.noun && Number.isInteger(q.value) && q.value >= 2 && q.value <= 12 && !has(v.cues[q.nounAt!], 'years')) return q.value;
  }
  return 0;
}

/** Adjectives that pick some of the years counted, set between the number and its noun: « les cinq premières années ». */
/** Adjectives that pick some of the things between a count and its noun: « les trois premières années ». */
export const PICKING_ADJECTIVES: readonly string[] = ['premier', 'premiers', 'premiere', 'premieres', 'dernier', 'derniers', 'derniere', 'dernieres', 'prochain', 'prochains', 'prochaine', 'prochaines'];
const PICKING_YEARS = [...PICKING_ADJECTIVES, 'pleines', 'pleins'];

/** A whole number of years at item k (« trois ans », « 5 exercices », « cinq premières années »), or null. */
export function yearsCountAt(items: readonly Item[], cues: readonly (Cue | undefined)[], k: number): { q: ReadQuantity; nounAt: number } | null {
  const q = quantityAt(items, k);
  if (q === null || q.nounAt === undefined || q.value !== Math.round(q.value)) return null;
  const noun = isWord(items[q.nounAt], ...PICKING_YEARS) ? q.nounAt + 1 : q.nounAt;
  return has(cues[noun], 'years') ? { q, nounAt: noun } : null;
}

/** Nouns of an aid each beneficiary gets whole (« un forfait de », « une prime de »), not an envelope shared among them. */
export const INDIVIDUAL_AIDS: ReadonlySet<string> = new Set(['forfait', 'prime', 'cheque', 'bonus', 'allocation', 'indemnite', 'bourse', 'aide', 'gratification', 'pass', 'forfaits', 'primes', 'cheques', 'allocations', 'indemnites', 'bourses', 'aides']);

/**
 * « aide exceptionnelle de 150 € aux foyers allocataires », « une prime de 300 € à chaque apprenti »: an amount given as
 * an individual aid (the noun a few words before its « de ») to each of the people named right after it.
 */
export function individualAidTo(v: { items: readonly Item[] }, k: number): boolean {
  const { items } = v;
  if (!isWord(items[k - 1], 'de', "d'")) return false;
  let aid = false;
  for (let q = k - 2; q >= 0 && q >= k - 5 && !aid; q--) {
    const w = items[q];
    if (w.kind !== 'word') break;
    aid = INDIVIDUAL_AIDS.has(w.f);
  }
  return aid && (isWord(items[k + 1], 'aux') || (isWord(items[k + 1], 'a') && isWord(items[k + 2], 'chaque', 'tous', 'toutes')));
}
