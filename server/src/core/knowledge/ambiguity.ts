// Ambiguous spellings count only with evidence.
//
// Three sorts of matches are ambiguous:
//   - data:     a spelling the knowledge base lists in `contextVariants` (a short
//               acronym with other meanings, « SNC », « DGA »; a phrase that is
//               also ordinary French);
//   - phrase:   a short name of a programme, plan, strategy, doctrine or label
//               (two words that carry meaning at most) written as ordinary
//               French: all in lower case, or without a capital the entry
//               writes (« la France relance son programme », « sa stratégie
//               quantique », « un grand emprunt obligataire »);
//   - document: a name the document defines, written in another case
//               (« numérique inclusif » after the label « Numérique Inclusif »).
//
// Evidence found around the match, once per chunk (this module):
//   proper    a phrase written with the entry's capitals (« la doctrine Cloud au
//             centre »); one capitalised word is any proper noun, so not for it;
//   quoted    the whole name between quotes (« « cloud au centre » »);
//   cue       right after a noun of the entry's kind (« labellisés numérique
//             inclusif », « la qualification secnumcloud »);
//   context   one of the entry's `context` words in the same paragraph (outside
//             the entry's own names), found in one pass over the chunk's tokens;
//   veto      after a possessive, demonstrative or indefinite determiner
//             (« sa stratégie quantique »): a common noun, whatever else is found.
// Evidence from the rest of the document (mentions.ts, when the document-wide
// lists are known): the entry named plainly elsewhere (for phrases, not for
// acronyms: an acronym counts once the document introduces it, « Stratégie
// nationale pour le cloud (SNC) », which definitions.ts reads), or an entry of
// a workspace glossary.
// Among entries sharing a spelling, the strongest evidence wins; a tie, none.

import { EntityKind, Span } from '../types';
import { DocumentStructure, indexAt } from '../structure';
import type { KnowledgeIndex } from './index';
import { Mode, RawMatch, VariantSpec } from './trie';
import { CharClass, TF, Tokens, charClass, foldEquals, foldToken } from './normalize';

export const enum Evidence {
  Proper = 1,
  Quoted = 2,
  Cue = 4,
  Context = 8,
  Veto = 16,
  Capitals = 32,
}

export const enum Sort {
  Data = 0,
  Phrase = 1,
  Document = 2,
}

export interface Ambiguity {
  /** Index of the match in its list. */
  index: number;
  sort: Sort;
  /** The entries the spelling may stand for (one, unless entries share it). */
  candidates: VariantSpec[];
  /** Per candidate: the evidence found around the match (`Evidence` bits). */
  evidence: number[];
}

/** Kinds whose short names ordinary French may spell: a law, a court or a tax is named in full or not at all. */
const PHRASE_KINDS = new Set<EntityKind>(['programme', 'plan', 'strategy', 'doctrine', 'fund', 'label', 'qualification']);

type Family = 'programme' | 'label' | 'law' | 'institution' | 'tax';

function family(kind: EntityKind): Family {
  switch (kind) {
    case 'label':
    case 'qualification':
      return 'label';
    case 'law':
    case 'regulation':
      return 'law';
    case 'institution':
      return 'institution';
    case 'tax':
      return 'tax';
    default:
      return 'programme';
  }
}

/** Nouns and participles that announce a name of a kind (folded, as foldToken gives them). */
const CUES = new Map<string, Family>([
  ['label', 'label'], ['labellise', 'label'], ['labellisee', 'label'], ['labelise', 'label'], ['labelisee', 'label'],
  ['labellisation', 'label'], ['labelisation', 'label'], ['marque', 'label'], ['certification', 'label'], ['certifie', 'label'],
  ['certifiee', 'label'], ['qualification', 'label'], ['qualifie', 'label'], ['qualifiee', 'label'], ['norme', 'label'],
  ['referentiel', 'label'], ['visa', 'label'],
  ['programme', 'programme'], ['plan', 'programme'], ['dispositif', 'programme'], ['strategie', 'programme'], ['doctrine', 'programme'],
  ['fond', 'programme'], ['fonds', 'programme'], ['initiative', 'programme'], ['pacte', 'programme'], ['circulaire', 'programme'],
  ['politique', 'programme'], ['volet', 'programme'],
  ['loi', 'law'], ['reglement', 'law'], ['directive', 'law'], ['decret', 'law'], ['ordonnance', 'law'], ['code', 'law'], ['arret', 'law'],
  ['traite', 'law'],
  ['agence', 'institution'], ['autorite', 'institution'], ['direction', 'institution'], ['ministere', 'institution'],
  ['commission', 'institution'], ['conseil', 'institution'], ['cour', 'institution'], ['office', 'institution'], ['institut', 'institution'],
  ['taxe', 'tax'], ['impot', 'tax'], ['contribution', 'tax'],
]);

