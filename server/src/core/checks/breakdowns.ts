// Finding totals and their parts in prose. A breakdown is announced by a cue
// (« dont », « Sur ce total », « se répartit », « comprend », a colon, a
// bulleted list, « soit … au total »); the figures after the cue are cut into
// segments at commas, « et », « puis », « enfin », and each segment may hold
// one part. Anything unclear (two amounts in one segment, « chacun », « par
// an », AE/CP, « ou ») makes the breakdown skipped or checked part by part
// only: a false alarm costs as much trust as a missed error.

import { Amount, Percentage, Span } from '../types';
import { DocumentStructure } from '../structure';
import { Breakdown, Cue, Figure, Share, append, figureOf, shareOf } from './model';
import { FIGURE_LEAD, Item, isPunct, isWord, itemize } from './words';

export interface Sentence extends Span {
  /** Words, punctuation and figures, cut on first use: most sentences of a long document hold no figure and are never cut. */
  readonly items: Item[];
  /** Index in `structure.blocks`. */
  block: number;
  section: number;
  /** How many amounts and percentages the sentence holds. */
  figures: number;
}

class LazySentence implements Sentence {
  private cut: Item[] | null = null;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly block: number,
    readonly section: number,
    readonly figures: number,
    private readonly source: { text: string; amounts: readonly Amount[]; percentages: readonly Percentage[] },
  ) {}
  get items(): Item[] {
    if (!this.cut) this.cut = itemize(this.source.text, this, this.source.amounts, this.source.percentages);
    return this.cut;
  }
}

export function sentencesOf(text: string, structure: DocumentStructure, amounts: readonly Amount[], percentages: readonly Percentage[]): Sentence[] {
  const source = { text, amounts, percentages };
  const out: Sentence[] = [];
  let a = 0;
  let p = 0;
  let b = 0;
  let sec = 0;
  const { blocks, sections } = structure;
  for (const s of structure.sentences) {
    while (a < amounts.length && amounts[a].start < s.start) a++;
    while (p < percentages.length && percentages[p].start < s.start) p++;
    let figures = 0;
    for (let k = a; k < amounts.length && amounts[k].start < s.end; k++) figures++;
    for (let k = p; k < percentages.length && percentages[k].start < s.end; k++) figures++;
    while (b + 1 < blocks.length && blocks[b + 1].start <= s.start) b++;
    while (sec + 1 < sections.length && sections[sec + 1].start <= s.start) sec++;
    out.push(new LazySentence(s.start, s.end, blocks.length && blocks[b].start <= s.start ? b : -1, sec, figures, source));
  }
  return out;
}

type AmountItem = Item & { kind: 'amount' };
type PercentItem = Item & { kind: 'percent' };

