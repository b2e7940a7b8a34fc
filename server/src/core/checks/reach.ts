// How far the relation finders look back across a paragraph break, stated
// once: chunks.ts never cuts a document where a sentence may take its whole
// from before the cut, and the finders never look further than this.

import { Span } from '../types';
import { Cue, has } from './cues';
import { Item, MONTHS, firstIndex, isPunct, isYearItem, itemize, isWord } from './words';
import { tagCues } from './cues';
import { isBlank } from '../text/chars';

/** « correspondant » in its four forms: an amount that prices what was said before. */
export const CORRESPONDING = ['correspondant', 'correspondante', 'correspondants', 'correspondantes'];

/** How many sentences back a whole may be taken from (« Sur ce total », « Cette enveloppe… »). */
export const REACH = 3;

/**
 * Whether the sentence may take its whole from an earlier paragraph: it opens
 * on « Sur » (« Sur ce total… »), a word pointing back (« Cette enveloppe… »,
 * « Elle… »), a total or a closure (« Total : », « Au total », « Le reste »,
 * « Enfin ») or a whole's noun after an article (« Le montant… »). Read from
 * its first words alone, and erring towards yes, so a document is never cut
 * where a sentence reaches back. Look-backs within a paragraph need no such
 * care: chunks never cut inside one.
 */
export function mayReferBack(text: string, s: Span): boolean {
  return opensOnReference(text, s) || missesATerm(text, s);
}

/** « Au sein de » at item k: what follows is the whole the sentence's parts are taken from, as after « Sur ». */
export function withinAt(items: readonly Item[], k: number): boolean {
  return isWord(items[k], 'au') && isWord(items[k + 1], 'sein') && isWord(items[k + 2], 'de', "d'");
}

/** The part of mayReferBack read from a sentence's first words (80 characters). */
export function opensOnReference(text: string, s: Span): boolean {
  let end = Math.min(s.end, s.start + 80);
  while (end < s.end && !isBlank(text.charCodeAt(end))) end++;
  const items = itemize(text, { start: s.start, end }, [], []);
  const cues = tagCues(items);
  const k = firstIndex(items);
  if (isWord(items[k], 'sur', 'parmi') || has(cues[k], 'anaphora')) return true;
  // « Au sein de cette dotation, … »: as « Sur ce total ».
  if (withinAt(items, k) && has(cues[k + 3], 'anaphora')) return true;
  // « Par nature de dépense, ces crédits… »: a short fronted clause, then the word pointing back.
  const front = afterFrontedClause(items, k);
  if (front > k && has(cues[front], 'anaphora')) return true;
  // « En 2021, il n’en comptait que 112 000 », « Avant les travaux, en 2021, elle en recevait 40 »: a pronoun subject
  // and « en » count or take a part of what was said before, after up to two fronted clauses.
  if (pronounAndEn(items, k) || pronounAndEn(items, front) || pronounAndEn(items, afterFrontedClause(items, front))) return true;
  // « La seule restauration des façades mobilisera 9,1 M€ »: one part, set against the whole said before.
  if (opensAlone(items, k)) return true;
  // « Le programme 107 reste le premier poste de dépense, avec 11,3 Md€ »: one part, ranked among the others.
  for (let q = k; q + 1 < items.length; q++) if (ranksAmongParts(items, q)) return true;
  // « La hausse de 5 points doit rapporter … »: the definite change and its figure name a change said before.
  if (opensOnDefiniteChange(items, cues, k)) return true;
  // « Total : 109 900 € » under a list, « Au total, … », « Le reste… », « Enfin, … »: a total or the end of the parts before.
  if (has(cues[k], 'total') || has(cues[k], 'closure') || has(cues[k], 'remainder') || (isWord(items[k], 'le', 'la', "l'") && (has(cues[k + 1], 'remainder') || has(cues[k + 1], 'total')))) return true;
  // « Après avis, la dotation est répartie comme suit : »: a definite noun of a sum among the first words.
  // (« Le produit passe de 350 000 € à 420 000 € »: a noun whose change is given both its ends takes nothing up.)
  for (let q = k; q + 1 < items.length && q < k + 12; q++) if (isWord(items[q], 'le', 'la', "l'") && has(cues[q + 1], 'sum-noun') && !bothEndsAfter(items, q + 2)) return true;
  // « Plan de financement sollicité : »: the plan splits the cost said before.
  for (let q = k; q + 2 < items.length && q < k + 3; q++) if (isWord(items[q], 'plan') && isWord(items[q + 1], 'de') && isWord(items[q + 2], 'financement')) return true;
  // « Les dépenses d’équipement se répartissent ainsi : »: a lead-in that splits what the paragraph before stated.
  for (let q = k; q < items.length && q < k + 8; q++) if (has(cues[q], 'distribution')) return true;
  // « La dépense correspondante, soit … », « Le coût correspondant s’élève à … »: what was just said, priced.
  for (let q = k; q < items.length && q < k + 4; q++) if (isWord(items[q], ...CORRESPONDING)) return true;
  // A sentence cut short by the 80 characters may still have its noun after.
  return isWord(items[items.length - 1], 'le', 'la', "l'") && end < s.end;
}

