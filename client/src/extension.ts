// The VS Code side: start the language server, and add what only the editor
// can do (status bar, commands). All analysis happens in the server.

import * as path from 'path';
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { StatusBar } from './statusBar';
import { registerKnowledgePages } from './knowledgePages';
import { analyzeWorkspace } from './workspaceCommand';
import { showFiguresTable } from './figuresTable';
import { CrashPolicy } from './crashPolicy';
import { Commands, SETTINGS_SECTION, SettingKeys } from '../../shared/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };

  const policy = new CrashPolicy();
  const fileTypes = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string[]>(SettingKeys.fileTypes, ['markdown', 'plaintext']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: fileTypes.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      // Glossaries and briefs changed on disk update the workspace index.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt}'),
    },
    errorHandler: crashHandler(policy),
  };

  client = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
  const statusBar = new StatusBar(client);
  context.subscriptions.push(statusBar);
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      policy.reset();
      await client?.restart();
    }),
    vscode.commands.registerCommand(Commands.analyzeWorkspace, () => analyzeWorkspace(client!)),
    vscode.commands.registerCommand(Commands.showFigures, () => showFiguresTable(client!)),
    registerKnowledgePages(client),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SettingKeys.fileTypes}`)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: reload the window to apply the new file types.'));
      }
    }),
  );
  await client.start();
  return client;
}

/**
 * The server is restarted after each crash; the writer is told of the first,
 * and again of any that follows a quiet period, with the count so far (see
 * crashPolicy.ts). A server that keeps crashing is left stopped, saying so.
 */
function crashHandler(policy: CrashPolicy): { error: () => ErrorHandlerResult; closed: () => CloseHandlerResult } {
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const decision = policy.onCrash(Date.now());
      if (decision.action === 'give-up') {
        void vscode.window.showErrorMessage(
          vscode.l10n.t(
            'Policy Lens: the language server stopped {0} times since the window opened and will not be restarted. Run « Policy Lens: Restart the language server » to try again.',
            decision.count,
          ),
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (decision.tell) {
        void vscode.window.showWarningMessage(
          decision.count === 1
            ? vscode.l10n.t('Policy Lens: the language server stopped unexpectedly and was restarted.')
            : vscode.l10n.t('Policy Lens: the language server stopped unexpectedly and was restarted ({0} times since the window opened). The Policy Lens output tells why.', decision.count),
        );
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
