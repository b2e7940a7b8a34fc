// One analysis per document version. Every request handler asks this store;
// the text is analysed at most once per version, whichever feature asks first,
// and each document keeps an Analyzer so that a new version only costs the
// chunks its edits touched.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, Analyzer } from '../core/analysis';
import { KnowledgeIndex, builtinKnowledge } from '../core/knowledge/index';
import { Translate } from '../core/messages';
import { ServerSettings } from './settings';

interface Entry {
  version: number;
  /** The text analysed: a client may send a new text under a version number it already used. */
  text: string;
  analysis: Analysis;
  analyzer: Analyzer;
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
    const text = doc.getText();
    if (cached && fresh(cached, doc, text)) return cached.analysis;
    const settings = this.settingsFor(doc.uri);
    const analyzer = cached?.analyzer ?? new Analyzer();
    const analysis = analyzer.analyze(text, {
      markdown: isMarkdown(doc),
      knowledge: this.knowledge,
      settings: settings.checks,
      maxLength: settings.maxDocumentSize,
      t: this.t(),
    });
    this.entries.set(doc.uri, { version: doc.version, text, analysis, analyzer });
    return analysis;
  }

  /** The analysis of this exact version if it was already made; never analyses. */
  peek(doc: TextDocument): Analysis | undefined {
    const cached = this.entries.get(doc.uri);
    return cached && fresh(cached, doc, doc.getText()) ? cached.analysis : undefined;
  }

  /**
   * Joins the lists of this version's analysis that no feature has read yet
   * (see core/analyzer.ts), one per turn of the event loop, once the writer has
   * paused for `afterMs`, so the next hover or inlay request finds them ready.
   * A newer version stops it; a message that arrives meanwhile waits one list
   * at most.
   */
  warm(doc: TextDocument, afterMs: number): void {
    const analysis = this.peek(doc);
    if (!analysis) return;
    const lists: (() => unknown)[] = [
      () => analysis.amounts,
      () => analysis.entities,
      () => analysis.percentages,
      () => analysis.structure.blocks,
      () => analysis.structure.sentences,
      () => analysis.structure.sections,
      () => analysis.structure.paragraphs,
      () => analysis.structure.tables,
      () => analysis.checks,
    ];
    const step = (i: number) => {
      if (i >= lists.length || this.peek(doc) !== analysis) return;
      try {
        lists[i]();
      } catch {
        // Warming is only ahead of time: the request that reads this list meets the same error,
        // and answers it as an error with its reason (guard.ts), where an exception here, on a
        // timer, would end the server.
        return;
      }
      setImmediate(step, i + 1);
    };
    setTimeout(step, afterMs, 0);
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

/**
 * The cached analysis is of this document's text. The version says so for any
 * client that follows LSP; the text itself is checked too, since one that
 * reuses a version number must not get hovers of the old text. While the text
 * is unchanged it is the very same string, and comparing it costs nothing.
 */
function fresh(entry: Entry, doc: TextDocument, text: string): boolean {
  return entry.version === doc.version && entry.text === text;
}

export function isMarkdown(doc: TextDocument): boolean {
  if (doc.languageId === 'markdown') return true;
  if (doc.languageId === 'plaintext') return false;
  const u = doc.uri.toLowerCase();
  return u.endsWith('.md') || u.endsWith('.markdown');
}
