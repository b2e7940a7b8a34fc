// Figures a structured document states in one section and takes up by their
// noun in another:
//   **Chiffres clés** - **Enveloppe totale** : 48 M€           (a fact)
//   ## Répartition  Cette enveloppe est ventilée entre quatre axes : …  (its parts)
//   Le budget d’acquisitions s’élève à 840 000 €.              (a fact)
//   ## Conclusion  Avec 210 000 €, le numérique pèse 30 % de ce budget d’acquisitions.
//   La prime s’élève à 4 500 € par ménage. - **Ménages bénéficiaires** : 1 280
//   ## Bilan  Les ménages bénéficiaires ont perçu au total 6,4 M€.
// Chunks start at headings, so the relation is made in two steps, as
// acrossTables.ts does: each chunk lists its facts (a figure given to a noun:
// a key-figure item « **Libellé** : valeur », or a sentence « Le budget … s’élève
// à … ») and its references (a share « de ce budget », a total « au total »
// after a rate, the parts of a list « Cette enveloppe … : »), and the
// document-wide stage joins them. A reference is read against a fact of
// another section only (within a section the relation finders read it), and
// only when one fact of that noun stands before it: two budgets make « ce
// budget » ambiguous, and an ambiguous reference stays unread.

import { Amount, Check, Finding, Percentage } from '../types';
import { Translate } from '../messages';
import { Table } from '../structure';
import { Sentence, firstIndex } from './sentences';
import { Breakdown, Quantity, Share, StatedChange, append, figureOf } from './model';
import { has } from './cues';
import { Item, isPunct, isWord, isYearItem, lowerBound } from './words';
import { AmountItem, DIVIDED, isBasisAt } from './find/region';
import { ReadQuantity, TIME_UNITS, nounKey, quantityAt, sameNoun } from './find/quantities';
import { statedAt } from './find/shares';
import { make } from './find/wholes';
import { NOT_NOUNS_AFTER_COUNT, countFigure } from './find/counts';
import { judgeAmounts } from './judge/sums';
import { judgePair } from './judge/shares';
import { judgeRate } from './judge/rates';
import { judgeRestatement } from './judge/restatements';
import { judgeChange } from './judge/changes';
import { amountInterval, percentInterval } from './intervals';
import { afterFrontedClause } from './reach';
import { hasDigit } from '../text/chars';
import { AnnouncedWhole, SectionLead, announcedOverSections, announcementIn, leadIn } from './announcedSections';

/** A figure given to a noun: « **Enveloppe totale** : 48 M€ », « La prime s’élève à 4 500 € par ménage ». */
export interface NounFact {
  /** The head noun, folded (« enveloppe », « budget », « menage »). */
  noun: string;
  /** The other words of the name, folded (« totale », « acquisitions »). */
  words: string[];
  start: number;
  amount?: Amount;
  count?: Quantity;
  /** For an amount per unit (« 4 500 € par ménage »): the unit's noun. */
  per?: string;
  /** The years its sentence names: a fact of 2024 is no whole of a reference to 2025. */
  years: string[];
  /** A span of years it covers (« 13 M€ sur 2024-2026 »): the whole of a series over those years. */
  span?: [number, number];
  /** How it was said: a key figure with its label after it (« **173 Md€** : déficit de l’État »), or a prose sentence. */
  said?: 'box' | 'prose';
  /** For a count: the words that qualify its noun, folded (« 185 ponts à rénover » → « renover »). */
  qualifiers?: string[];
  /** For a count of the prose: a word of total before it (« Au total, 1 230 lauréats »). */
  total?: boolean;
  /** For a count in a box: the item is the count and its noun only (« - 1 380 lauréats »). */
  alone?: boolean;
}

/** « 30 % de ce budget d’acquisitions », with the part of the same sentence. */
export interface ShareRef {
  noun: string;
  words: string[];
  start: number;
  share: Share;
  part: Amount;
  years: string[];
}

/** A total stated with no rate nor count beside it (« Les ménages bénéficiaires ont perçu au total 6,4 M€ »). */
export interface TotalRef {
  start: number;
  result: Amount;
  /** The sentence's folded words: the rate's unit must be among them. */
  mentions: string[];
  years: string[];
}

/** « L’enveloppe s’élève à 9,8 M€, soit 430 € par collégien », with no count of collégiens beside it. */
export interface QuotientRef {
  start: number;
  total: Amount;
  rate: Amount;
  per: string;
  years: string[];
}

/** « Un tiers des participants accompagnés, soit 744 personnes »: a share of a noun counted elsewhere, and its part. */
export interface CountShareRef {
  noun: string;
  start: number;
  share: Share;
  part: Quantity;
  years: string[];
}

/** « Parmi les dossiers instruits, 19 600 ont débouché sur un accord »: counts of the things a noun counted elsewhere. */
export interface CountPartsRef {
  noun: string;
  start: number;
  parts: Quantity[];
  years: string[];
  /** A list its lead-in or heading says splits the things (« se répartissent comme suit : », « ### Recommandations par axe »): all of them. */
  complete?: boolean;
  /** The word that qualifies the noun in the lead-in (« les jeunes accompagnés » → accompagnes), to tell two facts of one noun apart. */
  qualifier?: string;
}

/** « L’enveloppe de 0,95 M€ est mobilisable … »: an amount given with the definite noun of a key figure, as the known one. */
export interface AmountRef {
  noun: string;
  start: number;
  amount: Amount;
  years: string[];
}

/** « les 16 800 heures de bénévolat »: a count said as the known one, with the words that name it. */
export interface CountRef {
  noun: string;
  words: string[];
  start: number;
  count: Quantity;
  years: string[];
}

/** « Rapporté à la population, l’effort représente 65 € par habitant »: a mean with neither its total nor its count. */
export interface PerUnitRef {
  start: number;
  rate: Amount;
  per: string;
  years: string[];
}

/** « Cette enveloppe est ventilée entre quatre axes : » and the amounts of the items under it. */
export interface PartsRef {
  noun: string;
  start: number;
  parts: Amount[];
  years: string[];
}

/**
 * « La fréquentation a doublé depuis 2021, année où l’on comptait 1,3 million de trajets »: a change stated with one
 * end, dated, whose other end is a later figure of the same noun stated elsewhere (« **Trajets en 2025** : 1,9 million »).
 */
export interface ChangeRef {
  noun: string;
  start: number;
  stated: StatedChange;
  base: Quantity;
  /** The base's currency, or '#' + noun for a count. */
  unit: string;
  year: number;
}

/** « - 2023 : 8 M€ » in a key-figure list: an amount the list dates by its label alone. */
export interface YearFact {
  start: number;
  year: number;
  amount: Amount;
}

/** « En deux ans, la dotation du fonds a doublé »: a change of a sum with no figure beside it, over a span of years. */
export interface BareChangeRef {
  start: number;
  stated: StatedChange;
  /** The years it spans (« en deux ans »: 2), or 0 when a base year is named instead. */
  span: number;
  /** « depuis 2023 »: the base year, or 0. */
  since: number;
}

export interface SectionFacts {
  facts: NounFact[];
  shares: ShareRef[];
  totals: TotalRef[];
  parts: PartsRef[];
  quotients: QuotientRef[];
  countShares: CountShareRef[];
  counts: CountRef[];
  countParts: CountPartsRef[];
  amountRefs: AmountRef[];
  /** « 14 M€ en 2022, 18 M€ en 2023, 21 M€ en 2024 et 23 M€ en 2025 »: amounts of consecutive years. */
  series: { start: number; amounts: Amount[]; from: number; to: number }[];
  perUnit: PerUnitRef[];
  changes: ChangeRef[];
  yearFacts: YearFact[];
  bareChanges: BareChangeRef[];
  /** « 14,6 M€, consacrées aux quatre politiques présentées ci-après »: wholes split over the sections after them. */
  announced: AnnouncedWhole[];
  /** The first amount each section states (announcedSections.ts). */
  leads: SectionLead[];
}

export function emptySectionFacts(): SectionFacts {
  return { facts: [], shares: [], totals: [], parts: [], quotients: [], countShares: [], counts: [], countParts: [], amountRefs: [], series: [], perUnit: [], changes: [], yearFacts: [], bareChanges: [], announced: [], leads: [] };
}

/** Words after a noun that complete no name: adverbs and pronouns of the clause. */
const NOT_COMPLEMENTS = new Set(['desormais', 'seuls', 'seules', 'eux', 'elles', 'soit', 'contre', 'environ', 'seulement', 'encore', 'deja', 'ainsi', 'donc', 'alors']);

const ARTICLES = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'a', 'en', 'et', 'par', 'pour']);
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces']);
/** Words that open a verb after its subject: a reflexive pronoun, an auxiliary. */
const VERB_LEADS = ["s'", 'se', 'est', 'sont', 'a', 'ont', 'etait', 'etaient', 'sera', 'seront', 'avait', 'avaient', 'aura', 'auront'];

/** The content words of items [from, to): no articles, no markup. */
function wordsOf(items: readonly Item[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (it.kind === 'word' && !ARTICLES.has(it.f) && !/^\d/.test(it.f)) out.push(it.f);
  }
  return out;
}

