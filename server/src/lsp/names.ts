// Programmes, labels, laws and institutions in the editor: hover, go to
// definition, references, rename and workspace symbols. Open documents answer
// from their live analysis, closed ones from the workspace index.

import {
  Location,
  Range,
  SymbolInformation,
  SymbolKind,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../core/analysis';
import { KnowledgeEntry, KnowledgeIndex } from '../core/knowledge/index';
import { formatMoney } from '../core/format';
import { indexAt } from '../core/structure';
import { EntityMention } from '../core/types';
import { toRange } from './convert';
import { WorkspaceIndex } from './workspaceIndex';

/** Built-in entries open as read-only virtual documents under this scheme. */
export const KNOWLEDGE_SCHEME = 'policy-lens-knowledge';

export function knowledgeUri(id: string): string {
  return `${KNOWLEDGE_SCHEME}:/${encodeURIComponent(id)}.md`;
}

export function idFromKnowledgeUri(uri: string): string | null {
  if (!uri.startsWith(KNOWLEDGE_SCHEME + ':/')) return null;
  return decodeURIComponent(uri.slice(KNOWLEDGE_SCHEME.length + 2).replace(/\.md$/, ''));
}

export interface OpenDocument {
  doc: TextDocument;
  analysis: Analysis;
}

export function mentionAt(analysis: Analysis, offset: number): EntityMention | null {
  const i = indexAt(analysis.entities, offset);
  return i >= 0 ? analysis.entities[i] : null;
}

/** The amount the document attaches to a name: the first figure in a sentence that names it. */
function documentAmount(analysis: Analysis, id: string): string | null {
  const sentences = analysis.structure.sentences;
  for (const m of analysis.entities) {
    if (m.id !== id) continue;
    const s = indexAt(sentences, m.start);
    if (s < 0) continue;
    const sentence = sentences[s];
    const a = analysis.amounts.find((x) => x.start >= sentence.start && x.end <= sentence.end);
    if (a) return `${a.text} (${formatMoney(a.value, a.currency)})`;
  }
  return null;
}

export function nameHover(text: string, analysis: Analysis, mention: EntityMention, knowledge: KnowledgeIndex, lang: 'fr' | 'en'): string {
  const entry = knowledge.entry(mention.id);
  const parts: string[] = [];
  if (entry) parts.push(knowledge.describe(entry, lang));
  else {
    const def = analysis.definitions.find((d) => d.id === mention.id);
    parts.push(`**${mention.canonical}** · *${lang === 'fr' ? 'défini dans ce document' : 'defined in this document'}*`);
    if (def) parts.push('> ' + text.slice(def.sentence.start, Math.min(def.sentence.end, def.sentence.start + 400)));
  }
  const amount = documentAmount(analysis, mention.id);
  if (amount) parts.push(`${lang === 'fr' ? 'Dans ce document\u00a0:' : 'In this document:'} ${amount}`);
  return parts.join('\n\n');
}

/** Where a name is defined: this document, another document, a glossary, or the built-in entry. */
export function definitionOf(id: string, here: OpenDocument, open: OpenDocument[], index: WorkspaceIndex): Location[] {
  const local = here.analysis.definitions.find((d) => d.id === id);
  if (local) return [Location.create(here.doc.uri, toRange(here.doc, local))];
  for (const o of open) {
    const d = o.analysis.definitions.find((x) => x.id === id);
    if (d) return [Location.create(o.doc.uri, toRange(o.doc, d))];
  }
  for (const s of index.closedSummaries()) {
    const d = s.definitions.find((x) => x.id === id);
    if (d) return [Location.create(s.uri, d.range)];
  }
  const entry = index.getKnowledge().entry(id);
  if (entry?.definedAt) {
    const g = index.glossaryFiles().find((f) => f.uri === entry.definedAt!.uri);
    if (g) {
      const doc = TextDocument.create(g.uri, 'markdown', 0, g.text);
      return [Location.create(g.uri, toRange(doc, entry.definedAt))];
    }
  }
  if (entry) return [Location.create(knowledgeUri(id), Range.create(0, 0, 0, 0))];
  return [];
}

export function referencesOf(id: string, includeDeclaration: boolean, open: OpenDocument[], index: WorkspaceIndex): Location[] {
  const out: Location[] = [];
  for (const o of open) {
    for (const m of o.analysis.entities) if (m.id === id) out.push(Location.create(o.doc.uri, toRange(o.doc, m)));
  }
  for (const s of index.closedSummaries()) {
    for (const m of s.mentions) if (m.id === id) out.push(Location.create(s.uri, m.range));
  }
  if (includeDeclaration) {
    const entry = index.getKnowledge().entry(id);
    const at = entry?.definedAt;
    const g = at && index.glossaryFiles().find((f) => f.uri === at.uri);
    if (at && g) out.push(Location.create(g.uri, toRange(TextDocument.create(g.uri, 'markdown', 0, g.text), at)));
  }
  return dedupe(out);
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.uri}#${l.range.start.line}:${l.range.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Only names the writer owns can be renamed; built-in names belong to their issuers. */
export function canRename(mention: EntityMention, knowledge: KnowledgeIndex): boolean {
  if (mention.origin === 'document' || mention.origin === 'glossary') return true;
  const entry = knowledge.entry(mention.id);
  return !!entry && entry.origin !== 'builtin';
}

export function renameEdits(id: string, newName: string, open: OpenDocument[], index: WorkspaceIndex): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, range: Range) => (changes[uri] ??= []).push(TextEdit.replace(range, newName));
  for (const loc of referencesOf(id, true, open, index)) add(loc.uri, loc.range);
  for (const o of open) {
    for (const d of o.analysis.definitions) if (d.id === id) add(o.doc.uri, toRange(o.doc, d));
  }
  for (const uri of Object.keys(changes)) changes[uri] = dedupeEdits(changes[uri]);
  return { changes };
}

