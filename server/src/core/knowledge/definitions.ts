// Where a document introduces a name of its own:
//   Un label « Territoires numériques » a été créé afin de…
//   le dispositif « X » vise à…, un fonds baptisé « Y », un fonds dénommé Relance Sud…
//   … France 2030 (ci-après « le Programme ») …
//   Le Programme national pour l’hébergement souverain (PNHS) …     (a long name and its acronym)
//   le PNHS (Programme national pour l’hébergement souverain) …
//   la doctrine d’utilisation du cloud par l’État (« cloud au centre ») …
//   **Terme** : définition   /   - **Terme** : définition   /   - Terme : définition
//   Terme
//   : définition                       (Markdown definition list)
// A name the knowledge base knows resolves to its id; an invented one gets
// `user:<slug>` (or the id of the entity a « ci-après » alias stands for), and
// the kind of its head noun (« fonds » → fund, « agence » → institution…).
// Bold captions (« **Notre rôle** : »), field lines, dates and common nouns
// are not definitions. An acronym introduced with a long name that is no name
// of ours (« une PIA (Privacy Impact Assessment) », « le chiffre d’affaires
// (CA) ») is returned as `generic`: the document gives that spelling another
// meaning, so it is never marked there.
//
// Only bounded slices around quotes, parentheses, naming words and at the
// start of blocks are examined, so the cost is linear in the text; patterns
// are plain string tests.

import { Definition, EntityKind, Span } from '../types';
import { Block, DocumentStructure, indexAt } from '../structure';
import { KnowledgeIndex, NO_SPANS } from './index';
import { DocumentDefinition } from './mentions';
import { Mode, RawMatch } from './trie';
import { CharClass, TF, Tokens, charClass, foldToken, hashString, isUpper, looseKey, nameTokens, slug, tokenize, tokensOf } from './normalize';
import { overlapsSpans } from './exclusions';

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
  // « la mission « Culture » »: in policy texts, mostly a mission of the State budget.
  ['mission', 'programme'],
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
    .replace(/\s+/g, ' '); // \s covers every Unicode space separator
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

/**
 * Head nouns that give a long name its kind (folded as foldToken gives them:
 * no accents, plural « s » dropped). Generic procedures (« appel à projets »,
 * « projet », « mesure ») are left out: « un appel à manifestation d’intérêt
 * (AMI) » names no programme.
 */
const HEADS = new Map<string, EntityKind>([
  ['programme', 'programme'], ['dispositif', 'programme'], ['pret', 'programme'], ['cheque', 'programme'], ['pas', 'programme'],
  ['pass', 'programme'], ['prime', 'programme'], ['pacte', 'programme'], ['initiative', 'programme'], ['bouclier', 'programme'],
  ['guichet', 'programme'], ['plan', 'plan'], ['strategie', 'strategy'], ['doctrine', 'doctrine'], ['fond', 'fund'], ['fonds', 'fund'],
  ['label', 'label'], ['marque', 'label'], ['certification', 'label'], ['qualification', 'qualification'], ['visa', 'qualification'],
  ['referentiel', 'qualification'], ['loi', 'law'], ['code', 'law'], ['decret', 'law'], ['ordonnance', 'law'], ['traite', 'law'],
  ['arret', 'law'], ['reglement', 'regulation'], ['directive', 'regulation'], ['agence', 'institution'], ['autorite', 'institution'],
  ['comite', 'institution'], ['conseil', 'institution'], ['observatoire', 'institution'], ['office', 'institution'],
  ['institut', 'institution'], ['commission', 'institution'], ['commissariat', 'institution'], ['secretariat', 'institution'],
  ['direction', 'institution'], ['delegation', 'institution'], ['ministere', 'institution'], ['cour', 'institution'],
  ['tribunal', 'institution'], ['fondation', 'institution'], ['banque', 'institution'], ['caisse', 'institution'],
  ['groupement', 'institution'], ['consortium', 'institution'], ['haut', 'institution'], ['haute', 'institution'],
  ['centre', 'institution'], ['service', 'institution'], ['schema', 'plan'], ['bourse', 'programme'], ['contrat', 'programme'],
  ['proposition', 'law'], ['projet', 'law'], ['communaute', 'institution'], ['taxe', 'tax'], ['impot', 'tax'], ['contribution', 'tax'], ['redevance', 'tax'], ['credit', 'programme'],
]);

/** Heads made of two words whose first alone says nothing (« haut conseil », « crédit d’impôt »). */
const TWO_WORD_HEADS = new Set(['haut', 'haute', 'credit', 'centre', 'proposition', 'projet', 'communaute']);
const SECOND_WORDS = new Map<string, string[]>([
  ['haut', ['conseil', 'commissariat', 'comite']],
  ['haute', ['autorite']],
  ['credit', ['d', 'impot']],
  ['centre', ['national', 'interministeriel', 'europeen']],
  // « proposition de loi », « projet de loi » (the third word is checked in headKind).
  ['proposition', ['de']],
  ['projet', ['de']],
  ['communaute', ['d', 'de', 'urbaine']],
]);

/** The kind a name's first words give it (« Programme national… » → programme), or null. */
function headKind(words: readonly string[]): EntityKind | null {
  if (words.length === 0) return null;
  const kind = HEADS.get(words[0]);
  if (kind === undefined) return null;
  if (!TWO_WORD_HEADS.has(words[0])) return kind;
  const next = SECOND_WORDS.get(words[0]) ?? [];
  if (kind === 'law') return words.length > 2 && words[1] === 'de' && words[2] === 'loi' ? kind : null;
  return words.length > 1 && next.includes(words[1]) ? kind : null;
}

/** Words a caption or a sentence starts with, never a name: determiners, prepositions, pronouns. */
const NOT_NAME_START = new Set([
  'notre', 'nos', 'no', 'votre', 'vos', 'leur', 'mon', 'ma', 'me', 'ton', 'ta', 'son', 'sa', 'se', 'le', 'la', 'les', 'l', 'un', 'une',
  'de', 'du', 'des', 'd', 'en', 'a', 'au', 'aux', 'pour', 'par', 'sur', 'dans', 'avec', 'san', 'sans', 'chez', 'ver', 'vers', 'selon',
  'depui', 'depuis', 'pendant', 'entre', 'ce', 'cet', 'cette', 'ce', 'qui', 'que', 'quoi', 'comment', 'pourquoi', 'ou', 'quand',
  'il', 'elle', 'nou', 'nous', 'vou', 'vous', 'on', 'ils', 'elles', 'et', 'mai', 'mais', 'donc', 'or', 'ni', 'car', 'si', 'tout', 'toute',
  'tous', 'chaque', 'quel', 'quelle', 'quelque', 'plus', 'moins', 'tres', 'bien', 'ici', 'aujourd', 'hier', 'demain', 'enfin', 'puis',
  'ensuite', 'comme', 'ainsi', 'outre', 'apres', 'avant',
]);

