// Hints about names:
//   near-miss               « SecNumClould », « France Relanse », « Sec Num Cloud »: a known name, misspelt.
//   used-before-definition  a name the document defines, used before the sentence that defines it.
// Both are hints: rare, and right when they appear.

import { Definition, EntityMention, Finding, Span } from '../types';
import { DocumentStructure } from '../structure';
import { Translate } from '../messages';
import { KnowledgeIndex } from './index';
import { NearMissHit } from './fuzzy';
import { TF, Tokens, foldToken, looseKey, tokensOf } from './normalize';
import { overlapsSpans } from './exclusions';

export interface EntityFindingInput {
  text: string;
  structure: DocumentStructure;
  entities: EntityMention[];
  definitions: Definition[];
  knowledge: KnowledgeIndex;
  t: Translate;
  /** Addresses and code (exclusions.ts): no hint there. */
  excluded?: readonly Span[];
}

export const NEAR_MISS = 'near-miss';
export const USED_BEFORE_DEFINITION = 'used-before-definition';

export function entityFindings(input: EntityFindingInput): Finding[] {
  const out = [...nearMissFindings(input), ...usedBeforeDefinitionFindings(input)];
  return out.sort((a, b) => a.start - b.start);
}


function codeSpans(structure: DocumentStructure): Span[] {
  return structure.blocks.filter((b) => b.kind === 'code');
}

function inSpans(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < spans[mid].start) hi = mid - 1;
    else if (at >= spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Inside `inline code` on its line (an odd number of backticks before it). */
function inInlineCode(text: string, at: number): boolean {
  let ticks = 0;
  for (let i = at - 1; i >= 0 && at - i < 400; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 96) ticks++;
  }
  return ticks % 2 === 1;
}

/** Part of an address, a file name or an identifier rather than prose. */
function looksTechnical(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (before === 47 || before === 46 || before === 64 || before === 95 || before === 35 || before === 92) return true;
  if (after === 64 || after === 95 || after === 47) return true;
  if (after === 46 && end + 1 < text.length && /[A-Za-z0-9]/.test(text[end + 1])) return true;
  return false;
}

/** Near misses read only their own line: a chunk of a document gives what the whole would. */
export function nearMissFindings(input: Omit<EntityFindingInput, 'definitions'>, tokens: Tokens = tokensOf(input.text)): Finding[] {
  const { text, entities, knowledge, t } = input;
  const n = tokens.count;
  if (n === 0) return [];
  const index = knowledge.nearMiss();
  if (index.size === 0) return [];
  // Tokens already inside a recognised name are not candidates.
  const covered = new Uint8Array(n);
  let m = 0;
  for (let i = 0; i < n && m < entities.length; i++) {
    while (m < entities.length && entities[m].end <= tokens.start[i]) m++;
    if (m < entities.length && entities[m].start < tokens.end[i]) covered[i] = 1;
  }
  const code = codeSpans(input.structure);
  const out: Finding[] = [];
  const letters = (i: number) => (tokens.flags[i] & (TF.Number | TF.Ordinal)) === 0;
  for (let i = 0; i < n; i++) {
    if (covered[i] || !(tokens.flags[i] & TF.Capital) || !letters(i)) continue;
    const s = tokens.start[i];
    if (looksTechnical(text, s, tokens.end[i])) continue;
    const words: string[] = [];
    let allCapitals = true;
    let best: { hit: NearMissHit; last: number } | null = null;
    for (let j = i; j < n && j < i + 3; j++) {
      if (j > i && (covered[j] || !(tokens.flags[j] & TF.Tight) || !letters(j))) break;
      if (j > i && looksTechnical(text, tokens.start[j], tokens.end[j])) break;
      if (!(tokens.flags[j] & TF.Capital)) allCapitals = false;
      words.push(foldToken(text, tokens.start[j], tokens.end[j]));
      const hit = index.lookup(words);
      if (!hit) continue;
      // Re-spacing a name (« Sec Num Cloud ») is a miss only when every word is capitalised.
      if (hit.target.tokens.length !== words.length && words.length > 1 && !allCapitals) continue;
      if (!best || hit.distance < best.hit.distance || (hit.distance === best.hit.distance && j > best.last)) best = { hit, last: j };
    }
    // Code is ruled out once a name is close: most capitalised words match none, and this test reads back along the line.
    if (!best || inSpans(code, s) || inInlineCode(text, s)) continue;
    const start = s;
    const end = tokens.end[best.last];
    if (input.excluded && overlapsSpans(input.excluded, start, end)) continue;
    const written = text.slice(start, end);
    const target = best.hit.target;
    // The same spelling, case aside, is not a miss (« Secnumcloud »).
    if (looseKey(written) === looseKey(target.text) && best.hit.target.tokens.length === best.last - i + 1) continue;
    out.push({
      start,
      end,
      severity: 'hint',
      code: NEAR_MISS,
      message: t('“{0}” looks like a misspelling of “{1}”.', written, target.canonical),
      fixes: [{ title: t('Replace with “{0}”', target.text), edits: [{ start, end, newText: target.text }] }],
    });
    i = best.last;
  }
  return out;
}

/**
 * Compares mentions with definitions across the whole document. Only explicit
 * definitions (« ci-après », « dit », « baptisé », « Nom long (SIGLE) ») are
 * expected before any use: a glossary line may well come last. A mention in
 * the defining sentence itself is never early. Mentions are grouped once by
 * name and spelling, so each definition looks at its own group only: a
 * document defining ten thousand labels costs one pass over its mentions.
 */
export function usedBeforeDefinitionFindings(input: Pick<EntityFindingInput, 'entities' | 'definitions' | 't'>): Finding[] {
  const { entities, definitions, t } = input;
  const out: Finding[] = [];
  const invented = definitions.filter((d) => {
    const flags = d as { invented?: boolean; explicit?: boolean };
    return (flags.invented ?? d.id.startsWith('user:')) && flags.explicit !== false;
  });
  if (invented.length === 0) return out;
  // id → folded spelling → mentions in document order.
  const wanted = new Set(invented.map((d) => d.id));
  const groups = new Map<string, Map<string, EntityMention[]>>();
  for (const e of entities) {
    if (!wanted.has(e.id)) continue;
    let byKey = groups.get(e.id);
    if (!byKey) groups.set(e.id, (byKey = new Map()));
    const key = looseKey(e.text);
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  for (const d of invented) {
    const list = groups.get(d.id)?.get(looseKey(d.term));
    let early: EntityMention | undefined;
    // The first mention before the definition that is not the defining one itself. The analysis keeps one
    // definition per spelling, so each group is read for one definition at most: linear in all.
    const from = Math.min(d.start, d.sentence.start);
    for (const e of list ?? []) {
      if (e.start < from) {
        early = e;
        break;
      }
    }
    if (!early) continue;
    out.push({
      start: early.start,
      end: early.end,
      severity: 'hint',
      code: USED_BEFORE_DEFINITION,
      message: t('“{0}” is used before the sentence that defines it.', d.term),
      related: [{ start: d.start, end: d.end, message: t('“{0}” is defined here.', d.term) }],
    });
  }
  return out;
}
