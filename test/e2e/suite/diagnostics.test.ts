import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWithCode, fixtureUri, open, rangeOf, waitFor } from './helpers';

describe('diagnostics', () => {
  before(async () => {
    await activateExtension();
  });

  it('publishes diagnostics for an opened brief', async () => {
    // Whatever the checks find, the server must answer an opened document: the
    // editor then knows the brief, even when the list is empty.
    const doc = await open(fixtureUri('brief.md'), true);
    const all = vscode.languages.getDiagnostics(doc.uri);
    assert.ok(Array.isArray(all));
    for (const d of all) assert.ok(codeOf(d), `a diagnostic without a code: ${d.message}`);
  });

  it('reports a total that is not the sum of its parts, with code sum-mismatch', async () => {
    const doc = await open(fixtureUri('brief.md'), true);
    // 150 + 90 + 40 = 280 millions, written as 300 millions.
    const [d] = await waitFor('a sum-mismatch diagnostic', () => {
      const found = diagnosticsWithCode(doc.uri, 'sum-mismatch');
      return found.length ? found : undefined;
    });
    const total = rangeOf(doc, '300 millions');
    assert.ok(d.range.intersection(total), `sum-mismatch is at line ${d.range.start.line + 1}, not on « 300 millions »`);
    assert.match(d.message, /280/, `the message does not give the sum of the parts: ${d.message}`);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('reports no sum-mismatch on a breakdown that adds up', async () => {
    const doc = await open(fixtureUri('brief.md'), true);
    await waitFor('the sum-mismatch diagnostic of the brief', () => diagnosticsWithCode(doc.uri, 'sum-mismatch').length > 0);
    const onFirstParagraph = diagnosticsWithCode(doc.uri, 'sum-mismatch').filter((d) => d.range.intersection(rangeOf(doc, '1,8 milliard')));
    assert.deepEqual(onFirstParagraph, []);
  });

  it('flags an amount another brief of the workspace contradicts, with a link to it', async () => {
    // Unsaved, so nothing is written: the open document speaks for itself against bilan.md on disk.
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Note.\n\nFrance 2030, doté de 30 Md€, finance la recherche.\n' });
    await vscode.window.showTextDocument(doc);
    const [d] = await waitFor('a figure-conflict across files', () => {
      const found = diagnosticsWithCode(doc.uri, 'figure-conflict');
      return found.length ? found : undefined;
    }, 20_000);
    assert.ok(d.range.isEqual(rangeOf(doc, '30 Md€')), `the conflict is not on « 30 Md€ »: line ${d.range.start.line + 1}`);
    assert.match(d.message, /30 Md€/);
    assert.match(d.message, /54 milliards d’euros/);
    assert.match(d.message, /bilan\.md/);
    const [related] = d.relatedInformation ?? [];
    assert.ok(related && related.location.uri.path.endsWith('/bilan.md'), 'no related place in bilan.md');
    assert.equal(related.location.range.start.line, 2);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
