// A trie over folded token sequences. Every variant of every entry is one path;
// the text is read once (see normalize.ts), and from each token the trie is
// walked as far as the following tokens allow. The walk is bounded by the
// longest variant (a dozen tokens), so the scan is linear in the text whatever
// the number of entries, and the longest match wins.

import { EntityKind } from '../types';
import { TF, Tokens, exactEquals, foldEquals, hashString, isWordChar, nameTokens } from './normalize';

/** What a variant leads to: enough to build a mention. */
export interface MatchTarget {
  id: string;
  kind: EntityKind;
  canonical: string;
  origin: 'builtin' | 'glossary' | 'document';
}

export interface VariantSpec {
  /** The variant as written in the knowledge base or glossary. */
  text: string;
  target: MatchTarget;
  /** Counts only when the document also names the same entry unambiguously (« CGI » after « Commissariat général à l’investissement »). */
  contextual: boolean;
  folded: string[];
  /** Per token: the exact (case-kept, accent-free) form it must have, or null when case does not matter. */
  exact: Array<string | null>;
}

interface Node {
  next: Map<number, Node> | null;
  variants: VariantSpec[] | null;
}

export interface RawMatch {
  start: number;
  end: number;
  /** First and last token indices. */
  first: number;
  last: number;
  variant: VariantSpec;
}

/**
 * Short names written with capitals are acronyms or proper names and must keep
 * their case (« PIA » is not « pia », « CE » not « ce »); long names match in
 * any case (« Secnumcloud », « FRANCE 2030 »).
 */
export function isCaseSensitiveToken(exact: string): boolean {
  if (exact.length === 0 || exact.length > 6 || exact.endsWith('#')) return false;
  let upper = 0;
  let innerUpper = false;
  let letters = 0;
  for (let i = 0; i < exact.length; i++) {
    const ch = exact[i];
    const isLetter = ch.toLowerCase() !== ch.toUpperCase();
    if (!isLetter) continue;
    letters++;
    if (ch !== ch.toLowerCase()) {
      upper++;
      if (i > 0) innerUpper = true;
    }
  }
  if (letters === 0) return false;
  if (letters === 1) return upper === 1;
  return innerUpper || upper === letters;
}

export class TokenTrie {
  private readonly root: Node = { next: new Map(), variants: null };
  /** Number of variants added. */
  size = 0;

  /**
   * Adds a name. `exactCase` keeps the case of every token (names a document
   * invents); otherwise only acronym-like tokens keep theirs.
   * Returns false when the name has no token or cannot be read as one run of words.
   */
  add(text: string, target: MatchTarget, options: { contextual?: boolean; exactCase?: boolean } = {}): VariantSpec | null {
    const { folded, exact, joined } = nameTokens(text);
    if (folded.length === 0 || !joined) return null;
    const spec: VariantSpec = {
      text,
      target,
      contextual: options.contextual ?? false,
      folded,
      exact: exact.map((e) => (options.exactCase || isCaseSensitiveToken(e) ? e : null)),
    };
    let node = this.root;
    for (const f of folded) {
      const h = hashString(f);
      if (!node.next) node.next = new Map();
      let child = node.next.get(h);
      if (!child) {
        child = { next: null, variants: null };
        node.next.set(h, child);
      }
      node = child;
    }
    if (!node.variants) node.variants = [];
    // The same spelling twice for one target adds nothing.
    if (node.variants.some((v) => v.target.id === target.id && sameExact(v.exact, spec.exact) && v.contextual === spec.contextual)) return null;
    node.variants.push(spec);
    this.size++;
    return spec;
  }

  /** Leftmost-longest matches, non-overlapping, in text order. */
  scan(text: string, tokens: Tokens, from = 0, to = tokens.count): RawMatch[] {
    const out: RawMatch[] = [];
    const root = this.root.next as Map<number, Node>;
    if (root.size === 0) return out;
    const { hash, flags, start, end } = tokens;
    let i = from;
    while (i < to) {
      let node = root.get(hash[i]);
      if (node === undefined || isWordChar(text, start[i] - 1)) {
        i++;
        continue;
      }
      let best: RawMatch | null = null;
      let j = i;
      for (;;) {
        if (node.variants !== null && !isWordChar(text, end[j])) {
          const v = accept(text, tokens, i, node.variants);
          if (v) best = { start: start[i], end: end[j], first: i, last: j, variant: v };
        }
        if (node.next === null || j + 1 >= to || (flags[j + 1] & TF.Join) === 0) break;
        const nx: Node | undefined = node.next.get(hash[j + 1]);
        if (nx === undefined) break;
        node = nx;
        j++;
      }
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i++;
    }
    return out;
  }
}

function sameExact(a: Array<string | null>, b: Array<string | null>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Confirms a candidate (hashes can collide; case may matter). Prefers a non-contextual variant. */
function accept(text: string, tokens: Tokens, first: number, variants: VariantSpec[]): VariantSpec | null {
  let fallback: VariantSpec | null = null;
  outer: for (const v of variants) {
    for (let t = 0; t < v.folded.length; t++) {
      const s = tokens.start[first + t];
      const e = tokens.end[first + t];
      if (!foldEquals(text, s, e, v.folded[t])) continue outer;
      const x = v.exact[t];
      if (x !== null && !exactEquals(text, s, e, x)) continue outer;
    }
    if (!v.contextual) return v;
    if (!fallback) fallback = v;
  }
  return fallback;
}

/** Merges two match lists into one leftmost-longest, non-overlapping list. */
export function mergeMatches(a: RawMatch[], b: RawMatch[]): RawMatch[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const all = a.concat(b).sort((x, y) => x.start - y.start || y.end - x.end);
  const out: RawMatch[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.start < reach) continue;
    out.push(m);
    reach = m.end;
  }
  return out;
}
