// Tables laid out with spaces or tabs in plain text, as a PDF export or a
// report typed in a plain editor writes them:
//
//   Bailleur              PLAI   PLUS   Total
//   Logis de l'Ouest        42     96     138
//   Total                   42     96     138
//
// Cells are separated by a tab or by two blanks or more (a single space groups
// digits, « 1 250 000 », or joins words). A run of at least three consecutive
// lines with the same number of cells (three or more), two of them holding a
// digit outside their first cell, is a table; its first line is the header.
// Anything less (a line of prose with a double space, two lines that happen to
// align) stays prose.

import { Span } from './types';
import { Ch, isInlineBlank } from './text/chars';

export interface LineSpan {
  start: number;
  /** End of content, before the line break. */
  end: number;
  /** First non-blank character (== end for a blank line). */
  first: number;
}

const MIN_CELLS = 3;
const MIN_LINES = 3;

/** The cells of one line split on tabs and runs of two blanks or more, or null when there are fewer than MIN_CELLS. */
function gapCells(text: string, line: LineSpan): Span[] | null {
  const cells: Span[] = [];
  let i = line.first;
  let cellStart = i;
  let lastNonBlank = i;
  while (i < line.end) {
    const c = text.charCodeAt(i);
    if (!isInlineBlank(c)) {
      lastNonBlank = i + 1;
      i++;
      continue;
    }
    let j = i;
    let tab = false;
    while (j < line.end && isInlineBlank(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === Ch.Tab) tab = true;
      j++;
    }
    if ((tab || j - i >= 2) && j < line.end) {
      cells.push({ start: cellStart, end: lastNonBlank });
      cellStart = j;
    }
    i = j;
  }
  if (lastNonBlank > cellStart) cells.push({ start: cellStart, end: lastNonBlank });
  return cells.length >= MIN_CELLS ? cells : null;
}

function hasDigitAfterFirst(text: string, cells: readonly Span[]): boolean {
  for (let k = 1; k < cells.length; k++) {
    for (let i = cells[k].start; i < cells[k].end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) return true;
    }
  }
  return false;
}

/**
 * For each line, its cells when it belongs to an aligned table, else null; `header` marks each table's first line.
 * Linear: every line is split once.
 */
export function alignedTableLines(text: string, lines: readonly LineSpan[]): { cells: (Span[] | null)[]; header: boolean[] } {
  const cells: (Span[] | null)[] = new Array(lines.length).fill(null);
  const header: boolean[] = new Array(lines.length).fill(false);
  const split = lines.map((l) => (l.first < l.end ? gapCells(text, l) : null));
  let li = 0;
  while (li < lines.length) {
    const first = split[li];
    if (!first) {
      li++;
      continue;
    }
    let end = li + 1;
    while (end < lines.length && split[end] && split[end]!.length === first.length) end++;
    let numeric = 0;
    for (let k = li; k < end; k++) if (hasDigitAfterFirst(text, split[k]!)) numeric++;
    if (end - li >= MIN_LINES && numeric >= 2) {
      header[li] = true;
      for (let k = li; k < end; k++) cells[k] = split[k];
    }
    li = end;
  }
  return { cells, header };
}
