// Built-in entries of the knowledge base open as read-only Markdown pages:
// go to definition on « SecNumCloud » lands on its page, served by the server.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { DocumentParams, KNOWLEDGE_SCHEME, Requests } from '../../shared/protocol';

export { KNOWLEDGE_SCHEME };

export function registerKnowledgePages(client: LanguageClient): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const text = await client.sendRequest<string | null>(Requests.knowledgeDocument, { uri: uri.toString() } satisfies DocumentParams);
      return text ?? vscode.l10n.t('No such entry in the knowledge base.');
    },
  };
  return vscode.workspace.registerTextDocumentContentProvider(KNOWLEDGE_SCHEME, provider);
}
