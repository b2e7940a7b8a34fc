// The shape of a document: lines grouped into headings, paragraphs, list items,
// tables and code, then sections and sentences. One linear pass over the text;
// every later stage (money context, breakdowns, outline) reads this instead of
// looking for line breaks again.

import { Span } from './types';
import { Ch, isInlineBlank } from './text/chars';
import { alignedTableLines } from './alignedTables';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'code';

export interface Block extends Span {
  kind: BlockKind;
  /** Heading level (1–6) or list nesting depth (0 for a top-level item). */
  level: number;
  /** Where the content starts after the `#`, bullet or number marker. */
  contentStart: number;
  /** Index of the paragraph (run of lines that share money context) this block belongs to. */
  paragraph: number;
}

export interface Section extends Span {
  /** The heading that opens the section; absent for text before the first heading. */
  heading?: Block;
  title: string;
  level: number;
}

export interface TableRow extends Span {
  cells: Span[];
  /** The `|---|---|` line under the header. */
  separator: boolean;
}

export interface Table extends Span {
  rows: TableRow[];
}

export interface DocumentStructure {
  /** Non-blank blocks in document order. Consecutive paragraph lines form one block. */
  blocks: Block[];
  /** Spans within which a currency may be carried from one figure to the next. */
  paragraphs: Span[];
  sections: Section[];
  tables: Table[];
  /** Sentences of prose blocks (headings, list items, table cells are their own sentences). */
  sentences: Span[];
}

export interface StructureOptions {
  /** Markdown gives meaning to `#`, `|`, bullets and fences; plain text keeps only lines and blank lines. */
  markdown: boolean;
  /** False leaves `sentences` empty: for callers that need only the blocks (cutting a document into chunks). */
  sentences?: boolean;
}

interface Line {
  start: number;
  /** End of content, before the line break. */
  end: number;
  /** First non-blank character (== end for a blank line). */
  first: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : Ch.LineFeed;
    if (c === Ch.LineFeed || c === Ch.CarriageReturn) {
      let first = start;
      while (first < i && isBlank(text.charCodeAt(first))) first++;
      lines.push({ start, end: i, first });
      if (c === Ch.CarriageReturn && i + 1 < n && text.charCodeAt(i + 1) === Ch.LineFeed) i++;
      start = i + 1;
    }
  }
  return lines;
}

export function isBlank(c: number): boolean {
  return isInlineBlank(c);
}

function headingLevel(text: string, line: Line): number {
  let i = line.first;
  let level = 0;
  while (i < line.end && text.charCodeAt(i) === Ch.Hash && level < 7) {
    i++;
    level++;
  }
  if (level === 0 || level > 6) return 0;
  return i === line.end || isBlank(text.charCodeAt(i)) ? level : 0;
}

/** A line without its block-quote marks (« > », « >> ») and the blanks after them. */
function unquoted(text: string, line: Line): Line {
  let f = line.first;
  while (f < line.end && (text.charCodeAt(f) === Ch.Greater || isBlank(text.charCodeAt(f)))) f++;
  return { ...line, start: f, first: f };
}

/**
 * Pictographs writers open lines of a list with in posts and newsletters. Not the plain arrows « → », « ⇒ », which also
 * state results; the arrow emoji « ➡️ » (U+27A1) is a bullet.
 */
const BULLET_PICTOGRAPHS: ReadonlySet<number> = new Set([0x25b6, 0x25ba, 0x25b8, 0x2713, 0x2714, 0x2705, 0x2611, 0x1f449, 0x1f539, 0x1f538, 0x1f4cc, 0x1f4cd, 0x1f535, 0x1f7e2, 0x2b50, 0x27a1]);

/** Arrows writers open lines with as bullets, in a run (« → cotisations : 18 % »); alone, « → 12 000 € » states a result. */
const BULLET_ARROWS: ReadonlySet<number> = new Set([0x2192, 0x21d2, 0x279c, 0x2794, 0x27a4, 0x21aa]);

/** Any pictograph (« 🚗 voiture 67 % », « 🚲 vélo 9 % »): a bullet only in a run of lines that open with one. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function anyPictograph(cp: number): boolean {
  return cp >= 0x2000 && PICTOGRAPH.test(String.fromCodePoint(cp));
}

/**
 * The length of a pictograph bullet at `i` (with its variation selector and the blank after it), or 0: one of the
 * usual bullets, or with `any`, an arrow or any pictograph.
 */
