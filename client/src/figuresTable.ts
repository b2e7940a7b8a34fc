// A webview listing every figure of the active document, sortable by any
// column, with the checks and their verdicts. Clicking a row reveals the line.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { DocumentParams, FIGURES_VIEW_TYPE, Figures, Requests } from '../../shared/protocol';

/** Opens the table beside the editor; resolves with its page (the tests read it), or undefined when there is none. */
export async function showFiguresTable(client: LanguageClient): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to list its figures.'));
    return undefined;
  }
  const figures = await client.sendRequest<Figures | null>(Requests.figures, { uri: editor.document.uri.toString() } satisfies DocumentParams);
  if (!figures) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Policy Lens does not analyse this document.'));
    return undefined;
  }
  const panel = vscode.window.createWebviewPanel(FIGURES_VIEW_TYPE, vscode.l10n.t('Figures: {0}', shortName(editor.document.uri)), vscode.ViewColumn.Beside, {
    enableScripts: true,
  });
  const html = render(figures, nonce());
  panel.webview.html = html;
  const uri = editor.document.uri;
  panel.webview.onDidReceiveMessage(async (msg: { line?: number }) => {
    if (typeof msg.line !== 'number') return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const shown = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const pos = new vscode.Position(msg.line, 0);
    shown.selection = new vscode.Selection(pos, pos);
    shown.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  });
  return html;
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

/** The page, for a document: exported for the tests, which read its rows. */
export function render(f: Figures, n: string): string {
  const t = vscode.l10n.t;
  const kindLabel = (k: Figures['figures'][number]['kind']) => (k === 'amount' ? t('amount') : k === 'percentage' ? t('percentage') : t('table number'));
  const section = (i: number) => (i >= 0 && f.sections[i]?.title ? f.sections[i].title : '');
  const figureRows = f.figures
    .map(
      (x) =>
        `<tr data-line="${x.line}" class="${x.failing ? 'failing' : 'passing'}"><td data-v="${x.line + 1}"><a href="#">${x.line + 1}</a></td><td>${esc(section(x.section))}</td><td>${esc(x.text)}</td><td data-v="${x.value}">${fmt.format(x.value)}</td><td>${esc(x.unit)}</td><td>${esc(kindLabel(x.kind))}</td><td>${esc(x.notes.join(' · '))}</td></tr>`,
    )
    .join('');
  const checkRows = f.checks
    .map(
      (c) =>
        `<tr data-line="${c.line}" class="${c.status === 'ok' ? 'passing' : 'failing'}"><td data-v="${c.line + 1}"><a href="#">${c.line + 1}</a></td><td>${esc(section(c.section))}</td><td>${esc(c.label)}</td><td class="${c.status}">${c.status === 'ok' ? '✓ ' + esc(t('holds')) : '✗ ' + esc(t('fails'))}</td><td>${esc(c.words)}</td><td class="arith">${esc(c.arithmetic)}</td></tr>`,
    )
    .join('');
  const failing = f.checks.filter((c) => c.status === 'mismatch').length;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';">
<style nonce="${n}">
body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}
table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
th,td{padding:3px 8px;border-bottom:1px solid var(--vscode-panel-border);text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none}
td[data-v]{text-align:right;font-variant-numeric:tabular-nums}
td.arith{font-variant-numeric:tabular-nums;white-space:nowrap}
tr[data-line]:hover{background:var(--vscode-list-hoverBackground);cursor:pointer}
a{color:var(--vscode-textLink-foreground)}
.mismatch{color:var(--vscode-errorForeground)}
body.failing-only tr.passing{display:none}
@media print{label,th{cursor:default}a{color:inherit;text-decoration:none}}
</style></head><body>
<p><label><input type="checkbox" id="failing-only"> ${esc(t('Failing checks only'))}</label></p>
<h3>${esc(t('Checks'))} (${f.checks.length}, ${esc(t('{0} failing', failing))})</h3>
${f.omitted?.checks ? `<p>${esc(t('{0} more checks are not listed.', f.omitted.checks))}</p>` : ''}
<table id="checks"><thead><tr><th>${esc(t('Line'))}</th><th>${esc(t('Section'))}</th><th>${esc(t('Kind'))}</th><th>${esc(t('Verdict'))}</th><th>${esc(t('What it says'))}</th><th>${esc(t('Arithmetic'))}</th></tr></thead><tbody>${checkRows}</tbody></table>
<h3>${esc(t('Figures'))} (${f.figures.length})</h3>
${f.omitted?.figures ? `<p>${esc(t('{0} more figures are not listed.', f.omitted.figures))}</p>` : ''}
<table id="figures"><thead><tr><th>${esc(t('Line'))}</th><th>${esc(t('Section'))}</th><th>${esc(t('As written'))}</th><th>${esc(t('Value'))}</th><th>${esc(t('Unit'))}</th><th>${esc(t('Kind'))}</th><th>${esc(t('Notes'))}</th></tr></thead><tbody>${figureRows}</tbody></table>
<script nonce="${n}">
const vscode = acquireVsCodeApi();
document.getElementById('failing-only').addEventListener('change', (e) => document.body.classList.toggle('failing-only', e.target.checked));
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
  body.addEventListener('click', (e) => { e.preventDefault(); const tr = e.target.closest('tr'); if (tr) vscode.postMessage({ line: Number(tr.dataset.line) }); });
}
</script></body></html>`;
}
