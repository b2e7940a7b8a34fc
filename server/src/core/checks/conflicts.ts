// « figure-conflict »: one programme, fund, plan or body given two amounts
// that cannot both be right for the same thing and period (« le plan,
// doté de 1,5 Md€ » then « le plan et ses 1,2 Md€ »). A claim ties an amount
// to a name by the clause's structure, whatever the phrasing:
//   X, doté de A · X et ses A · X (A) · X bénéficie de A · X dispose d’un budget de A · X : A (a list item)
//   les A du X · Avec A en 2024, X … · Dans la limite de ses A, X … · Le budget du X s’élève à A
//   Ce plan de A · Cette enveloppe de A (the name claimed just before)
// The name is a known one (knowledge base, glossary, or defined by the
// document), or a noun phrase the document repeats (« le fonds régional
// d’aide à la presse »). Each claim carries its period (a year, « par an »),
// its scope (« sur cinq ans », « 2023-2027 ») and its purpose (« pour les
// routes »): claims that differ in any never conflict. A clause that states
// another basis (a part, a stage, a revision, AE/CP) makes no claim: when in
// doubt, stay silent.

import { Amount, Check, EntityMention, Finding, Fix } from '../types';
import { rewriteAmount } from './restyle';
import { applyEdits } from './judge/sums';
import { Translate } from '../messages';
import { Section, Table, indexAt } from '../structure';
import { Sentence, firstIndex } from './sentences';
import { Figure, figureOf } from './model';
import { disjoint, finite, slackFor } from './intervals';
import { quote } from './describe';
import { has } from './cues';
import { TIME_UNITS, quantityAt } from './find/quantities';
import { FIGURE_LEAD, Item, MONTHS, foldString, foundingYearAt, isPunct, isWord, itemize, lowerBound } from './words';
import { View, rejectedBefore } from './find/region';
import { ALIAS, HEAD, HEADS, NOT_STANDING, Referents, headOf, isCapitalised } from './referents';
import { afterFrontedClause } from './reach';
import { isAcronym, spelledOut } from './acronyms';

export const FIGURE_CONFLICT = 'figure-conflict';

/** A name and the amount one sentence attaches to it: what a figure conflict compares. */
export interface Claim {
  mention: EntityMention;
  figure: Figure;
  /** The period the amount is for: « y2024 », « yearly », « now » (« cette année »), '' when none is said. */
  period: string;
  /** The span the amount covers: « 5 » for « sur cinq ans », « 2023-2027 »; '' when none is said. */
  scope?: string;
  /** What the amount is for (« routes »), '' when the sentence does not say. */
  purpose?: string;
  /** The budget or tax basis the clause names (AE or CP, HT or TTC), '' when none. */
  basis?: string;
  /** A name the document only repeats (no entry): compared within the document, never across files. */
  local?: boolean;
  /** The kind noun the name was written with (« fonds » for « le fonds régional X »), for a later « le fonds » (HEAD). */
  head?: string;
  /** « Les 480 M€ du fonds X »: the amount written as the thing's known one; with no period of its own, it has the first one's. */
  definite?: boolean;
  /** The amount is written as one already known (« des 52 M€ »): a claim only if the name was given an amount before. */
  anaphoric?: boolean;
  /**
   * The amount is also a part of a whole the document breaks down (« la région pilote 1,12 Md€ : FEDER : 640 M€ … »):
   * the name's share of something, compared within the document only, never with its reference amounts or other files.
   */
  portion?: boolean;
  /**
   * The sentence confines the amount to one territory (« dans le département », « localement »): a national
   * programme's local share, never its reference amount.
   */
  territorial?: boolean;
  /** The sentence says the amount is the whole country's (« au niveau national »): never compared with a territory's. */
  national?: boolean;
  /** A title's one amount (titleClaim): the folded words of the title, to find the name it gives the amount to. */
  title?: readonly string[];
  /**
   * A thing named by its kind noun alone (see bareHead): `introduces` for « un plan de 800 M€ », which starts a new
   * thing of that kind, `takesUp` for « Le plan, doté de … », the latest one introduced. Resolved document-wide.
   */
  bare?: 'introduces' | 'takesUp';
  /** « le Plan vélo départemental »: the known name's id, when a territory's adjective made the claim the document's own. */
  ownOf?: string;
  /**
   * « une subvention de 2,7 M€ au titre du Fonds vert »: an amount the thing gives to another (a grant from a fund), not
   * the thing's own. Never a first amount nor compared as one; a later « les 3,4 M€ du Fonds vert », which presupposes
   * an amount said of it, is checked against these.
   */
  contribution?: boolean;
  /**
   * « les 124 000 € d’études financés par le programme X »: an amount written as known that the name gave. Checked
   * against what the name was said to grant (contribution), never taken as the name's own amount.
   */
  grantKnown?: boolean;
  /**
   * « La LPM consacre 4,2 Md€ au programme X », « la fondation a alloué 340 000 € au programme X »: what one giver puts
   * into the thing. Its whole when the document names one such amount for it; with several (several givers, or one
   * giver's years), none is the whole and all are set aside.
   */
  received?: boolean;
  /** The claim's sentence writes a year, though not as the amount's (« … seront soutenus en 2025 »). */
  yearInSentence?: boolean;
  /**
   * The amounts of the sentence that gave the name this amount (« doté de 3,2 M€ en 2023, … portée à 4 M€ pour
   * 2024 »): amounts the text said of the thing in another frame, which « les 4 M€ du plan » may take up.
   */
  alongside?: readonly Figure[];
}

/** Words that may sit between a name and the words that attach an amount to it. */
const GLUE = new Set([
  'de', "d'", 'du', 'un', 'une', 'et', 'au', 'a', 'est', 'sera', 'etait', 'ete', "s'", 'se', 'avec', 'qui', "l'", 'le', 'la', 'les', 'ses', 'sa', 'son',
  'leur', 'leurs', 'pres', 'plus', 'moins', 'environ', 'quelque', "jusqu'", 'd', 'doit', 'devrait', 'va', 'vont', 'pour', 'en', 'ont', 'donc',
  'ainsi', 'desormais', 'aujourd', "aujourd'hui", 'hui', 'deja', 'encore', 'toujours',
  // « X, financé à hauteur de 780 000 € »: the word that attaches comes after.
  'finance', 'financee', 'finances', 'financees', 'abonde', 'abondee', 'abondes', 'abondees',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier',
  // « Le Pacte X, lancé en janvier 2024 et doté de 730 M€ »: when the thing was set up, then its amount.
  'lance', 'lancee', 'cree', 'creee', 'instaure', 'instauree', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout',
  'septembre', 'octobre', 'novembre', 'decembre',
  // « Le plan vélo départemental, doté de … »: the adjective of a territory after a name.
  'departemental', 'regional', 'municipal', 'communal', 'intercommunal', 'national', 'metropolitain', 'local', 'territorial', 'academique',
]);
/** Nouns that name a moment of something (« la fin de l’année »): after « pour », when, not what for. */
const MOMENT_NOUNS = ['fin', 'debut', 'milieu', 'lendemain', 'veille'];
/** Nouns of a span of time: « pour la période … » is no purpose. */
const TIME_NOUNS = ['periode', 'annee', 'exercice', 'duree', 'mandature', 'legislature', 'decennie', 'quinquennat', 'programmation', 'saison', 'session', 'campagne'];
/** Verbs by which a body adopts its own budget: the budget noun after them attaches its amount to the body. */
const GIVES = new Set(['vote', 'votent', 'adopte', 'adoptent', 'arrete', 'arretent', 'presente', 'presentent', 'prevoit', 'prevoient', 'prevoyait']);

/**
 * Verbs by which a body hands out its own envelope to whom it names first (« le FIPD attribue au département une
 * enveloppe de 642 000 € »): the envelope is the body's amount for that document, as « le FIPD est doté de » would say.
 */
const ALLOTS = new Set(['attribue', 'attribuent', 'alloue', 'allouent', 'accorde', 'accordent', 'octroie', 'octroient', 'reserve', 'reservent', 'consacre', 'consacrent']);

/** A noun of a whole that attaches an amount (« budget », « enveloppe ») within the three words after item q. */
function attachNounAhead(v: View, q: number): boolean {
  return attachNounWithin(v, q, 3) >= 0;
}

/**
 * The index of a whole's noun that attaches an amount, within `reach` words after item q and before any figure or
 * punctuation, or -1. Words of distribution (« chaque », « par ») make it one recipient's share, not the whole.
 */
function attachNounWithin(v: View, q: number, reach: number): number {
  for (let p = q + 1; p < v.items.length && p <= q + reach; p++) {
    const it = v.items[p];
    // (« aux communes rurales une enveloppe de … »: one group among others the body serves, a part of its whole.)
    if (it.kind !== 'word' || it.f === 'chaque' || it.f === 'par' || it.f === 'aux') return -1;
    if (has(v.cues[p], 'attach') && has(v.cues[p], 'whole-noun')) return p;
  }
  return -1;
}

const POSSESSIVES = new Set(['ses', 'sa', 'son', 'leurs', 'leur']);
/** Possessive determiners: « notre engagement », « leur soutien ». */
const OWNERS = new Set([...POSSESSIVES, 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes']);
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'de', "d'", 'au', 'aux', 'a']);
/** Auxiliaries and common verbs that end a noun phrase. */
const VERBS = new Set([
  'vote', 'votent', 'adopte', 'adoptent', 'lance', 'lancent', 'presente', 'presentent', 'annonce', 'annoncent', 'nous', 'vous', 'permet',
  'est', 'sont', 'sera', 'seront', 'etait', 'etaient', 'ont', 'aura', 'auront', 'doit', 'doivent', 'peut', 'peuvent', 'va', 'vont', 'fait', 'font',
  'reste', 'restent', 'devient', 'permet', 'permettent', 'vise', 'visent', 'soutient', 'soutiennent', 'accompagne', 'accompagnent', 'prevoit',
  'prevoient', 'intervient', 'interviennent', 'rendra', 'rend', 'seront', 'reunit', 'reunissent', 'rassemble', 'rassemblent', 'couvre', 'cible', 'ciblent',
  'concerne', 'touche', 'touchent',
  // Verbs of the plural present that follow an amount's subject: « les 0,35 milliard du Pacte marquent une rupture ».
  'marquent', 'financent', 'restent', 'portent', 'constituent', 'concernent', 'couvrent', 'montrent', 'traduisent', 'temoignent', 'illustrent',
  'confirment', 'permettront', 'serviront', 'iront', 'beneficient', 'completent', 's\'ajoutent', 'ajoutent', 'proviennent', 'viennent',
  // The conditional and the infinitives of « être » and « avoir »: « les 52 M€ du fonds devraient être engagés ».
  'devrait', 'devraient', 'pourrait', 'pourraient', 'serait', 'seraient', 'aurait', 'auraient', 'etre', 'avoir',
  // The subjunctive after « pour que », « afin que »: « pour que les 21 M€ du fonds X soient engagés ».
  'soient', 'aient', 'puisse', 'puissent',
]);
function isYear(it: Item | undefined): string | null {
  if (!it || it.kind !== 'word') return null;
  const f = it.f;
  const year = (s: string) => s.length === 4 && (s.startsWith('19') || s.startsWith('20')) && !Number.isNaN(Number(s));
  if (year(f)) return f;
  const dash = f.indexOf('-');
  if (dash > 0 && year(f.slice(0, dash))) return f;
  return null;
}

/** The clause of item k: between the nearest `,` `;` `:` (or the sentence's ends) on each side. */
function clauseAround(items: readonly Item[], from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !isPunct(items[a - 1], ',', ';', ':')) a--;
  let b = to + 1;
  while (b < items.length && !isPunct(items[b], ',', ';', ':', '.')) b++;
  return [a, b];
}

/** Whether `it` lies inside one of `spans` (sorted by start, not nesting): the last span starting at or before it. */
function withinSorted(spans: readonly { start: number; end: number }[], it: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= it.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && it.end <= spans[lo - 1].end;
}

interface When {
  period: string;
  scope: string;
}

/**
 * When the amount at item k applies: a year of its clause (« 2 Md€ en 2023 ») or the one year the sentence names;
 * « par an » makes it yearly, « cette année » the document's year; « sur cinq ans » or « 2023-2027 » its scope.
 */
function whenOf(v: View, k: number, name?: { start: number; end: number }, clauseOnly = false, others: readonly { start: number; end: number }[] = []): When {
  const { items, cues } = v;
  // « Friches 2030 », « au titre de France 2030 »: a year inside a name of the sentence (the claim's or another's, in
  // text order: a binary search, whatever the number of names) says nothing of when the amount is for.
  const inName = (q: number) => (name !== undefined && items[q].start >= name.start && items[q].end <= name.end) || withinSorted(others, items[q]);
  let year = '';
  let yearly = false;
  let scope = '';
  const read = (a: number, b: number, years: Set<string>) => {
    // « …, contre 110 000 en 2024 »: a year after a comparison dates the compared figure, up to the next comma.
    let compared = false;
    for (let q = a; q < b; q++) {
      if (has(cues[q], 'comparison')) compared = true;
      else if (isPunct(items[q], ',', ';', '.', ')')) compared = false;
      if (compared) continue;
      // « d’ici 2027 », « depuis 2020 », « jusqu’en 2030 »: a horizon, not the year the amount is for.
      // « avant la fin de 2026 », « courant 2026 »: a deadline too.
      const horizon =
        isWord(items[q - 1], 'ici', 'depuis', 'avant', 'apres', 'horizon', 'fin', 'courant', 'au-dela') ||
        (isWord(items[q - 1], 'de', "d'") && isWord(items[q - 2], 'au-dela', 'dela')) ||
        (isWord(items[q - 1], 'en', 'a') && isWord(items[q - 2], "jusqu'", 'ici')) ||
        (isWord(items[q - 1], 'de', "d'") && isWord(items[q - 2], 'fin', 'debut', 'courant'));
      // « Présenté en mai 2023 », « le 4 avril 2024 »: a date, not the year an amount is for.
      const dated = isWord(items[q - 1], ...MONTHS);
      // « Lancé en 2018, le plan … »: the year the thing was founded, not the year its amount is for.
      const founded = foundingYearAt(items, q);
      // « les incendies de 2022 », « la crise de 2008 »: a year after « de » dates the noun before it; only a whole's
      // noun (« le budget de 2025 ») or a year's (« l’exercice de 2024 ») passes it on to the amount.
      const ofAnEvent = isWord(items[q - 1], 'de', "d'") && items[q - 2]?.kind === 'word' && !has(cues[q - 2], 'whole-noun') && !isWord(items[q - 2], ...TIME_NOUNS);
      const y = inName(q) || horizon || dated || founded || ofAnEvent ? null : isYear(items[q]);
      if (y && y.includes('-')) scope = y;
      else if (y) years.add(y);
      // « engagés par tranches annuelles »: how the whole is paid, not an amount per year.
      const instalments = isWord(items[q - 1], 'tranche', 'tranches', 'versements', 'echeances');
      // « 3 M€ par an », « 3 M€ annuels »: after the amount, a yearly word is its own only close by — « les 380 M€ du PLR
      // ne font l’objet d’aucune programmation annuelle » qualifies another noun.
      const own = q <= k + 4;
      if (own && ((has(cues[q], 'yearly') && !instalments) || (isWord(items[q], 'chaque') && isWord(items[q + 1], 'annee')))) yearly = true;
      if ((has(cues[q], 'duration') || isWord(items[q], 'sur')) && has(cues[q + 2], 'years')) scope = (items[q + 1] as { f?: string }).f ?? '';
      // « l’enveloppe quinquennale », « un plan triennal »: as many years as « sur cinq ans ».
      const span = items[q].kind === 'word' ? SPAN_ADJECTIVES[(items[q] as { f: string }).f] : undefined;
      if (span) scope = span;
    }
  };
  const [a, b] = clauseAround(items, k, k);
  const near = new Set<string>();
  read(a, b, near);
  if (near.size === 1) year = [...near][0];
  // A clause that gives its own span (« sur la période 2023-2027 ») is not dated by a year elsewhere in the sentence.
  else if (near.size === 0 && !scope) {
    const all = new Set<string>();
    // A definite amount reads only up to its clause's end: « En 2024, les 52 M€ du fonds … » is dated; « Les 24 M€ du
    // plan ne sont pas un plafond, …, évoquant un avenant en 2026 » is not.
    read(0, clauseOnly ? b : items.length, all);
    if (all.size === 1) year = [...all][0];
  }
  let period = year ? 'y' + year : '';
  // « cette année »: the year the document speaks of, matched with a claim that names it (see judgeClaims).
  if (!period) for (let q = 0; q + 1 < items.length; q++) if (isWord(items[q], 'cette') && isWord(items[q + 1], 'annee')) period = 'now';
  if (yearly) period += period ? ' yearly' : 'yearly';
  return { period, scope };
}

function amountNear(items: readonly Item[], k: number): boolean {
  for (let q = Math.max(0, k - 3); q <= k + 3 && q < items.length; q++) if (items[q].kind === 'amount') return true;
  return false;
}

/** The comma that closes an apposition opening with the comma at `comma` (no figure, at most 32 items), or -1. */
function appositionEnd(items: readonly Item[], comma: number): number {
  for (let r = comma + 1; r < items.length && r <= comma + 32; r++) {
    const x = items[r];
    if (x.kind === 'amount' || x.kind === 'percent' || isPunct(x, ';', ':', '.', '(')) return -1;
    // « X, signé entre la métropole, la Région et l’État, représente … »: a comma before an article joins a list inside
    // the apposition; the one that closes it comes before the main clause's verb.
    if (isPunct(x, ',') && !isWord(items[r + 1], 'la', 'le', 'les', "l'")) return r;
  }
  return -1;
}

/** « 480 M€ du fonds X », « 420 M€ du plan « Mobilités 2030 » »: the name right after the amount and « du » (and its kind noun). */
function ofTheName(items: readonly Item[], amountAt: number, nameAt: number): boolean {
  if (nameAt <= amountAt || nameAt > amountAt + 4) return false;
  const of = (k: number) => isWord(items[k], 'du', 'de', 'des', "d'", 'la', "l'");
  // « les 920 M€ du programme « Compétitivité des territoires » »: the quotes opening the name stand between.
  let n = nameAt;
  while (n > amountAt + 1 && isPunct(items[n - 1], '«', '"', '“')) n--;
  const head = items[n - 1];
  return of(n - 1) || (head?.kind === 'word' && HEADS.has(head.f) && of(n - 2));
}

/** « les 75 M€ prévus », « les 12 M€ votés »: a definite amount at the budget's first stage, the whole planned. */
function plannedWhole(v: View, at: number): boolean {
  const c = v.cues[at + 1];
  if (!isWord(v.items[at - 1], 'les', 'ces')) return false;
  // « les 15 M€ consacrés à « Toits solidaires » »: a participle of allocation gives the whole to what follows.
  if (has(c, 'allocation') && !has(c, 'stage') && isWord(v.items[at + 2], 'a', 'au', 'aux')) return true;
  return has(c, 'stage') && c!.rank === 1;
}

/** « les crédits du X », « le budget de l’X »: a definite noun of a whole right before the name's « du » at item b. */
function wholeNounBefore(v: View, b: number): boolean {
  const { items, cues } = v;
  return isWord(items[b], 'du', 'de', "d'", 'des') && (has(cues[b - 1], 'whole-noun') || has(cues[b - 1], 'sum-noun')) && isWord(items[b - 2], 'les', 'le', 'la', "l'");
}

/**
 * An amount written as the thing's own, whole: « les 45 M€ du plan X », « les 75 M€ prévus par le plan », « X et ses
 * 1 080 M€ », « X, dont les 58 M€ ne pourront être consommés ». What the verb then says (a stage, a year) is said of
 * that whole, and the amount has the period and purpose the thing was first given.
 */
function ownAmount(v: View, at: number, nameAt: number): boolean {
  const { items } = v;
  // « les crédits du FDST, soit 5,5 M€ »: the name's whole restated.
  if (isWord(items[at - 1], 'soit') && isPunct(items[at - 2], ',') && nameAt < at) {
    let b = nameAt - 1;
    while (b >= 0 && isPunct(items[b], '«', '"', '“')) b--;
    if (wholeNounBefore(v, b)) return true;
  }
  // Before a number, « des » is « de les »: « l’intégralité des 42 M€ du fonds X » (not « la moitié des … »).
  // « l’usage des 210 M€ du plan X », « le détail des … »: after a noun that takes the whole, not a portion of it.
  const all = isWord(items[at - 1], 'des') && (isWord(items[at - 2], 'integralite', 'totalite', 'usage', 'emploi', 'detail', 'repartition', 'ventilation', 'utilisation', 'affectation'));
  // « Grâce aux 950 000 € du fonds X »: before a number, « aux » is « à les », as definite.
  if ((all || isWord(items[at - 1], 'les', 'ces', 'aux')) && (ofTheName(items, at, nameAt) || plannedWhole(v, at))) return true;
  if (nameAt > at && definiteAmountLeadingTo(v, introducerBefore(v, nameAt)) === at) return true;
  if (nameAt >= at) return false;
  return isWord(items[at - 1], 'ses') || (isWord(items[at - 1], 'les') && isWord(items[at - 2], 'dont'));
}

/**
 * « versée aux communes membres s’élève à »: a participle of paying or allotting right after a name, with whom it goes
 * to (three words at most), then a word that attaches an amount: the index of that word, or -1.
 */
function participleToWhom(v: View, q: number): number {
  const { items, cues } = v;
  if (!(has(cues[q], 'stage') || has(cues[q], 'allocation')) || !isWord(items[q + 1], 'a', 'au', 'aux')) return -1;
  for (let p = q + 2; p < items.length && p <= q + 5; p++) {
    if (items[p].kind !== 'word') return -1;
    // (« attribue aux communes une enveloppe de … »: a verb, not a participle, whose object is a share of the whole.)
    if (has(cues[p], 'attach')) return has(cues[p], 'whole-noun') ? -1 : p;
  }
  return -1;
}

