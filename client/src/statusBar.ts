// The status bar tells how many figures the active document holds and how many
// checks fail; a click opens the Problems view.

import * as vscode from 'vscode';
import { counted } from './plural';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { DocumentSummary, Requests } from '../../shared/protocol';

export type { DocumentSummary };
export const SUMMARY_REQUEST = Requests.documentSummary;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Policy Lens';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.schedule();
      }),
    );
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 100);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.client.isRunning() || !vscode.languages.match(this.client.clientOptions.documentSelector ?? [], editor.document)) {
      this.item.hide();
      return;
    }
    try {
      const s = await this.client.sendRequest<DocumentSummary | null>(SUMMARY_REQUEST, { uri: editor.document.uri.toString() });
      if (!s) {
        this.item.hide();
        return;
      }
      const figures = s.amounts + s.percentages;
      const figuresText = counted(figures, '{0} figure', '{0} figures');
      this.item.text = s.failing > 0 ? `$(warning) ${figuresText}, ${vscode.l10n.t('{0} failing', s.failing)}` : `$(check) ${figuresText}`;
      this.item.tooltip = vscode.l10n.t(
        'Policy Lens: {0}, {1}, {2}, {3} ({4}). Click to open the Problems view.',
        counted(s.amounts, '{0} amount', '{0} amounts'),
        counted(s.percentages, '{0} percentage', '{0} percentages'),
        counted(s.entities, '{0} name', '{0} names'),
        counted(s.checks, '{0} check', '{0} checks'),
        vscode.l10n.t('{0} failing', s.failing),
      );
      this.item.backgroundColor = s.failing > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
