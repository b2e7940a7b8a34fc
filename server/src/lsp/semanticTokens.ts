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

const KIND_TYPE = new Map<string, number>(Object.entries({
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
} satisfies Record<EntityKind, number>));

/**
 * At most this many tokens per document. A 20 MB document of figures holds
 * millions: all of them would mean a reply of hundreds of megabytes. Past the
 * cap the TextMate grammar still colours figures; the server logs the cut.
 */
export const MAX_SEMANTIC_TOKENS = 50_000;

interface Token extends Span {
  type: number;
  modifiers: number;
}

export interface SemanticTokensResult {
  data: number[];
  /** Figures and names left without a token past the cap (0 when none). */
  omitted: number;
}

/**
 * Amounts, percentages and names are each in document order: they are merged
 * as they are read, and reading stops at the cap, so a document of millions of
 * figures costs no more than the cap.
 */
export function semanticTokens(doc: TextDocument, analysis: Analysis, max = MAX_SEMANTIC_TOKENS): SemanticTokensResult {
  const amounts = analysis.amounts;
  const percentages = analysis.percentages;
  const entities = analysis.entities;
  const definitions = new Set(analysis.definitions.map((d) => d.start));
  const builder = new SemanticTokensBuilder();
  let a = 0;
  let p = 0;
  let e = 0;
  let pushed = 0;
  let lastEnd = -1;
  const tok: Token = { start: 0, end: 0, type: 0, modifiers: 0 };
  while (pushed < max && (a < amounts.length || p < percentages.length || e < entities.length)) {
    // The earliest of the three heads; on a tie, amounts, then percentages, then names.
    const as = a < amounts.length ? amounts[a].start : Infinity;
    const ps = p < percentages.length ? percentages[p].start : Infinity;
    const es = e < entities.length ? entities[e].start : Infinity;
    if (as <= ps && as <= es) {
      const x = amounts[a++];
      Object.assign(tok, { start: x.start, end: x.end, type: 0, modifiers: x.currencyInferred ? 1 : 0 });
    } else if (ps <= es) {
      const x = percentages[p++];
      Object.assign(tok, { start: x.start, end: x.end, type: 1, modifiers: 0 });
    } else {
      const x = entities[e++];
      let modifiers = x.origin === 'builtin' ? 0 : 2;
      if (definitions.has(x.start)) modifiers |= 4;
      Object.assign(tok, { start: x.start, end: x.end, type: KIND_TYPE.get(x.kind) ?? 2, modifiers });
    }
    if (tok.start < lastEnd) continue; // overlapping tokens are not allowed
    const start = doc.positionAt(tok.start);
    const end = doc.positionAt(tok.end);
    if (start.line !== end.line) continue; // a token may not span lines
    builder.push(start.line, start.character, end.character - start.character, tok.type, tok.modifiers);
    lastEnd = tok.end;
    pushed++;
  }
  const omitted = amounts.length - a + (percentages.length - p) + (entities.length - e);
  return { data: builder.build().data, omitted };
}
