// Judging a restatement (« restatement-mismatch »): the two forms of one
// amount must stand for values that can be equal, each read at its own
// precision (« 1,8 Md€ (1 800 M€) » holds, « 1,8 Md€ (1 600 M€) » does not).

import { Restatement } from '../model';
import { disjoint, finite, slackFor } from '../intervals';
import { quote } from '../describe';
import { formatNumber } from '../../format';
import { Judged, JudgeContext } from './sums';

export function judgeRestatement(r: Restatement, ctx: JudgeContext): Judged {
  const out: Judged = { checks: [], findings: [] };
  const { first, second } = r;
  const mismatch = disjoint({ lo: first.lo, hi: first.hi }, { lo: second.lo, hi: second.hi }, slackFor(ctx.tolerance, first.value, second.value));
  out.checks.push({
    kind: 'restatement',
    status: mismatch ? 'mismatch' : 'ok',
    total: { start: first.start, end: first.end, value: first.value },
    parts: [{ start: second.start, end: second.end, value: second.value }],
    sum: second.value,
    tolerance: finite((first.hi - first.lo) / 2 + (second.hi - second.lo) / 2),
    unit: first.currency,
  });
  if (!mismatch) return out;
  const a = quote(ctx.text, first.start, first.end);
  const b = quote(ctx.text, second.start, second.end);
  if (r.period) {
    // The later of the two forms is the one the reader meets as a restatement: « cinq ans (2024-2030) » flags the span,
    // « 2024-2027, soit cinq ans » the count.
    const at = first.start > second.start ? first : second;
    out.findings.push({
      start: at.start,
      end: at.end,
      severity: 'warning',
      code: 'restatement-mismatch',
      message: ctx.t('{0} counts {1} years, not the {2} that « {3} » says.', b, second.value, first.value, a),
      related: at === second ? [{ start: first.start, end: first.end, message: ctx.t('the first form: {0}', a) }] : [{ start: second.start, end: second.end, message: ctx.t('the first form: {0}', b) }],
    });
    return out;
  }
  const ratio = first.value > 0 && second.value > 0 ? Math.max(first.value / second.value, second.value / first.value) : 0;
  out.findings.push({
    start: second.start,
    end: second.end,
    severity: 'warning',
    code: 'restatement-mismatch',
    message:
      ratio >= 999 && ratio <= 1001
        ? ctx.t('{0} and {1} should be one amount, but differ by a factor of 1 000.', a, b)
        : // A count's or a measure's figures carry their noun or unit (« #ponts », « #m2 »): two of them are one figure, no amount.
          first.currency.startsWith('#')
          ? ctx.t('{0} and {1} should be one figure, but differ by {2} %.', a, b, formatNumber(Math.abs(second.value / first.value - 1) * 100, 1))
          : ctx.t('{0} and {1} should be one amount, but differ by {2} %.', a, b, formatNumber(Math.abs(second.value / first.value - 1) * 100, 1)),
    related: [{ start: first.start, end: first.end, message: ctx.t('the first form: {0}', a) }],
  });
  return out;
}
