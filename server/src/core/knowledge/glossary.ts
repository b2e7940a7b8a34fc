// Workspace glossaries: Markdown files (`policy-lens.glossary.md`,
// `*.glossary.md`) that add names to the knowledge base or override built-in
// ones. Format (see docs/glossary.md):
//
//   ## Territoires numériques
//   - kind: programme
//   - variants: TN; Territoires-Numériques
//   - body: Agence nationale de la cohésion des territoires
//   - date: 2023-05-01
//   - link: https://example.org/tn
//   - amount: 45 M€ — enveloppe 2023-2025
//   - source: https://example.org/tn — date et montant
//   - en: English description.
//
//   Free paragraphs: the (French) description.
//
// Parsing never throws: whatever the bytes, problems come back as findings
// with offsets in the glossary file.

import { EntityKind, Finding, Span } from '../types';
import { DiagnosticCode } from '../codes';
import { Translate, untranslated } from '../messages';
import { KeyAmount, KnowledgeEntry, KnowledgeSource } from './index';
import { looseKey, slug } from './normalize';
import { isBlank, isInlineBlank } from '../text/chars';
import { readLoneAmount } from '../figures/single';

export const GLOSSARY_FILE_PATTERNS = ['**/policy-lens.glossary.md', '**/*.glossary.md'];

export const GLOSSARY_SYNTAX = 'glossary-syntax';
export const GLOSSARY_UNKNOWN_KIND = 'glossary-unknown-kind';
export const GLOSSARY_UNKNOWN_FIELD = 'glossary-unknown-field';
export const GLOSSARY_DUPLICATE = 'glossary-duplicate';
export const GLOSSARY_AMOUNT = 'glossary-amount';
export const GLOSSARY_TOO_LARGE = 'glossary-too-large';

/**
 * A glossary also says how large it may be: one is read up to this many
 * characters (the rest is left out, with a notice), and gives at most
 * `MAX_GLOSSARY_ENTRIES` entries. Real glossaries hold tens or hundreds.
 */
export const MAX_GLOSSARY_LENGTH = 4 * 1024 * 1024;
export const MAX_GLOSSARY_ENTRIES = 10_000;

// Words the writer types are looked up in Maps, never in plain objects: « constructor »,
// « __proto__ » or « toString » must be unknown words, not Object.prototype's members.
const KIND_WORDS = new Map<string, EntityKind>(Object.entries({
  programme: 'programme',
  program: 'programme',
  dispositif: 'programme',
  initiative: 'programme',
  plan: 'plan',
  strategy: 'strategy',
  strategie: 'strategy',
  doctrine: 'doctrine',
  politique: 'doctrine',
  label: 'label',
  marque: 'label',
  certification: 'label',
  norme: 'label',
  standard: 'label',
  qualification: 'qualification',
  visa: 'qualification',
  law: 'law',
  loi: 'law',
  arret: 'law',
  decision: 'law',
  decret: 'law',
  ruling: 'law',
  regulation: 'regulation',
  reglement: 'regulation',
  directive: 'regulation',
  fonds: 'fund',
  fund: 'fund',
  taxe: 'tax',
  impot: 'tax',
  tax: 'tax',
  institution: 'institution',
  organisme: 'institution',
  agence: 'institution',
  autorite: 'institution',
  body: 'institution',
  agency: 'institution',
} satisfies Record<string, EntityKind>));

type Field = 'id' | 'kind' | 'variants' | 'body' | 'date' | 'link' | 'amount' | 'source' | 'fr' | 'en' | 'description' | 'context-variants';

const FIELD_WORDS = new Map<string, Field>(Object.entries({
  id: 'id',
  identifiant: 'id',
  kind: 'kind',
  type: 'kind',
  nature: 'kind',
  genre: 'kind',
  variants: 'variants',
  variant: 'variants',
  variantes: 'variants',
  variante: 'variants',
  aliases: 'variants',
  alias: 'variants',
  sigles: 'variants',
  sigle: 'variants',
  acronyme: 'variants',
  acronymes: 'variants',
  'context-variants': 'context-variants',
  'variantes-contextuelles': 'context-variants',
  ambiguous: 'context-variants',
  ambigus: 'context-variants',
  body: 'body',
  organisme: 'body',
  emetteur: 'body',
  porteur: 'body',
  issuer: 'body',
  date: 'date',
  link: 'link',
  lien: 'link',
  url: 'link',
  amount: 'amount',
  amounts: 'amount',
  montant: 'amount',
  montants: 'amount',
  source: 'source',
  sources: 'source',
  fr: 'fr',
  en: 'en',
  english: 'en',
  anglais: 'en',
  description: 'description',
  definition: 'description',
} satisfies Record<string, Field>));