/** The first item after the name, past an acronym in brackets that restates it (« … communautaire (DSC) »). */
function firstAfterName(items: readonly Item[], mention: { end: number }): number {
  let k = 0;
  while (k < items.length && items[k].start < mention.end) k++;
  if (isPunct(items[k], '(') && items[k + 1]?.kind === 'word' && isPunct(items[k + 2], ')')) k += 3;
  return k;
}

/**
 * Whether the clause that holds the name and the amount speaks of something else than the whole amount: a part
 * (« volet », « notamment »), a stage (« engagés »), an addition, another basis, a revision or comparison near a figure.
 */
function otherBasis(v: View, mention: EntityMention, amountAt: number, end = Infinity): boolean {
  const { items, cues } = v;
  // « 52 M€ des 168 M€ du plan X avaient été mandatés »: the stage is the part's; the amount after « des » is the whole.
  if (isWord(items[amountAt - 1], 'des') && items[amountAt - 2]?.kind === 'amount') return false;
  const nameAt = itemAt(v, mention.start);
  const [a, clauseEnd] = clauseAround(items, Math.min(nameAt, amountAt), Math.max(nameAt, amountAt));
  const b = Math.min(clauseEnd, end);
  // « Avec ses 5,8 M€ de budget, l’ALEC se hisse parmi les premières agences »: the amount of a fronted clause takes no
  // basis from what the main clause goes on to say of the name — unless it says the amount changed (« a vu son
  // enveloppe portée à 47 M€ »).
  let fronted = false;
  for (let k = amountAt + 1; k < nameAt; k++) if (isPunct(items[k], ',')) fronted = true;
  let wholly = false;
  for (let k = a; k < b; k++) if (isWord(items[k], 'integralement', 'entierement', 'totalement', 'integralite', 'totalite')) wholly = true;
  // « Les 650 000 € du fonds X seront attribués », « les 2,6 M€ apportés par le Département au FSL »: the definite
  // article names the thing's amount as a whole, whatever stage the verb then speaks of.
  if (ownAmount(v, amountAt, nameAt)) wholly = true;
  // « Le plan X, voté par l’assemblée en 2022, est doté de … »: what the apposition after the name says is no basis.
  let skipFrom = -1;
  let skipTo = -1;
  for (let k = nameAt; k < amountAt && k < items.length; k++) {
    if (items[k].start < mention.end) continue;
    if (isPunct(items[k], ',')) {
      skipFrom = k;
      skipTo = appositionEnd(items, k);
    }
    if (!isPunct(items[k], '»', '"', '”', '*', '_')) break;
  }
  for (let k = a; k < b; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    if (k > skipFrom && k < skipTo) continue;
    if (it.start >= mention.start && it.end <= mention.end) continue;
    // « Programme « X » : 28 M€ »: the name's kind noun is no basis word (« programme » also reads as « programmé »);
    // nor is the verb by which a body adopts its budget (« vote un budget de … ») or hands it out (ALLOTS).
    if (HEADS.has(it.f) || (GIVES.has(it.f) && attachNounAhead(v, k)) || (ALLOTS.has(it.f) && k > nameAt && attachNounWithin(v, k, 5) > 0)) continue;
    const c = cues[k];
    if (fronted && k > nameAt && !((has(c, 'comparison') || has(c, 'revision')) && amountNear(items, k))) continue;
    // « seront intégralement engagés », « l’intégralité des 9,2 M€ … sera engagée »: the whole amount will reach that
    // stage, it is no other stage's figure.
    if (has(c, 'stage') && wholly) continue;
    // « Avec 140 M€ programmés entre 2024 et 2030, le plan … »: the first stage (planned, voted, programmed) right after
    // the amount says it is the thing's whole as budgeted, no later stage of it.
    if (has(c, 'stage') && c!.rank === 1 && k === amountAt + 1) continue;
    // « La dotation de solidarité communautaire (DSC) versée aux communes s’élève à … »: a participle right after the
    // name, with whom it goes to, says what the thing is, not the stage its amount reached.
    if (has(c, 'stage') && k === firstAfterName(items, mention) && isWord(items[k + (c?.length ?? 1)], 'a', 'au', 'aux')) continue;
    // « L’assemblée a voté le Pacte littoral : 140 M€ »: a stage verb before the name has the name for its object.
    if (has(c, 'stage') && k < nameAt && nameAt < amountAt) continue;
    // « doivent permettre à chacun de prendre rendez-vous »: « chacun » says an amount is each one's only beside it
    // (« 2 M€ chacun ») or before the things counted (« à chacun des 80 lauréats »).
    if ((it.f === 'chacun' || it.f === 'chacune') && Math.abs(k - amountAt) > 1 && !isWord(items[k + 1], 'des', 'de')) continue;
    // « les 180 M€ du fonds seront répartis selon le risque de chaque département »: « chaque » well after the amount
    // says how the whole is shared, not that it is each one's (« 2 M€ chaque année » stands beside it).
    if (it.f === 'chaque' && k > amountAt + 2) continue;
    if ((it.f === 'chacun' || it.f === 'chacune') && isWord(items[k + 1], 'de') && items[k + 2]?.kind === 'word' && !isWord(items[k + 2], 'ces', 'nos', 'vos', 'leurs', 'ses')) continue;
    // « … 42 M€ d’investissements pour réaliser 260 km »: an infinitive after « pour » says what the amount is for, not
    // the stage it reached.
    if (has(c, 'stage') && isWord(items[k - 1], 'pour', 'de', "d'") && (it.f.endsWith('er') || it.f.endsWith('ir'))) continue;
    // « pour recruter des renforts et payer les heures supplémentaires »: so is one joined to it by « et ».
    if (has(c, 'stage') && isWord(items[k - 1], 'et') && (it.f.endsWith('er') || it.f.endsWith('ir')) && purposeBefore(items, k)) continue;
    // « Ce contrat de 241 M€ engage la collectivité », « … programme les travaux »: a stage verb whose object is no sum
    // binds or starts something; it says nothing of the stage the amount reached.
    if (has(c, 'stage') && k > amountAt && objectNotASum(v, k + (c?.length ?? 1))) continue;
    // « 1,2 M€ pour recruter des renforts et payer les heures supplémentaires »: after the amount, a word of addition is
    // its own only beside it or after its noun (« 2 M€ supplémentaires », « 2 M€ de crédits supplémentaires »).
    if (has(c, 'extra') && k > amountAt + 1 && !(k <= amountAt + 3 && isWord(items[amountAt + 1], 'de', "d'"))) continue;
    // « S’y ajoute l’enveloppe de 2,9 M€ consacrée à la DSC »: the thing is added to what the text listed before; its
    // own amount is whole.
    if (has(c, 'extra') && k < amountAt && isWord(items[k - 1], 'y', "s'")) continue;
    // « Elle ajoute que les 1,9 M€ du programme … »: a verb of speech before « que » adds nothing to the amount.
    if (has(c, 'extra') && isWord(items[k + 1], 'que', "qu'")) continue;
    // « le rapport relève que les 21 M€ du fonds … »: « relever que » notes, it raises nothing.
    if (has(c, 'revision') && isWord(items[k + 1], 'que', "qu'")) continue;
    // A tax or budget basis (HT, TTC, AE, CP) is no other figure: the claim carries it (basisOf) and is compared on it.
    // « une partie des 540 M€ du fonds »: a portion of the definite amount, which stays the thing's whole.
    const end = k + (c?.length ?? 1);
    if (has(c, 'partial') && isWord(items[end], 'des', 'de', 'du') && end + 1 === amountAt) continue;
    if (has(c, 'stage') || has(c, 'extra') || has(c, 'remainder') || has(c, 'partial') || has(c, 'basis')) return true;
    // « contre 1,5 Md€ en 2023 », « porté à 2 Md€ » speak of another figure; « par rapport à 2023 », « porte son taux à » do not.
    if ((has(c, 'comparison') || has(c, 'revision')) && amountNear(items, k)) return true;
    // « … seront versés en deux tranches »: of the whole amount, how it is paid.
    if (wholly && (it.f === 'tranche' || it.f === 'tranches')) continue;
    // « 3 ou 4 M€ »: an alternative between figures; « un rendez-vous médical ou de déclarer ses revenus » is none.
    if (it.f === 'ou' && amountNear(items, k)) return true;
    // « la première tranche de 2 M€ », « un volet de 3 M€ »: a portion named beside the amount, not « … en font la
    // première action du volet éducation » at the clause's end.
    // « redéployer une partie des 540 M€ du fonds »: a portion taken from the definite amount leaves it the whole.
    const ofTheAmount = isWord(items[k + 1], 'des', 'de', 'du') && k + 2 === amountAt;
    if ((it.f === 'volet' || it.f === 'tranche' || it.f === 'phase' || it.f === 'part' || it.f === 'partie' || it.f === 'rallonge') && !ofTheAmount && (Math.abs(k - amountAt) <= 4 || k < nameAt)) return true;
  }
  return false;
}

/** A definite article at item `at` and a noun after it that names no sum (« la collectivité », « les travaux »). */
function objectNotASum(v: View, at: number): boolean {
  const noun = v.items[at + 1];
  return isWord(v.items[at], 'le', 'la', 'les', "l'") && noun?.kind === 'word' && !has(v.cues[at + 1], 'sum-noun') && !has(v.cues[at + 1], 'whole-noun') && v.items[at + 2]?.kind !== 'amount';
}

/**
 * What the amount is for, when the sentence says it: the words after « pour » + a determiner or « au titre de »
 * (names aside; « pour accompagner… » is a goal, not a purpose). Different purposes (« 5 M€ pour les routes »,
 * « 3 M€ pour les écoles ») never conflict.
 */
function purposeOf(v: View, names: readonly EntityMention[], at: number, own = false): string {
  const { items } = v;
  const words: string[] = [];
  // The sentence's amounts nearest to `at` on either side: a « pour » past one of them, seen from `at`, is that amount's.
  let lastBefore = -1;
  for (let k = 0; k < at; k++) if (items[k].kind === 'amount') lastBefore = k;
  let nextAfter = at + 1;
  while (nextAfter < items.length && items[nextAfter].kind !== 'amount') nextAfter++;
  // « les 210 M€ du fonds restent en deçà des besoins, évalués à 1,2 Md€ pour les seuls logements »: the purpose is the
  // nearer amount's.
  for (let k = 0; k < nextAfter; k++) {
    const it = items[k];
    // « …, dont 4 M€ pour les appels à projets »: what a part is for is not what the whole is for.
    if (isWord(it, 'dont')) break;
    const opens =
      (isWord(it, 'pour') && isWord(items[k + 1], 'le', 'la', 'les', "l'", 'du', 'ses', 'son', 'sa', 'leur', 'leurs')) ||
      // « les 3,8 M€ du fonds … pour des projets plafonnés à 80 000 € »: after the thing's own amount, an indefinite
      // purpose says how it is used, not which of its amounts it is.
      (!own && isWord(it, 'pour') && isWord(items[k + 1], 'un', 'une', 'des')) ||
      (isWord(it, 'titre') && isWord(items[k - 1], 'au'));
    // « le fonds d’urgence pour les agriculteurs »: a « pour » inside a name is part of it. « pour la période
    // 2025-2027 », « pour l’année » say when, not what for (whenOf reads them).
    if (!opens || names.some((m) => it.start >= m.start && it.end <= m.end)) continue;
    if (isWord(items[k + 2], ...TIME_NOUNS)) continue;
    // « dispose de marges pour la fin de l’année », « pour le début des travaux »: a moment, not what the money is for.
    if (isWord(items[k + 2], ...MOMENT_NOUNS)) continue;
    // « au titre du FSRA »: the thing the amount is of, no purpose.
    if (isWord(it, 'titre') && names.some((m) => items[k + 2] && m.start <= items[k + 2].start && items[k + 2].start < m.end)) continue;
    // « 3 M€ pour les routes et 5 M€ pour les écoles », read from the second: « pour les routes » is the first's.
    if (k < lastBefore) continue;
    // « les 380 000 € du FAJ restent un filet de sécurité et il a annoncé des aides pour les apprentis »: past « et » and
    // a verb of its own, another predicate speaks.
    if (k > at && coordinatedPredicateBetween(items, at, k)) continue;
    // « fixée à 1,45 M€, qui permettra de financer des aides … pour les jeunes »: past a relative pronoun, the « pour »
    // completes what the relative clause says the money does, for the whole amount.
    if (k > at && relativeBetween(items, at, k)) continue;
    // « … disposera de 5,2 M€, « un effort sans précédent pour la filière » »: words quoted after the amount comment on
    // it; they say nothing of what it is for.
    if (k > at && quoteOpenBetween(items, at, k)) continue;
    // « Pour la vice-présidente chargée de la ruralité, les 4 M€ … »: whose view, not what for.
    if (has(v.cues[k + 2], 'speaker')) continue;
    // « seront engagés pour les deux tiers », « pour moitié »: how much, not what for.
    if (has(v.cues[k + 2], 'fraction') || quantityAt(items, k + 2) !== null) continue;
    // « … témoigne de notre engagement pour la jeunesse »: a « pour » that completes a possessed noun is that noun's.
    if (items[k - 1]?.kind === 'word' && OWNERS.has((items[k - 2] as { f?: string })?.f ?? '')) continue;
    // « un abri de 600 places pour les vélos »: a « pour » right after counted things says what they are for.
    if (countedBefore(items, k)) continue;
    // « pour un montant moyen de 400 € », « pour un coût total de … »: a figure's own noun, not a purpose.
    if (has(v.cues[k + 2], 'sum-noun') || has(v.cues[k + 2], 'whole-noun') || isWord(items[k + 2], 'cout', 'montant', 'total')) continue;
    const phrase: string[] = [];
    let q = k + 1;
    for (; q < items.length; q++) {
      const w = items[q];
      if (w.kind !== 'word' || VERBS.has(w.f)) break;
      if (names.some((m) => w.start >= m.start && w.end <= m.end)) continue;
      // « pour les 16-25 ans »: numbers and units of time say who or when, not what the amount is for.
      const numeric = w.f.charCodeAt(0) >= 48 && w.f.charCodeAt(0) <= 57;
      if (!ARTICLES.has(w.f) && !POSSESSIVES.has(w.f) && !isYear(w) && !numeric && !TIME_UNITS.includes(w.f) && w.f !== 'cette' && w.f !== 'annee') phrase.push(w.f);
    }
    // « M. Garnier, pour le groupe d’opposition, estime que les 8,5 M€ … »: a phrase set between commas before the
    // amount is said of the one it follows, not what the amount is for.
    if (q < at && isPunct(items[k - 1], ',') && isPunct(items[q], ',')) continue;
    words.push(...phrase);
  }
  return [...new Set(words)].sort().join(' ');
}

/** Whether a quotation opens between items `from` and `to` and is still open at `to`. */
function quoteOpenBetween(items: readonly Item[], from: number, to: number): boolean {
  let open = false;
  for (let q = from + 1; q < to; q++) {
    if (isPunct(items[q], '«', '“')) open = true;
    else if (isPunct(items[q], '»', '”')) open = false;
  }
  return open;
}

/** Articles and the like that make « a » the preposition « à », not the auxiliary (« et à la culture »). */
const AFTER_PREPOSITION_A = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'hauteur', 'titre', 'partir', 'compter']);

/** « et » followed by a verb (VERBS, or « a »/« ont » as an auxiliary) between items `from` and `to`: a second predicate. */
function coordinatedPredicateBetween(items: readonly Item[], from: number, to: number): boolean {
  // (A clause's reach: the look stays short however long the sentence.)
  for (let q = from + 1; q + 1 < to && q <= from + 40; q++) {
    if (!isWord(items[q], 'et')) continue;
    let r = q + 1;
    // (« et il a annoncé », « et, surtout, finance »)
    if (isWord(items[r], 'il', 'elle', 'ils', 'elles', 'on')) r++;
    const w = items[r];
    if (w?.kind !== 'word') continue;
    if (VERBS.has(w.f)) return true;
    if ((w.f === 'a' || w.f === 'ont') && items[r + 1]?.kind === 'word' && !AFTER_PREPOSITION_A.has((items[r + 1] as { f: string }).f) && r + 1 < to) return true;
  }
  return false;
}

/** « qui » after a comma between items `from` and `to` (a relative clause on the amount), within a clause's reach. */
function relativeBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let q = from + 1; q < to && q <= from + 40; q++) if (isWord(items[q], 'qui') && isPunct(items[q - 1], ',')) return true;
  return false;
}

/** A number written in digits among the three words before item k (« 600 places pour »). */
function countedBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    const it = items[q];
    if (it.kind !== 'word') return false;
    const c = it.f.charCodeAt(0);
    if (c >= 48 && c <= 57) return !isYear(it);
  }
  return false;
}

/** The bases the sentence names (AE, CP, HT, TTC as their lexicon values): amounts on different bases are different figures. */
function basisOf(v: View): string {
  const seen = new Set<number>();
  for (const c of v.cues) if (has(c, 'mixed-basis') && c!.value) seen.add(c!.value);
  return [...seen].sort().join(',');
}

/**
 * The basis of the amount at item k: of several the sentence names (« 110 M€ en autorisations d’engagement … et 85 M€
 * en crédits de paiement »), the one written right after it (or right before it); else the sentence's.
 */
function basisAt(v: View, k: number): string {
  const all = basisOf(v);
  if (!all.includes(',')) return all;
  for (let q = k + 1; q < v.items.length && q <= k + 5; q++) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ';', '.', ',')) break;
    const c = v.cues[q];
    if (has(c, 'mixed-basis') && c!.value) return String(c!.value);
  }
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ';', '.')) break;
    const c = v.cues[q];
    if (has(c, 'mixed-basis') && c!.value) return String(c!.value);
  }
  return all;
}

/** « pour » and an infinitive among the eight items before item k, in its clause: a purpose that « et » goes on with. */
function purposeBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 2; q >= 1 && q >= k - 8; q--) {
    const it = items[q];
    if (it.kind !== 'word') return false;
    if (isWord(items[q - 1], 'pour') && (it.f.endsWith('er') || it.f.endsWith('ir') || it.f.endsWith('re'))) return true;
  }
  return false;
}

/** The first word after offset `end` (before `limit`) starts with a capital: « Pass Culture | Territoires ». */
function capitalisedAfter(v: View, end: number, limit: number): boolean {
  const it = v.items[itemAt(v, end)];
  if (!it || it.start >= limit || it.kind !== 'word') return false;
  const c = it.raw.charAt(0);
  return c !== c.toLowerCase();
}

/** Where the words after a name start: past closing quotes and markup, and past an aside in brackets with no figure (« (ci-après le Fonds) », « (ANR) »). */
function pastName(items: readonly Item[], q: number): number {
  for (;;) {
    const it = items[q];
    // « le PAPI de la Vère, d’un montant de … »: the place a name is of, capitalised after « de », belongs to it.
    if (it && it.kind === 'word' && isWord(it, 'de', "d'", 'du', 'des')) {
      let c = q + 1;
      if (isWord(items[c], 'la', "l'", 'le', 'les')) c++;
      if (!isCapitalised(items[c])) return q;
      while (isCapitalised(items[c]) && c < q + 6) c++;
      q = c;
      continue;
    }
    if (!it || it.kind !== 'punct') return q;
    if ('»"”’\'*_'.includes(it.ch)) {
      q++;
      continue;
    }
    if (it.ch === '(') {
      let c = q + 1;
      while (c < items.length && !isPunct(items[c], ')') && items[c].kind === 'word') c++;
      if (isPunct(items[c], ')') && c - q <= 8) {
        q = c + 1;
        continue;
      }
    }
    // « (ANR) » read from inside: the name is the acronym itself.
    if (it.ch === ')' && isPunct(items[q - 2], '(')) {
      q++;
      continue;
    }
    return q;
  }
}

