// Currency carried by the paragraph: « … 444 millions d’euros. Enfin 680
// millions seront abondés » reads 680 M€. Only a bare figure with a scale word
// (million and up, or M / Md / Mds…) takes it, from the nearest figure with a
// written currency earlier in the same paragraph, else later in the same
// sentence or the next one. Counts (« 2 millions de visiteurs »), labels and years never do.
// Past a paragraph break, within one section, only a figure whose own words
// say it is money takes the section's last written currency: « Avec les 600
// millions du FARE », « 2,6 millions pour refaire la route », a sentence naming
// credits or a budget. « La ville compte 2 millions » stays bare. Figures are
// read chunk by chunk (chunks.ts): a chunk's cut, like a heading, ends the
// section's currency, so the reading stays a function of the chunk's text.

import { Span } from '../types';
import { indexAt } from '../structure';
import { Figure } from './figure';

export class CurrencyContext {
  private currency = '';
  private paragraph = -1;
  /** The last written currency of the section, outside table cells; what earlier paragraphs lend. */
  private sectionCurrency = '';
  /** `sectionCurrency` as it stood when the current paragraph began. */
  private carried = '';
  /** The table cell (pipes before it in the block) of the figure that gave `currency`. */
  private cell = 0;

  /** Called before each block; `paragraph` is the block's paragraph index (-1: a block of its own). */
  enterBlock(paragraph: number, heading: boolean): void {
    if (heading) this.sectionCurrency = '';
    if (paragraph < 0 || paragraph !== this.paragraph) {
      this.currency = '';
      this.carried = this.sectionCurrency;
    }
    this.cell = 0;
    this.paragraph = paragraph;
  }

  /**
   * Fills the currency of eligible bare figures of one block, in text order. `saysMoney` tells whether a figure's
   * own words make it money (read only for figures no currency of the paragraph reaches).
   */
  apply(figs: readonly Figure[], count: number, sentences: readonly Span[], saysMoney: (f: Figure) => boolean): void {
    countsAfterCounts(figs, count, sentences);
    let pendingLater = false;
    for (let i = 0; i < count; i++) {
      const f = figs[i];
      if (f.unit !== '' && f.unit !== '%' && !f.inferred) {
        this.currency = f.unit;
        this.cell = f.cell;
        if (f.cell === 0) this.sectionCurrency = f.unit;
        continue;
      }
      if (!eligible(f)) continue;
      if (this.currency && f.cell === this.cell) {
        f.unit = this.currency;
        f.inferred = true;
      } else pendingLater = true;
    }
    if (!pendingLater) return;
    this.fillFromLater(figs, count, sentences);
    if (!this.carried) return;
    for (let i = 0; i < count; i++) {
      const f = figs[i];
      if (f.cell !== 0 || !eligible(f) || !saysMoney(f)) continue;
      f.unit = this.carried;
      f.inferred = true;
    }
  }

  private fillFromLater(figs: readonly Figure[], count: number, sentences: readonly Span[]): void {
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

/**
 * « Sur les 5,8 millions de foyers aidés, 1,6 million sont des étudiants »: a bare figure with a scale word right after a
 * count of the same sentence, no money written between, counts the same things.
 */
function countsAfterCounts(figs: readonly Figure[], count: number, sentences: readonly Span[]): void {
  let last: Figure | null = null;
  let lastSentence = -2;
  for (let i = 0; i < count; i++) {
    const f = figs[i];
    const s = indexAt(sentences, f.start);
    if (s !== lastSentence) last = null;
    lastSentence = s;
    if (last && last.count && f.unit === '' && f.contextScale && !f.defaultCurrency && !f.label && !f.yearLike && !f.count && s >= 0) f.count = true;
    if (f.unit !== '' || f.count) last = f;
  }
}

function eligible(f: Figure): boolean {
  return f.unit === '' && (f.contextScale || f.defaultCurrency) && !f.count && !f.label && !f.yearLike;
}
