// Counts enumerated, then their total:
//   480 bénévoles ont tenu les stands, 395 ont assuré le tri et 310 ont accompagné
//   les familles. Au total, 1 270 bénévoles se sont mobilisés.
//   … 212 en Gironde, 148 dans les Landes et 96 en Dordogne, soit 456 dossiers au total.
// The total says it is one (« au total », « en tout », « soit … au total »), counts
// one noun, and the parts are the counts of that noun in its sentence before
// « soit », or in the sentence just before in the paragraph. A part may leave its
// noun out after the first (« 395 ont assuré … ») and the first may be counted as
// « personnes »; any count of another noun means other things, and nothing is read.

import { Breakdown } from '../model';
import { has } from '../cues';
import { Sentence } from '../sentences';
import { Item, isPunct, isWord, isYearItem, lowerBound } from '../words';
import { ReadQuantity, namesTheSet, quantityAt, sameNoun } from './quantities';
import { countFigure } from './counts';
import { make } from './wholes';
import { REACH } from '../reach';

/** Words after a number that say no noun: the part's noun is the enumeration's (« 395 ont assuré le tri »). */
// (« 6 800 le samedi »: an article right after the number opens what follows, no noun of the count.)
const NO_NOUN = new Set(['ont', 'sont', 'se', "s'", 'y', 'en', 'dans', 'a', 'au', 'aux', 'pour', 'sur', 'et', 'ou', 'de', "d'", 'ont-ils', 'autres', 'avaient', 'etaient', 'le', 'la', 'les', "l'"]);
/** Nouns any people may be counted by. */
const ANY_PEOPLE = new Set(['personne', 'personnes']);

function countsOf(v: Sentence, from: number, to: number): ReadQuantity[] | null {
  const out: ReadQuantity[] = [];
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind === 'amount' || it.kind === 'percent') return null;
    if (isYearItem(it)) continue;
    const q = quantityAt(v.items, k);
    if (!q) continue;
    // « 7 jours sur 7 », « un sur trois », durations: no part of a count.
    if (q.nounAt !== undefined && (has(v.cues[q.nounAt], 'years') || q.noun === 'sur')) return null;
    out.push(q);
    k = q.next - 1;
  }
  return out;
}

/** The parts, when every count is of `noun` (the first may be « personnes », the next may name none). */
function partsOf(cs: readonly ReadQuantity[], noun: string): ReadQuantity[] | null {
  if (cs.length < 2) return null;
  for (let i = 0; i < cs.length; i++) {
    const n = cs[i].noun;
    if (n && (sameNoun(n, noun) || (i === 0 && ANY_PEOPLE.has(n)))) continue;
    if (i > 0 && (!n || NO_NOUN.has(n))) continue;
    return null;
  }
  return cs.slice();
}

/** The total's count: right after « soit », or the first after the total word (« Au total, 1 270 bénévoles »). */
function totalOf(v: Sentence): { q: ReadQuantity; at: number; soit: number } | null {
  const { items, cues } = v;
  let total = -1;
  let soit = -1;
  for (let k = 0; k < items.length; k++) {
    if (items[k].kind === 'amount' || items[k].kind === 'percent') return null;
    if (total < 0 && has(cues[k], 'total')) total = k;
    if (isWord(items[k], 'soit')) soit = k;
  }
  if (total < 0) return null;
  const at = soit >= 0 ? soit + 1 : total + (cues[total]?.length ?? 1);
  let k = at;
  while (k < items.length && isPunct(items[k], ',')) k++;
  // « Au total, les trois domaines cumulent 3,1 millions de journées »: past the subject (« les trois domaines » names
  // the set, no total) and its verb, the first count of the clause.
  if (soit < 0 && quantityAt(items, k) === null && namesTheSet(items, k + 1) && quantityAt(items, k + 1) !== null) {
    for (let q = k; q < items.length && q <= k + 8 && !isPunct(items[q], ',', ';', '.', ':'); q++) {
      const c = quantityAt(items, q);
      if (!c) continue;
      if (namesTheSet(items, q)) {
        q = c.next - 1;
        continue;
      }
      k = q;
      break;
    }
  }
  const q = quantityAt(items, k);
  if (!q || !q.noun || NO_NOUN.has(q.noun) || isYearItem(items[k]) || has(cues[q.nounAt!], 'years')) return null;
  // « soit 1 270 bénévoles au total »: the total word after the count; « Au total, 1 270 … » before it.
  if (soit >= 0 ? total < q.next : total > k) return null;
  return { q, at: k, soit };
}

/** The counts of `noun` (or bare) in the sentences before `s`, each holding some, within REACH and the section. */
function spreadParts(s: number, sentences: readonly Sentence[], noun: string): ReadQuantity[] | null {
  const sent = sentences[s];
  const out: ReadQuantity[] = [];
  let named = 0;
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    const prev = sentences[p];
    if (prev.section !== sent.section || prev.inList || prev.figures > 0) break;
    const cs = countsOf(prev, 0, prev.items.length);
    if (!cs || cs.length === 0) break;
    // Bare counts (« Celle de Cerizay en compte 9 ») are parts only in a sentence that counts nothing else.
    const same = (q: ReadQuantity) => q.noun !== undefined && sameNoun(q.noun, noun);
    const bare = (q: ReadQuantity) => !q.noun || NO_NOUN.has(q.noun);
    const own = cs.every((q) => same(q) || bare(q)) ? cs : cs.filter(same);
    if (own.length === 0) break;
    named += own.filter((q) => q.noun && sameNoun(q.noun, noun)).length;
    out.unshift(...own);
  }
  return out.length >= 2 && named >= 1 ? out : null;
}

