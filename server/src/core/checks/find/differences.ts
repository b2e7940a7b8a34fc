// The difference of two amounts, stated as a third: « Les recettes atteignent
// 22,4 M€ et les dépenses 19,3 M€ : l’épargne brute s’établit donc à 3,1 M€ »,
// « soit un écart de 2 M€ », « le déficit ressort ainsi à 4 M€ ». The larger of
// the two is the smaller plus the difference, so the relation is a whole and
// two parts, judged as any sum is. The difference is named by a noun of the
// lexicon (role `difference`) right before its amount, after a word that says
// it follows (« donc », « soit », « ainsi », a colon); the two amounts are the
// only others of the sentence, or of the sentence before it in the paragraph.

import { Breakdown, Figure, figureOf } from '../model';
import { has } from '../cues';
import { isPunct, isWord } from '../words';
import { FindOptions, Roles, basisNearFigures, make } from './wholes';
import { amountItems, percentItems } from './region';

/** Words after the noun that make it a difference with something else than the two amounts. */
const OTHER = new Set(['avec', 'rapport', 'vis', 'comparaison', 'precedent', 'precedente', 'passe', 'passee', 'dernier', 'derniere', 'prevu', 'prevue', 'initial', 'initiale']);

/** Words that say a figure follows from those before it. */
const FOLLOWS = new Set(['donc', 'soit', 'ainsi', 'alors']);

export function differenceOf(s: number, o: FindOptions, roles: Roles): Breakdown | null {
  const sent = o.sentences[s];
  const items = sent.items;
  const am = amountItems(items, 0, items.length);
  if (am.length === 0 || am.length > 3) return null;
  const last = am[am.length - 1];
  // « ainsi qu’un excédent reporté »: « ainsi que » adds, it does not conclude.
  const followsAt = (k: number) => isWord(items[k], ...FOLLOWS) && !isWord(items[k + 1], 'que', "qu'");
  let at = -1;
  for (let k = 0; k < items.length; k++) if (items[k].kind === 'amount' && (items[k] as { index: number }).index === last.index) at = k;
  // The noun of a difference within a few words before its amount (« l’épargne brute s’établit donc à »).
  let noun = -1;
  let follows = false;
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const it = items[k];
    if (it.kind !== 'word') {
      if (isPunct(it, ':')) follows = true;
      if (!isPunct(it, '\'')) break;
      continue;
    }
    if (has(sent.cues[k], 'difference')) noun = k;
    if (followsAt(k)) follows = true;
  }
  if (noun < 0) return null;
  // « l’écart avec l’an passé », « le déficit par rapport à 2023 »: a difference with something else.
  for (let k = noun + 1; k < at; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    if (OTHER.has(it.f) || has(sent.cues[k], 'comparison') || has(sent.cues[k], 'time') || has(sent.cues[k], 'yearly') || /^(19|20)\d\d$/.test(it.f)) return null;
  }
  // « donc », « soit » or a colon before the noun counts as well: « : l’épargne brute atteint 4,1 M€ ».
  for (let k = noun - 1; k >= 0 && k >= noun - 3 && !follows; k--) if (isPunct(items[k], ':') || followsAt(k)) follows = true;
  if (!follows || basisNearFigures(sent)) return null;
  let pair: Figure[];
  if (am.length === 3) pair = [figureOf(o.amounts, am[0]), figureOf(o.amounts, am[1])];
  else if (am.length === 1 && s > 0) {
    const prev = o.sentences[s - 1];
    if (prev.paragraph !== sent.paragraph || basisNearFigures(prev)) return null;
    const before = amountItems(prev.items, 0, prev.items.length);
    // « Les impôts, 6,8 M€, représentent 48 % des recettes (14,2 M€) »: a part and its whole, no two sides of a balance.
    if (before.length !== 2 || percentItems(prev.items, 0, prev.items.length).length > 0) return null;
    pair = before.map((a) => figureOf(o.amounts, a));
  } else return null;
  const diff = figureOf(o.amounts, last);
  if (pair.some((p) => roles.parts.has(p.index) || roles.totals.has(p.index) || p.currency !== diff.currency || p.high !== undefined)) return null;
  if (roles.parts.has(diff.index) || roles.totals.has(diff.index) || diff.high !== undefined) return null;
  const [small, large] = pair[0].value <= pair[1].value ? pair : [pair[1], pair[0]];
  if (!(diff.hi < large.lo)) return null;
  const b = make('difference', items[noun].start, large);
  b.parts = [small, diff];
  b.complete = true;
  return b;
}
