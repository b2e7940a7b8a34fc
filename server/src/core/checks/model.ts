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
  /** A figure that adds up several written ones (« (198 000 €) et … (452 000 €) »): where each is written. */
  terms?: readonly Span[];
}

export interface Share extends Span {
  value: number;
  lo: number;
  hi: number;
  index: number;
}

/** How a breakdown was announced (for tests and messages; judging reads only `complete` and the figures). */
export type Cue =
  | 'dont'
  | 'sur'
  | 'repartition'
  | 'comprend'
  | 'allocation'
  | 'colon'
  | 'list'
  | 'soit-total'
  | 'total-after'
  | 'remainder'
  | 'partition'
  | 'difference';

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
  /**
   * Other readings the text allows (where the enumeration starts, which earlier figure is the whole):
   * the sum is wrong only when every reading fails.
   */
  alternatives?: { total: Figure; parts: Figure[] }[];
  /** The budget stage of each part (0: none), when parts name stages: a later stage must not exceed an earlier one. */
  ranks?: number[];
  /** The share the text derives from the others (« le reste, soit 30 % »), index in `shares`: a wrong sum is reported there. */
  derivedShare?: number;
}

/** A share written as a fraction: « la moitié », « un tiers », « les deux tiers ». Its value is in percent. */
export interface FractionShare extends Share {
  fraction: true;
}

/** « X, soit N % de Y », « X représente N % de Y », « N % de Y, soit X », « la moitié de Y »: part, whole and the stated share. */
export interface SharePair {
  part: Figure;
  share: Share;
  whole: Figure;
}

/** A figure a change or a rate relates: an amount, or a percentage (for changes in points). */
export interface Value extends Span {
  value: number;
  lo: number;
  hi: number;
  /** ISO currency, or '%' for a percentage. */
  unit: string;
}

/**
 * How a change is stated: a percentage (« une hausse de 15 % »), points (« 4 points »), a factor (« a doublé »)
 * or an amount (« 250 M€ de plus », « une baisse de 40 M€ »).
 */
export interface StatedChange extends Span {
  kind: 'percent' | 'points' | 'factor' | 'difference';
  /** As written: 15 for « 15 % », 4 for « 4 points », 2 for « doublé ». Never negative: `direction` carries the sign. */
  value: number;
  lo: number;
  hi: number;
  /** 1 a rise, -1 a fall, 0 unknown (« une évolution de 15 % »). */
  direction: 1 | -1 | 0;
  /** Index in `percentages` when the change is a written percentage (for the quick fix). */
  percent?: number;
}

/** « passe de X à Y, soit une hausse de N % »: the stated change must be the one from X to Y. */
export interface Change {
  from: Value;
  to: Value;
  stated: StatedChange;
  /**
   * `from` is not written: it is `to` less the difference the text also states (« 214,47 M€, en baisse de 0,8 %,
   * soit 1,9 M€ de moins »), and its span is that difference's.
   */
  fromDifference?: boolean;
}

/** A count of things, read from the words (« 2 millions d’habitants », « cinq ans »). */
export interface Quantity extends Span {
  value: number;
  lo: number;
  hi: number;
}

/**
 * « 500 M€ par an pendant cinq ans, soit 2,5 Md€ »: `rate` × `count` = `result` (product);
 * « 300 M€ pour 2 millions d’habitants, soit 150 € par habitant »: `result` = `rate` / `count` (quotient).
 */
export interface Rate {
  op: 'product' | 'quotient';
  rate: Figure;
  count: Quantity;
  result: Figure;
  /** Other counts the text allows (a monthly amount times 12, or times 12 and the people it is paid to): consistent if any fits. */
  alternatives?: Quantity[];
}

/** One amount written twice: « 1,8 Md€ (1 800 M€) », « deux cents millions d’euros (200 M€) »; or one period: « sept ans (2024-2030) ». */
export interface Restatement {
  first: Figure;
  second: Figure;
  /** A period given as a number of years and as a span of years. */
  period?: boolean;
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