export function countTotalAfterParts(s: number, sentences: readonly Sentence[]): Breakdown | null {
  const sent = sentences[s];
  const total = totalOf(sent);
  if (!total) return null;
  const noun = total.q.noun!;
  let parts: ReadQuantity[] | null = null;
  if (total.soit > 0) {
    const here = countsOf(sent, 0, total.soit);
    parts = here && partsOf(here, noun);
  } else {
    const prev = sentences[s - 1];
    if (!prev || prev.figures > 0) return null;
    // Before the total, the sentence states nothing else.
    // (« Au total, les trois centres ont reçu … »: a count that names the set the sentence speaks of is no other figure.)
    const lead = countsOf(sent, 0, total.at)?.filter((q) => !namesTheSet(sent.items, lowerBound(sent.items, q.start)));
    if (!lead || lead.length > 0) return null;
    const before = prev.paragraph === sent.paragraph ? countsOf(prev, 0, prev.items.length) : null;
    parts = before && partsOf(before, noun);
    // « Celle de Montigny accueille 14 médecins. Celle de Cerizay en compte 9. » ¶ « La plus récente réunit 6 médecins
    // … » ¶ « Au total, 33 médecins … »: one count or more per sentence, up to REACH sentences back in the section.
    if (!parts) parts = spreadParts(s, sentences, noun);
  }
  if (!parts) return null;
  const unit = '#' + noun;
  const b = make('total-after', total.q.start, countFigure(total.q, unit));
  b.parts = parts.map((q) => countFigure(q, unit));
  b.complete = true;
  return b;
}

/** Nouns of the members who vote: their count is the whole the votes split. */
const VOTERS = new Set(['conseiller', 'conseillers', 'conseilleres', 'elu', 'elus', 'elues', 'membre', 'membres', 'delegue', 'delegues', 'administrateur', 'administrateurs']);
/** Words that make a count of members the count of those who voted (not of the council's seats). */
const PRESENT = new Set(['presents', 'presentes', 'present', 'representes', 'votants', 'exprimes', 'suffrages']);

/** « 29 conseillers présents (ou représentés) », « 27 votants »: members at the vote. */
function present(items: readonly Item[], q: ReadQuantity): boolean {
  if (!q.noun) return false;
  if (PRESENT.has(q.noun)) return true;
  if (!VOTERS.has(q.noun) || q.nounAt === undefined) return false;
  for (let k = q.nounAt + 1; k < items.length && k <= q.nounAt + 2; k++) if (items[k].kind === 'word' && PRESENT.has((items[k] as { f: string }).f)) return true;
  return false;
}

/**
 * « Sur les 29 conseillers présents, le budget est adopté par 22 voix pour, 6 voix contre et 4 abstentions », « 20 ont
 * voté pour, 7 contre et 3 se sont abstenus »: the votes for, against and the abstentions of one vote add up to the
 * members present (in the sentence, or the one before in its paragraph).
 */
export function voteTotals(s: number, sentences: readonly Sentence[]): Breakdown | null {
  const sent = sentences[s];
  const { items } = sent;
  const votes: ReadQuantity[] = [];
  const kinds = new Set<string>();
  let voters: ReadQuantity | null = null;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'amount' || it.kind === 'percent') return null;
    if (it.kind !== 'word' || isYearItem(it)) continue;
    const q = quantityAt(items, k);
    if (!q) continue;
    k = q.next - 1;
    let n = q.next;
    if (isWord(items[n], 'voix', 'votes')) n++;
    // « 22 voix pour », « 7 contre », « 4 abstentions », « 3 se sont abstenus », « 20 ont voté pour ».
    if (isWord(items[n], 'ont') && isWord(items[n + 1], 'vote')) n += 2;
    const kind = isWord(items[n], 'pour') ? 'pour' : isWord(items[n], 'contre') ? 'contre' : isWord(items[n], 'abstention', 'abstentions') || (isWord(items[n], 'se', "s'") && isWord(items[n + 2], 'abstenus', 'abstenues', 'abstenu', 'abstenue')) ? 'abstention' : '';
    if (kind) {
      if (kinds.has(kind)) return null;
      kinds.add(kind);
      votes.push(q);
    } else if (present(items, q)) {
      if (voters) return null;
      voters = q;
    }
  }
  if (votes.length < 2 || !kinds.has('pour')) return null;
  if (!voters) {
    const prev = sentences[s - 1];
    if (!prev || prev.paragraph !== sent.paragraph) return null;
    for (let k = 0; k < prev.items.length; k++) {
      const q = quantityAt(prev.items, k);
      if (!q) continue;
      k = q.next - 1;
      if (present(prev.items, q)) {
        if (voters) return null;
        voters = q;
      }
    }
  }
  if (!voters || votes.some((v) => v.start === voters!.start)) return null;
  // Members who took no part in the vote are not among those who voted.
  for (let k = 0; k + 2 < items.length; k++) if (isWord(items[k], 'part') && isWord(items[k - 1], 'pas') && isWord(items[k + 1], 'au', 'a')) return null;
  const b = make('total-after', voters.start, countFigure(voters, '#votes'));
  b.parts = votes.map((v) => countFigure(v, '#votes'));
  // For, against and abstentions name every vote; two of them may leave out the third, which only an excess shows.
  b.complete = kinds.size === 3;
  return b;
}
