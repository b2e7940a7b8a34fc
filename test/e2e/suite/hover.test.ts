import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, askRunner, euros, exampleBriefUri, fixtureUri, hasRunner, hoverText, open, plain, positionOf, rangeOf, waitFor } from './helpers';

/** An amount as a French brief writes it: « 1,8 Md€ », « 667 millions d’euros », « 12 000 € ». */
const AMOUNT = /\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?\s*(?:Md€|M€|k€|€|milliards?\s+d[’']euros|millions?\s+d[’']euros)/;
/** A formatted amount in a hover, digit groups separated by U+202F. */
const FORMATTED = /\d{1,3}(?:\u202f\d{3})*(?:,\d+)?\u202f€/;

describe('hover on amounts', () => {
  before(async () => {
    await activateExtension();
  });

  it('shows the full value of « 1,8 milliard d’euros »', async () => {
    const doc = await open(fixtureUri('brief.md'));
    const text = await waitFor('a hover on « 1,8 milliard »', async () => (await hoverText(doc.uri, positionOf(doc, '1,8 milliard'))) || undefined);
    assert.ok(text.includes(euros(1_800_000_000)), `hover does not show ${plain(euros(1_800_000_000))}:\n${text}`);
    assert.ok(text.includes('EUR'), `hover does not name the currency:\n${text}`);
  });

  it('shows the full value of an amount in millions', async () => {
    const doc = await open(fixtureUri('brief.md'));
    const text = await hoverText(doc.uri, positionOf(doc, '150 millions'));
    assert.ok(text.includes(euros(150_000_000)), `hover does not show ${plain(euros(150_000_000))}:\n${text}`);
  });

  it('shows nothing on plain words', async () => {
    const doc = await open(fixtureUri('brief.md'));
    const text = await hoverText(doc.uri, positionOf(doc, 'Aucun chiffre', 2));
    assert.ok(!FORMATTED.test(text), `unexpected amount hover on words:\n${text}`);
  });

  it('shows a formatted value on the first amount of the example brief', async () => {
    const doc = await open(exampleBriefUri());
    const match = AMOUNT.exec(doc.getText());
    assert.ok(match, `no amount found in ${doc.uri.path}`);
    const text = await hoverText(doc.uri, doc.positionAt(match.index + 1));
    assert.match(text, FORMATTED, `hover on « ${match[0]} » shows no formatted amount:\n${text}`);
  });

  it('shows the hover on screen', async function () {
    if (!hasRunner()) this.skip(); // only the page can take the picture
    const doc = await open(exampleBriefUri(), true);
    const match = AMOUNT.exec(doc.getText());
    assert.ok(match, `no amount found in ${doc.uri.path}`);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === doc.uri.toString(), 'the brief is not the active editor');
    const range = rangeOf(doc, match[0]);
    const inside = range.start.translate(0, 1);
    editor.selection = new vscode.Selection(inside, inside);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    const shot = await askRunner<{ file: string; text: string }>({ kind: 'screenshot', name: 'hover', waitFor: '.monaco-hover-content', settleMs: 600 });
    assert.ok(shot, 'no screenshot');
    assert.match(shot.text, FORMATTED, `the hover on screen shows no formatted amount:\n${shot.text}`);
  });
});
