// Semantic tokens say more than the TextMate grammar can: every name of the
// knowledge base and of the workspace glossaries, and the exact extent of
// figures written in words (« un milliard et demi d’euros »).

import { SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { EntityKind, Span } from '../core/types';

// Custom types declare a standard super type in package.json, so themes that
// know nothing of them still colour them.
export const TOKEN_TYPES = ['amount', 'percentage', 'programme', 'label', 'law', 'institution'] as const;
export const TOKEN_MODIFIERS = ['inferred', 'userDefined', 'declaration'] as const;

export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const KIND_TYPE: Record<EntityKind, number> = {
  programme: 2,
  plan: 2,
  strategy: 2,
  fund: 2,
  tax: 4,
  doctrine: 3,
  label: 3,
  qualification: 3,
  law: 4,
  regulation: 4,
  institution: 5,
};

interface Token extends Span {
  type: number;
  modifiers: number;
}

export function semanticTokens(doc: TextDocument, analysis: Analysis): number[] {
  const tokens: Token[] = [];
  for (const a of analysis.amounts) tokens.push({ start: a.start, end: a.end, type: 0, modifiers: a.currencyInferred ? 1 : 0 });
  for (const p of analysis.percentages) tokens.push({ start: p.start, end: p.end, type: 1, modifiers: 0 });
  const definitions = new Set(analysis.definitions.map((d) => d.start));
  for (const e of analysis.entities) {
    let modifiers = e.origin === 'builtin' ? 0 : 2;
    if (definitions.has(e.start)) modifiers |= 4;
    tokens.push({ start: e.start, end: e.end, type: KIND_TYPE[e.kind] ?? 2, modifiers });
  }
  tokens.sort((x, y) => x.start - y.start);
  const builder = new SemanticTokensBuilder();
  let lastEnd = -1;
  for (const tok of tokens) {
    if (tok.start < lastEnd) continue; // overlapping tokens are not allowed
    const start = doc.positionAt(tok.start);
    const end = doc.positionAt(tok.end);
    if (start.line !== end.line) continue; // a token may not span lines
    builder.push(start.line, start.character, end.character - start.character, tok.type, tok.modifiers);
    lastEnd = tok.end;
  }
  return builder.build().data;
}
