// A small stand-in recogniser for the check tests: it finds the amounts and
// percentages the fixtures use (« 1,8 milliard d’euros », « 667 M€ », « près
// de 2 Md€ », « 3 à 4 milliards », « 40 % »), so the checks' logic is tested
// on its own, whatever the real recogniser does.

import { Amount, Percentage, Qualifier } from '../../../server/src/core/types';
import { parseStructure } from '../../../server/src/core/structure';
import { runChecks } from '../../../server/src/core/checks/run';
import { defaultCheckSettings, CheckSettings } from '../../../server/src/core/settings';
import { untranslated } from '../../../server/src/core/messages';
import { EntityMention } from '../../../server/src/core/types';

const SCALES: [string, number][] = [
  ['milliards', 1e9], ['milliard', 1e9], ['millions', 1e6], ['million', 1e6], ['Mds', 1e9], ['Mrds', 1e9], ['Mrd', 1e9], ['Md', 1e9],
  ['M', 1e6], ['k', 1e3],
];

const QUALIFIERS: [string, Qualifier][] = [
  ['près de ', 'approximate'], ['environ ', 'approximate'], ['quelque ', 'approximate'], ['plus de ', 'lower-bound'], ['au moins ', 'lower-bound'],
  ['moins de ', 'upper-bound'], ['jusqu’à ', 'upper-bound'], ["jusqu'à ", 'upper-bound'],
];

const NUMBER = /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?/y;

export function fakeFigures(text: string): { amounts: Amount[]; percentages: Percentage[] } {
  const amounts: Amount[] = [];
  const percentages: Percentage[] = [];
  let i = 0;
  let pendingLow: { start: number; value: number; decimals: number; end: number } | null = null;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charAt(i - 1) : ' ';
    if (c < 48 || c > 57 || /[\p{L}\d,.\-]/u.test(prev)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) {
      i++;
      continue;
    }
    const intPart = m[1].replace(/[ \u00a0\u202f]/g, '');
    const decimals = m[2] ? m[2].length : 0;
    const num = Number(intPart + (m[2] ? '.' + m[2] : ''));
    let j = i + m[0].length;
    // Percentages.
    let k = j;
    if (text[k] === ' ' || text[k] === '\u202f' || text[k] === '\u00a0') k++;
    if (text[k] === '%') {
      percentages.push({ start: i, end: k + 1, text: text.slice(i, k + 1), value: num, step: Math.pow(10, -decimals), qualifier: qualifierBefore(text, i) });
      i = k + 1;
      continue;
    }
    // « 3 à 4 milliards »: remember the low end.
    if (text.startsWith(' à ', j) && /\d/.test(text.charAt(j + 3))) {
      pendingLow = { start: i, value: num, decimals, end: j };
      i = j + 3;
      continue;
    }
    if (text.startsWith(' et ', j) && text.slice(Math.max(0, i - 6), i) === 'entre ' && /\d/.test(text.charAt(j + 4))) {
      pendingLow = { start: i, value: num, decimals, end: j };
      i = j + 4;
      continue;
    }
    let scale: { text: string; factor: number; start: number; end: number } | undefined;
    let s = j;
    if (text[s] === ' ' || text[s] === '\u202f' || text[s] === '\u00a0') s++;
    for (const [w, f] of SCALES) {
      const after = text.charAt(s + w.length);
      const abbreviation = w.length <= 4 && w !== 'Mds' && w !== 'Md' && w !== 'Mrd' && w !== 'Mrds' ? after === '€' : true;
      if (text.startsWith(w, s) && !/\p{L}/u.test(after) && abbreviation) {
        scale = { text: w, factor: f, start: s, end: s + w.length };
        break;
      }
    }
    let end = scale ? scale.end : j;
    let currency = false;
    if (scale && text.charAt(scale.end) === '€') {
      end = scale.end + 1;
      currency = true;
    } else {
      let e = end;
      if (text[e] === ' ' || text[e] === '\u202f' || text[e] === '\u00a0') e++;
      if (text[e] === '€') {
        end = e + 1;
        currency = true;
      } else if (text.startsWith('d’euros', e) || text.startsWith("d'euros", e)) {
        end = e + 7;
        currency = true;
      } else if (text.startsWith('de dollars', e)) {
        end = e + 10;
        currency = true;
      }
    }
    if (!scale && !currency) {
      pendingLow = null;
      i = j;
      continue;
    }
    const factor = scale ? scale.factor : 1;
    const cur = text.slice(i, end).includes('dollars') ? 'USD' : 'EUR';
    const q = qualifierBefore(text, pendingLow ? pendingLow.start : i);
    if (pendingLow) {
      const lowIndex = amounts.length;
      amounts.push({
        start: pendingLow.start, end: pendingLow.end, text: text.slice(pendingLow.start, pendingLow.end), value: pendingLow.value * factor,
        currency: cur, currencyInferred: !currency, qualifier: q, step: Math.pow(10, -pendingLow.decimals) * factor,
        range: { role: 'low', other: lowIndex + 1 },
      });
      amounts.push({
        start: i, end, text: text.slice(i, end), value: num * factor, currency: cur, currencyInferred: !currency, qualifier: q,
        step: Math.pow(10, -decimals) * factor, scale, range: { role: 'high', other: lowIndex },
      });
      pendingLow = null;
    } else {
      amounts.push({
        start: i, end, text: text.slice(i, end), value: num * factor, currency: cur, currencyInferred: !currency, qualifier: q,
        step: Math.pow(10, -decimals) * factor, scale,
      });
    }
    i = end;
  }
  return { amounts, percentages };
}

function qualifierBefore(text: string, at: number): Qualifier {
  for (const [w, q] of QUALIFIERS) if (text.slice(Math.max(0, at - w.length), at).toLowerCase() === w) return q;
  return null;
}

/** The checks on `text`, figures from the stand-in recogniser. */
export function check(text: string, settings: Partial<CheckSettings> = {}, entities: EntityMention[] = []) {
  const structure = parseStructure(text, { markdown: true });
  const { amounts, percentages } = fakeFigures(text);
  return runChecks({ text, structure, amounts, percentages, entities, settings: { ...defaultCheckSettings, ...settings }, t: untranslated });
}

export function codes(text: string, settings: Partial<CheckSettings> = {}, entities: EntityMention[] = []): string[] {
  return check(text, settings, entities).findings.map((f) => f.code).sort();
}

/** The text with `edits` applied. */
export function applyTextEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