function pictographBullet(text: string, i: number, end: number, any = false): number {
  const cp = text.codePointAt(i);
  if (cp === undefined || !(BULLET_PICTOGRAPHS.has(cp) || (any && (BULLET_ARROWS.has(cp) || anyPictograph(cp))))) return 0;
  let j = i + (cp > 0xffff ? 2 : 1);
  if (j < end && text.charCodeAt(j) === 0xfe0f) j++;
  return j < end && isBlank(text.charCodeAt(j)) ? j + 1 - i : 0;
}

/** Length of a list marker (`- `, `* `, `+ `, `• `, `1. `, `2) `) at the line's first character, or 0. */
function listMarker(text: string, line: Line, markdown: boolean, lines?: readonly Line[], li = -1): number {
  const i = line.first;
  const c = text.charCodeAt(i);
  const next = i + 1 < line.end ? text.charCodeAt(i + 1) : Ch.Space;
  if (c === Ch.Bullet || c === 0x2013 || c === 0x2014 || c === 0x25aa || c === 0x25cf) return isBlank(next) ? 2 : 0;
  // « 👉 Ligne A : 21 400 voyages », « ✅ 12 écoles », « ➡️ 620 000 € pour … »: a pictograph opening a line of a post is
  // its bullet, in Markdown too — writers of posts open lines with them as they would with « - ». In Markdown, only in a
  // run of such lines (« 👉 Retrouvez nos offres sur l’appli » alone is a paragraph of its own).
  const symbol = pictographBullet(text, i, line.end);
  const inRun = (any: boolean) => lines !== undefined && [lines[li - 1], lines[li + 1]].some((n) => n !== undefined && n.first < n.end && pictographBullet(text, n.first, n.end, any) > 0);
  if (symbol > 0 && (!markdown || inRun(false))) return symbol;
  // « 🚗 voiture 67 % » / « 🚌 bus / car 14 % »: lines that each open with a pictograph of their own are items too.
  const pictograph = symbol > 0 ? 0 : pictographBullet(text, i, line.end, true);
  if (pictograph > 0 && inRun(true)) return pictograph;
  // « - 14 postes ; » opens a list item in plain text as in Markdown (a minus sign touches its number).
  if ((c === Ch.Hyphen || c === Ch.Asterisk || c === Ch.Plus) && isBlank(next)) return 2;
  let j = i;
  while (j < line.end && j - i < 4 && isDigit(text.charCodeAt(j))) j++;
  if (j > i && j < line.end) {
    const m = text.charCodeAt(j);
    const numbered = (m === Ch.Dot || m === Ch.RightParen) && (j + 1 === line.end || isBlank(text.charCodeAt(j + 1)));
    // In plain text, « 1. Frais de déplacement : 4 250 € » is an item as in Markdown; « 1. Fonds d’aide aux jeunes. La
    // commission … », a numbered paragraph of minutes, stays a paragraph: only a short « label : value » line is one.
    // The number says it is an item: its value may run on (« 39 %, sur des bases de 8 000 000 €, soit 3 120 000 € »)
    // while it stays one sentence.
    if (numbered && (markdown || isKeyed(text, { ...line, first: Math.min(j + 2, line.end) }, NUMBERED_VALUE_MAX, NUMBERED_KEY_MAX) || countLine(text, Math.min(j + 2, line.end), line.end))) return j + 2 - i;
  }
  return 0;
}

/**
 * « 1. 12 infirmiers et infirmières ; »: a short numbered line that opens on its figure is an item in plain text too; a
 * sentence's end inside it makes it prose.
 */
function countLine(text: string, from: number, end: number): boolean {
  let s = from;
  while (s < end && isBlank(text.charCodeAt(s))) s++;
  if (s >= end || end - s > NUMBERED_COUNT_MAX || !isDigit(text.charCodeAt(s))) return false;
  for (let i = s; i + 1 < end; i++) if ((text.charCodeAt(i) === Ch.Dot || text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63) && isBlank(text.charCodeAt(i + 1))) return false;
  return true;
}

/** How long a numbered line that opens on its figure may run and stay an item. */
const NUMBERED_COUNT_MAX = 90;

