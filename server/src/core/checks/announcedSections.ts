// A whole whose parts a structured document announces by number in one
// section, then states one per section in the sections that follow:
//   ## Synthèse   « Les dépenses d’investissement ont atteint 14,6 M€, consacrées
//                   aux quatre politiques présentées ci-après. »
//   ## Mobilité   « Les travaux ont mobilisé 3,2 M€ … »
//   ## Eau        « … représentent 5,9 M€ … »   (and so on, four sections)
// Chunks start at headings, so this is read in two steps as acrossSections.ts
// does: each chunk lists its announcements and the first amount of each of its
// sections (its lead); the document-wide stage takes the N sections that follow
// an announcement of N parts, at the level of the first heading after it, and
// sums their leads. When in doubt it stays silent: a section without a lead in
// prose, a lead of another currency or year, a lead beside other amounts that
// are no overall figure, or fewer sibling sections than announced.

import { Amount } from '../types';
import { Sentence } from './sentences';
import { Breakdown, figureOf } from './model';
import { has } from './cues';
import { Item, isWord, isYearItem, lowerBound } from './words';
import { AmountItem } from './find/region';
import { announcedCount } from './find/announcedParts';
import { make } from './find/wholes';

/** « 14,6 M€, consacrées aux quatre politiques présentées ci-après »: a whole and how many parts follow. */
export interface AnnouncedWhole {
  start: number;
  whole: Amount;
  count: number;
  years: string[];
}

/** The first amount a section states in prose, with the years of its sentence. */
export interface SectionLead {
  start: number;
  amount: Amount;
  years: string[];
  /** False when the sentence is a list item or holds other amounts that are no overall figure. */
  usable: boolean;
}

/** How many headings after an announcement its parts may be looked for under. */
const MAX_HEADINGS = 64;

/** Words that point to what follows: the parts are further down the document. */
const AHEAD = new Set(['ci-apres', 'ci-dessous', 'suivants', 'suivantes', 'detailles', 'detaillees', 'presentes', 'presentees']);

function yearsIn(items: readonly Item[]): string[] {
  const out: string[] = [];
  for (const it of items) if (isYearItem(it)) out.push(it.f);
  return out;
}

function amountItemsOf(sent: Sentence): AmountItem[] {
  return sent.items.filter((it) => it.kind === 'amount') as AmountItem[];
}

/**
 * Sentence `s`, when it is prose with one amount that announces a count of parts after it, by a verb of distribution or
 * a word pointing ahead. Its years are its own, or those the sentences before it in its paragraph name.
 */
export function announcementIn(sentences: readonly Sentence[], s: number, amounts: readonly Amount[]): AnnouncedWhole | null {
  const sent = sentences[s];
  if (sent.inList || sent.figures === 0) return null;
  const am = amountItemsOf(sent);
  if (am.length !== 1 || am[0].high !== undefined || sent.items.some((it) => it.kind === 'percent')) return null;
  const at = sent.items.indexOf(am[0]);
  const count = announcedCount(sent, at + 1);
  if (!count) return null;
  const points = sent.cues.some((c) => has(c, 'distribution')) || sent.items.some((it, k) => k > at && it.kind === 'word' && AHEAD.has(it.f));
  if (!points) return null;
  let years = yearsIn(sent.items);
  for (let p = s - 1; years.length === 0 && p >= 0 && s - p <= 4 && sentences[p].paragraph === sent.paragraph; p--) years = yearsIn(sentences[p].items);
  return { start: sent.start, whole: amounts[am[0].index], count, years };
}

/** The lead of a section: its first sentence with an amount, read as the section's one figure when nothing else competes. */
export function leadIn(sent: Sentence, amounts: readonly Amount[]): SectionLead | null {
  const am = amountItemsOf(sent);
  if (am.length === 0) return null;
  const first = am[0];
  const k = sent.items.indexOf(first);
  // « 4 500 € par ménage »: a mean, no part of a whole.
  const perUnit = isWord(sent.items[k + 1], 'par');
  // « Le chantier a coûté 2,8 M€ en 2023, pour un coût global de 7,1 M€ »: a later amount said as an overall one is no
  // second part; any other later amount may be one.
  const overall = (x: AmountItem) => {
    const j = sent.items.indexOf(x);
    for (let q = Math.max(k + 1, j - 5); q < j; q++) if (has(sent.cues[q], 'total')) return amounts[x.index].value > amounts[first.index].value;
    return false;
  };
  const usable = !sent.inList && first.high === undefined && !perUnit && am.slice(1).every(overall);
  // The years of the lead are those said before the next amount: « depuis 2021 » after the overall one is its own.
  const next = am.length > 1 ? sent.items.indexOf(am[1]) : sent.items.length;
  return { start: sent.start, amount: amounts[first.index], years: yearsIn(sent.items.slice(0, next)), usable };
}

/**
 * Each announcement's whole against the leads of the sections that follow it: `headings` are the document's, in order,
 * with their levels; `leads` in text order. Returns the breakdowns to judge and the amounts their figures index.
 */
export function announcedOverSections(announced: readonly AnnouncedWhole[], leads: readonly SectionLead[], headings: readonly { start: number; level?: number }[]): { breakdown: Breakdown; amounts: Amount[] }[] {
  const out: { breakdown: Breakdown; amounts: Amount[] }[] = [];
  for (const a of announced) {
    let h = 0;
    while (h < headings.length && headings[h].start <= a.start) h++;
    if (h >= headings.length) continue;
    const own = h > 0 ? headings[h - 1].level ?? 0 : 0;
    const level = headings[h].level ?? 0;
    // The parts are the sections at the level of the next heading, not above the announcement's own.
    if (level === 0 || own > level) continue;
    const parts: Amount[] = [];
    let ok = true;
    // (At most MAX_HEADINGS headings are read per announcement, so a hostile outline stays linear.)
    for (let j = h; j < headings.length && j < h + MAX_HEADINGS && parts.length < a.count && ok; j++) {
      const lv = headings[j].level ?? 0;
      if (lv < level) break;
      if (lv > level) continue;
      let end = j + 1;
      while (end < headings.length && end < h + MAX_HEADINGS && (headings[end].level ?? 0) > level) end++;
      const to = end < headings.length ? headings[end].start : Infinity;
      const first = lowerBound(leads, headings[j].start);
      const lead = first < leads.length && leads[first].start < to ? leads[first] : undefined;
      const v = lead?.amount;
      // A part of a year the whole does not name is of another period.
      ok = !!lead && lead.usable && !!v && v.currency === a.whole.currency && v.value < a.whole.value && !v.range && lead.years.every((y) => a.years.includes(y));
      if (ok) parts.push(v!);
    }
    if (!ok || parts.length !== a.count) continue;
    const amounts = [a.whole, ...parts];
    const b = make('repartition', a.start, figureOf(amounts, { kind: 'amount', index: 0, start: a.whole.start, end: a.whole.end } as AmountItem));
    for (let k = 1; k < amounts.length; k++) b.parts.push(figureOf(amounts, { kind: 'amount', index: k, start: amounts[k].start, end: amounts[k].end } as AmountItem));
    b.complete = true;
    out.push({ breakdown: b, amounts });
  }
  return out;
}
