// The relation finder: every relation between figures the text states, read
// from its structure (sentences, clauses, lists, the sentences around) and
// the cue lexicon. Finding is kept apart from judging: each relation found is
// judged by the module of its kind (judge/), and becomes a check whether it
// holds or not.

import { Breakdown, Change, Figure, Rate, Restatement, SharePair } from '../model';
import { FindOptions, make, backReference, distribution, partOfThis, countedParts, dontBreakdowns, impliedWhole, partAlone, recipientsAfter, remainderChain, restInSentence, rolesOf, taxBreakdown, totalAfterAcross, totalAfterInSentence } from './wholes';
import { listBreakdowns } from './lists';
import { announcedParts } from './announcedParts';
import { shareRunBreakdowns } from './shareRuns';
import { answersOverlap, partitionBreakdowns, restAfterSemicolon, restAfterShares, restClosesShares, sharesAcrossSentences, sharesGoOn, splitsOfAShare } from './partitions';
import { isWord, lowerBound } from '../words';
import { hasDigit } from '../../text/chars';
import { findSharePairs } from './shares';
import { findChanges } from './changes';
import { countPerPeriod, findRates } from './rates';
import { countProducts } from './countProducts';
import { findBracketRestatements, findCountRestatements, findDemonstrativeCount, findDemonstrativeRestatement, findNamedRestatement, findPeriods, findRecalledRestatement, findRestatements } from './restatements';
import { countBreakdown, countQuotient, countRemainderChain, countShares, partAfterOpeningWhole, partOfCountBefore, shareSaidAfter } from './counts';
import { countTotalAfterParts, voteTotals } from './countTotals';
import { differenceOf } from './differences';
import { countTotalAfterYearSeries, countTotalInYearSeries, totalAfterYearSeries, totalBeforeYearSeries, totalOverYearsBefore } from './yearSeries';
import { Sentence, sameList } from '../sentences';
import { quantityAt } from './quantities';
import { REACH } from '../reach';

export type { FindOptions } from './wholes';

export interface Relations {
  breakdowns: Breakdown[];
  pairs: SharePair[];
  changes: Change[];
  rates: Rate[];
  restatements: Restatement[];
}

/** Whether a sentence holds a digit: only then may it state a count. */
function digitIn(text: string, s: { start: number; end: number }): boolean {
  return hasDigit(text, s.start, s.end);
}

