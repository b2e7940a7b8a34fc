// Wholes and their parts in prose. The finder reads the structure the text
// already has — the sentence, its clauses (a colon, « dont », a verb that
// distributes), the sentences around it in the same paragraph — and the roles
// of the words (cues.ts); it never compares words itself. Each finder gives
// `Breakdown`s: a total (or none), its parts and shares, and whether the parts
// are meant to exhaust the total. Anything unclear — two amounts in one
// segment, another basis (« chacun », « par an », AE/CP, HT/TTC), parts at
// different budget stages — makes a breakdown skipped or checked part by part
// only: a false alarm costs as much trust as a missed error.

import { Amount } from '../../types';
import { Breakdown, Cue as BreakdownCue, Figure, Share, append, figureOf, shareOf } from '../model';
import { Cue as LexCue, has } from '../cues';
import { isAcronym, spelledOut } from '../acronyms';
import { Sentence, firstIndex } from '../sentences';
import { FIGURE_LEAD, Item, isPunct, isWord, isYearItem, lowerBound } from '../words';
import { yearSpanAt } from './yearSeries';
import { AmountItem, Figures, Region, View, amountItems, firstWordOf, othersAfter, basesNamed, pairedBases, closedByEt, namesComplementaryPair, remainderAt, anyCue, onlyYearly, ownAmounts, emptyRegion, isBasisAt, isStopAt, percentItems, readRegion, segments, yearsOf, yearlyInLabel } from './region';
import { DocumentStructure } from '../../structure';
import { isTotalRow } from '../tables';
import { REACH, afterFrontedClause, isVerbAfterEn, opensAlone, ranksAmongParts, withinAt } from '../reach';
import { ROLE_NOUNS, countAnnounced, individualAidTo, isPeopleNoun, paidNoun, quantityAt, sameNoun, yearsCountAt } from './quantities';

export interface FindOptions extends Figures {
  text: string;
  structure: DocumentStructure;
  sentences: readonly Sentence[];
  /**
   * The pass over measures (measures.ts), whose « amounts » are quantities with a unit: counts of things were read
   * by the pass over money already, and are not read again.
   */
  measures?: boolean;
}

export function make(cue: BreakdownCue, at: number, total: Figure | null): Breakdown {
  return { cue, at, total, parts: [], shares: [], pairs: [], complete: false, sharesComplete: false, partsOnly: false };
}

export function absorb(b: Breakdown, r: Region, complete: boolean): void {
  append(b.parts, r.parts);
  // « 2,1 Md€ engagés, soit 84 % » · « 0,6 Md€ payés, soit 29 % des montants engagés »: each stage's rate is of the stage
  // before it, no share of one whole to add up (a pair is still checked against the whole it names).
  const stagesRates = r.stages.size > 1;
  // The rest's share, found again by identity once the shares are merged in text order (a pair's may come before it).
  const derived = !r.sharesBroken && !stagesRates && r.derivedShare !== undefined && b.derivedShare === undefined ? r.shares[r.derivedShare] : undefined;
  if (!r.sharesBroken && stagesRates) append(b.pairs, r.pairs);
  if (!r.sharesBroken && !stagesRates) {
    // « l'État en finance 45 % (8,1 M€), la Région 30 % (5,4 M€) … et l'agglomération 18 % »: shares given with their
    // amounts and shares given alone split one whole; all of them add up.
    if (r.shares.length > 0 && r.pairs.length > 0) b.shares.push(...mergeByStart(r.shares, r.pairs.map((p) => p.share)));
    else append(b.shares, r.shares);
    append(b.pairs, r.pairs);
  }
  if (derived) b.derivedShare = b.shares.findIndex((x) => x.index === derived.index);
  // Parts at different budget stages (engagés, payés) nest in their whole: none may exceed it, their sum means nothing.
  if (r.nested || r.extra.length || r.stages.size > 1) {
    b.partsOnly = true;
    if (r.stages.size > 1 && r.ranks.length === r.parts.length) b.ranks = r.ranks;
    append(b.parts, r.extra);
  }
  b.complete = complete && !r.partial && !r.nested && !r.stopped;
  b.sharesComplete = complete && !r.partial && !r.stopped && !r.sharesBroken && !r.sharesAfterNest;
}

/** Two lists of shares as one, in the order of the text, each share once (a list's reader may have put a pair's in both). */
function mergeByStart(a: readonly Share[], b: readonly Share[]): Share[] {
  return [...a, ...b.filter((x) => !a.some((y) => y.start === x.start))].sort((x, y) => x.start - y.start);
}

/** True when a figure of the sentence sits in a segment with a word of another basis (« 2 Md€ par an », « 3 M€ HT »). */
export function basisNearFigures(v: View, from = 0, to = v.items.length, perUnitRestated = false): boolean {
  let amountBefore = false;
  for (const seg of segments(v.items, from, to)) {
    let figure = false;
    let basis = false;
    let amounts = 0;
    let percents = 0;
    for (let k = seg.from; k < seg.to; k++) {
      const kind = v.items[k].kind;
      if (kind === 'amount') amounts++;
      if (kind === 'percent') percents++;
      if (kind === 'amount' || kind === 'percent') figure = true;
      else if (isBasisAt(v, k) && !yearlyInLabel(v, k, seg.to)) basis = true;
    }
    // « Elle comprend une part de 1 700 000 €, répartie entre les collèges, soit 50 000 € chacun ; … »: for a finder
    // that reads its parts with readRegion (which passes over a part restated per unit), the sentence's plain figures
    // stay on one basis.
    const perUnitRestatement = perUnitRestated && amountBefore && amounts === 1 && percents === 0 && isWord(firstWordOf(v.items, seg), 'soit');
    if (figure && basis && !perUnitRestatement) return true;
    if (amounts > 0) amountBefore = true;
  }
  return false;
}

/** True when the segment that holds the amount starting at `start` has a word of another basis (« 15 000 € par logement »). */
function basisNearAmount(v: View, start: number): boolean {
  for (const seg of segments(v.items, 0, v.items.length)) {
    let here = false;
    let basis = false;
    for (let k = seg.from; k < seg.to; k++) {
      if (v.items[k].kind === 'amount' && v.items[k].start === start) here = true;
      else if (isBasisAt(v, k)) basis = true;
    }
    if (here) return basis;
  }
  return false;
}

/** Skips hedges and determiners (« près de », « plus de », « un peu moins de ») from k on. */
function pastLeads(items: readonly Item[], k: number): number {
  while (k < items.length && items[k].kind === 'word' && FIGURE_LEAD.has((items[k] as { f: string }).f)) k++;
  return k;
}

/** « 1,8 milliard d’euros, dont 667 millions … et 444 millions … ». */
export function dontBreakdowns(sent: Sentence, o: FindOptions): Breakdown[] {
  const items = sent.items;
  const out: Breakdown[] = [];
  let aborted: boolean | undefined;
  for (let k = 0; k < items.length; k++) {
    const w = items[k];
    if (w.kind !== 'word' || w.f !== 'dont') continue;
    // The figure right after « dont » (hedges allowed) makes it a breakdown, not a relative pronoun.
    const next = items[pastLeads(items, k + 1)];
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
      if (++words > 12) break;
    }
    if (!total) continue;
    if ((aborted ??= basisNearFigures(sent))) continue;
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
    let closedByEt = false;
    for (const seg of segments(items, k + 1, end)) {
      let m = seg.from;
      if (isWord(items[m], 'dont')) m++;
      const isSoit = isWord(items[m], 'soit');
      if (isSoit) m++;
      m = pastLeads(items, m);
      const it = items[m];
      // A stop word before the segment's figure ends the list; one after it (« dont 465 000 € pour le club au titre de
      // sa convention d’objectifs ») speaks of what follows.
      let stop = false;
      for (let q = seg.from; q < Math.min(m, seg.to); q++) if (isStopAt(sent, q)) stop = true;
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
      closedByEt = isWord(items[seg.from - 1], 'et') || isWord(items[seg.from - 1], 'que', "qu'");
      if (it.kind === 'amount') {
        last = figureOf(o.amounts, it);
        b.parts.push(last);
      } else {
        b.shares.push(shareOf(o.percentages, it));
        last = null;
      }
    }
    // « dont A pour a, B pour b » without « et » may return to the outer list after A: only A is surely inside.
    if (b.parts.length > 1 && !closedByEt) b.parts.length = 1;
    // « … et 6,1 Mt de conteneurs ; le trafic roulier, avec 1,2 Mt, complète ce bilan »: after the semicolon, one last
    // part and words that close the list make it complete.
    if (b.parts.length > 1 && closedByEt && isPunct(items[end], ';')) {
      const tail = amountItems(items, end + 1, items.length);
      let closes = false;
      for (let q = end + 1; q < items.length; q++) if (has(sent.cues[q], 'remainder') || (has(sent.cues[q], 'closure') && has(sent.cues[q], 'complete'))) closes = true;
      if (closes && tail.length === 1 && tail[0].high === undefined && !percentIn(items, end + 1, items.length)) {
        b.parts.push(figureOf(o.amounts, tail[0]));
        b.complete = true;
      }
    }
    if (b.parts.length || b.shares.length) out.push(b);
  }
  return out;
}

function percentIn(items: readonly Item[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (items[q].kind === 'percent') return true;
  return false;
}

/**
 * The single amount of the nearest earlier sentence with amounts, in the same section, among the `reach` nearest such
 * sentences and never more than REACH sentences back (chunks.ts cuts where no sentence reaches further), and in the
 * same paragraph unless the sentence opens on words that point back (see mayReferBack).
 */
export function previousTotal(s: number, o: FindOptions, reach = REACH, acrossParagraphs = true): Figure | null {
  const sents = o.sentences;
  // A sentence without amounts (« Objectif : un équipement par canton d’ici 2027. », « 70 % des produits viennent de
  // circuits courts. ») is passed over without counting against `reach`.
  let withFigures = 0;
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    if (sents[p].section !== sents[s].section) return null;
    if (!acrossParagraphs && sents[p].paragraph !== sents[s].paragraph) return null;
    if (sents[p].figures === 0) continue;
    // « 4. Équipements : 0,9 M€ » then « Ce programme est financé par … »: prose after a list speaks of the whole the
    // list splits, not of its last item.
    if (sents[p].inList && !sents[s].inList) return null;
    // « … 2 742 M€, contre 2 615 M€ un an plus tôt »: the compared amount is no whole of what follows.
    let am = ownAmounts(sents[p]);
    if (am.length === 0) {
      if (amountItems(sents[p].items, 0, sents[p].items.length).length > 0) return null;
      continue;
    }
    if (++withFigures > reach) return null;
    // « L’encours atteint 201,3 Md€, en hausse de 3,1 Md€ sur un an »: beside a level, the change is no whole either.
    if (am.length > 1) {
      const levels = am.filter((a) => !changeBeforeAmount(sents[p], a.start));
      if (levels.length === 1) am = levels;
    }
    if (am.length !== 1 || am[0].high !== undefined) return null;
    // « Elles représentent 58 % des dépenses de fonctionnement (1 055 M€). »: the base of a share, in brackets after its
    // noun, is that noun's amount, no whole of the next sentence's parts.
    if (o.text.charCodeAt(am[0].start - 1) === 40 && percentItems(sents[p].items, 0, sents[p].items.length).some((x) => x.start < am[0].start)) return null;
    // « Les dépenses de solidarité augmentent de 19,5 M€. Le RSA atteint à lui seul 118 M€ »: a change is no level, no whole.
    if (changeBeforeAmount(sents[p], am[0].start)) return null;
    // « L’association en perçoit 420 000 €, soit un tiers de l’enveloppe. »: an amount the sentence gives as a share of
    // a whole is a part; the whole is further back.
    if (statedAsShare(sents[p], am[0].start)) continue;
    return figureOf(o.amounts, am[0]);
  }
  return null;
}

/** « A, soit un tiers de … », « A (12 %) », « A, soit 35 % du total »: the amount starting at `start` is given as a share. */
function statedAsShare(v: View, start: number): boolean {
  const k = lowerBound(v.items, start);
  let q = k + 1;
  if (isPunct(v.items[q], ',')) q++;
  if (!isWord(v.items[q], 'soit') && !isPunct(v.items[q], '(')) return false;
  for (let r = q + 1; r < v.items.length && r <= q + 3; r++) {
    if (v.items[r].kind === 'percent' || has(v.cues[r], 'fraction')) return true;
    if (v.items[r].kind === 'amount') return false;
  }
  return false;
}

/** A word of rise, fall or change, then « de », right before the amount starting at `start`: « augmentent de A », « en hausse de A ». */
function changeBeforeAmount(v: View, start: number): boolean {
  const k = lowerBound(v.items, start);
  // « augmentent de 19,5 M€ » is the difference; « a progressé, à 190 M€ » the level reached.
  if (!isWord(v.items[k - 1], 'de', "d'")) return false;
  for (let q = k - 2; q >= 0 && q >= k - 3; q--) if (has(v.cues[q], 'rise') || has(v.cues[q], 'fall') || has(v.cues[q], 'change')) return true;
  return false;
}

/**
 * « Le prix … s’établit à 4,38 €/m³, soit 525,60 € par an pour un ménage. Ce prix se décompose en … »: of the sentence
 * before's amounts, the first one after the noun « Ce » takes up (« prix »), none other between.
 */
function previousByNoun(s: number, o: FindOptions): Figure | null {
  const sent = o.sentences[s];
  const k0 = firstIndex(sent.items);
  const noun = sent.items[k0 + 1];
  if (!isWord(sent.items[k0], 'ce', 'cet', 'cette', 'ces') || !noun || noun.kind !== 'word') return null;
  return amountAfterNounBefore(s, o, noun.f);
}

/** A definite noun and its complement: « les dépenses d’équipement », « l’autorisation de programme ». */
export interface NounPhrase {
  noun: string;
  complement: string | null;
  /** « l’enveloppe régionale » → « regionale »: a noun qualified otherwise (« nationale ») is another thing. */
  qualifier?: string | null;
  /** « budget logement » → « logement »: a noun set right after the noun, with no « de », names which one too. */
  adjunct?: string;
}

// Endings of the adjectives that say which one of a thing is meant: « régionale », « nationale », « européenne »,
// « publique », « communautaire », « exceptionnel ».
const QUALIFYING_ENDINGS = ['al', 'ale', 'ales', 'aux', 'el', 'elle', 'elles', 'els', 'ique', 'iques', 'ien', 'ienne', 'iennes', 'aire', 'aires', 'if', 'ive', 'ives', 'ifs'];

/** The qualifying adjective right after the noun at item k (« enveloppe régionale »), or null. */
export function adjectiveAfter(items: readonly Item[], k: number): string | null {
  const w = items[k + 1];
  if (!w || w.kind !== 'word' || w.f.length < 5) return null;
  return QUALIFYING_ENDINGS.some((e) => w.f.endsWith(e)) ? w.f : null;
}

/** The noun phrase after the determiner at item k (« les », « l’ », « cette »…), or null. */
export function nounPhraseAt(items: readonly Item[], k: number): NounPhrase | null {
  if (!isWord(items[k], 'les', 'le', 'la', "l'", 'ces', 'ce', 'cet', 'cette')) return null;
  const noun = items[k + 1];
  if (!noun || noun.kind !== 'word' || noun.f.length < 4 || noun.f.charCodeAt(0) < 97 || noun.f.charCodeAt(0) > 122) return null;
  // « le produit de la taxe »: the complement past its article.
  const c = isWord(items[k + 3], 'la', "l'", 'les') ? k + 4 : k + 3;
  const complement = isWord(items[k + 2], 'de', "d'", 'du', 'des') && items[c]?.kind === 'word' ? (items[c] as { f: string }).f : null;
  return { noun: noun.f, complement };
}

/**
 * The amount the noun phrase was given in sentences [first, last], the nearest sentence naming it deciding: « 4,8 M€ de
 * dépenses d’équipement », « une autorisation de programme de 2,4 M€ », « les dépenses d’équipement atteignent 4,8 M€ ».
 * With a complement, only the noun with that complement counts (« dépenses de fonctionnement » is another thing).
 * Two different amounts given it in that sentence leave it unread.
 */
export function amountNamedBefore(o: FindOptions, first: number, last: number, named: NounPhrase): Figure | null {
  for (let s = last; s >= first && s >= 0; s--) {
    const found = amountNamedIn(o.sentences[s], o.amounts, named);
    if (found !== undefined) return found;
  }
  return null;
}

/** Nouns public finance uses for one thing, the money given to a body or a mission: « le budget de la mission », « les crédits de la mission ». */
const BUDGET_NOUNS: ReadonlySet<string> = new Set(['budget', 'budgets', 'credits', 'moyens']);

/** Two of BUDGET_NOUNS (read with a complement only: « les crédits de la mission » and « le budget de la mission »). */
function budgetNouns(a: string, b: string): boolean {
  return BUDGET_NOUNS.has(a) && BUDGET_NOUNS.has(b);
}

/** The amount the noun phrase is given in one sentence (see amountNamedBefore); undefined when it names none. */
export function amountNamedIn(v: View, amounts: readonly Amount[], named: NounPhrase): Figure | null | undefined {
  const { items } = v;
  let found: Figure | undefined;
  for (let q = 0; q < items.length; q++) {
    const it = items[q];
    if (it.kind !== 'word' || !(sameNoun(it.f, named.noun) || (named.complement !== null && budgetNouns(it.f, named.noun)))) continue;
    // « le budget primitif 2025 de la mission »: an adjective and a year may stand between the noun and its complement.
    let c = q;
    if (named.complement !== null && !named.qualifier && adjectiveAfter(items, c) !== null) c++;
    if (named.complement !== null && isYearItem(items[c + 1])) c++;
    if (named.complement !== null && !(isWord(items[c + 1], 'de', "d'", 'du', 'des') && (isWord(items[c + 2], named.complement) || (isWord(items[c + 2], 'la', "l'", 'les') && isWord(items[c + 3], named.complement))))) continue;
    if (named.adjunct !== undefined && !isWord(items[q + 1], named.adjunct)) continue;
    if (named.qualifier) {
      const other = adjectiveAfter(items, q);
      if (other !== null && other.slice(0, 5) !== named.qualifier.slice(0, 5)) continue;
    }
    // « 4,8 M€ de dépenses d’équipement »; « a arrêté à 3,9 M€ l’enveloppe des dotations ».
    let a: Item | undefined = isWord(items[q - 1], 'de', "d'", 'le', 'la', "l'", 'les') ? items[q - 2] : undefined;
    if (!a || a.kind !== 'amount') {
      a = undefined;
      // « Le budget de fonctionnement de la ville s’élève cette année à 150 M€ »: a complement, a verb and a time between, in
      // the clause.
      for (let r = q + 1; r < items.length && r <= q + 14; r++) {
        const x = items[r];
        if (x.kind === 'percent' || isPunct(x, '.', ';', ',', '(')) break;
        // « Ce prix se décompose en 2,04 € … »: what follows a verb of distribution are the noun's parts, not its amount.
        if (has(v.cues[r], 'distribution')) break;
        if (x.kind === 'amount') {
          a = x;
          break;
        }
      }
    }
    if (!a || a.kind !== 'amount' || a.high !== undefined) continue;
    const f = figureOf(amounts, a);
    if (found && found.index !== f.index) return null;
    found = f;
  }
  return found;
}

