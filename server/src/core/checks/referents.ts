// The things a chunk has named so far, for the words that later stand for them.
//
// A writer names a fund once in full (« le fonds « Inclusion numérique
// Bretagne-Sud » (FINBS) ») and then says « ce fonds », « le plan » or only the
// capitalised words of its name (« Cap Lycées » for « le plan Cap Lycées »).
// Two readings are safe enough to give such words the thing's identity:
//   - a demonstrative with a kind noun (« ce fonds », « cette stratégie ») is the
//     latest thing named with that noun;
//   - a definite kind noun alone (« le plan », « du dispositif »), and the
//     capitalised words of a name, stand for a thing only when one thing so far
//     was named with that noun (or those words): two plans make « le plan »
//     ambiguous, and an ambiguous word stays unread.
// The claims' own period, scope, purpose and basis still decide whether the two
// amounts may be compared (conflicts.ts).

import { EntityMention } from '../types';
import { Item, foldString, isPunct, isWord } from './words';
import { View } from './find/region';
import { has } from './cues';

/** Heads of noun phrases that name a programme, fund or body the document may repeat: « le fonds régional d’aide à la presse ». */
export const HEADS: ReadonlySet<string> = new Set([
  'fonds', 'plan', 'programme', 'dispositif', 'projet', 'contrat', 'pacte', 'schema', 'strategie', 'operation', 'agence', 'office', 'etablissement',
  'syndicat', 'observatoire', 'initiative', 'festival', 'reseau', 'chantier', 'universite', 'ecole', 'hopital', 'institut', 'centre', 'musee',
  'association', 'fondation', 'metropole', 'communaute', 'region', 'departement', 'commune', 'ville', 'conservatoire', 'theatre',
  // « le Pass Jeunesse Avenir », « le chèque énergie », « le bouclier tarifaire », « le pôle Mer », « le campus des métiers ».
  'pass', 'cheque', 'bouclier', 'pole', 'campus',
  // Facilities a text gives a cost: « la Maison des solidarités », « la médiathèque Louise-Michel ».
  'maison', 'mediatheque', 'bibliotheque', 'piscine', 'gymnase', 'college', 'lycee', 'halle', 'caserne', 'stade',
]);

/** Kind nouns a writer uses for a public scheme of any of the others' kinds (« le dispositif » for a fund or a pass). */
const ANY_SCHEME = 'dispositif';
const SCHEMES: ReadonlySet<string> = new Set(['fonds', 'plan', 'programme', 'dispositif', 'pass', 'cheque', 'bouclier', 'pacte', 'contrat']);

/** Nouns of means that, after a demonstrative only, stand for the latest scheme named (« cet outil », « ce mécanisme »). */
const GENERIC_SCHEMES: ReadonlySet<string> = new Set(['outil', 'instrument', 'mecanisme', 'levier']);

/** Bodies and places take their amounts by name: « la région », « la commune » are never read as one named before. */
export const NOT_STANDING: ReadonlySet<string> = new Set(['region', 'departement', 'commune', 'ville', 'metropole', 'communaute']);

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['ce', 'cet', 'cette']);
const DEFINITES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'du', 'au']);
/** Articles a name's capitalised words may hold (« Plan Vélo de la Côte »). */
const LINKS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'la', 'le', "l'", 'les', 'et']);

export function isCapitalised(it: Item | undefined): boolean {
  if (!it || it.kind !== 'word') return false;
  const c = it.raw.charAt(0);
  return c !== c.toLowerCase();
}

export class Referents {
  /** Per kind noun, the latest mention of each distinct thing named with it, and the latest of them all. */
  private readonly byHead = new Map<string, { ids: Map<string, EntityMention>; latest: EntityMention }>();
  /** Every noted mention, in text order (sentences noted late are inserted in place): for namedWithin. */
  private readonly inOrder: EntityMention[] = [];
  /** The capitalised words after a name's kind noun (« cap lycees »), by their first word: several things → null. */
  private readonly aliases = new Map<string, { words: string[]; mention: EntityMention | null }[]>();

  /** Notes the things the view names: `mentions` are the view's, in text order. */
  note(v: View, mentions: readonly EntityMention[]): void {
    for (const m of mentions) {
      const at = itemIndex(v.items, m.start);
      const head = headOf(v, m, at);
      if (!head) continue;
      const entry = this.byHead.get(head);
      if (!entry) this.byHead.set(head, { ids: new Map([[m.id, m]]), latest: m });
      else {
        const known = entry.ids.get(m.id);
        if (!known || known.start < m.start) entry.ids.set(m.id, m);
        if (entry.latest.start < m.start) entry.latest = m;
      }
      // Sentences without figures are noted late: insert in text order (they come just before the latest notes).
      let i = this.inOrder.length;
      while (i > 0 && this.inOrder[i - 1].start > m.start) i--;
      this.inOrder.splice(i, 0, m);
      this.noteAlias(v, m, at, head);
    }
  }

