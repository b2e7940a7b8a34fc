// Percentages that split one population without any cue word:
// « 48 % approuvent la réforme, 39 % la désapprouvent et 21 % ne se
// prononcent pas ». Most runs of percentages in a sentence are not one whole
// (« 85 % sont satisfaits et 70 % recommandent le service »), so a run counts
// only with evidence that its parts exclude each other: a word of partition
// (« autres », « sans opinion », « ne se prononcent pas »: then the run is
// complete), or two predicates that are each other's negation
// (« approuvent » / « désapprouvent », « favorables » / « défavorables »).

import { saysOverlap } from '../overlap';
import { Breakdown, shareOf } from '../model';
import { Role } from '../lexicon';
import { has } from '../cues';
import { Sentence, firstIndex } from '../sentences';
import { Item, foldString, isPunct, isWord, lowerBound } from '../words';
import { FindOptions, absorb, make } from './wholes';
import { nounKey, quantityAt } from './quantities';
import { takesUpCount } from './counts';
import { REACH } from '../reach';
import { View, amountItems, changePercentAt, namesRates, percentItems, readRegion, remainderAt } from './region';

const NEGATIONS = ['des', 'de', 'dis', 'in', 'im', 'il', 'ir', 'mal', 'non', 'non-', 'me'];
/** Answers that exclude each other. */
const OPPOSITES: readonly [string, string][] = [['oui', 'non'], ['pour', 'contre'], ['favorable', 'opposes'], ['favorables', 'opposes']];

/** True when two words of the run are each other's negation (by a prefix, or a pair of answers). */
function negatedPair(v: View, from: number, to: number): boolean {
  const words = new Set<string>();
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind === 'word') words.add(it.f);
  }
  for (const [a, b] of OPPOSITES) if (words.has(a) && words.has(b)) return true;
  for (const w of words) {
    if (w.length < 4) continue;
    for (const p of NEGATIONS) if (w.length > p.length + 3 && w.startsWith(p) && words.has(w.slice(p.length))) return true;
  }
  return false;
}

/** Per document structure, what each paragraph said: folding a paragraph once, not once per sentence in it. */
const overlapByParagraph = new WeakMap<object, Map<number, boolean>>();

/** True when the paragraph of `sent` says the answers may overlap. */
export function answersOverlap(sent: Sentence, o: FindOptions): boolean {
  // An item of a list: its lead-in says it (« … le profil est le suivant (un même bénéficiaire pouvant relever de
  // plusieurs catégories) : »).
  if (sent.inList) {
    const at = lowerBound(o.sentences, sent.start + 1) - 1;
    let i = at;
    while (i > 0 && o.sentences[i].inList && i > at - 40) i--;
    const lead = o.sentences[i];
    if (lead && !lead.inList && lead.section === sent.section && overlapIn(lead.paragraph, o)) return true;
  }
  return overlapIn(sent.paragraph, o);
}

/** True when paragraph `paragraph` says the answers may overlap (read once per paragraph). */
function overlapIn(paragraph: number, o: FindOptions): boolean {
  const p = o.structure.paragraphs[paragraph];
  if (!p || p.end - p.start > 4000) return false;
  let known = overlapByParagraph.get(o.structure.paragraphs);
  if (!known) overlapByParagraph.set(o.structure.paragraphs, (known = new Map()));
  let says = known.get(paragraph);
  if (says === undefined) {
    const f = foldString(o.text.slice(p.start, p.end));
    says = saysOverlap(f);
    known.set(paragraph, says);
  }
  return says;
}