/**
 * In the sentence before `s` (same paragraph), the first amount after the noun `noun` (« le déficit des hôpitaux
 * atteint 1,9 Md€ »), none other between: the amount a later « du déficit total » names.
 */
export function amountAfterNounBefore(s: number, o: FindOptions, noun: string, reach = 1, acrossParagraph = false): Figure | null {
  // Read once per sentence and noun: a sentence may name its whole many times, and the sentence before may be long.
  let known = nounAmounts.get(o.sentences);
  if (!known) nounAmounts.set(o.sentences, (known = new Map()));
  const key = s + ':' + reach + ':' + noun + (acrossParagraph ? ':p' : '');
  if (known.has(key)) return known.get(key)!;
  const found = readAmountAfterNoun(s, o, noun, Math.min(reach, REACH), acrossParagraph);
  known.set(key, found);
  return found;
}

/** Whether the word at item q is the noun of a count written in digits right before it (« 1 284 dossiers »). */
export function countedAt(items: readonly Item[], q: number): boolean {
  const before = items[q - 1];
  return before?.kind === 'word' && before.f.length > 0 && before.f.charCodeAt(0) >= 48 && before.f.charCodeAt(0) <= 57 && !isYearItem(before);
}

const nounAmounts = new WeakMap<readonly Sentence[], Map<string, Figure | null>>();

/** The nearest of the `reach` sentences before `s` in its paragraph that names `noun` decides: its amount after it, or none. */
function readAmountAfterNoun(s: number, o: FindOptions, noun: string, reach: number, acrossParagraph: boolean): Figure | null {
  const sent = o.sentences[s];
  for (let p = s - 1; p >= 0 && p >= s - reach; p--) {
    const prev = o.sentences[p];
    // Across a paragraph break only for a sentence that reaches back (« La chambre estime que cet encours de … »).
    if (prev.paragraph !== sent.paragraph && !(acrossParagraph && sent.reachesBack && prev.section === sent.section && prev.paragraph === sent.paragraph - 1)) return null;
    const { items } = prev;
    const acronym = isAcronym(noun);
    for (let q = 0; q < items.length; q++) {
      const it = items[q];
      if (it.kind !== 'word') continue;
      // « L’excédent brut d’exploitation … 7 420 k€ » for « cet EBE »: the words the acronym's letters begin.
      const end = acronym ? spelledOut(items, q, noun) : sameNoun(it.f, noun) ? q : -1;
      if (end < 0) continue;
      // « 1 284 dossiers …, pour un montant sollicité de 96,3 M€ »: a noun counted names the things, not what they cost.
      if (!acronym && countedAt(items, q)) return null;
      for (let r = end + 1; r < items.length && r <= end + 30; r++) {
        const a = items[r];
        if (a.kind === 'percent' || isPunct(a, '.', ';')) break;
        // « Ce prix se décompose en 2,04 € … et 2,02 € »: what follows a verb of distribution are the noun's parts.
        if (has(prev.cues[r], 'distribution')) return null;
        if (a.kind === 'amount') return a.high === undefined ? figureOf(o.amounts, a) : null;
      }
      return null;
    }
  }
  return null;
}

/** The one basis (HT 1, TTC 2, AE 3, CP 4) a view names, 0 for none or several. */
function basisNamed(v: View): number {
  const named = basesNamed(v);
  return named.size === 1 ? named.values().next().value! : 0;
}

/**
 * « Le coût est évalué à 4,2 M€ HT, soit 5,04 M€ TTC. Il se répartit en …, tous montants hors taxes. »: of the
 * sentence before's two amounts on two bases, the one on the basis the parts name.
 */
function previousOnBasis(s: number, o: FindOptions): Figure | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  const basis = basisNamed(sent);
  if (!prev || prev.paragraph !== sent.paragraph || !basis) return null;
  const am = amountItems(prev.items, 0, prev.items.length);
  if (am.length !== 2) return null;
  const at = (a: AmountItem) => prev.items.indexOf(a);
  const on = am.filter((a) => {
    const k = at(a);
    for (let q = k + 1; q < prev.items.length && q <= k + 3; q++) {
      const c = prev.cues[q];
      if (has(c, 'mixed-basis')) return c!.value === basis;
      if (prev.items[q].kind !== 'word') return false;
    }
    return false;
  });
  return on.length === 1 && on[0].high === undefined ? figureOf(o.amounts, on[0]) : null;
}

/** Words that may sit between « Sur », an article and the amount of an inline whole: « Sur une enveloppe de 1,5 Md€ ». */
function wholeLead(v: View, k: number): boolean {
  const it = v.items[k];
  return it.kind === 'word' && (has(v.cues[k], 'whole-noun') || it.f === 'de' || it.f === "d'" || it.f === 'du' || it.f === 'des' || FIGURE_LEAD.has(it.f));
}

/**
 * « Le contrat consacre 1,3 Md€ au rail. … La Région apporte 560 M€ de cette enveloppe, l’État le reste. »: one amount
 * « de cette enveloppe », « de ce montant » — a part of the whole said just before, within it (not all of it).
 */
export function partOfThis(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  const am = amountItems(items, 0, items.length);
  if (am.length !== 1 || am[0].high !== undefined) return null;
  const k = lowerBound(items, am[0].start);
  if (!isWord(items[k + 1], 'de', "d'") || !isWord(items[k + 2], 'ce', 'cet', 'cette', 'ces') || !has(sent.cues[k + 3], 'whole-noun')) return null;
  // (« les 4 M€ de ce fonds »: with a definite article the amount is the whole again — a claim, no part.)
  if (isWord(items[k - 1], 'les', 'ces', 'ses', 'leurs', 'nos', 'vos')) return null;
  const total = previousTotal(s, o);
  const part = figureOf(o.amounts, am[0]);
  if (!total || total.currency !== part.currency) return null;
  const b = make('dont', items[k + 1].start, total);
  b.parts = [part];
  b.complete = false;
  return b;
}

/**
 * « Sur ce total, l’État … 667 millions …, l’Europe … 444 millions. Enfin 680 millions … »;
 * « Sur les 57 milliards d’euros ouverts…, seuls 29 milliards… »; « Parmi les 45 M€ du plan, 52 M€… ».
 */
export function backReference(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  // « Au sein de cette dotation, les seuls crédits … mobilisent 34,2 M€ »: « au sein de » reads as « sur ».
  // « En 2022, sur 6,4 M€ de crédits ouverts, … »: past a short fronted clause, as at the start.
  let open = firstIndex(items);
  const front = afterFrontedClause(items, open);
  if (front > open && (isWord(items[front], 'sur', 'parmi') || withinAt(items, front))) open = front;
  const within = withinAt(items, open);
  const k0 = within ? open + 2 : open;
  const among = isWord(items[k0], 'parmi');
  if (!isWord(items[k0], 'sur') && !among && !within) return null;
  let total: Figure | null = null;
  let regionStart = -1;
  // « Sur ce dernier montant, 8 640 M€ … »: the last amount said before, whatever others its sentence gives.
  if (!among && has(sent.cues[k0 + 1], 'anaphora') && isWord(items[k0 + 2], 'dernier', 'derniere') && has(sent.cues[k0 + 3], 'whole-noun') && isPunct(items[k0 + 4], ',')) {
    total = lastAmountBefore(s, o);
    regionStart = k0 + 5;
  } else if (!among && has(sent.cues[k0 + 1], 'anaphora') && has(sent.cues[k0 + 2], 'whole-noun')) {
    total = previousTotal(s, o);
    regionStart = k0 + 3;
    // « Sur ce fonds de 110 M€, la Bretagne a obtenu 4,6 M€ »: the demonstrative's own amount is the whole written again
    // (whether it agrees with the one before is for the restatement and claim checks), never one of its parts.
    if (isWord(items[k0 + 3], 'de', "d'") && items[k0 + 4]?.kind === 'amount') {
      let c = k0 + 5;
      while (c < items.length && !isPunct(items[c], ',')) {
        if (items[c].kind === 'amount' || items[c].kind === 'percent') return null;
        c++;
      }
      regionStart = c + 1;
    }
  } else if (isWord(items[k0 + 1], 'les', 'le', 'la', "l'", 'ces', 'ce', 'cette', 'une', 'un', 'ses', 'leurs', 'nos', 'notre', 'vos', 'votre', 'son', 'sa', 'leur') || items[k0 + 1]?.kind === 'amount') {
    // The whole is written inline: « Sur les 240 M€ ouverts, … », « Sur 240 M€ ouverts, … ».
    for (let k = items[k0 + 1]?.kind === 'amount' ? k0 + 1 : k0 + 2; k < items.length && k <= k0 + 6; k++) {
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
      if (!wholeLead(sent, k)) break;
    }
  }
  // « Sur l’autorisation de programme votée, … » after « une autorisation de programme de 2,4 M€ »: the amount that noun
  // was given in the sentences before (an opening « Sur » reaches back across paragraphs: mayReferBack).
  if (!total && regionStart < 0 && !among) {
    const named = nounPhraseAt(items, k0 + 1);
    let c = k0 + 2;
    while (c < items.length && !isPunct(items[c], ',') && items[c].kind === 'word') c++;
    if (named && isPunct(items[c], ',') && c - k0 <= 8) {
      let first = s;
      while (first > 0 && first > s - REACH && o.sentences[first - 1].section === sent.section) first--;
      total = first < s ? amountNamedBefore(o, first, s - 1, named) : null;
      if (total) regionStart = c + 1;
    }
  }
  // « Sur l’enveloppe du fonds, 60 % des crédits iront à A et 55 % à B »: a whole named without a figure still takes shares;
  // so does a count (« Sur les 18 400 affaires dont le parquet a été saisi, 44 % … »).
  let sharesOnly = false;
  if (!total && regionStart < 0 && !among && isWord(items[k0 + 1], 'les', 'ces') && quantityAt(items, k0 + 2)) {
    let c = k0 + 2;
    while (c < items.length && !isPunct(items[c], ',') && items[c].kind === 'word') c++;
    if (isPunct(items[c], ',') && c - k0 <= 16) {
      regionStart = c + 1;
      sharesOnly = true;
    }
  }
  if (!total && regionStart < 0 && !among && isWord(items[k0 + 1], 'le', 'la', "l'", 'les', 'ce', 'cette', 'ces') && has(sent.cues[k0 + 2], 'whole-noun')) {
    let c = k0 + 3;
    while (c < items.length && !isPunct(items[c], ',') && items[c].kind === 'word') c++;
    if (isPunct(items[c], ',')) {
      regionStart = c + 1;
      sharesOnly = true;
    }
  }
  if ((!total && !sharesOnly) || regionStart < 0) return null;
  if (basisNearFigures(sent, 0, sent.items.length, true)) return null;
  const b = make('sur', items[k0].start, total);
  const r = readRegion(sent, regionStart, items.length, o);
  if (r.aborted) return null;
  let closure = r.closure;
  let stopped = r.stopped;
  // « Le reste, soit … » is the whole less the parts named: with it they are complete, whatever « notamment » said.
  let rested = false;
  let restWithoutShare = false;
  const regions = [r];
  // Following sentences of the same block that carry on the list: « Enfin 680 millions… », « Le reste… ».
  for (let n = s + 1; n < o.sentences.length && !stopped && !closure; n++) {
    const next = o.sentences[n];
    const f = firstIndex(next.items);
    const rest = remainderAt(next, f);
    // « Le reste du dispositif, soit 0,9 M€, … » may open the next paragraph of the section: it closes the parts still.
    const lastBlock = o.sentences[n - 1].block;
    if (next.block !== lastBlock && !(rest && next.section === sent.section && next.paragraph === o.sentences[n - 1].paragraph + 1 && !next.inList)) break;
    const carries = has(next.cues[f], 'closure') || isWord(next.items[f], 'ensuite', 'puis') || rest;
    if (!carries) break;
    rested ||= rest;
    if (basisNearFigures(next)) return null;
    // « Le reste, soit 840 M€, revient aux collectivités : 420 M€ pour la Région, … »: what a colon (or a relative
    // clause) after the rest enumerates details the rest (its own split, read by distribution()), no further part.
    const rn = readRegion(next, f, rest ? restDetailAt(next, f) : next.items.length, o);
    if (rn.aborted) return null;
    // « Le solde finance notamment l’eau potable »: a remainder named without its figure leaves the parts incomplete.
    if (rest && rn.parts.length + rn.shares.length === 0) {
      rested = false;
      r.partial = true;
      break;
    }
    regions.push(rn);
    // (« … la Région 20 %, soit 180 000 €. Le reste à charge s’établit à 360 000 € »: a rest given without its share
    // leaves the shares short of the whole, however complete the parts.)
    if (rest && rn.parts.length > 0 && rn.shares.length + rn.pairs.length === 0) restWithoutShare = true;
    closure = closure || rn.closure;
    stopped = rn.stopped;
  }
  const merged = emptyRegion();
  for (const x of regions) {
    append(merged.parts, x.parts);
    append(merged.extra, x.extra);
    append(merged.shares, x.shares);
    append(merged.pairs, x.pairs);
    append(merged.ranks, x.ranks);
    merged.nested ||= x.nested;
    merged.partial ||= x.partial;
    merged.sharesBroken ||= x.sharesBroken;
    merged.sharesAfterNest ||= x.sharesAfterNest;
    for (const st of x.stages) merged.stages.add(st);
  }
  if (rested) merged.partial = false;
  if (among) merged.partial = true;
  if (sharesOnly) merged.parts = [];
  // Parts that do not close (« enfin », « le reste ») may leave something out: then only an excess is certain.
  absorb(b, merged, closure);
  if (restWithoutShare) b.sharesComplete = false;
  return b.parts.length || b.shares.length ? b : null;
}

const AUXILIARIES = new Set(['se', "s'", 'sont', 'est', 'seront', 'sera', 'ont', 'ete', 'a', 'vont', 'va', 'ainsi', 'y']);

/**
 * « Cette enveloppe se répartit… », « Elle comprend… », « Le montant se décompose… », « Les crédits sont répartis… »:
 * the whole was named just before. A bare definite noun of a whole counts only when the verb follows it at once
 * (« Les aides aux entreprises se répartissent » names a subset, not the whole).
 */
function anaphoric(v: View, trigger: number): 'across' | 'within' | null {
  let k = firstIndex(v.items);
  // « Considérant que le plan de financement s’établit ainsi : »: the recital's opening words aside.
  if (isWord(v.items[k], 'considerant', 'attendu') && isWord(v.items[k + 1], 'que', "qu'")) k += 2;
  // These openings reach back across a paragraph break (mayReferBack keeps chunks from cutting there), after a short
  // fronted clause too (« Par nature de dépense, ces crédits se répartissent … »).
  if (has(v.cues[k], 'anaphora')) return 'across';
  const front = afterFrontedClause(v.items, k);
  if (front > k && front < trigger && has(v.cues[front], 'anaphora')) return 'across';
  // « Selon le ministère, l’enveloppe se répartit entre … »: the subject after the fronted clause — one that dates it
  // (« Pour 2024, l’enveloppe … ») may speak of another year's.
  if (front > k && front < trigger) {
    for (let q = k; q < front; q++) if (isYearItem(v.items[q])) return null;
    k = front;
  }
  if (!isWord(v.items[k], 'le', 'la', "l'", 'les')) return null;
  if (has(v.cues[k + 1], 'sum-noun') && !isWord(v.items[k], 'les')) return 'across';
  // « Les AE se répartissent entre … »: a budget basis names the amount given on it just before (previousOnBasis).
  if (!has(v.cues[k + 1], 'whole-noun') && !has(v.cues[k + 1], 'mixed-basis')) return null;
  for (let q = k + 2; q < trigger; q++) {
    const w = v.items[q];
    if (w.kind !== 'word' || !AUXILIARIES.has(w.f)) return null;
  }
  return 'within';
}

/** True when the amount at item k is the complement of a whole's noun (« Le fonds de 3 Md€ », « une enveloppe de 2 M€ ») or follows « Avec ». */
function namesTheWhole(v: View, k: number): boolean {
  let p = k - 1;
  while (p >= 0 && v.items[p].kind === 'word' && FIGURE_LEAD.has((v.items[p] as { f: string }).f) && !isWord(v.items[p], 'de', "d'")) p--;
  if (isWord(v.items[p], 'de', "d'")) {
    // « L’État participe à hauteur de 945 000 € »: the height of one contribution, no whole.
    if (isWord(v.items[p - 1], 'hauteur')) return false;
    for (let q = p - 1; q >= 0 && q >= p - 3; q--) if (has(v.cues[q], 'whole-noun') || has(v.cues[q], 'attach')) return true;
    return false;
  }
  return isWord(v.items[p], 'avec') && p === firstIndex(v.items);
}

/** Whether a count with its noun (« 1 150 élèves ») ends at item k. */
function countEndsAt(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 7; q--) {
    const c = quantityAt(items, q);
    if (c && c.nounAt === k && c.value >= 2) return true;
  }
  return false;
}

/**
 * « se répartit ainsi : », « comprend … pour …, … pour … », « provient de », « finance A, B et C », a colon:
 * the parts after the verb or the colon, the whole before it (or in the sentence before).
 */
/** « alors que », « tandis que » between items `from` and `to`: a clause set against the one before, with its own subject. */
function contrastBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (isWord(items[k], 'alors', 'tandis') && isWord(items[k + 1], 'que', "qu'")) return true;
  return false;
}

/** « ne … pas », « n’… plus » among the four words before item k: the verb at k is denied. */
function negatedBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    if (items[q].kind !== 'word') return false;
    if (isWord(items[q], 'pas', 'plus', 'jamais', 'guere') && (isWord(items[q - 1], 'ne', "n'") || isWord(items[q - 2], 'ne', "n'"))) return true;
  }
  return false;
}

