// Judging a rate (« rate-mismatch »): a yearly amount times the years, an
// amount each times the count, or a total over a count, must give the result
// the text states, within the rounding of every figure.

import { Rate } from '../model';
import { Interval, disjoint, finite, slackFor } from '../intervals';
import { formatNumber } from '../../format';
import { money, displayFactor, quote, spelledUnit } from '../describe';
import { Judged, JudgeContext, applyEdits } from './sums';
import { rewriteAmount } from '../restyle';
import { Finding } from '../../types';

export function judgeRate(r: Rate, ctx: JudgeContext): Judged {
  const out: Judged = { checks: [], findings: [] };
  const { rate, result } = r;
  // Of the readings of the count, the one nearest the stated result is the one to show.
  let count = r.count;
  if (r.op === 'product' && r.alternatives?.length && result.value > 0) {
    const off = (c: typeof count) => Math.abs(Math.log((rate.value * c.value) / result.value));
    for (const c of r.alternatives) if (c.value > 0 && off(c) < off(count)) count = c;
  }
  let computed: number;
  let i: Interval;
  if (r.op === 'product') {
    computed = rate.value * count.value;
    i = { lo: rate.lo * count.lo, hi: rate.hi * count.hi };
  } else {
    if (!(count.value > 0) || !(count.lo > 0)) return out;
    computed = rate.value / count.value;
    i = { lo: rate.lo / count.hi, hi: rate.hi / count.lo };
  }
  const res: Interval = { lo: result.lo, hi: result.hi };
  let mismatch = disjoint(i, res, slackFor(ctx.tolerance, computed, result.value));
  // Another reading of the count that fits makes the rate consistent.
  if (mismatch && r.op === 'product') {
    for (const c of [r.count, ...(r.alternatives ?? [])]) {
      const v = rate.value * c.value;
      if (!disjoint({ lo: rate.lo * c.lo, hi: rate.hi * c.hi }, res, slackFor(ctx.tolerance, v, result.value))) mismatch = false;
    }
  }
  out.checks.push({
    kind: 'rate',
    status: mismatch ? 'mismatch' : 'ok',
    total: { start: result.start, end: result.end, value: result.value },
    parts: [
      { start: rate.start, end: rate.end, value: rate.value },
      { start: count.start, end: count.end, value: count.value },
    ],
    sum: computed,
    tolerance: finite(Math.max(computed - i.lo, i.hi - computed) + (result.hi - result.lo) / 2),
    unit: result.currency,
  });
  if (!mismatch) return out;
  const f = displayFactor([computed, result.value], result.currency);
  const rateText = quote(ctx.text, rate.start, rate.end);
  const countText = quote(ctx.text, count.start, count.end);
  // Four significant digits: « 1 490 € », « 84,49 € », not « 1 490,385 € ».
  const shown = money(Number((computed / f).toPrecision(4)) * f, spelledUnit(result.currency, ctx.text, [result, count]), f);
  const finding: Finding = {
    start: result.start,
    end: result.end,
    severity: 'warning',
    code: 'rate-mismatch',
    message:
      r.op === 'product'
        ? ctx.t('{0} × {1} = {2}, not {3}.', rateText, formatNumber(count.value, 2), shown, quote(ctx.text, result.start, result.end))
        : ctx.t('{0} ÷ {1} = {2}, not {3}.', rateText, formatNumber(count.value, 2), shown, quote(ctx.text, result.start, result.end)),
    related: [
      { start: rate.start, end: rate.end, message: ctx.t('the rate: {0}', rateText) },
      { start: count.start, end: count.end, message: ctx.t('the count: {0}', countText) },
    ],
  };
  // The result is the figure stated last: one edit makes it the computed one, in its own style.
  const edits = result.index >= 0 ? rewriteAmount(ctx.text, ctx.amounts[result.index], computed) : null;
  if (edits) finding.fixes = [{ title: ctx.t('Replace by the computed result: {0}', applyEdits(ctx.text, edits, result.start, result.end)), edits }];
  out.findings.push(finding);
  return out;
}