function loose(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && isInlineBlank(text.charCodeAt(s))) s++;
  while (e > s && isInlineBlank(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

interface Draft {
  term: Span;
  canonical: string;
  fields: Set<string>;
  entry: KnowledgeEntry;
  description: string[];
  kindGiven: boolean;
}

const OPENING_QUOTES = new Set(['«', '“', '"']);
const CLOSING_QUOTES = new Set(['»', '”', '"']);

/**
 * « "TN" » → « TN »: one opening quote at the start and one closing quote at
 * the end are dropped, with the spaces inside them. A walk over the
 * characters: a regular expression with a quantifier before `$` would retry
 * from every space of a long run of them, in quadratic time.
 */
function unquote(value: string): string {
  let start = 0;
  let end = value.length;
  if (end > 0 && OPENING_QUOTES.has(value[0])) {
    start = 1;
    while (start < end && isBlank(value.charCodeAt(start))) start++;
  }
  if (end > start && CLOSING_QUOTES.has(value[end - 1])) {
    end--;
    while (end > start && isBlank(value.charCodeAt(end - 1))) end--;
  }
  return value.slice(start, end);
}

/** « Terme ## » → « Terme »: the closing sequence of an ATX heading, after a space, is not part of the name (a walk, as above). */
function withoutClosingHashes(name: string): string {
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 35) end--;
  if (end === name.length) return name;
  let cut = end;
  while (cut > 0 && isBlank(name.charCodeAt(cut - 1))) cut--;
  return cut < end ? name.slice(0, cut) : name;
}

/** Splits « a; b; c » (or « a, b » when there is no semicolon) with the offset of each part. */
function splitList(text: string, span: Span): Array<{ value: string; span: Span }> {
  const raw = text.slice(span.start, span.end);
  const sep = raw.includes(';') ? ';' : raw.includes('|') ? '|' : ',';
  const out: Array<{ value: string; span: Span }> = [];
  let from = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === sep) {
      const part = trim(text, from, i);
      if (part.end > part.start) out.push({ value: unquote(text.slice(part.start, part.end)), span: part });
      from = i + 1;
    }
  }
  return out;
}


/**
 * An http(s) address a browser would open as written: it parses as a URL,
 * names a host, carries no user name or password, and holds no space, control
 * character or character that URLs never leave unencoded (`<>"{}|\^` and the
 * backquote) — « https://a)[x](command:…) » is not a link.
 */
export function isLink(value: string): boolean {
  if (!value.startsWith('https://') && !value.startsWith('http://')) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || '<>"{}|\\^`'.includes(value[i])) return false;
  }
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Splits « figure — what it covers ». */
function splitCovers(value: string): [string, string] {
  for (const sep of [' — ', ' – ', ' - ', '—', '–', ' : ', ': ']) {
    const i = value.indexOf(sep);
    if (i > 0) return [value.slice(0, i).trim(), value.slice(i + sep.length).trim()];
  }
  return [value.trim(), ''];
}

/** Reads a glossary file. Entries carry `origin: 'glossary'` and `definedAt` (the term's heading in this file). */
export function parseGlossary(text: string, uri: string, t: Translate = untranslated): { entries: KnowledgeEntry[]; findings: Finding[] } {
  try {
    return parse(String(text ?? ''), uri, t);
  } catch (e) {
    return {
      entries: [],
      findings: [{ start: 0, end: 0, severity: 'warning', code: GLOSSARY_SYNTAX, message: t('The glossary could not be read: {0}', String((e as Error)?.message ?? e)) }],
    };
  }
}

