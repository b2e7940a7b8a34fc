// Programmes, labels, laws and institutions in the editor: hover, go to
// definition, references, rename and workspace symbols. Open documents answer
// from their live analysis, closed ones from the workspace index.

import { Language, Translate } from '../core/messages';
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
import { describeEntry, frenchApostrophes, KnowledgeEntry, KnowledgeIndex } from '../core/knowledge/index';
import { looseKey } from '../core/knowledge/normalize';
import { formatMoney } from '../core/format';
import { indexAt } from '../core/structure';
import { EntityMention } from '../core/types';
import { toRange } from './convert';
import { escapeMarkdown, safeEntry } from './markdown';
import { WorkspaceIndex } from './workspaceIndex';
import { KNOWLEDGE_SCHEME } from '../../../shared/protocol';

/** Built-in entries open as read-only virtual documents under this scheme. */
export { KNOWLEDGE_SCHEME };

export function knowledgeUri(id: string): string {
  return `${KNOWLEDGE_SCHEME}:/${encodeURIComponent(id)}.md`;
}

export function idFromKnowledgeUri(uri: string): string | null {
  if (!uri.startsWith(KNOWLEDGE_SCHEME + ':/')) return null;
  const name = uri.slice(KNOWLEDGE_SCHEME.length + 2);
  try {
    return decodeURIComponent(name.endsWith('.md') ? name.slice(0, -3) : name);
  } catch {
    return null; // a lone « % » is no id
  }
}

export interface OpenDocument {
  doc: TextDocument;
  analysis: Analysis;
}

export function mentionAt(analysis: Analysis, offset: number): EntityMention | null {
  const i = indexAt(analysis.entities, offset);
  return i >= 0 ? analysis.entities[i] : null;
}

/**
 * The amount the document attaches to a name: the first figure in a sentence
 * that names it. Each mention looks its sentence's amounts up by binary
 * search (amounts are in document order): a name mentioned ten thousand times
 * in a document with ten thousand amounts costs ten thousand searches, not a
 * hundred million comparisons.
 */
function documentAmount(analysis: Analysis, id: string): string | null {
  const sentences = analysis.structure.sentences;
  const amounts = analysis.amounts;
  for (const m of analysis.entities) {
    if (m.id !== id) continue;
    const s = indexAt(sentences, m.start);
    if (s < 0) continue;
    const sentence = sentences[s];
    // The first amount starting at or after the sentence's start.
    let lo = 0;
    let hi = amounts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (amounts[mid].start < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < amounts.length && amounts[i].start < sentence.end; i++) {
      const a = amounts[i];
      if (a.end <= sentence.end) return `${escapeMarkdown(a.text)} (${formatMoney(a.value, a.currency)})`;
    }
  }
  return null;
}

/** How long a quoted definition may be in a hover. */
const QUOTE_LENGTH = 400;

/**
 * A name's hover. Everything in it that someone wrote — a glossary's fields, a
 * document's name for a thing, the sentence that defines it — is escaped
 * (see markdown.ts): it shows as text, never as HTML, a link or an image.
 */
export function nameHover(text: string, analysis: Analysis, mention: EntityMention, knowledge: KnowledgeIndex, t: Translate, lang: Language): string {
  const entry = knowledge.entry(mention.id);
  const parts: string[] = [];
  if (entry) parts.push(describeEntry(safeEntry(entry), t, lang));
  else {
    const def = analysis.definitions.find((d) => d.id === mention.id);
    parts.push(`**${escapeMarkdown(mention.canonical)}** · *${t('defined in this document')}*`);
    if (def) parts.push('> ' + escapeMarkdown(text.slice(def.sentence.start, Math.min(def.sentence.end, def.sentence.start + QUOTE_LENGTH))));
  }
  const amount = documentAmount(analysis, mention.id);
  if (amount) parts.push(`${t('In this document:')} ${amount}`);
  return parts.join('\n\n');
}

/** Where a name is defined: this document, another document, a glossary, or the built-in entry. */
/**
 * Where a name is defined: in this document first, then in the others. A name with several spellings (a long
 * name and its acronym) jumps to where the spelling under the cursor is defined, if the document defines it.
 */
