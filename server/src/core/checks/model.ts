// The relations the checks judge, found in the text before any arithmetic.

import { Amount, Percentage, Qualifier, Span } from '../types';
import { amountInterval, percentInterval } from './intervals';
import { Item } from './words';

/** One figure of a breakdown: an amount, or both ends of a range read as one interval. */
export interface Figure extends Span {
  value: number;
  lo: number;
  hi: number;
  currency: string;
  /** Index in `amounts` (the low end for a range). */
  index: number;
  /** Index of the high end, for a range. */
  high?: number;
  qualifier: Qualifier;
}

export interface Share extends Span {
  value: number;
  lo: number;
  hi: number;
  index: number;
}

export type Cue = 'dont' | 'sur' | 'repartition' | 'comprend' | 'colon' | 'list' | 'soit-total';

export interface Breakdown {
  cue: Cue;
  /** Offset of the words that announce the relation. */
  at: number;
  total: Figure | null;
  parts: Figure[];
  /** Percentages that split the whole (« répartis à 40 %, 35 % et 25 % »). */
  shares: Share[];
  /** A percentage stated for one part: « 1,2 Md€ (60 %) », « 667 M€, soit 37 % ». */
  pairs: { part: Figure; share: Share }[];
  /** The parts are meant to exhaust the total (and the shares 100 %). */
  complete: boolean;
  /** The shares are meant to add up to 100 %. */
  sharesComplete: boolean;
  /** Every figure listed is within the total, but how they group is unclear: check each one, never their sum. */
  partsOnly: boolean;
}

export function figureOf(amounts: readonly Amount[], item: Item & { kind: 'amount' }): Figure {
  const a = amounts[item.index];
  const ia = amountInterval(a);
  if (item.high !== undefined) {
    const b = amounts[item.high];
    const ib = amountInterval(b);
    return {
      start: item.start,
      end: item.end,
      value: (a.value + b.value) / 2,
      lo: Math.min(ia.lo, ib.lo),
      hi: Math.max(ia.hi, ib.hi),
      currency: b.currency,
      index: item.index,
      high: item.high,
      qualifier: a.qualifier ?? b.qualifier,
    };
  }
  return { start: a.start, end: a.end, value: a.value, lo: ia.lo, hi: ia.hi, currency: a.currency, index: item.index, qualifier: a.qualifier };
}

export function shareOf(percentages: readonly Percentage[], item: Item & { kind: 'percent' }): Share {
  const p = percentages[item.index];
  const i = percentInterval(p);
  return { start: p.start, end: p.end, value: p.value, lo: i.lo, hi: i.hi, index: item.index };
}

/** `to.push(...from)` without the engine's limit on arguments: a long document may give hundreds of thousands. */
export function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}
