// Physical quantities written with their unit: « 33,1 millions de tonnes »,
// « 12,6 Mt », « 92 km », « 2,9 GWh », « 3 400 m² », « 180 hectares ». They add
// up, split and change as money does, so the relation finder reads them in a
// pass of their own (run.ts), each as an amount whose « currency » is its base
// unit (`#t`, `#m`, `#kWh`…): parts in kilotonnes and a total in millions of
// tonnes compare, kilometres and hectares never do. Counts of things
// (« 1 200 logements ») stay words: a noun names too many different things to
// add them up safely.

import { Amount, Qualifier } from '../types';
import { Sentence } from './sentences';
import { Item, isPunct, isWord } from './words';
import { isInlineBlank } from '../text/chars';
import { foldString } from '../text/fold';
import { quantityAt } from './find/quantities';

interface Unit {
  /** The base unit, as the « currency » of the measure. */
  base: string;
  /** How many base units one written unit is. */
  factor: number;
}

const tonne = (factor: number): Unit => ({ base: '#t', factor });
const metre = (factor: number): Unit => ({ base: '#m', factor });
const energy = (factor: number): Unit => ({ base: '#kWh', factor });
const power = (factor: number): Unit => ({ base: '#kW', factor });

/** Things counted in millions: the noun is not kept (a text may name one thing two ways). */
const THINGS: Unit = { base: '#n', factor: 1 };

/** « 2 millions d’années », « 1,5 million de fois »: no measure of things. */
function countOfTime(items: readonly Item[], nounAt: number | undefined): boolean {
  return nounAt !== undefined && isWord(items[nounAt], 'an', 'ans', 'annee', 'annees', 'mois', 'jours', 'heures', 'fois', 'euros', 'eur', 'dollars');
}

/** Unit words as items fold them. « m » (also « M » for millions) counts only with « ² » or « ³ » after it. */
const UNITS: Record<string, Unit> = {
  t: tonne(1), tonne: tonne(1), tonnes: tonne(1), kt: tonne(1e3), kilotonne: tonne(1e3), kilotonnes: tonne(1e3),
  mt: tonne(1e6), megatonne: tonne(1e6), megatonnes: tonne(1e6),
  // Tonnes of CO2 equivalent written as one word (« 4,87 MtCO2e », « 380 000 tCO2e », « 12 kteqCO2 »): a text on
  // emissions shortens them to « Mt » in the next line, so they are tonnes like the others.
  ...Object.fromEntries(['', 'k', 'm'].flatMap((p) => ['tco2', 'tco2e', 'teqco2', 'tco2eq'].map((u) => [p + u, tonne(p === 'k' ? 1e3 : p === 'm' ? 1e6 : 1)]))),
  // « 236 kg par habitant » against « 61 850 tonnes »: kilograms are thousandths of a tonne.
  kg: tonne(1e-3), kilo: tonne(1e-3), kilos: tonne(1e-3), kilogramme: tonne(1e-3), kilogrammes: tonne(1e-3),
  km: metre(1e3), kilometre: metre(1e3), kilometres: metre(1e3), metre: metre(1), metres: metre(1),
  // Surfaces in square metres: « 18 hectares, soit 180 000 m² » is one surface.
  ha: { base: '#m2', factor: 1e4 }, hectare: { base: '#m2', factor: 1e4 }, hectares: { base: '#m2', factor: 1e4 },
  m2: { base: '#m2', factor: 1 },
  m3: { base: '#m3', factor: 1 },
  kwh: energy(1), mwh: energy(1e3), gwh: energy(1e6), twh: energy(1e9),
  kilowattheure: energy(1), kilowattheures: energy(1), megawattheure: energy(1e3), megawattheures: energy(1e3),
  gigawattheure: energy(1e6), gigawattheures: energy(1e6), terawattheure: energy(1e9), terawattheures: energy(1e9),
  kw: power(1), mw: power(1e3), gw: power(1e6), megawatt: power(1e3), megawatts: power(1e3), gigawatt: power(1e6), gigawatts: power(1e6),
  litre: { base: '#l', factor: 1 }, litres: { base: '#l', factor: 1 }, hl: { base: '#l', factor: 100 }, hectolitre: { base: '#l', factor: 100 }, hectolitres: { base: '#l', factor: 100 },
};

/**
 * The unit at item n (and the item after it), or null. « m » is metres only in lower case (« M » abbreviates millions),
 * and square or cubic metres with « ² » or « ³ » after it.
 */
function unitAt(items: readonly Item[], n: number, text: string): { unit: Unit; end: number } | null {
  const it = items[n];
  if (!it || it.kind !== 'word') return null;
  if (it.f === 'm') {
    const sup = items[n + 1];
    if (sup && sup.start === it.end && (isPunct(sup, '²') || isWord(sup, '2'))) return { unit: UNITS.m2, end: n + 1 };
    if (sup && sup.start === it.end && (isPunct(sup, '³') || isWord(sup, '3'))) return { unit: UNITS.m3, end: n + 1 };
    return text.charCodeAt(it.start) === 109 ? { unit: UNITS.metre, end: n } : null;
  }
  // « 42 km² » is 4 200 ha (messages write land in hectares, describe.ts).
  if (it.f === 'km') {
    const sup = items[n + 1];
    if (sup && sup.start === it.end && (isPunct(sup, '²') || isWord(sup, '2'))) return { unit: { base: '#m2', factor: 1e6 }, end: n + 1 };
  }
  // « mètres carrés », « mètres cubes »: two words, one unit.
  if ((it.f === 'metre' || it.f === 'metres') && isWord(items[n + 1], 'carre', 'carres')) return { unit: UNITS.m2, end: n + 1 };
  if ((it.f === 'metre' || it.f === 'metres') && isWord(items[n + 1], 'cube', 'cubes')) return { unit: UNITS.m3, end: n + 1 };
  const u = UNITS[it.f];
  return u ? { unit: u, end: n } : null;
}