/** Determiners between « de » and the noun of a whole: « 28 % de nos ressources », « 35 % des allocataires ». */
export const WHOLE_DETERMINERS = ['la', "l'", 'les', 'nos', 'ses', 'leurs', 'ces', 'cette', 'ce', 'cet', 'son', 'sa', 'notre', 'leur', 'votre', 'vos'];

/** How much of a sentence missesATerm reads: relations are stated near their figures, and the cost stays bounded. */
const TERM_SPAN = 400;

/**
 * A relation the sentence states with one of its terms said before: « les charges de personnel, 9,9 M€, en représentent
 * les deux tiers » (« en » and a verb of share), « soit 28 % de nos ressources » (a share of a whole named without a
 * figure), « en hausse de 23 % par rapport à 2023 » (a change against a year, with no figure of that year beside it).
 */
function missesATerm(text: string, s: Span): boolean {
  const end = termEnd(text, s);
  const items = itemize(text, { start: s.start, end }, [], []);
  return missesATermIn(items, tagCues(items), end);
}

/** Where missesATerm stops reading: TERM_SPAN characters on, at the end of the word there. */
export function termEnd(text: string, s: Span): number {
  let end = Math.min(s.end, s.start + TERM_SPAN);
  while (end < s.end && !isBlank(text.charCodeAt(end))) end++;
  return end;
}

/**
 * missesATerm over items already cut: the raw words of the chunker, or a sentence's items with its figures (a
 * Sentence reads its own, so the answer costs no second cut). Figures and digits read alike; items from `limit` on
 * are not read, as the chunker does not read them.
 */
export function missesATermIn(items: readonly Item[], cues: readonly (Cue | undefined)[], limit: number): boolean {
  let change = false;
  let n = items.length;
  while (n > 0 && items[n - 1].start >= limit) n--;
  for (let q = 0; q < n; q++) {
    const it = items[q];
    if (isWord(it, 'en') && has(cues[q + 1], 'share-verb')) return true;
    // « Le programme 150 concentre à lui seul 34 200 M€ »: a part of the whole said before.
    if (isWord(it, 'lui', 'elle', 'eux', 'elles') && isWord(items[q - 1], 'a') && isWord(items[q + 1], 'seul', 'seule', 'seuls', 'seules')) return true;
    // « L’engagement pluriannuel … s’élève ainsi à 155 000 € »: « ainsi » draws the figure from what was said before.
    if (isWord(it, 'ainsi') && q > 0 && !isWord(items[q + 1], 'que', "qu'")) return true;
    // « cet encours de 281,6 M€ »: a demonstrative, a noun and its amount take up the amount that noun was given before.
    if (isWord(it, 'ce', 'cet', 'cette') && items[q + 1]?.kind === 'word' && !digitWord(items[q + 1]) && isWord(items[q + 2], 'de', "d'") && digitWord(items[q + 3])) return true;
    if (has(cues[q], 'rise') || has(cues[q], 'fall') || has(cues[q], 'change') || has(cues[q], 'factor')) change = true;
    // A share: « 28 % », « les deux tiers », then « de nos ressources » and the clause's end, no number between.
    if (isPunct(it, '%') || it.kind === 'percent' || has(cues[q], 'fraction')) {
      let r = q + (cues[q]?.length ?? 1);
      if (!isWord(items[r], 'de', 'du', 'des', "d'")) continue;
      r++;
      if (isWord(items[r], ...WHOLE_DETERMINERS)) r++;
      if (items[r]?.kind !== 'word' || digitWord(items[r])) continue;
      let figureless = true;
      for (r++; r < n && !isPunct(items[r], ',', ';', '.', ':', '(', '!', '?'); r++) if (digitWord(items[r])) figureless = false;
      if (figureless) return true;
    }
    // « par rapport à 2023 », « depuis 2019 » after a change, no figure in brackets after the year.
    if (change && (isWord(it, 'depuis') || (isWord(it, 'rapport') && isWord(items[q - 1], 'par'))) && !isPunct(items[q + 3], '(')) {
      for (let r = q + 1; r < n && r <= q + 2; r++) if (isYearItem(items[r])) return true;
    }
  }
  return false;
}

