// Percentages: the shares of one whole (« répartis à 40 %, 35 % et 25 % »)
// must reach 100 % when the list is complete and never exceed it
// (« percent-sum »); « X, soit N % » must be X over its whole, rounded
// (« share-mismatch »).

import { Finding, Fix, Percentage } from '../../types';
import { formatNumber, formatPercent } from '../../format';
import { Breakdown, Figure, SharePair } from '../model';
import { Interval, disjoint, finite, sumIntervals } from '../intervals';
import { percentIntervalText, quote } from '../describe';
import { Judged, JudgeContext, applyEdits } from './sums';
import { rewriteAmount, rewritePercent } from '../restyle';
import { foldString } from '../../text/fold';

export function judgeShares(b: Breakdown, ctx: JudgeContext): Judged {
  const out: Judged = { checks: [], findings: [] };
  // « (14,8 %), le total n’atteignant pas 100 % »: among other shares, a share of exactly 100 % is the whole said as
  // its total, never a part of itself.
  const shares = b.shares.length > 2 && b.shares.some((x) => x.value === 100) ? b.shares.filter((x) => x.value !== 100) : b.shares;
  if (shares.length === 0) return out;
  const complete = b.sharesComplete && shares.length >= 2;
  const sum = shares.reduce((s, x) => s + x.value, 0);
  const sumI = sumIntervals(shares);
  const slack = ctx.tolerance * 100;
  const hundred: Interval = { lo: 100, hi: 100 };
  const over = sumI.lo > 100 + slack + 1e-9;
  const mismatch = complete ? disjoint(sumI, hundred, slack) : over;
  // One percentage alone above 100 % (« 903 détenus pour 610 places (148 %) ») is a rate, not a share: shares are
  // judged together, two at least.
  if (shares.length < 2) return out;
  // « 110,6 % du PIB …, 100,1 % du PIB »: a figure above 100 % is a ratio to another quantity, and so are those listed
  // with it; no share of a whole can exceed it.
  if (shares.some((x) => x.lo > 100)) return out;
  // « ponctualité : 81 % ; propreté : 74 % ; information : 69 % »: figures each past half cannot be shares of one whole;
  // three of them are rates of several things, each of its own (two may be one slip: « 60 % … et 55 % … »).
  if (shares.filter((x) => x.lo > 50).length >= 3) return out;
  const first = shares[0];
  out.checks.push({
    kind: 'percent-sum',
    status: mismatch ? 'mismatch' : 'ok',
    total: { start: first.start, end: first.end, value: 100 },
    parts: shares.map((s) => ({ start: s.start, end: s.end, value: s.value })),
    sum,
    tolerance: finite(sum >= 100 ? sum - sumI.lo + slack : sumI.hi - sum + slack),
    unit: '%',
  });
  if (!mismatch) return out;
  const arithmetic = `${shares.map((s) => formatNumber(s.value, 2)).join(' + ')} = ${formatPercent(sum, 2)}`;
  // A share the text derives from the others (« le reste, soit 30 % ») is the one that is wrong; otherwise no one share
  // is, the sum is: the finding covers them all, first to last.
  const last = shares[shares.length - 1];
  const at = b.derivedShare !== undefined && b.derivedShare >= 0 ? b.shares[b.derivedShare] : { start: first.start, end: Math.max(first.end, last.end) };
  out.findings.push({
    start: at.start,
    end: at.end,
    severity: 'warning',
    code: 'percent-sum',
    message:
      over
        ? ctx.t('{0}: the shares of one whole cannot add up to more than 100 %.', arithmetic)
        : ctx.t('{0}, but the shares of a complete breakdown add up to 100 %.', arithmetic),
    related: shares.map((s, i) => ({ start: s.start, end: s.end, message: ctx.t('share {0}: {1}', i + 1, quote(ctx.text, s.start, s.end)) })),
  });
  return out;
}

/** How far (characters) « soit X » may follow its share and still be derived from it. */
const DERIVED_REACH = 200;

/** Words that make a part what is left over (« restent disponibles », « encore vacants »), whose share may be the rest's. */
const REMAINING = ['restent', 'reste', 'restant', 'restants', 'disponible', 'disponibles', 'libre', 'libres', 'vacant', 'vacants', 'vacantes', 'inoccupes', 'inoccupees'];

/** One of REMAINING between the part and a share said after it, within a sentence's reach. */
function saysRemaining(text: string, part: { end: number }, share: { start: number }): boolean {
  if (share.start <= part.end || share.start - part.end > 120) return false;
  const between = foldString(text.slice(part.end, share.start));
  let word = '';
  let remaining = false;
  let rate = false;
  for (let i = 0; i <= between.length; i++) {
    const c = between.charCodeAt(i);
    if (i < between.length && c >= 97 && c <= 122) word += between.charAt(i);
    else {
      if (word && REMAINING.includes(word)) remaining = true;
      // (« soit un taux de remplissage de 86 % »: the share names what the rest is not; « soit plus d’un tiers » does not.)
      if (word && COMPLEMENT_RATES.includes(word)) rate = true;
      word = '';
    }
  }
  return remaining && rate;
}

