// Optional hints after each figure with its normalised value (off by default:
// they double the width of figure-dense text).

import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { formatMoney } from '../core/format';

export function inlayHints(doc: TextDocument, analysis: Analysis, range: Range): InlayHint[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const a of analysis.amounts) {
    if (a.end < from || a.start > to) continue;
    // A figure already written in full units says nothing new.
    if (!a.scale && !a.currencyInferred) continue;
    hints.push({
      position: doc.positionAt(a.end),
      label: `= ${formatMoney(a.value, a.currency)}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
    });
  }
  return hints;
}