/** A number: a word of digits, or a figure the recogniser read (a sentence's own items). */
function digitWord(it: Item | undefined): boolean {
  if (it && (it.kind === 'amount' || it.kind === 'percent')) return true;
  if (!it || it.kind !== 'word') return false;
  const c = it.raw.charCodeAt(0);
  return c >= 48 && c <= 57;
}


/**
 * The first item after a short fronted clause (« Par nature de dépense, », « En 2024, », « Dans le détail, »): at most
 * six words and no figure before a comma. `k` when there is none.
 */
/** « La hausse de 5 points », « La baisse de 12 % » at item k: a definite noun of change, « de » and its figure. */
export function opensOnDefiniteChange(items: readonly Item[], cues: readonly (Cue | undefined)[], k: number): boolean {
  if (!isWord(items[k], 'la', 'le', "l'") || !(has(cues[k + 1], 'rise') || has(cues[k + 1], 'fall') || has(cues[k + 1], 'change'))) return false;
  // « La hausse est donc de 36 % », « La baisse atteint ainsi 12 % »: a verb and an adverb may stand before the figure.
  let at = k + 2;
  if (isWord(items[at], 'est', 'sera', 'serait', 'atteint', 'atteindra', 'ressort', 's\'eleve', 'eleve')) at++;
  if (isWord(items[at], 'donc', 'ainsi', 'alors', 'finalement', 'bien')) at++;
  const n = isWord(items[at], 'de', "d'", 'a') ? items[at + 1] : at > k + 2 ? items[at] : undefined;
  return n !== undefined && (n.kind === 'percent' || n.kind === 'amount' || (n.kind === 'word' && n.raw.charCodeAt(0) >= 48 && n.raw.charCodeAt(0) <= 57));
}

/** « Le seul », « La seule », « Les seuls », « Les seules » and a noun at item k: one part of what was said before. */
export function opensAlone(items: readonly Item[], k: number): boolean {
  return isWord(items[k], 'le', 'la', 'les') && isWord(items[k + 1], 'seul', 'seule', 'seuls', 'seules') && items[k + 2]?.kind === 'word';
}

/** Ordinals that rank a figure among the parts of a whole: « le premier poste », « le deuxième poste de dépense ». */
const ORDINALS = ['premier', 'premiere', 'deuxieme', 'second', 'seconde', 'troisieme', 'quatrieme', 'cinquieme', 'dernier', 'derniere'];

/** « premier poste », « deuxième poste » at item k: the figure of the sentence is one part of a whole said before. */
export function ranksAmongParts(items: readonly Item[], k: number): boolean {
  return isWord(items[k], ...ORDINALS) && isWord(items[k + 1], ...RANKED_NOUNS);
}

/**
 * Nouns a rank makes one of several parts of a flow: « le premier poste », « la première source d’approvisionnement ».
 * (« le premier employeur de l’agglomération » ranks the subject among others of its kind, not its amount.)
 */
const RANKED_NOUNS: readonly string[] = ['poste', 'postes', 'contributeur', 'financeur', 'source', 'ressource', 'recette', 'depense', 'destination', 'debouche', 'motif', 'cause', 'origine', 'composante'];