export function partitionBreakdowns(sent: Sentence, o: FindOptions, taken: ReadonlySet<number>): Breakdown[] {
  const out: Breakdown[] = [];
  const { items } = sent;
  // Only a sentence with two percentages can hold a partition: the paragraph's words are read for those alone.
  let percents = 0;
  for (const it of items) if (it.kind === 'percent') percents++;
  if (percents < 2 || answersOverlap(sent, o)) return out;
  // Each run between semicolons is its own population: « 54 % de femmes et 46 % d’hommes ; 35 % ont moins de 30 ans… ».
  let from = 0;
  for (let k = 0; k <= items.length; k++) {
    if (k < items.length && !isPunct(items[k], ';')) continue;
    // « L’État en prend 40 % et la région 35 % ; le reste, soit 25 %, … »: the rest closes the run before the semicolon.
    const f = k + 1 < items.length ? k + 1 : k;
    if (k < items.length && remainderAt(sent, f)) continue;
    // « 64 % la jugent utile, 27 % peu utile et 11 % inutile ; 4 % ne se prononcent pas »: the undecided close the run.
    if (k < items.length && items[f]?.kind === 'percent' && partitionWithin(sent, f + 1, f + 5)) continue;
    // « … et le personnel 10 % ; les autres politiques se partagent les 11 % restants »: the others' share closes it too.
    if (k < items.length && othersShareClause(sent, f)) continue;
    // « Pour 36 % d’entre eux, il s’agissait de … ; 28 % souhaitaient …, 17 % … et 8 % pour un autre motif »: one share
    // before the semicolon, a list of shares after it, is one population's split begun before the semicolon.
    if (k < items.length && percentItems(items, from, k).length === 1 && amountItems(items, from, k).length === 0 && percentItems(items, k + 1, nextSemicolon(items, k + 1)).length >= 2) continue;
    const b = run(sent, o, from, k, taken);
    if (b && from === 0) shareBeforeEn(b, sent, o);
    // « … reposait à 41 % sur le pétrole. Venaient ensuite l’électricité (26 %), le gaz (19 %) … les autres 3 % »: a
    // sentence that goes on with a ranking takes the one share of the sentence before as its first; with none or several
    // there, the run began elsewhere and is left unread.
    if (b && from === 0 && opensWith(sent, 'sequel') && !shareBefore(b, sent, o)) {
      from = k + 1;
      continue;
    }
    if (b) out.push(b);
    from = k + 1;
  }
  return out;
}

/**
 * « Les recettes proviennent à 58 % des impôts. Les dotations en représentent 28 %, les services 14 % et les autres
 * 7 %. »: shares opened by « en » and a verb of share go on from the one share of the sentence before, of the same whole.
 */
function shareBeforeEn(b: Breakdown, sent: Sentence, o: FindOptions): void {
  let k = 0;
  while (k < sent.items.length && sent.items[k].kind !== 'percent') k++;
  let verb = false;
  // « en représentent 28 % », and « en apportent 33 % », « en financent 20 % »: a verb of share or of funding.
  for (let q = k - 1; q >= 1 && q >= k - 4 && !verb; q--) verb = (has(sent.cues[q], 'share-verb') || has(sent.cues[q], 'allocation')) && isWord(sent.items[q - 1], 'en');
  if (!verb) return;
  const s = lowerBound(o.sentences, sent.start);
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || o.sentences[s] !== sent) return;
  let one: (Item & { kind: 'percent' }) | null = null;
  for (let q = 0; q < prev.items.length; q++) {
    const it = prev.items[q];
    if (it.kind !== 'percent' || changePercentAt(prev, q)) continue;
    // (It may be taken already, as the one share of its own sentence's whole: « qui atteignent 24,6 M€, proviennent à
    // 58 % des impôts ».)
    if (one) return;
    one = it;
  }
  if (one && !b.shares.some((x) => x.index === one!.index)) b.shares.unshift(shareOf(o.percentages, one));
}

/** Puts the one share of the sentence before (same paragraph) first in `b`; false when that sentence holds none or several. */
function shareBefore(b: Breakdown, sent: Sentence, o: FindOptions): boolean {
  const s = lowerBound(o.sentences, sent.start);
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || o.sentences[s] !== sent) return false;
  let one: (Item & { kind: 'percent' }) | null = null;
  for (let q = 0; q < prev.items.length; q++) {
    const it = prev.items[q];
    if (it.kind !== 'percent' || changePercentAt(prev, q)) continue;
    if (one) return false;
    one = it;
  }
  if (!one) return false;
  if (!b.shares.some((x) => x.index === one!.index)) b.shares.unshift(shareOf(o.percentages, one));
  return true;
}

/**
 * A verb of funding or bearing (« finance », « prend en charge », « apporte », « couvre ») in the three words before
 * the first share of [from, to), and no share after it naming a whole of its own: the shares are funders' parts of
 * one cost. Not after a word of rate (« un taux de »).
 */
function fundersShares(v: View, from: number, to: number, first: number): boolean {
  if (first < 0) return false;
  // « couvre 68 % des communes, 91 % de ses habitants et 57 % de sa surface »: each share names its own whole.
  for (let k = first + 1; k < to; k++) if (v.items[k].kind === 'percent' && isWord(v.items[k + 1], 'de', 'du', 'des', "d'")) return false;
  for (let q = first - 1; q >= from && q >= first - 3; q--) {
    if (has(v.cues[q], 'ratio')) return false;
    if (has(v.cues[q], 'allocation') || (has(v.cues[q], 'share-verb') && isWord(v.items[q], 'prend', 'prennent', 'prendra', 'prendront', 'couvre', 'couvrent', 'couvrira', 'couvriront'))) return true;
  }
  return false;
}

/** The index of the next semicolon from item `from`, or the items' length. */
function nextSemicolon(items: readonly Item[], from: number): number {
  let k = from;
  while (k < items.length && !isPunct(items[k], ';')) k++;
  return k;
}

