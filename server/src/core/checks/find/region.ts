// Reading a run of parts: the figures after a cue are cut into segments at
// commas, semicolons, « et », « puis », « ainsi que » (« soit », « dont » and
// « enfin » open a new segment), and each segment may hold one part. What the
// words of the run say (cues.ts) decides whether the parts may be added up:
// a different basis (« chacun », « par an », AE/CP) aborts, a stop word
// (« contre », « hors », « initialement ») ends the run, « notamment » makes it
// partial, « enfin » or « le reste » closes it.

import { Amount, Percentage } from '../../types';
import { Cue, has } from '../cues';
import { Figure, Share, figureOf, shareOf } from '../model';
import { Item, MONTHS, firstIndex, isPunct, isWord, isYearItem, lowerBound } from '../words';

export type AmountItem = Item & { kind: 'amount' };
export type PercentItem = Item & { kind: 'percent' };

/** The items of a sentence (or list item) with their cues. */
export interface View {
  items: readonly Item[];
  cues: readonly (Cue | undefined)[];
}

export interface Figures {
  amounts: readonly Amount[];
  percentages: readonly Percentage[];
}

export interface Segment {
  from: number;
  to: number;
}

/** Cuts items[from, to) at commas, semicolons, « et », « puis », « ainsi que »; « soit », « dont », « enfin » open a new segment and stay in it. */
export function segments(items: readonly Item[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let start = from;
  const cut = (at: number, next: number) => {
    if (at > start) out.push({ from: start, to: at });
    start = next;
  };
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (it.kind === 'punct' && (it.ch === ',' || it.ch === ';')) cut(k, k + 1);
    else if (it.kind === 'word') {
      if (it.f === 'et' || it.f === 'puis') cut(k, k + 1);
      else if (it.f === 'ainsi' && isWord(items[k + 1], 'que', "qu'")) {
        cut(k, k + 2);
        k++;
      } else if (it.f === 'soit' || it.f === 'dont' || it.f === 'enfin') cut(k, k);
    }
  }
  cut(to, to);
  return out;
}

export function firstWordOf(items: readonly Item[], seg: Segment): Item | undefined {
  for (let k = seg.from; k < seg.to; k++) {
    const it = items[k];
    if (it.kind === 'punct') continue;
    return it;
  }
  return undefined;
}

const mixedMemo = new WeakMap<readonly Item[], boolean>();

/** True when the view mixes HT and TTC, or AE and CP: figures on one such basis add up, across two they do not. */
export function mixesBases(v: View): boolean {
  let m = mixedMemo.get(v.items);
  if (m === undefined) {
    const seen = new Set<number>();
    let last = -1;
    for (let k = 0; k < v.cues.length; k++) {
      const c = v.cues[k];
      if (!has(c, 'mixed-basis') || !c!.value) continue;
      // « 295 M€ en AE comme en CP »: one amount on both bases, no two figures to keep apart.
      const joined = isWord(v.items[k - 1], 'comme') || (isWord(v.items[k - 1], 'en') && isWord(v.items[k - 2], 'comme'));
      if (joined && last >= k - 4) seen.delete(v.cues[last]!.value!);
      else seen.add(c!.value);
      last = k;
    }
    m = pairedBases(seen);
    mixedMemo.set(v.items, m);
  }
  return m;
}

/** Both bases of a pair among `bases`: HT (1) and TTC (2), or AE (3) and CP (4). */
export function pairedBases(bases: ReadonlySet<number>): boolean {
  // (A local authority's AP, 5, pairs with its CP as an AE does.)
  return (bases.has(1) && bases.has(2)) || ((bases.has(3) || bases.has(5)) && bases.has(4));
}

/** The bases (HT 1, TTC 2, AE 3, CP 4, AP 5, the « mixed-basis » values) the view names. */
export function basesNamed(v: View): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < v.cues.length; k++) {
    const c = v.cues[k];
    if (has(c, 'mixed-basis') && c!.value) out.add(c!.value);
  }
  return out;
}

/** Two views name bases, and no base in common: « … pour 430 000 € HT » then « Le montant cumulé … à 2 160 000 € TTC ». */
export function otherBases(a: readonly View[], b: View): boolean {
  const there = basesNamed(b);
  if (there.size === 0) return false;
  let named = false;
  for (const v of a) {
    for (const x of basesNamed(v)) {
      if (there.has(x)) return false;
      named = true;
    }
  }
  return named;
}

/** Units a price is given per with « du » or « de l’ » (« du km », « du mètre carré », « de l’heure »). */
export const MEASURE_UNITS = ['km', 'kilometre', 'metre', 'm', 'm2', 'tonne', 'litre', 'kwh', 'mwh', 'heure', 'hectare', 'ha', 'kilo', 'kg'];

/** « par an », « par habitant », « chacun », « en moyenne », HT beside TTC: figures on another basis than a plain whole. */
export function isBasisAt(v: View, k: number): boolean {
  const it = v.items[k];
  if (it.kind !== 'word') return false;
  const c = v.cues[k];
  // « L’enveloppe annuelle de 750 000 € se répartit … »: an adjective of the whole's noun right before its amount dates
  // the whole, and so every part it is split into; it sets no figure of the sentence on another basis.
  if (has(c, 'yearly') && !has(c, 'basis') && (has(v.cues[k - 1], 'whole-noun') || has(v.cues[k - 1], 'sum-noun')) && isWord(v.items[k + 1], 'de', "d'") && v.items[k + 2]?.kind === 'amount') return false;
  if (has(c, 'basis') || has(c, 'yearly')) return true;
  if (has(c, 'mixed-basis') && mixesBases(v)) return true;
  // « se répartissent par famille de produits » names the breakdown's dimension, not an amount per family.
  // With an article it is an agent (« 600 000 € par la Région », « par le département »), except a unit (« par l’unité »).
  if (it.f === 'par' && !has(v.cues[k - 1], 'distribution') && (has(v.cues[k + 1], 'per') || (isWord(v.items[k + 1], "l'", 'la', 'le') && isWord(v.items[k + 2], 'unite', 'an', 'annee', 'tonne', 'piece')))) return true;
  // « 450 € l’unité », « 85 € la tonne »: an article and a unit right after an amount (not « l’an dernier », a time).
  if (v.items[k - 1]?.kind === 'amount' && isWord(it, "l'", 'la', 'le') && (has(v.cues[k + 1], 'per') || isWord(v.items[k + 1], 'piece')) && !has(v.cues[k + 1], 'time') && !has(v.cues[k + 2], 'time')) return true;
  // « 160 000 € du km », « 4 € de l’heure »: a unit of measure or time after « du » (not « 12 M€ du département »).
  if (v.items[k - 1]?.kind === 'amount' && (isWord(it, 'du') || (isWord(it, 'de') && isWord(v.items[k + 1], "l'"))) && isWord(v.items[isWord(it, 'du') ? k + 1 : k + 2], ...MEASURE_UNITS)) return true;
  // « 168 €/ha », « 12 €/m² »: a slash and a unit right after the amount. (« 12,5 GWh/an » is yearly, read as such with
  // the figures around it.)
  if (isPunct(v.items[k - 1], '/') && v.items[k - 2]?.kind === 'amount' && v.items[k - 1].start === v.items[k - 2].end && !isWord(it, 'an', 'annee', 'mois', 'semaine', 'jour', 'j', 'heure', 'h')) return true;
  return false;
}

