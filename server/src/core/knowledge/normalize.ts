// Tokens for name matching. One pass over the text turns it into maximal runs
// of letters and of digits, each with its original UTF-16 span and a 32-bit
// hash of its folded form (lower case, no accents, plural « s » dropped,
// ordinals such as « 4e », « 4ème », « 4ᵉ », « quatrième » all read as « 4# »).
// The hash is computed while scanning, so no string is built per word; a
// folded string is built only when a candidate match has to be confirmed.
//
// Spans are original offsets, so there is no separate offset map to keep: a
// match runs from the start of its first token to the end of its last.

import { isInlineBlank } from '../text/chars';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../text/hash';

export const enum CharClass {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Blank = 3,
  Newline = 4,
  /** Hyphens, apostrophes and the slash: they may sit between two words of one name. */
  Joiner = 5,
  /** Combining marks and the soft hyphen: part of the word, folded away. */
  Mark = 6,
  Unknown = 255,
}

/** Token flags. */
export const enum TF {
  /** The gap before this token is short and made of spaces, hyphens or apostrophes: a name may continue across it. */
  Join = 1,
  /** The gap before this token is a single space or hyphen on one line (used by near-miss candidates). */
  Tight = 2,
  /** Starts with an upper-case letter. */
  Capital = 4,
  /** Digits (with an optional decimal part). */
  Number = 8,
  /** An ordinal (« 4e », « quatrième »). */
  Ordinal = 16,
}

const classes = new Uint8Array(65536).fill(CharClass.Unknown);
/** Folded single character, or 0 when the fold is several characters (then see `multiFold`). */
const folds = new Uint16Array(65536);
const multiFold = new Map<number, string>();
const uppers = new Uint8Array(65536);
const foldKnown = new Uint8Array(65536);

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

function classify(c: number): number {
  let k: number;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) k = CharClass.Letter;
  else if (c >= 48 && c <= 57) k = CharClass.Digit;
  else if (isInlineBlank(c)) k = CharClass.Blank;
  else if (c === 10 || c === 13) k = CharClass.Newline;
  else if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 47 || c === 40 || c === 41 || c === 0xb0) k = CharClass.Joiner;
  else if (c === 0xad) k = CharClass.Mark;
  else if (c >= 0xd800 && c <= 0xdfff) k = CharClass.Other;
  else {
    const ch = String.fromCharCode(c);
    k = LETTER.test(ch) ? CharClass.Letter : MARK.test(ch) ? CharClass.Mark : CharClass.Other;
  }
  classes[c] = k;
  return k;
}

export function charClass(c: number): number {
  const k = classes[c];
  return k === CharClass.Unknown ? classify(c) : k;
}

/** Ligatures and letters that Unicode does not decompose. */
const SPECIAL_FOLDS: Record<string, string> = { 'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss', 'ẞ': 'ss', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ł': 'l', 'Ł': 'l' };

function learnFold(c: number): void {
  const ch = String.fromCharCode(c);
  const base = SPECIAL_FOLDS[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
  const lower = base.toLowerCase();
  uppers[c] = ch !== ch.toLowerCase() ? 1 : 0;
  if (lower.length === 1) folds[c] = lower.charCodeAt(0);
  else if (lower.length === 0) folds[c] = 0xffff; // nothing left: skip
  else {
    folds[c] = 0;
    multiFold.set(c, lower);
  }
  foldKnown[c] = 1;
}

function foldOf(c: number): number {
  if (!foldKnown[c]) learnFold(c);
  return folds[c];
}

export function isUpper(c: number): boolean {
  if (!foldKnown[c]) learnFold(c);
  return uppers[c] === 1;
}

export { fnv1a as hashString };

const ORDINAL_SUFFIXES = new Set(['e', 'eme', 'ieme', 'er', 'ere', 're', 'nd', 'nde', 'de']);
const ORDINAL_WORDS = new Map<string, number>([
  ['premier', 1],
  ['premiere', 1],
  ['deuxieme', 2],
  ['second', 2],
  ['seconde', 2],
  ['troisieme', 3],
  ['quatrieme', 4],
  ['cinquieme', 5],
  ['sixieme', 6],
  ['septieme', 7],
  ['huitieme', 8],
  ['neuvieme', 9],
  ['dixieme', 10],
]);
const ORDINAL_WORD_HASHES = new Set<number>([...ORDINAL_WORDS.keys()].map(fnv1a));

/** Each character's decomposition without its marks, case kept (« É » → « E »), learnt once per character: no normalisation per call. */
const caseBases = new Map<number, string>();

function caseBase(c: number): string {
  let base = caseBases.get(c);
  if (base === undefined) {
    base = String.fromCharCode(c).normalize('NFKD').replace(/\p{M}/gu, '');
    caseBases.set(c, base);
  }
  return base;
}

/** Folds a run of letters: lower case, accents removed, ligatures expanded. */
function foldLetters(text: string, start: number, end: number, keepCase: boolean): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === CharClass.Mark) continue;
    if (keepCase) {
      out += c < 128 ? text[i] : caseBase(c);
      continue;
    }
    const f = foldOf(c);
    if (f === 0xffff) continue;
    out += f === 0 ? (multiFold.get(c) as string) : String.fromCharCode(f);
  }
  return out;
}

