// The client's answer to a server that stops: restart, tell the writer of the
// first crash and of any crash after a quiet period with the count so far,
// give up on a server that keeps crashing.

import { strict as assert } from 'assert';
import { CrashPolicy } from '../../client/src/crashPolicy';

const MIN = 60_000;

describe('crash policy', () => {
  it('restarts every time and tells the first crash', () => {
    const p = new CrashPolicy();
    assert.deepEqual(p.onCrash(0), { action: 'restart', tell: true, count: 1 });
  });

  it('tells a crash that comes after a quiet period again, with the count so far', () => {
    const p = new CrashPolicy();
    p.onCrash(0);
    // A crash hours later is not silent, and says it is the second.
    assert.deepEqual(p.onCrash(3 * 60 * MIN), { action: 'restart', tell: true, count: 2 });
    assert.deepEqual(p.onCrash(6 * 60 * MIN), { action: 'restart', tell: true, count: 3 });
  });

  it('does not flood the writer during a burst, and tells the count once the quiet period is over', () => {
    const p = new CrashPolicy();
    const decisions = [0, 30_000, 4 * MIN, 6 * MIN].map((t) => p.onCrash(t));
    assert.deepEqual(
      decisions.map((d) => [d.tell, d.count]),
      [
        [true, 1],
        [false, 2],
        [false, 3],
        [true, 4],
      ],
    );
  });

  it('gives up after more than four crashes within three minutes, saying how many', () => {
    const p = new CrashPolicy();
    const decisions = [0, 1000, 2000, 3000, 4000].map((t) => p.onCrash(t));
    assert.deepEqual(
      decisions.map((d) => d.action),
      ['restart', 'restart', 'restart', 'restart', 'give-up'],
    );
    assert.deepEqual(decisions[4], { action: 'give-up', tell: true, count: 5 });
  });

  it('gives up on a server that crashes every few minutes for an hour', () => {
    // A hang stopped by the watchdog every four minutes never makes four crashes in three minutes.
    const p = new CrashPolicy();
    const decisions = Array.from({ length: 9 }, (_, i) => p.onCrash(i * 4 * MIN));
    assert.equal(decisions[7].action, 'restart');
    assert.equal(decisions[8].action, 'give-up');
  });

  it('forgets crashes older than three minutes for the burst rule', () => {
    const p = new CrashPolicy();
    for (const t of [0, 1000, 2000, 3000]) p.onCrash(t);
    assert.equal(p.onCrash(3 * MIN + 1000).action, 'restart');
  });

  it('starts afresh after a restart by hand', () => {
    const p = new CrashPolicy();
    for (const t of [0, 1000, 2000, 3000]) p.onCrash(t);
    p.reset();
    assert.equal(p.onCrash(4000).action, 'restart');
  });
});