export function distribution(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  let trigger = -1;
  let cue: BreakdownCue = 'repartition';
  let complete = false;
  let amountsSeen = 0;
  let lastAmountAt = -1;
  for (let k = 0; k < items.length; k++) {
    const c = sent.cues[k];
    if (has(c, 'distribution') || has(c, 'origin')) {
      // « 950 000 € apportés par l’État, 600 000 € par la Région … »: a participle right after an amount gives that
      // amount its source; only set apart by a comma (« 18,7 M€, apportés par … ») does it split the amount.
      if (items[k - 1]?.kind === 'amount' && isWord(items[k + c!.length - 1], 'par')) continue;
      // « 1 150 élèves répartis dans 38 écoles »: a participle right after a count splits that count (counts.ts).
      if (countEndsAt(items, k - 1)) continue;
      // « 231 M€, loin devant le forfait dépendance financé par le département (41 M€) »: in a comparison, the participle
      // says where the compared figure comes from; it splits nothing.
      if (comparedBefore(sent, k)) continue;
      // « 41 % d’un budget d’un million d’euros, le reste provenant de la billetterie (430 000 €), … »: what follows is
      // split from the remainder, not from the whole before it.
      if (has(sent.cues[k - 1], 'remainder') || has(sent.cues[k - 2], 'remainder')) continue;
      trigger = k;
      const comprend = isWord(items[k], 'comprend', 'comprennent', 'comprendra', 'comprendront', 'englobe', 'englobent', 'regroupe', 'regroupent');
      cue = comprend ? 'comprend' : 'repartition';
      complete = true;
      break;
    }
    // (« L’enveloppe de 1,9 Md€ ne suffira pas à couvrir les projets … »: what the amount does not cover is no part of it.)
    if ((has(c, 'allocation') || has(c, 'partial')) && !negatedBefore(items, k)) {
      // Spending verbs and « notamment » give a whole only when it is named as one:
      // « Le fonds de 3 Md€ finance … », « Le programme, doté de 65 M€, prévoit en particulier … ».
      // (« 84 M€ …, soit 12 % de l’enveloppe nationale consacrée aux pactes, arrêtée à 900 M€ »: after a share, the verb
      // qualifies the share's noun; it spends nothing of the amount.)
      // (« Une enveloppe de 0,65 Md€ …, alors que le programme précédent mobilisait 1,1 Md€ »: a contrast gives the verb
      // another subject.)
      // (« Avec 161 M€, l’axe 1 consacré à la recherche absorbe un tiers de la maquette de 482 M€ »: a share later in the
      // verb's clause, before any other amount, says what share of another whole the amount is; it gives nothing out.)
      let shareAfter = false;
      for (let q = k + 1; q < items.length && !shareAfter && !isPunct(items[q], ',', ';', '.', ':') && items[q].kind !== 'amount'; q++) shareAfter = items[q].kind === 'percent' || has(sent.cues[q], 'fraction');
      if (amountsSeen === 1 && !shareAfter && namesTheWhole(sent, lastAmountAt) && percentItems(items, lastAmountAt + 1, k).length === 0 && !contrastBetween(items, lastAmountAt, k)) {
        trigger = k;
        cue = 'allocation';
        complete = false;
        break;
      }
    }
    if (items[k].kind === 'amount') {
      amountsSeen++;
      lastAmountAt = k;
    }
  }
  let colon = -1;
  // « 9,4 M€ engagés (enveloppe 2024 : 12 M€) »: a colon in brackets labels one figure, it announces no list.
  let depth = 0;
  for (let k = trigger < 0 ? 0 : trigger; k < items.length; k++) {
    if (isPunct(items[k], '(')) depth++;
    else if (isPunct(items[k], ')') && depth > 0) depth--;
    // « a déclaré : « Avec les 450 M€… » »: a colon before a quotation announces speech, not parts.
    if (depth === 0 && isPunct(items[k], ':') && !isPunct(items[k + 1], '«', '"', '“')) {
      colon = k;
      break;
    }
  }
  // « Plan voté : 420 M€ sur 5 ans → 180 M€ pour …, 140 M€ pour … »: an arrow after the whole announces its parts as a
  // colon does, and a colon before any amount only introduced the whole.
  if (trigger < 0 && (colon < 0 || amountItems(items, 0, colon).length === 0)) {
    let seen = false;
    for (let k = 0; k < items.length; k++) {
      if (items[k].kind === 'amount') seen = true;
      else if (seen && isPunct(items[k], '→', '⇒')) {
        colon = k;
        break;
      }
    }
  }
  if (trigger < 0) {
    if (colon < 0) return null;
    // « …, soit 21,6 M€ : la DGF atteint 144 M€ en 2025 »: after the colon, a subject and its verb explain; they list
    // nothing.
    if (explains(sent, colon)) return null;
    trigger = colon;
    cue = 'colon';
  }
  if (anyCue(sent, 'complete', 0, colon >= 0 ? colon : trigger + 1)) complete = true;
  // A colon at the end of the sentence announces a list (lists.ts reads it) or prose on the next line.
  // « … la sécurisation : interconnexions, recherche de fuites. » names its items in words: the next line is no list.
  let wordsAfter = false;
  for (let k = colon + 1; colon >= 0 && k < items.length && !wordsAfter; k++) wordsAfter = items[k].kind === 'word';
  const endsOnColon = colon >= 0 && !wordsAfter && amountItems(items, colon + 1, items.length).length === 0 && percentItems(items, colon + 1, items.length).length === 0;
  const next = endsOnColon ? nextLine(s, o) : null;
  if (endsOnColon && !next) return null;
  if (basisNearFigures(sent, 0, sent.items.length, true)) return null;
  // « comprend notamment : » announces examples, not the whole list.
  if (anyCue(sent, 'partial')) complete = false;
  const before = amountItems(items, 0, trigger);
  // « - 600 arceaux, à 250 € pièce posée : 150 000 € »: a price per unit before the colon is no whole of what follows.
  // « - la cantine à 1 € pour les familles : 1,2 M€ »: nor is the price a noun is sold at.
  // « - aide de 150 € aux foyers allocataires : 850 000 € »: nor is an aid each of the people named gets.
  // « - Plein tarif (8 €) : 9 625 entrées, soit 77 000 € »: nor is a price before a count of the things sold at it.
  // (« - Entrées à tarif plein (9 €) : 8 200, soit 73 800 € »: a bare number right after the colon counts them too.)
  const afterColon = colon >= 0 ? quantityAt(items, colon + 1) : null;
  const counted = afterColon !== null && (afterColon.noun !== undefined || isPunct(items[afterColon.next], ',') || isWord(items[afterColon.next], 'soit'));
  if (cue === 'colon' && before.length === 1 && (counted || perUnitAt(sent, before[0].start) || priceAt(sent, before[0].start) || individualAidTo(sent, lowerBound(items, before[0].start)))) return null;
  // « - Consommation (120 m³ × 1,62 €) : 194,40 € »: a label that shows how the item's value is worked out holds its
  // factors, no whole.
  if (cue === 'colon' && items.slice(0, trigger).some((it) => isPunct(it, '×') || isWord(it, 'x'))) return null;
  let total: Figure | null = null;
  // (« modulé selon leurs ressources, de 4,20 € à 9,60 € le repas »: a range is no whole to split.)
  if (before.length === 1 && before[0].high !== undefined) return null;
  if (before.length === 1) total = figureOf(o.amounts, before[0]);
  else if (before.length === 0 && cue !== 'allocation' && (cue !== 'colon' || closedList(sent, trigger))) {
    // A colon takes its whole from before only when its list is closed (« Le plan de financement s’établit ainsi :
    // État …, Région … et autofinancement … »).
    const back = anaphoric(sent, trigger);
    if (back) total = previousTotal(s, o, REACH, back === 'across') ?? previousOnBasis(s, o) ?? previousByNoun(s, o);
  }
  else if (before.length > 1) return null;
  // « … : 33,4 % proviennent d’élevages du département, 28,7 % des départements limitrophes … »: a share right before the
  // verb of origin is its subject, the first of the parts.
  const regionStart = colon >= 0 && colon > trigger ? colon + 1 : items[trigger - 1]?.kind === 'percent' && cue === 'repartition' ? trigger - 1 : trigger + 1;
  // « Le constat est sévère : sur les 810 M€ du plan, seuls 212 M€ … »: after the colon, « sur les A » names a whole of
  // its own; the colon announced a remark, not parts.
  if (cue === 'colon') {
    const firstAmount = amountItems(items, regionStart, items.length)[0];
    const at = firstAmount ? lowerBound(items, firstAmount.start) : -1;
    if (at > 0 && isWord(items[at - 1], 'les', 'ces') && isWord(items[at - 2], 'sur', 'parmi')) return null;
    // « un bus coûte 550 000 € : les 68 M€ du pacte suffiront à peine … »: a definite amount of a thing is that thing's
    // own, the colon explains; it is no part of the amount before it.
    if (at > 0 && isWord(items[at - 1], 'les', 'ces') && isWord(items[at + 1], 'du', 'de', 'des', "d'")) return null;
    // « … à peu près 110 m³ : la facture « type » de 120 m³ correspond donc à … »: a noun with an article right after the
    // colon, sized by « de A », is a thing of that size the colon explains by, no part of the figure before.
    let q = regionStart;
    while (isPunct(items[q], '*', '_')) q++;
    if (at > q && at - q <= 6 && isWord(items[q], 'la', 'le', "l'", 'les', 'un', 'une') && isWord(items[at - 1], 'de', "d'")) return null;
  }
  const b = make(cue, items[trigger].start, total);
  let r = next ?? readRegion(sent, regionStart, items.length, o);
  // « Profil des bénéficiaires : 68 % sont des femmes, 54 % vivent seules et 23 % ont plus de 85 ans »: under a bare
  // colon, shares that are each the subject of a verb describe one population, they do not split it.
  if (cue === 'colon' && !next && predicatedShares(sent, regionStart) >= 2) r = { ...r, shares: [], pairs: [] };
  // « Bonne nouvelle : 100 % du pain est local, et la part de produits bio atteint 34 % »: shares of things named apart
  // (« du pain », « de produits bio ») are of two wholes.
  if (cue === 'colon' && !next && r.shares.length >= 2 && sharesOfOtherThings(sent, r.shares)) r = { ...r, shares: [], pairs: [] };
  // « Le taux d’occupation reste inégal : 82 % en zone urbaine, 55 % dans les cantons ruraux »: a rate named before the
  // colon is given for each place or group, none a share of one whole.
  if (cue === 'colon' && !next && r.shares.length >= 2 && items.slice(0, trigger).some((it, q) => has(sent.cues[q], 'ratio') || isWord(it, 'taux'))) r = { ...r, shares: [], pairs: [] };
  // « La métropole (51 %), le département (24 %) et la CDC (15 %) se partagent le capital »: the parts come before the verb.
  if (!next && cue === 'repartition' && before.length === 0 && r.parts.length + r.shares.length + r.extra.length === 0) r = readRegion(sent, firstIndex(items), trigger, o);
  // « 57 % des volumes provenaient des forages, 28 % de la source … et 15 % d’achats »: the first share stands before the
  // verb of origin, the others after it; all split the one whole.
  if (!next && cue === 'repartition' && has(sent.cues[trigger], 'origin') && before.length === 0 && r.shares.length >= 1 && r.parts.length === 0) {
    const first = percentItems(items, 0, trigger);
    if (first.length === 1 && !r.shares.some((x) => x.index === first[0].index)) r = { ...r, shares: [shareOf(o.percentages, first[0]), ...r.shares] };
  }
  if (r.aborted) return null;
  // « 143 M€ de projets cofinancés par le FEDER en 2022, puis 168 M€ en 2023 »: an amount dated another year than the
  // whole is the next one of a series, no part of it.
  if (total && (r.parts.some((p) => datedOtherYear(items, total!.start, p.start)) || partsOfOtherYears(items, total.start, r.parts))) return null;
  // « … l’État a ouvert une DSIL exceptionnelle financée par le plan de relance : 11,7 M€ supplémentaires … »: an amount
  // said to come on top is added to the whole, no part of it.
  if (r.parts.some((p) => has(sent.cues[lowerBound(items, p.start) + 1], 'extra'))) return null;
  // « Ce montant de 1,8 M€ couvre 40 % de l’investissement, évalué à 4,5 M€ »: a verb that gives a share of what follows
  // splits nothing — the amount after the share's noun is its base.
  if (cue === 'allocation' && !next) {
    for (let k = regionStart; k < items.length; k++) {
      if (items[k].kind === 'amount') break;
      if (items[k].kind === 'percent') return null;
    }
    // « Avec 250 M€, le ministère ne retiendra qu'une partie des dossiers, selon l'AMF, qui évalue le besoin total à
    // 1,4 Md€ »: an amount said to be a total is another whole beside this one, no part of it.
    for (const p of r.parts) {
      const at = lowerBound(items, p.start);
      for (let q = at - 1; q >= regionStart && q >= at - 4 && items[q].kind === 'word'; q--) if (has(sent.cues[q], 'total')) return null;
    }
  }
  // « Le fonds, lancé en 2023 avec 120 M€, monte en puissance : pour 2025, il est doté de 150 M€ »: after a colon, an
  // amount of another year than the whole is that thing again, later — no part of it.
  if (cue === 'colon' && !next && before.length === 1 && r.parts.length === 1) {
    const y0 = yearOfClause(items, lowerBound(items, before[0].start));
    const y1 = yearOfClause(items, lowerBound(items, r.parts[0].start));
    if (y0 !== null && y1 !== null && y0 !== y1) return null;
  }
  // « le prélèvement forfaitaire de 30 %, composé de 12,8 % d’impôt sur le revenu et de 17,2 % de prélèvements
  // sociaux »: a percentage split into percentages is their whole; they add up to it, not to 100 %.
  if (!next && cue !== 'colon' && before.length === 0 && r.parts.length === 0 && r.shares.length >= 2 && !r.nested) {
    const whole = percentItems(items, 0, trigger);
    // (« 57 % des volumes provenaient des forages, 28 % de la source … »: a share before the verb of origin is a part.)
    if (whole.length === 1 && !r.shares.some((x) => x.index === whole[0].index)) {
      const figure = (x: Share): Figure => ({ start: x.start, end: x.end, value: x.value, lo: x.lo, hi: x.hi, currency: '%', index: -1, qualifier: null });
      const bd = make(cue, items[trigger].start, figure(shareOf(o.percentages, whole[0])));
      bd.parts = r.shares.map(figure);
      bd.complete = complete && !r.partial;
      return bd;
    }
  }
  // « Les taux de fiscalité sont maintenus : 42,15 % pour le foncier bâti et 68,30 % pour le non bâti »: a lead that
  // names rates splits no whole with its percentages.
  if (r.parts.length === 0 && r.shares.length > 0) {
    for (let k = 0; k < trigger; k++) if (has(sent.cues[k], 'ratio')) return null;
  }
  // « répartis en deux guichets, dont A et B », « trois volets : A, B et C »: as many parts as announced make the list whole.
  // « Il ne reste plus que trois technologies … : 47 %, 31 % et 12 % »: the count may stand anywhere before the trigger.
  const announced = countBetween(sent, trigger, regionStart + 3) ?? countBetween(sent, firstIndex(items), trigger);
  if (announced !== null) {
    if (r.nested && r.parts.length === 0 && r.extra.length === announced) {
      r.parts = r.extra;
      r.extra = [];
      r.nested = false;
    }
    // « trois volets : A pour l’eau, B pour les milieux et C pour l’adaptation et la sobriété »: with as many figures
    // as announced, words after the last one describe it; they name no item left without a figure.
    if (r.parts.length === announced || r.shares.length === announced) {
      complete = true;
      r.partial = false;
    }
  }
  // « … : la fiscalité 46 %, les dotations 24 % et les autres recettes 3 % », « … et autofinancement 556 000 € »: an item
  // for the others, or the owner's own share, closes the list.
  if (cue === 'colon' && !next && closedList(sent, regionStart)) complete = true;
  // « 88,6 M€ … : 52,1 M€ pour A, 24,7 M€ pour B et 5,4 M€ pour C »: amounts listed after a colon, the last joined by
  // « et », that come near the whole (three quarters of it or more) are meant to make it up; a few large items of a
  // budget (« 5 Md€ : 2 Md€ pour A et 1 Md€ pour B ») may be named alone.
  // A rest said in the next sentence (« Le reste, soit 7,3 Md€, … ») is one more part: remainderChain closes the list.
  if (cue === 'colon' && !next && total && r.parts.length >= 2 && r.shares.length === 0 && !r.partial && !anyCue(sent, 'partial') && closedByEt(items, r.parts[r.parts.length - 1].start) && !restAhead(s, o, 1, true)) {
    let sum = 0;
    for (const p of r.parts) sum += p.value;
    if (sum >= total.value * NEAR_WHOLE) complete = true;
  }
  // « Dans le détail, 3,2 M€ …, et 2,1 M€ … » … « Le reste du plan, 2,5 M€, … »: a rest said a few sentences on is one
  // more part; the parts named here are not all of them.
  if (complete && r.parts.length > 0 && restAhead(s, o)) complete = false;
  // « 1,3 Md€ en 2027 comme en 2028 »: one amount written for two years counts twice; the written parts are not the sum.
  for (let k = regionStart; k + 2 < items.length && complete; k++) if (isWord(items[k], 'comme') && isWord(items[k + 1], 'en') && isYearItem(items[k + 2])) complete = false;
  // « deux avenants : le premier, de 37 800 € HT (+3 %), … »: amounts given with a signed percentage in brackets are
  // changes of the amount before, no parts of it.
  if (total && r.parts.some((p) => signedShareAfter(items, lowerBound(items, p.start)))) return null;
  // A single part never proves the list exhaustive.
  absorb(b, r, complete && (r.parts.length >= 2 || r.shares.length >= 2));
  if (cue === 'comprend' && b.parts.length < 2) b.complete = false;
  return b.parts.length || b.shares.length ? b : null;
}

/** « 37 800 € HT (+3 %) »: a bracket right after the amount at k (its basis aside) opening on a signed percentage. */
function signedShareAfter(items: readonly Item[], k: number): boolean {
  let q = k + 1;
  if (items[q]?.kind === 'word' && isWord(items[q], 'ht', 'ttc')) q++;
  return isPunct(items[q], '(') && isPunct(items[q + 1], '+', '−', '-') && items[q + 2]?.kind === 'percent';
}

/** The share of its whole a colon list closed by « et » must reach to be read as all of it. */
const NEAR_WHOLE = 0.75;

/**
 * Does one of the `reach` sentences after `s` open on a rest (« Le reste, soit A, … », « Le reste du plan, 2,5 M€ »)? In
 * its section, or only in its paragraph when `paragraphOnly`.
 */
function restAhead(s: number, o: FindOptions, reach = REACH, paragraphOnly = false): boolean {
  const sent = o.sentences[s];
  for (let p = s + 1; p < o.sentences.length && p <= s + reach; p++) {
    const next = o.sentences[p];
    if (next.section !== sent.section || (paragraphOnly && next.paragraph !== sent.paragraph)) return false;
    if (remainderAt(next, firstIndex(next.items))) return true;
  }
  return false;
}

/** The one year written in the clause of item k (between commas, colons and semicolons), or null. */
/** A year after the figure at item k, before the next figure or the clause's end: « 44 km avaient été plantés en 2022 ». */
function yearAfterPart(items: readonly Item[], k: number): boolean {
  for (let q = k + 1; q < items.length && q <= k + 8; q++) {
    const it = items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ',', ';', '.', ':')) return false;
    if (isYearItem(it)) return true;
  }
  return false;
}

