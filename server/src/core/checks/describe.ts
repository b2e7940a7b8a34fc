// How checks write figures in messages: the parts in the unit of the smallest
// one (« 967 + 444 + 680 = 2 091 M€ »), the total as written, and the interval
// the total stands for (« 1 750 – 1 850 M€ »).

import { NNBSP, formatNumber, formatScaled, scaleFor, formatPercent } from '../format';
import { Translate } from '../messages';
import { Interval } from './intervals';
import { isLetter } from '../structure';
import { foldString } from '../text/fold';

/** The units a measure (measures.ts) is written in, largest first, by its base unit. */
const MEASURE_UNITS: Record<string, readonly [number, string][]> = {
  '#t': [[1e6, 'Mt'], [1e3, 'kt'], [1, 't']],
  '#m': [[1e3, 'km'], [1, 'm']],
  '#kWh': [[1e9, 'TWh'], [1e6, 'GWh'], [1e3, 'MWh'], [1, 'kWh']],
  '#kW': [[1e6, 'GW'], [1e3, 'MW'], [1, 'kW']],
  // Land is written in hectares from one hectare up, never in km² (« 4 200 ha », not « 42 km² »).
  '#m2': [[1e4, 'ha'], [1, 'm²']],
  '#m3': [[1, 'm³']],
  '#l': [[100, 'hl'], [1, 'l']],
  '#n': [[1e9, 'milliards'], [1e6, 'millions'], [1, '']],
};

/** The largest unit of a measure not above `value` (its smallest unit for tiny values). */
function measureUnit(currency: string, value: number): [number, string] {
  const units = MEASURE_UNITS[currency];
  for (const u of units) if (u[0] <= value) return u;
  return units[units.length - 1];
}

/** The scale the figures are best written in: that of the smallest one (money), its unit (measures), none (counts). */
export function displayFactor(values: readonly number[], currency = ''): number {
  let min = Infinity;
  for (const v of values) if (v > 0 && v < min) min = v;
  if (MEASURE_UNITS[currency]) return Number.isFinite(min) ? measureUnit(currency, min)[0] : 1;
  if (currency.startsWith('#')) return 1;
  return Number.isFinite(min) ? scaleFor(min).factor : 1;
}

export function terms(values: readonly number[], factor: number): string {
  return values.map((v) => formatNumber(v / factor, 3)).join(' + ');
}

export function money(value: number, currency: string, factor: number): string {
  // Measures in the unit the factor names (« 29,7 Mt »).
  if (MEASURE_UNITS[currency]) {
    const [f, name] = measureUnit(currency, factor);
    // « 1 million », « 2,5 millions »: the scale words agree with their number.
    const word = name.endsWith('s') && Math.abs(value / f) < 2 ? name.slice(0, -1) : name;
    return formatNumber(value / f, 3) + (word ? NNBSP + word : '');
  }
  // Counts carry their noun as their unit (« #postes »): the number and the noun, unscaled.
  if (currency.startsWith('#')) return formatNumber(value, 3) + (currency.length > 1 ? ' ' + currency.slice(1) : '');
  return formatScaled(value, currency, factor);
}

/** How far after a figure its counted noun is looked for: « 40 bénévoles », « 3 920 de ces dossiers ». */
const NOUN_REACH = 60;

/**
 * A count's unit as the text spells it: counts are keyed by their folded noun (« #benevoles »), which a message must
 * not show; the first word after one of `near` that folds to it gives its accents back (« #bénévoles »). Bounded work:
 * a few dozen characters after each figure, only when a message is written.
 */
export function spelledUnit(currency: string, text: string, near: readonly { end: number }[]): string {
  if (!currency.startsWith('#') || currency.length < 2 || MEASURE_UNITS[currency]) return currency;
  const noun = currency.slice(1);
  for (const f of near) {
    const stop = Math.min(text.length, f.end + NOUN_REACH);
    let i = f.end;
    while (i < stop) {
      while (i < stop && !isLetter(text.charCodeAt(i))) i++;
      const from = i;
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
      if (i > from && i - from === noun.length) {
        const word = text.slice(from, i);
        if (foldString(word) === noun) return '#' + word.toLowerCase();
      }
    }
  }
  return currency;
}

export function intervalText(i: Interval, currency: string, factor: number, t: Translate): string {
  if (currency.startsWith('#') && !MEASURE_UNITS[currency]) factor = 1;
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
