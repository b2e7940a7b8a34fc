// What a written figure can stand for. « 1,8 Md€ » is any value a writer would
// round to 1,8 Md€: [1,75 ; 1,85] Md€, half a step of its last digit either
// side. A figure written with a single significant digit counts as precise to
// two: « 2 milliards », « 3 Md€ », « un milliard », « 6 en 2027 » are read as
// « 2,0 », « 3,0 »… (± 2,5 % of 2 milliards, not ± 25 %), since writers state
// a round total they mean, and a reader takes it so. Hedges widen that
// interval in the direction they point. Checks report a mismatch only when the
// intervals of both sides cannot meet.

import { Amount, Percentage, Qualifier } from '../types';

export interface Interval {
  lo: number;
  hi: number;
}

/** « près de », « environ », « quelque », « de l’ordre de »: ±10 % around the written value, on top of its rounding. */
export const APPROXIMATE_SLACK = 0.1;

/**
 * The step a figure is read at: its last written digit, or one digit finer
 * when it has a single significant digit (« 2 milliards » reads as 2,0).
 */
export function readingStep(value: number, step: number): number {
  if (!(step > 0) || !(value > 0)) return Math.max(0, step);
  const digits = Math.round(value / step);
  return digits < 10 ? step / 10 : step;
}

/**
 * The values a figure written `value` with last-digit `step` and `qualifier` may stand for; `asWritten` keeps the
 * written step when the figure's siblings show how it was rounded (Percentage.roundedLikeSiblings).
 */
export function writtenInterval(value: number, step: number, qualifier: Qualifier, asWritten = false): Interval {
  const half = (asWritten ? step : readingStep(value, step)) / 2;
  switch (qualifier) {
    case 'approximate':
      return { lo: Math.max(0, (value - half) * (1 - APPROXIMATE_SLACK)), hi: (value + half) * (1 + APPROXIMATE_SLACK) };
    case 'lower-bound':
      // « plus de 400 millions »: 400 M€ or more (rounded down when written).
      return { lo: Math.max(0, value - half), hi: Infinity };
    case 'upper-bound':
      // « moins de 2 milliards », « jusqu’à 2 milliards »: anything up to it.
      return { lo: 0, hi: value + half };
    default:
      return { lo: Math.max(0, value - half), hi: value + half };
  }
}

export function amountInterval(a: Amount): Interval {
  return writtenInterval(a.value, a.step, a.qualifier, a.roundedLikeSiblings === true);
}

export function percentInterval(p: Percentage): Interval {
  return writtenInterval(p.value, p.step, p.qualifier, p.roundedLikeSiblings === true);
}

export function sumIntervals(xs: readonly Interval[]): Interval {
  let lo = 0;
  let hi = 0;
  for (const x of xs) {
    lo += x.lo;
    hi += x.hi;
  }
  return { lo, hi };
}

/** Relative slack from the settings, as an absolute amount for figures of this size. */
export function slackFor(tolerance: number, ...values: number[]): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return Math.max(0, tolerance) * m;
}

/** Floating-point noise is never a mismatch. */
const EPSILON = 1e-9;

/** True when `a` and `b`, each widened by `slack`, cannot meet. */
export function disjoint(a: Interval, b: Interval, slack: number): boolean {
  const eps = EPSILON * Math.max(1, Math.abs(a.lo), Math.abs(b.lo), Number.isFinite(a.hi) ? Math.abs(a.hi) : 0, Number.isFinite(b.hi) ? Math.abs(b.hi) : 0);
  return a.hi + slack + eps < b.lo || b.hi + slack + eps < a.lo;
}

/** True when `a` lies wholly above `b`, beyond `slack`. */
export function above(a: Interval, b: Interval, slack: number): boolean {
  const eps = EPSILON * Math.max(1, Math.abs(a.lo), Number.isFinite(b.hi) ? Math.abs(b.hi) : 0);
  return a.lo > b.hi + slack + eps;
}

/** Distance from `value` to the interval (0 inside it). */
export function distance(value: number, to: Interval): number {
  if (value < to.lo) return to.lo - value;
  if (value > to.hi) return value - to.hi;
  return 0;
}

/** A JSON-safe number: an unbounded tolerance is reported as the largest finite double. */
export function finite(x: number): number {
  return Number.isFinite(x) ? x : Number.MAX_VALUE;
}
