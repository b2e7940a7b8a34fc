// A webview listing every figure of the active document, sortable by any
// column, with the checks and their verdicts. Clicking a row reveals the line.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { DocumentParams, FIGURES_VIEW_TYPE, Figures, Requests } from '../../shared/protocol';

export async function showFiguresTable(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to list its figures.'));
    return;
  }
  const figures = await client.sendRequest<Figures | null>(Requests.figures, { uri: editor.document.uri.toString() } satisfies DocumentParams);
  if (!figures) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens does not analyse this document.'));
    return;
  }
  const panel = vscode.window.createWebviewPanel(FIGURES_VIEW_TYPE, vscode.l10n.t('Figures: {0}', shortName(editor.document.uri)), vscode.ViewColumn.Beside, {
    enableScripts: true,
  });
  panel.webview.html = render(figures, nonce());
  const uri = editor.document.uri;
  panel.webview.onDidReceiveMessage(async (msg: { line?: number }) => {
    if (typeof msg.line !== 'number') return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const shown = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const pos = new vscode.Position(msg.line, 0);
    shown.selection = new vscode.Selection(pos, pos);
    shown.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  });
}

function shortName(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function render(f: Figures, n: string): string {
  const t = vscode.l10n.t;
  const rows = [
    ...f.amounts.map(
      (a) =>
        `<tr data-line="${a.line}"><td data-v="${a.line + 1}">${a.line + 1}</td><td>${esc(a.text)}</td><td data-v="${a.value}">${fmt.format(a.value)}</td><td>${esc(a.currency)}</td><td>${esc(
          [a.qualifier ?? '', a.inferred ? t('inferred currency') : ''].filter(Boolean).join(', '),
        )}</td></tr>`,
    ),
    ...f.percentages.map(
      (p) => `<tr data-line="${p.line}"><td data-v="${p.line + 1}">${p.line + 1}</td><td>${esc(p.text)}</td><td data-v="${p.value}">${fmt.format(p.value)}</td><td>%</td><td></td></tr>`,
    ),
  ].join('');
  const checks = f.checks
    .map((c) => `<tr data-line="${c.line}"><td>${c.line + 1}</td><td>${esc(c.kind)}</td><td class="${c.status}">${c.status === 'ok' ? '✓' : '✗'}</td><td>${esc(c.description)}</td></tr>`)
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';">
<style nonce="${n}">
body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}
table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
th,td{padding:3px 8px;border-bottom:1px solid var(--vscode-panel-border);text-align:left}
th{cursor:pointer;user-select:none}
td[data-v]{text-align:right;font-variant-numeric:tabular-nums}
tr[data-line]:hover{background:var(--vscode-list-hoverBackground);cursor:pointer}
.mismatch{color:var(--vscode-errorForeground)}
</style></head><body>
<h3>${esc(t('Figures'))} (${f.amounts.length + f.percentages.length})</h3>
${f.omitted?.figures ? `<p>${esc(t('{0} more figures are not listed.', f.omitted.figures))}</p>` : ''}
<table id="figures"><thead><tr><th>${esc(t('Line'))}</th><th>${esc(t('As written'))}</th><th>${esc(t('Value'))}</th><th>${esc(t('Unit'))}</th><th>${esc(t('Notes'))}</th></tr></thead><tbody>${rows}</tbody></table>
<h3>${esc(t('Checks'))} (${f.checks.length})</h3>
${f.omitted?.checks ? `<p>${esc(t('{0} more checks are not listed.', f.omitted.checks))}</p>` : ''}
<table id="checks"><thead><tr><th>${esc(t('Line'))}</th><th>${esc(t('Kind'))}</th><th>${esc(t('Verdict'))}</th><th>${esc(t('Arithmetic'))}</th></tr></thead><tbody>${checks}</tbody></table>
<script nonce="${n}">
const vscode = acquireVsCodeApi();
for (const table of document.querySelectorAll('table')) {
  const body = table.tBodies[0];
  table.querySelectorAll('th').forEach((th, col) => {
    let asc = true;
    th.addEventListener('click', () => {
      const key = (tr) => { const td = tr.cells[col]; return td.dataset.v !== undefined ? Number(td.dataset.v) : td.textContent; };
      const rows = Array.from(body.rows).sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1); });
      asc = !asc;
      rows.forEach((r) => body.appendChild(r));
    });
  });
  body.addEventListener('click', (e) => { const tr = e.target.closest('tr'); if (tr) vscode.postMessage({ line: Number(tr.dataset.line) }); });
}
</script></body></html>`;
}
