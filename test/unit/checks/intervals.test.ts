import { strict as assert } from 'assert';
import { APPROXIMATE_SLACK, above, disjoint, distance, finite, slackFor, sumIntervals, writtenInterval } from '../../../server/src/core/checks/intervals';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);

describe('rounding intervals', () => {
  it('reads « 1,8 Md€ » as 1,75 – 1,85 Md€', () => {
    const i = writtenInterval(1.8e9, 1e8, null);
    close(i.lo, 1.75e9);
    close(i.hi, 1.85e9);
  });

  it('reads « 667 millions » as 666,5 – 667,5 M€', () => {
    const i = writtenInterval(667e6, 1e6, null);
    close(i.lo, 666.5e6);
    close(i.hi, 667.5e6);
  });

  it('reads a single significant digit as precise to two: « 2 milliards » is 1,95 – 2,05 Md€', () => {
    const two = writtenInterval(2e9, 1e9, null);
    close(two.lo, 1.95e9);
    close(two.hi, 2.05e9);
    const tenth = writtenInterval(0.6e9, 0.1e9, null);
    close(tenth.lo, 0.595e9);
    close(tenth.hi, 0.605e9);
    const twenty = writtenInterval(20e9, 1e9, null);
    close(twenty.lo, 19.5e9);
    close(twenty.hi, 20.5e9);
    const pct = writtenInterval(33, 1, null);
    close(pct.lo, 32.5);
    close(pct.hi, 33.5);
  });

  it('widens « près de 2 milliards » by the documented slack on both sides', () => {
    const i = writtenInterval(2e9, 1e9, 'approximate');
    close(i.lo, 1.95e9 * (1 - APPROXIMATE_SLACK));
    close(i.hi, 2.05e9 * (1 + APPROXIMATE_SLACK));
  });

  it('opens « plus de X » upwards and « jusqu’à X » down to zero', () => {
    const up = writtenInterval(400e6, 1e6, 'lower-bound');
    close(up.lo, 399.5e6);
    assert.equal(up.hi, Infinity);
    const down = writtenInterval(2e9, 1e9, 'upper-bound');
    assert.equal(down.lo, 0);
    close(down.hi, 2.05e9);
  });

  it('never goes below zero', () => {
    assert.equal(writtenInterval(0, 1, null).lo, 0);
    assert.equal(writtenInterval(0.02, 1, 'approximate').lo, 0);
  });

  it('adds intervals', () => {
    const s = sumIntervals([writtenInterval(667e6, 1e6, null), writtenInterval(444e6, 1e6, null), writtenInterval(680e6, 1e6, null)]);
    close(s.lo, 1789.5e6);
    close(s.hi, 1792.5e6);
  });

  it('calls intervals disjoint only when they cannot meet, slack included', () => {
    const total = writtenInterval(1.8e9, 1e8, null);
    const ok = sumIntervals([writtenInterval(667e6, 1e6, null), writtenInterval(444e6, 1e6, null), writtenInterval(680e6, 1e6, null)]);
    const bad = sumIntervals([writtenInterval(967e6, 1e6, null), writtenInterval(444e6, 1e6, null), writtenInterval(680e6, 1e6, null)]);
    assert.equal(disjoint(ok, total, 0), false);
    assert.equal(disjoint(bad, total, 0), true);
    assert.equal(disjoint(bad, total, 300e6), false);
    assert.equal(disjoint({ lo: 1, hi: 2 }, { lo: 2, hi: 3 }, 0), false, 'touching intervals meet');
  });

  it('tells when one interval lies wholly above another', () => {
    assert.equal(above({ lo: 5, hi: 6 }, { lo: 1, hi: 4 }, 0), true);
    assert.equal(above({ lo: 5, hi: 6 }, { lo: 1, hi: 4 }, 2), false);
    assert.equal(above({ lo: 5, hi: 6 }, { lo: 1, hi: Infinity }, 0), false);
  });

  it('measures the distance to an interval', () => {
    assert.equal(distance(2091, { lo: 1750, hi: 1850 }), 241);
    assert.equal(distance(1700, { lo: 1750, hi: 1850 }), 50);
    assert.equal(distance(1800, { lo: 1750, hi: 1850 }), 0);
  });

  it('turns the relative tolerance into an amount and keeps JSON numbers finite', () => {
    assert.equal(slackFor(0.01, 100, 200), 2);
    assert.equal(slackFor(0.01, 100, Infinity), 1);
    assert.equal(finite(Infinity), Number.MAX_VALUE);
    assert.equal(JSON.stringify({ x: finite(Infinity) }).includes('null'), false);
  });
});
