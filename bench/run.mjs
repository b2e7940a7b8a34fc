// `npm run bench`: every speed measure of the product in one run, each against
// its target (✓/✗) or, where a peer does the same work, as a ratio measured in
// the same run. Prints a Markdown report and writes it to bench/results/latest.md.
//
//   (a) the figure recogniser's throughput, and the ratio to Recognizers-Text (bench/figures.mjs)
//   (b) the whole analysis' throughput on the same text, and an edit's re-analysis against it
//   (c) editor latencies through the real server (bench/lsp.mjs)
//   (d) a 5 000-brief workspace: server indexing time and memory, CLI with 2 workers vs --jobs 1 (bench/workspace.mjs)
//   (e) what a user waits for: the CLI as a whole process on 1 MB and 10 MB of figure-dense
//       French, start-up subtracted, against the peer per byte; peak RSS; heap kept per input byte (bench/process.mjs)
//   (f) the server holding a 5 MB document through 100 edits: resident memory (bench/lsp.mjs)
//
// Options: --quick (smaller runs, for a smoke test), --no-workspace, --no-peer, --no-process.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchFigures, generateText } from './figures.mjs';
import { frenchCorpus } from './corpus.mjs';
import { editAndHover, editsMemory, startToFirstDiagnostics } from './lsp.mjs';
import { benchWorkspace } from './workspace.mjs';
import { benchProcess } from './process.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

const TARGETS = {
  figuresMbPerSec: 20,
  peerRatio: 50,
  startMs: 150,
  editMs: 50,
  hoverP99Ms: 3,
  definitionP99Ms: 5,
  indexMs: 10_000,
  indexRssMb: 300,
  // Issue 16: what a user waits for.
  cliMbPerSec: 8,
  cliPeerRatio: 1000,
  cliTenRssMb: 250,
  workersSpeedup: 1.8,
  serverEditsRssMb: 200,
};

