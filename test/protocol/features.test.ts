import { strict as assert } from 'assert';
import { CodeAction, CodeLens, Diagnostic, Hover, InlayHint, SemanticTokens } from 'vscode-languageserver-protocol';
import { TestClient, positionOf } from '../helpers/lspClient';
import { Requests, type DocumentSummary } from '../../shared/protocol';

const NNBSP = '\u202f';
const BRIEF =
  'Une enveloppe d’1,8 milliard d’euros est prévue. Sur ce total, l’État apporte 667 millions d’euros, ' +
  'l’Europe 444 millions d’euros, enfin les entreprises 680 millions d’euros.\n';

describe('checks, lenses and hints over stdio', () => {
  let client: TestClient;
  afterEach(async () => {
    await client.close();
  });

  it('shows the arithmetic of a consistent total in a code lens, and raises nothing', async () => {
    client = new TestClient({ locale: 'en' });
    await client.initialize();
    const uri = 'file:///ok.md';
    const diagnostics = await client.open(uri, BRIEF);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'sum-mismatch'), []);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes(`667 + 444 + 680 = 1${NNBSP}791${NNBSP}M€ ≈ 1,8${NNBSP}Md€ ✓`), JSON.stringify(titles));
  });

  it('flags a wrong total, points at each part, and offers a fix that makes the warning go away', async () => {
    client = new TestClient({ locale: 'en' });
    await client.initialize();
    const uri = 'file:///wrong.md';
    const text = BRIEF.replace('667', '967');
    const diagnostics = await client.open(uri, text);
    const mismatch = diagnostics.find((d) => d.code === 'sum-mismatch') as Diagnostic;
    assert.ok(mismatch, JSON.stringify(diagnostics));
    assert.deepEqual(mismatch.range.start, positionOf(text, text.indexOf('1,8')));
    assert.equal(mismatch.relatedInformation?.length, 3);
    assert.ok(mismatch.message.includes('967 + 444 + 680'), mismatch.message);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit?.changes?.[uri]);
    assert.ok(fix, JSON.stringify(actions));
    const edit = fix!.edit!.changes![uri][0];
    const start = offsetOf(text, edit.range.start);
    const end = offsetOf(text, edit.range.end);
    const fixed = text.slice(0, start) + edit.newText + text.slice(end);
    const after = await client.change(uri, fixed);
    assert.deepEqual(after.filter((d) => d.code === 'sum-mismatch'), [], fixed);
  });

  it('gives the share of the total when hovering a part', async () => {
    client = new TestClient({ locale: 'fr' });
    await client.initialize();
    const uri = 'file:///share.md';
    await client.open(uri, BRIEF);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(BRIEF, BRIEF.indexOf('444') + 1) });
    const value = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.ok(value.includes(`24,7${NNBSP}% du total de 1,8${NNBSP}Md€`), value);
  });

  it('shows inlay hints only when the setting turns them on', async () => {
    client = new TestClient({ locale: 'en', settings: { inlayHints: { enabled: true } } });
    await client.initialize();
    const uri = 'file:///hints.md';
    await client.open(uri, BRIEF);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } },
    });
    assert.ok(hints.some((h) => h.label === `= 1${NNBSP}800${NNBSP}000${NNBSP}000${NNBSP}€`), JSON.stringify(hints));

    const off = new TestClient({ locale: 'en' });
    try {
      await off.initialize();
      await off.open(uri, BRIEF);
      const none = await off.request<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } },
      });
      assert.deepEqual(none, []);
    } finally {
      await off.close();
    }
  });

  it('turns off a diagnostic code from the settings', async () => {
    client = new TestClient({ locale: 'en', settings: { checks: { disabled: ['sum-mismatch'] } } });
    await client.initialize();
    const diagnostics = await client.open('file:///off.md', BRIEF.replace('667', '967'));
    assert.deepEqual(diagnostics.filter((d) => d.code === 'sum-mismatch'), []);
  });

  it('raises a code to the severity the settings ask for, and widens the tolerance', async () => {
    client = new TestClient({ locale: 'en', settings: { checks: { severity: { 'sum-mismatch': 'error' } } } });
    await client.initialize();
    const wrong = BRIEF.replace('667', '967');
    const diagnostics = await client.open('file:///severity.md', wrong);
    assert.equal(diagnostics.find((d) => d.code === 'sum-mismatch')?.severity, 1, JSON.stringify(diagnostics));

    const lax = new TestClient({ locale: 'en', settings: { checks: { tolerance: 0.2 } } });
    try {
      await lax.initialize();
      const laxDiagnostics = await lax.open('file:///lax.md', wrong);
      assert.deepEqual(laxDiagnostics.filter((d) => d.code === 'sum-mismatch'), [], 'a 20 % tolerance accepts 2 091 M€ for 1,8 Md€');
    } finally {
      await lax.close();
    }
  });

  it('marks figures and names with semantic tokens, and summarises the document for the status bar', async () => {
    client = new TestClient({ locale: 'en' });
    await client.initialize();
    const uri = 'file:///tokens.md';
    const text = 'Le PIA4 consacre 1,8 Md€ au cloud, soit 12 % du total.\n';
    await client.open(uri, text);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(tokens.data.length % 5, 0);
    assert.ok(tokens.data.length / 5 >= 3, JSON.stringify(tokens.data));
    const summary = await client.request<DocumentSummary>(Requests.documentSummary, { uri });
    assert.deepEqual([summary.amounts, summary.percentages, summary.entities], [1, 1, 1]);
  });
});

function offsetOf(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) if (text.charCodeAt(i++) === 10) line++;
  return i + pos.character;
}
