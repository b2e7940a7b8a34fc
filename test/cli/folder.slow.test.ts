// A folder of thousands of briefs through the CLI: files are analysed in
// worker threads, yet the output lists them in a stable order (folders walked
// depth first, names sorted), is valid JSON, and equals a run on one thread.

import { strict as assert } from 'assert';
import * as path from 'path';
import { Report, runCli, tempFolder } from './helpers';

const FILES = 2400;

function brief(i: number): string {
  const total = 100 + (i % 50);
  const a = 40 + (i % 7);
  // Every 97th brief has parts that do not add up (a warning), every 500th a part larger than its whole (an error).
  const b = i % 97 === 0 ? total - a + 30 : total - a;
  const extra = i % 500 === 499 ? `\n\nLe volet ${i} de ${a} M€, dont ${a + 50} M€ pour l’ANSSI.` : '';
  return `# Brief ${i}\n\nLe programme ${i} est doté de ${total} M€, dont ${a} M€ pour la recherche et ${b} M€ pour France 2030.${extra}\n`;
}

describe('CLI on a folder of thousands of files', function () {
  this.timeout(60000);
  let tmp: ReturnType<typeof tempFolder>;
  const expectedOrder: string[] = [];

  before(() => {
    tmp = tempFolder('folder');
    // Three sub-folders, written in shuffled order; the walk must sort them.
    const names: string[] = [];
    for (let i = 0; i < FILES; i++) names.push(path.join(['zeta', 'alpha', 'mid/deep'][i % 3], `brief-${String(i).padStart(5, '0')}.${i % 10 === 0 ? 'txt' : 'md'}`));
    for (let i = names.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [names[i], names[j]] = [names[j], names[i]];
    }
    for (const n of names) tmp.file(n, brief(Number(/(\d+)\./.exec(n)![1])));
    // Skipped: other extensions, hidden folders, node_modules.
    tmp.file('alpha/notes.docx', 'Le programme est doté de 5 M€.');
    tmp.file('.hidden/brief.md', 'Le programme est doté de 5 M€.');
    tmp.file('node_modules/pkg/README.md', 'Le programme est doté de 5 M€.');
    const ordered = (folder: string) =>
      names
        .filter((n) => path.dirname(n) === folder)
        .map((n) => path.join(tmp.dir, n))
        .sort();
    expectedOrder.push(...ordered('alpha'), ...ordered(path.join('mid', 'deep')), ...ordered('zeta'));
  });
  after(() => tmp.remove());

  let parallel: Awaited<ReturnType<typeof runCli>>;

  it('reports every file once, in sorted depth-first order, as valid JSON', async () => {
    parallel = await runCli(['analyze', '--format', 'json', tmp.dir], { timeoutMs: 45000 });
    assert.equal(parallel.stderr, '');
    const reports = JSON.parse(parallel.stdout) as Report[];
    assert.equal(reports.length, FILES);
    assert.deepEqual(
      reports.map((r) => r.file),
      expectedOrder,
    );
    for (const r of reports) {
      const i = Number(/(\d+)\.(md|txt)$/.exec(r.file)![1]);
      assert.equal(r.amounts[0].value, (100 + (i % 50)) * 1e6, r.file);
      assert.equal(r.diagnostics.some((d) => d.code === 'sum-mismatch'), i % 97 === 0, `${r.file}: ${JSON.stringify(r.diagnostics)}`);
    }
    assert.equal(parallel.status, 1, 'some briefs hold a part larger than its whole');
  });

  it('gives the same output on every run', async () => {
    const again = await runCli(['analyze', '--format', 'json', tmp.dir], { timeoutMs: 45000 });
    assert.ok(again.stdout === parallel.stdout, 'two runs differ');
  });

  it('gives the same output with --jobs 1 (no worker threads) and --jobs 3', async () => {
    const single = await runCli(['analyze', '--format', 'json', '--jobs', '1', tmp.dir], { timeoutMs: 45000 });
    assert.equal(single.status, 1);
    assert.ok(single.stdout === parallel.stdout, 'one thread and several threads differ');
    const three = await runCli(['analyze', '--format', 'text', '--jobs', '3', tmp.dir], { timeoutMs: 45000 });
    const lines = three.stdout.trim().split('\n');
    assert.match(lines[lines.length - 1], new RegExp(`^${FILES} file\\(s\\), `));
  });

  it('rejects a --jobs that is not a whole number of at least 1', async () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const run = await runCli(['analyze', '--jobs', bad, tmp.dir]);
      assert.equal(run.status, 2, bad);
      assert.match(run.stderr, /^policy-lens: --jobs needs a whole number/);
    }
  });
});
