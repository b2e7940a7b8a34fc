// One chunk of a document (see chunks.ts), analysed on its own: offsets count
// from the chunk's start. What depends only on the chunk's text is computed
// once; what also depends on the rest of the document (the names it defines,
// which ambiguous spellings count) is kept with the key it was computed for and
// computed again only when that key changes.

import { Amount, EntityMention, Finding, Percentage, Span } from './types';
import { DocumentStructure, parseStructure } from './structure';
import { recognizeFigures } from './figures/recognize';
import { KnowledgeIndex } from './knowledge/index';
import { DocumentDefinition, findDefinitions } from './knowledge/definitions';
import { KnownScan, mentionsFrom, nameMatches } from './knowledge/mentions';
import { Ambiguity, namedKey } from './knowledge/ambiguity';
import { excludedSpans } from './knowledge/exclusions';
import { nearMissFindings } from './knowledge/findings';
import { TokenTrie, RawMatch } from './knowledge/trie';
import { Tokens } from './knowledge/normalize';
import { LocalChecks, runLocalChecks } from './checks/run';
import { Claim, claimsOf } from './checks/conflicts';
import { AbbreviationUse, abbreviationUses } from './checks/style';
import { CheckSettings } from './settings';
import { Translate } from './messages';

export interface ChunkConfig {
  markdown: boolean;
  knowledge: KnowledgeIndex;
  settings: CheckSettings;
  t: Translate;
}

export interface ChunkNames {
  key: string;
  entities: EntityMention[];
  nearMisses: Finding[];
  claims: Claim[];
}

export interface ChunkResult {
  text: string;
  structure: DocumentStructure;
  amounts: Amount[];
  percentages: Percentage[];
  definitions: DocumentDefinition[];
  /** Where no name is looked for: addresses, code, link targets, HTML, front matter (exclusions.ts). */
  excluded: Span[];
  local: LocalChecks;
  /** Amounts written with an abbreviation of « milliard »: the document-wide style hint counts them. */
  abbreviations: AbbreviationUse[];
  /**
   * Name matches, for one set of document-defined names (keyed by it), and the
   * chunk's tokens until chunkNames has read them too: one tokenisation serves
   * both, and the tokens, about three bytes a character, are not kept after.
   */
  matches?: { key: string; list: RawMatch[]; ambiguities: Ambiguity[]; tokens?: Tokens };
  /** The known names definitions were read with, until chunkMatches takes them over: one scan serves both. */
  known?: KnownScan;
  names?: ChunkNames;
}

export function analyzeChunk(text: string, config: ChunkConfig): ChunkResult {
  const { knowledge, settings, t } = config;
  const structure = parseStructure(text, { markdown: config.markdown });
  const { amounts, percentages } = recognizeFigures(text, structure);
  const excluded = excludedSpans(text, structure, { markdown: config.markdown });
  const known = knowledge.scan(text, excluded);
  const definitions = findDefinitions(text, structure, knowledge, excluded);
  const local = runLocalChecks({ text, structure, amounts, percentages, settings, t });
  return { text, structure, amounts, percentages, definitions, excluded, local, abbreviations: abbreviationUses(amounts), known };
}

/** Known names and the document's own names (`trie`, identified by `key`). */
export function chunkMatches(chunk: ChunkResult, knowledge: KnowledgeIndex, trie: TokenTrie | null, key: string): { list: RawMatch[]; ambiguities: Ambiguity[] } {
  if (!chunk.matches || chunk.matches.key !== key) {
    const { tokens, matches, ambiguities } = nameMatches(chunk.text, knowledge, trie, chunk.structure, chunk.excluded, chunk.known);
    chunk.known = undefined;
    chunk.matches = { key, list: matches, ambiguities, tokens };
  }
  return chunk.matches;
}

/**
 * Mentions, near misses and the amounts attached to names, once the document
 * says which entries it names (`named`). Call chunkMatches first.
 */
export function chunkNames(chunk: ChunkResult, config: ChunkConfig, named: ReadonlySet<string>): ChunkNames {
  const matches = chunk.matches!;
  // Only the ambiguous spellings of this chunk depend on the rest of the document.
  const key = matches.key + '\u0002' + namedKey(matches.ambiguities, named);
  if (chunk.names && chunk.names.key === key) return chunk.names;
  const { text, structure } = chunk;
  const entities = mentionsFrom(text, { matches: matches.list, ambiguities: matches.ambiguities }, named);
  const nearMisses = nearMissFindings({ text, structure, entities, knowledge: config.knowledge, t: config.t, excluded: chunk.excluded }, matches.tokens);
  matches.tokens = undefined;
  const claims = claimsOf(chunk.local.sentences, chunk.amounts, entities, chunk.local.inBreakdown, { text, tables: structure.tables, sections: structure.sections });
  chunk.names = { key, entities, nearMisses, claims };
  return chunk.names;
}

/**
 * Drops what only chunkMatches, chunkNames and the document-wide stages read
 * (the sentences cut into words, the name matches, the excluded spans, the
 * findings and claims, which the Analysis already holds as diagnostics and
 * first claims): the Analysis's lists are joined from the rest. The chunk
 * must not serve another version afterwards (Analyzer.release).
 */
export function releaseChunk(chunk: ChunkResult): void {
  chunk.local = { checks: chunk.local.checks, findings: [], sentences: [], inBreakdown: new Set(), tableTotals: chunk.local.tableTotals, sectionFacts: chunk.local.sectionFacts, amountContexts: chunk.local.amountContexts };
  if (chunk.names) {
    chunk.names.nearMisses = [];
    chunk.names.claims = [];
  }
  chunk.matches = undefined;
  chunk.known = undefined;
  chunk.excluded = [];
  chunk.abbreviations = [];
}
