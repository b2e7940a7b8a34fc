// French cardinals written in words, below the million: « trois cent
// cinquante », « quatre-vingt-dix-neuf », « vingt et un », « soixante-dix »,
// « deux cents », « vingt mille ». Parts are joined by blanks or by a hyphen
// touching both words; « et » only inside « vingt et un » … « soixante et
// onze ». Scale words (million, milliard) are read by the figure grammar.

import { LEX, NumKind } from './lexicon';
import { Tk, Tokens } from './tokens';

export interface WordNumber {
  ok: boolean;
  endTok: number;
  value: number;
  /** Place value of the last word: 1000 when the number ends on « mille », else 1. */
  step: number;
  /** The number is a lone « un » / « une » (an article as often as a number). */
  loneOne: boolean;
}

export function newWordNumber(): WordNumber {
  return { ok: false, endTok: 0, value: 0, step: 1, loneOne: false };
}

/** The lexeme id of a word token, or -1. */
function wordLex(t: Tokens, k: number): number {
  return k < t.n && t.kind[k] === Tk.Word ? t.lex[k] : -1;
}

/** Applies one number word to the running (thousands, small) pair; false when it cannot continue the number. */
function apply(state: number[], kind: NumKind, n: number, prevKind: NumKind): boolean {
  let thousands = state[0];
  let small = state[1];
  const r = small % 100;
  switch (kind) {
    case NumKind.Unit:
      if (n === 0) {
        if (thousands !== 0 || small !== 0 || prevKind !== NumKind.None) return false;
        break;
      }
      if (r === 0 && !(prevKind === NumKind.Unit)) small += n;
      else if ((r === 20 || r === 30 || r === 40 || r === 50 || r === 60 || r === 80) && n <= 9) small += n;
      else if ((r === 60 || r === 80) && n >= 10 && n <= 19) small += n;
      else if ((r === 10 || r === 70 || r === 90) && n >= 7 && n <= 9 && prevKind === NumKind.Unit) small += n;
      else if ((r === 70 || r === 90) && n <= 9 && prevKind === NumKind.Ten) small += n; // septante-deux, nonante-neuf
      else return false;
      break;
    case NumKind.Vingt:
      if (r === 4 && prevKind === NumKind.Unit) small += 76; // quatre-vingt(s)
      else if (r === 0 && prevKind !== NumKind.Unit && prevKind !== NumKind.Ten && prevKind !== NumKind.Vingt) small += 20;
      else return false;
      break;
    case NumKind.Ten:
      if (r === 0 && prevKind !== NumKind.Unit && prevKind !== NumKind.Ten && prevKind !== NumKind.Vingt) small += n;
      else return false;
      break;
    case NumKind.Cent:
      if (small >= 100) return false;
      if (small === 1) return false; // « un cent » is not French for 100
      small = (small === 0 ? 1 : small) * 100;
      break;
    case NumKind.Mille:
      if (thousands !== 0) return false;
      if (small === 1 && prevKind === NumKind.Unit) return false; // « un mille »
      thousands = (small === 0 ? 1 : small) * 1000;
      small = 0;
      break;
    default:
      return false;
  }
  state[0] = thousands;
  state[1] = small;
  return true;
}

const state = [0, 0];

/** Reads the number words starting at token i into `out`. */
export function readWords(t: Tokens, i: number, out: WordNumber): void {
  out.ok = false;
  out.loneOne = false;
  out.step = 1;
  state[0] = 0;
  state[1] = 0;
  let k = i;
  let last = -1;
  let prevKind = NumKind.None;
  let words = 0;
  let firstIsOne = false;
  while (k < t.n) {
    const id = wordLex(t, k);
    if (id < 0) break;
    const lx = LEX[id];
    if (lx.numKind === NumKind.None) break;
    const before0 = state[0];
    const before1 = state[1];
    if (!apply(state, lx.numKind, lx.num, prevKind)) {
      state[0] = before0;
      state[1] = before1;
      break;
    }
    if (words === 0) firstIsOne = lx.num === 1;
    words++;
    last = k;
    prevKind = lx.numKind;
    // Next part: a hyphen touching both words, « et » before un/une/onze, or a blank.
    if (t.isPunct(k + 1, 45) && t.glued(k + 1) && t.glued(k + 2) && wordLex(t, k + 2) >= 0) {
      k += 2;
      continue;
    }
    const next = wordLex(t, k + 1);
    if (next >= 0 && LEX[next].canon === 'et' && !t.glued(k + 1)) {
      const after = wordLex(t, k + 2);
      const r = state[1] % 100;
      if (after >= 0 && (LEX[after].canon === 'un' || LEX[after].canon === 'une' || LEX[after].canon === 'onze') && (r === 20 || r === 30 || r === 40 || r === 50 || r === 60 || r === 70 && LEX[after].canon === 'onze')) {
        k += 2;
        continue;
      }
      break;
    }
    if (t.glued(k + 1)) break;
    k += 1;
  }
  if (last < 0) return;
  out.ok = true;
  out.endTok = last;
  out.value = state[0] + state[1];
  out.step = prevKind === NumKind.Mille ? 1000 : 1;
  out.loneOne = words === 1 && firstIsOne;
}