/** Words between a cue and the name: « le programme du Grand emprunt ». */
const LINKS = new Set(['de', 'du', 'd', 'des']);

/** Determiners that make a phrase a common noun: « sa stratégie », « un grand emprunt », « cette doctrine ». */
const VETOES = new Set([
  'un', 'une', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'ce', 'cet', 'cette',
  'ces', 'chaque', 'quel', 'quelle', 'aucun', 'aucune', 'tout', 'toute',
]);

/** Articles that tell a name's gender (elided « l’ » tells none). */
const GENDERED = new Map<string, 'm' | 'f'>([['le', 'm'], ['du', 'm'], ['au', 'm'], ['la', 'f']]);

/** The token after `last` is a year (« 2025 », « 2024-2030 »), on the same line right after it. */
function yearAfter(text: string, tokens: Tokens, last: number): boolean {
  const t = last + 1;
  if (t >= tokens.count || (tokens.flags[t] & TF.Tight) === 0) return false;
  const s = tokens.start[t];
  if (tokens.end[t] - s !== 4) return false;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  return (c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48);
}

/** Whether the token starts its sentence (so its capital says nothing). Table cells and unknown places count as starts. */
function sentenceInitial(structure: DocumentStructure, tokens: Tokens, i: number): boolean {
  const s = indexAt(structure.sentences, tokens.start[i]);
  if (s < 0) return true;
  return i === 0 || tokens.end[i - 1] <= structure.sentences[s].start;
}

function isBlankAt(text: string, i: number): boolean {
  const k = charClass(text.charCodeAt(i));
  return k === CharClass.Blank;
}

/** The whole match between a pair of quotes. */
function isQuoted(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && start - a <= 3 && isBlankAt(text, a)) a--;
  let b = end;
  while (b < text.length && b - end <= 3 && isBlankAt(text, b)) b++;
  if (a < 0 || b >= text.length) return false;
  const o = text.charCodeAt(a);
  const c = text.charCodeAt(b);
  return (o === 0xab && c === 0xbb) || (o === 0x201c && c === 0x201d) || (o === 34 && c === 34) || (o === 0x2018 && c === 0x2019);
}