const STOP = new Set([
  'total', 'totale', 'totaux', 'contre', 'hors', 'lieu', 'porte', 'portant', 'portera', 'portent', 'porter', 'ajoute', 'ajoutent',
  'ajouteront', 'ajouter', 'ajoutant', 'supplementaire', 'supplementaires', 'outre', 'additionnel', 'additionnels', 'additionnelle',
  'additionnelles', 'precedemment', 'auparavant', 'initialement', 'desormais', 'precedent', 'precedente', 'anterieur', 'anterieure',
  'ramene', 'ramenee', 'ramenes', 'revu', 'revue', 'releve', 'relevee', 'cependant', 'toutefois',
]);
const ABORT = new Set([
  'chacun', 'chacune', 'moyenne', 'unitaire', 'annuel', 'annuels', 'annuelle', 'annuelles', 'mensuel', 'mensuels', 'mensuelle',
  'mensuelles', 'ou', 'engagement', 'engagements', 'paiement', 'ht', 'ttc', 'constants', 'courants',
]);
const PER = new Set([
  'an', 'ans', 'annee', 'mois', 'jour', 'projet', 'habitant', 'entreprise', 'beneficiaire', 'personne', 'eleve', 'etudiant', 'foyer',
  'menage', 'tete', 'salarie', 'emploi', 'poste', 'commune', 'region', 'dossier', 'unite', 'exercice', 'semestre', 'trimestre',
]);
const PARTIAL = new Set([
  'notamment', 'parmi', 'particulier', 'exemple', 'principalement', 'essentiellement', 'surtout', 'autres', 'certains', 'certaines',
  'plusieurs', 'partiellement', 'partie', 'majoritairement',
]);
const CLOSURE = new Set(['enfin', 'reste', 'solde', 'complement', 'restant', 'restants', 'restante', 'restantes', 'reliquat']);
const EVOLUTION = new Set([
  'hausse', 'baisse', 'augmentation', 'progression', 'evolution', 'croissance', 'diminution', 'recul', 'taux', 'point', 'points',
  'rendement', 'inflation', 'tva', 'interet', 'interets', 'financee', 'finances', 'financees', 'finance', 'cofinance', 'cofinancee',
  'subventionne', 'subventionnee', 'prise', 'pris', 'charge', 'hauteur', 'plus', 'moins', 'pourcentage', 'contre', 'an',
]);
const TOTAL_WORDS = new Set(['total', 'tout', 'global', 'cumule', 'cumul', 'ensemble', 'totalite']);
const DISTRIBUTION_PREFIXES = ['reparti', 'decompos', 'ventil'];
const DISTRIBUTION_WORDS = new Set(['ainsi', 'suit', 'suivante', 'suivantes', 'suivant', 'suivants']);
const COMPREND = new Set(['comprend', 'comprennent', 'comprendra', 'comprendront', 'englobe', 'englobent']);
const DEMONSTRATIVE_NOUNS = new Set([
  'total', 'montant', 'enveloppe', 'somme', 'budget', 'dotation', 'credits', 'fonds', 'financements', 'moyens', 'investissements',
  'plan', 'programme', 'effort', 'engagement', 'volet', 'cout', 'ensemble', 'depenses', 'recettes', 'aides',
]);
const CONTINUATION = new Set(['enfin', 'ensuite', 'puis']);

function hasDistributionPrefix(f: string): boolean {
  for (const p of DISTRIBUTION_PREFIXES) if (f.startsWith(p)) return true;
  return false;
}

/** A rate or different basis makes a sum meaningless: « 25 M€ chacun », « 2 Md€ par an », « en AE », « 2 ou 3 Md€ ». */
function isAbortAt(items: readonly Item[], k: number): boolean {
  const it = items[k];
  if (it.kind !== 'word') return false;
  if (ABORT.has(it.f)) return true;
  if (it.raw === 'AE' || it.raw === 'CP') return true;
  if (it.f === 'par' && isWordIn(items[k + 1], PER)) return true;
  if (it.f === 'par' && isWord(items[k + 1], "l'") && isWordIn(items[k + 2], PER)) return true;
  return false;
}

function isStopAt(items: readonly Item[], k: number): boolean {
  const it = items[k];
  if (it.kind !== 'word') return false;
  if (STOP.has(it.f)) return true;
  if (it.f === 'plus' && isWord(items[k - 1], 'en', 'de')) return true;
  if (it.f === 'que' && isWord(items[k - 1], 'qu', "qu'", 'ce')) return true;
  if (it.f === 'qui' && isWord(items[k - 1], 'ce')) return true;
  return false;
}

function isWordIn(item: Item | undefined, set: Set<string>): boolean {
  return !!item && item.kind === 'word' && set.has(item.f);
}

interface Segment {
  from: number;
  to: number;
}