const MONTHS = new Set([
  'janvier', 'fevrier', 'mar', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
]);

/** Caption words (bold list leads, field names): « **Objectifs** », « **Calendrier** ». */
const CAPTION_WORDS = new Set([
  ...FIELD_WORDS,
  'role', 'priorite', 'priorites', 'axe', 'axes', 'etape', 'phase', 'action', 'chiffre', 'chiffres', 'bilan',
  'perspective', 'perspectives', 'methode', 'methodologie', 'point', 'points', 'gouvernance', 'pilotage', 'modalite', 'modalites',
  'condition', 'conditions', 'eligibilite', 'critere', 'criteres', 'public', 'publics', 'resultat', 'resultats', 'indicateur',
  'indicateurs', 'livrable', 'livrables', 'risque', 'risques', 'recommandation', 'recommandations', 'constat', 'constats',
  'proposition', 'propositions', 'definition', 'definitions', 'glossaire', 'annexe', 'annexes', 'introduction', 'synthese', 'rappel',
  'precision', 'precisions', 'mise', 'suivi', 'evaluation', 'calendrier', 'acteur', 'acteurs', 'partenaire', 'partenaires', 'moyen',
  'moyens', 'budget', 'montant', 'lien', 'etat', 'situation', 'deroulement', 'organisation', 'fonctionnement', 'principe', 'principes',
  'article', 'alinea', 'section', 'chapitre', 'titre', 'paragraphe', 'recapitulatif', 'compte', 'ordre',
]);

interface Context {
  text: string;
  structure: DocumentStructure;
  knowledge: KnowledgeIndex;
  excluded: readonly Span[];
  tokens: Tokens;
  matches: readonly RawMatch[];
  out: DocumentDefinition[];
  seen: Set<string>;
  /** Where the next `(` is, from the last search. */
  paren: number;
  /** Where the next « , “ and " are, from the last searches. */
  quotes: number[];
}

function sentenceOf(ctx: Context, at: number, block: Block): Span {
  const i = indexAt(ctx.structure.sentences, at);
  if (i >= 0) return { start: ctx.structure.sentences[i].start, end: ctx.structure.sentences[i].end };
  return { start: block.contentStart, end: block.end };
}

/** Records a definition unless its term was defined already or sits in an address or code. */
function push(ctx: Context, def: DocumentDefinition): void {
  const key = looseKey(def.term);
  if (!key || ctx.seen.has(key) || overlapsSpans(ctx.excluded, def.start, def.end)) return;
  ctx.seen.add(key);
  ctx.out.push(def);
}

function add(ctx: Context, term: Span, sentence: Span, kind: EntityKind | null, explicit: boolean, alias?: { id: string; kind: EntityKind }): void {
  const written = ctx.text.slice(term.start, term.end);
  // A term defined already costs nothing more (the first definition wins).
  if (ctx.seen.has(looseKey(written))) return;
  const known = ctx.knowledge.resolve(written);
  let def: DocumentDefinition;
  if (known) def = { ...term, term: written, id: known.id, sentence, kind: known.kind, invented: false, explicit };
  else if (alias) def = { ...term, term: written, id: alias.id, sentence, kind: alias.kind, invented: true, explicit };
  else def = { ...term, term: written, id: `user:${slug(written)}`, sentence, kind: kind ?? 'label', invented: true, explicit };
  push(ctx, def);
}


const DEFINITE = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'ce', 'cet', 'cette', 'sa', 'son', 'notre', 'votre', 'leur']);
const OF = new Set(['de', 'd', 'du', 'des', 'au', 'aux']);
/** Verbs and pronouns a long name never runs across (« un dispositif … a été publié sous forme d’une feuille de route »). */
const NOT_IN_NAME = new Set(['ont', 'est', 'sont', 'ete', 'sera', 'seront', 'etait', 'fut', 'qui', 'que', 'dont', 'il', 'elle', 'ils', 'elles', 'se', 'sous']);

/**
 * The long name a « ci-après », « dit » or « dénommé » follows: from a head
 * noun after a determiner (an ordinal may stand between: « le quatrième plan
 * régional… ») to the words right before `at` (blanks, commas and an opening
 * parenthesis skipped), at most fourteen words back, never across a break.
 * A head noun after « de » (« proposition de loi », « fonds de la Région »)
 * gives way to an earlier one in the same phrase.
 */
function longNameBefore(ctx: Context, sentence: Span, at: number): { span: Span; kind: EntityKind } | null {
  const { text, tokens } = ctx;
  let end = at;
  while (end > sentence.start) {
    const c = text.charCodeAt(end - 1);
    if (isBlankChar(c) || c === 44 || c === 40) end--;
    else break;
  }
  const last = tokenBefore(tokens, end);
  if (last < 0 || tokens.end[last] !== end) return null;
  const fold = (i: number) => (i >= 0 && i < tokens.count && tokens.start[i] >= sentence.start ? foldToken(text, tokens.start[i], tokens.end[i]) : '');
  let best: { span: Span; kind: EntityKind } | null = null;
  for (let i = last, n = 0; i >= 0 && n < 14 && tokens.start[i] >= sentence.start; i--, n++) {
    const kind = headKind([fold(i), fold(i + 1), fold(i + 2)]);
    if (kind) {
      let before = fold(i - 1);
      if (i > 0 && (tokens.flags[i - 1] & TF.Ordinal) !== 0) before = fold(i - 2);
      const span = { start: tokens.start[i], end };
      if (DEFINITE.has(before)) return { span, kind };
      if (OF.has(before)) best = { span, kind };
      else if (before === '' && i === tokenAfter(tokens, sentence.start)) return { span, kind };
    }
    if ((tokens.flags[i] & TF.Join) === 0 || NOT_IN_NAME.has(fold(i))) break;
  }
  return best;
}

/** The start of the word that ends at or before `at` (blanks before `at` skipped). */
function wordStartBefore(text: string, at: number, floor: number): number {
  let k = at;
  while (k > floor && isBlankChar(text.charCodeAt(k - 1))) k--;
  while (k > floor && charClass(text.charCodeAt(k - 1)) === CharClass.Letter) k--;
  return k;
}

