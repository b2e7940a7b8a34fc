#!/usr/bin/env node
// The same end-to-end suite (out/e2e/) in desktop VS Code, through
// @vscode/test-electron, for machines that can download VS Code. On Linux
// without a display, run it under xvfb-run.
//
// Exit codes:
//   0   every test passed
//   1   a test failed, or VS Code could not run the suite
//   77  SKIPPED: VS Code could not be downloaded here (no network). One line
//       says so. 77 is the automake convention for "skipped"; the npm script
//       `test:electron` treats it as a skip, because CI proves the extension
//       with the offline run instead (`npm run test:e2e`, code-server).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { prepareWorkspace, userSettings } from '../../scripts/e2e/workspace.mjs';

export const SKIPPED = 77;
const VSCODE_VERSION = '1.100.3'; // the oldest VS Code engines.vscode accepts, and the one the offline run uses

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-electron-'));
const cleanup = () => rmSync(tmp, { recursive: true, force: true });

// Quiet until a download really starts, so that a machine without network
// prints the single line below and nothing else.
let announced = false;
const reporter = {
  report(r) {
    if (r.stage === 'downloading' && !announced) {
      announced = true;
      console.log(`test-electron: downloading VS Code ${VSCODE_VERSION}`);
    } else if (r.stage === 'newInstallComplete') {
      console.log(`test-electron: VS Code ${VSCODE_VERSION} in ${r.downloadedPath}`);
    }
  },
  error() {},
};

// A network that drops packets instead of refusing them would leave the
// download waiting: no download under way within a minute counts as no network.
const NO_NETWORK_AFTER_MS = 60_000;
let stalled;
const noAnswer = new Promise((_, reject) => {
  stalled = setTimeout(() => {
    if (!announced) reject(Object.assign(new Error('no answer'), { code: `no answer within ${NO_NETWORK_AFTER_MS / 1000} s` }));
  }, NO_NETWORK_AFTER_MS);
});

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await Promise.race([
    downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(root, '.vscode-test'), reporter }),
    noAnswer,
  ]);
  clearTimeout(stalled);
} catch (err) {
  const code = err?.code ?? err?.cause?.code ?? (String(err?.message ?? err).match(/\b(E[A-Z]{3,})\b/) ?? [])[1] ?? 'download failed';
  console.log(`test-electron: cannot download VS Code here (${code}); the offline code-server run (npm run test:e2e) stands in`);
  cleanup();
  process.exit(SKIPPED);
}

const data = path.join(tmp, 'data');
mkdirSync(path.join(data, 'User'), { recursive: true });
writeFileSync(path.join(data, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
const workspace = prepareWorkspace(root, tmp);

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'e2e', 'test', 'e2e', 'suite', 'index.js'),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', data,
      '--extensions-dir', path.join(tmp, 'extensions'),
    ],
  });
  cleanup();
} catch (err) {
  console.error(`test-electron: ${err instanceof Error ? err.message : String(err)}`);
  cleanup();
  process.exit(1);
}
