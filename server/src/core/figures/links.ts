// Figures that share one unit: ranges (« entre 2 et 3 milliards d’euros »,
// « de 10 à 15 millions », « 35 à 40 Mds Eur », « 10-20 € ») and enumerations
// (« 667, 444 et 680 millions d’euros »). The unit is written once, after the
// last figure; the earlier ones borrow its scale and currency. Borrowing is
// refused when it would not read as French: a year (« en 2022 et 300
// millions »), a label (« programme 424 et … »), a count, or a number that
// cannot take the scale (« 2 500 et 3 millions »).

import { Figure, figureNumber, figureValue } from './figure';
import { LEX } from './lexicon';
import { Tk, Tokens } from './tokens';

const enum Link {
  None = 0,
  Comma = 1,
  And = 2,
  Or = 3,
  To = 4,
  Dash = 5,
}

function connector(t: Tokens, aLast: number, bFirst: number): Link {
  if (bFirst !== aLast + 2) return Link.None;
  const k = aLast + 1;
  if (t.lineBreakBefore(k) || t.lineBreakBefore(bFirst)) return Link.None;
  const kind = t.kind[k];
  if (kind === Tk.Punct) {
    const c = t.lex[k];
    if (c === 44) return t.glued(bFirst) ? Link.None : Link.Comma; // « 1,5 » would be one number already
    if (c === 45 || c === 0x2013) return Link.Dash;
    return Link.None;
  }
  if (kind !== Tk.Word || t.lex[k] < 0) return Link.None;
  const canon = LEX[t.lex[k]].canon;
  if (canon === 'et') return Link.And;
  if (canon === 'ou') return Link.Or;
  if (canon === 'a') return Link.To;
  return Link.None;
}

/** Could the figure ending at token `last` be linked to a following one? */
export function mayLink(t: Tokens, last: number): boolean {
  const k = last + 1;
  if (k >= t.n) return false;
  const kind = t.kind[k];
  if (kind === Tk.Punct) {
    const c = t.lex[k];
    return c === 44 || c === 45 || c === 0x2013;
  }
  if (kind !== Tk.Word || t.lex[k] < 0) return false;
  const canon = LEX[t.lex[k]].canon;
  return canon === 'et' || canon === 'ou' || canon === 'a';
}

function wordBefore(t: Tokens, first: number): string {
  const p = first - 1;
  if (p < 0 || t.kind[p] !== Tk.Word || t.lex[p] < 0) return '';
  return LEX[t.lex[p]].canon;
}

function bare(f: Figure): boolean {
  return f.unit === '';
}

/** Lends b's unit (and scale, when a has none) to a. */
function borrow(a: Figure, b: Figure): boolean {
  if (!bare(a) || a.label || a.yearLike || a.count) return false;
  if (b.unit === '%') {
    if (a.scaleTok >= 0 || a.scale !== 1) return false;
    a.unit = '%';
    return true;
  }
  if (a.scaleTok < 0 && b.scale > 1 && a.scale === 1) {
    const n = figureNumber(a);
    if (n < 1000) {
      if (b.scale < 1e3 && n > figureNumber(b) * 100) return false;
      a.scale = b.scale;
      a.contextScale = b.contextScale;
    } else if (figureValue(a) > figureValue(b)) {
      return false;
    }
  }
  a.unit = b.unit;
  // The first end of « 1 à 2 milliards » is as sure of its currency as the second.
  a.inferred = b.inferred;
  return true;
}

/** Longest enumeration that shares one unit (« 1, 2, … et 24 millions »). */
const MAX_ENUMERATION = 24;

/** Links the first `count` figures of one block (in text order). */
export function linkFigures(t: Tokens, figs: readonly Figure[], count: number): void {
  let chainStart = 0;
  for (let i = 1; i < count; i++) {
    const a = figs[i - 1];
    const b = figs[i];
    const link = connector(t, a.lastTok, b.firstTok);
    if (link === Link.None) {
      chainStart = i;
      continue;
    }
    const between = link === Link.And && wordBefore(t, a.firstTok) === 'entre';
    if (link === Link.To || link === Link.Dash || between) {
      if (b.count) {
        if (bare(a)) a.count = true;
      } else if (b.unit !== '' && a.rangeRole === '' && b.rangeRole === '') {
        // « Trois cent cinquante mille euros — 350 000 € — »: a dash between a number in words and one in digits
        // sets a restatement apart, it spans no range.
        if (link === Link.Dash && (t.kind[a.firstTok] === Tk.Word) !== (t.kind[b.firstTok] === Tk.Word)) {
          chainStart = i;
          continue;
        }
        if (bare(a)) {
          if (link === Link.Dash && (a.yearLike || b.unit === '')) {
            chainStart = i;
            continue;
          }
          borrow(a, b);
        }
        if (a.unit === b.unit && a.unit !== '%' && figureValue(a) <= figureValue(b) && a.inferred === b.inferred) {
          a.rangeRole = 'low';
          a.rangeOther = i;
          b.rangeRole = 'high';
          b.rangeOther = i - 1;
        }
      }
      chainStart = i;
      continue;
    }
    if (link === Link.Comma) {
      if (i - chainStart >= MAX_ENUMERATION) chainStart = i - MAX_ENUMERATION + 1;
      continue;
    }
    // « et » / « ou » closes an enumeration at b.
    if (b.count) {
      for (let j = i - 1; j >= chainStart; j--) if (bare(figs[j]) && figs[j].scaleTok >= 0) figs[j].count = true;
    } else if (b.unit !== '') {
      for (let j = i - 1; j >= chainStart; j--) {
        if (!bare(figs[j])) break;
        if (!borrow(figs[j], b)) break;
      }
    }
    chainStart = i;
  }
}

/**
 * « 5 millions de ménages, dont 1,2 million en Île-de-France »: a part that
 * « dont » (« soit », « parmi lesquels ») introduces counts what its total
 * counts, so it takes no currency from the paragraph.
 */
export function countParts(t: Tokens, figs: readonly Figure[], count: number): void {
  for (let i = 1; i < count; i++) {
    const f = figs[i];
    if (!bare(f) || f.count || !figs[i - 1].count) continue;
    // « dont », possibly with a qualifier (« dont près de », « dont plus d’ ») before the figure.
    let p = f.firstTok - 1;
    for (let guard = 0; guard < 4 && p >= 0; guard++) {
      if (t.kind[p] === Tk.Punct && t.lex[p] === 39) {
        p--;
        continue;
      }
      if (t.kind[p] !== Tk.Word || t.lex[p] < 0) break;
      const canon = LEX[t.lex[p]].canon;
      if (canon === 'dont' || canon === 'soit') {
        f.count = true;
        break;
      }
      p--;
    }
  }
}
