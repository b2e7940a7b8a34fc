// Judging a stated change (« change-mismatch »): from X to Y the change is
// (Y − X) / X, or Y − X points between percentages, or Y / X as a factor; the
// stated one must be within what the rounding of X, Y and the statement
// allows. Between two percentages a « hausse de N % » may mean relative or
// points: either reading clears it.

import { Finding } from '../../types';
import { formatNumber, formatPercent } from '../../format';
import { Change, Value } from '../model';
import { Interval, disjoint, finite } from '../intervals';
import { displayFactor, money, quote, spelledUnit } from '../describe';
import { Judged, JudgeContext } from './sums';
import { rewritePercent } from '../restyle';
import { Percentage } from '../../types';

/** The relative change from `a` to `b`, in percent, with the interval their rounding allows. */
function relative(a: Value, b: Value): { value: number; i: Interval } {
  return {
    value: (b.value / a.value - 1) * 100,
    i: { lo: (b.lo / a.hi - 1) * 100, hi: a.lo > 0 ? (b.hi / a.lo - 1) * 100 : Infinity },
  };
}

function points(a: Value, b: Value): { value: number; i: Interval } {
  return { value: b.value - a.value, i: { lo: b.lo - a.hi, hi: b.hi - a.lo } };
}

function ratio(a: Value, b: Value): { value: number; i: Interval } {
  return { value: b.value / a.value, i: { lo: b.lo / a.hi, hi: a.lo > 0 ? b.hi / a.lo : Infinity } };
}

/** The stated change as a signed interval; a change of unknown direction is compared by magnitude. */
function signed(c: Change): Interval[] {
  const s = c.stated;
  const up: Interval = { lo: s.lo, hi: s.hi };
  const down: Interval = { lo: -s.hi, hi: -s.lo };
  if (s.kind === 'factor') return [up];
  return s.direction === 1 ? [up] : s.direction === -1 ? [down] : [up, down];
}

export function judgeChange(c: Change, ctx: JudgeContext, percentages: readonly Percentage[]): Judged {
  const out: Judged = { checks: [], findings: [] };
  const { from, to, stated } = c;
  // A difference of levels (in points, or in an amount's unit) is as precise as the levels: its slack is the
  // tolerance of the larger level, not of a hundred.
  const levelSlack = ctx.tolerance * Math.max(Math.abs(from.value), Math.abs(to.value));
  // Percentages are written to the precision their difference is read at: the rounding of each level (their intervals)
  // is all the slack points need; the tolerance then applies to the difference itself.
  const pointSlack = ctx.tolerance * Math.abs(to.value - from.value);
  const readings: { value: number; i: Interval; slack: number }[] =
    stated.kind === 'factor'
      ? [{ ...ratio(from, to), slack: ctx.tolerance }]
      : stated.kind === 'difference'
        ? [{ ...points(from, to), slack: levelSlack }]
        : stated.kind === 'points'
          ? [{ ...points(from, to), slack: pointSlack }]
        : from.unit === '%'
          ? [{ ...relative(from, to), slack: ctx.tolerance * 100 }, { ...points(from, to), slack: levelSlack }]
          : [{ ...relative(from, to), slack: ctx.tolerance * 100 }];
  const targets = signed(c);
  const holds = (r: { i: Interval; slack: number }) => targets.some((t) => !disjoint(r.i, t, r.slack));
  const ok = readings.find(holds);
  const shown = ok ?? readings[0];
  const slack = shown.slack;
  const sign = stated.direction === -1 ? -1 : 1;
  out.checks.push({
    kind: 'change',
    status: ok ? 'ok' : 'mismatch',
    total: { start: stated.start, end: stated.end, value: stated.value * (stated.kind === 'factor' ? 1 : sign) },
    parts: [
      { start: from.start, end: from.end, value: from.value },
      { start: to.start, end: to.end, value: to.value },
    ],
    sum: shown.value,
    tolerance: finite(Math.max(shown.value - shown.i.lo, shown.i.hi - shown.value) + (stated.hi - stated.lo) / 2 + slack),
    unit: stated.kind === 'points' ? 'pt' : stated.kind === 'factor' ? '×' : stated.kind === 'difference' ? from.unit : '%',
  });
  if (ok) return out;
  const a = quote(ctx.text, from.start, from.end);
  const b = quote(ctx.text, to.start, to.end);
  const said = quote(ctx.text, stated.start, stated.end);
  let message: string;
  if (stated.kind === 'factor') message = ctx.t('From {0} to {1} is × {2}, not the × {3} that « {4} » says.', a, b, formatNumber(shown.value, 2), formatNumber(stated.value, 2), said);
  // « +1 point », « −0,7 point »: the noun stays singular under two, in English as in French.
  else if (stated.kind === 'points') message = Math.abs(shown.value) < 2 ? ctx.t('From {0} to {1} is {2} point, not {3}.', a, b, signedNumber(shown.value), said) : ctx.t('From {0} to {1} is {2} points, not {3}.', a, b, signedNumber(shown.value), said);
  else if (stated.kind === 'difference') message = ctx.t('From {0} to {1} is {2}, not {3}.', a, b, (shown.value < 0 ? '−' : '+') + money(Math.abs(shown.value), spelledUnit(from.unit, ctx.text, [from, to]), displayFactor([Math.abs(shown.value)], from.unit)), said);
  else if (c.fromDifference) message = ctx.t('{0} is {1} of {2}, not {3}.', a, signedPercent(shown.value), money(from.value, spelledUnit(from.unit, ctx.text, [from, to]), displayFactor([from.value], from.unit)), said);
  else message = ctx.t('From {0} to {1} is {2}, not {3}.', a, b, signedPercent(shown.value), said);
  const finding: Finding = {
    start: stated.start,
    end: stated.end,
    severity: 'warning',
    code: 'change-mismatch',
    message,
    related: [
      { start: from.start, end: from.end, message: ctx.t('from: {0}', a) },
      { start: to.start, end: to.end, message: ctx.t('to: {0}', b) },
    ],
  };
  // A percentage in the right direction can be rewritten; a change stated the wrong way round needs a writer.
  if (stated.kind === 'percent' && stated.percent !== undefined && Math.sign(shown.value) === (stated.direction || Math.sign(shown.value))) {
    const edits = rewritePercent(ctx.text, percentages[stated.percent], Math.abs(shown.value));
    if (edits) finding.fixes = [{ title: ctx.t('Replace by the computed change: {0}', edits[0].newText + ' %'), edits }];
  }
  out.findings.push(finding);
  return out;
}

function signedNumber(v: number): string {
  return (v > 0 ? '+' : v < 0 ? '−' : '') + formatNumber(Math.abs(v), 2);
}

function signedPercent(v: number): string {
  return (v > 0 ? '+' : v < 0 ? '−' : '') + formatPercent(Math.abs(v), 1);
}
