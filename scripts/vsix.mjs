// Proves the packaged extension installs into VS Code: builds policy-lens.vsix,
// installs it with code-server's own `--install-extension` (VS Code 1.100's
// extension management) into a fresh extensions folder, and checks that VS Code
// then lists it with the right version. Reports the .vsix size.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, ensureDebianPackages } from './e2e/install.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (m) => console.log(`vsix: ${m}`);
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, 'policy-lens.vsix');

// Every call is bounded and reads no input: a prompt or a stalled network call
// fails with a message instead of waiting for ever.
const MINUTES = 60_000;
execFileSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 5 * MINUTES });
const size = statSync(vsix).size;
log(`${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KB`);
if (size > 1024 * 1024) throw new Error(`the .vsix is ${size} bytes, over the 1 MB budget`);

await ensureDebianPackages(log, { withToolchain: true });
const entry = await ensureCodeServer(path.join(ROOT, '.vscode-test'), log);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-vsix-'));
try {
  const common = ['--extensions-dir', path.join(tmp, 'ext'), '--user-data-dir', path.join(tmp, 'data'), '--config', path.join(tmp, 'config.yaml')];
  execFileSync(process.execPath, [entry, ...common, '--install-extension', vsix], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, HOME: tmp },
    timeout: 5 * MINUTES,
  });
  const listed = execFileSync(process.execPath, [entry, ...common, '--list-extensions', '--show-versions'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, HOME: tmp },
    timeout: 2 * MINUTES,
  });
  const id = `${pkg.publisher}.${pkg.name}@${pkg.version}`;
  if (!listed.split('\n').some((l) => l.trim() === id)) throw new Error(`VS Code does not list ${id} after installing the .vsix:\n${listed}`);
  log(`installed and listed by VS Code: ${id}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
  // Leave a development build behind, as `npm run build` would.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 2 * MINUTES });
}
