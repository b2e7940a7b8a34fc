// Rates and quantities in one sentence:
//   500 M€ par an pendant cinq ans, soit 2,5 Md€         — a yearly amount × a duration = a result
//   200 M€ par an sur la période 2024-2027, soit 800 M€  — the years of a period counted
//   les 38 lauréats recevront chacun 2 M€, soit 76 M€     — an amount each × a count
//   300 M€ pour 2 millions d’habitants, soit 150 € par habitant — a total ÷ a count = an amount per unit
// The count and the unit must be the same noun (« habitants » … « par habitant »).

import { Amount } from '../../types';
import { Figure, Quantity, Rate, figureOf } from '../model';
import { has } from '../cues';
import { Sentence } from '../sentences';
import { Item, isPunct, isWord } from '../words';
import { AmountItem, View } from './region';
import { ReadQuantity, quantityAt, sameNoun } from './quantities';

/** A four-digit year, alone or as a period « 2024-2027 »: [first, last]. */
function yearsOf(it: Item | undefined): [number, number] | null {
  if (!it || it.kind !== 'word') return null;
  const f = it.f;
  const year = (s: string) => (s.length === 4 && /^(19|20)\d\d$/.test(s) ? Number(s) : NaN);
  const dash = f.indexOf('-');
  if (dash < 0) {
    const y = year(f);
    return Number.isNaN(y) ? null : [y, y];
  }
  const a = year(f.slice(0, dash));
  let b = year(f.slice(dash + 1));
  // « 2024-27 »
  if (Number.isNaN(b) && f.length - dash - 1 === 2) b = Math.floor(a / 100) * 100 + Number(f.slice(dash + 1));
  return Number.isNaN(a) || Number.isNaN(b) || b < a ? null : [a, b];
}

/** How many years the sentence says the rate runs: « pendant cinq ans », « sur 4 ans », « sur la période 2024-2027 », « de 2024 à 2027 ». */
function durationOf(v: View): Quantity | null {
  const { items } = v;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    if (has(v.cues[k], 'duration') || it.f === 'sur' || it.f === 'en') {
      const q = quantityAt(items, k + 1);
      if (q && q.nounAt !== undefined && has(v.cues[q.nounAt], 'years') && q.value === Math.round(q.value)) {
        // « sur cinq exercices », « pendant 3 ans »: counted exactly.
        return { start: it.start, end: items[q.nounAt].end, value: q.value, lo: q.value, hi: q.value };
      }
    }
    // « sur la période 2024-2027 », « pour 2024-2027 », « de 2024 à 2027 », « entre 2024 et 2027 ».
    const span = yearsOf(it);
    if (span && span[1] > span[0]) {
      const n = span[1] - span[0] + 1;
      return { start: it.start, end: it.end, value: n, lo: n, hi: n };
    }
    if (span && (isWord(items[k - 1], 'de', 'entre')) && isWord(items[k + 1], 'a', 'et')) {
      const end = yearsOf(items[k + 2]);
      if (end && end[0] > span[0]) {
        const n = end[0] - span[0] + 1;
        return { start: items[k - 1].start, end: items[k + 2].end, value: n, lo: n, hi: n };
      }
    }
  }
  return null;
}

/** Whether the amount at item k is stated per year: « 500 M€ par an », « 2 Md€ annuels », « un budget annuel de 3 M€ ». */
function yearly(v: View, k: number): boolean {
  if (has(v.cues[k + 1], 'yearly') || (isPunct(v.items[k + 1], '/') && isWord(v.items[k + 2], 'an'))) return true;
  return has(v.cues[k - 2], 'yearly') && isWord(v.items[k - 1], 'de', "d'");
}

/** « chacun », « chacune », « par lauréat »: the amount at item k is per unit; the unit's noun if written. */
function perUnit(v: View, k: number): { noun: string | null } | null {
  const a = v.items[k + 1];
  if (isWord(a, 'chacun', 'chacune')) return { noun: null };
  if (isWord(v.items[k - 1], 'chacun', 'chacune')) return { noun: null };
  if (isWord(a, 'par') && has(v.cues[k + 2], 'per') && !has(v.cues[k + 2], 'years')) return { noun: (v.items[k + 2] as { f: string }).f };
  if (isWord(a, 'le', 'la', "l'") && has(v.cues[k + 2], 'per') && !has(v.cues[k + 2], 'years')) return { noun: (v.items[k + 2] as { f: string }).f };
  return null;
}

/** The result: an amount after « soit », or one the sentence calls a total (« au total », « sur la période »). */
function isResult(v: View, k: number): boolean {
  let p = k - 1;
  while (p >= 0 && v.items[p].kind === 'word' && (isWord(v.items[p], 'un', 'une', 'de', "d'", 'total', 'montant', 'environ', 'pres') || has(v.cues[p], 'total'))) p--;
  if (isWord(v.items[p], 'soit')) return true;
  return has(v.cues[k + 1], 'total') || has(v.cues[k - 1], 'total');
}

function counts(v: View): ReadQuantity[] {
  const out: ReadQuantity[] = [];
  for (let k = 0; k < v.items.length; k++) {
    const q = quantityAt(v.items, k);
    if (q && q.noun && !has(v.cues[q.nounAt!], 'years')) out.push(q);
    if (q) k = q.next - 1;
  }
  return out;
}

export function findRates(sent: Sentence, amounts: readonly Amount[]): Rate[] {
  if (sent.figures < 2) return [];
  const { items } = sent;
  const am: { k: number; it: AmountItem }[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'amount') {
      if (it.high !== undefined) return [];
      am.push({ k, it });
    }
  }
  if (am.length !== 2) return [];
  const fig = (x: { it: AmountItem }): Figure => figureOf(amounts, x.it);
  const [a, b] = am;
  if (amounts[a.it.index].currency !== amounts[b.it.index].currency) return [];

  // A yearly amount over a duration.
  if (yearly(sent, a.k) && !yearly(sent, b.k) && isResult(sent, b.k)) {
    const d = durationOf(sent);
    if (d && d.value >= 2) return [{ op: 'product', rate: fig(a), count: d, result: fig(b) }];
  }
  // An amount each, times a count.
  const each = perUnit(sent, a.k);
  if (each && each.noun === null && isResult(sent, b.k)) {
    const cs = counts(sent);
    if (cs.length === 1) return [{ op: 'product', rate: fig(a), count: cs[0], result: fig(b) }];
    return [];
  }
  // A total divided by a count, per unit.
  const per = perUnit(sent, b.k);
  if (per && per.noun && !perUnit(sent, a.k)) {
    const cs = counts(sent).filter((q) => sameNoun(q.noun!, per.noun!));
    if (cs.length === 1) return [{ op: 'quotient', rate: fig(a), count: cs[0], result: fig(b) }];
  }
  return [];
}
