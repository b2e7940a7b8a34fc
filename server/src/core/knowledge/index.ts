// The knowledge base: French and EU programmes, labels, laws and institutions
// (server/data/knowledge/, one file per family), extended or overridden by
// workspace glossaries.
// An index is built once per set of entries; matching a document then costs
// one pass over its text (see trie.ts).

import { EntityKind, Span } from '../types';
import { Language, Translate, untranslated } from '../messages';
import { formatShortMoney } from '../format';
import { BUILTIN_FAMILIES } from './builtin';
import { TokenTrie, RawMatch } from './trie';
import { Tokens, looseKey, tokensOf } from './normalize';
import { ContextWord, IndexParts, indexEntries } from './indexParts';
import { prebuiltParts } from './snapshot';
import { NearMissIndex, nearMissTargets } from './fuzzy';
import { tokenMask } from './exclusions';

/** No excluded span: one shared list, so that scans of the same text without exclusions share their cache. */
export const NO_SPANS: readonly Span[] = Object.freeze([]);

export const ENTITY_KINDS: readonly EntityKind[] = [
  'programme', 'plan', 'strategy', 'doctrine', 'fund', 'tax', 'label', 'qualification', 'law', 'regulation', 'institution',
];

export interface LocalizedText {
  fr: string;
  en: string;
}

/** A figure attached to an entry: « 1,8 Md€ » for the cloud acceleration strategy, and what it covers. */
export interface KeyAmount {
  /** In units of the currency (1 800 000 000 for 1,8 Md€). */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** The figure as usually written in French (« 1,8 Md€ »). */
  text?: string;
  /** The year or period the amount is for: « 2024 », « 2021-2025 ». */
  year?: string;
  covers: LocalizedText;
  /** False when no official source confirms the figure: shown, never checked against. */
  confirmed?: boolean;
}

/** Where a fact came from. */
export interface KnowledgeSource {
  title: string;
  url?: string;
  /** Which facts of the entry this source supports. */
  facts: string;
  /** An official publication (journal officiel, EUR-Lex, a ministry, the body itself). */
  official?: boolean;
}

export interface KnowledgeEntry {
  /** Stable id: `france-2030`, `secnumcloud-3-2`; glossary terms may set theirs. */
  id: string;
  kind: EntityKind;
  canonical: string;
  /** Other spellings, acronyms and long forms. The canonical name always matches too. */
  variants: string[];
  /** Ambiguous spellings that count only when the document also names the entry another way. */
  contextVariants?: string[];
  /** Spellings that must match with exactly this case. */
  exactVariants?: string[];
  /** Folded words of the entry's field: one of them near an ambiguous spelling is evidence for it. */
  context?: string[];
  /** Grammatical gender of the name (« le PIA »): an acronym after an article of the other gender (« une PIA ») is another word. */
  gender?: 'm' | 'f';
  /**
   * A kind of body every territory has its own of (a commune's CCAS, a region's ARS): two files may speak
   * of two of them, so their amounts are compared within a document only, never across files.
   */
  perTerritory?: boolean;
  description: LocalizedText;
  /** Issuing or owning body. */
  body?: string;
  /** ISO date (yyyy, yyyy-mm or yyyy-mm-dd) of creation, adoption or launch, or free text. */
  date?: string;
  amounts?: KeyAmount[];
  /** Official page. */
  link?: string;
  sources: KnowledgeSource[];
  /** Fields no source confirmed (« date », « amounts »): never asserted as fact. */
  unconfirmed?: string[];
  /** For maintainers: where sources disagree, or what is deliberately left out (not shown in hovers). */
  note?: string;
  /** Ids of entries this one belongs to or replaces. */
  related?: string[];
  origin: 'builtin' | 'glossary' | 'document';
  /** For glossary entries: where the term is written (UTF-16 offsets in that file). */
  definedAt?: { uri: string; start: number; end: number };
  /** For glossary entries: which fields the glossary set (the others come from the built-in entry it overrides). */
  fields?: string[];
}

interface RawEntry extends Omit<KnowledgeEntry, 'origin'> {
  origin?: KnowledgeEntry['origin'];
}

let builtinEntriesCache: readonly KnowledgeEntry[] | null = null;

/** The built-in entries, as shipped. */
export function builtinEntries(): readonly KnowledgeEntry[] {
  if (!builtinEntriesCache) {
    const all: KnowledgeEntry[] = [];
    for (const family of BUILTIN_FAMILIES) for (const e of family.entries as RawEntry[]) all.push(Object.freeze({ ...e, origin: 'builtin' as const }));
    builtinEntriesCache = Object.freeze(all);
  }
  return builtinEntriesCache;
}

export type { ContextWord } from './indexParts';