/** How far a keyed line's label and value may run: longer, the line is prose with a colon in it. */
const KEY_MAX = 80;
const VALUE_MAX = 40;
const NUMBERED_VALUE_MAX = 120;
/**
 * A numbered line's label may run longer (« 1. réorganisation des services techniques et non-remplacement de départs
 * en retraite : 2,1 M€ ; »): its number already says it is an item; a sentence's end before the colon still makes it prose.
 */
const NUMBERED_KEY_MAX = 160;

/** Whether a line reads « Label : value » with a digit in a short value: « Épicerie sèche : 355 t ». */
function isKeyed(text: string, line: Line, valueMax = VALUE_MAX, keyMax = KEY_MAX): boolean {
  let colon = -1;
  for (let i = line.first; i < line.end && i - line.first <= keyMax; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Colon) {
      colon = i;
      break;
    }
    // A sentence's end or a list marker before the colon: prose, or another kind of line.
    if (c === Ch.Dot && i + 1 < line.end && isBlank(text.charCodeAt(i + 1))) return false;
  }
  if (colon <= line.first || colon + 1 >= line.end || !isBlank(text.charCodeAt(colon + 1))) return false;
  if (line.end - colon > valueMax) return false;
  // A sentence's end inside a longer value: prose.
  if (valueMax > VALUE_MAX) for (let i = colon + 1; i + 1 < line.end; i++) if (text.charCodeAt(i) === Ch.Dot && isBlank(text.charCodeAt(i + 1))) return false;
  // The value opens on its figure (« 355 t », « 12 400 € », « 4,5 M€ »), not on words (« « nous visons 3 000 t » »).
  let v = colon + 1;
  while (v < line.end && isBlank(text.charCodeAt(v))) v++;
  return isDigit(text.charCodeAt(v));
}

/** A « Total » label: that line closes the list (lists.ts reads it as the total line), it is no item. */
function isTotalLabel(text: string, line: Line): boolean {
  const head = text.slice(line.first, Math.min(line.end, line.first + 14)).toLowerCase();
  return head.startsWith('total') || head.startsWith('sous-total') || head.startsWith('ensemble');
}

/**
 * In plain text, consecutive lines « Label : value » (two or more, no marker) are the items of a list, as « - » would
 * make them: « Fruits et légumes : 412 t » / « Épicerie sèche : 355 t » / « Total : 767 t ». A « Total » line after
 * them stays a line of its own. Linear: each line is read once.
 */
function keyedItems(text: string, lines: readonly Line[], markdown = false): boolean[] {
  const keyed = lines.map((l, li) => l.first < l.end && listMarker(text, l, markdown, lines, li) === 0 && isKeyed(text, l) && !isTotalLabel(text, l) && !(markdown && startsBlock(text, l)));
  const out = new Array<boolean>(lines.length).fill(false);
  for (let li = 0; li < lines.length; li++) out[li] = keyed[li] && ((li > 0 && keyed[li - 1]) || (li + 1 < lines.length && keyed[li + 1]));
  return out;
}

/** A Markdown line that opens a block of its own: a heading, a table row, a fence. */
function startsBlock(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.first);
  return c === Ch.Hash || c === Ch.Pipe || c === Ch.Backtick || c === Ch.Tilde;
}

function isFence(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.first);
  if (c !== Ch.Backtick && c !== Ch.Tilde) return false;
  return line.first + 2 < line.end && text.charCodeAt(line.first + 1) === c && text.charCodeAt(line.first + 2) === c;
}

/** A line that is exactly `---` (trailing blanks allowed). */
function isDashes(text: string, line: Line): boolean {
  let e = line.end;
  while (e > line.start && isBlank(text.charCodeAt(e - 1))) e--;
  return e - line.start === 3 && text.startsWith('---', line.start);
}

function isDots(text: string, line: Line): boolean {
  let e = line.end;
  while (e > line.start && isBlank(text.charCodeAt(e - 1))) e--;
  return e - line.start === 3 && text.startsWith('...', line.start);
}

