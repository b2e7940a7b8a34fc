// What every worker thread shares: the setup it is given, the knowledge index
// built from it on the first task, and the message loop (one reply per task,
// its result or an error naming what went wrong).

import { parentPort, workerData } from 'worker_threads';
import { buildKnowledge, KnowledgeEntry, KnowledgeIndex } from '../core/knowledge/index';
import { CheckSettings } from '../core/settings';
import type { WorkerReply } from './pool';

export interface WorkerSetup {
  lang: 'fr' | 'en';
  settings: Partial<CheckSettings>;
  maxSize?: number;
  glossary: KnowledgeEntry[];
}

export const setup = workerData as WorkerSetup;

// Built on the first task, so that a setup it cannot build fails tasks with its reason instead of killing the thread unseen.
let knowledge: KnowledgeIndex | null = null;

export function workerKnowledge(): KnowledgeIndex {
  knowledge ??= buildKnowledge(setup.glossary ?? []);
  return knowledge;
}

/** Answers each task with `run`'s result. */
export function serve<T extends { id: number }>(run: (task: T) => Promise<unknown>): void {
  parentPort?.on('message', (task: T) => {
    run(task).then(
      (value) => parentPort!.postMessage({ id: task.id, ok: true, value } satisfies WorkerReply),
      (err: unknown) => parentPort!.postMessage({ id: task.id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
    );
  });
}