/** Words that end what qualifies a count's noun: a time, a place or a comparison comes next. */
const QUALIFIER_ENDS = new Set(['ici', "d'ici", 'en', 'sur', 'depuis', 'contre', 'soit', 'dont', 'avant', 'apres', 'pour', 'par', 'dans', 'au', 'aux', 'et', 'ou']);

/**
 * The words that qualify a count's noun, up to the end of its clause (« 185 ponts à rénover d’ici à 2029 » →
 * « renover »; « 158 ponts à rénover, dont… » → « renover »): at most four, none past a word of time, place or
 * comparison. A count of the same noun with the same qualifiers names the same things.
 */
function qualifiersAfter(items: readonly Item[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < items.length && out.length <= 4; k++) {
    const it = items[k];
    if (it.kind !== 'word' || QUALIFIER_ENDS.has(it.f) || /^\d/.test(it.f)) break;
    if (!ARTICLES.has(it.f)) out.push(it.f);
  }
  return out.length <= 4 ? out : [];
}

/** The years items name, a horizon aside (« d’ici à 2029 », « à l’horizon 2030 » say by when, not of when). */
function datedYears(items: readonly Item[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (!isYearItem(it)) continue;
    // « à l’horizon 2030 », « d’ici 2029 », « d’ici à 2029 ».
    const horizon = isWord(items[k - 1], 'horizon', 'ici', "d'ici") || (isWord(items[k - 1], 'a') && isWord(items[k - 2], 'ici', "d'ici"));
    if (!horizon) out.push(it.f);
  }
  return out;
}

/** The years a sentence names (« en 2025 », « 2024-2026 »), read once per sentence. */
function yearsOf(sent: Sentence): string[] {
  let out = yearsMemo.get(sent);
  if (!out) {
    out = [];
    for (const it of sent.items) if (isYearItem(it)) out.push(it.f);
    yearsMemo.set(sent, out);
  }
  return out;
}

const yearsMemo = new WeakMap<Sentence, string[]>();

/** Whether two figures may be of one period: unless both name years, and none in common. */
function samePeriod(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((y) => b.includes(y));
}

/** A count of the year before or the same year (« élèves à la rentrée 2024 » for the budget 2025) divides an amount. */
function nearPeriod(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((y) => b.some((z) => Math.abs(Number(y.slice(0, 4)) - Number(z.slice(0, 4))) <= 1));
}

/** The unit after an amount at item k: « 4 500 € par ménage » → « menage ». */
function perAfter(items: readonly Item[], k: number): string | undefined {
  const par = items[k + 1];
  const unit = items[k + 2];
  if (isWord(par, 'par') && unit && unit.kind === 'word') return isWord(unit, 'an', 'annee') ? 'an' : unit.f;
  return undefined;
}

/** Each chunk's facts and references, in its offsets. */
export function sectionFactsOf(text: string, sentences: readonly Sentence[], amounts: readonly Amount[], percentages: readonly Percentage[], blocks: readonly { kind: string }[], tables: readonly Table[] = []): SectionFacts {
  const out = emptySectionFacts();
  // « | 2021 | 4,1 M€ | » « | 2025 | 7,2 M€ | »: a table's rows that date one amount each, as a box's « - 2021 : 4,1 M€ ».
  for (const table of tables) for (const f of tableYearFacts(text, table, amounts)) out.yearFacts.push(f);
  // « ## L’enveloppe » over « Le centre hospitalier bénéficiera de 36 M€ »: a heading that is a noun names the one
  // amount of the first sentence under it that states one.
  let headingNoun: { noun: string; section: number } | null = null;
  // « ### Ventilation de l’enveloppe »: the noun of the whole a heading splits, by section.
  const splitNouns = new Map<number, string>();
  // The section whose first amount is taken: one lead per section.
  let leadSection = -1;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    const heading = sent.block >= 0 && blocks[sent.block]?.kind === 'heading';
    if (heading) {
      headingNoun = sent.figures === 0 ? nounHeading(sent) : null;
      const split = sent.figures === 0 ? splitHeadingNoun(sent) : null;
      if (split) splitNouns.set(sent.section, split);
      continue;
    }
    // « En deux ans, la dotation du fonds a doublé »: a change with no figure, read before the digit test below.
    if (sent.figures === 0 && !sent.inList) {
      const bare = bareChangeRef(sent);
      if (bare) out.bareChanges.push(bare);
    }
    // Most sentences of a long text state nothing: without a digit, none is cut into words here.
    if (sent.figures === 0 && !hasDigit(text, sent.start, sent.end)) continue;
    // Key figures may be counts (« - **Ménages bénéficiaires** : 1 280 »), which are no figures of the recogniser's.
    if (sent.inList) {
      const fact = itemFact(sent, amounts);
      if (fact) out.facts.push(fact);
      const dated = yearItem(sent, amounts);
      if (dated) out.yearFacts.push(dated);
      continue;
    }
    // « ses 46 collèges, qui accueillent 25 400 élèves »: the counts of prose are facts of their noun.
    // The sentence's first word of total, found once (a count after it is said as a total: « Au total, 1 230 … »).
    let firstTotal = -1;
    for (let t = 0; t < sent.items.length && firstTotal < 0; t++) if (has(sent.cues[t], 'total')) firstTotal = t;
    for (let k = 0; k < sent.items.length; k++) {
      const it = sent.items[k];
      if (it.kind !== 'word' || isYearItem(it)) continue;
      const q = quantityAt(sent.items, k);
      if (!q) continue;
      k = q.next - 1;
      if (!q.noun || !Number.isInteger(q.value) || q.value < 2 || TIME_UNITS.includes(q.noun) || ARTICLES.has(q.noun)) continue;
      // « dont 40 ponts à rénover », « parmi … », « sur les … »: a subset, which a key figure of the whole does not restate.
      const subset = isWord(sent.items[k - 1], 'dont', 'parmi', 'sur', 'les', 'ces') || isWord(sent.items[k - 2], 'dont', 'parmi');
      const fact: NounFact = { noun: q.noun, words: [], start: sent.start, count: { start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi }, years: yearsOf(sent) };
      if (!subset) {
        fact.said = 'prose';
        fact.qualifiers = qualifiersAfter(sent.items, q.nounAt! + 1);
        // « Au total, 1 230 lauréats … »: the prose says it counts all of them.
        if (firstTotal >= 0 && firstTotal < k) fact.total = true;
      }
      out.facts.push(fact);
    }
    if (!sent.items.some((it) => it.kind === 'amount')) {
      const cs = countShareRef(sent, percentages);
      if (cs) out.countShares.push(cs);
      const cp = countPartsRef(sent);
      if (cp) out.countParts.push(cp);
      for (const c of definiteCounts(sent)) out.counts.push(c);
      const ch = changeRef(sent, percentages);
      if (ch) out.changes.push(ch);
    }
    if (sent.figures === 0) continue;
    if (sent.section !== leadSection) {
      const lead = leadIn(sent, amounts);
      if (lead) {
        out.leads.push(lead);
        leadSection = sent.section;
      }
    }
    const announced = announcementIn(sentences, s, amounts);
    if (announced) out.announced.push(announced);
    const ar = amountRef(sent, amounts);
    if (ar) out.amountRefs.push(ar);
    const { items } = sent;
    const am = items.filter((it) => it.kind === 'amount') as AmountItem[];
    if (am.length >= 3 && !items.some((it) => it.kind === 'percent')) {
      const series = yearSeries(sent, amounts, am);
      if (series) out.series.push({ start: sent.start, ...series });
    }
    if (am.length === 2 && am.every((x) => x.high === undefined) && !items.some((it) => it.kind === 'percent')) {
      const q = quotientRef(sent, amounts, am);
      if (q) out.quotients.push(q);
    }
    const pc = items.filter((it) => it.kind === 'percent');
    if (headingNoun && headingNoun.section === sent.section) {
      if (am.length === 1 && pc.length === 0 && am[0].high === undefined && !perAfter(items, items.indexOf(am[0]))) out.facts.push({ noun: headingNoun.noun, words: [], start: sent.start, amount: amounts[am[0].index], years: yearsOf(sent) });
      headingNoun = null;
    }
    // « Rapporté à la population, l’effort représente 65 € par habitant »
    if (am.length === 1 && pc.length === 0 && am[0].high === undefined) {
      const per = perAfter(items, items.indexOf(am[0]));
      if (per && per !== 'an' && items.some((it) => isWord(it, ...DIVIDED))) out.perUnit.push({ start: sent.start, rate: amounts[am[0].index], per, years: yearsOf(sent) });
    }
    if (am.length === 1 && pc.length === 0 && am[0].high === undefined) {
      // A total said as one (« au total », « ainsi ») is read against a rate; any other sentence may give a fact.
      const total = totalRef(sent, amounts, am[0]);
      if (total) out.totals.push(total);
      else {
        const fact = proseFact(sent, amounts, am[0]);
        if (fact) out.facts.push(fact);
      }
    }
    if (am.length === 1) {
      const share = shareRef(sent, amounts, percentages, am[0]);
      if (share) out.shares.push(share);
    }
  }
  // « Le budget du syndicat se décompose en une section de fonctionnement de 7,9 M€ et une section d’investissement
  // de 9,1 M€ »: a definite noun of a sum split in its own sentence, with no amount of its own.
  for (const sent of sentences) {
    if (sent.inList || sent.figures < 2) continue;
    const { items, cues } = sent;
    const k = afterFrontedClause(items, firstIndex(items));
    const noun = items[k + 1];
    // Under a heading that splits a whole (« ### Ventilation de l’enveloppe »), any noun of a whole opens the split
    // (« Les crédits mobilisés se répartissent … »).
    const split = splitNouns.get(sent.section);
    if (!isWord(items[k], 'le', 'la', "l'", 'les') || !noun || noun.kind !== 'word' || !(has(cues[k + 1], 'sum-noun') || (split && has(cues[k + 1], 'whole-noun')))) continue;
    // A verb that distributes, or a colon after a count of the parts (« L’enveloppe repose sur trois partenaires : … »).
    let trigger = -1;
    let announced = 0;
    for (let q = k + 2; q < items.length && q <= k + 10; q++) {
      if (items[q].kind === 'amount' || items[q].kind === 'percent') break;
      if (has(cues[q], 'distribution')) {
        trigger = q;
        break;
      }
      const n = items[q].kind === 'word' ? quantityAt(items, q) : null;
      if (n && n.value >= 2 && n.value <= 9 && Number.isInteger(n.value)) announced = n.value;
      if (isPunct(items[q], ':') && announced) {
        trigger = q;
        break;
      }
    }
    // « Les crédits mobilisés se répartissent … »: a participle may qualify the noun before the verb.
    if (trigger < 0 || items.some((it) => it.kind === 'percent')) continue;
    const parts = (items.filter((it) => it.kind === 'amount') as AmountItem[]).map((x) => amounts[x.index]);
    if (isPunct(items[trigger], ':') && parts.length !== announced) continue;
    if (parts.length >= 2 && parts.every((p) => !p.range)) {
      out.parts.push({ noun: noun.f, start: sent.start, parts, years: yearsOf(sent) });
      // « ### Ventilation de l’enveloppe » over « Les crédits mobilisés se répartissent … »: the heading's noun too.
      if (split && !sameNoun(split, noun.f)) out.parts.push({ noun: split, start: sent.start, parts, years: yearsOf(sent) });
    }
  }
  // A lead-in that points back (« Cette enveloppe est ventilée … : ») and the list under it.
  for (let s = 0; s + 1 < sentences.length; s++) {
    const lead = sentences[s];
    if (lead.inList || lead.figures > 0 || !isPunct(lead.items[lead.items.length - 1], ':')) continue;
    const k = leadSubjectAt(lead.items);
    const noun = lead.items[k + 1];
    // (« Ces crédits se répartissent entre cinq actions : »: a noun of a whole taken up as surely as one of a sum.)
    // (« Les investissements de l’exercice ont porté sur quatre opérations, qui en constituent la totalité : »: a definite
    // noun takes up the whole as surely when the lead-in says its items are all of it.)
    // (« ainsi », « suivants » announce a list, not that it is all of the whole.)
    const complete = lead.cues.some((c, q) => has(c, 'complete') && !isWord(lead.items[q], 'ainsi', 'suivant', 'suivants', 'suivante', 'suivantes'));
    // (« l’enveloppe de subventions a été répartie en quatre parts : »: so does a verb of distribution.)
    const distributes = lead.cues.some((c) => has(c, 'distribution'));
    const definite = isWord(lead.items[k], ...DEMONSTRATIVES) || ((complete || distributes) && isWord(lead.items[k], 'le', 'la', "l'", 'les'));
    if (!definite || !noun || noun.kind !== 'word' || !(has(lead.cues[k + 1], 'sum-noun') || has(lead.cues[k + 1], 'whole-noun'))) continue;
    if (!distributes && !complete) continue;
    const parts: Amount[] = [];
    let q = s + 1;
    for (; q < sentences.length && sentences[q].inList; q++) {
      const own = sentences[q].items.filter((it) => it.kind === 'amount') as AmountItem[];
      if (own.length !== 1 || own[0].high !== undefined) break;
      parts.push(amounts[own[0].index]);
    }
    if (parts.length >= 2 && (q >= sentences.length || !sentences[q].inList)) out.parts.push({ noun: noun.f, start: lead.start, parts, years: yearsOf(lead) });
  }
  for (let s = 0; s + 1 < sentences.length; s++) {
    const list = countListRef(sentences, s, blocks);
    if (list) out.countParts.push(list);
  }
  return out;
}

