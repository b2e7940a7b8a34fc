// Figure conflicts across files, over stdio: an open brief against a brief on
// disk (from the workspace index) and against other open briefs (their live
// text), kept current as either changes; and files on disk against each other
// when the whole workspace is analysed.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';
import { Requests } from '../../shared/protocol';

const conflicts = (p: PublishDiagnosticsParams | Diagnostic[]) => (Array.isArray(p) ? p : p.diagnostics).filter((d) => d.code === 'figure-conflict');

describe('figure conflicts across files over stdio', () => {
  let dir: string;
  let client: TestClient;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cross-'));
    fs.mkdirSync(path.join(dir, 'archives'));
    fs.writeFileSync(path.join(dir, 'archives', 'budget.md'), '# Budget\n\nLe PIA4, doté de 12 Md€, finance les start-up.\n');
    fs.writeFileSync(path.join(dir, 'accord.md'), 'Le PIA4 (20 milliards d’euros) finance l’innovation.\n');
    client = new TestClient({ rootUri: pathToFileURL(dir).toString() });
    await client.initialize();
  });
  afterEach(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('warns on an amount a brief on disk contradicts, and points at it', async () => {
    const note = uri('note.md');
    // The index is built in the background: the warning comes with the first publication after it.
    const found = client.nextDiagnostics(note, (p) => conflicts(p).length > 0);
    await client.open(note, 'Intro.\n\nLe PIA4, doté de 20 Md€, soutient l’innovation.\n');
    const [d] = conflicts(await found);
    assert.equal(d.message, 'PIA 4 is given 20 Md€ here but 12 Md€ in archives/budget.md.');
    assert.deepEqual(d.range, { start: { line: 2, character: 17 }, end: { line: 2, character: 23 } });
    assert.equal(d.severity, 2);
    assert.deepEqual(
      d.relatedInformation!.map((r) => [r.location.uri, r.location.range.start.line, r.location.range.start.character]),
      [[uri('archives/budget.md'), 2, 17]],
    );
  });

  it('follows the other open briefs as they are edited, and the disk once they close', async () => {
    const note = uri('note.md');
    const first = client.nextDiagnostics(note, (p) => conflicts(p).length > 0);
    await client.open(note, 'Le PIA4, doté de 20 Md€, soutient l’innovation.\n');
    await first;
    // An open brief speaks for itself, before it is ever saved.
    const two = client.nextDiagnostics(note, (p) => conflicts(p).some((d) => d.message.includes('other files that disagree: 1')));
    await client.open(uri('brouillon.md'), 'Le PIA4 (30 Md€) finance.\n');
    await two;
    // Its edits count at once; the copy of budget.md on disk no longer counts while budget.md is open.
    const none = client.nextDiagnostics(note, (p) => conflicts(p).length === 0);
    await client.change(uri('brouillon.md'), 'Le PIA4 (20 Md€) finance.\n');
    await client.open(uri('archives/budget.md'), '# Budget\n\nLe PIA4, doté de 20 Md€, finance les start-up.\n');
    await none;
    // Closed without saving: the disk's 12 Md€ counts again.
    const back = client.nextDiagnostics(note, (p) => conflicts(p).some((d) => d.message.includes('archives/budget.md')));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('archives/budget.md') } });
    await back;
  });

  it('analyses the workspace with the files on disk checked against each other', async () => {
    const budget = client.nextDiagnostics(uri('archives/budget.md'));
    const accord = client.nextDiagnostics(uri('accord.md'));
    await client.request(Requests.analyzeWorkspace, {});
    const b = conflicts(await budget);
    assert.equal(b.length, 1);
    assert.equal(b[0].message, 'PIA 4 is given 12 Md€ here but 20 milliards d’euros in accord.md.');
    assert.equal(b[0].relatedInformation![0].location.uri, uri('accord.md'));
    assert.equal(conflicts(await accord).length, 1);
  });

  it('honours the settings', async () => {
    client.settings = { checks: { disabled: ['figure-conflict'] } };
    const note = uri('note.md');
    await client.open(note, 'Le PIA4, doté de 20 Md€, soutient l’innovation.\n');
    // Re-published once the index is built: still nothing.
    await client.request('workspace/symbol', { query: 'pia' });
    await new Promise((r) => setTimeout(r, 300));
    for (const p of client.diagnostics.get(note) ?? []) assert.equal(conflicts(p).length, 0);
  });
});
