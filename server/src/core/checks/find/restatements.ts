// One amount written twice: « 1,8 Md€ (1 800 M€) », « un milliard deux cents
// millions d’euros (1.200.000 €) », « 450 k€, soit 0,45 M€ ». The second form
// stands right after the first, in brackets or after « soit », with nothing
// else between; a different basis (HT/TTC, « par an ») or a comparison
// (« contre ») makes it another figure, not a restatement.

import { Amount } from '../../types';
import { Figure, Restatement, figureOf } from '../model';
import { has } from '../cues';
import { Sentence } from '../sentences';
import { Item, isPunct, isWord, isYearItem } from '../words';
import { ROLE_NOUNS, ReadQuantity, TIME_UNITS, isPeopleNoun, quantityAt, sameNoun, yearsCountAt, PICKING_ADJECTIVES } from './quantities';
import { durationOf, priceOfCounted, unitOf } from './rates';
import { MEASURE_UNITS, View, isBasisAt, yearsOf } from './region';
import { hasDigit, isBlank } from '../../text/chars';
import { writtenInterval } from '../intervals';
import { REACH } from '../reach';
import { FindOptions, amountAfterNounBefore } from './wholes';
import { isAcronym } from '../acronyms';
import { countFigure } from './counts';

const LEADS = new Set(['soit', 'ou', 'environ', 'pres', 'de', "d'", 'encore', 'autrement', 'dit', 'c', "c'", 'est-a-dire', 'a', 'dire']);

/**
 * The amount that restates the one at item k: in brackets right after it (« 1,8 Md€ (1 800 M€) », « … hors
 * taxes (3 050 000 € HT) »), or after « soit » or « c’est-à-dire » closing the clause it stands in (« 1 400 M€
 * au titre de la dotation, soit 1,2 milliard »). Its item index, or -1.
 */
function restatedAfter(v: View, k: number): { at: number; bracket: boolean; dash?: boolean } | -1 {
  // « 11,6 Md€ la dixième année (11 600 M€) »: the year the amount is for, then the bracket (« dixième » is no fraction here).
  for (let p = k + 2; p < v.items.length && p <= k + 5; p++) {
    if (!isPunct(v.items[p], '(')) continue;
    if ((whenOnly(v, k + 1, p) || nounOnly(v, k + 1, p) || basisNounOnly(v, k + 1, p)) && v.items[p + 1]?.kind === 'amount') return { at: p + 1, bracket: true };
    break;
  }
  // « une aide de 46 000 € — quarante-six mille euros, précise la délibération — »: an amount set alone between dashes
  // right after another restates it as a bracket does.
  const dashed = v.items[k + 2];
  if (isPunct(v.items[k + 1], '—', '–') && dashed?.kind === 'amount' && dashed.high === undefined) {
    const close = v.items[k + 3];
    if (!close || isPunct(close, ',', '—', '–', '.', ';', ')')) return { at: k + 2, bracket: true, dash: true };
  }
  let q = k + 1;
  let bracket = false;
  let soit = false;
  for (let n = 0; q < v.items.length && n < 14; q++, n++) {
    const it = v.items[q];
    if (it.kind === 'amount') return bracket || soit ? { at: q, bracket } : -1;
    if (it.kind === 'percent') return -1;
    if (it.kind === 'punct') {
      // The bracket opens right after the amount, or after its basis only (« … hors taxes (3 050 000 € HT) »).
      if (it.ch === '(' && !soit && !bracket && (q === k + 1 || basisOnly(v, k + 1, q))) bracket = true;
      // « 1,8 Md€ — soit 1 800 M€ — »: a dash opens the restatement as a comma does.
      else if ((it.ch !== ',' && it.ch !== '—' && it.ch !== '–') || bracket) return -1;
      continue;
    }
    // « soit », « c’est-à-dire » (one word or three, as the hyphens were typed).
    if (isWord(it, 'soit', 'est-a-dire') || (isWord(it, 'dire') && isWord(v.items[q - 1], 'a'))) soit = true;
    else if (bracket && !LEADS.has(it.f) && !has(v.cues[q], 'mixed-basis')) return -1;
    else if (soit && !LEADS.has(it.f)) return -1;
    // Before « soit », the amount's own complement only: no verb that spends, shares or compares.
    else if (!soit && !bracket) {
      const c = v.cues[q];
      if (has(c, 'allocation') || has(c, 'distribution') || has(c, 'origin') || has(c, 'share-verb') || has(c, 'fraction') || has(c, 'stage') || has(c, 'remainder') || has(c, 'closure') || has(c, 'partial') || has(c, 'extra') || has(c, 'stop')) return -1;
    }
  }
  return -1;
}

/**
 * « Un milliard et demi d’euros, 2,5 Md€, c’est l’effort… »: an amount in words and the same in digits (or the
 * reverse), side by side with a comma only between, the second closing the apposition. Not in a list: nothing
 * listed before the first, no figure right after the second.
 */
function apposition(v: View, amounts: readonly Amount[], k: number, listed: boolean): { at: number; bracket: boolean; dash?: boolean } | -1 {
  const { items } = v;
  const second = items[k + 2];
  // « Trois cent cinquante mille euros — 350 000 € — pour … »: dashes set the restatement apart as commas do.
  const dash = isPunct(items[k + 1], '—', '–');
  if (listed || !(isPunct(items[k + 1], ',') || dash) || !second || second.kind !== 'amount') return -1;
  const first = items[k] as Item & { kind: 'amount' };
  if (hasDigit(amounts[first.index].text) === hasDigit(amounts[second.index].text)) return -1;
  const after = items[k + 3];
  if (after && !(dash ? isPunct(after, '—', '–', '.', ')') : isPunct(after, ',', '.', ':', ';', ')', '»'))) return -1;
  for (let q = k + 4; q < items.length && q <= k + 6; q++) if (items[q].kind === 'amount' || items[q].kind === 'percent') return -1;
  return { at: k + 2, bracket: false };
}

/** « 1,4 Md€ d’investissements (1 140 M€) »: the amount's noun, after « de », and nothing that sets a basis or a stage. */
function nounOnly(v: View, from: number, to: number): boolean {
  if (to - from > 3 || !isWord(v.items[from], 'de', "d'")) return false;
  for (let q = from + 1; q < to; q++) {
    const it = v.items[q];
    if (it.kind !== 'word' || isBasisAt(v, q) || has(v.cues[q], 'stage') || has(v.cues[q], 'mixed-basis') || has(v.cues[q], 'comparison')) return false;
  }
  return to > from + 1;
}

/**
 * « 1,12 Md€ de crédits de paiement (1 210 M€) »: the basis the amount is on, then a bracket holding the amount alone —
 * on that basis too.
 */
function basisNounOnly(v: View, from: number, to: number): boolean {
  if (to - from > 4 || !isWord(v.items[from], 'de', "d'") || !isPunct(v.items[to + 2], ')')) return false;
  let basis = false;
  for (let q = from + 1; q < to; q++) {
    const it = v.items[q];
    if (it.kind !== 'word' || has(v.cues[q], 'comparison')) return false;
    basis ||= isBasisAt(v, q) || has(v.cues[q], 'mixed-basis');
  }
  return basis;
}

/** « 3,2 Md€ la première année (3 200 M€) », « 12 M€ en 2024 (12 000 k€) »: only when the amount is for, between items from and to. */
function whenOnly(v: View, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let year = false;
  for (let q = from; q < to; q++) {
    const it = v.items[q];
    if (it.kind !== 'word') return false;
    const f = it.f;
    if (isYearItem(it)) {
      year = true;
      continue;
    }
    if (isWord(it, 'la', "l'", 'le', 'en', 'premiere', 'premier', 'derniere', 'dernier')) continue;
    // « 12 400 MWh par an (13,4 GWh) »: both figures are per year.
    if (isWord(it, 'par') && isWord(v.items[q + 1], 'an', 'annee')) continue;
    if (isWord(it, 'annee', 'an', 'exercice')) {
      year = true;
      continue;
    }
    if (f.endsWith('ieme')) continue;
    return false;
  }
  return year;
}

