// Shares in a key-figure list whose items are not all of one kind:
//   - 142 300 interventions, soit près de 390 par jour
//   - Secours d'urgence aux personnes : 78 %
//   - Accidents de la circulation : 8 %
//   - Incendies : 7 %
//   - Opérations diverses : 13 %
// The run of items that each give one percentage after their label, right under an item that counts things, splits
// those things: its shares may fall short of 100 % (the list need not name every category) but never exceed it. The
// list as a whole is no breakdown (lists.ts gives up on its first item), so the run is read on its own.

import { Block } from '../../structure';
import { Breakdown, shareOf } from '../model';
import { Item, isYearItem } from '../words';
import { FindOptions, make } from './wholes';
import { View, namesRates } from './region';
import { quantityAt } from './quantities';
import { valueAfterColon, viewOf } from './lists';

/** Items in a run, at least. */
const MIN_ITEMS = 3;
/** Percentage points above 100 beyond which the run's items are taken for unrelated rates, not one split. */
const OVER_REACH = 25;

/** The item's one percentage, when it is the item's only figure and ends it after a colon (« Incendies : 7 % »); else -1. */
function labelledPercent(v: View): number {
  const k = valueAfterColon(v);
  if (k < 0 || v.items[k].kind !== 'percent') return -1;
  for (let q = 0; q < k; q++) if (v.items[q].kind === 'amount' || v.items[q].kind === 'percent') return -1;
  return k;
}

/** Whether the item counts things: a number with its noun (« 142 300 interventions », « 9 640 nouveaux retraités »). */
function countsThings(v: View): boolean {
  for (let k = 0; k < v.items.length; k++) {
    const q = quantityAt(v.items, k);
    if (!q) continue;
    if (q.noun && q.value >= 2 && !isYearItem(v.items[k])) return true;
    k = q.next - 1;
  }
  return false;
}

/** The runs of labelled percentages under a counting item, in every list of the document. */
export function shareRunBreakdowns(o: FindOptions, covered: (start: number) => boolean): Breakdown[] {
  const out: Breakdown[] = [];
  const blocks = o.structure.blocks;
  let i = 0;
  while (i < blocks.length) {
    const first = blocks[i];
    if (first.kind !== 'list-item') {
      i++;
      continue;
    }
    // One list: its items of the first item's level, in order.
    const level = first.level;
    // (Each item's labelled percentage read once: `at`, or -1.)
    const items: { blk: Block; view: View; at: number }[] = [];
    let b = i;
    for (; b < blocks.length && blocks[b].kind === 'list-item' && blocks[b].level >= level; b++) {
      if (blocks[b].level !== level) continue;
      const view = viewOf(o, blocks[b].contentStart, blocks[b].end);
      items.push({ blk: blocks[b], view, at: labelledPercent(view) });
    }
    i = Math.max(b, i + 1);
    // A counting item (the one right above, or one item further up), then the run.
    for (let r = 1; r < items.length; r++) {
      if (items[r].at < 0 || items[r - 1].at >= 0) continue;
      let end = r;
      while (end < items.length && items[end].at >= 0 && !namesRates(items[end].view)) end++;
      const run = items.slice(r, end);
      const counter = items[r - 1].view;
      const above = r >= 2 ? items[r - 2] : null;
      if (run.length < MIN_ITEMS || !(countsThings(counter) || (above !== null && above.at < 0 && countsThings(above.view)))) continue;
      const shares = run.map((x) => shareOf(o.percentages, x.view.items[x.at] as Item & { kind: 'percent' }));
      if (covered(shares[0].start)) continue;
      let sum = 0;
      for (const s of shares) sum += s.value;
      if (sum > 100 + OVER_REACH) continue;
      const bd = make('list', run[0].blk.contentStart, null);
      bd.shares = shares;
      bd.complete = false;
      bd.sharesComplete = false;
      out.push(bd);
      r = end;
    }
  }
  return out;
}
