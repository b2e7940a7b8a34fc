// What the user asked not to see. Settings drop codes (`disabled`) and change
// severities (`severities`); HTML comments in the document silence checks:
//
//   <!-- policy-lens-disable-next-line sum-mismatch -->   the next non-blank line
//   <!-- policy-lens-disable sum-mismatch, nbsp -->       from here…
//   <!-- policy-lens-enable -->                           …to here
//
// Codes are separated by commas or spaces; no code means every code. A bare
// `policy-lens-enable` ends every region; with codes it ends those codes'
// regions. Comments inside fenced code blocks are examples, not directives.
// Past `maxDiagnostics`, the most severe findings are kept and one
// « too-many-diagnostics » notice says how many were left out.

import { Finding, Severity, Span, TextEdit } from '../types';
import { CheckSettings } from '../settings';
import { Translate } from '../messages';
import { indexAt } from '../structure';
import { isInlineBlank } from '../text/chars';

export interface Suppression {
  /** Findings starting in [start, end) are silenced. */
  start: number;
  end: number;
  /** Null: every code. */
  codes: Set<string> | null;
}

const NEXT_LINE = 'policy-lens-disable-next-line';
const DISABLE = 'policy-lens-disable';
const ENABLE = 'policy-lens-enable';

function parseCodes(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isInlineBlank(c) || c === 44 || c === 10 || c === 13) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += s.charAt(i);
  }
  return out;
}

/** Whether a comment silences `code` at `offset`. */
export function isSuppressed(suppressions: readonly Suppression[], offset: number, code: string): boolean {
  for (const s of suppressions) {
    if (s.start > offset) break;
    if (s.end > offset && (s.codes === null || s.codes.has(code))) return true;
  }
  return false;
}

/** Every suppression the document's comments ask for, in order of their start. One pass over the text. */
export function findSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  const open = new Map<string, number>();
  let openAll = -1;
  let pendingNext: Set<string> | null | undefined; // undefined: none pending
  let inFence = false;
  let i = 0;
  const n = text.length;
  // The next « <!-- » at or after the current line, found once and reused: no rescan per line.
  let nextComment = text.indexOf('<!--');
  const commentFrom = (from: number): number => {
    if (nextComment >= 0 && nextComment < from) nextComment = text.indexOf('<!--', from);
    return nextComment;
  };
  // Likewise the next « --> »: an unclosed « <!-- » on every line must not rescan the rest of the text each time.
  let closeSearchedFrom = -1;
  let nextClose = -1;
  const closeFrom = (from: number): number => {
    if (closeSearchedFrom < 0 || from < closeSearchedFrom || (nextClose >= 0 && nextClose < from)) {
      nextClose = text.indexOf('-->', from);
      closeSearchedFrom = from;
    }
    return nextClose;
  };
  while (i < n) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = n;
    let lineEnd = e > i && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
    let f = i;
    while (f < lineEnd && isInlineBlank(text.charCodeAt(f))) f++;
    const blank = f === lineEnd;
    const c = text.charCodeAt(f);
    if ((c === 96 || c === 126) && text.charCodeAt(f + 1) === c && text.charCodeAt(f + 2) === c) {
      inFence = !inFence;
      i = e + 1;
      continue;
    }
    if (inFence) {
      i = e + 1;
      continue;
    }
    if (!blank && pendingNext !== undefined) {
      // This line is the « next line » of a comment above, unless it is itself only a directive.
      const closeAt = text.startsWith('<!--', f) ? closeFrom(f) : -1;
      const onlyComment = closeAt >= 0 && closeAt + 3 >= lineEnd;
      if (!onlyComment) {
        out.push({ start: i, end: lineEnd + 1, codes: pendingNext });
        pendingNext = undefined;
      }
    }
    let at = commentFrom(i);
    while (at >= 0 && at < lineEnd) {
      const close = closeFrom(at + 4);
      if (close < 0) break;
      const body = parseCodes(text.slice(at + 4, close));
      const word = body.shift();
      const codes = body.length ? new Set(body) : null;
      if (word === NEXT_LINE) {
        if (pendingNext === undefined || codes === null) pendingNext = codes;
        else if (pendingNext !== null) for (const x of codes) pendingNext.add(x);
      } else if (word === DISABLE) {
        if (codes === null) {
          if (openAll < 0) openAll = close + 3;
        } else for (const x of codes) if (!open.has(x)) open.set(x, close + 3);
      } else if (word === ENABLE) {
        if (codes === null) {
          if (openAll >= 0) out.push({ start: openAll, end: at, codes: null });
          openAll = -1;
          for (const [x, s] of open) out.push({ start: s, end: at, codes: new Set([x]) });
          open.clear();
        } else {
          for (const x of codes) {
            const s = open.get(x);
            if (s !== undefined) out.push({ start: s, end: at, codes: new Set([x]) });
            open.delete(x);
          }
        }
      }
      // A comment may span lines: carry on after its end.
      at = commentFrom(close + 3);
      if (close + 3 > lineEnd) {
        e = text.indexOf('\n', close + 3);
        if (e < 0) e = n;
        lineEnd = e;
      }
    }
    i = e + 1;
  }
  if (openAll >= 0) out.push({ start: openAll, end: n + 1, codes: null });
  for (const [x, s] of open) out.push({ start: s, end: n + 1, codes: new Set([x]) });
  return out.sort((a, b) => a.start - b.start);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function applySettings(text: string, findings: Finding[], settings: CheckSettings, t: Translate, suppressions = findSuppressions(text)): Finding[] {
  const disabled = new Set(settings.disabled);
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !disabled.has(f.code))
    .sort((a, b) => a.f.start - b.f.start || a.i - b.i)
    .map(({ f }) => f);

  // Sweep: suppressions sorted by start, active ones kept until they end.
  const kept: Finding[] = [];
  let next = 0;
  let active: Suppression[] = [];
  for (const f of sorted) {
    while (next < suppressions.length && suppressions[next].start <= f.start) active.push(suppressions[next++]);
    if (active.length) active = active.filter((s) => s.end > f.start);
    if (active.some((s) => s.codes === null || s.codes.has(f.code))) continue;
    const severity = settings.severities[f.code];
    kept.push(severity && severity !== f.severity ? { ...f, severity } : f);
  }

  const max = Math.max(1, Math.floor(settings.maxDiagnostics));
  if (kept.length <= max) return kept;
  // Keep the notice that the text was cut (it says why later figures are missing), then the most
  // severe, then the earliest; report them in document order.
  const rank = (f: Finding) => (f.code === 'size-limit' ? -1 : RANK[f.severity]);
  const order = kept.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i);
  const chosen = order.slice(0, max).sort((a, b) => a.i - b.i).map((x) => x.f);
  const left = kept.length - max;
  const firstLeft = order[max].f;
  chosen.push({
    start: firstLeft.start,
    end: firstLeft.start,
    severity: 'information',
    code: 'too-many-diagnostics',
    message: t('{0} more diagnostics were left out (the limit is {1}; see the policyLens.maxDiagnostics setting).', left, max),
  });
  return chosen;
}