/** Only basis words between items from and to: « HT », « hors taxes », « en autorisations d’engagement ». */
function basisOnly(v: View, from: number, to: number): boolean {
  let q = from;
  if (isWord(v.items[q], 'en') && has(v.cues[q + 1], 'mixed-basis')) q++;
  let seen = false;
  while (q < to) {
    const c = v.cues[q];
    if (has(c, 'mixed-basis')) {
      q += Math.max(1, c!.length);
      seen = true;
    } else if (c === undefined && seen && has(v.cues[q - 1], 'mixed-basis')) q++;
    else return false;
  }
  return seen;
}

/**
 * « près d’un tiers de l’enveloppe de 3,7 M€ (1,2 M€) », « 40 % des 2 M€ (800 000 €) »: a share governs the amount
 * through « de » and the whole's noun only, so a bracket after it gives the share's value, not the amount again.
 */
function shareGoverns(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 6; q--) {
    const it = v.items[q];
    if (it.kind === 'percent' || has(v.cues[q], 'fraction')) return true;
    if (it.kind !== 'word' || !(isWord(it, 'de', "d'", 'des', 'du', 'la', 'le', "l'", 'les', 'ces', 'cette', 'ce', 'cet') || has(v.cues[q], 'whole-noun') || has(v.cues[q], 'sum-noun'))) return false;
  }
  return false;
}

function shareBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0; q--) {
    const it = v.items[q];
    if (isPunct(it, ',', ';', ':', '.')) return false;
    if (it.kind === 'percent' || has(v.cues[q], 'fraction')) return true;
  }
  return false;
}

/** A span of years written as one word: « 2024-2030 », « 2024-30 ». */
function yearSpan(it: Item | undefined): [number, number] | null {
  if (!it || it.kind !== 'word') return null;
  const m = /^(\d{4})-(\d{2}|\d{4})$/.exec(it.f);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
  return a >= 1900 && b > a && b - a < 100 ? [a, b] : null;
}

/**
 * « 25 000 (vingt mille) euros »: a number restated in brackets by another one. The recogniser reads one amount
 * and records the bracketed value; the two forms are compared like any restatement.
 */
export function findBracketRestatements(sent: Sentence, amounts: readonly Amount[], text: string): Restatement[] {
  const out: Restatement[] = [];
  for (const it of sent.items) {
    if (it.kind !== 'amount') continue;
    const a = amounts[it.index];
    const r = a.restated;
    if (!r) continue;
    // The first form is the number before the bracket.
    let end = r.start - 1;
    while (end > a.start && (text.charCodeAt(end - 1) === 40 || text.charCodeAt(end - 1) <= 32 || isBlank(text.charCodeAt(end - 1)))) end--;
    const whole = figureOf(amounts, it);
    const first: Figure = { ...whole, end, lo: a.value - a.step / 2, hi: a.value + a.step / 2, index: -1 };
    const second: Figure = { ...whole, start: r.start, end: r.end, value: r.value, lo: r.value, hi: r.value, index: -1 };
    out.push({ first, second });
  }
  return out;
}

/** Units of a duration, in months. Days and weeks convert only roughly: their restatements get a wider reading. */
const DURATION_MONTHS: Record<string, number> = {
  mois: 1, an: 12, ans: 12, annee: 12, annees: 12, semestre: 6, semestres: 6, trimestre: 3, trimestres: 3,
  semaine: 12 / 52, semaines: 12 / 52, jour: 12 / 365, jours: 12 / 365,
};
const ROUGH_UNITS = new Set(['semaine', 'semaines', 'jour', 'jours']);
/** Words that make a restated duration approximate: it is then no exact restatement. */
const HEDGES = new Set(['environ', 'pres', 'presque', 'quasiment', 'pratiquement', 'plus', 'moins', 'peu', 'quelque', 'grosso', 'approximativement', 'bientot']);

interface Duration {
  start: number;
  end: number;
  months: number;
  lo: number;
  hi: number;
  /** Months per unit: two durations in one unit are no restatement of each other. */
  unit: number;
  /** The item after the duration (and its « et demi »). */
  next: number;
}

/** A duration at item k: « 42 mois », « quatre ans et demi », « un an et demi ». */
function durationAt(items: readonly Item[], k: number, read: ReadQuantity | null = quantityAt(items, k)): Duration | null {
  const q = read;
  if (!q || q.nounAt === undefined || q.nounAt !== q.next) return null;
  const noun = (items[q.nounAt] as { f: string }).f;
  const per = DURATION_MONTHS[noun];
  if (per === undefined) return null;
  let value = q.value;
  let next = q.nounAt + 1;
  if (isWord(items[next], 'et') && isWord(items[next + 1], 'demi', 'demie')) {
    value += 0.5;
    next += 2;
  }
  const months = value * per;
  // Rough units (days, weeks) read as ± 5 %; the others at the precision of their number, or half a unit.
  const half = ROUGH_UNITS.has(noun) ? months * 0.05 : Math.max((q.hi - q.lo) / 2, 0.25) * per;
  return { start: items[k].start, end: items[next - 1].end, months, lo: months - half, hi: months + half, unit: per, next };
}

/** « 42 mois, soit trois ans et demi », « 18 mois (un an et demi) »: one duration in two units. */
function durationRestatement(items: readonly Item[], k: number, q0: ReadQuantity): { restatement: Restatement | null; next: number } | null {
  const a = durationAt(items, k, q0);
  if (!a) return null;
  let q = a.next;
  if (isPunct(items[q], ',') && isWord(items[q + 1], 'soit')) q += 2;
  else if (isPunct(items[q], '(')) q += 1;
  else if (isWord(items[q], 'soit')) q += 1;
  else return null;
  const hedge = (it: Item | undefined) => it?.kind === 'word' && HEDGES.has(it.f);
  if (hedge(items[q]) || (isWord(items[q], 'de', "d'", 'un', 'une') && hedge(items[q + 1]))) return { restatement: null, next: q };
  const b = durationAt(items, q);
  if (!b || b.unit === a.unit) return null;
  const figure = (d: Duration): Figure => ({ start: d.start, end: d.end, value: d.months, lo: d.lo, hi: d.hi, currency: '#mois', index: -1, qualifier: null });
  return { restatement: { first: figure(a), second: figure(b) }, next: b.next };
}

/**
 * « pour les cinq prochaines années (2024-2030) », « sur sept ans, de 2024 à 2030 »: a number of years and the
 * span it names must count the same years.
 */