function parse(text: string, uri: string, t: Translate): { entries: KnowledgeEntry[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const drafts: Draft[] = [];
  const names = new Map<string, Span>();
  const ids = new Map<string, Span>();
  let current: Draft | null = null;
  let fence = false;
  const warn = (span: Span, code: DiagnosticCode, message: string, related?: Span & { message: string }) => {
    const f: Finding = { start: span.start, end: span.end, severity: 'warning', code, message };
    if (related) f.related = [related];
    findings.push(f);
  };

  const close = () => {
    if (!current) return;
    const d: Draft = current;
    current = null;
    if ((d as Draft & { ignored?: boolean }).ignored) return;
    const description = d.description.join(' ').replace(/\s+/g, ' ').trim();
    if (description && !d.entry.description.fr) d.entry.description.fr = description;
    if (d.entry.description.fr || d.entry.description.en) d.fields.add('description');
    if (!d.entry.description.en) d.entry.description.en = '';
    d.entry.fields = [...d.fields];
    const idKey = d.entry.id;
    const previous = ids.get(idKey);
    if (previous) {
      warn(d.term, GLOSSARY_DUPLICATE, t('“{0}” has the same id as an earlier entry; this one is ignored.', d.canonical), { ...previous, message: t('First entry with this id') });
      return;
    }
    ids.set(idKey, d.term);
    drafts.push(d);
  };

  for (const line of lines(text)) {
    const s = trim(text, line.start, line.end);
    const raw = text.slice(s.start, s.end);
    if (raw.startsWith('```') || raw.startsWith('~~~')) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    if (raw.length === 0) {
      if (current) current.description.push('\n');
      continue;
    }
    if (raw.startsWith('<!--')) continue;
    if (raw.startsWith('#')) {
      let level = 0;
      while (level < raw.length && raw[level] === '#') level++;
      if (level !== 2) {
        if (level === 1) close();
        continue;
      }
      close();
      if (drafts.length >= MAX_GLOSSARY_ENTRIES) {
        warn(s, GLOSSARY_TOO_LARGE, t('This glossary has more than {0} entries; the rest of it is ignored.', MAX_GLOSSARY_ENTRIES));
        break;
      }
      const term = trim(text, s.start + 2, s.end);
      const name = withoutClosingHashes(text.slice(term.start, term.end));
      const nameSpan = { start: term.start, end: term.start + name.length };
      if (!name || !looseKey(name)) {
        warn(s, GLOSSARY_SYNTAX, t('A “## ” heading must name a term.'));
        continue;
      }
      const key = looseKey(name);
      const earlier = names.get(key);
      if (earlier) {
        warn(nameSpan, GLOSSARY_DUPLICATE, t('“{0}” is already defined in this glossary; this entry is ignored.', name), { ...earlier, message: t('First definition of “{0}”', name) });
        // Skip the fields of the duplicate without reporting them.
        current = { term: nameSpan, canonical: name, fields: new Set(), entry: blankEntry(name, uri, nameSpan), description: [], kindGiven: false };
        (current as Draft & { ignored?: boolean }).ignored = true;
        continue;
      }
      names.set(key, nameSpan);
      current = { term: nameSpan, canonical: name, fields: new Set(), entry: blankEntry(name, uri, nameSpan), description: [], kindGiven: false };
      continue;
    }
    if (!current) continue; // text before the first term: a title or an introduction
    if ((current as Draft & { ignored?: boolean }).ignored) continue;
    const c = raw.charCodeAt(0);
    const bullet = (c === 45 || c === 42 || c === 43) && raw.length > 1 && isInlineBlank(raw.charCodeAt(1));
    if (!bullet) {
      current.description.push(raw);
      continue;
    }
    const itemStart = trim(text, s.start + 2, s.end);
    let colon = -1;
    for (let k = itemStart.start; k < Math.min(itemStart.end, itemStart.start + 40); k++) {
      if (text.charCodeAt(k) === 58) {
        colon = k;
        break;
      }
    }
    if (colon < 0) {
      warn(s, GLOSSARY_SYNTAX, t('Expected “- field: value” (fields: kind, variants, body, date, link, amount, source, en).'));
      continue;
    }
    const keySpan = trim(text, itemStart.start, colon);
    const valueSpan = trim(text, colon + 1, itemStart.end);
    const key = loose(text.slice(keySpan.start, keySpan.end));
    const field = FIELD_WORDS.get(key);
    if (!field) {
      warn(keySpan, GLOSSARY_UNKNOWN_FIELD, t('Unknown field “{0}” (fields: kind, variants, body, date, link, amount, source, en).', text.slice(keySpan.start, keySpan.end)));
      continue;
    }
    const value = text.slice(valueSpan.start, valueSpan.end);
    if (!value) {
      warn(s, GLOSSARY_SYNTAX, t('The field “{0}” has no value.', text.slice(keySpan.start, keySpan.end)));
      continue;
    }
    applyField(current, field, value, valueSpan, text, warn, t, uri, ids);
  }
  close();
  // A variant that is another entry's name, or another entry's variant, belongs to the first one only.
  const owners = new Map<string, { name: string; span: Span }>();
  for (const d of drafts) owners.set(looseKey(d.canonical), { name: d.canonical, span: d.term });
  for (const d of drafts) {
    const kept: string[] = [];
    for (const v of d.entry.variants) {
      const k = looseKey(v);
      const owner = owners.get(k);
      if (owner && owner.name !== d.canonical) {
        const span = (d as Draft & { variantSpans?: Map<string, Span> }).variantSpans?.get(v) ?? d.term;
        warn(span, GLOSSARY_DUPLICATE, t('“{0}” already names “{1}”; it is ignored here.', v, owner.name), { ...owner.span, message: t('First definition of “{0}”', owner.name) });
        continue;
      }
      owners.set(k, { name: d.canonical, span: d.term });
      kept.push(v);
    }
    d.entry.variants = kept;
  }
  return { entries: drafts.map((d) => d.entry), findings };
}

function blankEntry(name: string, uri: string, span: Span): KnowledgeEntry {
  return {
    id: slug(name) || 'term',
    kind: 'label',
    canonical: name,
    variants: [],
    description: { fr: '', en: '' },
    sources: [],
    origin: 'glossary',
    definedAt: { uri, start: span.start, end: span.end },
  };
}

function applyField(
  d: Draft,
  field: Field,
  value: string,
  span: Span,
  text: string,
  warn: (span: Span, code: DiagnosticCode, message: string) => void,
  t: Translate,
  uri: string,
  ids: Map<string, Span>,
): void {
  const e = d.entry;
  switch (field) {
    case 'id': {
      if (!/^[A-Za-z0-9][A-Za-z0-9:._-]*$/.test(value)) {
        warn(span, GLOSSARY_SYNTAX, t('An id is made of letters, digits, “-”, “_”, “.” and “:”.'));
        return;
      }
      e.id = value;
      d.fields.add('id');
      void ids;
      return;
    }
    case 'kind': {
      const kind = KIND_WORDS.get(loose(value));
      if (!kind) {
        warn(span, GLOSSARY_UNKNOWN_KIND, t('Unknown kind “{0}” (kinds: programme, plan, strategy, doctrine, label, qualification, law, regulation, institution).', value));
        return;
      }
      e.kind = kind;
      d.fields.add('kind');
      return;
    }
    case 'variants':
    case 'context-variants': {
      const spans = ((d as Draft & { variantSpans?: Map<string, Span> }).variantSpans ??= new Map());
      for (const part of splitList(text, span)) {
        if (!looseKey(part.value)) {
          warn(part.span, GLOSSARY_SYNTAX, t('“{0}” contains no word to match.', part.value));
          continue;
        }
        if (field === 'variants') e.variants.push(part.value);
        else (e.contextVariants ??= []).push(part.value);
        spans.set(part.value, part.span);
      }
      d.fields.add('variants');
      return;
    }
    case 'body':
      e.body = value;
      d.fields.add('body');
      return;
    case 'date':
      e.date = value;
      d.fields.add('date');
      return;
    case 'link':
      if (!isLink(value)) {
        warn(span, GLOSSARY_SYNTAX, t('A link must be an http(s) address.'));
        return;
      }
      e.link = value;
      d.fields.add('link');
      return;
    case 'amount': {
      const [figure, covers] = splitCovers(value);
      const parsed = readLoneAmount(figure);
      if (!parsed) {
        warn(span, GLOSSARY_AMOUNT, t('Unreadable amount “{0}” (write it like “1,8 Md€ — what it covers”).', figure));
        return;
      }
      const amount: KeyAmount = { value: parsed.value, currency: parsed.currency, text: figure, covers: { fr: covers, en: covers } };
      (e.amounts ??= []).push(amount);
      d.fields.add('amounts');
      return;
    }
    case 'source': {
      const [where, facts] = splitCovers(value);
      const url = isLink(where) ? where : undefined;
      const source: KnowledgeSource = { title: url ? where : where, facts: facts || 'glossary entry' };
      if (url) source.url = url;
      e.sources.push(source);
      d.fields.add('sources');
      void uri;
      return;
    }
    case 'fr':
    case 'description':
      e.description.fr = value;
      return;
    case 'en':
      e.description.en = value;
      return;
  }
}
