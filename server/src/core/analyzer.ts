// The analysis pipeline. The text is cut into chunks (chunks.ts), each
// analysed on its own (chunk.ts); then the stages that compare across the whole
// document run on what the chunks found: which definition of a name comes
// first, which names the document defines or names plainly, figure conflicts,
// abbreviations, names used before their definition, suppressions and the cap
// on diagnostics. An Analyzer keeps the chunks of the last text it analysed,
// so the next version of a document only costs the chunks an edit touched,
// plus these document-wide stages, which read lists, never the text.

import type { Analysis, AnalysisOptions } from './analysis';
import { Block, DocumentStructure, Table, buildSections } from './structure';
import { Amount, Check, FigureClaim, Finding } from './types';
import { KnowledgeIndex, builtinKnowledge } from './knowledge/index';
import { DocumentDefinition } from './knowledge/definitions';
import { addNamed, documentTrie } from './knowledge/mentions';
import { usedBeforeDefinitionFindings } from './knowledge/findings';
import { looseKey } from './knowledge/normalize';
import { Claim, FIGURE_CONFLICT, addConflictFixes, judgeClaims, withoutRestatedConflicts } from './checks/conflicts';
import { amountStartingAt, dedupe, joinAmountContexts, judgeWordedAmounts } from './checks/run';
import { judgeReferences } from './checks/references';
import { AbbreviationUse, dominantAbbreviation, groupTypography, mixedAbbreviation } from './checks/style';
import { Suppression, applySettings, findSuppressions, isSuppressed } from './checks/suppression';
import { quote } from './checks/describe';
import { Figure, append } from './checks/model';
import { TableTotals, judgeTotalsOverTables } from './checks/acrossTables';
import { emptySectionFacts, headingStarts, joinSectionFacts, judgeAcrossSections, shiftSectionFacts } from './checks/acrossSections';
import { lowerBound } from './checks/words';
import { CheckSettings, defaultCheckSettings } from './settings';
import { Translate, untranslated } from './messages';
import { REACH, chunkStarts } from './chunks';
import { ChunkConfig, ChunkResult, analyzeChunk, chunkMatches, chunkNames, releaseChunk } from './chunk';
import { Placement } from './placement';
import { lazyAnalysis } from './lazyAnalysis';
import * as shift from './shift';

/** 20 MB: large enough for any real brief or annex, small enough to stay instant. */
export const DEFAULT_MAX_LENGTH = 20 * 1024 * 1024;

/** Analyses a text from scratch. */
export function analyze(input: string, options: AnalysisOptions = {}): Analysis {
  const analyzer = new Analyzer();
  const analysis = analyzer.analyze(input, options);
  // No next version will reuse the chunks: what only a re-analysis reads goes now, and the Analysis keeps only what its lists are joined from.
  analyzer.release();
  return analysis;
}

interface Entry {
  chunk: ChunkResult;
  /** Where the chunk last sat, with what it found there. */
  placement?: Placement;
}

interface Version {
  text: string;
  starts: number[];
  entries: Entry[];
}

/**
 * Analyses successive versions of one document, reusing the work on every
 * chunk whose text did not change. The result is always the one `analyze`
 * gives on the same text: a chunk's results are a pure function of its text
 * and of the options, and any change of options starts afresh.
 */
export class Analyzer {
  private last: Version | null = null;
  private config: ChunkConfig | null = null;
  private configKey = '';
  private analysed = 0;

  /** The last analysis in numbers: how many chunks the text has, and how many had to be analysed. */
  get lastRun(): { chunks: number; analysed: number } {
    return { chunks: this.last ? this.last.starts.length : 0, analysed: this.analysed };
  }

  analyze(input: string, options: AnalysisOptions = {}): Analysis {
    const t = options.t ?? untranslated;
    const settings: CheckSettings = { ...defaultCheckSettings, ...options.settings };
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const truncated = input.length > maxLength;
    const text = truncated ? input.slice(0, safeCut(input, maxLength)) : input;
    const knowledge = options.knowledge ?? builtinKnowledge();
    const config = this.configure({ markdown: options.markdown ?? true, knowledge, settings, t });

    this.analysed = 0;
    const { starts, entries } = this.chunkUp(text, config);
    this.last = { text, starts, entries };

    // The first definition of a term wins, wherever it is.
    // A spelling the document gives another meaning (« PIA (Privacy Impact
    // Assessment) ») is no definition of the analysis, but is never a name here.
    const definitions: DocumentDefinition[] = [];
    const all: DocumentDefinition[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      for (const d of entries[i].chunk.definitions) {
        const key = looseKey(d.term);
        if (seen.has(key)) continue;
        seen.add(key);
        const shifted = shift.definition(d, starts[i]);
        all.push(shifted);
        if (!d.generic) definitions.push(shifted);
      }
    }

    // The document's own names are matched everywhere, and an ambiguous
    // spelling counts once the document names its entry plainly anywhere.
    const own = documentTrie(knowledge, all);
    const named = new Set<string>();
    for (const e of entries) {
      const m = chunkMatches(e.chunk, knowledge, own.trie, own.key);
      addNamed(named, { matches: m.list, ambiguities: m.ambiguities });
    }
    for (const d of definitions) named.add(d.id);

    const placements: Placement[] = [];
    let amount = 0;
    let paragraph = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const names = chunkNames(e.chunk, config, named);
      const o = { at: starts[i], amount, paragraph };
      if (!e.placement || !e.placement.fits(o, names)) e.placement = new Placement(e.chunk, names, o);
      placements.push(e.placement);
      amount += e.chunk.amounts.length;
      paragraph += e.chunk.structure.paragraphs.length;
    }

