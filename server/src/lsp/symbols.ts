// The outline: sections as the headings nest them, and in each section its
// figures and the programmes and labels it names (first mention of each).
// At most MAX_OUTLINE_SYMBOLS entries: a 20 MB document of figures holds
// millions, and an outline of them all took seconds and hundreds of
// megabytes (and ran the server out of memory at 20 MB). Past the cap, a
// last entry says how much was left out, as diagnostics do.

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { formatMoney, formatPercent } from '../core/format';
import { Translate } from '../core/messages';
import { toRange } from './convert';

export const MAX_OUTLINE_SYMBOLS = 5_000;

export function documentSymbols(doc: TextDocument, analysis: Analysis, t: Translate, max = MAX_OUTLINE_SYMBOLS): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  const sections = analysis.structure.sections;
  let a = 0;
  let p = 0;
  let e = 0;
  let count = 0;
  let cutAt = -1;
  let next = 0;
  for (const section of sections) {
    if (count >= max) {
      if (cutAt < 0) cutAt = section.start;
      break;
    }
    next++;
    const children: DocumentSymbol[] = [];
    for (; a < analysis.amounts.length && analysis.amounts[a].start < section.end && count < max; a++) {
      const am = analysis.amounts[a];
      if (am.start < section.start) continue;
      children.push(leaf(doc, am.text, formatMoney(am.value, am.currency), SymbolKind.Number, am));
      count++;
    }
    for (; p < analysis.percentages.length && analysis.percentages[p].start < section.end && count < max; p++) {
      const pc = analysis.percentages[p];
      if (pc.start < section.start) continue;
      children.push(leaf(doc, pc.text, formatPercent(pc.value, 3), SymbolKind.Number, pc));
      count++;
    }
    const seen = new Set<string>();
    for (; e < analysis.entities.length && analysis.entities[e].start < section.end && count < max; e++) {
      const en = analysis.entities[e];
      // One symbol per spelling of a name: a long name and its acronym share an id, and both are looked for.
      const key = en.id + '\u0000' + en.canonical;
      if (en.start < section.start || seen.has(key)) continue;
      seen.add(key);
      children.push(leaf(doc, en.canonical, en.kind, SymbolKind.Class, en));
      count++;
    }
    if (count >= max && cutAt < 0) cutAt = firstLeft(analysis, a, p, e, section.end);
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
    count++;
  }
  const left = analysis.amounts.length - a + (analysis.percentages.length - p) + (analysis.entities.length - e) + (sections.length - next);
  if (cutAt >= 0 && left > 0) {
    const at = toRange(doc, { start: cutAt, end: cutAt });
    roots.push({
      name: t('The outline stops at {0} entries; {1} more figures, name mentions and sections are not listed.', max, left),
      kind: SymbolKind.Null,
      range: at,
      selectionRange: at,
    });
  }
  return roots;
}

/** Where the first figure or name not listed starts (or the end of the section, when only headings are left). */
function firstLeft(analysis: Analysis, a: number, p: number, e: number, fallback: number): number {
  let at = fallback;
  if (a < analysis.amounts.length) at = Math.min(at, analysis.amounts[a].start);
  if (p < analysis.percentages.length) at = Math.min(at, analysis.percentages[p].start);
  if (e < analysis.entities.length) at = Math.min(at, analysis.entities[e].start);
  return at;
}

function leaf(doc: TextDocument, name: string, detail: string, kind: SymbolKind, span: { start: number; end: number }): DocumentSymbol {
  const range = toRange(doc, span);
  return { name: name || '?', detail, kind, range, selectionRange: range };
}

function comparePos(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
