// The « Figures » view in the explorer: the active document's checks and
// figures, grouped by section, instead of an outline that would compete with
// Markdown's own. Checks come first in each section (failing ones marked),
// then the figures; a click reveals the line. The server answers with every
// word in the editor's language (policyLens/figures).

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Requests, type Figures } from '../../shared/protocol';

type Node =
  | { kind: 'section'; title: string; line: number; children: Node[] }
  | { kind: 'check'; row: Figures['checks'][number] }
  | { kind: 'figure'; row: Figures['figures'][number] };

/** Children shown under one section at most: a long table would otherwise give thousands of entries. */
const MAX_CHILDREN = 500;

export class FiguresView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private roots: Node[] = [];
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.uri && e.uris.some((u) => u.toString() === this.uri!.toString())) this.schedule();
      }),
      this.changed,
    );
    this.schedule();
  }

  /** Reloads once the burst of events is over. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), 300);
  }

  private async reload(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return; // keep the last document's figures while the focus is elsewhere
    this.uri = editor.document.uri;
    let figures: Figures | null = null;
    if (this.client.isRunning()) {
      figures = await this.client.sendRequest<Figures | null>(Requests.figures, { uri: this.uri.toString() }).catch(() => null);
    }
    this.roots = figures ? tree(figures) : [];
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return node.kind === 'section' ? node.children : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const t = vscode.l10n.t;
    if (node.kind === 'section') {
      const item = new vscode.TreeItem(node.title || t('Before the first heading'), vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
      item.command = this.reveal(node.line);
      return item;
    }
    if (node.kind === 'check') {
      const c = node.row;
      const item = new vscode.TreeItem(`${c.status === 'ok' ? '✓' : '✗'} ${c.label}`, vscode.TreeItemCollapsibleState.None);
      item.description = c.arithmetic;
      item.tooltip = `${c.words}\n${c.arithmetic}\n${t('line {0}', c.line + 1)}`;
      item.iconPath = new vscode.ThemeIcon(c.status === 'ok' ? 'pass' : 'error', new vscode.ThemeColor(c.status === 'ok' ? 'testing.iconPassed' : 'problemsErrorIcon.foreground'));
      item.command = this.reveal(c.line);
      return item;
    }
    const f = node.row;
    const item = new vscode.TreeItem(f.text, vscode.TreeItemCollapsibleState.None);
    item.description = f.notes.join(' · ');
    item.tooltip = `${f.text}\n${t('line {0}', f.line + 1)}${f.notes.length ? '\n' + f.notes.join('\n') : ''}`;
    item.iconPath = new vscode.ThemeIcon(f.kind === 'percentage' ? 'symbol-operator' : 'symbol-number');
    item.command = this.reveal(f.line);
    return item;
  }

  private reveal(line: number): vscode.Command | undefined {
    if (!this.uri) return undefined;
    const at = new vscode.Range(line, 0, line, 0);
    return { title: '', command: 'vscode.open', arguments: [this.uri, { selection: at }] };
  }

  /** The view's top-level entries (for the tests). */
  snapshot(): { title: string; checks: string[]; figures: string[] }[] {
    return this.roots.map((r) =>
      r.kind === 'section'
        ? {
            title: r.title,
            checks: r.children.flatMap((c) => (c.kind === 'check' ? [`${c.row.label}: ${c.row.arithmetic}`] : [])),
            figures: r.children.flatMap((c) => (c.kind === 'figure' ? [c.row.text] : [])),
          }
        : { title: '', checks: [], figures: [] },
    );
  }

  /** Reloads now (for the tests and the refresh button). */
  async refresh(): Promise<void> {
    await this.reload();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

function tree(f: Figures): Node[] {
  const bySection = new Map<number, Node[]>();
  const add = (section: number, node: Node) => {
    const list = bySection.get(section) ?? [];
    if (list.length < MAX_CHILDREN) list.push(node);
    bySection.set(section, list);
  };
  for (const c of f.checks) add(c.section, { kind: 'check', row: c });
  for (const x of f.figures) add(x.section, { kind: 'figure', row: x });
  return [...bySection.keys()]
    .sort((a, b) => a - b)
    .map((s) => ({
      kind: 'section' as const,
      title: s >= 0 ? f.sections[s]?.title ?? '' : '',
      line: s >= 0 ? f.sections[s]?.line ?? 0 : 0,
      children: bySection.get(s)!,
    }));
}
