// The sentences the relation finders read: each with its block, section and
// paragraph, how many figures it holds, and — cut on first use, since most
// sentences of a long document hold no figure — its items (words, punctuation,
// figures; words.ts) and the cue each item starts (cues.ts).

import { Amount, Percentage, Span } from '../types';
import { DocumentStructure } from '../structure';
import { Cue, tagCues } from './cues';
import { Item, firstIndex, itemize } from './words';
import { missesATermIn, opensOnReference, termEnd } from './reach';

export interface Sentence extends Span {
  readonly items: Item[];
  /** The cue phrase starting at each item, if any. */
  readonly cues: (Cue | undefined)[];
  /** Index in `structure.blocks` (-1 when none). */
  block: number;
  section: number;
  /** Index in `structure.paragraphs` (-1 when none): money context and most look-backs stay within it. */
  paragraph: number;
  /** How many amounts and percentages the sentence holds. */
  figures: number;
  /** The sentence is (in) a list item. */
  inList: boolean;
  /** It opens on words that take their whole from before a paragraph break (see mayReferBack): chunks never cut there. */
  readonly reachesBack: boolean;
}

class LazySentence implements Sentence {
  private cut: Item[] | null = null;
  private tagged: (Cue | undefined)[] | null = null;
  private back = -1;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly block: number,
    readonly section: number,
    readonly paragraph: number,
    readonly figures: number,
    readonly inList: boolean,
    private readonly source: { text: string; amounts: readonly Amount[]; percentages: readonly Percentage[] },
  ) {}
  get items(): Item[] {
    if (!this.cut) this.cut = itemize(this.source.text, this, this.source.amounts, this.source.percentages);
    return this.cut;
  }
  get reachesBack(): boolean {
    // The opening words are read from the text, as the chunker reads them; the rest from the sentence's own items.
    if (this.back < 0) this.back = opensOnReference(this.source.text, this) || missesATermIn(this.items, this.cues, termEnd(this.source.text, this)) ? 1 : 0;
    return this.back === 1;
  }
  get cues(): (Cue | undefined)[] {
    if (!this.tagged) this.tagged = tagCues(this.items);
    return this.tagged;
  }
}

/** Two sentences in items of one list, one right after the other: a list reads as one paragraph for look-backs. */
export function sameList(a: Sentence, b: Sentence): boolean {
  return a.inList && b.inList && b.block - a.block <= 1;
}

export function sentencesOf(text: string, structure: DocumentStructure, amounts: readonly Amount[], percentages: readonly Percentage[]): Sentence[] {
  const source = { text, amounts, percentages };
  const out: Sentence[] = [];
  let a = 0;
  let p = 0;
  let b = 0;
  let sec = 0;
  let par = 0;
  const { blocks, sections, paragraphs } = structure;
  for (const s of structure.sentences) {
    while (a < amounts.length && amounts[a].start < s.start) a++;
    while (p < percentages.length && percentages[p].start < s.start) p++;
    let figures = 0;
    for (let k = a; k < amounts.length && amounts[k].start < s.end; k++) figures++;
    for (let k = p; k < percentages.length && percentages[k].start < s.end; k++) figures++;
    while (b + 1 < blocks.length && blocks[b + 1].start <= s.start) b++;
    while (sec + 1 < sections.length && sections[sec + 1].start <= s.start) sec++;
    while (par + 1 < paragraphs.length && paragraphs[par + 1].start <= s.start) par++;
    const block = blocks.length && blocks[b].start <= s.start ? b : -1;
    const paragraph = paragraphs.length && paragraphs[par].start <= s.start && s.start < paragraphs[par].end ? par : -1;
    out.push(new LazySentence(s.start, s.end, block, sec, paragraph, figures, block >= 0 && blocks[block].kind === 'list-item', source));
  }
  return out;
}

export { firstIndex };