/** The item index of the first item starting at or after `offset`. */
function itemAt(v: View, offset: number): number {
  let lo = 0;
  let hi = v.items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nothing but the name's kind noun, an article, quotes or markup before item `at` in its sentence. */
function onlyLeadBefore(v: View, at: number): boolean {
  const { items, cues } = v;
  for (let q = firstIndex(items); q < at; q++) {
    const it = items[q];
    if (it.kind === 'punct' ? '«"“*_#'.includes(it.ch) : it.kind === 'word' && (ARTICLES.has(it.f) || HEADS.has(it.f) || has(cues[q], 'whole-noun'))) continue;
    return false;
  }
  return true;
}

/** Participles that give a thing its estimated cost before « à »: « estimé à », « évaluée à ». */
const COST_PARTICIPLES: ReadonlySet<string> = new Set(['estime', 'estimee', 'estimes', 'estimees', 'evalue', 'evaluee', 'evalues', 'evaluees', 'chiffre', 'chiffree', 'chiffres', 'chiffrees']);
/** Participles that set a budget's amount (« fixée à », « arrêté à », « portée à »), and those of cost. */
const SETTING_PARTICIPLES: ReadonlySet<string> = new Set([...COST_PARTICIPLES, 'fixe', 'fixee', 'fixes', 'fixees', 'arrete', 'arretee', 'arretes', 'arretees', 'porte', 'portee', 'portes', 'portees']);

/**
 * « Les 124 000 € d’études financés par le programme X », « ces 2 M€ apportés par le fonds »: a definite amount, a few
 * words of what it pays for, a participle of allocation, then « par » and the name — what the name gave.
 */
function grantedKnown(v: View, at: number, nameAt: number): boolean {
  const { items, cues } = v;
  if (nameAt <= at || !isWord(items[at - 1], 'les', 'ces')) return false;
  const by = introducerBefore(v, nameAt);
  if (!isWord(items[by], 'par') || by - at > 8) return false;
  for (let q = at + 1; q < by; q++) if (items[q].kind !== 'word') return false;
  // (Folded, « financés » is the noun « finances », which the lexicon leaves out: its accent tells the participle.)
  const participle = items[by - 1] as Item & { kind: 'word' };
  return (has(cues[by - 1], 'allocation') && !has(cues[by - 1], 'stage')) || /^financ[ée]e?s?$/i.test(participle.raw);
}

/** The word that introduces the name at item `nameAt` (« de la stratégie … », « du plan « Industrie verte » »): quotes, articles and a head noun aside. */
function introducerBefore(v: View, nameAt: number): number {
  const { items, cues } = v;
  let b = nameAt - 1;
  for (let skipped = 0; b >= 0 && skipped < 4; skipped++) {
    const w = items[b];
    if (isPunct(w, '«', '"', '“', '*', '_') || isWord(w, 'la', 'le', "l'", 'les')) b--;
    else if (w.kind === 'word' && (HEADS.has(w.f) || has(cues[b], 'whole-noun')) && isWord(items[b - 1], 'du', 'de', "d'", 'des', 'la', 'le', "l'", 'au', 'aux')) b--;
    else break;
  }
  return b;
}

/** The amount the sentence attaches to the name [start, end), and where it stands; null if the attachment is not unmistakable. */
export function attachedAmount(v: View, span: { start: number; end: number }, amounts: readonly Amount[], nextStart: number): { figure: Figure; at: number; direct?: boolean } | null {
  const { items, cues } = v;
  let k = pastName(items, itemAt(v, span.end));
  const b = introducerBefore(v, itemAt(v, span.start));
  const de = items[b];
  const at = (q: number) => ({ figure: figureOf(amounts, items[q] as Item & { kind: 'amount' }), at: q });
  // « Au total, le Département injectera 15 M€ dans ce plan vélo »: all that goes into the thing, said as a total.
  // (The demonstrative may open the name's own phrase: « ce plan vélo » read as one.)
  const into = isWord(de, 'ce', 'cet', 'cette') ? b - 1 : isWord(de, 'dans') && isWord(items[b + 1], 'ce', 'cet', 'cette') ? b : -1;
  if (into > 0 && isWord(items[into], 'dans') && items[into - 1]?.kind === 'amount' && (items[into - 1] as { high?: number }).high === undefined && anyTotal(v)) return at(into - 1);
  // After the name: « X, doté de 20 Md€ », « X et ses 12 Md€ », « X (20 Md€) », « X bénéficie de 45 M€ », « X : 1,6 Md€ »;
  // and « Le budget du X s’élève à A », where the name completes a whole's noun at the start of the sentence.
  let words = 0;
  // The whole's noun may carry a year (« le budget 2025 de l’ANIN ») and open the clause after a fronted one
  // (« Selon le rapport présenté en commission, le budget de l’ANIN est fixé à … »).
  // (« la dotation totale du fonds X »: an adjective of total may stand between the noun and « du ».)
  const noun = isYear(items[b - 1]) ? b - 2 : isWord(items[b - 1], 'total', 'totale', 'globale', 'global', 'initiale', 'initial') ? b - 2 : b - 1;
  // The subject of the main clause: a definite article and the noun right after the fronted clause's comma.
  // « La convention fixe l’enveloppe du FNAS à 7,1 Md€ »: a verb that sets a whole's noun to an amount.
  // « Il rappelle que la dotation totale du fonds X, fixée à 22 M€, … »: the subject of a clause after « que ».
  const opensClause = isWord(items[noun - 1], 'le', 'la', "l'", 'les') && (isPunct(items[noun - 2], ',') || isWord(items[noun - 2], 'fixe', 'fixent', 'arrete', 'arretent', 'porte', 'portent', 'maintient', 'maintiennent', 'que', "qu'"));
  // « La commission prend acte de la dotation 2025 du FAJ, fixée à 1,45 M€ »: wherever the noun stands, a participle
  // that sets it, in an apposition right after the name, gives the amount.
  const setAfter = isPunct(items[k], ',') && items[k + 1]?.kind === 'word' && SETTING_PARTICIPLES.has((items[k + 1] as { f: string }).f) && isWord(items[k + 2], 'a');
  let attach = isWord(de, 'du', 'de', "d'", 'des') && has(cues[noun], 'attach') && (noun <= firstIndex(items) + 3 || opensClause || (setAfter && isWord(items[noun - 1], 'le', 'la', "l'")));
  // « Le Département a doté le FAJ de 480 000 € », « … abonde le fonds de 2 M€ »: a verb that endows the thing, before it.
  if (isWord(de, 'dote', 'doter', 'dotera', 'doteront', 'abonde', 'abonder', 'abondera', 'reabonde') && isWord(items[k], 'de', "d'", 'a')) attach = true;
  // « la création d’un fonds d’urgence de 20 M€ »: a thing introduced with an indefinite article and its amount.
  if (isWord(items[itemAt(v, span.start) - 1], 'un', 'une') && isWord(items[k], 'de', "d'") && items[k + 1]?.kind === 'amount') attach = true;
  // « d’inscrire les crédits du FDST, soit 5,5 M€, au chapitre 204 »: the thing's whole, restated after « soit ».
  const wholeNamed = wholeNounBefore(v, b);
  // « X (A) » and a list item « X : A » name the amount of X even when it is also a part of a list.
  let direct = false;
  // A name inside a skipped apposition (« X, lancé par l’agence de l’eau, est doté de … ») bounds nothing.
  let bound = nextStart;
  for (let q = k; q < items.length; q++) {
    const it = items[q];
    if (it.end > bound) break;
    if (it.kind === 'percent') break;
    if (it.kind === 'amount') {
      if (!attach || it.high !== undefined) break;
      return { ...at(q), direct };
    }
    if (it.kind === 'punct') {
      // « Le fonds de solidarité pour le développement (FSD), alimenté par …, dispose de 738 M€ »: the acronym in
      // brackets is the name again; what follows it goes on as after the name.
      if (it.ch === '(' && q === k && items[q + 1]?.kind === 'word' && isPunct(items[q + 2], ')')) {
        q += 2;
        k = q + 1;
      } else if (it.ch === '(' && q === k) attach = direct = true;
      // A list item « Dotation … (DSIL) : 1,6 Md€ », a heading « Programme « Écoles numériques » : 28 M€ » give the name its amount.
      else if (it.ch === ':' && onlyLeadBefore(v, itemAt(v, span.start))) attach = direct = true;
      // « Le conseil a adopté le Pacte montagne : 310 M€ sur six ans »: the amount right after the name's colon.
      // (« - animation et suivi du plan : 0,3 M€ »: a name completing another noun is not what the colon prices.)
      else if (it.ch === ':' && q === k && items[q + 1]?.kind === 'amount' && !isWord(de, 'du', 'de', 'des', "d'")) attach = true;
      // « Le plan X, adopté par l’assemblée le 26 juin 2020, est doté de … »: an apposition with no figure, between two
      // commas right after the name, is skipped whole.
      else if (it.ch === ',' && words === 0 && !attach) {
        const close = appositionEnd(items, q);
        if (close > 0) {
          if (nextStart < items[close].end) bound = Infinity;
          q = close;
        }
      }
      // « le FDAV, « avec 2,1 M€ en 2025 », permettrait… »: quotes around the words that attach the amount.
      else if (it.ch !== ',' && !'«»"“”’*_'.includes(it.ch)) break;
      continue;
    }
    // « X, avec 1,9 Md€, … », « X, avec un budget de … »: « avec » gives the name what follows.
    // « La Maison des solidarités coûtera 4,7 M€ », « … est estimée à 4,7 M€ »: what the thing costs is its amount.
    // « L’opération, d’un coût de 7,8 M€ HT, … » likewise.
    const costs = (has(cues[q], 'result') && it.f.startsWith('cout')) || (COST_PARTICIPLES.has(it.f) && isWord(items[q + 1], 'a')) || (it.f === 'cout' && isWord(items[q - 1], 'un') && isWord(items[q - 2], "d'"));
    if (has(cues[q], 'attach') || POSSESSIVES.has(it.f) || it.f === 'forte' || it.f === 'fort' || it.f === 'avec' || costs) attach = true;
    // « le plan X, dont les 58 M€ ne pourront être consommés »: « dont » and a definite amount is the name's whole
    // (« dont 12 M€ pour … », with no article, is a part of it).
    else if (it.f === 'dont' && isWord(items[q + 1], 'les', 'ses') && items[q + 2]?.kind === 'amount') attach = true;
    else if (it.f === 'soit' && wholeNamed && q === k + 1) attach = true;
    // « Le Réseau Santé rurale, c’est 1,4 milliard d’euros »
    else if (it.f === "c'" && isWord(items[q + 1], 'est')) attach = true;
    else if (isYear(it)) continue;
    // Once a word attaches, the amount may follow a few words on (« dispose d’un budget de soutien de 540 M€ »). A verb
    // that gives a body its budget lets the noun after it attach (« l’office vote un budget 2025 de 3,4 M€ »).
    else if (!attach && ALLOTS.has(it.f) && attachNounWithin(v, q, 5) > 0) {
      // « attribue au département une enveloppe de … »: the recipient is skipped, even when it reads as a name of its
      // own; the noun attaches next.
      q = attachNounWithin(v, q, 5) - 1;
      bound = Infinity;
    } else if (!attach && q === k && participleToWhom(v, q) > 0) {
      // « La DSC versée aux communes membres s’élèvera à … »: what the thing is, then the verb that gives its amount.
      q = participleToWhom(v, q) - 1;
    } else if (!attach && !GLUE.has(it.f) && !(GIVES.has(it.f) && attachNounAhead(v, q))) break;
    if (++words > 10) break;
  }
  // « Le Pacte pour la ruralité soutiendra 300 communes grâce à ses 110 M€ »: the name opens the sentence, and « ses »
  // before an amount later in its clause is the name's own.
  if (itemAt(v, span.start) <= afterFrontedClause(items, firstIndex(items)) + 1) {
    for (let q = k; q < items.length && items[q].end <= bound; q++) {
      const it = items[q];
      if (isPunct(it, ';', '.', ':') || it.kind === 'percent') break;
      if (it.kind === 'amount') {
        if (isWord(items[q - 1], 'ses', 'son', 'sa') && it.high === undefined) return at(q);
        // « L’ALEC a clôturé l’exercice 2024 avec un budget de 6,4 M€ »: « avec » and a whole's noun give it to the subject.
        // « Le Plan Bocage prévoit 1 500 km de haies, pour un budget de 12 M€ », « Le pacte engage l’État … sur une
        // enveloppe de 110 M€ »: so do « pour » with a budget or an envelope, and « sur » with an envelope.
        const lead = items[q - 4];
        const noun = items[q - 2];
        const gives = isWord(lead, 'avec') || (isWord(lead, 'pour') && isWord(noun, 'budget', 'enveloppe')) || (isWord(lead, 'sur') && isWord(noun, 'enveloppe'));
        if (isWord(items[q - 1], 'de', "d'") && has(cues[q - 2], 'whole-noun') && isWord(items[q - 3], 'un', 'une') && gives && it.high === undefined) return at(q);
        break;
      }
    }
  }
  // Before the name: « les 20 Md€ du X », « les 12 Md€ de la stratégie X », « l’enveloppe de 2,6 M€ TTC du plan X ».
  const basisBefore = b >= 2 && items[b - 1]?.kind === 'word' && has(cues[b - 1], 'mixed-basis') && items[b - 2]?.kind === 'amount';
  if (isWord(de, 'du', 'de', "d'", 'des') && (basisBefore ? items[b - 2] : items[b - 1])?.kind === 'amount') {
    const a = basisBefore ? b - 2 : b - 1;
    // « l’enveloppe de A (HT|TTC) du X »: the whole's noun with its article names the amount as the thing's.
    if ((items[a] as { high?: number }).high === undefined && isWord(items[a - 1], 'de', "d'") && has(cues[a - 2], 'whole-noun') && isWord(items[a - 3], "l'", 'la', 'le', 'cette', 'cet', 'ce')) return at(a);
  }
  // « les 13 Md€ de l’enveloppe (quinquennale) du X »: a definite amount of the name's whole, one adjective allowed.
  if (isWord(de, 'du', 'de', "d'", 'des')) {
    let q = b - 1;
    if (items[q]?.kind === 'word' && !has(cues[q], 'whole-noun') && !has(cues[q], 'sum-noun')) q--;
    const fig = items[q - 3];
    if ((has(cues[q], 'whole-noun') || has(cues[q], 'sum-noun')) && isWord(items[q - 1], "l'", 'la', 'le') && isWord(items[q - 2], 'de', "d'") && fig?.kind === 'amount' && fig.high === undefined && isWord(items[q - 4], 'les', 'ces')) return at(q - 3);
  }
  // « les 5,3 M€ TTC de la Maison des solidarités »: a tax or budget basis may stand between the amount and « de ».
  const f = basisBefore ? b - 2 : b - 1;
  const fig = items[f];
  // « l’intégralité des 9,2 M€ du plan X »: before a number, « des » is « de les », as definite.
  // « comparable aux 45 M€ du plan X »: « aux » is « à les ».
  if (isWord(de, 'du', 'de', "d'", 'des') && fig && fig.kind === 'amount' && fig.high === undefined && isWord(items[f - 1], 'les', 'ses', 'ces', 'des', 'aux', 'au')) return at(f);
  // « les 150 M€ mobilisés cette année par le plan X », « 40 M€ apportés par le Fonds X »: a participle that gives
  // (not a budget stage: « versés par », « engagés par » say how far along, and stay with the stage checks).
  if (isWord(de, 'par')) {
    let given = false;
    // « les 75 M€ prévus par le plan »: the first stage (planned, voted) of a definite amount is the thing's whole.
    let planned = false;
    for (let q = b - 1, words = 0; q >= 0 && words < 5; q--) {
      const it = items[q];
      if (it.kind === 'amount') {
        if (it.high !== undefined) return null;
        if (planned) return isWord(items[q - 1], 'les', 'ces') ? at(q) : null;
        return given && !has(cues[q + 1], 'stage') ? at(q) : null;
      }
      if (it.kind !== 'word') break;
      if (has(cues[q], 'stage')) {
        if (cues[q]!.rank !== 1) break;
        planned = true;
      }
      if (has(cues[q], 'allocation') || has(cues[q], 'attach') || has(cues[q], 'origin')) given = true;
      words++;
    }
  }
  // « les 650 000 € prévus cette année pour le Fonds X », « les 2 M€ inscrits au budget pour le plan X »: a definite
  // amount planned for the name (the first stage) is its whole for that period.
  if (isWord(de, 'pour')) {
    for (let q = b - 1, words = 0; q >= 1 && words < 6; q--, words++) {
      const it = items[q];
      if (it.kind === 'amount') break;
      if (it.kind !== 'word' || it.f === 'par') break;
      const allots = has(cues[q], 'allocation') && !has(cues[q], 'stage');
      if (!allots && (!has(cues[q], 'stage') || cues[q]!.rank !== 1)) continue;
      const fig = items[q - 1];
      // « Avec 2,9 M€ mobilisés cette année pour le Fonds X, nous … » opening the sentence (or a quotation) gives it as
      // surely as a definite article.
      const opening = isWord(items[q - 2], 'avec') && (q - 2 === firstIndex(items) || isPunct(items[q - 3], '«', '"', '“'));
      if (fig?.kind === 'amount' && fig.high === undefined && (isWord(items[q - 2], 'les', 'ces') || opening)) return at(q - 1);
      break;
    }
  }
  // « Les 870 000 € consacrés au PRE », « les 4 M€ alloués à la stratégie X »: a definite amount that a participle of
  // allocation gives to the name is its whole (one giver named, « par la Région », makes it that giver's share); so is
  // one planned for it (« les 1,45 M€ inscrits au FAJ cette année »: the first budget stage).
  if (isWord(de, 'au', 'aux', 'a')) {
    for (let q = b - 1, words = 0; q >= 1 && words < 4; q--, words++) {
      const it = items[q];
      if (it.kind !== 'word' || it.f === 'par') break;
      const planned = has(cues[q], 'stage') && cues[q]!.rank === 1;
      if (!planned && (!has(cues[q], 'allocation') || has(cues[q], 'stage'))) continue;
      // « Les 380 000 € que nous consacrons cette année au plan X »: the amount, then a relative clause whose verb
      // allots it to the name.
      const relative = isWord(items[q - 1], 'nous', 'vous', 'ils', 'elles', 'il', 'elle', 'on') && isWord(items[q - 2], 'que', "qu'");
      const a = relative ? q - 3 : q - 1;
      const fig = items[a];
      // « Compte tenu des 2,9 M€ alloués au programme »: before a number, « des » is « de les ».
      // « Avec 3,8 M€ consacrés au fonds X, nous … » opening the sentence (or a quotation) gives it as surely.
      const opening = isWord(items[a - 1], 'avec') && (a - 1 === firstIndex(items) || isPunct(items[a - 2], '«', '"', '“'));
      // « l’enveloppe de 2 900 000 € consacrée à la dotation X »: the whole's noun with its article, as definite.
      const wholeNamed = isWord(items[a - 1], 'de', "d'") && has(cues[a - 2], 'whole-noun') && isWord(items[a - 3], "l'", 'la', 'le', 'cette', 'cet', 'ce');
      if (fig?.kind === 'amount' && fig.high === undefined && (opening || wholeNamed || isWord(items[a - 1], 'les', 'ces', 'des')) && !(items[a - 2]?.kind === 'amount') && !clauseHas(v, q, 'par')) return at(a);
      break;
    }
  }
  // « les 1,5 Md€ d’AE prévus pour 2026 au titre du fonds Vert », « les 112 M€ de crédits d’État du volet X »: a
  // definite amount whose complements, words of money and of the first budget stage only, lead to the name.
  const chained = definiteAmountLeadingTo(v, b);
  if (chained >= 0) return at(chained);
  // « Avec 3 300 M€ en 2024, le CNES … », « Grâce à un budget de 1,5 Md€, l’ANR … », « Dans la limite de ses 15 M€, le Fonds … », « Doté de 2 Md€, le Fonds vert … ».
  let p = b;
  while (p >= 0 && items[p].kind === 'word' && (items[p] as { f: string }).f.length <= 3) p--;
  if (isPunct(items[p], ',')) {
    let onlyAt = -1;
    let n = 0;
    for (let q = p - 1; q >= 0; q--) {
      const it = items[q];
      if (it.kind === 'amount') {
        if (onlyAt >= 0) return null;
        onlyAt = q;
      }
      // Emphasis marks (« Doté de **48 M€** sur six ans, il… ») are no boundary.
      if (it.kind === 'punct' && it.ch !== ',' && it.ch !== "'" && it.ch !== '*' && it.ch !== '_') break;
      n++;
    }
    // The opening clause may start a quotation: « …, a-t-il déclaré : « Avec 17 M€ cette année, le Fonds… », or a
    // clause after « que »: « Le rapporteur considère qu’avec 125 M€ d’AE en 2025, le FEI ne permet pas … ».
    let open = firstIndex(items);
    for (let q = onlyAt - 1; q > open && onlyAt >= 0; q--) {
      if (isPunct(items[q], '«', '“', ':') || (isWord(items[q], 'que', "qu'") && q >= onlyAt - 3)) {
        open = q + 1;
        while (open < onlyAt && items[open].kind === 'punct') open++;
        break;
      }
    }
    // « Or, avec 6,2 Md€, le FNAS … »: a linking word may open the sentence before « avec ».
    if (isWord(items[open], 'or', 'mais', 'donc', 'pourtant', 'cependant', 'enfin', 'et') && isPunct(items[open + 1], ',')) open += 2;
    else if (isWord(items[open], 'or', 'mais', 'donc', 'pourtant', 'cependant', 'enfin', 'et')) open += 1;
    // « Estimé à 34 M€ HT, le PEM … »: a fronted participle of cost too.
    const costed = items[open]?.kind === 'word' && COST_PARTICIPLES.has((items[open] as { f: string }).f) && isWord(items[open + 1], 'a');
    const opener = isWord(items[open], 'avec', 'grace', 'dans') || has(cues[open], 'attach') || costed || (onlyAt > 0 && isWord(items[onlyAt - 1], ...POSSESSIVES));
    // (The opening clause's own length counts, not the words of the main clause before « que »: « Plus loin, la
    // rapporteure pour avis regrette qu’avec 41 M€ seulement en 2025, le FDVA … ».)
    if (onlyAt >= 0 && (items[onlyAt] as { high?: number }).high === undefined && opener && Math.min(n, p - open) < 18) return at(onlyAt);
  }
  return null;
}

/** Words that may join a definite amount to the name it belongs to, besides words of money and of the first stage. */
const CHAIN_WORDS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'au', 'aux', 'a', 'pour', 'titre', 'la', 'le', "l'", 'etat', 'en']);

/**
 * The definite amount (« les A », « ces A », « ses A ») a few words before item `b`, the word that introduces a name,
 * when every word between is a preposition, a year, a word of money (« crédits », « AE », « enveloppe ») or a
 * participle of the first budget stage or of allocation (« prévus », « inscrits », « consacrés »); -1 otherwise.
 * A later stage (« engagés », « versés ») says how far along, not what the thing holds.
 */
function definiteAmountLeadingTo(v: View, b: number): number {
  const { items, cues } = v;
  if (!isWord(items[b], 'du', 'de', "d'", 'des', 'au', 'aux')) return -1;
  let a = b - 1;
  while (a >= 0 && b - a <= 10 && items[a].kind !== 'amount') {
    if (items[a].kind !== 'word') return -1;
    a--;
  }
  const fig = items[a];
  // « l’enveloppe de 1,9 Md€ attribuée au FMIS »: a whole's noun with its amount is written as known as well.
  const envelope = isWord(items[a - 1], 'de', "d'") && has(cues[a - 2], 'whole-noun') && isWord(items[a - 3], "l'", 'la', 'le');
  if (!fig || fig.kind !== 'amount' || fig.high !== undefined || !(envelope || isWord(items[a - 1], 'les', 'ces', 'ses'))) return -1;
  let q = a + 1;
  let money = false;
  while (q < b) {
    const c = cues[q];
    if (c && (c.roles.has('mixed-basis') || c.roles.has('whole-noun') || c.roles.has('sum-noun'))) {
      money = true;
      q += c.length;
    } else if (c && c.roles.has('stage')) {
      // (« attribués au fonds X »: given to the thing, the award's participle allocates it.)
      if (c.rank !== 1 && !isWord(items[q], 'attribue', 'attribuee', 'attribues', 'attribuees')) return -1;
      q += c.length;
    } else if (c && c.roles.has('allocation') && !c.roles.has('stage')) {
      // « les 300 000 € consacrés au FDL par la CAF »: one giver's share, not the whole.
      if (clauseHas(v, q, 'par')) return -1;
      q += c.length;
    }
    else if (isYear(items[q]) || (items[q].kind === 'word' && CHAIN_WORDS.has((items[q] as { f: string }).f))) q++;
    else return -1;
  }
  // Right after the amount, « de » must name money (« les 112 M€ de crédits du volet »), not a purpose (« les 5 M€ de travaux de la commune »).
  if (isWord(items[a + 1], 'de', "d'") && !money) return -1;
  return q === b ? a : -1;
}