/**
 * « Les postes vacants se répartissent comme suit : » or « ### Recommandations par axe » over items that each count one
 * noun (« - 38 postes d’infirmiers », « - **Gestion** : 5 recommandations »): the parts of a count of that noun stated in
 * another section. The lead-in distributes (or the heading splits « par » something) and names the noun the items count.
 */
function countListRef(sentences: readonly Sentence[], s: number, blocks: readonly { kind: string }[]): CountPartsRef | null {
  const lead = sentences[s];
  if (lead.inList || !sentences[s + 1].inList || lead.figures > 0) return null;
  const { items, cues } = lead;
  const heading = lead.block >= 0 && blocks[lead.block]?.kind === 'heading';
  if (!heading && !isPunct(items[items.length - 1], ':')) return null;
  const splits = cues.some((c) => has(c, 'distribution')) || (heading && items.some((it) => isWord(it, 'par')));
  if (!splits || items.some((it) => it.kind === 'word' && /^\d/.test(it.f))) return null;
  const parts: Quantity[] = [];
  let noun: string | null = null;
  // « - en emploi : 612 ; »: items that give a bare number after their label count the noun the lead-in names.
  let bare = 0;
  let q = s + 1;
  for (; q < sentences.length && sentences[q].inList; q++) {
    const v = sentences[q];
    if (v.items.some((it) => it.kind === 'amount' || it.kind === 'percent')) return null;
    let c: ReturnType<typeof quantityAt> = null;
    let alone = false;
    for (let k = 0; k < v.items.length && !c; k++) {
      if (v.items[k].kind !== 'word' || isYearItem(v.items[k])) continue;
      const x = quantityAt(v.items, k);
      if (x) {
        if (!Number.isInteger(x.value) || x.value < 1) return null;
        alone = isPunct(v.items[k - 1], ':') && (x.next >= v.items.length || v.items.slice(x.next).every((it) => it.kind === 'punct'));
        if (!x.noun && !alone) return null;
        c = x;
      }
    }
    if (!c) return null;
    if (alone) bare++;
    else {
      if (noun !== null && !sameNoun(noun, c.noun!)) return null;
      noun = c.noun!;
    }
    parts.push({ start: c.start, end: c.end, value: c.value, lo: c.lo, hi: c.hi });
  }
  if (bare > 0 && (bare !== parts.length || noun !== null)) return null;
  let qualifier: string | undefined;
  if (bare > 0) {
    const subject = subjectNoun(lead);
    noun = subject?.noun ?? null;
    qualifier = subject?.qualifier;
  }
  // The lead names what the items count: « Les postes vacants … », « Recommandations par axe ».
  if (parts.length < 2 || noun === null || !items.some((it) => it.kind === 'word' && sameNoun(it.f, noun!))) return null;
  return { noun, start: lead.start, parts, years: yearsOf(lead), complete: true, qualifier };
}

/** How many items a lead-in's fronted phrase may hold: « Conformément à la délibération du 14 mars 2023, ». */
const LEAD_FRONTED = 12;

/**
 * Where a lead-in's subject starts: past a fronted phrase of words closed by a comma (a date with its day and year
 * included), which a lead-in without figures may open on at some length.
 */
function leadSubjectAt(items: readonly Item[]): number {
  const first = firstIndex(items);
  // (A lead-in that opens on its subject, « Les dépenses … , qui … : », has no fronted phrase.)
  if (isWord(items[first], 'le', 'la', "l'", 'les', ...DEMONSTRATIVES)) return first;
  for (let q = first; q < items.length && q <= first + LEAD_FRONTED; q++) {
    const it = items[q];
    if (it.kind === 'punct') return it.ch === ',' && q > first ? q + 1 : first;
    if (it.kind !== 'word') return first;
  }
  return first;
}

/** The noun a lead-in opens on after its article, past « l’ensemble des », and the word after it (« l’ensemble des jeunes accompagnés »). */
function subjectNoun(lead: Sentence): { noun: string; qualifier?: string } | null {
  const { items } = lead;
  let k = leadSubjectAt(items);
  if (isWord(items[k], "l'", 'la') && isWord(items[k + 1], 'ensemble', 'totalite') && isWord(items[k + 2], 'des')) k += 2;
  else if (!isWord(items[k], 'les')) return null;
  const n = items[k + 1];
  if (n === undefined || n.kind !== 'word' || isYearItem(items[k + 1])) return null;
  const q = items[k + 2];
  return { noun: n.f, qualifier: q !== undefined && q.kind === 'word' ? q.f : undefined };
}

