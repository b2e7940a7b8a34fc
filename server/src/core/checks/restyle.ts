// Writing a corrected figure the way the author wrote the original: same scale
// word or abbreviation, same currency text, French decimal comma, as many
// decimals as the original (one more if rounding would give the same text).

import { Amount, Percentage, TextEdit } from '../types';
import { formatNumber } from '../format';
import { foldString } from './words';
import { isSpaceSeparator } from '../text/chars';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The digits of a written number inside [from, to): « 1 234,5 » in « près de 1 234,5 M€ ». */
export function numberSpan(text: string, from: number, to: number): { start: number; end: number; decimals: number } | null {
  let i = from;
  while (i < to && !isDigit(text.charCodeAt(i))) i++;
  if (i >= to) return null;
  const start = i;
  let end = i;
  let decimals = -1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      end = i;
      if (decimals >= 0) decimals++;
      continue;
    }
    if (isSpaceSeparator(c) && decimals < 0 && i + 3 < to + 1 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) {
      i++;
      continue;
    }
    if ((c === 44 || c === 46) && decimals < 0 && i + 1 < to && isDigit(text.charCodeAt(i + 1))) {
      decimals = 0;
      i++;
      continue;
    }
    break;
  }
  return { start, end, decimals: Math.max(0, decimals) };
}

/** Digits of `value` with `decimals` decimals, French style; one more decimal (up to 3) while it would read as `avoid`. */
export function writeNumber(value: number, decimals: number, avoid?: number): string {
  let d = decimals;
  let out = formatNumber(round(value, d), d);
  while (avoid !== undefined && d < 3 && round(value, d) === avoid) {
    d++;
    out = formatNumber(round(value, d), d);
  }
  return out;
}

function round(x: number, d: number): number {
  const f = Math.pow(10, d);
  return Math.round(x * f) / f;
}

function writtenValue(text: string, span: { start: number; end: number }): number {
  let s = '';
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) s += text.charAt(i);
    else if (c === 44 || c === 46) s += '.';
  }
  return Number(s);
}

/** Edits that make `amount` read `value`, in its own style. Null when its number is not written in digits. */
export function rewriteAmount(text: string, amount: Amount, value: number): TextEdit[] | null {
  const numberEnd = amount.scale && amount.scale.start > amount.start ? amount.scale.start : amount.end;
  const span = numberSpan(text, amount.start, numberEnd);
  if (!span) return null;
  const factor = amount.scale ? amount.scale.factor : 1;
  const old = writtenValue(text, span);
  const scaled = value / factor;
  const digits = writeNumber(scaled, span.decimals, old);
  const edits: TextEdit[] = [{ start: span.start, end: span.end, newText: digits }];
  const newValue = round(scaled, digitsDecimals(digits));
  // « milliard » / « milliards »: plural from 2.
  if (amount.scale) {
    const plural = pluralEdit(text, amount.scale, newValue >= 2);
    if (plural) edits.push(plural);
  }
  // « d’1,8 milliard » but « de 2,1 milliards ».
  const before = span.start;
  const apo = text.charCodeAt(before - 1);
  if ((apo === 0x2019 || apo === 0x27) && (text.charCodeAt(before - 2) === 100 || text.charCodeAt(before - 2) === 68) && Math.floor(newValue) !== 1) {
    const dStart = before - 2;
    const prev = text.charCodeAt(dStart - 1);
    if (dStart === 0 || !((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev >= 0xc0)) {
      edits.unshift({ start: dStart, end: before, newText: (text.charCodeAt(dStart) === 68 ? 'De' : 'de') + ' ' });
    }
  }
  return [mergeEdits(text, edits)];
}

/** One edit doing the work of several (sorted, non-overlapping): clients that apply a single edit get it all. */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  let end = start;
  let newText = '';
  for (const e of sorted) {
    newText += text.slice(end, e.start) + e.newText;
    end = e.end;
  }
  return { start, end, newText };
}

function digitsDecimals(digits: string): number {
  const comma = digits.indexOf(',');
  return comma < 0 ? 0 : digits.length - comma - 1;
}

/** Adds or removes the plural « s » of a scale word or abbreviation (« milliards », « Mds »). */
export function pluralEdit(text: string, scale: { start: number; end: number; text: string }, plural: boolean): TextEdit | null {
  const f = foldString(scale.text);
  for (const word of ['milliard', 'million', 'millier', 'billion', 'mrd', 'md']) {
    if (!f.startsWith(word)) continue;
    const at = scale.start + word.length;
    const hasS = f.charAt(word.length) === 's';
    if (word === 'md' || word === 'mrd') {
      // Abbreviations only lose a wrong plural; « Md » never gains one.
      if (!plural && hasS) return { start: at, end: at + 1, newText: '' };
      return null;
    }
    if (plural && !hasS) return { start: at, end: at, newText: 's' };
    if (!plural && hasS) return { start: at, end: at + 1, newText: '' };
    return null;
  }
  return null;
}

/** Edits that make a percentage read `value`, with its own number of decimals. */
export function rewritePercent(text: string, p: Percentage, value: number): TextEdit[] | null {
  const span = numberSpan(text, p.start, p.end);
  if (!span) return null;
  const old = writtenValue(text, span);
  return [{ start: span.start, end: span.end, newText: writeNumber(value, span.decimals, old) }];
}