/** Every letter of the match in capitals (a heading, a banner): the case tells nothing, but it is no ordinary phrase. */
function allCapitals(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (charClass(c) !== CharClass.Letter) continue;
    const ch = text[i];
    if (ch === ch.toLowerCase() && ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters > 1;
}

/**
 * The folded word before token `i`, or '': on the same line, with nothing but
 * spaces between (and, when `quotes`, opening quotes or emphasis marks).
 */
function wordBefore(text: string, tokens: Tokens, i: number, quotes: boolean): string {
  if (i <= 0) return '';
  for (let k = tokens.start[i] - 1; k >= tokens.end[i - 1]; k--) {
    const c = text.charCodeAt(k);
    const cls = charClass(c);
    if (cls === CharClass.Blank || (cls === CharClass.Joiner && c !== 40 && c !== 41 && c !== 47)) continue;
    if (quotes && (c === 0xab || c === 0x201c || c === 34 || c === 42 || c === 95)) continue;
    return '';
  }
  return foldToken(text, tokens.start[i - 1], tokens.end[i - 1]);
}

/** The folded word right after token `i`, blanks only between (none across punctuation), or ''. */
function wordAfter(text: string, tokens: Tokens, i: number): string {
  if (i + 1 >= tokens.count) return '';
  for (let k = tokens.end[i]; k < tokens.start[i + 1]; k++) if (charClass(text.charCodeAt(k)) !== CharClass.Blank) return '';
  return foldToken(text, tokens.start[i + 1], tokens.end[i + 1]);
}

/** Words after a phrase that give it an owner (« le pavillon bleu du parc », « le plan vélo de la commune »). */
const OWNERS = new Set(['du', 'de', 'des', 'd']);

interface CaseState {
  /** A capital the entry writes is missing. */
  lost: boolean;
  /** A capital that is not just the sentence's first letter. */
  capital: boolean;
}

function caseState(structure: DocumentStructure, tokens: Tokens, m: RawMatch, v: VariantSpec): CaseState {
  let lost = false;
  let capital = false;
  // « le label Greenfin » for « Label Greenfin »: the kind noun the name opens with may drop its capital.
  const head = v.folded.length >= 2 && CUES.get(v.folded[0]) === family(v.target.kind) ? 1 : 0;
  for (let t = 0; t <= m.last - m.first; t++) {
    const up = (tokens.flags[m.first + t] & TF.Capital) !== 0;
    if (v.capitals[t] && !up && t >= head) lost = true;
    if (up && (t > 0 || !sentenceInitial(structure, tokens, m.first))) capital = true;
  }
  return { lost, capital };
}

/** The ambiguous matches of a chunk, with the evidence around each. */
export function findAmbiguities(
  text: string,
  tokens: Tokens,
  matches: readonly RawMatch[],
  structure: DocumentStructure,
  knowledge: KnowledgeIndex,
  mask: Uint8Array | null,
): Ambiguity[] {
  const out: Ambiguity[] = [];
  let context = false;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const v = m.variant;
    let sort: Sort;
    let state: CaseState | null = null;
    if (v.mode === Mode.Blocked) continue;
    if (v.mode === Mode.Contextual) sort = Sort.Data;
    else if (v.mode === Mode.DocumentLoose) sort = Sort.Document;
    else if (v.phrase && v.content <= 2 && v.folded.length >= 2 && v.target.origin === 'builtin' && PHRASE_KINDS.has(v.target.kind)) {
      state = caseState(structure, tokens, m, v);
      if (!state.lost && state.capital) continue;
      sort = Sort.Phrase;
    } else continue;
    const candidates = m.candidates ?? [v];
    const evidence: number[] = [];
    const quoted = isQuoted(text, m.start, m.end);
    // « sa stratégie quantique » (right before it), « la doctrine « cloud au centre » » (quotes between).
    const before = wordBefore(text, tokens, m.first, false);
    const lead = wordBefore(text, tokens, m.first, true);
    let cue = CUES.get(lead);
    if (cue === undefined && LINKS.has(lead) && m.first > 0) cue = CUES.get(wordBefore(text, tokens, m.first - 1, false));
    const year = yearAfter(text, tokens, m.last);
    for (const c of candidates) {
      let ev = 0;
      if (quoted) ev |= Evidence.Quoted;
      // « la LFI 2025 », « la LPM 2024-2030 »: a year right after an act's acronym dates the act.
      if (year && family(c.target.kind) === 'law' && !c.phrase) ev |= Evidence.Cue;
      // « le PIA », « du PIA » for a name the entry says is masculine (« une PIA » is another word: mentions.ts).
      if (c.target.gender !== undefined && !c.phrase && GENDERED.get(before) === c.target.gender) ev |= Evidence.Cue;
      if (cue !== undefined && cue === family(c.target.kind)) ev |= Evidence.Cue;
      if (c.phrase) {
        if (VETOES.has(before)) ev |= Evidence.Veto;
        const st = state && c === v ? state : caseState(structure, tokens, m, c);
        // Written in lower case and given an owner, the phrase is a common noun for one thing of that owner, not the
        // name: « dans le pavillon bleu du parc des expositions ».
        if (st.lost && OWNERS.has(wordAfter(text, tokens, m.last))) ev |= Evidence.Veto;
        // One capitalised word is any proper noun (« le Phare de Cordouan »): only a phrase's capitals tell it is this name.
        if (!st.lost && st.capital && c.capitals.some((x) => x) && c.folded.length >= 2) ev |= Evidence.Proper;
      }
      if (sort === Sort.Document && allCapitals(text, m.start, m.end)) ev |= Evidence.Capitals;
      if (sort !== Sort.Document && knowledge.hasContext(c.target.id)) context = true;
      evidence.push(ev);
    }
    out.push({ index: k, sort, candidates, evidence });
  }
  if (context) contextEvidence(text, tokens, matches, structure, knowledge, mask, out);
  return out;
}

