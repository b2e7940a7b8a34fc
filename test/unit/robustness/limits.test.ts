// The two limits that keep a huge or noisy document cheap: the size limit
// (analyse a prefix, say so) and the diagnostics cap (keep the most severe,
// say how many were left out).

import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';

/** Each line gets a plural-scale hint (« 1,5 milliards » should be « 1,5 milliard »). */
const HINT_LINE = '1,5 milliards d’euros\n';

describe('robustness: size limit and diagnostics cap', () => {
  it('caps 10 000 diagnostics at maxDiagnostics with one notice that counts the rest', () => {
    const text = HINT_LINE.repeat(10_000);
    const all = analyze(text, { settings: { maxDiagnostics: 100_000 } }).diagnostics;
    assert.equal(all.length, 10_000, 'one hint per line');
    const capped = analyze(text, { settings: { maxDiagnostics: 250 } }).diagnostics;
    assert.equal(capped.length, 251);
    const notices = capped.filter((d) => d.code === 'too-many-diagnostics');
    assert.equal(notices.length, 1);
    assert.match(notices[0].message, /^9750 more diagnostics were left out \(the limit is 250;/);
    // The kept ones are the earliest, in document order.
    const kept = capped.filter((d) => d.code !== 'too-many-diagnostics');
    assert.deepEqual(kept.map((d) => d.start), all.slice(0, 250).map((d) => d.start));
  });

  it('keeps the most severe findings when capping', () => {
    const error = 'Le plan de 10 M€, dont 20 M€ pour la recherche.\n';
    const text = HINT_LINE.repeat(500) + error + HINT_LINE.repeat(500);
    const capped = analyze(text, { settings: { maxDiagnostics: 10 } }).diagnostics;
    assert.ok(capped.some((d) => d.code === 'part-exceeds-total'), capped.map((d) => d.code).join());
    assert.equal(capped.length, 11);
  });

  it('keeps the size-limit notice when the cap drops the rest', () => {
    // Warnings outrank an information notice: without care the notice is the first to go.
    const text = 'Le plan de 10 M€, dont 6 M€ et 6 M€.\n'.repeat(3000);
    const a = analyze(text, { maxLength: 30_000, settings: { maxDiagnostics: 10 } });
    assert.ok(a.truncated);
    const codes = a.diagnostics.map((d) => d.code);
    assert.equal(codes.length, 11);
    assert.ok(codes.includes('size-limit'), codes.join());
    assert.ok(codes.includes('too-many-diagnostics'), codes.join());
  });

  it('never cuts a surrogate pair at the size limit', () => {
    const text = 'a🙂'.repeat(1000) + ' 3 M€';
    for (const maxLength of [1, 2, 3, 100, 101, 102]) {
      const a = analyze(text, { maxLength });
      assert.ok(a.length <= maxLength);
      const last = text.charCodeAt(a.length - 1);
      assert.ok(!(last >= 0xd800 && last <= 0xdbff), `cut after a high surrogate at ${a.length}`);
      const notice = a.diagnostics.find((d) => d.code === 'size-limit');
      assert.ok(notice && notice.start === a.length, JSON.stringify(a.diagnostics));
    }
  });

  it('finds nothing in a 10 MB run of digits, quickly', () => {
    const text = '9'.repeat(10 * 1024 * 1024);
    const t0 = process.cpuUsage();
    const a = analyze(text);
    const used = process.cpuUsage(t0);
    assert.equal(a.amounts.length + a.percentages.length, 0);
    assert.ok((used.user + used.system) / 1000 < 10_000, `${(used.user + used.system) / 1000} ms`);
  });
});