/** Cuts items[from, to) at commas, semicolons, « et », « puis », « ainsi que »; « soit », « dont », « enfin » open a new segment and stay in it. */
function segments(items: readonly Item[], from: number, to: number): Segment[] {
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

function firstWordOf(items: readonly Item[], seg: Segment): Item | undefined {
  for (let k = seg.from; k < seg.to; k++) {
    const it = items[k];
    if (it.kind === 'punct') continue;
    return it;
  }
  return undefined;
}

interface Region {
  /** Parts listed at the level of the cue. */
  parts: Figure[];
  /** Figures after a nested « dont »: within the total, but their grouping is unclear. */
  extra: Figure[];
  shares: Share[];
  pairs: { part: Figure; share: Share }[];
  nested: boolean;
  partial: boolean;
  closure: boolean;
  aborted: boolean;
  sharesBroken: boolean;
  /** True when a stop word ended the region early. */
  stopped: boolean;
}

function emptyRegion(): Region {
  return { parts: [], extra: [], shares: [], pairs: [], nested: false, partial: false, closure: false, aborted: false, sharesBroken: false, stopped: false };
}

/** The parts after a cue, in items[from, to). */
function forwardRegion(items: readonly Item[], from: number, to: number, amounts: readonly Amount[], percentages: readonly Percentage[]): Region {
  const r = emptyRegion();
  let last: Figure | null = null;
  let lastClosure = -1;
  let lastFigure = -1;
  for (const seg of segments(items, from, to)) {
    const first = firstWordOf(items, seg);
    let stop = false;
    let evolution = false;
    const segAmounts: AmountItem[] = [];
    const segPercents: PercentItem[] = [];
    let firstAmountAt = -1;
    for (let k = seg.from; k < seg.to; k++) {
      const it = items[k];
      if (it.kind === 'amount') {
        if (firstAmountAt < 0) firstAmountAt = k;
        segAmounts.push(it);
      }
      else if (it.kind === 'percent') segPercents.push(it);
      else if (it.kind === 'word') {
        if (isAbortAt(items, k)) r.aborted = true;
        if (isStopAt(items, k)) stop = true;
        if (PARTIAL.has(it.f)) r.partial = true;
        if (CLOSURE.has(it.f)) r.closure = true;
        if (EVOLUTION.has(it.f)) evolution = true;
      } else if (it.ch === '+' || it.ch === '−' || it.ch === '/') evolution = true;
    }
    if (r.aborted) return r;
    for (let k = seg.from; k < seg.to; k++) {
      if (isWordIn(items[k], CLOSURE) && !isWord(items[k], 'enfin')) lastClosure = k;
      if (items[k].kind === 'amount' || items[k].kind === 'percent') lastFigure = k;
    }
    if (isWord(first, 'soit')) {
      // A restatement of the previous part: « 667 M€, soit 37 % ».
      if (segPercents.length === 1 && segAmounts.length === 0 && last && !evolution) r.pairs.push({ part: last, share: shareOf(percentages, segPercents[0]) });
      continue;
    }
    if (isWord(first, 'dont')) {
      r.nested = true;
      last = null;
      continue;
    }
    if (stop) {
      r.stopped = true;
      break;
    }
    if (segAmounts.length >= 2) {
      r.aborted = true;
      return r;
    }
    if (segAmounts.length === 1) {
      const f = figureOf(amounts, segAmounts[0]);
      (r.nested ? r.extra : r.parts).push(f);
      last = f;
    }
    if (segPercents.length > 0) {
      if (evolution || segPercents.length > 1) r.sharesBroken = true;
      else if (segAmounts.length === 1) {
        // Only « 1,2 Md€ (60 %) » pairs a share with its part; any other percentage beside an amount means something else.
        const ai = firstAmountAt;
        if (isPunct(items[ai + 1], '(') && items[ai + 2] === segPercents[0] && last) r.pairs.push({ part: last, share: shareOf(percentages, segPercents[0]) });
        else r.sharesBroken = true;
      } else if (!r.nested) r.shares.push(shareOf(percentages, segPercents[0]));
    }
  }
  // « …, le solde pour C »: the last part is named without a figure, so the figures given cannot reach the whole.
  if (lastClosure > lastFigure) r.partial = true;
  return r;
}

function amountItems(items: readonly Item[], from: number, to: number): AmountItem[] {
  const out: AmountItem[] = [];
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (it.kind === 'amount') out.push(it);
  }
  return out;
}

