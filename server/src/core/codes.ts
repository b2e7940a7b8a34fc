// Every diagnostic code the product raises, stated once. The settings'
// enums in package.json, the README's table and docs/checks.md are tested
// against this list both ways (test/unit/codes.test.ts), so a new code cannot
// ship undocumented or impossible to turn off.

import { Severity } from './types';

export interface CodeInfo {
  code: string;
  /** The severity it is raised with by default (settings may change it). */
  severity: Severity;
  /** consistency: figures that do not hold together; the others help writing and reading. */
  group: 'consistency' | 'typography' | 'names' | 'notice';
}

export const CODES = [
  { code: 'sum-mismatch', severity: 'warning', group: 'consistency' },
  { code: 'part-exceeds-total', severity: 'error', group: 'consistency' },
  { code: 'percent-sum', severity: 'warning', group: 'consistency' },
  { code: 'share-mismatch', severity: 'warning', group: 'consistency' },
  { code: 'table-total', severity: 'warning', group: 'consistency' },
  { code: 'figure-conflict', severity: 'warning', group: 'consistency' },
  { code: 'change-mismatch', severity: 'warning', group: 'consistency' },
  { code: 'rate-mismatch', severity: 'warning', group: 'consistency' },
  { code: 'restatement-mismatch', severity: 'warning', group: 'consistency' },
  { code: 'reference-mismatch', severity: 'information', group: 'consistency' },
  { code: 'plural-scale', severity: 'hint', group: 'typography' },
  { code: 'nbsp', severity: 'hint', group: 'typography' },
  { code: 'mixed-abbreviations', severity: 'hint', group: 'typography' },
  { code: 'suspicious-figure', severity: 'hint', group: 'typography' },
  { code: 'near-miss', severity: 'hint', group: 'names' },
  { code: 'used-before-definition', severity: 'hint', group: 'names' },
  { code: 'size-limit', severity: 'information', group: 'notice' },
  { code: 'too-many-diagnostics', severity: 'information', group: 'notice' },
] as const satisfies readonly CodeInfo[];

/** Codes about a file rather than its text: it could not be read, or is no text (the CLI and the workspace index raise them). */
export const FILE_CODES = ['not-text', 'invalid-utf8', 'unreadable', 'not-a-file', 'file-name-not-utf8', 'analysis-failed'] as const;

/** A code of the analysis; glossary files add theirs (`glossary-*`), and files that cannot be read theirs. */
export type DiagnosticCode = (typeof CODES)[number]['code'] | `glossary-${string}` | (typeof FILE_CODES)[number];

/** The codes that say figures do not hold together. */
export const CONSISTENCY_CODES: ReadonlySet<string> = new Set(CODES.filter((c) => c.group === 'consistency').map((c) => c.code));
