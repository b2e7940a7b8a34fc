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

  it('a glossary entry « kind: constructor » is an unknown kind, not a reason for the worker threads to fail', async () => {
    // Plain-object lookups once turned « constructor » into Object's constructor, which no worker could receive.
    tmp.file('team.glossary.md', '## Pass Numérique Local\n- kind: constructor\n- __proto__: programme\n- toString: x\n- variants: PNL\n');
    for (let i = 0; i < 6; i++) tmp.file(`brief${i}.md`, `Le PNL reçoit ${i + 1} M€.\n`);
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

});
