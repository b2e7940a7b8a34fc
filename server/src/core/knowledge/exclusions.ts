// Where a text is not prose, so that no name is recognised there: web
// addresses (http, https, www., bare domains such as « cnil.fr »), e-mail
// addresses, file names and paths, identifiers (« CEREMA_DTer »), Markdown link targets and reference definitions,
// inline code, fenced and indented code, HTML tags and comments, and YAML front
// matter (a code block in the structure). Link text stays prose.
//
// One pass over the characters: every test reads a bounded stretch, or jumps
// past what it reads, so the cost is linear in the text. The result is a
// sorted list of non-overlapping spans.

import { Span } from '../types';
import { DocumentStructure } from '../structure';
import { Tokens } from './normalize';
import { isBlank } from '../text/chars';

/** Last labels of a host name: « cnil.fr », « numerique.gouv.fr », « europa.eu ». */
const TLDS = new Set([
  'fr', 'com', 'org', 'net', 'eu', 'int', 'io', 'info', 'edu', 'gov', 'de', 'be', 'ch', 'lu', 'uk', 'ca', 'it', 'es', 'nl', 'pt',
  'app', 'dev', 'tech', 'ai', 'co', 'paris', 'bzh', 'corsica', 'alsace', 'gouv', 'us', 'eus', 'cat', 'mc', 're', 'pf', 'nc', 'gp', 'mq',
]);

/** File extensions: « rapport-PIA.pdf » is a file name, not prose. */
const EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'odt', 'xls', 'xlsx', 'ods', 'csv', 'ppt', 'pptx', 'odp', 'txt', 'md', 'json', 'yaml', 'yml', 'xml', 'html', 'htm',
  'zip', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'js', 'ts', 'py', 'sh', 'toml', 'ini', 'cfg', 'conf', 'log',
]);

/** Characters that end a run of address-like text, below 128 (a table: this test runs on every character). */
const ASCII_BREAKS = new Uint8Array(128);
for (const c of [32, 9, 10, 13, 60, 62, 34, 40, 41, 91, 93, 123, 125, 96, 124, 39, 42]) ASCII_BREAKS[c] = 1;

function isRunBreak(c: number): boolean {
  if (c < 128) return ASCII_BREAKS[c] === 1;
  return isBlank(c) || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLabelChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 45 || c === 95 || (c >= 0xc0 && c <= 0x24f);
}

/** Sentence punctuation that may follow an address without belonging to it. */
function isTrailing(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026;
}

function lowerAscii(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase();
}

/**
 * Whether `text[start, end)` (a run without spaces) is an address: a URL, an
 * e-mail, a host name with a known last label, or a file name.
 */
function isAddress(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 4) return false;
  // « S:\Partage\ANCT\note.docx », « CEREMA_DTerOuest-2024 »: a path or an identifier.
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 92 || c === 95) && isAsciiAlnum(text.charCodeAt(i - 1)) && isAsciiAlnum(text.charCodeAt(i + 1))) return true;
    if (c === 58 && text.charCodeAt(i + 1) === 92) return true;
  }
  let at = -1;
  let dots = 0;
  let slash = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 && i + 2 < end && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47 && i > start) return true; // scheme://
    if (c === 64 && at < 0) at = i;
    else if (c === 46) dots++;
    else if (c === 47 && slash < 0) slash = i;
  }
  if (dots === 0) return false;
  if (n >= 4 && lowerAscii(text, start, start + 4) === 'www.') return true;
  if (at > start && at + 3 < end) {
    // name@host.tld
    for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === 46 && i > at + 1 && i + 1 < end) return true;
    return false;
  }
  // host.tld, host.tld/path, file.ext: labels of letters, digits and hyphens.
  const hostEnd = slash > start ? slash : end;
  let labelStart = start;
  let labels = 0;
  let lastLabel = '';
  for (let i = start; i <= hostEnd; i++) {
    const c = i < hostEnd ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (i === labelStart) return false;
      labels++;
      lastLabel = lowerAscii(text, labelStart, i);
      labelStart = i + 1;
    } else if (!isLabelChar(c)) return false;
  }
  if (labels < 2) return false;
  let letters = false;
  for (let i = 0; i < lastLabel.length; i++) {
    const c = lastLabel.charCodeAt(i);
    if (c >= 97 && c <= 122) letters = true;
    else return false;
  }
  if (!letters) return false;
  return TLDS.has(lastLabel) || (slash < 0 && EXTENSIONS.has(lastLabel));
}

