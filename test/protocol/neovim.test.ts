// The README's Neovim snippet, run as written (only the server's path
// replaced) by a headless Neovim: it must start the server on a Markdown file
// and show its diagnostics. Uses whatever `nvim` is on PATH (Debian 12's is
// 0.7.2, which takes the snippet's fallback; 0.8 and later take vim.lsp.start);
// skips when there is none.

import { strict as assert } from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/sources';

const SERVER = path.join(ROOT, 'dist', 'server.js');

/** The first ```lua block after « Neovim » in the README. */
function readmeSnippet(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('Neovim (');
  assert.ok(at >= 0, 'the README has no Neovim section');
  const m = /```lua\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(m, 'the README has no Neovim snippet');
  return m[1];
}

function nvimVersion(): string | null {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : null;
}

describe('the README’s Neovim snippet', function () {
  this.timeout(60_000);

  it('starts the server on a Markdown file and shows its diagnostics', async function () {
    const version = nvimVersion();
    if (!version) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-nvim-'));
    try {
      const snippet = readmeSnippet();
      assert.ok(snippet.includes('vim.lsp.start'), snippet);
      const init = snippet.replace('/path/to/policy-lens/dist/server.js', SERVER.replace(/\\/g, '/'));
      fs.writeFileSync(path.join(dir, 'init.lua'), init);
      const brief = path.join(dir, 'brief.md');
      fs.writeFileSync(
        brief,
        '# Fonds\n\nLe fonds est doté de 500 millions d’euros, répartis ainsi : 200 millions d’euros pour les routes et 150 millions d’euros pour les écoles.\n',
      );
      const out = path.join(dir, 'out.txt');
      // Wait for the diagnostics, write their codes, quit.
      const probe = `
local out = ${JSON.stringify(out)}
local function finish(text)
  local f = io.open(out, 'w'); f:write(text); f:close(); vim.cmd('qa!')
end
vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local codes = {}
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(codes, d.message) end
finish(table.concat(codes, '\\n'))
`;
      fs.writeFileSync(path.join(dir, 'probe.lua'), probe);
      const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(dir, 'init.lua'), brief, '-c', `luafile ${path.join(dir, 'probe.lua')}`], {
        cwd: dir,
        env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
        child.on('exit', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      assert.ok(fs.existsSync(out), `${version} wrote nothing (exit ${code}): ${stderr}`);
      const result = fs.readFileSync(out, 'utf8');
      assert.match(result, /200 \+ 150 = 350/, `${version}: ${result}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
