// Where a document introduces a name of its own:
//   Un label « Territoires numériques » a été créé afin de…
//   le dispositif « X » vise à…, un fonds baptisé « Y »…
//   … France 2030 (ci-après « le Programme ») …
//   **Terme** : définition   /   - **Terme** : définition   /   - Terme : définition
//   Terme
//   : définition                       (Markdown definition list)
// A name the knowledge base knows resolves to its id; an invented one gets
// `user:<slug>` (or the id of the entity a « ci-après » alias stands for).
//
// Only bounded slices around quotes and at the start of blocks are examined,
// so the cost is linear in the text; patterns are plain string tests.

import { Definition, EntityKind, Span } from '../types';
import { Block, DocumentStructure, indexAt } from '../structure';
import { KnowledgeIndex } from './index';
import { DocumentDefinition } from './mentions';
import { CharClass, charClass, isUpper, looseKey, slug, tokenize } from './normalize';

export type { DocumentDefinition } from './mentions';

const NOUNS: Array<[string, EntityKind]> = [
  ['label', 'label'],
  ['marque', 'label'],
  ['certification', 'label'],
  ['norme', 'label'],
  ['qualification', 'qualification'],
  ['visa', 'qualification'],
  ['referentiel', 'qualification'],
  ['dispositif', 'programme'],
  ['programme', 'programme'],
  ['fonds', 'fund'],
  ['appel a projets', 'programme'],
  ['appel a projet', 'programme'],
  ["appel a manifestation d'interet", 'programme'],
  ['guichet', 'programme'],
  ['initiative', 'programme'],
  ['projet', 'programme'],
  ['mecanisme', 'programme'],
  ['instrument', 'programme'],
  ['outil', 'programme'],
  ['plateforme', 'programme'],
  ['volet', 'programme'],
  ['mesure', 'programme'],
  ['prime', 'programme'],
  ['pret', 'programme'],
  ['aide', 'programme'],
  ['concours', 'programme'],
  ['reseau', 'programme'],
  ['alliance', 'programme'],
  ['campus', 'programme'],
  ['pole', 'programme'],
  ['chantier', 'programme'],
  ['plan', 'plan'],
  ['strategie', 'strategy'],
  ['feuille de route', 'strategy'],
  ['doctrine', 'doctrine'],
  ['politique', 'doctrine'],
  ['principe', 'doctrine'],
  ['circulaire', 'doctrine'],
  ['loi', 'law'],
  ['decret', 'law'],
  ['ordonnance', 'law'],
  ['reglement', 'regulation'],
  ['directive', 'regulation'],
  ['agence', 'institution'],
  ['autorite', 'institution'],
  ['mission', 'institution'],
  ['comite', 'institution'],
  ['conseil', 'institution'],
  ['observatoire', 'institution'],
  ['operateur', 'institution'],
  ['delegation', 'institution'],
  ['consortium', 'institution'],
];

/** Phrases after the quoted name that make the sentence a definition. */
const DEFINERS = [
  ' a ete cree', ' est cree', ' sera cree', ' a ete lance', ' est lance', ' sera lance', ' a ete mis en place', ' a ete mise en place',
  ' est mis en place', ' est mise en place', ' a ete institue', ' est institue', ' a ete instaure', ' est instaure', ' vise ', ' visant ',
  ' vise a', ' a pour objet', ' a pour objectif', ' a pour but', ' a pour mission', ' a pour vocation', ' consiste ', ' designe ',
  ' permet ', ' permettra ', ' est destine', ' regroupe ', ' rassemble ', " s'adresse ", ' finance ', ' financera ', ' accompagne ',
  ' est un ', ' est une ', ' a ete annonce', ' a ete adopte', ' repose sur', ' garantit ', ' certifie ', ' atteste ', ' distingue ',
  ' recompense ', ' doit permettre', ' entend ', ' ambitionne ', ' soutient ', ' prevoit ', ' a ete concu', ' est concu', ' qui vise',
  ' qui permet', ' qui a pour', ' cree en ', ' lance en ', ' cree par ', ' lance par ', ' institue par ', ' mis en place par ',
];

/** Phrases before the noun that make the sentence a definition (« l’État crée le label « X » »). */
const CREATORS = [
  ' cree ', ' creer ', ' creera ', ' lance ', ' lancer ', ' lancera ', ' instaure ', ' instaurer ', ' institue ', ' instituer ',
  ' met en place ', ' mettre en place ', ' introduit ', ' introduire ', ' la creation d', ' la creation du ', ' mise en place d',
  ' le lancement d', ' lancement du ',
];

const NAMING = new Set([
  'dit', 'dite', 'dits', 'dites', 'intitule', 'intitulee', 'intitules', 'intitulees', 'baptise', 'baptisee', 'baptises', 'baptisees',
  'denomme', 'denommee', 'denommes', 'denommees', 'nomme', 'nommee', 'nommes', 'nommees', 'surnomme', 'surnommee', 'appele', 'appelee',
  'appeles', 'appelees',
]);

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une']);