  /**
   * The words of the view that stand for a thing named before (« ce fonds », « le plan », « Cap Lycées »), as
   * mentions of that thing spanning those words; none that overlap `mentions` or name a thing the view names itself.
   */
  standIns(v: View, mentions: readonly EntityMention[]): EntityMention[] {
    const out: EntityMention[] = [];
    const { items } = v;
    const taken = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
    const named = (id: string) => mentions.some((m) => m.id === id) || out.some((m) => m.id === id);
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.kind !== 'word') continue;
      let found: EntityMention | null = null;
      let from = k;
      let to = k;
      const det = items[k - 1];
      // « Doté de 12 M€, cet outil … »: a demonstrative with a generic noun of means is the latest scheme named.
      if (GENERIC_SCHEMES.has(it.f) && isWord(det, ...DEMONSTRATIVES)) {
        found = this.latest(ANY_SCHEME);
        from = k - 1;
      } else if (HEADS.has(it.f) && !NOT_STANDING.has(it.f) && det?.kind === 'word') {
        // « de ce fonds » spans the demonstrative; « du fonds », « le plan » the noun only, as a name's mention would.
        const demonstrative = DEMONSTRATIVES.has(det.f);
        if (demonstrative) {
          found = this.latest(it.f);
          from = k - 1;
        } else if (DEFINITES.has(det.f) && bareNoun(items, k)) found = this.only(it.f);
        // « Les 7,5 M€ du fonds permettront… » under a heading after the one that named the fund: nothing of that kind
        // was named in this chunk, so the noun stands for a thing of an earlier one, which the document-wide judge
        // resolves (HEAD): the one thing given an amount with that noun so far, if there is exactly one.
        if (!found && (demonstrative || (DEFINITES.has(det.f) && bareNoun(items, k))) && !this.namedWith(it.f) && !taken(items[from].start, it.end)) {
          out.push({ start: items[from].start, end: it.end, text: it.f, id: HEAD + it.f, kind: 'programme', canonical: it.f, origin: 'document' });
          continue;
        }
      } else if (isCapitalised(it) && !HEADS.has((items[k - 1] as { f?: string } | undefined)?.f ?? '')) {
        const alias = this.aliasAt(items, k);
        if (alias) {
          found = alias.mention;
          to = alias.end;
        } else {
          // Not a name of this chunk: a name of an earlier one, maybe (« Les 4,8 M€ de Cap Numérique Seniors » two
          // sections after « le programme Cap Numérique Seniors »). The document-wide judge resolves it (ALIAS).
          const loose = looseAlias(v, k);
          if (loose && !taken(items[loose.start].start, items[loose.end].end)) {
            out.push({ start: items[loose.start].start, end: items[loose.end].end, text: loose.words.join(' '), id: ALIAS + loose.words.join(' '), kind: 'programme', canonical: loose.words.join(' '), origin: 'document' });
            k = loose.end;
          }
          continue;
        }
      }
      if (!found || named(found.id) || taken(items[from].start, items[to].end)) continue;
      out.push({ ...found, start: items[from].start, end: items[to].end });
      k = to;
    }
    return out;
  }

  /** The distinct things noted within a span (a sentence), in text order. */
  namedWithin(span: { start: number; end: number }): EntityMention[] {
    const out: EntityMention[] = [];
    let lo = 0;
    let hi = this.inOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.inOrder[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.inOrder.length && this.inOrder[i].start < span.end; i++) {
      const m = this.inOrder[i];
      if (m.end <= span.end && !out.some((x) => x.id === m.id)) out.push(m);
      if (out.length > 8) break;
    }
    return out;
  }

  /** Whether the view holds a determiner and a kind noun that may stand for a thing named before. */
  mayStand(v: View): boolean {
    const { items } = v;
    for (let k = 1; k < items.length; k++) {
      const it = items[k];
      if (it.kind === 'word' && HEADS.has(it.f) && (isWord(items[k - 1], ...DEMONSTRATIVES) || isWord(items[k - 1], ...DEFINITES))) return true;
      if (it.kind === 'word' && GENERIC_SCHEMES.has(it.f) && isWord(items[k - 1], ...DEMONSTRATIVES)) return true;
    }
    return false;
  }

  /** The latest thing named with `head` (any scheme for « dispositif »). */
  private latest(head: string): EntityMention | null {
    let best: EntityMention | null = null;
    for (const h of head === ANY_SCHEME ? SCHEMES : [head]) {
      const e = this.byHead.get(h);
      if (e && (!best || e.latest.start > best.start)) best = e.latest;
    }
    return best;
  }

  /** Whether anything was named with `head` (any scheme for « dispositif ») in this chunk so far. */
  private namedWith(head: string): boolean {
    for (const h of head === ANY_SCHEME ? SCHEMES : [head]) if (this.byHead.has(h)) return true;
    return false;
  }

  /** The one thing named with `head`, or null when none or several were. */
  private only(head: string): EntityMention | null {
    let one: EntityMention | null = null;
    for (const h of head === ANY_SCHEME ? SCHEMES : [head]) {
      const e = this.byHead.get(h);
      if (!e) continue;
      for (const m of e.ids.values()) {
        if (one && one.id !== m.id) return null;
        one = m;
      }
    }
    return one;
  }

  private noteAlias(v: View, m: EntityMention, at: number, head: string): void {
    if (at < 0 || !m.id.startsWith('np:')) return;
    const { items } = v;
    // The kind noun opens the phrase's own mention; its capitalised words follow.
    let k = at;
    if (!(items[k]?.kind === 'word' && (items[k] as { f: string }).f === head)) return;
    const words: string[] = [];
    // « le contrat de ville « Horizon Quartiers » »: a quoted name after the kind noun's complement.
    for (let q = k + 2; q < items.length && items[q].start < m.end && q <= k + 4; q++) {
      if (!isPunct(items[q], '«', '"', '“')) continue;
      k = q - 1;
      break;
    }
    // « le programme « Scènes partagées » »: a quoted name is its words, whatever their case.
    const quoted = isPunct(items[k + 1], '«', '"', '“');
    for (k += quoted ? 2 : 1; k < items.length && items[k].start < m.end; k++) {
      const w = items[k];
      if (w.kind !== 'word') break;
      if (quoted || isCapitalised(w)) words.push(w.f);
      else if (!(LINKS.has(w.f) && words.length > 0)) break;
    }
    // « le dispositif Pass'Réussite »: one word may be the name when it joins two (an apostrophe or a hyphen inside).
    const joined = words.length === 1 && words[0].length >= 6 && /['-]./.test(words[0]);
    if ((words.length < 2 && !joined) || !isCapitalised(items[quoted ? at + 2 : at + 1])) return;
    const list = this.aliases.get(words[0]) ?? [];
    const same = list.find((x) => x.words.join(' ') === words.join(' '));
    // A few names per first word: beyond, a hostile text would make each capitalised word cost them all.
    if (!same) {
      if (list.length < 8) list.push({ words, mention: m });
    } else if (same.mention && same.mention.id !== m.id) same.mention = null;
    this.aliases.set(words[0], list);
  }

  /** The alias whose words start at item k, the longest; its last item. */
  private aliasAt(items: readonly Item[], k: number): { mention: EntityMention | null; end: number } | null {
    const list = this.aliases.get((items[k] as { f: string }).f);
    if (!list) return null;
    let best: { mention: EntityMention | null; end: number } | null = null;
    for (const a of list) {
      let q = k;
      let i = 0;
      while (i < a.words.length && q < items.length) {
        const w = items[q];
        if (w.kind !== 'word') break;
        if (w.f === a.words[i]) i++;
        else if (!LINKS.has(w.f)) break;
        q++;
      }
      if (i === a.words.length && (!best || q - 1 > best.end)) best = { mention: a.mention, end: q - 1 };
    }
    return best;
  }
}

