// Every occurrence of a known name in a document: built-in and glossary names
// from the knowledge index, plus the names the document defines itself. One
// tokenisation of the text, one trie walk per name set.

import { Definition, EntityKind, EntityMention, Span } from '../types';
import { DocumentStructure, parseStructure } from '../structure';
import { KnowledgeIndex } from './index';
import { MatchTarget, Mode, TokenTrie, RawMatch, VariantSpec, mergeMatches } from './trie';
import { Tokens, looseKey } from './normalize';
import { Ambiguity, choose, findAmbiguities } from './ambiguity';
import { excludedSpans } from './exclusions';
import { findDefinitions } from './definitions';
import { isBlank, isInlineBlank } from '../text/chars';

/** A definition found in the document, with what findDefinitions knows beyond the shared contract. */
export interface DocumentDefinition extends Definition {
  kind: EntityKind;
  /** The term is a name the document gives (not a spelling the knowledge base already knows). */
  invented: boolean;
  /**
   * Written as a definition (« ci-après », « dit », « baptisé », « Nom long (SIGLE) »),
   * not a glossary line: only these are expected before any use.
   */
  explicit?: boolean;
  /**
   * The document gives the spelling a meaning that is no name of ours
   * (« une PIA (Privacy Impact Assessment) »): the spelling is never marked in
   * it. Not part of the analysis's definitions.
   */
  generic?: boolean;
}

function isDocumentDefinition(d: Definition): d is DocumentDefinition {
  return typeof (d as DocumentDefinition).invented === 'boolean';
}

/**
 * The names a document invents, as a small trie of their own: with their
 * case (« le Programme » is not « le programme »), and in any other case only
 * with evidence (ambiguity.ts); the spellings it gives another meaning, blocked.
 */
export function documentTrie(knowledge: KnowledgeIndex, definitions: readonly Definition[]): { trie: TokenTrie | null; key: string } {
  let trie: TokenTrie | null = null;
  let key = '';
  for (const d of definitions) {
    if (isDocumentDefinition(d) && d.generic) {
      if (!trie) trie = new TokenTrie();
      trie.add(d.term, { id: '', kind: d.kind, canonical: d.term, origin: 'document' }, { exactCase: true, mode: Mode.Blocked });
      key += `${d.term}\u0000\u0000generic\u0001`;
      continue;
    }
    const invented = isDocumentDefinition(d) ? d.invented : knowledge.resolve(d.term)?.id !== d.id;
    if (!invented) continue;
    const known = knowledge.entry(d.id);
    const kind: EntityKind = known?.kind ?? (isDocumentDefinition(d) ? d.kind : 'label');
    if (!trie) trie = new TokenTrie();
    const target: MatchTarget = { id: d.id, kind, canonical: known?.canonical ?? d.term, origin: known ? known.origin : ('document' as const) };
    if (known?.gender) target.gender = known.gender;
    trie.add(d.term, target, { exactCase: true });
    trie.add(d.term, target, { mode: Mode.DocumentLoose });
    key += `${d.term}\u0000${d.id}\u0000${kind}\u0001`;
  }
  return { trie, key };
}

/** The known names of a text, as KnowledgeIndex.scan gives them. */
export interface KnownScan {
  tokens: Tokens;
  matches: RawMatch[];
  mask: Uint8Array | null;
}

/** Name matches in one text: known names and the document's own, and which of them are ambiguous. */
export interface NameScan {
  tokens: Tokens;
  matches: RawMatch[];
  /** The ambiguous matches, in text order, with the evidence around each. */
  ambiguities: Ambiguity[];
}

/**
 * Matches of known names and of the document's own names, leftmost-longest,
 * outside the `excluded` spans (addresses, code), with the tokens they were
 * found in.
 */
export function nameMatches(
  text: string,
  knowledge: KnowledgeIndex,
  extra: TokenTrie | null,
  structure: DocumentStructure,
  excluded: readonly Span[],
  scanned?: KnownScan,
): NameScan {
  const { tokens, matches: known, mask } = scanned ?? knowledge.scan(text, excluded);
  const matches = extra ? mergeMatches(known, extra.scan(text, tokens, 0, tokens.count, mask)) : known;
  return { tokens, matches, ambiguities: findAmbiguities(text, tokens, matches, structure, knowledge, mask) };
}

/** Entries named unambiguously somewhere: for their ambiguous phrases, that is evidence. */
export function addNamed(named: Set<string>, scan: Pick<NameScan, 'matches' | 'ambiguities'>): void {
  const { matches, ambiguities } = scan;
  let a = 0;
  for (let k = 0; k < matches.length; k++) {
    if (a < ambiguities.length && ambiguities[a].index === k) {
      a++;
      continue;
    }
    const v = matches[k].variant;
    if (v.mode === Mode.Blocked) continue;
    named.add(v.target.id);
  }
}

