// Huge input through the command line (test:slow; badInput.slow.test.ts has the
// rest): a 10 MB line, a 100 MB file cut at the size limit, in bounded time
// and memory.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import { DEFAULT_MAX_LENGTH } from '../../server/src/core/analysis';
import { Report, runCli, tempFolder } from './helpers';

function single(stdout: string): Report {
  const reports = JSON.parse(stdout) as Report[];
  assert.equal(reports.length, 1, stdout.slice(0, 500));
  return reports[0];
}

describe('CLI on huge input', function () {
  this.timeout(60000);
  let tmp: ReturnType<typeof tempFolder>;
  before(() => {
    assert.ok(fs.existsSync(require('./helpers').CLI), 'dist/cli.js is missing: run npm run build');
    tmp = tempFolder('cli');
  });
  after(() => tmp.remove());

  it('a 10 MB line of digits finishes quickly and yields no amount', async () => {
    const run = await runCli(['analyze', '--format', 'json', tmp.file('digits.txt', '7'.repeat(10 * 1024 * 1024))], { timeoutMs: 20000 });
    assert.equal(run.status, 0, run.stderr);
    const r = single(run.stdout);
    assert.equal(r.amounts.length + r.percentages.length, 0);
    assert.ok(run.ms < 15000, `${run.ms} ms`);
  });
  it('a 100 MB file is analysed up to the size limit, with a size-limit notice, in bounded time and memory', async () => {
    const paragraph = [
      'Le plan de 10 M€, dont 6 M€ et 6 M€ pour la recherche.',
      'Le PIA4 consacre 1,5 milliards d’euros à SecNumCloud, soit 12 % du total.',
      'Les services instructeurs disposent d’un délai de deux mois pour rendre leur avis motivé.',
      '',
      '',
    ].join('\n');
    const chunk = paragraph.repeat(Math.ceil((1 << 20) / paragraph.length));
    const file = `${tmp.dir}/huge.md`;
    const fd = fs.openSync(file, 'w');
    try {
      for (let written = 0; written < 100 * 1024 * 1024; written += Buffer.byteLength(chunk)) fs.writeSync(fd, chunk);
    } finally {
      fs.closeSync(fd);
    }
    try {
      const run = await runCli(['analyze', '--format', 'json', file], { timeoutMs: 50000 });
      const r = single(run.stdout);
      const notice = r.diagnostics.find((d) => d.code === 'size-limit');
      assert.ok(notice, 'size-limit notice: ' + JSON.stringify(r.diagnostics.filter((d) => d.severity === 'information')));
      // The default limit, in characters.
      assert.equal(notice.start, DEFAULT_MAX_LENGTH);
      assert.ok(r.amounts.length > 0 && r.amounts.every((a) => a.end <= notice.start));
      assert.ok(r.diagnostics.some((d) => d.code === 'too-many-diagnostics'));
      assert.equal(run.status, 0, run.stderr);
      if (run.peakRss !== null) assert.ok(run.peakRss < 3 * 1024 ** 3, `peak memory ${(run.peakRss / 1024 ** 2).toFixed(0)} MB`);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
