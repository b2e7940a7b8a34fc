// A total over a span of years, and the amount of each year in the sentence
// next to it, before or after:
//   Au total, 48 M€ ont été versés entre 2021 et 2024. Les versements se sont
//   établis à 9,5 millions en 2021, 11 millions en 2022, 12,5 en 2023 et 10 en 2024.
//   En 2021, 1,9 million d’arbres ont été plantés ; 2,3 millions en 2022 […] et
//   3,1 millions en 2024. En quatre ans, ce sont donc 8,9 millions de plants.
// The span (« entre 2021 et 2024 », « de 2021 à 2024 », « 2021-2024 », « en
// quatre ans ») and the series' years must be the same years, each once: then
// the series is the whole of the total, and must add up to it.

import { Breakdown, Figure, figureOf } from '../model';
import { has } from '../cues';
import { ReadQuantity, quantityAt } from './quantities';
import { countFigure } from './counts';
import { Item, isPunct, isWord, isYearItem } from '../words';
import { FindOptions, Roles, make } from './wholes';
import { AmountItem, amountItems } from './region';
import { Sentence, firstIndex } from '../sentences';

/** The years of a span at item q: « entre 2021 et 2024 », « de 2021 à 2024 », « 2021-2024 »; null when none starts there. */
export function yearSpanAt(items: readonly Item[], q: number): [number, number] | null {
  const a = items[q + 1];
  const b = items[q + 3];
  if (isWord(items[q], 'entre') && isYearItem(a) && isWord(items[q + 2], 'et') && isYearItem(b)) return [Number(a.f), Number(b.f)];
  if (isWord(items[q], 'de') && isYearItem(a) && isWord(items[q + 2], 'a') && isYearItem(b)) return [Number(a.f), Number(b.f)];
  const it = items[q];
  if (it && it.kind === 'word' && it.f.length === 9 && it.f.charAt(4) === '-') {
    const from = Number(it.f.slice(0, 4));
    const to = Number(it.f.slice(5));
    if (from >= 1900 && from < to && to <= 2099) return [from, to];
  }
  return null;
}

/** The one span of years a sentence names, or null. */
function spanOf(items: readonly Item[]): [number, number] | null {
  let found: [number, number] | null = null;
  for (let q = 0; q < items.length; q++) {
    const span = yearSpanAt(items, q);
    if (!span) continue;
    if (found) return null;
    found = span;
  }
  return found;
}

export function totalBeforeYearSeries(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || prev.figures !== 1) return null;
  const whole = amountItems(prev.items, 0, prev.items.length);
  if (whole.length !== 1 || whole[0].high !== undefined || roles.parts.has(whole[0].index) || roles.totals.has(whole[0].index)) return null;
  const span = spanOf(prev.items);
  if (!span || span[1] - span[0] > 15) return null;
  // Each amount of the sentence followed by « en <year> », the years in order, one per year of the span.
  const items = sent.items;
  const parts: Figure[] = [];
  let year = span[0];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'percent') return null;
    if (it.kind !== 'amount') continue;
    if (it.high !== undefined || roles.parts.has(it.index) || roles.totals.has(it.index)) return null;
    const y = items[k + 2];
    // « 28 M€ cette année, 31 M€ en 2025 et 42 M€ en 2026 »: the first year said as this year; the next ones date it.
    const first = parts.length === 0 && thisYearAfter(items, k);
    if (!first && (!isWord(items[k + 1], 'en') || !isYearItem(y) || Number(y.f) !== year)) return null;
    parts.push(figureOf(o.amounts, it as AmountItem));
    year++;
  }
  if (year !== span[1] + 1 || parts.length < 2) return null;
  const total = figureOf(o.amounts, whole[0]);
  if (parts.some((p) => p.currency !== total.currency)) return null;
  const b = make('list', items[0].start, total);
  b.parts = parts;
  b.complete = true;
  return b;
}

/** The year of the amount at item k: « 2,3 millions en 2022 », « 1,2 M€ dès 2025 », or the clause's opening « En 2021, … ». */
function yearOfAmount(items: readonly Item[], k: number): number | null {
  const y = items[k + 2];
  if (isWord(items[k + 1], 'en', 'des', 'pour') && isYearItem(y)) return Number(y.f);
  for (let q = k - 1; q >= 0 && q >= k - 12; q--) {
    const it = items[q];
    if (it.kind === 'amount' || it.kind === 'percent') return null;
    if (it.kind === 'punct' && it.ch !== ',') return null;
    if (isYearItem(it) && isWord(items[q - 1], 'en')) return Number(it.f);
  }
  return null;
}