function sentenceHasAbort(items: readonly Item[]): boolean {
  for (let k = 0; k < items.length; k++) if (isAbortAt(items, k)) return true;
  return false;
}

export interface FindOptions {
  text: string;
  structure: DocumentStructure;
  amounts: readonly Amount[];
  percentages: readonly Percentage[];
  sentences: readonly Sentence[];
}

/** Every breakdown the prose states, in document order of their cues. */
export function findBreakdowns(o: FindOptions): Breakdown[] {
  const out: Breakdown[] = [];
  const { sentences } = o;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    // A sentence without figures matters only when it announces a list (« … se répartit ainsi : »).
    if (sent.figures === 0 && o.text.charCodeAt(sent.end - 1) !== 58 /* : */) continue;
    const items = sent.items;
    if (items.length === 0) continue;
    for (const b of dontBreakdowns(sent, o)) out.push(b);
    const soit = soitTotal(sent, o);
    if (soit) {
      out.push(soit);
      continue;
    }
    const b = surTotal(s, o) ?? distribution(s, o);
    if (b) out.push(b);
  }
  return out;
}

function make(cue: Cue, at: number, total: Figure | null): Breakdown {
  return { cue, at, total, parts: [], shares: [], pairs: [], complete: false, sharesComplete: false, partsOnly: false };
}

function absorb(b: Breakdown, r: Region, complete: boolean): void {
  append(b.parts, r.parts);
  if (!r.sharesBroken) {
    append(b.shares, r.shares);
    append(b.pairs, r.pairs);
  } else b.sharesComplete = false;
  if (r.nested || r.extra.length) {
    b.partsOnly = true;
    append(b.parts, r.extra);
  }
  b.complete = complete && !r.partial && !r.nested && !r.stopped;
  b.sharesComplete = complete && !r.partial && !r.stopped && !r.sharesBroken;
}

/** « 1,8 milliard d’euros, dont 667 millions … et 444 millions … ». */
function dontBreakdowns(sent: Sentence, o: FindOptions): Breakdown[] {
  const items = sent.items;
  const out: Breakdown[] = [];
  // Looked up once per sentence: a sentence of many « dont » must not rescan itself for each.
  let aborted: boolean | undefined;
  for (let k = 0; k < items.length; k++) {
    const w = items[k];
    if (w.kind !== 'word' || w.f !== 'dont') continue;
    // The figure right after « dont » (hedges allowed) makes it a breakdown, not a relative pronoun.
    let n = k + 1;
    while (n < items.length && items[n].kind === 'word' && FIGURE_LEAD.has((items[n] as { f: string }).f)) n++;
    const next = items[n];
    if (!next || (next.kind !== 'amount' && next.kind !== 'percent')) continue;
    // The whole: the nearest amount before, in the same clause.
    let p = k - 1;
    let words = 0;
    let commas = 0;
    let total: AmountItem | null = null;
    for (; p >= 0; p--) {
      const it = items[p];
      if (it.kind === 'amount') {
        total = it;
        break;
      }
      if (it.kind === 'percent') break;
      if (it.kind === 'punct') {
        if (it.ch === ',') commas++;
        else if (it.ch !== '(' && it.ch !== ')' && it.ch !== '-' && it.ch !== '–') break;
        if (commas > 2) break;
        continue;
      }
      if (it.f === 'dont' || it.f === 'soit' || it.f === 'et') break;
      if (++words > 8) break;
    }
    if (!total) continue;
    if ((aborted ??= sentenceHasAbort(items))) continue;
    // The parts: each segment opens on a figure; « , et » returns to the outer clause.
    const b = make('dont', items[k].start, figureOf(o.amounts, total));
    let last: Figure | null = null;
    let end = items.length;
    for (let q = k + 1; q < items.length; q++) {
      const it = items[q];
      if (isWord(it, 'dont', 'sur') || isPunct(it, ';', ':', '.') || (isPunct(it, ',') && isWord(items[q + 1], 'et'))) {
        end = q;
        break;
      }
    }
    for (const seg of segments(items, k + 1, end)) {
      let m = seg.from;
      if (isWord(items[m], 'dont')) m++;
      const isSoit = isWord(items[m], 'soit');
      if (isSoit) m++;
      while (m < seg.to && items[m].kind === 'word' && FIGURE_LEAD.has((items[m] as { f: string }).f)) m++;
      const it = items[m];
      let stop = false;
      for (let q = seg.from; q < seg.to; q++) if (isStopAt(items, q)) stop = true;
      if (stop) break;
      if (isSoit) {
        if (it && it.kind === 'percent' && last) b.pairs.push({ part: last, share: shareOf(o.percentages, it) });
        continue;
      }
      if (!it || (it.kind !== 'amount' && it.kind !== 'percent')) {
        // A segment that does not open on a figure ends the list unless it holds none.
        if (amountItems(items, seg.from, seg.to).length > 0) break;
        continue;
      }
      if (amountItems(items, m + 1, seg.to).length > 0) break;
      if (it.kind === 'amount') {
        last = figureOf(o.amounts, it);
        b.parts.push(last);
      } else {
        b.shares.push(shareOf(o.percentages, it));
        last = null;
      }
    }
    if (b.parts.length || b.shares.length) out.push(b);
  }
  return out;
}

