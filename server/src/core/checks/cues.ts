// The lexicon (lexicon.ts) compiled once into a trie of folded words, and a
// sentence's words tagged with the roles of the cue phrases they start. A
// phrase match is leftmost-longest: « crédits de paiement » is one cue (a
// basis), so its « crédits » is not also a whole's noun. One pass per
// sentence, at most the longest phrase's length of look-ahead per word.

import { LEXICON, LexiconEntry, Role, formsOf } from './lexicon';
import { Item } from './words';

/** What one cue phrase says. */
export interface Cue {
  /** The roles the phrase plays (see `has`). */
  roles: ReadonlySet<Role>;
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
    for (const form of formsOf(e)) {
      const words = wordsOf(form);
      let n = root;
      for (const w of words) {
        let child = n.next.get(w);
        if (!child) n.next.set(w, (child = { next: new Map() }));
        n = child;
      }
      // One spelling may come from several entries (« an » is a unit and a duration): roles add up.
      const c = n.cue ?? { roles: new Set<Role>(), length: words.length };
      for (const r of e.roles) (c.roles as Set<Role>).add(r);
      if (e.value !== undefined) c.value = e.value;
      if (e.rank !== undefined) c.rank = e.rank;
      n.cue = c;
    }
  }
  return root;
}

/** A form cut as words.ts cuts text: at spaces, and after an elision's apostrophe (« l'an » → « l' », « an »). */
export function wordsOf(form: string): string[] {
  const out: string[] = [];
  for (const w of form.split(' ')) {
    const at = w.indexOf("'");
    if (at > 0 && at < w.length - 1) {
      out.push(w.slice(0, at + 1), w.slice(at + 1));
    } else if (w) out.push(w);
  }
  return out;
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
    if (!best) best = numericFraction(items, k);
    if (best) {
      out[k] = best;
      k += best.length;
    } else k++;
  }
  return out;
}

const FRACTION_ROLES: ReadonlySet<Role> = new Set<Role>(['fraction']);
const NUMERIC_FRACTIONS = new Map<string, Cue>();

/**
 * « soit 1/3 », « les 3/4 des communes »: a fraction in digits, written tight (no date: « 12/2024 », « 1/3/2025 »), its
 * denominator ten at most.
 */
function numericFraction(items: readonly Item[], k: number): Cue | undefined {
  const a = items[k];
  const slash = items[k + 1];
  const b = items[k + 2];
  if (!a || a.kind !== 'word' || !slash || slash.kind !== 'punct' || slash.ch !== '/' || !b || b.kind !== 'word') return undefined;
  if (a.end !== slash.start || slash.end !== b.start || !/^\d$/.test(a.f) || !/^\d{1,2}$/.test(b.f)) return undefined;
  const after = items[k + 3];
  if (after && after.kind === 'punct' && after.ch === '/' && after.start === b.end) return undefined;
  const n = Number(a.f);
  const d = Number(b.f);
  if (d < 2 || d > 10 || n < 1 || n >= d) return undefined;
  const key = a.f + '/' + b.f;
  let cue = NUMERIC_FRACTIONS.get(key);
  if (!cue) NUMERIC_FRACTIONS.set(key, (cue = { roles: FRACTION_ROLES, length: 3, value: n / d }));
  return cue;
}

/** True when the cue plays this role. */
export function has(cue: Cue | undefined, role: Role): boolean {
  return !!cue && cue.roles.has(role);
}

/** The cue of one folded word or phrase, out of any sentence (for tests and for callers with a single word). */
export function cueOf(folded: string): Cue | undefined {
  let n: Node | undefined = TRIE;
  for (const w of wordsOf(folded)) {
    n = n.next.get(w);
    if (!n) return undefined;
  }
  return n.cue;
}
