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
