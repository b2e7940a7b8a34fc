// A lens above each checked total shows the arithmetic: 667 + 444 + 680 = 1 791 M€ ≈ 1,8 Md€ ✓

import { CodeLens } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { Check } from '../core/types';
import { formatNumber, formatPercent, formatScaled, scaleFor } from '../core/format';
import { Translate } from '../core/messages';
import { toRange } from './convert';
import { indexAt } from '../core/structure';

/** A lens shows this many parts at most: a breakdown of 200 000 parts would make a title of megabytes. */
const MAX_TERMS = 12;

/** « a + b + c », or « a + b + … + z (N parts) » past MAX_TERMS. */
function joinTerms(check: Check, term: (value: number) => string): string {
  const parts = check.parts;
  if (parts.length <= MAX_TERMS) return parts.map((p) => term(p.value)).join(' + ');
  const head = parts.slice(0, MAX_TERMS - 1).map((p) => term(p.value));
  return `${head.join(' + ')} + … + ${term(parts[parts.length - 1].value)} (${parts.length})`;
}

export function describeCheck(check: Check, t: Translate): string {
  if (check.unit === '%') {
    const terms = joinTerms(check, (v) => formatNumber(v, 2));
    const ok = check.status === 'ok';
    return `${terms} = ${formatPercent(check.sum, 2)} ${ok ? '✓' : '✗ ' + t('expected {0}', formatPercent(check.total.value, 2))}`;
  }
  // Parts and their sum read in the parts' own scale (667 + 444 + 680 = 1 791 M€),
  // the total in its own (≈ 1,8 Md€), as a writer would put it.
  // A loop, not Math.max(...values): a breakdown may have hundreds of thousands of parts.
  let largest = -Infinity;
  for (const p of check.parts) if (p.value > largest) largest = p.value;
  const { factor } = scaleFor(largest);
  const terms = joinTerms(check, (v) => formatNumber(v / factor, 3));
  const sum = formatScaled(check.sum, check.unit, factor);
  const total = formatScaled(check.total.value, check.unit);
  // A partial breakdown (« dont ») only has to stay within its total.
  const partial = check.kind === 'part';
  if (check.status === 'ok') {
    // Exact: « = », and the total once when it reads as the sum does; within rounding: « ≈ »; a « dont » short of its whole: « ≤ ».
    const exact = Math.abs(check.sum - check.total.value) <= 1e-9 * Math.max(1, Math.abs(check.total.value));
    if (exact) return sum === total ? `${terms} = ${sum} ✓` : `${terms} = ${sum} = ${total} ✓`;
    return `${terms} = ${sum} ${partial && check.sum < check.total.value ? '≤' : '≈'} ${total} ✓`;
  }
  const gap = formatScaled(Math.abs(check.sum - check.total.value), check.unit, factor);
  return `${terms} = ${sum} ${partial ? '>' : '≠'} ${total} ✗ (${t('gap {0}', gap)})`;
}

export function codeLenses(doc: TextDocument, analysis: Analysis, t: Translate): CodeLens[] {
  const lenses: CodeLens[] = [];
  const tables = analysis.structure.tables;
  for (const check of analysis.checks) {
    if (check.kind === 'conflict' || check.parts.length < 2) continue;
    // A lens inside a table would sit between two of its rows: it goes above the table.
    const ti = indexAt(tables, check.total.start);
    const at = ti >= 0 ? { start: tables[ti].start, end: tables[ti].start } : check.total;
    lenses.push({ range: toRange(doc, at), command: { title: describeCheck(check, t), command: '' } });
  }
  return lenses;
}
