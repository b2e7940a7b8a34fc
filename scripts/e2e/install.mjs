// First-run setup for the end-to-end run: the Debian packages the workbench
// needs, and code-server (VS Code's own server and workbench) in a folder of
// its own under .vscode-test/, never among the project's dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { run } from './proc.mjs';

// 4.100.3 is VS Code 1.100.3: the newest code-server whose engines accept Node 20.
export const CODE_SERVER_VERSION = '4.100.3';

// The ripgrep build code-server 4.100.3 pulls in (@vscode/ripgrep 1.15.11).
// Its postinstall downloads rg from GitHub unless this tarball is in its cache.
const RIPGREP_PACKAGE = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function hasDebianPackage(name) {
  try {
    const out = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.includes('install ok installed');
  } catch {
    return false;
  }
}

export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // next
    }
  }
  return null;
}

/**
 * chromium renders the workbench, ripgrep replaces the download of rg,
 * libkrb5-dev lets `kerberos` build; `withToolchain` (code-server still to be
 * installed) adds what node-gyp needs for kerberos, argon2 and node-pty.
 */
export async function ensureDebianPackages(log, { withToolchain = false } = {}) {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!has('rg')) missing.push('ripgrep');
  if (!hasDebianPackage('libkrb5-dev') && !has('krb5-config')) missing.push('libkrb5-dev');
  if (withToolchain) {
    if (!has('make') || !has('g++')) missing.push('build-essential');
    if (!has('python3')) missing.push('python3');
  }
  if (missing.length === 0) return;
  if (!has('apt-get')) throw new Error(`missing ${missing.join(', ')} and no apt-get to install them; install them first`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  log(`installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // sudo -n: fail at once rather than wait for a password nobody will type.
  const apt = (args) => (sudo.length ? run('sudo', ['-n', 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  await apt(['update']);
  await apt(['install', '-y', '--no-install-recommends', ...missing]);
}

function ripgrepTarget() {
  switch (process.arch) {
    case 'x64':
      return 'x86_64-unknown-linux-musl';
    case 'arm64':
      return 'aarch64-unknown-linux-gnu';
    default:
      return null;
  }
}

function codeServerPaths(root) {
  const dir = path.join(path.resolve(root), 'code-server');
  return {
    dir,
    entry: path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    stamp: path.join(dir, `.installed-${CODE_SERVER_VERSION}`),
  };
}

export function hasCodeServer(root) {
  const { entry, stamp } = codeServerPaths(root);
  return existsSync(entry) && existsSync(stamp);
}

/** Installs code-server into `<root>/code-server` unless that exact version is already there. */
export async function ensureCodeServer(root, log) {
  root = path.resolve(root);
  const { dir, entry, stamp } = codeServerPaths(root);
  if (existsSync(entry) && existsSync(stamp)) return entry;

  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), dir) || dir} (first run only, about a minute)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'policy-lens-e2e-code-server',
        private: true,
        description: 'VS Code (code-server) for the end-to-end tests; installed by scripts/e2e.mjs',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
      },
      null,
      2,
    ) + '\n',
  );

  // A private temp folder: @vscode/ripgrep looks for its download cache in os.tmpdir().
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const target = ripgrepTarget();
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  if (target) {
    const cache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE}`);
    mkdirSync(cache, { recursive: true });
    const tarball = path.join(cache, `ripgrep-${RIPGREP_RELEASE}-${target}.tar.gz`);
    execFileSync('tar', ['-czf', tarball, '-C', path.dirname(rg), path.basename(rg)]);
  }

  const env = {
    ...process.env,
    TMPDIR: tmp,
    // As root, code-server's postinstall stops unless this is set.
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`; npx must not ask.
    npm_config_yes: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  // node-gyp downloads Node's headers unless it is told where they are: point
  // it at the running Node's own, when installed, so no download is needed.
  const prefix = path.dirname(path.dirname(process.execPath));
  if (!env.npm_config_nodedir && existsSync(path.join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    await run(npm, ['install', '--no-package-lock', '--loglevel=error'], { cwd: dir, env });
  } catch (err) {
    throw new Error(
      `installing code-server failed (${err.message}). It needs the npm registry, a C/C++ toolchain and libkrb5-dev (kerberos and argon2 build from source).`,
    );
  }
  if (!existsSync(entry)) throw new Error(`code-server installed but ${entry} is missing`);
  writeFileSync(stamp, new Date().toISOString() + '\n');
  return entry;
}
