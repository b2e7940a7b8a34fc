// A fixed pool of worker threads. Analysing a folder or indexing a workspace
// is embarrassingly parallel: each file is a task, each core runs a worker.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/** What a worker answers: the task's id and its result or error. */
export interface WorkerReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/** dist/worker.js next to the bundle, or the compiled module when running from out/ in tests. */
export function workerScript(): string {
  const bundled = path.join(__dirname, 'worker.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(__dirname, '..', 'worker', 'main.js');
}

/**
 * Each worker analyses one file at a time and keeps nothing between files, so
 * a small young generation holds its working set; V8's default, sized for the
 * main thread, only adds tens of megabytes per worker.
 */
const YOUNG_GENERATION_MB = 16;

export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8));
}

/**
 * Each worker holds up to `depth` tasks: while it analyses one, the next is
 * already there (its file being read), so it never waits for the main thread
 * between two small files.
 */
export class WorkerPool {
  private readonly all: Worker[] = [];
  private readonly inFlight = new Map<Worker, Map<number, Pending>>();
  private readonly queue: { id: number; message: object; pending: Pending }[] = [];
  private nextId = 0;

  constructor(size: number, workerData: unknown, script = workerScript(), private readonly depth = 2) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const tasks = new Map<number, Pending>();
      this.inFlight.set(w, tasks);
      w.on('message', (msg: WorkerReply) => {
        const p = tasks.get(msg.id);
        tasks.delete(msg.id);
        if (p) (msg.ok ? p.resolve(msg.value) : p.reject(new Error(msg.error)));
        this.pump();
      });
      w.on('error', (err) => {
        for (const p of tasks.values()) p.reject(err);
        tasks.clear();
      });
      w.unref();
      this.all.push(w);
    }
  }

  run<T>(message: object): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, message, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.pump();
    });
  }

  /** Hands queued tasks to the least busy workers, up to `depth` each. */
  private pump(): void {
    for (let level = 0; level < this.depth && this.queue.length; level++) {
      for (const w of this.all) {
        if (!this.queue.length) break;
        const tasks = this.inFlight.get(w)!;
        if (tasks.size !== level) continue;
        const job = this.queue.shift()!;
        tasks.set(job.id, job.pending);
        w.postMessage({ ...job.message, id: job.id });
      }
    }
    // A worker with work keeps the process alive; an idle one does not.
    for (const w of this.all) (this.inFlight.get(w)!.size ? w.ref() : w.unref());
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