/** A word after which the figures are no parts of the run: « contre », « hors », « en plus », « ce que ». */
export function isStopAt(v: View, k: number): boolean {
  const it = v.items[k];
  if (it.kind !== 'word') return false;
  // (« le bloc communal hors groupements (71,8 Md€) »: « hors » inside a label whose amount is bracketed after it names
  // which part, it sets none aside.)
  if (it.f === 'hors' && labelBracketAfter(v, k)) return false;
  if (has(v.cues[k], 'stop')) return !isAddedAdjective(it.f) || qualifiesFigure(v.items, k);
  if (it.f === 'que' && isWord(v.items[k - 1], 'qu', "qu'", 'ce')) return true;
  if (it.f === 'qui' && isWord(v.items[k - 1], 'ce')) return true;
  if (it.f === 'plus' && isWord(v.items[k - 1], 'de')) return true;
  return false;
}

/** Words only, then a bracket opening on an amount, within a few items after item k. */
function labelBracketAfter(v: View, k: number): boolean {
  for (let q = k + 1; q < v.items.length && q <= k + 5; q++) {
    const it = v.items[q];
    if (isPunct(it, '(')) return q > k + 1 && v.items[q + 1]?.kind === 'amount';
    if (it.kind !== 'word') return false;
  }
  return false;
}

/** « supplémentaire », « additionnel »: adjectives that make a figure an extra one, when they qualify it. */
function isAddedAdjective(f: string): boolean {
  return f.startsWith('supplementaire') || f.startsWith('additionnel');
}

/**
 * « 2 M€ supplémentaires », « une enveloppe additionnelle de 2 M€ »: the adjective next to its figure. « la
 * contribution additionnelle des retraités 3,9 Md€ » names a levy, whose figure is one part like the others.
 */
function qualifiesFigure(items: readonly Item[], k: number): boolean {
  const isFigure = (it: Item | undefined) => it?.kind === 'amount' || it?.kind === 'percent';
  return isFigure(items[k - 1]) || isFigure(items[k + 1]) || (isWord(items[k + 1], 'de', "d'") && isFigure(items[k + 2])) || isPunct(items[k + 1], ':');
}

export function hasBasis(v: View, from = 0, to = v.items.length): boolean {
  for (let k = from; k < to; k++) if (isBasisAt(v, k)) return true;
  return false;
}

/** True when any word of [from, to) starts a cue with this role. */
export function anyCue(v: View, role: Parameters<typeof has>[1], from = 0, to = v.items.length): boolean {
  for (let k = from; k < to; k++) if (has(v.cues[k], role)) return true;
  return false;
}

export interface Region {
  /** Parts listed at the level of the cue. */
  parts: Figure[];
  /** Figures after a nested « dont »: within the total, but their grouping is unclear. */
  extra: Figure[];
  shares: Share[];
  pairs: { part: Figure; share: Share }[];
  nested: boolean;
  partial: boolean;
  closure: boolean;
  /** Index in `shares` of the rest's share (« le reste, soit 16 % »), the one derived from the others. */
  derivedShare?: number;
  aborted: boolean;
  sharesBroken: boolean;
  /** True when a stop word ended the region early. */
  stopped: boolean;
  /** A share came after a « dont » and was left unread: the shares read may not be all of the whole's. */
  sharesAfterNest: boolean;
  /** The last part came after « et » or « ainsi que »: the enumeration is closed. */
  closed: boolean;
  /** Budget stages named by the parts (« engagés », « payés »): parts at different stages nest, they do not add up. */
  stages: Set<number>;
  /** The stage of each part (its rank, 0 when it names none), parallel to `parts`. */
  ranks: number[];
}

export function emptyRegion(): Region {
  return {
    parts: [], extra: [], shares: [], pairs: [], nested: false, partial: false, closure: false, aborted: false, sharesBroken: false,
    stopped: false, closed: false, stages: new Set(), ranks: [], sharesAfterNest: false,
  };
}

/** Words that make a percentage a rate or a change rather than a share of the whole. */
function isNotShareAt(v: View, k: number): boolean {
  // « TVA à 20 % », « taux de TVA » give the tax's rate; « la fraction de TVA 36 % » in a split of receipts is a part.
  if (isWord(v.items[k], 'tva') && !isWord(v.items[k - 2], 'taux') && !(isWord(v.items[k + 1], 'a', 'de', 'au') && v.items[k + 2]?.kind === 'percent')) return changesOrComparesAt(v, k);
  return has(v.cues[k], 'ratio') || changesOrComparesAt(v, k);
}

/** A colon among items [from, to) before any figure: the words before it are a label (« fourrages annuels : 19 % »). */
function colonBeforeFigure(items: readonly Item[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    const it = items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return false;
    if (isPunct(it, ':')) return true;
  }
  return false;
}

/**
 * « fourrages annuels : 19 % »: an adjective of time in a label qualifies the label's noun, not the percentage; so does
 * one whose share follows in brackets (« la dotation annuelle de financement de la psychiatrie (9 %) »). No basis.
 */
export function yearlyInLabel(v: View, k: number, to: number): boolean {
  const c = v.cues[k];
  if (!has(c, 'yearly') || has(c, 'ratio') || has(c, 'basis')) return false;
  return colonBeforeFigure(v.items, k + 1, to) || (v.items[k - 1]?.kind === 'word' && !isWord(v.items[k - 1], 'par') && bracketedShareAfter(v.items, k + 1, to));
}