export function yearOfClause(items: readonly Item[], k: number): number | null {
  let a = k;
  while (a > 0 && !isPunct(items[a - 1], ',', ';', ':', '.')) a--;
  let b = k;
  while (b < items.length && !isPunct(items[b], ';', ':', '.') && !(b > k && isPunct(items[b], ','))) b++;
  let year: number | null = null;
  for (let q = a; q < b; q++) {
    const it = items[q];
    if (!isYearItem(it)) continue;
    const y = Number((it as { f: string }).f);
    if (year !== null && year !== y) return null;
    year = y;
  }
  // « pour 2025, le fonds est doté de 150 M€ »: a year fronting the clause, before its comma.
  if (year === null && isPunct(items[a - 1], ',') && isYearItem(items[a - 2])) return Number((items[a - 2] as { f: string }).f);
  return year;
}

/**
 * « de 47,2 Md€ en 2024, les crédits atteindraient 56,8 Md€ en 2027, soit 208 Md€ cumulés sur 2024-2027 »: parts each
 * dated by one year, fewer than the years of the span the total covers, are its ends, not all its parts.
 */
function fewerThanItsYears(v: View, parts: readonly Figure[], from: number): boolean {
  if (parts.length === 0) return false;
  let span: [number, number] | null = null;
  for (let q = from; q < v.items.length && !span; q++) span = yearSpanAt(v.items, q);
  if (span) return span[1] - span[0] + 1 > parts.length && parts.every((p) => yearOfClause(v.items, lowerBound(v.items, p.start)) !== null);
  // « 44 km avaient été plantés en 2022 et 53 km en 2023, ce qui porte le total à 196 km en quatre ans »: a count of
  // years the total spans, more than the parts, each dated by its own year.
  for (let q = from; q < v.items.length; q++) {
    const n = isWord(v.items[q - 1], 'en', 'sur') ? quantityAt(v.items, q) : null;
    if (!n || n.nounAt === undefined || !isWord(v.items[n.nounAt], 'ans', 'annees')) continue;
    return n.value > parts.length && parts.every((p) => yearAfterPart(v.items, lowerBound(v.items, p.start)));
  }
  return false;
}

/** A clause after the colon at `colon` that opens on a definite subject and a verb that gives it its figure. */
function explains(v: View, colon: number): boolean {
  const { items, cues } = v;
  let k = colon + 1;
  while (k < items.length && items[k].kind === 'punct') k++;
  if (!isWord(items[k], 'le', 'la', "l'", 'les')) return false;
  // « : le reste à payer sur les engagements, 14 Md€, ne serait apuré qu’en 2029 »: a stock of its own as the subject.
  if (has(cues[k], 'outstanding') || has(cues[k + 1], 'outstanding')) return true;
  for (let q = k + 1; q < items.length && q <= k + 8; q++) {
    const it = items[q];
    // « le coût des travaux, 3,2 M€, est … »: the subject's amount in apposition, then its verb.
    if (isPunct(it, ',') && items[q + 1]?.kind === 'amount' && isPunct(items[q + 2], ',') && (isWord(items[q + 3], 'ne', "n'", 'est', 'sont', 'sera', 'seront', 'serait', 'seraient') || has(cues[q + 3], 'attach'))) return true;
    if (it.kind === 'amount' || it.kind === 'percent' || it.kind === 'punct') return false;
    if (has(cues[q], 'attach') || isWord(it, 'est', 'sont', 'atteint', 'atteignent', 'represente', 'representent')) return true;
  }
  return false;
}

/** Whether the items after `from` end on the others or on the owner's own share, and nothing says the list is partial. */
function closedList(v: View, from: number): boolean {
  return (anyCue(v, 'partition', from, v.items.length) || anyCue(v, 'self-funding', from, v.items.length)) && !anyCue(v, 'partial');
}

/** Finite forms that follow a subject: « sont », « ont », « vivent », « déclarent » (not « notamment », « seulement »). */
function looksFinite(w: string): boolean {
  if (w === 'est' || w === 'sont' || w === 'ont' || w === 'font' || w === 'vont' || w === 'etaient' || w === 'avaient') return true;
  return w.length > 4 && w.endsWith('ent') && !w.endsWith('ment');
}

/**
 * How many different finite verbs follow percentages after item `from` at once (« 68 % sont des femmes, 54 % vivent
 * seules »). One verb again and again (« 71 % ont plus de 80 ans, 23 % ont entre 60 et 79 ans ») gives the values of
 * one trait, which do split the population.
 */
function predicatedShares(v: View, from: number): number {
  const verbs = new Set<string>();
  for (let k = from; k + 1 < v.items.length; k++) {
    const next = v.items[k + 1];
    if (v.items[k].kind === 'percent' && next.kind === 'word' && looksFinite(next.f)) verbs.add(next.f);
  }
  return verbs.size;
}

/** A count announced between items [from, to) with its noun: « en deux guichets », « trois axes », « les quatre financeurs ». */
function countBetween(v: View, from: number, to: number): number | null {
  for (let k = Math.max(0, from); k < Math.min(to, v.items.length); k++) {
    const q = quantityAt(v.items, k);
    if (q && q.noun && q.value >= 2 && q.value <= 12 && Number.isInteger(q.value) && !has(v.cues[q.nounAt!], 'years')) return q.value;
    if (q) k = q.next - 1;
  }
  return null;
}

/**
 * « … se répartit ainsi :⏎40 M€ pour A, 30 M€ pour B et 35 M€ pour C. »: the
 * list written as prose on the next line of the same block.
 */
function nextLine(s: number, o: FindOptions): Region | null {
  const sent = o.sentences[s];
  const next = o.sentences[s + 1];
  if (!next || next.block !== sent.block || next.items.length === 0 || basisNearFigures(next)) return null;
  const r = readRegion(next, firstIndex(next.items), next.items.length, o);
  if (r.aborted || r.parts.length + r.shares.length === 0) return null;
  return r;
}

/**
 * « 4,6 M€ d’investissements, financés pour 1,3 M€ par des subventions et pour le reste par l’emprunt »: after the amount
 * at item k, a comma and a participle (or « dont ») open a clause that details that amount; the clause runs to the end.
 */
function detailsAfter(v: View, k: number): boolean {
  let q = k + 1;
  while (q < v.items.length && v.items[q].kind === 'word') q++;
  if (!isPunct(v.items[q], ',')) return false;
  const w = v.items[q + 1];
  if (!w || w.kind !== 'word') return false;
  return w.f === 'dont' || (w.f.length > 4 && /(?:e|es|ee|ees)$/.test(w.f) && (has(v.cues[q + 1], 'origin') || isWord(v.items[q + 2], 'pour', 'par', 'a', 'au', 'en')));
}

/** The amount a total cue governs in items[0, to): « soit 1,8 Md€ au total », « pour un montant global de 21,3 M€ », « Au total, 265 M€ ». */
interface TotalMark {
  /** Item index of the total amount. */
  at: number;
  /** Item index where the words announcing it start (the parts end before). */
  from: number;
  /** A total cue was written (« au total », « un total de »), not only « soit ». */
  explicit: boolean;
}

const TOTAL_VERBS = new Set(['soit', 'pour', 'represente', 'representent', 'representant', 'totalise', 'totalisent', 'atteint', 'atteignent', 'porte', 'portent', 'portant']);

/** The noun a share names as its whole: « 100 % du pain » (after it), « la part de produits bio atteint 34 % » (before). */
function shareNoun(v: View, share: { start: number; end: number }): { noun: string; byPart: boolean } | null {
  const k = lowerBound(v.items, share.start);
  for (let q = k - 1; q >= 2 && q >= k - 6; q--) {
    if (isPunct(v.items[q], ',', ':', ';')) break;
    if (isWord(v.items[q - 2], 'part') && isWord(v.items[q - 1], 'de', 'des', 'du', "d'") && v.items[q].kind === 'word') return { noun: (v.items[q] as { f: string }).f, byPart: true };
  }
  let e = k;
  while (e < v.items.length && v.items[e].end <= share.end) e++;
  if (isWord(v.items[e], 'du', 'des', 'de', "d'") && v.items[e + 1]?.kind === 'word' && !isWord(v.items[e + 1], 'la', 'le', "l'", 'les')) return { noun: (v.items[e + 1] as { f: string }).f, byPart: false };
  return null;
}

/**
 * Two shares of a sentence that name different things as their wholes, one of them by « la part de X »: « 30 % des
 * hommes » after « 60 % des usagers sont des femmes » may be an ellipsis of the same whole, « la part de X » never is.
 */
function sharesOfOtherThings(v: View, shares: readonly { start: number; end: number }[]): boolean {
  const nouns = new Set<string>();
  let named = false;
  for (const sh of shares) {
    const n = shareNoun(v, sh);
    if (!n) continue;
    nouns.add(n.noun);
    named ||= n.byPart;
  }
  return nouns.size >= 2 && named;
}

/** A number of years at item k: « trois ans », « 5 exercices ». */
function overYears(items: readonly Item[], cues: View['cues'], k: number): boolean {
  // « sur les trois premières années », « sur les cinq dernières années »: an adjective of rank may stand between.
  return yearsCountAt(items, cues, k) !== null;
}

/** « 6,2 M€ sur sept ans », « 40 M€ sur les cinq prochaines années »: the amount at item k is said over several years. */
function overYearsAfter(v: View, k: number): boolean {
  for (let q = k + 1; q < v.items.length && q <= k + 4; q++) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    if ((it.f === 'sur' || has(v.cues[q], 'duration')) && overYears(v.items, v.cues, isWord(v.items[q + 1], 'les', 'ces') ? q + 2 : q + 1)) return true;
  }
  return false;
}

/** « cette année », « en 2025 »: the sentence dates what it says to one year. */
function datedToOneYear(v: View): boolean {
  for (let k = 1; k < v.items.length; k++) {
    if (isWord(v.items[k], 'annee') && isWord(v.items[k - 1], 'cette')) return true;
    if (isWord(v.items[k - 1], 'en') && isYearItem(v.items[k])) return true;
  }
  return false;
}

function totalMarks(v: View): TotalMark[] {
  const { items, cues } = v;
  const out: TotalMark[] = [];
  for (let x = 0; x < items.length; x++) {
    if (items[x].kind !== 'amount') continue;
    // Before the amount, in its clause: « soit un total de », « pour un montant global de », « Au total, ».
    let p = x - 1;
    let explicit = false;
    let anchor = -1;
    for (let words = 0; p >= 0 && words < 7; p--) {
      const it = items[p];
      if (it.kind !== 'word') {
        // « Au total, 265 M€ »: the cue opens the sentence, before a comma.
        if (isPunct(it, ',') && p - 1 >= 0 && has(cues[p - 2], 'total') && p - 2 === firstIndex(items)) {
          explicit = true;
          anchor = p - 2;
        }
        break;
      }
      words++;
      // « soit au total 4,6 M€ »: the last word of a phrase of total (its cue stands on its first word).
      const inTotalPhrase = has(cues[p - 1], 'total') && (cues[p - 1]!.length ?? 1) >= 2;
      if (has(cues[p], 'total') || inTotalPhrase) explicit = true;
      if (TOTAL_VERBS.has(it.f)) {
        anchor = p;
        break;
      }
      // (« soit un déficit cumulé de 24,8 Md€ »: a noun of balance that a word of total qualifies names the sum too.)
      const balance = explicit && has(cues[p], 'difference');
      if (!FIGURE_LEAD.has(it.f) && !has(cues[p], 'total') && !inTotalPhrase && !has(cues[p], 'whole-noun') && !balance && !['ce', 'en', 'le', 'un', 'une', 'son', 'sa', 'ses', 'leur'].includes(it.f)) break;
    }
    // After it: « 1,8 Md€ au total », « 16 M€ sur la période ».
    let closes = false;
    for (let q = x + 1, w = 0; q < items.length && w < 4; q++, w++) {
      const n = items[q];
      if (n.kind === 'punct') {
        closes = n.ch === '.' || n.ch === ',' || n.ch === ';' || n.ch === ')';
        break;
      }
      if (n.kind !== 'word') break;
      if (has(cues[q], 'total')) explicit = true;
      // « soit 5,1 Md€ sur trois ans », « … sur les trois exercices », « en trois ans »: a sum over the years of a series.
      else if ((n.f === 'sur' || n.f === 'en' || has(cues[q], 'duration')) && overYears(items, cues, isWord(items[q + 1], 'les', 'ces') ? q + 2 : q + 1)) {
        explicit = true;
        break;
      } else if (yearSpanAt(items, q)) {
        // « soit 48 M€ entre 2021 et 2024 », « de 2021 à 2024 »: the sum over the years the series gives.
        explicit = true;
        break;
      } else if (has(cues[q + 1], 'total')) {
        // « soit 17 milliards eu total »: a slip before the total word does not hide it.
        explicit = true;
        break;
      } else if (n.f !== 'en' && n.f !== 'au' && n.f !== 'de' && n.f !== "d'" && n.f !== 'euros') break;
    }
    if (x === items.length - 1) closes = true;
    if (anchor < 0) continue;
    // « portant son montant à 14,2 M€ », « ce qui porte le total à … »: carrying a sum to a figure states it.
    // « porte ce montant à 95 000 € annuels »: a demonstrative takes up one amount and gives it a new value — no total.
    if (isWord(items[anchor], 'porte', 'portent', 'portant', 'portera', 'porteront') && !isWord(items[anchor + 1], 'ce', 'cet', 'cette', 'ces')) {
      for (let q = anchor + 1; q < x; q++) if (has(cues[q], 'sum-noun') || has(cues[q], 'total')) explicit = true;
    }
    const soit = isWord(items[anchor], 'soit');
    if (!explicit && !(soit && closes)) continue;
    // « le solde, soit 6,6 M€ », « le reste, soit … »: the amount of the remainder, not a total of what comes before.
    let rest = false;
    for (let q = anchor - 1; q >= 0 && q >= anchor - 4; q--) if (has(cues[q], 'remainder')) rest = true;
    if (rest && !explicit) continue;
    // « …, ce qui porte le total à … »: the parts end before « ce qui ».
    const from = isWord(items[anchor - 1], 'qui', 'que', "qu'") && isWord(items[anchor - 2], 'ce') ? anchor - 2 : anchor;
    out.push({ at: x, from, explicit });
  }
  return out;
}


/** The parts of an enumeration that ends right before `end`, walking back segment by segment: one amount each. */
function partsBefore(v: View, o: FindOptions, end: number): Figure[] | null {
  const { items } = v;
  const parts: Figure[] = [];
  let segAmount: AmountItem | null = null;
  let segCount = 0;
  let stop = false;
  const closeSegment = (): boolean => {
    if (segCount > 1 || stop) return false;
    if (segAmount) parts.push(figureOf(o.amounts, segAmount));
    segAmount = null;
    segCount = 0;
    return true;
  };
  for (let k = end - 1; k >= 0; k--) {
    const w = items[k];
    if (isPunct(w, ':') || isWord(w, 'dont', 'soit')) break;
    if (isPunct(w, ',', ';') || isWord(w, 'et', 'puis')) {
      if (!closeSegment()) break;
      continue;
    }
    if (w.kind === 'amount') {
      segAmount = w;
      segCount++;
    } else if (isStopAt(v, k) && !has(v.cues[k], 'extra')) stop = true;
  }
  closeSegment();
  // Found walking backwards; unshift would move every earlier part at each step (quadratic on a long list).
  parts.reverse();
  return parts;
}

/**
 * « L’État apporte 667 M€, l’Europe 444 M€ et le privé 680 M€, soit 1,8 Md€ au total », « … représentent un montant global de 21,3 M€ ».
 * A written total (« au total », « porte le total à ») may also count amounts of the sentences before: those are other readings.
 */
export function totalAfterInSentence(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  if (sent.figures < 3) return null;
  for (const mark of totalMarks(sent)) {
    let parts = partsBefore(sent, o, mark.from);
    // « Sur le volet X, doté de 205 M€, les paiements ont atteint 18,4 M€ en 2022, 26,7 M€ en 2023 et 31,9 M€ en 2024,
    // soit 77,0 M€ »: an amount before a series of dated ones is no year of the series.
    if (parts) {
      const dated = parts.map((p) => yearAfterPart(sent.items, lowerBound(sent.items, p.start)));
      const first = dated.indexOf(true);
      if (first > 0 && dated.filter(Boolean).length >= 2 && dated.slice(first).every(Boolean)) parts = parts.slice(first);
    }
    if (!parts || parts.length < 2 || fewerThanItsYears(sent, parts, mark.from)) continue;
    const total = figureOf(o.amounts, sent.items[mark.at] as AmountItem);
    // « dont les crédits de personnel atteignent 1 900 M€, la réserve s'élève à 26,4 M€ et 9,5 M€, soit 35,9 M€ au total »:
    // figures twenty times the total are those of an earlier clause, not its parts (as across sentences, totalAfterAcross).
    let sum = 0;
    for (const p of parts) sum += p.value;
    let first = 0;
    while (parts.length - first > 2 && sum > total.value * 20) sum -= parts[first++].value;
    if (sum > total.value * 20) continue;
    if (first > 0) parts.splice(0, first);
    // Without « au total », the figure must be larger than any part, or it may restate the last one.
    if (!mark.explicit && !parts.every((pt) => total.lo > pt.hi)) continue;
    if (basisNearFigures(sent, 0, mark.at + 1)) return null;
    const b = make('soit-total', sent.items[mark.from].start, total);
    b.parts = parts;
    b.complete = true;
    if (mark.explicit) {
      const groups = groupsBefore(s, o, NO_ROLES, 4);
      if (groups && groups.length) {
        b.alternatives = [];
        for (let g = groups.length - 1; g >= 0; g--) b.alternatives.push({ total, parts: [...flat(groups, g), ...parts] });
      }
    }
    return b;
  }
  return null;
}

/** What earlier breakdowns made of each amount: the total of one, or a part. */
export interface Roles {
  totals: Map<number, Breakdown>;
  parts: Set<number>;
}

const NO_ROLES: Roles = { totals: new Map(), parts: new Set() };

export function rolesOf(breakdowns: readonly Breakdown[]): Roles {
  const totals = new Map<number, Breakdown>();
  const parts = new Set<number>();
  for (const b of breakdowns) {
    // Parts of a list with no whole yet are free to sum up to a total stated after them.
    if (!b.total) continue;
    totals.set(b.total.index, b);
    for (const p of b.parts) parts.add(p.index);
  }
  return { totals, parts };
}

/**
 * Amounts of the sentences before `s` in its paragraph, back to its start or
 * `reach` sentences, one group per sentence in text order: a sentence gives
 * its amounts, or the total of its breakdown (not the parts, which the total
 * already counts). Null when a sentence states another basis.
 */
