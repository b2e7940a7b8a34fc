import { strict as assert } from 'assert';
import { Hover, DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient, positionOf } from '../helpers/lspClient';

const NNBSP = '\u202f';

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : c.value ?? '';
}

describe('language server over stdio', () => {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient({ locale: 'en' });
  });
  afterEach(async () => {
    await client.close();
  });

  it('announces its capabilities', async () => {
    const result = (await client.initialize()) as { capabilities: Record<string, unknown> };
    const caps = result.capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.codeActionProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.codeLensProvider);
    assert.ok(caps.inlayHintProvider);
    assert.deepEqual((caps.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  });

  it('publishes diagnostics for an opened document and hovers an amount with its full value', async () => {
    await client.initialize();
    const uri = 'file:///brief.md';
    const text = 'Le plan est doté d’1,8 milliard d’euros sur quatre ans.\n';
    const diagnostics = await client.open(uri, text);
    assert.ok(Array.isArray(diagnostics));
    const offset = text.indexOf('1,8') + 1;
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, offset) });
    const value = hoverText(hover);
    assert.ok(value.includes(`1${NNBSP}800${NNBSP}000${NNBSP}000${NNBSP}€`), value);
    assert.ok(value.includes('EUR'), value);
    assert.deepEqual(hover!.range!.start, positionOf(text, text.indexOf('1,8')));
  });

  it('says when a currency was inferred from the paragraph', async () => {
    await client.initialize();
    const uri = 'file:///inferred.md';
    const text = 'L’Union apporte 300 millions d’euros. Les régions ajoutent 120 millions sur la période.\n';
    await client.open(uri, text);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, text.indexOf('120') + 1) });
    const value = hoverText(hover);
    assert.ok(value.includes(`120${NNBSP}000${NNBSP}000${NNBSP}€`), value);
    assert.ok(value.includes('inferred'), value);
  });

  it('answers nothing on plain words', async () => {
    await client.initialize();
    const uri = 'file:///words.md';
    const text = 'Aucun chiffre ici, seulement des mots.\n';
    await client.open(uri, text);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(hover, null);
  });

  it('republishes diagnostics for each new version after incremental edits', async () => {
    await client.initialize();
    const uri = 'file:///edit.md';
    const text = 'Le fonds dispose de 40 millions d’euros.\n';
    await client.open(uri, text);
    const start = positionOf(text, text.indexOf('40'));
    const diagnostics = await client.change(uri, '55', { start, end: { line: start.line, character: start.character + 2 } });
    assert.ok(Array.isArray(diagnostics));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: start.character + 1 } });
    assert.ok(hoverText(hover).includes(`55${NNBSP}000${NNBSP}000`), hoverText(hover));
  });

  it('publishes an edit that follows a pause at once, and a burst of edits once at its start and once after it', async () => {
    const debounceMs = 600;
    const paced = new TestClient({ settings: { debounceMs } });
    try {
      await paced.initialize();
      const uri = 'file:///burst.md';
      await paced.open(uri, 'Le fonds dispose de 40 M€.\n');
      await new Promise((r) => setTimeout(r, debounceMs));
      // A lone keystroke after a pause does not wait for the debounce delay.
      const t0 = performance.now();
      await paced.change(uri, ' ', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.ok(performance.now() - t0 < debounceMs / 2, `published after ${performance.now() - t0} ms`);
      await new Promise((r) => setTimeout(r, debounceMs));

      const before = paced.diagnostics.get(uri)!.length;
      let version = 2;
      for (let i = 0; i < 12; i++) {
        version++;
        await paced.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
        });
        await new Promise((r) => setTimeout(r, 5));
      }
      const last = version;
      await paced.nextDiagnostics(uri, (p) => p.version === last);
      await new Promise((r) => setTimeout(r, debounceMs));
      const burst = paced.diagnostics.get(uri)!.slice(before);
      assert.ok(burst.length >= 1 && burst.length <= 2, `${burst.length} publications for 12 changes`);
      assert.equal(burst[burst.length - 1].version, last);
    } finally {
      await paced.close();
    }
  });

  it('speaks French when the editor does', async () => {
    const fr = new TestClient({ locale: 'fr' });
    try {
      await fr.initialize();
      const uri = 'file:///fr.md';
      const text = 'Une aide de 2 millions d’euros.\n';
      await fr.open(uri, text);
      const hover = await fr.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, text.indexOf('2 m') + 1) });
      assert.ok(hoverText(hover).includes('tel qu’écrit\u00a0: « 2 millions d’euros »'), hoverText(hover));
    } finally {
      await fr.close();
    }
  });

  it('gives an outline of sections', async () => {
    await client.initialize();
    const uri = 'file:///outline.md';
    const text = '# Plan\n\nIntro.\n\n## Financement\n\nUn budget de 3 Md€.\n\n## Calendrier\n\nEn 2026.\n';
    await client.open(uri, text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Plan');
    assert.deepEqual(
      symbols[0].children!.map((s) => s.name),
      ['Financement', 'Calendrier'],
    );
    const financement = symbols[0].children![0];
    assert.ok(financement.children!.some((c) => c.name === '3 Md€'), JSON.stringify(financement.children));
  });

  it('survives hostile input and keeps answering', async () => {
    await client.initialize();
    const uri = 'file:///hostile.txt';
    const junk = '\u0000\uffff\ud800' + '9'.repeat(200000) + '\u0000 €€€ ,,, %%% \r\r\n' + '🙂'.repeat(1000);
    const diagnostics = await client.open(uri, junk, 'plaintext');
    assert.ok(Array.isArray(diagnostics));
    const text = '🙂🙂 Enfin 5 millions d’euros.\n';
    await client.open('file:///after.md', text);
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: 'file:///after.md' },
      position: positionOf(text, text.indexOf('5 m')),
    });
    assert.ok(hoverText(hover).includes(`5${NNBSP}000${NNBSP}000`), hoverText(hover));
    assert.equal(client.process.exitCode, null, 'server still running');
  });
});
