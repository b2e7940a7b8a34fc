// The lexicon (lexicon.ts) compiled once into a trie of folded words, and a
// sentence's words tagged with the roles of the cue phrases they start. A
// phrase match is leftmost-longest: « crédits de paiement » is one cue (a
// basis), so its « crédits » is not also a whole's noun. One pass per
// sentence, at most the longest phrase's length of look-ahead per word.

import { LEXICON, LexiconEntry, Role, formsOf } from './lexicon';
import { Item } from './words';

const ROLES: readonly Role[] = [
  'total', 'whole-noun', 'sum-noun', 'anaphora', 'distribution', 'origin', 'allocation', 'complete', 'partial', 'closure', 'remainder', 'basis',
  'stop', 'extra', 'stage', 'rise', 'fall', 'change', 'factor', 'points', 'times', 'comparison', 'revision', 'per', 'yearly', 'duration',
  'years', 'share-verb', 'fraction', 'attach', 'partition', 'ratio',
];
// Roles are bits of one 32-bit integer: JavaScript's bitwise operators work on 32 bits.
if (ROLES.length > 32) throw new Error('the cue lexicon has more roles than bits');
const BIT = new Map<Role, number>(ROLES.map((r, i) => [r, 1 << i]));

export function roleBit(r: Role): number {
  return BIT.get(r)!;
}

/** What one cue phrase says. */
export interface Cue {
  /** Bit set of roles (see `has`). */
  roles: number;
  /** How many word items the phrase spans. */
  length: number;
  /** For factor and fraction words. */
  value?: number;
  /** For stage words. */
  rank?: number;
}

interface Node {
  next: Map<string, Node>;
  cue?: Cue;
}

function compile(entries: readonly LexiconEntry[]): Node {
  const root: Node = { next: new Map() };
  for (const e of entries) {
    let bits = 0;
    for (const r of e.roles) bits |= roleBit(r);
    for (const form of formsOf(e)) {
      const words = form.split(' ');
      let n = root;
      for (const w of words) {
        let child = n.next.get(w);
        if (!child) n.next.set(w, (child = { next: new Map() }));
        n = child;
      }
      // One spelling may come from several entries (« an » is a unit and a duration): roles add up.
      const c: Cue = n.cue ?? { roles: 0, length: words.length };
      c.roles |= bits;
      if (e.value !== undefined) c.value = e.value;
      if (e.rank !== undefined) c.rank = e.rank;
      n.cue = c;
    }
  }
  return root;
}

const TRIE = compile(LEXICON);

/**
 * The cue starting at each item (undefined where none does, and inside a
 * longer phrase). Only word items take part; punctuation and figures end a
 * phrase.
 */
export function tagCues(items: readonly Item[]): (Cue | undefined)[] {
  const out: (Cue | undefined)[] = new Array(items.length);
  let k = 0;
  while (k < items.length) {
    let n: Node | undefined = TRIE;
    let best: Cue | undefined;
    for (let j = k; j < items.length; j++) {
      const it = items[j];
      if (it.kind !== 'word') break;
      n = n.next.get(it.f);
      if (!n) break;
      if (n.cue) best = n.cue;
    }
    if (best) {
      out[k] = best;
      k += best.length;
    } else k++;
  }
  return out;
}

/** True when the cue plays this role. */
export function has(cue: Cue | undefined, role: Role): boolean {
  return !!cue && (cue.roles & roleBit(role)) !== 0;
}

/** The cue of one folded word or phrase, out of any sentence (for tests and for callers with a single word). */
export function cueOf(folded: string): Cue | undefined {
  let n: Node | undefined = TRIE;
  for (const w of folded.split(' ')) {
    n = n.next.get(w);
    if (!n) return undefined;
  }
  return n.cue;
}
