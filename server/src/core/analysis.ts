// One document in, one Analysis out. Every consumer (LSP features, the CLI,
// the tests) reads this object; none of them scans the text again.

import { Amount, Check, Definition, EntityMention, Finding, Percentage } from './types';
import { DocumentStructure, parseStructure } from './structure';
import { recognizeFigures } from './figures/recognize';
import { KnowledgeIndex, builtinKnowledge } from './knowledge/index';
import { findEntities } from './knowledge/mentions';
import { findDefinitions } from './knowledge/definitions';
import { entityFindings } from './knowledge/findings';
import { runChecks } from './checks/run';
import { CheckSettings, defaultCheckSettings } from './settings';
import { Translate, untranslated } from './messages';
import { applySettings } from './checks/suppression';

export interface AnalysisOptions {
  /** Markdown (headings, tables, lists) or plain text. Default: Markdown. */
  markdown?: boolean;
  /** The knowledge base (built-in entries plus workspace glossaries). Default: built-in only. */
  knowledge?: KnowledgeIndex;
  settings?: Partial<CheckSettings>;
  t?: Translate;
  /** Texts longer than this are analysed up to this length only, with a notice. */
  maxLength?: number;
}

export interface Analysis {
  /** Length of the analysed text (shorter than the input when `truncated`). */
  length: number;
  truncated: boolean;
  structure: DocumentStructure;
  amounts: Amount[];
  percentages: Percentage[];
  entities: EntityMention[];
  definitions: Definition[];
  checks: Check[];
  diagnostics: Finding[];
}

/** 20 MB: large enough for any real brief or annex, small enough to stay instant. */
export const DEFAULT_MAX_LENGTH = 20 * 1024 * 1024;

export function analyze(input: string, options: AnalysisOptions = {}): Analysis {
  const t = options.t ?? untranslated;
  const settings: CheckSettings = { ...defaultCheckSettings, ...options.settings };
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const truncated = input.length > maxLength;
  const text = truncated ? input.slice(0, safeCut(input, maxLength)) : input;
  const knowledge = options.knowledge ?? builtinKnowledge();

  const structure = parseStructure(text, { markdown: options.markdown ?? true });
  const { amounts, percentages } = recognizeFigures(text, structure);
  const definitions = findDefinitions(text, structure, knowledge);
  const entities = findEntities(text, knowledge, definitions);
  const checked = runChecks({ text, structure, amounts, percentages, entities, settings, t });

  const findings: Finding[] = [...checked.findings, ...entityFindings({ text, structure, entities, definitions, knowledge, t })];
  if (truncated) {
    findings.push({
      start: text.length,
      end: text.length,
      severity: 'information',
      code: 'size-limit',
      message: t('Only the first {0} characters were analysed (the document has {1}).', text.length, input.length),
    });
  }
  const diagnostics = applySettings(text, findings, settings, t);
  return { length: text.length, truncated, structure, amounts, percentages, entities, definitions, checks: checked.checks, diagnostics };
}

/** Never cut a surrogate pair in half. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