/** Records a long name as another name of the alias defined with it (same id, same kind). */
function addLong(ctx: Context, long: { span: Span; kind: EntityKind } | null, sentence: Span, alias: Span): void {
  if (!long || long.span.end - long.span.start < 4) return;
  const { text } = ctx;
  const written = text.slice(long.span.start, long.span.end);
  if (ctx.knowledge.resolve(written) || !plausibleLong(ctx, long.span)) return;
  const aliasKnown = ctx.knowledge.resolve(text.slice(alias.start, alias.end));
  const id = aliasKnown ? aliasKnown.id : `user:${slug(text.slice(alias.start, alias.end))}`;
  push(ctx, { ...long.span, term: written, id, sentence, kind: aliasKnown ? aliasKnown.kind : long.kind, invented: true, explicit: false });
}

/** A long name on one line, of 2–14 words, with no known name inside it (« règlement … du Parlement européen … »). */
function plausibleLong(ctx: Context, s: Span): boolean {
  const { text, matches } = ctx;
  for (let i = s.start; i < s.end; i++) if (text.charCodeAt(i) === 10) return false;
  for (let k = firstMatchFrom(matches, s.start); k < matches.length && matches[k].start < s.end; k++) if (matches[k].variant.mode === Mode.Strong) return false;
  const n = tokenize(text.slice(s.start, s.end)).count;
  return n >= 2 && n <= 14;
}

/** « ci-après », « ci-après dénommé », with an optional article, at the end of the prefix. */
function isCiApres(prefix: string): boolean {
  const words = lastWords(prefix.replace(/[,:]/g, ' ').replace(/ +/g, ' '), 3);
  let i = words.length - 1;
  if (i >= 0 && ARTICLES.has(words[i])) i--;
  if (i >= 0 && /^(?:denomme|designe|appele|nomme)e?s?$/.test(words[i])) i--;
  if (i < 0) return false;
  const w = words[i];
  return w.endsWith('ci-apres') || w === 'ciapres';
}

/** The known name whose match ends right before `at` (blanks, closing quotes and commas between), if any, not ambiguous. */
function knownBefore(ctx: Context, at: number, from: number): RawMatch | null {
  const found = lastEndingBy(ctx.matches, at);
  return found >= 0 && ctx.matches[found].start >= from ? ctx.matches[found] : null;
}

/** Index of the last match that ends at or before `at` (matches are in text order), -1 when none: a binary search. */
function lastEndingBy(matches: readonly RawMatch[], at: number): number {
  let lo = 0;
  let hi = matches.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].end <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The entity a « (ci-après « X ») » stands for: the name written just before it. */
