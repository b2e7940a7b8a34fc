// A trie over folded token sequences. Every variant of every entry is one path;
// the text is read once (see normalize.ts), and from each token the trie is
// walked as far as the following tokens allow. The walk is bounded by the
// longest variant (a dozen tokens), so the scan is linear in the text whatever
// the number of entries, and the longest match wins.

import { EntityKind } from '../types';
import { NameTokens, TF, Tokens, exactEquals, foldEquals, foldToken, hashString, isWordChar, nameTokens } from './normalize';

/** What a variant leads to: enough to build a mention. */
export interface MatchTarget {
  id: string;
  kind: EntityKind;
  canonical: string;
  origin: 'builtin' | 'glossary' | 'document';
  /** The grammatical gender of the name (« le PIA », « la CNIL »), when the entry gives it. */
  gender?: 'm' | 'f';
}

/** How a variant counts. */
export const enum Mode {
  /** Always. */
  Strong = 0,
  /** Only with evidence: an ambiguous spelling of the knowledge base (`contextVariants`). */
  Contextual = 1,
  /** Only with evidence: a name the document defines, written in another case (« numérique inclusif » after « Numérique Inclusif »). */
  DocumentLoose = 2,
  /** Never: the document gives this spelling another meaning (« PIA (Privacy Impact Assessment) »). */
  Blocked = 3,
}

export interface VariantSpec {
  /** The variant as written in the knowledge base or glossary. */
  text: string;
  target: MatchTarget;
  /** Counts only with evidence (see ambiguity.ts): `mode` is Contextual or DocumentLoose. */
  contextual: boolean;
  mode: Mode;
  folded: string[];
  /** Per token: the exact (case-kept, accent-free) form it must have, or null when case does not matter. */
  exact: Array<string | null>;
  /**
   * Per token: whether the entry writes it with a capital (« France Relance »:
   * both), from its most capitalised spelling of the same words. A text that
   * drops one of these capitals uses the words, maybe not the name.
   */
  capitals: boolean[];
  /** Every token's case is free (no acronym in it): case can tell the name from ordinary words. */
  phrase: boolean;
  /** Words that carry meaning (not « de », « la », « pour »…): two or fewer make a phrase ordinary French may spell. */
  content: number;
  /** Per token: an all-capital acronym that may also be written with one capital (« loi Sren » for « loi SREN »). */
  titleCase: boolean[] | null;
}

export interface AddOptions {
  /** Tokens of a spelling, when the caller has read them already (building an index reads each spelling once). */
  tokens?: (text: string) => NameTokens;
  contextual?: boolean;
  exactCase?: boolean;
  mode?: Mode;
  /** The entry's most capitalised writing of the same words, when it differs from `text`. */
  written?: string;
}