/** Words that open field lines (« Budget : 30 Md€ »), not definitions. */
const FIELD_WORDS = new Set([
  'date', 'dates', 'montant', 'montants', 'budget', 'calendrier', 'objectif', 'objectifs', 'contact', 'statut', 'duree', 'source',
  'sources', 'lien', 'liens', 'porteur', 'pilote', 'financement', 'beneficiaires', 'cible', 'perimetre', 'responsable', 'note',
  'remarque', 'exemple', 'attention', 'important', 'resume', 'contexte', 'enjeux', 'enjeu', 'etat', 'avancement', 'prochaines',
  'total', 'conclusion', 'question', 'reponse', 'nb', 'ps', 'voir', 'auteur', 'auteurs', 'version', 'mise', 'mots', 'cout', 'couts',
]);

/** The closing quote for an opening one (« », “ ”, " "), or -1: a plain test, as it runs on every character. */
function closingQuote(c: number): number {
  if (c === 0xab) return 0xbb;
  if (c === 0x201c) return 0x201d;
  if (c === 34) return 34;
  return -1;
}

/** Lower case, no accents, one kind of apostrophe, single spaces: the form context phrases are compared in. */
function loose(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[\s\u00a0\u202f\u2009\u2007]+/g, ' ');
}

function isBlankChar(c: number): boolean {
  const k = charClass(c);
  return k === CharClass.Blank || k === CharClass.Newline;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlankChar(text.charCodeAt(start))) start++;
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** A plausible name: 1–8 words, starts with a letter or digit, no sentence punctuation at its end. */
function plausibleTerm(text: string, s: Span): boolean {
  const len = s.end - s.start;
  if (len < 1 || len > 80) return false;
  const first = charClass(text.charCodeAt(s.start));
  if (first !== CharClass.Letter && first !== CharClass.Digit) return false;
  const last = text.charCodeAt(s.end - 1);
  if (last === 46 || last === 44 || last === 59 || last === 58 || last === 33 || last === 63) return false;
  const tokens = tokenize(text.slice(s.start, s.end));
  if (tokens.count === 0 || tokens.count > 8) return false;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/** Drops a leading article (« le Programme » → « Programme »). */
function stripArticle(text: string, s: Span): Span {
  const head = loose(text.slice(s.start, Math.min(s.end, s.start + 5)));
  for (const a of ["l'", 'le ', 'la ', 'les ', 'un ', 'une ']) {
    if (head.startsWith(a)) {
      const rest = trimSpan(text, s.start + a.length, s.end);
      if (rest.end > rest.start) return rest;
    }
  }
  return s;
}

function lastWords(prefix: string, n: number): string[] {
  const words = prefix.trim().split(' ');
  return words.slice(Math.max(0, words.length - n));
}

/** The kind noun the prefix ends with (allowing one adjective after it), if any. */
function nounBefore(prefix: string): EntityKind | null {
  const p = ' ' + prefix.trim().replace(/[,(]+$/, '').trim();
  for (const [noun, kind] of NOUNS) {
    if (p.endsWith(' ' + noun) || p.endsWith("'" + noun)) return kind;
  }
  // « le label national « X » »: one adjective between the noun and the name.
  const cut = p.lastIndexOf(' ');
  if (cut > 0) {
    const adjective = p.slice(cut + 1);
    if (adjective.length >= 4 && !ARTICLES.has(adjective) && !['pour', 'dans', 'avec', 'sans', 'sous', 'vers', 'chez', 'entre'].includes(adjective)) {
      const q = p.slice(0, cut);
      for (const [noun, kind] of NOUNS) if (q.endsWith(' ' + noun) || q.endsWith("'" + noun)) return kind;
    }
  }
  return null;
}

/** The first kind noun in the opening words of a definition (« dispositif d’aide… » → programme). */
function kindFromDefinition(def: string): EntityKind | null {
  const words = ' ' + loose(def).split(' ').slice(0, 6).join(' ') + ' ';
  for (const [noun, kind] of NOUNS) if (words.includes(' ' + noun + ' ') || words.includes("'" + noun + ' ')) return kind;
  return null;
}

interface Context {
  text: string;
  structure: DocumentStructure;
  knowledge: KnowledgeIndex;
  out: DocumentDefinition[];
  seen: Set<string>;
}

function sentenceOf(ctx: Context, at: number, block: Block): Span {
  const i = indexAt(ctx.structure.sentences, at);
  if (i >= 0) return { start: ctx.structure.sentences[i].start, end: ctx.structure.sentences[i].end };
  return { start: block.contentStart, end: block.end };
}

function add(ctx: Context, term: Span, sentence: Span, kind: EntityKind | null, alias?: { id: string; kind: EntityKind }): void {
  const written = ctx.text.slice(term.start, term.end);
  const key = looseKey(written);
  if (!key || ctx.seen.has(key)) return;
  ctx.seen.add(key);
  const known = ctx.knowledge.resolve(written);
  let def: DocumentDefinition;
  if (known) def = { ...term, term: written, id: known.id, sentence, kind: known.kind, invented: false };
  else if (alias) def = { ...term, term: written, id: alias.id, sentence, kind: alias.kind, invented: true };
  else def = { ...term, term: written, id: `user:${slug(written)}`, sentence, kind: kind ?? 'label', invented: true };
  ctx.out.push(def);
}

/** « ci-après », « ci-après dénommé », with an optional article, at the end of the prefix. */
function isCiApres(prefix: string): boolean {
  const words = lastWords(prefix.replace(/[,:]/g, ' ').replace(/ +/g, ' '), 3);
  let i = words.length - 1;
  if (i >= 0 && ARTICLES.has(words[i])) i--;
  if (i >= 0 && /^(?:denomme|designe|appele|nomme)e?s?$/.test(words[i])) i--;
  if (i < 0) return false;
  const w = words[i];
  return w === 'ci-apres' || w === '(ci-apres' || w === 'ci-apres' || w.endsWith('ci-apres') || w === 'ciapres';
}

/** The entity a « (ci-après « X ») » stands for: the name written just before it. */
function aliasTarget(ctx: Context, sentence: Span, quote: number): { id: string; kind: EntityKind } | undefined {
  const { matches } = ctx.knowledge.scan(ctx.text);
  // Binary search for the last match that ends before the quote.
  let lo = 0;
  let hi = matches.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].end <= quote) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = found; k >= 0 && k > found - 3; k--) {
    const m = matches[k];
    if (m.start < sentence.start) break;
    if (m.variant.contextual) continue;
    const between = loose(ctx.text.slice(m.end, quote));
    if (/^[\s,(»”"')]*\(?ci-?apres/.test(between)) {
      const e = ctx.knowledge.entry(m.variant.target.id);
      if (e) return { id: e.id, kind: e.kind };
    }
  }
  return undefined;
}

function quotedDefinitions(ctx: Context, b: Block): void {
  const { text } = ctx;
  // This loop runs on every character: nothing in it may be captured by a
  // closure, or V8 would allocate a scope object per character.
  for (let i = b.contentStart; i < b.end; i++) {
    const c = text.charCodeAt(i);
    const close = closingQuote(c);
    if (close < 0) continue;
    if (c === 34 && i > b.contentStart && charClass(text.charCodeAt(i - 1)) === CharClass.Letter) continue;
    let k = i + 1;
    const limit = Math.min(b.end, i + 100);
    while (k < limit && text.charCodeAt(k) !== close && text.charCodeAt(k) !== 10) k++;
    if (k >= limit || text.charCodeAt(k) !== close) continue;
    quotedTerm(ctx, b, i, k);
    i = k;
  }
}

/** The name between the quotes at `open` and `close`, if the words around it define it. */
function quotedTerm(ctx: Context, b: Block, open: number, close: number): void {
  const { text } = ctx;
  const inner = trimSpan(text, open + 1, close);
  if (!plausibleTerm(text, inner)) return;
  const sentence = sentenceOf(ctx, inner.start, b);
  const prefix = loose(text.slice(Math.max(sentence.start, open - 70), open)).trimEnd();
  if (isCiApres(prefix)) {
    const noun = nounBefore(loose(text.slice(Math.max(sentence.start, open - 120), open)).replace(/\(?ci-apres.*$/, ''));
    add(ctx, stripArticle(text, inner), sentence, noun, aliasTarget(ctx, sentence, open));
    return;
  }
  const last = lastWords(prefix, 1)[0] ?? '';
  if (NAMING.has(last)) {
    add(ctx, inner, sentence, nounBefore(prefix.slice(0, prefix.length - last.length)));
    return;
  }
  const kind = nounBefore(prefix);
  if (!kind) return;
  const before = ' ' + prefix + ' ';
  if (CREATORS.some((d) => before.includes(d))) return add(ctx, inner, sentence, kind);
  const suffix = ' ' + loose(text.slice(close + 1, Math.min(sentence.end, close + 141)));
  if (DEFINERS.some((d) => suffix.includes(d))) add(ctx, inner, sentence, kind);
}

/** `**Terme** : …`, `__Terme__ : …`, `**Terme :** …` at the start of a paragraph or list item. */
function boldDefinition(ctx: Context, b: Block): boolean {
  const { text } = ctx;
  const s = b.contentStart;
  const m = text.charCodeAt(s);
  if ((m !== 42 && m !== 95) || text.charCodeAt(s + 1) !== m) return false;
  const limit = Math.min(b.end, s + 90);
  let k = s + 2;
  while (k + 1 < limit && !(text.charCodeAt(k) === m && text.charCodeAt(k + 1) === m) && text.charCodeAt(k) !== 10) k++;
  if (k + 1 >= limit || text.charCodeAt(k) !== m) return false;
  let inner = trimSpan(text, s + 2, k);
  let colon = false;
  const lastInner = text.charCodeAt(inner.end - 1);
  if (lastInner === 58 || lastInner === 0x2014 || lastInner === 0x2013) {
    colon = true;
    inner = trimSpan(text, inner.start, inner.end - 1);
  }
  let j = k + 2;
  while (j < b.end && isBlankChar(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
  const after = text.charCodeAt(j);
  if (!colon && after !== 58 && after !== 0x2014 && after !== 0x2013) return false;
  if (!plausibleTerm(text, inner)) return false;
  let lineEnd = text.indexOf('\n', j);
  if (lineEnd < 0 || lineEnd > b.end) lineEnd = b.end;
  const defText = text.slice(colon ? j : j + 1, lineEnd);
  if (loose(defText).trim().length === 0) return false;
  add(ctx, inner, sentenceOf(ctx, inner.start, b), kindFromDefinition(defText));
  return true;
}

/** `- Terme : définition` in a list item, when the term looks like a name and the rest like a definition. */
function plainListDefinition(ctx: Context, b: Block): void {
  const { text } = ctx;
  const s = b.contentStart;
  let lineEnd = text.indexOf('\n', s);
  if (lineEnd < 0 || lineEnd > b.end) lineEnd = b.end;
  const limit = Math.min(lineEnd, s + 70);
  let colon = -1;
  for (let k = s; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) {
      colon = k;
      break;
    }
    if (c === 46 || c === 44 || c === 59 || c === 40 || c === 42 || c === 95 || c === 96 || c === 91 || c === 33 || c === 63) return;
  }
  if (colon < 0) return;
  const term = trimSpan(text, s, colon);
  if (!plausibleTerm(text, term)) return;
  const written = text.slice(term.start, term.end);
  const firstCode = text.charCodeAt(term.start);
  if (!isUpper(firstCode) && charClass(firstCode) !== CharClass.Digit) return;
  const words = loose(written).split(/[ '-]/);
  if (FIELD_WORDS.has(words[0])) return;
  const tokens = tokenize(written);
  let nameLike = tokens.count >= 2 && tokens.count <= 5;
  for (let k = term.start + 1; k < term.end && !nameLike; k++) if (isUpper(text.charCodeAt(k)) || charClass(text.charCodeAt(k)) === CharClass.Digit) nameLike = true;
  if (!nameLike && !ctx.knowledge.resolve(written)) return;
  const def = loose(text.slice(colon + 1, lineEnd)).trim();
  const defWords = def.split(' ');
  if (defWords.length < 4) return;
  if (!/^[a-z]/.test(def)) return;
  if (defWords.slice(0, 3).some((w) => /[0-9]/.test(w))) return;
  add(ctx, term, sentenceOf(ctx, term.start, b), kindFromDefinition(def));
}

/** A Markdown definition list: the term alone on the first line, then `: définition`. */
function pandocDefinition(ctx: Context, b: Block): void {
  const { text } = ctx;
  const nl = text.indexOf('\n', b.contentStart);
  if (nl < 0 || nl >= b.end) return;
  let j = nl + 1;
  while (j < b.end && isBlankChar(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
  if (text.charCodeAt(j) !== 58 || !isBlankChar(text.charCodeAt(j + 1))) return;
  const term = trimSpan(text, b.contentStart, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
  if (!plausibleTerm(text, term)) return;
  let lineEnd = text.indexOf('\n', j);
  if (lineEnd < 0 || lineEnd > b.end) lineEnd = b.end;
  add(ctx, term, term, kindFromDefinition(text.slice(j + 1, lineEnd)));
}

/** Definitions in document order; the first definition of a term wins. */
export function findDefinitions(text: string, structure: DocumentStructure, knowledge: KnowledgeIndex): DocumentDefinition[] {
  const ctx: Context = { text, structure, knowledge, out: [], seen: new Set() };
  for (const b of structure.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    if (!boldDefinition(ctx, b)) {
      if (b.kind === 'list-item') plainListDefinition(ctx, b);
      else pandocDefinition(ctx, b);
    }
    quotedDefinitions(ctx, b);
  }
  return ctx.out.sort((a, b) => a.start - b.start);
}

/** The definition a mention or offset refers to, for go-to-definition inside the document. */
export function definitionOf(definitions: readonly Definition[], id: string): Definition | undefined {
  return definitions.find((d) => d.id === id);
}
