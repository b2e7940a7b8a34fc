// Editor-side latencies, measured through the real server over stdio:
// start to first diagnostics, edit to republished diagnostics on a 1 MB
// document, and hover / definition response times (on figures and names, and
// on plain positions). `settings` is what the client answers for the
// `policyLens` section (e.g. { debounceMs: 0 } to leave the pause out);
// `nodeArgs` go to the server's node (e.g. ['--cpu-prof'] to profile it).

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { frenchCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');

function startServer(settings = {}, nodeArgs = []) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.on('error', () => undefined);
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].test(p)) waiters.splice(i, 1)[0].resolve(p);
    }
  });
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('$/progress', () => undefined);
  conn.listen();
  const diagnostics = (test) => new Promise((resolve) => waiters.push({ test, resolve }));
  const stop = async () => {
    await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
    await conn.sendNotification('exit').catch(() => undefined);
    await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 1000))]);
    conn.dispose();
    if (child.exitCode === null) child.kill();
  };
  return { t0, conn, diagnostics, stop, pid: child.pid };
}

async function initialize(conn) {
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  conn.sendNotification('initialized', {});
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function startToFirstDiagnostics(runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const s = startServer();
    await initialize(s.conn);
    const uri = 'file:///start.md';
    const got = s.diagnostics((p) => p.uri === uri);
    s.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: 'Une enveloppe d’1,8 milliard d’euros, dont 667 millions pour l’État.\n' },
    });
    await got;
    times.push(performance.now() - s.t0);
    await s.stop();
  }
  return { medianMs: percentile(times, 50), maxMs: Math.max(...times) };
}

export async function editAndHover({ bytes = 1_000_000, edits = 30, hovers = 2000, settings = {}, nodeArgs = [] } = {}) {
  const s = startServer(settings, nodeArgs);
  await initialize(s.conn);
  const text = frenchCorpus(bytes, 7);
  const uri = 'file:///big.md';
  let got = s.diagnostics((p) => p.uri === uri);
  const openStart = performance.now();
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await got;
  const openMs = performance.now() - openStart;

  // Edits in the middle of the document: each is a keystroke followed by a pause.
  const lines = text.split('\n');
  const editTimes = [];
  for (let v = 2; v < edits + 2; v++) {
    const line = Math.floor((lines.length * (v - 1)) / (edits + 2));
    got = s.diagnostics((p) => p.uri === uri && p.version === v);
    const t = performance.now();
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }],
    });
    await got;
    editTimes.push(performance.now() - t);
  }

  // Hovers and definitions on a stable version: half on names and figures, half at plain positions spread over the document.
  const positions = [];
  const targets = ['France 2030', 'PIA4', 'SecNumCloud', 'ANSSI', 'RGPD', 'cloud de confiance', 'M€', 'millions d’euros', ' %'];
  for (let i = 0; positions.length < hovers / 2 && i < lines.length * 4; i++) {
    const line = (i * 7919) % lines.length;
    const target = targets[i % targets.length];
    const at = lines[line].indexOf(target);
    if (at >= 0) positions.push({ line, character: Math.max(0, at + (target.startsWith(' ') || target.endsWith('€') ? -1 : 1)) });
  }
  for (let i = 0; positions.length < hovers; i++) {
    const line = Math.floor((lines.length * i) / hovers);
    positions.push({ line, character: Math.min(lines[line].length, 20) });
  }
  const time = async (method) => {
    const times = [];
    let answered = 0;
    for (const position of positions) {
      const t = performance.now();
      const r = await s.conn.sendRequest(method, { textDocument: { uri }, position });
      times.push(performance.now() - t);
      if (r && (!Array.isArray(r) || r.length)) answered++;
    }
    return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: Math.max(...times), requests: times.length, answered };
  };
  const hover = await time('textDocument/hover');
  const definition = await time('textDocument/definition').catch(() => null);
  await s.stop();
  return {
    bytes: Buffer.byteLength(text),
    openMs,
    edit: { medianMs: percentile(editTimes, 50), p95Ms: percentile(editTimes, 95), minMs: Math.min(...editTimes) },
    hover,
    definition,
  };
}

/** VmRSS and VmHWM of a process, in bytes; nulls without /proc. */
function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => {
      const m = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status);
      return m ? Number(m[1]) * 1024 : null;
    };
    return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') };
  } catch {
    return { rssBytes: null, peakRssBytes: null };
  }
}

/**
 * A big document edited many times: `edits` keystrokes spread over a
 * `bytes` document, each waited for (republished diagnostics), then the
 * server's resident memory (VmRSS) and its peak (VmHWM).
 */
export async function editsMemory({ bytes = 5_000_000, edits = 100, settings = { debounceMs: 0 } } = {}) {
  const s = startServer(settings);
  await initialize(s.conn);
  const text = frenchCorpus(bytes, 11);
  const uri = 'file:///huge.md';
  let got = s.diagnostics((p) => p.uri === uri);
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await got;
  const afterOpen = memoryOf(s.pid);
  const lines = text.split('\n');
  const t0 = performance.now();
  for (let v = 2; v < edits + 2; v++) {
    const line = Math.floor((lines.length * (((v - 1) * 37) % (edits + 1))) / (edits + 2));
    got = s.diagnostics((p) => p.uri === uri && p.version === v);
    s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
    });
    await got;
  }
  const editsMs = performance.now() - t0;
  const after = memoryOf(s.pid);
  await s.stop();
  return { bytes: Buffer.byteLength(text), edits, editsMs, afterOpen, ...after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ start: await startToFirstDiagnostics(), editor: await editAndHover() }, null, 2));
}
