import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, askRunner, DocumentSummary, exampleBriefUri, hasRunner, open, waitFor } from './helpers';
import { Commands, Requests } from '../../../shared/protocol';

describe('commands and status bar', () => {
  before(async () => {
    await activateExtension();
  });

  it('registers « Policy Lens: Restart Server »', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(Commands.restartServer), `${Commands.restartServer} is not registered`);
  });

  it('answers the status bar’s summary request for an open brief', async () => {
    const ext = await activateExtension();
    const doc = await open(exampleBriefUri(), true);
    const summary = await ext.exports.sendRequest<DocumentSummary | null>(Requests.documentSummary, { uri: doc.uri.toString() });
    assert.ok(summary, 'no summary for an open brief');
    for (const key of ['amounts', 'percentages', 'entities', 'checks', 'failing'] as const) {
      assert.equal(typeof summary[key], 'number', `summary.${key}`);
    }
  });

  it('shows the figure count of the active brief in the status bar', async function () {
    if (!hasRunner()) this.skip(); // the status bar is only visible from the page
    const ext = await activateExtension();
    const doc = await open(exampleBriefUri(), true);
    const summary = await ext.exports.sendRequest<DocumentSummary>(Requests.documentSummary, { uri: doc.uri.toString() });
    const figures = summary.amounts + summary.percentages;
    const item = await waitFor('the Policy Lens status bar item', async () => {
      const answer = await askRunner<{ items: { id: string; text: string; label: string }[] }>({ kind: 'statusbar' });
      return answer?.items.find((i) => /\bfigures?\b/.test(i.text));
    });
    assert.match(item.text, new RegExp(`^${figures} figures?\\b`), `status bar says « ${item.text} », the server counts ${figures} figures`);
  });

  it('restarts the language server on command, and it answers again', async () => {
    const ext = await activateExtension();
    const doc = await open(exampleBriefUri());
    const summary = () => (ext.exports.isRunning() ? ext.exports.sendRequest<DocumentSummary | null>(Requests.documentSummary, { uri: doc.uri.toString() }) : undefined);
    // The server must know the document first: one opened while the client restarts is not sent to the new server.
    await waitFor('the server to know the document', summary);
    await vscode.commands.executeCommand(Commands.restartServer);
    assert.equal(typeof (await waitFor('the restarted server to answer', summary)).amounts, 'number');
  });

  it('restarts a server that died, and tells the writer', async function () {
    const ext = await activateExtension();
    const doc = await open(exampleBriefUri());
    const kill = () => {
      // vscode-languageclient keeps the child process it started for an IPC server here.
      const child = (ext.exports as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
      assert.ok(child?.pid, 'the language client exposes no server process');
      process.kill(child.pid, 'SIGKILL');
      return child.pid;
    };
    const answers = () =>
      waitFor('the server to answer after a crash', async () => {
        try {
          return ext.exports.isRunning() ? await ext.exports.sendRequest<DocumentSummary | null>(Requests.documentSummary, { uri: doc.uri.toString() }) : undefined;
        } catch {
          return undefined;
        }
      }, 20_000);
    const first = kill();
    await waitFor('a new server process', () => {
      const pid = (ext.exports as unknown as { _serverProcess?: { pid?: number } })._serverProcess?.pid;
      return pid !== undefined && pid !== first;
    }, 20_000);
    assert.equal(typeof (await answers()).amounts, 'number');
    kill();
    assert.equal(typeof (await answers()).amounts, 'number');
    if (!hasRunner()) return;
    // A warning toast hides itself after a few seconds, and the restart may take
    // longer than that on a busy machine; the notification centre keeps every
    // message, so it is opened before each look.
    let seen: string[] = [];
    const told = await waitFor('the writer to be told the server stopped', async () => {
      await vscode.commands.executeCommand('notifications.showList');
      const answer = await askRunner<{ messages: string[] }>({ kind: 'notifications' });
      seen = answer?.messages ?? [];
      const matching = seen.filter((m) => m.includes('stopped unexpectedly'));
      return matching.length >= 1 ? matching : undefined;
    }, 15_000).catch(() => [] as string[]);
    // The workbench merges identical notifications, so the count cannot tell
    // « once » from « twice » here; that the writer is told at all can be
    // checked, and « once » is the policy's own test (test/unit/crashPolicy.test.ts).
    assert.ok(told.length >= 1, `notifications: ${JSON.stringify(seen)}`);
    await vscode.commands.executeCommand('notifications.hideList');
    // Leave the workbench as the writer would after reading it (the run ends with a screenshot).
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});
