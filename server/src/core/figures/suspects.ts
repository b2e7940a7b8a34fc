// Figures that look broken: « 42, 7 M€ » (a space after the decimal comma),
// « 42 ,7 M€ » (before it), « 1. 6 milliards », « 12 50 € » (digit groups
// that do not read as one number). Read as written, each would silently give
// a wrong amount (7 M€, 6 milliards, 50 €), so the recogniser does not read
// them as amounts: it lists them here, and the hint « suspicious-figure » tells
// the writer, with a fix where the intended figure is clear.
//
// Detection is local: a few tokens around a figure's first number, so it
// costs nothing on ordinary prose.

import { TextEdit } from '../types';
import { DocumentStructure } from '../structure';
import { LEX } from './lexicon';
import { Tk, Tokens } from './tokens';
import { isGroupSpace } from './digits';
import { newUnitMatch, readCurrency, readPercent, wordAt } from './units';

export interface Suspect {
  start: number;
  end: number;
  /** The figure as the writer probably meant it (« 42,7 M€ »), when that is clear. */
  fix?: TextEdit;
}

const probe = newUnitMatch();

/** A left-hand number that may be the first half of a broken figure: 1–3 digits, no leading zero, not a code, a year or a label. */
function leftHalf(t: Tokens, a: number): boolean {
  if (a < 0 || t.kind[a] !== Tk.Num) return false;
  const n = t.digits(a);
  if (n > 3 || (n > 1 && t.firstDigit(a) === 0)) return false;
  if (a === 0 || t.lineBreakBefore(a)) return false; // « 1. 6 milliards » opening a line is a numbered item
  const p = a - 1;
  if (t.glued(a)) {
    // « n°12 », « 3/12 », « 1.12 »: part of something else.
    if (t.kind[p] === Tk.Word || t.kind[p] === Tk.Num) return false;
    if (t.kind[p] === Tk.Punct && t.lex[p] !== 40 && t.lex[p] !== 0xab && t.lex[p] !== 42) return false;
  }
  // A number after a word that numbers things (« article 12, 7 M€ »), or a group of a larger number.
  if (t.kind[p] === Tk.Word && t.lex[p] >= 0 && LEX[t.lex[p]].identifier) return false;
  // « la route territoriale 10 27 M€ »: one adjective between such a noun and its number (not a verb: « le volet coûte 18 ,5 M€ »).
  if (t.kind[p] === Tk.Word && t.lex[p] < 0 && p >= 1 && t.kind[p - 1] === Tk.Word && t.lex[p - 1] >= 0 && LEX[t.lex[p - 1]].identifier && adjectiveLike(t.text.slice(t.start[p], t.end[p]))) return false;
  if (t.kind[p] === Tk.Num) return false;
  // « CCMU 2, 11,2 % », « GIR 1, 5 % »: a number after an acronym is a class label.
  if (t.kind[p] === Tk.Word && !t.glued(a) && isAcronym(t.text, t.start[p], t.end[p])) return false;
  return true;
}

/** Two capital letters or more and nothing else (« CCMU », « GIR »). */
function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Endings of the adjectives that qualify a numbered thing (« territoriale », « industrielle », « prioritaire », « stratégique »). */
const ADJECTIVE_ENDINGS = ['al', 'ale', 'el', 'elle', 'aire', 'ique', 'ien', 'ienne', 'if', 'ive', 'ier', 'iere', 'ière', 'eur', 'eure'];

function adjectiveLike(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 5 && ADJECTIVE_ENDINGS.some((e) => w.endsWith(e));
}

function singleGap(t: Tokens, i: number): boolean {
  return t.start[i] === t.end[i - 1] + 1 && isGroupSpace(t.text.charCodeAt(t.end[i - 1]));
}

/**
 * A broken figure ending with the figure whose first number is token k (a
 * figure with a unit or a scale, ending at token `last`), or null.
 * « 42, 7 M€ » and « 1. 6 milliards »: the separator touches the left number
 * and a space follows it. « 12 50 € »: one space between a short number and a
 * group that is not three digits.
 */
export function splitBefore(t: Tokens, k: number, last: number, scaled: boolean): Suspect | null {
  if (t.kind[k] !== Tk.Num || t.glued(k)) return null;
  const n = t.digits(k);
  const sep = k - 1;
  if (sep >= 1 && t.kind[sep] === Tk.Punct && (t.lex[sep] === 44 || (t.lex[sep] === 46 && scaled)) && t.glued(sep) && singleGap(t, k)) {
    const a = sep - 1;
    if (n > 2 || !leftHalf(t, a)) return null;
    // « en CCMU 2, 11,2 % en CCMU 3 »: a number with a decimal comma of its own is no decimal part of the one before.
    if (k + 2 <= last && t.isPunct(k + 1, 44) && t.glued(k + 1) && t.kind[k + 2] === Tk.Num && t.glued(k + 2)) return null;
    return { start: t.start[a], end: t.end[last], fix: { start: t.end[sep], end: t.start[k], newText: '' } };
  }
  if (sep >= 0 && t.kind[sep] === Tk.Num && singleGap(t, k) && (n <= 2 || n >= 4)) {
    if (!leftHalf(t, sep)) return null;
    return { start: t.start[sep], end: t.end[last] };
  }
  return null;
}

/**
 * « 42 ,7 M€ »: a number, a space, then a comma glued to one or two digits
 * that a unit or a scale follows. Token k is the digits after the comma
 * (which the figure grammar refuses: a comma touches them on the left).
 */
export function spaceBeforeComma(t: Tokens, k: number): Suspect | null {
  const comma = k - 1;
  if (t.kind[k] !== Tk.Num || t.digits(k) > 2 || comma < 1 || !t.isPunct(comma, 44) || !t.glued(k) || !singleGap(t, comma)) return null;
  const a = comma - 1;
  if (!leftHalf(t, a)) return null;
  let u = k + 1;
  if (u >= t.n || t.lineBreakBefore(u)) return null;
  const lx = wordAt(t, u);
  if (lx && lx.scale > 0) {
    const after = readCurrency(t, u + 1, probe) ? probe.endTok : u;
    u = after;
  } else if (readCurrency(t, u, probe) || readPercent(t, u, probe)) u = probe.endTok;
  else return null;
  return { start: t.start[a], end: t.end[u], fix: { start: t.end[a], end: t.start[comma], newText: '' } };
}

// ---------------------------------------------------------------------------

const known = new WeakMap<DocumentStructure, readonly Suspect[]>();

/** Called by the recogniser: the suspects it found for this structure. */
export function keepSuspects(structure: DocumentStructure, suspects: readonly Suspect[]): void {
  known.set(structure, suspects);
}

/** The suspects the recogniser found for `structure`, if it has read it. */
export function suspectsOf(structure: DocumentStructure): readonly Suspect[] | undefined {
  return known.get(structure);
}
