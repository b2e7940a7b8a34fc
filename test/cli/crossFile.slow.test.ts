// Figure conflicts across the files of one CLI run: every file's own report
// first, then one more entry (`acrossFiles`) per file whose amount for a name
// another file contradicts.

import { strict as assert } from 'assert';
import { Report, runCli, tempFolder } from './helpers';

describe('CLI: figure conflicts across files', function () {
  this.timeout(30000);
  let tmp: ReturnType<typeof tempFolder>;

  before(() => {
    tmp = tempFolder('cross');
    tmp.file('a.md', 'Le PIA4, doté de 20 Md€, soutient l’innovation.\n');
    tmp.file('sub/b.md', '# B\n\nLes 12 Md€ du PIA4 financent les start-up.\n');
    tmp.file('c.md', 'Le PIA4 (20 milliards d’euros) finance l’innovation.\n');
    tmp.file('d.md', 'France 2030, doté de 54 Md€, suit.\n');
    tmp.file('e.md', '<!-- policy-lens-disable figure-conflict -->\nLe PIA4, doté de 30 Md€, finance.\n');
  });
  after(() => tmp.remove());

  it('lists each contradicted amount with the file that contradicts it, after every file of the run', async () => {
    const r = await runCli(['analyze', '--format', 'json', tmp.dir], { cwd: tmp.dir });
    assert.equal(r.status, 0, r.stderr);
    const reports = JSON.parse(r.stdout) as Report[];
    const own = reports.filter((x) => !x.acrossFiles);
    const across = reports.filter((x) => x.acrossFiles);
    assert.equal(own.length, 5);
    assert.deepEqual(reports.slice(0, 5), own, 'the extra entries come last');
    // e.md is silenced by its comment, d.md names another programme; e.md's 30 Md€ still counts against the others.
    // Files come in the order of the run (files of a folder before its sub-folders), and so do the related places.
    assert.deepEqual(across.map((x) => x.file.slice(tmp.dir.length + 1)), ['a.md', 'c.md', 'sub/b.md']);
    const a = across[0].diagnostics;
    assert.equal(a.length, 1);
    assert.equal(a[0].code, 'figure-conflict');
    assert.equal(a[0].severity, 'warning');
    assert.deepEqual(a[0].range, { start: { line: 0, character: 17 }, end: { line: 0, character: 23 } });
    assert.deepEqual(
      a[0].related!.map((x) => [x.file.slice(tmp.dir.length + 1), x.range.start.line, x.range.start.character]),
      [
        ['e.md', 1, 17],
        ['sub/b.md', 2, 4],
      ],
    );
    assert.match(a[0].message, /^PIA 4 is given 20 Md€ here but 30 Md€ in .*e\.md \(other files that disagree: 1\)\.$/);
    assert.deepEqual(across[0].amounts, []);
  });

  it('prints them as compiler lines, counted in the summary but not as files', async () => {
    const r = await runCli(['analyze', tmp.dir]);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.filter((l) => / warning figure-conflict /.test(l)).length, 3, r.stdout);
    assert.match(lines[lines.length - 1], /^5 file\(s\), 5 amount\(s\): 0 error\(s\), 3 warning\(s\)/);
  });

  it('gives the same answer on one thread as on every core, and none when the code is disabled', async () => {
    const parallel = await runCli(['analyze', '--format', 'json', tmp.dir]);
    const single = await runCli(['analyze', '--format', 'json', '--jobs', '1', tmp.dir]);
    assert.equal(single.stdout, parallel.stdout);
    const off = JSON.parse((await runCli(['analyze', '--format', 'json', '--disable', 'figure-conflict', tmp.dir])).stdout) as Report[];
    assert.equal(off.filter((x) => x.acrossFiles).length, 0);
  });

  it('needs two files: one file alone, or standard input, gets no such entry', async () => {
    const one = JSON.parse((await runCli(['analyze', '--format', 'json', tmp.dir + '/a.md'])).stdout) as Report[];
    assert.equal(one.length, 1);
    const stdin = JSON.parse((await runCli(['analyze', '--format', 'json', '-'], { input: 'Le PIA4, doté de 12 Md€, finance.\n' })).stdout) as Report[];
    assert.equal(stdin.length, 1);
  });

  it('links at most twenty other files from one warning, and counts the rest', async () => {
    const many = tempFolder('cross-many');
    try {
      for (let i = 1; i <= 25; i++) many.file(`n${String(i).padStart(2, '0')}.md`, `Le PIA4, doté de ${i * 10} Md€, finance.\n`);
      const reports = (JSON.parse((await runCli(['analyze', '--format', 'json', many.dir])).stdout) as Report[]).filter((x) => x.acrossFiles);
      assert.equal(reports.length, 25);
      const [d] = reports[0].diagnostics;
      assert.equal(d.related!.length, 20);
      assert.match(d.message, /\(other files that disagree: 23\)/);
    } finally {
      many.remove();
    }
  });
});