/** Characters below 128 where the scan stops to look: line breaks, `.`, `@`, `:`, and in Markdown `` ` ``, `]`, `<`. */
const TEXT_STOPS = new Uint8Array(128);
for (const c of [10, 13, 46, 64, 58, 92, 95]) TEXT_STOPS[c] = 1;
const MARKDOWN_STOPS = new Uint8Array(128);
for (const c of [10, 13, 46, 64, 58, 96, 93, 60, 92, 95]) MARKDOWN_STOPS[c] = 1;

export interface ExclusionOptions {
  markdown: boolean;
}

/** The spans of `text` where no name may be recognised, sorted and disjoint. */
export function excludedSpans(text: string, structure: DocumentStructure | null, options: ExclusionOptions): Span[] {
  const raw: Span[] = [];
  const n = text.length;
  const markdown = options.markdown;
  if (structure) for (const b of structure.blocks) if (b.kind === 'code') raw.push({ start: b.start, end: b.end });
  // Indented code needs a line that starts with four spaces or a tab: most texts have none.
  if (markdown && (text.startsWith('    ') || text.startsWith('\t') || text.indexOf('\n    ') >= 0 || text.indexOf('\n\t') >= 0)) indentedCode(text, raw);

  // Most characters are letters and spaces: the loop skips them through a
  // table and stops at the few that may open something (a line start, a dot
  // inside a word, a backtick, `](`, `<`).
  const stops = markdown ? MARKDOWN_STOPS : TEXT_STOPS;
  let runEnd = 0; // addresses are looked for once per run of text without spaces
  let i = 0;
  if (markdown) {
    const ref = referenceDefinition(text, 0);
    if (ref > 0) {
      raw.push({ start: 0, end: ref });
      i = ref;
    }
  }
  while (i < n) {
    let c = text.charCodeAt(i);
    while (c < 128 && stops[c] === 0) {
      if (++i >= n) break;
      c = text.charCodeAt(i);
    }
    if (i >= n) break;
    if (c === 10 || c === 13) {
      i++;
      if (markdown && i < n) {
        const ref = referenceDefinition(text, i);
        if (ref > i) {
          raw.push({ start: i, end: ref });
          i = ref;
        }
      }
      continue;
    }
    if (markdown) {
      if (c === 96) {
        const end = codeSpan(text, i);
        if (end > i) {
          raw.push({ start: i, end });
          i = end;
          continue;
        }
        // An unmatched run of backticks is literal text.
        while (i < n && text.charCodeAt(i) === 96) i++;
        continue;
      }
      if (c === 93 && i + 1 < n && (text.charCodeAt(i + 1) === 40 || text.charCodeAt(i + 1) === 91)) {
        const end = linkTarget(text, i + 1);
        if (end > i + 1) {
          raw.push({ start: i + 1, end });
          i = end;
          continue;
        }
      }
      if (c === 60) {
        const end = htmlTag(text, i);
        if (end > i) {
          raw.push({ start: i, end });
          i = end;
          continue;
        }
      }
    }
    // A dot, an at sign, a colon, a backslash or an underscore inside a run of text without spaces: the run may be an address, a path or an identifier.
    if ((c === 46 || c === 64 || c === 58 || c === 92 || c === 95) && i >= runEnd && i + 1 < n && !isRunBreak(text.charCodeAt(i + 1))) {
      let s = i;
      while (s > runEnd && !isRunBreak(text.charCodeAt(s - 1))) s--;
      let e = i + 1;
      while (e < n && !isRunBreak(text.charCodeAt(e))) e++;
      runEnd = e;
      let end = e;
      while (end > s && isTrailing(text.charCodeAt(end - 1))) end--;
      let start = s;
      while (start < end && isTrailing(text.charCodeAt(start))) start++;
      if (end > start && isAddress(text, start, end)) raw.push({ start, end });
      i = e;
      continue;
    }
    i++;
  }
  return normalizeSpans(raw);
}

