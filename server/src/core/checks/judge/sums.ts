// Judging a breakdown of amounts: a total against the sum of its parts
// (« sum-mismatch ») and each part against its whole (« part-exceeds-total »),
// rounding and hedges taken into account (see intervals.ts).

import { Amount, Check, Finding, RelatedSpan } from '../../types';
import { Translate } from '../../messages';
import { Breakdown, Figure } from '../model';
import { Interval, above, disjoint, distance, finite, slackFor, sumIntervals } from '../intervals';
import { displayFactor, intervalText, money, quote, spelledUnit, terms } from '../describe';
import { rewriteAmount } from '../restyle';

export interface Judged {
  checks: Check[];
  findings: Finding[];
}

export interface JudgeContext {
  text: string;
  amounts: readonly Amount[];
  tolerance: number;
  t: Translate;
}

/**
 * The scale every part is written in (« 2,9 M€ … 0,8 M€ » → M€), so the sum reads as the text does
 * (« 2,9 + 1,7 + 0,8 = 5,4 M€ », not « 2 900 + 1 700 + 800 = 5 400 k€ »); undefined when they differ.
 */
function writtenFactor(ctx: JudgeContext, parts: readonly Figure[]): number | undefined {
  let factor: number | undefined;
  for (const p of parts) {
    const a = p.index >= 0 ? ctx.amounts[p.index] : undefined;
    const f = a?.scale?.factor ?? a?.unitFrom?.factor;
    if (f === undefined || (factor !== undefined && f !== factor) || (f !== 1e3 && f !== 1e6 && f !== 1e9)) return undefined;
    factor = f;
  }
  return factor;
}

function figureText(ctx: JudgeContext, f: Figure): string {
  return quote(ctx.text, f.start, f.end);
}

