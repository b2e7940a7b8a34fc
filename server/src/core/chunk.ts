// One chunk of a document (see chunks.ts), analysed on its own: offsets count
// from the chunk's start. What depends only on the chunk's text is computed
// once; what also depends on the rest of the document (the names it defines,
// which ambiguous spellings count) is kept with the key it was computed for and
// computed again only when that key changes.

import { Amount, EntityMention, Finding, Percentage } from './types';
import { DocumentStructure, parseStructure } from './structure';
import { recognizeFigures } from './figures/recognize';
import { KnowledgeIndex } from './knowledge/index';
import { DocumentDefinition, findDefinitions } from './knowledge/definitions';
import { mentionsFrom, nameMatches } from './knowledge/mentions';
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
  local: LocalChecks;
  /** Amounts written with an abbreviation of « milliard »: the document-wide style hint counts them. */
  abbreviations: AbbreviationUse[];
  /**
   * Name matches, for one set of document-defined names (keyed by it), and the
   * chunk's tokens until chunkNames has read them too: one tokenisation serves
   * both, and the tokens, about three bytes a character, are not kept after.
   */
  matches?: { key: string; list: RawMatch[]; tokens?: Tokens };
  names?: ChunkNames;
}

export function analyzeChunk(text: string, config: ChunkConfig): ChunkResult {
  const { knowledge, settings, t } = config;
  const structure = parseStructure(text, { markdown: config.markdown });
  const { amounts, percentages } = recognizeFigures(text, structure);
  const definitions = findDefinitions(text, structure, knowledge);
  const local = runLocalChecks({ text, structure, amounts, percentages, settings, t });
  return { text, structure, amounts, percentages, definitions, local, abbreviations: abbreviationUses(amounts) };
}

/** Known names and the document's own names (`trie`, identified by `key`). */
export function chunkMatches(chunk: ChunkResult, knowledge: KnowledgeIndex, trie: TokenTrie | null, key: string): RawMatch[] {
  if (!chunk.matches || chunk.matches.key !== key) {
    const { tokens, matches } = nameMatches(chunk.text, knowledge, trie);
    chunk.matches = { key, list: matches, tokens };
  }
  return chunk.matches.list;
}

/**
 * Mentions, near misses and the amounts attached to names, once the document
 * says which entries it names (`named`). Call chunkMatches first.
 */
export function chunkNames(chunk: ChunkResult, config: ChunkConfig, named: ReadonlySet<string>): ChunkNames {
  const matches = chunk.matches!;
  // Only the ambiguous spellings of this chunk depend on the rest of the document.
  let key = matches.key + '\u0002';
  for (const m of matches.list) if (m.variant.contextual) key += named.has(m.variant.target.id) ? '1' : '0';
  if (chunk.names && chunk.names.key === key) return chunk.names;
  const { text, structure } = chunk;
  const entities = mentionsFrom(text, matches.list, named);
  const nearMisses = nearMissFindings({ text, structure, entities, knowledge: config.knowledge, t: config.t }, matches.tokens);
  matches.tokens = undefined;
  const claims = claimsOf(chunk.local.sentences, chunk.amounts, entities, chunk.local.inBreakdown);
  chunk.names = { key, entities, nearMisses, claims };
  return chunk.names;
}