/** Where the sentence's words start, past opening quotes and markup. */
function firstIndex(items: readonly Item[]): number {
  let k = 0;
  while (k < items.length && items[k].kind === 'punct') k++;
  return k;
}

/** The single amount of the nearest earlier sentence with figures, in the same section, a few sentences back at most. */
function previousTotal(s: number, o: FindOptions): Figure | null {
  const sents = o.sentences;
  for (let p = s - 1; p >= 0 && p >= s - 3; p--) {
    if (sents[p].section !== sents[s].section) return null;
    if (sents[p].figures === 0) continue;
    const am = amountItems(sents[p].items, 0, sents[p].items.length);
    if (am.length === 0) continue;
    if (am.length !== 1 || am[0].high !== undefined) return null;
    return figureOf(o.amounts, am[0]);
  }
  return null;
}

/** « Sur ce total, l’État … 667 millions …, l’Europe … 444 millions. Enfin 680 millions … ». */
function surTotal(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  const k0 = firstIndex(items);
  if (!isWord(items[k0], 'sur')) return null;
  let total: Figure | null = null;
  let regionStart = -1;
  if (isWord(items[k0 + 1], 'ce', 'cette', 'ces', 'cet') && isWordIn(items[k0 + 2], DEMONSTRATIVE_NOUNS)) {
    total = previousTotal(s, o);
    regionStart = k0 + 3;
  } else if (isWord(items[k0 + 1], 'les', 'le', 'la', "l'", 'ces', 'ce', 'cette')) {
    // « Sur les 57 milliards d’euros ouverts…, seuls 29 milliards… »: the whole is written inline.
    for (let k = k0 + 2; k < items.length && k <= k0 + 5; k++) {
      const it = items[k];
      if (it.kind === 'amount') {
        total = figureOf(o.amounts, it);
        let c = k + 1;
        while (c < items.length && !isPunct(items[c], ',')) {
          if (items[c].kind === 'amount' || items[c].kind === 'percent') return null;
          c++;
        }
        regionStart = c + 1;
        break;
      }
      if (it.kind !== 'word' || !(DEMONSTRATIVE_NOUNS.has(it.f) || it.f === 'de' || it.f === "d'")) break;
    }
  }
  if (!total || regionStart < 0) return null;
  if (sentenceHasAbort(items)) return null;
  const b = make('sur', items[k0].start, total);
  const r = forwardRegion(items, regionStart, items.length, o.amounts, o.percentages);
  if (r.aborted) return null;
  let closure = r.closure;
  let stopped = r.stopped;
  const regions = [r];
  // Following sentences of the same block that carry on the list: « Enfin 680 millions… ».
  for (let n = s + 1; n < o.sentences.length && !stopped && !closure; n++) {
    const next = o.sentences[n];
    if (next.block !== sent.block) break;
    const f = firstIndex(next.items);
    const w = next.items[f];
    const carries = isWordIn(w, CONTINUATION) || (isWord(w, 'le', 'la', 'les', "l'") && isWord(next.items[f + 1], 'reste', 'solde', 'complement', 'reliquat', 'restant', 'restants'));
    if (!carries) break;
    if (sentenceHasAbort(next.items)) return null;
    const rn = forwardRegion(next.items, f, next.items.length, o.amounts, o.percentages);
    if (rn.aborted) return null;
    regions.push(rn);
    closure = closure || rn.closure;
    stopped = rn.stopped;
  }
  const merged = emptyRegion();
  for (const x of regions) {
    append(merged.parts, x.parts);
    append(merged.extra, x.extra);
    append(merged.shares, x.shares);
    append(merged.pairs, x.pairs);
    merged.nested ||= x.nested;
    merged.partial ||= x.partial;
    merged.sharesBroken ||= x.sharesBroken;
  }
  // Parts that do not close (« enfin », « le reste ») may leave something out: then only an excess is certain.
  absorb(b, merged, closure);
  return b.parts.length || b.shares.length ? b : null;
}

