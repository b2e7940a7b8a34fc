import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Hover, Location, SymbolInformation, WorkspaceEdit, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, positionOf } from '../helpers/lspClient';
import { Requests } from '../../shared/protocol';

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : c.value ?? '';
}

/** A workspace on disk: a glossary, a brief that is never opened, and the files the tests open. */
function makeWorkspace(): { dir: string; uri: (name: string) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-ws-'));
  fs.writeFileSync(
    path.join(dir, 'equipe.glossary.md'),
    [
      '# Glossaire de l’équipe',
      '',
      '## Pass Numérique Local',
      '- kind: programme',
      '- variants: PNL',
      '- body: Conseil régional',
      '- amount: 12 M€ — enveloppe annuelle',
      '',
      'Chèques donnant accès à des formations au numérique dans les médiathèques.',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'archive.md'),
    'En 2024, le Pass Numérique Local a financé 300 ateliers. Le PNL reste prioritaire.\n',
  );
  return { dir, uri: (name) => pathToFileURL(path.join(dir, name)).toString() };
}

describe('names over stdio: hover, definition, references, rename, symbols', () => {
  let client: TestClient;
  let ws: ReturnType<typeof makeWorkspace>;

  beforeEach(async () => {
    ws = makeWorkspace();
    client = new TestClient({ locale: 'fr', rootUri: pathToFileURL(ws.dir).toString() });
    await client.initialize();
  });
  afterEach(async () => {
    await client.close();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  });

  /** The workspace index is built in the background; the glossary is in once a glossary name resolves. */
  async function waitForIndex(uri: string, text: string, offset: number): Promise<Hover | null> {
    for (let i = 0; i < 100; i++) {
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, offset) });
      if (h) return h;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  }

  it('explains a built-in name on hover, with the amount the document gives it', async () => {
    const uri = ws.uri('note.md');
    const text = 'Le PIA4 est doté de 20 milliards d’euros sur cinq ans.\n';
    await client.open(uri, text);
    const value = hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 4) }));
    assert.ok(value.includes('PIA4') || value.includes('PIA 4'), value);
    assert.ok(value.includes('SGPI'), value);
    assert.ok(value.includes('Dans ce document'), value);
    assert.ok(value.includes('20 milliards d’euros'), value);
  });

  it('goes to the in-document definition of a label the document creates', async () => {
    const uri = ws.uri('label.md');
    const text =
      'Un label « Mairie sobre » est créé afin de récompenser les communes économes en énergie.\n\nLa Mairie sobre sera décernée chaque année.\n';
    await client.open(uri, text);
    const use = text.lastIndexOf('Mairie sobre') + 2;
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, use) });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, uri);
    assert.deepEqual(locations[0].range.start, positionOf(text, text.indexOf('Mairie sobre')));
  });

  it('goes to a workspace glossary, then to the built-in page', async () => {
    const uri = ws.uri('brief.md');
    const text = 'Le Pass Numérique Local complète SecNumCloud.\n';
    await client.open(uri, text);
    const hover = await waitForIndex(uri, text, 5);
    assert.ok(hoverText(hover).includes('Conseil régional'), hoverText(hover));

    const toGlossary = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 5) });
    assert.equal(toGlossary[0].uri, ws.uri('equipe.glossary.md'));
    assert.equal(toGlossary[0].range.start.line, 2, 'the heading of the entry');

    const toBuiltin = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(text, text.indexOf('SecNumCloud') + 3),
    });
    assert.ok(toBuiltin[0].uri.startsWith('policy-lens-knowledge:'), toBuiltin[0].uri);
    const page = await client.request<string>(Requests.knowledgeDocument, { uri: toBuiltin[0].uri });
    assert.ok(page.startsWith('# SecNumCloud'), page);
    assert.ok(page.includes('ANSSI'), page);
  });

  it('finds references in open documents and in closed files of the workspace', async () => {
    const uri = ws.uri('brief.md');
    const text = 'Le PNL et le Pass Numérique Local ne font qu’un.\n';
    await client.open(uri, text);
    await waitForIndex(uri, text, 4);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: positionOf(text, 4),
      context: { includeDeclaration: true },
    });
    const byUri = (u: string) => refs.filter((r) => r.uri === u).length;
    assert.equal(byUri(uri), 2, JSON.stringify(refs));
    assert.equal(byUri(ws.uri('archive.md')), 2, JSON.stringify(refs));
    assert.equal(byUri(ws.uri('equipe.glossary.md')), 1, JSON.stringify(refs));
  });

  it('renames a user-defined label everywhere and refuses to rename a built-in one', async () => {
    const uri = ws.uri('brief.md');
    const text = 'Le Pass Numérique Local finance SecNumCloud.\n';
    await client.open(uri, text);
    await waitForIndex(uri, text, 5);
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(text, 5) });
    assert.equal(prepared.placeholder, 'Pass Numérique Local');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: positionOf(text, 5), newName: 'Pass Inclusion' });
    const changed = Object.keys(edit.changes ?? {}).sort();
    assert.deepEqual(changed, [ws.uri('archive.md'), uri, ws.uri('equipe.glossary.md')].sort());
    assert.ok(Object.values(edit.changes!).every((edits) => edits.every((e) => e.newText === 'Pass Inclusion')));

    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(text, text.indexOf('SecNumCloud') + 2) }),
      /cannot be renamed|ne peut pas/,
    );
  });

  it('lists workspace symbols from glossaries, documents and the knowledge base', async () => {
    const uri = ws.uri('brief.md');
    const text = 'Rien.\n';
    await client.open(uri, text);
    await new Promise((r) => setTimeout(r, 300));
    const pass = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'pass numerique' });
    assert.ok(pass.some((s) => s.name === 'Pass Numérique Local' && s.location.uri === ws.uri('equipe.glossary.md')), JSON.stringify(pass));
    const cloud = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'secnum' });
    assert.ok(cloud.some((s) => s.name === 'SecNumCloud'), JSON.stringify(cloud.map((s) => s.name)));
  });

  it('reports a binary glossary on disk instead of reading it as empty', async () => {
    const uri = ws.uri('image.glossary.md');
    fs.writeFileSync(path.join(ws.dir, 'image.glossary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0]));
    const other = new TestClient({ locale: 'en', rootUri: pathToFileURL(ws.dir).toString() });
    try {
      const published = other.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
      await other.initialize();
      const diagnostics = (await published).diagnostics;
      assert.deepEqual(diagnostics.map((d) => d.code), ['not-text']);
    } finally {
      await other.close();
    }
  });

  it('reports a malformed glossary in the glossary file and keeps running', async () => {
    const uri = ws.uri('casse.glossary.md');
    const published = client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: '## Terme\n- kind: licorne\n- lien: pas-une-adresse\n\u0000\u0001\n' },
    });
    const diagnostics: Diagnostic[] = (await published).diagnostics;
    assert.ok(diagnostics.some((d) => String(d.code).startsWith('glossary-')), JSON.stringify(diagnostics));
    const text = 'Le PIA4 continue.\n';
    await client.open(ws.uri('after.md'), text);
    assert.equal(client.process.exitCode, null);
  });
});