function isPluralS(folded: string): boolean {
  return folded.length >= 4 && folded.charCodeAt(folded.length - 1) === 115;
}

/**
 * The folded form of one token as the scanner sees it (`start`–`end` must be
 * a token span). With `keepCase`, accents are removed but case is kept and no
 * plural is dropped: the form case-sensitive names are compared with.
 */
export function foldToken(text: string, start: number, end: number, keepCase = false): string {
  const c0 = text.charCodeAt(start);
  if (charClass(c0) === CharClass.Digit) {
    let i = start;
    let digits = '';
    while (i < end) {
      const c = text.charCodeAt(i);
      const k = charClass(c);
      if (k === CharClass.Digit) digits += text[i];
      else if ((c === 46 || c === 44) && i + 1 < end && charClass(text.charCodeAt(i + 1)) === CharClass.Digit) digits += '.';
      else break;
      i++;
    }
    return i < end ? digits + '#' : digits;
  }
  const folded = foldLetters(text, start, end, false);
  if (ORDINAL_WORDS.has(folded)) return `${ORDINAL_WORDS.get(folded)}#`;
  const plain = isPluralS(folded) ? folded.slice(0, -1) : folded;
  if (ORDINAL_WORDS.has(plain)) return `${ORDINAL_WORDS.get(plain)}#`;
  if (!keepCase) return plain;
  return foldLetters(text, start, end, true);
}

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  flags: Uint8Array;
}

function grow(t: Tokens): void {
  const size = t.start.length * 2;
  const start = new Int32Array(size);
  start.set(t.start);
  const end = new Int32Array(size);
  end.set(t.end);
  const hash = new Int32Array(size);
  hash.set(t.hash);
  const flags = new Uint8Array(size);
  flags.set(t.flags);
  t.start = start;
  t.end = end;
  t.hash = hash;
  t.flags = flags;
}