/** « se répartit ainsi : », « comprend … pour …, … pour … », « répartis entre », « : » and bullet lists. */
function distribution(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  let trigger = -1;
  let cue: Cue = 'repartition';
  let complete = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    if (hasDistributionPrefix(it.f) || ((it.f === 'compose' || it.f === 'composent') && isWord(items[k - 1], 'se'))) {
      trigger = k;
      cue = 'repartition';
      complete = true;
      break;
    }
    if (COMPREND.has(it.f)) {
      trigger = k;
      cue = 'comprend';
      complete = true;
      break;
    }
  }
  let colon = -1;
  for (let k = trigger < 0 ? 0 : trigger; k < items.length; k++) {
    if (isPunct(items[k], ':')) {
      colon = k;
      break;
    }
  }
  if (trigger < 0) {
    if (colon < 0) return null;
    trigger = colon;
    cue = 'colon';
    for (let k = 0; k < colon; k++) if (isWordIn(items[k], DISTRIBUTION_WORDS)) complete = true;
  }
  if (sentenceHasAbort(items)) return null;
  // « comprend notamment : » announces examples, not the whole list.
  for (let k = 0; k < items.length; k++) if (isWordIn(items[k], PARTIAL)) complete = false;
  const before = amountItems(items, 0, trigger);
  let total: Figure | null = null;
  if (before.length === 1) total = figureOf(o.amounts, before[0]);
  else if (before.length === 0 && cue !== 'colon' && anaphoric(items)) total = previousTotal(s, o);
  else if (before.length > 1 && cue === 'colon') return null;
  const regionStart = colon >= 0 ? colon + 1 : trigger + 1;
  const b = make(cue, items[trigger].start, total);
  const r = forwardRegion(items, regionStart, items.length, o.amounts, o.percentages);
  if (r.aborted) return null;
  const endsWithColon = colon >= 0 && amountItems(items, colon + 1, items.length).length === 0 && !items.slice(colon + 1).some((x) => x.kind === 'percent');
  if (endsWithColon) {
    const list = listRegion(sent, o) ?? nextLineRegion(s, o);
    if (!list) return null;
    if (list.total && !total) total = b.total = list.total;
    absorb(b, list.region, complete);
    b.cue = 'list';
    if (list.incomplete) b.complete = false;
    if (list.sharesIncomplete) b.sharesComplete = false;
  } else {
    // A single part never proves the list exhaustive.
    absorb(b, r, complete && (r.parts.length >= 2 || r.shares.length >= 2));
  }
  if (cue === 'comprend' && b.parts.length < 2) b.complete = false;
  return b.parts.length || b.shares.length ? b : null;
}

