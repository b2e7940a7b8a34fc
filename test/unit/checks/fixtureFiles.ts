// Loading the check fixtures: each document states what it must raise.
//   <!-- expect: sum-mismatch -->          the check codes, with repeats (or « none »)
//   <!-- checks: sum=ok part=mismatch -->  Check records that must exist (kind=status)

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Check } from '../../../server/src/core/types';
import { CODES } from '../../../server/src/core/codes';

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'checks');

/** The codes these checks own; other parts of the product (names, notices) add their own diagnostics. */
export const CHECK_CODES = new Set<string>([...CODES.filter((c) => c.group === 'consistency' || c.group === 'typography').map((c) => c.code), 'too-many-diagnostics']);

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
export function missingChecks(expected: readonly string[], checks: readonly { kind: Check['kind'] | string; status: string }[]): string[] {
  const pool = checks.map((c) => `${c.kind}=${c.status}`);
  const missing: string[] = [];
  for (const e of expected) {
    const i = pool.indexOf(e);
    if (i < 0) missing.push(e);
    else pool.splice(i, 1);
  }
  return missing;
}