/** Sorts and merges overlapping or touching spans. */
function normalizeSpans(raw: Span[]): Span[] {
  if (raw.length <= 1) return raw;
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [raw[0]];
  for (let k = 1; k < raw.length; k++) {
    const last = out[out.length - 1];
    const s = raw[k];
    if (s.start <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The end of the code span opened by the backticks at `i` (same line, same number of backticks), or -1. */
function codeSpan(text: string, i: number): number {
  const n = text.length;
  let k = i;
  while (k < n && text.charCodeAt(k) === 96) k++;
  const len = k - i;
  // The closing run is looked for on this line, within a bounded distance: linear whatever the backticks.
  const limit = Math.min(n, k + 1024);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return -1;
    if (c === 96) {
      let r = k;
      while (r < n && text.charCodeAt(r) === 96) r++;
      if (r - k === len) return r;
      k = r;
      continue;
    }
    k++;
  }
  return -1;
}

/** `(target "title")` or `[ref]` right after a link's text: the end of the target, or -1. Stays on the line. */
function linkTarget(text: string, open: number): number {
  const n = text.length;
  const close = text.charCodeAt(open) === 40 ? 41 : 93;
  let depth = 0;
  for (let k = open; k < n && k - open < 512; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return -1;
    if (c === text.charCodeAt(open)) depth++;
    else if (c === close && --depth === 0) return k + 1;
  }
  return -1;
}

/** `[label]: target "title"` at the start of a line (up to three spaces before): the end of the line, or -1. */
function referenceDefinition(text: string, i: number): number {
  const n = text.length;
  let k = i;
  while (k < n && k - i < 3 && text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) !== 91) return -1;
  let j = k + 1;
  while (j < n && j - k < 200 && text.charCodeAt(j) !== 93 && text.charCodeAt(j) !== 10) j++;
  if (text.charCodeAt(j) !== 93 || text.charCodeAt(j + 1) !== 58 || j === k + 1) return -1;
  let e = j + 2;
  while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}

/** An HTML comment, or a tag with its attributes (`<a href="…">`, `</div>`, `<br/>`), at `i`: its end, or -1. */
function htmlTag(text: string, i: number): number {
  const n = text.length;
  if (text.startsWith('<!--', i)) {
    const end = text.indexOf('-->', i + 4);
    return end < 0 ? n : end + 3;
  }
  let k = i + 1;
  if (text.charCodeAt(k) === 47) k++;
  const c = text.charCodeAt(k);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  // A tag ends on its line, at the first `>` outside quoted attribute values.
  let quote = 0;
  for (let j = k; j < n && j - i < 512; j++) {
    const d = text.charCodeAt(j);
    if (d === 10 || d === 13) return -1;
    if (quote) {
      if (d === quote) quote = 0;
    } else if (d === 34 || d === 39) {
      // An apostrophe in a word (« <l'État> ») is not an attribute quote.
      if (d === 34 || text.charCodeAt(j - 1) === 61) quote = d;
    } else if (d === 62) return j + 1;
    else if (d === 60) return -1;
  }
  return -1;
}

/**
 * Indented code: lines indented by four spaces or a tab after a blank line,
 * outside lists (where indentation continues an item).
 */
function indentedCode(text: string, out: Span[]): void {
  const n = text.length;
  let prevBlank = true;
  let inList = false;
  let inCode = false;
  let codeStart = -1;
  let codeEnd = -1;
  let s = 0;
  while (s <= n) {
    let nl = text.indexOf('\n', s);
    if (nl < 0) nl = n;
    const e = nl > s && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let indent = 0;
    let f = s;
    while (f < e) {
      const c = text.charCodeAt(f);
      if (c === 32) indent++;
      else if (c === 9) indent += 4;
      else break;
      f++;
    }
    const blank = f === e;
    if (blank) {
      prevBlank = true;
    } else {
      const code = indent >= 4 && (inCode || (prevBlank && !inList));
      if (code) {
        if (!inCode) codeStart = f;
        inCode = true;
        codeEnd = e;
      } else {
        if (inCode) out.push({ start: codeStart, end: codeEnd });
        inCode = false;
        const c = text.charCodeAt(f);
        const next = f + 1 < e ? text.charCodeAt(f + 1) : 32;
        const marker = ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9)) || (c >= 48 && c <= 57 && orderedMarker(text, f, e));
        if (marker) inList = true;
        else if (indent === 0 && prevBlank) inList = false;
      }
      prevBlank = false;
    }
    if (nl >= n) break;
    s = nl + 1;
  }
  if (inCode) out.push({ start: codeStart, end: codeEnd });
}

function orderedMarker(text: string, f: number, e: number): boolean {
  let k = f;
  while (k < e && k - f < 4 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  const m = text.charCodeAt(k);
  return (m === 46 || m === 41) && (k + 1 >= e || text.charCodeAt(k + 1) === 32);
}

/**
 * One flag per token: 1 when the token touches an excluded span. Null when
 * nothing is excluded (the common case costs nothing).
 */
export function tokenMask(tokens: Tokens, spans: readonly Span[]): Uint8Array | null {
  if (spans.length === 0 || tokens.count === 0) return null;
  const mask = new Uint8Array(tokens.count);
  let s = 0;
  for (let i = 0; i < tokens.count; i++) {
    const a = tokens.start[i];
    const b = tokens.end[i];
    while (s < spans.length && spans[s].end <= a) s++;
    if (s >= spans.length) break;
    if (spans[s].start < b) mask[i] = 1;
  }
  return mask;
}

/** True when [start, end) overlaps a span of the sorted list. */
export function overlapsSpans(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
