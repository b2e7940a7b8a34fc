// « Analyse the workspace »: the server reads every brief and publishes its
// problems; the writer follows along in a progress notification, then lands
// in the Problems view.

import * as vscode from 'vscode';
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
  void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: {0} files analysed, {1} problems.', result.files, result.problems));
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