const ANAPHORA = new Set(['cette', 'ce', 'ces', 'cet', 'elle', 'il', 'elles', 'ils', 'celle-ci', 'celui-ci', 'ceux-ci', 'celles-ci', 'lequel', 'laquelle']);
const WHOLE_NOUNS = new Set(['total', 'montant', 'enveloppe', 'somme', 'dotation']);

/** « Cette enveloppe se répartit… », « Elle comprend… », « Le montant se décompose… »: the whole was named just before. */
function anaphoric(items: readonly Item[]): boolean {
  const k = firstIndex(items);
  if (isWordIn(items[k], ANAPHORA)) return true;
  return isWord(items[k], 'le', 'la', "l'") && isWordIn(items[k + 1], WHOLE_NOUNS);
}

/**
 * Whether the sentence may take its whole from an earlier sentence (the only
 * look back across paragraphs, see previousTotal): « Sur ce total… »,
 * « Cette enveloppe… », « Le montant… ». Read from its first words alone, and
 * erring towards yes, so a document is never cut where a sentence reaches back.
 */
export function mayReferBack(text: string, s: Span): boolean {
  let end = Math.min(s.end, s.start + 80);
  while (end < s.end && !isBlankOrBreak(text.charCodeAt(end))) end++;
  const items = itemize(text, { start: s.start, end }, [], []);
  const k = firstIndex(items);
  if (isWord(items[k], 'sur') || isWordIn(items[k], ANAPHORA)) return true;
  if (!isWord(items[k], 'le', 'la', "l'")) return false;
  return items[k + 1] === undefined ? end < s.end : isWordIn(items[k + 1], WHOLE_NOUNS);
}

function isBlankOrBreak(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
}

/**
 * « … se répartit ainsi :⏎40 M€ pour A, 30 M€ pour B et 35 M€ pour C. »: the
 * list written as prose on the next line of the same paragraph.
 */
function nextLineRegion(s: number, o: FindOptions): { region: Region; total: null; incomplete: boolean; sharesIncomplete: boolean } | null {
  const sent = o.sentences[s];
  const next = o.sentences[s + 1];
  if (!next || next.block !== sent.block || next.items.length === 0 || sentenceHasAbort(next.items)) return null;
  const r = forwardRegion(next.items, firstIndex(next.items), next.items.length, o.amounts, o.percentages);
  if (r.aborted || r.parts.length + r.shares.length === 0) return null;
  return { region: r, total: null, incomplete: false, sharesIncomplete: r.shares.length === 0 && r.pairs.length === 0 };
}

/** The bulleted items right after an announcing sentence that ends with a colon. */
function listRegion(sent: Sentence, o: FindOptions): { region: Region; total: Figure | null; incomplete: boolean; sharesIncomplete: boolean } | null {
  const blocks = o.structure.blocks;
  const host = blocks[sent.block];
  if (!host || sent.end < host.end - 1) {
    // The colon must end its block for the list to belong to it.
    let e = host ? host.end : sent.end;
    while (e > sent.end && (o.text.charCodeAt(e - 1) <= 32 || o.text.charCodeAt(e - 1) === 0xa0)) e--;
    if (!host || e > sent.end) return null;
  }
  const first = blocks[sent.block + 1];
  if (!first || first.kind !== 'list-item' || (host.kind === 'list-item' && first.level <= host.level)) return null;
  const level = first.level;
  const region = emptyRegion();
  let total: Figure | null = null;
  let incomplete = false;
  let sharesIncomplete = false;
  let count = 0;
  for (let b = sent.block + 1; b < blocks.length; b++) {
    const blk = blocks[b];
    if (blk.kind !== 'list-item' || blk.level < level) break;
    if (blk.level > level) continue;
    count++;
    const items = itemize(o.text, { start: blk.contentStart, end: blk.end }, o.amounts, o.percentages);
    const f = firstIndex(items);
    if (isWord(items[f], 'total', 'ensemble', 'sous-total')) {
      const am = amountItems(items, 0, items.length);
      if (am.length === 1 && !total && isWord(items[f], 'total', 'ensemble')) total = figureOf(o.amounts, am[0]);
      else return null;
      count--;
      continue;
    }
    const r = forwardRegion(items, f, items.length, o.amounts, o.percentages);
    if (r.aborted) return null;
    if (r.parts.length === 0) incomplete = true;
    if (r.shares.length === 0 && r.pairs.length === 0) sharesIncomplete = true;
    append(region.parts, r.parts);
    append(region.shares, r.shares);
    // In a list, « 1,2 Md€ (60 %) » gives the share of the whole.
    for (const pr of r.pairs) region.shares.push(pr.share);
    region.partial ||= r.partial;
    region.sharesBroken ||= r.sharesBroken;
  }
  if (count === 0) return null;
  return { region, total, incomplete, sharesIncomplete };
}

