// The CLI's worker thread (bundled as dist/cli-worker.js): one file per task,
// read through io/read.ts and analysed, its report rendered here (JSON or text
// lines) so the main thread only writes it. It holds nothing of the language
// server: the server's workers (main.ts) also make summaries of files for the
// workspace index, which needs the protocol's types.

import { reportFile } from '../report/analyzeFile';
import { serve, setup, workerKnowledge } from './host';

export type CliWorkerTask = { kind: 'report'; file: string; format: 'text' | 'json' };

serve<CliWorkerTask & { id: number }>(async (task) => reportFile(task.file, setup, task.format, workerKnowledge()));