/** Words only among items [from, to), up to a bracket that opens on a percentage: « … de la psychiatrie (9 %) ». */
function bracketedShareAfter(items: readonly Item[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    const it = items[q];
    if (isPunct(it, '(')) return items[q + 1]?.kind === 'percent';
    if (it.kind !== 'word') return false;
  }
  return false;
}

/** A word of change, points, comparison, period or factor at item k (isNotShareAt but for a word of rate). */
export function changesOrComparesAt(v: View, k: number): boolean {
  const c = v.cues[k];
  return has(c, 'rise') || has(c, 'fall') || has(c, 'change') || has(c, 'points') || has(c, 'comparison') || has(c, 'yearly') || has(c, 'factor');
}

/**
 * The percentage at item k is a change, not a share: signed (« +4 % »), or followed in its clause by a word of change
 * or comparison (« 4 % par rapport à 2023 », « 3 % de plus »).
 */
export function changePercentAt(v: View, k: number): boolean {
  const sign = v.items[k - 1];
  if (sign?.kind === 'punct' && (sign.ch === '+' || sign.ch === '−')) return true;
  // « a augmenté de 20 % », « en baisse de 4 % », « progresse de 15 % »: the size of a change.
  if (isWord(sign, 'de') && k >= 2 && (has(v.cues[k - 2], 'rise') || has(v.cues[k - 2], 'fall'))) return true;
  for (let q = k + 1; q < v.items.length && q <= k + 3; q++) {
    const it = v.items[q];
    if (it.kind !== 'word') break;
    if (changesOrComparesAt(v, q)) return true;
  }
  return false;
}

/**
 * A segment that opens on « les autres », « toutes les autres », « l'ensemble des autres » (past « et », « enfin »),
 * or gives its figure to them (« 17 Md€ pour les autres »): what the parts before leave. (« les transferts des
 * autres branches 8,6 Md€ » names one part.)
 */
function namesTheOthers(items: readonly Item[], seg: Segment): boolean {
  let k = seg.from;
  while (k < seg.to && (items[k].kind === 'punct' || isWord(items[k], 'et', 'enfin', 'puis', 'toutes', 'tous'))) k++;
  if (isWord(items[k], "l'ensemble") && isWord(items[k + 1], 'des') && isWord(items[k + 2], 'autres')) return true;
  if (isWord(items[k], 'les') && isWord(items[k + 1], 'autres')) return true;
  const figure = items[k]?.kind === 'amount' || items[k]?.kind === 'percent';
  return figure && isWord(items[k + 1], 'pour', 'a', 'aux') && (isWord(items[k + 2], 'autres') || (isWord(items[k + 2], 'les') && isWord(items[k + 3], 'autres')));
}

