// Where a document can be cut into chunks that are analysed on their own.
//
// A chunk starts at a heading (not one that splits the whole stated before it,
// « ### Répartition de l’enveloppe », see headingTakesUpWhole), or at some of the paragraphs or code blocks that
// open a new paragraph (see `chosen`), unless one of the next three sentences may take its whole from a
// sentence before the cut (« Sur ce total… », see mayReferBack). Nothing else in
// the figures or the checks looks across such a point: money context stays in
// its paragraph (a bare « les 600 millions du FARE » takes the section's currency
// from the paragraphs before it only within its chunk, figures/context.ts: a cut
// stops it, and the cuts depend on the text alone), a list belongs to the
// sentence right before it (no cut before a list item), a table to the caption
// right above it (no cut before a table row). So analysing chunk by chunk and
// joining the results is a function of the text alone, and an edit only costs
// the chunks it touches.

import { Block, parseStructure, sentencesFrom } from './structure';
import { REACH, headingTakesUpWhole, mayReferBack } from './checks/reach';

export { REACH };

/**
 * Chunk start offsets within [from, to): `from` first, each at the start of a
 * line, increasing. `from` must itself be a chunk start of the whole text; the
 * cuts are those of the whole text as long as the text past `to` holds nothing
 * the last cuts' look-ahead needs (callers check, see Analyzer).
 */
export function chunkStarts(text: string, markdown: boolean, from = 0, to = text.length, spacing = SPACING): number[] {
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  const { blocks } = parseStructure(window, { markdown, sentences: false });
  const starts = [from];
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'list-item' || b.kind === 'table-row') continue;
    if (b.kind !== 'heading' && (!chosen(window, b.start, spacing) || reachesBack(window, blocks, i))) continue;
    // « ### Répartition de l’enveloppe »: the list under it splits the whole stated before the heading.
    if (b.kind === 'heading' && headingTakesUpWhole(window, b)) continue;
    const at = lineStart(window, b.start) + from;
    if (at > starts[starts.length - 1]) starts.push(at);
  }
  return starts;
}

/** About one possible cut in SPACING (a power of two) is made between headings, chosen by the line's own first characters (so an edit elsewhere never moves it). */
const SPACING = 16;

/**
 * Whether a paragraph start that may be cut is one: fewer, larger chunks cost
 * less to join, and a choice that depends on nothing but the line itself keeps
 * every other chunk of the last version valid after an edit.
 */
function chosen(text: string, at: number, spacing: number): boolean {
  let h = 0;
  const end = Math.min(text.length, at + 64);
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    h = (Math.imul(h, 31) + c) | 0;
  }
  // Mix the bits, so that lines differing in one digit fall apart.
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return ((h ^ (h >>> 16)) & (spacing - 1)) === 0;
}

function reachesBack(text: string, blocks: readonly Block[], from: number): boolean {
  for (const s of sentencesFrom(text, blocks, from, REACH)) if (mayReferBack(text, s)) return true;
  return false;
}

function lineStart(text: string, at: number): number {
  while (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (c === 10 || c === 13) break;
    at--;
  }
  return at;
}