    let findings: Finding[] = [];
    const claims: Claim[] = [];
    for (const p of placements) {
      append(findings, p.findings);
      append(claims, p.claims);
    }
    const conflicts = judgeClaims(text, claims, settings.tolerance, t, restatedIn(entries));
    const references = judgeReferences(text, claims, knowledge, settings.tolerance, t);
    append(conflicts.checks, references.checks);
    append(conflicts.findings, references.findings);
    const overTables = totalsOverTables(text, starts, entries, settings, t);
    append(conflicts.checks, overTables.checks);
    append(conflicts.findings, overTables.findings);
    const acrossSections = figuresAcrossSections(text, starts, entries, settings, t);
    append(conflicts.checks, acrossSections.checks);
    append(conflicts.findings, acrossSections.findings);
    const suppressions = findSuppressions(text);
    append(findings, conflicts.findings);
    findings = dedupe(withoutRestatedConflicts(findings));
    if (!settings.disabled.includes('mixed-abbreviations')) append(findings, abbreviationHints(placements, t));

    const analysis = lazyAnalysis(text, truncated, placements, definitions, conflicts.checks, firstClaims(text, claims, suppressions, knowledge));
    // Amounts spelled out in words, over the whole document: the joined amounts are read only when some chunk has one.
    if (entries.some((e) => e.chunk.local.amountContexts.spelled > 0)) {
      const contexts = joinAmountContexts(entries.map((e) => e.chunk.local.amountContexts));
      const worded = judgeWordedAmounts(analysis.amounts, contexts, { text, amounts: analysis.amounts, tolerance: settings.tolerance, t });
      // (The conflict checks' list is read by the Analysis when asked: these join it.)
      append(conflicts.checks, worded.checks);
      // A pair the chunk's own restatements flagged already (« 2 400 000 € (deux millions …) ») is flagged once.
      const flagged = new Set(findings.map((f) => `${f.code}:${f.start}:${f.end}`));
      for (const f of worded.findings) if (!flagged.has(`${f.code}:${f.start}:${f.end}`)) findings.push(f);
      // A figure the conflicts check names is reported as the conflict, not again as a restatement.
      findings = withoutRestatedConflicts(findings);
    }
    // Reading the amounts joins the chunks' lists: only when a conflict needs its fixes.
    if (conflicts.findings.some((f) => f.code === FIGURE_CONFLICT)) addConflictFixes(text, conflicts.findings, (start) => amountStartingAt(analysis.amounts, start), t);
    if (definitions.some((d) => d.invented)) {
      append(findings, usedBeforeDefinitionFindings({ entities: analysis.entities, definitions, t }));
    }
    if (truncated) {
      findings.push({
        start: text.length,
        end: text.length,
        severity: 'information',
        code: 'size-limit',
        message: t('Only the first {0} characters were analysed (the document has {1}).', text.length, input.length),
      });
    }
    // Suppression comments and disabled codes apply to each figure first; what is left of « nbsp » makes one hint.
    const kept = applySettings(text, findings, { ...settings, maxDiagnostics: Infinity }, t, suppressions);
    analysis.diagnostics = applySettings(text, settings.typography === 'grouped' ? groupTypography(text, kept, t) : kept, settings, t, []);
    return analysis;
  }

  /** The chunk configuration; when any option changed, earlier chunks no longer apply. */
  private configure(config: ChunkConfig): ChunkConfig {
    const key = `${config.markdown}\u0000${JSON.stringify(config.settings)}`;
    const old = this.config;
    if (!old || old.knowledge !== config.knowledge || old.t !== config.t || this.configKey !== key) {
      this.last = null;
      this.config = config;
      this.configKey = key;
    }
    return this.config!;
  }

  /**
   * The text's chunks and their results. After an edit, only the chunks around
   * the changed span are cut and analysed again; before and after it, the last
   * version's chunks hold the same text and are kept.
   */
  private chunkUp(text: string, config: ChunkConfig): { starts: number[]; entries: Entry[] } {
    const last = this.last;
    const edit = last ? changedSpan(last, text) : null;
    if (last && !edit) return { starts: last.starts, entries: last.entries };
    if (!last || !edit) {
      const starts = chunkStarts(text, config.markdown);
      const entries = starts.map((at, i) => ({ chunk: this.analyzeChunk(text.slice(at, i + 1 < starts.length ? starts[i + 1] : text.length), config) }));
      return { starts, entries };
    }
    const old = last.starts;
    const sentences = (i: number) => last.entries[i].chunk.structure.sentences.length;
    // Back from the edit: the chunk it starts in, the one before (whose last block
    // the edit may extend), then enough whole chunks for the look-ahead of the
    // first cut kept (REACH sentences).
    let first = Math.max(0, upperBound(old, edit.start - 1) - 2);
    for (let n = 0; first > 0 && n < REACH; ) n += sentences(--first);
    // Forward: the first chunk that starts after the edit, then enough to decide its cut.
    let next = upperBound(old, edit.oldEnd);
    let stop = next;
    for (let n = 0; stop < old.length && n < REACH; ) n += sentences(stop++);
    let to = stop < old.length ? old[stop] + edit.delta : text.length;
    let window = chunkStarts(text, config.markdown, old[first], to);
    let keep = next < old.length ? window.indexOf(old[next] + edit.delta) : window.length;
    if (keep < 0) {
      // The edit changed how the text after it is cut (it opened a fence…): cut it all again.
      first = 0;
      next = old.length;
      to = text.length;
      window = chunkStarts(text, config.markdown);
      keep = window.length;
    }
    const reusable = new Map<string, Entry>();
    for (let i = first; i < next; i++) reusable.set(last.entries[i].chunk.text, last.entries[i]);
    const starts = old.slice(0, first);
    const entries = last.entries.slice(0, first);
    for (let i = 0; i < keep; i++) {
      const at = window[i];
      const chunkText = text.slice(at, i + 1 < window.length ? window[i + 1] : to);
      starts.push(at);
      // A new chunk's text is copied out of the document, so that keeping it does not keep this whole version alive.
      entries.push(reusable.get(chunkText) ?? { chunk: this.analyzeChunk(detach(chunkText), config) });
    }
    for (let i = next; i < old.length; i++) {
      starts.push(old[i] + edit.delta);
      entries.push(last.entries[i]);
    }
    return { starts, entries };
  }

  /**
   * Forgets the last version, and in its chunks what only the next version's
   * stages would read again (sentences cut into words, name matches, excluded
   * spans): the last Analysis stays whole, as its lists are joined from the
   * rest. The next analyze() starts from scratch.
   */
  release(): void {
    const last = this.last;
    this.last = null;
    this.config = null;
    this.configKey = '';
    if (!last) return;
    for (const { chunk, placement } of last.entries) {
      releaseChunk(chunk);
      placement?.releaseStages();
    }
  }

  private analyzeChunk(text: string, config: ChunkConfig): ChunkResult {
    this.analysed++;
    return analyzeChunk(text, config);
  }
}