/** Endings of the future tense (« détaillera », « financeront », « permettra »), which policy texts use a lot: a verb ends a noun phrase. */
const FUTURE_ENDINGS = ['era', 'ira', 'tra', 'dra', 'eront', 'iront', 'tront', 'dront'];

function isFuture(f: string): boolean {
  return f.length >= 7 && FUTURE_ENDINGS.some((e) => f.endsWith(e));
}

/** Whether the clause of item k holds the word w. */
function clauseHas(v: View, k: number, w: string): boolean {
  const [a, b] = clauseAround(v.items, k, k);
  for (let q = a; q < b; q++) if (isWord(v.items[q], w)) return true;
  return false;
}

/** Words of time and manner that never continue a name (« d’ici », « lors de », « depuis », « grâce à »). */
const NAME_ENDS = new Set(['ici', 'lors', 'depuis', 'vers', 'envers', 'parmi', 'contre', "jusqu'", 'avant', 'apres', 'selon', 'grace', 'afin', 'malgre', 'desormais', 'deja', 'ne', "n'"]);

/** Adjectives written between the article and a kind noun (« le nouveau plan », « le premier fonds »). */
const FRONTED_ADJECTIVES: ReadonlySet<string> = new Set(['nouveau', 'nouvel', 'nouvelle', 'futur', 'future', 'grand', 'grande', 'vaste', 'premier', 'premiere', 'second', 'seconde', 'deuxieme', 'troisieme', 'prochain', 'prochaine', 'ancien', 'ancienne', 'actuel', 'actuelle', 'precedent', 'precedente']);

/** Noun phrases with such a head and at least one word after it (or a quoted name): a name the document may give two amounts. */
function phrases(v: View): EntityMention[] {
  const { items, cues } = v;
  const out: EntityMention[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word' || !HEADS.has(it.f)) continue;
    // « la création d’un fonds d’urgence agricole doté de 12 M€ »: an indefinite article names the thing too when the
    // phrase is long enough to be a name (three words or more), not « un plan de … ».
    // « un « fonds de résilience des exploitations » »: the article, then the name in quotes.
    const opens = isPunct(items[k - 1], '«', '"', '“');
    // « le nouveau plan départemental de … », « le futur fonds X »: an adjective French writes before the noun.
    const fronted = !opens && items[k - 1]?.kind === 'word' && FRONTED_ADJECTIVES.has((items[k - 1] as { f: string }).f) ? 1 : 0;
    const article = items[k - (opens ? 2 : 1) - fronted];
    const indefinite = isWord(article, 'un', 'une');
    // « - Plan Cœur de bourg : 32 M€ »: a label that opens a line or an item needs no article.
    const label = k === firstIndex(items);
    if (!indefinite && !label && !isWord(article, 'le', 'la', 'les', "l'", 'du', 'au', 'son', 'sa', 'ses', 'leur')) continue;
    let end = k;
    const words: string[] = [it.f];
    // Words the phrase spans, a territory's adjective included: how long it is, whatever its identity keeps.
    let spanned = 1;
    let quoted = opens;
    for (let q = k + 1; q < items.length && q <= k + PHRASE_REACH; q++) {
      const w = items[q];
      if (w.kind === 'punct') {
        if ('«»"“”'.includes(w.ch)) {
          quoted = !quoted;
          // Quotes opened before the head close the name; quotes opened inside it (« le plan « Montagne 2030 » ») end with it.
          if (!quoted && opens) break;
          // « le programme « Scènes partagées » reconduit »: the quotes close the name.
          if (!quoted) {
            end = q;
            break;
          }
          continue;
        }
        break;
      }
      if (w.kind !== 'word') break;
      // Inside quotes, everything belongs to the name (« Montagne 2030 »).
      // « le plan Mobilités 2030 », « France 2030 »: a year right after a capitalised word of the name belongs to it.
      const prevWord = items[q - 1];
      const yearOfName = isYear(w) && prevWord?.kind === 'word' && q - 1 > k && prevWord.raw.charAt(0) !== prevWord.raw.charAt(0).toLowerCase();
      if (!quoted && !yearOfName) {
        // « Le Plan Vélo Littoral a permis… », « a été doté »: written without its accent, « a » is the verb, never « à ».
        // (« le plan Urgences Été 2024 »: capitalised, « Été » is the season, a word of the name.)
        if (w.raw === 'a' || (w.f === 'ete' && w.raw.charAt(0) === w.raw.charAt(0).toLowerCase())) break;
        // « le fonds Horizon Rural d’ici à la fin du mandat », « lors de son lancement », « dès l’ouverture »: words of
        // time end a name (« dès » folds to the article « des », hence its written form).
        // (« le plan de lutte contre la pauvreté », « contre l’incendie »: before an article and a word, « contre » names
        // what the thing fights, as part of its name; before a figure it compares.)
        const fights = w.f === 'contre' && isWord(items[q + 1], 'le', 'la', 'les', "l'") && items[q + 2]?.kind === 'word';
        if (fights) {
          // (What it fights is a noun, whatever cue it carries elsewhere: « contre l’érosion », « contre la hausse ».)
          words.push(w.f, (items[q + 2] as { f: string }).f);
          spanned += 2;
          q += 2;
          end = q;
          continue;
        }
        if (NAME_ENDS.has(w.f) || w.raw === 'dès' || w.raw === 'Dès') break;
        // « son Fonds d’aide aux festivals pour 2025, doté de … », « … pour la période 2024-2027 »: when, not the name.
        if (w.f === 'pour' && (isYear(items[q + 1]) || (isWord(items[q + 1], 'la', "l'", 'le', 'les') && isWord(items[q + 2], ...TIME_NOUNS)))) break;
        // « … au commerce de la part de la Région »: who gives, not a word of the name.
        if (w.f === 'de' && isWord(items[q + 1], 'la') && isWord(items[q + 2], 'part')) break;
        // « la région sur une enveloppe de … »: « sur » and a determiner start a complement of the verb, not a name's words.
        if (w.f === 'sur' && isWord(items[q + 1], 'un', 'une', 'le', 'la', 'les', "l'", 'ce', 'cette', 'ces', 'son', 'sa', 'ses')) break;
        // « le fonds Culture en Campagne », « le plan Santé et Territoires »: between two capitalised words of the name,
        // « en » and « et » belong to it.
        const inName = (w.f === 'en' || w.f === 'et') && isCapitalised(items[q - 1]) && isCapitalised(items[q + 1]) && q - 1 > k;
        if (inName) {
          words.push(w.f);
          end = q;
          continue;
        }
        // « le fonds d’urgence pour les Ehpad en difficulté, doté de … »: « en » and one bare noun closing the phrase
        // before its comma say whom the thing is for, as part of its name.
        const nx2 = items[q + 1];
        if (w.f === 'en' && nx2?.kind === 'word' && !isYear(nx2) && !ARTICLES.has(nx2.f) && !isCapitalised(nx2) && !/\d/.test(nx2.f) && isPunct(items[q + 2], ',')) {
          words.push(nx2.f);
          spanned++;
          end = q + 1;
          break;
        }
        if (w.f === 'et' || w.f === 'qui' || w.f === 'en' || w.f === 'cette' || w.f === 'ce' || w.f === 'ces' || (FIGURE_LEAD.has(w.f) && !ARTICLES.has(w.f)) || VERBS.has(w.f) || isFuture(w.f) || isYear(w)) break;
        // « le plan vélo marque un changement d’échelle »: a word in lower case that is no preposition, right before a
        // determiner, is the verb; the name ends before it.
        if (q > k && !ARTICLES.has(w.f) && !NAME_PREPOSITIONS.has(w.f) && w.raw.charAt(0) === w.raw.charAt(0).toLowerCase() && isWord(items[q + 1], ...VERB_OBJECT_OPENERS)) break;
        const c = cues[q];
        if (has(c, 'attach') || has(c, 'allocation') || has(c, 'share-verb') || has(c, 'stage') || has(c, 'distribution') || has(c, 'origin') || has(c, 'result') || has(c, 'rise') || has(c, 'fall') || has(c, 'stop')) break;
      }
      // « le fonds régional Innov’Est » and « le fonds Innov’Est »: before the capitalised name, a territory's adjective
      // is no part of it.
      const nx = items[q + 1];
      // « le Plan régional santé-proximité » and « le plan santé-proximité »: likewise right after the kind noun.
      const beforeName = TERRITORY_ADJECTIVES.has(w.f) && nx?.kind === 'word' && (nx.raw.charAt(0) !== nx.raw.charAt(0).toLowerCase() || (q === k + 1 && !ARTICLES.has(nx.f) && !isWord(nx, 'de', "d'", 'du', 'des', 'pour', 'et')));
      if (!ARTICLES.has(w.f) && !beforeName) words.push(w.f);
      if (!ARTICLES.has(w.f)) spanned++;
      end = q;
      // « le programme 361 », « l’action 4 »: a kind noun and its number name the thing whatever follows (its title in
      // quotes, a verb).
      if (q === k + 1 && !quoted && /^\d{1,4}$/.test(w.f) && !isYear(w)) {
        // (Its title in quotes is part of the mention, not another name: « le programme 361 « Transmission … » ».)
        if (isPunct(items[q + 1], '«', '"', '“')) {
          for (let t = q + 2; t < items.length && t <= q + 14; t++) {
            if (!isPunct(items[t], '»', '"', '”')) continue;
            end = t;
            break;
          }
        }
        break;
      }
    }
    // (« un plan Fidélisation doté de … »: a capitalised word right after the kind noun is a proper name, even short.)
    // (« un fonds régional grêle doté de … » is long enough: its adjective counts for length, not for identity.)
    // (« un fonds d’urgence de 20 M€ »: two words are enough when the amount follows, as the thing is introduced by it.)
    const introduced = isWord(items[end], 'de', "d'") ? items[end + 1]?.kind === 'amount' : isWord(items[end + 1], 'de', "d'") && items[end + 2]?.kind === 'amount';
    if (words.length < 2 || spanned < (indefinite && !isCapitalised(items[k + 1]) && !introduced ? 3 : 2)) continue;
    // (The « de » before the amount is the amount's, not a word of the name.)
    if (introduced && isWord(items[end], 'de', "d'")) end--;
    const key = words.join(' ');
    // The canonical form keeps the last word as written: a capitalised one goes on naming (sameAsEarlier).
    const last = items[end];
    const canonical = last.kind === 'word' && key.endsWith(last.f) && last.raw.charAt(0) !== last.raw.charAt(0).toLowerCase() ? key.slice(0, key.length - last.f.length) + last.raw : key;
    out.push({ start: it.start, end: items[end].end, text: key, id: 'np:' + ownNameKey(items, k, end, words), kind: 'programme', canonical, origin: 'document' });
    k = end;
  }
  return out;
}

/** Words a name may hold before a determiner: prepositions (« le fonds pour la biodiversité »), and « dont », which the amount's attachment reads past. */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['pour', 'sur', 'contre', 'avec', 'dans', 'par', 'entre', 'vers', 'sans', 'sous', 'chez', 'a', 'au', 'aux', 'de', "d'", 'du', 'des', 'en', 'et', 'ou', 'dont']);

/** Determiners that open a verb's object (« un », « la », « ses »), not a name's complement (« des », « du »). */
const VERB_OBJECT_OPENERS = ['un', 'une', 'le', 'la', 'les', "l'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces'];

/** How many words after its kind noun a name is read: « le fonds régional d’aide à l’installation des professionnels de santé ». */
const PHRASE_REACH = 13;

/** Capitalised words that name a body or a place, not the thing: « le fonds de la Région », « le plan de l’État ». */
const NOT_PROPER: ReadonlySet<string> = new Set(['etat', 'region', 'departement', 'commune', 'ville', 'metropole', 'agglomeration', 'france', 'europe', 'union']);

/**
 * The identity of a phrase name: its words, or — when descriptive words stand between its kind noun and its proper name
 * (« le fonds régional de garantie Rebond PME ») — its kind noun and the proper name from its first capitalised word, so
 * « le fonds Rebond PME » is the same thing. (A proper name right after the kind noun keeps all its words: « le fonds
 * Forêts résilientes d’Occitanie ».)
 */
function ownNameKey(items: readonly Item[], head: number, end: number, words: readonly string[]): string {
  let first = -1;
  for (let q = head + 1; q <= end && first < 0; q++) {
    const w = items[q];
    if (w.kind === 'word' && isCapitalised(w) && !ARTICLES.has(w.f) && !NOT_PROPER.has(w.f)) first = q;
  }
  if (first <= head + 1) return words.join(' ');
  const proper: string[] = [];
  for (let q = first; q <= end; q++) {
    const w = items[q];
    if (w.kind === 'word' && !ARTICLES.has(w.f)) proper.push(w.f);
  }
  return proper.length > 0 && proper.length < words.length - 1 ? [words[0], ...proper].join(' ') : words.join(' ');
}

/** Subject pronouns that stand for a name. */
const PRONOUNS: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles']);

/** A verb of the sentence (VERBS, or a past participle after « a ») between two of its mentions. */
function verbBetween(v: View, a: EntityMention, b: EntityMention): boolean {
  for (let k = itemAt(v, a.end); k < v.items.length && v.items[k].start < b.start; k++) {
    const it = v.items[k];
    if (it.kind === 'word' && (VERBS.has(it.f) || (isWord(it, 'a', 'ont') && v.items[k + 1]?.kind === 'word'))) return true;
  }
  return false;
}

/** Words that may follow an amount the sentence refers back to: the sentence's end, a time or a purpose. */
const AFTER_KNOWN = new Set(['a', 'au', 'aux', 'en', 'pour', 'dans', 'avant', 'apres', "d'ici", 'ici', 'sur']);

/**
 * « les 52 M€ », « des 52 M€ » (de + les: before a number, « des » is always definite): an amount written as one
 * the reader knows. When the sentence names one thing only, and the document gave it an amount before, this is
 * that thing's amount again. Nothing may qualify the amount after it (« les 3 M€ de la région », « apportés par »).
 */
function definiteAmount(v: View, mentions: readonly EntityMention[]): { mention: EntityMention; at: number } | null {
  const { items } = v;
  if (mentions.length === 0 || mentions.some((m) => m.id !== mentions[0].id)) return null;
  let at = -1;
  for (let k = 0; k < items.length; k++) {
    if (items[k].kind !== 'amount') continue;
    if (at >= 0) return null;
    at = k;
  }
  if (at < 1 || !isWord(items[at - 1], 'les', 'des', 'ces')) return null;
  const next = items[at + 1];
  if (next && !(next.kind === 'punct' && '.;'.includes(next.ch)) && !(next.kind === 'word' && AFTER_KNOWN.has(next.f))) return null;
  // The amount comes after the name, which is the subject or the complement of the sentence's subject.
  if (items[at].start < mentions[0].end) return null;
  return { mention: mentions[0], at };
}

/**
 * A repeated noun phrase read a word too far (« du fonds de soutien aux ports détaillera… » when no word list says
 * that « détaillera » is a verb) is the phrase claimed before it: the longest earlier phrase of three words or more
 * that it extends.
 */
function sameAsEarlier(id: string, earlier: ReadonlySet<string>, definite = false, written = ''): string {
  if (!id.startsWith('np:')) return id;
  // « le Plan Mobilité Rurale Solidaire » after « le Plan Mobilité Rurale »: a capitalised last word goes on naming, it
  // is no verb read too far.
  const lastWord = written.slice(written.lastIndexOf(' ') + 1);
  const named = lastWord.length > 1 && lastWord.charAt(0) !== lastWord.charAt(0).toLowerCase();
  let best = '';
  for (let cut = id.indexOf(' '); cut > 0; cut = id.indexOf(' ', cut + 1)) {
    const head = id.slice(0, cut);
    // « les 0,18 milliard du Pacte littoral changent la donne »: after a definite amount, a kind noun and one word
    // claimed before are enough (the phrase read on into the verb).
    const words = head.split(' ').length;
    if (earlier.has(head) && (words >= 3 || (definite && words === 2 && HEADS.has(head.slice(3, head.indexOf(' ')))))) best = head;
  }
  if (best && !named) return best;
  // « le plan Cantines locales du département » then « le plan Cantines locales »: the shorter names it as well,
  // when it has three words or more (two when the first is a kind noun: « le plan vélo métropolitain » then « le plan
  // vélo ») and one earlier phrase only extends it.
  // « le dispositif Pass Réussite » then « les 15 M€ consacrés au Pass Réussite »: a name that opens on a kind noun of its
  // own, given once with « dispositif » before it.
  const generic = 'np:dispositif ' + id.slice(3);
  if (earlier.has(generic)) return generic;
  // A name claimed before as written is itself, whatever longer names extend it.
  if (earlier.has(id)) return id;
  const parts = id.split(' ');
  if (parts.length >= 3 || (parts.length === 2 && HEADS.has(parts[0].slice(3)))) {
    let only = '';
    for (const e of earlier) {
      if (!e.startsWith(id + ' ')) continue;
      if (only) return id;
      only = e;
    }
    if (only) return only;
  }
  return id;
}

/**
 * A thing named by its kind noun alone: « Un plan de 800 M€ pour les urgences » introduces one plan (an indefinite
 * article, the noun, « de » and an amount), and « Le plan, doté de 650 M€, … » as the subject of a later sentence
 * (the definite article and the noun, then a comma, a verb or a word that attaches an amount) is that plan again.
 * Each introduction is a new thing: « un autre plan de 50 M€ » is no conflict.
 */
function bareHead(v: View): { head: string; at: number; intro: boolean } | null {
  const { items, cues } = v;
  for (let q = 0; q + 3 < items.length; q++) {
    const h = items[q + 1];
    if (!isWord(items[q], 'un', 'une') || !h || h.kind !== 'word' || !HEADS.has(h.f)) continue;
    const a = items[q + 3];
    if (isWord(items[q + 2], 'de', "d'") && a.kind === 'amount' && a.high === undefined) return { head: h.f, at: q + 1, intro: true };
  }

  // « Les 130 M€ du fonds seront attribués … »: a definite amount of the kind noun alone is that thing's amount too.
  for (let q = 1; q + 2 < items.length; q++) {
    const h = items[q + 2];
    if (items[q].kind !== 'amount' || !isWord(items[q - 1], 'les', 'ces') || !isWord(items[q + 1], 'du') || h.kind !== 'word') continue;
    // (The noun alone: a verb or punctuation right after it, not « du plan Vélo », « du plan vélo départemental ».)
    const after = items[q + 3];
    const alone = !after || after.kind === 'punct' || (after.kind === 'word' && (VERBS.has(after.f) || isFuture(after.f)));
    if (HEADS.has(h.f) && !NOT_STANDING.has(h.f) && alone) return { head: h.f, at: q + 2, intro: false };
  }

  let k = firstIndex(items);
  // « Le directeur rappelle que l’opération, d’un coût de 7,8 M€ HT, … »: the subject of a clause after « que » and a
  // comma-set amount is as much the thing's as a sentence's subject.
  for (let q = k + 1; q + 3 < items.length && q <= k + 8; q++) {
    if (!isWord(items[q], 'que', "qu'")) continue;
    if (isWord(items[q + 1], 'le', 'la', "l'") && isPunct(items[q + 3], ',')) k = q + 1;
    break;
  }
  const first = items[k + 1];
  // « La région présente le plan X, doté de … »: a body opening the sentence is its subject, no thing taken up.
  if (isWord(items[k], 'le', 'la', "l'") && first && first.kind === 'word' && HEADS.has(first.f) && !NOT_STANDING.has(first.f)) {
    const next = items[k + 2];
    if (isPunct(next, ',') || has(cues[k + 2], 'attach') || (next && next.kind === 'word' && (VERBS.has(next.f) || isFuture(next.f)))) return { head: first.f, at: k + 1, intro: false };
  }
  return null;
}

/**
 * The amount « et (de) » joins to the one at item `at` on another basis of a pair: « 820,1 M€ en AE et 812,6 M€ en CP »,
 * « 1,2 M€ HT et 1,44 M€ TTC ». Its item index, or -1. Both bases must be said, and differ.
 */
function otherBasisAmount(v: View, at: number): number {
  const first = basisAt(v, at);
  if (!first || first.includes(',')) return -1;
  const { items } = v;
  for (let q = at + 1; q < items.length && q <= at + 8; q++) {
    const it = items[q];
    if (it.kind === 'percent' || (it.kind === 'punct' && it.ch !== "'")) return -1;
    if (it.kind === 'amount') return -1;
    if (!isWord(it, 'et')) continue;
    const b = isWord(items[q + 1], 'de', "d'") ? q + 2 : q + 1;
    const second = items[b];
    if (second?.kind !== 'amount' || second.high !== undefined) return -1;
    const basis = basisAt(v, b);
    return basis && !basis.includes(',') && basis !== first ? b : -1;
  }
  return -1;
}

/** A word after the amount at `at`, up to the clause's end, that gives it another basis (« par an », « HT », « engagés »). */
function basisAfter(v: View, at: number): boolean {
  const { items, cues } = v;
  for (let q = at + 1; q < items.length; q++) {
    const it = items[q];
    if (it.kind === 'punct' && ',;.:'.includes(it.ch)) break;
    if (it.kind !== 'word') continue;
    const c = cues[q];
    if (it.f === 'par' || has(c, 'stage') || has(c, 'extra') || has(c, 'partial') || has(c, 'mixed-basis') || has(c, 'basis') || has(c, 'comparison')) return true;
  }
  return false;
}

/** The id prefix of a thing named by its kind noun alone; the document-wide judge numbers each one introduced. */
const BARE = 'np:bare:';

/** One mention per name, in text order. */
function distinctNames(mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) if (!out.some((x) => x.id === m.id)) out.push(m);
  return out;
}

