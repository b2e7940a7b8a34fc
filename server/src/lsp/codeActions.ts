// Quick fixes come from the findings of the current analysis, not from data
// stashed in published diagnostics, so they are never stale after an edit.

import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { toDiagnostic, toTextEdit } from './convert';

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const from = doc.offsetAt(params.range.start);
  const to = doc.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const f of analysis.diagnostics) {
    if (!f.fixes?.length || f.end < from || f.start > to) continue;
    const diagnostic: Diagnostic = toDiagnostic(doc, f);
    for (const fix of f.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: f.fixes.length === 1,
        edit: { changes: { [doc.uri]: fix.edits.map((e) => toTextEdit(doc, e)) } },
      });
    }
  }
  return actions;
}