/** Nouns of a rate that is the complement of what remains: « taux de remplissage », « d’occupation ». */
const COMPLEMENT_RATES = ['taux', 'remplissage', 'occupation', 'utilisation', 'consommation', 'commercialisation', 'realisation', 'execution'];

export function judgePair(pair: SharePair, ctx: JudgeContext, percentages: readonly Percentage[]): Judged {
  const out: Judged = { checks: [], findings: [] };
  const { part, share, whole } = pair;
  if (part.currency !== whole.currency || whole.value <= 0 || part.start === whole.start) return out;
  const ratio = (part.value / whole.value) * 100;
  const ratioI: Interval = { lo: (part.lo / whole.hi) * 100, hi: whole.lo > 0 ? (part.hi / whole.lo) * 100 : Infinity };
  const shareI: Interval = { lo: share.lo, hi: share.hi };
  const slack = ctx.tolerance * Math.max(ratio, share.value);
  // « seuls 9 hectares restent disponibles, soit un taux de remplissage de 86 % »: a share of what the part leaves.
  const complement = saysRemaining(ctx.text, part, share) && !disjoint({ lo: 100 - ratioI.hi, hi: 100 - ratioI.lo }, shareI, slack);
  const mismatch = disjoint(ratioI, shareI, slack) && !complement;
  out.checks.push({
    kind: 'share',
    status: mismatch ? 'mismatch' : 'ok',
    total: { start: share.start, end: share.end, value: share.value },
    parts: [{ start: part.start, end: part.end, value: ratio }],
    sum: ratio,
    tolerance: finite(Math.max(ratio - ratioI.lo, ratioI.hi - ratio) + (share.hi - share.lo) / 2 + slack),
    unit: '%',
    operands: { part: { start: part.start, end: part.end, value: part.value }, whole: { start: whole.start, end: whole.end, value: whole.value } },
  });
  if (!mismatch) return out;
  const p: Percentage | undefined = share.index >= 0 ? percentages[share.index] : undefined;
  const decimals = p ? Math.max(0, Math.round(-Math.log10(p.step || 1))) : 0;
  // « 27 % d’entre elles, soit 1 850 personnes », « 20 % des 85 M€, soit 21 M€ »: the part is derived from the share
  // right after it, and either may be the wrong one: the finding covers both.
  const derived = part.start > share.end && part.start - share.end <= DERIVED_REACH && ctx.text.slice(share.end, part.start).indexOf('soit') >= 0;
  const finding: Finding = {
    start: share.start,
    end: derived ? part.end : share.end,
    severity: 'warning',
    code: 'share-mismatch',
    // Counts are exact: when rounding leaves one value, no interval is worth showing.
    message:
      Number.isFinite(ratioI.hi) && formatNumber(ratioI.lo, 2) === formatNumber(ratioI.hi, 2)
        ? ctx.t('{0} / {1} = {2}, not {3}.', partText(ctx.text, part), quote(ctx.text, whole.start, whole.end), formatPercent(ratio, decimals + 1), quote(ctx.text, share.start, share.end))
        : ctx.t(
            '{0} / {1} = {2} ({3} given the rounding), not {4}.',
            partText(ctx.text, part),
            quote(ctx.text, whole.start, whole.end),
            formatPercent(ratio, decimals + 1),
            percentIntervalText(ratioI, ctx.t),
            quote(ctx.text, share.start, share.end),
          ),
    related: [
      { start: part.start, end: part.end, message: ctx.t('the part: {0}', partText(ctx.text, part)) },
      { start: whole.start, end: whole.end, message: ctx.t('the whole: {0}', quote(ctx.text, whole.start, whole.end)) },
    ],
  };
  const edits = p ? rewritePercent(ctx.text, p, ratio) : null;
  const fixes: Fix[] = [];
  if (edits) fixes.push({ title: ctx.t('Replace by the computed share: {0}', edits[0].newText + ' %'), edits });
  // Or the percentage is right and the amount is not: the part the share says, of the same whole.
  const amount = part.index >= 0 && part.high === undefined && part.qualifier === null ? ctx.amounts[part.index] : undefined;
  const partEdits = amount && amount.start === part.start ? rewriteAmount(ctx.text, amount, (share.value / 100) * whole.value) : null;
  if (partEdits) fixes.push({ title: ctx.t('Replace the amount by {0}, the share given of the whole', applyEdits(ctx.text, partEdits, part.start, part.end)), edits: partEdits });
  if (fixes.length) finding.fixes = fixes;
  out.findings.push(finding);
  return out;
}

/** The part as written, or its terms joined by « + » when it adds up several figures. */
function partText(text: string, part: Figure): string {
  return part.terms ? `(${part.terms.map((t) => quote(text, t.start, t.end)).join(' + ')})` : quote(text, part.start, part.end);
}
