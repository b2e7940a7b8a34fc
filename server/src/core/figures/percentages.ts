// A figure with a percent marker becomes a Percentage (value as written: 12,5 % → 12.5; taken away by a verb,
// « soustraire 5 % », negative).

import { Percentage, Span } from '../types';
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
  let b = 0;
  let from = 0;
  while (from < percentages.length) {
    const key = groupOf(percentages[from]);
    let to = from + 1;
    while (to < percentages.length && groupOf(percentages[to]) === key) to++;
    let wholeAbove = false;
    let finer = false;
    for (let i = from; i < to; i++) {
      const p = percentages[i];
      if (p.step < 1) finer = true;
      else if (p.step === 1 && Math.abs(p.value) >= 10) wholeAbove = true;
    }
    if (wholeAbove && !finer) {
      for (let i = from; i < to; i++) {
        const p = percentages[i];
        if (p.step === 1 && Math.abs(p.value) < 10) p.roundedLikeSiblings = true;
      }
    }
    from = to;
  }

  /** One list (its paragraph, as -2 - paragraph) or one sentence (its index, -1 and up); text order makes equal keys consecutive. */
  function groupOf(p: Percentage): number {
    while (b < blocks.length && blocks[b].end <= p.start) b++;
    const block = blocks[b];
    if (block && block.kind === 'list-item' && block.start <= p.start) return -2 - block.paragraph;
    return indexAt(sentences, p.start);
  }
}