/** `key:` at the start of a line, as YAML front matter opens: lower-case ASCII, then a colon and a blank or the end. */
function isYamlKey(text: string, line: Line): boolean {
  let i = line.start;
  const c = text.charCodeAt(i);
  if (!((c >= 97 && c <= 122) || c === 95)) return false;
  while (i < line.end) {
    const d = text.charCodeAt(i);
    if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 95 || d === 45) i++;
    else break;
  }
  if (text.charCodeAt(i) !== 58) return false;
  return i + 1 >= line.end || isBlank(text.charCodeAt(i + 1));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function tableCells(text: string, line: Line): { cells: Span[]; separator: boolean } {
  const cells: Span[] = [];
  let i = line.first + 1;
  let cellStart = i;
  let separator = true;
  let end = line.end;
  while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
  for (; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : Ch.Pipe;
    if (c === 92 /* backslash */) {
      i++;
      continue;
    }
    if (c === Ch.Pipe) {
      if (i === end && i === cellStart) break; // trailing pipe
      let s = cellStart;
      let e = i;
      while (s < e && isBlank(text.charCodeAt(s))) s++;
      while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
      for (let k = s; k < e; k++) {
        const d = text.charCodeAt(k);
        if (d !== Ch.Hyphen && d !== Ch.Colon) separator = false;
      }
      if (s === e) separator = separator && false;
      cells.push({ start: s, end: e });
      cellStart = i + 1;
    }
  }
  return { cells, separator: separator && cells.length > 0 };
}