export function findPeriods(sent: Sentence): Restatement[] {
  const out: Restatement[] = [];
  const { items } = sent;
  for (let k = 0; k < items.length; k++) {
    // One read of the count at each item, for the durations and the spans below.
    const q = quantityAt(items, k);
    const d = q ? durationRestatement(items, k, q) : null;
    if (d) {
      if (d.restatement) out.push(d.restatement);
      k = d.next - 1;
      continue;
    }
    // « la période 2024-2027, soit quatre ans », « de 2019 à 2025, soit quatre années »: a span, then its length.
    // Counted with both ends or by subtraction, either reading clears it.
    const fromTo = isWord(items[k], 'de') && isYearItem(items[k + 1]) && isWord(items[k + 2], 'a') && isYearItem(items[k + 3]) ? k + 3 : -1;
    if (fromTo > 0) {
      const a = Number((items[k + 1] as { f: string }).f);
      const b = Number((items[fromTo] as { f: string }).f);
      // « de 2023 à 2027 inclus, soit … »: both ends counted.
      const inclusive = isWord(items[fromTo + 1], 'inclus', 'incluse', 'compris', 'comprise');
      const at = inclusive ? fromTo + 1 : fromTo;
      if (b > a && isPunct(items[at + 1], ',') && isWord(items[at + 2], 'soit')) {
        const q = quantityAt(items, at + 3);
        if (q && q.nounAt !== undefined && isWord(items[q.nounAt], 'ans', 'annees')) {
          const years = b - a + 1;
          if (q.value !== years && (inclusive || q.value !== years - 1)) {
            const first: Figure = { start: items[k + 1].start, end: items[fromTo].end, value: years, lo: years, hi: years, currency: '#ans', index: -1, qualifier: null };
            const second: Figure = { start: items[at + 3].start, end: items[q.nounAt].end, value: q.value, lo: q.value, hi: q.value, currency: '#ans', index: -1, qualifier: null };
            out.push({ first: second, second: first, period: true });
          }
          k = q.nounAt;
          continue;
        }
      }
    }
    const spanFirst = yearSpan(items[k]);
    // « les années universitaires 2024-2025 à 2027-2028 »: the end of a range of academic years, not a span.
    if (spanFirst && !isWord(items[k - 1], 'a', 'au', 'aux') && isPunct(items[k + 1], ',') && isWord(items[k + 2], 'soit')) {
      const q = quantityAt(items, k + 3);
      if (q && q.nounAt !== undefined && isWord(items[q.nounAt], 'ans', 'annees')) {
        const years = spanFirst[1] - spanFirst[0] + 1;
        if (q.value !== years && q.value !== years - 1) {
          const first: Figure = { start: items[k + 3].start, end: items[q.nounAt].end, value: q.value, lo: q.value, hi: q.value, currency: '#ans', index: -1, qualifier: null };
          const second: Figure = { start: items[k].start, end: items[k].end, value: years, lo: years, hi: years, currency: '#ans', index: -1, qualifier: null };
          out.push({ first, second, period: true });
        }
        k = q.nounAt;
        continue;
      }
    }
    if (!q) continue;
    // « cinq prochaines années », « 5 dernières années »: one adjective may sit before the noun.
    let n = q.next;
    if (items[n]?.kind === 'word' && !has(sent.cues[n], 'years') && has(sent.cues[n + 1], 'years')) n++;
    if (!has(sent.cues[n], 'years') || !isWord(items[n], 'ans', 'annees')) {
      k = q.next - 1;
      continue;
    }
    let span: [number, number] | null = null;
    let end = -1;
    // « sur dix ans, de 2024 à 2034 »: from one year to another counts the years between (10) or all of them (11).
    let elapsed = false;
    if (isPunct(items[n + 1], '(')) {
      span = yearSpan(items[n + 2]);
      end = n + 2;
    } else if (isPunct(items[n + 1], ',') && isWord(items[n + 2], 'de', 'entre')) {
      const a = items[n + 3];
      const b = items[n + 5];
      if (a?.kind === 'word' && b?.kind === 'word' && isWord(items[n + 4], 'a', 'et') && /^\d{4}$/.test(a.f) && /^\d{4}$/.test(b.f)) {
        span = [Number(a.f), Number(b.f)];
        end = n + 5;
        elapsed = true;
      }
    }
    if (span && end > 0) {
      const years = span[1] - span[0] + 1;
      const first: Figure = { start: items[k].start, end: items[n].end, value: q.value, lo: q.value, hi: q.value, currency: '#ans', index: -1, qualifier: null };
      const second: Figure = { start: items[end].start, end: items[end].end, value: years, lo: elapsed ? years - 1 : years, hi: years, currency: '#ans', index: -1, qualifier: null };
      // « les cinq dernières années (2019-2024) » may count the current year or not: one year either way is no error.
      if (Math.abs(q.value - years) > 1 || !isWord(items[q.next], 'dernieres', 'derniers')) out.push({ first, second, period: true });
    }
    k = n;
  }
  return out;
}

/**
 * A word of another basis (« en moyenne », « par logement », « chacun », « pour un mois de 30 jours ») after item k, up
 * to the clause's end.
 */
function perUnitAfter(v: View, k: number): boolean {
  for (let q = k + 1; q < v.items.length; q++) {
    const it = v.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || isPunct(it, ',', ';', '.', ':', '(', ')')) return false;
    if (isBasisAt(v, q) || (isWord(it, 'par') && v.items[q + 1]?.kind === 'word' && !isWord(v.items[q + 1], 'le', 'la', 'les', "l'", 'un', 'une', 'des'))) return true;
    if (q === k + 1 && isWord(it, 'pour') && isWord(v.items[q + 1], 'un', 'une', 'chaque')) return true;
    // « soit 5,20 € TTC le m³ », « 6,2 M€ le kilomètre »: an article and a unit of measure.
    if (isWord(it, 'le', 'la', "l'") && isWord(v.items[q + 1], ...MEASURE_UNITS, 'unite', 'piece')) return true;
    // « 1,10 € HT le plant », « 80 € le kit »: right after the amount (or its basis), an article and a noun price one
    // unit of it.
    const nx = v.items[q + 1];
    if (q <= k + 2 && isWord(it, 'le', 'la', "l'") && nx?.kind === 'word' && /^[a-z]{3,}$/.test(nx.f) && !ORDINALS.has(nx.f) && (q === k + 1 || isBasisAt(v, k + 1) || has(v.cues[k + 1], 'mixed-basis'))) return true;
  }
  return false;
}

/** Words after « le » that date or rank rather than name a unit (« la première année », « le lendemain »). */
const ORDINALS: ReadonlySet<string> = new Set(['premier', 'premiere', 'second', 'seconde', 'deuxieme', 'troisieme', 'dernier', 'derniere', 'lendemain', 'reste', 'solde', 'total', 'tout', 'mois', 'jour', 'matin', 'soir']);

/** « chacun », « chacune » among the four words before item k, in its clause. */
function eachBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    if (items[q].kind !== 'word') break;
    if (isWord(items[q], 'chacun', 'chacune')) return true;
  }
  // « Chacun des 46 navires dispose de 18 tonnes, soit 828 tonnes »: « chacun des » opening the clause says it too.
  for (let q = k - 1; q >= 0 && q >= k - 30 && !isPunct(items[q], '.', ';', ':'); q--) if (isWord(items[q], 'chacun', 'chacune') && isWord(items[q + 1], 'des', "d'")) return true;
  return false;
}