/** The parts in items[from, to). */
export function readRegion(v: View, from: number, to: number, f: Figures): Region {
  const { items } = v;
  const r = emptyRegion();
  let last: Figure | null = null;
  let lastClosure = -1;
  let lastFigure = -1;
  let prevCutByEt = false;
  let prevHadFigure = false;
  let prevShareAlone = false;
  let prevEndsOnFigure = false;
  let prevRestNamed = false;
  // The segment before pushed its one percentage as a share; this one named that rate's base (« sur des bases de A »).
  let sharePushed = false;
  let baseOfRate = false;
  // Past a part split in its own details (« est partagé entre … »): the figures left are that part's.
  let detailOfPart = false;
  let trailingBare = false;
  // « et les autres recettes, essentiellement des loyers, 7 % »: once the rest is named, « essentiellement »,
  // « notamment » describe what it holds; the split stays complete.
  let othersNamed = false;
  let othersLast = false;
  // Brackets open before the segment: « (262,3 Md€, dont 148,9 Md€ pour le régime général) » details one part.
  let depth = 0;
  let scanned = from;
  for (const seg of segments(items, from, to)) {
    for (; scanned < seg.from; scanned++) {
      if (isPunct(items[scanned], '(')) depth++;
      else if (isPunct(items[scanned], ')') && depth > 0) depth--;
    }
    const first = firstWordOf(items, seg);
    const sharePushedBefore = sharePushed;
    sharePushed = false;
    // A « dont » inside a part's brackets breaks that part down, not the whole: its figures are no parts.
    if (depth > 0 && isWord(first, 'dont') && last !== null) continue;
    let stop = false;
    let notShare = false;
    const segAmounts: AmountItem[] = [];
    const segPercents: PercentItem[] = [];
    let firstAmountAt = -1;
    let firstPercentAt = -1;
    let basis = false;
    let yearlyOnly = true;
    let rank = 0;
    // A relative pronoun seen in the segment: « notamment » after it describes one item.
    let relative = false;
    for (let k = seg.from; k < seg.to; k++) {
      const it = items[k];
      // « avec 5,1 M€ (contre 4,7 M€ en 2023), devant … »: a comparison in brackets is an aside, not a stop.
      if (isPunct(it, '(') && has(v.cues[k + 1], 'comparison')) {
        let close = k + 1;
        while (close < seg.to && !isPunct(items[close], ')')) close++;
        if (close < seg.to) {
          k = close;
          continue;
        }
      }
      if (it.kind === 'amount') {
        if (firstAmountAt < 0) firstAmountAt = k;
        segAmounts.push(it);
      } else if (it.kind === 'percent') {
        if (firstPercentAt < 0) firstPercentAt = k;
        segPercents.push(it);
        // « 30 % de plus »: a change, not a share.
        if (isWord(items[k + 1], 'de') && isWord(items[k + 2], 'plus', 'moins')) notShare = true;
        // « et 95 % parmi les intervenantes », « 45 % chez les salariés de particuliers »: a rate in another population.
        if (isWord(items[k + 1], 'parmi', 'chez')) r.sharesBroken = true;
      } else if (it.kind === 'word') {
        // Another basis matters only beside a figure: « selon le rapport annuel » says nothing of the parts.
        if (isBasisAt(v, k)) {
          basis = true;
          if (!has(v.cues[k], 'yearly') || has(v.cues[k], 'basis')) yearlyOnly = false;
        }
        const c = v.cues[k];
        // A comparison word stops the run only when it compares with a figure: « contre 8 M€ en 2023 », not
        // « 80 M€ pour la lutte contre la précarité ».
        // Nor does any stop word across a colon: « accueil hors les murs : 48 k€ » names a part, then gives it.
        if (isStopAt(v, k) && figureIn(items, k + 1, seg.to)) stop = true;
        // « …, qui comprennent notamment les rétrocessions »: « notamment » in a relative clause describes one item.
        if (isWord(it, 'qui', 'que', "qu'", 'lesquels', 'lesquelles', 'lequel', 'laquelle')) relative = true;
        // (« primes pour les élèves entrant dans certaines spécialités : 14 M€ »: « certain » after a preposition picks out
        // some things inside the part's own label, it leaves no part out.)
        const describing = isWord(it, 'certain', 'certains', 'certaine', 'certaines') && isWord(items[k - 1], 'dans', 'pour', 'a', 'sur', 'en', 'par', 'avec', 'de', 'des', "d'");
        if (has(c, 'partial') && !relative && !othersNamed && !describing) r.partial = true;
        if (has(c, 'remainder') || (has(c, 'partition') && isWord(it, 'autres', 'autre'))) othersNamed = true;
        if (has(c, 'closure')) r.closure = true;
        // « le programme de voirie » is a noun, not « programmé »: a stage is a participle, never after a determiner.
        if (has(c, 'stage') && c!.rank && !isWord(items[k - 1], ...DETERMINERS)) {
          r.stages.add(c!.rank);
          rank = Math.max(rank, c!.rank);
        }
        // « 4,9 M€ ont été affectés, et les mandatements cumulés atteignent 3,8 M€ »: the noun of a stage, subject of a
        // part, says the stage as the participle does.
        else if (has(c, 'stage-noun') && c!.rank && isWord(items[k - 1], 'les', 'des', 'ces', 'leurs', 'ses') && stageNounIsSubject(items, k)) {
          r.stages.add(c!.rank);
          rank = Math.max(rank, c!.rank);
        }
        // « 62 % d’emprunts à taux fixe »: a word of rate after the percentage and its noun qualifies that noun; before it
        // (« un taux de 62 % »), it makes the percentage a rate.
        // « 18 % pour les intérêts de la dette »: after « pour » and an article, it names what the share goes to.
        const goesTo = isWord(items[k - 1], 'les', 'le', 'la', "l'") && isWord(items[k - 2], 'pour');
        // « 9 % le remboursement des intérêts de la dette »: the complement of another noun after the share names what it
        // goes to, as « pour » does.
        const complement = isWord(items[k - 1], 'des', 'du') && items[k - 2]?.kind === 'word' && !isWord(items[k - 2], 'taux', 'niveau');
        const ofTheNoun = has(c, 'ratio') && firstPercentAt >= 0 && firstPercentAt < k && !changesOrComparesAt(v, k) && (isWord(items[k - 1], 'a', 'au', 'aux') || goesTo || complement);
        // (« des hausses de prélèvements (35 %) »: a noun of change, its article before it, names an item whose share
        // follows in brackets; it states no change.)
        const changeNoun = (has(c, 'rise') || has(c, 'fall')) && isWord(items[k - 1], 'des', 'les', 'la', 'le', 'une', 'un', "l'") && bracketedShareAfter(items, k + 1, seg.to);
        const inLabel = yearlyInLabel(v, k, seg.to) || changeNoun;
        if (isNotShareAt(v, k) && !ofTheNoun && !inLabel) notShare = true;
      } else if (it.ch === '+' || it.ch === '−' || (it.ch === '/' && !(items[k - 1]?.kind === 'word' && items[k + 1]?.kind === 'word'))) notShare = true;
      // (« bus / car 14 % »: a slash between two words of a label joins alternatives; « 12 %/an », « €/hab. » divide.)
    }
    // « fourrages annuels : 19 % »: a share of a yearly whole is a share all the same; only a basis proper (« par
    // habitant », « en moyenne ») makes a percentage something else.
    // « une part forfaitaire de 1 700 000 €, répartie entre les collèges, soit 50 000 € chacun ; … »: « soit » and an
    // amount on another basis restate the part before per unit — no part of its own, and no end of the run.
    if (basis && isWord(first, 'soit') && last !== null && segAmounts.length === 1 && segPercents.length === 0) continue;
    if (basis && (segAmounts.length > 0 || (segPercents.length > 0 && !yearlyOnly))) r.aborted = true;
    // « entre 20 et 100 % » is a range, not two shares.
    // « se répartit entre 62 % d’emprunts fixes, 31 % … et 14 % … » enumerates: the range's « et » follows its first figure.
    if ((isWord(items[firstPercentAt - 1], 'entre') && isWord(items[firstPercentAt + 1], 'et')) || (segPercents.length > 0 && isWord(items[seg.from - 1], 'et') && isWord(items[seg.from - 3], 'entre'))) r.sharesBroken = true;
    // « 15 % d’un projet de 3 M€ »: the amount is the base of the share, not a part. (« DETR (40 %) : 744 000 € » pairs them.)
    if (segPercents.length === 1 && segAmounts.length === 1 && firstPercentAt < firstAmountAt && isWord(items[firstPercentAt + 1], 'de', "d'", 'des', 'du')) r.aborted = true;
    if (r.aborted) return r;
    for (let k = seg.from; k < seg.to; k++) {
      const c = v.cues[k];
      // « les 900 000 € restants »: the rest with its figure, right before it; « le solde pour C » names one without.
      if (has(c, 'closure') && !isWord(items[k], 'enfin') && items[k - 1]?.kind !== 'amount') lastClosure = k;
      if (items[k].kind === 'amount' || items[k].kind === 'percent') lastFigure = k;
    }
    // « 2,1 M€ en 2025, 2,4 M€ en 2026 puis 2,7 M€ en 2027 »: « puis » closes a series as « et » does.
    const cutByEt = seg.from > 0 && (isWord(items[seg.from - 1], 'et', 'puis') || isWord(items[seg.from - 1], 'que', "qu'"));
    // « …, par un emprunt de 1,5 M€ et par l’autofinancement »: the last item named without a figure.
    // (« 290 M€ pour le cinéma et l’audiovisuel »: after a figure and its complement, « et » and an article go on with
    // the complement; only a preposition, or an article right after the figure, names another item.)
    trailingBare = cutByEt && prevHadFigure && segAmounts.length + segPercents.length === 0 && (isWord(first, ...ITEM_PREPOSITIONS) || (isWord(first, ...ITEM_OPENERS) && prevEndsOnFigure));
    const hadFigure = prevHadFigure;
    // « …, et autres couverts, dont les zones humides (8 %) »: an item named without its figure, then « dont » and one
    // figure in brackets closing the segment — the figure is the item's, the « dont » an example of what it holds.
    const prevSegmentBare = !prevHadFigure && r.shares.length + r.parts.length > 0;
    const shareAloneBefore = prevShareAlone;
    prevShareAlone = segPercents.length === 1 && segAmounts.length === 0;
    prevHadFigure = segAmounts.length + segPercents.length > 0;
    prevEndsOnFigure = seg.to > seg.from && (items[seg.to - 1].kind === 'amount' || items[seg.to - 1].kind === 'percent' || isPunct(items[seg.to - 1], ')'));
    // « …, et le reste, soit 16 %, est enfoui »: the rest named in the segment before, its share after « soit ».
    const restBefore = prevRestNamed;
    prevRestNamed = !prevHadFigure && anyRest(v, seg.from, seg.to);
    if (isWord(first, 'soit') && restBefore && segPercents.length === 1 && segAmounts.length === 0 && !notShare && !r.nested) {
      r.shares.push(shareOf(f.percentages, segPercents[0]));
      r.derivedShare = r.shares.length - 1;
      r.closure = true;
      continue;
    }
    // « Taxe foncière : 44,40 %, sur des bases de 9 870 000 €, soit un produit de 4 382 000 € »: a rate, the base it is
    // applied to after « sur », then what it yields after « soit »: the yield is the part; the rate and its base are none.
    const yieldFollows = baseOfRate;
    baseOfRate = false;
    if (isWord(first, 'sur') && sharePushedBefore && segAmounts.length === 1 && segPercents.length === 0 && !r.nested) {
      r.shares.pop();
      baseOfRate = true;
      continue;
    }
    if (yieldFollows && isWord(first, 'soit') && segAmounts.length === 1 && segPercents.length === 0) {
      const part = figureOf(f.amounts, segAmounts[0]);
      r.parts.push(part);
      r.ranks.push(rank);
      last = part;
      continue;
    }
    // « …, le vélo mobilise 7,4 M€, ce qui représente 13 % de l’enveloppe »: « ce qui » and a verb of share restate the
    // part as « soit » does.
    const restates = isWord(first, 'soit') || (isWord(first, 'ce') && has(v.cues[seg.from], 'result') && isWord(items[seg.from + 2], 'represente', 'representent'));
    if (restates && (hadFigure || segAmounts.length !== 1)) {
      // « A 240 000 € et B 362 000 €, soit 602 000 € d'aides publiques, ce qui représente 70 % du coût »: « soit » and the
      // sum of the parts named so far is their subtotal — what a share said next is of, and no sign that the list is
      // the whole's (the rest comes after).
      if (segAmounts.length === 1 && segPercents.length === 0 && r.parts.length >= 2 && !r.nested) {
        const sub = figureOf(f.amounts, segAmounts[0]);
        let sum = 0;
        for (const p of r.parts) sum += p.value;
        if (sub.currency === r.parts[0].currency && Math.abs(sum - sub.value) <= Math.max(sub.hi - sub.lo, sub.value * 0.005)) {
          last = sub;
          r.partial = true;
          continue;
        }
      }
      // « le Département prend en charge 60 % de ce montant, soit 75 000 €, une fondation apporte 30 000 € … »: the amount a
      // share said alone comes to is that item's part, paired with it.
      // (Only a share that names the whole again, « de ce montant », « du coût »: another share may be of anything.)
      const lastShare = r.shares[r.shares.length - 1];
      const at = lastShare ? lowerBound(items, lastShare.start) : -1;
      // (« 30 % du montant HT » names a basis, whose amount the shares' finder looks for.)
      const noun = isWord(items[at + 2], 'ce', 'cette') ? at + 3 : at + 2;
      const ofTheWhole = at >= 0 && isWord(items[at + 1], 'de', 'du') && (has(v.cues[noun], 'whole-noun') || has(v.cues[noun], 'sum-noun')) && !has(v.cues[noun + 1], 'mixed-basis');
      if (shareAloneBefore && ofTheWhole && segAmounts.length === 1 && segPercents.length === 0 && !r.nested && segAmounts[0].high === undefined) {
        const part = figureOf(f.amounts, segAmounts[0]);
        r.shares.pop();
        r.parts.push(part);
        r.ranks.push(rank);
        r.pairs.push({ part, share: lastShare });
        last = part;
        continue;
      }
      // « …, soit respectivement 43 %, 37 % et 21 % »: shares in the parts' order, none the last part's alone.
      if (isWord(items[seg.from + 1], 'respectivement') && segAmounts.length === 0) {
        for (const p of segPercents) r.shares.push(shareOf(f.percentages, p));
        continue;
      }
      // A restatement of the previous part: « 667 M€, soit 37 % ». (« Le reste, soit 7,5 M€ » names a part instead.)
      // « 2,9 M€ mandatés, soit 60 % des engagements »: a share of a budget stage's amount, not of the whole.
      if (segPercents.length === 1 && segAmounts.length === 0 && last && !notShare && !ofStage(v, segPercents[0])) r.pairs.push({ part: last, share: shareOf(f.percentages, segPercents[0]) });
      continue;
    }
    // « …, et un emprunt dont le montant sera arrêté en juin »: without a figure, « dont » is a relative pronoun on
    // something named without its figure — the parts may not be all there (« Le reste, soit … » still closes them).
    // After an item with its figure (« l’école (2,9 M€), dont une tranche engagée »), it describes that item.
    if (isWord(first, 'dont') && segAmounts.length + segPercents.length === 0) {
      if (!hadFigure) r.partial = true;
    } else if (isWord(first, 'dont') && !asideBeforeFigure(items, seg.from, seg.to) && !(prevSegmentBare && figureBracketedLast(items, seg.from, seg.to))) {
      // What follows « dont » is within the whole, its grouping unclear: its figures go to `extra`.
      r.nested = true;
      last = null;
    }
    // « …, le reste, soit 2,1 M€, est partagé entre la Ville (1,3 M€) et le Département (0,8 M€) »: what the part just
    // given is split into details that part; the figures to the region's end are none of the whole's parts.
    if (!detailOfPart && hadFigure && splitBeforeFigure(v, seg.from, seg.to)) detailOfPart = true;
    if (detailOfPart) continue;
    if (stop) {
      r.stopped = true;
      break;
    }
    if (segAmounts.length >= 2) {
      r.aborted = true;
      return r;
    }
    // « …, et les autres prises en charge 3,1 Md€ »: the others, given last with their figure, are what is left of the
    // whole; the list is complete. A part given after them reopens it.
    if (segAmounts.length + segPercents.length > 0 && !r.nested) othersLast = namesTheOthers(items, seg);
    if (segAmounts.length === 1) {
      const fig = figureOf(f.amounts, segAmounts[0]);
      if (!r.nested) r.ranks.push(rank);
      (r.nested ? r.extra : r.parts).push(fig);
      last = fig;
      prevCutByEt = cutByEt;
    }
    if (segPercents.length > 0) {
      if (notShare || segPercents.length > 1) r.sharesBroken = true;
      else if (segAmounts.length === 1) {
        // Only « 1,2 Md€ (60 %) » and « Région (30 %) : 558 000 € » pair a share with its part; any other percentage beside an amount means something else.
        const ai = firstAmountAt;
        const pi = firstPercentAt;
        const after = isPunct(items[ai + 1], '(') && items[ai + 2] === segPercents[0];
        const before = pi < ai && isPunct(items[pi - 1], '(') && isPunct(items[pi + 1], ')') && isPunct(items[pi + 2], ':') && pi + 3 === ai;
        // « 23 % (7 594 204 €) de la participation des usagers »
        const bracketed = pi < ai && isPunct(items[pi + 1], '(') && pi + 2 === ai && isPunct(items[ai + 1], ')');
        if ((after || before || bracketed) && last) r.pairs.push({ part: last, share: shareOf(f.percentages, segPercents[0]) });
        else r.sharesBroken = true;
      } else if (!r.nested) {
        r.shares.push(shareOf(f.percentages, segPercents[0]));
        sharePushed = true;
        prevCutByEt = cutByEt;
      } else if (!isWord(first, 'dont')) {
        // « A (53 %), B (16 %) – dont une fraction … 9 % – et C (10 %) »: past a « dont », a share may be the whole's
        // again or the detail's; unread, it leaves the shares read short of the whole.
        r.sharesAfterNest = true;
      }
    }
  }
  r.closed = prevCutByEt;
  if (othersLast && r.parts.length + r.shares.length >= 2) r.closure = true;
  // « …, le solde pour C »: the last part is named without a figure, so the figures given cannot reach the whole.
  if (lastClosure > lastFigure || trailingBare) r.partial = true;
  if (r.shares.length >= 2 && ofDifferentWholes(v, from, to)) r.sharesBroken = true;
  return r;
}