/** « cette année » right after the amount at item k: a year the series' next year dates (« … 31 M€ en 2025 »). */
function thisYearAfter(items: readonly Item[], k: number): boolean {
  return isWord(items[k + 1], 'cette') && isWord(items[k + 2], 'annee');
}

/** The amounts of a sentence, each dated with one year of a run of consecutive years; null otherwise. */
function datedSeries(items: readonly Item[], roles: Roles): { items: AmountItem[]; from: number; to: number } | null {
  const out: AmountItem[] = [];
  let from = 0;
  let year = 0;
  // « 28 M€ cette année, 31 M€ en 2025 … »: the first amount's year is the one before the next year said.
  let thisYear = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'percent') return null;
    if (it.kind !== 'amount') continue;
    if (it.high !== undefined || roles.parts.has(it.index) || roles.totals.has(it.index)) return null;
    const y = yearOfAmount(items, k);
    if (y === null && out.length === 0 && thisYearAfter(items, k)) {
      thisYear = true;
      out.push(it);
      continue;
    }
    if (y === null) return null;
    if (thisYear && out.length === 1) from = year = y - 1;
    if (out.length > 0 && y !== year + 1) return null;
    if (out.length === 0) from = y;
    year = y;
    out.push(it);
  }
  return out.length >= 2 ? { items: out, from, to: year } : null;
}

/** How far back a series looks for its total over as many years: a long article's paragraphs, within its section. */
const SERIES_REACH = 12;

/**
 * « Le Département a voté un programme de 4,6 M€ sur trois ans. » … paragraphs later … « Le calendrier prévoit 1,2 M€ dès
 * 2025, puis 1,6 M€ en 2026 et 1,4 M€ en 2027. »: a series of consecutive years, and the one amount said before, in the
 * same section, over as many years (« sur trois ans ») or their span. Unique, or nothing.
 */
export function totalOverYearsBefore(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  if (sent.figures < 2 || sent.inList) return null;
  const series = datedSeries(sent.items, roles);
  if (!series || series.items.length !== sent.figures) return null;
  const n = series.to - series.from + 1;
  let found: AmountItem | null = null;
  for (let p = s - 1; p >= 0 && p >= s - SERIES_REACH && o.sentences[p].section === sent.section; p--) {
    const prev = o.sentences[p];
    if (prev.figures === 0 || prev.inList) continue;
    const whole = amountItems(prev.items, 0, prev.items.length);
    if (whole.length !== 1 || prev.figures !== 1 || whole[0].high !== undefined) continue;
    const span = spanOf(prev.items);
    const over = yearsCovered(prev.items, prev.cues) === n || (span !== null && span[0] === series.from && span[1] === series.to);
    if (!over) continue;
    if (found) return null;
    found = whole[0];
  }
  if (!found || roles.parts.has(found.index)) return null;
  const total = figureOf(o.amounts, found);
  const parts = series.items.map((it) => figureOf(o.amounts, it));
  if (parts.some((p) => p.currency !== total.currency)) return null;
  const b = make('list', sent.items[0].start, total);
  b.parts = parts;
  b.complete = true;
  return b;
}

/** The number of years a sentence says its one figure covers (« en quatre ans », « sur 5 ans »), or 0. */
function yearsCovered(items: readonly Item[], cues: readonly unknown[]): number {
  for (let q = 0; q + 1 < items.length; q++) {
    if (!isWord(items[q], 'en', 'sur')) continue;
    const n = quantityAt(items, q + 1);
    if (n && n.nounAt !== undefined && has(cues[n.nounAt] as never, 'years')) return n.value;
  }
  return 0;
}

/**
 * « En 2021, … 1,9 million ; 2,3 millions en 2022, 2,6 millions en 2023 et 3,1 millions en 2024. En quatre ans, ce
 * sont donc 8,9 millions … »: one amount over as many years as the series before it (in years, or their span), or
 * with « au total ».
 */