/** The mentions among the matches: ambiguous ones only where the evidence picks an entry. */
export function mentionsFrom(text: string, scan: Pick<NameScan, 'matches' | 'ambiguities'>, named: ReadonlySet<string>): EntityMention[] {
  const { matches, ambiguities } = scan;
  const out: EntityMention[] = [];
  let a = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    let v: VariantSpec | null = m.variant;
    if (a < ambiguities.length && ambiguities[a].index === k) v = choose(ambiguities[a++], named);
    if (v === null || v.mode === Mode.Blocked || vetoed(text, m, v)) continue;
    out.push(toMention(text, m, v));
  }
  return out;
}

/**
 * Mentions of known and document-defined names, in text order, never
 * overlapping (the longest name wins: « SecNumCloud 3.2 » over « SecNumCloud »),
 * never in addresses or code. Ambiguous spellings count only with evidence
 * (see ambiguity.ts). Without `given` definitions, the text's own are read.
 * `structure`, when the caller has it, saves parsing the text again.
 */
export function findEntities(
  text: string,
  knowledge: KnowledgeIndex,
  given?: readonly Definition[],
  options: { markdown?: boolean; structure?: DocumentStructure } = {},
): EntityMention[] {
  const markdown = options.markdown ?? true;
  const structure = options.structure ?? parseStructure(text, { markdown });
  const excluded = excludedSpans(text, structure, { markdown });
  // Without definitions given, the document's own are read (acronyms it introduces, names it gives).
  const definitions = given ?? findDefinitions(text, structure, knowledge, excluded);
  const scan = nameMatches(text, knowledge, documentTrie(knowledge, definitions).trie, structure, excluded);
  const named = new Set<string>();
  addNamed(named, scan);
  for (const d of definitions) if (!(isDocumentDefinition(d) && d.generic)) named.add(d.id);
  return mentionsFrom(text, scan, named);
}

/** A letter, as far as a word next to a name goes: ASCII letters and every letter-like code past Latin-1's symbols. */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !isBlank(c));
}

/** The word right before `at` on its line (blanks and an apostrophe between), folded to lower case without accents, or ''. */
function wordBeforeAt(text: string, at: number): string {
  let k = at;
  while (k > 0 && isInlineBlank(text.charCodeAt(k - 1))) k--;
  const end = k;
  // Names follow short words: past 24 letters it is no word this check looks for.
  while (k > 0 && end - k < 24 && isLetterCode(text.charCodeAt(k - 1))) k--;
  const word = text.slice(k, end);
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) if (word.charCodeAt(i) > 127) ascii = false;
  // Folding accents costs a normalisation: only words that have some pay it.
  return ascii ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The word right after `at` on its line, as written, or ''. */
function wordAfterAt(text: string, at: number): string {
  let k = at;
  while (k < text.length && isInlineBlank(text.charCodeAt(k))) k++;
  const start = k;
  while (k < text.length && k - start < 24 && isLetterCode(text.charCodeAt(k))) k++;
  return text.slice(start, k);
}

/** Nouns followed by an identifier in capitals (« lot AB », « annexe B », « bâtiment C »). */
const IDENTIFIER_NOUNS = new Set(['lot', 'lots', 'annexe', 'batiment', 'salle', 'tranche', 'categorie', 'serie', 'modele', 'etage', 'escalier', 'bloc', 'box', 'parcelle']);

const MASCULINE = new Set(['un', 'le', 'du', 'au']);
const FEMININE = new Set(['une', 'la']);

/** Short words of ordinary French that KB acronyms spell (« MOINS DE 3 ANS »): in a line of capitals, the word. */
const CAPITALISED_WORDS = new Set(['ans', 'art', 'cas', 'fin', 'mer', 'air', 'eau', 'vie', 'son', 'sur', 'par', 'les', 'des', 'une', 'don', 'mes', 'ses', 'tes', 'nos', 'vos', 'lot']);

function isCapitalWord(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/**
 * A match the words around it make another word:
 * « chez CGI » (a company, not a law or a programme: one is « chez » a body only),
 * « une PIA » for a name the entry says is masculine (« le PIA »),
 * « le lot AB » (a noun that numbers things, then letters),
 * « MOINS DE 3 ANS » (capitals all along the line: an acronym that spells a word is the word).
 */
function vetoed(text: string, m: RawMatch, v: VariantSpec): boolean {
  const written = text.slice(m.start, m.end);
  const before = wordBeforeAt(text, m.start);
  if (before === 'chez' && v.target.kind !== 'institution') return true;
  if (!isCapitalWord(written)) return false;
  // « le lot AB », « la salle CNIL »: letters after such a noun are a label, not a name.
  if (IDENTIFIER_NOUNS.has(before)) return true;
  const g = v.target.gender;
  if (g === 'm' && FEMININE.has(before)) return true;
  if (g === 'f' && MASCULINE.has(before)) return true;
  if (CAPITALISED_WORDS.has(written.toLowerCase())) {
    const after = wordAfterAt(text, m.end);
    const b = text.slice(Math.max(0, m.start - 40), m.start).match(/(\p{L}+)[^\p{L}]*$/u)?.[1] ?? '';
    if (isCapitalWord(b) && (after === '' || isCapitalWord(after)) && b.length >= 2) return true;
  }
  return false;
}

function toMention(text: string, m: RawMatch, v: VariantSpec): EntityMention {
  const t = v.target;
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