/**
 * « 16 lauréats : 2,48 M€ » over the tables that list them, wherever the chunks
 * were cut: the chunks' candidate sentences and tables of amounts, joined.
 * Costs nothing unless some chunk has a candidate and some later one a table.
 */
function totalsOverTables(text: string, starts: readonly number[], entries: readonly Entry[], settings: CheckSettings, t: Translate): { checks: Check[]; findings: Finding[] } {
  const totals: TableTotals = { open: [], tables: [] };
  for (let i = 0; i < entries.length; i++) {
    const own = entries[i].chunk.local.tableTotals;
    const o = { at: starts[i], amount: 0, paragraph: 0 };
    for (const x of own.open) totals.open.push({ amount: shift.amount(x.amount, o), counts: x.counts, later: x.later, start: x.start + o.at, end: x.end + o.at });
    if (totals.open.length === 0) continue;
    for (const x of own.tables) totals.tables.push({ start: x.start + o.at, end: x.end + o.at, amounts: x.amounts.map((a) => shift.amount(a, o)) });
  }
  if (totals.open.length === 0 || totals.tables.length === 0) return { checks: [], findings: [] };
  const headings: Block[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (const b of entries[i].chunk.structure.blocks) if (b.kind === 'heading') headings.push(shift.block(b, { at: starts[i], amount: 0, paragraph: 0 }));
  }
  const amountsBetween = (from: number, to: number): number => {
    let n = 0;
    for (let i = Math.max(0, upperBound(starts, from) - 1); i < entries.length && starts[i] < to; i++) {
      const list = entries[i].chunk.amounts;
      n += lowerBound(list, to - starts[i]) - lowerBound(list, from - starts[i]);
    }
    return n;
  };
  return judgeTotalsOverTables(totals, { text, sections: buildSections(text, headings), amountsBetween, tolerance: settings.tolerance, t });
}

