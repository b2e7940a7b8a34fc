// Workspace glossaries on the command line: files named like glossaries among
// the PATHs (or given with --glossary) extend the knowledge base for every
// brief analysed, and are themselves reported with their own problems. A
// glossary that cannot be read is reported like any other file, and the
// briefs are analysed with the others.

import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../core/analysis';
import { GLOSSARY_FILE_PATTERNS, MAX_GLOSSARY_LENGTH, parseGlossary } from '../core/knowledge/glossary';
import { KnowledgeEntry } from '../core/knowledge/index';
import { Translate } from '../core/messages';
import { loadText } from '../io/read';
import { anyGlob } from '../workspace/glob';
import { buildReport, FileReport } from '../report/report';
import { decodeFindings, failureReport } from '../report/analyzeFile';

const isGlossaryName = anyGlob(GLOSSARY_FILE_PATTERNS);

export function isGlossaryFile(file: string): boolean {
  return file !== '-' && isGlossaryName(path.basename(file));
}

export interface LoadedGlossaries {
  entries: KnowledgeEntry[];
  /** Reports for the glossary files that were among the PATHs, or could not be read, by path. */
  reports: Map<string, FileReport>;
}

export async function loadGlossaries(files: string[], reported: Set<string>, t: Translate): Promise<LoadedGlossaries> {
  const entries: KnowledgeEntry[] = [];
  const reports = new Map<string, FileReport>();
  for (const file of files) {
    let loaded;
    try {
      loaded = await loadText(file, MAX_GLOSSARY_LENGTH, t);
    } catch (err) {
      reports.set(file, failureReport(file, err, t));
      continue;
    }
    const { text, problem, notice } = loaded;
    const parsed = parseGlossary(text, pathToFileURL(path.resolve(file)).toString(), t);
    for (const e of parsed.entries) entries.push(e);
    // A binary or mis-encoded glossary says so, like any other file.
    if (reported.has(file)) reports.set(file, buildReport(file, text, analyze(''), [...decodeFindings(problem, t), ...parsed.findings], notice ? [notice] : []));
  }
  return { entries, reports };
}
