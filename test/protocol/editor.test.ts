// What an analyst sees in the editor, over stdio: hover lines true of each
// relation, quick fixes (ignore on this line, turn off in the settings, fix
// all typography as source.fixAll), code lens wording and place, no outline
// that competes with Markdown's, the figures request in French, and a server
// that speaks the environment's language when the client sends no locale.

import { strict as assert } from 'assert';
import { CodeAction, CodeLens, Hover } from 'vscode-languageserver-protocol';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, positionOf } from '../helpers/lspClient';
import { Requests, type AnalyzeWorkspaceResult, type Figures } from '../../shared/protocol';

const NNBSP = '\u202f';
const CONFLICT =
  '# Plan\n\nFrance 2030, doté de 54 milliards d’euros, finance l’innovation.\n\n## Bilan\n\n' +
  'Un texte sans chiffre.\n\nFrance 2030 et ses 34 milliards d’euros ont financé des projets.\n';
const SHARE = 'La stratégie représente 1,8 milliard d’euros, dont 667 millions d’euros de crédits publics, soit 37 % de l’ensemble.\n';

function hoverText(h: Hover | null): string {
  const c = h?.contents as { value?: string } | undefined;
  return (c?.value ?? '').replace(/\\/g, '');
}

describe('the editor over stdio', () => {
  let client: TestClient;
  afterEach(async () => {
    await client.close();
  });

  it('answers in French when started with LANG=fr_FR.UTF-8 and no client locale', async () => {
    client = new TestClient({ env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8' } });
    await client.initialize();
    const diagnostics = await client.open('file:///fr.md', CONFLICT);
    const conflict = diagnostics.find((d) => d.code === 'figure-conflict');
    assert.ok(conflict, JSON.stringify(diagnostics));
    assert.match(conflict.message, /plus haut dans le document|ici/, conflict.message);
    assert.ok(!/ earlier in the document/.test(conflict.message), conflict.message);
  });

  it('stays in English with LANG=C and no client locale', async () => {
    client = new TestClient({ env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } });
    await client.initialize();
    const diagnostics = await client.open('file:///en.md', CONFLICT);
    assert.ok(diagnostics.some((d) => d.code === 'figure-conflict' && d.message.includes('earlier in the document')), JSON.stringify(diagnostics));
  });

  it('says where the other mention of a conflict is, never a share of a total', async () => {
    client = new TestClient({ locale: 'fr' });
    await client.initialize();
    const uri = 'file:///conflict.md';
    await client.open(uri, CONFLICT);
    const at = (needle: string) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(CONFLICT, CONFLICT.indexOf(needle) + 1) });
    const later = hoverText(await at('34 milliards'));
    assert.ok(later.includes('ailleurs\u00a0: 54 milliards d’euros (ligne 3) ✗'), later);
    assert.ok(!later.includes('du total'), later);
    const earlier = hoverText(await at('54 milliards'));
    assert.ok(earlier.includes('ailleurs\u00a0: 34 milliards d’euros (ligne 9) ✗'), earlier);
  });

  it('shows a share as the division it is', async () => {
    client = new TestClient({ locale: 'fr' });
    await client.initialize();
    const uri = 'file:///share.md';
    await client.open(uri, SHARE);
    for (const needle of ['37 %', '667 millions']) {
      const h = hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(SHARE, SHARE.indexOf(needle) + 1) }));
      assert.ok(h.includes(`667 millions d’euros / 1,8 milliard d’euros = 37,1${NNBSP}% ✓`), `${needle}: ${h}`);
    }
  });

  it('offers to ignore a finding on its line, and to turn it off in the settings when the client can', async () => {
    client = new TestClient({ locale: 'fr', initializationOptions: { disableCheckCommand: true } });
    await client.initialize();
    const uri = 'file:///ignore.md';
    const diagnostics = await client.open(uri, CONFLICT);
    const conflict = diagnostics.find((d) => d.code === 'figure-conflict')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict] } });
    const titles = actions.map((a) => a.title);
    const ignore = actions.find((a) => a.title === 'Ignorer « figure-conflict » sur cette ligne');
    assert.ok(ignore, JSON.stringify(titles));
    const edit = ignore.edit!.changes![uri][0];
    assert.equal(edit.newText, '<!-- policy-lens-disable-next-line figure-conflict -->\n');
    assert.equal(edit.range.start.line, conflict.range.start.line);
    const off = actions.find((a) => a.title === 'Désactiver « figure-conflict » dans les paramètres');
    assert.deepEqual(off?.command?.arguments, ['figure-conflict', uri]);
    assert.ok(titles.some((t) => t.startsWith('Écrire ici 54')), JSON.stringify(titles));
    assert.ok(titles.some((t) => t.startsWith('Écrire 34')), JSON.stringify(titles));
  });

  it('offers no settings command to a client that cannot run it', async () => {
    client = new TestClient({ locale: 'en' });
    await client.initialize();
    const uri = 'file:///nocommand.md';
    const diagnostics = await client.open(uri, CONFLICT);
    const conflict = diagnostics.find((d) => d.code === 'figure-conflict')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: [conflict] } });
    assert.ok(actions.some((a) => a.title.startsWith('Ignore')));
    assert.ok(!actions.some((a) => a.command), JSON.stringify(actions.map((a) => a.title)));
  });

  it('fixes all typography as source.fixAll, asked for by kind only', async () => {
    client = new TestClient({ locale: 'en' });
    await client.initialize();
    const uri = 'file:///typo.md';
    const text = 'La commune reçoit 12 000 € pour son école et 3 400 € pour la cantine, soit 15% du budget.\n';
    await client.open(uri, text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(fixAll.length, 1, JSON.stringify(fixAll));
    assert.equal(fixAll[0].kind, 'source.fixAll');
    assert.equal(fixAll[0].edit!.changes![uri].length, 3);
    const plain = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [] } });
    assert.ok(!plain.some((a) => a.kind === 'source.fixAll'), 'not on every lightbulb');
  });

  it('writes « = » for an exact sum and puts a table’s lens above the table', async () => {
    client = new TestClient({ locale: 'en' });
    await client.initialize();
    const uri = 'file:///lens.md';
    const text =
      'Le fonds est doté de 320 millions d’euros, répartis ainsi : 200 millions d’euros pour les routes et 120 millions d’euros pour les écoles.\n\n' +
      '| Poste | Montant (M€) |\n|---|---|\n| Routes | 200 |\n| Écoles | 150 |\n| Total | 350 |\n';
    await client.open(uri, text);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes(`200 + 120 = 320${NNBSP}M€ ✓`), JSON.stringify(titles));
    assert.ok(!titles.some((t) => t.includes('≤') || t.includes('≈')), JSON.stringify(titles));
    const table = lenses.find((l) => l.command?.title.startsWith('200 + 150'));
    assert.ok(table, JSON.stringify(titles));
    assert.equal(table.range.start.line, 2, 'the line of the table’s header');
  });

  it('registers its outline for plain text only when the client can register it', async () => {
    client = new TestClient({ locale: 'en', textDocumentCapabilities: { documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true } } });
    const result = (await client.initialize()) as { capabilities: { documentSymbolProvider?: unknown } };
    assert.ok(!result.capabilities.documentSymbolProvider, 'no outline for every language');
    const deadline = Date.now() + 5000;
    while (!client.registrations.some((r) => r.method === 'textDocument/documentSymbol') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const reg = client.registrations.find((r) => r.method === 'textDocument/documentSymbol');
    assert.deepEqual((reg?.registerOptions as { documentSelector?: unknown })?.documentSelector, [{ language: 'plaintext' }]);
  });

  it('lists every check in French words, at the flagged mention, and the numbers of tables', async () => {
    client = new TestClient({ locale: 'fr' });
    await client.initialize();
    const uri = 'file:///figures.md';
    const text = CONFLICT + '\n| Poste | Effectif |\n|---|---|\n| Routes | 12 |\n| Écoles | 30 |\n';
    await client.open(uri, text);
    const f = await client.request<Figures>(Requests.figures, { uri });
    const conflict = f.checks.find((c) => c.kind === 'conflict');
    assert.ok(conflict, JSON.stringify(f.checks));
    assert.equal(conflict.label, 'Même montant cité deux fois');
    assert.equal(conflict.line, 8, 'the flagged, later mention');
    assert.equal(conflict.arithmetic, '34 milliards d’euros (ligne 9) ≠ 54 milliards d’euros (ligne 3)');
    assert.ok(conflict.words.startsWith('Un autre montant'), conflict.words);
    assert.ok(f.figures.some((x) => x.text === '30' && x.kind === 'cell' && x.notes.includes('cellule de tableau')), JSON.stringify(f.figures));
    assert.deepEqual(f.sections.map((s) => s.title), ['Plan', 'Bilan']);
  });

  it('shows a built-in page in French with typographic apostrophes and without the English notes on its sources', async () => {
    client = new TestClient({ locale: 'fr' });
    await client.initialize();
    const page = await client.request<string>(Requests.knowledgeDocument, { uri: 'policy-lens-knowledge:/france-2030.md' });
    assert.ok(page.startsWith('# France 2030'), page);
    const prose = page.replace(/\]\([^)]*\)/g, ']'); // links' URLs aside
    assert.ok(!/\p{L}'\p{L}/u.test(prose), `a straight apostrophe in French text:\n${page}`);
    assert.ok(page.includes('d’investissement'), page);
    assert.ok(!/ over five years| unveiled| presented at/.test(page), `English source notes:\n${page}`);
    const en = new TestClient({ locale: 'en' });
    try {
      await en.initialize();
      const english = await en.request<string>(Requests.knowledgeDocument, { uri: 'policy-lens-knowledge:/france-2030.md' });
      assert.ok(/over five years/.test(english), 'the English page keeps its notes');
    } finally {
      await en.close();
    }
  });

  it('counts the hints of « analyse the workspace » apart from its problems', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-count-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'a.md'),
        'La commune reçoit 12 000 € et 3 400 €.\n\nLe fonds est doté de 500 millions d’euros, répartis ainsi : 200 millions d’euros pour les routes et 150 millions d’euros pour les écoles.\n',
      );
      client = new TestClient({ locale: 'en', rootUri: pathToFileURL(dir).toString() });
      await client.initialize();
      const result = await client.request<AnalyzeWorkspaceResult>(Requests.analyzeWorkspace, {});
      assert.deepEqual(result, { files: 1, problems: 1, hints: 1 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
