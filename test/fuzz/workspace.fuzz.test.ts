// Hostile workspaces, built in a temporary folder from a random pick of
// hostile items: links to /dev/zero and /dev/urandom, FIFOs and sockets named
// like briefs, a 3 GB sparse file, broken and looping links, a link back to the
// folder itself, files and folders nobody may read (when not root: root reads
// them anyway, and that sub-case is left out), names that are not UTF-8 or
// hold line breaks and terminal escapes, glossaries huge or malicious. Next to
// them, always, one plain brief and one plain glossary whose results are known.
//
// On each workspace, the CLI analyses the folder and the server indexes it,
// analyses it on request and receives file-watcher events for every hostile
// item. Both must end in time, within bounded memory, with the plain brief's
// results unchanged and every hostile item either reported or skipped.

import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { Hover, Location } from 'vscode-languageserver-protocol';
import { Report, runCli } from '../cli/helpers';
import { TestClient, positionOf } from '../helpers/lspClient';
import { SEED, failures, record } from './tally';
import { Requests, type AnalyzeWorkspaceResult } from '../../shared/protocol';

/**
 * Memory is bounded by the limits, not by the input: a file is read up to
 * 20 MB of text (60 MB of bytes), and one analysis of 20 MB takes about
 * 700 MB; the server may hold one on its main thread (a file-watcher event)
 * while two worker threads index two others.
 */
const MEMORY_LIMIT = 3 * 1024 ** 3;

const PLAIN_BRIEF = 'Le Pass Numérique Local reçoit 12 M€, dont 5 M€ et 9 M€ pour les médiathèques.\n';
const PLAIN_GLOSSARY = '## Pass Numérique Local\n- kind: programme\n- variants: PNL\n';

