// A big workspace: 5 000 generated briefs (about 50 MB) and a glossary in a
// temporary folder. Measures
//   * the language server: from start to the end of its indexing progress
//     ($/progress « end » of the work-done progress it creates), and its peak
//     memory (VmHWM of the process, worker threads included);
//   * the CLI on the same folder, with two worker threads and with --jobs 1.
//
//   node bench/workspace.mjs [files] [megabytes]
//   import { benchWorkspace } from './workspace.mjs'

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { frenchCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const GLOSSARY = `# Glossaire de l’équipe

## Pass Numérique Local
- kind: programme
- variants: PNL
- body: Conseil régional
- amount: 12 M€ — enveloppe annuelle

Chèques donnant accès à des formations au numérique dans les médiathèques.

## Territoires connectés
- kind: plan
- variants: TC
- amount: 45 M€ — 2024-2026

Plan régional de couverture en très haut débit.
`;

/** Writes `files` briefs of varied sizes totalling about `bytes`, in sub-folders of 100, plus a glossary. */
export function makeWorkspace({ files = 5000, bytes = 50_000_000, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-bench-ws-')) } = {}) {
  const mean = bytes / files;
  let total = 0;
  for (let i = 0; i < files; i++) {
    const folder = path.join(dir, `dossier-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(folder, { recursive: true });
    // Sizes from a fifth to 1.8 times the mean, so workers do not finish in lockstep.
    const size = Math.round(0.97 * mean * (0.2 + 1.6 * (((i * 2654435761) >>> 0) / 4294967296)));
    let text = frenchCorpus(size, 1000 + i);
    if (i % 10 === 0) text += '\nLe Pass Numérique Local et le PNL reçoivent 12 M€.\n';
    fs.writeFileSync(path.join(folder, `brief-${String(i).padStart(5, '0')}.md`), text);
    total += Buffer.byteLength(text);
  }
  fs.writeFileSync(path.join(dir, 'equipe.glossary.md'), GLOSSARY);
  return { dir, files, bytes: total };
}

/** The peak resident memory (VmHWM) of a process, in bytes; null without /proc. */
function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Starts the server on the folder and resolves when its index progress ends. */
export async function indexWithServer(dir, { timeoutMs = 120_000, nodeArgs = [] } = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.on('error', () => undefined);
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const tokens = new Set();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakRss(child.pid) ?? 0)), 100);
  let reports = 0;
  let cpuAtEnd = null;
  const ended = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the index was not built within ${timeoutMs} ms`)), timeoutMs);
    conn.onNotification('$/progress', (p) => {
      if (!tokens.has(p.token)) return;
      if (p.value.kind === 'report') reports++;
      if (p.value.kind === 'end') {
        clearTimeout(timer);
        cpuAtEnd = cpuMs(child.pid);
        resolve(performance.now());
      }
    });
  });
  conn.onRequest('window/workDoneProgress/create', (p) => {
    tokens.add(p.token);
    return null;
  });
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.onNotification('textDocument/publishDiagnostics', () => undefined);
  conn.listen();
  const rootUri = pathToFileURL(dir).toString();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
  });
  const tInit = performance.now();
  await conn.sendNotification('initialized', {});
  let endAt;
  try {
    endAt = await ended;
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, peakRss(child.pid) ?? 0);
  // The index answers: a workspace symbol from the glossary and from the briefs.
  const symbols = await conn.sendRequest('workspace/symbol', { query: 'pass numerique' });
  await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
  await conn.sendNotification('exit').catch(() => undefined);
  await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
  conn.dispose();
  if (child.exitCode === null) child.kill();
  return {
    startToIndexedMs: endAt - t0,
    initializedToIndexedMs: endAt - tInit,
    cpuMs: cpuAtEnd,
    peakRssBytes: peak || null,
    progressReports: reports,
    glossarySymbols: symbols.length,
  };
}

/** CPU time (user + system, every thread) a process has used so far, in ms; null without /proc. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** A preload that reports the process's own CPU time and peak memory when it exits (CLI runs end before /proc can be read). */
function usageProbe() {
  const file = path.join(os.tmpdir(), `policy-lens-usage-${process.pid}.cjs`);
  fs.writeFileSync(
    file,
    `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.POLICY_LENS_USAGE_OUT, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssBytes: u.maxRSS * 1024 })); });\n`,
  );
  return file;
}

/** Runs the CLI on the folder (JSON to a counter, not a terminal); returns wall time, CPU time (all threads), peak memory and output size. */
export function cliOnFolder(dir, extraArgs = [], nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const probe = usageProbe();
    const out = `${probe}.json`;
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-r', probe, ...nodeArgs, CLI, 'analyze', '--format', 'json', ...extraArgs, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, POLICY_LENS_USAGE_OUT: out },
    });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (d) => (bytes += d.length));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      let usage = { cpuMs: null, maxRssBytes: null };
      try {
        usage = JSON.parse(fs.readFileSync(out, 'utf8'));
      } catch {
        // No report: the process died before its exit handler.
      }
      fs.rmSync(probe, { force: true });
      fs.rmSync(out, { force: true });
      if (code !== 0 && code !== 1) reject(new Error(`policy-lens exited ${code}: ${stderr}`));
      else resolve({ ms, cpuMs: usage.cpuMs, outputBytes: bytes, status: code, peakRssBytes: usage.maxRssBytes });
    });
  });
}

export async function benchWorkspace({ files = 5000, bytes = 50_000_000, cli = true } = {}) {
  const t0 = performance.now();
  const ws = makeWorkspace({ files, bytes });
  const generateMs = performance.now() - t0;
  try {
    const server = await indexWithServer(ws.dir);
    let parallel = null;
    let single = null;
    if (cli) {
      parallel = await cliOnFolder(ws.dir, ['--jobs', '2']);
      single = await cliOnFolder(ws.dir, ['--jobs', '1']);
    }
    return { files: ws.files, bytes: ws.bytes, generateMs, server, cli: cli ? { parallel, single, speedup: single.ms / parallel.ms } : null };
  } finally {
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = Number(process.argv[2] ?? 5000);
  const mb = Number(process.argv[3] ?? 50);
  const r = await benchWorkspace({ files, bytes: mb * 1e6 });
  console.log(JSON.stringify(r, null, 2));
}
