// A whole whose parts the text announces by number, then states one after the
// other in the sentences that follow, one or two per sentence:
//   « Le Département consacre 48,6 M€ à ses collèges. Une enveloppe record, qui se
//   répartit entre quatre grands postes. » ¶ « Le premier … : 21,4 M€ » ¶ « Viennent
//   ensuite …, pour 13,8 M€, puis …, à hauteur de 7,3 M€. » ¶ « Enfin, 2,1 M€ … »
// The number announced says how many amounts follow; the run must end there —
// closed by a word of closure (« Enfin », « Le solde ») or with no amount after it
// in the section — so an announced split never takes in a figure of another topic.

import { Breakdown, Figure, figureOf } from '../model';
import { has } from '../cues';
import { firstIndex } from '../sentences';
import { FindOptions, Roles, basisNearFigures, make } from './wholes';
import { amountItems, ownAmounts } from './region';
import { nounKey, quantityAt } from './quantities';

/** How many sentences after the announcement its parts may take. */
const RUN = 8;

/** Nouns that name the parts of a split (« quatre grands postes », « trois axes »), singular and folded. */
const PART_NOUNS: ReadonlySet<string> = new Set([
  'poste', 'axe', 'bloc', 'volet', 'priorite', 'operation', 'lot', 'politique', 'chantier', 'domaine', 'programme', 'categorie',
  'rubrique', 'enveloppe', 'action', 'mesure', 'pilier', 'orientation', 'thematique', 'secteur', 'champ', 'objectif', 'projet',
  // What a budget's income splits into: « entre quatre redevances », « trois sources de financement ».
  'redevance', 'taxe', 'impot', 'recette', 'ressource', 'source', 'dotation', 'financeur', 'contributeur', 'branche', 'mission',
  'fonds', 'dispositif', 'prestation', 'filiere', 'composante',
]);

/** The count the sentence announces after its word of distribution, of a noun of PART_NOUNS; 0 when none. */
function partsAnnounced(v: FindOptions['sentences'][number]): number {
  let after = -1;
  for (let k = 0; k < v.items.length && after < 0; k++) if (has(v.cues[k], 'distribution') || (takesUpSum(v) && has(v.cues[k], 'allocation'))) after = k;
  return after < 0 ? 0 : announcedCount(v, after + 1, after + 7);
}

/** « Cette enveloppe a financé trois chantiers », « Ces crédits ont permis … »: the sentence opens on a demonstrative and a noun of a sum. */
function takesUpSum(v: FindOptions['sentences'][number]): boolean {
  const k = firstIndex(v.items);
  return has(v.cues[k], 'anaphora') && (has(v.cues[k + 1], 'sum-noun') || has(v.cues[k + 1], 'whole-noun'));
}

/**
 * The first count of parts between items `from` and `to` (« quatre grands postes », « trois blocs »): an integer from
 * 2 to 8 whose noun, or the word after an adjective, is a noun of PART_NOUNS; 0 when the first count there is of
 * something else, or none.
 */
export function announcedCount(v: FindOptions['sentences'][number], from: number, to = v.items.length): number {
  for (let k = from; k < v.items.length && k < to; k++) {
    const q = quantityAt(v.items, k);
    if (q && q.noun !== undefined && Number.isInteger(q.value) && q.value >= 2 && q.value <= 8) {
      let n = q.nounAt!;
      // « quatre grands postes »: an adjective may come first.
      if (!PART_NOUNS.has(nounKey(q.noun)) && v.items[n + 1]?.kind === 'word') n++;
      const w = v.items[n] as { f?: string };
      return w.f && PART_NOUNS.has(nounKey(w.f)) ? q.value : 0;
    }
    if (q) k = q.next - 1;
  }
  return 0;
}

export function announcedParts(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const { sentences } = o;
  const sent = sentences[s];
  const takesUp = takesUpSum(sent);
  if (!sent.cues.some((c) => has(c, 'distribution')) && !takesUp) return null;
  const n = partsAnnounced(sent);
  if (n === 0) return null;
  // The whole: the sentence's one amount, or the one amount of the sentence before in its paragraph (« … consacre
  // 48,6 M€. Une enveloppe record, qui se répartit entre quatre postes. »); for « Cette enveloppe a financé trois
  // chantiers. », opening its paragraph, the last sentence with an amount of the paragraph before, in the section.
  const here = ownAmounts(sent);
  let prev = sentences[s - 1];
  if (takesUp && here.length === 0 && prev && prev.paragraph !== sent.paragraph && prev.section === sent.section) {
    let p = s - 1;
    while (p > 0 && p > s - 4 && sentences[p].figures === 0 && sentences[p].paragraph === prev.paragraph) p--;
    prev = sentences[p];
    if (prev.paragraph < sent.paragraph - 2) return null;
  }
  const source = here.length === 1 ? sent : here.length === 0 && prev && (prev.paragraph === sent.paragraph || takesUp) ? prev : null;
  if (!source || basisNearFigures(source)) return null;
  const wholeItems = ownAmounts(source);
  if (wholeItems.length !== 1 || amountItems(source.items, 0, source.items.length).length !== 1) return null;
  const whole = figureOf(o.amounts, wholeItems[0]);
  if (roles.parts.has(whole.index) || roles.totals.has(whole.index)) return null;
  const parts: Figure[] = [];
  let p = s + 1;
  for (; p < sentences.length && p <= s + RUN && parts.length < n; p++) {
    const v = sentences[p];
    if (v.section !== sent.section || v.inList) return null;
    if (v.figures === 0) continue;
    if (basisNearFigures(v)) return null;
    for (const a of amountItems(v.items, 0, v.items.length)) parts.push(figureOf(o.amounts, a));
  }
  if (parts.length !== n) return null;
  // The run ends on its last part: a word of closure there, or no amount in the rest of the section.
  const last = sentences[p - 1];
  const closes = last.cues.some((c) => has(c, 'closure'));
  let more = false;
  for (let q = p; q < sentences.length && q <= p + RUN && sentences[q].section === sent.section && !more; q++) more = amountItems(sentences[q].items, 0, sentences[q].items.length).length > 0;
  if (!closes && more) return null;
  if (parts.some((x) => x.currency !== whole.currency || x.qualifier === 'lower-bound' || x.qualifier === 'upper-bound' || x.high !== undefined || roles.parts.has(x.index) || roles.totals.has(x.index))) return null;
  const b = make('repartition', sent.start, whole);
  b.parts = parts;
  b.complete = true;
  return b;
}