/**
 * « 68 % des projets ont obtenu un financement, mais pour seulement 35 % des sommes sollicitées »: percentages set
 * against each other by « mais », « alors que », « tandis que » speak of different wholes.
 */
function ofDifferentWholes(v: View, from: number, to: number): boolean {
  let last = -1;
  // « 72 % des locataires se disent satisfaits de la propreté, 58 % du traitement des réclamations »: each percentage
  // names its own whole with a definite « du », « de la », « des »; two such wholes that differ are two wholes.
  // The first share must name its own (« 58 % viennent des usagers, 30 % de la métropole » names where each comes from).
  let named: string | null = null;
  const origin = anyCue(v, 'origin');
  for (let k = from; k < to; k++) {
    if (v.items[k].kind !== 'percent') continue;
    last = k;
    // (« proviennent à 52 % des contributions, à 31 % de la vente »: after « à », or a verb of origin, « de » names where
    // the share comes from, not its whole.)
    if (isWord(v.items[k - 1], 'a') || origin) continue;
    const whole = definiteWholeAfter(v, k);
    if (named === null) named = whole;
    else if (named && whole && whole !== named) return true;
  }
  // « 68 % des projets …, mais pour seulement 35 % des sommes »: a contrast, then a share of a whole named again.
  // (« l’État 40 %, la région 25 %, tandis que l’opérateur apporte 22 % »: the share after it names none, it goes on.)
  let seen = false;
  for (let k = from; k < last; k++) {
    const it = v.items[k];
    if (it.kind === 'percent') seen = true;
    else if (seen && (isWord(it, 'mais', 'tandis') || (isWord(it, 'alors') && isWord(v.items[k + 1], 'que', "qu'")))) {
      let p = k + 1;
      while (p <= last && v.items[p].kind !== 'percent') p++;
      if (p > last || isWord(v.items[pastShareAdverbs(v, p + 1)], 'du', 'des', 'de', "d'")) return true;
    }
  }
  return false;
}

