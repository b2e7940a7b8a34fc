// Shared by the end-to-end tests: the extension, the documents they open, and
// small waits. Everything goes through the public `vscode` API.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'policy-lens.policy-lens';
/** U+202F, the digit-group separator of the server's French number formatting. */
export const NNBSP = '\u202f';
/** Where the runner copies test/e2e/fixtures inside the workspace. */
export const FIXTURES_FOLDER = 'e2e-fixtures';
/** The example brief of the repository, when the workspace holds it. */
export const EXAMPLE_BRIEF = 'plan-cloud.md';

export type { DocumentSummary } from '../../../shared/protocol';

/** What the extension's activate() returns: its language client. */
export interface ClientApi {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
  isRunning(): boolean;
}

export async function activateExtension(): Promise<vscode.Extension<ClientApi>> {
  const ext = vscode.extensions.getExtension<ClientApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), FIXTURES_FOLDER, name);
}

/** The example brief when the workspace has it, else the suite's own brief. */
export function exampleBriefUri(): vscode.Uri {
  const example = vscode.Uri.joinPath(workspaceRoot(), EXAMPLE_BRIEF);
  return fs.existsSync(example.fsPath) ? example : fixtureUri('brief.md');
}

export async function open(uri: vscode.Uri, show = false): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Position of the `nth` occurrence of `needle` in the document, `delta` characters in. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 1, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `« ${needle} » (occurrence ${nth + 1}) not found in ${path.basename(doc.uri.path)}`);
  }
  return doc.positionAt(at + delta);
}

export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const start = positionOf(doc, needle, 0, nth);
  return new vscode.Range(start, start.translate(0, needle.length));
}

/** Polls `probe` until it gives something other than undefined, null or false. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<Exclude<T, undefined | null | false>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const last = await probe();
    if (last !== undefined && last !== null && last !== false) return last as Exclude<T, undefined | null | false>;
    if (Date.now() > until) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function markdownOf(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/** All hover text at a position, through the editor's own hover machinery. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? []).flatMap((h) => h.contents.map(markdownOf)).join('\n');
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function diagnosticsWithCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
}

/** 1800000000 → « 1 800 000 000 € », the way the server writes amounts. */
export function euros(value: number): string {
  return value.toLocaleString('en-US').replace(/,/g, NNBSP) + NNBSP + '€';
}

/** Spaces of any width as plain spaces, for comparing what a reader sees. */
export function plain(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/**
 * Asks the e2e runner for something only the page can do (a screenshot, the
 * status bar's text). Undefined when the suite runs without it (test-electron).
 */
export async function askRunner<T>(request: Record<string, unknown>, timeoutMs = 20_000): Promise<T | undefined> {
  const bridge = process.env.POLICY_LENS_E2E_BRIDGE;
  if (!bridge) return undefined;
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const response = path.join(bridge, `${id}.response.json`);
  const tmp = path.join(bridge, `${id}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(request));
  fs.renameSync(tmp, path.join(bridge, `${id}.request.json`));
  const text = await waitFor(`the runner to answer a ${String(request.kind)} request`, () => (fs.existsSync(response) ? fs.readFileSync(response, 'utf8') : undefined), timeoutMs);
  fs.rmSync(response, { force: true });
  const answer = JSON.parse(text) as T & { error?: string };
  if (answer.error) assert.fail(`the runner could not serve a ${String(request.kind)} request: ${answer.error}`);
  return answer;
}

export function hasRunner(): boolean {
  return !!process.env.POLICY_LENS_E2E_BRIDGE;
}
