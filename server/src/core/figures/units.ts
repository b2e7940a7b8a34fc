// What follows (or precedes) a number: a currency symbol, word or ISO code,
// « de / d’ » + currency after a scale word, and the percent markers.

import { CURRENCY_ADJECTIVES, LEX, Lexeme, symbolCurrency } from './lexicon';
import { Tk, Tokens } from './tokens';
import { appendDigits } from './digits';

export interface UnitMatch {
  /** ISO code, or '%' for a percent marker. */
  code: string;
  endTok: number;
}

export function newUnitMatch(): UnitMatch {
  return { code: '', endTok: -1 };
}

const APOS = 39;

export function wordAt(t: Tokens, k: number): Lexeme | undefined {
  if (k < 0 || k >= t.n || t.kind[k] !== Tk.Word) return undefined;
  const id = t.lex[k];
  return id >= 0 ? LEX[id] : undefined;
}

/** Nothing but blanks (no line break) between tokens k-1 and k? */
export function sameLine(t: Tokens, k: number): boolean {
  return !t.lineBreakBefore(k);
}

/** « de » or « d’ » at token k: the index of the token after it, or -1. */
export function afterDe(t: Tokens, k: number): number {
  const lx = wordAt(t, k);
  if (!lx || lx.canon !== 'de') return -1;
  if (lx.elided) return t.isPunct(k + 1, APOS) && t.glued(k + 1) ? k + 2 : -1;
  return t.glued(k + 1) ? -1 : k + 1;
}

/** A region mark glued or next to « $ » (US$, $ US, $CAD, $ c). */
function dollarRegionAfter(t: Tokens, k: number): string {
  const lx = wordAt(t, k);
  if (!lx || !lx.dollarRegion) return '';
  if (!sameLine(t, k)) return '';
  // The mark must not be the start of a longer word run: « $ c » yes, « $ ce » no (lexicon is exact).
  if (t.glued(k + 1) && t.kind[k + 1] === Tk.Word) return '';
  return lx.dollarRegion;
}

/** A region mark glued to a following « $ »: « US$ », « CA$ ». */
function readRegionDollar(t: Tokens, k: number, lx: NonNullable<ReturnType<typeof wordAt>>, out: UnitMatch): boolean {
  if (!lx.dollarRegion || k + 1 >= t.n || t.kind[k + 1] !== Tk.Sym || t.lex[k + 1] !== 36 || !t.glued(k + 1)) return false;
  out.code = lx.dollarRegion;
  out.endTok = k + 1;
  return true;
}

/**
 * A currency written right at token k (symbol, currency word with its
 * adjective, ISO code, region + `$`). Fills `out` and returns true.
 */
export function readCurrency(t: Tokens, k: number, out: UnitMatch): boolean {
  if (k >= t.n) return false;
  const kind = t.kind[k];
  if (kind === Tk.Sym) {
    const code = symbolCurrency(t.lex[k]);
    if (!code) return false;
    out.code = code;
    out.endTok = k;
    if (t.lex[k] === 36 && k + 1 < t.n) {
      const region = dollarRegionAfter(t, k + 1);
      if (region) {
        out.code = region;
        out.endTok = k + 1;
      }
    }
    return true;
  }
  if (kind !== Tk.Word) return false;
  const lx = wordAt(t, k);
  if (!lx) return false;
  if (readRegionDollar(t, k, lx, out)) return true;
  if (lx.code) {
    // « EUR » must stand alone: not glued to a following word.
    if (t.glued(k + 1) && t.kind[k + 1] === Tk.Word) return false;
    out.code = lx.currency;
    out.endTok = k;
    // « $ usd » style doubled codes are read by the caller; nothing more here.
    return true;
  }
  if (lx.family) {
    let code = lx.currency;
    let end = k;
    const adjectives = CURRENCY_ADJECTIVES.get(lx.family);
    if (adjectives) {
      const adj = wordAt(t, k + 1);
      if (adj && !t.glued(k + 1) && sameLine(t, k + 1)) {
        const c = adjectives.get(adj.canon);
        if (c) {
          code = c;
          end = k + 1;
        }
      }
    }
    if (!code && lx.family === 'livre' && end === k && pounds(t, k)) code = 'GBP';
    if (!code) return false;
    out.code = code;
    out.endTok = end;
    return true;
  }
  return false;
}