/** Figures given to a noun in one section and taken up in another, joined from every chunk (checks/acrossSections.ts). */
function figuresAcrossSections(text: string, starts: readonly number[], entries: readonly Entry[], settings: CheckSettings, t: Translate): { checks: Check[]; findings: Finding[] } {
  const all = emptySectionFacts();
  const headings: { start: number; level: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const own = entries[i].chunk.local.sectionFacts;
    const o = { at: starts[i], amount: 0, paragraph: 0 };
    const moved = shiftSectionFacts(own, starts[i], (a) => shift.amount(a, o));
    joinSectionFacts(all, moved);
    for (const h of headingStarts(entries[i].chunk.structure)) headings.push({ start: h.start + starts[i], level: h.level });
  }
  if (all.facts.length === 0 && all.series.length === 0 && all.yearFacts.length === 0 && all.announced.length === 0) return { checks: [], findings: [] };
  return judgeAcrossSections(all, { text, headings, tolerance: settings.tolerance, t });
}

/** Whether an amount's value is written more than once in the document (in any chunk, at any place). */
function restatedIn(entries: readonly { chunk: { amounts: readonly Amount[] } }[]): (f: Figure) => boolean {
  return (f) => {
    let n = 0;
    for (const e of entries) for (const a of e.chunk.amounts) if (a.currency === f.currency && Math.abs(a.value - f.value) <= 1e-9 * Math.max(1, f.value) && ++n > 1) return true;
    return false;
  };
}

/** The first amount the document gives each name: what other files are compared with. */
function firstClaims(text: string, claims: readonly Claim[], suppressions: readonly Suppression[], knowledge: KnowledgeIndex): FigureClaim[] {
  const seen = new Set<string>();
  const out: FigureClaim[] = [];
  for (const { mention: m, figure: f, period, local, anaphoric, portion, contribution } of claims) {
    // A phrase the document repeats names nothing another file can be held to; nor does a body each
    // territory has its own of (two briefs may speak of two communes' CCAS). An amount written as known
    // (« des 52 M€ ») before any other is no first amount.
    if (local || portion || contribution || knowledge.entry(m.id)?.perTerritory || (anaphoric && !seen.has(m.id))) continue;
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push({
      start: f.start,
      end: f.end,
      id: m.id,
      name: m.canonical || quote(text, m.start, m.end),
      text: quote(text, f.start, f.end),
      value: f.value,
      lo: f.lo,
      hi: f.hi,
      currency: f.currency,
      period,
      quiet: isSuppressed(suppressions, f.start, FIGURE_CONFLICT),
    });
  }
  return out;
}

/** « Md€ » against « Mds€ »: the document's usual abbreviation is counted over every chunk. */
function abbreviationHints(placements: readonly Placement[], t: Translate): Finding[] {
  const uses: AbbreviationUse[] = [];
  for (const p of placements) append(uses, p.chunk.abbreviations);
  const dominant = dominantAbbreviation(uses);
  if (!dominant) return [];
  const out: Finding[] = [];
  for (const p of placements) {
    for (const u of p.chunk.abbreviations) {
      const f = mixedAbbreviation(u, dominant, t);
      if (f) out.push(shift.finding(f, p.offsets.at));
    }
  }
  return out;
}

/** Index of the first element greater than `x` in an increasing list. */
function upperBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where a new text differs from the last version, to the chunk: [start, oldEnd)
 * in the old text became [start, oldEnd + delta) in the new one, and the text
 * outside is the same. Comparing whole chunks (one memory comparison each)
 * costs far less than comparing character by character. Null when equal.
 */
function changedSpan(last: Version, text: string): { start: number; oldEnd: number; delta: number } | null {
  const { starts, entries } = last;
  const n = starts.length;
  const delta = text.length - last.text.length;
  const same = (i: number, at: number) => {
    const c = entries[i].chunk.text;
    return (i < n - 1 || at + c.length === text.length) && text.startsWith(c, at);
  };
  let a = 0;
  while (a < n && same(a, starts[a])) a++;
  if (a === n) return delta === 0 ? null : { start: last.text.length, oldEnd: last.text.length, delta };
  let b = n;
  while (b - 1 > a && starts[b - 1] + delta >= starts[a] && same(b - 1, starts[b - 1] + delta)) b--;
  return { start: starts[a], oldEnd: b < n ? starts[b] : last.text.length, delta };
}

/** A copy of a piece of a string that does not share the whole string's memory. */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** Never cut a surrogate pair in half. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