/** The clause from item `f` to the next semicolon holds one percentage and a word of the others or the rest. */
function othersShareClause(v: View, f: number): boolean {
  let percents = 0;
  let others = false;
  for (let k = f; k < v.items.length && !isPunct(v.items[k], ';'); k++) {
    if (v.items[k].kind === 'percent') percents++;
    else if (v.items[k].kind === 'amount') return false;
    if (has(v.cues[k], 'partition') || has(v.cues[k], 'remainder') || isWord(v.items[k], 'restants', 'restantes')) others = true;
  }
  return percents === 1 && others;
}

/** « d’un côté … de l’autre », « d’une part … d’autre part » among items [from, to). */
function contrastsSides(v: View, from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++) {
    if (isWord(v.items[k], 'un') && isWord(v.items[k + 1], 'cote') && isWord(v.items[k - 1], "d'")) return true;
    if (isWord(v.items[k], 'une') && isWord(v.items[k + 1], 'part') && isWord(v.items[k - 1], "d'")) return true;
  }
  return false;
}

/** Verbs by which a closing clause says parts make up their whole. */
const COVER_VERBS: ReadonlySet<string> = new Set(['couvrent', 'representent', 'regroupent', 'forment', 'constituent', 'rassemblent', 'totalisent', 'recouvrent', 'epuisent']);

/**
 * After a colon or a comma past the last share, with no figure: a demonstrative, a verb of covering and « l’ensemble »,
 * « la totalité » or « tous » (« : ces quatre catégories couvrent l’ensemble des contributeurs »).
 */
function coversWholeAfter(v: View, from: number): boolean {
  const { items } = v;
  if (!isPunct(items[from], ':', ',')) return false;
  let demonstrative = false;
  let verb = false;
  for (let k = from + 1; k < items.length && k <= from + 12; k++) {
    const it = items[k];
    if (it.kind === 'amount' || it.kind === 'percent') return false;
    if (it.kind !== 'word') continue;
    if (isWord(it, 'ces', 'elles', 'ils')) demonstrative = true;
    else if (COVER_VERBS.has(it.f)) verb = true;
    else if (demonstrative && verb && ((it.f === 'ensemble' && isWord(items[k - 1], "l'")) || it.f === 'totalite' || isWord(it, 'tous', 'toutes'))) return true;
  }
  return false;
}

/** A word of partition (« ne se prononcent pas », « sans opinion ») among items [from, to), no figure before it. */
function partitionWithin(v: View, from: number, to: number): boolean {
  for (let k = from; k < to && k < v.items.length; k++) {
    if (has(v.cues[k], 'partition')) return true;
    if (v.items[k].kind === 'percent' || v.items[k].kind === 'amount') return false;
  }
  return false;
}

function run(v: View, o: FindOptions, from: number, to: number, taken: ReadonlySet<number>): Breakdown | null {
  if (amountItems(v.items, from, to).length > 0) return null;
  let percents = 0;
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind === 'percent') {
      if (taken.has(it.index)) return null;
      percents++;
    }
  }
  if (percents < 2) return null;
  let partition = false;
  let rest = false;
  // The rest given with its figure (« le reste, soit 25 % ») says every part is named.
  let restGiven = -1;
  // « 41 % …, 23 % … et 9 % à l’étranger, les autres venant du reste de la France »: the others named after the last
  // figure, without one of their own, leave the shares short of the whole.
  let lastPercent = -1;
  let lastOthers = -1;
  for (let k = from; k < to; k++) {
    if (v.items[k].kind === 'percent') lastPercent = k;
    if (has(v.cues[k], 'partition') || has(v.cues[k], 'remainder')) lastOthers = k;
  }
  let apart = false;
  for (let k = lastPercent + 1; k < lastOthers && !apart; k++) apart = isPunct(v.items[k], ',', ';', '—', '–');
  // Still shares of one whole: more than 100 % is an error either way.
  const othersUnstated = lastPercent >= 0 && lastOthers > lastPercent && apart;
  let firstPercent = -1;
  for (let k = from; k < to && firstPercent < 0; k++) if (v.items[k].kind === 'percent') firstPercent = k;
  // « 61 % d’un côté, 8 % de l’autre », « d’une part …, d’autre part … »: the other side of a contrast, no rest of a split.
  const sides = contrastsSides(v, from, to);
  for (let k = from; k < to; k++) {
    if (sides && isWord(v.items[k], 'autre')) continue;
    // « Les redoublements et autres situations représentent 6 % des cas »: « autres » before any share names a kind, not
    // the rest of a split.
    if (has(v.cues[k], 'partition') && !(k < firstPercent && isWord(v.items[k], 'autres', 'autre'))) partition = true;
    if (has(v.cues[k], 'remainder')) {
      rest = true;
      for (let q = k + 1; q < to && q <= k + 4 && restGiven < 0; q++) if (v.items[q].kind === 'percent') restGiven = q;
    }
  }
  // « L’État finance 40 % du projet, la région 25 % et l’agglomération 20 % »: funders each bearing their share of one
  // cost, the verb said once; all of them cannot bear more than the whole.
  const funders = fundersShares(v, from, to, firstPercent);
  // « …, et les plus grandes le reste »: the figures given leave out the rest of one whole.
  // « …, les associations 17 % et les entreprises 9 % : ces quatre catégories couvrent l’ensemble des contributeurs »:
  // what follows the last share says the shares cover the whole.
  if (lastPercent >= 0 && coversWholeAfter(v, lastPercent + 1)) partition = true;
  if (!partition && !rest && !funders && !negatedPair(v, from, to)) return null;
  const r = readRegion(v, from, to, o);
  if (r.aborted || r.sharesBroken || r.shares.length < 2) return null;
  const b = make('partition', v.items[from].start, null);
  absorb(b, r, (partition || restGiven >= 0) && !othersUnstated);
  // « le reste, soit 30 % »: the rest's figure is a share like the others, whatever « soit » made of it.
  if (restGiven >= 0) {
    const it = v.items[restGiven] as Item & { kind: 'percent' };
    if (!b.shares.some((x) => x.index === it.index)) b.shares.push(shareOf(o.percentages, it));
    b.derivedShare = b.shares.findIndex((x) => x.index === it.index);
  }
  b.complete = false;
  return b;
}