function dedupeEdits(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.range.start.line}:${e.range.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const KIND_SYMBOL: Record<string, SymbolKind> = {
  programme: SymbolKind.Package,
  plan: SymbolKind.Package,
  strategy: SymbolKind.Package,
  doctrine: SymbolKind.Interface,
  label: SymbolKind.EnumMember,
  qualification: SymbolKind.EnumMember,
  law: SymbolKind.Struct,
  regulation: SymbolKind.Struct,
  institution: SymbolKind.Class,
};

/** Workspace symbols: names defined in documents and glossaries, then built-in entries, filtered by the query. */
export function workspaceSymbols(query: string, open: OpenDocument[], index: WorkspaceIndex, limit = 500): SymbolInformation[] {
  const q = fold(query);
  const out: SymbolInformation[] = [];
  const matches = (name: string) => q === '' || fold(name).includes(q);
  for (const o of open) {
    for (const d of o.analysis.definitions) {
      if (matches(d.term)) out.push(SymbolInformation.create(d.term, SymbolKind.Constant, toRange(o.doc, d), o.doc.uri, 'document'));
    }
  }
  for (const s of index.closedSummaries()) {
    for (const d of s.definitions) if (matches(d.text)) out.push(SymbolInformation.create(d.text, SymbolKind.Constant, d.range, s.uri, 'document'));
  }
  for (const e of index.getKnowledge().all()) {
    if (out.length >= limit) break;
    if (!matches(e.canonical) && !e.variants.some(matches)) continue;
    out.push(SymbolInformation.create(e.canonical, KIND_SYMBOL[e.kind] ?? SymbolKind.Constant, entryRange(e, index), entryUri(e), e.kind));
  }
  return out.slice(0, limit);
}

function entryUri(e: KnowledgeEntry): string {
  return e.definedAt?.uri ?? knowledgeUri(e.id);
}

function entryRange(e: KnowledgeEntry, index: WorkspaceIndex): Range {
  const at = e.definedAt;
  const g = at && index.glossaryFiles().find((f) => f.uri === at.uri);
  if (at && g) return toRange(TextDocument.create(g.uri, 'markdown', 0, g.text), at);
  return Range.create(0, 0, 0, 0);
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The read-only document shown for a built-in entry. */
export function knowledgeDocument(id: string, knowledge: KnowledgeIndex, lang: 'fr' | 'en'): string | null {
  const e = knowledge.entry(id);
  if (!e) return null;
  const lines = [`# ${e.canonical}`, '', knowledge.describe(e, lang), ''];
  if (e.variants.length) lines.push(`${lang === 'fr' ? 'Autres graphies' : 'Other spellings'} : ${e.variants.join(', ')}`, '');
  if (e.sources.length) {
    lines.push(`## ${lang === 'fr' ? 'Sources' : 'Sources'}`, '');
    for (const s of e.sources) lines.push(`- ${s.url ? `[${s.title}](${s.url})` : s.title} — ${s.facts}`);
  }
  return lines.join('\n') + '\n';
}