export class KnowledgeIndex {
  readonly entries: readonly KnowledgeEntry[];
  /** Spellings claimed by two entries where one claim always counts: the first claimant keeps them (glossary entries come first). */
  readonly conflicts: string[];
  /** Ambiguous spellings several entries share (« DGA »): the document's context picks one. */
  readonly shared: Map<string, string[]>;
  readonly trie: TokenTrie;
  /** Context words by the hash of their first token. */
  readonly contextWords: Map<number, ContextWord[]>;
  private readonly ids = new Map<string, KnowledgeEntry>();
  private readonly withContext: Set<string>;
  private nearMissTargets: IndexParts['nearMissTargets'];
  private nearMissIndex: NearMissIndex | null = null;
  private lastScan: { text: string; excluded: readonly Span[]; tokens: Tokens; matches: RawMatch[]; mask: Uint8Array | null } | null = null;

  /** `parts` read from a snapshot (snapshot.ts) spare indexing the entries again; they must come from these entries. */
  constructor(entries: readonly KnowledgeEntry[], parts: IndexParts = indexEntries(entries)) {
    this.entries = entries;
    for (const e of entries) this.ids.set(e.id, e);
    this.trie = parts.trie;
    this.conflicts = parts.conflicts;
    this.shared = parts.shared;
    this.contextWords = parts.contextWords;
    this.withContext = parts.withContext;
    this.nearMissTargets = parts.nearMissTargets;
  }

  /** Whether the entry has context words. */
  hasContext(id: string): boolean {
    return this.withContext.has(id);
  }

  get size(): number {
    return this.entries.length;
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.ids.get(id);
  }

  all(): readonly KnowledgeEntry[] {
    return this.entries;
  }

  /** The entry a whole name denotes (« PIA 4 », « Secnumcloud », « le Programme d’investissements d’avenir »), if any. */
  resolve(name: string): KnowledgeEntry | undefined {
    const tokens = tokensOf(name, false);
    if (tokens.count === 0) return undefined;
    let first = 0;
    // A leading article is not part of the name.
    while (first < tokens.count - 1 && ARTICLES.has(name.slice(tokens.start[first], tokens.end[first]).toLowerCase())) first++;
    for (const f of [0, first]) {
      const m = this.trie.scan(name, tokens, f);
      if (m.length === 1 && m[0].first === f && m[0].last === tokens.count - 1) return this.ids.get(m[0].variant.target.id);
    }
    return undefined;
  }

  /**
   * Matches of the built-in and glossary names in `text`, outside the
   * `excluded` spans (the last text is cached: definitions and mentions share it).
   */
  scan(text: string, excluded: readonly Span[] = NO_SPANS): { tokens: Tokens; matches: RawMatch[]; mask: Uint8Array | null } {
    const last = this.lastScan;
    if (last && last.text === text && last.excluded === excluded) return last;
    const tokens = tokensOf(text);
    const mask = tokenMask(tokens, excluded);
    const matches = this.trie.scan(text, tokens, 0, tokens.count, mask);
    this.lastScan = { text, excluded, tokens, matches, mask };
    return this.lastScan;
  }

  /** The index of long names for near-miss hints, built on first use. */
  nearMiss(): NearMissIndex {
    if (!this.nearMissIndex) this.nearMissIndex = new NearMissIndex(this.nearMissTargets ?? nearMissTargets(this.entries));
    return this.nearMissIndex;
  }

  /** Markdown hover body for an entry. */
  describe(idOrEntry: string | KnowledgeEntry, t: Translate = untranslated, lang: Language = 'en'): string {
    const e = typeof idOrEntry === 'string' ? this.entry(idOrEntry) : idOrEntry;
    return e ? describeEntry(e, t, lang) : '';
  }
}

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du']);

/** Built-in entries plus glossary entries; a glossary entry with the id or canonical name of a built-in one overrides it. */
export function buildKnowledge(glossaryEntries: readonly KnowledgeEntry[] = []): KnowledgeIndex {
  // Without glossary entries the index is the built-in one: built once, shared.
  if (glossaryEntries.length === 0) return builtinKnowledge();
  const list: KnowledgeEntry[] = [...builtinEntries()];
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  list.forEach((e, i) => {
    byId.set(e.id, i);
    byName.set(looseKey(e.canonical), i);
  });
  for (const g of glossaryEntries) {
    const at = byId.get(g.id) ?? byName.get(looseKey(g.canonical)) ?? knownName(g.canonical, byId);
    if (at === undefined) {
      const e: KnowledgeEntry = { ...g, origin: g.origin === 'builtin' ? 'glossary' : g.origin };
      byId.set(e.id, list.length);
      byName.set(looseKey(e.canonical), list.length);
      list.push(e);
    } else {
      list[at] = mergeEntry(list[at], g);
      byId.set(g.id, at);
      byName.set(looseKey(g.canonical), at);
    }
  }
  return new KnowledgeIndex(list);
}

/** The built-in entry a glossary heading names by one of its variants (« ## PIA 4 »). */
function knownName(name: string, byId: Map<string, number>): number | undefined {
  const e = builtinKnowledge().resolve(name);
  return e ? byId.get(e.id) : undefined;
}

