// Money and percentages in French prose, block by block: tokenize, read
// figures (a bare table cell or list value takes the unit its header, caption
// or lead-in states, stated.ts), set aside broken ones (suspects.ts), link
// ranges and enumerations, carry the paragraph's currency, carry an amount's
// unit along an elliptical series (series.ts), then emit Amounts and
// Percentages in text order. Linear in the text's length.

import { Amount, Percentage, Span } from '../types';
import { Block, DocumentStructure, indexAt } from '../structure';
import { LEX, Purpose } from './lexicon';
import { toAmount } from './amounts';
import { CurrencyContext } from './context';
import { Figure, canStart, newDocument, newFigure, parseFigure } from './figure';
import { countParts, linkFigures, mayLink } from './links';
import { joinSeries, mayJoinSeries } from './series';
import { markAmountsRoundedLikeSiblings, markRoundedLikeSiblings, toPercentage } from './percentages';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import { StatedCell, signQualifier, statedCells } from './stated';
import { Suspect, keepSuspects, spaceBeforeComma, splitBefore } from './suspects';
import { Tk, Tokens, tokenize } from './tokens';
import { wordAt } from './units';

export interface RecognizedFigures {
  amounts: Amount[];
  percentages: Percentage[];
  /** Figures that look broken (« 42, 7 M€ »), not read as amounts: the « suspicious-figure » hint reads them. */
  suspects: Suspect[];
}

const tokens = new Tokens();
/** Figures of the current block, reused from block to block. */
const pool: Figure[] = [];
const POOL_KEEP = 4096;

/** Money amounts and percentages of `text`, each list sorted by start, spans never overlapping. */
export function recognizeFigures(text: string, structure: DocumentStructure): RecognizedFigures {
  const amounts: Amount[] = [];
  const percentages: Percentage[] = [];
  const suspects: Suspect[] = [];
  newDocument();
  const context = new CurrencyContext();
  const blocks: readonly Block[] =
    structure.blocks.length > 0 || text.length === 0
      ? structure.blocks
      : [{ kind: 'paragraph', start: 0, end: text.length, level: 0, contentStart: 0, paragraph: -1 }];
  const figs = pool;
  const amountIndex: number[] = [];
  /** The last sentence read for money words (namesMoneyAt), and whether it names money. */
  const moneyRead = { sentence: -1, names: false };
  // Bare cells and list values under a unit stated once, in text order.
  const cells = statedCells(text, structure);
  let ci = 0;
  for (const b of blocks) {
    if (b.kind === 'code') continue;
    const from = b.kind === 'heading' || b.kind === 'list-item' ? b.contentStart : b.start;
    const to = Math.min(b.end, text.length);
    if (from >= to) continue;
    tokenize(text, from, to, tokens);
    const t = tokens;

    let count = 0;
    let k = 0;
    let pipes = 0;
    while (k < t.n) {
      if (canStart(t, k)) {
        if (count === figs.length) figs.push(newFigure());
        const f = figs[count];
        while (ci < cells.length && cells[ci].end <= t.start[k]) ci++;
        const cell = ci < cells.length && cells[ci].num === t.start[k] ? cells[ci] : null;
        const r = parseFigure(t, k, f, cell !== null);
        if (r.ok && cell && f.unit === '' && !f.count && f.end <= cell.end) giveStatedUnit(f, cell);
        // « 42, 7 M€ »: not 7 M€ but a broken figure, left for the writer to see.
        const broken = r.ok && !cell && (f.unit !== '' || f.scaleTok >= 0) ? splitBefore(t, f.firstTok, f.lastTok, f.scaleTok >= 0) : !r.ok && t.kind[k] === Tk.Num ? spaceBeforeComma(t, k) : null;
        if (broken) suspects.push(broken);
        // A bare number that nothing can give a unit to (« 23 projets ») is not kept.
        else if (r.ok && (f.unit !== '' || f.scaleTok >= 0 || f.approx || f.half || f.defaultCurrency || mayLink(t, f.lastTok) || mayJoinSeries(t, f))) {
          f.cell = pipes;
          count++;
        }
        k = r.next;
      } else {
        if (t.kind[k] === Tk.Punct && t.lex[k] === 124) pipes++;
        k++;
      }
    }
    if (count === 0) {
      context.enterBlock(b.paragraph, b.kind === 'heading');
      continue;
    }
    linkFigures(t, figs, count);
    countParts(t, figs, count);
    context.enterBlock(b.paragraph, b.kind === 'heading');
    context.apply(figs, count, structure.sentences, (f) => saysMoney(t, f, structure.sentences, moneyRead));
    // « 12 milliards d’économies », « 12 centimes » with no currency in the paragraph: the euro.
    // So is a bare « 14 milliards » in a sentence about public money (« les dépenses reculent (moins 14 milliards) »).
    for (let i = 0; i < count; i++) {
      const f = figs[i];
      if (f.unit !== '' || f.label || f.yearLike || f.count) continue;
      let euro = f.defaultCurrency;
      if (!euro && f.contextScale && f.scale >= 1e9) euro = namesMoneyAt(t, f, structure.sentences, moneyRead);
      if (euro) {
        f.unit = 'EUR';
        f.inferred = true;
      }
    }
    // A range or list whose written end took the paragraph's currency
    // (« dont 1 à 2 milliards ») shares it with its other figures now.
    linkFigures(t, figs, count);
    // « 1,5 milliard d’euros en 2025, 2 en 2026 »
    joinSeries(t, figs, count, structure.sentences);

    amountIndex.length = 0;
    for (let i = 0; i < count; i++) {
      const f = figs[i];
      amountIndex.push(-1);
      if (f.unit === '' || f.count) continue;
      f.qualifier = qualifierBefore(t, f.firstTok) ?? qualifierAfter(t, f.lastTok) ?? f.signQualifier ?? (f.approx ? 'approximate' : null);
      if (f.unit === '%') {
        const p = toPercentage(text, f);
        if (p) percentages.push(p);
        continue;
      }
      const a = toAmount(text, t, f);
      if (!a) continue;
      amountIndex[i] = amounts.length;
      amounts.push(a);
    }
    for (let i = 0; i < count; i++) {
      const f = figs[i];
      const ai = amountIndex[i];
      if (ai < 0 || f.rangeRole === '') continue;
      const other = amountIndex[f.rangeOther];
      if (other < 0) continue;
      amounts[ai].range = { role: f.rangeRole, other };
    }
  }
  if (pool.length > POOL_KEEP) pool.length = POOL_KEEP;
  keepSuspects(structure, suspects);
  markRoundedLikeSiblings(percentages, blocks, structure.sentences);
  markAmountsRoundedLikeSiblings(amounts, blocks, structure.sentences);
  return { amounts, percentages, suspects };
}

