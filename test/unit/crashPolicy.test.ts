// The client's answer to a server that stops: restart, tell the writer once,
// give up on a server that keeps crashing.

import { strict as assert } from 'assert';
import { CrashPolicy } from '../../client/src/crashPolicy';

describe('crash policy', () => {
  it('restarts every time, and tells the writer the first time only', () => {
    const p = new CrashPolicy();
    assert.equal(p.onCrash(0), 'restart-and-tell');
    assert.equal(p.onCrash(10 * 60_000), 'restart');
    assert.equal(p.onCrash(20 * 60_000), 'restart');
  });

  it('gives up after more than four crashes within three minutes', () => {
    const p = new CrashPolicy();
    const decisions = [0, 1000, 2000, 3000, 4000].map((t) => p.onCrash(t));
    assert.deepEqual(decisions, ['restart-and-tell', 'restart', 'restart', 'restart', 'give-up']);
  });

  it('forgets crashes older than three minutes', () => {
    const p = new CrashPolicy();
    for (const t of [0, 1000, 2000, 3000]) p.onCrash(t);
    assert.equal(p.onCrash(3 * 60_000 + 1000), 'restart');
  });
});
