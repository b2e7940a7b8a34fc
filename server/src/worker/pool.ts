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

/** dist/worker.js next to the bundle, or the compiled module when running from out/ in tests. */
export function workerScript(): string {
  const bundled = path.join(__dirname, 'worker.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(__dirname, '..', 'worker', 'main.js');
}

export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8));
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { message: unknown; pending: Pending }[] = [];
  private readonly busy = new Map<Worker, Pending>();

  constructor(size: number, workerData: unknown, script = workerScript()) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData });
      w.on('message', (msg: { ok: boolean; value?: unknown; error?: string }) => {
        const p = this.busy.get(w);
        this.busy.delete(w);
        if (p) (msg.ok ? p.resolve(msg.value) : p.reject(new Error(msg.error)));
        this.next(w);
      });
      w.on('error', (err) => {
        const p = this.busy.get(w);
        this.busy.delete(w);
        p?.reject(err);
      });
      w.unref();
      this.all.push(w);
      this.idle.push(w);
    }
  }

  run<T>(message: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = { resolve: resolve as (v: unknown) => void, reject };
      const w = this.idle.pop();
      if (w) this.send(w, message, pending);
      else this.queue.push({ message, pending });
    });
  }

  private send(w: Worker, message: unknown, pending: Pending): void {
    this.busy.set(w, pending);
    w.ref();
    w.postMessage(message);
  }

  private next(w: Worker): void {
    const job = this.queue.shift();
    if (job) this.send(w, job.message, job.pending);
    else {
      w.unref();
      this.idle.push(w);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