export function totalAfterYearSeries(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.figures < 2) return null;
  // « … 471 000 € en 2024. » ¶ « Cela représente 1,95 M€ sur la période »: a paragraph that opens by pointing back.
  const k0 = firstIndex(sent.items);
  const pointsBack = has(sent.cues[k0], 'anaphora') || has(sent.cues[k0], 'total');
  if (prev.paragraph !== sent.paragraph && !(pointsBack && prev.paragraph === sent.paragraph - 1 && prev.section === sent.section && !prev.inList && !sent.inList)) return null;
  const whole = amountItems(sent.items, 0, sent.items.length);
  if (whole.length !== 1 || whole[0].high !== undefined || roles.parts.has(whole[0].index) || roles.totals.has(whole[0].index)) return null;
  for (const it of sent.items) if (it.kind === 'percent') return null;
  const series = datedSeries(prev.items, roles);
  if (!series) return null;
  const span = spanOf(sent.items);
  const covered = yearsCovered(sent.items, sent.cues);
  const totalCue = sent.cues.some((c) => has(c, 'total'));
  const n = series.to - series.from + 1;
  if (!(covered === n || (span !== null && span[0] === series.from && span[1] === series.to) || (totalCue && covered === 0 && span === null))) return null;
  // « … 10,8 Md€ en 2023, 18,2 Md€ en 2024 … Depuis 2020, les déficits cumulés dépassent 100 Md€ »: a total since
  // another year than the series' first covers years the series does not give.
  const since = sinceYear(sent.items);
  if (since !== null && since !== series.from) return null;
  const total = figureOf(o.amounts, whole[0]);
  const parts = series.items.map((it) => figureOf(o.amounts, it));
  if (parts.some((p) => p.currency !== total.currency)) return null;
  const b = make('total-after', whole[0].start, total);
  b.parts = parts;
  b.complete = true;
  return b;
}


/** The year after « depuis » (« Depuis 2020, … », « depuis fin 2019 »), or null. */
function sinceYear(items: readonly Item[]): number | null {
  for (let k = 0; k < items.length; k++) {
    if (!isWord(items[k], 'depuis')) continue;
    for (let q = k + 1; q < items.length && q <= k + 2; q++) if (isYearItem(items[q])) return Number((items[q] as { f: string }).f);
  }
  return null;
}

/** Words after a number that are no noun it counts: « huit sur dix », « un pour mille ». */
const NOT_A_NOUN = new Set(['sur', 'pour', 'par', 'en', 'a', 'et', 'ou', 'sont', 'est', 'la', 'le', 'les', "l'", 'un', 'une', 'ce', 'cette']);

/** The year a count at item k is dated with: « 27 900 fois en 2021 », the number right after its noun. */
function yearOfCount(items: readonly Item[], q: ReadQuantity): number | null {
  const at = q.nounAt !== undefined ? q.nounAt + 1 : q.next;
  const y = items[at + 1];
  return isWord(items[at], 'en') && isYearItem(y) ? Number(y.f) : null;
}

/**
 * « Les pompiers sont sortis 27 900 fois en 2021, 29 100 fois en 2022 […] et 31 800 fois en 2024. En quatre ans, cela
 * fait 131 000 interventions »: counts dated with consecutive years, one per year, then one count over as many years
 * (or their span). The total's noun may differ from the series' (« fois », « interventions »): the years tie them.
 */
export function countTotalAfterYearSeries(s: number, o: FindOptions): Breakdown | null {
  const sent = o.sentences[s];
  const prev = o.sentences[s - 1];
  if (!prev || prev.paragraph !== sent.paragraph || prev.figures !== 0) return null;
  // « …, dont près de huit sur dix pour du secours à personne »: a proportion may follow the total, an amount may not.
  for (const it of sent.items) if (it.kind === 'amount') return null;
  const series: ReadQuantity[] = [];
  let from = 0;
  for (let k = 0; k < prev.items.length; k++) {
    if (isYearItem(prev.items[k])) continue;
    const q = quantityAt(prev.items, k);
    if (!q) continue;
    const y = yearOfCount(prev.items, q);
    if (y === null) return null;
    if (series.length === 0) from = y;
    else if (y !== from + series.length) return null;
    series.push(q);
    k = q.next - 1;
  }
  if (series.length < 2) return null;
  const noun = series[0].noun;
  if (!noun || series.some((q) => q.noun !== undefined && q.noun !== noun)) return null;
  const n = series.length;
  const wholes: ReadQuantity[] = [];
  for (let k = 0; k < sent.items.length; k++) {
    if (isYearItem(sent.items[k])) continue;
    const q = quantityAt(sent.items, k);
    if (!q) continue;
    if (q.noun && !has(sent.cues[q.nounAt!], 'years') && !NOT_A_NOUN.has(q.noun)) wholes.push(q);
    k = q.next - 1;
  }
  if (wholes.length !== 1) return null;
  const span = spanOf(sent.items);
  if (!(yearsCovered(sent.items, sent.cues) === n || (span !== null && span[0] === from && span[1] === from + n - 1))) return null;
  const unit = '#' + wholes[0].noun;
  const b = make('total-after', wholes[0].start, countFigure(wholes[0], unit));
  b.parts = series.map((q) => countFigure(q, unit));
  b.complete = true;
  return b;
}

