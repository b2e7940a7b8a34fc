// The outline: sections as the headings nest them, and in each section its
// figures and the programmes and labels it names (first mention of each).

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { formatMoney, formatPercent } from '../core/format';
import { toRange } from './convert';

export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  const sections = analysis.structure.sections;
  let a = 0;
  let p = 0;
  let e = 0;
  for (const section of sections) {
    const children: DocumentSymbol[] = [];
    for (; a < analysis.amounts.length && analysis.amounts[a].start < section.end; a++) {
      const am = analysis.amounts[a];
      if (am.start < section.start) continue;
      children.push(leaf(doc, am.text, formatMoney(am.value, am.currency), SymbolKind.Number, am));
    }
    for (; p < analysis.percentages.length && analysis.percentages[p].start < section.end; p++) {
      const pc = analysis.percentages[p];
      if (pc.start < section.start) continue;
      children.push(leaf(doc, pc.text, formatPercent(pc.value, 3), SymbolKind.Number, pc));
    }
    const seen = new Set<string>();
    for (; e < analysis.entities.length && analysis.entities[e].start < section.end; e++) {
      const en = analysis.entities[e];
      if (en.start < section.start || seen.has(en.id)) continue;
      seen.add(en.id);
      children.push(leaf(doc, en.canonical, en.kind, SymbolKind.Class, en));
    }
    children.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
    if (!section.heading) {
      for (const c of children) roots.push(c); // not push(...children): there may be hundreds of thousands
      continue;
    }
    const range = toRange(doc, section);
    const symbol: DocumentSymbol = {
      name: section.title || '#',
      kind: SymbolKind.Namespace,
      range,
      selectionRange: toRange(doc, section.heading),
      children,
    };
    while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.symbol.children!.push(symbol);
      // A parent section's range must contain its children's.
      if (comparePos(parent.symbol.range.end, range.end) < 0) parent.symbol.range = { start: parent.symbol.range.start, end: range.end };
    } else roots.push(symbol);
    stack.push({ level: section.level, symbol });
  }
  return roots;
}

function leaf(doc: TextDocument, name: string, detail: string, kind: SymbolKind, span: { start: number; end: number }): DocumentSymbol {
  const range = toRange(doc, span);
  return { name: name || '?', detail, kind, range, selectionRange: range };
}

function comparePos(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