/**
 * « La distribution représente 39 % de la facture et l’assainissement 43 %. Le reste, soit 18 %, va aux redevances. »:
 * the rest with its figure, in the sentence after shares of one whole, closes them.
 */
export function restAfterShares(s: number, o: FindOptions, taken: ReadonlySet<number>): Breakdown | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || prev.paragraph < 0) return null;
  const { items } = sent;
  let k = 0;
  while (k < items.length && items[k].kind === 'punct') k++;
  // « Le reste, soit 18 % », or a subject then its verb: « L’État apporte le solde, soit 10 % », « La région complète
  // le tour de table à hauteur de 10 % », « La communauté de communes prend à sa charge le solde, soit 28 % »: the rest
  // named anywhere before the sentence's one figure.
  let at = -1;
  for (let q = k; q < items.length && items[q].kind !== 'percent' && items[q].kind !== 'amount'; q++) if (has(sent.cues[q], 'remainder')) at = q;
  // « Les autres ne se prononcent pas (14 %) »: the others, as the subject that opens the sentence.
  if (at < 0 && isWord(items[k], 'les') && isWord(items[k + 1], 'autres')) at = k + 1;
  // « La commune financera les 25 % restants »: the rest named right after its figure.
  if (at < 0) {
    const p = items.findIndex((it) => it.kind === 'percent');
    if (p > 0 && isWord(items[p - 1], 'les') && has(sent.cues[p + 1], 'remainder')) at = p + 1;
  }
  if (at < 0) return null;
  const own = items.filter((it) => it.kind === 'percent');
  if (own.length !== 1 || amountItems(items, 0, items.length).length > 0) return null;
  // « Viennent ensuite la marche (19 %), … »: a ranking that goes on from the sentence before it, whose first place
  // this rest does not see.
  if (opensWith(prev, 'sequel')) return null;
  let before = prev.items.filter((it) => it.kind === 'percent') as (Item & { kind: 'percent' })[];
  // « 93 % des locaux ont accès au très haut débit : 84 % par la fibre, 6 % … et 3 % … Les 7 % restants … »: shares after
  // a colon detail the one share before it; the rest completes that one.
  const colon = prev.items.findIndex((it) => isPunct(it, ':'));
  const headed = colon > 0 ? before.filter((it) => it.start < prev.items[colon].start) : [];
  if (headed.length === 1 && before.length - headed.length >= 2) before = headed;
  else if (before.length < 2) return null;
  if (amountItems(prev.items, 0, prev.items.length).length > 0 || before.some((it) => taken.has(it.index))) return null;
  // « Les établissements absorbent 45 % des crédits, les services 34 %. Les concours pèsent 7 % pour A et 3 % pour B.
  // Les 3 % restants … »: the sentences of shares right before, in the paragraph, are one split the rest closes.
  const from: (Item & { kind: 'percent' })[][] = [before];
  const owners: Sentence[] = [prev];
  if (headed.length !== 1) {
    for (let n = s - 2, seen = before.length; n >= 0 && n >= s - 4; n--) {
      const x = o.sentences[n];
      if (x.paragraph !== sent.paragraph || amountItems(x.items, 0, x.items.length).length > 0 || opensWith(o.sentences[n + 1], 'sequel')) break;
      const p = x.items.filter((it) => it.kind === 'percent') as (Item & { kind: 'percent' })[];
      if (p.length === 0 || p.length > 4 || (seen += p.length) > 8 || p.some((it) => taken.has(it.index))) break;
      from.unshift(p);
      owners.unshift(x);
    }
    before = from.flat();
  }
  // (« … atteint 89 % des locaux, contre 71 % en 2021. Les 11 % restants … »: a compared share is another year's.)
  if (from.some((p, i) => p.some((it) => comparedAt(owners[i], it.start)))) return null;
  // (« 64 % des éleveurs en bénéficient ; ils détiennent 81 % du cheptel. Les 36 % restants … »: shares of other wholes
  // are no one split for the rest to close.)
  if (namesOtherWholes(from.flatMap((p, i) => p.map((it) => wholeNamedAfter(owners[i].items, it))))) return null;
  // (« entre −0,5 % et +0,5 % du PIB » then « évalue le solde à −0,3 % »: a signed figure is a balance or a change, no share.)
  if ([...before, own[0]].some((it) => signedAt(o.text, it.start))) return null;
  const b = make('partition', items[k].start, null);
  b.shares = [...before, own[0] as Item & { kind: 'percent' }].map((it) => shareOf(o.percentages, it));
  b.sharesComplete = true;
  b.derivedShare = b.shares.length - 1;
  return b;
}

