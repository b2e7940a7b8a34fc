// Starts code-server on a free loopback port with throw-away config, user data
// and extensions folders, so a run never reads or writes the user's own.
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { start } from './proc.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {object} o
 * @param {string} o.entry code-server's out/node/entry.js
 * @param {string} o.tmp a fresh temp folder owned by this run
 * @param {object} o.settings user settings.json
 * @param {object} o.env extra environment, inherited by the extension host
 * @param {(line: string) => void} o.onOutput code-server's own log lines
 */
export async function startCodeServer({ entry, tmp, settings, env, onOutput }) {
  const port = await freePort();
  const dataDir = path.join(tmp, 'data');
  const extDir = path.join(tmp, 'extensions');
  mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  mkdirSync(extDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const config = path.join(tmp, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const child = start(
    process.execPath,
    [
      entry,
      '--config', config,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      // The suite reads the status bar's English text; the machine's language must not change it.
      '--locale', 'en',
      '--user-data-dir', dataDir,
      '--extensions-dir', extDir,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // code-server keeps its own logs under XDG_DATA_HOME, whatever --user-data-dir says.
        XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
        XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
        ...env,
      },
    },
  );
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? code));
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) onOutput?.(line);
    });
  }

  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it answered on ${url}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`code-server did not answer on ${url}/healthz within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, pid: child.pid, child };
}