/** « ### Ventilation de l’enveloppe », « ## Répartition du budget »: a word that splits, then a whole's noun after an article. */
function splitHeadingNoun(sent: Sentence): string | null {
  const { items, cues } = sent;
  let splits = false;
  for (let k = 0; k + 1 < items.length; k++) {
    if (has(cues[k], 'distribution')) splits = true;
    if (splits && isWord(items[k], 'le', 'la', "l'", 'les', 'du', 'des') && has(cues[k + 1], 'sum-noun')) return (items[k + 1] as { f: string }).f;
  }
  return null;
}

/** « ## L’enveloppe », « ## Le budget »: an article and a noun, and nothing else. */
function nounHeading(sent: Sentence): { noun: string; section: number } | null {
  const words = sent.items.filter((it) => it.kind === 'word') as (Item & { kind: 'word' })[];
  if (words.length !== 2 || !isWord(words[0], 'le', 'la', "l'", 'les')) return null;
  return { noun: words[1].f, section: sent.section };
}

/** « - **Enveloppe totale** : 48 M€ », « - Ménages bénéficiaires : 1 280 », « - Durée du contrat : 5 ans ». */
function itemFact(sent: Sentence, amounts: readonly Amount[]): NounFact | null {
  const { items } = sent;
  let colon = -1;
  for (let k = 0; k < items.length; k++) {
    if (items[k].kind !== 'punct' && items[k].kind !== 'word') return boxFact(sent, amounts);
    if (isPunct(items[k], ':')) {
      colon = k;
      break;
    }
  }
  if (colon < 1) return boxFact(sent, amounts);
  const label = wordsOf(items, 0, colon);
  if (label.length === 0 || label.length > 6 || isWord(items[firstIndex(items)], 'dont')) return null;
  let k = colon + 1;
  while (k < items.length && items[k].kind === 'punct') k++;
  const it = items[k];
  if (!it) return null;
  // Nothing but the figure, its unit and a word or two after it.
  let figures = 0;
  for (const x of items) if (x.kind === 'amount' || x.kind === 'percent') figures++;
  if (it.kind === 'amount') {
    if (figures !== 1 || it.high !== undefined) return null;
    // « Dépenses d’équipement cumulées 2019-2023 : 48,6 M€ »: the label's span of years, the whole of a series over them.
    const span = spanIn(items, 0, colon);
    return { noun: label[0], words: label.slice(1), start: sent.start, amount: amounts[it.index], per: perAfter(items, k), years: yearsOf(sent), span };
  }
  if (figures !== 0) return null;
  const q = quantityAt(items, k);
  if (!q || q.next < items.length - 3) return null;
  const count = { start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi };
  // « Durée : 5 ans »: a duration in years.
  if (q.noun && TIME_UNITS.includes(q.noun) && isWord(items[q.nounAt!], 'an', 'ans', 'annee', 'annees')) return { noun: 'an', words: label, start: sent.start, count, years: yearsOf(sent) };
  return { noun: label[0], words: label.slice(1), start: sent.start, count, years: yearsOf(sent) };
}

/** The last span of years written as one word (« 2024-2026 ») among items [from, to). */
function spanIn(items: readonly Item[], from: number, to: number): [number, number] | undefined {
  let span: [number, number] | undefined;
  for (let k = from; k < to; k++) {
    const w = items[k];
    if (w.kind !== 'word') continue;
    const m = /^(\d{4})-(\d{4})$/.exec(w.f);
    if (m) span = [Number(m[1]), Number(m[2])];
  }
  return span;
}

/** « - 13 M€ sur 2024-2026 »: a key figure that opens its item, over a span of years. */
function boxFact(sent: Sentence, amounts: readonly Amount[]): NounFact | null {
  const { items } = sent;
  let k = firstIndex(items);
  const it = items[k];
  if (!it) return null;
  // « - 48 000 habitants couverts »: a count and its noun.
  if (it.kind === 'word') {
    const q = quantityAt(items, k);
    if (!q || !q.noun || ARTICLES.has(q.noun) || TIME_UNITS.includes(q.noun) || items.some((x) => x.kind === 'amount' || x.kind === 'percent')) return null;
    let alone = true;
    for (let r = q.nounAt! + 1; r < items.length && alone; r++) alone = items[r].kind === 'punct';
    return { noun: q.noun, words: [], start: sent.start, count: { start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi }, years: datedYears(items), said: 'box', qualifiers: qualifiersAfter(items, q.nounAt! + 1), alone };
  }
  if (it.kind !== 'amount' || it.high !== undefined || items.some((x, q) => q !== k && (x.kind === 'amount' || x.kind === 'percent'))) return null;
  // « - 2,6 M€ investis sur 2025-2027 », « - **48 M€** mobilisés en 2025 »: the box's amount, no noun but its span.
  const span = spanIn(items, k + 1, Math.min(items.length, firstIndex(items) + 6));
  if (perAfter(items, firstIndex(items))) return null;
  // « - **173,3 Md€** : déficit de l’État en 2023 »: the label after a colon names it.
  let colon = k + 1;
  while (colon < items.length && isPunct(items[colon], '*', '_')) colon++;
  if (isPunct(items[colon], ':', '–', '—')) {
    const label = wordsOf(items, colon + 1, items.length);
    if (label.length >= 1 && label.length <= 6) return { noun: label[0], words: label.slice(1), start: sent.start, amount: amounts[it.index], years: yearsOf(sent), span, said: 'box' };
  }
  return { noun: '', words: [], start: sent.start, amount: amounts[it.index], years: yearsOf(sent), span };
}

/** « La prime forfaitaire s’élève à 4 500 € par ménage », « Le budget d’acquisitions du réseau s’élève à 840 000 € ». */
function proseFact(sent: Sentence, amounts: readonly Amount[], a: AmountItem): NounFact | null {
  const { items, cues } = sent;
  const k = afterFrontedClause(items, firstIndex(items));
  if (!isWord(items[k], 'le', 'la', "l'", 'les')) return null;
  const noun = items[k + 1];
  if (!noun || noun.kind !== 'word') return null;
  const at = items.indexOf(a);
  // The verb that gives the subject its amount, within the four words before it.
  let verb = -1;
  for (let q = at - 1; q > k + 1 && q >= at - 4; q--) {
    if (has(cues[q], 'attach') || isWord(items[q], 'fixe', 'fixee', 'fixes', 'fixees', 'etablie', 'etabli')) {
      verb = q;
      break;
    }
  }
  if (verb < 0) return null;
  // The name's words end where the verb's pronoun or auxiliary begins (« Le déficit de l’État s’est établi à »).
  let nameEnd = k + 2;
  while (nameEnd < verb && !isWord(items[nameEnd], ...VERB_LEADS)) nameEnd++;
  return { noun: noun.f, words: wordsOf(items, k + 2, nameEnd), start: sent.start, amount: amounts[a.index], per: perAfter(items, at), years: yearsOf(sent), said: 'prose' };
}

/** A total with no rate or count beside it: « au total », « ainsi », « représente une enveloppe de ». */
function totalRef(sent: Sentence, amounts: readonly Amount[], a: AmountItem): TotalRef | null {
  const { items, cues } = sent;
  const at = items.indexOf(a);
  if (perAfter(items, at)) return null;
  let total = false;
  for (let k = 0; k < items.length; k++) {
    if (has(cues[k], 'total') || has(cues[k], 'result') || isWord(items[k], 'ainsi')) total = true;
    if (k !== at && items[k].kind === 'word' && quantityAt(items, k) && !isWord(items[k], 'un', 'une')) return null;
  }
  if (!total) return null;
  const mentions: string[] = [];
  for (const it of items) if (it.kind === 'word') mentions.push(it.f);
  return { start: sent.start, result: amounts[a.index], mentions, years: yearsOf(sent) };
}

/**
 * « Un tiers des participants accompagnés, soit 744 personnes », « 38 % des inscrits, soit 1 120 lecteurs »; the part
 * first: « 5 150 de ces contrats, soit 34 % du total ».
 */
function countShareRef(sent: Sentence, percentages: readonly Percentage[]): CountShareRef | null {
  const { items } = sent;
  for (let k = 0; k < items.length; k++) {
    const partFirst = partThenShare(sent, k, percentages) ?? partThenShareOf(sent, k, percentages);
    if (partFirst) return partFirst;
    const st = statedAt(sent, k, percentages);
    if (!st) continue;
    let q = st.to + 1;
    if (!isWord(items[q], 'de', "d'", 'des', 'du')) return null;
    if (isWord(items[q + 1], 'la', "l'", 'les', 'ces', 'ce', 'cette')) q++;
    const noun = items[q + 1];
    if (!noun || noun.kind !== 'word' || ARTICLES.has(noun.f)) return null;
    let r = q + 2;
    while (r < items.length && r < q + 8 && !isWord(items[r], 'soit')) {
      if (items[r].kind === 'percent' || isPunct(items[r], '.', ';', ':')) return null;
      r++;
    }
    if (!isWord(items[r], 'soit')) return null;
    const part = quantityAt(items, r + 1);
    if (!part || !part.noun || !Number.isInteger(part.value)) return null;
    return { noun: noun.f, start: sent.start, share: st.share, part: { start: part.start, end: part.end, value: part.value, lo: part.lo, hi: part.hi }, years: yearsOf(sent) };
  }
  return null;
}

