// Indexing a list of entries: every spelling folded and cut into words once,
// put in the trie, and the claims two entries make on one spelling settled.
// This is the costly part of building a KnowledgeIndex (a few hundred
// milliseconds for the built-in base): the bundles read its result from a
// snapshot made at build time instead (snapshot.ts).

import type { KnowledgeEntry } from './index';
import { MatchTarget, TokenTrie } from './trie';
import { hashString, looseKey, nameTokens } from './normalize';
import type { NearMissTarget } from './fuzzy';

/** A context word or phrase of one or more entries, as the scanner hashes it. */
export interface ContextWord {
  folded: string[];
  hashes: number[];
  ids: string[];
}

/** What indexing entries produces: everything a KnowledgeIndex reads besides the entries themselves. */
export interface IndexParts {
  trie: TokenTrie;
  /** Spellings claimed by two entries where one claim always counts: the first claimant keeps them. */
  conflicts: string[];
  /** Ambiguous spellings several entries share (« DGA »): the document's context picks one. */
  shared: Map<string, string[]>;
  /** Context words by the hash of their first token. */
  contextWords: Map<number, ContextWord[]>;
  /** Entries that have context words. */
  withContext: Set<string>;
  /** The names near misses are looked for (fuzzy.ts); null until the first near-miss lookup asks for them. */
  nearMissTargets: NearMissTarget[] | null;
}

/** What a match of one of the entry's spellings leads to. */
export function targetOf(e: KnowledgeEntry): MatchTarget {
  const target: MatchTarget = { id: e.id, kind: e.kind, canonical: e.canonical, origin: e.origin };
  if (e.gender) target.gender = e.gender;
  return target;
}

export function indexEntries(entries: readonly KnowledgeEntry[]): IndexParts {
  const parts: IndexParts = { trie: new TokenTrie(), conflicts: [], shared: new Map(), contextWords: new Map(), withContext: new Set(), nearMissTargets: null };
  const claimed = new Map<string, Array<{ id: string; contextual: boolean }>>();
  // Each spelling's loose key, tokens and capitals are computed once: comparing every spelling of an entry with
  // every other, and adding it to the trie, would otherwise fold and cut each name again.
  const keyOf = once(looseKey);
  const tokens = once(nameTokens);
  const capitalsOf = once((s: string) => capitalCount(tokens(s).exact));
  // Glossary entries claim their spellings first: the workspace knows best.
  const ordered = [...entries.filter((e) => e.origin !== 'builtin'), ...entries.filter((e) => e.origin === 'builtin')];
  for (const e of ordered) {
    const target = targetOf(e);
    const spellings = [e.canonical, ...e.variants, ...(e.exactVariants ?? []), ...(e.contextVariants ?? [])];
    // Of the spellings with the same words, the one with the most capitals (the first of them): one pass per entry.
    const mostCapitals = new Map<string, string>();
    for (const sp of spellings) {
      const key = keyOf(sp);
      const best = mostCapitals.get(key);
      if (best === undefined || capitalsOf(sp) > capitalsOf(best)) mostCapitals.set(key, sp);
    }
    const writtenOf = (text: string): string => {
      const best = mostCapitals.get(keyOf(text));
      return best !== undefined && capitalsOf(best) > capitalsOf(text) ? best : text;
    };
    // An ambiguous spelling the entry also lists plainly is ambiguous: its
    // capitalised form (« France Relance ») is the evidence that it is the name.
    const ambiguous = new Set((e.contextVariants ?? []).map(keyOf));
    const add = (text: string, options: { contextual?: boolean; exactCase?: boolean }) => {
      const loose = keyOf(text);
      if (!loose) return;
      if (!options.contextual && !options.exactCase && ambiguous.has(loose)) return;
      const key = loose + (options.exactCase ? '\u0000' + text : '');
      const claims = claimed.get(key) ?? [];
      const others = claims.filter((c) => c.id !== e.id);
      if (others.length > 0) {
        if (!options.contextual || others.some((c) => !c.contextual)) {
          parts.conflicts.push(`« ${text} »: kept for ${others[0].id}, ignored for ${e.id}`);
          return;
        }
        parts.shared.set(loose, [...new Set([...others.map((c) => c.id), e.id])]);
      }
      claims.push({ id: e.id, contextual: !!options.contextual });
      claimed.set(key, claims);
      parts.trie.add(text, target, { ...options, written: writtenOf(text), tokens });
    };
    // A canonical name the entry also lists as an exact spelling counts only in that case (« Région Occitanie », not « région Occitanie »).
    if (!(e.exactVariants ?? []).includes(e.canonical)) add(e.canonical, {});
    for (const v of e.variants) add(v, {});
    for (const v of e.exactVariants ?? []) add(v, { exactCase: true });
    for (const v of e.contextVariants ?? []) add(v, { contextual: true });
    for (const w of e.context ?? []) addContextWord(parts, nameTokens(w).folded, e.id);
  }
  return parts;
}

/** Files a context word (its folded tokens) under the entry `id`. */
export function addContextWord(parts: Pick<IndexParts, 'contextWords' | 'withContext'>, folded: string[], id: string): void {
  if (folded.length === 0) return;
  parts.withContext.add(id);
  const hashes = folded.map(hashString);
  const list = parts.contextWords.get(hashes[0]) ?? [];
  const same = list.find((c) => c.folded.join(' ') === folded.join(' '));
  if (same) {
    if (!same.ids.includes(id)) same.ids.push(id);
  } else list.push({ folded, hashes, ids: [id] });
  parts.contextWords.set(hashes[0], list);
}

/** `f` computed once per string. */
function once<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s: string): T => {
    let v = known.get(s);
    if (v === undefined) {
      v = f(s);
      known.set(s, v);
    }
    return v;
  };
}

/** Words that start with a capital. */
function capitalCount(exact: readonly string[]): number {
  let n = 0;
  for (const w of exact) if (w.length > 0 && w[0] !== w[0].toLowerCase()) n++;
  return n;
}