export function definitionOf(id: string, here: OpenDocument, open: OpenDocument[], index: WorkspaceIndex, spelling = ''): Location[] {
  const key = spelling ? looseKey(spelling) : '';
  const pick = <D extends { id: string }>(defs: readonly D[], term: (d: D) => string): D | undefined =>
    (key ? defs.find((d) => d.id === id && looseKey(term(d)) === key) : undefined) ?? defs.find((d) => d.id === id);
  const local = pick(here.analysis.definitions, (d) => d.term);
  if (local) return [Location.create(here.doc.uri, toRange(here.doc, local))];
  for (const o of open) {
    const d = pick(o.analysis.definitions, (x) => x.term);
    if (d) return [Location.create(o.doc.uri, toRange(o.doc, d))];
  }
  for (const s of index.closedSummaries()) {
    const d = pick(s.definitions, (x) => x.text);
    if (d) return [Location.create(s.uri, d.range)];
  }
  const entry = index.getKnowledge().entry(id);
  if (entry?.definedAt) {
    const doc = index.glossaryDocument(entry.definedAt.uri);
    if (doc) return [Location.create(doc.uri, toRange(doc, entry.definedAt))];
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
    const doc = at && index.glossaryDocument(at.uri);
    if (at && doc) out.push(Location.create(doc.uri, toRange(doc, at)));
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

/**
 * Renames one spelling of a name: a name the document gives several spellings
 * (« Programme national… (PNIR) », « (ci-après le Fonds) ») keeps the others,
 * or the long name and its acronym would both become the new one.
 */
export function renameEdits(id: string, spelling: string, newName: string, open: OpenDocument[], index: WorkspaceIndex): WorkspaceEdit {
  // By URI in a Map: a document URI is any string the client sent, « __proto__ » included.
  const byUri = new Map<string, TextEdit[]>();
  const add = (uri: string, range: Range) => {
    const list = byUri.get(uri);
    if (list) list.push(TextEdit.replace(range, newName));
    else byUri.set(uri, [TextEdit.replace(range, newName)]);
  };
  const key = looseKey(spelling);
  const same = (written: string) => looseKey(written) === key;
  for (const o of open) {
    for (const m of o.analysis.entities) if (m.id === id && same(m.text)) add(o.doc.uri, toRange(o.doc, m));
    for (const d of o.analysis.definitions) if (d.id === id && same(d.term)) add(o.doc.uri, toRange(o.doc, d));
  }
  for (const s of index.closedSummaries()) {
    for (const m of s.mentions) if (m.id === id && same(m.text)) add(s.uri, m.range);
  }
  const entry = index.getKnowledge().entry(id);
  const at = entry?.definedAt;
  const doc = at && index.glossaryDocument(at.uri);
  if (at && doc) {
    if (same(doc.getText(toRange(doc, at)))) add(doc.uri, toRange(doc, at));
    // Another spelling of a glossary entry is one of its variants: rename it on the entry's lines.
    else for (const r of variantRanges(doc, at.end, spelling)) add(doc.uri, r);
  }
  return { changes: Object.fromEntries([...byUri].map(([uri, edits]) => [uri, dedupeEdits(edits)])) };
}

/** Where `spelling` is written as a whole word in a glossary entry's lines, from `from` to the next heading. */
function variantRanges(doc: TextDocument, from: number, spelling: string): Range[] {
  const text = doc.getText();
  let end = text.indexOf('\n#', from);
  if (end < 0) end = text.length;
  const out: Range[] = [];
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = text.indexOf(spelling, from); i >= 0 && i < end; i = text.indexOf(spelling, i + spelling.length)) {
    if (word(text[i - 1]) || word(text[i + spelling.length])) continue;
    out.push(Range.create(doc.positionAt(i), doc.positionAt(i + spelling.length)));
  }
  return out;
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

const KIND_SYMBOL = new Map<string, SymbolKind>(Object.entries({
  programme: SymbolKind.Package,
  plan: SymbolKind.Package,
  strategy: SymbolKind.Package,
  doctrine: SymbolKind.Interface,
  label: SymbolKind.EnumMember,
  qualification: SymbolKind.EnumMember,
  law: SymbolKind.Struct,
  regulation: SymbolKind.Struct,
  institution: SymbolKind.Class,
}));

/** Workspace symbols: names defined in documents and glossaries, then built-in entries, filtered by the query. */
export function workspaceSymbols(query: string, open: OpenDocument[], index: WorkspaceIndex, limit = 500): SymbolInformation[] {
  const q = fold(query);
  const out: SymbolInformation[] = [];
  const matches = (name: string) => q === '' || fold(name).includes(q);
  // Past the limit nothing more is looked at: a workspace of a million definitions answers as fast as a small one.
  for (const o of open) {
    for (const d of o.analysis.definitions) {
      if (out.length >= limit) return out;
      if (matches(d.term)) out.push(SymbolInformation.create(d.term, SymbolKind.Constant, toRange(o.doc, d), o.doc.uri, 'document'));
    }
  }
  for (const s of index.closedSummaries()) {
    for (const d of s.definitions) {
      if (out.length >= limit) return out;
      if (matches(d.text)) out.push(SymbolInformation.create(d.text, SymbolKind.Constant, d.range, s.uri, 'document'));
    }
  }
  for (const e of index.getKnowledge().all()) {
    if (out.length >= limit) break;
    if (!matches(e.canonical) && !e.variants.some(matches)) continue;
    out.push(SymbolInformation.create(e.canonical, KIND_SYMBOL.get(e.kind) ?? SymbolKind.Constant, entryRange(e, index), entryUri(e), e.kind));
  }
  return out.slice(0, limit);
}

function entryUri(e: KnowledgeEntry): string {
  return e.definedAt?.uri ?? knowledgeUri(e.id);
}

function entryRange(e: KnowledgeEntry, index: WorkspaceIndex): Range {
  const at = e.definedAt;
  const doc = at && index.glossaryDocument(at.uri);
  if (at && doc) return toRange(doc, at);
  return Range.create(0, 0, 0, 0);
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The read-only document shown for a built-in entry. */
export function knowledgeDocument(id: string, knowledge: KnowledgeIndex, t: Translate, lang: Language): string | null {
  const found = knowledge.entry(id);
  if (!found) return null;
  const e = safeEntry(found);
  const fr = lang === 'fr';
  const typo = (s: string) => (fr ? frenchApostrophes(s) : s);
  const lines = [`# ${e.canonical}`, '', describeEntry(e, t, lang), ''];
  if (e.variants.length) lines.push(`${t('Other spellings:')} ${typo(e.variants.join(', '))}`, '');
  if (e.sources.length) {
    lines.push('## Sources', '');
    // The notes on what each source says are written in English: a French page lists the sources alone.
    for (const s of e.sources) {
      const title = typo(s.title);
      const link = s.url ? `[${title}](${s.url})` : title;
      lines.push(fr || !s.facts ? `- ${link}` : `- ${link} — ${s.facts}`);
    }
  }
  return lines.join('\n') + '\n';
}