/** « 5 150 de ces contrats, soit 34 % du total »: a count of « ces » things, then « soit » and its share. */
function partThenShare(sent: Sentence, k: number, percentages: readonly Percentage[]): CountShareRef | null {
  const { items } = sent;
  const part = quantityAt(items, k);
  // quantityAt reads « 5 150 de ces contrats » with the noun after « ces ».
  if (!part || part.noun === undefined || !isWord(items[part.next], 'de', "d'") || !isWord(items[part.next + 1], 'ces')) return null;
  const noun = items[part.nounAt!];
  if (!noun || noun.kind !== 'word' || !Number.isInteger(part.value) || part.value < 2) return null;
  let r = part.nounAt! + 1;
  while (r < items.length && r < part.nounAt! + 8 && !isWord(items[r], 'soit')) {
    if (items[r].kind === 'percent' || items[r].kind === 'amount' || isPunct(items[r], '.', ';', ':')) return null;
    r++;
  }
  const st = isWord(items[r], 'soit') ? statedAt(sent, r + 1, percentages) : null;
  if (!st) return null;
  return { noun: noun.f, start: sent.start, share: st.share, part: { start: part.start, end: part.end, value: part.value, lo: part.lo, hi: part.hi }, years: yearsOf(sent) };
}

/**
 * « L’enveloppe de 0,95 M€ est mobilisable en une seule session »: a sentence that opens on a definite noun of a sum, « de »
 * and its one amount, with nothing after that makes it another figure (a unit, a basis, « supplémentaire »).
 */
function amountRef(sent: Sentence, amounts: readonly Amount[]): AmountRef | null {
  const { items, cues } = sent;
  const k = afterFrontedClause(items, firstIndex(items));
  const noun = items[k + 1];
  if (!isWord(items[k], 'le', 'la', "l'") || !noun || noun.kind !== 'word' || !has(cues[k + 1], 'sum-noun') || !isWord(items[k + 2], 'de', "d'")) return null;
  const it = items[k + 3];
  if (!it || it.kind !== 'amount' || it.high !== undefined) return null;
  if (items.filter((x) => x.kind === 'amount' || x.kind === 'percent').length !== 1) return null;
  for (let q = k + 4; q < items.length && q <= k + 6; q++) if (isBasisAt(sent, q) || has(cues[q], 'extra') || has(cues[q], 'yearly') || isWord(items[q], 'par')) return null;
  return { noun: noun.f, start: sent.start, amount: amounts[it.index], years: yearsOf(sent) };
}

/**
 * « Parmi les dossiers instruits, 19 600 ont débouché sur un accord », « Sur les demandes reçues, 640 … et 210 … »: a
 * sentence that opens on a definite noun with no figure, then counts of those things (bare, or of that noun).
 */
function countPartsRef(sent: Sentence): CountPartsRef | null {
  const { items } = sent;
  const k = firstIndex(items);
  if (!isWord(items[k], 'parmi', 'sur') || !isWord(items[k + 1], 'les', 'ces')) return null;
  const noun = items[k + 2];
  if (!noun || noun.kind !== 'word' || quantityAt(items, k + 2) || ARTICLES.has(noun.f)) return null;
  let comma = k + 3;
  while (comma < items.length && comma < k + 8 && items[comma].kind === 'word') comma++;
  if (!isPunct(items[comma], ',')) return null;
  const parts: Quantity[] = [];
  for (let q = comma + 1; q < items.length && !isPunct(items[q], ';', '.'); q++) {
    const it = items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return null;
    if (it.kind !== 'word' || isYearItem(it)) continue;
    const c = quantityAt(items, q);
    if (!c) continue;
    q = c.next - 1;
    if (c.value < 2 || !Number.isInteger(c.value)) continue;
    // « 19 600 ont débouché », « 640 sont », « 210 par voie postale »: no noun of its own.
    const bare = !c.noun || sameNoun(c.noun, noun.f) || NOT_NOUNS_AFTER_COUNT.has(c.noun);
    if (!bare) return null;
    parts.push({ start: c.start, end: c.end, value: c.value, lo: c.lo, hi: c.hi });
  }
  return parts.length ? { noun: noun.f, start: sent.start, parts, years: yearsOf(sent) } : null;
}


/**
 * « 1 180 jeunes occupaient un emploi, soit 55 % des bénéficiaires »: a count with its own noun, then « soit », a share
 * and the noun of the whole it is a share of, counted in another section (none in the sentence).
 */
function partThenShareOf(sent: Sentence, k: number, percentages: readonly Percentage[]): CountShareRef | null {
  const { items } = sent;
  const part = quantityAt(items, k);
  if (!part || part.noun === undefined || part.nounAt === undefined || !Number.isInteger(part.value) || part.value < 2) return null;
  if (isWord(items[k - 1], 'des', 'les', 'sur', 'de', "d'") || isYearItem(items[k])) return null;
  let r = part.nounAt + 1;
  while (r < items.length && r < part.nounAt + 14 && !isWord(items[r], 'soit')) {
    if (items[r].kind === 'percent' || items[r].kind === 'amount' || isPunct(items[r], '.', ';', ':') || (quantityAt(items, r)?.value ?? 0) >= 2) return null;
    r++;
  }
  const st = isWord(items[r], 'soit') ? statedAt(sent, r + 1, percentages) : null;
  if (!st) return null;
  let q = st.to + 1;
  if (!isWord(items[q], 'des', 'du', 'de')) return null;
  if (isWord(items[q + 1], 'la', "l'")) q++;
  const noun = items[q + 1];
  if (!noun || noun.kind !== 'word' || ARTICLES.has(noun.f) || sameNoun(noun.f, part.noun)) return null;
  // The whole said after, in words only: a figure after it is the whole of this sentence, read where it stands.
  for (let x = q + 2; x < items.length && !isPunct(items[x], '.', ';'); x++) if (items[x].kind === 'amount' || items[x].kind === 'percent' || (quantityAt(items, x)?.value ?? 0) >= 2) return null;
  return { noun: noun.f, start: sent.start, share: st.share, part: { start: part.start, end: part.end, value: part.value, lo: part.lo, hi: part.hi }, years: yearsOf(sent) };
}

/**
 * A change stated with one end: a factor (« a doublé ») or a percentage after a word of change, and one count with its
 * noun, in a sentence that names one year, the base's (« depuis 2021, année où l’on comptait 1,3 million de trajets »).
 */
function changeRef(sent: Sentence, percentages: readonly Percentage[]): ChangeRef | null {
  const { items, cues } = sent;
  let stated: StatedChange | null = null;
  let base: ReadQuantity | null = null;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const c = cues[k];
    if (it.kind === 'percent') {
      let dir: 1 | -1 | 0 = 0;
      for (let q = Math.max(0, k - 3); q < k; q++) dir = has(cues[q], 'rise') ? 1 : has(cues[q], 'fall') ? -1 : dir;
      if (dir === 0 || stated) return null;
      const p = percentages[it.index];
      const i = percentInterval(p);
      stated = { start: p.start, end: p.end, kind: 'percent', value: p.value, lo: i.lo, hi: i.hi, direction: dir };
      continue;
    }
    if (it.kind !== 'word') continue;
    if (has(c, 'factor') && c!.value) {
      // « plus que doublé », « presque triplé » carry their own bounds (changes.ts): only a plain factor is read here.
      if (stated || isWord(items[k - 1], 'que', 'presque', 'quasiment', 'pratiquement', 'du', 'de')) return null;
      const x = c!.value;
      stated = { start: it.start, end: it.end, kind: 'factor', value: x, lo: x * 0.9, hi: x * 1.1, direction: 1 };
      continue;
    }
    if (isYearItem(it)) continue;
    const q = quantityAt(items, k);
    if (!q) continue;
    k = q.next - 1;
    if (!q.noun || TIME_UNITS.includes(q.noun) || ARTICLES.has(q.noun) || q.value < 2) continue;
    if (base) return null;
    base = q;
  }
  const years = yearsOf(sent);
  if (!stated || !base || years.length !== 1) return null;
  const q = base;
  return { noun: q.noun!, start: sent.start, stated, base: { start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi }, unit: '#' + q.noun, year: Number(years[0].slice(0, 4)) };
}

/** The rows of a table whose first cell is a year alone and whose other cells hold one amount in all. */
function tableYearFacts(text: string, table: Table, amounts: readonly Amount[]): YearFact[] {
  const out: YearFact[] = [];
  for (const row of table.rows) {
    if (row.separator || row.cells.length < 2) continue;
    const first = text.slice(row.cells[0].start, row.cells[0].end).replace(/[*_\s]/g, '');
    if (!/^(19|20)\d\d$/.test(first)) continue;
    let found: Amount | null = null;
    let n = 0;
    for (let i = lowerBound(amounts, row.cells[1].start); i < amounts.length && amounts[i].start < row.end; i++) {
      found = amounts[i];
      n++;
    }
    if (n === 1 && found && !found.range) out.push({ start: row.start, year: Number(first), amount: found });
  }
  return out;
}

