// A total over a span of years, then the amount of each year in the sentence
// after it:
//   Au total, 48 M€ ont été versés entre 2021 et 2024. Les versements se sont
//   établis à 9,5 millions en 2021, 11 millions en 2022, 12,5 en 2023 et 10 en 2024.
// The span (« entre 2021 et 2024 », « de 2021 à 2024 », « 2021-2024 ») and the
// series' years must be the same years, each once: then the series is the
// whole of the total, and must add up to it.

import { Breakdown, Figure, figureOf } from '../model';
import { Item, isWord, isYearItem } from '../words';
import { FindOptions, Roles, make } from './wholes';
import { AmountItem, amountItems } from './region';

/** The years of a span at item q: « entre 2021 et 2024 », « de 2021 à 2024 », « 2021-2024 »; null when none starts there. */
export function yearSpanAt(items: readonly Item[], q: number): [number, number] | null {
  const a = items[q + 1];
  const b = items[q + 3];
  if (isWord(items[q], 'entre') && isYearItem(a) && isWord(items[q + 2], 'et') && isYearItem(b)) return [Number(a.f), Number(b.f)];
  if (isWord(items[q], 'de') && isYearItem(a) && isWord(items[q + 2], 'a') && isYearItem(b)) return [Number(a.f), Number(b.f)];
  const it = items[q];
  if (it && it.kind === 'word' && it.f.length === 9 && it.f.charAt(4) === '-') {
    const from = Number(it.f.slice(0, 4));
    const to = Number(it.f.slice(5));
    if (from >= 1900 && from < to && to <= 2099) return [from, to];
  }
  return null;
}

/** The one span of years a sentence names, or null. */
function spanOf(items: readonly Item[]): [number, number] | null {
  let found: [number, number] | null = null;
  for (let q = 0; q < items.length; q++) {
    const span = yearSpanAt(items, q);
    if (!span) continue;
    if (found) return null;
    found = span;
  }
  return found;
}

export function totalBeforeYearSeries(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || prev.figures !== 1) return null;
  const whole = amountItems(prev.items, 0, prev.items.length);
  if (whole.length !== 1 || whole[0].high !== undefined || roles.parts.has(whole[0].index) || roles.totals.has(whole[0].index)) return null;
  const span = spanOf(prev.items);
  if (!span || span[1] - span[0] > 15) return null;
  // Each amount of the sentence followed by « en <year> », the years in order, one per year of the span.
  const items = sent.items;
  const parts: Figure[] = [];
  let year = span[0];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'percent') return null;
    if (it.kind !== 'amount') continue;
    if (it.high !== undefined || roles.parts.has(it.index) || roles.totals.has(it.index)) return null;
    const y = items[k + 2];
    if (!isWord(items[k + 1], 'en') || !isYearItem(y) || Number(y.f) !== year) return null;
    parts.push(figureOf(o.amounts, it as AmountItem));
    year++;
  }
  if (year !== span[1] + 1 || parts.length < 2) return null;
  const total = figureOf(o.amounts, whole[0]);
  if (parts.some((p) => p.currency !== total.currency)) return null;
  const b = make('list', items[0].start, total);
  b.parts = parts;
  b.complete = true;
  return b;
}