export function parseStructure(text: string, options: StructureOptions = { markdown: true }): DocumentStructure {
  const markdown = options.markdown;
  const lines = splitLines(text);
  // Plain text has no pipes: its tables are columns aligned with spaces or tabs.
  const aligned = markdown ? null : alignedTableLines(text, lines);
  // (In Markdown too: « Énergie : 16 % » lines under « Répartition des dépenses : » are items to the writer, whatever
  // the renderer joins; read past block-quote marks, so « > - Plan : 2 M€ » keeps its own marker.)
  const keyed = keyedItems(text, markdown ? lines.map((l) => (text.charCodeAt(l.first) === Ch.Greater ? unquoted(text, l) : l)) : lines, markdown);
  const blocks: Block[] = [];
  const paragraphs: Span[] = [];
  const tables: Table[] = [];
  let paragraph: Span | null = null;
  let open: Block | null = null; // a paragraph or list item that may continue on the next line
  let table: Table | null = null;
  let fence: Block | null = null;

  // True when the last paragraph closed ends with a colon and nothing but blank lines came since.
  let leadsIn = false;
  // Plain text only: the last paragraph was closed by a sentence ending its line, and the next line follows at once.
  let sentenceLine = false;
  const closeParagraph = () => {
    if (paragraph) {
      let e = paragraph.end;
      while (e > paragraph.start && isBlank(text.charCodeAt(e - 1))) e--;
      leadsIn = text.charCodeAt(e - 1) === Ch.Colon;
    }
    if (paragraph) paragraphs.push(paragraph);
    paragraph = null;
    open = null;
  };
  const closeTable = () => {
    if (table) tables.push(table);
    table = null;
  };
  const inParagraph = (line: Line): number => {
    if (!paragraph) paragraph = { start: line.first, end: line.end };
    else paragraph.end = line.end;
    return paragraphs.length;
  };

  // YAML front matter (`---`, `key: value` lines, `---`) is read as code: no
  // figure or name is looked for there. Like a fence, it runs to the next
  // `---` or `...` line; when there is none, no later `---` can open one either.
  let frontMatterEnd = -1;
  let noClosing = false;
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li];
    if (fence) {
      fence.end = line.end;
      if (isFence(text, line)) fence = null;
      continue;
    }
    // « > - +12 % en un an »: a block quote's lines read as their content (a list, a heading, a paragraph).
    if (markdown && text.charCodeAt(line.first) === Ch.Greater) line = unquoted(text, line);
    if (li <= frontMatterEnd) continue;
    if (markdown && !noClosing && isDashes(text, line) && li + 1 < lines.length && isYamlKey(text, lines[li + 1])) {
      let close = li + 2;
      while (close < lines.length && !isDashes(text, lines[close]) && !isDots(text, lines[close])) close++;
      if (close < lines.length) {
        closeParagraph();
        closeTable();
        blocks.push({ kind: 'code', start: line.start, end: lines[close].end, level: 0, contentStart: line.end, paragraph: -1 });
        frontMatterEnd = close;
        continue;
      }
      noClosing = true;
    }
    if (line.first === line.end) {
      closeParagraph();
      closeTable();
      sentenceLine = false;
      continue;
    }
    if (markdown && isFence(text, line)) {
      closeParagraph();
      closeTable();
      fence = { kind: 'code', start: line.start, end: line.end, level: 0, contentStart: line.end, paragraph: -1 };
      blocks.push(fence);
      leadsIn = false;
      continue;
    }
    const level = markdown ? headingLevel(text, line) : 0;
    if (level > 0) {
      closeParagraph();
      closeTable();
      let contentStart = line.first + level;
      while (contentStart < line.end && isBlank(text.charCodeAt(contentStart))) contentStart++;
      blocks.push({ kind: 'heading', start: line.first, end: line.end, level, contentStart, paragraph: -1 });
      leadsIn = false;
      continue;
    }
    const alignedCells = aligned?.cells[li];
    if (alignedCells) {
      if (aligned!.header[li]) {
        closeParagraph();
        closeTable();
        table = { start: line.first, end: line.end, rows: [] };
        table.rows.push({ start: line.first, end: line.end, cells: alignedCells, separator: false });
        // The header's rule, which aligned text does not draw: an empty separator row, as Markdown's `|---|`.
        table.rows.push({ start: line.end, end: line.end, cells: [], separator: true });
      } else {
        table!.end = line.end;
        table!.rows.push({ start: line.first, end: line.end, cells: alignedCells, separator: false });
      }
      blocks.push({ kind: 'table-row', start: line.first, end: line.end, level: 0, contentStart: line.first, paragraph: -1 });
      leadsIn = false;
      sentenceLine = false;
      continue;
    }
    if (markdown && text.charCodeAt(line.first) === Ch.Pipe) {
      const { cells, separator } = tableCells(text, line);
      if (!table) {
        closeParagraph();
        table = { start: line.first, end: line.end, rows: [] };
      }
      table.end = line.end;
      table.rows.push({ start: line.first, end: line.end, cells, separator });
      blocks.push({ kind: 'table-row', start: line.first, end: line.end, level: 0, contentStart: line.first, paragraph: -1 });
      leadsIn = false;
      continue;
    }
    closeTable();
    const marker = keyed?.[li] ? 0 : listMarker(text, line, markdown, lines, li);
    if (marker > 0 || keyed?.[li]) {
      // A list introduced by a sentence ending with a colon, a blank line between, belongs to that
      // sentence's paragraph: « … 54 milliards d’euros en quatre ensembles : » then « - transports : 14 milliards ».
      // In plain text, a list right under a sentence's line belongs to its paragraph, as in Markdown.
      if (!paragraph && (leadsIn || sentenceLine) && paragraphs.length) paragraph = paragraphs.pop()!;
      sentenceLine = false;
      const p = inParagraph(line);
      // A bare marker (« - » or « 1. » ending the line) has empty content at the line's end, not past it.
      let contentStart = Math.min(line.first + marker, line.end);
      while (contentStart < line.end && isBlank(text.charCodeAt(contentStart))) contentStart++;
      const depth = Math.floor((line.first - line.start) / 2);
      open = { kind: 'list-item', start: line.first, end: line.end, level: depth, contentStart, paragraph: p };
      blocks.push(open);
      continue;
    }
    // Plain text has no soft line breaks worth trusting: a line that ends a
    // sentence ends the paragraph too, so money context stays local. Nor does an
    // unindented line go on with the list item above it (« – sans opinion : 9 % »
    // then « (3/4) Vos priorités… »): the list has ended.
    if (!markdown && open && open.kind === 'list-item' && line.first === line.start) closeParagraph();
    const p = inParagraph(line);
    if (open) {
      open.end = line.end;
    } else {
      open = { kind: 'paragraph', start: line.first, end: line.end, level: 0, contentStart: line.first, paragraph: p };
      blocks.push(open);
    }
    if (!markdown && endsSentence(text, line)) {
      closeParagraph();
      sentenceLine = true;
    } else sentenceLine = false;
  }
  closeParagraph();
  closeTable();

  const sentences = options.sentences === false ? [] : sentencesFrom(text, blocks, 0, Infinity);
  return { blocks, paragraphs, tables, sections: buildSections(text, blocks), sentences };
}