/** « L’État apporte 667 M€, l’Europe 444 M€ et le privé 680 M€, soit 1,8 Md€ au total ». */
function soitTotal(sent: Sentence, o: FindOptions): Breakdown | null {
  const items = sent.items;
  for (let x = 0; x < items.length; x++) {
    const it = items[x];
    if (it.kind !== 'amount') continue;
    let p = x - 1;
    let totalWord = false;
    while (p >= 0 && items[p].kind === 'word' && !isWord(items[p], 'soit', 'pour')) {
      const f = (items[p] as { f: string }).f;
      if (TOTAL_WORDS.has(f)) totalWord = true;
      else if (!FIGURE_LEAD.has(f) && f !== 'montant' && f !== 'en') break;
      p--;
    }
    if (p < 0 || !isWord(items[p], 'soit', 'pour')) continue;
    const anchor = p;
    if (isWord(items[anchor], 'pour') && !totalWord) continue;
    // After the figure: « au total », « en tout », or the end of the clause.
    let q = x + 1;
    let clauseEnds = false;
    for (let w = 0; q < items.length && w < 3; q++, w++) {
      const n = items[q];
      if (n.kind === 'punct') {
        clauseEnds = n.ch === '.' || n.ch === ',' || n.ch === ';' || n.ch === ')';
        break;
      }
      if (n.kind !== 'word') break;
      if (TOTAL_WORDS.has(n.f)) totalWord = true;
      else if (n.f !== 'au' && n.f !== 'en' && n.f !== "d'" && n.f !== 'de' && n.f !== 'euros') break;
    }
    if (q >= items.length) clauseEnds = true;
    if (!totalWord && !clauseEnds) continue;
    if (sentenceHasAbort(items)) return null;
    // The parts, walking back from « soit » segment by segment; the walk stops at the start of the
    // enumeration (a colon, « dont », an earlier « soit », a clause with two amounts), so each item is
    // visited once however many « soit » the sentence holds.
    const parts: Figure[] = [];
    let segAmount: AmountItem | null = null;
    let segCount = 0;
    let stop = false;
    const closeSegment = (): boolean => {
      if (segCount > 1 || stop) return false;
      if (segAmount) parts.push(figureOf(o.amounts, segAmount)); // last part first; reversed below
      segAmount = null;
      segCount = 0;
      return true;
    };
    for (let k = anchor - 1; k >= 0; k--) {
      const w = items[k];
      if (isPunct(w, ':') || isWord(w, 'dont', 'soit')) break;
      if (isPunct(w, ',', ';') || isWord(w, 'et', 'puis')) {
        if (!closeSegment()) break;
        continue;
      }
      if (w.kind === 'amount') {
        segAmount = w;
        segCount++;
      } else if (isStopAt(items, k)) stop = true;
    }
    closeSegment();
    // Found walking backwards; unshift would move every earlier part at each step (quadratic on a long list).
    parts.reverse();
    if (parts.length < 2) continue;
    const total = figureOf(o.amounts, it);
    // Without « au total », the figure must be larger than any part, or it may restate the last one.
    if (!totalWord && !parts.every((pt) => total.lo > pt.hi)) continue;
    const b = make('soit-total', items[anchor].start, total);
    b.parts = parts;
    b.complete = true;
    return b;
  }
  return null;
}