/**
 * « Les installations se sont élevées à 142 en 2020, 156 en 2021, 131 en 2022 et 149 en 2023, soit 618 jeunes
 * agriculteurs installés sur la période »: counts dated with consecutive years, then « soit » and their total over the
 * period, in one sentence. The total must say it covers the period (« sur la période », « en quatre ans », the span).
 */
export function countTotalInYearSeries(sent: Sentence): Breakdown | null {
  const { items, cues } = sent;
  let soit = -1;
  for (let k = 0; k < items.length; k++) {
    if (items[k].kind === 'amount' || items[k].kind === 'percent') return null;
    if (soit < 0 && isWord(items[k], 'soit')) soit = k;
  }
  if (soit < 0) return null;
  const series: ReadQuantity[] = [];
  let from = 0;
  // « 4 210 élèves la première année, 4 580 en 2022, … »: a count right before the dated ones, dated otherwise, may be
  // the series' first year; the total may then count it.
  let lead: ReadQuantity | null = null;
  for (let k = 0; k < soit; k++) {
    if (isYearItem(items[k])) continue;
    const q = quantityAt(items, k);
    if (!q) continue;
    // « 142 en 2020 » (the number alone) or « 27 900 fois en 2021 » (with its noun).
    let at = q.noun === 'en' ? q.next : q.nounAt !== undefined ? q.nounAt + 1 : q.next;
    // « 120 places d’accueil en 2022 »: the noun's complement, then the year.
    for (let c = at; c < at + 4 && c < soit && items[c].kind === 'word' && !isWord(items[c], 'en', 'et'); c++) if (isWord(items[c + 1], 'en') && isYearItem(items[c + 2])) at = c + 1;
    const y = isWord(items[at], 'en') && isYearItem(items[at + 1]) ? Number((items[at + 1] as { f: string }).f) : null;
    if (y === null) {
      if (series.length > 0) return null;
      lead = q;
      k = q.next - 1;
      continue;
    }
    if (series.length === 0 && lead && !leadsInto(items, lead.next, k)) lead = null;
    if (series.length === 0) from = y;
    else if (y !== from + series.length) return null;
    series.push(q);
    k = at + 1;
  }
  if (series.length < 3) return null;
  const total = quantityAt(items, soit + 1);
  // (« …, soit 66 620 sur la période »: a bare total counts the series' things.)
  const bare = total !== null && (!total.noun || NOT_A_NOUN.has(total.noun)) && series[0].noun !== undefined && !NOT_A_NOUN.has(series[0].noun);
  if (!total || (!bare && (!total.noun || NOT_A_NOUN.has(total.noun) || has(cues[total.nounAt!], 'years')))) return null;
  const n = series.length;
  const span = spanOf(items.slice(soit));
  const covered = yearsCovered(items.slice(soit), cues.slice(soit));
  // « 58 en 2020, 61 en 2021, 54 en 2022 et 59 en 2023, soit 318 au total sur cinq ans »: a total over more years than
  // the series (or a lead count before it) gives holds another year's too.
  if ((covered > 0 && covered !== n && !(lead && covered === n + 1)) || (span !== null && span[1] - span[0] + 1 !== n && !(lead && span[1] - span[0] === n))) return null;
  // (« sur la période », « sur l’ensemble de la période »: the years just listed.)
  let period = false;
  for (let k = soit + 1; k < items.length && !period; k++) period = isWord(items[k], 'periode') && isWord(items[k - 1], 'la') && isWord(items[k - 2], 'sur', 'de');
  const saysPeriod = cues.slice(soit).some((c) => has(c, 'total')) || covered === n || period || (span !== null && span[0] === from && span[1] === from + n - 1);
  if (!saysPeriod) return null;
  const unit = '#' + (bare ? series[0].noun : total.noun);
  const b = make('total-after', total.start, countFigure(total, unit));
  b.parts = series.map((q) => countFigure(q, unit));
  b.complete = true;
  if (lead) b.alternatives = [{ total: b.total!, parts: [countFigure(lead, unit), ...b.parts] }];
  return b;
}

/** Only a few words and one comma between items [from, to): « 4 210 élèves la première année, 4 580 en 2022 ». */
function leadsInto(items: readonly Item[], from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const it = items[k];
    if (isPunct(it, ',')) commas++;
    else if (it.kind !== 'word' || isYearItem(it)) return false;
  }
  return commas === 1 && to - from <= 6;
}
