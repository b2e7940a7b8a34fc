// « Analyse the workspace »: the server reads every brief and publishes its
// problems; the writer follows along in a progress notification, then lands
// in the Problems view.

import * as vscode from 'vscode';
import { counted } from './plural';
import { LanguageClient, WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageclient/node';
import { AnalyzeWorkspaceParams, AnalyzeWorkspaceResult, Requests } from '../../shared/protocol';

export async function analyzeWorkspace(client: LanguageClient): Promise<void> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Policy Lens: analysing the workspace'), cancellable: false },
    async (progress) => {
      const token = `policy-lens-workspace-${Date.now()}`;
      let last = 0;
      const sub = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        const v = value as WorkDoneProgressBegin | WorkDoneProgressReport;
        const pct = v.percentage ?? last;
        progress.report({ increment: Math.max(0, pct - last), message: v.message });
        last = pct;
      });
      try {
        return await client.sendRequest<AnalyzeWorkspaceResult>(Requests.analyzeWorkspace, { workDoneToken: token } satisfies AnalyzeWorkspaceParams);
      } finally {
        sub.dispose();
      }
    },
  );
  // Problems as the Problems view counts them (errors, warnings, information); hints apart, since the view hides them.
  const files = counted(result.files, '{0} file analysed', '{0} files analysed');
  const problems = counted(result.problems, '{0} problem', '{0} problems');
  const message = result.hints
    ? vscode.l10n.t('Policy Lens: {0}, {1}, and {2} in the editor.', files, problems, counted(result.hints, '{0} hint', '{0} hints'))
    : vscode.l10n.t('Policy Lens: {0}, {1}.', files, problems);
  void vscode.window.showInformationMessage(message);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
