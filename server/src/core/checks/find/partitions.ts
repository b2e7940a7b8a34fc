// Percentages that split one population without any cue word:
// « 48 % approuvent la réforme, 39 % la désapprouvent et 21 % ne se
// prononcent pas ». Most runs of percentages in a sentence are not one whole
// (« 85 % sont satisfaits et 70 % recommandent le service »), so a run counts
// only with evidence that its parts exclude each other: a word of partition
// (« autres », « sans opinion », « ne se prononcent pas »: then the run is
// complete), or two predicates that are each other's negation
// (« approuvent » / « désapprouvent », « favorables » / « défavorables »).

import { Breakdown, shareOf } from '../model';
import { has } from '../cues';
import { Sentence } from '../sentences';
import { Item, foldString, isPunct, isWord } from '../words';
import { FindOptions, absorb, make } from './wholes';
import { View, amountItems, readRegion } from './region';

const NEGATIONS = ['des', 'de', 'dis', 'in', 'im', 'il', 'ir', 'mal', 'non', 'non-', 'me'];
/** Answers that exclude each other. */
const OPPOSITES: readonly [string, string][] = [['oui', 'non'], ['pour', 'contre'], ['favorable', 'opposes'], ['favorables', 'opposes']];

/** True when two words of the run are each other's negation (by a prefix, or a pair of answers). */
function negatedPair(v: View, from: number, to: number): boolean {
  const words = new Set<string>();
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind === 'word') words.add(it.f);
  }
  for (const [a, b] of OPPOSITES) if (words.has(a) && words.has(b)) return true;
  for (const w of words) {
    if (w.length < 4) continue;
    for (const p of NEGATIONS) if (w.length > p.length + 3 && w.startsWith(p) && words.has(w.slice(p.length))) return true;
  }
  return false;
}

/** Words that say a survey's answers may overlap: « plusieurs réponses possibles », « réponses multiples ». */
const MULTIPLE = ['plusieurs reponses', 'reponses multiples', 'choix multiples', 'plusieurs choix', 'cumulables', 'total depasse 100', 'total superieur a 100'];

/** True when the paragraph of `sent` says the answers may overlap. */
export function answersOverlap(sent: Sentence, o: FindOptions): boolean {
  const p = o.structure.paragraphs[sent.paragraph];
  if (!p || p.end - p.start > 4000) return false;
  const f = foldString(o.text.slice(p.start, p.end));
  return MULTIPLE.some((w) => f.includes(w));
}

export function partitionBreakdowns(sent: Sentence, o: FindOptions, taken: ReadonlySet<number>): Breakdown[] {
  const out: Breakdown[] = [];
  const { items } = sent;
  if (answersOverlap(sent, o)) return out;
  // Each run between semicolons is its own population: « 54 % de femmes et 46 % d’hommes ; 35 % ont moins de 30 ans… ».
  let from = 0;
  for (let k = 0; k <= items.length; k++) {
    if (k < items.length && !isPunct(items[k], ';')) continue;
    // « L’État en prend 40 % et la région 35 % ; le reste, soit 25 %, … »: the rest closes the run before the semicolon.
    const f = k + 1 < items.length ? k + 1 : k;
    if (k < items.length && (has(sent.cues[f], 'remainder') || (isWord(items[f], 'le', 'la', "l'") && has(sent.cues[f + 1], 'remainder')))) continue;
    const b = run(sent, o, from, k, taken);
    if (b) out.push(b);
    from = k + 1;
  }
  return out;
}

function run(v: View, o: FindOptions, from: number, to: number, taken: ReadonlySet<number>): Breakdown | null {
  if (amountItems(v.items, from, to).length > 0) return null;
  let percents = 0;
  for (let k = from; k < to; k++) {
    const it = v.items[k];
    if (it.kind === 'percent') {
      if (taken.has(it.index)) return null;
      percents++;
    }
  }
  if (percents < 2) return null;
  let partition = false;
  let rest = false;
  // The rest given with its figure (« le reste, soit 25 % ») says every part is named.
  let restGiven = -1;
  for (let k = from; k < to; k++) {
    if (has(v.cues[k], 'partition')) partition = true;
    if (has(v.cues[k], 'remainder')) {
      rest = true;
      for (let q = k + 1; q < to && q <= k + 4 && restGiven < 0; q++) if (v.items[q].kind === 'percent') restGiven = q;
    }
  }
  // « …, et les plus grandes le reste »: the figures given leave out the rest of one whole.
  if (!partition && !rest && !negatedPair(v, from, to)) return null;
  const r = readRegion(v, from, to, o);
  if (r.aborted || r.sharesBroken || r.shares.length < 2) return null;
  const b = make('partition', v.items[from].start, null);
  absorb(b, r, partition || restGiven >= 0);
  // « le reste, soit 30 % »: the rest's figure is a share like the others, whatever « soit » made of it.
  if (restGiven >= 0) {
    const it = v.items[restGiven] as Item & { kind: 'percent' };
    if (!b.shares.some((x) => x.index === it.index)) b.shares.push(shareOf(o.percentages, it));
    b.derivedShare = b.shares.findIndex((x) => x.index === it.index);
  }
  b.complete = false;
  return b;
}