/** Where context words stand in the chunk: one pass over its tokens. */
function contextEvidence(
  text: string,
  tokens: Tokens,
  matches: readonly RawMatch[],
  structure: DocumentStructure,
  knowledge: KnowledgeIndex,
  mask: Uint8Array | null,
  ambiguities: Ambiguity[],
): void {
  const words = knowledge.contextWords;
  const hitStart: number[] = [];
  const hitIds: string[][] = [];
  const { hash, start, end, flags, count } = tokens;
  for (let i = 0; i < count; i++) {
    const list = words.get(hash[i]);
    if (list === undefined || (mask !== null && mask[i] === 1)) continue;
    for (const w of list) {
      const n = w.hashes.length;
      if (i + n > count) continue;
      let ok = foldEquals(text, start[i], end[i], w.folded[0]);
      for (let t = 1; ok && t < n; t++) ok = hash[i + t] === w.hashes[t] && (flags[i + t] & TF.Join) !== 0 && foldEquals(text, start[i + t], end[i + t], w.folded[t]);
      if (ok) {
        hitStart.push(start[i]);
        hitIds.push(w.ids);
      }
    }
  }
  if (hitStart.length === 0) return;
  for (const a of ambiguities) {
    if (a.sort === Sort.Document) continue;
    const m = matches[a.index];
    const w = windowOf(structure, m.start);
    let h = lowerBound(hitStart, w.start);
    for (; h < hitStart.length && hitStart[h] < w.end; h++) {
      for (let c = 0; c < a.candidates.length; c++) {
        const id = a.candidates[c].target.id;
        if (!hitIds[h].includes(id)) continue;
        if (insideNameOf(matches, hitStart[h], id)) continue;
        a.evidence[c] |= Evidence.Context;
      }
    }
  }
}

/** The paragraph around `at`, or its block (a heading, a table row). */
function windowOf(structure: DocumentStructure, at: number): Span {
  // Each item of a list is a topic of its own (« - **FEADER** : … de la PAC » / « - **Pompe à chaleur** : la PAC… »).
  const item = indexAt(structure.blocks, at);
  if (item >= 0 && structure.blocks[item].kind === 'list-item') return structure.blocks[item];
  const p = indexAt(structure.paragraphs, at);
  if (p >= 0) return structure.paragraphs[p];
  const b = indexAt(structure.blocks, at);
  if (b >= 0) return structure.blocks[b];
  return { start: at, end: at + 1 };
}

function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `at` is inside a match that may stand for entry `id`: an entry's own name is no context for it. */
function insideNameOf(matches: readonly RawMatch[], at: number, id: string): boolean {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid];
    if (m.end <= at) lo = mid + 1;
    else if (m.start > at) hi = mid - 1;
    else return m.variant.target.id === id || (m.candidates ?? []).some((c) => c.target.id === id);
  }
  return false;
}

/**
 * Which entry an ambiguous match stands for, given what the whole document
 * says (`named`: entries named plainly somewhere), or null.
 */
export function choose(a: Ambiguity, named: ReadonlySet<string>): VariantSpec | null {
  let best: VariantSpec | null = null;
  let bestScore = 0;
  let tie = false;
  for (let k = 0; k < a.candidates.length; k++) {
    const c = a.candidates[k];
    const ev = a.evidence[k];
    if (ev & Evidence.Veto) continue;
    let score = 0;
    if (a.sort === Sort.Document) score = ev & (Evidence.Capitals | Evidence.Quoted | Evidence.Cue) ? 3 : 0;
    else if (ev & (Evidence.Proper | Evidence.Quoted | Evidence.Cue)) score = 3;
    else if (c.target.origin === 'glossary') score = 3;
    else if (ev & Evidence.Context) score = 2;
    else if (c.phrase && named.has(c.target.id)) score = 1;
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score > 0 && score === bestScore) tie = true;
  }
  return tie ? null : best;
}

/** What `choose` reads of the rest of the document, as a key: results computed for one key hold for any document with the same. */
export function namedKey(ambiguities: readonly Ambiguity[], named: ReadonlySet<string>): string {
  let key = '';
  for (const a of ambiguities) for (const c of a.candidates) if (c.phrase && a.sort !== Sort.Document) key += named.has(c.target.id) ? '1' : '0';
  return key;
}