function endsSentence(text: string, line: Line): boolean {
  let e = line.end;
  while (e > line.first && isBlank(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  return c === Ch.Dot || c === Ch.Exclamation || c === Ch.Question || c === Ch.Ellipsis || c === Ch.RightGuillemet || c === 0x201d || c === 34;
}

export function buildSections(text: string, blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { start: 0, end: text.length, title: '', level: 0 };
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    current.end = b.start;
    if (current.heading || current.end > current.start) sections.push(current);
    let titleEnd = b.end;
    while (titleEnd > b.contentStart && (isBlank(text.charCodeAt(titleEnd - 1)) || text.charCodeAt(titleEnd - 1) === Ch.Hash)) titleEnd--;
    current = { start: b.start, end: text.length, heading: b, title: text.slice(b.contentStart, titleEnd), level: b.level };
  }
  sections.push(current);
  return sections;
}

/**
 * Sentence ends: `.`, `!`, `?`, `…` followed by white space (so « 1.200 » and
 * « 3.2 » stay whole), a colon or semicolon before a line break, and block ends.
 * The sentences of `blocks[from…]`, stopping once `limit` are found.
 */
export function sentencesFrom(text: string, blocks: readonly Block[], from: number, limit: number): Span[] {
  const sentences: Span[] = [];
  for (let k = from; k < blocks.length && sentences.length < limit; k++) {
    const b = blocks[k];
    if (b.kind === 'code') continue;
    if (b.kind === 'table-row') continue;
    let start = b.contentStart;
    for (let i = b.contentStart; i < b.end; i++) {
      const c = text.charCodeAt(i);
      let cut = -1;
      if (c === Ch.Dot || c === Ch.Exclamation || c === Ch.Question || c === Ch.Ellipsis) {
        let j = i + 1;
        // Closing quotes and brackets belong to the sentence they end.
        while (j < b.end && isCloser(text.charCodeAt(j))) j++;
        if (j >= b.end || isBlank(text.charCodeAt(j)) || text.charCodeAt(j) === Ch.LineFeed || text.charCodeAt(j) === Ch.CarriageReturn) {
          if (c !== Ch.Dot || !isAbbreviation(text, start, i)) cut = j;
        }
      } else if (c === Ch.LineFeed || c === Ch.CarriageReturn) {
        // A hard break inside a block ends a sentence only after a colon or semicolon.
        let k = i - 1;
        while (k > start && isBlank(text.charCodeAt(k))) k--;
        const p = text.charCodeAt(k);
        if (p === Ch.Colon || p === 59) cut = i + 1;
      }
      if (cut >= 0) {
        pushTrimmed(text, sentences, start, cut);
        if (sentences.length >= limit) return sentences;
        start = cut;
        i = cut - 1;
      }
    }
    pushTrimmed(text, sentences, start, b.end);
  }
  return sentences.length > limit ? sentences.slice(0, limit) : sentences;
}

function isCloser(c: number): boolean {
  return c === Ch.RightGuillemet || c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === Ch.RightParen || c === 93 || c === Ch.Asterisk || c === 95;
}

/** « M. », « art. », « n. », « p. 100 », single capitals (« Cédric O. ») do not end a sentence when the next word is lower-case. */
function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let s = dot;
  while (s > sentenceStart && isLetter(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, dot).toLowerCase();
  // « les ouvrages d’art. Ce … » ends its sentence: an elided word is an abbreviation only before a number (« l’art. 12 »).
  const before = s > 0 ? text.charCodeAt(s - 1) : 32;
  if (before === 0x27 || before === 0x2019) {
    let j = dot + 1;
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    const next = text.charCodeAt(j);
    return next >= 48 && next <= 57;
  }
  // « l’article L. 302-5 », « R. 2224-1 »: the letter of a code's article before its number.
  if (dot - s === 1 && text.charCodeAt(s) >= 65 && text.charCodeAt(s) <= 90) {
    let j = dot + 1;
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    const next = text.charCodeAt(j);
    if (next >= 48 && next <= 57) return true;
  }
  if (word === 'm' || word === 'mme' || word === 'art' || word === 'cf' || word === 'p' || word === 'etc' || word === 'env' || word === 'av' || word === 'vol' || word === 'no') {
    // « etc. » ends a sentence when a capital follows.
    let j = dot + 1;
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    const next = text.charCodeAt(j);
    return word !== 'etc' || !(next >= 65 && next <= 90);
  }
  return false;
}

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0x153 || c === 0x152;
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && (isBlank(text.charCodeAt(start)) || text.charCodeAt(start) === Ch.LineFeed || text.charCodeAt(start) === Ch.CarriageReturn)) start++;
  while (end > start && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === Ch.LineFeed || text.charCodeAt(end - 1) === Ch.CarriageReturn)) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the span in a sorted, non-overlapping list that contains `offset`, or -1. Binary search. */
export function indexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
