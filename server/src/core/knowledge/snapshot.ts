// The built-in index, made once at build time. Folding and cutting some
// thousand spellings into words costs a few hundred milliseconds at every
// start (the CLI's, the server's, each worker's); a snapshot of the result,
// written beside the bundles by esbuild.mjs, is read back in a few
// milliseconds. Run from sources (the tests), there is no snapshot and the
// index is made as before: both roads give the same index (snapshot.test.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KnowledgeEntry } from './index';
import { ContextWord, IndexParts, targetOf } from './indexParts';
import { MatchTarget, Mode, TokenTrie, VariantSpec } from './trie';
import { hashString } from './normalize';
import { NearMissTarget, nearMissTargets } from './fuzzy';

/** The snapshot's file name, beside the bundle that reads it. */
export const SNAPSHOT_FILE = 'knowledge-index.json';

/** Bumped whenever what a snapshot holds changes: an older file is then ignored. */
const SNAPSHOT_VERSION = 1;

/** One variant: text, its entry's position, mode, folded words, exact words, capitals, phrase, content, title-case words. */
type VariantRow = [string, number, Mode, string[], Array<string | null>, string, 0 | 1, number, string | 0];

export interface IndexSnapshot {
  version: number;
  /** The entries' ids, in order: a snapshot of other entries is refused. */
  ids: string[];
  conflicts: string[];
  shared: Array<[string, string[]]>;
  variants: VariantRow[];
  /** Context words: folded words, entry ids. */
  context: Array<[string[], string[]]>;
  /** Names near misses are looked for: spelling, its entry's position, folded words. */
  nearMiss: Array<[string, number, string[]]>;
}

/** The parts of an index as plain data (JSON.stringify writes it), near-miss names included. */
export function snapshotOf(parts: IndexParts, entries: readonly KnowledgeEntry[]): IndexSnapshot {
  const position = new Map<string, number>();
  entries.forEach((e, i) => position.set(e.id, i));
  const variants: VariantRow[] = parts.trie.variants().map((v) => [
    v.text,
    position.get(v.target.id) ?? -1,
    v.mode,
    v.folded,
    v.exact,
    bits(v.capitals),
    v.phrase ? 1 : 0,
    v.content,
    v.titleCase ? bits(v.titleCase) : 0,
  ]);
  const context: Array<[string[], string[]]> = [];
  for (const list of parts.contextWords.values()) for (const c of list) context.push([c.folded, c.ids]);
  return {
    version: SNAPSHOT_VERSION,
    ids: entries.map((e) => e.id),
    conflicts: parts.conflicts,
    shared: [...parts.shared],
    variants,
    context,
    nearMiss: (parts.nearMissTargets ?? nearMissTargets(entries)).map((t) => [t.text, position.get(t.id) ?? -1, t.tokens]),
  };
}

/** The parts a snapshot holds, or null when it is of another version or other entries. */
export function partsOf(snapshot: IndexSnapshot, entries: readonly KnowledgeEntry[]): IndexParts | null {
  if (snapshot?.version !== SNAPSHOT_VERSION || !Array.isArray(snapshot.ids) || snapshot.ids.length !== entries.length) return null;
  for (let i = 0; i < entries.length; i++) if (snapshot.ids[i] !== entries[i].id) return null;
  const targets: MatchTarget[] = entries.map(targetOf);
  const variants: VariantSpec[] = [];
  for (const [text, at, mode, folded, exact, capitals, phrase, content, titleCase] of snapshot.variants) {
    const target = targets[at];
    if (!target) return null;
    variants.push({
      text,
      target,
      contextual: mode === Mode.Contextual || mode === Mode.DocumentLoose,
      mode,
      folded,
      exact,
      capitals: flags(capitals),
      phrase: phrase === 1,
      content,
      titleCase: titleCase === 0 ? null : flags(titleCase),
    });
  }
  const trie = new TokenTrie();
  trie.restore(variants);
  const contextWords = new Map<number, ContextWord[]>();
  const withContext = new Set<string>();
  for (const [folded, ids] of snapshot.context) {
    const hashes = folded.map(hashString);
    const list = contextWords.get(hashes[0]) ?? [];
    list.push({ folded, hashes, ids });
    contextWords.set(hashes[0], list);
    for (const id of ids) withContext.add(id);
  }
  const nearMiss: NearMissTarget[] = [];
  for (const [text, at, tokens] of snapshot.nearMiss) {
    const e = entries[at];
    if (!e) return null;
    nearMiss.push({ text, id: e.id, canonical: e.canonical, tokens, joined: tokens.join('') });
  }
  return { trie, conflicts: snapshot.conflicts, shared: new Map(snapshot.shared), contextWords, withContext, nearMissTargets: nearMiss };
}

/** The snapshot beside the running bundle, read as the parts of `entries`' index; null without one (or a stale one). */
export function prebuiltParts(entries: readonly KnowledgeEntry[]): IndexParts | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(__dirname, SNAPSHOT_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    return partsOf(JSON.parse(text) as IndexSnapshot, entries);
  } catch {
    // A damaged file costs the time it was meant to save, nothing else.
    return null;
  }
}

function bits(xs: readonly boolean[]): string {
  let s = '';
  for (const x of xs) s += x ? '1' : '0';
  return s;
}

function flags(s: string): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) === 49);
  return out;
}
