// Linear time on any input: for each pathological shape, analysing 16 times
// more text (100 KB → 1.6 MB) must cost at most about 16 times more (32 with
// slack for the garbage collector and caches); a quadratic path costs 256. Measured in CPU time, the best of several
// runs, so a busy machine does not make the test fail.

import { strict as assert } from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze } from '../../../server/src/core/analysis';
import { ADVERSARIES } from './adversarial';

const SMALL = 100_000;
const LARGE = 1_600_000;
const MAX_RATIO = 32;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** The least CPU time (user + system, ms) of `runs` analyses of `text`. */
function cpuMs(text: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    gc();
    const before = process.cpuUsage();
    analyze(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('robustness: analysis time grows linearly with the input', function () {
  this.timeout(60000);

  before(() => {
    // Compile the hot paths once, so the small input does not pay for the optimiser.
    for (const a of ADVERSARIES.slice(0, 6)) analyze(a.make(20_000));
  });

  for (const adversary of ADVERSARIES) {
    it(adversary.name, () => {
      const small = adversary.make(SMALL);
      const mid = adversary.make(4 * SMALL);
      const large = adversary.make(LARGE);
      assert.ok(large.length >= 15 * small.length, `${large.length} vs ${small.length} characters`);
      analyze(small);
      const tSmall = cpuMs(small, 5);
      const tMid = cpuMs(mid, 2);
      const tLarge = cpuMs(large, 2);
      // The cost of 100 KB, or a quarter of 400 KB when that is more: 100 KB may sit in the processor's
      // caches where 1.6 MB cannot, and below a few milliseconds the clock and the optimiser dominate.
      const base = Math.max(tSmall, tMid / 4, 2);
      const ratio = tLarge / base;
      assert.ok(
        ratio < MAX_RATIO,
        `${adversary.name}: ${tSmall.toFixed(1)} ms on 100 KB, ${tMid.toFixed(1)} ms on 400 KB, ${tLarge.toFixed(1)} ms on 1.6 MB (×${ratio.toFixed(1)} for ×16 the size)`,
      );
    });
  }
});