/**
 * Do a bare figure's own words make it money, once its section has a currency? « les 600 millions du FARE », « de
 * la stratégie » (whose money), « 2,6 millions pour refaire la route » (what for), or a sentence naming credits.
 */
function saysMoney(t: Tokens, f: Figure, sentences: readonly Span[], read: { sentence: number; names: boolean }): boolean {
  const next = f.lastTok + 1;
  const w = next < t.n && !t.lineBreakBefore(next) ? wordAt(t, next) : undefined;
  if (w && (w.canon === 'du' || w.canon === 'pour')) return true;
  if (w && w.canon === 'de' && wordAt(t, next + (w.elided ? 2 : 1))?.canon === 'le') return true;
  return namesMoneyAt(t, f, sentences, read);
}

/**
 * Does the sentence of `f` name public money? Figures come in text order: each sentence is read once (`read` keeps the
 * last one), however many bare figures it holds.
 */
function namesMoneyAt(t: Tokens, f: Figure, sentences: readonly Span[], read: { sentence: number; names: boolean }): boolean {
  const s = indexAt(sentences, f.start);
  if (s < 0) return false;
  if (read.sentence !== s) {
    read.sentence = s;
    read.names = sentenceNamesMoney(t, sentences[s]);
  }
  return read.names;
}

/** Does the sentence name public money (« dépenses », « budget », « dette »…)? Reads the block's tokens inside it. */
function sentenceNamesMoney(t: Tokens, sentence: Span): boolean {
  // The first token of the sentence, by binary search.
  let lo = 0;
  let hi = t.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid] <= sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < t.n && t.start[k] < sentence.end; k++) {
    if (t.kind[k] === Tk.Word && t.lex[k] >= 0 && LEX[t.lex[k]].purpose === Purpose.Always) return true;
  }
  return false;
}

/** A bare number in a cell takes the unit its header, caption or lead-in states. */
function giveStatedUnit(f: Figure, cell: StatedCell): void {
  f.unit = cell.unit.currency;
  if (f.scaleTok < 0) f.scale = cell.unit.factor;
  f.unitFrom = cell.unit;
  f.inferred = false;
  f.yearLike = false;
  f.label = false;
  f.signQualifier = signQualifier(cell.sign) ?? f.signQualifier;
}