function groupsBefore(s: number, o: FindOptions, roles: Roles, reach: number, paragraphBefore = false, yearly = false, oneYear = false): Figure[][] | null {
  const sents = o.sentences;
  const sent = sents[s];
  const groups: Figure[][] = [];
  // « … pour 1 150 000 € HT. … pour 486 000 € TTC. Au total, 1 555 000 € HT »: amounts on two bases add up to nothing.
  // (A sentence naming both bases of a pair, « 295 M€ en AE comme en CP », speaks of both and is left out.)
  const bases = new Set<number>();
  const addBases = (v: View) => {
    const b = basesNamed(v);
    if (!pairedBases(b)) for (const x of b) bases.add(x);
  };
  addBases(sent);
  // « Le PLF pour 2025 mobilise 2 874 M€ … En 2023, l'exécution s'était établie à 2 611 M€. Au total, … »: sentences of
  // two years hold one figure each year, and a total that names no span of years sums none of them across years.
  const acrossYears = yearsOf(sent).size > 0 || spansYears(sent);
  let yearOfParts: string | null = null;
  // A paragraph that opens on its total (« Au total, … ») may sum the paragraph right before it.
  const paragraph = paragraphBefore && s > 0 && sents[s - 1].paragraph === sent.paragraph - 1 ? sent.paragraph - 1 : sent.paragraph;
  // (A list is read whole: the reach stops at no item of a list the sentences right before belong to, so a total after
  // five items does not sum the last four.)
  for (let p = s - 1; p >= 0 && (p >= s - reach || (sents[p].inList && sents[p + 1].inList && p >= s - LIST_REACH)); p--) {
    const prev = sents[p];
    if (prev.paragraph !== paragraph || prev.paragraph < 0 || prev.section !== sent.section) break;
    if (prev.figures === 0) continue;
    // A yearly total takes yearly parts only; any other total, parts of no other basis.
    if (yearly ? !(basisNearFigures(prev) && onlyYearly(prev)) : basisNearFigures(prev)) return null;
    // « La contribution passera de 34,2 M€ en 2024 à 35,6 M€ en 2025 »: the two ends of a change are one level at two
    // times, never two parts of a total.
    if (changeEndsIn(prev)) return null;
    const own: Figure[] = [];
    let last: Figure | null = null;
    const results = rateResults(prev);
    for (const a of ownAmounts(prev)) {
      // (« - Travail : 1,1 Md€, dont 1 400 M€ sur … »: an item a list breakdown already counts is accounted for, even as
      // the whole of its own « dont ».)
      if (roles.parts.has(a.index) && (!roles.totals.has(a.index) || prev.inList)) continue;
      // « Pour 30 000 € de revenu, l’impôt se calcule ainsi : … × 11 %, soit 1 925 €, puis … × 30 %, soit 361 € »: a
      // sentence that applies rates brings what they come to; the amounts they apply to are bases, no parts.
      if (results.size && !results.has(a.index)) continue;
      const f = figureOf(o.amounts, a);
      // « un déficit de 12 500 k€, soit 12,5 M€ »: the same amount said again is one part, not two.
      if (last && restates(prev, last, f)) continue;
      // « 6,2 M€ sur sept ans, dont 1,1 M€ en 2025 … Au total, … cette année de 1,48 M€ »: an amount over several years
      // is no part of one year's total.
      if (oneYear && overYearsAfter(prev, lowerBound(prev.items, a.start))) return null;
      own.push(f);
      last = f;
    }
    if (own.length) {
      const years = yearsOf(prev);
      if (!acrossYears && years.size === 1) {
        const [year] = years;
        if (yearOfParts !== null && yearOfParts !== year) return null;
        yearOfParts = year;
      }
      groups.push(own);
      addBases(prev);
    }
  }
  if (pairedBases(bases)) return null;
  return groups.reverse();
}

/** How many sentences back a run of list items is read. */
const LIST_REACH = 40;

/** An amount after « de » and, a few words on, « à » and another amount: the ends of a change (« de A en 2024 à B »). */
function changeEndsIn(v: View): boolean {
  const { items } = v;
  for (let k = 1; k < items.length; k++) {
    if (items[k].kind !== 'amount' || !isWord(items[k - 1], 'de', "d'")) continue;
    for (let q = k + 1; q < items.length && q <= k + 5; q++) {
      if (items[q].kind === 'amount' || isPunct(items[q], ',', ';', '.')) break;
      if (isWord(items[q], 'a') && items[q + 1]?.kind === 'amount') return true;
    }
  }
  return false;
}

/** Words by which a sentence says its figure spans years: « sur trois ans », « depuis », « cumulés », « pluriannuel ». */
const SPAN_OF_YEARS: ReadonlySet<string> = new Set(['ans', 'annees', 'exercices', 'depuis', 'cumul', 'cumule', 'cumules', 'cumulee', 'cumulees', 'pluriannuel', 'pluriannuelle', 'periode', 'mandat', 'mandature']);

/** Whether the sentence says its figure spans several years, without writing a year. */
function spansYears(v: View): boolean {
  return v.items.some((it) => it.kind === 'word' && SPAN_OF_YEARS.has(it.f));
}

/** The amounts a percentage comes to in the sentence: « × 11 %, soit 1 925 € », « 30 % de cette somme, soit 361 € ». */
function rateResults(v: View): Set<number> {
  const out = new Set<number>();
  for (let k = 2; k < v.items.length; k++) {
    const it = v.items[k];
    if (it.kind !== 'amount' || !isWord(v.items[k - 1], 'soit')) continue;
    const before = isPunct(v.items[k - 2], ',') ? v.items[k - 3] : v.items[k - 2];
    if (before?.kind === 'percent') out.add((it as AmountItem).index);
  }
  return out;
}

/** Whether `f` restates `before` right after it: « A, soit B », « 450 k€ (0,45 M€) », with B's value within A's rounding. */
function restates(v: View, before: Figure, f: Figure): boolean {
  if (before.currency !== f.currency || f.lo > before.hi || before.lo > f.hi) return false;
  // The amount's item, by binary search: a long sentence may hold many amounts.
  const k = lowerBound(v.items, f.start);
  const link = isWord(v.items[k - 1], 'soit') || isPunct(v.items[k - 1], '(') ? k - 1 : -1;
  if (link <= 0) return false;
  if (v.items[link - 1].end <= before.end + 2 && v.items[link - 1].start >= before.start) return true;
  // « aux 0,9 M€ déjà versés en janvier, soit neuf cent mille euros »: a few words of its clause may stand between the
  // amount and « soit », no other figure.
  if (!isWord(v.items[link], 'soit')) return false;
  const b = lowerBound(v.items, before.start);
  // (« quatre cent vingt mille euros au titre du fonds d’intervention régional, soit 420 000 € »: up to a dozen words.)
  if (v.items[b]?.start !== before.start || link - b > 12) return false;
  for (let q = b + 1; q < link; q++) if (v.items[q].kind !== 'word' && !isPunct(v.items[q], ',')) return false;
  return true;
}

/** « ces trois opérateurs », « les quatre programmes »: a count a demonstrative or article takes up, or 0. */
function countTakenUp(v: View): number {
  for (let k = 0; k + 1 < v.items.length; k++) {
    if (!isWord(v.items[k], 'ces', 'les')) continue;
    const q = quantityAt(v.items, k + 1);
    if (q && q.noun && Number.isInteger(q.value) && q.value <= 6 && !has(v.cues[q.nounAt!], 'years')) return q.value;
  }
  return 0;
}

/**
 * The amounts of the `n` sentences with figures before `s` under the same heading, each stating one amount alone
 * (« Le CNRS … 2,95 Md€. » « L’ANR … 1,21 Md€. » « L’Inserm … 0,74 Md€. »), within 4 sentences; null otherwise.
 */
function lastAmounts(s: number, o: FindOptions, roles: Roles, n: number, oneYear = false): Figure[] | null {
  const sents = o.sentences;
  const out: Figure[] = [];
  for (let p = s - 1; p >= 0 && p >= s - 4 && out.length < n; p--) {
    const prev = sents[p];
    if (prev.section !== sents[s].section || prev.paragraph < 0 || prev.inList) return null;
    if (prev.figures === 0) continue;
    if (basisNearFigures(prev)) return null;
    const own = ownAmounts(prev).filter((a) => !roles.parts.has(a.index) || roles.totals.has(a.index));
    if (own.length !== 1) return null;
    if (oneYear && overYearsAfter(prev, lowerBound(prev.items, own[0].start))) return null;
    // « Cette somme pèse 18 % de nos recettes (872 000 €) »: the base of a share is no thing counted among the parts.
    if (baseOfShare(prev, lowerBound(prev.items, own[0].start))) return null;
    out.push(figureOf(o.amounts, own[0]));
  }
  return out.length === n ? out.reverse() : null;
}

function flat(groups: readonly Figure[][], from: number): Figure[] {
  const out: Figure[] = [];
  for (let g = from; g < groups.length; g++) append(out, groups[g]);
  return out;
}

/**
 * « L’ANR financera 120 M€, Bpifrance 85 M€ et les collectivités 40 M€. Au total, 265 M€ seront mobilisés. »
 * The parts are the amounts of the sentences before, in the same paragraph; where the
 * paragraph opens further back than the enumeration, each later start is another reading.
 */
export function totalAfterAcross(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  const k0 = firstIndex(items);
  const c0 = sent.cues[k0];
  const am = amountItems(items, 0, items.length);
  if (am.length === 0) return null;
  // The sentence opens on a total (« Au total », « En tout », « L’ensemble ») and holds one amount, or its last
  // amount is one a total cue governs (« ce qui porte le total à 2,2 milliards »): the parts start before it.
  // (« ensemble des autres missions : 1,1 Md€ » is the rest, no total.)
  const totalAt = has(c0, 'total') ? k0 : isWord(items[k0], "l'", 'le', 'ce') && has(sent.cues[k0 + 1], 'total') ? k0 + 1 : -1;
  const opens = totalAt >= 0 && !othersAfter(sent, totalAt);
  const detailed = opens && am.length > 1 && detailsAfter(sent, lowerBound(items, am[0].start));
  const last = detailed ? am[0] : am[am.length - 1];
  // (« Au total, la commune engage 648 500 €, dont 40 % … »: a total whose own breakdown holds only shares is still the
  // sum of the amounts before.)
  const own = roles.totals.get(last.index);
  if (roles.parts.has(last.index) || (own !== undefined && own.parts.length > 0)) return null;
  // « L’ensemble du contrat, tous volets confondus, dépasse 1,9 Md€ »: a floor over sentences that need not name every
  // part says nothing the parts before can contradict.
  if (o.amounts[last.index].qualifier === 'lower-bound') return null;
  // « Au final, moins des deux tiers des 42 M€ du fonds … »: the base of a share the sentence states, no total of the
  // amounts before.
  if (shareBase(sent, lowerBound(items, last.start))) return null;
  // « Au total, la Région apporte 40 % du programme, soit 2,92 M€ »: the part a share comes to, no total of the amounts
  // before.
  const lastAt = lowerBound(items, last.start);
  if (isWord(items[lastAt - 1], 'soit') && items.slice(k0, lastAt).some((it, q) => it.kind === 'percent' || has(sent.cues[k0 + q], 'fraction'))) return null;
  let here: Figure[] = [];
  let at = items[k0].start;
  if (opens) {
    // « Au total, 4,6 M€ d’investissements, financés pour 1,3 M€ par des subventions … »: the amounts of a clause that
    // details the total (a participle or « dont » after its comma) are within it; the total is the first.
    if (am.length !== 1 && !detailed) return null;
  } else {
    const mark = totalMarks(sent).find((m) => m.explicit && (items[m.at] as AmountItem).index === last.index);
    if (!mark) return null;
    here = partsBefore(sent, o, mark.from) ?? [];
    if (fewerThanItsYears(sent, here, mark.from)) return null;
    at = items[mark.from].start;
    // « au taux de 16,404 % appliqué au montant TTC, soit 246 060 € attendus sur l’exercice »: what a rate comes to,
    // no total of the sentences before.
    if (here.length === 0) for (let k = 0; k < mark.from; k++) if (items[k].kind === 'percent') return null;
    // « entre 50 000 et 80 000 € par chaire, soit entre 1,15 et 1,84 M€ au total »: likewise what an amount per unit
    // comes to.
    for (let k = 0; k < mark.from; k++) if (items[k].kind === 'amount' && perUnitAt(sent, items[k].start)) return null;
  }
  // « … 620 MWh par an, … Au total, … 2 380 MWh par an »: a yearly total of parts that are all yearly too.
  const yearly = basisNearFigures(sent) && onlyYearly(sent);
  if (basisNearFigures(sent) && !yearly) return null;
  // « Depuis la création du syndicat en 2016, les soutiens perçus atteignent 8,7 M€ au total »: a total cumulated since a
  // date gathers years, not the amounts of the sentences before (a series of years is read by yearSeries.ts). (« Depuis le
  // début du mandat, … : 2,4 M€ en 2020, …, soit 17,9 M€ au total »: the years listed in the sentence are its parts.)
  if (cumulatedSince(sent) && here.length < 2) return null;
  // « Au total, ces trois opérateurs concentrent 4,58 Md€ » after three paragraphs of one amount each.
  const n = countTakenUp(sent);
  // (« X, Y et Z complètent l’enveloppe, ces trois dernières lignes représentant ensemble 2 M€ »: things named here
  // without figures are what the total sums, when no run of single amounts before matches their count.)
  if (!opens && n >= 2 && lastAmounts(s, o, roles, n, datedToOneYear(sent)) === null) return null;
  const oneYear = datedToOneYear(sent);
  const counted = n >= 2 && opens ? lastAmounts(s, o, roles, n, oneYear) : null;
  if (counted) {
    const b = make('total-after', at, figureOf(o.amounts, last));
    b.parts = counted;
    b.complete = true;
    return b;
  }
  // « | **Total dépenses** | 4 180 | 3 243 | » then « Les dépenses d’équipement atteignent 2,34 M€ … Au total, la commune a
  // mandaté 3,24 M€ »: prose under a table with a total row picks figures from it; its total is the table's, not the
  // sum of the few the prose names.
  if (totalTableBefore(o, sent)) return null;
  const groups = groupsBefore(s, o, roles, 4, opens && s > 0 && o.sentences[s - 1].paragraph !== sent.paragraph, yearly, oneYear);
  if (!groups) return null;
  if (here.length) groups.push(here);
  // « Au total, les 14 M€ mobilisés ont permis … » after « Le fonds a été doté de 14 M€ »: a definite amount one of the
  // sentences before already gave takes it up; it sums none of them.
  const lastFigure = figureOf(o.amounts, last);
  if (isWord(items[lastAt - 1], 'les', 'ces') && groups.some((g) => g.some((p) => p.value === lastFigure.value && p.currency === lastFigure.currency))) return null;
  // « Au total, le soutien dépasse donc 7,5 Md€ »: a verb of exceeding makes the total a floor.
  const written = figureOf(o.amounts, last);
  const total: Figure = exceededBefore(sent, items.indexOf(last)) ? { ...written, qualifier: 'lower-bound', hi: Infinity } : written;
  const readings: Figure[][] = [];
  for (let g = 0; g < groups.length; g++) {
    // « Les dotations dépassent de peu 1,1 M€ »: a part said to be exceeded is a floor.
    const parts = flat(groups, g).map((p) => (exceededAt(o, p) ? { ...p, qualifier: 'lower-bound' as const, hi: Infinity } : p));
    // « Le coût d’un repas s’établit à 8,40 € … Au total, un coût de 2,9 M€ »: figures twenty times apart in sum are
    // not the parts of the total (a price per unit, a total of something else), whatever the words say.
    let sum = 0;
    for (const p of parts) sum += p.value;
    if (sum * 20 < total.value || sum > total.value * 20) continue;
    if (parts.some((p) => p.start === total.start)) continue;
    // « Les deux derniers programmes reçoivent 1 048 M€ et 3 424 M€. Au total, … 21,4 Md€ »: parts said to be the last
    // (or the other) ones follow earlier parts; without them the reading is no sum.
    if (groups[g].length > 0 && restOfSeries(o.sentences[indexOfFigure(o, s, groups[g][0])], groups[g][0].start)) continue;
    // « Les achats s’élèvent à 1,46 M€. Les produits bio en représentent 412 000 €, et les autres 380 000 €. Au total,
    // 792 000 € … »: a whole whose parts follow it is summed through them, first; the whole itself stays another reading.
    const through = parts.flatMap((p) => {
      const own = roles.totals.get(p.index);
      return own && own.parts.length > 0 && own.parts.every((x) => x.start > p.start && x.end <= sent.start) ? own.parts : [p];
    });
    if (through.length >= 2 && (through.length !== parts.length || through.some((p, i) => p !== parts[i]))) readings.push(through);
    if (parts.length >= 2) readings.push(parts);
  }
  if (readings.length === 0) return null;
  // « … réserve 31 M€ …, dont 12 M€ pour les seuls tronçons situés dans la région. Au total, 60 M€ … sur le territoire
  // régional »: a part whose own « dont » names one portion may count for that portion only — another reading.
  const portions: Figure[][] = [];
  for (const parts of readings) {
    const swapped = parts.map((p) => {
      const own = roles.totals.get(p.index);
      return own && own.parts.length === 1 && own.cue === 'dont' ? own.parts[0] : p;
    });
    if (swapped.some((p, i) => p !== parts[i])) portions.push(swapped);
  }
  const b = make('total-after', at, total);
  b.parts = readings[0];
  b.complete = true;
  const others = [...readings.slice(1), ...portions];
  if (others.length > 0) b.alternatives = others.map((parts) => ({ total, parts }));
  return b;
}

/** « Les deux derniers programmes », « les autres opérateurs »: before the amount at `start`, words that say the things are the rest of a series. */
function restOfSeries(v: View, start: number): boolean {
  for (let k = 0; k < v.items.length && v.items[k].start < start; k++) {
    if (isWord(v.items[k], 'derniers', 'dernieres', 'autres', 'restants', 'restantes') && isWord(v.items[k - 1], 'les', 'deux', 'trois', 'quatre', 'cinq')) return true;
  }
  return false;
}

/** The last amount of the nearest sentence before `s` that has one, in its section; null when none is near. */
function lastAmountBefore(s: number, o: FindOptions): Figure | null {
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    const v = o.sentences[p];
    if (v.section !== o.sentences[s].section) return null;
    const am = amountItems(v.items, 0, v.items.length);
    if (am.length > 0) return figureOf(o.amounts, am[am.length - 1]);
  }
  return null;
}

/**
 * Where the rest's own detail starts after its amount (the first from item `from` on): a colon, or a relative clause
 * (« …, qui seront financés par un emprunt de 400 000 € »); the sentence's end when none.
 */
function restDetailAt(v: View, from: number): number {
  let k = from;
  while (k < v.items.length && v.items[k].kind !== 'amount') k++;
  while (k < v.items.length && !isPunct(v.items[k], ':') && !(isPunct(v.items[k], ',') && isWord(v.items[k + 1], 'qui', 'dont', 'que', "qu'"))) k++;
  return k;
}

/** A table with a total row before the sentence, in its section. */
function totalTableBefore(o: FindOptions, sent: Sentence): boolean {
  const section = o.structure.sections[sent.section];
  const tables = o.structure.tables;
  // The last tables before the sentence (three at most, so each sentence's look stays bounded), in its section.
  let hi = lowerBound(tables, sent.start);
  for (let seen = 0; hi > 0 && seen < 3; seen++) {
    const t = tables[--hi];
    if (t.end > sent.start) continue;
    if (section && t.start < section.start) break;
    // (Its last rows, where totals stand: a long table is read in bounded time.)
    for (let r = t.rows.length - 1; r >= 0 && r >= t.rows.length - 12; r--) if (isTotalRow(o.text, t, r)) return true;
  }
  return false;
}

