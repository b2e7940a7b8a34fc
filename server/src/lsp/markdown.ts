// Hovers are Markdown, and much of what they show was written by someone
// else: glossary fields, a document's own names and the sentence that defines
// them. All of it is escaped here, so it reads as the text it is: no raw HTML,
// no link (least of all `command:`), no image fetched from a remote server, no
// heading or list that was not meant. Only https links the glossary gives in
// its `link` and `source` fields are kept as links, percent-encoded so that
// nothing can close them early.

import { KnowledgeEntry } from '../core/knowledge/index';

/** Punctuation that means something somewhere in Markdown (CommonMark, GFM, VS Code's renderer). */
const SPECIAL = new Set('\\`*_{}[]()<>#!|~&:@$'.split(''));

/**
 * Text shown as written: every Markdown special character backslash-escaped
 * (CommonMark renders `\X` as `X` for any ASCII punctuation), line breaks
 * turned into spaces, and what would start a list, a heading rule or a
 * `www.` link at the start broken the same way.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  // Only spaces so far / only spaces then digits so far: what a list marker needs to be one.
  let blank = true;
  let digits = false;
  // The last three characters written, folded, for « www. » (never read back from `out`: slicing a string
  // being built flattens it, once per dot: quadratic).
  let last3 = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 9) {
      out += ' ';
      continue;
    }
    if (c < 0x20 || c === 0x7f) continue; // control characters say nothing in a hover
    if (SPECIAL.has(ch)) out += '\\' + ch;
    else if (blank && (ch === '-' || ch === '+' || ch === '=')) out += '\\' + ch; // a list item, a rule or a setext underline
    else if (ch === '.' && (digits || last3 === 'www')) out += '\\.'; // « 1. » lists, www. autolinks
    else out += ch;
    last3 = (last3.length === 3 ? last3.slice(1) : last3) + ch.toLowerCase();
    const space = ch === ' ';
    digits = (blank || digits) && c >= 48 && c <= 57;
    blank = blank && space;
  }
  return out;
}

/**
 * An https address made safe to write as a Markdown link destination, or null
 * when it is none (another scheme, `command:`, `javascript:`, credentials, or
 * unparsable). Characters that could end the destination or the link are
 * percent-encoded.
 */
export function safeLink(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  let out = '';
  for (const ch of url.href) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x7f) out += encodeURIComponent(ch);
    else if (c <= 0x20 || '()[]<>"\'`\\{}|^*_'.includes(ch)) out += '%' + c.toString(16).toUpperCase().padStart(2, '0');
    else out += ch;
  }
  return out;
}

/** Keys of an entry that are identifiers or positions, never shown as text. */
const NOT_TEXT = new Set(['id', 'kind', 'origin', 'definedAt', 'fields', 'unconfirmed', 'related', 'currency', 'context', 'official', 'confirmed']);
/** Keys that hold addresses: kept only when safe links. */
const LINKS = new Set(['link', 'url']);

/**
 * A copy of an entry fit for a hover: every text field escaped, every link
 * checked. Built-in entries ship with the extension and are shown as they
 * are; any other (a workspace glossary's, or one it overrides) is copied
 * field by field, so a field added to entries later is escaped too.
 */
export function safeEntry(entry: KnowledgeEntry): KnowledgeEntry {
  if (entry.origin === 'builtin') return entry;
  return clean(entry, '') as KnowledgeEntry;
}

function clean(value: unknown, key: string): unknown {
  if (NOT_TEXT.has(key)) return value;
  if (typeof value === 'string') return LINKS.has(key) ? (safeLink(value) ?? undefined) : escapeMarkdown(value);
  if (Array.isArray(value)) return value.map((v) => clean(v, ''));
  // Object.fromEntries defines own properties: a key « __proto__ » stays a key.
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, k)]));
  return value;
}
