// One file → its report. Runs in the CLI's main thread for a single file and in
// worker threads when a folder is analysed (so it lives outside cli/: the
// worker imports neither cli/ nor lsp/). A file that cannot be read gets a
// report too, with one diagnostic saying why: the run goes on.

import { analyze, DEFAULT_MAX_LENGTH } from '../core/analysis';
import { CheckSettings } from '../core/settings';
import { Finding } from '../core/types';
import { KnowledgeIndex } from '../core/knowledge/index';
import { Decoded, isMarkdownPath } from '../io/decode';
import { describeFileError, FileError, LoadedText, loadText } from '../io/read';
import { Translate } from '../core/messages';
import { translatorFor } from '../l10n';
import { DiagnosticCode } from '../core/codes';
import { ANALYSIS_FAILED, BAD_FILE_NAME, buildReport, FileClaim, fileClaims, FileReport, NOT_A_FILE, renderReport, RenderedReport, UNREADABLE } from './report';

export interface FileJob {
  lang: 'fr' | 'en';
  settings: Partial<CheckSettings>;
  maxSize?: number;
}

/** What decoding found wrong with a file's bytes, as findings at its start. */
export function decodeFindings(problem: Decoded['problem'], t: Translate): Finding[] {
  if (problem === 'binary') return [{ start: 0, end: 0, severity: 'warning', code: 'not-text', message: t('This looks like a binary file; it was not analysed.') }];
  if (problem === 'invalid-utf8') {
    return [{ start: 0, end: 0, severity: 'warning', code: 'invalid-utf8', message: t('The file is not valid UTF-8; invalid bytes were replaced by U+FFFD.') }];
  }
  return [];
}

export function analyzeLoaded(file: string, loaded: LoadedText, job: FileJob, knowledge?: KnowledgeIndex): { report: FileReport; claims: FileClaim[] } {
  const t = translatorFor(job.lang);
  const extra = decodeFindings(loaded.problem, t);
  const analysis = analyze(loaded.text, {
    markdown: file === '-' || isMarkdownPath(file),
    t,
    knowledge,
    maxLength: job.maxSize,
    settings: job.settings,
  });
  const trailing = loaded.notice && !(job.settings.disabled ?? []).includes('size-limit') ? [loaded.notice] : [];
  return { report: buildReport(file, loaded.text, analysis, extra, trailing), claims: fileClaims(loaded.text, analysis) };
}

/** A file read from disk, or why it could not be: never a rejected promise, so a read started ahead of its turn cannot go unhandled. */
export type ReadResult = { loaded: LoadedText } | { error: unknown };

export function readFile(file: string, job: FileJob): Promise<ReadResult> {
  return loadText(file, job.maxSize ?? DEFAULT_MAX_LENGTH, translatorFor(job.lang)).then(
    (loaded) => ({ loaded }),
    (error: unknown) => ({ error }),
  );
}

/** The report of a file once read; a file that could not be read has a report saying so, with `failed` set. */
export function reportRead(file: string, read: ReadResult, job: FileJob, format: 'text' | 'json', knowledge?: KnowledgeIndex): RenderedReport {
  if ('error' in read) return renderReport(failureReport(file, read.error, translatorFor(job.lang)), format);
  const { report, claims } = analyzeLoaded(file, read.loaded, job, knowledge);
  return renderReport(report, format, claims);
}

/** A file's report, read from disk; a file that cannot be read has a report saying so, with `failed` set. */
export async function reportFile(file: string, job: FileJob, format: 'text' | 'json', knowledge?: KnowledgeIndex): Promise<RenderedReport> {
  return reportRead(file, await readFile(file, job), job, format, knowledge);
}

/** The report of a file that could not be read or analysed: empty lists and one diagnostic at its start. */
export function failureReport(file: string, err: unknown, t: Translate): FileReport {
  let code: DiagnosticCode = ANALYSIS_FAILED;
  let severity: Finding['severity'] = 'error';
  let message: string;
  if (err instanceof FileError) {
    if (err.reason === 'not-a-file') {
      code = NOT_A_FILE;
      severity = 'warning';
      message = t('Not analysed: {0}.', describeFileError(err, t));
    } else {
      code = UNREADABLE;
      message = t('The file could not be read: {0}.', describeFileError(err, t));
    }
  } else if (err instanceof SkippedName) {
    code = BAD_FILE_NAME;
    severity = 'warning';
    message = t('Not analysed: the file name is not valid UTF-8.');
  } else message = t('The analysis failed: {0}', err instanceof Error ? err.message : String(err));
  return buildReport(file, '', analyze(''), [{ start: 0, end: 0, severity, code, message }]);
}

/** A file the walk found but cannot name (see io/files.ts). */
export class SkippedName extends Error {}
