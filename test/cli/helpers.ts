// Running the built CLI (`dist/cli.js`, made by `npm run build`) as a CI
// pipeline would: a child process, its exit status, stdout and stderr.

import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FileReport } from '../../server/src/report/report';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the CLI process in bytes (VmHWM), when /proc tells it. */
  peakRss: number | null;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs `node dist/cli.js ...args`; rejects if it outlives the time limit (and kills it). */
export function runCli(args: string[], options: RunOptions = {}): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input ?? '');
  let peakRss: number | null = null;
  const status = `/proc/${child.pid}/status`;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(status, 'utf8'));
      if (m) peakRss = Math.max(peakRss ?? 0, Number(m[1]) * 1024);
    } catch {
      // Gone already, or no /proc on this system.
    }
  };
  const sampler = setInterval(sample, 50);
  return new Promise((resolve, reject) => {
    const limit = options.timeoutMs ?? 30000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`policy-lens ${args.join(' ')} did not finish within ${limit} ms`));
    }, limit);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(sampler);
      resolve({ status: code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - t0, peakRss });
    });
  });
}

/** The CLI's JSON report for one file: the contract the product defines. */
export type Report = FileReport;

/** A fresh folder under the system's temp folder, and a way to remove it. */
export function tempFolder(prefix: string): { dir: string; file(name: string, content: string | Buffer): string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `policy-lens-${prefix}-`));
  return {
    dir,
    file(name, content) {
      const p = path.join(dir, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
      return p;
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