function aliasTarget(ctx: Context, sentence: Span, quote: number): { id: string; kind: EntityKind } | undefined {
  const { matches } = ctx;
  const found = lastEndingBy(matches, quote);
  for (let k = found; k >= 0 && k > found - 3; k--) {
    const m = matches[k];
    if (m.start < sentence.start) break;
    if (m.variant.contextual) continue;
    const between = loose(ctx.text.slice(m.end, quote));
    if (/^[\s,(»”"')]*\(?ci-?apres[^«“"]*$/.test(between)) {
      const e = ctx.knowledge.entry(m.variant.target.id);
      if (e) return { id: e.id, kind: e.kind };
    }
  }
  return undefined;
}

/** The name the document defined right before `at` in the sentence (« dénommé « Cap Vallée » (ci-après le Fonds) »): quotes, blanks and commas between. */
function definedBefore(ctx: Context, sentence: Span, at: number): { id: string; kind: EntityKind } | undefined {
  for (let k = ctx.out.length - 1; k >= 0 && k >= ctx.out.length - 3; k--) {
    const d = ctx.out[k];
    if (d.generic || !d.id || d.start < sentence.start || d.end > at) continue;
    if (/^[\s,»”"'’*_(]*$/.test(ctx.text.slice(d.end, at))) return { id: d.id, kind: d.kind };
  }
  return undefined;
}

/**
 * « (ci-après le Fonds) », « (ci-après dénommée la Stratégie) »: an alias
 * without quotes, one to four words, the first capitalised. It stands for the
 * known or defined name right before the parenthesis, else for the long name
 * a head noun opens there. Returns whether the parenthesis was such an alias.
 */
function unquotedAlias(ctx: Context, b: Block, open: number, inner: Span): boolean {
  const { text } = ctx;
  const head = loose(text.slice(inner.start, Math.min(inner.end, inner.start + 9)));

  if (!head.startsWith('ci-apres') && !head.startsWith('ci apres')) return false;
  // Quoted aliases are read by quotedTerm.
  for (let k = inner.start; k < inner.end; k++) if (closingQuote(text.charCodeAt(k)) >= 0) return true;
  const words = tokenize(text.slice(inner.start, inner.end));
  let t = 0;
  const word = (i: number) => foldToken(text, inner.start + words.start[i], inner.start + words.end[i]);
  // foldToken drops a final « s »: « après » folds to « apre ».
  while (t < words.count && t < 2 && (word(t) === 'ci' || word(t) === 'apre')) t++;
  if (t < words.count && /^(?:denomme|designe|appele|nomme)e?s?$/.test(word(t))) t++;
  if (t < words.count && ARTICLE_WORDS.has(word(t))) t++;
  if (t >= words.count || words.count - t > 4) return true;
  const alias = { start: inner.start + words.start[t], end: inner.end };
  if (!isUpper(text.charCodeAt(alias.start)) || !plausibleTerm(text, alias)) return true;
  const sentence = sentenceOf(ctx, open, b);
  const target = aliasTarget(ctx, sentence, alias.start) ?? definedBefore(ctx, sentence, open);
  const long = target ? null : longNameBefore(ctx, sentence, open);
  const own = headKind(nameTokens(text.slice(alias.start, alias.end)).folded);
  // « la société Thermobois (ci-après le Bénéficiaire) »: a party, not a name.
  if (!target && !long) return true;
  const viaLong = target ? undefined : longAlias(ctx, long, sentence, alias);
  add(ctx, alias, sentence, long?.kind ?? own, true, target ?? viaLong);
  if (!target && !viaLong) addLong(ctx, long, sentence, alias);
  return true;
}

/**
 * The long name before an alias as the thing both name: its id comes from the
 * long name, so that « la Stratégie » of one document and of another are two
 * things, and one strategy written out in full in two files is one. Undefined
 * when the long name is no plausible name or either spelling is known.
 */
function longAlias(ctx: Context, long: { span: Span; kind: EntityKind } | null, sentence: Span, alias: Span): { id: string; kind: EntityKind } | undefined {
  if (!long || long.span.end - long.span.start < 4) return undefined;
  const { text } = ctx;
  const written = text.slice(long.span.start, long.span.end);
  if (ctx.knowledge.resolve(written) || ctx.knowledge.resolve(text.slice(alias.start, alias.end)) || !plausibleLong(ctx, long.span)) return undefined;
  const id = `user:${slug(written)}`;
  push(ctx, { ...long.span, term: written, id, sentence, kind: long.kind, invented: true, explicit: false });
  return { id, kind: long.kind };
}

/** The next opening quote at or after `from` (« “ "), or the text's length: three native searches, each remembered while blocks come in order. */
function nextQuote(ctx: Context, from: number): number {
  const { text, quotes } = ctx;
  for (let q = 0; q < 3; q++) {
    if (quotes[q] < from) {
      const at = text.indexOf(QUOTES[q], from);
      quotes[q] = at < 0 ? text.length : at;
    }
  }
  return Math.min(quotes[0], quotes[1], quotes[2]);
}

const QUOTES = ['\u00ab', '\u201c', '"'];

function quotedDefinitions(ctx: Context, b: Block): void {
  const { text } = ctx;
  for (let i = b.contentStart; i < b.end; i++) {
    i = nextQuote(ctx, i);
    if (i >= b.end) return;
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
    const alias = stripArticle(text, inner);
    const marker = Math.max(text.lastIndexOf('ci-apr', open), text.lastIndexOf('Ci-apr', open), text.lastIndexOf('ci-apr'.toUpperCase(), open));
    const target = aliasTarget(ctx, sentence, open) ?? (marker >= sentence.start ? definedBefore(ctx, sentence, marker) : undefined);
    const long = target || marker < sentence.start ? null : longNameBefore(ctx, sentence, marker);
    const own = headKind(nameTokens(text.slice(alias.start, alias.end)).folded);
    // « la société Thermobois (ci-après « le Bénéficiaire ») »: a party, not a name.
    if (!target && !long && !noun && !own) return;
    const viaLong = target ? undefined : longAlias(ctx, long, sentence, alias);
    add(ctx, alias, sentence, long?.kind ?? noun ?? own, true, target ?? viaLong);
    if (!target && !viaLong) addLong(ctx, long, sentence, alias);
    return;
  }
  const last = lastWords(prefix, 1)[0] ?? '';
  const head = headKind(nameTokens(text.slice(inner.start, inner.end)).folded);
  if (NAMING.has(last)) {
    // « le plan de revitalisation de la vallée, dit « Plan Vallée » »: the long name before is another name of it.
    const long = longNameBefore(ctx, sentence, wordStartBefore(text, open, sentence.start));
    add(ctx, inner, sentence, nounBefore(prefix.slice(0, prefix.length - last.length)) ?? long?.kind ?? head, true);
    addLong(ctx, long, sentence, inner);
    return;
  }
  if (prefix.endsWith('(') && closesParenthesis(text, close, b.end)) {
    parenthesisedAlias(ctx, sentence, open, inner);
    return;
  }
  const kind = nounBefore(prefix);
  if (!kind) return;
  // « la directive « écoconception » permet… »: one common word in quotes is a word, not a name.
  if (isCommonWord(text, inner)) return;
  const before = ' ' + prefix + ' ';
  if (CREATORS.some((d) => before.includes(d))) return add(ctx, inner, sentence, kind, true);
  const suffix = ' ' + loose(text.slice(close + 1, Math.min(sentence.end, close + 141)));
  if (DEFINERS.some((d) => suffix.includes(d))) return add(ctx, inner, sentence, kind, true);
  // « le label « X » »: a kind noun right before a quoted name introduces it.
  if (isUpper(text.charCodeAt(inner.start)) || charClass(text.charCodeAt(inner.start)) === CharClass.Digit || ctx.knowledge.resolve(text.slice(inner.start, inner.end))) {
    add(ctx, inner, sentence, kind, false);
  }
}

/** One word in lower case, without digits, that the knowledge base does not know. */
function isCommonWord(text: string, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === CharClass.Digit || isUpper(c) || k === CharClass.Blank || k === CharClass.Joiner) return false;
  }
  return true;
}

/** A `)` right after the closing quote (blanks aside). */
function closesParenthesis(text: string, close: number, end: number): boolean {
  let k = close + 1;
  while (k < end && isBlankChar(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === 41;
}

/**
 * « la doctrine d’utilisation du cloud par l’État (« cloud au centre ») »: the
 * long name, from its kind noun to the parenthesis, is another name of what
 * the quoted one names.
 */
function parenthesisedAlias(ctx: Context, sentence: Span, open: number, quoted: Span): void {
  const { text } = ctx;
  const inner = stripArticle(text, quoted);
  // « des contrats avec l’État (« pactes ») »: a common noun in quotes names nothing.
  if (!isUpper(text.charCodeAt(inner.start)) && charClass(text.charCodeAt(inner.start)) !== CharClass.Digit && !ctx.knowledge.resolve(text.slice(inner.start, inner.end))) return;
  const long = longNameBefore(ctx, sentence, open);
  if (!long) return;
  add(ctx, inner, sentence, long.kind, true);
  const written = text.slice(inner.start, inner.end);
  const known = ctx.knowledge.resolve(written);
  const id = known ? known.id : `user:${slug(written)}`;
  const term = text.slice(long.span.start, long.span.end);
  if (ctx.knowledge.resolve(term) || !plausibleLong(ctx, long.span)) return;
  push(ctx, { ...long.span, term, id, sentence, kind: known ? known.kind : long.kind, invented: true, explicit: true });
}


/** Index of the last token that ends at or before `at`, or -1. */
function tokenBefore(tokens: Tokens, at: number): number {
  let lo = 0;
  let hi = tokens.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first token that starts at or after `at`, or tokens.count. */
function tokenAfter(tokens: Tokens, at: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a term written alone as a caption (bold lead, list lead, definition
 * list) reads as a name: not a caption word, a date, a phrase opened by a
 * determiner or a preposition, nor a sentence about a known name; a single
 * word only with a capital or a digit inside it; several words when each word
 * that carries meaning is capitalised, or one is an acronym, or the first is a
 * kind noun (« Fonds souverain numérique »).
 */
function nameLike(ctx: Context, term: Span, definitionKind = false, definition = ''): boolean {
  const { text } = ctx;
  const written = text.slice(term.start, term.end);
  if (ctx.knowledge.resolve(written)) return true;
  const { folded, exact } = nameTokens(written);
  if (folded.length === 0) return false;
  const first = folded[0];
  if (NOT_NAME_START.has(first)) return false;
  if (charClass(written.charCodeAt(0)) === CharClass.Digit || folded.some((f) => MONTHS.has(f))) return false;
  if (!isUpper(written.charCodeAt(0))) return false;
  // « Rôle de la DINUM », « Bilan du PIA 4 »: a caption about a known name.
  const { matches } = ctx;
  for (let k = firstMatchFrom(matches, term.start); k < matches.length && matches[k].start < term.end; k++) {
    const m = matches[k];
    if (m.end <= term.end && !(m.start === term.start && m.end === term.end) && m.variant.mode === Mode.Strong) return false;
  }
  // An acronym (two capitals, or letters and digits: « PME », « C5 »), or a capital inside a word (« SecNumCloud »).
  const acronym = exact.some((x, i) => (i > 0 || folded.length === 1) && (/[A-Z].*[A-Z]/.test(x) || (/[A-Za-z]/.test(x) && /[0-9]/.test(x)) || /.[A-Z]/.test(x)));
  const caption = CAPTION_WORDS.has(first);
  if (folded.length === 1) return acronym && !caption;
  if (acronym && !caption) return true;
  let capitalised = true;
  let small = false;
  let numbers = false;
  for (let i = 1; i < folded.length; i++) {
    if (FUNCTION_WORDS.has(folded[i])) {
      small = true;
      continue;
    }
    if (/^[0-9]/.test(exact[i])) numbers = true;
    else if (!(exact[i].length > 0 && exact[i][0] !== exact[i][0].toLowerCase())) capitalised = false;
  }
  // « **Points Clés** », « **Article 13 II** », « **Récapitulatif par Louise** »: a
  // caption word leads; a longer name may still start with one (« Action Cœur de Ville »).
  if (caption) return capitalised && !numbers && folded.length >= 3 && (!small || definitionKind);
  // « Chèque Cyber », « Guichet Unique »: every word capitalised. With small
  // words between (« Récapitulatif par Louise »), a kind noun must say it is a name.
  // « **Fonds régional d’amorçage** : fonds de capital-risque » is a name; « **Loi
  // applicable** : le règlement est soumis… », a caption: a kind noun and common
  // words need a definition that starts with a kind noun, not a sentence.
  if (headKind(folded) !== null) return capitalised || definition === '' || startsWithKind(definition);
  return capitalised && (!small || definitionKind);
}

/** The definition's first word is a kind noun (« fonds de capital-risque », « dispositif d’aide… »). */
function startsWithKind(definition: string): boolean {
  const first = loose(definition).trim().split(' ')[0] ?? '';
  return NOUNS.some(([noun]) => noun.split(' ')[0] === first) || HEADS.has(nameTokens(first).folded[0] ?? '');
}

const FUNCTION_WORDS = new Set(['le', 'la', 'l', 'les', 'de', 'du', 'd', 'des', 'au', 'aux', 'a', 'en', 'et', 'pour', 'par', 'sur', 'sous', 'dans', 'avec']);

/** The kind a caption term gets: its head noun, else the first kind noun of its definition. */
function captionKind(text: string, term: Span, definition: string): EntityKind | null {
  // « - DGFIP : Direction générale des Finances publiques »: the definition is the long name.
  const words = nameTokens(definition.slice(0, 80)).folded;
  const long = ARTICLE_WORDS.has(words[0]) ? words.slice(1) : words;
  return headKind(nameTokens(text.slice(term.start, term.end)).folded) ?? headKind(long) ?? kindFromDefinition(definition);
}

/** The span without a trailing « (FIR) »: capitals or digits, two to eight, in brackets closing it. */
function withoutTrailingAcronym(text: string, span: Span): Span {
  if (text.charCodeAt(span.end - 1) !== 41) return span;
  const open = text.lastIndexOf('(', span.end - 1);
  if (open <= span.start || span.end - 1 - open < 3 || span.end - 1 - open > 9) return span;
  for (let i = open + 1; i < span.end - 1; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0xc9)) return span;
  }
  return trimSpan(text, span.start, open);
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
  // « **Fonds d’intervention régional (FIR) :** »: the name is the words before its acronym, which the acronym reading
  // of the document ties to it, so that « le FIR » later names the same thing.
  inner = withoutTrailingAcronym(text, inner);
  if (!plausibleTerm(text, inner)) return false;
  let lineEnd = text.indexOf('\n', j);
  if (lineEnd < 0 || lineEnd > b.end) lineEnd = b.end;
  const defText = text.slice(colon ? j : j + 1, lineEnd);
  if (loose(defText).trim().length === 0) return false;
  // A bold caption (« **Notre rôle** : », « **Calendrier** : ») is no definition.
  if (!nameLike(ctx, inner, kindFromDefinition(defText) !== null, defText)) return true;
  add(ctx, inner, sentenceOf(ctx, inner.start, b), captionKind(text, inner, defText), false);
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
  const tokens = tokenize(written);
  const def = loose(text.slice(colon + 1, lineEnd)).trim();
  if (tokens.count > 5 || !nameLike(ctx, term, kindFromDefinition(def) !== null, def)) return;
  const defWords = def.split(' ');
  if (defWords.length < 4) return;
  if (!/^[a-z]/.test(def)) return;
  if (defWords.slice(0, 3).some((w) => /[0-9]/.test(w))) return;
  add(ctx, term, sentenceOf(ctx, term.start, b), captionKind(text, term, def), false);
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
  let lineEnd = text.indexOf('\n', j);
  if (lineEnd < 0 || lineEnd > b.end) lineEnd = b.end;
  const definition = text.slice(j + 1, lineEnd);
  if (!plausibleTerm(text, term) || !nameLike(ctx, term, kindFromDefinition(definition) !== null, definition)) return;
  add(ctx, term, term, captionKind(text, term, definition), false);
}

// ---------------------------------------------------------------------------
// Acronyms: « Nom long (SIGLE) » and « SIGLE (Nom long) ».

/** An acronym as written between parentheses: 2–12 letters and digits (hyphens inside), two capitals at least, mostly capitals. */
function acronymShape(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 2 || n > 12) return false;
  let upper = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 48 && c <= 57) continue;
    else if (c === 45 && i > start && i < end - 1) continue;
    else return false;
  }
  const first = text.charCodeAt(start);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  return upper >= 2 && upper * 2 >= letters;
}

