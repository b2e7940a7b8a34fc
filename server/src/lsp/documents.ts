// One analysis per document version. Every request handler asks this store;
// the text is analysed at most once per version, whichever feature asks first.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analysis } from '../core/analysis';
import { KnowledgeIndex, builtinKnowledge } from '../core/knowledge/index';
import { Translate } from '../core/messages';
import { ServerSettings } from './settings';

interface Entry {
  version: number;
  analysis: Analysis;
}

export class AnalysisStore {
  private readonly entries = new Map<string, Entry>();
  private knowledge: KnowledgeIndex = builtinKnowledge();

  constructor(
    private readonly settingsFor: (uri: string) => ServerSettings,
    private readonly t: () => Translate,
  ) {}

  get(doc: TextDocument): Analysis {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const settings = this.settingsFor(doc.uri);
    const analysis = analyze(doc.getText(), {
      markdown: isMarkdown(doc),
      knowledge: this.knowledge,
      settings: settings.checks,
      maxLength: settings.maxDocumentSize,
      t: this.t(),
    });
    this.entries.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  /** The analysis of this exact version if it was already made; never analyses. */
  peek(doc: TextDocument): Analysis | undefined {
    const cached = this.entries.get(doc.uri);
    return cached && cached.version === doc.version ? cached.analysis : undefined;
  }

  setKnowledge(knowledge: KnowledgeIndex): void {
    this.knowledge = knowledge;
    this.entries.clear();
  }

  getKnowledge(): KnowledgeIndex {
    return this.knowledge;
  }

  /** Settings or language changed: every analysis must be made again. */
  invalidate(): void {
    this.entries.clear();
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

export function isMarkdown(doc: TextDocument): boolean {
  if (doc.languageId === 'markdown') return true;
  if (doc.languageId === 'plaintext') return false;
  const u = doc.uri.toLowerCase();
  return u.endsWith('.md') || u.endsWith('.markdown');
}