export function findRestatements(sent: Sentence, amounts: readonly Amount[], totals: ReadonlySet<number>): Restatement[] {
  if (sent.figures < 2) return [];
  const out: Restatement[] = [];
  const { items } = sent;
  // listedBefore[k]: a figure stands between the clause's start and item k (one pass, not one scan per amount).
  const listedBefore = new Uint8Array(items.length);
  for (let q = 1, seen = 0; q < items.length; q++) {
    const prev = items[q - 1];
    if (isPunct(prev, '.', ';', ':')) seen = 0;
    else if (prev.kind === 'amount' || prev.kind === 'percent') seen = 1;
    listedBefore[q] = seen;
  }
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'amount' || it.high !== undefined) continue;
    const after = restatedAfter(sent, k);
    const r = after !== -1 ? after : apposition(sent, amounts, k, listedBefore[k] === 1);
    if (r === -1) continue;
    // « La moitié des 3,2 Md€, soit 1,6 Md€ »: the second amount restates a share of the first.
    // « Les deux tiers de l’enveloppe de 1,2 M€ — 800 000 € — »: between dashes too.
    if ((!r.bracket || r.dash) && shareBefore(sent, k)) continue;
    if (r.bracket && shareGoverns(sent, k)) continue;
    // « 120 jours-amende à 25 €, soit 3 000 € »: a price times a count (rates.ts), not one amount twice.
    if (!r.bracket && priceOfCounted(items, k)) continue;
    // « 640 diagnostics ont été financés, chacun à hauteur de 2 800 €, soit 1,79 M€ »: each one's amount, then all of them.
    if (!r.bracket && eachBefore(items, k)) continue;
    // « 34 médecins se sont installés avec l’aide de 50 000 €, soit 1,7 M€ versés »: an amount times a count of the
    // clause before it comes to the second — each one's amount, then all of them.
    if (!r.bracket && countTimes(items, k, amounts[(it as { index: number }).index].value, amounts[(items[r.at] as { index: number }).index]?.value)) continue;
    // « 7 500 € HT l’unité, soit 450 000 € HT », « 35 € par élève, soit … »: a rate, then what it comes to.
    // (« 16 400 tonnes de CO2 par an, soit 14,6 kt »: a yearly figure said again in another unit, no span to total it
    // over, and the two of one size, is the same figure.)
    const yearly = !r.bracket && yearlyRestated(sent, amounts, k, r.at);
    if (!r.bracket && (unitOf(sent, k) !== null || perUnitAfter(sent, k)) && !yearly) continue;
    // « 342 M€ pour 18 rames, soit 19 M€ par rame », « soit près de 18 800 € d’aide en moyenne par logement »: what the
    // amount comes to per unit (rates.ts), not the amount again.
    if (!r.bracket && (unitOf(sent, r.at) !== null || perUnitAfter(sent, r.at))) continue;
    const second = items[r.at];
    // « 1,36 Md€, soit 136 M€ de plus que l’estimation »: a difference, not the amount again.
    if (isWord(items[r.at + 1], 'de', "d'") && isWord(items[r.at + 2], 'plus', 'moins')) continue;
    // « A, B et C, soit T » makes T a total, no restatement; « 2,4 Md€ (2 150 M€), dont 600 M€ » restates all the same.
    if (second.kind !== 'amount' || second.high !== undefined || (!r.bracket && totals.has(second.index))) continue;
    // « 2,5 M€ HT (3 M€ TTC) », « 500 M€ par an, soit 2,5 Md€ »: another basis.
    let other = false;
    // « pour un montant moyen de 150 €, soit 840 M€ »: an average's phrase may start three words before the amount.
    // A bracket right after the amount restates it whatever led to it (« portée à 350 k€ (350 000 €) »): only words
    // inside count.
    for (let q = r.bracket ? k + 1 : Math.max(0, k - 3); q <= Math.min(items.length - 1, r.at + 1); q++) {
      const c = sent.cues[q];
      if (q === k - 3 && !(c && has(c, 'basis') && q + c.length >= k - 1)) continue;
      // « couvre désormais 1 350 ha, soit 15,3 km² »: a word of revision before the first amount says both are the new figure.
      if (q < k && has(c, 'revision') && !has(c, 'comparison')) continue;
      // « 12 400 MWh par an (13,4 GWh) »: a period before the bracket is both figures'.
      if ((r.bracket || yearly) && q < r.at && (has(c, 'yearly') || (isWord(items[q], 'par') && has(sent.cues[q + 1], 'yearly')))) continue;
      // (« paie 1 €, la différence, soit 6,40 €, est compensée »: « soit » restates a difference or a rest named between.)
      if (isBasisAt(sent, q) || has(c, 'comparison') || has(c, 'total') || has(c, 'extra') || has(c, 'revision') || has(c, 'stop') || has(c, 'yearly')) other = true;
      if (q > k && q < r.at && (has(c, 'difference') || has(c, 'remainder'))) other = true;
    }
    // « 28,50 euros brut de plus, soit environ 22 euros net »: gross and net pay are two bases of one rise.
    const pay = (at: number) => isWord(items[at + 1], 'brut', 'bruts', 'net', 'nets') || isWord(items[at + 1], 'nette', 'nettes');
    if (pay(k) && pay(r.at) && (items[k + 1] as { f: string }).f.slice(0, 3) !== (items[r.at + 1] as { f: string }).f.slice(0, 3)) other = true;
    // « 1 113 000 € par an, soit 5,6 M€ sur les cinq années du marché »: a sum over years, not the amount again.
    for (let q = r.at + 1; q <= r.at + 2 && q < items.length && !r.bracket; q++) {
      if (!isWord(items[q], 'sur', 'en', 'pendant', 'durant')) continue;
      if (yearsCountAt(items, sent.cues, isWord(items[q + 1], 'les', 'ces') ? q + 2 : q + 1)) other = true;
    }
    if (other) continue;
    // After « soit », the first amount must stand alone: « A, B et C, soit T » is a total.
    if (!r.bracket) {
      if (listedBefore[k]) continue;
    } else {
      // The bracket closes after the amount (and its basis, « 3 050 000 € HT) »).
      let c = r.at + 1;
      while (c < items.length && has(sent.cues[c], 'mixed-basis')) c++;
      const closes = isPunct(items[c], ')') || (r.dash === true && (c >= items.length || isPunct(items[c], ',', '—', '–', '.', ';')));
      if (!closes) continue;
    }
    const a = amounts[it.index];
    const b = amounts[second.index];
    if (a.currency !== b.currency) continue;
    out.push({ first: asWritten(amounts, it), second: asWritten(amounts, second) });
    k = r.at;
  }
  return out;
}

/** A yearly amount at k, « soit » the amount at `at`: the sentence gives no span of years, and the two are within a third of each other. */
function yearlyRestated(sent: Sentence, amounts: readonly Amount[], k: number, at: number): boolean {
  if (unitOf(sent, k) !== 'an' || unitOf(sent, at) !== null || durationOf(sent) !== null) return false;
  const a = amounts[(sent.items[k] as { index: number }).index].value;
  const b = amounts[(sent.items[at] as { index: number }).index]?.value;
  return b !== undefined && a > 0 && b / a >= 2 / 3 && b / a <= 1.5;
}

/** « plafonne à 750 k€, c’est-à-dire 0,57 M€ »: a ceiling or floor restated is the same bound, read as written. */
function asWritten(amounts: readonly Amount[], it: Item & { kind: 'amount' }): Figure {
  const f = figureOf(amounts, it);
  if (f.qualifier !== 'upper-bound' && f.qualifier !== 'lower-bound') return f;
  const a = amounts[it.index];
  return { ...f, ...writtenInterval(a.value, a.step, null) };
}

/**
 * « La Cour estime le coût à 2,1 Md€. Ces 2 400 millions d’euros n’ont… »: « ces » before an amount takes up one said
 * before. Within REACH sentences back in the section, the amounts said before (not rates, not ranges, in the same
 * currency) are its candidates: equal to one of them, or to what one sentence's amounts add up to, it takes that one
 * up; when they are all one amount and it differs, it restates that amount wrongly. Several different candidates
 * leave it unread.
 */