/** « - 2023 : 8 M€ »: a list item whose label is a year and whose value is one amount. */
function yearItem(sent: Sentence, amounts: readonly Amount[]): YearFact | null {
  const { items } = sent;
  const k = firstIndex(items);
  if (!isYearItem(items[k]) || !isPunct(items[k + 1], ':')) return null;
  const a = items[k + 2];
  if (!a || a.kind !== 'amount' || a.high !== undefined || k + 3 < items.length - 1) return null;
  return { start: sent.start, year: Number((items[k] as { f: string }).f), amount: amounts[a.index] };
}

/**
 * « En deux ans, la dotation du fonds a doublé », « Le budget a triplé depuis 2022 »: a factor stated of a definite
 * noun of a sum, over a span of years or since a year, and no figure in the sentence.
 */
function bareChangeRef(sent: Sentence): BareChangeRef | null {
  const { items, cues } = sent;
  let stated: StatedChange | null = null;
  let sum = false;
  let span = 0;
  let since = 0;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    const c = cues[k];
    if (has(c, 'factor') && c!.value && !stated && !isWord(items[k - 1], 'que', 'presque', 'quasiment', 'pratiquement', 'du', 'de')) {
      const x = c!.value;
      stated = { start: it.start, end: it.end, kind: 'factor', value: x, lo: x * 0.9, hi: x * 1.1, direction: 1 };
    }
    if (isWord(items[k - 1], 'la', 'le', "l'", 'les') && has(c, 'sum-noun')) sum = true;
    if (isWord(it, 'depuis') && isYearItem(items[k + 1])) since = Number((items[k + 1] as { f: string }).f);
    if (isWord(it, 'en', 'sur')) {
      const q = quantityAt(items, k + 1);
      if (q && q.nounAt !== undefined && isWord(items[q.nounAt], 'an', 'ans', 'annee', 'annees') && Number.isInteger(q.value)) span = q.value;
    }
  }
  if (!stated || !sum || (span === 0) === (since === 0)) return null;
  return { start: sent.start, stated, span, since };
}

/** « Sans les 16 800 heures de bénévolat effectuées en 2023, … »: « les » or « ces », a count, its noun and a complement. */
function definiteCounts(sent: Sentence): CountRef[] {
  const { items } = sent;
  const out: CountRef[] = [];
  for (let k = 1; k < items.length; k++) {
    if (!isWord(items[k - 1], 'les', 'ces')) continue;
    const q = quantityAt(items, k);
    if (!q || !q.noun || !Number.isInteger(q.value) || q.value < 2 || isYearItem(items[k]) || !isWord(items[q.nounAt! + 1], 'de', "d'")) continue;
    const words = wordsOf(items, q.nounAt! + 1, Math.min(items.length, q.nounAt! + 3)).slice(0, 1);
    if (words.length === 0) continue;
    out.push({ noun: q.noun, words, start: sent.start, count: { start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi }, years: yearsOf(sent) });
    k = q.next - 1;
  }
  return out;
}

/** Amounts each followed by « en » and the next year (or the year in brackets): a series, whose sum a total « sur la période » states elsewhere. */
function yearSeries(sent: Sentence, amounts: readonly Amount[], am: readonly AmountItem[]): { amounts: Amount[]; from: number; to: number } | null {
  const { items } = sent;
  let last = 0;
  let first = 0;
  // One walk along the items: each amount, then « en » and its year.
  for (let k = 0; k < items.length; k++) {
    const a = items[k];
    if (a.kind !== 'amount') continue;
    // « 3,2 M€ en 2024 », « 7,9 M€ (2019) ».
    const dated = (isWord(items[k + 1], 'en') || isPunct(items[k + 1], '(')) && isYearItem(items[k + 2]);
    const y = dated ? Number((items[k + 2] as { f: string }).f) : 0;
    if (!y || a.high !== undefined || (last && y !== last + 1)) return null;
    if (!first) first = y;
    last = y;
  }
  return { amounts: am.map((a) => amounts[a.index]), from: first, to: last };
}

/** A total, then « soit » and an amount per unit, and no count of that unit in the sentence. */
function quotientRef(sent: Sentence, amounts: readonly Amount[], am: readonly AmountItem[]): QuotientRef | null {
  const { items } = sent;
  const [a, b] = am;
  const ka = items.indexOf(a);
  const kb = items.indexOf(b);
  const per = perAfter(items, kb);
  if (perAfter(items, ka) || !per || per === 'an') return null;
  let soit = false;
  for (let q = ka + 1; q < kb; q++) if (isWord(items[q], 'soit')) soit = true;
  if (!soit) return null;
  for (let k = 0; k < items.length; k++) {
    const q = quantityAt(items, k);
    if (q && q.noun && sameNoun(q.noun, per)) return null;
    if (q) k = q.next - 1;
    // « traiter l’ensemble de ces logements …, soit 36 000 € par logement »: a demonstrative takes up the things counted
    // just before (« 1 150 d’entre eux »), not the count of another section.
    if (isWord(items[k], ...DEMONSTRATIVES) && items[k + 1]?.kind === 'word' && sameNoun((items[k + 1] as { f: string }).f, per)) return null;
  }
  return { start: sent.start, total: amounts[a.index], rate: amounts[b.index], per, years: yearsOf(sent) };
}

/** « Avec 210 000 €, le numérique pèse 30 % de ce budget d’acquisitions »: a share of a noun taken up by a demonstrative. */
function shareRef(sent: Sentence, amounts: readonly Amount[], percentages: readonly Percentage[], a: AmountItem): ShareRef | null {
  const { items } = sent;
  for (let k = 0; k < items.length; k++) {
    const st = statedAt(sent, k, percentages);
    if (!st) continue;
    let q = st.to + 1;
    if (!isWord(items[q], 'de', "d'", 'des', 'du')) return null;
    // « de ce budget », or a definite noun with its complement (« des charges d’exploitation », « du budget culturel »):
    // a bare « du budget » names too little to be looked for elsewhere.
    const demonstrative = isWord(items[q + 1], ...DEMONSTRATIVES);
    if (!demonstrative && isWord(items[q + 1], 'la', "l'", 'les')) q++;
    const n = demonstrative ? q + 2 : q + 1;
    const noun = items[n];
    if (!noun || noun.kind !== 'word' || ARTICLES.has(noun.f)) return null;
    // The complement of the noun, up to the clause's end: « de ce budget d’acquisitions ».
    q = n + 1;
    const from = q;
    while (q < items.length && items[q].kind === 'word' && q < from + 4) q++;
    const after = items.slice(q).some((it) => it.kind === 'amount');
    const at = items.indexOf(a);
    if (after && at > q) return null;
    const words = wordsOf(items, from, q).filter((w) => !NOT_COMPLEMENTS.has(w)).slice(0, 2);
    if (!demonstrative && words.length === 0) return null;
    return { noun: noun.f, words, start: sent.start, share: st.share, part: amounts[a.index], years: yearsOf(sent) };
  }
  return null;
}

/** The heading blocks, in order. */
export function headingStarts(structure: { blocks: readonly { kind: string; start: number; level: number }[] }): { start: number; level: number }[] {
  return structure.blocks.filter((b) => b.kind === 'heading');
}

/** A chunk's facts and references moved by `at` characters (its place in the document). */
export function shiftSectionFacts(f: SectionFacts, at: number, amount: (a: Amount) => Amount): SectionFacts {
  return {
    facts: f.facts.map((x) => ({ ...x, start: x.start + at, amount: x.amount && amount(x.amount), count: x.count && { ...x.count, start: x.count.start + at, end: x.count.end + at } })),
    shares: f.shares.map((x) => ({ ...x, start: x.start + at, share: { ...x.share, start: x.share.start + at, end: x.share.end + at }, part: amount(x.part) })),
    totals: f.totals.map((x) => ({ ...x, start: x.start + at, result: amount(x.result) })),
    parts: f.parts.map((x) => ({ ...x, start: x.start + at, parts: x.parts.map(amount) })),
    quotients: f.quotients.map((x) => ({ ...x, start: x.start + at, total: amount(x.total), rate: amount(x.rate) })),
    series: f.series.map((x) => ({ ...x, start: x.start + at, amounts: x.amounts.map(amount) })),
    perUnit: f.perUnit.map((x) => ({ ...x, start: x.start + at, rate: amount(x.rate) })),
    countShares: f.countShares.map((x) => ({ ...x, start: x.start + at, share: { ...x.share, start: x.share.start + at, end: x.share.end + at }, part: { ...x.part, start: x.part.start + at, end: x.part.end + at } })),
    counts: f.counts.map((x) => ({ ...x, start: x.start + at, count: { ...x.count, start: x.count.start + at, end: x.count.end + at } })),
    countParts: f.countParts.map((x) => ({ ...x, start: x.start + at, parts: x.parts.map((p) => ({ ...p, start: p.start + at, end: p.end + at })) })),
    amountRefs: f.amountRefs.map((x) => ({ ...x, start: x.start + at, amount: amount(x.amount) })),
    changes: f.changes.map((x) => ({ ...x, start: x.start + at, stated: { ...x.stated, start: x.stated.start + at, end: x.stated.end + at }, base: { ...x.base, start: x.base.start + at, end: x.base.end + at } })),
    yearFacts: f.yearFacts.map((x) => ({ ...x, start: x.start + at, amount: amount(x.amount) })),
    bareChanges: f.bareChanges.map((x) => ({ ...x, start: x.start + at, stated: { ...x.stated, start: x.stated.start + at, end: x.stated.end + at } })),
    announced: f.announced.map((x) => ({ ...x, start: x.start + at, whole: amount(x.whole) })),
    leads: f.leads.map((x) => ({ ...x, start: x.start + at, amount: amount(x.amount) })),
  };
}

