// The real server against a hostile workspace and a hostile client: huge
// documents, devices and FIFOs named like briefs, glossaries that try to
// break the lookups or to smuggle HTML and links into hovers, URIs a path
// cannot be made of, broken framing, reused versions, requests after
// shutdown, and a main thread that never comes back. Each case is one that
// once crashed, hung, flooded or misled.

import { strict as assert } from 'assert';
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DocumentSymbol, Hover, Location, ResponseError, SymbolInformation } from 'vscode-languageserver-protocol';
import { SERVER, TestClient, positionOf } from '../helpers/lspClient';
import { Requests, TestRequests, type AnalyzeWorkspaceResult, type Figures } from '../../shared/protocol';

/** A client whose server process gets these environment variables. */
function clientWith(env: Record<string, string>, options: ConstructorParameters<typeof TestClient>[0] = {}): TestClient {
  const saved: Record<string, string | undefined> = {};
  for (const k of Object.keys(env)) {
    saved[k] = process.env[k];
    process.env[k] = env[k];
  }
  try {
    return new TestClient(options);
  } finally {
    for (const k of Object.keys(env)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

/** Peak resident memory of a process (VmHWM), when /proc tells it. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function exited(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server was still running after ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function hoverText(h: Hover | null): string {
  const c = h?.contents as { value?: string } | undefined;
  return c?.value ?? '';
}

describe('language server against a hostile workspace and client', function () {
  this.timeout(60000);

  describe('large documents', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ locale: 'en' });
      await client.initialize();
    });
    after(async () => {
      await client.close();
    });

    it('caps the outline and the semantic tokens of a document of 60 000 figures, with a notice', async () => {
      // At 20 MB this document ran the server out of memory on documentSymbol, which VS Code asks for on open.
      const uri = 'file:///figures.md';
      const published = client.nextDiagnostics(uri, () => true, 50000);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '1 M€ '.repeat(60_000) } });
      await published;
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols.length, 5001);
      assert.match(symbols[5000].name, /^The outline stops at 5000 entries; 55000 more/);
      assert.equal(symbols[4999].name, '1 M€');
      const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.equal(tokens.data.length, 5 * 50_000);
      const figures = await client.request<Figures>(Requests.figures, { uri });
      assert.equal(figures.amounts.length, 50_000);
      assert.equal(figures.omitted.figures, 10_000);
      assert.equal(client.process.exitCode, null);
    });
  });

  describe('a workspace on disk', () => {
    let dir: string;
    let client: TestClient | undefined;
    const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
    const write = (name: string, content: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    };

    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-hostile-ws-'));
    });
    afterEach(async () => {
      if (client && client.process.exitCode === null) await client.close();
      client = undefined;
      for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o700);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    /** Hovers until the index gives the name (or gives up). */
    async function waitForName(c: TestClient, docUri: string, text: string, needle: string): Promise<Hover | null> {
      for (let i = 0; i < 200; i++) {
        const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: docUri }, position: positionOf(text, text.indexOf(needle) + 1) });
        if (h) return h;
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    }

    it('indexes a workspace whose glossary says « kind: constructor »', async () => {
      write('team.glossary.md', '## Pass Numérique Local\n- kind: constructor\n- __proto__: x\n- variants: PNL\n');
      for (let i = 0; i < 10; i++) write(`closed/brief${i}.md`, `Le PNL reçoit ${i + 1} M€.\n`);
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      await client.initialize();
      const text = 'Le PNL est cité ici.\n';
      await client.open(uri('open.md'), text);
      assert.ok(await waitForName(client, uri('open.md'), text, 'PNL'), 'the glossary name is known');
      // The closed briefs are in the index: the workers started.
      let refs: Location[] = [];
      for (let i = 0; i < 200 && refs.length < 11; i++) {
        refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri('open.md') }, position: positionOf(text, 4), context: { includeDeclaration: false } });
        if (refs.length < 11) await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(refs.length, 11, JSON.stringify(refs.map((r) => r.uri)));
    });

    it('keeps the index when a glossary cannot be read', async function () {
      write('probe', 'x');
      fs.chmodSync(path.join(dir, 'probe'), 0o000);
      let readable = true;
      try {
        fs.readFileSync(path.join(dir, 'probe'));
      } catch {
        readable = false;
      }
      if (readable) this.skip(); // as root, chmod 000 does not stop reads
      write('locked.glossary.md', '## Terme Secret\n- kind: label\n');
      fs.chmodSync(path.join(dir, 'locked.glossary.md'), 0o000);
      write('team.glossary.md', '## Pass Numérique Local\n- kind: programme\n- variants: PNL\n');
      write('closed.md', 'Le PNL reçoit 3 M€.\n');
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      const locked = client.nextDiagnostics(uri('locked.glossary.md'), (p) => p.diagnostics.length > 0, 20000);
      await client.initialize();
      assert.deepEqual((await locked).diagnostics.map((d) => d.code), ['unreadable']);
      const text = 'Le PNL est cité ici.\n';
      await client.open(uri('open.md'), text);
      assert.ok(await waitForName(client, uri('open.md'), text, 'PNL'), 'the other glossary still counts');
    });

    it('refuses a file-watcher event on a link to /dev/zero without reading it', async () => {
      write('brief.md', 'Le plan de 10 M€.\n');
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      const logged: string[] = [];
      client.connection.onNotification('window/logMessage', (p: { message: string }) => logged.push(p.message));
      await client.initialize();
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('zero.md'), type: 1 }] });
      // Refused at once, with a line in the log.
      for (let i = 0; i < 100 && !logged.some((m) => m.includes('zero.md')); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(logged.some((m) => /zero\.md.*not a regular file: a device/.test(m)), logged.join('\n'));
      const text = 'Le plan de 10 M€.\n';
      await client.open(uri('open.md'), text);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('open.md') }, position: positionOf(text, 12) });
      assert.ok(hover, 'still answering');
      const peak = peakRss(client.process.pid!);
      if (peak !== null) assert.ok(peak < 600 * 1024 ** 2, `peak memory ${(peak / 1024 ** 2).toFixed(0)} MB`);
    });

    it('finishes « analyse the workspace » after file-watcher events on FIFOs named like briefs', async () => {
      write('brief.md', 'Le plan de 10 M€, dont 6 M€ et 6 M€.\n');
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      await client.initialize();
      // Opening a FIFO for reading waits for a writer: four of them once held every thread of Node's I/O pool.
      for (let i = 0; i < 5; i++) {
        execFileSync('mkfifo', [path.join(dir, `pipe${i}.md`)]);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(`pipe${i}.md`), type: 1 }] });
      }
      const result = await Promise.race([
        client.request<AnalyzeWorkspaceResult>(Requests.analyzeWorkspace, {}),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('analyzeWorkspace did not finish within 20 s')), 20000)),
      ]);
      assert.equal(result.files, 1);
      assert.ok(result.problems >= 1);
    });

    it('counts every problem of « analyse the workspace » asked while the first indexing runs', async () => {
      for (let i = 0; i < 120; i++) write(`b${i}.md`, 'Le plan de 10 M€, dont 6 M€ et 6 M€.\n');
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      await client.initialize();
      // No wait: the background index is being built.
      const result = await client.request<AnalyzeWorkspaceResult>(Requests.analyzeWorkspace, {});
      // Problems as the Problems view counts them; hints (none here) apart.
      assert.deepEqual(result, { files: 120, problems: 120, hints: 0 });
    });

    it('answers references and workspace symbols while a document with an unconvertible file URI is open', async () => {
      write('closed.md', 'Le PIA4 reçoit 3 M€.\n');
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      await client.initialize();
      // fileURLToPath throws on both (a host on POSIX, an encoded slash).
      await client.open('file://server/share/odd.md', 'Le PIA4 reçoit 4 M€. Le dispositif « Zorglub Vert » est créé.\n');
      await client.open('file:///a%2Fb.md', 'Le PIA4 reçoit 5 M€.\n');
      const text = 'Le PIA4 est cité. Le PIA4 encore.\n';
      await client.open(uri('open.md'), text);
      const at = { textDocument: { uri: uri('open.md') }, position: positionOf(text, text.indexOf('PIA4') + 1) };
      let refs: Location[] = [];
      for (let i = 0; i < 200 && !refs.some((r) => r.uri === uri('closed.md')); i++) {
        refs = await client.request<Location[]>('textDocument/references', { ...at, context: { includeDeclaration: true } });
        await new Promise((r) => setTimeout(r, 50));
      }
      const where = new Set(refs.map((r) => r.uri));
      for (const u of [uri('open.md'), uri('closed.md'), 'file://server/share/odd.md', 'file:///a%2Fb.md']) assert.ok(where.has(u), `${u} in ${[...where]}`);
      assert.ok((await client.request<Location[]>('textDocument/definition', at)).length > 0);
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'zorglub' });
      assert.deepEqual(symbols.map((s) => s.location.uri), ['file://server/share/odd.md']);
      assert.equal(client.process.exitCode, null);
    });
  });

  describe('hovers show what others wrote as text', () => {
    let dir: string;
    let client: TestClient;
    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-hover-'));
      fs.writeFileSync(
        path.join(dir, 'evil.glossary.md'),
        [
          '## Pass <img src=x onerror=alert(1)> Local',
          '- kind: programme',
          '- variants: PEL',
          '- body: [Agence](command:workbench.action.terminal.new) <script>alert(1)</script>',
          '- date: ![pixel](https://tracker.example/p.png)',
          '- link: https://a.example/x)[clic](command:evil)',
          '- amount: 12 M€ — <b>gras</b> [lien](javascript:alert(1))',
          '',
          'Voir <https://b.example> et [ceci](command:x) et http://c.example/z et www.d.example.',
          '',
          '## Plan Net',
          '- kind: plan',
          '- link: http://plain.example/page',
          '',
        ].join('\n'),
      );
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      await client.initialize();
    });
    after(async () => {
      await client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    function assertInert(markdown: string): void {
      assert.ok(!/(^|[^\\])<(img|script|b)\b/i.test(markdown), `raw HTML: ${markdown}`);
      assert.ok(!/\]\((command|javascript|http):/i.test(markdown), `a link that is not https: ${markdown}`);
      assert.ok(!/(^|[^\\])!\[/.test(markdown), `an image: ${markdown}`);
      assert.ok(!/(^|[^\\])<https?:/.test(markdown), `an autolink: ${markdown}`);
      assert.ok(!/(^|[^\\])https?:\/\//.test(markdown.replace(/\]\(https:\/\/[^)\s]*\)/g, '')), `a bare address outside the official link: ${markdown}`);
    }

    it('escapes glossary fields and keeps only https links, encoded', async () => {
      const uri = pathToFileURL(path.join(dir, 'brief.md')).toString();
      const text = 'Le PEL reçoit 12 M€.\n';
      await client.open(uri, text);
      let hover: Hover | null = null;
      for (let i = 0; i < 200 && !hover; i++) {
        hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 4) });
        if (!hover) await new Promise((r) => setTimeout(r, 50));
      }
      const md = hoverText(hover);
      assertInert(md);
      assert.ok(md.includes('\\<img src=x onerror=alert\\(1\\)\\>'), md);
      assert.ok(md.includes('[Official page](https://a.example/x%29%5Bclic%5D%28command:evil%29)'), md);
    });

    it('drops a plain http link from the hover', async () => {
      const uri = pathToFileURL(path.join(dir, 'plan.md')).toString();
      const text = 'Le Plan Net avance.\n';
      await client.open(uri, text);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 5) });
      const md = hoverText(hover);
      assert.ok(md.startsWith('**Plan Net**'), md);
      assert.ok(!md.includes('plain.example'), md);
    });

    it('escapes the sentence that defines a document name', async () => {
      const uri = 'file:///defines.md';
      const text = 'Le dispositif « Zorglub Vert » <img src=x> ![p](https://t.example/p.png) [x](command:y) est créé.\n\nLe Zorglub Vert aide.\n';
      await client.open(uri, text);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, text.lastIndexOf('Zorglub') + 2) });
      const md = hoverText(hover);
      assert.ok(md.includes('defined in this document'), md);
      assertInert(md);
    });
  });

  describe('a hostile client', () => {
    it('exits, saying why, on a frame it cannot read instead of staying alive and deaf', async () => {
      for (const header of ['Content-Length: abc', 'Content-Length: -5', 'Content-Length: 99999999999999', 'Content-Type: text/plain']) {
        const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += String(d)));
        child.stdout.resume();
        child.stdin.write(`${header}\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown"}`);
        const code = await exited(child, 10000).finally(() => child.kill());
        assert.equal(code, 1, header);
        assert.match(stderr, /unreadable input on stdin/, header);
      }
    });

    it('exits when the bytes a frame announces never come', async () => {
      const saved = process.env.POLICY_LENS_FRAME_TIMEOUT_MS;
      process.env.POLICY_LENS_FRAME_TIMEOUT_MS = '1000';
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      if (saved === undefined) delete process.env.POLICY_LENS_FRAME_TIMEOUT_MS;
      else process.env.POLICY_LENS_FRAME_TIMEOUT_MS = saved;
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.stdout.resume();
      child.stdin.write('Content-Length: 99999999\r\n\r\n{"jsonrpc":"2.0"');
      const code = await exited(child, 10000).finally(() => child.kill());
      assert.equal(code, 1);
      assert.match(stderr, /announced 99999999 bytes/);
    });

    it('keeps answering after a body that is not JSON, framed correctly', async () => {
      const client = new TestClient({ locale: 'en' });
      try {
        await client.initialize();
        const junk = Buffer.from('{"jsonrpc":"2.0",,,');
        client.process.stdin!.write(`Content-Length: ${junk.length}\r\n\r\n`);
        client.process.stdin!.write(junk);
        const text = 'Le plan de 10 M€.\n';
        await client.open('file:///after-junk.md', text);
        assert.ok(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///after-junk.md' }, position: positionOf(text, 12) }));
      } finally {
        await client.close();
      }
    });

    it('describes the new text when a change reuses a version number', async () => {
      const client = new TestClient({ locale: 'en' });
      try {
        await client.initialize();
        const uri = 'file:///reused.md';
        await client.open(uri, 'Le plan de 10 M€.\n');
        const hover = () => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
        assert.match(hoverText(await hover()), /\*\*10\D000\D000/);
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: 'Le plan de 70 M€.\n' }] });
        assert.match(hoverText(await hover()), /\*\*70\D000\D000/);
      } finally {
        await client.close();
      }
    });

    it('answers requests after shutdown with an error', async () => {
      const client = new TestClient({ locale: 'en' });
      await client.initialize();
      await client.open('file:///late.md', 'Le plan de 10 M€.\n');
      await client.connection.sendRequest('shutdown');
      await assert.rejects(
        client.request('textDocument/hover', { textDocument: { uri: 'file:///late.md' }, position: { line: 0, character: 12 } }),
        (err: ResponseError<void>) => err.code === -32600,
      );
      await assert.rejects(client.request(Requests.documentSummary, { uri: 'file:///late.md' }), (err: ResponseError<void>) => err.code === -32600);
      await client.connection.sendNotification('exit');
      assert.equal(await exited(client.process, 5000), 0);
      client.connection.dispose();
    });
  });

  describe('time limits', () => {
    it('stops a server whose main thread does not come back, saying what it was doing', async () => {
      const client = clientWith({ POLICY_LENS_HANG_LIMIT_MS: '1000', POLICY_LENS_TEST_HOOKS: '1' });
      try {
        await client.initialize();
        void client.request(TestRequests.block, { ms: 60000 }).catch(() => undefined);
        const code = await exited(client.process, 15000);
        assert.notEqual(code, 0);
        assert.match(client.stderr, /has not answered for \d+ s \(limit 1 s\), busy with: policyLens\/test\/block/);
      } finally {
        client.connection.dispose();
        if (client.process.exitCode === null) client.process.kill();
      }
    });

    it('logs a request over its budget and tells the writer', async () => {
      const client = clientWith({ POLICY_LENS_REQUEST_BUDGET_MS: '200', POLICY_LENS_TEST_HOOKS: '1' });
      const shown: string[] = [];
      const logged: string[] = [];
      client.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
        shown.push(p.message);
        return null;
      });
      client.connection.onNotification('window/logMessage', (p: { message: string }) => logged.push(p.message));
      try {
        await client.initialize();
        await client.request(TestRequests.block, { ms: 600 });
        await new Promise((r) => setTimeout(r, 200));
        assert.ok(logged.some((m) => /policyLens\/test\/block took \d+ ms \(budget 200 ms\)/.test(m)), logged.join('\n'));
        assert.ok(shown.some((m) => /policyLens\/test\/block took 0\.\d s on \?/.test(m)), shown.join('\n'));
        assert.equal(client.process.exitCode, null);
      } finally {
        await client.close();
      }
    });

    it('ends on an exception outside any request, with its stack in the log, instead of swallowing it', async () => {
      const client = clientWith({ POLICY_LENS_TEST_HOOKS: '1' });
      try {
        await client.initialize();
        await client.request(TestRequests.throwLater, {});
        const code = await exited(client.process, 10000);
        assert.equal(code, 1);
        assert.match(client.stderr, /Unexpected error, the server stops: Error: thrown outside any request/);
      } finally {
        client.connection.dispose();
        if (client.process.exitCode === null) client.process.kill();
      }
    });
  });
});