export function findRelations(o: FindOptions): Relations {
  const { sentences } = o;
  const breakdowns: Breakdown[] = [];
  const taxRates: SharePair[] = [];

  // Wholes stated with or before their parts, in the sentence or the one before.
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    // A sentence without figures matters only when it announces a list (« … se répartit ainsi : »).
    if (sent.figures === 0 && o.text.charCodeAt(sent.end - 1) !== 58) continue;
    if (sent.items.length === 0) continue;
    for (const b of dontBreakdowns(sent, o)) breakdowns.push(b);
    const tax = taxBreakdown(sent, o);
    if (tax) {
      breakdowns.push(tax.breakdown);
      if (tax.rate) taxRates.push(tax.rate);
      continue;
    }
    const soit = totalAfterInSentence(s, o);
    if (soit) {
      breakdowns.push(soit);
      continue;
    }
    // « 16 lauréats : 2,48 M€ ont été accordés » over the tables that list them: a document-wide stage (acrossTables.ts).
    const b = backReference(s, o) ?? distribution(s, o) ?? partAlone(s, o) ?? partOfThis(s, o);
    if (b) breakdowns.push(b);
  }
  for (const b of listBreakdowns(o)) breakdowns.push(b);
  // Labelled shares under a counting item of a list no breakdown read (shareRuns.ts).
  const listed = new Set<number>();
  for (const b of breakdowns) if (b.shares.length >= 2) for (const sh of b.shares) listed.add(sh.start);
  for (const b of shareRunBreakdowns(o, (start) => listed.has(start))) breakdowns.push(b);

  // Budget stages nest: what was paid cannot exceed what was committed (« 198 M€ engagés et 211 M€ payés »).
  for (const b of [...breakdowns]) {
    if (!b.ranks) continue;
    for (let i = 0; i < b.parts.length; i++) {
      for (let j = 0; j < b.parts.length; j++) {
        if (b.ranks[i] > 0 && b.ranks[j] > b.ranks[i]) {
          const nested = make('sur', b.parts[j].start, b.parts[i]);
          nested.parts = [b.parts[j]];
          nested.partsOnly = true;
          breakdowns.push(nested);
        }
      }
    }
  }

  // Wholes stated after their parts, across sentences: they take the breakdowns above as parts.
  const roles = rolesOf(breakdowns);
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    // (« Une enveloppe record, qui se répartit entre quatre grands postes. »: an announcement may hold no figure.)
    const b = announcedParts(s, o, roles) ?? (sent.figures === 0 ? null : countedParts(s, o, roles) ?? totalAfterAcross(s, o, roles) ?? remainderChain(s, o, roles) ?? restInSentence(s, o, roles) ?? impliedWhole(s, o, roles) ?? recipientsAfter(s, o, roles) ?? differenceOf(s, o, roles) ?? totalBeforeYearSeries(s, o, roles) ?? totalAfterYearSeries(s, o, roles) ?? totalOverYearsBefore(s, o, roles));
    if (!b) continue;
    breakdowns.push(b);
    // The next sentences see it: « Le solde, … » closes the parts « en absorbe … » just gave.
    if (b.total && !roles.totals.has(b.total.index)) roles.totals.set(b.total.index, b);
    for (const p of b.parts) roles.parts.add(p.index);
  }

  // « … à 58 % … et à 27 % … ; le reste, soit 23 %, … »: a rest after a semicolon closes the shares before it.
  for (const b of breakdowns) if (b.shares.length >= 2) restAfterSemicolon(b, o);

  // « Plusieurs réponses étaient possibles »: the shares of that paragraph may overlap, and never add up.
  for (const b of breakdowns) {
    if (b.shares.length < 2) continue;
    const s = sentences[lowerBound(sentences, b.at + 1) - 1];
    if (s && answersOverlap(s, o)) b.shares = [];
  }

  // Shares of one population with no cue word, where the text shows they exclude each other.
  const taken = new Set<number>();
  for (const b of breakdowns) {
    for (const sh of b.shares) taken.add(sh.index);
    for (const pr of b.pairs) taken.add(pr.share.index);
  }
  // A share a breakdown splits with others, or pairs with a part, belongs to it; one a lone clause took
  // (« se partagent les 27 % restants ») may still close shares across sentences.
  const pairedOrSplit = new Set<number>();
  for (const b of breakdowns) {
    if (b.shares.length >= 2) for (const sh of b.shares) pairedOrSplit.add(sh.index);
    for (const pr of b.pairs) pairedOrSplit.add(pr.share.index);
  }
  // The breakdowns of two shares or more by the sentence their last share is in: a rest opening the sentence after reads
  // those only (one lookup per sentence, whatever the number of breakdowns).
  const endingIn = new Map<number, Breakdown[]>();
  const register = (b: Breakdown) => {
    if (b.shares.length < 2) return;
    const at = lowerBound(sentences, b.shares[b.shares.length - 1].start + 1) - 1;
    const list = endingIn.get(at);
    if (list) list.push(b);
    else endingIn.set(at, [b]);
  };
  for (const b of breakdowns) register(b);
  const push = (b: Breakdown) => {
    breakdowns.push(b);
    register(b);
  };
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    // « Plusieurs réponses étaient possibles », in the paragraph or a list's lead-in: these shares never add up either.
    if (sent.figures === 1 && s > 0) {
      if (restClosesShares(s, o, endingIn.get(s - 1) ?? [])) continue;
      const rest = restAfterShares(s, o, taken);
      if (rest && !answersOverlap(sent, o)) push(rest);
    }
    if (sent.figures === 1) {
      const across = sharesAcrossSentences(s, o, pairedOrSplit);
      if (across && !answersOverlap(sent, o)) {
        push(across.breakdown);
        s = across.next - 1;
        continue;
      }
    }
    if (sent.figures < 2) continue;
    // (« …, le personnel 10 % ; les autres politiques se partagent les 11 % restants »: the rest a lone clause took closes
    // the run before the semicolon.)
    for (const b of partitionBreakdowns(sent, o, pairedOrSplit)) push(b);
  }
  sharesGoOn(breakdowns, o);
  splitsOfAShare(breakdowns, o);

  // Shares stated for one part: the breakdowns' own pairs, then those the sentences state.
  const totalOfPart = new Map<number, Figure>();
  const paired = new Set<number>();
  const pairs: SharePair[] = [...taxRates];
  for (const p of taxRates) paired.add(p.share.index);
  for (const b of breakdowns) {
    if (!b.total) continue;
    for (const p of b.parts) if (!b.partsOnly && !totalOfPart.has(p.index)) totalOfPart.set(p.index, b.total);
    for (const pr of b.pairs) {
      if (paired.has(pr.share.index)) continue;
      paired.add(pr.share.index);
      pairs.push({ part: pr.part, share: pr.share, whole: b.total });
    }
    // « A en absorbe 5,3 M€, B 4,6 M€, C 2,6 M€, soit respectivement 43 %, 37 % et 21 % »: each share is the part of its rank's.
    if (b.parts.length >= 2 && b.shares.length === b.parts.length && saysRespectively(sentences, b.shares[0].start)) {
      for (let i = 0; i < b.parts.length; i++) {
        if (paired.has(b.shares[i].index)) continue;
        paired.add(b.shares[i].index);
        pairs.push({ part: b.parts[i], share: b.shares[i], whole: b.total });
      }
    }
  }
  const context = { ...o, totalOfPart, paired };
  const totals = new Set<number>();
  for (const b of breakdowns) if (b.total) totals.add(b.total.index);
  const changes: Change[] = [];
  const rates: Rate[] = [];
  const restatements: Restatement[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    if (!o.measures && s > 0 && digitIn(o.text, sent)) {
      const series = countTotalAfterYearSeries(s, o);
      if (series) breakdowns.push(series);
    }
    if (sent.figures === 0) {
      if (o.measures) continue;
      // « … 9 des 27 communes … C’est une commune sur quatre ! »: a share said after the sentence that counts.
      if (s > 0 && sent.items.length > 0) {
        const after = shareSaidAfter(s, o);
        if (after) pairs.push(after);
      }
      // Counts change and split too (« passant de 4 500 à 9 800 bornes », « 412 postes … (186), (143) et (121) »,
      // « Plus d’un tiers des 260 communes, 72 exactement »): worth reading only when the sentence has digits.
      // « Le nombre d’inscrits a triplé en trois ans. », no digit in it, may find its two ends in the next sentence
      // (endsAhead), when that one has digits.
      const next = sentences[s + 1];
      const digits = digitIn(o.text, sent);
      if (digits || (next && next.paragraph === sent.paragraph && digitIn(o.text, next) && FACTOR_WORDS.test(o.text.slice(sent.start, sent.end)))) {
        // (« En 2010, 37 exploitations … Elles sont aujourd’hui 148, soit cinq fois plus »: counts too take an end from the
        // sentence before.)
        for (const c of findChanges(sent, o.amounts, o.percentages, digits && s > 0 ? sentences[s - 1] : null, next && digitIn(o.text, next) ? next : null)) changes.push(c);
      }
      // « 38 agents ont effectué 96 heures chacun, soit 3 280 heures »: counts multiply too.
      if (digits) for (const r of countProducts(sent)) addRate(rates, r);
      if (digits) {
        const b = voteTotals(s, sentences) ?? countBreakdown(sent, o.text, countSentenceBefore(sentences, s)) ?? countTotalInYearSeries(sent) ?? countTotalAfterParts(s, sentences) ?? partAfterOpeningWhole(sent, o.text, s + 1 < sentences.length && sentences[s + 1].paragraph === sent.paragraph ? sentences[s + 1] : null);
        // « 312 sont certifiées HVE et 158 en bio, une cinquantaine cumulant les deux »: counts the paragraph says
        // overlap are each within the whole; their sum need not be.
        if (b && b.parts.length >= 2 && answersOverlap(sent, o)) b.partsOnly = true;
        if (b) breakdowns.push(b);
        const part = partOfCountBefore(sent, o) ?? countRemainderChain(s, o);
        // « Parmi eux, 1 450 …, 980 … et 2 710 …, une même personne pouvant cumuler plusieurs de ces situations ».
        if (part && part.parts.length >= 2 && answersOverlap(sent, o)) part.partsOnly = true;
        if (part) breakdowns.push(part);
        const quotient = countQuotient(sent, siblingsBefore(s, sentences)) ?? countPerPeriod(sent);
        if (quotient) rates.push(quotient);
        for (const r of findPeriods(sent)) restatements.push(r);
        for (const r of findCountRestatements(sent)) restatements.push(r);
        const again = findDemonstrativeCount(s, sentences);
        if (again) restatements.push(again);
        for (const p of countShares(sent, o)) pairs.push(p);
      } else if (s > 0 && digitIn(o.text, sentences[s - 1])) {
        // « Ces mille cinq cent quarante places … »: a count in words takes up the one in digits just before.
        const again = findDemonstrativeCount(s, sentences);
        if (again) restatements.push(again);
      }
      continue;
    }
    if (!o.measures) for (const p of countShares(sent, o)) pairs.push(p);
    if (!o.measures && s > 0) {
      const after = shareSaidAfter(s, o);
      if (after) pairs.push(after);
    }
    for (const p of findSharePairs(s, context)) pairs.push(p);
    // The next sentence may hold the ends of a change stated alone; only one with digits can.
    const next = sentences[s + 1];
    for (const c of findChanges(sent, o.amounts, o.percentages, s > 0 ? sentences[s - 1] : null, next && digitIn(o.text, next) ? next : null, () => earlierOf(s, sentences))) changes.push(c);
    for (const r of findRates(s, sentences, o.amounts, o.percentages)) addRate(rates, r);
    const products = o.measures ? [] : countProducts(sent);
    for (const r of products) addRate(rates, r);
    for (const r of findRestatements(sent, o.amounts, totals)) restatements.push(r);
    if (!o.measures) for (const r of findPeriods(sent)) restatements.push(r);
    // (« chacun … 18 tonnes, soit 828 tonnes »: the total of a product after « soit » restates nothing.)
    const totalsOfProducts = new Set(products.map((p) => p.result.start));
    if (!o.measures) for (const r of findCountRestatements(sent)) if (!totalsOfProducts.has(r.second.start)) restatements.push(r);
    for (const r of findBracketRestatements(sent, o.amounts, o.text)) restatements.push(r);
    // « Ces 46 000 bénéficiaires recevront en moyenne 190 € »: a count taken up in a sentence that also states an amount.
    const these = o.measures ? null : findDemonstrativeRestatement(s, sentences, o.amounts) ?? findNamedRestatement(s, o) ?? findRecalledRestatement(s, o) ?? findDemonstrativeCount(s, sentences);
    if (these) restatements.push(these);
  }
  return { breakdowns, pairs, changes, rates, restatements };
}

