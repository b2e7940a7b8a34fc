// Every occurrence of a known name in a document: built-in and glossary names
// from the knowledge index, plus the names the document defines itself. One
// tokenisation of the text, one trie walk per name set.

import { Definition, EntityKind, EntityMention } from '../types';
import { KnowledgeIndex } from './index';
import { TokenTrie, RawMatch, mergeMatches } from './trie';
import { Tokens, looseKey } from './normalize';

/** A definition found in the document, with what findDefinitions knows beyond the shared contract. */
export interface DocumentDefinition extends Definition {
  kind: EntityKind;
  /** The term is a name the document gives (not a spelling the knowledge base already knows). */
  invented: boolean;
}

function isDocumentDefinition(d: Definition): d is DocumentDefinition {
  return typeof (d as DocumentDefinition).invented === 'boolean';
}

/** The names a document invents, as a small trie of their own (exact case: « le Programme » is not « le programme »). */
export function documentTrie(knowledge: KnowledgeIndex, definitions: readonly Definition[]): { trie: TokenTrie | null; key: string } {
  let trie: TokenTrie | null = null;
  let key = '';
  for (const d of definitions) {
    const invented = isDocumentDefinition(d) ? d.invented : knowledge.resolve(d.term)?.id !== d.id;
    if (!invented) continue;
    const known = knowledge.entry(d.id);
    const kind: EntityKind = known?.kind ?? (isDocumentDefinition(d) ? d.kind : 'label');
    if (!trie) trie = new TokenTrie();
    trie.add(d.term, { id: d.id, kind, canonical: known?.canonical ?? d.term, origin: known ? known.origin : 'document' }, { exactCase: true });
    key += `${d.term}\u0000${d.id}\u0000${kind}\u0001`;
  }
  return { trie, key };
}

/** Matches of known names and of the document's own names, leftmost-longest, with the tokens they were found in. */
export function nameMatches(text: string, knowledge: KnowledgeIndex, extra: TokenTrie | null): { tokens: Tokens; matches: RawMatch[] } {
  const { tokens, matches: known } = knowledge.scan(text);
  return { tokens, matches: extra ? mergeMatches(known, extra.scan(text, tokens)) : known };
}

/** Entries named unambiguously somewhere: their ambiguous spellings count too. */
export function addNamed(named: Set<string>, matches: readonly RawMatch[]): void {
  for (const m of matches) if (!m.variant.contextual) named.add(m.variant.target.id);
}

/** The mentions among raw matches: ambiguous spellings only for entries in `named`. */
export function mentionsFrom(text: string, matches: readonly RawMatch[], named: ReadonlySet<string>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of matches) {
    if (m.variant.contextual && !named.has(m.variant.target.id)) continue;
    out.push(toMention(text, m));
  }
  return out;
}

/**
 * Mentions of known and document-defined names, in text order, never
 * overlapping (the longest name wins: « SecNumCloud 3.2 » over « SecNumCloud »).
 * Ambiguous spellings (context variants) count only when the document also
 * names the same entry unambiguously.
 */
export function findEntities(text: string, knowledge: KnowledgeIndex, definitions: readonly Definition[] = []): EntityMention[] {
  const { matches } = nameMatches(text, knowledge, documentTrie(knowledge, definitions).trie);
  const named = new Set<string>();
  addNamed(named, matches);
  for (const d of definitions) named.add(d.id);
  return mentionsFrom(text, matches, named);
}

function toMention(text: string, m: RawMatch): EntityMention {
  const t = m.variant.target;
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), id: t.id, kind: t.kind, canonical: t.canonical, origin: t.origin };
}

/** Mentions of one entry (for references and renames in the LSP layer). */
export function mentionsOf(mentions: readonly EntityMention[], id: string): EntityMention[] {
  return mentions.filter((m) => m.id === id);
}

/** True when a mention is written exactly as the term (loosely: case, accents and spaces aside). */
export function sameName(a: string, b: string): boolean {
  return looseKey(a) === looseKey(b);
}