/** A sign written right before the figure at `start` (« +0,5 % », « −0,3 % »). */
function signedAt(text: string, start: number): boolean {
  const sign = (c: number) => c === 43 || c === 45 || c === 0x2212;
  return sign(text.charCodeAt(start)) || sign(text.charCodeAt(start - 1));
}

/**
 * « … en constitue 41 %. Les revenus en apportent 33 %, et les aides 17 %. » ¶ « Le reste, soit 14 %, provient de
 * prêts. »: a sentence that opens on the rest and gives its one share closes the shares a breakdown ended with in the
 * sentence before (across the paragraph break when the rest opens its paragraph): `endingBefore`, the breakdowns whose
 * last share is in that sentence. Returns whether it did.
 */
export function restClosesShares(s: number, o: FindOptions, endingBefore: readonly Breakdown[]): boolean {
  if (endingBefore.length === 0) return false;
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.section !== sent.section || (prev.paragraph !== sent.paragraph && !(sent.reachesBack && prev.paragraph === sent.paragraph - 1))) return false;
  const k = firstIndex(sent.items);
  if (!remainderAt(sent, k)) return false;
  const own = sent.items.filter((it) => it.kind === 'percent') as (Item & { kind: 'percent' })[];
  if (own.length !== 1 || amountItems(sent.items, 0, sent.items.length).length > 0) return false;
  // Of the breakdowns that end there, the one with the most shares (one that began sentences earlier holds the others).
  let best: Breakdown | null = null;
  for (const b of endingBefore) {
    const last = b.shares[b.shares.length - 1];
    if (b.shares.length < 2 || b.derivedShare !== undefined || !last || last.start < prev.start || last.end > prev.end) continue;
    // (« … atteint 89 % des locaux, contre 71 % en 2021. Les 11 % restants … »: a compared share is another year's, and
    // the rest completes the first one only.)
    if (b.shares.some((x) => comparedAt(prev, x.start))) continue;
    if (b.shares.some((x) => x.index === own[0].index)) return false;
    if (!best || b.shares.length > best.shares.length) best = b;
  }
  if (!best) return false;
  best.shares.push(shareOf(o.percentages, own[0]));
  best.derivedShare = best.shares.length - 1;
  best.sharesComplete = true;
  // The shorter readings of the same shares say nothing the longer one does not.
  for (const b of endingBefore) if (b !== best && b.shares.length >= 2 && b.shares.every((x) => best!.shares.some((y) => y.index === x.index))) b.shares = [];
  return true;
}

/** A word of comparison (« contre », « par rapport à ») among the three items before the figure starting at `start`. */
function comparedAt(v: Sentence, start: number): boolean {
  const k = lowerBound(v.items, start);
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) if (has(v.cues[q], 'comparison')) return true;
  return false;
}

/**
 * « Le budget participatif a été intégralement attribué. A a reçu 48 % de l’enveloppe. B en a obtenu 31 %. Enfin,
 * C a recueilli 29 %. »: one share per sentence, run after a sentence without figures that distributes a whole, or
 * closed by « Enfin » or a rest (« les 27 % restants »). Without such words, sentences of one share each speak of
 * populations that may overlap: no relation.
 */
