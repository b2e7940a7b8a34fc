// Workspace glossaries on the command line: files named like glossaries among
// the PATHs (or given with --glossary) extend the knowledge base for every
// brief analysed, and are themselves reported with their own problems.

import { promises as fs } from 'fs';
import * as path from 'path';
import { analyze } from '../core/analysis';
import { GLOSSARY_FILE_PATTERNS, parseGlossary } from '../core/knowledge/glossary';
import { KnowledgeEntry } from '../core/knowledge/index';
import { Translate } from '../core/messages';
import { decode } from '../io/decode';
import { anyGlob } from '../workspace/glob';
import { buildReport, FileReport } from './report';
import { decodeFindings } from './analyzeFile';

const isGlossaryName = anyGlob(GLOSSARY_FILE_PATTERNS);

export function isGlossaryFile(file: string): boolean {
  return file !== '-' && isGlossaryName(path.basename(file));
}

export interface LoadedGlossaries {
  entries: KnowledgeEntry[];
  /** Reports for the glossary files that were among the PATHs, by path. */
  reports: Map<string, FileReport>;
}

export async function loadGlossaries(files: string[], reported: Set<string>, t: Translate): Promise<LoadedGlossaries> {
  const entries: KnowledgeEntry[] = [];
  const reports = new Map<string, FileReport>();
  for (const file of files) {
    const { text, problem } = decode(await fs.readFile(file));
    const parsed = parseGlossary(text, 'file://' + path.resolve(file), t);
    for (const e of parsed.entries) entries.push(e);
    // A binary or mis-encoded glossary says so, like any other file.
    if (reported.has(file)) reports.set(file, buildReport(file, text, analyze(''), [...decodeFindings(problem, t), ...parsed.findings]));
  }
  return { entries, reports };
}
