// Numbers written with digits, French style: « 12 000 » (grouped by any one
// space character: plain, no-break, narrow no-break, thin, four-per-em…),
// « 1.200.000 » (dot grouping), « 3'750'000 » (Swiss apostrophe grouping),
// « 1,8 » (decimal comma), and « 3.5 » (a decimal point, only trusted by the
// caller when a unit follows). Works on tokens: digit runs and the single
// characters between them. A digit run counts its digits in `Tokens.digits`
// (it may hold full-width digits and invisible characters).

import { Tk, Tokens, digitValue } from './tokens';
import { isSpaceSeparator } from '../text/chars';

/** More significant digits than this: not a figure anybody checks; skipped. */
export const MAX_DIGITS = 15;

export interface DigitNumber {
  ok: boolean;
  /** Last token of the literal; on failure, the last token to skip. */
  endTok: number;
  /** All digits as an integer (integer part then decimals). */
  mantissa: number;
  /** Number of decimals in `mantissa`. */
  decimals: number;
  /** Written with a decimal point (« 3.5 »): a figure only when a unit follows. */
  dotDecimal: boolean;
  /** Four ungrouped digits between 1800 and 2199, no decimals: reads as a year. */
  yearLike: boolean;
}

export function newDigitNumber(): DigitNumber {
  return { ok: false, endTok: 0, mantissa: 0, decimals: 0, dotDecimal: false, yearLike: false };
}

const DOT = 46;
const COMMA = 44;
const APOS = 39;

/** A space character that may group digits: any Unicode space separator (the plain, no-break and narrow no-break spaces, U+2000–U+200A, U+205F, U+3000). */
export function isGroupSpace(c: number): boolean {
  return isSpaceSeparator(c);
}

/** Is the blank between tokens a single grouping space? */
function groupingGap(t: Tokens, i: number): boolean {
  const a = t.end[i - 1];
  if (t.start[i] !== a + 1) return false;
  return isGroupSpace(t.text.charCodeAt(a));
}

/** Appends the digits of token i to an integer; the caller bounds the count. */
export function appendDigits(t: Tokens, i: number, acc: number): number {
  const text = t.text;
  for (let p = t.start[i]; p < t.end[i]; p++) {
    const d = digitValue(text.charCodeAt(p));
    if (d >= 0) acc = acc * 10 + d;
  }
  return acc;
}

/**
 * A separator token between two glued digit runs: `.` or `,` touching both
 * sides, or an apostrophe followed by exactly three digits (« 3'750'000 »).
 */
function gluedSeparator(t: Tokens, k: number): number {
  if (k + 1 >= t.n || t.kind[k] !== Tk.Punct) return 0;
  const code = t.lex[k];
  if (code !== DOT && code !== COMMA && code !== APOS) return 0;
  if (!t.glued(k) || !t.glued(k + 1) || t.kind[k + 1] !== Tk.Num) return 0;
  if (code === APOS && t.digits(k + 1) !== 3) return 0;
  return code;
}

const MAX_SEGMENTS = 8;
const segTok = new Int32Array(MAX_SEGMENTS + 1);
const segSep = new Int32Array(MAX_SEGMENTS);

