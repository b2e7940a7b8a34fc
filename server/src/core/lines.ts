// Offsets ↔ line/character positions, counted the way LSP counts them (UTF-16
// code units; a line ends at \n, \r or \r\n). The CLI's JSON, the workspace
// index and the worker place findings with it without depending on a protocol
// library; `lsp/convert.ts` uses the editor's own text document instead, and
// `test/unit/lines.test.ts` holds both to the same answers.

import { Span } from './types';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Anything that places an offset: a `LineIndex`, or an LSP text document. */
export interface Placer {
  positionAt(offset: number): Position;
}

export function rangeIn(doc: Placer, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const LF = 0x0a;
const CR = 0x0d;

const isEol = (c: number): boolean => c === LF || c === CR;

/** The start offset of every line of a text, computed once; each lookup is a binary search. */
export class LineIndex implements Placer {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isEol(c)) continue;
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      this.starts.push(i + 1);
    }
  }

  /** The position of an offset, clamped to the text; an offset inside a line break stands before it. */
  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    const lineStart = this.starts[line];
    while (offset > lineStart && isEol(this.text.charCodeAt(offset - 1))) offset--;
    return { line, character: offset - lineStart };
  }
}