export function sharesAcrossSentences(s: number, o: FindOptions, taken: ReadonlySet<number>): { breakdown: Breakdown; next: number } | null {
  const sents = o.sentences;
  const lead = sents[s - 1];
  // The shares of a sentence with no amount (one to three), or null.
  const shares = (n: number): (Item & { kind: 'percent' })[] | null => {
    const x = sents[n];
    // (« Viennent ensuite l’éolien (24 %), le solaire (17 %), … »: a sentence that goes on with a ranking may list more.)
    if (!x || x.figures === 0 || (x.figures > 3 && !(n > s && opensWith(x, 'sequel')))) return null;
    // « 19 % (+4 % par rapport à 2023) »: a change beside a share is none of the shares.
    let changes = 0;
    const p: (Item & { kind: 'percent' })[] = [];
    x.items.forEach((it, k) => {
      if (it.kind !== 'percent') return;
      // (« Ce ratio était de 43 % en 2019. … un ratio moyen de 51 % »: a ratio or a rate is no share of a whole.)
      // (« dont la part atteint 9 %, contre 4 % en 2015 »: a compared level is no share of this split either.)
      if (changePercentAt(x, k) || ratioBefore(x, k) || has(x.cues[k - 1], 'comparison')) changes++;
      else p.push(it);
    });
    return p.length > 0 && p.length + changes === x.figures && !p.some((it) => taken.has(it.index)) ? p : null;
  };
  const first = shares(s);
  // A sentence of shares right before, in this paragraph or the one before it (« 2/4 … : 18 %. » then « 3/4 … : 10 %. Le
  // reste : 8 % »), means the run began earlier: its first shares are not here.
  if (!first || first.length !== 1 || (lead && lead.section === sents[s].section && sents[s].paragraph - lead.paragraph <= 1 && shares(s - 1))) return null;
  const run: (Item & { kind: 'percent' })[] = [];
  let n = s;
  for (; n < sents.length && sents[n].paragraph === sents[s].paragraph; n++) {
    // « … soit 38 % de la fréquentation. Parmi ces entrées gratuites, les moins de 26 ans représentent 61 % … »: a
    // sentence that opens on a subset of what was counted splits that subset, another whole.
    if (n > s && takesUpCount(sents[n])) break;
    const p = shares(n);
    if (!p) break;
    for (const x of p) run.push(x);
  }
  if (run.length < 2 || n - s < 2) return null;
  // « 70 % des communes … ; 45 % de la population … ; 30 % des crédits … »: shares that name other wholes split none.
  if (namesOtherWholes(run.map((it) => wholeNamedAfter(sents[lowerBound(sents, it.start + 1) - 1].items, it)))) return null;
  const announced = lead !== undefined && lead.paragraph === sents[s].paragraph && lead.figures === 0 && lead.cues.some((c) => has(c, 'distribution') || has(c, 'complete')) && !namesRates(lead);
  const last = sents[n - 1];
  const closed = last.cues.some((c) => has(c, 'closure') || has(c, 'remainder'));
  // « X en absorbent 81 %. Viennent ensuite A (12 %), B (9 %)… »: a ranking goes on over one whole, which it cannot
  // exceed; it need not name every part.
  // The first place must take its share of something (« en absorbent », « représente »): a ranking of rates
  // (« La Corse arrive en tête avec un taux de 78 %. Suivent la Bretagne (74 %)… ») splits no whole.
  let ranked = sents[s].cues.some((c) => has(c, 'share-verb') || has(c, 'allocation'));
  if (sents[s].cues.some((c) => has(c, 'ratio'))) ranked = false;
  let sequel = false;
  for (let q = s + 1; q < n && !sequel; q++) sequel = opensWith(sents[q], 'sequel');
  ranked = ranked && sequel;
  if (!announced && !closed && !ranked) return null;
  const b = make('partition', sents[s].items[0].start, null);
  b.shares = run.map((it) => shareOf(o.percentages, it));
  b.sharesComplete = announced || closed;
  return { breakdown: b, next: n };
}

/**
 * The noun a share names as its whole right after it (« 45 % de la population » → « population », « 30 % des crédits »
 * → « credit »), as nounKey reads it; null when none follows.
 */
function wholeNamedAfter(items: readonly Item[], share: Item): string | null {
  const at = items.indexOf(share);
  // « 225 des 312 communes, soit 72 % »: a share restating a count of a whole names that whole's noun before it.
  if (isWord(items[at - 1], 'soit') && isPunct(items[at - 2], ',')) {
    for (let q = at - 3; q >= 0 && q >= at - 10; q--) {
      const c = quantityAt(items, q);
      if (c?.noun !== undefined && isWord(items[q - 1], 'des', 'sur', 'les')) return nounKey(c.noun);
    }
  }
  let k = at + 1;
  // (Markup between the share and its noun, « **45 %** de », is no word.)
  while (isPunct(items[k], '*', '_')) k++;
  if (!isWord(items[k], 'de', 'des', 'du', "d'")) return null;
  k++;
  if (isWord(items[k], 'la', 'le', "l'", 'leur', 'leurs', 'nos', 'ses', 'ces')) k++;
  const noun = items[k];
  return noun?.kind === 'word' && noun.f.length >= 3 ? nounKey(noun.f) : null;
}