/**
 * The edit that silences `code` where a finding starts at `offset`, in the comment syntax `findSuppressions` reads:
 * - a line that opens its block gets `<!-- policy-lens-disable-next-line CODE -->` on a line of its own above it
 *   (indented like it, so that a list stays one list);
 * - a line inside a paragraph or list gets the comment at the end of the line above (a line of its own would
 *   split the paragraph when Markdown renders it);
 * - a table row cannot hold a comment without gaining a cell: the whole table is wrapped in
 *   `policy-lens-disable CODE` … `policy-lens-enable CODE`.
 */
export function ignoreEdits(text: string, offset: number, code: string, tables: readonly Span[] = []): { scope: 'line' | 'table'; edits: TextEdit[] } {
  const ti = indexAt(tables, offset);
  const table = ti >= 0 ? tables[ti] : undefined;
  if (table) {
    const tableEnd = lineEndAt(text, Math.max(table.start, table.end - 1));
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return {
      scope: 'table',
      edits: [
        { start: table.start, end: table.start, newText: `<!-- ${DISABLE} ${code} -->${eol}` },
        { start: tableEnd, end: tableEnd, newText: `${eol}<!-- ${ENABLE} ${code} -->` },
      ],
    };
  }
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const comment = `<!-- ${NEXT_LINE} ${code} -->`;
  if (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prevEnd = text.charCodeAt(lineStart - 2) === 13 ? lineStart - 2 : lineStart - 1;
    const prev = text.slice(prevStart, prevEnd);
    const prevIsText = prev.trim() !== '' && !prev.trimStart().startsWith('#') && !prev.trimStart().startsWith('```') && !prev.trimStart().startsWith('~~~');
    if (prevIsText) return { scope: 'line', edits: [{ start: prevEnd, end: prevEnd, newText: ` ${comment}` }] };
  }
  let indentEnd = lineStart;
  while (indentEnd < text.length && isInlineBlank(text.charCodeAt(indentEnd))) indentEnd++;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { scope: 'line', edits: [{ start: lineStart, end: lineStart, newText: `${text.slice(lineStart, indentEnd)}${comment}${eol}` }] };
}

function lineEndAt(text: string, offset: number): number {
  const e = text.indexOf('\n', offset);
  if (e < 0) return text.length;
  return e > 0 && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
}
