// What a user running the CLI waits for: `node dist/cli.js analyze --format json`
// as a whole process, on figure-dense French generated here (1 MB and 10 MB,
// bench/figures.mjs's grammar with a new seed per size), with start-up
// subtracted (the same command on an empty file, runs interleaved so both
// see the same load), against the peer (Recognizers-Text, French currency
// model) on a slice of the same text in the same run; peak RSS of each run;
// and the heap a finished analysis keeps per input byte.
//
//   node bench/process.mjs [--quick]
//   import { benchProcess } from './process.mjs'
//
// Times are CPU time of the CLI process (user + system, all threads, from
// process.resourceUsage() at exit), which a loaded machine inflates much less
// than wall time; wall time is reported beside it.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateText, peerCurrencyParser } from './figures.mjs';
import { cliOnFolder } from './workspace.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

/** One CLI run on `args`; JSON output counted, not kept. Returns { ms, cpuMs, peakRssBytes, outputBytes }. */
export function runCli(args, nodeArgs = []) {
  // The folder bench's runner takes any paths: its last argument is only put after the options.
  return cliOnFolder(args[args.length - 1], args.slice(0, -1), nodeArgs);
}

/** Bytes per second of the peer on paragraphs of `text` up to `maxBytes`, its model built beforehand (its start-up left out, as ours is). */
export function peerRate(text, maxBytes) {
  const parse = peerCurrencyParser();
  if (!parse) return null;
  const paragraphs = [];
  let size = 0;
  for (const p of text.split('\n\n')) {
    if (size >= maxBytes) break;
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let found = 0;
  for (const p of paragraphs) found += parse(p).length;
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  return { bytes: size, ms, cpuMs, bytesPerSec: size / (cpuMs / 1000), found };
}

/** Heap kept by a finished analysis of `file`, per input byte, measured in a child with --expose-gc. */
export async function retainedHeap(file) {
  const esbuild = await import('esbuild');
  const entry = path.join(os.tmpdir(), `policy-lens-heap-entry-${process.pid}.ts`);
  const outfile = path.join(os.tmpdir(), `policy-lens-heap-${process.pid}.cjs`);
  fs.writeFileSync(entry, `export { analyze } from ${JSON.stringify(path.join(ROOT, 'server/src/core/analysis').split(path.sep).join('/'))};\n`);
  try {
    await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', loader: { '.json': 'json' } });
    const script = `
      const m = require(${JSON.stringify(outfile)});
      const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
      m.analyze('Le budget est de 3 M€.');
      gc(); gc();
      const h0 = process.memoryUsage().heapUsed;
      let a = m.analyze(text);
      // Every list read, as the CLI's report reads them.
      let n = a.amounts.length + a.percentages.length + a.entities.length + a.checks.length + a.diagnostics.length + a.claims.length + a.structure.sentences.length;
      gc(); gc();
      const h1 = process.memoryUsage().heapUsed;
      process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), retained: h1 - h0, n }));
    `;
    const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(r.stderr);
    const { bytes, retained } = JSON.parse(r.stdout);
    return { bytes, retainedBytes: retained, perByte: retained / bytes };
  } finally {
    fs.rmSync(entry, { force: true });
    fs.rmSync(outfile, { force: true });
  }
}

/**
 * Returns { startup, one, ten, peer, ratio, heap } with, for each size, the
 * medians of the runs and the start-up-subtracted rates (MB/s, 1e6 bytes).
 */
export async function benchProcess({ quick = false, runs = quick ? 3 : 7, tenRuns = quick ? 1 : 3, peerBytes = quick ? 8 * 1024 : 32 * 1024, ten = true } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-bench-process-'));
  try {
    const files = { empty: path.join(dir, 'empty.md'), one: path.join(dir, 'dense-1mb.md'), ten: path.join(dir, 'dense-10mb.md') };
    fs.writeFileSync(files.empty, '');
    const oneText = generateText(quick ? 250_000 : 1_000_000, 11);
    fs.writeFileSync(files.one, oneText);
    if (ten) fs.writeFileSync(files.ten, generateText(quick ? 2_500_000 : 10_000_000, 12));
    await runCli([files.empty]); // warm the file cache
    const empty = [];
    const one = [];
    for (let i = 0; i < runs; i++) {
      empty.push(await runCli([files.empty]));
      one.push(await runCli([files.one]));
    }
    const tenRunsOut = [];
    if (ten) for (let i = 0; i < tenRuns; i++) tenRunsOut.push(await runCli([files.ten]));
    const summarize = (rs) => ({
      ms: median(rs.map((r) => r.ms)),
      cpuMs: median(rs.map((r) => r.cpuMs)),
      peakRssBytes: Math.max(...rs.map((r) => r.peakRssBytes)),
      outputBytes: rs[0]?.outputBytes,
    });
    const startup = summarize(empty);
    const rate = (file, s) => {
      const bytes = fs.statSync(file).size;
      const netCpu = Math.max(1, s.cpuMs - startup.cpuMs);
      const netWall = Math.max(1, s.ms - startup.ms);
      return { ...s, bytes, netCpuMs: netCpu, netWallMs: netWall, mbPerSec: bytes / 1e6 / (netCpu / 1000), wallMbPerSec: bytes / 1e6 / (netWall / 1000) };
    };
    const oneR = rate(files.one, summarize(one));
    const tenR = ten ? rate(files.ten, summarize(tenRunsOut)) : null;
    const peer = peerRate(oneText, peerBytes);
    const heap = await retainedHeap(files.one);
    return {
      startup,
      one: oneR,
      ten: tenR,
      peer,
      // Per byte, CPU time against CPU time, each with its start-up left out.
      ratio: peer ? (oneR.bytes / (oneR.netCpuMs / 1000)) / peer.bytesPerSec : null,
      heap,
      amountsPerKb: null,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchProcess({ quick: process.argv.includes('--quick'), ten: !process.argv.includes('--no-ten') });
  console.log(JSON.stringify(r, null, 2));
}
