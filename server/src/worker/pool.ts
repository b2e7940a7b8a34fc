// A fixed pool of worker threads. Analysing a folder or indexing a workspace
// is embarrassingly parallel: each file is a task, each core runs a worker.
//
// Every task ends: a worker that dies (an exception outside a task, memory
// exhausted, a setup it cannot build) fails the tasks it held and is replaced;
// a task that runs past the time limit fails and its worker is replaced; a
// pool whose workers cannot start at all fails every task instead of leaving
// it waiting.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Job {
  id: number;
  message: object;
  pending: Pending;
}

/** What a worker answers: the task's id and its result or error. */
export interface WorkerReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/**
 * The worker next to the bundle: dist/server.js run as a worker thread for the
 * server (lsp/entry.ts), dist/cli-worker.js for the CLI; or the compiled module
 * when running from out/ in tests. The .vsix ships no cli-worker.js (it would
 * take the package over its 1 MB budget): there the CLI runs the server's
 * worker, which makes reports too.
 */
export function workerScript(kind: 'server' | 'cli' = 'server'): string {
  if (kind === 'cli') {
    const cli = path.join(__dirname, 'cli-worker.js');
    if (fs.existsSync(cli)) return cli;
  }
  const bundled = path.join(__dirname, 'server.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(__dirname, '..', 'worker', kind === 'cli' ? 'cli.js' : 'main.js');
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

export class TaskTimeout extends Error {}

interface Slot {
  worker: Worker;
  /** Tasks handed to this worker, in the order it takes them. */
  tasks: Map<number, Job>;
  /** The worker answered at least one task: it can start, so a replacement can too. */
  proven: boolean;
  timer?: NodeJS.Timeout;
  dead: boolean;
}

/**
 * Each worker holds up to `depth` tasks: while it analyses one, the next is
 * already there (its file being read), so it never waits for the main thread
 * between two small files.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private lastError: Error | null = null;

  constructor(
    size: number,
    private readonly workerData: unknown,
    private readonly script = workerScript(),
    private readonly depth = 2,
    /** A task still running after this long fails, and its worker is replaced. */
    private readonly taskTimeoutMs = 0,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // Throws at once when workerData cannot be copied to a thread: the caller decides what to do without workers.
    const worker = new Worker(this.script, { workerData: this.workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, tasks: new Map(), proven: false, dead: false };
    worker.on('message', (msg: WorkerReply) => {
      const job = slot.tasks.get(msg.id);
      slot.tasks.delete(msg.id);
      slot.proven = true;
      if (job) (msg.ok ? job.pending.resolve(msg.value) : job.pending.reject(new Error(msg.error)));
      this.arm(slot);
      this.pump();
    });
    worker.on('error', (err) => this.lost(slot, err));
    worker.on('exit', (code) => this.lost(slot, new Error(`worker thread stopped (exit code ${code})`)));
    worker.unref();
    return slot;
  }

  run<T>(message: object): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.closed) {
        reject(new Error('the worker pool is closed'));
        return;
      }
      this.queue.push({ id: this.nextId++, message, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.pump();
    });
  }

  /** Hands queued tasks to the least busy workers, up to `depth` each. */
  private pump(): void {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) {
      // No worker left that could take them: every waiting task fails, none waits forever.
      const err = this.lastError ?? new Error('no worker thread could start');
      for (const job of this.queue.splice(0)) job.pending.reject(err);
      return;
    }
    for (let level = 0; level < this.depth && this.queue.length; level++) {
      for (const slot of live) {
        if (!this.queue.length) break;
        if (slot.tasks.size !== level) continue;
        const job = this.queue.shift()!;
        slot.tasks.set(job.id, job);
        try {
          slot.worker.postMessage({ ...job.message, id: job.id });
        } catch (err) {
          slot.tasks.delete(job.id);
          job.pending.reject(err as Error);
          continue;
        }
        if (slot.tasks.size === 1) this.arm(slot);
      }
    }
    // A worker with work keeps the process alive; an idle one does not.
    for (const s of live) (s.tasks.size ? s.worker.ref() : s.worker.unref());
  }

  /** (Re)starts the time limit of the task the worker is on, its first one. */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    if (!this.taskTimeoutMs || slot.tasks.size === 0 || slot.dead) return;
    const [id] = slot.tasks.keys();
    slot.timer = setTimeout(() => {
      const job = slot.tasks.get(id);
      if (!job) return;
      slot.tasks.delete(id);
      job.pending.reject(new TaskTimeout(`still running after ${Math.round(this.taskTimeoutMs / 1000)} s`));
      // The worker is stuck on it: stop it; the tasks it held next go back to the queue.
      this.lost(slot, null);
      void slot.worker.terminate();
    }, this.taskTimeoutMs);
    slot.timer.unref();
  }

  /** A worker is gone: its tasks fail (or, when it was stopped for a stuck task, go back to the queue), and a proven worker is replaced. */
  private lost(slot: Slot, err: Error | null): void {
    if (slot.dead) return;
    slot.dead = true;
    if (slot.timer) clearTimeout(slot.timer);
    const held = [...slot.tasks.values()];
    slot.tasks.clear();
    if (err) {
      this.lastError = err;
      // The task it was on caused the failure, as far as anyone can tell; the ones waiting behind it get another worker.
      const [first, ...rest] = held;
      first?.pending.reject(err);
      this.queue.unshift(...rest);
    } else this.queue.unshift(...held);
    if (!this.closed && (slot.proven || err === null)) {
      const i = this.slots.indexOf(slot);
      try {
        this.slots[i] = this.spawn();
      } catch (e) {
        this.lastError = e as Error;
      }
    }
    if (!this.closed) this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