export function findDemonstrativeRestatement(s: number, sentences: readonly Sentence[], amounts: readonly Amount[]): Restatement | null {
  const sent = sentences[s];
  const { items } = sent;
  // « Ces 4,1 M€ … » opening a sentence, or a clause after a semicolon (« … 4,5 M€ au plan ; ces 4,1 M€ financeront … »).
  let at = -1;
  let semi = -1;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (isPunct(it, ';')) semi = k;
    if (it.kind !== 'amount') continue;
    if (isWord(items[k - 1], 'ces') && it.high === undefined) {
      at = k;
      break;
    }
  }
  if (at < 0) return null;
  // Before « ces », amounts only in the clause the semicolon closes.
  for (let k = semi + 1; k < at; k++) if (items[k].kind === 'amount' || items[k].kind === 'percent') return null;
  // « ces 2 M€ supplémentaires », « ces 2 M€ par an »: another amount, or a rate.
  // « Ces 3,4 M€ viendront s’ajouter à la dette » adds this amount to another: only right after it does a word of
  // addition make it an extra amount.
  for (let q = at + 1; q <= at + 3 && q < items.length; q++) if ((has(sent.cues[q], 'extra') && q === at + 1) || has(sent.cues[q], 'yearly') || isBasisAt(sent, q)) return null;
  const these = figureOf(amounts, items[at] as Item & { kind: 'amount' });
  if (these.qualifier !== null) return null;
  const currency = amounts[these.index].currency;
  const candidates: Figure[] = [];
  const sums: { lo: number; hi: number }[] = [];
  // The amounts said before: the clause before the semicolon, then the sentences before, each read as one group.
  const group = (v: Sentence, end: number): boolean => {
    let lo = 0;
    let hi = 0;
    let n = 0;
    for (let k = 0; k < end; k++) {
      const it = v.items[k];
      if (it.kind !== 'amount') continue;
      if (it.high !== undefined || amounts[it.index].currency !== currency || unitOf(v, k) !== null) return false;
      const f = figureOf(amounts, it as Item & { kind: 'amount' });
      if (f.qualifier !== null) return false;
      candidates.push(f);
      lo += f.lo;
      hi += f.hi;
      n++;
    }
    if (n > 1) sums.push({ lo, hi });
    return true;
  };
  if (semi >= 0 && !group(sent, semi)) return null;
  // The group said last (the nearest sentence with amounts): its count, once read.
  let nearest = -1;
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    const prev = sentences[p];
    if (prev.section !== sent.section) break;
    const before = candidates.length;
    if (!group(prev, prev.items.length)) return null;
    if (nearest < 0 && candidates.length > before) nearest = candidates.length - before;
  }
  if (candidates.length === 0) return null;
  const meets = (x: { lo: number; hi: number }) => x.lo <= these.hi && these.lo <= x.hi;
  if (candidates.some(meets) || sums.some(meets)) return null;
  const first = candidates[0];
  // « … le coût définitif s’élève à 38,5 M€ HT » (after « évalué à 27,4 M€ HT » in 2021) · « Ces 35,8 M€ HT sont
  // financés … »: of several amounts before, the one said last, alone in its sentence and near in size, is the one
  // « ces » takes up.
  const near = (a: Figure) => these.value >= a.value * 0.8 && these.value <= a.value / 0.8;
  if (!candidates.every((c) => c.value === first.value) && !(nearest === 1 && semi < 0 && near(first) && !candidates.slice(1).some(near))) return null;
  return { first, second: these };
}

/**
 * « Le déficit de l’exercice s’élève à 18,7 M€ … » then « … résorber ce déficit de près de vingt-deux millions
 * d’euros »: « ce », the noun, « de » and an amount take up the amount that noun was given in the sentence before.
 */
export function findNamedRestatement(s: number, o: FindOptions): Restatement | null {
  const sent = o.sentences[s];
  const { items } = sent;
  for (let k = 0; k + 3 < items.length; k++) {
    if (!isWord(items[k], 'ce', 'cet', 'cette', 'ces')) continue;
    const noun = items[k + 1];
    // « ce déficit cumulé de 0,21 Md€ »: the noun and one adjective, said together before, take up that amount even a
    // few paragraphs back in the section.
    const adjective = items[k + 2]?.kind === 'word' && !isWord(items[k + 2], 'de', "d'") && isWord(items[k + 3], 'de', "d'") && noun.kind === 'word' ? (items[k + 2] as { f: string }).f : null;
    if (adjective !== null && noun.kind === 'word' && noun.f.length > 3 && !TIME_SPANS.has(noun.f)) {
      const it = phraseAmount(items, k + 4);
      if (!it) continue;
      const earlier = amountAfterPhraseBefore(s, o, noun.f, adjective);
      const these = figureOf(o.amounts, it);
      if (!earlier || o.amounts[earlier.index]?.currency !== o.amounts[these.index].currency || saidBefore(s, o, these)) return null;
      return { first: earlier, second: these };
    }
    // « ce déficit de A »; « correspondant à cette estimation, soit A ».
    const soit = isPunct(items[k + 2], ',') && isWord(items[k + 3], 'soit');
    // « Cet EBE de 6,8 M€ »: an acronym, however short, names what its initials spelled out before.
    const acronym = noun.kind === 'word' && isAcronym(noun.raw);
    if (noun.kind !== 'word' || (noun.f.length <= 3 && !acronym) || !(isWord(items[k + 2], 'de', "d'") || soit)) continue;
    // « bénéficiera cette année de 1,15 M€ »: a span of time dates the amount, it names no amount said before.
    if (TIME_SPANS.has(noun.f)) continue;
    // « 15 % de cette enveloppe, soit 14,2 M€ »: what « soit » restates is the share, not the whole.
    if (soit && (items[k - 2]?.kind === 'percent' || has(sent.cues[k - 2], 'fraction') || has(sent.cues[k - 3], 'fraction'))) continue;
    const it = phraseAmount(items, soit ? k + 4 : k + 3);
    if (!it) continue;
    // The first such phrase only: each is read against the sentence before, which must stay one read per sentence.
    // « … un surcroît de recettes d’un milliard neuf cents millions d’euros. Ce rendement de 1 550 M€ … »: a noun of
    // what a measure yields or costs takes up the one amount of the sentence before, whatever noun that one had.
    // The noun's amount may stand in the paragraph before: the phrase makes the sentence reach back (reach.ts).
    const earlier = amountAfterNounBefore(s, o, acronym ? noun.raw : noun.f, 1, true) ?? (YIELDS.has(noun.f) ? onlyAmountBefore(s, o) : null);
    const these = figureOf(o.amounts, it);
    if (!earlier || o.amounts[earlier.index]?.currency !== o.amounts[these.index].currency) return null;
    // « … pour 1 150 000 € HT … finance 40 %, soit 460 000 €. Ce montant de 1,15 M€ HT … »: an amount said a little
    // earlier that it matches is the one taken up.
    if (saidBefore(s, o, these)) return null;
    return { first: earlier, second: these };
  }
  return null;
}

/**
 * The amount right after « noun adjective » (« Le déficit cumulé … atteignait 187 M€ ») in the nearest of the REACH
 * sentences before `s` in its section that names the two together, when that sentence has it as its one plain amount.
 */
function amountAfterPhraseBefore(s: number, o: FindOptions, noun: string, adjective: string): Figure | null {
  const sent = o.sentences[s];
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    const prev = o.sentences[p];
    if (prev.section !== sent.section) return null;
    const { items } = prev;
    for (let q = 0; q + 1 < items.length; q++) {
      if (!isWord(items[q], noun) || !isWord(items[q + 1], adjective)) continue;
      const plain = items.filter((it) => it.kind === 'amount' && it.high === undefined);
      const after = plain.find((it) => it.start > items[q + 1].start);
      return plain.length === 1 && after ? figureOf(o.amounts, after as Item & { kind: 'amount' }) : null;
    }
  }
  return null;
}

/**
 * The plain amount at item `from` past up to three hedging words (« de près de 22 M€ »), unless a year dates it as
 * another year's (« ce déficit de 12,3 M€ en 2022 »): the amount « ce déficit de » gives, or null.
 */
function phraseAmount(items: readonly Item[], from: number): (Item & { kind: 'amount' }) | null {
  let at = from;
  while (at < items.length && at <= from + 3 && isWord(items[at], 'pres', 'de', "d'", 'environ', 'quelque', 'plus', 'moins')) at++;
  const it = items[at];
  if (!it || it.kind !== 'amount' || it.high !== undefined) return null;
  for (let q = at + 1; q < items.length && q <= at + 4; q++) if (isYearItem(items[q]) && isWord(items[q - 1], 'en', 'pour')) return null;
  return it;
}

