// The CLI's JSON shape is a public contract (see README): field names and
// meanings never change, new fields may be added.

import { Analysis } from '../core/analysis';
import { LineIndex, Range } from '../core/lines';
import { FigureClaim, Finding } from '../core/types';

/** Codes of the diagnostics a file gets when it could not be analysed. */
export const UNREADABLE = 'unreadable' as const;
export const NOT_A_FILE = 'not-a-file' as const;
export const BAD_FILE_NAME = 'file-name-not-utf8' as const;
export const ANALYSIS_FAILED = 'analysis-failed' as const;
/** Lines and characters count from 0, in UTF-16 code units, as LSP counts them. */
type LspRange = Range;

/** A place in a file, as the JSON reports give it. */
export interface FilePlace {
  file: string;
  start: number;
  end: number;
  range: LspRange;
}

export interface FileReport {
  file: string;
  amounts: { text: string; start: number; end: number; value: number; currency: string; currencyInferred: boolean; qualifier: string | null }[];
  percentages: { text: string; start: number; end: number; value: number }[];
  entities: { text: string; start: number; end: number; id: string; kind: string; canonical: string }[];
  checks: {
    kind: string;
    status: 'ok' | 'mismatch';
    total: { start: number; end: number; value: number };
    parts: { start: number; end: number; value: number }[];
    sum: number;
    tolerance: number;
  }[];
  diagnostics: {
    start: number;
    end: number;
    range: LspRange;
    severity: string;
    code: string;
    message: string;
    /** Places in other files the diagnostic refers to (figure conflicts across files). */
    related?: (FilePlace & { message: string })[];
  }[];
  /** Set on the entries that follow every file's own: figure conflicts across files, in diagnostics only. */
  acrossFiles?: true;
}

/** The first amount a file gives a name, where it stands: the CLI sets files against each other once all are read. */
export interface FileClaim extends FigureClaim {
  range: LspRange;
}

/** The claims of an analysed file, placed. */
export function fileClaims(text: string, analysis: Analysis): FileClaim[] {
  if (!analysis.claims.length) return [];
  const doc = new LineIndex(text);
  return analysis.claims.map((c) => ({ ...c, range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) } }));
}

/** `extra` go before the analysis's diagnostics (problems of the whole file), `trailing` after them (the notice of a file cut by the size limit). */
export function buildReport(file: string, text: string, analysis: Analysis, extra: Finding[], trailing: Finding[] = []): FileReport {
  const doc = new LineIndex(text);
  const figure = (f: { start: number; end: number; value: number }) => ({ start: f.start, end: f.end, value: f.value });
  return {
    file,
    amounts: analysis.amounts.map((a) => ({
      text: a.text,
      start: a.start,
      end: a.end,
      value: a.value,
      currency: a.currency,
      currencyInferred: a.currencyInferred,
      qualifier: a.qualifier,
    })),
    percentages: analysis.percentages.map((p) => ({ text: p.text, start: p.start, end: p.end, value: p.value })),
    entities: analysis.entities.map((e) => ({ text: e.text, start: e.start, end: e.end, id: e.id, kind: e.kind, canonical: e.canonical })),
    checks: analysis.checks.map((c) => ({
      kind: c.kind,
      status: c.status,
      total: figure(c.total),
      parts: c.parts.map(figure),
      sum: c.sum,
      tolerance: c.tolerance,
    })),
    diagnostics: [...extra, ...analysis.diagnostics, ...trailing].map((d) => ({
      start: d.start,
      end: d.end,
      range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) },
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}

/**
 * A report ready to print — its JSON, or its text lines — with the counts the
 * summary line and the exit status need. Worker threads render their own
 * reports, so the main thread only writes strings.
 */
export interface RenderedReport {
  file: string;
  /** An entry of figure conflicts across files, not a file of its own. */
  acrossFiles: boolean;
  /** The JSON object (json), or the lines with a final newline (text; empty when the file has no diagnostic). */
  out: string;
  claims: FileClaim[];
  /** The file could not be read or analysed: the run ends with the I/O status. */
  failed: boolean;
  amounts: number;
  counts: { error: number; warning: number; information: number; hint: number };
}

export function renderReport(report: FileReport, format: 'text' | 'json', claims: FileClaim[] = []): RenderedReport {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let failed = false;
  for (const d of report.diagnostics) {
    counts[d.severity as keyof typeof counts]++;
    if (d.code === UNREADABLE || d.code === ANALYSIS_FAILED) failed = true;
  }
  let out: string;
  if (format === 'json') out = JSON.stringify(report);
  else {
    const lines = textLines(report);
    out = lines.length ? lines.join('\n') + '\n' : '';
  }
  return { file: report.file, acrossFiles: report.acrossFiles === true, out, claims, failed, amounts: report.amounts.length, counts };
}

/**
 * `file:line:col severity code message`, as compilers print, one line per
 * diagnostic. File names and messages come from the disk and the text: their
 * control characters are written as escapes, so no name can end a line early,
 * forge another, or send a terminal escape sequence.
 */
export function textLines(report: FileReport): string[] {
  const file = printable(report.file);
  return report.diagnostics.map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${printable(oneLine(d.message))}`);
}

/**
 * A string with every control character (C0, DEL, C1), line or paragraph
 * separator and bidirectional override written as `\xNN` or `\uNNNN`. Plain
 * text, accents and emoji are kept as they are.
 */
export function printable(s: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | null = null;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) esc = '\\x' + HEX[c >> 4] + HEX[c & 15];
    else if (c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c) {
      esc = '\\u' + c.toString(16).padStart(4, '0');
    }
    if (esc === null) continue;
    if (i > from) parts.push(s.slice(from, i));
    parts.push(esc);
    from = i + 1;
  }
  if (parts.length === 0) return s;
  if (from < s.length) parts.push(s.slice(from));
  return parts.join('');
}

const HEX = '0123456789abcdef';

function oneLine(message: string): string {
  return message
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}