/** A glossary entry over an existing one: the fields the glossary sets win, variants add up. */
export function mergeEntry(base: KnowledgeEntry, over: KnowledgeEntry): KnowledgeEntry {
  const set = new Set(over.fields ?? Object.keys(over));
  const pick = <K extends keyof KnowledgeEntry>(k: K): KnowledgeEntry[K] => (set.has(k) && over[k] !== undefined ? over[k] : base[k]);
  const variants = [...base.variants];
  const seen = new Set(variants.map(looseKey));
  for (const v of [base.canonical, ...over.variants]) {
    const k = looseKey(v);
    if (!seen.has(k) && k !== looseKey(over.canonical)) {
      seen.add(k);
      variants.push(v);
    }
  }
  return {
    ...base,
    id: base.id,
    kind: pick('kind'),
    canonical: over.canonical || base.canonical,
    variants,
    description: set.has('description') ? { fr: over.description.fr || base.description.fr, en: over.description.en || over.description.fr || base.description.en } : base.description,
    body: pick('body'),
    date: pick('date'),
    amounts: pick('amounts'),
    link: pick('link'),
    sources: over.sources.length ? [...over.sources, ...base.sources] : base.sources,
    note: pick('note'),
    origin: 'glossary',
    definedAt: over.definedAt,
    fields: over.fields,
  };
}

let builtinIndex: KnowledgeIndex | null = null;

/** The built-in knowledge base, indexed once. */
export function builtinKnowledge(): KnowledgeIndex {
  if (!builtinIndex) {
    const entries = builtinEntries();
    // The bundles ship the index made at build time; from sources (tests), it is made here.
    builtinIndex = new KnowledgeIndex(entries, prebuiltParts(entries) ?? undefined);
  }
  return builtinIndex;
}

/** Each kind's name, in English: the caller's Translate gives it in the reader's language. */
const KIND_LABELS: Record<EntityKind, string> = {
  programme: 'programme',
  plan: 'plan',
  strategy: 'strategy',
  doctrine: 'doctrine',
  fund: 'fund',
  tax: 'tax',
  label: 'label',
  qualification: 'qualification',
  law: 'law or ruling',
  regulation: 'EU legislation',
  institution: 'institution',
};

export function kindLabel(kind: EntityKind, t: Translate): string {
  const label = KIND_LABELS[kind];
  return label ? t(label) : kind;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = locale + (withDay ? 'd' : 'm');
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: withDay ? 'numeric' : undefined, month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** « 2021-10-12 » → « 12 octobre 2021 » / « 12 October 2021 », the first of a month « 1er » in French; other text is returned as is. */
export function formatDate(date: string, lang: Language): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return date;
  const month = m[2] ? Number(m[2]) : 0;
  if (month < 1 || month > 12) return m[1];
  const day = m[3] ? Number(m[3]) : 0;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const when = new Date(Date.UTC(Number(m[1]), month - 1, day || 1));
  if (!day || when.getUTCDate() !== day) return dateFormat(locale, false).format(new Date(Date.UTC(Number(m[1]), month - 1, 1)));
  const written = dateFormat(locale, true).format(when);
  return lang === 'fr' && day === 1 ? written.replace(/^1 /, '1er ') : written;
}

/** French text with typographic apostrophes (« l’État », not « l'État »): the knowledge files are typed with straight ones. */
export function frenchApostrophes(s: string): string {
  return s.replace(/(\p{L})'(?=\p{L})/gu, '$1\u2019');
}

/**
 * Markdown for a hover: name, kind, body, date, description, key amounts,
 * link. `lang` chooses which of the entry's own texts to show; the words
 * around them go through `t`.
 */
export function describeEntry(e: KnowledgeEntry, t: Translate = untranslated, lang: Language = 'en'): string {
  const french = lang === 'fr';
  if (french) {
    const fr = frenchApostrophes;
    e = {
      ...e,
      body: e.body && fr(e.body),
      description: { ...e.description, fr: e.description.fr && fr(e.description.fr) },
      amounts: e.amounts?.map((a) => ({ ...a, covers: { ...a.covers, fr: a.covers.fr && fr(a.covers.fr) } })),
    };
  }
  const head = [`**${e.canonical}**`, `*${kindLabel(e.kind, t)}*`];
  if (e.body) head.push(e.body);
  if (e.date) head.push(formatDate(e.date, lang));
  const parts = [head.join(' · ')];
  const text = e.description[lang] || e.description.fr || e.description.en;
  if (text) parts.push(text);
  if (e.amounts && e.amounts.length) {
    const lines = e.amounts.map((a) => {
      // A French reader sees the amount as the knowledge base writes it.
      const figure = french && a.text ? a.text : formatShortMoney(a.value, a.currency, french);
      const covers = a.covers[lang] || a.covers.fr || a.covers.en;
      return `- ${figure}${covers ? ` — ${covers}` : ''}`;
    });
    parts.push(`${t('Reference amounts:')}\n${lines.join('\n')}`);
  }
  if (e.link) parts.push(`[${t('Official page')}](${e.link})`);
  if (e.origin === 'glossary' && e.definedAt) parts.push(`_${t('Defined in the workspace glossary.')}_`);
  return parts.join('\n\n');
}