/**
 * Words of a change by a factor (the lexicon's factor lemmas, « doubl », « tripl », « quadrupl », and « fois »,
 * « multipli », « divis »): the only change a sentence with no digit can state. A quick test on its text before it is
 * cut into words; a test holds it to the lexicon.
 */
export const FACTOR_WORDS = /doubl|tripl|quadrupl|fois|multipli|divis/i;

/** The sentences before `s` in its paragraph, or items before it in the same list, within REACH. In text order. */
function siblingsBefore(s: number, sentences: readonly Sentence[]): Sentence[] {
  const sent = sentences[s];
  let first = s;
  while (first > 0 && first > s - REACH && sentences[first - 1].section === sent.section && (sentences[first - 1].paragraph === sent.paragraph || sameList(sentences[first - 1], sentences[first]))) first--;
  return sentences.slice(first, s);
}

/**
 * The sentences before `s` a relation may take a term from: within REACH and the section, and across a paragraph break
 * only when `s` reaches back (mayReferBack: chunks never cut there). In text order.
 */
function earlierOf(s: number, sentences: readonly Sentence[]): Sentence[] {
  const sent = sentences[s];
  let first = s;
  // A paragraph break is crossed where the sentence after it reaches back (« En 2021, il n’en comptait que 112 000. »).
  while (first > 0 && first > s - REACH && sentences[first - 1].section === sent.section && (sentences[first - 1].paragraph === sentences[first].paragraph || sentences[first].reachesBack || sent.reachesBack)) first--;
  return sentences.slice(first, s);
}

