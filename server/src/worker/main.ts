// The language server's worker thread (dist/server.js run as a worker, see
// lsp/entry.ts): reads one file per
// task and returns either the CLI's report or the workspace index's summary.
// Knowledge (built-in entries plus the workspace glossaries) is built once per
// worker (host.ts). Files are read through io/read.ts (regular files only, up
// to the size limit): a task always ends, with its result or an error naming
// what went wrong. The CLI's workers run cli.ts, without the protocol's code.

import { pathToFileURL } from 'url';
import { analyze, DEFAULT_MAX_LENGTH } from '../core/analysis';
import { isMarkdownPath } from '../io/decode';
import { loadText } from '../io/read';
import { translatorFor } from '../l10n';
import { LineIndex } from '../core/lines';
import { reportFile } from '../report/analyzeFile';
import { placeFinding, summarize } from '../workspace/summary';
import { serve, setup, workerKnowledge } from './host';

export type { WorkerSetup } from './host';

export type WorkerTask =
  /** The CLI's report, rendered here (JSON or text lines) so the main thread only writes it. */
  | { kind: 'report'; file: string; format: 'text' | 'json' }
  /** `diagnostics: false` leaves them out of the summary: the background index does not keep them. */
  | { kind: 'summary'; file: string; diagnostics?: boolean };

const t = translatorFor(setup.lang);

async function run(task: WorkerTask): Promise<unknown> {
  const knowledge = workerKnowledge();
  if (task.kind === 'report') return reportFile(task.file, setup, task.format, knowledge);
  const loaded = await loadText(task.file, setup.maxSize ?? DEFAULT_MAX_LENGTH, t);
  const markdown = isMarkdownPath(task.file);
  const lines = new LineIndex(loaded.text);
  const doc = { uri: pathToFileURL(task.file).toString(), version: 0, positionAt: (offset: number) => lines.positionAt(offset) };
  const analysis = analyze(loaded.text, { markdown, knowledge, t, settings: setup.settings, maxLength: setup.maxSize });
  const summary = summarize(doc, analysis, { diagnostics: task.diagnostics !== false });
  if (loaded.notice && task.diagnostics !== false) summary.diagnostics.push(placeFinding(doc, loaded.notice));
  return summary;
}

serve<WorkerTask & { id: number }>(run);
