// The CLI on a hostile file system: devices, FIFOs and symbolic links named
// like briefs, files far larger than the size limit, files it may not read,
// names that are not UTF-8 or that hold line breaks and terminal escapes, and
// a reader that stops reading. Each is reported (or read up to the limit) and
// the run goes on; nothing hangs, crashes or forges a line of output.

import { strict as assert } from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLI, Report, runCli, tempFolder } from './helpers';

/** Tests may run as root, for whom chmod 000 does not stop reads. */
function permissionsApply(dir: string): boolean {
  const probe = path.join(dir, 'probe-permissions');
  fs.writeFileSync(probe, 'x');
  fs.chmodSync(probe, 0o000);
  try {
    fs.readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    fs.chmodSync(probe, 0o600);
    fs.rmSync(probe);
  }
}

const BRIEF = 'Le plan de 10 M€, dont 6 M€ et 6 M€.\n';

describe('CLI on a hostile file system', function () {
  this.timeout(60000);
  let tmp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    tmp = tempFolder('hostile');
  });
  afterEach(() => {
    // Give back the rights a test took away, and remove names Node cannot spell, so the folder can be removed.
    for (const f of fs.readdirSync(tmp.dir, { encoding: 'buffer' })) {
      const full = Buffer.concat([Buffer.from(tmp.dir + '/'), f]);
      fs.chmodSync(full, 0o700);
      if (!f.equals(Buffer.from(f.toString()))) fs.rmSync(full);
    }
    tmp.remove();
  });

  it('reports a FIFO named like a brief instead of waiting for a writer, and goes on', async () => {
    const fifo = path.join(tmp.dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const brief = tmp.file('brief.md', BRIEF);
    const run = await runCli(['analyze', '--format', 'json', fifo, brief], { timeoutMs: 20000 });
    const reports = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(reports.map((r) => r.file), [fifo, brief]);
    assert.deepEqual(reports[0].diagnostics.map((d) => [d.code, d.severity]), [['not-a-file', 'warning']]);
    assert.match(reports[0].diagnostics[0].message, /named pipe/);
    assert.ok(reports[1].diagnostics.some((d) => d.code === 'sum-mismatch'));
    assert.equal(run.status, 0, run.stderr);
  });

  it('reports a symbolic link to /dev/zero instead of reading it until memory runs out', async () => {
    const link = path.join(tmp.dir, 'zero.md');
    fs.symlinkSync('/dev/zero', link);
    const brief = tmp.file('brief.md', BRIEF);
    const run = await runCli(['analyze', '--format', 'json', link, brief], { timeoutMs: 20000 });
    const reports = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(reports[0].diagnostics.map((d) => d.code), ['not-a-file']);
    assert.match(reports[0].diagnostics[0].message, /device/);
    assert.equal(reports[1].amounts.length, 3);
    assert.equal(run.status, 0, run.stderr);
    if (run.peakRss !== null) assert.ok(run.peakRss < 500 * 1024 ** 2, `peak memory ${(run.peakRss / 1024 ** 2).toFixed(0)} MB`);
  });

  it('reads a 3 GB sparse file up to the limit, with its real size in the notice', async () => {
    // Text past the first 8 KB (a NUL there would make it a binary file), then holes up to 3 GB.
    const file = path.join(tmp.dir, 'sparse.md');
    fs.writeFileSync(file, 'Un paragraphe sans chiffre.\n'.repeat(400) + 'Un budget de 3 M€ pour commencer.\n');
    fs.truncateSync(file, 3 * 1024 ** 3);
    const run = await runCli(['analyze', '--format', 'json', '--max-size', '100000', file], { timeoutMs: 30000 });
    assert.equal(run.status, 0, run.stderr);
    const [r] = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(r.amounts.map((a) => a.value), [3e6]);
    const notice = r.diagnostics.find((d) => d.code === 'size-limit');
    assert.ok(notice, JSON.stringify(r.diagnostics));
    assert.equal(notice.start, 100000);
    assert.match(notice.message, new RegExp(`file has ${3 * 1024 ** 3} bytes`));
    if (run.peakRss !== null) assert.ok(run.peakRss < 500 * 1024 ** 2, `peak memory ${(run.peakRss / 1024 ** 2).toFixed(0)} MB`);
  });

  it('reads standard input up to the limit: /dev/zero on stdin ends', async () => {
    // The CLI itself is the child, so the time limit stops it (through a shell, it would outlive the shell).
    const zero = fs.openSync('/dev/zero', 'r');
    try {
      const run = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'json', '--max-size', '1000', '-'], { stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20000, killSignal: 'SIGKILL' });
      assert.equal(run.status, 0, run.stderr);
      const [r] = JSON.parse(run.stdout) as Report[];
      assert.deepEqual(r.diagnostics.map((d) => d.code), ['not-text'], 'NUL bytes: binary');
    } finally {
      fs.closeSync(zero);
    }
  });

  it('reports a file it may not read and analyses the others, ending with the I/O status', async function () {
    if (!permissionsApply(tmp.dir)) this.skip(); // as root, chmod 000 does not stop reads
    const locked = tmp.file('b-locked.md', BRIEF);
    fs.chmodSync(locked, 0o000);
    tmp.file('a.md', BRIEF);
    tmp.file('c.md', BRIEF);
    const run = await runCli(['analyze', '--format', 'json', tmp.dir]);
    const reports = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(reports.map((r) => path.basename(r.file)), ['a.md', 'b-locked.md', 'c.md']);
    assert.deepEqual(reports[1].diagnostics.map((d) => d.code), ['unreadable']);
    assert.equal(reports[2].amounts.length, 3);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /b-locked\.md: could not be read/);
  });

  it('reports a glossary it may not read, and still analyses the briefs', async function () {
    if (!permissionsApply(tmp.dir)) this.skip();
    const glossary = tmp.file('locked.glossary.md', '## Pass Numérique\n- kind: programme\n');
    fs.chmodSync(glossary, 0o000);
    const brief = tmp.file('brief.md', BRIEF);
    const run = await runCli(['analyze', '--format', 'json', glossary, brief]);
    const reports = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(reports.map((r) => r.file), [glossary, brief]);
    assert.deepEqual(reports[0].diagnostics.map((d) => d.code), ['unreadable']);
    assert.equal(reports[1].amounts.length, 3);
    assert.equal(run.status, 2);
  });

  it('reports a file whose name is not UTF-8, and analyses the others', async () => {
    const raw = Buffer.concat([Buffer.from(tmp.dir + '/'), Buffer.from([0x62, 0xe9, 0xff]), Buffer.from('.md')]); // « bé » in Latin-1, and a byte no text has
    fs.writeFileSync(raw, BRIEF);
    tmp.file('a.md', BRIEF);
    tmp.file('z.md', BRIEF);
    const run = await runCli(['analyze', '--format', 'json', tmp.dir]);
    assert.equal(run.status, 0, run.stderr);
    const reports = JSON.parse(run.stdout) as Report[];
    const named = reports.find((r) => r.diagnostics.some((d) => d.code === 'file-name-not-utf8'));
    assert.ok(named, JSON.stringify(reports.map((r) => [r.file, r.diagnostics.map((d) => d.code)])));
    assert.deepEqual(
      reports.filter((r) => r !== named).map((r) => [path.basename(r.file), r.amounts.length]),
      [
        ['a.md', 3],
        ['z.md', 3],
      ],
    );
  });

  it('a glossary entry « kind: constructor » is an unknown kind, not a reason for the worker threads to fail', async () => {
    // Plain-object lookups once turned « constructor » into Object's constructor, which no worker could receive.
    tmp.file('team.glossary.md', '## Pass Numérique Local\n- kind: constructor\n- __proto__: programme\n- toString: x\n- variants: PNL\n');
    // One amount in every brief: different ones would add cross-file conflict reports.
    for (let i = 0; i < 6; i++) tmp.file(`brief${i}.md`, `Le PNL reçoit 3 M€ (brief ${i}).\n`);
    const run = await runCli(['analyze', '--format', 'json', '--jobs', '2', tmp.dir]);
    assert.equal(run.status, 0, run.stderr);
    const reports = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(
      reports[0].diagnostics.map((d) => d.code),
      ['glossary-unknown-kind', 'glossary-unknown-field', 'glossary-unknown-field'],
    );
    assert.equal(reports.length, 7);
    for (const r of reports.slice(1)) assert.deepEqual(r.entities.map((e) => e.canonical), ['Pass Numérique Local'], r.file);
  });

  it('reads a glossary whose heading or variants hold a run of 200 000 spaces in linear time', async () => {
    const spaces = ' '.repeat(200_000);
    const glossary = tmp.file('long.glossary.md', `## Terme${spaces}\n- variants: «${spaces}TN${spaces};${spaces}x\n## ${spaces}#\n## Autre${spaces}#${spaces}#\n`);
    const brief = tmp.file('brief.md', 'Le TN reçoit 3 M€.\n');
    const run = await runCli(['analyze', '--format', 'json', glossary, brief], { timeoutMs: 30000 });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.ms < 10000, `${Math.round(run.ms)} ms`);
    const reports = JSON.parse(run.stdout) as Report[];
    assert.deepEqual(reports[1].entities.map((e) => e.canonical), ['Terme']);
  });

  it('escapes line breaks and terminal escapes of file names in text output', async () => {
    const evil = tmp.file('evil\nforged.md:1:1 error sum-mismatch \u001b[31mfake.md', BRIEF);
    const run = await runCli(['analyze', evil]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n').filter(Boolean);
    assert.equal(lines.length, 2, run.stdout); // the diagnostic and the summary, nothing forged
    assert.ok(lines[0].includes('evil\\x0aforged.md:1:1 error sum-mismatch \\x1b[31mfake.md:1:'), lines[0]);
    assert.ok(!run.stdout.includes('\u001b'), 'no escape character reaches the terminal');
  });

  it('caps --jobs, saying so', async () => {
    for (let i = 0; i < 20; i++) tmp.file(`b${i}.md`, BRIEF);
    const run = await runCli(['analyze', '--jobs', '100000', tmp.dir], { timeoutMs: 40000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /--jobs 100000 is more than 16; using 16/);
    assert.match(run.stdout, /20 file\(s\)/);
  });

  it('stops quietly when the reader of its output goes away', async () => {
    for (let i = 0; i < 300; i++) tmp.file(`b${String(i).padStart(3, '0')}.md`, BRIEF.repeat(20));
    // As « | head -n 1 » does: read the first line, then close the pipe.
    const child = spawn(process.execPath, [CLI, 'analyze', '--jobs', '1', tmp.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 40000);
    await new Promise<void>((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += String(d);
        if (out.includes('\n')) {
          child.stdout.destroy();
          resolve();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    clearTimeout(timer);
    assert.equal(stderr, '', 'no stack trace');
    assert.equal(code, 2);
  });
});
