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
import { FiguresView } from './figuresView';
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
    // The server offers « turn off this check in the settings » only to clients that run this command.
    initializationOptions: { disableCheckCommand: true },
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
    vscode.commands.registerCommand(Commands.disableCheck, (code: unknown, uri: unknown) => disableCheck(code, uri)),
    registerKnowledgePages(client),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.${SettingKeys.fileTypes}`)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: reload the window to apply the new file types.'));
      }
    }),
  );
  await client.start();
  const view = new FiguresView(client);
  context.subscriptions.push(
    view,
    vscode.window.registerTreeDataProvider('policyLens.figuresView', view),
    vscode.commands.registerCommand('policyLens.refreshFigures', () => view.refresh()),
    // For the end-to-end tests: what the Figures view lists.
    vscode.commands.registerCommand('policyLens.figuresViewSnapshot', async () => {
      await view.refresh();
      return view.snapshot();
    }),
  );
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

/** « Turn off this check in the settings »: adds the code to `policyLens.checks.disabled` where the document's settings come from. */
async function disableCheck(code: unknown, uri: unknown): Promise<void> {
  if (typeof code !== 'string') return;
  const scope = typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
  const config = vscode.workspace.getConfiguration('policyLens', scope);
  const inspected = config.inspect<string[]>('checks.disabled');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(code)) return;
  await config.update('checks.disabled', [...current, code], target);
  void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens: « {0} » is turned off in the settings (policyLens.checks.disabled).', code));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