/** The id prefix of a name's capitalised words the chunk cannot resolve; judgeClaims gives them the earlier name they end. */
export const ALIAS = 'alias:';
/** The id prefix of a kind noun (« le fonds », « ce plan ») naming nothing of its chunk; judgeClaims gives it the one earlier thing of that kind. */
export const HEAD = 'head:';

/**
 * Two capitalised words or more from item k (links between), where a name may stand: opening the sentence or a quote
 * (« Cap Numérique Seniors est doté de … », « « Horizon Quartiers, ce sont … » »), or after « de » right after an
 * amount (« les 4,8 M€ de Cap Numérique Seniors »), or after a participle of allocation and « à » (« 3,8 M€ consacrés à
 * Passerelle Océan »). Their folded words, without links, and their last item.
 */
/** Words that open a sentence by linking it to the one before, never the first word of a name. */
const SENTENCE_LINKS = ['mais', 'et', 'or', 'donc', 'puis', 'ainsi', 'enfin', 'pourtant', 'cependant', 'toutefois', 'aussi', 'ensuite', 'car', 'alors', 'certes', 'bref'];

/** Civil titles, folded (« M. » is cut to « m »): the capitalised words after them name a person. */
const CIVIL_TITLES: ReadonlySet<string> = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'monsieur', 'madame', 'messieurs', 'mesdames', 'me', 'maitre', 'dr', 'docteur', 'pr', 'professeur']);

