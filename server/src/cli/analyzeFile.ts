// One file's bytes → its report. Runs in the main thread for a single file and
// in worker threads when a folder is analysed.

import { analyze } from '../core/analysis';
import { CheckSettings } from '../core/settings';
import { Finding } from '../core/types';
import { KnowledgeIndex } from '../core/knowledge/index';
import { decode, isMarkdownPath } from '../io/decode';
import { translatorFor } from '../l10n';
import { buildReport, FileReport } from './report';

export interface FileJob {
  lang: 'fr' | 'en';
  settings: Partial<CheckSettings>;
  maxSize?: number;
}

export function analyzeBytes(file: string, bytes: Uint8Array, job: FileJob, knowledge?: KnowledgeIndex): FileReport {
  const t = translatorFor(job.lang);
  const loaded = decode(bytes);
  const extra: Finding[] = [];
  if (loaded.problem === 'binary') {
    extra.push({ start: 0, end: 0, severity: 'warning', code: 'not-text', message: t('This looks like a binary file; it was not analysed.') });
  } else if (loaded.problem === 'invalid-utf8') {
    extra.push({ start: 0, end: 0, severity: 'warning', code: 'invalid-utf8', message: t('The file is not valid UTF-8; invalid bytes were replaced by U+FFFD.') });
  }
  const analysis = analyze(loaded.text, {
    markdown: file === '-' || isMarkdownPath(file),
    t,
    knowledge,
    maxLength: job.maxSize,
    settings: job.settings,
  });
  return buildReport(file, loaded.text, analysis, extra);
}