/** Whether two of the wholes shares name differ: they are shares of other things. */
function namesOtherWholes(wholes: readonly (string | null)[]): boolean {
  let seen: string | null = null;
  for (const w of wholes) {
    if (w === null) continue;
    if (seen !== null && w !== seen) return true;
    seen = w;
  }
  return false;
}

/** A word of ratio or rate (« ratio », « taux ») among the four words before item k. */
function ratioBefore(v: Sentence, k: number): boolean {
  // « au-dessus du seuil de 50 % », « un plafond de 30 % »: a threshold's value is no share either.
  if (isWord(v.items[k - 1], 'de', 'du', 'des') && isWord(v.items[k - 2], ...THRESHOLDS)) return true;
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    if (v.items[q].kind !== 'word') return false;
    if (has(v.cues[q], 'ratio')) return true;
  }
  // « le taux d’énergies renouvelables du réseau atteindra 78 % »: a rate as the subject of the share's verb.
  const first = firstIndex(v.items);
  if (isWord(v.items[first], 'le', 'la', "l'") && has(v.cues[first + 1], 'ratio')) {
    for (let q = first + 2; q < k; q++) if (v.items[q].kind !== 'word') return false;
    return true;
  }
  return false;
}

/** Nouns of a bound a percentage sets: « seuil », « plafond », « objectif ». */
const THRESHOLDS = ['seuil', 'seuils', 'plafond', 'plafonds', 'objectif', 'objectifs', 'cible', 'barre', 'cap', 'limite'];

/** Whether a sentence's first words (past punctuation and « Et », « Puis ») play `role`. */
function opensWith(sent: Sentence, role: Role): boolean {
  let seen = 0;
  for (let k = 0; k < sent.items.length && seen < 3; k++) {
    if (sent.items[k].kind !== 'word') continue;
    if (has(sent.cues[k], role)) return true;
    seen++;
  }
  return false;
}

/** Adds « ; le reste, soit N % » right after a breakdown's last share to its shares, as the one derived from the others. */
export function restAfterSemicolon(b: Breakdown, o: FindOptions): void {
  const lastShare = b.shares[b.shares.length - 1];
  const s = o.sentences[lowerBound(o.sentences, lastShare.start + 1) - 1];
  if (!s) return;
  const { items } = s;
  let k = 0;
  while (k < items.length && items[k].start < lastShare.end) k++;
  while (k < items.length && !isPunct(items[k], ';')) {
    if (items[k].kind === 'percent' || items[k].kind === 'amount') return;
    k++;
  }
  if (k < items.length) {
    takeRest(b, o, s, k + 1);
    return;
  }
  // « Il se compose à 68 % de … et à 24 % de … Le solde, soit 8 %, correspond à … »: the next sentence of the paragraph
  // may open on the rest.
  const next = o.sentences[lowerBound(o.sentences, s.end)];
  if (next && next.paragraph === s.paragraph && next.figures === 1) takeRest(b, o, next, firstIndex(next.items));
}

/** A rest opening at item f (« le reste, soit N % », « Le solde, soit N % »): its share closes the breakdown. */
function takeRest(b: Breakdown, o: FindOptions, s: Sentence, f: number): void {
  const { items } = s;
  if (!remainderAt(s, f)) return;
  for (let q = f + 1; q < items.length && q <= f + 5; q++) {
    const it = items[q];
    if (it.kind === 'amount') return;
    if (it.kind !== 'percent') continue;
    if (b.shares.some((x) => x.index === it.index)) return;
    b.shares.push(shareOf(o.percentages, it));
    b.derivedShare = b.shares.length - 1;
    b.sharesComplete = true;
    return;
  }
}

/**
 * « Le tertiaire non marchand en regroupe 39 % et le tertiaire marchand 41 %. La construction pèse 7 %, l’industrie 8 %
 * et l’agriculture les 5 % restants. »: a complete split whose shares fall short of 100 % goes on in the next sentence
 * of its paragraph when that sentence holds shares only, none taken by a whole of its own; those shares join it, and it
 * stays complete: short of 100 % it was wrong already, and only a sequel that makes up the difference clears it. (A
 * split that reaches 100 % ends where it is: « Les hommes en sont 52 % et les femmes 48 %. Les moins de 30 ans pèsent
 * 12 % … » splits another way.)
 */
