// The arithmetic and typography checks, from the figures the recogniser found
// and the document's structure. Pure: the same input gives the same checks.

import { Amount, Check, EntityMention, Finding, Percentage } from '../types';
import { DocumentStructure } from '../structure';
import { CheckSettings } from '../settings';
import { Translate } from '../messages';
import { Sentence, findBreakdowns, sentencesOf } from './breakdowns';
import { judgeAmounts, JudgeContext } from './sums';
import { judgePair, judgeShares, soitShares, SharePair } from './shares';
import { checkTables } from './tables';
import { claimsOf, judgeClaims } from './conflicts';
import { abbreviationFindings, nbspFindings, pluralFindings } from './style';
import { Figure, append } from './model';
import { suspiciousFigureFindings } from '../figures/suspectFindings';

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
  /** Indices in `amounts` of the figures some breakdown already accounts for. */
  inBreakdown: Set<number>;
}

/**
 * Every check that reads only nearby text: breakdowns, shares, tables, and the
 * per-figure style hints. Run on a chunk of a document, it gives what it would
 * give on the whole (see chunks.ts).
 */
export function runLocalChecks(input: Omit<CheckInput, 'entities'>): LocalChecks {
  const { text, structure, amounts, percentages, settings, t } = input;
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const ctx: JudgeContext = { text, amounts, tolerance: settings.tolerance, t };
  const off = new Set(settings.disabled);

  const sentences = sentencesOf(text, structure, amounts, percentages);
  const breakdowns = findBreakdowns({ text, structure, amounts, percentages, sentences });

  const totalOfPart = new Map<number, Figure>();
  const inBreakdown = new Set<number>();
  const paired = new Set<number>();
  const pairs: SharePair[] = [];
  for (const b of breakdowns) {
    const a = judgeAmounts(b, ctx);
    append(checks, a.checks);
    append(findings, a.findings);
    const s = judgeShares(b, ctx);
    append(checks, s.checks);
    append(findings, s.findings);
    if (b.total) inBreakdown.add(b.total.index);
    for (const p of b.parts) {
      inBreakdown.add(p.index);
      if (b.total && !b.partsOnly && !totalOfPart.has(p.index)) totalOfPart.set(p.index, b.total);
    }
    if (b.total) {
      for (const pr of b.pairs) {
        if (paired.has(pr.share.index)) continue;
        paired.add(pr.share.index);
        pairs.push({ part: pr.part, share: pr.share, whole: b.total });
      }
    }
  }
  append(pairs, soitShares(sentences, amounts, percentages, totalOfPart, paired));
  for (const pair of pairs) {
    const r = judgePair(pair, ctx, percentages);
    append(checks, r.checks);
    append(findings, r.findings);
  }

  const tables = checkTables({ text, structure, tolerance: settings.tolerance, t });
  append(checks, tables.checks);
  append(findings, tables.findings);

  // Style hints cost a pass over the figures each; skip the ones turned off.
  if (!off.has('plural-scale')) append(findings, pluralFindings(text, amounts, t));
  if (!off.has('nbsp')) append(findings, nbspFindings(text, amounts, percentages, t));
  if (!off.has('suspicious-figure')) append(findings, suspiciousFigureFindings(text, structure, t));

  return { checks, findings: dedupe(findings), sentences, inBreakdown };
}

/** Every check on a whole text: the local ones, then those that compare figures across the document. */
export function runChecks(input: CheckInput): { checks: Check[]; findings: Finding[] } {
  const { text, amounts, entities, settings, t } = input;
  const local = runLocalChecks(input);
  const checks = local.checks;
  const findings = local.findings;
  const conflicts = judgeClaims(text, claimsOf(local.sentences, amounts, entities, local.inBreakdown), settings.tolerance, t);
  append(checks, conflicts.checks);
  append(findings, conflicts.findings);
  if (!settings.disabled.includes('mixed-abbreviations')) append(findings, abbreviationFindings(text, amounts, t));
  return { checks, findings: dedupe(findings) };
}

/** The same code on the same span once only (a part may be checked against two nested totals). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.code}:${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