/** Adverbs that may stand between a share and the whole it names: « 48 % seulement de sa population ». */
const SHARE_ADVERBS = new Set(['seulement', 'environ', 'uniquement', 'exactement', 'tout', 'juste']);

/** Item q, or the item past up to two SHARE_ADVERBS from q. */
function pastShareAdverbs(v: View, q: number): number {
  for (let n = 0; n < 2 && isWord(v.items[q], ...SHARE_ADVERBS); n++) q++;
  return q;
}

/**
 * The noun right after the percentage at item k (past an adverb) and a definite « du », « de la », « de l’ », « des » or
 * a possessive, singular, or ''.
 */
function definiteWholeAfter(v: View, k: number): string {
  let q = pastShareAdverbs(v, k + 1);
  if (isWord(v.items[q], 'du', 'des')) q++;
  // (« de sa population », « de leurs recettes »: a possessive names the whole as surely as an article.)
  else if (isWord(v.items[q], 'de') && isWord(v.items[q + 1], 'la', "l'", 'sa', 'son', 'ses', 'leur', 'leurs')) q += 2;
  else return '';
  const noun = v.items[q];
  if (!noun || noun.kind !== 'word' || noun.f.length < 3) return '';
  return noun.f.endsWith('s') || noun.f.endsWith('x') ? noun.f.slice(0, -1) : noun.f;
}

/** Determiners, after which a word is a noun (« le programme », « du reste »). */
const DETERMINERS = ['le', 'la', 'les', "l'", 'du', 'des', 'un', 'une', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'chaque'];

/** Words an item of an enumeration opens on (« par l’autofinancement », « la commune », « pour le solde »). */
const ITEM_OPENERS = ['par', 'pour', 'a', 'au', 'aux', 'de', 'du', 'des', 'la', 'le', 'les', "l'", 'un', 'une', 'sur'];
const ITEM_PREPOSITIONS = ['par', 'pour', 'a', 'au', 'aux', 'de', 'du', 'des', 'sur'];

/** A word of distribution (« partagé entre », « réparti ») in items [from, to) before any figure. */
function splitBeforeFigure(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (v.items[k].kind === 'amount' || v.items[k].kind === 'percent') return false;
    // (After « est », « sont »: the part just given is the subject split; a bare participle, « répartie entre les
    // collèges, soit 50 000 € chacun », may restate it per unit.)
    if (has(v.cues[k], 'distribution') && isWord(v.items[k - 1], 'est', 'sont', 'sera', 'seront')) return true;
  }
  return false;
}

