// Products of counts: « les 38 policiers ont effectué 96 heures chacun, soit 3 280 heures au total », « chacun des 46
// navires dispose d’un quota de 18 tonnes, soit 828 tonnes », « 12 bus de 90 places, soit 1 080 places ». What each
// thing counted holds, times the things, gives the total « soit » states in the same noun — a rate whose figures are
// all counts (the money rates are rates.ts).

import { Rate } from '../model';
import { Sentence } from '../sentences';
import { isPunct, isWord } from '../words';
import { countFigure } from './counts';
import { ReadQuantity, TIME_UNITS, quantityAt, sameNoun } from './quantities';

interface Counted {
  k: number;
  q: ReadQuantity & { noun: string; nounAt: number };
}

/** How far (items) the three counts of one product may lie apart: a clause or two, never the whole of a long sentence. */
const REACH = 30;

export function countProducts(sent: Sentence): Rate[] {
  const { items } = sent;
  // (A sentence with money or shares is the money rates' and the shares' to read.)
  if (items.some((it) => it.kind === 'amount' || it.kind === 'percent')) return [];
  // (No « soit », no total: the sentence's counts are not read again.)
  if (!items.some((it) => isWord(it, 'soit'))) return [];
  const counts: Counted[] = [];
  for (let k = 0; k < items.length; k++) {
    const q = quantityAt(items, k);
    if (!q) continue;
    if (q.noun !== undefined && q.nounAt !== undefined) counts.push({ k, q: q as Counted['q'] });
    k = q.next - 1;
  }
  const out: Rate[] = [];
  for (let r = 2; r < counts.length; r++) {
    const result = counts[r];
    // The total, after « soit » (« soit 3 280 heures », « soit au total 1 080 places »).
    const soit = isWord(items[result.k - 1], 'soit') || (isWord(items[result.k - 1], 'total') && isWord(items[result.k - 2], 'au') && isWord(items[result.k - 3], 'soit'));
    if (!soit) continue;
    // (Every look stays within REACH items of the total: a sentence of many counts stays linear.)
    let e = r - 1;
    while (e >= 0 && result.k - counts[e].k <= REACH && !sameNoun(counts[e].q.noun, result.q.noun)) e--;
    if (e < 0 || result.k - counts[e].k > REACH) continue;
    const each = counts[e];
    const window = nearby(counts, e, r);
    const per = perThing(sent, each, window);
    if (!per) continue;
    // « 14 animateurs, 6 heures par semaine chacun pendant 36 semaines, soit 3 024 heures »: a third count between the
    // factors and the total multiplies too; two of them give no total.
    const from = Math.min(per.k, each.k);
    if (window.some((c) => c !== per && c !== each && c.k > from && c.k < result.k && c.q.value >= 2)) continue;
    // The total must exceed what one thing holds: « soit 96 heures » restates, it multiplies nothing.
    if (!(result.q.value > each.q.value)) continue;
    const unit = '#' + result.q.noun;
    const rate = countFigure(each.q, unit);
    // « en moyenne 96 heures »: a mean is rounded to its last digit, not counted.
    if (isWord(items[each.k - 1], 'moyenne') || isWord(items[each.k - 2], 'moyenne')) {
      rate.lo = each.q.value - each.q.step / 2;
      rate.hi = each.q.value + each.q.step / 2;
    }
    out.push({ op: 'product', rate, count: per.q, result: countFigure(result.q, unit) });
  }
  return out;
}

/** The counts within REACH items of counts[e] that come before counts[r], the total. */
function nearby(counts: readonly Counted[], e: number, r: number): Counted[] {
  let a = e;
  while (a > 0 && counts[e].k - counts[a - 1].k <= REACH) a--;
  return counts.slice(a, r);
}

/**
 * The count of the things `each` is said per: « 96 heures chacun » or « chacun des 46 navires … 18 tonnes » (the one
 * count of another noun before it), « 18 tonnes par navire » (the count of that noun), « 12 bus de 90 places » (the
 * count whose noun « de » completes). Null when the sentence does not say it, or could mean two.
 */
function perThing(sent: Sentence, each: Counted, counts: readonly Counted[]): Counted | null {
  const { items } = sent;
  const after = each.q.nounAt + 1;
  // « 18 tonnes par navire », « 25 jours de mer par navire »: « par » right after the noun or its complement.
  let par = after;
  while (par < items.length && par <= after + 3 && items[par].kind === 'word' && !isWord(items[par], 'par', 'chacun', 'chacune')) par++;
  if (isWord(items[par], 'par') && (par === after || isWord(items[after], 'de', "d'"))) return perNamed(sent, each, counts, par);
  // « 12 bus de 90 places »: the count right before « de » and this one.
  const before = counts.filter((c) => c.k < each.k);
  const prev = before[before.length - 1];
  if (prev && isWord(items[each.k - 1], 'de', "d'") && prev.q.nounAt === each.k - 2 && !sameNoun(prev.q.noun, each.q.noun) && prev.q.value >= 2) return otherThing(prev, each) ? prev : null;
  // « … 96 heures chacun », « … 18 tonnes chacune »; or « chacun des 46 navires » earlier in the clause.
  // (« 96 heures supplémentaires chacun »: an adjective of the noun may come between.)
  let chacun = false;
  for (let q = after; q < items.length && q <= after + 2 && !chacun && (q === after || items[q - 1].kind === 'word' || isPunct(items[q - 1], ',')); q++) chacun = isWord(items[q], 'chacun', 'chacune');
  // (« Les 46 navires disposent chacun de 18 tonnes », « chacun des 46 navires … 18 tonnes »: « chacun » before it in
  // the clause.)
  for (let q = each.k - 1; !chacun && q >= 0 && q >= each.k - REACH && !isPunct(items[q], ';', '.', ':'); q--) chacun = isWord(items[q], 'chacun', 'chacune');
  if (!chacun) return null;
  // (« d’un quota de 18 tonnes »: « un » counts one thing, never the things each one holds.)
  const others = before.filter((c) => each.k - c.k <= REACH && otherThing(c, each) && c.q.value >= 2);
  return others.length === 1 ? others[0] : null;
}

/** The count of the noun « par » at item `par` names (« 18 tonnes par navire » → « 46 navires »), or null. */
function perNamed(sent: Sentence, each: Counted, counts: readonly Counted[], par: number): Counted | null {
  const { items } = sent;
  const n = items[par + 1];
  // (« Chacune effectue 9 tournées par semaine, 52 semaines par an »: with « chacun » besides, the things counted
  // elsewhere are a third factor.)
  if (n?.kind !== 'word') return null;
  for (let q = Math.max(0, each.k - REACH); q < items.length && q <= par + REACH; q++) if (isWord(items[q], 'chacun', 'chacune')) return null;
  const found = counts.filter((c) => c !== each && sameNoun(c.q.noun, n.f) && Math.abs(c.k - each.k) <= REACH);
  return found.length === 1 && found[0].q.value >= 2 ? found[0] : null;
}

/** A count of other things than the one each holds: another noun, and no span of time (« en 2 ans »). */
function otherThing(c: Counted, each: Counted): boolean {
  return !sameNoun(c.q.noun, each.q.noun) && !TIME_UNITS.includes(c.q.noun);
}