/** Splits `text` into tokens in one linear pass. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // Most calls fold a name of a few words: arrays of 16 or fewer stay in V8's heap, where they are cheap.
  const initial = n < 48 ? 16 : (n >> 2) + 16;
  const t: Tokens = {
    count: 0,
    start: new Int32Array(initial),
    end: new Int32Array(initial),
    hash: new Int32Array(initial),
    flags: new Uint8Array(initial),
  };
  let count = 0;
  let starts = t.start;
  let ends = t.end;
  let hashes = t.hash;
  let flagsOut = t.flags;
  // State of the gap since the last token.
  let gapLen = 0;
  let gapNewlines = 0;
  let gapJoiners = 0;
  let gapBad = true; // nothing to join with before the first token
  let gapHasNewline = false;
  let lastWasCR = false;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = classes[c];
    if (k === CharClass.Unknown) k = classify(c);
    if (k !== CharClass.Letter && k !== CharClass.Digit) {
      // A gap character.
      if (k === CharClass.Blank) {
        // Indentation after a line break (a wrapped list item, a quote) does not lengthen the gap.
        if (!gapHasNewline) gapLen++;
        lastWasCR = false;
      } else if (k === CharClass.Newline) {
        if (!(c === 10 && lastWasCR)) {
          gapNewlines++;
          gapLen++;
        }
        gapHasNewline = true;
        lastWasCR = c === 13;
      } else if (k === CharClass.Joiner) {
        gapJoiners++;
        gapLen++;
        lastWasCR = false;
      } else if (k === CharClass.Mark) {
        gapLen++;
      } else if (c !== 62 || !gapHasNewline) {
        // A `>` after a line break marks a quoted line: the quoted text goes on.
        gapBad = true;
        lastWasCR = false;
      }
      i++;
      continue;
    }
    const s = i;
    let hash: number;
    let flags: number;
    if (k === CharClass.Letter) {
      let h = FNV_OFFSET;
      let before = h;
      let len = 0;
      let last = 0;
      if (!foldKnown[c]) learnFold(c);
      flags = uppers[c] === 1 ? TF.Capital : 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        let kd = classes[d];
        if (kd === CharClass.Unknown) kd = classify(d);
        if (kd === CharClass.Letter) {
          let f = foldKnown[d] ? folds[d] : foldOf(d);
          if (f === 0) {
            const m = multiFold.get(d) as string;
            for (let j = 0; j < m.length; j++) {
              before = h;
              f = m.charCodeAt(j);
              h = Math.imul(h ^ f, FNV_PRIME);
              len++;
            }
            last = f;
          } else if (f !== 0xffff) {
            before = h;
            h = Math.imul(h ^ f, FNV_PRIME);
            len++;
            last = f;
          }
        } else if (kd !== CharClass.Mark) break;
        i++;
      }
      hash = last === 115 && len >= 4 ? before : h;
      if (len >= 5 && len <= 10 && (ORDINAL_WORD_HASHES.has(h) || ORDINAL_WORD_HASHES.has(hash))) {
        const word = foldToken(text, s, i);
        if (word.endsWith('#')) {
          hash = fnv1a(word);
          flags |= TF.Ordinal;
        }
      }
    } else {
      let h = FNV_OFFSET;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) h = Math.imul(h ^ d, FNV_PRIME);
        else if ((d === 46 || d === 44) && i > s && i + 1 < n && isAsciiDigit(text.charCodeAt(i + 1))) h = Math.imul(h ^ 46, FNV_PRIME);
        else break;
        i++;
      }
      flags = TF.Number;
      // « 4e », « 4ème », « 4ᵉ », « 1er », « 2nde »: one ordinal token.
      if (i < n && charClass(text.charCodeAt(i)) === CharClass.Letter) {
        let j = i;
        while (j < n && j - i <= 5 && (charClass(text.charCodeAt(j)) === CharClass.Letter || charClass(text.charCodeAt(j)) === CharClass.Mark)) j++;
        const after = j < n ? charClass(text.charCodeAt(j)) : CharClass.Other;
        if (after !== CharClass.Letter && after !== CharClass.Digit && after !== CharClass.Mark && ORDINAL_SUFFIXES.has(foldLetters(text, i, j, false))) {
          i = j;
          h = Math.imul(h ^ 35, FNV_PRIME);
          flags = TF.Ordinal;
        }
      }
      hash = h;
    }
    if (!gapBad && gapLen <= 4 && gapNewlines <= 1 && gapJoiners <= 1) {
      flags |= TF.Join;
      if (!gapHasNewline && gapLen <= 1) flags |= TF.Tight;
    }
    if (count === starts.length) {
      t.count = count;
      grow(t);
      starts = t.start;
      ends = t.end;
      hashes = t.hash;
      flagsOut = t.flags;
    }
    starts[count] = s;
    ends[count] = i;
    hashes[count] = hash;
    flagsOut[count] = flags;
    count++;
    gapLen = 0;
    gapNewlines = 0;
    gapJoiners = 0;
    gapBad = false;
    gapHasNewline = false;
  }
  t.count = count;
  return t;
}

/**
 * True when the token `start`–`end` folds to `folded` (as `foldToken` would),
 * without building a string. Used to confirm hash matches.
 */
