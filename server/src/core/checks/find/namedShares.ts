// The share of a thing named as the subject, of a whole named by its noun:
//   « Le programme 149 … concentre 2,13 Md€ … » … « Les crédits de paiement de la mission atteignent 4,86 Md€ » …
//   « Le programme 149 représente ainsi 52 % des crédits de la mission. »
// The part is the amount the same subject was given earlier in the section, the whole the amount its noun (with the
// word that completes it) was given earlier; neither stands in the sentence that states the share.

import { Figure, figureOf } from '../model';
import { has } from '../cues';
import { Sentence } from '../sentences';
import { Item, firstIndex, isPunct, isWord } from '../words';
import { FindOptions } from './wholes';
import { sameNoun } from './quantities';
import { isCapitalised } from '../referents';
import { hasDigit } from '../../text/chars';

/** How many sentences back, within the section, the part and the whole may be said. */
const BACK = 12;

/** Words of a subject that name no thing of their own. */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les', 'ce', 'cet', 'cette', 'ces']);

/**
 * The subject's words before the sentence's verb of share when they name a thing (« Le programme 149 », « La
 * Métropole de Lorval »): up to six words, one of them capitalised past the first or written with digits. Their folded
 * words without articles; null when the sentence opens otherwise.
 */
export function namedSubject(v: Sentence): string[] | null {
  const { items } = v;
  const k0 = firstIndex(items);
  const words: string[] = [];
  let names = false;
  for (let q = k0; q < items.length && q <= k0 + 6; q++) {
    const it = items[q];
    if (it.kind !== 'word') return null;
    if (has(v.cues[q], 'share-verb')) return names && words.length >= 2 ? words : null;
    if (q > k0 && (isCapitalised(it) || hasDigit(it.f))) names = true;
    if (!ARTICLES.has(it.f)) words.push(it.f);
  }
  return null;
}

/** Whether `words` stand in order from item k, articles and « de » between them allowed. Their last item, or -1. */
function wordsAt(items: readonly Item[], k: number, words: readonly string[]): number {
  let q = k;
  for (let i = 0; i < words.length; i++, q++) {
    while (isWord(items[q], 'de', "d'", 'du', 'des') || (items[q]?.kind === 'word' && ARTICLES.has((items[q] as { f: string }).f))) q++;
    if (!isWord(items[q], words[i])) return -1;
  }
  return q - 1;
}

/** The first plain amount within `reach` items after item k, the clause going on (no full stop, semicolon or percentage first). */
function amountAfter(v: Sentence, k: number, reach: number, o: FindOptions): Figure | null {
  for (let q = k + 1; q < v.items.length && q <= k + reach; q++) {
    const it = v.items[q];
    if (it.kind === 'percent' || isPunct(it, '.', ';')) return null;
    if (it.kind === 'amount') return it.high === undefined ? figureOf(o.amounts, it) : null;
  }
  return null;
}

/**
 * The amount the subject `words` was given as the subject of an earlier sentence of the section (« Le programme
 * 149, consacré à …, concentre 2,13 Md€ … »), the nearest; null when none, or when that sentence gives several.
 */
export function subjectAmountBefore(s: number, o: FindOptions, words: readonly string[]): Figure | null {
  const sent = o.sentences[s];
  for (let p = s - 1; p >= 0 && p >= s - BACK; p--) {
    const prev = o.sentences[p];
    if (prev.section !== sent.section) return null;
    const k0 = firstIndex(prev.items);
    const start = ARTICLES.has((prev.items[k0] as { f?: string } | undefined)?.f ?? '') ? k0 + 1 : k0;
    const end = wordsAt(prev.items, start, words);
    if (end < 0) continue;
    // (« … concentre 1,1 Md€ en AE et 0,9 Md€ en CP »: a subject given two amounts is given no one part.)
    let amounts = 0;
    for (const it of prev.items) if (it.kind === 'amount') amounts++;
    return amounts === 1 ? amountAfter(prev, end, 24, o) : null;
  }
  return null;
}

/**
 * The amount a whole's noun and the word completing it (« crédits … de la mission », « dépenses … du budget ») were
 * given earlier in the section: the noun, its complement within six words, then the amount within fourteen.
 */
export function completedNounAmountBefore(s: number, o: FindOptions, noun: string, complement: string): Figure | null {
  const sent = o.sentences[s];
  for (let p = s - 1; p >= 0 && p >= s - BACK; p--) {
    const prev = o.sentences[p];
    if (prev.section !== sent.section) return null;
    const { items } = prev;
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.kind !== 'word' || !sameNoun(it.f, noun)) continue;
      let c = -1;
      for (let q = k + 1; q < items.length && q <= k + 6 && c < 0; q++) {
        if (items[q].kind !== 'word') break;
        if (isWord(items[q], complement)) c = q;
      }
      if (c < 0) continue;
      const found = amountAfter(prev, c, 14, o);
      if (found) return found;
    }
  }
  return null;
}
