// One amount written on its own, as a glossary's « montant : 1,8 Md€ — ce
// qu'il couvre » field writes it. The same recogniser as the documents' reads
// it, so a glossary and a brief agree on what « 1,8 Md€ » or « 30 milliards
// d’euros » is worth.

import { parseStructure } from '../structure';
import { isBlank } from '../text/chars';
import { recognizeFigures } from './recognize';

/**
 * The value and currency of `input` when the whole of it (blanks aside) is
 * one amount. The field is known to hold money, so a figure without a
 * currency (« 45 M », « 12 000 ») is read in euros.
 */
export function readLoneAmount(input: string): { value: number; currency: string } | null {
  let s = 0;
  let e = input.length;
  while (s < e && isBlank(input.charCodeAt(s))) s++;
  while (e > s && isBlank(input.charCodeAt(e - 1))) e--;
  if (s === e || e - s > 200) return null;
  const body = input.slice(s, e);
  return whole(body) ?? whole(body + ' €', body.length);
}

/** The amount covering text[0, end) — with end past the written text when a default currency was added. */
function whole(text: string, written = text.length): { value: number; currency: string } | null {
  const found = recognizeFigures(text, parseStructure(text, { markdown: false })).amounts;
  if (found.length !== 1) return null;
  const a = found[0];
  if (a.start !== 0 || a.end < written || !Number.isFinite(a.value) || a.value < 0) return null;
  return { value: a.value, currency: a.currency };
}