/** Whether the noun at item n is a unit of measure (« tonnes », « km », « m² »). */
export function isMeasureAt(items: readonly Item[], n: number, text: string): boolean {
  return unitAt(items, n, text) !== null;
}

/** « près de », « environ », « plus de », « moins de », « jusqu’à » before a measure. */
function qualifierBefore(items: readonly Item[], k: number): Qualifier {
  const w1 = items[k - 1];
  const w2 = items[k - 2];
  if (isWord(w1, 'environ', 'quelque', 'presque', 'quasiment', 'pratiquement', 'approximativement')) return 'approximate';
  if (isWord(w1, 'de', "d'") && isWord(w2, 'pres', 'plus', 'moins')) return isWord(w2, 'pres') ? 'approximate' : isWord(w2, 'plus') ? 'lower-bound' : 'upper-bound';
  if (isWord(w1, 'moins') && isWord(w2, 'au')) return 'lower-bound';
  if (isWord(w1, 'a', "a'") && isWord(w2, "jusqu'", 'jusqu')) return 'upper-bound';
  return null;
}

/** The measures of the sentences, in text order, read from their items. */
export function measuresOf(text: string, sentences: readonly Sentence[]): Amount[] {
  const out: Amount[] = [];
  for (const sent of sentences) {
    if (!hasUnitLetters(text, sent.start, sent.end)) continue;
    const { items } = sent;
    for (let k = 0; k < items.length; k++) {
      const q = quantityAt(items, k);
      if (!q) continue;
      // « un hectare de vigne se négocie 2,4 M€ »: the article names one thing of the kind, the unit a price is per; no
      // measure a relation could compare.
      if (q.value === 1 && isWord(items[k], 'un', 'une')) {
        k = q.next - 1;
        continue;
      }
      const scaleItem = q.next > k + 1 && items[q.next - 1].kind === 'word' && !/^\d/.test((items[q.next - 1] as { f: string }).f) ? items[q.next - 1] : null;
      let u = q.nounAt !== undefined ? unitAt(items, q.nounAt, text) : null;
      // « 1,9 million de prêts », « 2,3 millions en 2022 »: a count in millions or billions reads as a measure of things,
      // whatever its noun (« arbres », then « plants »); smaller counts stay words (counts.ts).
      if (!u && scaleItem && isWord(scaleItem, 'million', 'millions', 'milliard', 'milliards') && !countOfTime(items, q.nounAt)) u = { unit: THINGS, end: q.next - 1 };
      if (!u) {
        k = q.next - 1;
        continue;
      }
      const start = items[k].start;
      const end = items[u.end].end;
      const { factor, base } = u.unit;
      // The scale is what multiplies the written number: a scale word (« millions de tonnes ») or the unit's prefix (« Mt »).
      const multiplier = (q.value / numberWritten(q.value, scaleItem, text)) * factor;
      const scaleSpan = scaleItem ?? (factor !== 1 ? items[q.nounAt!] : null);
      out.push({
        start,
        end,
        text: text.slice(start, end),
        value: q.value * factor,
        currency: base,
        currencyInferred: false,
        qualifier: qualifierBefore(items, k),
        step: q.step * factor,
        scale: scaleSpan ? { start: scaleSpan.start, end: scaleSpan.end, text: text.slice(scaleSpan.start, scaleSpan.end), factor: multiplier } : undefined,
      });
      k = u.end;
    }
  }
  return out;
}

/** The number as written before its scale word (« 33,1 » of « 33,1 millions »): the value divided by the scale. */
function numberWritten(value: number, scaleItem: Item | null, text: string): number {
  if (!scaleItem) return value;
  const f = text.slice(scaleItem.start, scaleItem.end).toLowerCase();
  const scale = f.startsWith('milliard') ? 1e9 : f.startsWith('million') ? 1e6 : f.startsWith('mill') ? 1e3 : 1;
  return value / scale;
}

/** Words that may follow a number in a measure: the units, and the scales a unit or a noun follows (« millions de tonnes »). */
const NEXT_WORDS = new Set([...Object.keys(UNITS), 'm', 'million', 'millions', 'milliard', 'milliards', 'mille']);

/**
 * Cheap test before reading a sentence's items: a number (digits, blanks, commas, dots) followed by a unit or a scale
 * word. One pass over the characters.
 */
function hasUnitLetters(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    while (i < end && ((text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46 || isInlineBlank(text.charCodeAt(i)))) i++;
    let j = i;
    while (j < end && j - i < 14 && isLetter(text.charCodeAt(j))) j++;
    if (j > i && NEXT_WORDS.has(foldString(text.slice(i, j)))) return true;
    // (« 420 ktCO2e »: a unit word that runs on with digits of a formula.)
    if (j > i && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57 && foldString(text.slice(i, j)).endsWith('co')) return true;
    i = j > i ? j : i + 1;
  }
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

