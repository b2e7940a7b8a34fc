// Every document in test/fixtures/checks states what it must raise:
//   <!-- expect: sum-mismatch -->          the check codes, with repeats (or « none »)
//   <!-- checks: sum=ok part=mismatch -->  Check records that must exist (kind=status)
// Each is run through analyze() (the real recogniser) and through the checks
// alone on figures from the stand-in recogniser, and both must agree with it.

import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';
import { Finding } from '../../../server/src/core/types';
import { applySettings } from '../../../server/src/core/checks/suppression';
import { defaultCheckSettings } from '../../../server/src/core/settings';
import { untranslated } from '../../../server/src/core/messages';
import { check } from './helpers';
import { loadFixtures, missingChecks, ownCodes } from './fixtureFiles';

function explain(findings: readonly Finding[]): string {
  return findings.map((f) => `  ${f.code}: ${f.message}`).join('\n');
}

describe('check fixtures', () => {
  const fixtures = loadFixtures();

  it('has at least 40 documents, about half of them consistent', () => {
    assert.ok(fixtures.length >= 40, String(fixtures.length));
    const clean = fixtures.filter((f) => f.expect.length === 0).length;
    assert.ok(clean >= fixtures.length * 0.4 && clean <= fixtures.length * 0.6, `${clean} of ${fixtures.length} consistent`);
  });

  for (const fx of fixtures) {
    describe(fx.name, () => {
      it('through analyze()', () => {
        const a = analyze(fx.text);
        assert.deepEqual(ownCodes(a.diagnostics), fx.expect, explain(a.diagnostics));
        assert.deepEqual(missingChecks(fx.checks, a.checks), [], JSON.stringify(a.checks));
      });
      it('through the checks alone', () => {
        const r = check(fx.text);
        // The stand-in recogniser is not the product's: compare the arithmetic codes, and the checks found.
        const kept: Finding[] = applySettings(fx.text, r.findings, defaultCheckSettings, untranslated);
        const arithmetic = (c: string) => c !== 'figure-conflict';
        assert.deepEqual(ownCodes(kept).filter(arithmetic), fx.expect.filter(arithmetic), explain(kept));
        assert.deepEqual(missingChecks(fx.checks.filter((c) => !c.startsWith('conflict')), r.checks), [], JSON.stringify(r.checks));
      });
    });
  }
});
