// Every document in test/fixtures/checks states what it must raise:
//   <!-- expect: sum-mismatch -->          the check codes, with repeats (or « none »)
//   <!-- checks: sum=ok part=mismatch -->  Check records that must exist (kind=status)
// Each is run through analyze() (the real recogniser) and through the checks
// alone on figures from the stand-in recogniser, and both must agree with it.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../server/src/core/analysis';
import { Check, Finding } from '../../../server/src/core/types';
import { check } from './helpers';

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'checks');

/** The codes these checks own; other parts of the product may add their own diagnostics. */
export const CHECK_CODES = new Set([
  'sum-mismatch', 'part-exceeds-total', 'percent-sum', 'share-mismatch', 'table-total', 'figure-conflict', 'plural-scale', 'nbsp',
  'mixed-abbreviations', 'too-many-diagnostics',
]);

export interface Fixture {
  name: string;
  file: string;
  text: string;
  expect: string[];
  checks: string[];
}

export function loadFixtures(): Fixture[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = path.join(FIXTURES, f);
      const text = fs.readFileSync(file, 'utf8');
      const expect = /<!-- expect: ([^>]*?) -->/.exec(text);
      const checks = /<!-- checks: ([^>]*?) -->/.exec(text);
      assert.ok(expect, `${f} has no expect line`);
      const codes = expect[1].trim() === 'none' ? [] : expect[1].trim().split(/\s+/);
      return { name: f, file, text, expect: codes.sort(), checks: checks && checks[1].trim() ? checks[1].trim().split(/\s+/) : [] };
    });
}

export function ownCodes(findings: readonly { code: string }[]): string[] {
  return findings.map((f) => f.code).filter((c) => CHECK_CODES.has(c)).sort();
}

/** Each `kind=status` must be matched by a distinct check. */
export function missingChecks(expected: readonly string[], checks: readonly Pick<Check, 'kind' | 'status'>[]): string[] {
  const pool = checks.map((c) => `${c.kind}=${c.status}`);
  const missing: string[] = [];
  for (const e of expected) {
    const i = pool.indexOf(e);
    if (i < 0) missing.push(e);
    else pool.splice(i, 1);
  }
  return missing;
}

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
        const { applySettings } = require('../../../server/src/core/checks/suppression');
        const { defaultCheckSettings } = require('../../../server/src/core/settings');
        const { untranslated } = require('../../../server/src/core/messages');
        const kept: Finding[] = applySettings(fx.text, r.findings, defaultCheckSettings, untranslated);
        const arithmetic = (c: string) => c !== 'figure-conflict';
        assert.deepEqual(ownCodes(kept).filter(arithmetic), fx.expect.filter(arithmetic), explain(kept));
        assert.deepEqual(missingChecks(fx.checks.filter((c) => !c.startsWith('conflict')), r.checks), [], JSON.stringify(r.checks));
      });
    });
  }
});
