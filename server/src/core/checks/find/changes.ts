// Stated changes between two figures of one sentence:
//   passe de X à Y, soit une hausse de N %      ·  en baisse de N % (de X à Y)
//   Y, contre X en 2023 (+N %)                  ·  Y, en hausse de N % par rapport à X
//   passe de 7,1 % à 7,5 %, soit +0,4 point     ·  a doublé, passant de X à Y
//   N fois plus (X → Y)                          ·  multiplié par N
// The stated change (a percentage with a word of rise or fall, points, or a
// factor) and the two endpoints are found from the clause's structure: a
// range « de X à Y », « contre X », « par rapport à X ».

import { Amount, Percentage } from '../../types';
import { Change, StatedChange, Value } from '../model';
import { has } from '../cues';
import { amountInterval, percentInterval, writtenInterval } from '../intervals';
import { Sentence } from '../sentences';
import { FIGURE_LEAD, Item, isPunct, isWord } from '../words';
import { View } from './region';
import { quantityAt } from './quantities';

const PASS = new Set(['passe', 'passent', 'passant', 'passera', 'passeront', 'passait', 'passaient', 'passer', 'passes', 'passee', 'passees', 'evolue', 'evoluent', 'evoluant']);

function amountValue(amounts: readonly Amount[], index: number): Value {
  const a = amounts[index];
  const i = amountInterval(a);
  return { start: a.start, end: a.end, value: a.value, lo: i.lo, hi: i.hi, unit: a.currency };
}

function percentValue(percentages: readonly Percentage[], index: number): Value {
  const p = percentages[index];
  const i = percentInterval(p);
  return { start: p.start, end: p.end, value: p.value, lo: i.lo, hi: i.hi, unit: '%' };
}

/** The direction words before item k (up to four words back): 1 a rise, -1 a fall, 0 a change of unknown sign, null none. */
function directionBefore(v: View, k: number): 1 | -1 | 0 | null {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return null;
    const c = v.cues[q];
    if (has(c, 'rise')) return 1;
    if (has(c, 'fall')) return -1;
    if (has(c, 'change')) return 0;
    if (q === k - 1 && isPunct(it, '+')) return 1;
    if (q === k - 1 && isPunct(it, '-', '−', '–')) return -1;
  }
  return null;
}

/** The change a sentence states, if any, and where. */
function statedChanges(v: View, percentages: readonly Percentage[]): StatedChange[] {
  const out: StatedChange[] = [];
  const { items } = v;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'percent') {
      const dir = directionBefore(v, k);
      if (dir === null) continue;
      const p = percentages[it.index];
      const i = percentInterval(p);
      out.push({ start: p.start, end: p.end, kind: 'percent', value: p.value, lo: i.lo, hi: i.hi, direction: dir, percent: it.index });
      continue;
    }
    if (it.kind !== 'word') continue;
    const c = v.cues[k];
    if (has(c, 'factor') && c!.value) {
      const f = c!.value;
      out.push({ start: it.start, end: it.end, kind: 'factor', value: f, lo: f * 0.9, hi: f * 1.1, direction: 1 });
      continue;
    }
    // « 4 points », « 0,4 point », « trois fois plus », « multiplié par 3 ».
    const q = quantityAt(items, k);
    if (!q) continue;
    const unit = v.cues[q.next];
    if (has(unit, 'points')) {
      const dir = directionBefore(v, k);
      if (dir !== null) {
        const i = writtenInterval(q.value, q.hi - q.lo, null);
        out.push({ start: it.start, end: items[q.next].end, kind: 'points', value: q.value, lo: i.lo, hi: i.hi, direction: dir });
      }
    } else if (has(unit, 'times') && isWord(items[q.next + 1], 'plus')) {
      out.push({ start: it.start, end: items[q.next + 1].end, kind: 'factor', value: q.value, lo: q.value * 0.9, hi: (q.value + 1) * 1.1, direction: 1 });
    } else if (isWord(items[k - 1], 'par') && isWord(items[k - 2], 'multiplie', 'multiplies', 'multipliee', 'multipliees')) {
      out.push({ start: items[k - 2].start, end: items[q.next - 1].end, kind: 'factor', value: q.value, lo: q.value * 0.9, hi: q.value * 1.1, direction: 1 });
    } else if (isWord(items[k - 1], 'par') && isWord(items[k - 2], 'divise', 'divises', 'divisee', 'divisees')) {
      out.push({ start: items[k - 2].start, end: items[q.next - 1].end, kind: 'factor', value: 1 / q.value, lo: 0.9 / q.value, hi: 1.1 / q.value, direction: -1 });
    }
    k = q.next - 1;
  }
  return out;
}