export function judgeAmounts(b: Breakdown, ctx: JudgeContext): Judged {
  const out: Judged = { checks: [], findings: [] };
  const total = b.total;
  if (!total || b.parts.length === 0) return out;
  if (b.parts.some((p) => p.currency !== total.currency)) return out;
  if (b.parts.some((p) => p.start === total.start)) return out;
  // Two parts or more, each larger than the whole: the text states levels (« a perdu 180 000 € en trois ans : 2022 :
  // 3,84 M€ ; 2023 : 3,79 M€ … »), not parts; nobody writes a breakdown whose every part exceeds it.
  if (b.parts.length >= 2 && b.parts.every((p) => p.lo > total.hi)) return out;
  const { t } = ctx;
  let currency = total.currency;
  const tot: Interval = { lo: total.lo, hi: total.hi };
  // Messages are written only for mismatches; consistent checks cost no formatting.
  let factor = 1;
  let range = '';
  let totalText = '';
  const wide = total.qualifier !== null || total.high !== undefined || tot.hi - tot.lo >= 0.01 * total.value;
  const prepare = () => {
    currency = spelledUnit(currency, ctx.text, [total, ...b.parts]);
    factor = writtenFactor(ctx, b.parts) ?? displayFactor([...b.parts.map((p) => p.value), total.value], currency);
    // The interval is worth showing only when rounding or a hedge makes it wide.
    range = wide ? ` (${intervalText(tot, currency, factor, t)})` : '';
    totalText = figureText(ctx, total);
  };
  // The gap to a hedged or ranged total is to its nearest end; to a plain figure it is to the figure as written
  // (« 16 Md€ against 17 Md€ » is 1 Md€ apart, even though 17 stands for 16,5 – 17,5).
  const hedged = total.qualifier !== null || total.high !== undefined;
  const gapTo = (v: number) => (hedged ? distance(v, tot) : Math.abs(v - total.value));

  // Each part within its whole: always safe to check when the relation is clear.
  const exceeding = new Set<Figure>();
  for (const p of b.parts) {
    const slack = slackFor(ctx.tolerance, total.value, p.value);
    const bad = above({ lo: p.lo, hi: p.hi }, tot, slack);
    if (b.partsOnly || bad) {
      out.checks.push({
        kind: 'part',
        status: bad ? 'mismatch' : 'ok',
        total: { start: total.start, end: total.end, value: total.value },
        parts: [{ start: p.start, end: p.end, value: p.value }],
        sum: p.value,
        tolerance: finite(tot.hi - total.value + (p.value - p.lo) + slack),
        unit: total.currency,
      });
    }
    if (!bad) continue;
    if (!exceeding.size) prepare();
    exceeding.add(p);
    out.findings.push({
      start: p.start,
      end: p.end,
      severity: 'error',
      code: 'part-exceeds-total',
      message: t(
        'This part, {0}, is larger than its whole {1}{2} by {3}.',
        figureText(ctx, p),
        totalText,
        range,
        money(gapTo(p.value), currency, factor),
      ),
      related: [{ start: total.start, end: total.end, message: t('the whole: {0}', totalText) }],
    });
  }
  if (b.partsOnly) return out;

  const sum = b.parts.reduce((s, p) => s + p.value, 0);
  const sumI = sumIntervals(b.parts);
  const slack = slackFor(ctx.tolerance, total.value, sum);
  const complete = b.complete && b.parts.length >= 2;
  let mismatch = complete ? disjoint(sumI, tot, slack) : above(sumI, tot, slack);
  // Where the text allows other readings (which figure is the whole, where the list starts), any one that holds clears it.
  if (mismatch && b.alternatives) {
    for (const alt of b.alternatives) {
      if (alt.parts.some((p) => p.currency !== alt.total.currency)) continue;
      const altSum = sumIntervals(alt.parts);
      const altTotal: Interval = { lo: alt.total.lo, hi: alt.total.hi };
      if (!disjoint(altSum, altTotal, slackFor(ctx.tolerance, alt.total.value, altSum.lo))) return judgeAmounts({ ...b, total: alt.total, parts: alt.parts, alternatives: undefined }, ctx);
    }
  }
  const tolerance =
    sum >= total.value || !complete
      ? finite(tot.hi - total.value + (sum - sumI.lo) + slack)
      : finite(total.value - tot.lo + (sumI.hi - sum) + slack);
  if (b.parts.length >= 2 || !exceeding.size) {
    out.checks.push({
      kind: complete ? 'sum' : 'part',
      status: mismatch || exceeding.size ? 'mismatch' : 'ok',
      total: { start: total.start, end: total.end, value: total.value },
      parts: b.parts.map((p) => ({ start: p.start, end: p.end, value: p.value })),
      sum,
      tolerance,
      unit: total.currency,
    });
  }
  if (!mismatch || exceeding.size) return out;
  prepare();

  const related: RelatedSpan[] = b.parts.map((p, i) => ({ start: p.start, end: p.end, message: t('part {0}: {1}', i + 1, figureText(ctx, p)) }));
  const gap = money(gapTo(sum), currency, factor);
  const arithmetic = b.parts.length >= 2 ? `${terms(b.parts.map((p) => p.value), factor)} = ${money(sum, currency, factor)}` : money(sum, currency, factor);
  const finding: Finding = {
    start: total.start,
    end: total.end,
    severity: 'warning',
    code: 'sum-mismatch',
    message: complete
      ? t('{0}, which differs from the total {1}{2} by {3}.', arithmetic, totalText, range, gap)
      : t('{0}, which exceeds the total {1}{2} by {3}: parts cannot add up to more than their whole.', arithmetic, totalText, range, gap),
    related,
  };
  // Parts that exceed a « dont » total call for at least their sum: the same fix applies.
  if (total.index >= 0 && total.high === undefined && total.qualifier !== 'lower-bound' && total.qualifier !== 'upper-bound') {
    const amount = ctx.amounts[total.index];
    const edits = rewriteAmount(ctx.text, amount, sum);
    if (edits) {
      const preview = applyEdits(ctx.text, edits, amount.start, amount.end);
      finding.fixes = [{ title: t('Replace the total by the computed sum: {0}', preview), edits }];
    }
  }
  // Or the total is right and one part is wrong: each part, rewritten so that the parts add up to the total.
  if (complete && b.parts.length >= 2 && total.high === undefined && total.qualifier === null) {
    b.parts.forEach((p, i) => {
      const value = total.value - (sum - p.value);
      if (!(value > 0) || p.index < 0 || p.high !== undefined || p.qualifier !== null) return;
      const amount = ctx.amounts[p.index];
      if (!amount || amount.start !== p.start) return;
      const edits = rewriteAmount(ctx.text, amount, value);
      if (!edits) return;
      (finding.fixes ??= []).push({ title: t('Replace part {0} by {1} so that the parts add up to the total', i + 1, applyEdits(ctx.text, edits, amount.start, amount.end)), edits });
    });
  }
  out.findings.push(finding);
  return out;
}

/** The text of [start, end) once `edits` are applied (edits sorted, within or touching the span). */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[], start: number, end: number): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = Math.min(start, sorted.length ? sorted[0].start : start);
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  out += text.slice(at, Math.max(end, at));
  return quote(out, 0, out.length);
}
