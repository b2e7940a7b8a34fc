// Currency carried by the paragraph: « … 444 millions d’euros. Enfin 680
// millions seront abondés » reads 680 M€. Only a bare figure with a scale word
// (million and up, or M / Md / Mds…) takes it, from the nearest figure with a
// written currency earlier in the same paragraph, else later in the same
// sentence or the next one. Counts (« 2 millions de visiteurs »), labels and years never do,
// and nothing crosses a paragraph break.

import { Span } from '../types';
import { indexAt } from '../structure';
import { Figure } from './figure';

export class CurrencyContext {
  private currency = '';
  private paragraph = -1;
  /** The table cell (pipes before it in the block) of the figure that gave `currency`. */
  private cell = 0;

  /** Called before each block; `paragraph` is the block's paragraph index (-1: a block of its own). */
  enterBlock(paragraph: number): void {
    if (paragraph < 0 || paragraph !== this.paragraph) this.currency = '';
    this.cell = 0;
    this.paragraph = paragraph;
  }

  /** Fills the currency of eligible bare figures of one block, in text order. */
  apply(figs: readonly Figure[], count: number, sentences: readonly Span[]): void {
    let pendingLater = false;
    for (let i = 0; i < count; i++) {
      const f = figs[i];
      if (f.unit !== '' && f.unit !== '%' && !f.inferred) {
        this.currency = f.unit;
        this.cell = f.cell;
        continue;
      }
      if (!eligible(f)) continue;
      if (this.currency && f.cell === this.cell) {
        f.unit = this.currency;
        f.inferred = true;
      } else pendingLater = true;
    }
    if (!pendingLater) return;
    // Later in the same sentence: one backward pass keeps the next written currency.
    let nextStart = -1;
    let nextUnit = '';
    let nextCell = 0;
    for (let i = count - 1; i >= 0; i--) {
      const f = figs[i];
      if (f.unit !== '' && f.unit !== '%' && !f.inferred) {
        nextStart = f.start;
        nextUnit = f.unit;
        nextCell = f.cell;
        continue;
      }
      if (nextStart < 0 || !eligible(f) || f.cell !== nextCell) continue;
      const s = indexAt(sentences, f.start);
      // The same sentence, or the next one: « 120 millions pour l’État, 45 pour la région. Au total, 220 millions d’euros… ».
      const reach = s >= 0 ? (sentences[s + 1] ?? sentences[s]).end : -1;
      if (s >= 0 && nextStart < reach) {
        f.unit = nextUnit;
        f.inferred = true;
      }
    }
  }
}

function eligible(f: Figure): boolean {
  return f.unit === '' && (f.contextScale || f.defaultCurrency) && !f.count && !f.label && !f.yearLike;
}
