import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, exampleBriefUri, fixtureUri, open, positionOf, rangeOf, waitFor } from './helpers';
import { KNOWLEDGE_SCHEME } from '../../../shared/protocol';

type Target = vscode.Location | vscode.LocationLink;

function targetOf(t: Target): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in t ? { uri: t.targetUri, range: t.targetSelectionRange ?? t.targetRange } : { uri: t.uri, range: t.range };
}

async function definitionsAt(uri: vscode.Uri, position: vscode.Position): Promise<{ uri: vscode.Uri; range: vscode.Range }[]> {
  const found = await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', uri, position);
  return (found ?? []).map(targetOf);
}

describe('go to definition', () => {
  before(async () => {
    await activateExtension();
  });

  it('goes from « le Programme » to where the brief defines it', async () => {
    const doc = await open(fixtureUri('brief.md'));
    // « Le Programme dispose… » refers to « (ci-après « le Programme ») ».
    const use = positionOf(doc, 'Programme dispose', 2);
    const [target] = await definitionsAt(doc.uri, use);
    assert.ok(target, 'no definition found');
    assert.equal(target.uri.toString(), doc.uri.toString());
    assert.ok(target.range.intersection(rangeOf(doc, '« le Programme »')), `definition at line ${target.range.start.line + 1}, not on « le Programme »`);
  });

  it('goes from a label to the sentence that creates it', async () => {
    const doc = await open(fixtureUri('brief.md'));
    const use = positionOf(doc, 'Archive de confiance est délivrée', 2);
    const [target] = await definitionsAt(doc.uri, use);
    assert.ok(target, 'no definition found');
    assert.ok(target.range.intersection(rangeOf(doc, 'Archive de confiance', 0)), `definition at line ${target.range.start.line + 1}, not on the label’s creation`);
  });

  it('goes from a glossary name to the glossary, and from a built-in name to its read-only page', async () => {
    const doc = await open(exampleBriefUri());
    // The workspace index (and so the glossary) is built in the background after start-up.
    const glossary = await waitFor('the glossary to be indexed', async () => {
      const [target] = await definitionsAt(doc.uri, positionOf(doc, 'Campus numérique régional', 3));
      return target?.uri.path.endsWith('policy-lens.glossary.md') ? target : undefined;
    }, 20_000);
    assert.ok(glossary.range.start.line > 0, 'lands on the entry heading, not the top of the file');

    const [page] = await definitionsAt(doc.uri, positionOf(doc, 'SecNumCloud', 3));
    assert.ok(page, 'no definition for SecNumCloud');
    assert.equal(page.uri.scheme, KNOWLEDGE_SCHEME);
    const shown = await vscode.workspace.openTextDocument(page.uri);
    assert.ok(shown.getText().startsWith('# SecNumCloud'), shown.getText().slice(0, 200));
    assert.ok(shown.getText().includes('ANSSI'));
  });
});
