// What issue 14 asked of the editor, in a real VS Code: hover lines true of
// each relation, the figures table in words, « ignore on this line », code
// lens wording, no outline competing with Markdown's; with screenshots of the
// hover, the Problems view, the figures table and a quick-fix menu.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, askRunner, diagnosticsWithCode, fixtureUri, hasRunner, hoverText, NNBSP, open, plain, positionOf, rangeOf, sleep, waitFor } from './helpers';

const RELATIONS = 'relations.md';

async function conflictDiagnostic(doc: vscode.TextDocument): Promise<vscode.Diagnostic> {
  const [d] = await waitFor('a figure-conflict diagnostic', () => {
    const found = diagnosticsWithCode(doc.uri, 'figure-conflict');
    return found.length ? found : undefined;
  });
  return d;
}

describe('a trustworthy editor (issue 14)', () => {
  before(async () => {
    await activateExtension();
  });

  it('says where the other mention of a conflict is, not a share of a total', async () => {
    const doc = await open(fixtureUri(RELATIONS), true);
    await conflictDiagnostic(doc);
    const later = await waitFor('a hover on « 34 millions »', async () => (await hoverText(doc.uri, positionOf(doc, '34 millions'))) || undefined);
    const line = positionOf(doc, '54 millions').line + 1;
    assert.ok(plain(later).includes(plain(`54 millions d’euros (line ${line})`)) || plain(later).includes(plain(`54 millions d’euros (ligne ${line})`)), later);
    assert.match(plain(later), /elsewhere: |ailleurs\s?: /, later);
    assert.ok(!/of the total|du total/.test(later), `a conflict is not a whole and its part:\n${later}`);
  });

  it('shows the hover of a conflict on screen', async function () {
    if (!hasRunner()) this.skip();
    const doc = await open(fixtureUri(RELATIONS), true);
    await conflictDiagnostic(doc);
    const editor = vscode.window.activeTextEditor!;
    const range = rangeOf(doc, '34 millions');
    editor.selection = new vscode.Selection(range.start.translate(0, 1), range.start.translate(0, 1));
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    const shot = await askRunner<{ text: string }>({ kind: 'screenshot', name: 'hover-conflict', waitFor: '.monaco-hover-content', settleMs: 800 });
    assert.match(plain(shot!.text), /elsewhere|ailleurs/, shot!.text);
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    await vscode.commands.executeCommand('cursorMove', { to: 'down' });
  });

  it('writes « = » for an exact sum and puts a table’s lens above the table', async () => {
    const doc = await open(fixtureUri(RELATIONS));
    const lenses = await waitFor('code lenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return found && found.length >= 2 ? found : undefined;
    });
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes(`200 + 120 = 320${NNBSP}M€ ✓`), JSON.stringify(titles));
    assert.ok(!titles.some((t) => t.includes('≤') || t.includes(' ≈ 320')), JSON.stringify(titles));
    const table = lenses.find((l) => (l.command?.title ?? '').startsWith('200 + 150'));
    assert.ok(table, JSON.stringify(titles));
    assert.equal(table.range.start.line, positionOf(doc, '| Poste').line, 'the lens sits on the table’s first line');
  });

  it('offers « ignore on this line », which inserts the comment and silences the finding', async () => {
    const doc = await open(fixtureUri(RELATIONS), true);
    const d = await conflictDiagnostic(doc);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const titles = (actions ?? []).map((a) => a.title);
    const ignore = (actions ?? []).find((a): a is vscode.CodeAction => /^(Ignore|Ignorer) « figure-conflict »/.test(a.title) && 'edit' in a);
    assert.ok(ignore?.edit, JSON.stringify(titles));
    assert.ok(titles.some((t) => /settings|paramètres/.test(t)), `no « turn off in the settings »: ${JSON.stringify(titles)}`);
    assert.ok(titles.some((t) => /^(Write|Écrire)/.test(t)), `no fix aligning the mentions: ${JSON.stringify(titles)}`);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit), 'the edit was not applied');
    assert.ok(doc.getText().includes('<!-- policy-lens-disable-next-line figure-conflict -->'), doc.getText());
    await waitFor('the figure-conflict diagnostic to go away', () => diagnosticsWithCode(doc.uri, 'figure-conflict').length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows the quick-fix menu on screen', async function () {
    if (!hasRunner()) this.skip();
    const doc = await open(fixtureUri(RELATIONS), true);
    const d = await conflictDiagnostic(doc);
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.quickFix');
    const shot = await askRunner<{ text: string }>({ kind: 'screenshot', name: 'quick-fix-menu', waitFor: '.action-widget', settleMs: 800 });
    assert.match(shot!.text, /Ignore|Ignorer/, shot!.text);
    await vscode.commands.executeCommand('hideCodeActionWidget');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('does not add an outline of its own to Markdown’s, and keeps one for plain text', async () => {
    const doc = await open(fixtureUri(RELATIONS));
    const symbols = await waitFor('Markdown’s outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return found && found.length ? found : undefined;
    });
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => list.forEach((s) => (flat.push(s), walk(s.children ?? [])));
    walk(symbols);
    assert.ok(!flat.some((s) => s.kind === vscode.SymbolKind.Number), `figures in the Markdown outline: ${flat.map((s) => s.name).join(' | ')}`);
    assert.equal(symbols.filter((s) => s.name.includes('Plan régional')).length, 1, `the heading is listed once: ${symbols.map((s) => s.name).join(' | ')}`);

    const txt = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Le plan est doté de 54 millions d’euros.\n' });
    const plainSymbols = await waitFor('the plain-text outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', txt.uri);
      return found && found.length ? found : undefined;
    });
    assert.ok(plainSymbols.some((s) => s.kind === vscode.SymbolKind.Number), JSON.stringify(plainSymbols.map((s) => s.name)));
  });

  it('lists the figures and checks in the Figures view, by section', async () => {
    await open(fixtureUri(RELATIONS), true);
    const sections = await waitFor('the Figures view', async () => {
      const s = await vscode.commands.executeCommand<{ title: string; checks: string[]; figures: string[] }[]>('policyLens.figuresViewSnapshot');
      return s && s.length ? s : undefined;
    });
    assert.deepEqual(sections.map((s) => s.title), ['Plan régional', 'Bilan']);
    assert.ok(sections[1].checks.some((c) => /Same amount twice|Même montant cité deux fois/.test(c)), JSON.stringify(sections[1]));
    assert.ok(sections[1].figures.includes('150'), `the table’s numbers: ${JSON.stringify(sections[1])}`);
  });

  it('shows the figures table in words, each check with its arithmetic and its line', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await open(fixtureUri(RELATIONS), true);
    const html = await vscode.commands.executeCommand<string>('policyLens.showFigures');
    assert.ok(html, 'no figures table');
    const rows = [...html.matchAll(/<tr data-line="(\d+)" class="(\w+)">(.*?)<\/tr>/g)].map((m) => ({ line: Number(m[1]), cls: m[2], text: m[3].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }));
    const conflict = rows.find((r) => /Same amount twice|Même montant cité deux fois/.test(r.text));
    assert.ok(conflict, rows.map((r) => r.text).join('\n'));
    const doc = await open(fixtureUri(RELATIONS));
    assert.equal(conflict.line, positionOf(doc, '34 millions').line, 'the conflict sits at the flagged, later mention');
    assert.match(plain(conflict.text), /34 millions d’euros \((line|ligne) \d+\) ≠ 54 millions d’euros \((line|ligne) \d+\)/);
    assert.ok(!rows.some((r) => /> ?(conflict|table-total|sum|share)\b/.test(r.text)), 'kind codes instead of words');
    assert.ok(rows.some((r) => /Sum of parts|Somme des parties/.test(r.text) && r.text.includes('200 + 120')), 'the exact sum in words');
    assert.ok(html.includes('id="failing-only"'), 'the failing-only filter');
    assert.ok(rows.some((r) => /table cell|cellule de tableau/.test(r.text)), 'the numbers of the table');
    if (hasRunner()) {
      // The table alone on screen, as an analyst would print it.
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.focusRightGroup');
      await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup').then(undefined, () => undefined);
      await sleep(1500);
      const shot = await askRunner<{ file: string }>({ kind: 'screenshot', name: 'figures-table', settleMs: 1000 });
      assert.ok(shot);
      await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup').then(undefined, () => undefined);
      await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    }
  });

  it('shows the Problems view on screen', async function () {
    if (!hasRunner()) this.skip();
    const doc = await open(fixtureUri(RELATIONS), true);
    await conflictDiagnostic(doc);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const shot = await askRunner<{ text: string }>({ kind: 'screenshot', name: 'problems', waitFor: '.markers-panel', settleMs: 800 });
    assert.match(shot!.text, /relations\.md/, shot!.text);
  });
});
