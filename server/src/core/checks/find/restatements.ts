// One amount written twice: « 1,8 Md€ (1 800 M€) », « un milliard deux cents
// millions d’euros (1.200.000 €) », « 450 k€, soit 0,45 M€ ». The second form
// stands right after the first, in brackets or after « soit », with nothing
// else between; a different basis (HT/TTC, « par an ») or a comparison
// (« contre ») makes it another figure, not a restatement.

import { Amount } from '../../types';
import { Restatement, figureOf } from '../model';
import { has } from '../cues';
import { Sentence } from '../sentences';
import { isPunct, isWord } from '../words';
import { View, isBasisAt } from './region';

const LEADS = new Set(['soit', 'ou', 'environ', 'pres', 'de', "d'", 'encore', 'autrement', 'dit', 'c', "c'", 'est-a-dire', 'a', 'dire']);

/** The next amount right after item k, past brackets and « soit »-like words only; its item index or -1. */
function restatedAfter(v: View, k: number): { at: number; bracket: boolean } | -1 {
  let q = k + 1;
  let bracket = false;
  let soit = false;
  for (let n = 0; q < v.items.length && n < 5; q++, n++) {
    const it = v.items[q];
    if (it.kind === 'amount') return bracket || soit ? { at: q, bracket } : -1;
    if (it.kind === 'percent') return -1;
    if (it.kind === 'punct') {
      if (it.ch === '(' && q === k + 1) bracket = true;
      else if (it.ch === ',' && !bracket) continue;
      else return -1;
      continue;
    }
    if (isWord(it, 'soit')) soit = true;
    else if (!LEADS.has(it.f)) return -1;
  }
  return -1;
}

export function findRestatements(sent: Sentence, amounts: readonly Amount[], totals: ReadonlySet<number>): Restatement[] {
  if (sent.figures < 2) return [];
  const out: Restatement[] = [];
  const { items } = sent;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'amount' || it.high !== undefined) continue;
    const r = restatedAfter(sent, k);
    if (r === -1) continue;
    const second = items[r.at];
    if (second.kind !== 'amount' || second.high !== undefined || totals.has(second.index)) continue;
    // « 2,5 M€ HT (3 M€ TTC) », « 500 M€ par an, soit 2,5 Md€ »: another basis.
    let other = false;
    for (let q = Math.max(0, k - 2); q <= Math.min(items.length - 1, r.at + 3); q++) {
      const c = sent.cues[q];
      if (isBasisAt(sent, q) || has(c, 'comparison') || has(c, 'total') || has(c, 'extra') || has(c, 'revision') || has(c, 'stop') || has(c, 'mixed-basis')) other = true;
    }
    if (other) continue;
    // After « soit », the first amount must stand alone: « A, B et C, soit T » is a total.
    if (!r.bracket) {
      let p = k - 1;
      let listed = false;
      for (; p >= 0 && !isPunct(items[p], '.', ';', ':'); p--) if (items[p].kind === 'amount' || items[p].kind === 'percent') listed = true;
      if (listed) continue;
    } else if (!isPunct(items[r.at + 1], ')')) continue;
    const a = amounts[it.index];
    const b = amounts[second.index];
    if (a.currency !== b.currency) continue;
    out.push({ first: figureOf(amounts, it), second: figureOf(amounts, second) });
    k = r.at;
  }
  return out;
}