/** Nouns of a span of time, after which « de » and an amount are what the span brings: « cette année de 1,2 M€ ». */
const TIME_SPANS: ReadonlySet<string> = new Set(['annee', 'semaine', 'mois', 'saison', 'periode', 'fois', 'journee', 'rentree']);

/** Words by which a writer says an amount again: « je le redis », « je le répète ». */
const RECALLS: ReadonlySet<string> = new Set(['redis', 'repete']);
/** « Rappel : » may bring a new fact (« Rappel : une aide de 12 000 € avait été votée »): with « bien » it insists on one said. */
const REMINDERS: ReadonlySet<string> = new Set(['rappel', 'rappelons', 'rappelle']);

/**
 * « — Un million trois cent cinquante mille euros. … — Je le redis : 1,53 million », « l’enveloppe est fixée à 180 k€ …
 * Rappel : ce sont bien 0,15 M€ »: a word of recall before the sentence's one amount says it is the amount said before
 * — the one plain amount of its currency in the REACH sentences before, in the paragraph (or beyond it, for a
 * sentence that reaches back). Bounds (« jusqu’à 20 000 € ») and rates are other figures.
 */
export function findRecalledRestatement(s: number, o: FindOptions): Restatement | null {
  const sent = o.sentences[s];
  const { items } = sent;
  let at = -1;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'percent') return null;
    if (it.kind !== 'amount') continue;
    if (at >= 0) return null;
    at = k;
  }
  if (at < 0 || (items[at] as { high?: number }).high !== undefined || unitOf(sent, at) !== null) return null;
  let recalled = false;
  let reminder = false;
  let insists = false;
  for (let q = at - 1; q >= 0 && q >= at - 8; q--) {
    const it = items[q];
    if (it.kind !== 'word') continue;
    if (RECALLS.has(it.f)) recalled = true;
    if (REMINDERS.has(it.f)) reminder = true;
    if (it.f === 'bien') insists = true;
  }
  if (!recalled && !(reminder && insists)) return null;
  const these = figureOf(o.amounts, items[at] as Item & { kind: 'amount' });
  let first: Figure | null = null;
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    const prev = o.sentences[p];
    if (prev.section !== sent.section || (prev.paragraph !== sent.paragraph && !sent.reachesBack)) break;
    for (let k = 0; k < prev.items.length; k++) {
      const it = prev.items[k];
      if (it.kind !== 'amount' || it.high !== undefined || unitOf(prev, k) !== null) continue;
      const f = figureOf(o.amounts, it);
      if (f.qualifier === 'upper-bound' || f.qualifier === 'lower-bound' || f.currency !== these.currency) continue;
      if (first && first.value !== f.value) return null;
      first = f;
    }
  }
  return first ? { first, second: these } : null;
}

/** An amount of the same currency that `f` may stand for, in the sentences before `s` within REACH and the section. */
function saidBefore(s: number, o: FindOptions, f: Figure): boolean {
  const sent = o.sentences[s];
  for (let p = s - 1; p >= 0 && p >= s - REACH && o.sentences[p].section === sent.section; p--) {
    for (const it of o.sentences[p].items) {
      if (it.kind !== 'amount' || it.high !== undefined) continue;
      const g = figureOf(o.amounts, it);
      if (g.currency === f.currency && g.lo <= f.hi && f.lo <= g.hi) return true;
    }
  }
  return false;
}

/** Nouns of what a measure yields or costs (« ce rendement de », « ce surcoût de »), or of any sum (« ce montant de »): the same amount whatever it was called. */
const YIELDS: ReadonlySet<string> = new Set(['rendement', 'produit', 'gain', 'surcroit', 'economie', 'economies', 'recette', 'recettes', 'manque', 'surcout', 'cout', 'effort', 'depense', 'charge', 'montant', 'somme', 'enveloppe', 'dotation', 'budget']);

/**
 * The one amount of the nearest sentence before `s` that has figures (within REACH, in the paragraph, or before it
 * for a sentence that reaches back): none other there but its rates (« 1,2 Md€ sur six ans, soit 200 M€ par an »), no
 * share, no range.
 */
function onlyAmountBefore(s: number, o: FindOptions): Figure | null {
  const sent = o.sentences[s];
  for (let p = s - 1; p >= 0 && p >= s - REACH; p--) {
    const prev = o.sentences[p];
    if (prev.section !== sent.section || (prev.paragraph !== sent.paragraph && !sent.reachesBack)) return null;
    if (prev.figures === 0) continue;
    let found: Figure | null = null;
    for (let k = 0; k < prev.items.length; k++) {
      const it = prev.items[k];
      if (it.kind === 'percent') return null;
      if (it.kind !== 'amount' || unitOf(prev, k) !== null) continue;
      if (found || it.high !== undefined) return null;
      found = figureOf(o.amounts, it);
    }
    return found && found.qualifier === null ? found : null;
  }
  return null;
}

/**
 * « … nous avons distribué deux millions et demi de repas. Ces 2,1 millions de repas représentent … »: « ces » before
 * a count takes up the count of the same noun said just before (within REACH sentences of the section), when the
 * sentences before count that noun once.
 */
/** The count at item k is the second term of a ratio: « un animateur pour 14 enfants », « 1 médecin pour 900 habitants ». */
function ratioCountAt(items: readonly Item[], k: number): boolean {
  return isWord(items[k - 1], 'pour') && isWord(items[k - 3], 'un', 'une', '1');
}

export function findDemonstrativeCount(s: number, sentences: readonly Sentence[]): Restatement | null {
  const sent = sentences[s];
  const { items } = sent;
  let these: ReadQuantity | null = null;
  /** For « les N noun … »: the words that describe the things, which the earlier count must be said with. */
  let described: string[] | null = null;
  /** The words after the definite count's noun, which an earlier count's own describing words must be among. */
  let window: ReadonlySet<string> = new Set();
  for (let k = 1; k < items.length && !these; k++) {
    // « les », and « des », « aux » before a number (de + les, à + les: « la livraison des 1 350 logements »).
    const definite = isWord(items[k - 1], 'les', 'des', 'aux');
    if (!isWord(items[k - 1], 'ces') && !definite) continue;
    const q = quantityAt(items, k);
    if (!q || !q.noun || q.value < 2) continue;
    // (« ces deux dernières années », « les trois premiers mois »: an adjective that picks some of them takes nothing up.)
    if (isWord(items[k + 1], ...PICKING_ADJECTIVES)) continue;
    // (« jusqu’aux douze ans de l’enfant »: an age, no things counted.)
    if (definite && TIME_UNITS.includes(q.noun)) continue;
    if (definite) {
      described = describingWords(items, q.next);
      if (described.length < 1) continue;
      window = wordsAfter(items, q.next);
      // « les 230 000 jeunes entrés en CEJ en 2024 »: the year the things are dated by must be the earlier count's too.
      const year = yearWithin(items, q.next, 12);
      if (year) described.push(year);
    }
    these = q;
  }
  if (!these) return null;
  const noun = these.noun!;
  let earlier: ReadQuantity | null = null;
  // A definite count with its describing words (« Parmi les 16 900 foyers bénéficiaires du Pass Chaleur ») may take up one
  // said a few paragraphs before under the same heading; a demonstrative one only the sentences just before.
  const reach = described ? 2 * REACH + 2 : REACH;
  for (let p = s - 1; p >= 0 && p >= s - reach; p--) {
    const prev = sentences[p];
    if (prev.section !== sent.section) break;
    for (let k = 0; k < prev.items.length; k++) {
      const q = quantityAt(prev.items, k);
      if (!q) continue;
      // « 612 d’entre elles … Parmi ces 612 communes »: the same number said before, whatever its noun, is the one taken up.
      if (q.lo <= these.hi && these.lo <= q.hi) return null;
      // « un animateur pour 14 enfants »: the count of a ratio, which no count of those things restates.
      if (ratioCountAt(prev.items, k)) {
        k = q.next - 1;
        continue;
      }
      // « 200 000 jeunes sont entrés en CEJ … Parmi les 230 000 jeunes entrés en CEJ »: a definite count is the one said
      // before with every word that describes it.
      // « … a bénéficié à 640 jeunes … Les 720 bénéficiaires de l’aide »: a noun of a role names the things counted in a
      // clause whose verb gives that role.
      const sameThings = q.noun !== undefined && (sameNoun(q.noun, noun) || (described !== null && isPeopleNoun(q.noun) && roleGivenBefore(prev.items, k, noun)));
      if (sameThings && (!described || describesEarlier(prev, k, q, described, window, yearsOf(sent)))) {
        if (earlier && earlier.value !== q.value) return null;
        // « 23 opérations …, parmi lesquelles A, B et C. Ces trois opérations … »: a count the sentence goes on to pick
        // some of may be taken up by those it picked, not by itself.
        if (picksSome(prev.items, q.next)) return null;
        earlier = q;
      }
      k = q.next - 1;
    }
  }
  if (described && !earlier) return null;
  // « … adressé à quarante-deux mille ménages. Ces 46 000 bénéficiaires … »: a noun of a role (« bénéficiaires »,
  // « usagers ») takes up the one count of the sentence just before, whatever that count's noun.
  if (!earlier && ROLE_NOUNS.has(noun) && s > 0 && sentences[s - 1].paragraph === sent.paragraph) {
    const prev = sentences[s - 1];
    for (let k = 0; k < prev.items.length; k++) {
      const q = quantityAt(prev.items, k);
      if (!q) continue;
      k = q.next - 1;
      if (!q.noun || q.value < 2 || isYearItem(prev.items[q.next - 1])) continue;
      if (earlier) return null;
      earlier = q;
    }
  }
  if (!earlier) return null;
  const unit = '#' + noun;
  const fig = (q: ReadQuantity): Figure => ({ start: q.start, end: q.end, value: q.value, lo: q.lo, hi: q.hi, currency: unit, index: -1, qualifier: null });
  return { first: fig(earlier), second: fig(these) };
}

