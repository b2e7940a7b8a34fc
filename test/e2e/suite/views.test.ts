import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, exampleBriefUri, NNBSP, open, waitFor } from './helpers';
import { Commands, FIGURES_VIEW_TYPE, SETTINGS_SECTION } from '../../../shared/protocol';

describe('lenses, tokens, figures table and workspace analysis', () => {
  before(async () => {
    await activateExtension();
  });

  it('shows the arithmetic of each total in a code lens', async () => {
    const doc = await open(exampleBriefUri());
    const lenses = await waitFor('code lenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return found && found.length > 0 ? found : undefined;
    });
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes(`667 + 444 + 680 = 1${NNBSP}791${NNBSP}M€ ≈ 1,8${NNBSP}Md€ ✓`), JSON.stringify(titles));
    assert.ok(titles.some((t) => t.startsWith('120 + 95 + 60 = 275') && t.includes('✗')), JSON.stringify(titles));
  });

  it('colours figures and names with semantic tokens', async () => {
    const doc = await open(exampleBriefUri());
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend?.tokenTypes.includes('amount'), JSON.stringify(legend));
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(tokens && tokens.data.length / 5 >= 20, `only ${tokens ? tokens.data.length / 5 : 0} tokens`);
  });

  it('opens a table of every figure of the document', async () => {
    const doc = await open(exampleBriefUri(), true);
    await vscode.commands.executeCommand(Commands.showFigures);
    const tab = await waitFor('the figures table', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('plan-cloud.md')),
    );
    assert.ok((tab.input as vscode.TabInputWebview).viewType.endsWith(FIGURES_VIEW_TYPE));
    assert.ok(doc);
  });

  it('analyses the whole workspace into the Problems view, files never opened included', async () => {
    // never-opened.md is opened by no test: its problems can only come from the workspace analysis.
    const isIt = (uri: vscode.Uri) => uri.path.endsWith('/never-opened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => isIt(d.uri)));
    await vscode.commands.executeCommand(Commands.analyzeWorkspace);
    const problems = await waitFor('problems of the never-opened brief', () => vscode.languages.getDiagnostics().find(([uri]) => isIt(uri))?.[1]);
    assert.ok(problems.some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'sum-mismatch'), JSON.stringify(problems));
  });

  it('shows inlay hints with normalised values once the setting turns them on', async () => {
    const doc = await open(exampleBriefUri());
    const range = new vscode.Range(0, 0, doc.lineCount, 0);
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    assert.equal(config.get('inlayHints.enabled'), false, 'off by default');
    await config.update('inlayHints.enabled', true, vscode.ConfigurationTarget.Global);
    try {
      const hints = await waitFor('inlay hints', async () => {
        const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range);
        return found && found.length > 0 ? found : undefined;
      });
      const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
      assert.ok(labels.includes(`= 1${NNBSP}800${NNBSP}000${NNBSP}000${NNBSP}€`), JSON.stringify(labels));
    } finally {
      await config.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
