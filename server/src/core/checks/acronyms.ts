// Acronyms and the phrases they abbreviate: « CPOM » for « contrat pluriannuel
// d’objectifs et de moyens », « EBE » for « excédent brut d’exploitation ».
// Read from items (words.ts), so folding and elisions are those of the checks.

import { Item } from './words';

/** Two to six capitals, digits after the first allowed when `digits`: « DSC », « FSE », « PIA4 »; not « Le » or « A ». */
export function isAcronym(raw: string, digits = false): boolean {
  if (raw.length < 2 || raw.length > 6) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (digits && i > 0 && c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Little words an acronym's letters skip: « excédent brut d’exploitation » is EBE. */
const UNSPELLED: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'la', 'le', "l'", 'les', 'et', 'a', 'au', 'aux', 'pour', 'en']);

/** The last item of the words from item q that, little words aside, begin with the acronym's letters in turn, or -1. */
export function spelledOut(items: readonly Item[], q: number, acronym: string): number {
  let letter = 0;
  let k = q;
  for (; k < items.length && letter < acronym.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') return -1;
    if (letter > 0 && UNSPELLED.has(it.f)) continue;
    if (it.f.charCodeAt(0) !== acronym.charCodeAt(letter) + 32) return -1;
    letter++;
  }
  return letter === acronym.length ? k - 1 : -1;
}