/**
 * « La clientèle étrangère représente 37 % des séjours. » … « Côté étranger, les Espagnols arrivent en tête avec 12 %,
 * … les autres nationalités totalisent 9 %. »: a complete split far short of 100 % whose shares add up to one share said
 * just before splits that share's part of the whole: it is no split of the whole, and nothing is wrong with it.
 */
export function splitsOfAShare(breakdowns: readonly Breakdown[], o: FindOptions): void {
  const sents = o.sentences;
  for (const b of breakdowns) {
    if (!b.sharesComplete || b.total || b.shares.length < 2) continue;
    let lo = 0;
    let hi = 0;
    for (const x of b.shares) {
      lo += x.lo;
      hi += x.hi;
    }
    if (hi >= 90) continue;
    const s = lowerBound(sents, b.shares[0].start + 1) - 1;
    // The split's sentence opens on the subset it splits: « Côté étranger, », « Parmi les étrangers, », « Chez les … ».
    const k0 = firstIndex(sents[s].items);
    if (!isWord(sents[s].items[k0], 'cote', 'parmi', 'chez') || !sents[s].items.slice(k0, k0 + 6).some((it) => isPunct(it, ','))) continue;
    for (let p = s - 1; p >= 0 && p >= s - REACH && sents[p].section === sents[s].section; p--) {
      const said = percentItems(sents[p].items, 0, sents[p].items.length).some((it) => o.percentages[it.index].value >= lo && o.percentages[it.index].value <= hi);
      if (!said) continue;
      b.sharesComplete = false;
      break;
    }
  }
}

export function sharesGoOn(breakdowns: Breakdown[], o: FindOptions): void {
  const sents = o.sentences;
  // The breakdowns that hold each share, built once: a look-up per share, whatever the number of breakdowns.
  const holding = new Map<number, Breakdown[]>();
  const hold = (index: number, x: Breakdown) => {
    const list = holding.get(index);
    if (!list) holding.set(index, [x]);
    else if (list[list.length - 1] !== x) list.push(x);
  };
  for (const x of breakdowns) {
    for (const sh of x.shares) hold(sh.index, x);
    for (const p of x.pairs) hold(p.share.index, x);
  }
  for (const b of breakdowns) {
    // (« … se répartissent comme suit : 66,4 %, 24,8 % et 5,6 %. Le redoublement concerne 1,9 % des élèves. Les 8,3 %
    // restants … »: the split may go on over several sentences, each read in turn.)
    const first = lowerBound(sents, b.shares[0]?.start + 1) - 1;
    for (let step = 0; step < REACH; step++) if (!goesOn(b, first)) break;
  }

  /** Adds the shares of the sentence after b's last share to b when they go on with its split; whether it did. */
  function goesOn(b: Breakdown, first: number): boolean {
    if (!b.sharesComplete || b.shares.length < 2 || b.shares.reduce((s, x) => s + x.hi, 0) >= 99) return false;
    const s = lowerBound(sents, b.shares[b.shares.length - 1].start + 1) - 1;
    const next = sents[s + 1];
    if (!next || sents[s].paragraph !== next.paragraph || next.section !== sents[s].section || takesUpCount(next)) return false;
    if (percentItems(next.items, 0, next.items.length).length !== next.figures) return false;
    // (« … 5 % du patrimoine, contre 9 % en 2020 »: a compared share is another year's, no part of the split.)
    const own: (Item & { kind: 'percent' })[] = [];
    next.items.forEach((it, k) => {
      if (it.kind === 'percent' && !changePercentAt(next, k) && !ratioBefore(next, k) && !has(next.cues[k - 1], 'comparison')) own.push(it);
    });
    if (own.length === 0) return false;
    // (« … les autres nationalités totalisent 9 %. La durée moyenne atteint 4,3 nuits, et 31 % des personnes interrogées
    // déclarent … »: a share that names a whole of its own starts another subject — unless the split's first sentence
    // named that whole: « les décisions des 9 412 élèves se répartissent … » then « 1,9 % des élèves ».)
    if (own.some((it) => { const w = wholeNamedAfter(next.items, it); return w !== null && !namesNoun(sents[first], w); })) return false;
    // The next sentence's shares may already form a split of their own, with no whole: it is this one's sequel.
    const others = [...new Set(own.flatMap((it) => holding.get(it.index) ?? []))].filter((x) => x !== b);
    if (others.some((x) => x.total !== null || x.parts.length > 0 || x.pairs.length > 0)) return false;
    for (const x of others) x.shares = [];
    b.shares.push(...own.map((it) => shareOf(o.percentages, it)));
    return true;
  }
}

/** The sentence holds a word whose noun key (nounKey) is `key`. */
function namesNoun(v: Sentence, key: string): boolean {
  return v.items.some((it) => it.kind === 'word' && it.f.length >= 3 && nounKey(it.f) === key);
}
