// A mocha root hook: after the whole run, report any child process a test left
// running (a language server or a CLI never stopped) and stop it. A process
// left behind would otherwise keep the test run alive after its summary, and a
// CI job would wait for it until its own limit; `exit: true` in .mocharc.json
// makes sure the run ends, this hook makes sure the leak is seen.

import { ChildProcess } from 'child_process';

type HandleSource = { _getActiveHandles?: () => unknown[] };

/** Child processes of this process that are still running. */
export function runningChildren(): ChildProcess[] {
  const handles = (process as unknown as HandleSource)._getActiveHandles?.() ?? [];
  return handles.filter((h): h is ChildProcess => h instanceof ChildProcess && h.exitCode === null && h.signalCode === null);
}

export const mochaHooks = {
  afterAll(): void {
    const left = runningChildren();
    if (left.length === 0) return;
    process.stderr.write(`\ntests left ${left.length} child process(es) running; stopping them:\n`);
    for (const child of left) {
      process.stderr.write(`  pid ${child.pid}: ${child.spawnargs.join(' ').slice(0, 200)}\n`);
      child.kill('SIGKILL');
    }
  },
};
