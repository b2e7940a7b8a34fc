// A figure with a percent marker becomes a Percentage (value as written: 12,5 % → 12.5; taken away by a verb,
// « soustraire 5 % », negative).

import { Amount, Percentage, Span } from '../types';
import { Block, indexAt } from '../structure';
import { Figure, figureStep, figureValue } from './figure';

export function toPercentage(text: string, f: Figure): Percentage | null {
  const value = figureValue(f);
  const step = figureStep(f);
  if (!Number.isFinite(value) || value < 0 || !Number.isFinite(step) || step <= 0) return null;
  return { start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.subtracted ? -value : value, step, qualifier: f.qualifier };
}

/**
 * Marks the whole percentages under 10 that stand beside whole percentages of 10 and more, with none written finer,
 * in one sentence or one list: the writer rounded them all to the unit (see Percentage.roundedLikeSiblings).
 * `percentages` and `blocks` in text order; linear.
 */
export function markRoundedLikeSiblings(percentages: readonly Percentage[], blocks: readonly Block[], sentences: readonly Span[]): void {
  eachGroup(percentages, blocks, sentences, (from, to) => {
    let wholeAbove = false;
    let finer = false;
    for (let i = from; i < to; i++) {
      const p = percentages[i];
      if (p.step < 1) finer = true;
      else if (p.step === 1 && Math.abs(p.value) >= 10) wholeAbove = true;
    }
    if (!wholeAbove || finer) return;
    for (let i = from; i < to; i++) {
      const p = percentages[i];
      if (p.step === 1 && Math.abs(p.value) < 10) p.roundedLikeSiblings = true;
    }
  });
}

/**
 * Marks the amounts of one significant digit written with a decimal (« 0,6 M€ ») at the step of amounts of two digits or more in the
 * same currency and scale (« 1,4 M€ », « 2,3 M€ »), with none of them written finer, in one sentence or one list
 * (see Amount.roundedLikeSiblings). `amounts` and `blocks` in text order; linear.
 */
export function markAmountsRoundedLikeSiblings(amounts: readonly Amount[], blocks: readonly Block[], sentences: readonly Span[]): void {
  eachGroup(amounts, blocks, sentences, (from, to) => {
    if (to - from < 2) return;
    // Per currency and scale: the finest step written, and whether an amount of two digits or more is written at it.
    const finest = new Map<string, { step: number; twoDigits: boolean }>();
    const keyOf = (a: Amount) => a.currency + ' ' + (a.scale?.factor ?? a.unitFrom?.factor ?? 1);
    for (let i = from; i < to; i++) {
      const a = amounts[i];
      const key = keyOf(a);
      const f = finest.get(key);
      const twoDigits = Math.round(a.value / a.step) >= 10;
      if (!f || a.step < f.step) finest.set(key, { step: a.step, twoDigits });
      else if (a.step === f.step && twoDigits) f.twoDigits = true;
    }
    for (let i = from; i < to; i++) {
      const a = amounts[i];
      const f = finest.get(keyOf(a))!;
      // Decimals of the scale only (« 0,6 M€ »): a whole « 9 M€ » beside « 27 M€ » still reads as 9,0 M€, as « trois
      // milliards » does.
      const decimal = a.step < (a.scale?.factor ?? a.unitFrom?.factor ?? 1);
      if (decimal && f.twoDigits && a.step === f.step && Math.round(a.value / a.step) < 10) a.roundedLikeSiblings = true;
    }
  });
}

/**
 * Calls `visit` on each run of `figures` in one list item's paragraph (a list) or one sentence. `figures` and `blocks`
 * in text order; linear.
 */
function eachGroup(figures: readonly Span[], blocks: readonly Block[], sentences: readonly Span[], visit: (from: number, to: number) => void): void {
  let b = 0;
  let from = 0;
  while (from < figures.length) {
    const key = groupOf(figures[from]);
    let to = from + 1;
    while (to < figures.length && groupOf(figures[to]) === key) to++;
    visit(from, to);
    from = to;
  }

  /** One list (its paragraph, as -2 - paragraph) or one sentence (its index, -1 and up); text order makes equal keys consecutive. */
  function groupOf(p: Span): number {
    while (b < blocks.length && blocks[b].end <= p.start) b++;
    const block = blocks[b];
    if (block && block.kind === 'list-item' && block.start <= p.start) return -2 - block.paragraph;
    return indexAt(sentences, p.start);
  }
}