function looseAlias(v: View, k: number): { words: string[]; start: number; end: number } | null {
  const { items } = v;
  let p = k - 1;
  while (p >= 0 && isPunct(items[p], '«', '"', '“', '*', '_')) p--;
  const opens = p < 0 || isPunct(items[p], ':', '.', '!', '?');
  // « les 4,8 M€ de Cap Numérique Seniors », « 3,8 M€ consacrés à Passerelle Océan »: the name an amount is of or given to.
  const ofAmount = (isWord(items[k - 1], 'de', "d'", 'du', 'des') && items[k - 2]?.kind === 'amount') || (isWord(items[k - 1], 'a', 'au', 'aux') && has(v.cues[k - 2], 'allocation') && items[k - 3]?.kind === 'amount');
  if (!opens && !ofAmount) return null;
  // « Mais Cap Emploi Senior, avec ses 2,6 M€, … »: a sentence's first word is capitalised whatever it is; a word that
  // links it to the one before is no part of a name.
  let from = k;
  if (opens && isWord(items[k], ...SENTENCE_LINKS) && items[k + 1]?.kind === 'word' && isCapitalised(items[k + 1])) from = k + 1;
  const words: string[] = [];
  let capitalised = 0;
  let end = from;
  for (let q = from; q < items.length && q < from + 8; q++) {
    const w = items[q];
    if (w.kind !== 'word') break;
    // « les 9,2 M€ de Cap 16-25 »: after an amount's « de », a number right after a capitalised word belongs to the name
    // (at a sentence's start, « En 2025 », « Article 3 » are no names).
    if (isCapitalised(w)) {
      words.push(w.f);
      capitalised++;
      end = q;
    } else if (ofAmount && words.length > 0 && /^\d/.test(w.raw) && isCapitalised(items[q - 1] as Item)) {
      words.push(w.f);
      end = q;
    } else if (!LINKS.has(w.f) || words.length === 0) break;
  }
  if (capitalised < 2 && !(ofAmount && capitalised === 1 && words.length >= 2)) return null;
  // « Mme Le Goff, rapporteure, … », « M. Perrin »: a civil title opens a person's name, never a thing's.
  if (CIVIL_TITLES.has(words[0])) return null;
  // « Le Département », « La Région » at a sentence's start are one capitalised word after an article.
  return words.length >= 2 && !LINKS.has(words[0]) ? { words, start: from, end } : null;
}

/** « le plan, », « le plan prévoit », « prévus par le plan. »: a kind noun that no name's words follow. */
function bareNoun(items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  if (!next || next.kind !== 'word') return !next || isPunct(next, ',', '.', ';', ':', ')');
  // « le plan de relance », « le fonds « X » », « le plan Vélo »: words that go on naming (a phrase of two words or
  // more, « le plan régional », is a mention of its own and never stands for another).
  return !isCapitalised(next) && !isWord(next, 'de', "d'", 'du', 'des', 'pour', 'au', 'aux', 'en', 'sur', 'contre');
}

function itemIndex(items: readonly Item[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < items.length && items[lo].start <= offset ? lo : -1;
}

/** The kind noun a mention was named with: its own first word, or within the three words before it (quotes aside). */
export function headOf(v: View, m: EntityMention, at: number): string {
  const first = foldString(m.canonical || m.text).split(/[^a-z0-9-]+/)[0];
  if (HEADS.has(first)) return first;
  // « le programme Petites villes de demain »: a known name whose mention takes in the kind noun written before it.
  const written = at >= 0 ? v.items[at] : undefined;
  if (written?.kind === 'word' && HEADS.has(written.f) && written.start === m.start) return written.f;
  if (at < 0) return '';
  for (let q = at - 1, words = 0; q >= 0 && words < 3; q--) {
    const it = v.items[q];
    if (it.kind === 'punct') {
      if ('«»"“”*_'.includes(it.ch)) continue;
      break;
    }
    if (it.kind !== 'word') break;
    if (HEADS.has(it.f)) return it.f;
    words++;
  }
  return '';
}
