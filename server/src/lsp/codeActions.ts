// Quick fixes come from the findings of the current analysis, not from data
// stashed in published diagnostics, so they are never stale after an edit.
// Besides each finding's own fixes (computed by the core), every finding can
// be silenced on its line (a comment the core writes) or, when the client can
// run it, turned off in the settings; and the typography of the whole
// document can be fixed at once, also as `source.fixAll` (for
// `editor.codeActionsOnSave`).

import { Commands } from '../../../shared/protocol';
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { Translate } from '../core/messages';
import { CODES } from '../core/codes';
import { ignoreEdits } from '../core/checks/suppression';
import { typographyFixAll } from '../core/checks/style';
import { TextEdit as CoreEdit } from '../core/types';
import { toDiagnostic, toTextEdit } from './convert';

/** The client command that adds a code to `policyLens.checks.disabled` (registered by the VS Code extension). */
export const DISABLE_CHECK_COMMAND = Commands.disableCheck;

/** Codes a user may turn off in the settings (the settings' enum). */
const SETTABLE: ReadonlySet<string> = new Set(CODES.map((c) => c.code));

export interface CodeActionOptions {
  t: Translate;
  /** Whether the client runs DISABLE_CHECK_COMMAND (it said so in its initialization options). */
  disableCommand: boolean;
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  if (!only?.length) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const { t } = options;
  const only = params.context?.only;
  const actions: CodeAction[] = [];
  const edit = (edits: readonly CoreEdit[]) => ({ changes: { [doc.uri]: edits.map((e) => toTextEdit(doc, e)) } });
  if (wanted(only, CodeActionKind.QuickFix)) {
    const from = doc.offsetAt(params.range.start);
    const to = doc.offsetAt(params.range.end);
    const text = doc.getText();
    const silenced = new Set<string>();
    let typography = false;
    for (const f of analysis.diagnostics) {
      if (f.end < from || f.start > to) continue;
      const diagnostic: Diagnostic = toDiagnostic(doc, f);
      const fixes = f.fixes ?? [];
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fixes.length === 1,
          edit: edit(fix.edits),
        });
      }
      if ((f.code === 'nbsp' || f.code === 'plural-scale') && !typography) {
        typography = true;
        const edits = typographyFixAll(analysis.diagnostics);
        if (edits.length > 1) actions.push({ title: t('Fix all typography in this document'), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(edits) });
      }
      if (!SETTABLE.has(f.code) || f.code === 'too-many-diagnostics' || f.code === 'size-limit') continue;
      const key = `${f.code}@${doc.positionAt(f.start).line}`;
      if (silenced.has(key)) continue;
      silenced.add(key);
      // A grouped typography hint speaks for the whole document: a comment on its line would silence it everywhere.
      const grouped = f.code === 'nbsp' && !!f.related?.length;
      const ignore = grouped ? null : ignoreEdits(text, f.start, f.code, analysis.structure.tables);
      if (ignore) actions.push({
        title: ignore.scope === 'table' ? t('Ignore « {0} » in this table', f.code) : t('Ignore « {0} » on this line', f.code),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit(ignore.edits),
      });
      if (options.disableCommand) {
        actions.push({
          title: t('Turn off « {0} » in the settings', f.code),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: t('Turn off « {0} » in the settings', f.code), command: DISABLE_CHECK_COMMAND, arguments: [f.code, doc.uri] },
        });
      }
    }
  }
  // Asked for explicitly only: a lightbulb on every line would otherwise offer it.
  if (only?.length && wanted(only, CodeActionKind.SourceFixAll)) {
    const edits = typographyFixAll(analysis.diagnostics);
    if (edits.length) actions.push({ title: t('Fix all typography in this document'), kind: CodeActionKind.SourceFixAll, edit: edit(edits) });
  }
  return actions;
}