export function foldEquals(text: string, start: number, end: number, folded: string): boolean {
  const last = folded.charCodeAt(folded.length - 1);
  if (last === 35 || charClass(text.charCodeAt(start)) === CharClass.Digit) return foldToken(text, start, end) === folded;
  let pos = 0;
  const m = folded.length;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = foldKnown[c] ? folds[c] : foldOf(c);
    if (f === 0xffff || charClass(c) === CharClass.Mark) continue;
    if (f === 0) {
      const multi = multiFold.get(c) as string;
      for (let j = 0; j < multi.length; j++) {
        // Past the end: only a plural « s » may follow; let the full fold decide.
        if (pos >= m) return foldToken(text, start, end) === folded;
        if (multi.charCodeAt(j) !== folded.charCodeAt(pos++)) return false;
      }
      continue;
    }
    // Past the end: only a plural « s » may follow; let the full fold decide.
    if (pos >= m) return f === 115 && foldToken(text, start, end) === folded;
    if (f !== folded.charCodeAt(pos++)) return false;
  }
  if (pos !== m) return false;
  // « pias » folds to « pia » + s dropped only at 4+ letters; and a form ending in « s » must not have lost one.
  return !(m >= 4 && last === 115) || foldToken(text, start, end) === folded;
}

/** True when the token is written exactly as `exact` (case kept, accents aside). */
export function exactEquals(text: string, start: number, end: number, exact: string): boolean {
  if (end - start === exact.length && text.startsWith(exact, start)) return true;
  return foldToken(text, start, end, true) === exact;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when the character at `i` would continue a word (so a name cannot end or start there). */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const k = charClass(text.charCodeAt(i));
  return k === CharClass.Letter || k === CharClass.Digit || k === CharClass.Mark;
}

/** Folds a whole name into its token strings (the same forms the scanner hashes). */
/** A name cut into tokens: folded, case-kept (accents folded), their spans, and whether they are written joined. */
export interface NameTokens {
  folded: string[];
  exact: string[];
  spans: Array<[number, number]>;
  joined: boolean;
}

export function nameTokens(name: string): NameTokens {
  const t = tokenize(name);
  const folded: string[] = [];
  const exact: string[] = [];
  const spans: Array<[number, number]> = [];
  let joined = true;
  for (let k = 0; k < t.count; k++) {
    folded.push(foldToken(name, t.start[k], t.end[k]));
    exact.push(foldToken(name, t.start[k], t.end[k], true));
    spans.push([t.start[k], t.end[k]]);
    if (k > 0 && !(t.flags[k] & TF.Join)) joined = false;
  }
  return { folded, exact, spans, joined };
}

/** A slug for ids: « Territoires numériques » → « territoires-numeriques ». */
export function slug(name: string): string {
  const t = tokenize(name);
  const parts: string[] = [];
  for (let k = 0; k < t.count; k++) parts.push(foldLetters(name, t.start[k], t.end[k], false) || name.slice(t.start[k], t.end[k]));
  return parts.join('-').toLowerCase();
}

/** Lower case, no accents, one space between words: for comparing names loosely. */
export function looseKey(name: string): string {
  // nameTokens(name).folded.join(' '), without the case-kept forms nobody reads here.
  const t = tokenize(name);
  let out = '';
  for (let k = 0; k < t.count; k++) out += (k > 0 ? ' ' : '') + foldToken(name, t.start[k], t.end[k]);
  return out;
}

let lastTokens: { text: string; tokens: Tokens } | null = null;

/** `tokenize`, remembering the last text: definitions, mentions and hints of one document share one pass. */
export function tokensOf(text: string, cache = true): Tokens {
  if (!cache) return tokenize(text);
  if (lastTokens && lastTokens.text === text) return lastTokens.tokens;
  const tokens = tokenize(text);
  lastTokens = { text, tokens };
  return tokens;
}
