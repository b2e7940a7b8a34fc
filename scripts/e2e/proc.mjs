// Child processes for the end-to-end run. Every child is started in its own
// process group so that stopping it also stops what it started (code-server's
// extension host and the language server outlive their parent otherwise).
import { spawn } from 'node:child_process';

const groups = new Set();

/** Runs a command to completion, output relayed; rejects on a non-zero exit. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: opts.quiet ? 'ignore' : 'inherit', detached: true, ...opts });
    groups.add(child.pid);
    child.on('error', (err) => {
      groups.delete(child.pid);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      groups.delete(child.pid);
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

/** Starts a long-running command in its own process group; stop it with killGroup or killAll. */
export function start(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { detached: true, ...opts });
  groups.add(child.pid);
  child.on('exit', () => groups.delete(child.pid));
  return child;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  return signalGroup(pid, 0);
}

/** SIGTERM to the whole group, SIGKILL to whatever is left after `graceMs`. */
export async function killGroup(pid, graceMs = 2000) {
  if (!signalGroup(pid, 'SIGTERM')) return;
  const until = Date.now() + graceMs;
  while (Date.now() < until && groupAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  signalGroup(pid, 'SIGKILL');
  groups.delete(pid);
}

export async function killAll() {
  await Promise.all([...groups].map((pid) => killGroup(pid)));
}

/** Synchronous last resort, for process 'exit'. */
export function killAllNow() {
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
  groups.clear();
}