/** Words that pick some of the things just counted: « parmi lesquels », « dont », « notamment », « en particulier ». */
function picksSome(items: readonly Item[], from: number): boolean {
  // Within the clause's reach: a bounded look, however long the sentence.
  for (let k = from; k < items.length && k < from + 40; k++) {
    if (isWord(items[k], 'lesquels', 'lesquelles', 'dont', 'notamment')) return true;
    if (isWord(items[k], 'particulier') && isWord(items[k - 1], 'en')) return true;
  }
  return false;
}

/** Short words that describe nothing: articles and prepositions of three letters or more. */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['les', 'des', 'aux', 'une', 'par', 'pour', 'dans', 'avec']);

/** The content words (three letters or more) right after a count's noun, up to punctuation or a figure: « entrés en CEJ ». */
function describingWords(items: readonly Item[], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < items.length && k < from + 6; k++) {
    const it = items[k];
    if (it.kind !== 'word' || isYearItem(items[k])) break;
    if (it.f.length >= 3 && !NOT_DESCRIBING.has(it.f)) out.push(it.f);
  }
  return out;
}

/** The first year among the `n` items from `from`, within the clause, as written. */
function yearWithin(items: readonly Item[], from: number, n: number): string | null {
  for (let k = from; k < items.length && k < from + n; k++) {
    if (isPunct(items[k], '.', ';', ',')) return null;
    if (isYearItem(items[k])) return (items[k] as { f: string }).f;
  }
  return null;
}

/** The words within the twelve items from `from`, up to the sentence's or clause's end. */
function wordsAfter(items: readonly Item[], from: number): Set<string> {
  const seen = new Set<string>();
  for (let k = from; k < items.length && k < from + 12; k++) {
    const it = items[k];
    if (isPunct(it, '.', ';')) break;
    if (it.kind === 'word') seen.add(it.f);
  }
  return seen;
}

/** The words of the clause before item k, back to a full stop, a semicolon or a colon (twenty items at most). */
function wordsBefore(items: readonly Item[], k: number): Set<string> {
  const seen = new Set<string>();
  for (let p = k - 1; p >= 0 && p >= k - 20; p--) {
    const it = items[p];
    if (isPunct(it, '.', ';', ':')) break;
    if (it.kind === 'word') seen.add(it.f);
  }
  return seen;
}

/**
 * Whether the earlier count `q` (at item k of `prev`) is the one a definite count described by `words` takes up: the
 * words follow its noun (« 200 000 jeunes sont entrés en CEJ … les 230 000 jeunes entrés en CEJ »), or — one word is
 * enough then — they name the subject of its clause (« L’écoquartier des Tilleuls comptera 1 150 logements … les
 * 1 350 logements de l’écoquartier ») when that count is said plainly: no describing word of its own the later count
 * lacks (« 1 150 logements sociaux »), and the only count of its sentence, bracketed ones aside (a sentence that
 * counts two things may sum them).
 */
function describesEarlier(prev: Sentence, k: number, q: ReadQuantity, words: readonly string[], later: ReadonlySet<string>, laterYears: ReadonlySet<string>): boolean {
  const years = yearsOf(prev);
  if (words.length >= 2 && describedBy(prev.items, q.next, words, years)) return true;
  // « En 2025, le réseau comptait 1 150 logements … En 2026, les 1 350 logements du réseau »: two dates, two counts.
  if (laterYears.size && years.size && ![...laterYears].some((y) => years.has(y))) return false;
  const before = wordsBefore(prev.items, k);
  // (« … raccordera 5 400 logements » and « les 4 500 logements raccordés »: one word, two forms — six letters compared.)
  const stems = new Set<string>();
  for (const b of before) if (b.length >= 6) stems.add(b.slice(0, 6));
  // (The words read from the later count's noun on begin with that noun, which is the earlier one's too.)
  // Its complement names the thing (« … du concours externe »); the words after it (« prendront leurs fonctions ») say
  // what the sentence says of them, and may be anything. A year read in the clause must be the earlier sentence's.
  const noun = q.noun ?? '';
  let named = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^\d{4}$/.test(w)) {
      if (!years.has(w)) return false;
    } else if (before.has(w) || (w.length >= 6 && stems.has(w.slice(0, 6)))) named++;
    // (The first word is the later count's own noun.)
    else if (i === 0 || (sameNoun(w, noun) && !named)) continue;
    // « … de l’écoquartier nord »: a word that may still name which thing it is (not a verb) must be said before too.
    else if (named && looksFinite(w)) break;
    else return false;
  }
  if (!named) return false;
  if (modifiersAfter(prev.items, q.next).some((w) => !later.has(w))) return false;
  return onlyCountOf(prev.items, k, noun);
}

/** Prepositions that open a complement of circumstance rather than qualify the noun before them. */
const OPENERS: ReadonlySet<string> = new Set(['dans', 'pour', 'avec', 'sur', 'par', 'entre', 'chez', 'vers', 'sans', 'sous', 'depuis', 'pendant', 'selon', 'contre', 'hors']);

/** The words qualifying a count's noun (at `nounAt`) right after it — « logements sociaux neufs » — up to an article, a preposition or punctuation. */
function modifiersAfter(items: readonly Item[], nounAt: number): string[] {
  const out: string[] = [];
  for (let k = nounAt + 1; k < items.length && k < nounAt + 5; k++) {
    const it = items[k];
    if (it.kind !== 'word' || isYearItem(items[k])) break;
    // « 1 150 logements en première tranche »: « en » opens a part of the things, which qualifies them.
    if (it.f === 'en') continue;
    if (it.f.length <= 3 || OPENERS.has(it.f) || looksFinite(it.f)) break;
    out.push(it.f);
  }
  return out;
}