/** The endpoints of the change in the sentence: a range after « passe » or « de », two figures « de X à Y », or « Y … contre X ». */
function endpoints(v: View, amounts: readonly Amount[], percentages: readonly Percentage[], stated: StatedChange): { from: Value; to: Value } | null {
  const { items } = v;
  const figures: { k: number; it: Item }[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'amount' || (it.kind === 'percent' && it.index !== stated.percent)) figures.push({ k, it });
  }
  // A range written « de 80 à 92 M€ » is one item with both ends.
  for (const { k, it } of figures) {
    if (it.kind !== 'amount' || it.high === undefined) continue;
    let p = k - 1;
    while (p >= 0 && items[p].kind === 'word' && FIGURE_LEAD.has((items[p] as { f: string }).f) && !isWord(items[p], 'de', "d'", 'entre')) p--;
    if (isWord(items[p], 'entre')) continue;
    return { from: amountValue(amounts, it.index), to: amountValue(amounts, it.high) };
  }
  const value = (it: Item): Value | null =>
    it.kind === 'amount' ? (it.high === undefined ? amountValue(amounts, it.index) : null) : it.kind === 'percent' ? percentValue(percentages, it.index) : null;
  // « de X à Y » as two figures.
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.it.kind !== b.it.kind) continue;
    let p = a.k - 1;
    while (p >= 0 && items[p].kind === 'word' && FIGURE_LEAD.has((items[p] as { f: string }).f) && !isWord(items[p], 'de', "d'")) p--;
    if (!isWord(items[p], 'de', "d'")) continue;
    let q = a.k + 1;
    while (q < b.k && items[q].kind === 'word' && !isWord(items[q], 'a')) q++;
    if (!isWord(items[q], 'a')) continue;
    const from = value(a.it);
    const to = value(b.it);
    if (from && to) return { from, to };
  }
  // « Y, contre X », « Y, en hausse de N % par rapport à X ».
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.it.kind !== b.it.kind) continue;
    let cmp = false;
    for (let q = a.k + 1; q < b.k; q++) if (has(v.cues[q], 'comparison')) cmp = true;
    if (!cmp) continue;
    const to = value(a.it);
    const from = value(b.it);
    if (from && to) return { from, to };
  }
  return null;
}

/** True when the sentence says the figures pass from one to the other: « passe », « passant », or the change words themselves. */
function saysChange(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    if (it.kind === 'word' && PASS.has(it.f)) return true;
    const c = v.cues[k];
    if (has(c, 'rise') || has(c, 'fall') || has(c, 'change') || has(c, 'factor')) return true;
  }
  return false;
}

export function findChanges(sent: Sentence, amounts: readonly Amount[], percentages: readonly Percentage[]): Change[] {
  if (sent.figures < 2 || !saysChange(sent)) return [];
  const stated = statedChanges(sent, percentages);
  if (stated.length !== 1) return [];
  const ends = endpoints(sent, amounts, percentages, stated[0]);
  if (!ends || ends.from.unit !== ends.to.unit) return [];
  // Points and factors of percentages compare percentages; a percentage change of amounts compares amounts.
  if (stated[0].kind === 'points' && ends.from.unit !== '%') return [];
  if (!(ends.from.value > 0)) return [];
  return [{ from: ends.from, to: ends.to, stated: stated[0] }];
}