/**
 * A bare « livres » after a figure is pounds sterling (« 4 millions de
 * livres »), unless its block speaks of books or weight (« la bibliothèque
 * prête 2 millions de livres », « elle a écrit neuf livres », « 3 livres de
 * farine »): one scan of the block, the first time a « livre » is met.
 */
function pounds(t: Tokens, k: number): boolean {
  if (afterDe(t, k + 1) >= 0 || (t.glued(k + 1) && t.kind[k + 1] === Tk.Word)) return false;
  if (t.notPounds < 0) {
    t.notPounds = 0;
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== Tk.Word || t.lex[i] < 0) continue;
      if (LEX[t.lex[i]].notPounds) {
        t.notPounds = 1;
        break;
      }
    }
  }
  return t.notPounds === 0;
}

/** A currency standing before the figure (« € 12,39 », « EUR 3,5 millions », « US$ 5 », « $10 »). */
export function readPrefixCurrency(t: Tokens, k: number, out: UnitMatch): boolean {
  const kind = t.kind[k];
  if (kind === Tk.Sym) {
    const code = symbolCurrency(t.lex[k]);
    if (!code) return false;
    out.code = code;
    out.endTok = k;
    return true;
  }
  const lx = wordAt(t, k);
  if (!lx) return false;
  if (readRegionDollar(t, k, lx, out)) return true;
  if (lx.code) {
    out.code = lx.currency;
    out.endTok = k;
    return true;
  }
  return false;
}

/** Percent marker at token k: `%`, « pour cent », « pour-cent », « pourcent(s) », « p. 100 », « pour 100 ». */
export function readPercent(t: Tokens, k: number, out: UnitMatch): boolean {
  if (k >= t.n) return false;
  if (t.kind[k] === Tk.Sym && t.lex[k] === 37) {
    // « %20 » in a URL, « %d » in a format string: not a percent sign.
    const next = k + 1;
    if (next < t.n && t.glued(next) && (t.kind[next] === Tk.Num || t.kind[next] === Tk.Word)) return false;
    out.code = '%';
    out.endTok = k;
    return true;
  }
  const lx = wordAt(t, k);
  if (!lx) return false;
  if (lx.percentWord) {
    out.code = '%';
    out.endTok = k;
    return true;
  }
  if (lx.canon === 'pour') {
    // « pour cent », « pour-cent »
    let j = k + 1;
    if (t.isPunct(j, 45) && t.glued(j)) j++;
    const c = wordAt(t, j);
    if (c && c.canon === 'cent' && !(t.glued(j + 1) && t.kind[j + 1] === Tk.Word)) {
      out.code = '%';
      out.endTok = j;
      return true;
    }
    if (isHundred(t, j) && !wordFollows(t, j + 1)) {
      out.code = '%';
      out.endTok = j;
      return true;
    }
    return false;
  }
  if (lx.canon === 'p' && t.isPunct(k + 1, 46) && t.glued(k + 1) && isHundred(t, k + 2)) {
    out.code = '%';
    out.endTok = k + 2;
    return true;
  }
  return false;
}

function isHundred(t: Tokens, k: number): boolean {
  if (k >= t.n || t.kind[k] !== Tk.Num || t.digits(k) !== 3) return false;
  return appendDigits(t, k, 0) === 100 && !(t.glued(k + 1) && t.kind[k + 1] !== Tk.Punct);
}

function wordFollows(t: Tokens, k: number): boolean {
  return k < t.n && t.kind[k] === Tk.Word && sameLine(t, k);
}