/** Words too common to tell a name from ordinary French. */
const FUNCTION_WORDS = new Set([
  'le', 'la', 'l', 'les', 'un', 'une', 'de', 'du', 'd', 'des', 'au', 'aux', 'a', 'en', 'et', 'ou', 'pour', 'par', 'sur', 'sous', 'dans',
  'avec', 'sans', 'the', 'of', 'and', 'for', 'on', 'in',
]);

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
  /** When several entries claim this ambiguous spelling: all of them (`variant` is the first). */
  candidates: VariantSpec[] | null;
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
  add(text: string, target: MatchTarget, options: AddOptions = {}): VariantSpec | null {
    const read = options.tokens ?? nameTokens;
    const { folded, exact, joined } = read(text);
    if (folded.length === 0 || !joined) return null;
    const mode = options.mode ?? (options.contextual ? Mode.Contextual : Mode.Strong);
    const exactOut = exact.map((e) => (options.exactCase || isCaseSensitiveToken(e) ? e : null));
    let written = exact;
    if (options.written && options.written !== text) {
      const w = read(options.written);
      if (w.folded.join(' ') === folded.join(' ')) written = w.exact;
    }
    const capitals = written.map((w) => w.length > 0 && w[0] !== w[0].toLowerCase());
    let content = 0;
    let phrase = true;
    let anchor = false;
    for (let t = 0; t < folded.length; t++) {
      const f = folded[t];
      if (exactOut[t] !== null) phrase = false;
      const isWord = f.length > 0 && !(f.charCodeAt(0) >= 48 && f.charCodeAt(0) <= 57);
      if (!isWord) phrase = false;
      if (isWord && !FUNCTION_WORDS.has(f)) content++;
      if (exactOut[t] === null && isWord && f.length >= 3) anchor = true;
    }
    // « loi Sren », « directive Csrd »: after words whose case is free, an
    // acronym may be written with one capital, as the press writes it.
    let titleCase: boolean[] | null = null;
    if (anchor && !options.exactCase && folded.length >= 2) {
      for (let t = 1; t < exactOut.length && exactOut[t - 1] === null; t++) {
        const x = exactOut[t];
        if (x !== null && x.length >= 3 && isAllCapitals(x)) (titleCase ??= folded.map(() => false))[t] = true;
      }
    }
    const spec: VariantSpec = {
      text,
      target,
      contextual: mode === Mode.Contextual || mode === Mode.DocumentLoose,
      mode,
      folded,
      exact: exactOut,
      capitals,
      phrase: phrase && !options.exactCase,
      content,
      titleCase,
    };
    const node = this.nodeOf(folded);
    // The same spelling twice for one target adds nothing.
    if (node.variants.some((v) => v.target.id === target.id && sameExact(v.exact, spec.exact) && v.mode === spec.mode)) return null;
    node.variants.push(spec);
    this.size++;
    return spec;
  }

  /** The node a folded path ends on, made as needed, with its list of variants. */
  private nodeOf(folded: readonly string[]): Node & { variants: VariantSpec[] } {
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
    return node as Node & { variants: VariantSpec[] };
  }

  /** Every variant, node by node, each node's in the order they were added: what a snapshot keeps (snapshot.ts). */
  variants(): VariantSpec[] {
    const out: VariantSpec[] = [];
    const stack: Node[] = [this.root];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.variants) out.push(...node.variants);
      if (node.next) for (const child of node.next.values()) stack.push(child);
    }
    return out;
  }

  /** Puts back variants `variants()` listed, already read: no folding, no duplicate test (the list has none). */
  restore(variants: readonly VariantSpec[]): void {
    for (const v of variants) {
      this.nodeOf(v.folded).variants.push(v);
      this.size++;
    }
  }

  /**
   * Leftmost-longest matches, non-overlapping, in text order. Tokens flagged
   * in `mask` (addresses, code: see exclusions.ts) are never part of a match.
   */
  scan(text: string, tokens: Tokens, from = 0, to = tokens.count, mask: Uint8Array | null = null): RawMatch[] {
    const out: RawMatch[] = [];
    const root = this.root.next as Map<number, Node>;
    if (root.size === 0) return out;
    const { hash, flags, start, end } = tokens;
    let i = from;
    while (i < to) {
      let node = root.get(hash[i]);
      if (node === undefined || (mask !== null && mask[i] === 1) || isWordChar(text, start[i] - 1)) {
        i++;
        continue;
      }
      let best: RawMatch | null = null;
      let j = i;
      for (;;) {
        if (node.variants !== null && !isWordChar(text, end[j])) {
          const v = accept(text, tokens, i, node.variants);
          if (v) best = { start: start[i], end: end[j], first: i, last: j, variant: v, candidates: accepted };
        }
        if (node.next === null || j + 1 >= to || (flags[j + 1] & TF.Join) === 0 || (mask !== null && mask[j + 1] === 1)) break;
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

function isAllCapitals(x: string): boolean {
  for (let i = 0; i < x.length; i++) {
    const ch = x[i];
    if (ch === ch.toLowerCase()) return false;
  }
  return true;
}

/** The candidates `accept` found besides the one it returned, when there are several (read right after the call). */
let accepted: VariantSpec[] | null = null;

/**
 * Confirms a candidate (hashes can collide; case may matter). Prefers a variant
 * that always counts, and among those one whose case is fixed (« chèque
 * énergie » as the entry writes it in lower case) over a phrase whose case is free.
 */
function accept(text: string, tokens: Tokens, first: number, variants: VariantSpec[]): VariantSpec | null {
  let fallback: VariantSpec | null = null;
  let more: VariantSpec[] | null = null;
  let phrase: VariantSpec | null = null;
  accepted = null;
  outer: for (const v of variants) {
    for (let t = 0; t < v.folded.length; t++) {
      const s = tokens.start[first + t];
      const e = tokens.end[first + t];
      if (!foldEquals(text, s, e, v.folded[t])) continue outer;
      const x = v.exact[t];
      if (x !== null && !exactEquals(text, s, e, x) && !(v.titleCase !== null && v.titleCase[t] && isTitleCaseOf(text, s, e, x))) continue outer;
    }
    if (!v.contextual) {
      if (!v.phrase) return v;
      phrase ??= v;
      continue;
    }
    if (!fallback) fallback = v;
    else if (v.target.id !== fallback.target.id && !(more ?? []).some((m) => m.target.id === v.target.id)) (more ??= [fallback]).push(v);
  }
  if (phrase) return phrase;
  accepted = more;
  return fallback;
}

/** « Sren » for « SREN »: one capital, then lower case. */
function isTitleCaseOf(text: string, s: number, e: number, x: string): boolean {
  const w = foldToken(text, s, e, true);
  return w.length === x.length && w[0] === x[0] && w.slice(1) === x.slice(1).toLowerCase();
}

/**
 * Merges two match lists into one leftmost-longest, non-overlapping list.
 * On the same span, `b` (the document's own names) wins: a document that
 * defines a spelling decides what it means.
 */
export function mergeMatches(a: RawMatch[], b: RawMatch[]): RawMatch[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const all: Array<[RawMatch, number]> = [];
  for (const m of a) all.push([m, 1]);
  for (const m of b) all.push([m, 0]);
  all.sort((x, y) => x[0].start - y[0].start || y[0].end - x[0].end || x[1] - y[1]);
  const out: RawMatch[] = [];
  let reach = -1;
  let lastFromKnowledge = false;
  for (const [m, fromKnowledge] of all) {
    if (m.start < reach) {
      // « le plan Eau potable Outre-mer » where the document names « Eau potable Outre-mer »: a known name that the
      // document's own runs past is the shorter reading of the document's name, which wins.
      if (!fromKnowledge && lastFromKnowledge && m.end > reach && out.length && m.start > out[out.length - 1].start) {
        out[out.length - 1] = m;
        reach = m.end;
        lastFromKnowledge = false;
      }
      continue;
    }
    out.push(m);
    reach = m.end;
    lastFromKnowledge = fromKnowledge === 1;
  }
  return out;
}
