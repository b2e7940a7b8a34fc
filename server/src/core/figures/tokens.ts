// A linear char-code tokenizer. One pass, no regular expression, no string
// built for ordinary words: each word is hashed on its folded form while it is
// scanned and looked up in the lexicon. Tokens live in reusable typed arrays.
//
// Token kinds: a run of digits, a word (letters of any script), a currency
// symbol or `%`, and any other single non-blank UTF-16 unit (punctuation,
// lone surrogates, emoji halves). Blanks separate tokens and are read back
// from the text when the grammar cares about them.
//
// A digit run holds ASCII and full-width digits (« ４０ »), and reads through
// the invisible characters that editors and web pages leave inside numbers (a
// zero-width space, a word joiner, a soft hyphen, a zero-width no-break space:
// « 4\u200b0 » is forty). Its `lex` is its number of digits, which the digit
// grammar reads instead of the span's length.

import { lookupWord } from './lexicon';
import { FOLD } from '../text/fold';
import { FNV_OFFSET as HASH_SEED, FNV_PRIME as HASH_PRIME } from '../text/hash';
import { isBlank, isInvisible } from '../text/chars';

export const enum Tk {
  Num = 1,
  Word = 2,
  /** Currency symbol or `%`; `lex` holds the char code (full-width forms folded: ％ → `%`). */
  Sym = 3,
  /** Anything else; `lex` holds a normalised code (apostrophes → 39, hyphens → 45, dashes → 0x2013). */
  Punct = 4,
}

const enum C {
  Other = 0,
  Blank = 1,
  Digit = 2,
  Letter = 3,
  Sym = 4,
}

const CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  let k = C.Other;
  if (c >= 48 && c <= 57) k = C.Digit;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) k = C.Letter;
  else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) k = C.Letter;
  else if (c === 0xaa || c === 0xb5 || c === 0xba) k = C.Letter;
  else if (isBlank(c)) k = C.Blank;
  else if (c === 36 || c === 37 || c === 0xa3 || c === 0xa5) k = C.Sym;
  CLASS[c] = k;
}

function classOf(c: number): number {
  if (c < 0x250) return CLASS[c];
  if (c >= 0xd800 && c <= 0xdfff) return C.Other;
  if (c === 0x2bc) return C.Other; // « dʼadresses »: the modifier-letter apostrophe some tools set for ’
  if (isBlank(c) || c === 0x2060) return C.Blank; // the word joiner too: it joins nothing we read
  if (c >= 0x2010 && c <= 0x206f) return C.Other; // dashes, quotes, bullets, ‰
  if (c >= 0x20a0 && c <= 0x20cf) return C.Sym; // currency symbols
  if (c >= 0x2070 && c <= 0x209f) return C.Other; // superscript and subscript digits
  if (c >= 0x2100 && c <= 0x2bff) return C.Other; // symbols, arrows, maths, boxes
  if (c >= 0x3000 && c <= 0x303f) return C.Other;
  if (c >= 0xfe00 && c <= 0xfe0f) return C.Other; // variation selectors
  if (c >= 0xff10 && c <= 0xff19) return C.Digit; // full-width digits
  if (c === 0xff04 || c === 0xff05 || c === 0xffe1 || c === 0xffe5) return C.Sym; // ＄ ％ ￡ ￥
  if (c >= 0xff00 && c <= 0xff65) return C.Other; // full-width forms
  if (c >= 0xffe0 && c <= 0xffee) return C.Other;
  return C.Letter;
}

/** The value of a digit character (ASCII or full-width), or -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Full-width symbols fold to their ASCII or Latin-1 form. */
function normaliseSym(c: number): number {
  if (c === 0xff04) return 36;
  if (c === 0xff05) return 37;
  if (c === 0xffe1) return 0xa3;
  if (c === 0xffe5) return 0xa5;
  return c;
}