/**
 * The subject pronoun of a sentence, « il » or « elle » (plural ones name several things): first word, or right after
 * an opening clause that attaches an amount (« Doté de 32 M€, il… », « Avec 4 M€, elle… »); -1 if none.
 */
const MASCULINE = new Set(['le', 'du', 'au', 'un', 'ce', 'cet', 'plan', 'fonds', 'programme', 'dispositif', 'projet', 'contrat', 'pacte', 'schema', 'festival', 'reseau', 'chantier', 'centre', 'office', 'observatoire', 'syndicat', 'etablissement']);
const FEMININE = new Set(['la', 'une', 'cette', 'strategie', 'operation', 'agence', 'initiative', 'region', 'commune', 'metropole', 'communaute', 'association', 'fondation', 'ville']);

/** The gender the words right before a mention give it (« le plan « X » », « la Région X »), or null. */
function genderBefore(v: View, m: EntityMention): 'm' | 'f' | null {
  let k = 0;
  while (k < v.items.length && v.items[k].end <= m.start) k++;
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    const it = v.items[q];
    if (it.kind === 'punct' && '«"“'.includes(it.ch)) continue;
    if (it.kind !== 'word') return null;
    if (MASCULINE.has(it.f)) return 'm';
    if (FEMININE.has(it.f)) return 'f';
  }
  // « la Région Bretagne »: the name's own first word may be its kind noun.
  const first = foldString(m.text).split(' ')[0];
  return MASCULINE.has(first) ? 'm' : FEMININE.has(first) ? 'f' : null;
}

function subjectPronoun(v: View): number {
  const { items, cues } = v;
  const k = firstIndex(items);
  if (isWord(items[k], 'il', 'elle')) return k;
  const label = sumLabel(v);
  if (label >= 0) return label;
  if (!(has(cues[k], 'attach') || isWord(items[k], 'avec', 'grace', 'dans', 'fort', 'forte'))) return -1;
  // « Doté de 25 M€, abondés à parts égales par la région et par des investisseurs privés, il … »: a participle's
  // apposition may stand between the fronted clause and the pronoun.
  let limit = k + 12;
  for (let q = k + 1; q < items.length && q <= limit; q++) {
    if (isPunct(items[q], ';', '.', ':')) return -1;
    if (!isPunct(items[q], ',')) continue;
    if (isWord(items[q + 1], 'il', 'elle')) return q + 1;
    if (limit > k + 12 || !participleAt(items, q + 1)) return -1;
    limit = q + 24;
  }
  return -1;
}

const PARTICIPLE_END = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/;

/** A past participle at item k (« abondés », « financée », « réparti »): a word ending as one, not a determiner. */
function participleAt(items: readonly Item[], k: number): boolean {
  const it = items[k];
  return it !== undefined && it.kind === 'word' && it.f.length >= 5 && PARTICIPLE_END.test(it.raw.toLowerCase());
}

/**
 * « Le conseil a adopté le plan vélo 2025-2030. Budget : 31 M€ sur six ans. »: a sentence that opens on a sum's noun
 * (one adjective allowed) and a colon before its amount labels the amount of the thing just named. The index of the
 * label's last word, or -1.
 */
function sumLabel(v: View): number {
  const { items, cues } = v;
  const k = firstIndex(items);
  if (!has(cues[k], 'sum-noun')) return -1;
  const last = items[k + 1]?.kind === 'word' && isPunct(items[k + 2], ':') ? k + 1 : k;
  return isPunct(items[last + 1], ':') && items[last + 2]?.kind === 'amount' ? last : -1;
}

/**
 * A subject named by its kind noun with a definite article or a demonstrative (« le plan », « ce fonds »), first or
 * after an opening clause (« Pour l’année 2025, le plan mobilise… »): the index of the noun and the noun, or null.
 */
function subjectHead(v: View): { at: number; head: string } | null {
  const { items } = v;
  let k = firstIndex(items);
  const headAt = (q: number) => (isWord(items[q], 'le', 'la', "l'", 'ce', 'cet', 'cette') && items[q + 1]?.kind === 'word' && HEADS.has((items[q + 1] as { f: string }).f) ? q + 1 : -1);
  let at = headAt(k);
  if (at < 0) {
    for (let q = k; q < items.length && q <= k + 8; q++) {
      if (items[q].kind === 'amount' || items[q].kind === 'percent') return null;
      if (!isPunct(items[q], ',')) continue;
      k = q + 1;
      at = headAt(k);
      break;
    }
  }
  return at < 0 ? null : { at, head: (items[at] as { f: string }).f };
}

/** Whether the sentence names `m` with `head` (« du plan « Eau potable » », « le fonds Avenir »): the noun within the three words before it or in its name. */
function namedWithHead(v: View, m: EntityMention, head: string): boolean {
  if (foldString(m.canonical).split(' ').includes(head)) return true;
  let k = 0;
  while (k < v.items.length && v.items[k].end <= m.start) k++;
  for (let q = k - 1, words = 0; q >= 0 && words < 3; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') continue;
    if (it.f === head) return true;
    words++;
  }
  return false;
}

export const TERRITORY_ADJECTIVES: ReadonlySet<string> = new Set(['departemental', 'departementale', 'regional', 'regionale', 'municipal', 'municipale', 'communal', 'communale', 'intercommunal', 'intercommunale', 'metropolitain', 'metropolitaine', 'local', 'locale', 'territorial', 'territoriale', 'academique']);

/** The adjective of a territory right after offset `end` (« départemental »), folded, or null. */
function territorialAdjectiveAfter(v: View, end: number): { f: string; end: number } | null {
  for (const it of v.items) if (it.start >= end) return it.kind === 'word' && TERRITORY_ADJECTIVES.has(it.f) ? { f: it.f, end: it.end } : null;
  return null;
}

/** The folded words of a mention, articles aside, as phrases() writes a document's own name. */
function ownWords(v: View, m: EntityMention): string {
  const words: string[] = [];
  for (const it of v.items) if (it.kind === 'word' && it.start >= m.start && it.end <= m.end && !ARTICLES.has(it.f)) words.push(it.f);
  return words.join(' ');
}

/** « le plan vélo départemental »: a territory's own plan, named after a national one, is not that one. */
function territoryAfter(v: View, end: number): boolean {
  return territorialAdjectiveAfter(v, end) !== null;
}

/** Words that limit a place named after them: « dans la seule Manche », « dans le même Gers ». */
const PLACE_LIMITERS = ['seul', 'seule', 'seuls', 'seules', 'meme', 'memes', 'tout', 'toute'];

/** Proper nouns after « en » that name no territory of France's (« en Conseil des ministres », « en France »). */
const NOT_PLACES = new Set(['france', 'conseil', 'commission', 'assemblee', 'europe', 'seance', 'loi', 'plf', 'plfss']);

/**
 * « 14,6 M€ pour 96 projets dans le Morbihan », « 81 M€ en Bretagne »: a place named with a capital after
 * « dans le / la / l’ / les » or « en », in the amount's clause, confines the amount to that territory.
 */
function placeNamed(v: View, amountAt: number): boolean {
  const { items } = v;
  // In the amount's clause only: « Lors de son déplacement dans le Gers, le ministre a déclaré : … » places the minister.
  // « Dans la seule Manche, … » opening the sentence places its main clause, whatever the comma.
  const opening = firstIndex(items);
  const fronted = isWord(items[opening], 'dans', 'en');
  const [a, b] = clauseAround(items, amountAt, amountAt);
  for (let k = fronted ? opening : a; k + 1 < b; k++) {
    let at = -1;
    if (isWord(items[k], 'dans') && isWord(items[k + 1], 'le', 'la', "l'", 'les')) at = k + 2;
    else if (isWord(items[k], 'en')) at = k + 1;
    // « dans la seule Manche », « dans tout le Finistère »: a word that limits the place may stand before it.
    if (at > 0 && isWord(items[at], ...PLACE_LIMITERS)) at++;
    if (fronted && k < a && k !== opening) continue;
    const it = items[at];
    if (!it || it.kind !== 'word' || NOT_PLACES.has(it.f)) continue;
    // An upper-case letter, accented ones included (« Île-de-France »), then not only capitals (an acronym is no place).
    const head = it.raw.charAt(0);
    const rest = it.raw.slice(1);
    if (it.raw.length > 2 && head !== head.toLowerCase() && rest !== rest.toUpperCase()) return true;
  }
  return false;
}

function anyTotal(v: View): boolean {
  for (const c of v.cues) if (has(c, 'total')) return true;
  return false;
}

/** Adjectives of a span of years, as the number word « sur … ans » would write it. */
const SPAN_ADJECTIVES: Record<string, string> = Object.fromEntries(
  ([['biennal', 'deux'], ['triennal', 'trois'], ['quadriennal', 'quatre'], ['quinquennal', 'cinq'], ['decennal', 'dix']] as const).flatMap(([stem, n]) =>
    [stem, stem + 'e', stem + 'es', stem.slice(0, -1) + 'ux'].map((w) => [w, n]),
  ),
);

const SCOPE_WORDS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };

/** « sur trois ans » and « 2024-2026 » cover as many years. */
export function sameLength(a: string, b: string): boolean {
  const years = (x: string): number => {
    const span = /^(\d{4})-(\d{4})$/.exec(x);
    if (span) return Number(span[2]) - Number(span[1]) + 1;
    return SCOPE_WORDS[x] ?? (/^\d{1,2}$/.test(x) ? Number(x) : 0);
  };
  const n = years(a);
  return n > 0 && n === years(b);
}

