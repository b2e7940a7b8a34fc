// The arithmetic and typography checks, from the figures the recogniser found
// and the document's structure. Pure: the same input gives the same checks.
// Relations are found first (find/), then each is judged by the module of its
// kind (judge/): every relation becomes a check, and a finding when it fails.

import { Amount, Check, EntityMention, Finding, Percentage } from '../types';
import { DocumentStructure } from '../structure';
import { CheckSettings } from '../settings';
import { Translate } from '../messages';
import { Sentence, sentencesOf } from './sentences';
import { findRelations } from './find';
import { judgeAmounts, JudgeContext } from './judge/sums';
import { judgePair, judgeShares } from './judge/shares';
import { judgeChange } from './judge/changes';
import { judgeRate } from './judge/rates';
import { judgeRestatement } from './judge/restatements';
import { checkTables } from './tables';
import { addConflictFixes, claimsOf, judgeClaims, withoutRestatedConflicts } from './conflicts';
import { indexAt } from '../structure';
import { abbreviationFindings, groupTypography, nbspFindings, pluralFindings } from './style';
import { append } from './model';
import { suspiciousFigureFindings } from '../figures/suspectFindings';
import { TableTotals, judgeTotalsOverTables, tableTotalsOf } from './acrossTables';
import { SectionFacts, headingStarts, judgeAcrossSections, sectionFactsOf } from './acrossSections';
import { AmountContexts, amountContextsOf, wordedRestatements } from './find/wordedAmounts';
import { CONSISTENCY_CODES } from '../codes';

export { joinAmountContexts } from './find/wordedAmounts';
import { lowerBound } from './words';
import { measuresOf } from './measures';

export interface CheckInput {
  text: string;
  structure: DocumentStructure;
  amounts: Amount[];
  percentages: Percentage[];
  entities: EntityMention[];
  settings: CheckSettings;
  t: Translate;
}

export interface LocalChecks {
  checks: Check[];
  findings: Finding[];
  /** The text's sentences, with their figures: the conflicts check reads them again once the names are known. */
  sentences: Sentence[];
  /** Indices in `amounts` of the figures some breakdown counts as parts: they are no claims on a name's whole amount. */
  inBreakdown: Set<number>;
  /** Sentences that may total the tables after them, and the tables of amounts: joined across the document. */
  tableTotals: TableTotals;
  /** Figures given to a noun, and the references to them from other sections: joined across the document. */
  sectionFacts: SectionFacts;
  /** The year and bases of each amount's sentence, for amounts spelled out in words: joined across the document. */
  amountContexts: AmountContexts;
}

/**
 * Every check that reads only nearby text: breakdowns, shares, changes,
 * rates, restatements, tables, and the per-figure style hints. Run on a chunk
 * of a document, it gives what it would give on the whole (see chunks.ts).
 */
export function runLocalChecks(input: Omit<CheckInput, 'entities'>): LocalChecks {
  const { text, structure, amounts, percentages, settings, t } = input;
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const ctx: JudgeContext = { text, amounts, tolerance: settings.tolerance, t };
  const off = new Set(settings.disabled);
  const keep = (r: { checks: Check[]; findings: Finding[] }) => {
    append(checks, r.checks);
    append(findings, r.findings);
  };

  const sentences = sentencesOf(text, structure, amounts, percentages);
  const relations = findRelations({ text, structure, amounts, percentages, sentences });
  const inBreakdown = new Set<number>();
  for (const b of relations.breakdowns) {
    keep(judgeAmounts(b, ctx));
    keep(judgeShares(b, ctx));
    // A breakdown of one part and no whole (« Cette évolution reste soutenable : les 15 M€ du fonds… ») divides nothing.
    if (b.total || b.parts.length > 1) for (const p of b.parts) inBreakdown.add(p.index);
  }
  // « Sur les 54 M€ …, les travaux en absorbent 61 M€, soit plus de la moitié »: a part found larger than its whole is
  // the one error; the share said of it is no second one.
  const exceeded = new Set<number>();
  for (const f of findings) if (f.code === 'part-exceeds-total') exceeded.add(f.start);
  for (const pair of relations.pairs) {
    const judged = judgePair(pair, ctx, percentages);
    keep(exceeded.has(pair.part.start) ? { checks: judged.checks, findings: [] } : judged);
  }
  for (const c of relations.changes) keep(judgeChange(c, ctx, percentages));
  for (const r of relations.rates) keep(judgeRate(r, ctx));
  for (const r of relations.restatements) keep(judgeRestatement(r, ctx));
  keep(checkTables({ text, structure, amounts, tolerance: settings.tolerance, t }));

  // Quantities with a unit (tonnes, kilometres, GWh…) relate as money does: the same finders, in a pass of their own.
  // Only the relations that involve a measure are kept: those of money and percentages alone were found above.
  const measures = measuresOf(text, sentences);
  if (measures.length > 0) {
    // Only the percentages of sentences that hold a measure: the others were read above, and reading them again costs.
    const near = percentagesBeside(sentences, measures, percentages);
    const ms = sentencesOf(text, structure, measures, near);
    const mr = findRelations({ text, structure, amounts: measures, percentages: near, sentences: ms, measures: true });
    const mctx: JudgeContext = { ...ctx, amounts: measures };
    for (const b of mr.breakdowns) if (b.total || b.parts.length) keep(judgeAmounts(b, mctx));
    for (const b of mr.breakdowns) if (b.total && b.pairs.length) keep(judgeShares({ ...b, shares: [] }, mctx));
    for (const pair of mr.pairs) if (pair.whole.currency.startsWith('#') && pair.part.currency.startsWith('#')) keep(judgePair(pair, mctx, near));
    for (const c of mr.changes) if (c.from.unit.startsWith('#') && c.from.unit.length > 1) keep(judgeChange(c, mctx, near));
    for (const r of mr.rates) if (r.result.currency.startsWith('#') && r.result.index >= 0) keep(judgeRate(r, mctx));
    for (const r of mr.restatements) if (r.first.currency.startsWith('#') && r.first.index >= 0) keep(judgeRestatement(r, mctx));
  }

  // Style hints cost a pass over the figures each; skip the ones turned off.
  if (!off.has('plural-scale')) append(findings, pluralFindings(text, amounts, t));
  if (!off.has('nbsp')) append(findings, nbspFindings(text, amounts, percentages, t));
  if (!off.has('suspicious-figure')) append(findings, suspiciousFigureFindings(text, structure, t));

  return { checks, findings: dedupe(findings), sentences, inBreakdown, tableTotals: tableTotalsOf(text, structure, amounts, sentences), sectionFacts: sectionFactsOf(text, sentences, amounts, percentages, structure.blocks, structure.tables), amountContexts: amountContextsOf(amounts, sentences) };
}