/** Whether this process's permissions stop reads (not so for root). */
function permissionsApply(dir: string): boolean {
  const probe = path.join(dir, '.probe');
  fs.writeFileSync(probe, 'x');
  fs.chmodSync(probe, 0o000);
  try {
    fs.readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

interface Built {
  /** Things to undo: open sockets. */
  cleanup: (() => void)[];
}

/** `heavy`: read up to the limit (20 MB of text), so only in the run that has every item, to keep the suite short. */
type Item = { name: string; make: (dir: string, built: Built) => void; needsPermissions?: boolean; heavy?: boolean };

const spaces = ' '.repeat(100_000);

const ITEMS: Item[] = [
  { name: 'link to /dev/zero', make: (d) => fs.symlinkSync('/dev/zero', path.join(d, 'zero.md')) },
  { name: 'link to /dev/urandom', make: (d) => fs.symlinkSync('/dev/urandom', path.join(d, 'random.glossary.md')) },
  { name: 'FIFO', make: (d) => execFileSync('mkfifo', [path.join(d, 'pipe.md')]) },
  {
    name: 'socket',
    make: (d, built) => {
      const server = net.createServer().listen(path.join(d, 'socket.md'));
      built.cleanup.push(() => server.close());
    },
  },
  {
    name: '3 GB sparse file',
    heavy: true,
    make: (d) => {
      const f = path.join(d, 'sparse.md');
      fs.writeFileSync(f, 'Un paragraphe.\n'.repeat(800) + 'Le plan de 3 M€.\n');
      fs.truncateSync(f, 3 * 1024 ** 3);
    },
  },
  { name: 'broken link', make: (d) => fs.symlinkSync(path.join(d, 'nowhere.md'), path.join(d, 'broken.md')) },
  { name: 'link loop', make: (d) => fs.symlinkSync(path.join(d, 'loop.md'), path.join(d, 'loop.md')) },
  { name: 'link to its own folder', make: (d) => fs.symlinkSync(d, path.join(d, 'again')) },
  {
    name: 'unreadable file',
    needsPermissions: true,
    make: (d) => {
      fs.writeFileSync(path.join(d, 'locked.md'), PLAIN_BRIEF);
      fs.chmodSync(path.join(d, 'locked.md'), 0o000);
    },
  },
  {
    name: 'unreadable folder',
    needsPermissions: true,
    make: (d) => {
      fs.mkdirSync(path.join(d, 'closed'));
      fs.writeFileSync(path.join(d, 'closed', 'inside.md'), PLAIN_BRIEF);
      fs.chmodSync(path.join(d, 'closed'), 0o000);
    },
  },
  {
    name: 'unreadable glossary',
    needsPermissions: true,
    make: (d) => {
      fs.writeFileSync(path.join(d, 'locked.glossary.md'), PLAIN_GLOSSARY);
      fs.chmodSync(path.join(d, 'locked.glossary.md'), 0o000);
    },
  },
  { name: 'name not UTF-8', make: (d) => fs.writeFileSync(Buffer.concat([Buffer.from(d + '/'), Buffer.from([0x62, 0xe9, 0xff, 0x2e, 0x6d, 0x64])]), PLAIN_BRIEF) },
  { name: 'name with a line break and an escape', make: (d) => fs.writeFileSync(path.join(d, 'a\nb:1:1 error x \u001b[2J.md'), PLAIN_BRIEF) },
  { name: 'name of 250 characters', make: (d) => fs.writeFileSync(path.join(d, 'é'.repeat(120) + '.md'), PLAIN_BRIEF) },
  { name: 'name with %2F and #', make: (d) => fs.writeFileSync(path.join(d, 'a%2Fb #1?.md'), PLAIN_BRIEF) },
  { name: 'binary brief', make: (d) => fs.writeFileSync(path.join(d, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])) },
  { name: 'invalid UTF-8 brief', make: (d) => fs.writeFileSync(path.join(d, 'latin1.txt'), Buffer.from('Budget : 3 M\x80 en 2024.\n', 'latin1')) },
  { name: '1 MB of figures', make: (d) => fs.writeFileSync(path.join(d, 'figures.md'), '1 M€ '.repeat(200_000)) },
  {
    name: 'glossary of 12 000 entries',
    make: (d) => {
      const parts: string[] = [];
      for (let i = 0; i < 12_000; i++) parts.push(`## Terme ${i}\n- kind: label\n`);
      fs.writeFileSync(path.join(d, 'huge.glossary.md'), parts.join(''));
    },
  },
  {
    name: 'glossary against the lookups',
    make: (d) =>
      fs.writeFileSync(
        path.join(d, 'proto.glossary.md'),
        '## Objet\n- kind: constructor\n- __proto__: x\n- toString: y\n- hasOwnProperty: z\n## constructor\n- kind: __proto__\n## __proto__\n- id: __proto__\n- kind: label\n',
      ),
  },
  {
    name: 'glossary with long runs of spaces',
    make: (d) => fs.writeFileSync(path.join(d, 'spaces.glossary.md'), `## Terme${spaces}#\n- variants: «${spaces};${spaces}»\n## ${spaces}\n`),
  },
  {
    name: 'glossary with HTML and links',
    make: (d) =>
      fs.writeFileSync(
        path.join(d, 'html.glossary.md'),
        '## Zorglub <img src=x onerror=alert(1)>\n- kind: programme\n- body: [x](command:workbench.action.terminal.new)\n- link: https://a.example/x)[y](command:z)\n\n![p](https://t.example/p.png) <script>alert(1)</script>\n',
      ),
  },
];

/** Gives rights back and removes what Node cannot name, so the folder can go. */
function remove(dir: string): void {
  const walk = (d: Buffer) => {
    let names: Buffer[] = [];
    try {
      fs.chmodSync(d, 0o700);
      names = fs.readdirSync(d, { encoding: 'buffer' });
    } catch {
      return;
    }
    for (const n of names) {
      const full = Buffer.concat([d, Buffer.from('/'), n]);
      const st = fs.lstatSync(full);
      if (st.isDirectory()) walk(full);
      else if (!st.isSymbolicLink()) fs.chmodSync(full, 0o600);
    }
  };
  walk(Buffer.from(dir));
  execFileSync('rm', ['-rf', dir]);
}

async function closeServer(client: TestClient): Promise<void> {
  const done = new Promise((r) => (client.process.exitCode === null && client.process.signalCode === null ? client.process.once('exit', r) : r(null)));
  await client.close();
  await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
}

function peakRss(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

describe('fuzz: hostile workspaces', function () {
  this.timeout(900_000);

  it('the CLI and the server get through every workspace, in time and memory, with the plain results unchanged', async () => {
    const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-probe-'));
    const permissions = permissionsApply(probe);
    fs.rmSync(probe, { recursive: true, force: true });
    const usable = ITEMS.filter((i) => permissions || !i.needsPermissions);
    const picks = fc.sample(fc.subarray(usable.filter((i) => !i.heavy), { minLength: 4, maxLength: 10 }), { seed: SEED, numRuns: 5 });
    // Every item at least once, whatever the seed.
    picks.push(usable);
    for (const items of picks) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-fuzz-ws-'));
      const built: Built = { cleanup: [] };
      const label = items.map((i) => i.name).join(', ');
      try {
        fs.writeFileSync(path.join(dir, 'brief.md'), PLAIN_BRIEF);
        fs.writeFileSync(path.join(dir, 'team.glossary.md'), PLAIN_GLOSSARY);
        for (const item of items) item.make(dir, built);
        await cliRun(dir, label);
        await serverRun(dir, items, label);
      } finally {
        for (const c of built.cleanup) c();
        remove(dir);
      }
    }
    const areas = ['workspace: CLI ends in time', 'workspace: CLI output', 'workspace: CLI memory', 'workspace: server ends in time', 'workspace: server answers', 'workspace: server memory'];
    assert.deepEqual(areas.flatMap(failures), []);
  });
});

async function cliRun(dir: string, label: string): Promise<void> {
  let run;
  try {
    run = await runCli(['analyze', '--format', 'json', dir], { timeoutMs: 120_000 });
  } catch (err) {
    record('workspace: CLI ends in time', `[${label}] ${String(err)}`);
    return;
  }
  record('workspace: CLI ends in time', null);
  let failure: string | null = null;
  try {
    if (run.status !== 0 && run.status !== 1 && run.status !== 2) failure = `exit status ${run.status}`;
    else if (/internal error|at .*\(.*:\d+:\d+\)/.test(run.stderr)) failure = `stderr: ${run.stderr}`;
    else {
      const reports = JSON.parse(run.stdout) as Report[];
      const brief = reports.find((r) => r.file === path.join(dir, 'brief.md'));
      if (!brief) failure = 'no report for brief.md';
      else if (!brief.entities.some((e) => e.canonical === 'Pass Numérique Local')) failure = `brief.md lost its glossary name: ${JSON.stringify(brief.entities)}`;
      else if (!brief.diagnostics.some((d) => d.code === 'sum-mismatch')) failure = `brief.md lost its sum check: ${JSON.stringify(brief.diagnostics)}`;
      else if (run.status === 2 && !reports.some((r) => r.diagnostics.some((d) => d.code === 'unreadable'))) failure = 'exit 2 with no unreadable file reported';
    }
  } catch (err) {
    failure = `output is not JSON: ${String(err)}: ${run.stdout.slice(0, 200)}`;
  }
  record('workspace: CLI output', failure === null ? null : `[${label}] ${failure}`);
  record('workspace: CLI memory', run.peakRss === null || run.peakRss < MEMORY_LIMIT ? null : `[${label}] CLI peak ${(run.peakRss / 1024 ** 2).toFixed(0)} MB`);
  if (process.env.FUZZ_VERBOSE) process.stdout.write(`    CLI ${Math.round(run.ms)} ms, ${((run.peakRss ?? 0) / 1024 ** 2).toFixed(0)} MB: ${label}\n`);
}

async function serverRun(dir: string, items: Item[], label: string): Promise<void> {
  const client = new TestClient({ locale: 'fr', rootUri: pathToFileURL(dir).toString() });
  const t0 = performance.now();
  try {
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'open.md')).toString();
    const text = 'Le PNL est cité ici. Le plan de 10 M€, dont 6 M€ et 6 M€.\n';
    await client.open(uri, text);
    // Every hostile file reported changed, as a file watcher would.
    const changes = fs.readdirSync(dir).map((n) => ({ uri: pathToFileURL(path.join(dir, n)).toString(), type: 2 }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    const result = await Promise.race([
      client.request<AnalyzeWorkspaceResult>(Requests.analyzeWorkspace, {}),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('analyzeWorkspace did not finish within 120 s')), 120_000)),
    ]);
    record('workspace: server ends in time', null);
    let failure: string | null = null;
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, text.indexOf('PNL') + 1) });
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(text, text.indexOf('PNL') + 1), context: { includeDeclaration: true } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('workspace/symbol', { query: '' });
    if (!hover || !JSON.stringify(hover).includes('Pass Numérique Local')) failure = `hover on PNL: ${JSON.stringify(hover)}`;
    else if (!refs.some((r) => r.uri === pathToFileURL(path.join(dir, 'brief.md')).toString())) failure = `references miss brief.md: ${JSON.stringify(refs.map((r) => r.uri))}`;
    else if (result.files < 2) failure = `analyzeWorkspace saw ${result.files} files`;
    else if (client.process.exitCode !== null) failure = `the server stopped (${client.process.exitCode})`;
    else if (/Unexpected error|RangeError|TypeError/.test(client.stderr)) failure = `stderr: ${client.stderr.slice(0, 400)}`;
    record('workspace: server answers', failure === null ? null : `[${label}] ${failure}`);
    const peak = peakRss(client.process.pid!);
    record('workspace: server memory', peak < MEMORY_LIMIT ? null : `[${label}] server peak ${(peak / 1024 ** 2).toFixed(0)} MB`);
    if (process.env.FUZZ_VERBOSE) process.stdout.write(`    server ${Math.round(performance.now() - t0)} ms, ${(peak / 1024 ** 2).toFixed(0)} MB\n`);
  } catch (err) {
    record('workspace: server ends in time', `[${label}] ${String(err)} after ${Math.round(performance.now() - t0)} ms; stderr ${client.stderr.slice(0, 300)}`);
  } finally {
    await closeServer(client);
  }
  void items;
}