/** The one amount of a sentence when « ces » stands right before it (« Avec ces 2,5 millions d’euros, … »), or -1. */
function demonstrativeAmount(v: View): number {
  let at = -1;
  for (let k = 0; k < v.items.length; k++) {
    if (v.items[k].kind === 'percent') return -1;
    if (v.items[k].kind !== 'amount') continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at > 0 && isWord(v.items[at - 1], 'ces') && (v.items[at] as { high?: number }).high === undefined ? at : -1;
}

/** « … abondés par la région », « financé par l’État »: a name after « par » (and its article), the giver of a participle. */
function agentOfParticiple(v: View, m: EntityMention): boolean {
  let k = itemAt(v, m.start) - 1;
  if (isWord(v.items[k], 'la', 'le', "l'", 'les')) k--;
  return isWord(v.items[k], 'par');
}

/**
 * The name is the agent (« par ») of a participle that qualifies the noun before it, and the sentence's verb follows the
 * name, before the amount at item `at`: « les fraudes stoppées par l’Assurance maladie ont atteint 466 M€ ».
 */
function agentInSubject(v: View, m: EntityMention, at: number): boolean {
  if (!agentOfParticiple(v, m)) return false;
  let k = itemAt(v, m.start) - 1;
  if (isWord(v.items[k], 'la', 'le', "l'", 'les')) k--;
  if (!participleAt(v.items, k - 1)) return false;
  const after = itemAt(v, m.end);
  return after < at && isWord(v.items[after], 'ont', 'a', 'est', 'sont', 'atteint', 'atteignent', 'representent', 'represente', 's\'', 'se');
}

/**
 * « Ce plan de 260 M€ », « Cette enveloppe de 0,57 milliard », « Avec ce fonds de 4,5 M€, … »: an amount given again to
 * the name claimed just before.
 */
function demonstrative(v: View): { head: string; at: number } | null {
  const { items, cues } = v;
  let k = firstIndex(items);
  // « Pour l’opposition, ce plan de 580 000 € reste du saupoudrage »: the subject after a short fronted clause.
  const front = afterFrontedClause(items, k);
  if (front > k && isWord(items[front], 'ce', 'cet', 'cette', 'ces')) k = front;
  if (isWord(items[k], 'avec')) k++;
  else if (isWord(items[k], 'grace') && isWord(items[k + 1], 'a')) k += 2;
  // « Les travaux de ce chantier de 38 M€ HT dureront trois ans »: the subject's noun may govern the demonstrative.
  else if (isWord(items[k], 'le', 'la', 'les', "l'") && items[k + 1]?.kind === 'word' && isWord(items[k + 2], 'de', "d'") && isWord(items[k + 3], 'ce', 'cet', 'cette')) k += 3;
  if (!isWord(items[k], 'ce', 'cet', 'cette', 'ces')) return null;
  const head = items[k + 1];
  if (!head || head.kind !== 'word' || !(HEADS.has(head.f) || has(cues[k + 1], 'sum-noun'))) return null;
  let q = k + 2;
  while (q < items.length && items[q].kind === 'word' && !isWord(items[q], 'de', "d'") && q < k + 5) q++;
  if (!isWord(items[q], 'de', "d'")) return null;
  const a = items[q + 1];
  return a && a.kind === 'amount' && a.high === undefined ? { head: head.f, at: q + 1 } : null;
}

/**
 * The claims of some sentences, in text order: one per name and sentence, from clauses that state no other
 * basis. Amounts a breakdown counts as parts (`inBreakdown`: indices in `amounts`) are no claims.
 */
export function claimsOf(
  sentences: readonly Sentence[],
  amounts: readonly Amount[],
  entities: readonly EntityMention[],
  inBreakdown: ReadonlySet<number>,
  tables?: { text: string; tables: readonly Table[]; sections?: readonly Section[] },
): Claim[] {
  const fromProse = proseClaims(sentences, amounts, entities, inBreakdown);
  const title = titleClaim(sentences, amounts, entities, tables?.sections ?? []);
  if (title) fromProse.unshift(title);
  if (!tables || tables.tables.length === 0) return fromProse;
  const fromTables = tableClaims(tables.text, tables.tables, amounts, entities, tables.sections ?? []);
  if (fromTables.length === 0) return fromProse;
  // In text order: the first amount a name is given is the one the others are checked against.
  return [...fromProse, ...fromTables].sort((a, b) => a.figure.start - b.figure.start);
}

/**
 * « | Plan vélo départemental | 10,8 | » under « Crédits 2025 (M€) »: a row whose first cell names a thing (a known
 * name, or a phrase with a kind noun as the prose would write it) and that holds one amount gives that thing the
 * amount, for the year its header names.
 */
function tableClaims(text: string, tables: readonly Table[], amounts: readonly Amount[], entities: readonly EntityMention[], sections: readonly Section[]): Claim[] {
  const out: Claim[] = [];
  for (const table of tables) {
    const sep = table.rows.findIndex((r) => r.separator);
    if (sep < 1) continue;
    const header = table.rows[sep - 1];
    const headerText = (cell: number) => (cell >= 0 && header.cells[cell] ? text.slice(header.cells[cell].start, header.cells[cell].end) : '');
    // The year the table's heading names (« Crédits 2026 du programme … »), for columns whose header names none.
    const section = sections[lowerBound(sections, table.start + 1) - 1];
    const headingYear = section && section.heading ? onlyYear(section.title) : '';
    for (let r = sep + 1; r < table.rows.length; r++) {
      const row = table.rows[r];
      const label = row.cells[0];
      if (!label) continue;
      const inRow: number[] = [];
      for (let k = lowerBound(amounts, row.start); k < amounts.length && amounts[k].start < row.end; k++) inRow.push(k);
      if (inRow.length === 0) continue;
      // Several amounts in a row are claims only when each column says its basis (« Autorisations d’engagement »,
      // « Crédits de paiement », « HT », « TTC »), and the bases differ.
      const cells = inRow.map((k) => row.cells.findIndex((c) => c.start <= amounts[k].start && amounts[k].end <= c.end));
      const bases = inRow.length === 1 ? [''] : cells.map((c) => columnBasis(headerText(c)));
      if (inRow.length > 1 && (bases.some((b) => b === '') || new Set(bases).size !== bases.length)) continue;
      // The name must be the whole label: « DINUM 24 », « FAST DINUM 25 » are lines of funding, not the body.
      let ls = label.start;
      let le = label.end;
      while (ls < le && /[\s*_]/.test(text[ls])) ls++;
      while (le > ls && /[\s*_]/.test(text[le - 1])) le--;
      const known = entities.find((e) => e.start === ls && e.end === le);
      const words = nameWords(text.slice(label.start, label.end));
      // (Keyed as a phrase of the prose would be: « Pacte territorial France Rénov’ » is « le pacte … France Rénov’ ».)
      const cellItems = words.length >= 3 && HEADS.has(words[0]) && !known ? itemize(text, { start: ls, end: le }, [], []).filter((it) => it.kind === 'word') : [];
      const id = known ? known.id : cellItems.length >= 3 ? 'np:' + ownNameKey(cellItems, 0, cellItems.length - 1, cellItems.filter((it) => !ARTICLES.has((it as { f: string }).f)).map((it) => (it as { f: string }).f)) : '';
      if (!id) continue;
      const mention: EntityMention = known ?? { start: label.start, end: label.end, text: words.join(' '), id, kind: 'programme', canonical: text.slice(label.start, label.end).replace(/[*_]/g, '').trim(), origin: 'document' };
      inRow.forEach((k, i) => {
        const a = amounts[k];
        if (a.range || a.qualifier) return;
        const columnYear = onlyYear(headerText(cells[i]));
        const year = columnYear || headingYear;
        const figure = figureOf(amounts, { kind: 'amount', index: k, start: a.start, end: a.end } as Item & { kind: 'amount' });
        out.push({ mention, figure, period: year ? 'y' + year : '', purpose: '', basis: bases[i], local: id.startsWith('np:') || undefined, portion: true });
      });
    }
  }
  return out;
}

/** The one year a header or heading names (« Dotation 2025 (M€) »), or ''. */
function onlyYear(s: string): string {
  const years = s.match(/\b(?:19|20)\d\d\b/g);
  return years && years.length === 1 ? years[0] : '';
}

/** The basis a column header names, as basisOf writes a clause's (see the « mixed-basis » cues): HT 1, TTC 2, AE 3, CP 4. */
function columnBasis(header: string): string {
  const f = foldString(header).replace(/[’']/g, "'");
  if (/\bautorisations? d'engagement\b|\bae\b/.test(f)) return '3';
  if (/\bcredits? de paiement\b|\bcp\b/.test(f)) return '4';
  if (/\bttc\b/.test(f)) return '2';
  if (/\bht\b/.test(f)) return '1';
  return '';
}

/**
 * « # Zéro plastique dans les cantines : 3,2 M€ pour les communes »: a heading of level 1 or 2 opening the chunk, with
 * one amount and no name, claims that amount for a thing the body names with the title's words (judgeClaims).
 */
function titleClaim(sentences: readonly Sentence[], amounts: readonly Amount[], entities: readonly EntityMention[], sections: readonly Section[]): Claim | null {
  const sent = sentences[0];
  const heading = sent ? sections[sent.section]?.heading : undefined;
  if (!heading || heading.level > 2 || sent.start < heading.start || sent.end > heading.end + 1) return null;
  let at = -1;
  for (let k = 0; k < sent.items.length; k++) {
    const it = sent.items[k];
    if (it.kind === 'percent' || (it.kind === 'amount' && (at >= 0 || it.high !== undefined))) return null;
    if (it.kind === 'amount') at = k;
  }
  if (at < 0) return null;
  for (const e of entities) if (e.start < sent.end && sent.start < e.end) return null;
  const when = whenOf(sent, at);
  const words: string[] = [];
  for (const it of sent.items) if (it.kind === 'word' && !ARTICLES.has(it.f)) words.push(it.f);
  const mention: EntityMention = { start: sent.start, end: sent.start, text: '', id: TITLE, kind: 'programme', canonical: '', origin: 'document' };
  return {
    mention,
    figure: figureOf(amounts, sent.items[at] as Item & { kind: 'amount' }),
    period: when.period,
    scope: when.scope,
    local: true,
    title: words,
    territorial: sent.cues.some((c) => has(c, 'territory')) || placeNamed(sent, at) || undefined,
    national: sent.cues.some((c) => has(c, 'national')) || undefined,
  };
}

const TITLE = 'title:';

/** Words a name is no more named by: « sans », « pour », « et »… */
const LINKS = new Set(['sans', 'pour', 'et', 'en', 'sur', 'avec', 'contre', 'par']);

/** Whether every word of the name (two at least, links aside, plurals folded) is a word of the title. */
function titleNames(title: readonly string[], name: string): boolean {
  const words = nameWords(name).filter((w) => !LINKS.has(w));
  if (words.length < 2) return false;
  // « # Un plan de 250 M€ pour tripler le réseau » over « Le plan vélo, doté de … »: the title introduces a thing of the
  // kind the name's first word says.
  if (HEADS.has(words[0])) for (let k = 0; k + 1 < title.length; k++) if ((title[k] === 'un' || title[k] === 'une') && title[k + 1] === words[0]) return true;
  const stem = (w: string) => (w.endsWith('s') || w.endsWith('x') ? w.slice(0, -1) : w);
  const have = new Set(title.map(stem));
  return words.every((w) => have.has(stem(w)));
}

/** The kind noun written right before a name (« le plan « Cycles urbains » »), or ''. */
function headBefore(text: string, at: number): string {
  const words = nameWords(text.slice(Math.max(0, at - 24), at));
  const last = words[words.length - 1];
  return last && HEADS.has(last) ? last : '';
}

/** The title claim found on the document's first line (a heading of the first chunk), of those the chunks made. */
function onFirstLine(text: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) return text.slice(0, i).trim() === '';
  return true;
}

/** A cell's words as phrases() keys them: folded, without articles and markup. */
function nameWords(cell: string): string[] {
  const out: string[] = [];
  for (const w of foldString(cell).split(/[^a-z0-9-]+/)) if (w && !ARTICLES.has(w) && w !== 'd' && w !== 'l') out.push(w);
  return out;
}

/**
 * « la dotation de solidarité communautaire (DSC) », « le syndicat mixte des eaux (SMEA) »: an acronym the document
 * introduces in brackets after a noun phrase that no known or defined name covers. The phrase and every later
 * « DSC » are one name for the claims (`acr:DSC`), so « les 580 000 € de DSC » is set against the amount the phrase was
 * given. Keyed by the acronym as written.
 */
function introducedAcronyms(sentences: readonly Sentence[], entities: readonly EntityMention[]): Map<string, IntroducedAcronym> {
  const out = new Map<string, IntroducedAcronym>();
  const known = new Set<string>();
  for (const e of entities) known.add(e.text);
  for (let s = 0; s < sentences.length; s++) {
    const items = sentences[s].items;
    for (let k = 2; k + 2 < items.length; k++) {
      const acr = items[k + 1];
      if (!isPunct(items[k], '(') || !isPunct(items[k + 2], ')') || acr.kind !== 'word' || !isAcronym(acr.raw, true) || known.has(acr.raw) || out.has(acr.raw)) continue;
      // The noun phrase before the bracket: back to its article (« du », « des » belong to its complements), two to ten
      // words, all of them words.
      let q = k - 1;
      while (q >= 0 && q >= k - 10 && items[q].kind === 'word' && !isWord(items[q], ...PHRASE_OPENERS)) q--;
      if (q < 0 || !isWord(items[q], ...PHRASE_OPENERS) || k - 1 - q < 2) continue;
      out.set(acr.raw, { id: 'acr:' + acr.raw, start: items[q + 1].start, spelled: [] });
    }
  }
  spelledAcronyms(sentences, known, out);
  return out;
}

/** How many acronyms of a document are looked for spelled out: each costs one pass over the words. */
const SPELLED_ACRONYMS = 16;

/**
 * « le conseil départemental de l’accès au droit … les 348 000 € du CDAD »: an acronym the text uses but never brackets,
 * and a phrase of the text whose words, little words aside, begin with its letters. Both name one thing. The phrases
 * that spell out a bracketed acronym again are found the same way.
 */
function spelledAcronyms(sentences: readonly Sentence[], known: ReadonlySet<string>, out: Map<string, IntroducedAcronym>): void {
  // « La dotation de solidarité communautaire (DSC) … l’enveloppe consacrée à la dotation de solidarité
  // communautaire »: a bracketed acronym's phrase, written out again later, names it too.
  const used = new Map<string, IntroducedAcronym>();
  for (const [acr, a] of out) if (used.size < SPELLED_ACRONYMS && acr.length >= 3) used.set(acr, a);
  for (const sent of sentences) {
    if (sent.figures === 0) continue;
    for (const it of sent.items) {
      if (it.kind !== 'word' || it.raw.length < 3 || used.size >= SPELLED_ACRONYMS || !isAcronym(it.raw) || known.has(it.raw) || out.has(it.raw) || used.has(it.raw)) continue;
      used.set(it.raw, { id: 'acr:' + it.raw, start: -1, spelled: [] });
    }
  }
  if (used.size === 0) return;
  const byLetter = new Map<number, string[]>();
  for (const acr of used.keys()) {
    const c = acr.charCodeAt(0) + 32;
    const list = byLetter.get(c);
    if (list) list.push(acr);
    else byLetter.set(c, [acr]);
  }
  for (let s = 0; s < sentences.length; s++) {
    const items = sentences[s].items;
    for (let q = 0; q < items.length; q++) {
      const it = items[q];
      if (it.kind !== 'word') continue;
      const candidates = byLetter.get(it.f.charCodeAt(0));
      if (!candidates) continue;
      for (const acr of candidates) {
        const end = spelledOut(items, q, acr);
        // (The acronym itself, « CDAD », spells nothing: a phrase is words in lower case, or one capital opening it.)
        if (end <= q) continue;
        used.get(acr)!.spelled.push({ sentence: s, start: it.start, end: items[end].end });
      }
    }
  }
  for (const [acr, a] of used) if (a.spelled.length > 0) out.set(acr, a);
}

/** An acronym's one name, where the phrase it was introduced after starts, and the phrases that spell it out. */
interface IntroducedAcronym {
  id: string;
  start: number;
  /** In the order of the text. */
  spelled: { sentence: number; start: number; end: number }[];
}

/** Determiners that open the noun phrase an acronym is introduced after. */
const PHRASE_OPENERS = ['le', 'la', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'notre', 'ce', 'cet', 'cette'];

/** The introducing phrase and the later uses of each acronym in `sent`, as mentions of its one name. */
function addAcronymMentions(s: number, sent: Sentence, acronyms: Map<string, IntroducedAcronym>, mentions: EntityMention[]): void {
  const items = sent.items;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    const a = acronyms.get(it.raw);
    if (!a) continue;
    const intro = isPunct(items[k - 1], '(') && a.start < it.start && a.start >= sent.start;
    const start = intro ? a.start : it.start;
    const end = intro ? items[k + 1].end : it.end;
    // A known name over the same words keeps them; a phrase of the text's own gives way: the acronym names it.
    const over = mentions.filter((m) => m.start < end && start < m.end);
    if (over.some((m) => m.origin !== 'document' || !m.id.startsWith('np:'))) continue;
    for (const m of over) mentions.splice(mentions.indexOf(m), 1);
    mentions.push({ start, end, text: it.raw, id: a.id, kind: 'programme', canonical: it.raw, origin: 'document' });
  }
  // The phrases that spell an acronym out, in this sentence.
  for (const [acr, a] of acronyms) {
    if (a.spelled.length === 0) continue;
    // (Spelled phrases are in the order of the text: a binary search finds this sentence's.)
    for (let i = lowerBound(a.spelled, sent.start); i < a.spelled.length && a.spelled[i].sentence === s; i++) {
      const p = a.spelled[i];
      // (A known name inside the phrase, « conseil départemental » of « conseil départemental de l’accès au droit »,
      // is only part of what the acronym names; one reaching outside it is another reading, and wins.)
      const over = mentions.filter((m) => m.start < p.end && p.start < m.end);
      if (over.some((m) => (m.start < p.start || m.end > p.end) && (m.origin !== 'document' || !m.id.startsWith('np:')))) continue;
      for (const m of over) mentions.splice(mentions.indexOf(m), 1);
      mentions.push({ start: p.start, end: p.end, text: acr, id: a.id, kind: 'programme', canonical: acr, origin: 'document' });
    }
  }
}

function proseClaims(
  sentences: readonly Sentence[],
  amounts: readonly Amount[],
  entities: readonly EntityMention[],
  inBreakdown: ReadonlySet<number>,
): Claim[] {
  const claims: Claim[] = [];
  const bySentence = new Map<number, EntityMention[]>();
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    const s = indexAt(sentences, e.start);
    if (s < 0) continue;
    const list = bySentence.get(s);
    if (list) list.push(e);
    else bySentence.set(s, [e]);
  }
  // The names the text gives, by their folded words (as phrases() keys them).
  const knownBySpelling = new Map<string, EntityMention>();
  for (const e of entities) {
    const key = nameWords(e.text).join(' ');
    if (key && !knownBySpelling.has(key)) knownBySpelling.set(key, e);
  }
  // The names a sentence gives: known ones, and repeated noun phrases where no known name covers them. A phrase that
  // spells a name the text gives elsewhere (« du plan vélo 2024-2026 » where « plan vélo » was recognised before) is
  // that name.
  const acronyms = introducedAcronyms(sentences, entities);
  const mentionsOf = (s: number): EntityMention[] => {
    const sent = sentences[s];
    const named = bySentence.get(s) ?? [];
    const mentions = [...named];
    for (const p of phrases(sent)) {
      // « du Pass Culture Territoires »: a known name (« Pass Culture ») that the phrase goes on with a capitalised
      // word is part of another, longer name — the phrase's, not the known one's.
      const longer = named.find((m) => p.start <= m.start && m.end < p.end && capitalisedAfter(sent, m.end, p.end));
      if (longer) {
        mentions.splice(mentions.indexOf(longer), 1);
        mentions.push(p);
        continue;
      }
      if (named.some((m) => m.start < p.end && p.start < m.end)) continue;
      const known = knownBySpelling.get(p.text);
      mentions.push(known ? { ...known, start: p.start, end: p.end } : p);
    }
    if (acronyms.size > 0) addAcronymMentions(s, sent, acronyms, mentions);
    // « le programme FEDER-FSE+-FTJ 2021-2027 »: names glued into one compound name the programme that joins them,
    // none of them alone.
    return mentions.filter((m) => !inCompound(sent, m) && !setApart(sent, m)).sort((a, b) => a.start - b.start);
  };
  const referents = new Referents();
  // Sentences without a figure, whose names are noted only when a later sentence has words that may stand for one.
  const pending: number[] = [];
  // The thing claimed last, and the kind noun it was named with ('' when unknown).
  let last = null as { mention: EntityMention; section: number; head: string } | null;
  // The period a list's lead-in names (« Les principaux dispositifs en 2025 : »): its items' amounts are for it.
  let lead: When | null = null;
  // The names of the sentence before, for a subject pronoun (« Il est doté de… »).
  let prevNames: EntityMention[] = [];
  let prevParagraph = -1;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    const before = prevParagraph === sent.paragraph ? prevNames : [];
    prevNames = distinctNames(bySentence.get(s) ?? []);
    prevParagraph = sent.paragraph;
    if (!sent.inList) lead = null;
    // No figure in the sentence, nothing to attach: its words need not be cut, unless it announces a list.
    if (sent.figures === 0) {
      // (« **Chiffres clés 2025** » over a list: a short title line dates its items as a lead-in does.)
      const title = sent.items.length <= 8 && sentences[s + 1]?.inList === true;
      if (!sent.inList && (isPunct(sent.items[sent.items.length - 1], ':') || title)) lead = whenOf(sent, 0);
      pending.push(s);
      continue;
    }
    const named = bySentence.get(s) ?? [];
    const mentions = mentionsOf(s);
    // A thing named by its kind noun alone, introduced with an amount and taken up as a subject.
    // Phrases of the sentence (« la région adopte ») yield to it: a sentence that introduces a thing with its amount
    // gives the amount to that thing.
    let bare = named.length === 0 ? bareHead(sent) : null;
    let stand: EntityMention[] = [];
    let introduction: { mention: EntityMention; at: number } | null = null;
    // « ce fonds », « le plan », « Cap Lycées »: words standing for a thing named before (referents.ts). A sentence that
    // introduces a thing by its kind noun (« un plan de 800 M€ ») reads none.
    if (!bare?.intro) {
      if (pending.length && referents.mayStand(sent)) {
        for (const p of pending) referents.note(sentences[p], mentionsOf(p));
        pending.length = 0;
      }
      stand = referents.standIns(sent, mentions).filter((m) => !m.id.startsWith(BARE));
      // « Le plan, doté de 650 M€ » for a plan named before, not one introduced by its kind noun alone.
      if (bare && stand.some((m) => m.start <= sent.items[bare!.at].start && sent.items[bare!.at].end <= m.end) && !stand.some((m) => m.id.startsWith(BARE))) bare = null;
      if (bare) stand = [];
    }
    referents.note(sent, mentions);
    if (bare) {
      mentions.length = 0;
      const it = sent.items[bare.at];
      const m: EntityMention = { start: it.start, end: it.end, text: bare.head, id: BARE + bare.head, kind: 'programme', canonical: bare.head, origin: 'document' };
      // The introduction's amount is the one after « de »; a later subject attaches its own as any name does.
      if (bare.intro) {
        introduction = { mention: m, at: bare.at + 2 };
        // A thing of that kind, after which « le plan » may no more stand for a plan named before.
        referents.note(sent, [m]);
      }
      else mentions.push(m);
    }
    mentions.sort((a, b) => a.start - b.start);
    prevNames = distinctNames(mentions);
    // Whether the sentence writes a year anywhere: read once, for all its claims.
    let yearWritten: boolean | undefined;
    const claim = (written: EntityMention, fig: Figure, at: number) => {
      // « le Plan vélo départemental »: a known name with a territory's adjective is that territory's own plan, the name
      // the document gives it wherever it repeats it (« les 24 M€ du Plan vélo départemental »).
      const adjective = !written.id.startsWith('np:') && !written.id.startsWith(BARE) && !written.id.startsWith(ALIAS) && !written.id.startsWith(HEAD) ? territorialAdjectiveAfter(sent, written.end) : null;
      const m: EntityMention = adjective ? { ...written, end: adjective.end, id: 'np:' + ownWords(sent, written) + ' ' + adjective.f, canonical: written.canonical, kind: written.kind } : written;
      const ownOf = adjective ? written.id : undefined;
      const when = whenOf(sent, at, m, ownAmount(sent, at, itemAt(sent, m.start)), mentions);
      // « En 2023, 52 M€ des 168 M€ du plan X avaient été mandatés »: the year dates the part, the whole is the plan's.
      // « Sur les 42 M€ du plan vélo, 5,4 M€ seront engagés dès 2024 pour la liaison »: likewise, the year and the
      // purpose are the part's.
      const wholeOfPart = (isWord(sent.items[at - 1], 'des') && sent.items[at - 2]?.kind === 'amount') || (isWord(sent.items[at - 1], 'les') && isWord(sent.items[at - 2], 'sur'));
      if (wholeOfPart) when.period = '';
      if (sent.inList && lead && !when.period) when.period = lead.period;
      if (sent.inList && lead && !when.scope) when.scope = lead.scope;
      // The law a sentence names is part of its basis: « en loi de finances initiale » and « après la loi de finances rectificative » are two figures.
      const laws = mentions.filter((x) => x.id !== m.id && (x.kind === 'law' || x.kind === 'regulation')).map((x) => x.id);
      const basis = [basisAt(sent, at), ...new Set(laws)].filter(Boolean).join(',');
      const nameAt = itemAt(sent, m.start);
      const own = ownAmount(sent, at, nameAt);
      claims.push({ mention: m, ownOf, figure: fig, period: when.period, scope: when.scope, purpose: wholeOfPart ? '' : purposeOf(sent, mentions, at, own), basis, local: m.id.startsWith('np:') || m.id.startsWith(ALIAS) || m.id.startsWith(HEAD) || undefined, head: m.id.startsWith(BARE) || m.id.startsWith(HEAD) || m.id.startsWith(ALIAS) ? undefined : headOf(sent, m, nameAt) || undefined, territorial: sent.cues.some((c) => has(c, 'territory')) || territoryAfter(sent, m.end) || placeNamed(sent, at) || undefined, national: sent.cues.some((c) => has(c, 'national')) || undefined });
      if (m.id.startsWith(BARE)) claims[claims.length - 1].bare = m === introduction?.mention ? 'introduces' : 'takesUp';
      // « les 45 M€ du plan X », « X et ses 1 080 M€ », « ce fonds, avec ses 2,1 M€ »: the thing's own amount.
      if (!when.period && (yearWritten ??= sent.items.some((x) => isYear(x) !== null))) claims[claims.length - 1].yearInSentence = true;
      if (own) claims[claims.length - 1].definite = true;
      else if (grantedKnown(sent, at, nameAt)) claims[claims.length - 1].grantKnown = true;
      else claims[claims.length - 1].alongside = amountsOfSentence(sent, amounts);
      const made = claims[claims.length - 1];
      last = { mention: m, section: sent.section, head: made.head ?? (m.id.startsWith(BARE) ? m.id.slice(BARE.length) : m.id.startsWith('np:') ? m.id.slice(3).split(' ')[0] : '') };
    };
    // « Doté de 25 M€, abondés à parts égales par la région et par des investisseurs privés, il … »: the givers a
    // participle names with « par » are no subject of the sentence; the pronoun still stands for the thing before.
    const subjects = mentions.filter((m) => !agentOfParticiple(sent, m));
    // « Doté de 32 M€, il prévoit… », « Elle dispose de 4 M€ »: a subject pronoun for the one name of the sentence before.
    // The programme, fund or plan of the sentence before, not the body that acts on it (« Le conseil a adopté le
    // programme X. Doté de 32 M€, il… »): bodies are given amounts by name, programmes by pronoun too.
    let things = before.filter((m) => m.kind !== 'institution');
    // « Créé en 2019, le CEBL réunit … Il dispose d’un budget de 1,2 M€ »: a body that was the one name and the subject of
    // the sentence before is what the pronoun takes up.
    if (things.length === 0 && before.length === 1 && s > 0 && sumLabel(sent) < 0) {
      const prev = sentences[s - 1];
      const at = itemAt(prev, before[0].start);
      if (at <= afterFrontedClause(prev.items, firstIndex(prev.items)) + 2) things = before;
    }
    // « Le plan Vélo X a permis d’aménager 80 km. Il a été doté de 20 M€. »: a sentence with no amount named it.
    if (!subjects.length && !things.length && s > 0 && sentences[s - 1].paragraph === sent.paragraph && subjectPronoun(sent) >= 0) {
      for (const p of pending) referents.note(sentences[p], mentionsOf(p));
      pending.length = 0;
      things = referents.namedWithin(sentences[s - 1]).filter((m) => !m.id.startsWith(BARE));
    }
    // « La Région a présenté le plan X. Doté de 48 M€, il… »: of two names, the one whose gender the pronoun has.
    if (!subjects.length && things.length > 1 && s > 0) {
      const p = subjectPronoun(sent);
      const gender = p >= 0 && isWord(sent.items[p], 'il', 'elle') ? (isWord(sent.items[p], 'il') ? 'm' : 'f') : null;
      const agree = gender ? things.filter((m) => genderBefore(sentences[s - 1], m) === gender) : [];
      // (« Budget : 31 M€ » after « Le conseil a adopté le plan vélo »: a sum's label is a scheme's, not a body's.)
      const schemes = p >= 0 && !gender ? things.filter((m) => RECEIVING_KINDS.has(m.kind) && (!m.id.startsWith('np:') || RECEIVING_HEADS.has(headOf(sentences[s - 1], m, itemAt(sentences[s - 1], m.start))))) : [];
      if (agree.length === 1) things = agree;
      else if (schemes.length === 1) things = schemes;
      // « Le syndicat mixte a lancé le plan Avenir Bocage. Doté de 3,2 M€, il … »: of two that agree, the one the verb
      // acted on (after it), not the one that acted.
      else if (things.length === 2 && verbBetween(sentences[s - 1], things[0], things[1])) things = [things[1]];
    }
    if (!subjects.length && things.length === 1) {
      let pronoun = subjectPronoun(sent);
      // « … annonce le renforcement du plan « Eau potable ». Pour 2025, le plan mobilise 120 M€ »: the kind noun
      // the thing was named with stands for it as a pronoun does.
      if (pronoun < 0) {
        const h = subjectHead(sent);
        if (h && namedWithHead(sentences[s - 1], things[0], h.head)) pronoun = h.at;
      }
      if (pronoun >= 0) {
        const p = sent.items[pronoun];
        // (A label, « Budget : », stands for the thing without naming it: an empty span, so messages name it otherwise.)
        const stand = { ...things[0], start: p.start, end: isWord(p, 'il', 'elle') || !has(sent.cues[pronoun], 'sum-noun') ? p.end : p.start };
        const found = attachedAmount(sent, stand, amounts, Infinity);
        if (found && !inBreakdown.has(found.figure.index) && found.figure.qualifier === null && !otherBasis(sent, stand, found.at)) {
          claim(stand, found.figure, found.at);
          // The pronoun still stands for the name in the next sentence (« Il finance… Il dispose aussi de… »).
          prevNames = before;
          continue;
        }
      }
    }
    if (introduction) {
      const fig = figureOf(amounts, sent.items[introduction.at] as Item & { kind: 'amount' });
      // The verb before (« la région adopte un plan de … ») applies to the thing, not its amount: only words after the
      // amount may give it another basis (« un plan de 80 M€ par an », « HT »).
      if (!inBreakdown.has(fig.index) && fig.qualifier === null && !basisAfter(sent, introduction.at)) {
        claim(introduction.mention, fig, introduction.at);
        // « un plan de 800 M€ pour les urgences »: what follows says what the thing is, not a purpose the amount is split by.
        claims[claims.length - 1].purpose = '';
      }
      continue;
    }
    // « Avec ces 2,5 M€, nous voulons… »: a demonstrative before an amount, in a sentence naming nothing, is the amount of
    // the thing claimed last.
    const these = !mentions.length && last && last.section === sent.section ? demonstrativeAmount(sent) : -1;
    if (these >= 0 && last) {
      const fig = figureOf(amounts, sent.items[these] as Item & { kind: 'amount' });
      // « La région ajoute 2,5 M€. Avec ces 2,5 M€, … » points to that amount, not to the thing claimed before it.
      let restated = false;
      for (let i = lowerBound(amounts, claims[claims.length - 1]?.figure.end ?? 0); i < fig.index && !restated; i++) restated = amounts[i].value === fig.value;
      if (!restated && !inBreakdown.has(fig.index) && fig.qualifier === null && !otherBasis(sent, last.mention, these)) {
        claim({ ...last.mention, start: sent.items[these].start, end: sent.items[these].start }, fig, these);
        claims[claims.length - 1].anaphoric = true;
      }
      continue;
    }
    const back = demonstrative(sent);
    // « Avec ce fonds de 4,5 M€, la métropole espère… »: names after the opening clause are the subject, not the thing.
    const opening = back !== null && !isWord(sent.items[firstIndex(sent.items)], 'ce', 'cet', 'cette', 'ces');
    // (« Le pôle recevra 780 000 € du FEDER. Ce projet de 1,3 M€ … »: a demonstrative with another kind noun than the
    // thing claimed last names something else.)
    const otherKind = back !== null && last !== null && last.head !== '' && HEADS.has(back.head) && back.head !== last.head && back.head !== 'dispositif';
    // « Cette enveloppe de 0,57 Md€ sera versée en avances »: what the verb says of the subject is said of the whole amount.
    let verb = back ? back.at + 1 : 0;
    while (back && verb < sent.items.length && !(sent.items[verb].kind === 'word' && (VERBS.has((sent.items[verb] as { f: string }).f) || isWord(sent.items[verb], 'a', 'ont')))) verb++;
    // « Ce plan de 705 M€ sera piloté par les agences régionales de santé »: names past the subject's verb are its
    // complements; the demonstrative opening the sentence still stands for the thing before.
    const complementsOnly = back !== null && !opening && verb < sent.items.length && mentions.every((m) => m.start > sent.items[verb].end);
    if (back && last && !otherKind && last.section === sent.section && (!mentions.length || complementsOnly || (opening && mentions.every((m) => m.start > sent.items[back.at].end)))) {
      const fig = figureOf(amounts, sent.items[back.at] as Item & { kind: 'amount' });
      if (!inBreakdown.has(fig.index) && !otherBasis(sent, last.mention, back.at, verb)) {
        claim({ ...last.mention, start: sent.items[back.at].start, end: sent.items[back.at].start }, fig, back.at);
        // (« ce plan de A » speaks of the thing as known: with no period, purpose or basis of its own, it has the first's.)
        claims[claims.length - 1].definite = true;
      }
      continue;
    }
    if (stand.length) mentions.push(...stand.splice(0)), mentions.sort((a, b) => a.start - b.start);
    const done = new Set<string>();
    const used = new Set<number>();
    // « Le comité du fonds X rendra compte de l’emploi des 52 M€ »: the one name of the sentence, already given an
    // amount, and an amount with a definite article that refers to an amount known (see definiteAmount).
    const known = definiteAmount(sent, mentions);
    if (known) {
      const fig = figureOf(amounts, sent.items[known.at] as Item & { kind: 'amount' });
      if (!inBreakdown.has(fig.index) && fig.qualifier === null && !otherBasis(sent, known.mention, known.at)) {
        claim(known.mention, fig, known.at);
        claims[claims.length - 1].anaphoric = true;
        continue;
      }
    }
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      if (done.has(m.id)) continue;
      // The next name bounds the words that may attach an amount to this one (the same name again, « (DSIL) », does not).
      let next = i + 1;
      while (next < mentions.length && mentions[next].id === m.id) next++;
      // « Le PCAET de la communauté d’agglomération … prévoit un budget de 14 M€ »: a name completed by another
      // (« de », « du », an article between) is the head of the phrase; the amount the phrase attaches is the head's.
      const complement = next < mentions.length && complementAfter(sent, mentions[next - 1], mentions[next]) ? mentions[next] : null;
      if (complement) {
        done.add(complement.id);
        next++;
        while (next < mentions.length && mentions[next].id === complement.id) next++;
      }
      const found = attachedAmount(sent, complement ? { start: m.start, end: complement.end } : m, amounts, next < mentions.length ? mentions[next].start : Infinity);
      if (!found) {
        // « - 4,2 M€ : apport du fonds Santé proximité »: a key figure whose label names the thing gives it the amount.
        const boxed = keyFigureOf(sent, m);
        if (boxed >= 0) {
          const fig = figureOf(amounts, sent.items[boxed] as Item & { kind: 'amount' });
          claim(m, fig, boxed);
          if (inBreakdown.has(fig.index)) claims[claims.length - 1].portion = true;
          continue;
        }
        // (« la Région mobilise 8,4 M€ au titre du Pass X »: a giver's verb of allocation makes the thing the receiver,
        // read before « au titre du » is taken as the thing granting.)
        const total = totalFor(sent, m);
        if (total >= 0) {
          const fig = figureOf(amounts, sent.items[total] as Item & { kind: 'amount' });
          if (!inBreakdown.has(fig.index) && fig.qualifier === null && !otherBasis(sent, m, total)) claim(m, fig, total);
          continue;
        }
        const received = receivedBefore(sent, m);
        const given = received >= 0 ? -1 : firstFound(contributionBefore(sent, m), () => contributionAfter(sent, m), () => contributionBy(sent, m));
        // (The amount may be the receiving thing's too: « Le projet bénéficie de 2,7 M€ au titre du Fonds vert ».)
        if (given >= 0) {
          claim(m, figureOf(amounts, sent.items[given] as Item & { kind: 'amount' }), given);
          claims[claims.length - 1].contribution = true;
          continue;
        }
        if (received >= 0) {
          const fig = figureOf(amounts, sent.items[received] as Item & { kind: 'amount' });
          if (!inBreakdown.has(fig.index) && fig.qualifier === null && !otherBasis(sent, m, received)) {
            claim(m, fig, received);
            claims[claims.length - 1].received = true;
          }
        }
        continue;
      }
      const fig = found.figure;
      if (used.has(fig.index) || (inBreakdown.has(fig.index) && !found.direct) || fig.qualifier === 'lower-bound' || fig.qualifier === 'upper-bound') continue;
      if (otherBasis(sent, m, found.at)) continue;
      // « les fraudes stoppées par l’Assurance maladie ont atteint 466 M€ »: the agent of a participle inside the subject
      // does not own what the subject comes to.
      if (agentInSubject(sent, m, found.at)) continue;
      done.add(m.id);
      used.add(fig.index);
      claim(m, fig, found.at);
      if (inBreakdown.has(fig.index)) claims[claims.length - 1].portion = true;
      // « doté de 820,1 M€ en autorisations d’engagement et de 812,6 M€ en crédits de paiement »: one amount per basis.
      const other = otherBasisAmount(sent, found.at);
      if (other >= 0 && !inBreakdown.has((sent.items[other] as { index: number }).index)) {
        const second = figureOf(amounts, sent.items[other] as Item & { kind: 'amount' });
        used.add(second.index);
        claim(m, second, other);
      }
    }
  }
  // « … c’est 40 M€ », a affirmé un député. C’est inexact : le plan mobilise 28 M€, et non 40 M€. »: an amount the text
  // itself corrects is no amount it gives the thing.
  // Keyed by currency and value: one look-up per claim, however many figures the text corrects.
  const rejected = new Set<string>();
  for (const sent of sentences) {
    if (sent.figures === 0) continue;
    for (let k = 0; k < sent.items.length; k++) {
      const it = sent.items[k];
      if (it.kind === 'amount' && rejectedBefore(sent, k)) rejected.add(amounts[it.index].currency + ' ' + amounts[it.index].value);
    }
  }
  if (rejected.size === 0) return claims;
  return claims.filter((c) => !rejected.has(c.figure.currency + ' ' + c.figure.value));
}