function normalisePunct(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4 || c === 0x2032) return 39;
  if (c === 0x2010 || c === 0x2011 || c === 0xad) return 45;
  if (c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212) return 0x2013;
  if (c === 0xff0c) return 44; // full-width comma
  if (c === 0xff0e) return 46; // full-width full stop
  return c;
}

export class Tokens {
  text = '';
  n = 0;
  /** Does the tokenized text speak of books or weight (« livres » are then not pounds)? -1 until asked. */
  notPounds = -1;
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  lex = new Int32Array(256);

  private grow(): void {
    const size = this.kind.length * 2;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    const start = new Int32Array(size);
    start.set(this.start);
    const end = new Int32Array(size);
    end.set(this.end);
    const lex = new Int32Array(size);
    lex.set(this.lex);
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.lex = lex;
  }

  push(kind: number, start: number, end: number, lex: number): void {
    if (this.n === this.kind.length) this.grow();
    const i = this.n++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.lex[i] = lex;
  }

  /** True when token i touches token i-1 (no blank between). */
  glued(i: number): boolean {
    return i > 0 && i < this.n && this.start[i] === this.end[i - 1];
  }

  /** True when token i is a punctuation token with normalised code `code`. */
  isPunct(i: number, code: number): boolean {
    return i >= 0 && i < this.n && this.kind[i] === Tk.Punct && this.lex[i] === code;
  }

  /** True when the blank between token i-1 and token i holds a line break. */
  lineBreakBefore(i: number): boolean {
    if (i <= 0 || i >= this.n) return false;
    const text = this.text;
    for (let p = this.end[i - 1]; p < this.start[i]; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
    }
    return false;
  }

  length(i: number): number {
    return this.end[i] - this.start[i];
  }

  /** Number of digits of digit token i (its span may also hold invisible characters). */
  digits(i: number): number {
    return this.lex[i];
  }

  /** The value of the first digit of digit token i. */
  firstDigit(i: number): number {
    return digitValue(this.text.charCodeAt(this.start[i]));
  }
}

/** Tokenizes text[from, to) into `out` (which is cleared first). */
export function tokenize(text: string, from: number, to: number, out: Tokens): void {
  out.text = text;
  out.n = 0;
  out.notPounds = -1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = c < 0x250 ? CLASS[c] : classOf(c);
    if (k === C.Blank) {
      i++;
      continue;
    }
    if (k === C.Digit) {
      let j = i + 1;
      let n = 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (d >= 48 && d <= 57) {
          j++;
          n++;
          continue;
        }
        if (d < 0xad) break; // the usual end: a space, a comma, a letter
        if (d >= 0xff10 && d <= 0xff19) {
          j++;
          n++;
          continue;
        }
        // Invisible characters between two digits belong to the number.
        if (isInvisible(d)) {
          let e = j + 1;
          while (e < to && isInvisible(text.charCodeAt(e))) e++;
          if (e < to && digitValue(text.charCodeAt(e)) >= 0) {
            j = e;
            continue;
          }
        }
        break;
      }
      out.push(Tk.Num, i, j, n);
      i = j;
      continue;
    }
    if (k === C.Letter) {
      let h = Math.imul(HASH_SEED ^ (c < 0x250 ? FOLD[c] : c), HASH_PRIME);
      let j = i + 1;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (d < 0x250) {
          if (CLASS[d] !== C.Letter) break;
          h = Math.imul(h ^ FOLD[d], HASH_PRIME);
        } else {
          if (classOf(d) !== C.Letter) break;
          h = Math.imul(h ^ d, HASH_PRIME);
        }
        j++;
      }
      out.push(Tk.Word, i, j, j - i <= 24 ? lookupWord(text, i, j, h) : -1);
      i = j;
      continue;
    }
    if (k === C.Sym) out.push(Tk.Sym, i, i + 1, normaliseSym(c));
    else out.push(Tk.Punct, i, i + 1, normalisePunct(c));
    i++;
  }
}
