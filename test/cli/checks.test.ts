// The fixtures through the command line, as a CI pipeline would run them:
// `node dist/cli.js analyze --format json FILE…` (built by `npm run build`).

import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadFixtures, missingChecks, ownCodes } from '../unit/checks/fixtureFiles';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface Report {
  file: string;
  checks: { kind: string; status: 'ok' | 'mismatch'; total: { start: number; end: number; value: number }; parts: { start: number; end: number; value: number }[]; sum: number; tolerance: number }[];
  diagnostics: { code: string; start: number; end: number; severity: string; message: string }[];
}

describe('check fixtures through the CLI', function () {
  this.timeout(120000);
  const fixtures = loadFixtures();
  let reports: Map<string, Report>;
  let status: number | null;

  before(() => {
    if (!fs.existsSync(CLI)) spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
    const run = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'json', '--lang', 'en', ...fixtures.map((f) => f.file)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    status = run.status;
    assert.equal(run.stderr, '', run.stderr);
    const parsed = JSON.parse(run.stdout) as Report[];
    reports = new Map(parsed.map((r) => [path.basename(r.file), r]));
  });

  it('reports every fixture, and exits 1 because some hold errors', () => {
    assert.equal(reports.size, fixtures.length);
    assert.equal(status, 1);
  });

  for (const fx of fixtures) {
    it(fx.name, () => {
      const r = reports.get(fx.name);
      assert.ok(r, `no report for ${fx.name}`);
      assert.deepEqual(ownCodes(r.diagnostics), fx.expect, r.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
      assert.deepEqual(missingChecks(fx.checks, r.checks), [], JSON.stringify(r.checks));
      for (const c of r.checks) {
        assert.ok(Number.isFinite(c.sum) && Number.isFinite(c.tolerance), JSON.stringify(c));
        assert.ok(c.total.end > c.total.start && c.parts.every((p) => p.end > p.start), JSON.stringify(c));
      }
    });
  }

  it('shows the arithmetic of the cloud example on the command line', () => {
    const r = reports.get('02-cloud-sur-ce-total-wrong.md')!;
    const d = r.diagnostics.find((x) => x.code === 'sum-mismatch')!;
    const expected = '967 + 444 + 680 = 2\u202f091 M€, which differs from the total 1,8 milliard d’euros (1\u202f750 – 1\u202f850 M€) by 291 M€.';
    assert.equal(d.message, expected.split(' M€').join('\u202fM€'));
    assert.equal(d.severity, 'warning');
  });

  it('turns codes off with --disable', () => {
    const file = fixtures.find((f) => f.name.startsWith('02-'))!.file;
    const run = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'json', '--disable', 'sum-mismatch', file], { cwd: ROOT, encoding: 'utf8' });
    const [r] = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(ownCodes(r.diagnostics), []);
    assert.equal(r.checks.filter((c) => c.status === 'mismatch').length, 1);
  });
});