/**
 * « l’Europe (dont l’Ukraine) 11 % »: « dont » opens a bracket that closes before the segment's first figure; the
 * figure is the bracketed item's own, no detail of it.
 */
function asideBeforeFigure(items: readonly Item[], from: number, to: number): boolean {
  if (!isPunct(items[from - 1], '(')) return false;
  for (let k = from + 1; k < to; k++) {
    if (items[k].kind === 'amount' || items[k].kind === 'percent') return false;
    if (isPunct(items[k], ')')) return true;
  }
  return false;
}

/** One figure in the segment, in brackets that close it: « dont les zones humides (8 %) ». */
function figureBracketedLast(items: readonly Item[], from: number, to: number): boolean {
  let figures = 0;
  for (let k = from; k < to; k++) if (items[k].kind === 'amount' || items[k].kind === 'percent') figures++;
  let end = to - 1;
  while (end > from && isPunct(items[end], '.', ';')) end--;
  return figures === 1 && isPunct(items[end], ')') && (items[end - 1]?.kind === 'percent' || items[end - 1]?.kind === 'amount') && isPunct(items[end - 2], '(');
}

function anyRest(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (has(v.cues[k], 'remainder')) return true;
  // « … et les autres, soit 43 %, … »: « les autres » alone, closing its segment, is the rest as well.
  return to - from <= 3 && isWord(v.items[to - 1], 'autres') && isWord(v.items[to - 2], 'les');
}

/** A figure in [from, to) before any colon: « contre 8 M€ en 2023 » compares; « lutte contre les addictions : 3,4 M€ » does not. */
function figureIn(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (items[k].kind === 'amount' || items[k].kind === 'percent') return true;
    if (isPunct(items[k], ':')) return false;
  }
  return false;
}

/** A sentence's amounts but those a comparison brings in (« 95 M€, contre 90 M€ en 2024 »): another case's. */
/** « …, dont la moitié », « dont 40 % »: the item of « dont » right before the share at item `from` (an article between), or -1. */
export function dontBefore(items: readonly Item[], from: number): number {
  let q = from - 1;
  if (isWord(items[q], 'la', 'le', 'les', "l'", 'un', 'une')) q--;
  return isWord(items[q], 'dont') ? q : -1;
}

export function ownAmounts(v: View): AmountItem[] {
  const out: AmountItem[] = [];
  let compared = false;
  // The compared figure once read, a comma ends the comparison: « adopté par 23 voix contre 6, fait apparaître 12,7 M€ ».
  let comparedRead = false;
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    // « contre 16,9 M€ l’an dernier », « et non 672 000 € »: another figure, or one set aside.
    if (has(v.cues[k], 'comparison') || has(v.cues[k], 'rejected')) {
      compared = true;
      comparedRead = false;
    } else if (isPunct(it, ';', '.') || (isPunct(it, ',') && comparedRead)) compared = false;
    if (it.kind === 'amount' && !compared) out.push(it as AmountItem);
    if (compared && (it.kind === 'amount' || it.kind === 'percent' || (it.kind === 'word' && it.raw.charCodeAt(0) >= 48 && it.raw.charCodeAt(0) <= 57))) comparedRead = true;
  }
  return out;
}

export function amountItems(items: readonly Item[], from: number, to: number): AmountItem[] {
  const out: AmountItem[] = [];
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (it.kind === 'amount') out.push(it);
  }
  return out;
}

export function percentItems(items: readonly Item[], from: number, to: number): PercentItem[] {
  const out: PercentItem[] = [];
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (it.kind === 'percent') out.push(it);
  }
  return out;
}

/** A view that names rates (« Les taux de réussite sont les suivants : », « au taux de 3 % »): its percentages split no whole. */
/** Prepositions that open a clause fronted before the subject: « À l’issue de … », « Après … », « Lors de … ». */
const FRONTING: ReadonlySet<string> = new Set(['a', 'apres', 'avant', 'lors', 'pour', 'dans', 'en', 'sur', 'selon', 'depuis', 'au', 'aux', 'pendant', 'parmi']);

/** The first item after a clause fronted by a preposition and closed by a comma within twelve items, no figure in it; else the first item. */
function frontedClauseEnd(items: readonly Item[]): number {
  const k = firstIndex(items);
  if (!isWord(items[k], ...FRONTING)) return k;
  for (let q = k + 1; q < items.length && q <= k + 12; q++) {
    const it = items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return k;
    if (it.kind === 'punct') return it.ch === ',' ? q + 1 : k;
  }
  return k;
}

export function namesRates(v: View): boolean {
  // « À l’issue de la prise en charge, les patients se répartissent ainsi : »: a clause fronted before the subject says
  // when or where; a word of rate there names nothing the list gives.
  const from = frontedClauseEnd(v.items);
  for (let k = from; k < v.items.length; k++) if (has(v.cues[k], 'ratio') || isWord(v.items[k], 'taux')) return true;
  return false;
}

/** The one year a view names (« en 2023 »), or null when it names none or several. */
/** The years a view writes (« en 2025 »), read once per view however many figures ask. */
const yearsRead = new WeakMap<View, ReadonlySet<string>>();
export function yearsOf(v: View): ReadonlySet<string> {
  let known = yearsRead.get(v);
  if (!known) {
    const found = new Set<string>();
    for (const it of v.items) if (isYearItem(it)) found.add((it as { f: string }).f);
    yearsRead.set(v, (known = found));
  }
  return known;
}

export function yearOfView(v: View): number | null {
  let y: number | null = null;
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    if (!isYearItem(it) || namesAText(v.items, k)) continue;
    const n = Number(it.f);
    if (y !== null && y !== n) return null;
    y = n;
  }
  return y;
}

/** Words for a legal text, whose date is no date of a figure: « la loi du 26 avril 2021 », « le décret de 2019 ». */
const TEXTS: readonly string[] = ['loi', 'decret', 'arrete', 'ordonnance', 'circulaire', 'reglement', 'directive', 'convention', 'accord', 'protocole'];

