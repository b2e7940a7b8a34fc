// Folding for comparison: lower case, accents removed. Two forms, one per use:
//
// - `foldString` / `foldChar`, for readers that compare strings (the checks'
//   words, table headers, glossary fields): typographic apostrophes become
//   « ' », « œ » and « æ » become « oe » and « ae »;
// - `FOLD` / `fold`, one char code for one char code, for the figures'
//   tokenizer, which hashes each word while it scans it (text/hash.ts) and so
//   cannot expand a ligature.
//
// Names fold further (compatibility forms, ordinals, plurals): see
// knowledge/normalize.ts, which keys the names' trie.

/** Folded char code: lower case, accents removed. Codes above 0x24F fold to themselves. */
export const FOLD = new Uint16Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const s = String.fromCharCode(c).normalize('NFD').toLowerCase();
  FOLD[c] = s.length > 0 ? s.charCodeAt(0) : c;
}

/** One char code folded to one char code (see FOLD). */
export function fold(c: number): number {
  return c < 0x250 ? FOLD[c] : c;
}

/** The same fold over a string, code by code: its result has the string's length. */
export function foldCodes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out;
}

const FOLDED = new Map<number, string>();

/** One character, folded: lower case, accents removed, typographic apostrophes made plain, « œ » → « oe ». */
export function foldChar(c: number): string {
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x27) return "'";
  if (c < 128) return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  let s = FOLDED.get(c);
  if (s === undefined) {
    s = String.fromCharCode(c).normalize('NFD').charAt(0).toLowerCase();
    if (c === 0x153 || c === 0x152) s = 'oe';
    if (c === 0xe6 || c === 0xc6) s = 'ae';
    FOLDED.set(c, s);
  }
  return s;
}

/** A string folded for comparison (see foldChar). */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s.charCodeAt(i));
  return out;
}