/** The percentages of the sentences that hold a measure, in text order (both lists sorted). */
function percentagesBeside(sentences: readonly Sentence[], measures: readonly Amount[], percentages: readonly Percentage[]): Percentage[] {
  const out: Percentage[] = [];
  let m = 0;
  let p = 0;
  for (const s of sentences) {
    while (m < measures.length && measures[m].start < s.start) m++;
    if (m >= measures.length) break;
    if (measures[m].start >= s.end) continue;
    while (p < percentages.length && percentages[p].start < s.start) p++;
    for (; p < percentages.length && percentages[p].start < s.end; p++) out.push(percentages[p]);
  }
  return out;
}

/** Every check on a whole text: the local ones, then those that compare figures across the document. */
export function runChecks(input: CheckInput): { checks: Check[]; findings: Finding[] } {
  const { text, amounts, entities, settings, t } = input;
  const local = runLocalChecks(input);
  const checks = local.checks;
  const findings = local.findings;
  const conflicts = judgeClaims(text, claimsOf(local.sentences, amounts, entities, local.inBreakdown, { text, tables: input.structure.tables, sections: input.structure.sections }), settings.tolerance, t);
  append(checks, conflicts.checks);
  addConflictFixes(text, conflicts.findings, (start) => amountStartingAt(amounts, start), t);
  append(findings, conflicts.findings);
  const overTables = judgeTotalsOverTables(local.tableTotals, {
    text,
    sections: input.structure.sections,
    amountsBetween: (from, to) => lowerBound(amounts, to) - lowerBound(amounts, from),
    tolerance: settings.tolerance,
    t,
  });
  append(checks, overTables.checks);
  append(findings, overTables.findings);
  const acrossSections = judgeAcrossSections(local.sectionFacts, { text, headings: headingStarts(input.structure), tolerance: settings.tolerance, t });
  append(checks, acrossSections.checks);
  append(findings, acrossSections.findings);
  const worded = judgeWordedAmounts(amounts, local.amountContexts, { text, amounts, tolerance: settings.tolerance, t });
  append(checks, worded.checks);
  append(findings, worded.findings);
  if (!settings.disabled.includes('mixed-abbreviations')) append(findings, abbreviationFindings(text, amounts, t));
  const all = withoutRestatedConflicts(dedupe(findings));
  return { checks, findings: settings.typography === 'grouped' ? groupTypography(text, all, t) : all };
}

/** Amounts spelled out in words against the one in digits each restates, over the whole document (find/wordedAmounts.ts). */
export function judgeWordedAmounts(amounts: readonly Amount[], contexts: AmountContexts, ctx: JudgeContext): { checks: Check[]; findings: Finding[] } {
  const out = { checks: [] as Check[], findings: [] as Finding[] };
  for (const r of wordedRestatements(amounts, contexts)) {
    const judged = judgeRestatement(r, ctx);
    append(out.checks, judged.checks);
    append(out.findings, judged.findings);
  }
  return out;
}

/** The same code on the same span once only (a part may be checked against two nested totals). */
/**
 * One error, one diagnostic: a finding given twice (one code, one span) is kept once; findings of one consistency code
 * whose spans overlap (« 312 M€ » and « 312 », « près de la moitié » and « la moitié ») are one error read by two
 * passes, and the one with the widest span stays. Sorted once by code and start: linear after the sort.
 */
export function dedupe(all: Finding[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const f of all) {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  const order = findings.map((f, i) => i).filter((i) => CONSISTENCY_CODES.has(findings[i].code));
  if (order.length < 2) return findings;
  order.sort((a, b) => (findings[a].code < findings[b].code ? -1 : findings[a].code > findings[b].code ? 1 : findings[a].start - findings[b].start || findings[b].end - findings[a].end));
  const dropped = new Set<number>();
  let keep = order[0];
  for (let n = 1; n < order.length; n++) {
    const i = order[n];
    const k = findings[keep];
    const f = findings[i];
    if (f.code === k.code && f.start < k.end) {
      // (Sorted by start then widest first: the kept one starts first; of two overlapping, the wider stays.)
      if (f.end - f.start > k.end - k.start) {
        dropped.add(keep);
        keep = i;
      } else dropped.add(i);
      continue;
    }
    keep = i;
  }
  return dropped.size === 0 ? findings : findings.filter((_, i) => !dropped.has(i));
}

/** The amount written from `start`, if any (amounts sorted by start). */
export function amountStartingAt(amounts: readonly Amount[], start: number): Amount | undefined {
  const i = indexAt(amounts, start);
  return i >= 0 && amounts[i].start === start ? amounts[i] : undefined;
}
