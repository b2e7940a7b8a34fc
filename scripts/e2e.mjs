#!/usr/bin/env node
// End-to-end tests in a real VS Code, offline: code-server (VS Code 1.100's
// server, workbench and Node extension host) rendered by headless Chromium.
// The suite in out/e2e/ runs inside the extension host, against the extension
// built in dist/. Build and compile first (`npm run test:e2e` does both).
//
// First run installs what is missing: chromium, ripgrep and libkrb5-dev with
// apt-get, and code-server into .vscode-test/code-server/.
//
// Exit code: the suite's (0 when every test passed); 1 for a setup failure;
// 124 when the run exceeded its time limit (E2E_TIMEOUT_S, default 300 s, plus
// E2E_INSTALL_TIMEOUT_S, default 1200 s, when something has to be installed).
// Artifacts in test/e2e/artifacts/ (ignored by git): screenshots (hover, problems, figures table,
// quick-fix menu…), code-server.log, workbench.log.
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_VERSION, ensureCodeServer, ensureDebianPackages, findChromium, hasCodeServer } from './e2e/install.mjs';
import { startCodeServer } from './e2e/codeServer.mjs';
import { prepareWorkspace, userSettings } from './e2e/workspace.mjs';
import { killAll, killAllNow, killGroup } from './e2e/proc.mjs';

const SUITE_LINE_PREFIX = '[policy-lens-e2e] ';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testsPath = path.join(root, 'out', 'e2e', 'test', 'e2e', 'suite', 'index.js');
const artifacts = path.join(root, 'test', 'e2e', 'artifacts');
const started = Date.now();
const say = (msg) => console.log(`e2e: ${msg}`);
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

let phase = 'starting';
let tmp;
let browser;
let finishing = false;

async function cleanup() {
  if (browser) await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
  await killAll();
  if (tmp && !process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
}

async function finish(code, message) {
  if (finishing) return;
  finishing = true;
  if (message) console.error(`e2e: ${message}`);
  await cleanup();
  say(`exit ${code} after ${seconds()} s`);
  process.exit(code);
}

process.on('exit', killAllNow);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void finish(130, `stopped by ${sig} while ${phase}`));

let deadline;
function limit(secondsFromNow) {
  clearTimeout(deadline);
  deadline = setTimeout(
    () =>
      void finish(
        124,
        `FAILED: no result after ${seconds()} s while ${phase}; stopped everything (raise ${phase.startsWith('installing') ? 'E2E_INSTALL_TIMEOUT_S' : 'E2E_TIMEOUT_S'} if the machine is slow)`,
      ),
    secondsFromNow * 1000,
  );
  // Kept referenced: if everything else went quiet without a result, the run
  // must end on this deadline with a failure, never exit early as if it passed.
}

const runLimit = Number(process.env.E2E_TIMEOUT_S ?? 300);
const installLimit = Number(process.env.E2E_INSTALL_TIMEOUT_S ?? 1200);

async function main() {
  if (!existsSync(path.join(root, 'dist', 'client.js')) || !existsSync(path.join(root, 'dist', 'server.js'))) {
    return finish(1, 'dist/client.js or dist/server.js is missing: run `npm run build` first (or `npm run test:e2e`)');
  }
  if (!existsSync(testsPath)) {
    return finish(1, `${path.relative(root, testsPath)} is missing: compile the suite first (npm run compile-e2e)`);
  }

  limit(installLimit);
  phase = 'installing prerequisites';
  const installRoot = path.join(root, '.vscode-test');
  await ensureDebianPackages(say, { withToolchain: !hasCodeServer(installRoot) });
  const entry = await ensureCodeServer(installRoot, say);
  const chromiumPath = process.env.E2E_CHROMIUM ?? findChromium();
  if (!chromiumPath) return finish(1, 'no chromium found (set E2E_CHROMIUM to a Chromium or Chrome binary)');

  limit(runLimit);
  phase = 'starting code-server';
  tmp = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-e2e-'));
  const bridge = path.join(tmp, 'bridge');
  mkdirSync(bridge);
  mkdirSync(artifacts, { recursive: true });
  rmSync(path.join(artifacts, 'hover.png'), { force: true });
  const serverLog = createWriteStream(path.join(artifacts, 'code-server.log'));
  const pageLog = createWriteStream(path.join(artifacts, 'workbench.log'));
  const workspace = prepareWorkspace(root, tmp);
  const server = await startCodeServer({
    entry,
    tmp,
    settings: userSettings,
    env: { POLICY_LENS_E2E_BRIDGE: bridge },
    onOutput: (line) => serverLog.write(line + '\n'),
  });
  say(`code-server ${CODE_SERVER_VERSION} up at ${server.url} after ${seconds()} s`);

  phase = 'starting chromium';
  const { launchBrowser, runSuite } = await import('./e2e/workbench.mjs');
  browser = await launchBrowser(chromiumPath, tmp);

  phase = 'running the suite in the extension host';
  const workbenchErrors = [];
  const code = await runSuite({
    browser,
    url: server.url,
    workspace,
    extensionPath: root,
    testsPath,
    bridge,
    artifacts,
    // The suite's lines (see SUITE_LINE_PREFIX in test/e2e/suite/index.ts) go to
    // the console; the workbench's own log only to test/e2e/artifacts/workbench.log.
    log: (type, text) => {
      pageLog.write(`[${type}] ${text}\n`);
      if (type === 'error') workbenchErrors.push(text.split('\n')[0]);
      for (const line of text.split('\n')) {
        if (line.startsWith(SUITE_LINE_PREFIX)) process.stdout.write(line.slice(SUITE_LINE_PREFIX.length) + '\n');
      }
    },
    pageLog: (line) => pageLog.write(line + '\n'),
  });
  phase = 'stopping';
  await killGroup(server.pid);
  serverLog.end();
  pageLog.end();
  if (code !== 0 && workbenchErrors.length) {
    console.error(`e2e: last errors the workbench logged (all in test/e2e/artifacts/workbench.log):`);
    for (const line of workbenchErrors.slice(-10)) console.error(`  ${line}`);
  }
  if (existsSync(path.join(artifacts, 'hover.png'))) say(`screenshot: ${path.relative(root, path.join(artifacts, 'hover.png'))}`);
  await finish(code, code === 0 ? undefined : `FAILED: the suite exited with ${code} (logs in test/e2e/artifacts/)`);
}

main().catch((err) => void finish(1, `FAILED while ${phase}: ${err instanceof Error ? err.message : String(err)}`));
