// Near misses of long names (« SecNumClould », « France Relanse », « Sec Num
// Cloud »). Names are bucketed by length and by their first or last two
// letters, so a candidate word is compared with a handful of names, never with
// the whole base; the comparison is a Damerau–Levenshtein distance that gives
// up as soon as it exceeds its bound.

import { nameTokens } from './normalize';
import { isCaseSensitiveToken } from './trie';
import type { KnowledgeEntry } from './index';

export interface NearMissTarget {
  /** The spelling to propose (a variant as written in the base). */
  text: string;
  id: string;
  canonical: string;
  tokens: string[];
  joined: string;
}

export interface NearMissHit {
  target: NearMissTarget;
  distance: number;
}

/** Shortest name (letters, spaces removed) that near-miss hints consider. */
export const NEAR_MISS_MIN_LENGTH = 6;

/** The names near misses are looked for: each entry's long spellings, without figures or acronyms. */
export function nearMissTargets(entries: readonly KnowledgeEntry[]): NearMissTarget[] {
  const out: NearMissTarget[] = [];
  for (const e of entries) {
    for (const v of [e.canonical, ...e.variants]) {
      const { folded, exact, joined: readable } = nameTokens(v);
      if (!readable || folded.length === 0) continue;
      // Figures and acronyms are not misspelt, they are different names.
      if (folded.some((f) => /[0-9#]/.test(f))) continue;
      if (exact.some(isCaseSensitiveToken)) continue;
      const joined = folded.join('');
      if (joined.length < NEAR_MISS_MIN_LENGTH) continue;
      out.push({ text: v, id: e.id, canonical: e.canonical, tokens: folded, joined });
    }
  }
  return out;
}

export class NearMissIndex {
  private readonly buckets = new Map<number, NearMissTarget[]>();
  /** Number of names indexed. */
  size = 0;

  /** `targets` as `nearMissTargets` lists them (a snapshot keeps that list: snapshot.ts). */
  constructor(targets: readonly NearMissTarget[]) {
    for (const target of targets) {
      const { joined } = target;
      this.put(bucketKey(joined.length, 0, joined.charCodeAt(0), joined.charCodeAt(1)), target);
      this.put(bucketKey(joined.length, 1, joined.charCodeAt(joined.length - 2), joined.charCodeAt(joined.length - 1)), target);
      this.size++;
    }
  }

  private put(key: number, t: NearMissTarget): void {
    const list = this.buckets.get(key);
    if (!list) this.buckets.set(key, [t]);
    else if (!list.some((x) => x.id === t.id && x.joined === t.joined && x.tokens.length === t.tokens.length)) list.push(t);
  }

  /**
   * The closest name to a run of 1–3 folded words, if it is close enough:
   * - same number of words: each word at most one edit away, only words of 5+
   *   letters may differ, at most 1 edit in all (2 for names of 12+ letters);
   * - different number of words (« Sec Num Cloud », « Frenchtech »): the words
   *   joined together at most one edit from the name (none for a single word:
   *   « Plateau » is no « Plan eau »).
   * A run equal to a name, word for word, is not a miss.
   */
  lookup(words: readonly string[]): NearMissHit | null {
    const joined = words.join('');
    const L = joined.length;
    if (L < NEAR_MISS_MIN_LENGTH) return null;
    const maxK = L >= 12 ? 2 : 1;
    let best: NearMissHit | null = null;
    // Buckets are small: the names already compared fit in a short list.
    const seen: NearMissTarget[] = [];
    const a0 = joined.charCodeAt(0);
    const a1 = joined.charCodeAt(1);
    const z0 = joined.charCodeAt(L - 2);
    const z1 = joined.charCodeAt(L - 1);
    for (let d = -maxK; d <= maxK; d++) {
      for (let side = 0; side < 2; side++) {
        const list = this.buckets.get(side === 0 ? bucketKey(L + d, 0, a0, a1) : bucketKey(L + d, 1, z0, z1));
        if (!list) continue;
        for (const t of list) {
          if (seen.includes(t)) continue;
          seen.push(t);
          const dist = compare(words, joined, t);
          if (dist < 0) continue;
          if (!best || dist < best.distance) best = { target: t, distance: dist };
        }
      }
    }
    return best;
  }
}

/** A bucket: names of one length (letters, spaces removed) sharing their first (side 0) or last (side 1) two UTF-16 units. */
function bucketKey(length: number, side: number, c0: number, c1: number): number {
  return ((length * 2 + side) * 65536 + c0) * 65536 + c1;
}

/** Distance between a run of words and a name under the rules of `lookup`, or -1. */
function compare(words: readonly string[], joined: string, t: NearMissTarget): number {
  if (words.length === t.tokens.length) {
    const k = Math.max(joined.length, t.joined.length) >= 12 ? 2 : 1;
    let total = 0;
    for (let i = 0; i < words.length; i++) {
      const a = words[i];
      const b = t.tokens[i];
      if (a === b) continue;
      if (a.length < 5 || b.length < 5 || extendsByLeadingLetter(a, b)) return -1;
      const dist = boundedDamerau(a, b, 1);
      if (dist > 1) return -1;
      total += dist;
    }
    return total >= 1 && total <= k ? total : -1;
  }
  if (extendsByLeadingLetter(joined, t.joined)) return -1;
  const dist = boundedDamerau(joined, t.joined, 1);
  // One word a letter away from a name of several joined (« Plateau », « Plan eau »): an ordinary word, no name
  // written together; only the very letters, spaces aside (« Frenchtech »), make it one.
  if (words.length === 1 && dist > 0) return -1;
  return dist <= 1 ? dist : -1;
}

/**
 * A word that a name only extends by one leading letter is another word, not a typo: « Privacy » beside
 * « ePrivacy », « Mobility » beside « iMobility ». Typing drops letters inside a word, rarely a prefix.
 */
function extendsByLeadingLetter(a: string, b: string): boolean {
  return (a.length + 1 === b.length && b.endsWith(a)) || (b.length + 1 === a.length && a.endsWith(b));
}

/**
 * Optimal-string-alignment distance between `a` and `b`, or `bound + 1` as soon
 * as it is known to exceed `bound`. O(|a|·|b|) on short names, with an early exit.
 */
export function boundedDamerau(a: string, b: string, bound: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > bound) return bound + 1;
  if (a === b) return 0;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m], bound + 1);
}