/** « depuis 2016 », « depuis la création du syndicat », « depuis son lancement »: the sentence cumulates from a date. */
function cumulatedSince(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) {
    if (!isWord(v.items[k], 'depuis')) continue;
    for (let q = k + 1; q < v.items.length && q <= k + 3; q++) if (isYearItem(v.items[q]) || isWord(v.items[q], 'creation', 'lancement', 'ouverture', 'origine', 'debut')) return true;
  }
  return false;
}

/** The amount at item k follows « des » or « de » right after a fraction or a percentage (« les deux tiers des 42 M€ »). */
function shareBase(v: View, k: number): boolean {
  if (!isWord(v.items[k - 1], 'des', 'de', "d'", 'du')) return relativeOfShareBase(v, k);
  const before = v.items[k - 2];
  if (before?.kind === 'percent') return true;
  for (let q = k - 2; q >= 0 && q >= k - 3; q--) if (has(v.cues[q], 'fraction')) return true;
  return false;
}

/** The amount at item k is the base a share of its sentence is taken of: after « N % de », in a relative clause or in brackets on that noun. */
function baseOfShare(v: View, k: number): boolean {
  return shareBase(v, k) || (isPunct(v.items[k - 1], '(') && shareOfNounBefore(v, k - 1, 7));
}

/**
 * « … représentent un peu moins d’un quart de nos recettes de fonctionnement, qui atteignent 612 000 € »: the amount at
 * item k stated in a relative clause on the noun a share (a fraction or a percentage, a few words before) is taken of.
 */
function relativeOfShareBase(v: View, k: number): boolean {
  let q = k - 1;
  for (; q >= 0 && q >= k - 4; q--) if (isWord(v.items[q], 'qui', 'dont')) break;
  if (q < 0 || !isWord(v.items[q], 'qui', 'dont')) return false;
  return shareOfNounBefore(v, isPunct(v.items[q - 1], ',') ? q - 1 : q, 7);
}

/** « N % de », « un quart de » within `words` items before item `at`, in its clause: the noun there is a share's base. */
function shareOfNounBefore(v: View, at: number, words: number): boolean {
  for (let p = at - 1; p >= 1 && p >= at - words; p--) {
    const it = v.items[p];
    if (it.kind === 'amount' || isPunct(it, ',', ';', ':')) return false;
    if (isWord(it, 'de', "d'", 'des', 'du') && (v.items[p - 1]?.kind === 'percent' || has(v.cues[p - 1], 'fraction') || has(v.cues[p - 2], 'fraction'))) return true;
  }
  return false;
}

/** A verb of receipt among the four words before the amount starting at `start` (« reçoit 60 000 € »). */
function receivedBefore(v: View, start: number): boolean {
  const k = lowerBound(v.items, start);
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    if (v.items[q].kind !== 'word') return false;
    if (has(v.cues[q], 'receipt')) return true;
  }
  return false;
}

/** Verbs that say a figure is passed: the amount after them is a floor. */
const EXCEEDS = new Set(['depasse', 'depassent', 'depassera', 'depasseront', 'excede', 'excedent', 'franchit', 'franchissent', 'surpasse']);

/** A verb of exceeding right before the figure `f` in its sentence (« dépassent de peu 1,1 M€ »). */
function exceededAt(o: FindOptions, f: Figure): boolean {
  const v = o.sentences[lowerBound(o.sentences, f.start + 1) - 1];
  if (!v) return false;
  const k = lowerBound(v.items, f.start);
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    if (EXCEEDS.has(it.f)) return true;
  }
  return false;
}

/** A verb of exceeding among the three words before item k (« dépasse donc 7,5 Md€ »). */
function exceededBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    if (EXCEEDS.has(it.f)) return true;
  }
  return false;
}

/** « le premier poste », « Le deuxième poste est … », « en constitue … »: the sentence gives a part of a whole, ranked or taken « en ». */
function isRankedPart(v: View): boolean {
  for (let k = 0; k + 1 < v.items.length; k++) if (ranksAmongParts(v.items, k) || cliticEn(v, k)) return true;
  return false;
}

/** A clitic « en » before a verb that spends or receives: « Les équipements en absorbent 268 milliards », « La recherche en recevra 3,2 milliards ». */
function cliticEn(v: View, k: number): boolean {
  if (!isWord(v.items[k], 'en')) return false;
  // « en perçoivent », « en obtiennent »: receiving a share of it is spending it.
  const gives = (c: LexCue | undefined) => has(c, 'allocation') || has(c, 'attach') || has(c, 'stage') || has(c, 'receipt');
  if (gives(v.cues[k + 1]) || has(v.cues[k + 1], 'share-verb')) return true;
  // « L’établissement support en porte 11,2 M€ », « la commune en supporte l’essentiel »: bearing a share of it.
  if (isWord(v.items[k + 1], 'porte', 'portent', 'portait', 'portaient', 'supporte', 'supportent', 'assume', 'assument', 'detient', 'detiennent')) return true;
  // « en » + an auxiliary + a participle: « en sont consacrés », « en ont reçu », « en ont perçu ».
  return isWord(v.items[k + 1], 'est', 'sont', 'ont', 'a', 'seront', 'sera') && gives(v.cues[k + 2]);
}

/** The amount starting at `start` is stated per unit or per period: « 300 € par an », « 45 € par élève », « 12 €/m² ». */
function perUnitAt(v: View, start: number): boolean {
  const k = v.items.findIndex((it) => it.kind === 'amount' && it.start === start);
  // (« à 80 € le kit », « 6,2 M€ le kilomètre »: an article and a noun price one unit.)
  const unitNoun = isWord(v.items[k + 1], 'le', 'la', "l'") && v.items[k + 2]?.kind === 'word' && !/^\d/.test((v.items[k + 2] as { f: string }).f) && isWord(v.items[k - 1], 'a');
  return k >= 0 && (isWord(v.items[k + 1], 'par', 'piece', 'unite', 'chacun', 'chacune') || has(v.cues[k + 1], 'yearly') || isPunct(v.items[k + 1], '/') || unitNoun);
}

/** The amount starting at `start` is said « par » a thing that is no span of time: « 50 000 € par médecin ». */
function perThing(v: View, start: number): boolean {
  const k = lowerBound(v.items, start);
  if (v.items[k]?.start !== start || !isWord(v.items[k + 1], 'par')) return false;
  const n = v.items[k + 2];
  return n?.kind === 'word' && !isWord(n, 'an', 'annee', 'mois', 'jour', 'semaine', 'trimestre', 'semestre', 'heure', 'le', 'la', 'les', "l'", 'un', 'une');
}

/** The amounts starting at `a` and `b` are each followed by « en <year> », of two different years. */
function datedOtherYear(items: readonly Item[], a: number, b: number): boolean {
  const ya = yearRightAfter(items, a);
  const yb = yearRightAfter(items, b);
  return ya !== null && yb !== null && ya !== yb;
}

/** The year « en YYYY » a few words after the item at `start`, in its clause; null when none. */
function yearRightAfter(items: readonly Item[], start: number): string | null {
  const k = lowerBound(items, start);
  for (let q = k + 1; q < items.length && q <= k + 8; q++) {
    const it = items[q];
    if (it.kind !== 'word') return null;
    if (isYearItem(it) && isWord(items[q - 1], 'en')) return it.f;
  }
  return null;
}

/**
 * « Le plus lourd a été enregistré en 2020, …, avec 30,4 Md€, avant une lente décrue : 26,1 Md€ en 2021, 21,0 Md€ en
 * 2022 … »: the whole dated by « en YYYY » earlier in its clause, and every part dated another year — the next levels of
 * a series, no parts. (« Depuis sa création en 2020, le fonds a versé 82 M€ : 15 M€ en 2020, … » counts from that year:
 * a part of the whole's own year makes it a sum.)
 */
function partsOfOtherYears(items: readonly Item[], wholeStart: number, parts: readonly Figure[]): boolean {
  const k = lowerBound(items, wholeStart);
  let year: string | null = null;
  for (let q = k - 1; q >= 1 && q >= k - 16 && year === null; q--) {
    const it = items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ';', ':')) return false;
    if (isYearItem(it) && isWord(items[q - 1], 'en')) year = it.f;
  }
  if (year === null || parts.length === 0) return false;
  return parts.every((p) => {
    const y = yearRightAfter(items, p.start);
    return y !== null && y !== year;
  });
}

/** A noun of balance (« déficit », « solde », « excédent », « besoin de financement ») names the amount at `start`, in its clause before it. */
function balanceBefore(v: View, start: number): boolean {
  const k = lowerBound(v.items, start);
  for (let q = k - 1; q >= 0 && q >= k - 24; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ';', ':', '.')) return false;
    if (has(v.cues[q], 'difference')) return true;
  }
  return false;
}

/** The amount starting at `start` is a noun's price: a determiner, the noun, « à », the amount (« la cantine à 1 € », « des repas à 3,50 € »). */
function priceAt(v: View, start: number): boolean {
  const k = v.items.findIndex((it) => it.kind === 'amount' && it.start === start);
  return k >= 3 && isWord(v.items[k - 1], 'a') && v.items[k - 2].kind === 'word' && isWord(v.items[k - 3], 'le', 'la', "l'", 'les', 'un', 'une', 'des', 'du');
}

/** The sentence counts people, two or more (« 1 240 agents », « 310 ménages »): those an amount per unit is paid to. */
function countsPeople(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) {
    const q = quantityAt(v.items, k);
    if (q && q.value >= 2 && q.noun !== undefined && paidNoun(q.noun)) return true;
  }
  return false;
}

/**
 * Parts whose whole is the amount of the sentence before, pointed at by the verb: a clitic « en » (« Les
 * équipements en absorbent 268 milliards, la masse salariale 110 milliards… ») or a verb of share before the
 * first part (« La programmation représente 420 000 €, la technique 280 000 €… »). Nothing says the list is
 * complete: only parts that exceed the whole are certain.
 */
/** « Les résineux couvrent 1 480 ha »: with a measure after it, « couvrir » measures its subject; it takes no share. */
const COVERS: ReadonlySet<string> = new Set(['couvre', 'couvrent', 'couvrira', 'couvriront', 'couvrait', 'couvraient']);

export function impliedWhole(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  let first = -1;
  for (let k = 0; k < items.length; k++) if (items[k].kind === 'amount') { first = k; break; }
  if (first < 0 || roles.parts.has((items[first] as AmountItem).index) || roles.totals.has((items[first] as AmountItem).index)) return null;
  let points = false;
  let clitic = false;
  let cliticAt = -1;
  for (let k = firstIndex(items); k < first; k++) {
    if (cliticEn(sent, k)) {
      points = clitic = true;
      cliticAt = k;
    } else if (has(sent.cues[k], 'share-verb') && !(COVERS.has((items[k] as { f?: string }).f ?? '') && o.amounts[(items[first] as AmountItem).index].currency.startsWith('#'))) points = true;
  }
  // « 25 à 30 entreprises pourraient en bénéficier, pour un effet de levier attendu de 15 M€ »: past a comma, a clause of
  // purpose or effect holds no object of the verb « en » goes with (« en ont capté l’essentiel, avec 31,2 M€ » does).
  let comma = -1;
  for (let k = cliticAt + 1; clitic && k < first; k++) if (isPunct(items[k], ',', ';')) comma = k;
  if (comma >= 0 && isWord(items[comma + 1], 'pour', 'afin')) {
    clitic = false;
    points = false;
    for (let k = firstIndex(items); k < first; k++) if (has(sent.cues[k], 'share-verb')) points = true;
  }
  // « La seule restauration des façades mobilisera 9,1 M€ »: one part set against the whole said before, as « à elle seule ».
  const opensOnAlone = opensAlone(items, firstIndex(items));
  if (opensOnAlone) points = true;
  // « Le programme 107 reste le premier poste de dépense, avec 11,3 Md€ »: so does a figure ranked among the parts.
  let ranked = false;
  for (let k = firstIndex(items); k < first && !ranked; k++) ranked = ranksAmongParts(items, k);
  if (ranked) points = true;
  if (!points) return null;
  // « En 2023, … 1,42 M€, … ; en 2022, ces montants étaient de … »: parts of two years split no one whole.
  if (basisNearFigures(sent) || yearsOf(sent).size > 1) return null;
  // « Ce montant de 1 800 000 € couvre 40 % de l’investissement, évalué à 4,5 M€ »: a verb of share with its percentage
  // states a share of the amount after it, no part of the amount before.
  if (!clitic && !opensOnAlone && !ranked && percentItems(items, 0, items.length).length > 0) return null;
  const r = readRegion(sent, firstIndex(items), items.length, o);
  // One part is enough: only an excess is ever reported (« Les rémunérations en représentent 3,4 millions à elles seules »).
  if (r.aborted || r.parts.length < 1 || r.nested) return null;
  // « … une enveloppe de 48,5 M€ … » ¶ « Les EHPAD en absorbent 52,3 M€ … »: the clitic opening a paragraph reaches
  // back into the one before (the chunker keeps the two together: reach.ts).
  const prev = o.sentences[s - 1];
  const opensParagraph = prev !== undefined && prev.paragraph !== sent.paragraph;
  const whole = previousTotal(s, o, 2, (clitic || opensOnAlone || ranked) && opensParagraph && sent.reachesBack);
  // « L’État apporte 40 % du financement, soit 5,88 M€. La Ville prend en charge 4,41 M€ »: a share's part is a sibling
  // of the parts after it, not their whole.
  if (!whole || partOfAShare(o.sentences[indexOfFigure(o, s, whole)], whole)) return null;
  // « Le deuxième poste est la protection de l’enfance, avec 141 M€. » ¶ « Les allocations … pèsent à elles seules
  // 287 M€ »: a figure ranked among the parts, or taken « en » from a whole, is a sibling, no whole.
  if (isRankedPart(o.sentences[indexOfFigure(o, s, whole)])) return null;
  // « Le déficit des régimes atteindrait 18,2 Md€. La branche maladie en porte la plus grande part, avec 13,1 Md€,
  // devant la vieillesse (5,9 Md€) »: the parts of a balance offset one another (other branches are in surplus), so
  // some may add up past it.
  if (balanceBefore(o.sentences[indexOfFigure(o, s, whole)], whole.start)) return null;
  // A verb of share alone may start another topic: its parts must each fit in the whole to be read as its parts. The
  // clitic « en » says « of it »: one part that exceeds the whole is then the error itself.
  // (« L’aide peut atteindre 15 000 € par logement. 4 200 logements en ont bénéficié pour un total de 38 M€ »: a
  // rate and a total, no part.)
  const fit = r.parts.every((p) => p.hi < whole.lo);
  // « 1,02 million de cette subvention »: « of this » says it as plainly as the clitic.
  const ofThis = isWord(items[first + 1], 'de', "d'") && has(sent.cues[first + 2], 'anaphora');
  // « Une entreprise reçoit 60 000 €. Une ressourcerie obtient 45 000 €, et un atelier 38 000 € »: an amount received
  // before is a sibling of those received after, no whole of them (« en » would say it is).
  if (!clitic && !ofThis && receivedBefore(o.sentences[indexOfFigure(o, s, whole)], whole.start)) return null;
  // « Le forfait de soins pèse à lui seul 231 M€, loin devant … (41 M€) »: « à lui seul » makes the amount after it a part
  // of the whole said before, whatever the sentence compares it with.
  const alone = aloneBefore(sent, first) || opensOnAlone;
  if (alone && r.parts.length > 1) r.parts = r.parts.slice(0, 1);
  // (« 14,2 M€ par an … Le seul traitement en représente 15,6 M€ »: « en » takes a yearly whole's part for the same year.)
  const wholeSentence = o.sentences[indexOfFigure(o, s, whole)];
  const sameBasis = !basisNearAmount(wholeSentence, whole.start) || (clitic && onlyYearly(wholeSentence));
  // « 120 millions … sur 2021-2026, soit 20 millions par an. Mais la Ville n’en paie que 45 millions »: a yearly amount
  // worked out after « soit », or beside a span of years, is the average of the period's total; what « en » takes is of
  // that total, not of one year.
  if (basisNearAmount(wholeSentence, whole.start) && !onlyYearly(sent)) {
    const at = lowerBound(wholeSentence.items, whole.start);
    const average = isWord(wholeSentence.items[at - 1], 'soit') || wholeSentence.items.some((_, q) => yearSpanAt(wholeSentence.items, q) !== null);
    if (average) return null;
  }
  // « Son montant est de 300 € par an. En 2024, 1 240 agents en ont bénéficié, soit une dépense de 372 000 € »: an amount
  // per unit said before, and things counted here, make a product (rates.ts), no part of it.
  if (perUnitAt(wholeSentence, whole.start) && countsPeople(sent)) return null;
  // « 50 000 € par médecin … Sept généralistes en ont bénéficié, soit 350 000 € »: an amount per thing (not per period)
  // is no whole of anything.
  if (perThing(wholeSentence, whole.start)) return null;
  const excess = (clitic || ofThis || alone || ranked) && r.parts.length === 1 && whole.currency === r.parts[0].currency && !totalWordBesidesPeriod(sent) && sameBasis;
  // (« La réhabilitation en absorbe la plus grande part, avec 44,2 M€, devant la construction neuve (12,8 M€) »: the clitic
  // says the parts are of the whole before, whether one or all of them exceed it.)
  const ofIt = clitic && !alone && r.parts.every((p) => p.currency === whole.currency) && !totalWordBesidesPeriod(sent) && sameBasis;
  if (!fit && !excess && !ofIt) return null;
  // « Le budget passe à 437,5 M€. Les ressources propres atteignent 101 M€. La masse salariale reste le premier poste,
  // à 329 M€ »: a ranked part that outgrows the amount just before but fits one said before it in the paragraph ranks
  // among the parts of that earlier whole; the nearer amount is a sibling.
  if (!fit && ranked && !clitic && !ofThis && !alone && heldEarlier(o, indexOfFigure(o, s, whole), whole, r.parts[0])) return null;
  const b = make('allocation', items[first].start, whole);
  // « La section de fonctionnement en mobilise 12,1 M€, la section d’investissement 4,9 M€ »: two parts named by the two
  // members of a pair that covers a whole are all of it.
  // « Les charges de personnel en constituent le premier poste avec 5,31 M€ ; viennent ensuite …, et les autres charges
  // (0,19 M€) »: parts « en » takes from the whole, closed by the others or the rest, are all of it (as after « Sur »).
  // (« … et l’investissement 400 M€. Le remboursement de la dette représente 80 M€ »: a pair whose paragraph goes on
  // with another amount is not all of it.)
  const next = o.sentences[s + 1];
  const goesOn = next !== undefined && next.paragraph === sent.paragraph && amountItems(next.items, 0, next.items.length).some((a) => o.amounts[a.index].currency === whole.currency);
  absorb(b, r, (fit && r.parts.length === 2 && !goesOn && namesComplementaryPair(sent, firstIndex(items), items.length)) || (clitic && fit && r.closure && r.parts.length >= 2));
  return b;
}