/** Finite verbs a count's subject clause goes on with: « sont », « seront », and endings of the future, present and imperfect plural. */
const FINITE_FORMS: ReadonlySet<string> = new Set(['est', 'sont', 'sera', 'seront', 'etait', 'etaient', 'ont', 'aura', 'auront', 'avait', 'avaient', 'va', 'vont', 'doit', 'doivent', 'peut', 'peuvent']);
const FINITE_ENDINGS = ['ront', 'ent', 'ont', 'aient', 'ait', 'era', 'ira'];

/** Whether word `w` (folded) reads as a finite verb rather than a word that names or qualifies a thing. */
function looksFinite(w: string): boolean {
  return FINITE_FORMS.has(w) || (w.length > 5 && FINITE_ENDINGS.some((e) => w.endsWith(e)));
}

/** Whether `noun` is a noun of a role (« bénéficiaires ») whose verb (« a bénéficié ») stands in the clause before item k. */
function roleGivenBefore(items: readonly Item[], k: number, noun: string): boolean {
  if (!ROLE_NOUNS.has(noun) || noun.length < 8) return false;
  const stem = noun.slice(0, 7);
  for (const w of wordsBefore(items, k)) if (w.startsWith(stem) && w.length < noun.length) return true;
  return false;
}

/** Whether the count at item k is the only one of its sentence, leaving aside counts in brackets and years. */
function onlyCountOf(items: readonly Item[], k: number, noun: string): boolean {
  let depth = 0;
  for (let p = 0; p < items.length; p++) {
    const it = items[p];
    if (isPunct(it, '(')) depth++;
    else if (isPunct(it, ')')) depth = Math.max(0, depth - 1);
    if (it.kind !== 'word') continue;
    const q = quantityAt(items, p);
    if (!q) continue;
    // (« 640 jeunes de 17 à 25 ans »: ages and spans of time are not things counted.)
    const ofTime = (q.noun !== undefined && TIME_UNITS.includes(q.noun)) || (isWord(items[q.next], 'a') && TIME_UNITS.includes(quantityAt(items, q.next + 1)?.noun ?? ''));
    // (« 5 400 logements et 37 bâtiments publics »: a count of other things is no term of a sum of these.)
    const otherThings = q.noun !== undefined && !sameNoun(q.noun, noun) && q.noun.length >= 4;
    if (p !== k && depth === 0 && q.value >= 2 && !ofTime && !otherThings && !isYearItem(items[q.next - 1])) return false;
    p = q.next - 1;
  }
  return true;
}

/** Every one of `words` within the twelve items after a count's noun (at `from`), or in its sentence for a year. */
function describedBy(items: readonly Item[], from: number, words: readonly string[], years: ReadonlySet<string>): boolean {
  const seen = wordsAfter(items, from);
  // « En 2024, 200 000 jeunes sont entrés … »: a year fronting the sentence dates its count.
  // (« bénéficiaires » and « ont bénéficié »: one word, two forms — the first six letters are compared.)
  const stems = new Set<string>();
  for (const w of seen) if (w.length >= 6) stems.add(w.slice(0, 6));
  return words.every((w) => seen.has(w) || years.has(w) || (w.length >= 6 && stems.has(w.slice(0, 6))));
}

/** Whether item k is a number written in digits. */
function inDigits(items: readonly Item[], k: number): boolean {
  const it = items[k];
  if (!it || it.kind !== 'word') return false;
  const c = it.raw.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** « ETP » for « équivalents temps plein »: capitals that are the initials of the words. */
function initialsOf(acronym: string, words: readonly Item[]): boolean {
  const letters: string[] = [];
  for (const w of words) if (w.kind === 'word' && w.f.length > 2) letters.push(w.f.charAt(0));
  return acronym.length >= 2 && letters.join('') === acronym.toLowerCase();
}

/**
 * « quatre cent vingt équivalents temps plein (480 ETP) », « 1 250 logements (mille deux cent cinquante) »: a count in
 * words restated in digits, or the other way round, in the brackets right after it. The noun in the brackets, if any,
 * is the count's own, or its acronym: « trois communes (12 000 habitants) » says something else.
 */
/** Words that make the count after them a bound (« sous la barre des », « plus de », « au-delà de »). */
const BOUNDS = new Set(['barre', 'seuil', 'plafond', 'moins', 'plus', 'dessous', 'dessus', 'sous', 'au-dela', 'depasse', 'franchit']);

/** A word of BOUNDS among the three words before item k. */
function boundBefore(items: readonly Item[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) if (items[q].kind === 'word' && BOUNDS.has((items[q] as { f: string }).f)) return true;
  return false;
}

export function findCountRestatements(sent: Sentence): Restatement[] {
  const { items } = sent;
  const out: Restatement[] = [];
  for (let k = 0; k < items.length; k++) {
    const q = quantityAt(items, k);
    if (!q) continue;
    const next = q.next;
    const firstInDigits = inDigits(items, k);
    // « un sur cinq (730 élèves) », « près des deux tiers (812) »: a proportion, restated as the count it gives.
    const proportion = isWord(items[k - 1], 'sur') || q.noun === 'sur' || (q.nounAt !== undefined && has(sent.cues[q.nounAt], 'fraction')) || has(sent.cues[k], 'fraction');
    // « sous la barre des six ans (5,9 années) », « plus de 40 agents (43) »: a bound, and the value within it.
    const bound = boundBefore(items, k);
    // « contre 41 % deux ans plus tôt (12,3 millions) »: a span of time, restated only by a span.
    const time = q.noun !== undefined && (TIME_UNITS.includes(q.noun) || has(sent.cues[q.nounAt!], 'years'));
    k = next - 1;
    if (q.value < 2 || proportion || bound) continue;
    // The count's noun phrase, then the bracket.
    let b = next;
    while (b < items.length && b < next + 5 && items[b].kind === 'word' && !inDigits(items, b)) b++;
    if (!isPunct(items[b], '(')) continue;
    const r = quantityAt(items, b + 1);
    if (!r || inDigits(items, b + 1) === firstInDigits) continue;
    // (« dix ans (12,6 années) » restates a span; « deux ans plus tôt (12,3 millions) » gives another figure's value.)
    if (time && !(r.noun !== undefined && (TIME_UNITS.includes(r.noun) || has(sent.cues[r.nounAt!], 'years')))) continue;
    // Nothing after the restated count but its noun, up to the closing bracket.
    let c = r.next;
    while (c < items.length && c < r.next + 4 && items[c].kind === 'word') c++;
    if (!isPunct(items[c], ')')) continue;
    if (r.noun && q.noun && !sameNoun(r.noun, q.noun)) {
      const raw = (items[r.nounAt!] as { raw: string }).raw;
      if (raw !== raw.toUpperCase() || !initialsOf(raw, items.slice(next, b))) continue;
    }
    const unit = '#' + (q.noun ?? '');
    out.push({ first: countFigure(q, unit), second: countFigure(r, unit) });
    k = c;
  }
  return out;
}

/**
 * A count (two or more, with a noun) within the COUNT_REACH items before item k that, times `each`, comes within 2 % of
 * `all`. (Bounded: a sentence of thousands of amounts reads a few items back from each, not all of them.)
 */
function countTimes(items: readonly Item[], k: number, each: number, all: number | undefined): boolean {
  if (all === undefined || !(each > 0) || all < each * 2) return false;
  for (let q = Math.max(0, k - COUNT_REACH); q < k; q++) {
    const c = quantityAt(items, q);
    if (!c) continue;
    if (c.noun !== undefined && c.value >= 2 && Math.abs(c.value * each - all) <= all * 0.02) return true;
    q = c.next - 1;
  }
  return false;
}

/** How many items before an amount countTimes reads: the clause of a count and its aid. */
const COUNT_REACH = 40;