/** « passe de 350 000 € à 420 000 € » within the dozen items from `from`: « de », digits, then « à », digits. */
function bothEndsAfter(items: readonly Item[], from: number): boolean {
  const digits = (it: Item | undefined) => it?.kind === 'word' && it.raw.charCodeAt(0) >= 48 && it.raw.charCodeAt(0) <= 57;
  let start = -1;
  for (let q = from; q < items.length && q < from + 12; q++) {
    if (start < 0 && isWord(items[q], 'de', "d'") && digits(items[q + 1])) start = q;
    else if (start >= 0 && isWord(items[q], 'a') && digits(items[q + 1])) return true;
  }
  return false;
}

/**
 * What follows « en » as a preposition in figure sentences (« en moyenne », « en faveur de », « en 2024 », « en
 * juin »): after « en », any other word is read as the verb of its pronoun (« la caisse en dénombre »).
 */
const PREPOSITIONAL_EN: ReadonlySet<string> = new Set([
  'moyenne', 'plus', 'outre', 'effet', 'cours', 'faveur', 'hausse', 'baisse', 'recul', 'progression', 'revanche', 'particulier',
  'fonctionnement', 'investissement', 'euros', 'valeur', 'volume', 'france', 'region', 'tout', 'totalite', 'partie', 'matiere',
  'termes', 'tant', 'lien', 'charge', 'dehors', 'deca', 'fin', 'debut', 'milieu', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq',
  'dix', ...MONTHS,
]);

/** The word after a pronoun « en » is its verb: no number, no word of PREPOSITIONAL_EN. */
export function isVerbAfterEn(next: Item | undefined): boolean {
  return next?.kind === 'word' && !/^\d/.test(next.f) && !PREPOSITIONAL_EN.has(next.f);
}

/** « il n’en », « elles en », « on en » at item k. */
function pronounAndEn(items: readonly Item[], k: number): boolean {
  if (!isWord(items[k], 'il', 'elle', 'ils', 'elles', 'on')) {
    // « Quatre ans plus tard, la caisse en dénombre 447 000 »: a definite subject of one or two words, then « en » before
    // a verb (« La caisse en 2024 … », « Le plan en faveur de … » are no pronoun).
    if (!isWord(items[k], 'le', 'la', "l'", 'les') || items[k + 1]?.kind !== 'word') return false;
    const en = isWord(items[k + 2], 'en') ? k + 2 : items[k + 2]?.kind === 'word' && isWord(items[k + 3], 'en') ? k + 3 : -1;
    const verb = items[en + 1];
    return en > 0 && isVerbAfterEn(items[en + 1]);
  }
  return isWord(items[k + 1], 'en') || (isWord(items[k + 1], "n'", 'ne') && isWord(items[k + 2], 'en'));
}

export function afterFrontedClause(items: readonly Item[], k: number): number {
  for (let q = k; q < items.length && q <= k + 6; q++) {
    const it = items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return k;
    if (it.kind === 'punct') return it.ch === ',' && q > k ? q + 1 : k;
  }
  return k;
}

/**
 * « ### Répartition de l’enveloppe », « ## Ventilation de ces crédits »: a heading that announces how a whole named
 * before it is split, with a definite or demonstrative noun of a sum. The list under it takes that whole from the
 * section before, so no chunk starts at such a heading (chunks.ts) and lists.ts reads across it.
 */
export function headingTakesUpWhole(text: string, s: Span): boolean {
  const end = Math.min(s.end, s.start + 120);
  const items = itemize(text, { start: s.start, end }, [], []);
  const cues = tagCues(items);
  let splits = false;
  let names = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') {
      // A heading that states its own figure names its own whole.
      if (it.kind !== 'punct') return false;
      continue;
    }
    if (has(cues[k], 'distribution')) splits = true;
    if (isWord(it, 'le', 'la', "l'", 'les', 'ce', 'cet', 'cette', 'ces', 'du', 'des') && has(cues[k + 1], 'sum-noun')) names = true;
  }
  for (let i = s.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return splits && names;
}