/** Lower case, no accents: the letters the acronym's letters are matched against. */
function plainWord(text: string, start: number, end: number): string {
  return text.slice(start, end).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Schwartz and Hearst's test (2003): the acronym's letters, read from the
 * last, are found in order in the words before it, the first one at the start
 * of a word. Returns the index (in `words`) of the word the long name starts
 * with, or -1.
 */
function longFormStart(acronym: string, words: readonly string[]): number {
  const letters: string[] = [];
  for (const ch of acronym.toLowerCase()) if (/[a-z0-9]/.test(ch)) letters.push(ch);
  if (letters.length < 2 || words.length === 0) return -1;
  let w = words.length - 1;
  let c = words[w].length - 1;
  for (let a = letters.length - 1; a >= 0; a--) {
    const ch = letters[a];
    for (;;) {
      if (c < 0) {
        w--;
        if (w < 0) return -1;
        c = words[w].length - 1;
        continue;
      }
      if (words[w][c] === ch && (a > 0 || c === 0)) break;
      c--;
    }
    c--;
  }
  return w;
}

function acronymDefinitions(ctx: Context, b: Block): void {
  const { text } = ctx;
  for (let i = b.contentStart; i < b.end; i++) {
    // The next parenthesis of the text is remembered across blocks, which come in order: one search in all.
    if (ctx.paren < i) ctx.paren = text.indexOf('(', i);
    if (ctx.paren < 0) ctx.paren = text.length;
    i = ctx.paren;
    if (i >= b.end) return;
    // The parenthesis closes on its line, within a name's length.
    let k = i + 1;
    const limit = Math.min(b.end, i + 130);
    while (k < limit && text.charCodeAt(k) !== 41 && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 40) k++;
    if (k >= limit || text.charCodeAt(k) !== 41) continue;
    const inner = trimSpan(text, i + 1, k);
    if (inner.end > inner.start && acronymShape(text, inner.start, inner.end)) longThenAcronym(ctx, b, i, inner);
    else if (!unquotedAlias(ctx, b, i, inner)) acronymThenLong(ctx, b, i, inner);
    i = k;
  }
}

/** What an acronym means in the knowledge base, at its place: its match, if any (`end` -1: any match that starts there). */
function matchAt(ctx: Context, start: number, end: number): RawMatch | null {
  const k = firstMatchFrom(ctx.matches, start);
  const m = ctx.matches[k];
  return m !== undefined && m.start === start && (end < 0 || m.end === end) ? m : null;
}

/** Index of the first match that starts at or after `at` (binary search). */
function firstMatchFrom(matches: readonly RawMatch[], at: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function claims(m: RawMatch | null, id: string): 'strong' | 'ambiguous' | null {
  if (!m) return null;
  if (m.variant.target.id === id) return m.variant.mode === Mode.Strong ? 'strong' : 'ambiguous';
  if ((m.candidates ?? []).some((c) => c.target.id === id)) return 'ambiguous';
  return null;
}

/**
 * A known name introduces an acronym: an ambiguous spelling of its own then
 * counts everywhere in the document; another one becomes its name here when
 * its letters fit (« Code général des impôts (CGI) »).
 */
function knownIntroduces(ctx: Context, sentence: Span, known: RawMatch, acronym: Span): boolean {
  const { text } = ctx;
  const id = known.variant.target.id;
  const entry = ctx.knowledge.entry(id);
  if (!entry) return false;
  const written = text.slice(acronym.start, acronym.end);
  if (ctx.seen.has(looseKey(written))) return true;
  const own = claims(matchAt(ctx, acronym.start, acronym.end), id);
  if (own === 'strong') return true;
  if (own === null) {
    const words: string[] = [];
    for (let t = tokenAfter(ctx.tokens, known.start); t < ctx.tokens.count && ctx.tokens.end[t] <= known.end; t++) words.push(plainWord(text, ctx.tokens.start[t], ctx.tokens.end[t]));
    // « loi Anti-Gaspillage et Économie Circulaire (AGEC) »: the kind noun the name opens with may stay outside the letters.
    const at = longFormStart(written, words);
    if (at !== 0 && !(at === 1 && HEADS.has(nameTokens(words[0]).folded[0] ?? ''))) return false;
  }
  push(ctx, { ...acronym, term: written, id, sentence, kind: entry.kind, invented: true, explicit: true });
  return true;
}

/** « Nom long (SIGLE) ». */
function longThenAcronym(ctx: Context, b: Block, open: number, acronym: Span): void {
  const { text, tokens } = ctx;
  const sentence = sentenceOf(ctx, open, b);
  let end = open;
  // « la **Bourse Talents ruraux** (BTR) »: emphasis markers close the name.
  while (end > sentence.start && (isBlankChar(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 42 || text.charCodeAt(end - 1) === 95)) end--;
  const known = knownBefore(ctx, end, sentence.start);
  if (known && known.end === end && known.variant.mode === Mode.Strong && knownIntroduces(ctx, sentence, known, acronym)) return;
  const written = text.slice(acronym.start, acronym.end);
  if (quotedThenAcronym(ctx, sentence, open, acronym, written)) return;
  const letters = written.replace(/[^A-Za-z0-9]/g, '').length;
  const last = tokenBefore(tokens, end);
  if (last < 0 || tokens.end[last] !== end) return;
  const most = Math.min(letters + 5, letters * 2);
  const first = windowStart(ctx, sentence, last, most);
  // « Chambre régionale des comptes d’Île-de-France (CRC) »: a known name and its territory, when the letters start alike.
  if (known && known.end < end && known.variant.mode === Mode.Strong && known.variant.target.origin === 'builtin' && plainWord(text, known.start, known.start + 1) === written[0].toLowerCase() && onlyComplement(text, known.end, end)) {
    introduce(ctx, sentence, { start: known.start, end }, acronym, wordsBefore(ctx, sentence, tokenAfter(tokens, known.start)));
    return;
  }
  const words: string[] = [];
  for (let t = first; t <= last; t++) words.push(plainWord(text, tokens.start[t], tokens.end[t]));
  const at = longFormStart(written, words);
  let start = first + at;
  // « programme départemental de résorption des points noirs du bruit (PDRB) »: a kind noun just past the window opens
  // the name.
  const head = first > 0 && tokens.start[first - 1] >= sentence.start && (tokens.flags[first] & TF.Join) !== 0 ? plainWord(text, tokens.start[first - 1], tokens.end[first - 1]) : '';
  if (at < 0 && head && HEADS.has(nameTokens(head).folded[0] ?? '') && longFormStart(written, [head, ...words]) === 0) start = first - 1;
  // « Agence locale de l’énergie et du climat du Pays d’Auge (ALEC) »: the letters stop before a place the name ends on.
  else if (at < 0) {
    const place = placeComplementStart(ctx, sentence, last);
    if (place < 0) return;
    // The letters' usual window, with the articles a long name carries (« de l’énergie et du climat »).
    const from = windowStart(ctx, sentence, place - 1, letters + 5);
    const inner: string[] = [];
    for (let t = from; t < place; t++) inner.push(plainWord(text, tokens.start[t], tokens.end[t]));
    const found = longFormStart(written, inner);
    if (found < 0) return;
    start = from + found;
  }
  const long = { start: tokens.start[start], end: tokens.end[last] };
  introduce(ctx, sentence, long, acronym, wordsBefore(ctx, sentence, start));
}

/**
 * The first token of the window a long name may span, ending at token `last`: at most `size` tokens, in the sentence,
 * joined by blanks or one comma, no bracket between.
 */
function windowStart(ctx: Context, sentence: Span, last: number, size: number): number {
  const { text, tokens } = ctx;
  let first = last;
  while (first > 0 && last - first + 1 < size && tokens.start[first - 1] >= sentence.start && ((tokens.flags[first] & TF.Join) !== 0 || commaGap(text, tokens.end[first - 1], tokens.start[first])) && !bracketBetween(text, tokens.end[first - 1], tokens.start[first])) first--;
  return first;
}

/**
 * Where a place complement that ends at token `last` starts (« du Pays d’Auge », « de Bretagne »): the longest run of
 * capitalised words and their articles before it, opening on « de », « du », « des » or « d’ »; its first token, or -1.
 */
function placeComplementStart(ctx: Context, sentence: Span, last: number): number {
  const { text, tokens } = ctx;
  let t = last;
  let capitals = 0;
  while (t > 0 && last - t < 6 && tokens.start[t - 1] >= sentence.start) {
    const w = plainWord(text, tokens.start[t - 1], tokens.end[t - 1]);
    if (!PLACE_LEADS.has(w) && !isUpper(text.charCodeAt(tokens.start[t - 1]))) break;
    t--;
  }
  for (let q = t; q <= last; q++) if (isUpper(text.charCodeAt(tokens.start[q]))) capitals++;
  // The run opens on its preposition: « du Pays d’Auge », not « Pays d’Auge ».
  while (t <= last && !OPENS_PLACE.has(plainWord(text, tokens.start[t], tokens.end[t]))) t++;
  return capitals > 0 && t <= last && t > 0 ? t : -1;
}

const OPENS_PLACE = new Set(['de', 'du', 'des', 'd']);
const PLACE_LEADS = new Set(['de', 'du', 'des', 'd', 'la', 'l']);

/**
 * « le plan « Littoral résilient » (PLR) »: an acronym after a name the document just defined in quotes stands for
 * it, when its letters fit the quoted words and at most two words before the quotes (the kind noun: « Plan »).
 */
function quotedThenAcronym(ctx: Context, sentence: Span, open: number, acronym: Span, written: string): boolean {
  const { text, tokens } = ctx;
  const defined = definedBefore(ctx, sentence, open);
  if (!defined) return false;
  const def = ctx.out[ctx.out.length - 1];
  if (def.id !== defined.id || !/[»”"]/.test(text.slice(def.end, open))) return false;
  const words: string[] = [];
  let first = tokenAfter(tokens, def.start);
  for (let n = 0; n < 2 && first > 0 && tokens.start[first - 1] >= sentence.start; n++) first--;
  for (let t = first; t < tokens.count && tokens.end[t] <= def.end; t++) words.push(plainWord(text, tokens.start[t], tokens.end[t]));
  const at = longFormStart(written, words);
  if (at < 0) return false;
  push(ctx, { ...acronym, term: written, id: defined.id, sentence, kind: defined.kind, invented: true, explicit: true });
  return true;
}

/** « d’Île-de-France », « de Bretagne »: a place after a name (« de », « du », « d’ », then capitalised words). */
function onlyComplement(text: string, start: number, end: number): boolean {
  const rest = text.slice(start, end).trim();
  return /^(?:de la |de l['’]|de |du |d['’]|des )\p{Lu}[\p{L}'’ -]*$/u.test(rest);
}

/** A comma and blanks only between two words (« Schéma régional de développement économique, d’innovation… »). */
function commaGap(text: string, start: number, end: number): boolean {
  let commas = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 44) commas++;
    else if (!isBlankChar(c) || c === 10) return false;
  }
  return commas === 1;
}

/** A parenthesis between two words: a long name does not run across one. */
function bracketBetween(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 41) return true;
  }
  return false;
}

/** The two folded words before token `t` in the sentence, nearest first. */
function wordsBefore(ctx: Context, sentence: Span, t: number): string[] {
  const { text, tokens } = ctx;
  const out: string[] = [];
  for (let i = t - 1; i >= 0 && out.length < 2 && tokens.start[i] >= sentence.start; i--) out.push(foldToken(text, tokens.start[i], tokens.end[i]));
  return out;
}

/** « SIGLE (Nom long) ». */
function acronymThenLong(ctx: Context, b: Block, open: number, inner: Span): void {
  const { text, tokens } = ctx;
  if (inner.end <= inner.start) return;
  const sentence = sentenceOf(ctx, open, b);
  let end = open;
  while (end > sentence.start && isBlankChar(text.charCodeAt(end - 1))) end--;
  // The acronym: the word right before the parenthesis, hyphenated parts included.
  let start = end;
  while (start > sentence.start) {
    const c = text.charCodeAt(start - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c === 45 && start - 1 > sentence.start)) start--;
    else break;
  }
  if (start === end || !acronymShape(text, start, end) || isWordCharAt(text, start - 1)) return;
  const acronym = { start, end };
  const written = text.slice(start, end);
  const first = tokenAfter(tokens, inner.start);
  const words: string[] = [];
  let t = first;
  for (; t < tokens.count && tokens.end[t] <= inner.end && words.length < 14; t++) words.push(plainWord(text, tokens.start[t], tokens.end[t]));
  if (words.length < 2 || (t < tokens.count && tokens.end[t] <= inner.end)) return;
  // The long name fills the parenthesis, but for a leading article.
  const skip = ARTICLE_WORDS.has(words[0]) ? 1 : 0;
  const at = longFormStart(written, words.slice(skip));
  if (at !== 0 || words.length - skip > Math.min(written.length + 5, written.length * 2)) return;
  const long = { start: tokens.start[first + skip], end: inner.end };
  const longText = text.slice(long.start, long.end);
  const knownEntry = ctx.knowledge.resolve(longText);
  if (knownEntry) {
    const own = claims(matchAt(ctx, acronym.start, acronym.end), knownEntry.id);
    if (own === 'strong') return;
    push(ctx, { ...acronym, term: written, id: knownEntry.id, sentence, kind: knownEntry.kind, invented: true, explicit: true });
    return;
  }
  introduce(ctx, sentence, long, acronym, wordsBefore(ctx, sentence, tokenAfter(tokens, start)));
}

const ARTICLE_WORDS = new Set(['le', 'la', 'les', 'l']);

function isWordCharAt(text: string, i: number): boolean {
  if (i < 0) return false;
  const k = charClass(text.charCodeAt(i));
  return k === CharClass.Letter || k === CharClass.Digit;
}

/**
 * A long name and its acronym, neither known: both are the document's names
 * when the long name's head noun (or a kind noun right before it: « le label
 * Territoire engagé… (TEC) ») gives a kind and no indefinite article makes it a
 * common noun (« un comité de pilotage (COPIL) »); otherwise the acronym means
 * something that is no name of ours, here. `before`: the words before the
 * long name (or the acronym), nearest first.
 */
function introduce(ctx: Context, sentence: Span, long: Span, acronym: Span, before: readonly string[]): void {
  const { text } = ctx;
  const written = text.slice(acronym.start, acronym.end);
  const longText = text.slice(long.start, long.end);
  // « la chambre régionale des comptes de Bretagne (CRC) »: a known name with its territory.
  const lead = matchAt(ctx, long.start, -1);
  const withPlace = lead !== null && lead.variant.mode === Mode.Strong && lead.variant.target.origin === 'builtin' && onlyComplement(text, lead.end, long.end);
  const known = ctx.knowledge.resolve(longText) ?? (withPlace ? ctx.knowledge.entry(lead.variant.target.id) : undefined);
  if (known) {
    if (claims(matchAt(ctx, acronym.start, acronym.end), known.id) === 'strong') return;
    push(ctx, { ...acronym, term: written, id: known.id, sentence, kind: known.kind, invented: true, explicit: true });
    return;
  }
  let kind = headKind(nameTokens(longText).folded);
  let article = before[0] ?? '';
  if (!kind && before.length > 0) {
    kind = HEADS.get(before[0]) ?? null;
    article = before[1] ?? '';
  }
  // « un comité de pilotage (COPIL) » is a common noun; « un Fonds régional d’amorçage (FRAI) », with its capital, a name.
  if (!kind || ((article === 'un' || article === 'une') && !isUpper(text.charCodeAt(long.start)))) {
    push(ctx, { ...acronym, term: written, id: '', sentence, kind: kind ?? 'label', invented: true, explicit: false, generic: true });
    return;
  }
  // The acronym is what the parenthesis defines: the long name may well be used before it. Both name one
  // thing, with one id (from the long name: two documents giving one acronym two meanings keep them apart).
  const id = `user:${slug(longText)}`;
  push(ctx, { ...long, term: longText, id, sentence, kind, invented: true, explicit: false });
  push(ctx, { ...acronym, term: written, id, sentence, kind, invented: true, explicit: true });
}

// ---------------------------------------------------------------------------
// « un fonds dénommé Relance Sud », « le plan dit Marshall numérique »: a naming
// word after a kind noun, then a capitalised name without quotes.

/** The naming words as the scanner hashes them (plural « s » dropped). */
const NAMING_HASHES = new Set([...NAMING].map((w) => hashString(nameTokens(w).folded[0])));

function namingDefinitions(ctx: Context, b: Block): void {
  const { text, tokens } = ctx;
  const from = tokenAfter(tokens, b.contentStart);
  for (let i = from; i < tokens.count && tokens.start[i] < b.end; i++) {
    if (!NAMING_HASHES.has(tokens.hash[i]) || (tokens.flags[i] & TF.Capital) !== 0) continue;
    const word = foldToken(text, tokens.start[i], tokens.end[i]);
    if (!NAMING.has(word) && !NAMING.has(word + 's')) continue;
    const next = i + 1;
    if (next >= tokens.count || tokens.start[next] >= b.end || (tokens.flags[next] & TF.Capital) === 0) continue;
    // Quoted names are read by quotedTerm.
    if (!onlyBlanks(text, tokens.end[i], tokens.start[next])) continue;
    const sentence = sentenceOf(ctx, tokens.start[i], b);
    const kind = nounBefore(loose(text.slice(Math.max(sentence.start, tokens.start[i] - 70), tokens.start[i])));
    if (!kind) continue;
    // Capitalised words, with small words between them, up to six.
    let last = next;
    for (let t = next + 1; t < tokens.count && t - next < 6 && tokens.start[t] < b.end && (tokens.flags[t] & TF.Tight) !== 0; t++) {
      const f = foldToken(text, tokens.start[t], tokens.end[t]);
      if ((tokens.flags[t] & (TF.Capital | TF.Number | TF.Ordinal)) !== 0) last = t;
      else if (!FUNCTION_WORDS.has(f)) break;
    }
    const span = { start: tokens.start[next], end: tokens.end[last] };
    if (!plausibleTerm(text, span)) continue;
    add(ctx, span, sentence, kind, true);
    addLong(ctx, longNameBefore(ctx, sentence, tokens.start[i]), sentence, span);
    i = last;
  }
}

function onlyBlanks(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isBlankChar(text.charCodeAt(k))) return false;
  return true;
}

