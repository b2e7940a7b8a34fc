import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsWithCode, fixtureUri, open, plain, waitFor } from './helpers';

describe('quick fixes', () => {
  before(async () => {
    await activateExtension();
  });

  it('fixes a wrong total with the edit its title promises', async () => {
    const doc = await open(fixtureUri('breakdown.md'), true);
    // 200 + 150 + 100 = 450 millions, written as 500 millions.
    const [d] = await waitFor('a sum-mismatch diagnostic', () => {
      const found = diagnosticsWithCode(doc.uri, 'sum-mismatch');
      return found.length ? found : undefined;
    });
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The command does not return the actions' diagnostics: the fix is the one
    // whose edit rewrites the total the diagnostic is on.
    const fix = (actions ?? []).find(
      (a): a is vscode.CodeAction => 'edit' in a && !!a.edit?.get(doc.uri).some((e) => e.range.intersection(d.range)),
    );
    assert.ok(fix?.edit, `no quick fix rewrites the total of the sum-mismatch (got: ${(actions ?? []).map((a) => a.title).join(' | ') || 'nothing'})`);
    const edits = fix.edit.get(doc.uri);
    assert.ok(edits.length > 0, 'the quick fix edits another document');
    for (const e of edits) {
      assert.ok(plain(fix.title).includes(plain(e.newText).trim()), `the title « ${fix.title} » does not announce « ${e.newText} »`);
    }

    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit was not applied');
    assert.notEqual(doc.getText(), before, 'the text did not change');
    for (const e of edits) assert.ok(doc.getText().includes(e.newText), `« ${e.newText} » is not in the text after the fix`);
    await waitFor('the sum-mismatch diagnostic to go away', () => diagnosticsWithCode(doc.uri, 'sum-mismatch').length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
