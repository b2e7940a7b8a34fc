// One document in, one Analysis out. Every consumer (LSP features, the CLI,
// the tests) reads this object; none of them scans the text again. The work is
// done by an Analyzer (analyzer.ts); `analyze` is one from scratch.

import { Amount, Check, Definition, EntityMention, FigureClaim, Finding, Percentage } from './types';
import { DocumentStructure } from './structure';
import { KnowledgeIndex } from './knowledge/index';
import { CheckSettings } from './settings';
import { Translate } from './messages';

export { analyze, Analyzer, DEFAULT_MAX_LENGTH } from './analyzer';

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

/** Everything found in one version of a document. Read-only: the next version gets its own. */
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
  /** Each name's first stated amount, in text order: other files are checked against it. */
  claims: FigureClaim[];
  diagnostics: Finding[];
}