/**
 * « Le centre coûtera 186 M€. » ¶ « Le financement repose sur quatre contributeurs. La Région apporte 74 M€, l’État
 * 52 M€, l’Union européenne 28 M€ et la Banque des territoires 22 M€. »: a sentence without figures that points at a
 * sum and counts its parts, then the sentence that gives them. As many parts as counted are all of them; the whole is
 * the amount said before the count (in the paragraph before, for a count that reaches back).
 */
export function countedParts(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const lead = o.sentences[s - 1];
  if (!lead || lead.paragraph !== sent.paragraph || lead.figures !== 0 || lead.inList || sent.inList) return null;
  const k0 = firstIndex(lead.items);
  const pointsAtSum = has(lead.cues[k0], 'anaphora') || (isWord(lead.items[k0], 'le', 'la', "l'", 'son', 'sa', 'leur') && has(lead.cues[k0 + 1], 'sum-noun'));
  if (!pointsAtSum) return null;
  const n = countAnnounced(lead);
  if (n < 2 || basisNearFigures(sent) || yearsOf(sent).size > 1) return null;
  const r = readRegion(sent, firstIndex(sent.items), sent.items.length, o);
  if (r.aborted || r.nested || r.partial || r.stopped || r.extra.length > 0 || r.parts.length !== n) return null;
  if (r.parts.some((p) => roles.parts.has(p.index) || roles.totals.has(p.index))) return null;
  const whole = previousTotal(s - 1, o, 1, lead.reachesBack);
  if (!whole || whole.currency !== r.parts[0].currency || r.parts.some((p) => p.currency !== whole.currency)) return null;
  const b = make('allocation', sent.items[firstIndex(sent.items)].start, whole);
  absorb(b, r, true);
  return b;
}

/**
 * « L’agence en finance 40 %, soit 9 M€ », « 9 M€ (40 %) », « 9 M€, soit 40 % »: the amount is the part of a share
 * said with it, so « de l’enveloppe » in the sentence after means that share's whole, not this amount, and the parts
 * said after it are its siblings.
 */
export function partOfAShare(sent: Sentence, f: Figure): boolean {
  const { items } = sent;
  const k = items.findIndex((it) => it.kind === 'amount' && it.start === f.start);
  if (k < 0) return false;
  // « 40 % du financement, soit 5,88 M€ »: the share and its whole's noun, then the part.
  // « La commune en assume un tiers, soit 1,2 M€ »: a fraction as well.
  if (isWord(items[k - 1], 'soit')) {
    for (let q = k - 2; q >= 0 && q >= k - 8 && items[q].kind !== 'amount'; q--) if (items[q].kind === 'percent' || has(sent.cues[q], 'fraction')) return true;
  }
  if (isPunct(items[k + 1], '(') && items[k + 2]?.kind === 'percent') return true;
  if (isPunct(items[k + 1], ',') && isWord(items[k + 2], 'soit') && items[k + 3]?.kind === 'percent') return true;
  // « La taxe de séjour, avec 1,12 M€, en représente 61 % »: the amount, then « en » and a verb of share with its percentage.
  for (let q = k + 1; q < items.length && q <= k + 6; q++) {
    if (items[q].kind === 'amount' || isPunct(items[q], '.', ';')) break;
    if (cliticEn(sent, q) && (items[q + 2]?.kind === 'percent' || items[q + 3]?.kind === 'percent')) return true;
  }
  // « Les charges de personnel, 7,1 M€, progressent de 3,2 % et représentent 52 % de ces dépenses »: the amount is the
  // subject of a verb of share and its percentage, later in its clause.
  for (let q = k + 1; q < items.length && q <= k + 12; q++) {
    if (items[q].kind === 'amount' || isPunct(items[q], '.', ';')) break;
    // (« est couvert à 60 % par la commune » makes the amount the whole: the percentage must follow the verb, a hedge aside.)
    // « La contribution, fixée à 186 000 €, en absorbe à elle seule près de la moitié », « Le forfait, soit 22,3 M€,
    // finance 46 % de ces charges »: a fraction, or a verb of funding, likewise.
    if (!(has(sent.cues[q], 'share-verb') || (has(sent.cues[q], 'allocation') && !has(sent.cues[q], 'stage')))) continue;
    let p = q + 1;
    // (« à elle seule », « à lui seul » only: « couvert à 60 % » is no share of the amount's own.)
    const alone = isWord(items[p], 'a') && isWord(items[p + 1], 'elle', 'lui', 'elles', 'eux');
    if (alone) p += 3;
    while (p < items.length && p <= q + 6 && isWord(items[p], 'environ', 'presque', 'quasiment', 'pres', 'de', "d'", 'plus', 'moins', 'la', 'le', "l'", 'les', 'un', 'une', 'des', 'du')) p++;
    if (!(items[p]?.kind === 'percent' || (has(sent.cues[p], 'fraction') && p > q + 1))) continue;
    // (« 4 820 GWh, couvrant 27 % de la consommation régionale »: a share of another whole, named there, leaves the amount
    // a whole of its own; « 52 % de ces dépenses » takes up the whole said before.)
    const e = p + (sent.cues[p]?.length ?? 1);
    // (« à lui seul 45 % du marché » says the amount is one part of that whole, whatever noun names it.)
    if (alone || !isWord(items[e], 'de', 'du', 'des', "d'") || isWord(items[e + 1], 'ce', 'cet', 'cette', 'ces')) return true;
  }
  // « Sur cette enveloppe, 268 Md€ sont destinés à l’équipement, soit près des deux tiers »: taken from the whole before,
  // and restated as its share further in the clause.
  const k0 = firstIndex(items);
  if (!isWord(items[k0], 'sur', 'parmi') || !has(sent.cues[k0 + 1], 'anaphora')) return false;
  for (let q = k + 1; q < items.length && q <= k + 12; q++) {
    const it = items[q];
    if (it.kind === 'amount' || isPunct(it, ';', '.')) return false;
    if (isWord(it, 'soit')) {
      for (let p = q + 1; p <= q + 4 && p < items.length; p++) if (items[p].kind === 'percent' || has(sent.cues[p], 'fraction')) return true;
      return false;
    }
  }
  return false;
}

/** A comparison (« contre », « loin devant ») in the clause before item k (forty items back at most). */
function comparedBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 40 && !isPunct(v.items[q], ';', ':', '.'); q--) if (has(v.cues[q], 'comparison')) return true;
  return false;
}

/** « à lui seul », « à elles seules » right before item k (up to two words between). */
export function aloneBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 2 && q >= k - 4; q--) if (isWord(v.items[q], 'seul', 'seule', 'seuls', 'seules') && isWord(v.items[q - 1], 'lui', 'elle', 'eux', 'elles') && isWord(v.items[q - 2], 'a')) return true;
  return false;
}

/**
 * A word that makes an amount a total (« pour un total de 38 M€ », « au total »), a period's frame aside: « versée sur
 * l’exercice », « pour l’année » say when, not that the amount sums others.
 */
function totalWordBesidesPeriod(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) if (has(v.cues[k], 'total') && !isWord(v.items[k], 'sur', 'pour')) return true;
  return false;
}

/**
 * « La collectivité engage 96 M€ pour ses routes. La RT 20 recevra 38 M€, la RT 10 27 M€ et les routes
 * secondaires 19 M€. Enfin, 22 M€ seront consacrés aux ouvrages d’art. »: a whole stated alone, then the
 * sentence right after it names recipients with a verb of receiving (« recevra », « obtient », « bénéficie
 * de »), carried on by « Enfin… », « Puis… ». Nothing says every recipient is named: only an excess is
 * certain. A verb of funding (« apporte », « finance ») would name co-funders, who may come on top: no whole.
 */
export function recipientsAfter(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  const am = amountItems(items, 0, items.length);
  if (am.length < 2 || am.some((a) => roles.parts.has(a.index) || roles.totals.has(a.index))) return null;
  let receives = false;
  for (let k = firstIndex(items); k < items.length && items[k].kind !== 'amount'; k++) {
    const c = sent.cues[k];
    if (has(c, 'receipt')) receives = true;
    if (has(c, 'origin') || has(c, 'distribution') || has(c, 'anaphora')) return null;
  }
  if (!receives || basisNearFigures(sent) || anyCue(sent, 'origin')) return null;
  let whole = previousTotal(s, o, 1, false);
  if (!whole || roles.parts.has(whole.index)) return null;
  // « Une entreprise reçoit 60 000 €. Une ressourcerie obtient 45 000 €, et un atelier 38 000 € »: an amount received
  // before is one more recipient's, no whole.
  if (receivedBefore(o.sentences[indexOfFigure(o, s, whole)], whole.start)) return null;
  // « un plan doté de 14,2 M€. La plus grosse part ira aux pistes, avec 6,1 M€. Le stationnement recevra … »: the
  // sentence before names its amount a part; the whole is the one before it, and that part is one of the parts.
  const first: Figure[] = [];
  const ws = indexOfFigure(o, s, whole);
  if (namesAPart(o.sentences[ws])) {
    const earlier = previousTotal(ws, o, 1, false);
    if (!earlier || roles.parts.has(earlier.index) || !(earlier.lo > whole.hi)) return null;
    first.push(whole);
    whole = earlier;
  }
  const regions = [readRegion(sent, firstIndex(items), items.length, o)];
  for (let n = s + 1; n < o.sentences.length; n++) {
    const next = o.sentences[n];
    if (next.paragraph !== sent.paragraph || next.figures === 0) break;
    const f = firstIndex(next.items);
    if (!has(next.cues[f], 'closure') && !isWord(next.items[f], 'ensuite', 'puis')) break;
    if (basisNearFigures(next)) return null;
    regions.push(readRegion(next, f, next.items.length, o));
  }
  const wholeYears = yearsOf(o.sentences[indexOfFigure(o, s, whole)]);
  const parts: Figure[] = [...first];
  for (const r of regions) {
    if (r.aborted || r.nested || r.extra.length || r.shares.length || r.stages.size) return null;
    append(parts, r.parts);
  }
  for (let n = s; n < s + regions.length; n++) for (const y of yearsOf(o.sentences[n])) if (!wholeYears.has(y)) return null;
  if (parts.length < 2 || !parts.every((p) => p.currency === whole.currency && p.hi < whole.lo)) return null;
  const b = make('allocation', items[firstIndex(items)].start, whole);
  b.parts = parts;
  return b;
}

/** A sentence of one amount that calls it a part: « La plus grosse part ira aux pistes, avec 6,1 M€ » (not « de la part de »). */
function namesAPart(v: View): boolean {
  if (amountItems(v.items, 0, v.items.length).length !== 1) return false;
  for (let k = 0; k < v.items.length; k++) if (isWord(v.items[k], 'part') && !isWord(v.items[k - 2], 'de')) return true;
  return false;
}

/**
 * For a rest at sentence `s`: the amounts of the sentence right before it (two or more, none a part or a whole of
 * another relation), when the paragraph holds no other amount before them, and the one amount of the section's heading
 * as their whole.
 */
function headingWhole(s: number, o: FindOptions, roles: Roles): { total: Figure; parts: Figure[] } | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph) return null;
  const parts = amountItems(prev.items, 0, prev.items.length);
  if (parts.length < 2 || parts.some((a) => a.high !== undefined || roles.parts.has(a.index) || roles.totals.has(a.index))) return null;
  for (let p = s - 2; p >= 0 && o.sentences[p].paragraph === sent.paragraph; p--) if (o.sentences[p].figures > 0) return null;
  const heading = o.structure.sections[sent.section]?.heading;
  if (!heading) return null;
  const h = o.sentences[lowerBound(o.sentences, heading.contentStart + 1) - 1];
  if (!h || h.start > heading.contentStart || h.end < heading.end - 1) return null;
  const whole = amountItems(h.items, 0, h.items.length);
  if (whole.length !== 1 || whole[0].high !== undefined || basisNearFigures(h) || basisNearFigures(prev)) return null;
  const total = figureOf(o.amounts, whole[0]);
  const figures = parts.map((a) => figureOf(o.amounts, a));
  if (figures.some((f) => f.currency !== total.currency)) return null;
  return { total, parts: figures };
}

/** The sentence, before `s`, that holds a figure. */
/** An amount before `whole` in its sentence or the two before it, in its paragraph, that holds `part`. */
function heldEarlier(o: FindOptions, at: number, whole: Figure, part: Figure): boolean {
  const paragraph = o.sentences[at].paragraph;
  for (let p = at; p >= 0 && p >= at - 2 && o.sentences[p].paragraph === paragraph; p--) {
    for (const it of o.sentences[p].items) {
      if (it.kind !== 'amount' || it.start >= whole.start) continue;
      const a = o.amounts[it.index];
      if (a.currency === part.currency && a.value >= part.lo) return true;
    }
  }
  return false;
}

export function indexOfFigure(o: FindOptions, s: number, f: Figure): number {
  for (let p = s - 1; p >= 0; p--) if (o.sentences[p].start <= f.start && f.start < o.sentences[p].end) return p;
  return s;
}

/**
 * « Le ministère consacrera 6 Md€ … La recherche en recevra 3,2 milliards. Les démonstrateurs… 2,1 milliards. Le reste, soit 1,4 milliard, ira… »:
 * what remains is a whole less the parts named since it, one amount per sentence. Each earlier amount
 * larger than all that follow it may be that whole: each is one reading.
 */
export function remainderChain(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  const k0 = firstIndex(items);
  const opens = remainderAt(sent, k0);
  if (!opens) return null;
  // « Le reste, soit 5,6 M€, correspond aux services, dont 1,2 M€ pour les études »: what « dont » details is the rest's.
  let end = items.length;
  for (let k = k0; k < items.length; k++) {
    if (isWord(items[k], 'dont') && amountItems(items, k0, k).length === 1) {
      end = k;
      break;
    }
  }
  const am = amountItems(items, 0, end);
  if (am.length !== 1 || roles.parts.has(am[0].index)) return null;
  if (basisNearFigures(sent, 0, end)) return null;
  // « Le reste des 375 Md€ de pensions est financé par … »: the amount « des » gives after the rest is the whole it is
  // the rest of, not what the rest comes to.
  const amAt = lowerBound(items, am[0].start);
  if (isWord(items[amAt - 1], 'des', 'du') && amAt - k0 <= 3 && items.slice(k0, amAt - 1).every((it) => it.kind === 'word')) return null;
  // « Le reste s’est réparti entre …, sans qu’aucune ne dépasse 300 000 € »: a bound says what the rest's items stay
  // under, not what the rest comes to.
  const q0 = o.amounts[am[0].index].qualifier;
  if (q0 === 'upper-bound' || q0 === 'lower-bound') return null;
  // « … 7,8 M€. Le palais en absorbe 4,6 M€ et les tribunaux 1,9 M€. Le solde, 2,1 M€, … »: the rest closes the
  // breakdown the sentence before opened on its whole.
  const prev = o.sentences[s - 1];
  if (prev && prev.paragraph === sent.paragraph) {
    for (const b of roles.totals.values()) {
      // The whole may stand in that sentence too, before its parts (« … a dépensé 35,2 Md€ : 14,8 Md€ … et 13,1 Md€ … »),
      // when the rest is said at once (« Le reste, soit 7,3 Md€ »; « Le complément familial pèse 2,3 Md€ » is no rest).
      const wholeBefore = b.total && b.total.start < prev.start;
      const wholeInPrev = b.total && b.parts.length > 0 && b.total.start >= prev.start && b.total.end <= b.parts[0].start && am[0].start <= (items[k0 + 4]?.start ?? -1);
      if (!b.total || b.partsOnly || b.parts.length === 0 || !(wholeBefore || wholeInPrev) || !b.parts.every((p) => p.start >= prev.start && p.end <= prev.end)) continue;
      // « … en représente l’essentiel avec 2 104 M€ ; les crédits hors titre 2 atteignent 271 M€ » then « Le reste, soit
      // 43 M€ »: an amount of that sentence after the first part, outside the breakdown, may be one more part; unread, the
      // rest closes nothing.
      const first = b.parts[0].start;
      if (amountItems(prev.items, 0, prev.items.length).some((a) => a.start > first && a.index !== b.total!.index && !b.parts.some((p) => p.index === a.index))) continue;
      // « Les financements publics en assurent 3,1 M€ : 1,6 M€ …, 1,05 M€ … et 0,45 M€ … Le reste, soit 1,72 M€, … »:
      // parts that already make their whole leave no rest of it; the rest is of a larger whole.
      let lo = 0;
      let hi = 0;
      for (const p of b.parts) {
        lo += p.lo;
        hi += p.hi;
      }
      if (lo <= b.total.hi && hi >= b.total.lo) continue;
      const closed = make('remainder', items[k0].start, b.total);
      const rest = figureOf(o.amounts, am[0]);
      closed.parts = [...b.parts, rest];
      closed.complete = true;
      // « … a versé 612 000 €. Les conducteurs en ont perçu 447 000 €, dont 38 000 € … Le reste, soit 165 000 € »: the
      // whole of that sentence may itself be a part of the one amount of the sentence before; the rest may be of either.
      const outer = s >= 2 && o.sentences[s - 2].paragraph === sent.paragraph ? amountItems(o.sentences[s - 2].items, 0, o.sentences[s - 2].items.length) : [];
      if (outer.length === 1 && o.amounts[outer[0].index].value > b.total.value && o.amounts[outer[0].index].currency === b.total.currency) {
        closed.alternatives = [{ total: figureOf(o.amounts, outer[0]), parts: [b.total, rest] }];
      }
      return closed;
    }
  }
  // « # La médiathèque coûtera 2,4 M€ » … « Le plan de financement : 950 000 € …, 600 000 € … et 400 000 € … Le reste,
  // soit 650 000 €, … »: parts closed by their rest, with no whole before them in the text, sum to the one amount the
  // section's heading states.
  const headed = headingWhole(s, o, roles);
  if (headed) {
    const b = make('remainder', items[k0].start, headed.total);
    b.parts = [...headed.parts, figureOf(o.amounts, am[0])];
    b.complete = true;
    return b;
  }
  const groups = groupsBefore(s, o, roles, 5);
  if (!groups) return null;
  if (groups.length === 0) return sectionChain(s, o, roles, figureOf(o.amounts, am[0]));
  // The chain: the sentences right before, one amount each — or, after the first, a sentence that only lists parts
  // (« La région apportera 96 M€, et l’État 54 M€ »).
  let from = groups.length;
  while (from > 0 && (groups[from - 1].length === 1 || (from > 1 && listsOnlyParts(o, s, groups[from - 1])))) from--;
  const chain = flat(groups, from);
  const rest = figureOf(o.amounts, am[0]);
  // « L’encours atteint 14,6 M€. » ¶ « Cet encours est réparti entre trois prêteurs. La Banque … détient 8,2 M€. … Le
  // reste, soit 3,4 M€, … »: a paragraph opened by a sentence that announces the split, with no figure, makes every
  // amount of the chain a part; the whole is the one that sentence takes up.
  const announcer = announcingLead(s, o);
  if (announcer >= 0) {
    const whole = previousTotal(announcer, o, 1, true);
    if (!whole || whole.currency !== rest.currency || chain.some((p) => p.currency !== whole.currency)) return null;
    const b = make('remainder', items[k0].start, whole);
    b.parts = [...chain, rest];
    b.complete = true;
    return b;
  }
  const readings: { total: Figure; parts: Figure[] }[] = [];
  // « La Région apporte 1,9 M€. L’État verse 1,2 M€. Le reste, soit 0,3 M€, vient de la commune. »: an amount a funder
  // gives, or a part receives, is a sibling of the parts given or received the same way after it, no whole of them.
  let siblings = false;
  const givesOrGets = (v: Sentence, before: number) => {
    for (let k = firstIndex(v.items); k < v.items.length && v.items[k].start < before; k++) if (has(v.cues[k], 'contribution') || has(v.cues[k], 'receipt')) return true;
    return false;
  };
  for (let w = chain.length - 2; w >= 0; w--) {
    const whole = chain[w];
    if (givesOrGets(o.sentences[indexOfFigure(o, s, whole)], whole.start) && chain.slice(w + 1).some((p) => givesOrGets(o.sentences[indexOfFigure(o, s, p)], p.start))) {
      siblings = true;
      continue;
    }
    // « - assainissement : 112,6 M€ ; … - le reste, soit 10,8 M€ »: an item of the same list is a sibling of the rest.
    if (sent.inList && o.sentences[indexOfFigure(o, s, whole)].inList) continue;
    // « … l'essentiel de ce montant : 214 M€, soit 61 % de l'enveloppe »: a share's part is a sibling of the rest.
    if (partOfAShare(o.sentences[indexOfFigure(o, s, whole)], whole)) continue;
    // « L’électricité en représentait la plus grosse part, 3,4 M€ »: an amount « en » takes from a whole is a sibling too.
    const ws = o.sentences[indexOfFigure(o, s, whole)];
    let taken = false;
    for (let k = firstIndex(ws.items); k < ws.items.length && ws.items[k].start < whole.start && !taken; k++) taken = cliticEn(ws, k);
    if (taken) continue;
    // « Sur les 7,4 M€ d’investissement, 4,9 M€ iront aux réseaux. L’usine mobilisera 1,6 M€. Le reste, 0,9 M€, … »:
    // the parts the whole's own breakdown already gave come first.
    const own = roles.totals.get(whole.index);
    const given = own && !own.partsOnly && own.total?.index === whole.index ? own.parts.filter((p) => p.start > whole.start && p.currency === whole.currency) : [];
    // « Les feuillus occupent 1 900 ha. Les résineux couvrent 1 200 ha. Le reste, soit 300 ha, … »: an amount named as no
    // whole, in a sentence opened like the next one, which does not take it up (« en », « ce », « sa », a receiving
    // verb), is one more sibling. (« La forêt s’étend sur 3 400 ha. Les feuillus occupent … » opens otherwise.)
    const next = o.sentences[indexOfFigure(o, s, chain[w + 1])];
    if (given.length === 0 && !namedAsWhole(ws, whole) && !takesUp(next) && sameOpening(ws, next)) {
      siblings = true;
      continue;
    }
    const parts = [...given, ...chain.slice(w + 1), rest];
    if (parts.every((p) => p.hi < whole.lo)) readings.push({ total: whole, parts });
  }
  // « - Surface totale : 4 860 ha » ¶ « Les feuillus occupent 2 930 ha. Les résineux couvrent 1 480 ha. Le reste, soit
  // 450 ha, … »: the amount said just before the chain, larger than the chain and its rest together, may be their
  // whole; every amount of the chain is then a part.
  if (readings.length > 0 || siblings) {
    const before = amountBeforeChain(o, indexOfFigure(o, s, chain[0]), chain[0]);
    let sum = rest.lo;
    for (const p of chain) sum += p.lo;
    if (before && before.currency === rest.currency && before.hi >= sum * 0.5) readings.push({ total: before, parts: [...chain, rest] });
  }
  if (readings.length === 0) return null;
  // The furthest whole is the main reading; the nearer ones are alternatives.
  const main = readings[readings.length - 1];
  const b = make('remainder', items[k0].start, main.total);
  b.parts = main.parts;
  b.complete = true;
  if (readings.length > 1) b.alternatives = readings.slice(0, -1);
  return b;
}

