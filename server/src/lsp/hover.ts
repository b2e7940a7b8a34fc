// Hover text for figures: the value written out in full, its currency, how
// it was hedged, and one line per relation the figure takes part in, each
// true of that relation: a part of a breakdown shows its share of the total,
// a total its sum, a share its division (« 667 / 1 800 = 37 % »), a figure
// in conflict the other mention (« ailleurs : 54 Md€ (ligne 9) »).

import { Analysis } from '../core/analysis';
import { formatMoney, formatPercent, formatScaled } from '../core/format';
import { Translate } from '../core/messages';
import { indexAt } from '../core/structure';
import { Check, Qualifier, Span } from '../core/types';
import { describeCheck } from './codeLens';
import { escapeMarkdown } from './markdown';

export interface HoverResult {
  span: Span;
  markdown: string;
}

/** What a hover needs besides the analysis: the text (to quote figures as written) and 1-based line numbers. */
export interface HoverContext {
  text: string;
  line: (offset: number) => number;
  t: Translate;
}

/** Relation lines shown at most: a figure may take part in many checks. */
const MAX_RELATIONS = 6;

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

export function figureHover(analysis: Analysis, offset: number, ctx: HoverContext): HoverResult | null {
  const { t } = ctx;
  const i = indexAt(analysis.amounts, offset);
  if (i >= 0) {
    const a = analysis.amounts[i];
    const lines: string[] = [];
    lines.push(`**${formatMoney(a.value, a.currency)}** (${a.currency})`);
    // The figure as the document writes it: text, escaped like anything else the writer typed.
    const details: string[] = [t('as written: « {0} »', escapeMarkdown(a.text))];
    const q = qualifierLabel(a.qualifier, t);
    if (q) details.push(t('qualifier: {0}', q));
    if (a.currencyInferred) details.push(t('currency inferred from the paragraph'));
    if (a.range) details.push(a.range.role === 'low' ? t('range, lower end') : t('range, upper end'));
    lines.push(details.join(' · '));
    for (const r of relationLines(analysis, a, ctx)) lines.push(r);
    return { span: a, markdown: lines.join('\n\n') };
  }
  const p = indexAt(analysis.percentages, offset);
  if (p >= 0) {
    const pct = analysis.percentages[p];
    const lines = [`**${formatPercent(pct.value, 3)}** — ${t('Percentage')}`];
    const q = qualifierLabel(pct.qualifier, t);
    if (q) lines.push(t('qualifier: {0}', q));
    for (const r of relationLines(analysis, pct, ctx)) lines.push(r);
    return { span: pct, markdown: lines.join('\n\n') };
  }
  return null;
}

const same = (x: Span, y: Span) => x.start === y.start && x.end === y.end;

/** One line per check the figure at `span` takes part in, in the words of that check's relation. */
export function relationLines(analysis: Analysis, span: Span & { value?: number }, ctx: HoverContext): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const check of analysis.checks) {
    if (out.length >= MAX_RELATIONS) break;
    const line = relationLine(check, span, ctx);
    if (line && !seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

function quoted(ctx: HoverContext, s: Span): string {
  return escapeMarkdown(ctx.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim());
}

function verdict(check: Check): string {
  return check.status === 'ok' ? '✓' : '✗';
}

function relationLine(check: Check, span: Span, ctx: HoverContext): string | null {
  const { t } = ctx;
  switch (check.kind) {
    case 'conflict': {
      // Two mentions of one amount: each hover names the other, where it is.
      const other = same(check.total, span) ? check.parts[0] : check.parts.some((p) => same(p, span)) ? check.total : null;
      if (!other) return null;
      return `${t('elsewhere: {0} (line {1})', quoted(ctx, other), ctx.line(other.start))} ${verdict(check)}`;
    }
    case 'share': {
      const o = check.operands;
      if (!o) return null;
      if (!same(check.total, span) && !same(o.part, span) && !same(o.whole, span)) return null;
      const ratio = formatPercent(check.sum, 1);
      const line = `${quoted(ctx, o.part)} / ${quoted(ctx, o.whole)} = ${ratio}`;
      return check.status === 'ok' ? `${line} ✓` : `${line} ✗ ${t('(the text says {0})', quoted(ctx, check.total))}`;
    }
    case 'sum':
    case 'part':
    case 'table-total':
    case 'percent-sum': {
      if (same(check.total, span) && check.parts.length >= 2) return describeCheck(check, t);
      if (!check.parts.some((p) => same(p, span))) return null;
      if (check.unit === '%') return describeCheck(check, t);
      if (check.total.value <= 0 || check.unit.startsWith('#')) return null;
      const part = check.parts.find((p) => same(p, span))!;
      const share = (part.value / check.total.value) * 100;
      return `${t('{0} of the total {1}', formatPercent(share), formatScaled(check.total.value, check.unit))} (${t('line {0}', ctx.line(check.total.start))}) ${verdict(check)}`;
    }
    default:
      return null;
  }
}