/**
 * A mention that is only a piece of a word (« FEDER-FSE », « -FTJ ») or glued by « + » or « / » to the word beside it,
 * with no space: part of a compound name.
 */
/** Words that name a thing only to set it apart from the subject: « distinct du contrat X », « hors plan Y ». */
const SET_APART = new Set(['distinct', 'distincte', 'distincts', 'distinctes', 'hors', 'contrairement', 'independamment', 'independant', 'independante']);

/**
 * « Le marché des véhicules, distinct du contrat d’exploitation, atteint 9,6 M€ »: a name a word of SET_APART
 * introduces (an article or « de », « à » between) is not what the amount is said of.
 */
function setApart(v: View, m: EntityMention): boolean {
  let k = itemAt(v, m.start) - 1;
  while (k >= 0 && isWord(v.items[k], 'de', "d'", 'du', 'des', 'a', 'au', 'aux', 'le', 'la', "l'", 'les')) k--;
  return k >= 0 && v.items[k].kind === 'word' && SET_APART.has((v.items[k] as { f: string }).f);
}

function inCompound(v: View, m: EntityMention): boolean {
  const k = itemAt(v, m.start);
  if (k < 0 || k >= v.items.length) return false;
  let e = k;
  while (e + 1 < v.items.length && v.items[e + 1].start < m.end) e++;
  if (v.items[k].start < m.start || v.items[e].end > m.end) return true;
  const glued = (p: Item | undefined, q: Item | undefined) => p !== undefined && q !== undefined && p.end === q.start;
  const joiner = (p: Item | undefined) => p !== undefined && p.kind === 'punct' && '+/'.includes(p.ch);
  const before = v.items[k - 1];
  if (joiner(before) && glued(before, v.items[k]) && glued(v.items[k - 2], before) && v.items[k - 2].kind === 'word') return true;
  const after = v.items[e + 1];
  return joiner(after) && glued(v.items[e], after) && glued(after, v.items[e + 2]) && v.items[e + 2].kind === 'word';
}

/** Nouns of what a fund or body grants, between the amount and the granting name: « 2,7 M€ de subvention du Fonds vert ». */
const GRANT_NOUNS: ReadonlySet<string> = new Set(['subvention', 'subventions', 'aide', 'aides', 'credits', 'financement', 'financements', 'soutien', 'dotation', 'participation']);

/**
 * The amount a name grants in its sentence, written before it: « 2,7 M€ du Fonds vert », « 2,7 M€ au titre du Fonds
 * vert », « 2,7 M€ de subventions du Fonds vert ». The item index of that amount, or -1.
 */
function contributionBefore(v: View, m: EntityMention): number {
  const { items } = v;
  let q = itemAt(v, m.start) - 1;
  while (q >= 0 && (isPunct(items[q], '«', '"', '“') || isWord(items[q], 'la', 'le', "l'"))) q--;
  // « au titre du fonds Cap Bourgs »: the kind noun written before the name.
  if (items[q]?.kind === 'word' && HEADS.has((items[q] as { f: string }).f)) {
    q--;
    while (q >= 0 && isWord(items[q], 'la', 'le', "l'")) q--;
  }
  if (!isWord(items[q], 'du', 'de', "d'", 'des')) return -1;
  q--;
  // « au titre du »
  if (isWord(items[q], 'titre') && isWord(items[q - 1], 'au')) q -= 2;
  // « de subventions du »
  else if (items[q]?.kind === 'word' && GRANT_NOUNS.has((items[q] as { f: string }).f) && isWord(items[q - 1], 'de', "d'")) q -= 2;
  const a = items[q];
  return a?.kind === 'amount' && a.high === undefined ? q : -1;
}

/** The first of the item indices that is one (not -1), the later finders run only when needed. */
function firstFound(first: number, ...rest: (() => number)[]): number {
  let found = first;
  for (let i = 0; found < 0 && i < rest.length; i++) found = rest[i]();
  return found;
}

/** Heads of the things a giver puts money into (a programme, a fund, a plan), not of bodies, places or buildings. */
const RECEIVING_HEADS: ReadonlySet<string> = new Set(['programme', 'plan', 'fonds', 'dispositif', 'pacte', 'strategie', 'initiative', 'operation', 'contrat', 'schema', 'chantier', 'pass', 'cheque']);
const RECEIVING_VERBS: readonly string[] = ['consacr', 'allou', 'destin'];
const RECEIVING_KINDS: ReadonlySet<string> = new Set(['programme', 'plan', 'strategy', 'fund']);

/**
 * « Au total, ce sont 245 M€ qui seront investis dans le cadre du Plan X », « Au total, 12 M€ seront mobilisés pour le
 * plan X »: a sentence that opens on a word of total, its one amount, and the name after it in a phrase of purpose
 * (« dans le cadre de », « au titre de », « pour »). The amount is the thing's whole: the item index, or -1.
 */
function totalFor(v: View, m: EntityMention): number {
  const { items, cues } = v;
  const first = firstIndex(items);
  if (!has(cues[first], 'total')) return -1;
  let a = -1;
  for (let k = first; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'percent') return -1;
    if (it.kind === 'amount') {
      if (a >= 0 || it.high !== undefined) return -1;
      a = k;
    }
  }
  const nameAt = itemAt(v, m.start);
  if (a < 0 || nameAt <= a || nameAt - a > 12) return -1;
  let q = nameAt - 1;
  while (q > a && (isPunct(items[q], '«', '"', '“') || isWord(items[q], 'la', 'le', "l'", 'les') || (items[q].kind === 'word' && HEADS.has((items[q] as { f: string }).f)))) q--;
  const purpose = (isWord(items[q], 'du', 'de', 'des', "d'") && isWord(items[q - 1], 'cadre', 'titre')) || isWord(items[q], 'pour');
  if (!purpose) return -1;
  // Nothing but words between the amount and the phrase: one clause.
  for (let k = a + 1; k < q; k++) if (items[k].kind !== 'word') return -1;
  return a;
}

/**
 * « consacre 4,2 Md€ au programme « X » », « a alloué 340 000 € au plan X »: a verb of allocation, its one amount, and
 * « au » (« à la ») before a programme, fund or plan, in a sentence with no other amount. The item index of that amount,
 * or -1.
 */
function receivedBefore(v: View, m: EntityMention): number {
  const { items, cues } = v;
  const nameAt = itemAt(v, m.start);
  let q = nameAt - 1;
  while (q >= 0 && (isPunct(items[q], '«', '"', '“') || isWord(items[q], 'la', 'le', "l'"))) q--;
  const head = items[q]?.kind === 'word' && RECEIVING_HEADS.has((items[q] as { f: string }).f) ? (items[q] as { f: string }).f : '';
  if (head) q--;
  if (!(head || (RECEIVING_KINDS.has(m.kind) && !m.id.startsWith('np:')) || RECEIVING_HEADS.has(headOf(v, m, nameAt)))) return -1;
  // « mobilise 8,4 M€ au titre du Pass X »: « au titre de » gives the amount to the thing as « au » does.
  const onAccountOf = isWord(items[q], 'du', 'de', 'des') && isWord(items[q - 1], 'titre') && isWord(items[q - 2], 'au');
  if (onAccountOf) q -= 2;
  else if (!isWord(items[q], 'au', 'aux', 'a')) return -1;
  let a = q - 1;
  if (has(cues[a], 'mixed-basis')) a--;
  const fig = items[a];
  if (fig?.kind !== 'amount' || fig.high !== undefined) return -1;
  // (« apporter », « financer » say a giver's part as often as not: only verbs that set money aside for the thing.)
  const verb = items[a - 1];
  if (verb?.kind !== 'word' || !has(cues[a - 1], 'allocation') || !(RECEIVING_VERBS.some((p) => verb.f.startsWith(p)) || (onAccountOf && verb.f.startsWith('mobilis')))) return -1;
  // « …, le reste étant financé par les industriels »: other givers named, the amount is a part. (Read near the amount,
  // so a sentence of many names stays linear.)
  for (let k = Math.max(0, a - 30); k < items.length && k <= a + 30; k++) {
    if (k !== a && (items[k].kind === 'amount' || items[k].kind === 'percent')) return -1;
    if (has(cues[k], 'remainder') || has(cues[k], 'partial') || has(cues[k], 'extra')) return -1;
  }
  return a;
}

/**
 * « - 4,2 M€ : apport du fonds Santé proximité », « - **16,8 M€** : coût total du programme X »: a list item that opens
 * on one amount and a colon, its label after it naming the thing (no other figure). The item index of that amount, or -1.
 */
function keyFigureOf(v: Sentence, m: EntityMention): number {
  const { items } = v;
  let k = firstIndex(items);
  while (k < items.length && isPunct(items[k], '*', '_')) k++;
  // « Chiffre clé : 1,2 M€ pour le fonds X en 2025 »: a short label and its colon open a key figure as a list mark does.
  const label = labelEnd(items, k);
  if (label < 0 && !v.inList) return -1;
  if (label >= 0) {
    k = label + 1;
    while (k < items.length && isPunct(items[k], '*', '_')) k++;
  }
  const a = items[k];
  if (!a || a.kind !== 'amount' || a.high !== undefined) return -1;
  let q = k + 1;
  while (q < items.length && isPunct(items[q], '*', '_')) q++;
  if (isPunct(items[q], ':') && itemAt(v, m.start) > q) {
    for (let x = q + 1; x < items.length; x++) if (items[x].kind === 'amount' || items[x].kind === 'percent') return -1;
    return k;
  }
  // « - 140 M€ pour Usines du futur », « - 2 M€ au fonds X »: the amount, a word giving it to the name, the name, and
  // nothing after it — the line says what the thing gets.
  if (!isWord(items[q], 'pour', 'au', 'aux', 'a', 'du', 'de', "d'", 'des')) return -1;
  const nameAt = itemAt(v, m.start);
  for (let x = q + 1; x < nameAt; x++) {
    const it = items[x];
    if (!(isPunct(it, '«', '"', '“', '*', '_') || (it.kind === 'word' && (ARTICLES.has(it.f) || HEADS.has(it.f))))) return -1;
  }
  for (let x = itemAt(v, m.end); x < items.length; x++) {
    const it = items[x];
    // (« … pour le fonds X en 2025 »: the year the figure is for ends the line as well.)
    if (isYear(it) || (isWord(it, 'en') && isYear(items[x + 1]))) continue;
    if (it.kind !== 'punct' || !'»"”*_.;,'.includes(it.ch)) return -1;
  }
  return k;
}

/** The colon of a label of one to three words opening a line (« Chiffre clé : », « En bref : »), or -1. */
function labelEnd(items: readonly Item[], k: number): number {
  for (let q = k; q < items.length && q <= k + 3; q++) {
    const it = items[q];
    if (isPunct(it, ':')) return q > k ? q : -1;
    if (it.kind !== 'word' && !isPunct(it, '*', '_')) return -1;
  }
  return -1;
}

/**
 * « Via le Fonds vert, l’État contribue à hauteur de 6,2 M€ … », « Au titre de la DETR, la commune a obtenu 186 000 € »:
 * a name in a phrase of means that opens the sentence, then the one amount of the clause after its comma — what the
 * thing grants through someone. The item index of that amount, or -1.
 */
