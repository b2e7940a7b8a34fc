// One file's bytes → its report. Runs in the main thread for a single file and
// in worker threads when a folder is analysed.

import { analyze } from '../core/analysis';
import { CheckSettings } from '../core/settings';
import { Finding } from '../core/types';
import { KnowledgeIndex } from '../core/knowledge/index';
import { Decoded, decode, isMarkdownPath } from '../io/decode';
import { Translate } from '../core/messages';
import { translatorFor } from '../l10n';
import { buildReport, FileClaim, fileClaims, FileReport } from './report';

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

export function analyzeBytes(file: string, bytes: Uint8Array, job: FileJob, knowledge?: KnowledgeIndex): { report: FileReport; claims: FileClaim[] } {
  const t = translatorFor(job.lang);
  const loaded = decode(bytes);
  const extra = decodeFindings(loaded.problem, t);
  const analysis = analyze(loaded.text, {
    markdown: file === '-' || isMarkdownPath(file),
    t,
    knowledge,
    maxLength: job.maxSize,
    settings: job.settings,
  });
  return { report: buildReport(file, loaded.text, analysis, extra), claims: fileClaims(loaded.text, analysis) };
}
