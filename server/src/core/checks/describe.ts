// How checks write figures in messages: the parts in the unit of the smallest
// one (« 967 + 444 + 680 = 2 091 M€ »), the total as written, and the interval
// the total stands for (« 1 750 – 1 850 M€ »).

import { formatNumber, formatScaled, scaleFor, formatPercent } from '../format';
import { Translate } from '../messages';
import { Interval } from './intervals';

export function displayFactor(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v > 0 && v < min) min = v;
  return Number.isFinite(min) ? scaleFor(min).factor : 1;
}

export function terms(values: readonly number[], factor: number): string {
  return values.map((v) => formatNumber(v / factor, 3)).join(' + ');
}

export function money(value: number, currency: string, factor: number): string {
  // Counts carry their noun as their unit (« #postes »): the number and the noun, unscaled.
  if (currency.startsWith('#')) return formatNumber(value, 3) + (currency.length > 1 ? ' ' + currency.slice(1) : '');
  return formatScaled(value, currency, factor);
}

export function intervalText(i: Interval, currency: string, factor: number, t: Translate): string {
  if (currency.startsWith('#')) factor = 1;
  if (!Number.isFinite(i.hi)) return t('at least {0}', money(i.lo, currency, factor));
  if (i.lo <= 0) return t('at most {0}', money(i.hi, currency, factor));
  return `${formatNumber(i.lo / factor, 3)} – ${money(i.hi, currency, factor)}`;
}

export function percentIntervalText(i: Interval, t: Translate): string {
  if (!Number.isFinite(i.hi)) return t('at least {0}', formatPercent(i.lo, 2));
  return `${formatNumber(i.lo, 2)} – ${formatPercent(i.hi, 2)}`;
}

/** The text of a span, on one line, spaces collapsed. */
export function quote(text: string, start: number, end: number): string {
  let out = '';
  let blank = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9) {
      blank = true;
      continue;
    }
    if (blank && out) out += ' ';
    blank = false;
    out += text.charAt(i);
  }
  return out;
}