/** Reads the number starting at digit token i into `out`. */
export function readDigits(t: Tokens, i: number, out: DigitNumber): void {
  out.ok = false;
  out.mantissa = 0;
  out.decimals = 0;
  out.dotDecimal = false;
  out.yearLike = false;

  // The glued run: digits ((`.`|`,`) digits)*. Only the first segments are kept;
  // a longer run (an address, a version, a table of dots) is skipped whole.
  segTok[0] = i;
  let nseg = 1;
  let k = i;
  for (;;) {
    const sep = gluedSeparator(t, k + 1);
    if (sep === 0) break;
    if (nseg <= MAX_SEGMENTS) {
      segSep[nseg - 1] = sep;
      segTok[nseg] = k + 2;
    }
    nseg++;
    k += 2;
  }
  out.endTok = k;
  if (nseg > MAX_SEGMENTS) return;
  const nsep = nseg - 1;
  let total = 0;
  for (let s = 0; s < nseg; s++) {
    const len = t.digits(segTok[s]);
    if (len > MAX_DIGITS) return;
    total += len;
  }
  if (total > MAX_DIGITS) return;
  const firstLen = t.digits(i);
  const leadingZero = firstLen > 1 && t.firstDigit(i) === 0;

  if (nseg === 1) {
    if (leadingZero) return; // « 01 23 45 », « 007 »: codes, not quantities
    let m = appendDigits(t, i, 0);
    let digits = firstLen;
    let end = i;
    let decimals = 0;
    let grouped = false;
    if (firstLen <= 3) {
      // Space grouping: later groups of exactly three digits.
      let g = i + 1;
      while (g < t.n && t.kind[g] === Tk.Num && t.digits(g) === 3 && groupingGap(t, g)) {
        const sep = gluedSeparator(t, g + 1);
        if (sep === DOT || sep === APOS) break; // « 12 000.5 »: ambiguous, leave the group out
        if (digits + 3 > MAX_DIGITS) {
          out.endTok = g;
          return;
        }
        m = appendDigits(t, g, m);
        digits += 3;
        end = g;
        grouped = true;
        if (sep === COMMA) {
          const f = g + 2;
          const flen = t.digits(f);
          if (digits + flen > MAX_DIGITS) {
            out.endTok = f;
            return;
          }
          if (gluedSeparator(t, f + 1) !== 0) {
            out.endTok = f + 2;
            return;
          }
          m = appendDigits(t, f, m);
          decimals = flen;
          end = f;
          break;
        }
        g++;
      }
    }
    out.ok = true;
    out.endTok = end;
    out.mantissa = m;
    out.decimals = decimals;
    out.yearLike = !grouped && firstLen === 4 && m >= 1800 && m <= 2199;
    return;
  }

  // Apostrophe grouping: « 3'750'000 », « 12'500.50 » (then one decimal separator at most).
  if (segSep[0] === APOS) {
    if (firstLen > 3 || leadingZero) return;
    let s = 0;
    while (s < nsep && segSep[s] === APOS) s++;
    let m = 0;
    for (let q = 0; q <= s; q++) m = appendDigits(t, segTok[q], m);
    let decimals = 0;
    if (s < nsep) {
      if (s !== nsep - 1) return;
      const f = segTok[nseg - 1];
      if (t.digits(f) > 2) return;
      m = appendDigits(t, f, m);
      decimals = t.digits(f);
    }
    out.ok = true;
    out.mantissa = m;
    out.decimals = decimals;
    return;
  }
  for (let s = 0; s < nsep; s++) if (segSep[s] === APOS) return; // « 1.234'567 »

  // Separators present: dots then at most one comma at the end.
  let commaAt = -1;
  for (let s = 0; s < nsep; s++) {
    if (segSep[s] === COMMA) {
      if (commaAt >= 0) return; // « 1,2,3 »
      commaAt = s;
    }
  }
  if (commaAt >= 0 && commaAt !== nsep - 1) return; // « 1,5.3 »
  const dots = commaAt >= 0 ? nsep - 1 : nsep;
  const intSegs = dots + 1;

  if (dots > 0) {
    const lastLen = t.digits(segTok[1]);
    const zero = firstLen === 1 && t.firstDigit(i) === 0;
    const groupedOk = firstLen <= 3 && !leadingZero && !zero && allThree(t, 1, intSegs);
    if (!groupedOk) {
      // A decimal point: one dot, no comma, 1–2 digits after it (« 3.5 », « 12.50 »), or « 0.xxx ».
      if (commaAt >= 0 || dots !== 1 || leadingZero) return;
      if (lastLen > 2 && !zero) return;
      out.ok = true;
      out.dotDecimal = true;
      out.mantissa = appendDigits(t, segTok[1], appendDigits(t, i, 0));
      out.decimals = lastLen;
      return;
    }
  } else if (leadingZero) {
    return;
  }
  let m = 0;
  for (let s = 0; s < intSegs; s++) m = appendDigits(t, segTok[s], m);
  let decimals = 0;
  if (commaAt >= 0) {
    const f = segTok[nseg - 1];
    m = appendDigits(t, f, m);
    decimals = t.digits(f);
  }
  out.ok = true;
  out.mantissa = m;
  out.decimals = decimals;
}

function allThree(t: Tokens, from: number, to: number): boolean {
  for (let s = from; s < to; s++) if (t.digits(segTok[s]) !== 3) return false;
  return true;
}

export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];