/** The year at item k dates a legal text (« loi du 26 avril 2021 », « décret de 2019 »), within four items back. */
export function namesAText(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const w = items[q];
    if (w.kind !== 'word') return false;
    if (TEXTS.includes(w.f)) return true;
    if (!isWord(w, 'de', 'du', "d'") && !MONTHS.includes(w.f) && !/^\d{1,2}(?:er)?$/.test(w.f)) return false;
  }
  return false;
}

/** Whether a cue that sets a figure aside (« et non », « au lieu de ») stands right before item k. */
export function rejectedBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    if (has(v.cues[q], 'rejected')) return true;
    if (v.items[q].kind !== 'word') return false;
  }
  return false;
}

/** Nouns of a budget stage: a share « des engagements » is of the amount committed, not of the whole before. */
const STAGE_NOUNS = new Set(['engagements', 'engagement', 'paiements', 'mandatements', 'decaissements', 'realisations', 'credits']);

/** « soit 60 % des engagements »: the percentage is a share of a stage's amount. */
function ofStage(v: View, p: Item): boolean {
  const k = lowerBound(v.items, p.start);
  if (!isWord(v.items[k + 1], 'des', 'du', 'de')) return false;
  const n = isWord(v.items[k + 2], 'la', "l'") ? v.items[k + 3] : v.items[k + 2];
  return n !== undefined && n.kind === 'word' && STAGE_NOUNS.has(n.f);
}

/** Every word of another basis in the view makes its figures yearly (« par an », « chaque année »), none any other basis. */
export function onlyYearly(v: View): boolean {
  let yearly = false;
  for (let k = 0; k < v.items.length; k++) {
    if (!isBasisAt(v, k)) continue;
    if (!has(v.cues[k], 'yearly') || has(v.cues[k], 'basis')) return false;
    yearly = true;
  }
  return yearly;
}

/** « rapporté » in its four forms: a whole divided by what follows (« Rapportée aux 16 250 collégiens, … »). */
export const DIVIDED = ['rapporte', 'rapportee', 'rapportes', 'rapportees'];

/** « rapporté(e)(s) à / au / aux » at item k. */
export function dividedAt(items: readonly Item[], k: number): boolean {
  return isWord(items[k], ...DIVIDED) && isWord(items[k + 1], 'a', 'au', 'aux');
}

/**
 * Is the last part, the one starting at or before `start`, joined by « et » (« A pour X, B pour Y et C pour Z »)? A
 * list closed so names all its parts.
 */
export function closedByEt(items: readonly Item[], start: number): boolean {
  for (let k = items.length - 1; k >= 0; k--) {
    if (items[k].start > start) continue;
    // « … et les titres professionnels hors diplômes de l’Éducation nationale (61 000) »: the words naming the last part
    // may be many; « et » is read back to the comma that opens them.
    for (let q = k - 1; q >= 0 && q >= k - 20; q--) {
      // (« 13,2 M€ en 2021, 13,6 M€ en 2022 puis 11,8 M€ en 2023 »: « puis » closes a sequence as « et » does.)
      if (isWord(items[q], 'et', 'puis')) return true;
      if (isPunct(items[q], ',', ';', ':') || items[q].kind === 'amount' || items[q].kind === 'percent') return false;
    }
    return false;
  }
  return false;
}

/** Does a rest open at item k (« Le reste, … », « le solde », « Les autres … »)? */
export function remainderAt(v: View, k: number): boolean {
  return has(v.cues[k], 'remainder') || (isWord(v.items[k], 'le', 'la', 'les', "l'") && has(v.cues[k + 1], 'remainder'));
}

/**
 * Pairs whose two members, both named, cover one whole: a budget is its operating and its investment sections, staff
 * are tenured or contract, people women or men. Data, not control flow: add a pair here.
 */
const COMPLEMENTARY_PAIRS: readonly (readonly [string, string])[] = [
  ['fonctionnement', 'investissement'],
  ['femmes', 'hommes'],
  ['filles', 'garcons'],
  ['titulaires', 'contractuels'],
  ['public', 'prive'],
  ['publics', 'prives'],
  ['urbain', 'rural'],
  ['urbaines', 'rurales'],
];

/** Do items [from, to) name both members of one complementary pair (« la section de fonctionnement … la section d’investissement »)? */
export function namesComplementaryPair(v: View, from: number, to: number): boolean {
  for (const [a, b] of COMPLEMENTARY_PAIRS) {
    let hasA = false;
    let hasB = false;
    for (let k = from; k < to; k++) {
      if (isWord(v.items[k], a)) hasA = true;
      else if (isWord(v.items[k], b)) hasB = true;
    }
    if (hasA && hasB) return true;
  }
  return false;
}

/** « l’ensemble des autres », « le total des autres postes »: « autres » or « reste » within the three words after item k. */
export function othersAfter(v: View, k: number): boolean {
  for (let q = k + 1; q < v.items.length && q <= k + 3; q++) if (isWord(v.items[q], 'autres', 'autre', 'reste', 'restants', 'restantes')) return true;
  return false;
}

/** `prev` names a year and `sent` another one, or says « now » (« cette saison », « aujourd’hui », « désormais »). */
export function datedApart(prev: View, sent: View): boolean {
  const years = (v: View) => v.items.filter((it) => isYearItem(it)).map((it) => (it as { f: string }).f);
  const before = years(prev);
  if (before.length === 0) return false;
  const here = years(sent);
  if (here.length > 0) return here.some((y) => !before.includes(y));
  return sent.items.some((it, k) => isWord(it, 'aujourd', "aujourd'hui", 'desormais', 'actuellement') || (isWord(it, 'saison', 'annee') && isWord(sent.items[k - 1], 'cette')));
}

/** « les mandatements cumulés atteignent 3,8 M€ »: a verb (or an adjective, then a verb) right after the noun at k. */
function stageNounIsSubject(items: readonly Item[], k: number): boolean {
  for (let q = k + 1; q < items.length && q <= k + 3; q++) {
    const it = items[q];
    if (it.kind !== 'word') return false;
    if (AMOUNTS_TO.has(it.f)) return true;
  }
  return false;
}

/**
 * Verbs by which a subject comes to an amount: « les mandatements atteignent 3,8 M€ », « Les travaux représentent
 * 11,8 M€ : », « s’élèvent à », « se montent à ».
 */
export const AMOUNTS_TO: ReadonlySet<string> = new Set([
  'atteignent', 'atteint', 'representent', 'represente', 'totalisent', 'totalise', 'sont', 'est', 'portent', 'porte', 'elevent', 'eleve', 'montent',
  'monte', 'etablissent', 'etablit', 'chiffre', 'chiffrent',
]);