/** « respectivement » in the sentence holding `at`, before it: shares given in the order of the parts. */
function saysRespectively(sentences: readonly Sentence[], at: number): boolean {
  const sent = sentences[lowerBound(sentences, at + 1) - 1];
  if (!sent) return false;
  for (const it of sent.items) {
    if (it.start >= at) break;
    if (isWord(it, 'respectivement')) return true;
  }
  return false;
}

/** The rates found so far, indexed by count and by rate and result, so that adding one never scans them all. */
const rateIndex = new WeakMap<Rate[], { byCount: Map<number, Rate[]>; byFigures: Map<string, Rate> }>();

/**
 * One rate and one result read twice (from the rate's sentence and from the result's) are one product: its counts are
 * readings of one count, and the result fits when any of them does.
 */
function addRate(rates: Rate[], r: Rate): void {
  let index = rateIndex.get(rates);
  if (!index) rateIndex.set(rates, (index = { byCount: new Map(), byFigures: new Map() }));
  // « 72 M€ … calibrée sur 1,3 million de bénéficiaires, à raison de 50 € par enfant » then « redéployer 10 M€ »: a
  // rate already tied by the same count to the figures before it is not the factor of a later one.
  const figures = (x: Rate) => [x.rate.start, x.result.start];
  const sameCount = index.byCount.get(r.count.start) ?? [];
  if (sameCount.some((x) => x.result.start !== r.result.start && figures(x).includes(r.rate.start) && figures(x).some((f) => f < r.rate.start))) return;
  const key = `${r.op}:${r.rate.start}:${r.result.start}`;
  const same = index.byFigures.get(key);
  if (!same) {
    rates.push(r);
    index.byFigures.set(key, r);
    // (A count shared by many rates keeps only the first few: enough to tie a later factor, bounded whatever the text.)
    if (sameCount.length < 8) index.byCount.set(r.count.start, [...sameCount, r]);
    return;
  }
  const readings = [same.count, ...(same.alternatives ?? [])];
  for (const c of [r.count, ...(r.alternatives ?? [])]) if (!readings.some((x) => x.value === c.value)) (same.alternatives ??= []).push(c);
}

/**
 * The sentence before `s` in its paragraph whose count a sentence opening on « ces … » may take up: the one right before,
 * or (« … 312 000 emplois … » · « Le chiffre figure dans la note. » · « Selon ce document, ces créations se
 * répartissent … ») the one before a sentence that states no figure.
 */
function countSentenceBefore(sentences: readonly Sentence[], s: number): Sentence | null {
  const prev = s > 0 && sentences[s - 1].paragraph === sentences[s].paragraph ? sentences[s - 1] : null;
  if (!prev || s < 2 || prev.items.some((it) => it.kind !== 'word' && it.kind !== 'punct')) return prev;
  // (Counts are numbers among the words, in digits or in words.)
  for (let k = 0; k < prev.items.length; k++) if (quantityAt(prev.items, k)) return prev;
  const before = sentences[s - 2];
  return before.paragraph === prev.paragraph ? before : prev;
}
