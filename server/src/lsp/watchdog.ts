// A hang must not go unnoticed. The analysis runs on the server's main
// thread, where nothing can interrupt it; a second thread watches a heartbeat
// the main thread writes once a second into shared memory. When the heartbeat
// stops for longer than the hang limit, the watchdog writes what the main
// thread was doing to stderr (which the editor shows in the server's output)
// and stops the process, so the client restarts it and tells the writer.

import { Worker } from 'worker_threads';

/** Long enough for any legitimate analysis (a 20 MB document on a slow machine), short enough to be noticed. */
export const DEFAULT_HANG_LIMIT_MS = 180_000;

const ACTIVITY_BYTES = 512;

// The watchdog thread's code: self-contained, so the bundle needs no extra file.
const WATCHER = `
const { workerData } = require('worker_threads');
const fs = require('fs');
const beat = new Int32Array(workerData.shared, 0, 2);
const activity = new Uint8Array(workerData.shared, 8);
const limit = workerData.limitMs;
setInterval(() => {
  const last = Atomics.load(beat, 0);
  const now = Date.now() - workerData.base;
  if (now - last <= limit) return;
  const length = Atomics.load(beat, 1);
  const doing = Buffer.from(activity.subarray(0, Math.min(length, activity.length))).toString('utf8') || 'nothing recorded';
  try {
    fs.writeSync(2, '[policy-lens] the server has not answered for ' + Math.round((now - last) / 1000) + ' s (limit ' + Math.round(limit / 1000) + ' s), busy with: ' + doing + '; stopping it so that the editor restarts it.\\n');
  } catch {}
  process.kill(process.pid, 'SIGKILL');
}, Math.min(1000, Math.max(50, limit / 4)));
`;

export class Watchdog {
  private readonly shared = new SharedArrayBuffer(8 + ACTIVITY_BYTES);
  private readonly beat = new Int32Array(this.shared, 0, 2);
  private readonly activity = new Uint8Array(this.shared, 8);
  private readonly base = Date.now();
  private readonly worker: Worker | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(readonly limitMs: number) {
    this.tick();
    this.timer = setInterval(() => this.tick(), Math.min(1000, Math.max(25, limitMs / 8)));
    this.timer.unref();
    try {
      this.worker = new Worker(WATCHER, { eval: true, workerData: { shared: this.shared, limitMs, base: this.base } });
      this.worker.unref();
      this.worker.on('error', () => undefined); // a watchdog that cannot run must not take the server down
    } catch {
      this.worker = null;
    }
  }

  private tick(): void {
    Atomics.store(this.beat, 0, Date.now() - this.base);
  }

  /** What the main thread is about to do, for the message should it never come back. */
  busyWith(what: string): void {
    this.tick();
    const bytes = Buffer.from(what.slice(0, ACTIVITY_BYTES), 'utf8');
    const n = Math.min(bytes.length, ACTIVITY_BYTES);
    this.activity.set(bytes.subarray(0, n));
    Atomics.store(this.beat, 1, n);
  }

  stop(): void {
    clearInterval(this.timer);
    void this.worker?.terminate();
  }
}

/** The hang limit: POLICY_LENS_HANG_LIMIT_MS when set to a positive number (tests), the default otherwise; 0 turns the watchdog off. */
export function hangLimitFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.POLICY_LENS_HANG_LIMIT_MS;
  if (raw === undefined || raw === '') return DEFAULT_HANG_LIMIT_MS;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_HANG_LIMIT_MS;
}
