// Offsets ↔ LSP positions, and core findings → LSP diagnostics. The text
// document keeps its line index per version, so each conversion is a binary search.

import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, Range, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, Severity, Span, TextEdit as CoreEdit } from '../core/types';
import { PlacedFinding } from '../workspace/summary';

export const SOURCE = 'Policy Lens';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f),
    severity: toSeverity(f.severity),
    code: f.code,
    source: SOURCE,
    message: f.message,
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map(
      (r): DiagnosticRelatedInformation => ({ location: Location.create(doc.uri, toRange(doc, r)), message: r.message }),
    );
  }
  return d;
}

/** A closed file's finding, placed by a worker thread (workspace/summary.ts). */
export function placedToDiagnostic(uri: string, f: PlacedFinding): Diagnostic {
  const d: Diagnostic = { range: f.range, severity: toSeverity(f.severity), code: f.code, source: SOURCE, message: f.message };
  if (f.related?.length) d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({ location: Location.create(uri, r.range), message: r.message }));
  return d;
}

export function toTextEdit(doc: TextDocument, e: CoreEdit): TextEdit {
  return { range: toRange(doc, e), newText: e.newText };
}
