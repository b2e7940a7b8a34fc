// The worker thread: reads one file per task and returns either the CLI's
// report or the workspace index's summary. Knowledge (built-in entries plus
// the workspace glossaries) is built once per worker.

import { promises as fs } from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core/analysis';
import { buildKnowledge, KnowledgeEntry } from '../core/knowledge/index';
import { CheckSettings } from '../core/settings';
import { decode, isMarkdownPath } from '../io/decode';
import { translatorFor } from '../l10n';
import { analyzeBytes } from '../cli/analyzeFile';
import { renderReport } from '../cli/report';
import { summarize } from '../workspace/summary';
import type { WorkerReply } from './pool';

export interface WorkerSetup {
  lang: 'fr' | 'en';
  settings: Partial<CheckSettings>;
  maxSize?: number;
  glossary: KnowledgeEntry[];
}

export type WorkerTask =
  /** The CLI's report, rendered here (JSON or text lines) so the main thread only writes it. */
  | { kind: 'report'; file: string; format: 'text' | 'json' }
  /** `diagnostics: false` leaves them out of the summary: the background index does not keep them. */
  | { kind: 'summary'; file: string; diagnostics?: boolean };

const setup = workerData as WorkerSetup;
const knowledge = buildKnowledge(setup.glossary ?? []);
const t = translatorFor(setup.lang);

async function run(task: WorkerTask): Promise<unknown> {
  const bytes = await fs.readFile(task.file);
  if (task.kind === 'report') {
    const { report, claims } = analyzeBytes(task.file, bytes, setup, knowledge);
    return renderReport(report, task.format, claims);
  }
  const { text } = decode(bytes);
  const markdown = isMarkdownPath(task.file);
  const doc = TextDocument.create(pathToFileURL(task.file).toString(), markdown ? 'markdown' : 'plaintext', 0, text);
  const analysis = analyze(text, { markdown, knowledge, t, settings: setup.settings, maxLength: setup.maxSize });
  return summarize(doc, analysis, { diagnostics: task.diagnostics !== false });
}

parentPort?.on('message', (task: WorkerTask & { id: number }) => {
  run(task).then(
    (value) => parentPort!.postMessage({ id: task.id, ok: true, value } satisfies WorkerReply),
    (err: unknown) => parentPort!.postMessage({ id: task.id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
  );
});