/** Appends every list of `from` to the same list of `into` (each kind of fact and reference, whatever is added later). */
export function joinSectionFacts(into: SectionFacts, from: SectionFacts): void {
  for (const key of Object.keys(from) as (keyof SectionFacts)[]) append(into[key] as unknown[], from[key] as unknown[]);
}

export interface SectionsContext {
  text: string;
  /** The document's percentages, for a quick fix of a stated change. */
  percentages?: readonly Percentage[];
  /** Each heading of the document, in order: a figure's section is the last heading before it. */
  headings: readonly { start: number; level?: number }[];
  tolerance: number;
  t: Translate;
}

/** The facts and references of every chunk, in the document's offsets, joined. */
export function judgeAcrossSections(all: SectionFacts, ctx: SectionsContext): { checks: Check[]; findings: Finding[] } {
  const out = { checks: [] as Check[], findings: [] as Finding[] };
  for (const { breakdown, amounts } of announcedOverSections(all.announced, all.leads, ctx.headings)) judged(out, judgeAmounts(breakdown, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  if (all.facts.length === 0 && all.series.length === 0 && all.yearFacts.length === 0) return out;
  const facts = [...all.facts].sort((a, b) => a.start - b.start);
  // Facts by noun, in text order; a reference reads the last few before it only (a hostile text may state thousands).
  const byNoun = new Map<string, NounFact[]>();
  const rates: NounFact[] = [];
  for (const f of facts) {
    const key = nounKey(f.noun);
    const list = byNoun.get(key);
    if (list) list.push(f);
    else byNoun.set(key, [f]);
    if (f.amount && f.per) rates.push(f);
  }
  const before = lowerBound;
  // The number of headings at or before `at`: figures under the same heading share it.
  const section = (at: number) => lowerBound(ctx.headings, at + 1);
  // The one fact of that noun before `at`, in another section; null when none, or several with different figures.
  const factFor = (noun: string, words: readonly string[], at: number, amount: boolean, years: readonly string[], qualified = false): NounFact | null => {
    let found: NounFact | null = null;
    const list = byNoun.get(nounKey(noun)) ?? [];
    const end = before(list, at);
    for (let i = Math.max(0, end - RECENT); i < end; i++) {
      const f = list[i];
      if ((amount ? !f.amount || f.per : !f.count) || !(amount ? samePeriod : nearPeriod)(f.years, years)) continue;
      // (`qualified`: the words may qualify the noun after it, « 2 140 jeunes accompagnés ».)
      const own = qualified ? [...f.words, ...(f.qualifiers ?? [])] : f.words;
      if (!words.every((w) => own.some((x) => sameNoun(x, w)))) continue;
      if (found && valueOf(found) !== valueOf(f)) return null;
      found = f;
    }
    return found && section(found.start) !== section(at) ? found : null;
  };
  // The one amount of a key-figure box with no noun (« - **48 M€** mobilisés en 2025 »): the whole a press kit's « L’enveloppe »
  // speaks of when no fact names that noun.
  const boxAmount = (at: number, years: readonly string[]): NounFact | null => {
    let found: NounFact | null = null;
    const list = byNoun.get(nounKey('')) ?? [];
    const end = before(list, at);
    for (let i = Math.max(0, end - RECENT); i < end; i++) {
      const f = list[i];
      if (f.noun !== '' || !f.amount || !samePeriod(f.years, years)) continue;
      if (found && found.amount!.value !== f.amount.value) return null;
      found = f;
    }
    return found && section(found.start) !== section(at) ? found : null;
  };
  // « ### Budget » ¶ « La municipalité consacre 640 000 € … » then « ### Les actions » ¶ « Ces crédits se répartissent … : »:
  // with no fact of the noun, the overall figure the section right before opens on.
  const leadBefore = (at: number, years: readonly string[]): NounFact | null => {
    const here = section(at);
    let found: SectionLead | null = null;
    for (const l of all.leads) {
      if (l.start >= at) break;
      if (section(l.start) === here - 1 && l.usable && samePeriod(l.years, years)) found = found ? null : l;
    }
    return found ? { noun: '', words: [], start: found.start, amount: found.amount, years: found.years } : null;
  };
  for (const r of all.parts) {
    const f = factFor(r.noun, [], r.start, true, r.years) ?? (byNoun.has(nounKey(r.noun)) ? null : boxAmount(r.start, r.years) ?? leadBefore(r.start, r.years));
    if (!f || r.parts.some((p) => p.currency !== f.amount!.currency)) continue;
    const amounts = [f.amount!, ...r.parts];
    const b: Breakdown = make('list', r.start, figureOf(amounts, item(amounts, 0)));
    for (let k = 1; k < amounts.length; k++) b.parts.push(figureOf(amounts, item(amounts, k)));
    b.complete = true;
    judged(out, judgeAmounts(b, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  }
  for (const r of all.shares) {
    const f = factFor(r.noun, r.words, r.start, true, r.years);
    if (!f || f.amount!.currency !== r.part.currency || f.amount!.value <= r.part.value) continue;
    const amounts = [r.part, f.amount!];
    const pair = { part: figureOf(amounts, item(amounts, 0)), share: { ...r.share, index: -1 }, whole: figureOf(amounts, item(amounts, 1)) };
    judged(out, judgePair(pair, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }, []));
  }
  for (const r of all.totals) {
    // The rate: the one amount per unit stated before, whose unit the total's sentence names (« Les ménages … »,
    // « Sur la durée du contrat … »); the count: the one count of that unit stated before.
    let rate: NounFact | null = null;
    const end = before(rates, r.start);
    for (let i = Math.max(0, end - RECENT); i < end; i++) {
      const f = rates[i];
      if (f.amount!.currency !== r.result.currency || !samePeriod(f.years, r.years)) continue;
      const named = f.per === 'an' ? r.mentions.some((w) => w === 'duree' || w === 'periode') : r.mentions.some((w) => sameNoun(w, f.per!));
      if (!named) continue;
      if (rate && rate.amount!.value !== f.amount!.value) {
        rate = null;
        break;
      }
      rate = f;
    }
    if (!rate) {
      // « Au total, le département aura consacré 82 M€ à ce plan sur la période »: the series of another section.
      if (!r.mentions.includes('periode')) continue;
      const n = before(all.series, r.start);
      const series = n > 0 ? all.series[n - 1] : null;
      if (!series || section(series.start) === section(r.start) || series.amounts.some((a) => a.currency !== r.result.currency)) continue;
      const amounts = [r.result, ...series.amounts];
      const b: Breakdown = make('list', r.start, figureOf(amounts, item(amounts, 0)));
      for (let k = 1; k < amounts.length; k++) b.parts.push(figureOf(amounts, item(amounts, k)));
      b.complete = true;
      judged(out, judgeAmounts(b, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
      continue;
    }
    const count = factFor(rate.per!, [], r.start, false, r.years);
    if (!count) continue;
    const amounts = [rate.amount!, r.result];
    const c = count.count!;
    judged(out, judgeRate({ op: 'product', rate: figureOf(amounts, item(amounts, 0)), count: { start: c.start, end: c.end, value: c.value, lo: c.lo, hi: c.hi }, result: figureOf(amounts, item(amounts, 1)) }, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  }
  // « La fréquentation a doublé depuis 2021, année où l’on comptait 1,3 million de trajets » against « Trajets en
  // 2025 : 1,9 million »: the one count of that noun, of a later year only, in another section.
  for (const r of all.changes) {
    let later: NounFact | null = null;
    const list = byNoun.get(nounKey(r.noun)) ?? [];
    for (let i = Math.max(0, list.length - RECENT); i < list.length; i++) {
      const f = list[i];
      if (!f.count || f.years.length !== 1 || Number(f.years[0].slice(0, 4)) <= r.year || section(f.start) === section(r.start)) continue;
      if (later && later.count!.value !== f.count.value) {
        later = null;
        break;
      }
      later = f;
    }
    if (!later) continue;
    const c = later.count!;
    const change = { from: { ...r.base, unit: r.unit }, to: { start: c.start, end: c.end, value: c.value, lo: c.lo, hi: c.hi, unit: r.unit }, stated: r.stated };
    judged(out, judgeChange(change, { text: ctx.text, amounts: [], tolerance: ctx.tolerance, t: ctx.t }, ctx.percentages ?? []));
  }
  // « - 2023 : 8 M€ » … « - 2025 : 14 M€ » in a box, « En deux ans, la dotation du fonds a doublé » under another
  // heading: the box's amounts of the span's two ends, each year stated once.
  const yearFacts = [...all.yearFacts].sort((a, b) => a.start - b.start);
  for (const r of all.bareChanges) {
    // The last few dated items before it only: a hostile text may list thousands.
    const end = before(yearFacts, r.start);
    const dated = yearFacts.slice(Math.max(0, end - RECENT), end).filter((f) => section(f.start) !== section(r.start));
    if (dated.length < 2) continue;
    const last = Math.max(...dated.map((f) => f.year));
    const first = r.since || last - r.span;
    const at = (y: number) => {
      const those = dated.filter((f) => f.year === y);
      return those.length === 1 ? those[0].amount : null;
    };
    const a = at(first);
    const b = at(last);
    if (!a || !b || a.currency !== b.currency || first >= last) continue;
    const value = (x: Amount) => {
      const i = amountInterval(x);
      return { start: x.start, end: x.end, value: x.value, lo: i.lo, hi: i.hi, unit: x.currency };
    };
    judged(out, judgeChange({ from: value(a), to: value(b), stated: r.stated }, { text: ctx.text, amounts: [], tolerance: ctx.tolerance, t: ctx.t }, []));
  }
  for (const r of all.countShares) {
    const f = factFor(r.noun, [], r.start, false, r.years);
    if (!f || f.count!.value <= r.part.value) continue;
    const unit = '#' + r.noun;
    const pair = { part: countFigure(r.part, unit), share: { ...r.share, index: -1 }, whole: countFigure(f.count!, unit) };
    judged(out, judgePair(pair, { text: ctx.text, amounts: [], tolerance: ctx.tolerance, t: ctx.t }, []));
  }
  // « - Enveloppe : 850 000 € » in the key figures, « L’enveloppe de 0,95 M€ est mobilisable … » in another section.
  for (const r of all.amountRefs) {
    const f = factFor(r.noun, [], r.start, true, r.years);
    if (!f || !f.amount || f.per || f.amount.currency !== r.amount.currency || section(f.start) === section(r.start)) continue;
    const amounts = [f.amount, r.amount];
    judged(out, judgeRestatement({ first: figureOf(amounts, item(amounts, 0)), second: figureOf(amounts, item(amounts, 1)) }, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  }
  // « - **173,3 Md€** : déficit de l’État en 2023 » in the key figures, « Le déficit de l’État s’est établi à
  // 137,3 milliards » in a section: one thing, named with the same words, given twice.
  for (const f of facts) {
    if (f.said !== 'prose' || !f.amount || f.per) continue;
    const list = byNoun.get(nounKey(f.noun)) ?? [];
    let box: NounFact | null = null;
    for (let i = Math.max(0, before(list, f.start) - RECENT); i < list.length && list[i].start < f.start; i++) {
      const b = list[i];
      if (b.said !== 'box' || b.amount!.currency !== f.amount.currency || !samePeriod(b.years, f.years) || !sameWords(b.words, f.words)) continue;
      if (box && box.amount!.value !== b.amount!.value) {
        box = null;
        break;
      }
      box = b;
    }
    if (!box || section(box.start) === section(f.start)) continue;
    const amounts = [box.amount!, f.amount];
    judged(out, judgeRestatement({ first: figureOf(amounts, item(amounts, 0)), second: figureOf(amounts, item(amounts, 1)) }, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  }
  // « - 185 ponts à rénover d’ici à 2029 » in the key figures, « … a conduit à classer 158 ponts à rénover » in the prose:
  // one count, with the same noun and the same qualifying words, given twice. The box may head the same section.
  for (const f of facts) {
    if (f.said !== 'prose' || !f.count || (!f.qualifiers?.length && !f.total)) continue;
    const list = byNoun.get(nounKey(f.noun)) ?? [];
    let box: NounFact | null = null;
    for (let i = Math.max(0, before(list, f.start) - RECENT); i < list.length && list[i].start < f.start; i++) {
      const b = list[i];
      if (b.said !== 'box' || !b.count || !nearPeriod(b.years, f.years)) continue;
      // The same noun and the same words; or a box count of the bare noun (« 1 380 lauréats ») and the prose's total of
      // that noun (« Au total, 1 230 lauréats issus de … »).
      // (« - 1 500 aides au loyer » is one kind of aid, no bare count of them.)
      const same = b.qualifiers?.length ? sameWords(b.qualifiers, f.qualifiers ?? []) : !!f.total && !!b.alone;
      if (!same) continue;
      // « - 52 classes » in the box, « 15 classes » under one heading and « qui comptent ensemble 37 classes » under the
      // next: the prose counts the noun group by group, and a group's total restates no bare count of the whole.
      if (!b.qualifiers?.length && list.some((x) => x.said === 'prose' && x.count && x.count.value !== f.count!.value && section(x.start) !== section(f.start))) continue;
      if (box && box.count!.value !== b.count.value) {
        box = null;
        break;
      }
      box = b;
    }
    if (!box) continue;
    const unit = '#' + f.noun;
    judged(out, judgeRestatement({ first: countFigure(box.count!, unit), second: countFigure(f.count, unit) }, { text: ctx.text, amounts: [], tolerance: ctx.tolerance, t: ctx.t }));
  }
  for (const r of all.countParts) {
    // (« l’ensemble des jeunes accompagnés » against « 2 140 jeunes accompagnés » and « 1 064 jeunes entrés en CEJ »: the
    // lead-in's qualifier picks one of two facts of the noun.)
    const f = factFor(r.noun, [], r.start, false, r.years) ?? (r.qualifier ? factFor(r.noun, [r.qualifier], r.start, false, r.years, true) : null);
    if (!f || section(f.start) === section(r.start)) continue;
    const unit = '#' + r.noun;
    const b: Breakdown = make(r.complete ? 'list' : 'dont', r.start, countFigure(f.count!, unit));
    b.parts = r.parts.map((p) => countFigure(p, unit));
    b.complete = !!r.complete;
    judged(out, judgeAmounts(b, { text: ctx.text, amounts: [], tolerance: ctx.tolerance, t: ctx.t }));
  }
  for (const r of all.counts) {
    const f = factFor(r.noun, r.words, r.start, false, r.years);
    if (!f || !f.words.length) continue;
    const unit = '#' + r.noun;
    judged(out, judgeRestatement({ first: countFigure(f.count!, unit), second: countFigure(r.count, unit) }, { text: ctx.text, amounts: [], tolerance: ctx.tolerance, t: ctx.t }));
  }
  // « - 13 M€ sur 2024-2026 » in the key figures, « 3,2 M€ en 2024, 4,1 M€ en 2025 et 4,7 M€ en 2026 » in a section.
  const spanned = facts.filter((f) => f.span && f.amount).slice(0, RECENT);
  for (const x of all.series) {
    let whole: NounFact | null = null;
    for (const f of spanned) if (f.span![0] === x.from && f.span![1] === x.to && f.amount!.currency === x.amounts[0].currency) whole = whole && whole.amount!.value !== f.amount!.value ? null : f;
    if (!whole || section(whole.start) === section(x.start)) continue;
    const amounts = [whole.amount!, ...x.amounts];
    const b: Breakdown = make('list', whole.start, figureOf(amounts, item(amounts, 0)));
    for (let k = 1; k < amounts.length; k++) b.parts.push(figureOf(amounts, item(amounts, k)));
    b.complete = true;
    judged(out, judgeAmounts(b, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  }
  // The mean against the one key amount of the box and the count of its unit.
  for (const r of all.perUnit) {
    let total: NounFact | null = null;
    const list = byNoun.get(nounKey('')) ?? [];
    const end = before(list, r.start);
    for (let i = Math.max(0, end - RECENT); i < end; i++) {
      const f = list[i];
      if (!f.amount || f.amount.currency !== r.rate.currency) continue;
      total = total && total.amount!.value !== f.amount.value ? null : f;
      if (!total) break;
    }
    const count = total ? factFor(r.per, [], r.start, false, r.years) : null;
    if (!total || !count || section(total.start) === section(r.start)) continue;
    const amounts = [total.amount!, r.rate];
    const c = count.count!;
    judged(out, judgeRate({ op: 'quotient', rate: figureOf(amounts, item(amounts, 0)), count: { start: c.start, end: c.end, value: c.value, lo: c.lo, hi: c.hi }, result: figureOf(amounts, item(amounts, 1)) }, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  }
  for (const r of all.quotients) {
    const count = factFor(r.per, [], r.start, false, r.years);
    if (!count || r.total.currency !== r.rate.currency) continue;
    const amounts = [r.total, r.rate];
    const c = count.count!;
    judged(out, judgeRate({ op: 'quotient', rate: figureOf(amounts, item(amounts, 0)), count: { start: c.start, end: c.end, value: c.value, lo: c.lo, hi: c.hi }, result: figureOf(amounts, item(amounts, 1)) }, { text: ctx.text, amounts, tolerance: ctx.tolerance, t: ctx.t }));
  }
  return out;
}

/** How many facts of a noun before a reference are read: the nearest ones. */
const RECENT = 16;

/** Two names of the same words, in any order, plurals aside. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w) => b.some((x) => sameNoun(x, w)));
}

function valueOf(f: NounFact): number {
  return f.amount ? f.amount.value : f.count ? f.count.value : NaN;
}

function item(amounts: readonly Amount[], index: number): AmountItem {
  return { kind: 'amount', index, start: amounts[index].start, end: amounts[index].end };
}

function judged(out: { checks: Check[]; findings: Finding[] }, j: { checks: Check[]; findings: Finding[] }): void {
  append(out.checks, j.checks);
  append(out.findings, j.findings);
}