function contributionAfter(v: View, m: EntityMention): number {
  const { items } = v;
  let q = itemAt(v, m.start) - 1;
  while (q >= 0 && (isPunct(items[q], '«', '"', '“') || isWord(items[q], 'la', 'le', "l'", 'les'))) q--;
  const means = isWord(items[q], 'via') || (isWord(items[q], 'du', 'de', "d'", 'des') && isWord(items[q - 1], 'titre', 'cadre')) || (isWord(items[q], 'au', 'a', 'aux') && isWord(items[q - 1], 'grace'));
  // The phrase opens the sentence: « Via », « Au titre », « Dans le cadre », « Grâce » is its first word.
  let open = q;
  while (open > 0 && items[open - 1].kind === 'word' && open > q - 3) open--;
  if (!means || open !== firstIndex(items)) return -1;
  let e = itemAt(v, m.end);
  while (e < items.length && isPunct(items[e], ')', '»', '"', '”')) e++;
  if (!isPunct(items[e], ',')) return -1;
  let found = -1;
  for (let k = e + 1; k < items.length && !isPunct(items[k], ';', '.'); k++) {
    if (items[k].kind !== 'amount') continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found >= 0 && (items[found] as { high?: number }).high === undefined ? found : -1;
}

/** Verbs by which a fund or body gives an amount to the project a text is about. */
const GIVING_VERBS: readonly string[] = ['apporte', 'verse', 'accorde', 'octroie', 'alloue', 'attribue'];
/** Verbs that give only with « à hauteur de »: « le Fonds vert finance à hauteur de 840 000 € ». */
const SHARING_VERBS: ReadonlySet<string> = new Set(['finance', 'financera', 'cofinance', 'participe', 'participera', 'contribue', 'contribuera', 'intervient', 'interviendra']);

/**
 * « Le Fonds vert apporte 840 000 €, le Département 310 000 € »: the name, then a verb of giving and its amount — what
 * the thing grants (Claim.contribution). The item index of that amount, or -1.
 */
function contributionBy(v: View, m: EntityMention): number {
  const { items } = v;
  let e = itemAt(v, m.end);
  while (e < items.length && items[e].start < m.end) e++;
  while (e < items.length && isPunct(items[e], '»', '"', '”')) e++;
  const verb = items[e];
  if (verb?.kind !== 'word') return -1;
  let k = e + 1;
  if (SHARING_VERBS.has(verb.f)) {
    if (!(isWord(items[k], 'a') && isWord(items[k + 1], 'hauteur') && isWord(items[k + 2], 'de', "d'"))) return -1;
    k += 3;
  } else if (!GIVING_VERBS.some((g) => verb.f === g || verb.f === g + 'nt' || verb.f === g.slice(0, -1) + 'ra')) return -1;
  const a = items[k];
  return a?.kind === 'amount' && a.high === undefined ? k : -1;
}

/** Mention `b` right after mention `a`, joined by « de », « du », « des » (an article may follow): a complement of `a`. */
function complementAfter(v: View, a: EntityMention, b: EntityMention): boolean {
  let q = itemAt(v, a.end);
  const end = itemAt(v, b.start);
  // « … territorial (PCAET) de la communauté »: past the acronym's bracket or a closing quote.
  while (q < end && isPunct(v.items[q], ')', '»', '"', '”')) q++;
  if (!isWord(v.items[q], 'de', "d'", 'du', 'des')) return false;
  q++;
  while (q < end && isWord(v.items[q], 'la', "l'", 'le', 'les')) q++;
  return q === end && b.id !== a.id;
}

/** The single amounts of a sentence, read once however many names it gives amounts to. */
const sentenceAmounts = new WeakMap<Sentence, readonly Figure[]>();
function amountsOfSentence(sent: Sentence, amounts: readonly Amount[]): readonly Figure[] {
  let known = sentenceAmounts.get(sent);
  if (!known) {
    const out: Figure[] = [];
    for (const it of sent.items) if (it.kind === 'amount' && it.high === undefined) out.push(figureOf(amounts, it));
    sentenceAmounts.set(sent, (known = out));
  }
  return known;
}

/** An earlier amount `e` of a thing against a later one: a check, and a finding when they cannot be one amount. */
function compareClaims(e: Figure, fig: Figure, nameOf: () => string, out: { text: string; tolerance: number; t: Translate; checks: Check[]; findings: Finding[] }): void {
  const { text, t } = out;
  const slack = slackFor(out.tolerance, e.value, fig.value);
  const mismatch = disjoint({ lo: e.lo, hi: e.hi }, { lo: fig.lo, hi: fig.hi }, slack);
  out.checks.push({
    kind: 'conflict',
    status: mismatch ? 'mismatch' : 'ok',
    total: { start: e.start, end: e.end, value: e.value },
    parts: [{ start: fig.start, end: fig.end, value: fig.value }],
    sum: fig.value,
    tolerance: finite(Math.max(e.hi - e.value, e.value - e.lo) + Math.max(fig.hi - fig.value, fig.value - fig.lo) + slack),
    unit: fig.currency,
  });
  if (!mismatch) return;
  // Named only for a mismatch: consistent claims cost no quoting.
  const name = nameOf();
  out.findings.push({
    start: fig.start,
    end: fig.end,
    severity: 'warning',
    code: FIGURE_CONFLICT,
    message: t('{0} is given {1} here but {2} earlier in the document.', name, quote(text, fig.start, fig.end), quote(text, e.start, e.end)),
    related: [{ start: e.start, end: e.end, message: t('the earlier figure for {0}: {1}', name, quote(text, e.start, e.end)) }],
  });
}

/** The longest run of a name's words an alias may take up. */
const ALIAS_WORDS = 8;

/** A name's words without the years it ends on (« autonomie grand age 2024-2028 » → « autonomie grand age »). */
function undated(words: string[]): string[] {
  let end = words.length;
  while (end > 0 && /^\d{4}(-\d{2,4})?$/.test(words[end - 1])) end--;
  return words.slice(0, end);
}

/**
 * The document's own names (np:, user:) given an amount so far, indexed by what a later mention may take up: the runs
 * of their words after the first (« Les 4,8 M€ de Cap Numérique Seniors » for « le programme Cap Numérique Seniors »,
 * `resolveAlias`) and their words past the kind noun without the years they end on (« le plan Autonomie Grand Âge »
 * for « Autonomie Grand Âge 2024-2028 », `withoutYears`). Each look-up is one map read, however many names came before;
 * a key two names share stays unread.
 */
class OwnNames {
  private readonly ids = new Set<string>();
  private readonly runs = new Map<string, Claim | null>();
  private readonly undatedTails = new Map<string, Claim | null>();
  /** By kind noun, the one thing given an amount with it so far (null once several were). */
  private readonly heads = new Map<string, Claim | null>();

  add(c: Claim): void {
    const id = c.mention.id;
    if (c.head) note(this.heads, c.head, c);
    const words = id.startsWith('np:') ? id.slice(3).split(' ') : id.startsWith('user:') ? id.slice(5).split('-') : null;
    if (!words || this.ids.has(id)) return;
    this.ids.add(id);
    for (let i = 1; i < words.length; i++) for (let j = i + 1; j <= words.length && j - i <= ALIAS_WORDS; j++) note(this.runs, words.slice(i, j).join(' '), c);
    const bare = undated(words);
    if (bare.length < words.length && bare.length > 0) note(this.undatedTails, (HEADS.has(bare[0]) ? bare.slice(1) : bare).join(' '), c);
  }

  /** An alias claim given the one earlier name holding its words after that name's first; null when none or several. */
  resolveAlias(claim: Claim): Claim | null {
    const found = this.runs.get(claim.mention.id.slice(ALIAS.length)) ?? null;
    return found ? renamed(claim, found) : null;
  }

  /** A kind noun's claim (HEAD) given the one earlier thing named with that noun; null when none or several. */
  resolveHead(claim: Claim, subject: boolean): Claim | null {
    const head = claim.mention.id.slice(HEAD.length);
    const found = this.heads.get(head);
    // « … rappelle que l’opération, d’un coût de 7,8 M€ HT, … » with no thing of that kind given an amount before: the
    // kind noun as a subject names a thing of its own, which a later « l’opération » alone takes up. (A complement,
    // « le déficit du syndicat », gives no thing its amount that way.)
    if (found === undefined && subject) {
      this.heads.set(head, claim);
      return claim;
    }
    // (« Le lycée a coûté 18 M€ et le gymnase 6 M€. Ces 4 M€ de surcoût … »: an amount taken up by « ces » is no thing's
    // own when the thing is only a kind noun.)
    if (found && found.mention.id.startsWith(HEAD) && claim.anaphoric) return null;
    return found ? renamed(claim, found) : null;
  }

  /** An np: claim whose words past its kind noun are one earlier name's without its years: that name's claim. */
  withoutYears(claim: Claim): Claim {
    const words = claim.mention.id.slice(3).split(' ');
    if (words.length < 3 || !HEADS.has(words[0]) || this.ids.has(claim.mention.id)) return claim;
    const found = this.undatedTails.get(words.slice(1).join(' ')) ?? null;
    return found ? renamed(claim, found) : claim;
  }
}

/**
 * Whether the kind noun at `start` is a clause's subject: after « le », « la », « l’ » that open the text, a sentence
 * or a line, or follow « que ». Read on the few characters before it.
 */
function subjectAt(text: string, start: number): boolean {
  const before = foldString(text.slice(Math.max(0, start - 12), start));
  // « Doté de 45 M€ sur la période, ce fonds régional viendra … »: a demonstrative opening the sentence, or the main
  // clause after a fronted one, is its subject too.
  if (/^ce(?:t|tte)?\s/.test(foldString(text.slice(start, start + 6))) && /(?:^|[.!?\n:,]\s*)$/.test(before)) return true;
  const m = /(^|[.!?\n:]\s*|\bqu(?:e\s+|'))(?:le |la |l')$/.exec(before);
  return m !== null && (m.index > 0 || start <= 12 || m[1] !== '');
}

function note(map: Map<string, Claim | null>, key: string, c: Claim): void {
  const e = map.get(key);
  if (e === undefined) map.set(key, c);
  else if (e && e.mention.id !== c.mention.id) map.set(key, null);
}

/** The claim given the identity of the earlier name it stands for. */
function renamed(claim: Claim, name: Claim): Claim {
  return { ...claim, mention: { ...claim.mention, id: name.mention.id, canonical: name.mention.canonical, kind: name.mention.kind } };
}

/** The budget or tax basis of a claim's basis key (its numbered part: AE, CP, HT, TTC), without the laws it names. */
function budgetBasisOf(basis: string): string {
  return basis.split(',').filter((p) => /\d/.test(p)).join(',');
}

/** The laws a claim's basis key names. */
function lawsOf(basis: string): string {
  return basis.split(',').filter((p) => p && !/\d/.test(p)).join(',');
}

/** The first claim for a name, period, scope and purpose sets its amount; every later one is checked against it. */
export function judgeClaims(text: string, claims: readonly Claim[], tolerance: number, t: Translate, restated?: (f: Figure) => boolean): { checks: Check[]; findings: Finding[] } {
  const checks: Check[] = [];
  const findings: Finding[] = [];
  /** The document's title claim, until the first name it fits is given an amount (titleClaim). */
  let title: Claim | null = null;
  let titleSeen = false;
  const first = new Map<string, Claim[]>();
  /** The single year each name was first given an amount for: « cette année » means it. */
  const yearOf = new Map<string, string>();
  /** Where the amount that gave each name its year is written. */
  const yearAt = new Map<string, number>();
  // « cette année » in a text that writes one year only (« … 900 jeunes soutenus en 2025 ») is that year.
  const onlyYear = soleYear(text);
  const periodFor = (c: Claim): string => {
    if (c.period !== 'now') return c.period;
    const year = yearOf.get(c.mention.id) ?? onlyYear;
    // « doté de 3 M€ en 2024, … portée à 4,2 M€ en 2025. … les 4,2 M€ du fonds cette année »: a later year written in
    // between is the one « cette année » means.
    return year && !laterYearBetween(text, yearAt.get(c.mention.id) ?? 0, Math.min(c.mention.start, c.figure.start), Number(year.slice(1))) ? year : 'now';
  };
  /** The names given an amount so far: an anaphoric claim counts only for them; a phrase read too far is one of them. */
  const named = new Set<string>();
  /** The period of the first amount each name was given. */
  const firstPeriod = new Map<string, string>();
  const firstPurpose = new Map<string, string>();
  /** The one basis each name's own amounts were given on; null once they were given on several. */
  const bases = new Map<string, string | null>();
  /** How many things each kind noun alone has introduced so far (see bareHead). */
  const introduced = new Map<string, number>();
  /** The names given an amount so far that are the document's own (np:, user:), for the words that take them up. */
  const ownNames = new OwnNames();
  /** Known names the document made its own (« le plan vélo communal »): later mentions of the known name are that plan. */
  const madeOwn = new Map<string, Claim>();
  /** The amounts each name was said to grant so far (Claim.contribution). */
  const grants = new Map<string, Figure[]>();
  // What givers put into a thing is its whole only when the document names one such amount for it.
  const receivedOnce = new Map<string, boolean>();
  for (const c of claims) if (c.received) receivedOnce.set(c.mention.id, !receivedOnce.has(c.mention.id));
  for (const given of claims) {
    if (given.received && !receivedOnce.get(given.mention.id)) continue;
    if (given.contribution) {
      // (Past GRANTS_KEPT grants a name's amount written as known could be any of them: the list stops growing, and
      // each look-up stays bounded whatever the document's size.)
      const list = grants.get(given.mention.id);
      if (!list) grants.set(given.mention.id, [given.figure]);
      else if (list.length <= GRANTS_KEPT) list.push(given.figure);
      continue;
    }
    if (given.grantKnown) {
      compareWithGrants(given, grants, { text, tolerance, t, checks, findings });
      continue;
    }
    if (given.ownOf && !madeOwn.has(given.ownOf)) madeOwn.set(given.ownOf, given);
    const local = !given.ownOf && !given.national ? madeOwn.get(given.mention.id) : undefined;
    const written = local ? renamed(given, local) : given;
    // « Les 21 M€ du fonds » with no fund introduced by its kind noun alone: the one earlier thing of that kind, as « le
    // fonds » would take it up.
    const orphan = written.bare === 'takesUp' && !introduced.get(written.mention.id) ? ownNames.resolveHead({ ...written, bare: undefined, mention: { ...written.mention, id: HEAD + written.mention.id.slice(BARE.length) } }, false) : null;
    const read: Claim | null = orphan ? orphan : written.mention.id.startsWith(ALIAS) ? ownNames.resolveAlias(written) : written.mention.id.startsWith(HEAD) ? ownNames.resolveHead(written, subjectAt(text, written.mention.start)) : written;
    // « le plan Autonomie Grand Âge » after « le plan « Autonomie Grand Âge 2024-2028 » »: the name without its years.
    const claim: Claim | null = read && read.mention.id.startsWith('np:') ? ownNames.withoutYears(read) : read;
    if (!claim) continue;
    ownNames.add(claim);
    const { figure: fig } = claim;
    if (claim.title) {
      // Only the document's own title, and only when its amount is not one the body states again (« 87,4 M€ » in the
      // title, « pour un montant total de 87,4 M€ » below: the title speaks of that one).
      if (!titleSeen && onFirstLine(text, claim.mention.start) && !restated?.(fig) && !claim.territorial && !claim.national) title = claim;
      titleSeen = true;
      continue;
    }
    if (title && !claim.bare && !claim.anaphoric && !claim.portion && !claim.territorial && !claim.national && titleNames(title.title!, headBefore(text, claim.mention.start) + ' ' + (claim.mention.canonical || text.slice(claim.mention.start, claim.mention.end)))) {
      const e = title.figure;
      const { scope, period } = title;
      title = null;
      if (e.currency === fig.currency && (!claim.scope || !scope || claim.scope === scope || sameLength(claim.scope, scope)) && !(claim.period && period && claim.period !== period)) {
        // Named as the body writes it: the title and the body speak of the document's own thing.
        const name = () => (claim.mention.end > claim.mention.start ? quote(text, claim.mention.start, claim.mention.end) : claim.mention.canonical);
        compareClaims(e, fig, name, { text, tolerance, t, checks, findings });
      }
    }
    let id = sameAsEarlier(claim.mention.id, named, claim.definite || claim.anaphoric, claim.mention.canonical);
    if (claim.bare) {
      const n = (introduced.get(id) ?? 0) + (claim.bare === 'introduces' ? 1 : 0);
      if (n === 0) continue;
      introduced.set(id, n);
      id = `${id}#${n}`;
    }
    if (claim.anaphoric && !named.has(id)) {
      // (« … les 3,2 M€ du Fonds vert » with nothing of the fund's own before: what the fund was said to grant.)
      compareWithGrants(claim, grants, { text, tolerance, t, checks, findings });
      continue;
    }
    named.add(id);
    const m = id === claim.mention.id ? claim.mention : { ...claim.mention, id };
    // « ces 2,5 M€ », « les 52 M€ » say no period of their own: they are the amount already given, for its period.
    // (« les 450 000 € du fonds … dès cette année » after « le fonds, doté de 400 000 € »: today is when the undated
    // amount was given too.)
    const nowOfUndated = claim.period === 'now' && firstPeriod.get(m.id) === '';
    // (« cette année » unresolved, two years written: a known amount in a sentence that writes a year may be that year's.)
    const unresolvedNow = firstPeriod.get(m.id) === 'now' && claim.yearInSentence;
    const period = (claim.anaphoric || claim.definite) && (claim.period === '' || nowOfUndated) && !unresolvedNow ? firstPeriod.get(m.id) ?? '' : periodFor({ ...claim, mention: m });
    if (!firstPeriod.has(m.id)) firstPeriod.set(m.id, period);
    // Nor a purpose: « Cap Lycées et ses 1 080 M€ » is the amount the plan was given « pour la rénovation des lycées ».
    const purpose = (claim.anaphoric || claim.definite) && !claim.purpose ? firstPurpose.get(m.id) ?? '' : claim.purpose ?? '';
    if (!firstPurpose.has(m.id)) firstPurpose.set(m.id, purpose);
    // Nor the law it was named with: « les 210 M€ du fonds » after « le fonds, créé par la loi de finances, est doté de
    // 180 M€ » is that amount again — unless the name was given amounts under several laws. A budget basis (AE or CP,
    // HT or TTC) is never assumed: the sentence may have named the other one too.
    const onBasis = bases.get(m.id);
    if ((!claim.anaphoric && !claim.definite) || claim.basis) bases.set(m.id, onBasis === undefined || onBasis === (claim.basis ?? '') ? claim.basis ?? '' : null);
    // « les 1,5 Md€ d’AE prévus au titre du fonds » after « doté de 1,15 Md€ en AE dans le projet de loi de finances »:
    // the same budget basis, the law unsaid, is that law's amount again.
    const sameBudgetBasis = typeof onBasis === 'string' && lawsOf(claim.basis ?? '') === '' && budgetBasisOf(onBasis) === budgetBasisOf(claim.basis ?? '');
    const basis = (claim.anaphoric || claim.definite) && sameBudgetBasis ? onBasis : claim.basis ?? '';
    if (/^y\d{4}$/.test(period) && !yearOf.has(m.id)) {
      yearOf.set(m.id, period);
      yearAt.set(m.id, fig.end);
    }
    const key = m.id + '\u0000' + period + '\u0000' + purpose + '\u0000' + basis;
    // « Le plan, doté de 120 M€ » … « Les crédits du plan, soit 135 M€, sont inscrits en autorisations de programme »: a
    // local authority's programme authority (AP, basis 5) is the plan's whole envelope, stated on its basis; it takes up
    // the amount said with none. (A State AE is a year's: « doté de 12 Md€ en AE » is another figure.)
    const earlier = first.get(key) ?? (basis === '5' ? first.get(m.id + '\u0000' + period + '\u0000' + purpose + '\u0000') : undefined);
    // Scopes that both say something must say the same (« sur cinq ans » and « sur trois ans » are other amounts).
    // A territory's share (« 14,6 M€ dans le Morbihan ») and the whole country's amount (« au niveau national ») are two.
    const match = earlier?.find((e) => (!e.scope || !claim.scope || e.scope === claim.scope || sameLength(e.scope, claim.scope)) && !((e.territorial && claim.national) || (e.national && claim.territorial)));
    if (!match) {
      if (earlier) earlier.push(claim);
      else first.set(key, [claim]);
      // « une subvention de 2,7 M€ au titre du Fonds vert » … « Sans les 3,4 M€ du Fonds vert, … »: the amount written as
      // known, with none of the thing's own before it, takes up what the thing was said to grant.
      if (!earlier && claim.definite) compareWithGrants(claim, grants, { text, tolerance, t, checks, findings });
      continue;
    }
    const e = match.figure;
    if (e.currency !== fig.currency || e.index === fig.index) continue;
    // « les 4 M€ du plan » after « le plan, doté de 3,2 M€ en 2023, voit son enveloppe portée à 4 M€ pour 2024 »: an
    // amount written as known takes up the one said of the thing alongside its first, in the frame said there.
    if ((claim.definite || claim.anaphoric) && match.alongside?.some((f) => f.index !== e.index && f.currency === fig.currency && f.lo <= fig.hi && fig.lo <= f.hi)) continue;
    // A territory's own plan is named as the text names it, not by the national entry it shares its words with.
    const own = m.id.startsWith('np:') || m.id.startsWith(HEAD) || match.territorial || claim.territorial;
    // (A pronoun that stood for the name, « Doté de 3,2 M€, il … », is no way to name it: the later mention is.)
    const pronoun = (x: EntityMention) => PRONOUNS.has(foldString(text.slice(x.start, x.end)));
    const quoted = own && match.mention.end > match.mention.start && !pronoun(match.mention) ? match.mention : m.end > m.start && !pronoun(m) ? m : null;
    const name = () => (own && quoted ? quote(text, quoted.start, quoted.end) : m.canonical || quote(text, m.start, m.end));
    compareClaims(e, fig, name, { text, tolerance, t, checks, findings });
  }
  return { checks, findings };
}

/** How many grants of one name are kept for the amounts written as known to be checked against. */
const GRANTS_KEPT = 16;

/**
 * An amount written as known (« les 3,4 M€ du Fonds vert ») for a name given no amount of its own before: it takes up
 * what the name was said to grant (Claim.contribution), and must be one of those amounts.
 */
function compareWithGrants(claim: Claim, grants: ReadonlyMap<string, Figure[]>, out: { text: string; tolerance: number; t: Translate; checks: Check[]; findings: Finding[] }): void {
  const fig = claim.figure;
  const all = grants.get(claim.mention.id);
  if (!all || all.length > GRANTS_KEPT) return;
  const granted = all.filter((g) => g.currency === fig.currency && g.start < fig.start);
  if (!granted.length) return;
  const same = granted.find((g) => !disjoint({ lo: g.lo, hi: g.hi }, { lo: fig.lo, hi: fig.hi }, slackFor(out.tolerance, g.value, fig.value)));
  const m = claim.mention;
  compareClaims(same ?? granted[granted.length - 1], fig, () => m.canonical || quote(out.text, m.start, m.end), out);
}

/** How far back « cette année » may look for a later year than the one its name was first given. */
const NOW_REACH = 1500;

/**
 * Whether a year after `year` is written between `from` (the amount dated by `year`) and `end`, within `NOW_REACH`
 * characters of `end`; a year that ends a span (« 2024-2030 ») dates no figure.
 */
function laterYearBetween(text: string, from: number, end: number, year: number): boolean {
  for (let i = Math.max(from, end - NOW_REACH); i + 4 <= end; i++) {
    if (text.charCodeAt(i) !== 50 || text.charCodeAt(i + 1) !== 48) continue;
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    if (c < 48 || c > 57 || d < 48 || d > 57) continue;
    // A year stands alone: no digit glued on either side (« 12024 », « 20250 »).
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + 4 < text.length ? text.charCodeAt(i + 4) : 32;
    if ((before >= 48 && before <= 57) || (after >= 48 && after <= 57) || before === 45 || before === 0x2013 || after === 45 || after === 0x2013) continue;
    if (2000 + (c - 48) * 10 + (d - 48) > year) return true;
  }
  return false;
}

/**
 * A conflict's two ways out: this mention aligned on the earlier one, or the earlier one on this.
 * Added once the document's amounts are joined (`amountAt` finds the amount written at an offset).
 */
/** The one year (« y2025 ») a text writes, when it writes a single one; undefined otherwise. */
function soleYear(text: string): string | undefined {
  let year: string | undefined;
  for (const m of text.matchAll(/(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)/g)) {
    if (year !== undefined && year !== 'y' + m[0]) return undefined;
    year = 'y' + m[0];
  }
  return year;
}

export function addConflictFixes(text: string, findings: readonly Finding[], amountAt: (start: number) => Amount | undefined, t: Translate): void {
  for (const f of findings) {
    if (f.code !== FIGURE_CONFLICT || f.fixes || !f.related?.length) continue;
    const here = amountAt(f.start);
    const earlier = amountAt(f.related[0].start);
    if (!here || !earlier || here.end !== f.end || here.currency !== earlier.currency) continue;
    const fixes: Fix[] = [];
    const a = here.qualifier === null && !here.range ? rewriteAmount(text, here, earlier.value) : null;
    if (a) fixes.push({ title: t('Write {0} here, as earlier in the document', applyEdits(text, a, here.start, here.end)), edits: a });
    const b = earlier.qualifier === null && !earlier.range ? rewriteAmount(text, earlier, here.value) : null;
    if (b) fixes.push({ title: t('Write {0} at the earlier mention, as here', applyEdits(text, b, earlier.start, earlier.end)), edits: b });
    if (fixes.length) f.fixes = fixes;
  }
}

/**
 * « Avec ces 1,6 M€ » after « le fonds, doté de 2 M€ »: one figure the document reads both as the fund's amount again
 * and as an amount taken up (find/restatements.ts). The conflict names the thing: it is the one reported.
 */
export function withoutRestatedConflicts(findings: Finding[]): Finding[] {
  const conflicts = new Set<string>();
  for (const f of findings) if (f.code === FIGURE_CONFLICT) conflicts.add(f.start + ':' + f.end);
  if (conflicts.size === 0) return findings;
  return findings.filter((f) => f.code !== 'restatement-mismatch' || !conflicts.has(f.start + ':' + f.end));
}
