// Character classes every reader of the text shares, by code unit. One
// definition, so that a space the names read as a blank is a blank to the
// structure and the figures too: a four-per-em space (U+2005) in « PIA 4 »
// or « 1 000 € » reads like a thin space everywhere.

/** Unicode's space separators (category Zs): the space, the no-break spaces, the typographic spaces U+2000–U+200A, U+205F, U+3000. */
export function isSpaceSeparator(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A blank inside a line: a space separator, a tab, or an invisible space (zero-width space U+200B, byte-order mark U+FEFF). */
export function isInlineBlank(c: number): boolean {
  return c === 0x09 || isSpaceSeparator(c) || c === 0x200b || c === 0xfeff;
}

/** A line break: LF, CR, vertical tab, form feed, next line (U+0085), line and paragraph separators. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Any blank: inside a line or between lines. What `\s` matches, plus the zero-width space. */
export function isBlank(c: number): boolean {
  return isInlineBlank(c) || isLineBreak(c);
}

/** Invisible characters that editors and web pages leave inside words and numbers: zero-width space and (non-)joiners, word joiner, soft hyphen, BOM. */
export function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xad || c === 0xfeff;
}

/** Character codes the readers test by name (inlined at build time). */
export const enum Ch {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Exclamation = 0x21,
  Quote = 0x22,
  Hash = 0x23,
  Dollar = 0x24,
  Percent = 0x25,
  Ampersand = 0x26,
  Apostrophe = 0x27,
  LeftParen = 0x28,
  RightParen = 0x29,
  Asterisk = 0x2a,
  Plus = 0x2b,
  Comma = 0x2c,
  Hyphen = 0x2d,
  Dot = 0x2e,
  Slash = 0x2f,
  Digit0 = 0x30,
  Digit9 = 0x39,
  Colon = 0x3a,
  Semicolon = 0x3b,
  Less = 0x3c,
  Equals = 0x3d,
  Greater = 0x3e,
  Question = 0x3f,
  At = 0x40,
  UpperE = 0x45,
  UpperS = 0x53,
  LeftBracket = 0x5b,
  Backslash = 0x5c,
  RightBracket = 0x5d,
  Caret = 0x5e,
  Underscore = 0x5f,
  Backtick = 0x60,
  LowerE = 0x65,
  LowerS = 0x73,
  Pipe = 0x7c,
  Tilde = 0x7e,
  NoBreakSpace = 0xa0,
  LeftGuillemet = 0xab,
  MasculineOrdinal = 0xba,
  RightGuillemet = 0xbb,
  Section = 0xa7,
  Degree = 0xb0,
  EnDash = 0x2013,
  RightQuote = 0x2019,
  LeftDoubleQuote = 0x201c,
  Ellipsis = 0x2026,
  Bullet = 0x2022,
  TildeOperator = 0x223c,
  AlmostEqual = 0x2248,
  LessOrEqual = 0x2264,
  GreaterOrEqual = 0x2265,
  NarrowNoBreakSpace = 0x202f,
}

/** Whether an ASCII digit stands in text[from, to). */
export function hasDigit(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