/** The words before `whole` in its sentence call it a whole or spend it: « le budget », « au total », « consacre », « se répartit ». */
function namedAsWhole(v: Sentence, whole: Figure): boolean {
  for (let k = 0; k < v.items.length && v.items[k].start < whole.start; k++) {
    const c = v.cues[k];
    if (has(c, 'whole-noun') || has(c, 'total') || has(c, 'result') || has(c, 'allocation') || has(c, 'distribution') || has(c, 'origin') || has(c, 'attach') || has(c, 'stage')) return true;
  }
  return false;
}

/** « La ville en prend 80 M€ »: « en » as a pronoun, between its subject and a verb (« en 2024 », « en moyenne » are no pronouns). */
function pronounEn(v: Sentence, k: number): boolean {
  return isWord(v.items[k], 'en') && k > firstIndex(v.items) && isVerbAfterEn(v.items[k + 1]);
}

/** Two sentences open on a definite article of one number: « Les feuillus … » and « Les résineux … ». */
function sameOpening(a: Sentence, b: Sentence): boolean {
  const number = (v: Sentence) => {
    const it = v.items[firstIndex(v.items)];
    return isWord(it, 'les') ? 'plural' : isWord(it, 'le', 'la', "l'") ? 'singular' : null;
  };
  const n = number(a);
  return n !== null && n === number(b);
}

/** The sentence takes up a whole said before it: a clitic « en », a demonstrative or possessive, a verb of receiving. */
function takesUp(v: Sentence): boolean {
  for (let k = 0; k < v.items.length; k++) {
    if (cliticEn(v, k) || pronounEn(v, k) || has(v.cues[k], 'anaphora') || has(v.cues[k], 'receipt') || has(v.cues[k], 'remainder') || isWord(v.items[k], 'son', 'sa', 'ses', 'leur', 'leurs', 'dont')) return true;
  }
  return false;
}

/**
 * The one amount of the nearest sentence with amounts before sentence `at` (within REACH, in its section, a list item
 * too) — a whole the chain starting at `first` may split.
 */
function amountBeforeChain(o: FindOptions, at: number, first: Figure): Figure | null {
  const sents = o.sentences;
  for (let p = at - 1; p >= 0 && p >= at - REACH && sents[p].section === sents[at].section; p--) {
    const am = amountItems(sents[p].items, 0, sents[p].items.length);
    if (am.length === 0) continue;
    return am.length === 1 && am[0].high === undefined && am[0].start < first.start ? figureOf(o.amounts, am[0]) : null;
  }
  return null;
}

/**
 * The sentence that opens the paragraph of sentence s, when it states no figure and announces a split (« Cet encours est
 * réparti entre trois prêteurs. »), pointing back to a whole: its index, or -1.
 */
function announcingLead(s: number, o: FindOptions): number {
  const sents = o.sentences;
  let p = s - 1;
  while (p > 0 && sents[p - 1].paragraph === sents[s].paragraph) p--;
  const lead = sents[p];
  if (!lead || p >= s || lead.paragraph !== sents[s].paragraph || lead.figures !== 0) return -1;
  const k0 = firstIndex(lead.items);
  const pointsBack = has(lead.cues[k0], 'anaphora') || isWord(lead.items[k0], 'ce', 'cet', 'cette', 'ces');
  return pointsBack && lead.cues.some((c) => has(c, 'distribution')) ? p : -1;
}

/**
 * « Les crédits de la politique routière s’élèvent à 63 M€. » ¶ « L’entretien mobilise 21,4 M€ … Les réparations sont
 * dotées de 18,9 M€ … » ¶ « Les ouvrages d’art bénéficient de 9,6 M€ … » ¶ « Le reste, soit 17,6 M€, … »: a rest that
 * opens its paragraph closes parts given one per sentence over the paragraphs before it, back to the first amount of the
 * section, which a noun of a sum states — the section's whole. Anything else in between leaves the rest unread.
 */
function sectionChain(s: number, o: FindOptions, roles: Roles, rest: Figure): Breakdown | null {
  const sents = o.sentences;
  const sent = sents[s];
  if (s === 0 || sents[s - 1].paragraph === sent.paragraph) return null;
  const chain: Figure[] = [];
  let p = s - 1;
  for (; p >= 0 && p >= s - 10 && sents[p].section === sent.section && sents[p].paragraph >= 0; p--) {
    const v = sents[p];
    if (v.figures === 0) continue;
    const own = ownAmounts(v);
    if (own.length !== 1 || v.items.some((it) => it.kind === 'percent') || basisNearFigures(v) || roles.parts.has(own[0].index)) return null;
    chain.push(figureOf(o.amounts, own[0]));
  }
  // The first amount of the section: nothing before it under the same heading (read over 40 sentences at most).
  for (let q = p; q >= 0 && sents[q].section === sent.section; q--) if (sents[q].figures > 0 || q < s - 40) return null;
  if (chain.length < 3) return null;
  chain.reverse();
  const whole = chain[0];
  const ws = sents[indexOfFigure(o, s, whole)];
  const k = lowerBound(ws.items, whole.start);
  let named = false;
  for (let q = firstIndex(ws.items); q < k && !named; q++) named = has(ws.cues[q], 'sum-noun') || has(ws.cues[q], 'whole-noun');
  const parts = [...chain.slice(1), rest];
  if (!named || parts.some((x) => x.currency !== whole.currency || x.hi >= whole.lo)) return null;
  const b = make('remainder', sent.items[firstIndex(sent.items)].start, whole);
  b.parts = parts;
  b.complete = true;
  return b;
}

/** A sentence whose amounts (`group`, two or more) are all parts of one level: no whole, comparison, stage or detail among them. */
function listsOnlyParts(o: FindOptions, s: number, group: readonly Figure[]): boolean {
  if (group.length < 2) return false;
  const sent = o.sentences[indexOfFigure(o, s, group[0])];
  if (anyCue(sent, 'comparison') || anyCue(sent, 'total')) return false;
  const r = readRegion(sent, firstIndex(sent.items), sent.items.length, o);
  return !r.aborted && !r.nested && !r.stopped && r.extra.length === 0 && r.stages.size === 0 && r.parts.length === group.length && r.parts.every((p, i) => p.index === group[i].index);
}

/**
 * « Le budget s’équilibre à 860 000 €. Les concessions rapportent 412 000 € et les taxes 96 000 € ; le reste, soit
 * 442 000 €, … »: parts then their rest in one sentence, the whole the one amount of the sentence before.
 */
export function restInSentence(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph) return null;
  // Items of a list are each other's siblings: the list's own reading (lists.ts) finds its whole.
  if (sent.inList && prev.inList) return null;
  const { items, cues } = sent;
  let r = -1;
  for (let k = 1; k < items.length; k++) {
    // « ; le reste, soit … » (« le reste » is one cue) or « , le solde, soit … » (the article, then the noun).
    if (has(cues[k], 'remainder') && (isPunct(items[k - 1], ';', ',') || (isWord(items[k - 1], 'le', 'la', "l'") && isPunct(items[k - 2], ';', ',')))) {
      r = k;
      break;
    }
  }
  if (r < 0) return null;
  // « … ; le reste appartient à 38 000 propriétaires, dont les trois quarts possèdent moins de 4 ha »: what « dont »
  // says of the rest's owners is no figure of the rest.
  let restEnd = items.length;
  for (let k = r + 1; k < items.length; k++) {
    if (isWord(items[k], 'dont')) {
      restEnd = k;
      break;
    }
  }
  const before = amountItems(items, 0, r);
  const after = amountItems(items, r, restEnd);
  if (before.length === 0 || after.length !== 1 || [...before, ...after].some((a) => a.high !== undefined || roles.parts.has(a.index))) return null;
  if (basisNearFigures(sent) || basisNearFigures(prev)) return null;
  const whole = ownAmounts(prev);
  if (whole.length !== 1 || whole[0].high !== undefined || roles.parts.has(whole[0].index)) return null;
  // « L’Agence apporte 4,2 M€, soit 35 % du montant HT. » states a part, with its share: no whole of the next parts.
  if (percentItems(prev.items, 0, prev.items.length).length > 0) return null;
  let total = figureOf(o.amounts, whole[0]);
  const parts = [...before, ...after].map((a) => figureOf(o.amounts, a));
  // « … a collecté 41 200 tonnes. » ¶ « L’essentiel de ce tonnage, 27 900 tonnes, relève … Les collectes sélectives
  // représentent 8 600 tonnes …, le solde, soit 5 400 tonnes, … »: the sentence before gave a portion of a whole named
  // earlier; that portion is one more part, and the whole is the amount it was a portion of.
  if (portionOfEarlier(prev, lowerBound(prev.items, whole[0].start))) {
    const outer = s >= 2 ? o.sentences[s - 2] : undefined;
    const outerAmounts = outer && outer.section === sent.section && outer.paragraph >= prev.paragraph - 1 ? ownAmounts(outer) : [];
    if (outerAmounts.length !== 1 || outerAmounts[0].high !== undefined) return null;
    parts.unshift(total);
    total = figureOf(o.amounts, outerAmounts[0]);
  }
  let sum = 0;
  for (const p of parts) sum += p.value;
  if (parts.some((p) => p.currency !== total.currency) || sum * 20 < total.value || sum > total.value * 20) return null;
  // A whole smaller than one of its parts is another figure, not this rest's whole.
  if (parts.some((p) => p.lo > total.hi)) return null;
  const b = make('remainder', items[r].start, total);
  b.parts = parts;
  b.complete = true;
  return b;
}

/** Words that make the noun after them a portion: « l’essentiel de », « la majorité de », « la plus grande part de ». */
const PORTION_NOUNS: ReadonlySet<string> = new Set(['essentiel', 'majorite', 'plupart', 'gros', 'part', 'partie']);

/** « L’essentiel de ce tonnage, 27 900 tonnes, … »: the amount at item k is said as a portion of a whole taken up before. */
function portionOfEarlier(v: View, k: number): boolean {
  for (let q = 0; q < k; q++) {
    const it = v.items[q];
    if (it.kind === 'word' && PORTION_NOUNS.has(it.f) && isWord(v.items[q + 1], 'de', "d'", 'du', 'des') && (isWord(v.items[q + 2], 'ce', 'cet', 'cette', 'ces') || has(v.cues[q + 2], 'anaphora'))) return true;
  }
  return false;
}

/** The tax word that labels the amount at item k: « Total HT : A », « A HT », « TVA (20 %) : A ». */
function taxLabel(v: View, k: number): 'ht' | 'ttc' | 'tva' | null {
  const c = v.cues[k + 1];
  if (has(c, 'mixed-basis') && (c!.value === 1 || c!.value === 2)) return c!.value === 1 ? 'ht' : 'ttc';
  for (let q = k - 1, w = 0; q >= 0 && w < 4; q--) {
    const it = v.items[q];
    if (it.kind === 'amount') return null;
    if (it.kind === 'punct' || it.kind === 'percent') continue;
    w++;
    if (it.f === 'tva') return 'tva';
    const cq = v.cues[q];
    if (has(cq, 'mixed-basis') && (cq!.value === 1 || cq!.value === 2)) return cq!.value === 1 ? 'ht' : 'ttc';
  }
  return null;
}

/** « Total HT : 1 250 000 € — TVA (20 %) : 250 000 € — Total TTC : 1 500 000 € »: the price with tax is the price without it plus the tax. */
export function taxBreakdown(sent: Sentence, o: FindOptions): { breakdown: Breakdown; rate: { part: Figure; share: ReturnType<typeof shareOf>; whole: Figure } | null } | null {
  if (sent.figures < 3) return null;
  const found: Partial<Record<'ht' | 'ttc' | 'tva', { it: AmountItem; k: number }>> = {};
  const { items } = sent;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'amount' || it.high !== undefined) continue;
    const label = taxLabel(sent, k);
    if (!label) continue;
    if (found[label]) return null;
    found[label] = { it, k };
  }
  const { ht, ttc, tva } = found;
  if (!ht || !ttc || !tva) return null;
  const b = make('soit-total', ttc.it.start, figureOf(o.amounts, ttc.it));
  b.parts = [figureOf(o.amounts, ht.it), figureOf(o.amounts, tva.it)];
  b.complete = true;
  // « TVA (20 %) »: the tax is that share of the price without it.
  let rate = null;
  for (let q = tva.k - 1; q >= 0 && q >= tva.k - 4; q--) {
    const it = items[q];
    if (it.kind === 'percent') {
      rate = { part: b.parts[1], share: shareOf(o.percentages, it), whole: b.parts[0] };
      break;
    }
  }
  return { breakdown: b, rate };
}

/**
 * « Le PLF ouvre 31,8 Md€ sur la mission. Le programme 150 concentre à lui seul 34 200 M€ … »: « à lui seul » says the
 * amount right after it is one part of the whole just stated, the one own amount of the sentence before (in the
 * paragraph, or across a break when the sentence reaches back: mayReferBack reads « à lui seul »).
 */
export function partAlone(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  for (let k = 0; k + 3 < items.length; k++) {
    const alone = isWord(items[k], 'a') && isWord(items[k + 1], 'lui', 'elle', 'eux', 'elles') && isWord(items[k + 2], 'seul', 'seule', 'seuls', 'seules');
    // « … absorbera 3,1 millions d’euros sur ce montant »: the amount right before « sur » and the demonstrative whole.
    const onThat = !alone && k > 0 && items[k - 1]?.kind === 'amount' && isWord(items[k], 'sur') && isWord(items[k + 1], 'ce', 'cet', 'cette') && has(sent.cues[k + 2], 'whole-noun');
    if (!alone && !onThat) continue;
    const it = onThat ? items[k - 1] : items[k + 3];
    if (it.kind !== 'amount' || it.high !== undefined) return null;
    // (« sur ce montant » points back as surely across a paragraph break.)
    const whole = previousTotal(s, o, 1, sent.reachesBack || onThat);
    const part = figureOf(o.amounts, it);
    if (!whole || whole.currency !== part.currency || part.qualifier !== null) return null;
    // « … environ 108 000 euros par projet », « une moyenne de 71 € »: an amount per unit is no whole; nor is one twenty
    // times smaller than the part.
    const before = o.sentences[lowerBound(o.sentences, whole.start + 1) - 1];
    if (!before || basisNearAmount(before, whole.start) || part.value > whole.value * 20) return null;
    // (A figure ranked among the parts, « Le deuxième poste … 141 M€ », is a sibling; so is the last part of a list,
    // « Le remboursement de la dette complète l’ensemble, pour 74 M€ ».)
    if (isRankedPart(before) || before.cues.some((c) => has(c, 'closure'))) return null;
    const b = make('dont', part.start, whole);
    b.parts = [part];
    b.complete = false;
    return b;
  }
  return null;
}
