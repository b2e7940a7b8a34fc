// How a writer hedges a figure: « près de », « plus de », « jusqu’à »… The
// phrase stands right before the figure (possibly elided: « plus d’1 million »)
// and is kept as data; it is not part of the figure's span. « environ » may
// also follow the figure.

import { Qualifier } from '../types';
import { LEX } from './lexicon';
import { foldCodes } from '../text/fold';
import { Tk, Tokens } from './tokens';

const PHRASES: [string, Qualifier][] = [
  // approximate
  ['pres de', 'approximate'],
  ['environ', 'approximate'],
  ['env', 'approximate'],
  ['approx', 'approximate'],
  ['quelque', 'approximate'],
  ['de le ordre de', 'approximate'],
  ['autour de', 'approximate'],
  ['aux alentours de', 'approximate'],
  ['approximativement', 'approximate'],
  ['presque', 'approximate'],
  ['pratiquement', 'approximate'],
  ['quasiment', 'approximate'],
  ['quasi', 'approximate'],
  ['a peu pres', 'approximate'],
  ['grosso modo', 'approximate'],
  ['pas loin de', 'approximate'],
  // lower bound
  ['plus de', 'lower-bound'],
  ['un peu plus de', 'lower-bound'],
  ['au moins', 'lower-bound'],
  ['au minimum', 'lower-bound'],
  ['minimum', 'lower-bound'],
  ['un minimum de', 'lower-bound'],
  ['superieur a', 'lower-bound'],
  ['au dela de', 'lower-bound'],
  ['pas moins de', 'lower-bound'],
  ['a partir de', 'lower-bound'],
  ['au dessus de', 'lower-bound'],
  ['excedant', 'lower-bound'],
  ['depassant', 'lower-bound'],
  ['au bas mot', 'lower-bound'],
  // « le coût dépasse 3 M€ »; « sans qu’aucune ne dépasse 300 000 € », « ne dépasse pas 2 M€ »: a ceiling once negated.
  ['depasse', 'lower-bound'],
  ['depassent', 'lower-bound'],
  ['depassera', 'lower-bound'],
  ['excede', 'lower-bound'],
  ['excedent', 'lower-bound'],
  ['ne depasse', 'upper-bound'],
  ['ne depassent', 'upper-bound'],
  ['ne depassera', 'upper-bound'],
  ['ne depasse pas', 'upper-bound'],
  ['ne depassent pas', 'upper-bound'],
  ['ne depassera pas', 'upper-bound'],
  ['n excede', 'upper-bound'],
  ['n excede pas', 'upper-bound'],
  ['n excedent pas', 'upper-bound'],
  // upper bound
  ['jusque a', 'upper-bound'],
  ['moins de', 'upper-bound'],
  ['un peu moins de', 'upper-bound'],
  ['moins que', 'upper-bound'],
  ['au plus', 'upper-bound'],
  ['tout au plus', 'upper-bound'],
  ['au maximum', 'upper-bound'],
  ['maximum', 'upper-bound'],
  ['un maximum de', 'upper-bound'],
  ['inferieur a', 'upper-bound'],
  ['dans le limite de', 'upper-bound'],
  ['plafonne a', 'upper-bound'],
  ['pas plus de', 'upper-bound'],
  ['en dessous de', 'upper-bound'],
  ['au dessous de', 'upper-bound'],
  // « à peine 7 % » is barely 7 %: about that figure, a little under it, not anything below it.
  ['a peine', 'approximate'],
  ['max', 'upper-bound'],
  // an exact figure: stops a shorter phrase from matching (« pas plus de » is not « plus de »)
  ['exactement', null],
  ['precisement', null],
  ['tout juste', null],
  // « ne pèsent plus que 5 % », « il ne reste plus que 12 places »: « ne … plus que » is « only »; a figure after
  // « plus que » is that figure (a bound is written « plus de »).
  ['plus que', null],
];

const phraseMap = new Map<string, Qualifier>();
let maxWords = 1;
for (const [p, q] of PHRASES) {
  phraseMap.set(foldCodes(p), q);
  maxWords = Math.max(maxWords, p.split(' ').length);
}

const words: string[] = [];

/**
 * The qualifier written right before token `first` (the figure's first
 * token). Reads back over words, apostrophes and hyphens only.
 */
export function qualifierBefore(t: Tokens, first: number): Qualifier {
  words.length = 0;
  let k = first - 1;
  while (k >= 0 && words.length < maxWords) {
    const kind = t.kind[k];
    if (kind === Tk.Punct && (t.lex[k] === 39 || t.lex[k] === 45) && t.glued(k + 1)) {
      k--;
      continue;
    }
    if (kind !== Tk.Word) break;
    const id = t.lex[k];
    if (id < 0) break;
    words.push(LEX[id].canon);
    k--;
  }
  // Longest phrase first.
  for (let n = words.length; n >= 1; n--) {
    let key = words[n - 1];
    for (let w = n - 2; w >= 0; w--) key += ' ' + words[w];
    const q = phraseMap.get(key);
    if (q !== undefined) return q;
  }
  return null;
}

/** « 1,8 milliard d’euros environ »: a qualifier right after the figure. */
export function qualifierAfter(t: Tokens, last: number): Qualifier {
  const k = last + 1;
  if (k >= t.n || t.kind[k] !== Tk.Word || t.glued(k)) return null;
  const id = t.lex[k];
  if (id < 0) return null;
  const canon = LEX[id].canon;
  if (canon === 'environ') return 'approximate';
  if (canon === 'maximum' || canon === 'max') return 'upper-bound';
  if (canon === 'minimum' || canon === 'min') return 'lower-bound';
  return null;
}