/** analyze() and its stages, bundled from the current source (no compile step, as bench/figures.mjs does). */
async function loadAnalysis() {
  const esbuild = await import('esbuild');
  const entry = path.join(os.tmpdir(), `policy-lens-analysis-entry-${process.pid}.ts`);
  const outfile = path.join(os.tmpdir(), `policy-lens-analysis-${process.pid}.cjs`);
  const src = (p) => JSON.stringify(path.join(ROOT, p).split(path.sep).join('/'));
  fs.writeFileSync(
    entry,
    [
      `export { analyze, Analyzer } from ${src('server/src/core/analysis')};`,
    ].join('\n'),
  );
  try {
    await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', loader: { '.json': 'json' } });
    return require(outfile);
  } finally {
    fs.rmSync(entry, { force: true });
    fs.rmSync(outfile, { force: true });
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median time of analyze() on `text` from scratch. */
function analysisProfile(m, text, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs + 2; i++) {
    // A new string each time: nothing may be reused from the previous run.
    const t = text + ' '.repeat(i + 1);
    const t0 = performance.now();
    result = m.analyze(t);
    times.push(performance.now() - t0);
  }
  const bytes = Buffer.byteLength(text);
  const analyzeMs = median(times.slice(2));
  return { bytes, analyzeMs, mbPerSec: bytes / 1e6 / (analyzeMs / 1000), amounts: result.amounts.length, diagnostics: result.diagnostics.length };
}

/**
 * One Analyzer following keystrokes spread over the text (a space typed at the
 * start of a line), against analyze() from scratch on the same versions: the
 * peer is the whole analysis the server did before it kept chunks.
 */
function incrementalProfile(m, text, edits) {
  const analyzer = new m.Analyzer();
  analyzer.analyze(text);
  const lines = text.split('\n');
  const offsets = [];
  for (let k = 0, at = 0, line = 0; k < edits; k++) {
    const target = Math.floor(((k + 1) * lines.length) / (edits + 2));
    for (; line < target; line++) at += lines[line].length + 1;
    offsets.push(at + k);
  }
  const live = [];
  const scratch = [];
  const reanalysed = [];
  let t = text;
  for (const at of offsets) {
    t = t.slice(0, at) + ' ' + t.slice(at);
    let t0 = performance.now();
    analyzer.analyze(t);
    live.push(performance.now() - t0);
    reanalysed.push(analyzer.lastRun.analysed);
    t0 = performance.now();
    m.analyze(t);
    scratch.push(performance.now() - t0);
  }
  const liveMs = median(live);
  const scratchMs = median(scratch);
  return { liveMs, p95Ms: [...live].sort((a, b) => a - b)[Math.floor(live.length * 0.95)], scratchMs, ratio: scratchMs / liveMs, chunks: analyzer.lastRun.chunks, reanalysed: median(reanalysed) };
}

const ms = (x) => (x === null || x === undefined ? 'n/a' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const mb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const check = (ok) => (ok ? '✓' : '✗');

async function main() {
  const started = new Date();
  const load0 = os.loadavg();
  const rows = [];
  const notes = [];
  const row = (measure, value, target, result) => rows.push({ measure, value, target, result });
  const log = (s) => process.stderr.write(s + '\n');

  // (a) The recogniser, and the peer on a slice of the same text.
  log('figures…');
  const text = generateText(quick ? 256 * 1024 : 1 << 20);
  const fig = await benchFigures({ text, peer: !args.has('--no-peer'), peerBytes: quick ? 8 * 1024 : 48 * 1024 });
  row(`Figure recogniser, ${(fig.bytes / 1e6).toFixed(2)} MB of French budget prose`, `${fig.mbPerSec.toFixed(1)} MB/s`, `≥ ${TARGETS.figuresMbPerSec} MB/s`, check(fig.mbPerSec >= TARGETS.figuresMbPerSec));
  if (fig.peer) {
    row(
      'Recogniser vs @microsoft/recognizers-text-suite 1.3.1 (French currency model), per byte, same run',
      `${Math.round(fig.ratio).toLocaleString('en-US')}× (peer ${fig.peer.kbPerSec.toFixed(1)} KB/s on ${(fig.peer.bytes / 1024).toFixed(0)} KB)`,
      `≥ ${TARGETS.peerRatio}×`,
      check(fig.ratio >= TARGETS.peerRatio),
    );
  } else row('Recogniser vs @microsoft/recognizers-text-suite', 'not measured (peer missing or --no-peer)', `≥ ${TARGETS.peerRatio}×`, '–');

  // (b) The whole analysis on the same text, and on the 1 MB brief the editor bench opens.
  log('analysis…');
  const m = await loadAnalysis();
  const whole = analysisProfile(m, text, quick ? 3 : 9);
  row(
    `Whole analysis (structure, figures, names, checks), same ${(whole.bytes / 1e6).toFixed(2)} MB`,
    `${whole.mbPerSec.toFixed(1)} MB/s (${ms(whole.analyzeMs)})`,
    'no target; the recogniser is one stage',
    '–',
  );
  const briefText = frenchCorpus(quick ? 250_000 : 1_000_000, 7);
  const brief = analysisProfile(m, briefText, quick ? 3 : 9);
  const incremental = incrementalProfile(m, briefText, quick ? 10 : 40);
  row(
    `Re-analysis after a keystroke, ${(Buffer.byteLength(briefText) / 1e6).toFixed(1)} MB brief (median; p95 ${ms(incremental.p95Ms)})`,
    `${ms(incremental.liveMs)} (${incremental.ratio.toFixed(1)}× faster than analyze() from scratch, ${ms(incremental.scratchMs)}, same run)`,
    'no target; the edit row below holds it',
    '–',
  );

  // (c) The editor, through the real server.
  log('editor latencies…');
  const start = await startToFirstDiagnostics(quick ? 2 : 5);
  row('Server start → first diagnostics (median)', ms(start.medianMs), `< ${TARGETS.startMs} ms`, check(start.medianMs < TARGETS.startMs));
  const editor = await editAndHover({ bytes: quick ? 250_000 : 1_000_000, edits: quick ? 8 : 30, hovers: quick ? 300 : 2000 });
  const undebounced = await editAndHover({ bytes: quick ? 250_000 : 1_000_000, edits: quick ? 8 : 20, hovers: 20, settings: { debounceMs: 0 } });
  const docMb = (editor.bytes / 1e6).toFixed(1);
  row(`Edit → republished diagnostics, ${docMb} MB document (median; p95 ${ms(editor.edit.p95Ms)})`, ms(editor.edit.medianMs), `< ${TARGETS.editMs} ms`, check(editor.edit.medianMs < TARGETS.editMs));
  row(`Hover p99, ${docMb} MB document (${editor.hover.requests} requests, ${editor.hover.answered} on figures or names)`, ms(editor.hover.p99Ms), `< ${TARGETS.hoverP99Ms} ms`, check(editor.hover.p99Ms < TARGETS.hoverP99Ms));
  if (editor.definition) {
    row(
      `Go to definition p99, ${docMb} MB document (${editor.definition.requests} requests, ${editor.definition.answered} found)`,
      ms(editor.definition.p99Ms),
      `< ${TARGETS.definitionP99Ms} ms`,
      check(editor.definition.p99Ms < TARGETS.definitionP99Ms),
    );
  }

  // (d) A big workspace.
  let ws = null;
  if (!args.has('--no-workspace')) {
    log('workspace (generating, indexing, CLI)…');
    ws = await benchWorkspace(quick ? { files: 500, bytes: 5_000_000 } : { files: 5000, bytes: 50_000_000 });
    const label = `${ws.files.toLocaleString('en-US')} briefs, ${(ws.bytes / 1e6).toFixed(0)} MB`;
    row(`Workspace index built (server start → progress end), ${label}`, ms(ws.server.startToIndexedMs), `< ${TARGETS.indexMs / 1000} s`, check(ws.server.startToIndexedMs < TARGETS.indexMs));
    row(`Server peak memory while indexing (VmHWM, worker threads included)`, mb(ws.server.peakRssBytes), `< ${TARGETS.indexRssMb} MB`, ws.server.peakRssBytes ? check(ws.server.peakRssBytes < TARGETS.indexRssMb * 1024 * 1024) : '–');
    if (ws.cli) {
      row(
        `CLI on the same folder, --jobs 2 vs --jobs 1, same run (wall; ${os.availableParallelism?.() ?? os.cpus().length} cores, shared)`,
        `${ws.cli.speedup.toFixed(2)}× (${ms(ws.cli.parallel.ms)} vs ${ms(ws.cli.single.ms)})`,
        `≥ ${TARGETS.workersSpeedup}×`,
        check(ws.cli.speedup >= TARGETS.workersSpeedup),
      );
      row(
        `CLI --jobs 1 on the same folder, CPU time (all threads)`,
        `${ms(ws.cli.single.cpuMs)} (${(ws.bytes / 1e6 / (ws.cli.single.cpuMs / 1000)).toFixed(1)} MB/s); --jobs 2: ${ms(ws.cli.parallel.cpuMs)}`,
        'no target; the issue asks 1.5× today’s',
        '–',
      );
    }
  }

  // (e) The CLI as a whole process.
  let proc = null;
  if (!args.has('--no-process')) {
    log('CLI as a whole process (1 MB, 10 MB, start-up, peer)…');
    proc = await benchProcess({ quick });
    const p1 = proc.one;
    row(
      `CLI whole process (\`analyze --format json\`), ${(p1.bytes / 1e6).toFixed(1)} MB figure-dense French, start-up subtracted (CPU time; wall ${p1.wallMbPerSec.toFixed(1)} MB/s)`,
      `${p1.mbPerSec.toFixed(2)} MB/s (${ms(p1.netCpuMs)} of ${ms(p1.cpuMs)} CPU, peak ${mb(p1.peakRssBytes)})`,
      `≥ ${TARGETS.cliMbPerSec} MB/s`,
      check(p1.mbPerSec >= TARGETS.cliMbPerSec),
    );
    row(
      'CLI start-up (the same command on an empty file)',
      `${ms(proc.startup.cpuMs)} CPU, ${ms(proc.startup.ms)} wall, peak ${mb(proc.startup.peakRssBytes)}`,
      'subtracted above',
      '–',
    );
    if (proc.peer) {
      row(
        'CLI whole process vs @microsoft/recognizers-text-suite 1.3.1 (French currency model), per byte, CPU time, same run',
        `${Math.round(proc.ratio).toLocaleString('en-US')}× (peer ${(proc.peer.bytesPerSec / 1e3).toFixed(1)} KB/s on ${(proc.peer.bytes / 1024).toFixed(0)} KB of the same text)`,
        `≥ ${TARGETS.cliPeerRatio.toLocaleString('en-US')}×`,
        check(proc.ratio >= TARGETS.cliPeerRatio),
      );
    }
    if (proc.ten) {
      row(
        `CLI whole process, ${(proc.ten.bytes / 1e6).toFixed(0)} MB figure-dense French: peak RSS (${proc.ten.mbPerSec.toFixed(2)} MB/s CPU, start-up subtracted)`,
        mb(proc.ten.peakRssBytes),
        `≤ ${TARGETS.cliTenRssMb} MB`,
        check(proc.ten.peakRssBytes <= TARGETS.cliTenRssMb * 1024 * 1024),
      );
    }
    row('Heap a finished analysis keeps, per input byte (1 MB, after a full GC)', `${proc.heap.perByte.toFixed(1)} B/B (${mb(proc.heap.retainedBytes)})`, 'as small as possible', '–');
    log('server: 5 MB document, 100 edits…');
    const mem = await editsMemory({ bytes: quick ? 1_000_000 : 5_000_000, edits: quick ? 20 : 100 });
    row(
      `Server RSS after ${mem.edits} edits of a ${(mem.bytes / 1e6).toFixed(0)} MB document (peak ${mb(mem.peakRssBytes)}; ${mb(mem.afterOpen.rssBytes)} after opening)`,
      mb(mem.rssBytes),
      `≤ ${TARGETS.serverEditsRssMb} MB`,
      mem.rssBytes ? check(mem.rssBytes <= TARGETS.serverEditsRssMb * 1024 * 1024) : '–',
    );
  }

  // Where the time of an edit goes.
  notes.push(
    `Edit → diagnostics on the ${docMb} MB brief: an edit that follows a pause is published at once (edits closer together than debounceMs, default 20 ms, wait for the next pause). ` +
      `The server's Analyzer re-analyses only the chunks around the edit (median ${incremental.reanalysed} of ${incremental.chunks.toLocaleString('en-US')}), then runs the document-wide stages on the joined lists; ` +
      `analyze() from scratch takes ${ms(brief.analyzeMs)} on that text (${brief.mbPerSec.toFixed(1)} MB/s, ${brief.amounts.toLocaleString('en-US')} amounts, ${brief.diagnostics} diagnostics). ` +
      `With debounceMs 0 the edit median is ${ms(undebounced.edit.medianMs)} (min ${ms(undebounced.edit.minMs)}). The rest of each edit is conversion to LSP and transport.`,
  );
  if (ws) {
    notes.push(
      `Workspace: generated in ${ms(ws.generateMs)}; the server used ${ms(ws.server.cpuMs)} of CPU (all threads) to index, ` +
        `${ws.server.progressReports} progress reports, initialize → index ${ms(ws.server.initializedToIndexedMs)}.` +
        (ws.cli
          ? ` CLI: ${ms(ws.cli.parallel.ms)} wall / ${ms(ws.cli.parallel.cpuMs)} CPU / ${mb(ws.cli.parallel.peakRssBytes)} peak in parallel, ` +
            `${ms(ws.cli.single.ms)} wall / ${ms(ws.cli.single.cpuMs)} CPU / ${mb(ws.cli.single.peakRssBytes)} peak with --jobs 1, ${mb(ws.cli.parallel.outputBytes)} of JSON.`
          : ''),
    );
  }
  if (proc) {
    notes.push(
      `CLI as a whole process: every time is the CPU time of the \`node dist/cli.js analyze --format json\` process (user + system, all threads, from process.resourceUsage() at exit), median of the runs; ` +
        `start-up (the same command on an empty file: Node, the bundle, the knowledge index) is ${ms(proc.startup.cpuMs)} and is subtracted. ` +
        `1 MB: ${ms(proc.one.ms)} wall, ${(proc.one.outputBytes / 1e6).toFixed(1)} MB of JSON. ` +
        (proc.ten ? `10 MB: ${ms(proc.ten.ms)} wall, ${ms(proc.ten.cpuMs)} CPU. ` : '') +
        (proc.peer ? `The peer parsed ${(proc.peer.bytes / 1024).toFixed(0)} KB of the same text paragraph by paragraph in ${ms(proc.peer.cpuMs)} of CPU, its model built beforehand.` : ''),
    );
  }
  const load1 = os.loadavg();
  notes.push(
    `Load average (1 min) ${load0[0].toFixed(2)} at the start, ${load1[0].toFixed(2)} at the end: wall-clock times include whatever else the machine ran.`,
  );

  const cpu = os.cpus()[0]?.model ?? 'unknown';
  const lines = [
    '# Policy Lens benchmarks',
    '',
    '| Machine | |',
    '|---|---|',
    `| CPU | ${cpu} |`,
    `| Cores | ${os.availableParallelism?.() ?? os.cpus().length} |`,
    `| Memory | ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB |`,
    `| Node | ${process.version} |`,
    `| OS | ${os.type()} ${os.release()} |`,
    `| Date | ${started.toISOString()} |`,
    `| Run | \`node bench/run.mjs${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}\`, ${ms(Date.now() - started.getTime())} |`,
    '',
    '| Measure | Value | Target | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.target} | ${r.result} |`),
    '',
    ...notes.map((n) => `* ${n}`),
    '',
  ];
  const report = lines.join('\n');
  if (!quick) {
    fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'latest.md'), report);
  }
  process.stdout.write(report);
}

await main();
