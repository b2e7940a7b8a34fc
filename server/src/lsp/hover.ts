// Hover text for figures: the value written out in full, its currency, how
// it was hedged, and, for a part of a checked breakdown, its share of the total.

import { Analysis } from '../core/analysis';
import { formatMoney, formatPercent, formatScaled } from '../core/format';
import { Translate } from '../core/messages';
import { indexAt } from '../core/structure';
import { Amount, Qualifier, Span } from '../core/types';
import { escapeMarkdown } from './markdown';

export interface HoverResult {
  span: Span;
  markdown: string;
}

function qualifierLabel(q: Qualifier, t: Translate): string | null {
  switch (q) {
    case 'approximate':
      return t('approximate');
    case 'lower-bound':
      return t('at least');
    case 'upper-bound':
      return t('at most');
    default:
      return null;
  }
}

export function figureHover(analysis: Analysis, offset: number, t: Translate): HoverResult | null {
  const i = indexAt(analysis.amounts, offset);
  if (i >= 0) return amountHover(analysis, analysis.amounts[i], t);
  const p = indexAt(analysis.percentages, offset);
  if (p >= 0) {
    const pct = analysis.percentages[p];
    const lines = [`**${formatPercent(pct.value, 3)}** — ${t('Percentage')}`];
    const q = qualifierLabel(pct.qualifier, t);
    if (q) lines.push(t('qualifier: {0}', q));
    return { span: pct, markdown: lines.join('\n\n') };
  }
  return null;
}

function amountHover(analysis: Analysis, a: Amount, t: Translate): HoverResult {
  const lines: string[] = [];
  lines.push(`**${formatMoney(a.value, a.currency)}** (${a.currency})`);
  // The figure as the document writes it: text, escaped like anything else the writer typed.
  const details: string[] = [t('as written: « {0} »', escapeMarkdown(a.text))];
  const q = qualifierLabel(a.qualifier, t);
  if (q) details.push(t('qualifier: {0}', q));
  if (a.currencyInferred) details.push(t('currency inferred from the paragraph'));
  if (a.range) details.push(a.range.role === 'low' ? t('range, lower end') : t('range, upper end'));
  lines.push(details.join(' · '));
  for (const check of analysis.checks) {
    if (check.unit !== a.currency || check.total.value <= 0) continue;
    if (!check.parts.some((p) => p.start === a.start && p.end === a.end)) continue;
    const share = (a.value / check.total.value) * 100;
    lines.push(
      t('{0} of the total {1}', formatPercent(share), formatScaled(check.total.value, a.currency)),
    );
    break;
  }
  return { span: a, markdown: lines.join('\n\n') };
}

