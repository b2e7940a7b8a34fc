// The real server under hostile use: random series of incremental edits must
// leave it exactly where a fresh open of the final text would; hostile
// documents, out-of-range requests, broken settings and malformed glossaries
// never take it down; and it never writes a user's file, even when asked to
// rename (it returns edits, the editor applies them).

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { Diagnostic, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient, positionOf } from '../helpers/lspClient';
import { analyze } from '../../server/src/core/analysis';
import { moneyText } from '../unit/robustness/arbitraries';
import { Requests, type Figures } from '../../shared/protocol';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20250611;

type Position = { line: number; character: number };

/** Lines as LSP counts them (\n, \r\n and a lone \r end a line). */
function lineStarts(text: string): { start: number; contentEnd: number }[] {
  const out: { start: number; contentEnd: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ start, contentEnd: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push({ start, contentEnd: text.length });
  return out;
}

/** A position at `fraction` of the text, and its offset (never inside a line break). */
function pick(text: string, fraction: number): { position: Position; offset: number } {
  const lines = lineStarts(text);
  const line = Math.min(lines.length - 1, Math.floor(fraction * lines.length));
  const l = lines[line];
  const character = Math.floor(((fraction * lines.length) % 1) * (l.contentEnd - l.start + 1));
  return { position: { line, character }, offset: Math.min(l.start + character, l.contentEnd) };
}

function sameAs(uri: string, value: unknown): string {
  return JSON.stringify(value ?? null).split(JSON.stringify(uri).slice(1, -1)).join('<uri>');
}

describe('language server under hostile use', function () {
  this.timeout(60000);

  describe('incremental edits', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient({ locale: 'en' });
      await client.initialize();
    });
    after(async () => {
      await client.close();
    });

    it('a random series of didChange edits ends where a fresh open of the final text starts', async () => {
      let run = 0;
      const edit = fc.record({
        from: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        to: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        text: fc.oneof(moneyText.map((s) => s.slice(0, 60)), fc.constantFrom('', '\n', '\r\n', '\r', '🙂', '\ud83d', ' M€', '1,5', 'dont ', ' milliards')),
      });
      await fc.assert(
        fc.asyncProperty(moneyText, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 }), async (initial, batches) => {
          run++;
          const edited = `file:///edited-${run}.md`;
          const fresh = `file:///fresh-${run}.md`;
          await client.open(edited, initial);
          let text = initial;
          let version = 1;
          for (const batch of batches) {
            // Each didChange carries one to three changes, each relative to the text after the previous one.
            const contentChanges = [];
            for (const e of batch) {
              const a = pick(text, Math.min(e.from, e.to));
              const b = pick(text, Math.max(e.from, e.to));
              contentChanges.push({ range: { start: a.position, end: b.position }, text: e.text });
              text = text.slice(0, a.offset) + e.text + text.slice(b.offset);
            }
            version++;
            await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: edited, version }, contentChanges });
          }
          // Only the last version is sure to be published: the server waits for the writer to pause.
          const last = version;
          const editedDiagnostics = (await client.nextDiagnostics(edited, (p) => p.version === last)).diagnostics;
          const freshDiagnostics = await client.open(fresh, text);
          assert.equal(sameAs(edited, editedDiagnostics), sameAs(fresh, freshDiagnostics), `diagnostics differ for ${JSON.stringify(text)}`);

          // Hovers on every figure and a few other places, outline and semantic tokens: all read the same analysis.
          const a = analyze(text);
          const offsets = [...a.amounts, ...a.percentages, ...a.entities].map((x) => x.start).slice(0, 8);
          for (const f of [0.1, 0.5, 0.9]) offsets.push(pick(text, f).offset);
          for (const offset of offsets) {
            const position = positionOf(text, offset);
            const [h1, h2] = await Promise.all([
              client.request<Hover | null>('textDocument/hover', { textDocument: { uri: edited }, position }),
              client.request<Hover | null>('textDocument/hover', { textDocument: { uri: fresh }, position }),
            ]);
            assert.equal(sameAs(edited, h1), sameAs(fresh, h2), `hover at ${offset} of ${JSON.stringify(text)}`);
          }
          for (const method of ['textDocument/documentSymbol', 'textDocument/semanticTokens/full']) {
            const [x, y] = await Promise.all([
              client.request(method, { textDocument: { uri: edited } }),
              client.request(method, { textDocument: { uri: fresh } }),
            ]);
            assert.equal(sameAs(edited, x), sameAs(fresh, y), method);
          }
          for (const uri of [edited, fresh]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        }),
        { numRuns: 40, seed },
      );
      assert.equal(client.process.exitCode, null);
    });
  });

  describe('hostile documents and requests', () => {
    let client: TestClient;
    beforeEach(async () => {
      client = new TestClient({ locale: 'en', settings: { maxDiagnostics: 50, maxDocumentSize: 1_000_000, hints: { typography: 'each' } } });
      await client.initialize();
    });
    afterEach(async () => {
      assert.equal(client.process.exitCode, null, 'the server is still running');
      assert.ok(!/Unexpected error|RangeError|TypeError/.test(client.stderr), client.stderr);
      await client.close();
    });

    /** Every request an editor may send on a document, at hostile positions too. */
    async function everyRequest(uri: string): Promise<void> {
      const positions = [
        { line: 0, character: 0 },
        { line: 3, character: 5 },
        { line: 1e6, character: 1e6 },
        { line: -1, character: -1 },
        { line: 0, character: 2 ** 31 - 1 },
      ];
      const range = { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } };
      for (const position of positions) {
        await client.request('textDocument/hover', { textDocument: { uri }, position });
        await client.request('textDocument/definition', { textDocument: { uri }, position });
        await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
        await client.request('textDocument/prepareRename', { textDocument: { uri }, position }).catch(() => null);
        await client.request('textDocument/rename', { textDocument: { uri }, position, newName: '« »\u0000' }).catch(() => null);
      }
      await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      await client.request('textDocument/codeLens', { textDocument: { uri } });
      await client.request('textDocument/inlayHint', { textDocument: { uri }, range });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      await client.request(Requests.documentSummary, { uri });
      await client.request(Requests.figures, { uri });
      await client.request('workspace/symbol', { query: '\u0000\ud800' });
    }

    it('answers every request on documents it does not know', async () => {
      await everyRequest('file:///never-opened.md');
      await everyRequest('untitled:Untitled-1');
    });

    it('keeps answering on a 5 MB single line, NULs, lone surrogates and a document past maxDocumentSize', async () => {
      const uri = 'file:///huge.md';
      const line = 'Le PIA4 reçoit 1,8 milliard d’euros, dont 667 millions pour SecNumCloud et 12 % pour « ';
      const text = line.repeat(Math.ceil(5e6 / line.length)) + '\u0000\ud800\udfff\ud800';
      const t0 = performance.now();
      const diagnostics = await client.open(uri, text);
      assert.ok(performance.now() - t0 < 30000);
      const notice = diagnostics.find((d) => d.code === 'size-limit');
      assert.ok(notice, 'size-limit notice past maxDocumentSize');
      assert.equal(diagnostics.length, 51, 'capped at the maxDiagnostics setting, plus one notice');
      assert.ok(diagnostics.some((d) => d.code === 'too-many-diagnostics'));
      await everyRequest(uri);
    });

    it('survives a breakdown of 200 000 parts, its code lens and its figures table', async () => {
      client.settings = { maxDiagnostics: 50 };
      const uri = 'file:///parts.md';
      const text = 'Le budget de 5 M€ se répartit ainsi :\n\n' + '- 1 M€ pour A\n'.repeat(200_000);
      // 2.8 MB: on a machine busy with other work, its first analysis may take longer than open()'s 10 s.
      const published = client.nextDiagnostics(uri, () => true, 50000);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await published;
      const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(Array.isArray(lenses));
      // The table lists the first 50 000 figures and says how many more there are.
      const figures = await client.request<Figures>(Requests.figures, { uri });
      assert.equal(figures.amounts.length, 50_000);
      assert.equal(figures.omitted.figures, 200_001 - 50_000);
      await everyRequest(uri);
    });

    it('applies out-of-range and reversed edits as LSP clamps them, and keeps the text it was given', async () => {
      const uri = 'file:///clamped.md';
      await client.open(uri, 'Le fonds dispose de 40 millions d’euros.\r\n');
      let version = 1;
      const change = async (range: { start: Position; end: Position }, text: string) => {
        version++;
        const v = version;
        const published = client.nextDiagnostics(uri, (p) => p.version === v);
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text }] });
        return (await published).diagnostics;
      };
      await change({ start: { line: 50, character: 0 }, end: { line: 99, character: 9 } }, 'Puis 3 M€.'); // past the end: appended
      await change({ start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, ' Et 2 M€.'); // past the line's end: before its CRLF
      await change({ start: { line: 0, character: 22 }, end: { line: 0, character: 20 } }, '55'); // reversed: 40 → 55
      const figures = await client.request<Figures>(Requests.figures, { uri });
      assert.deepEqual(
        figures.amounts.map((a) => [a.text, a.line]),
        [
          ['55 millions d’euros', 0],
          ['2 M€', 0],
          ['3 M€', 1],
        ],
      );
    });

    it('takes broken settings as defaults', async () => {
      client.settings = { maxDiagnostics: 'many', maxDocumentSize: -5, debounceMs: null, checks: { tolerance: 'high', disabled: 'all', severity: { 'sum-mismatch': 'fatal' } }, codeLens: 3 };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const diagnostics = await client.open('file:///settings.md', 'Le plan de 10 M€, dont 6 M€ et 6 M€.\n' + '1,5 milliards d’euros\n'.repeat(1200));
      assert.equal(diagnostics.length, 1001, 'the default cap');
      assert.equal(diagnostics.find((d) => d.code === 'sum-mismatch')?.severity, 2, 'the default severity (warning)');
    });

    it('survives a glossary opened in the editor and typed into with random bytes', async () => {
      const uri = 'file:///w/random.glossary.md';
      let seedValue = 11;
      const next = () => (seedValue = (seedValue * 1103515245 + 12345) >>> 0) >>> 16;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '## Terme\n- kind: programme\n' } });
      for (let v = 2; v < 40; v++) {
        let junk = '';
        for (let i = 0; i < 200; i++) junk += String.fromCharCode(next() & 0xffff);
        if (v % 3 === 0) junk = `## ${junk.slice(0, 30)}\n- variants: ${junk.slice(30, 60)};;;\n- amount: ${junk.slice(60, 90)}\n`;
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: v },
          contentChanges: [{ range: { start: { line: v % 4, character: 0 }, end: { line: v % 4, character: 3 } }, text: junk }],
        });
      }
      const text = 'Le PIA4 reçoit 3 M€.\n';
      await client.open('file:///w/after.md', text);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///w/after.md' }, position: positionOf(text, text.indexOf('3 M€')) });
      assert.ok(hover, 'still answering');
    });
  });

  describe('a workspace on disk', () => {
    let dir: string;
    const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
    let client: TestClient;

    /** Every file under the workspace with its bytes and modification time. */
    function snapshot(): Map<string, { bytes: Buffer; mtimeMs: number }> {
      const out = new Map<string, { bytes: Buffer; mtimeMs: number }>();
      const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else out.set(p, { bytes: fs.readFileSync(p), mtimeMs: fs.statSync(p).mtimeMs });
        }
      };
      walk(dir);
      return out;
    }

    beforeEach(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-readonly-'));
      const write = (name: string, content: string | Buffer) => {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
      };
      write('equipe.glossary.md', '# Glossaire\n\n## Pass Numérique Local\n- kind: programme\n- variants: PNL\n- amount: 12 M€ — enveloppe annuelle\n\nChèques numériques.\n');
      write('notes/casse.glossary.md', '## \n- kind: licorne\n- variants: ;;\n- amount: beaucoup\n\u0001\n');
      write('notes/bytes.glossary.md', Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28, 0x0a]));
      write('brief.md', 'Le Pass Numérique Local est doté de 12 M€, dont 5 M€ et 9 M€ pour les médiathèques.\n\nLe PNL complète SecNumCloud.\n');
      write('archive/2024.md', 'En 2024, le PNL a financé 300 ateliers pour 1,5 milliards d’euros.\n');
      write('archive/latin1.txt', Buffer.from('Budget : 3 M\x80 en 2024 pour le PNL.\n', 'latin1'));
      client = new TestClient({ locale: 'fr', rootUri: pathToFileURL(dir).toString() });
    });
    afterEach(async () => {
      if (client.process.exitCode === null) await client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('never writes a user file: hovers, definitions, references, rename and workspace analysis leave every byte and mtime as they were', async () => {
      // Make any write visible in the modification times.
      const past = new Date(Date.now() - 3600_000);
      for (const file of snapshot().keys()) fs.utimesSync(file, past, past);
      const before = snapshot();
      const malformed = client.nextDiagnostics(uri('notes/casse.glossary.md'), (p) => p.diagnostics.length > 0, 20000);
      await client.initialize();
      const glossaryProblems = (await malformed).diagnostics;
      assert.ok(glossaryProblems.every((d) => String(d.code).startsWith('glossary-')), JSON.stringify(glossaryProblems));
      const briefText = fs.readFileSync(path.join(dir, 'brief.md'), 'utf8');
      await client.open(uri('brief.md'), briefText);
      // Wait for the index: the glossary name resolves once it is in.
      let hover: Hover | null = null;
      for (let i = 0; i < 100 && !hover; i++) {
        hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri('brief.md') }, position: positionOf(briefText, 5) });
        if (!hover) await new Promise((r) => setTimeout(r, 50));
      }
      assert.ok(hover, 'the glossary was indexed');
      const at = (needle: string) => ({ textDocument: { uri: uri('brief.md') }, position: positionOf(briefText, briefText.indexOf(needle) + 1) });
      for (const needle of ['Pass Numérique', '12 M€', 'PNL', 'SecNumCloud']) {
        await client.request('textDocument/hover', at(needle));
        await client.request<Location[]>('textDocument/definition', at(needle));
        await client.request<Location[]>('textDocument/references', { ...at(needle), context: { includeDeclaration: true } });
      }
      await client.request('textDocument/prepareRename', at('PNL'));
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at('PNL'), newName: 'Pass Inclusion' });
      const touched = Object.keys(edit.changes ?? {}).concat((edit.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : '')));
      assert.ok(touched.includes(uri('archive/2024.md')) && touched.includes(uri('equipe.glossary.md')), `the rename spans closed files: ${touched}`);
      await client.request('textDocument/codeAction', {
        textDocument: { uri: uri('brief.md') },
        range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
        context: { diagnostics: [] as Diagnostic[] },
      });
      await client.request('workspace/symbol', { query: 'pass' });
      await client.request(Requests.analyzeWorkspace, {});
      // A glossary edited in the editor (not saved) is never written back either.
      const glossaryText = fs.readFileSync(path.join(dir, 'equipe.glossary.md'), 'utf8');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('equipe.glossary.md'), languageId: 'markdown', version: 1, text: glossaryText } });
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri('equipe.glossary.md'), version: 2 },
        contentChanges: [{ text: glossaryText + '\n## Nouveau terme\n- kind: label\n' }],
      });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('equipe.glossary.md') } });
      await client.request('textDocument/hover', at('PNL'));
      await client.close();
      await new Promise((r) => (client.process.exitCode === null && client.process.signalCode === null ? client.process.once('exit', r) : r(null)));

      const after = snapshot();
      assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no file created or removed');
      for (const [file, was] of before) {
        const now = after.get(file)!;
        assert.ok(now.bytes.equals(was.bytes), `${file} changed`);
        assert.equal(now.mtimeMs, was.mtimeMs, `${file} was written`);
      }
    });
  });
});