/** Definitions in document order; the first definition of a term wins. */
export function findDefinitions(text: string, structure: DocumentStructure, knowledge: KnowledgeIndex, excluded: readonly Span[] = NO_SPANS): DocumentDefinition[] {
  const { tokens, matches } = knowledge.scan(text, excluded);
  const ctx: Context = { text, structure, knowledge, excluded, tokens: tokens ?? tokensOf(text), matches, out: [], seen: new Set(), paren: -1, quotes: [-1, -1, -1] };
  for (const b of structure.blocks) {
    // « ## Le fonds d’aide aux jeunes (FAJ) »: a heading may define an acronym, and name a thing in quotes, too.
    if (b.kind === 'heading') {
      // « # Le programme « Scènes partagées » reconduit »: a title names the thing its body speaks of; its quotes are
      // read first, for the acronym that may follow them (« ## Plan « Littoral résilient » (PLR) »).
      quotedDefinitions(ctx, b);
      acronymDefinitions(ctx, b);
      continue;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    if (!boldDefinition(ctx, b)) {
      if (b.kind === 'list-item') plainListDefinition(ctx, b);
      else pandocDefinition(ctx, b);
    }
    quotedDefinitions(ctx, b);
    acronymDefinitions(ctx, b);
    namingDefinitions(ctx, b);
  }
  return ctx.out.sort((a, b) => a.start - b.start);
}

/** The definition a mention or offset refers to, for go-to-definition inside the document. */
export function definitionOf(definitions: readonly Definition[], id: string): Definition | undefined {
  return definitions.find((d) => d.id === id);
}
