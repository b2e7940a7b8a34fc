// Wholes and parts in lists: the items of one level of a bulleted or numbered
// list are the parts; the whole is the amount of the sentence that announces
// the list (« L’enveloppe de 2 Md€ se répartit ainsi : »), a « Total » item,
// or a « Total : … » line right after the list. Whether the items exhaust
// the whole comes from the announcing words (a caption such as
// « **Répartition par axe** » counts) or from the total line itself.

import { Block } from '../../structure';
import { Breakdown, Figure, append, figureOf } from '../model';
import { has } from '../cues';
import { firstIndex } from '../sentences';
import { FIGURE_LEAD, isPunct, isWord, isYearItem, itemize, lowerBound } from '../words';
import { tagCues } from '../cues';
import { FindOptions, absorb, amountNamedBefore, basisNearFigures, make, nounPhraseAt } from './wholes';
import { AMOUNTS_TO, AmountItem, View, amountItems, anyCue, emptyRegion, isBasisAt, namesRates, onlyYearly, otherBases, othersAfter, ownAmounts, percentItems, readRegion, datedApart, yearsOf } from './region';
import { durationOf } from './rates';
import { countList } from './counts';
import { countAnnounced, quantityAt, sameNoun } from './quantities';
import { isInlineBlank } from '../../text/chars';
import { headingTakesUpWhole } from '../reach';

export function viewOf(o: FindOptions, start: number, end: number): View {
  const items = itemize(o.text, { start, end }, o.amounts, o.percentages);
  return { items, cues: tagCues(items) };
}

/** The last sentence of a block, as a view. */
function lastSentenceOf(o: FindOptions, blk: Block): View {
  // The last sentence starting before the block's end (binary search: lists may be many).
  let k = lowerBound(o.sentences, blk.end) - 1;
  // (« D’où viennent nos ressources ? 💡 »: a last « sentence » with no word, a pictograph, leaves the one before it.)
  while (k > 0 && o.sentences[k].start > blk.contentStart && !o.sentences[k].items.some((it) => it.kind === 'word' || it.kind === 'amount' || it.kind === 'percent')) k--;
  const s = o.sentences[k];
  const from = s && s.start >= blk.contentStart ? s.start : blk.contentStart;
  return viewOf(o, from, blk.end);
}

/**
 * « Total : 2,9 Md€ », « **Total général** : 60 M€ », « Ensemble : … », « Au total, … », « Le montant total
 * s’élève à … », « Soit un total de … »: a line whose first words state a total, before any figure.
 */
function totalLine(v: View): boolean {
  const k0 = firstIndex(v.items);
  if (isWord(v.items[k0], 'sous-total')) return true;
  // « soit 12,3 M€ sur la période »: the sentence the list split goes on after it with what the items come to.
  // « soit 980 logements sur la période »: a count too.
  if (isWord(v.items[k0], 'soit') && (v.items[k0 + 1]?.kind === 'amount' || quantityAt(v.items, k0 + 1) !== null)) return true;
  for (let k = k0; k < v.items.length && k < k0 + 4; k++) {
    const it = v.items[k];
    if (it.kind !== 'word') break;
    // « ensemble des autres missions : 1,1 Md€ »: the total of the others is the rest, one more item.
    // (« Équipement de l’ensemble des foyers : 1,9 M€ »: a complement's « ensemble » says whom the item serves.)
    const complement = isWord(v.items[k - 1], 'de', "d'", 'du', 'des') || (isWord(v.items[k - 1], "l'", 'la', 'le') && isWord(v.items[k - 2], 'de', "d'"));
    if (has(v.cues[k], 'total') && !othersAfter(v, k) && !(k > k0 && complement)) return true;
  }
  // « Le plan de financement ci-dessus couvre un coût total de 1 480 000 € HT »: the sentence points at the list and
  // names a total.
  let above = false;
  let total = false;
  for (let k = k0; k < v.items.length && k < k0 + 16; k++) {
    if (isWord(v.items[k], 'ci-dessus', 'ci-avant')) above = true;
    if (has(v.cues[k], 'total')) total = true;
  }
  return above && total;
}

/** A sentence that opens on a word of remainder: « Le solde est financé par … », « Le reste provient de … ». */
function restOpens(v: View): boolean {
  const k = firstIndex(v.items);
  return has(v.cues[k], 'remainder') || (isWord(v.items[k], 'le', 'la', "l'") && has(v.cues[k + 1], 'remainder'));
}

/** « Ces 231 recrutements … » after a list under « … aux recrutements suivants : »: a demonstrative count of the lead-in's noun. */
function takesUpLead(v: View, lead: View): boolean {
  const k = firstIndex(v.items);
  if (!isWord(v.items[k], 'ces')) return false;
  const q = quantityAt(v.items, k + 1);
  return q !== null && q.noun !== undefined && lead.items.some((it) => it.kind === 'word' && sameNoun(it.f, q.noun!));
}

/** The amounts before the first word of a remainder that follows an amount (« Au total, A, le reste … B »). */
function beforeRemainder(v: View, am: readonly AmountItem[]): AmountItem[] {
  if (am.length < 2) return am.slice();
  for (let k = 0; k < v.items.length; k++) {
    if (v.items[k].start > am[0].start && has(v.cues[k], 'remainder')) return am.filter((a) => a.start < v.items[k].start);
  }
  return am.slice();
}

/** True when the block's text ends with a colon (blanks and closing markup aside). */
function endsWithColon(text: string, blk: Block): boolean {
  let e = blk.end;
  while (e > blk.contentStart) {
    const c = text.charCodeAt(e - 1);
    if (isInlineBlank(c) || c === 42 || c === 95) e--;
    else break;
  }
  return text.charCodeAt(e - 1) === 58;
}

/** A short caption without a final stop (or a question): a heading, or a line such as « **Répartition par axe** ». */
function isCaption(text: string, blk: Block): boolean {
  if (blk.kind === 'heading') return true;
  if (blk.kind !== 'paragraph' || blk.end - blk.contentStart > 120) return false;
  let e = blk.end;
  while (e > blk.contentStart && (text.charCodeAt(e - 1) === 42 || text.charCodeAt(e - 1) === 95 || text.charCodeAt(e - 1) === 32)) e--;
  const c = text.charCodeAt(e - 1);
  // « **D’où viennent nos recettes ?** » over the items: a short question the list answers is a caption too.
  return c !== 46 && c !== 59 && c !== 33;
}


/** Every list of parts in the document. */
export function listBreakdowns(o: FindOptions): Breakdown[] {
  const out: Breakdown[] = [];
  const blocks = o.structure.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    if (first.kind !== 'list-item') continue;
    const prev = blocks[i - 1];
    // A list starts after a block that is not an item of the same or a deeper level.
    if (prev && prev.kind === 'list-item' && prev.level >= first.level) continue;
    const b = listAt(o, i);
    if (b) out.push(b);
  }
  return out;
}

function listAt(o: FindOptions, i: number): Breakdown | null {
  const blocks = o.structure.blocks;
  const first = blocks[i];
  const level = first.level;
  const lead = blocks[i - 1];
  let total: Figure | null = null;
  let complete = false;
  /** Complete because a verb of allocation gives the whole out: only when each item gives one amount, its part. */
  let allocatedInFull = false;
  let partial = false;
  /** A parent item « label : amount » over deeper items: complete when every one of them gives its figure. */
  let parentLabels = false;
  /** A parent item « label : count » over deeper items (see countAfterLabel). */
  let parentCounts = false;
  let announced = false;
  let distributes = false;
  let counted: { n: number; lead: Block; view: View } | null = null;
  let leadView: View | null = null;
  /** The heading or caption right above a lead-in paragraph (« **Enquête 2024 – 1 200 adhérents interrogés** »). */
  let aboveView: View | null = null;
  let at = first.start;
  /** The whole is an amount said before the lead-in, which items that count things do not split. */
  let totalBefore = false;
  /** The lead-in's whole is of an earlier budget stage than its items. */
  let laterStage = false;
  if (lead && (lead.kind === 'paragraph' || lead.kind === 'heading' || (lead.kind === 'list-item' && lead.level < level))) {
    const colon = endsWithColon(o.text, lead);
    // « - prévention : 9,5 M€, répartis en » over deeper items: a parent item that distributes its amount.
    const parent = lead.kind === 'list-item' && lead.level < level && !colon ? lastSentenceOf(o, lead) : null;
    const parentAnnounces = parent !== null && amountItems(parent.items, 0, parent.items.length).length === 1 && (anyCue(parent, 'distribution') || isWord(parent.items[parent.items.length - 1], 'dont'));
    // « 2. Mesures d’économies : 8,2 Md€ » over « - ONDAM : 5,0 Md€ », « - pensions : 3,6 Md€ »…: deeper items under an
    // item that states one amount detail it. Nothing says they are all of it: they may not pass it.
    const parentHolds = !parentAnnounces && parent !== null && amountItems(parent.items, 0, parent.items.length).length === 1 && amountItems(parent.items, 0, parent.items.length)[0].high === undefined;
    // (« - Surfaces cultivées : 118 ha » over « - blé : 52 ha », « - orge : 31 ha », « - maïs : 27 ha »: a parent that labels
    // its amount, with no word that picks (« dont », « notamment »), is what its figured sub-items make up; read below.)
    if (parentHolds && labelsItsAmount(parent!) && !anyCue(parent!, 'partial') && !selects(parent!)) parentLabels = true;
    if (parentHolds) partial = true;
    // (« - Résidence Jean-Moulin : 385 logements » over « - bâtiment Nord : 215 logements »…: a parent that labels its
    // count is what its sub-items count, as one that labels its amount; countList reads them.)
    parentCounts = parent !== null && !parentHolds && !parentAnnounces && amountItems(parent.items, 0, parent.items.length).length === 0 && countAfterLabel(parent) && !anyCue(parent, 'partial') && !selects(parent);
    if (colon || isCaption(o.text, lead) || parentAnnounces || parentHolds || parentCounts) {
      const v = lastSentenceOf(o, lead);
      leadView = v;
      announced = true;
      at = lead.contentStart;
      // « 2,9 GWh d’économies attendues chaque année : » over items of the same year: a yearly whole of yearly parts.
      if (basisNearFigures(v) && !onlyYearly(v)) return null;
      const am = wholeOfSplit(v, amountItems(v.items, 0, v.items.length));
      // « Le plan de 250 M€ se répartit ainsi : », or a caption that states its whole: « **Dépenses (4,2 M€)** ».
      if (am.length === 1) {
        total = figureOf(o.amounts, am[0]);
        // « …, d’un montant total de 64,8 M€ sur cinq ans : » over its items: a sum the lead-in calls total lists them all.
        if ((!colon && !parentAnnounces) || (colon && totalNamedBefore(v, lowerBound(v.items, am[0].start)))) complete = true;
        // « La commune consacrera 2,35 M€ à ses investissements cette année : » over its items: a whole that a verb of
        // allocation gives out, with no word of selection (« notamment », « principaux »), is given out in full.
        else if (colon && anyCue(v, 'allocation') && !anyCue(v, 'partial') && !selects(v)) complete = allocatedInFull = true;
        // « Les travaux d’eau potable représentent 11,8 M€ HT : », « Le programme s’élève à 4,2 M€ : »: a verb that
        // states the amount as what the subject comes to, right before it, with nothing that selects, is the whole the
        // items make up.
        else if (colon && amountsTo(v, lowerBound(v.items, am[0].start)) && !anyCue(v, 'partial') && !selects(v)) complete = true;
        // « Doté de 600 M€ sur dix ans, le plan a donné lieu aux engagements suivants : »: items of a later budget stage
        // than the amount are what has been done with it so far, a part of it however completely they are listed.
        if (laterStageAfter(v, lowerBound(v.items, am[0].start))) laterStage = true;
      } else if (am.length > 1) return null;
      // « **Piscine – plan de financement (9,8 M€ HT)** » over its funders: a financing plan lists every one of them.
      // « ## Origine de nos ressources » ¶ « Sur un total de 4,8 M€ : »: the heading right above the lead-in names the split.
      const before = blocks[i - 2];
      const above = lead.kind === 'paragraph' && before && (before.kind === 'heading' || (before.kind === 'paragraph' && isCaption(o.text, before))) ? lastSentenceOf(o, before) : null;
      aboveView = above;
      if (namesSplit(v) || onlyDetails(v) || (above !== null && namesSplit(above))) complete = distributes = true;
      // « Sur les 62 400 tonnes collectées : »: the items' percentages are shares of that whole; nothing says all are listed.
      else if (opensOnAWhole(v)) distributes = true;
      // « Les taux de couverture sont les suivants : » announces rates of several populations, no split of one whole.
      if (namesRates(v)) distributes = false;
      // « Le coût est estimé à 78,5 M€. Le plan de financement s’établit comme suit : »: the whole is the sentence before.
      // « Coût prévisionnel : 2 480 000 € HT. » ¶ « Plan de financement sollicité : »: a financing plan splits the cost the
      // block before states (the chunker reads the plan as reaching back, reach.ts).
      if (am.length === 0 && colon && distributes) {
        // (« **Concours de l’État : 54,8 Md€** » ¶ « Ils se décomposent comme suit : »: a lead-in that opens on a word
        // pointing back splits the one amount of the block before.)
        const pointsBack = namesItsWhole(v) || namesFinancingPlan(v) || onlyDetails(v) || has(v.cues[firstIndex(v.items)], 'anaphora');
        total = previousInBlock(o, lead, v) ?? (pointsBack ? previousBlockTotal(o, i - 1, namesFinancingPlan(v)) : null) ?? amountOfSubjectBefore(o, i - 1, v);
        // « … le plan, engagé en 2015, a déjà mobilisé plus de 1 Md€. Au budget 2025, les investissements se répartissent
        // ainsi : »: a whole said in a sentence of other years than the lead-in's is no whole of its split.
        if (total) {
          const at = total.start;
          const own = o.sentences[lowerBound(o.sentences, at + 1) - 1];
          if (own && own.start <= at && datedApart(own, v)) total = null;
        }
        totalBefore = total !== null;
      }
      // « La Région consacrera 436 M€ aux mobilités. » ¶ « ### Répartition de l’enveloppe » over the items: the heading
      // splits the whole of the paragraph before it.
      if (am.length === 0 && !colon && lead.kind === 'heading' && distributes && headingTakesUpWhole(o.text, lead)) total = previousBlockTotal(o, i - 1);
      if (anyCue(v, 'partial')) partial = true;
      // « Les dépenses atteignent 7,4 M€. Elles se concentrent sur quatre opérations : »: a lead-in that points back
      // and counts the items names the whole of the sentence before, if as many items follow.
      if (am.length === 0 && colon && !distributes && !partial && has(v.cues[firstIndex(v.items)], 'anaphora')) counted = { n: countAnnounced(v), lead, view: v };
      // « Les restes à payer atteignent 3,8 Md€. Ils résultent notamment : »: examples of the whole the lead-in points back
      // to; they need not add up to it, but none can exceed it.
      if (am.length === 0 && colon && !distributes && partial && has(v.cues[firstIndex(v.items)], 'anaphora')) {
        total = previousInBlock(o, lead, v);
        totalBefore = total !== null;
      }
    }
  }
  const region = emptyRegion();
  let items = 0;
  let incomplete = false;
  let sharesIncomplete = false;
  let totalFromLine = false;
  let totalFirst = false;
  let closes = false;
  const itemViews: View[] = [];
  // « - 4 postes de psychologues.⏎Au total, 38 postes… »: a total line the Markdown reads as the last item's lazy
  // continuation closes the list all the same.
  let lazyTotal: View | null = null;
  let b = i;
  for (; b < blocks.length; b++) {
    const blk = blocks[b];
    if (blk.kind !== 'list-item' || blk.level < level) break;
    if (blk.level > level) continue;
    let end = blk.end;
    const tail = lazyLine(o, blk);
    if (tail) {
      lazyTotal = tail.view;
      end = tail.start;
    }
    const v = viewOf(o, blk.contentStart, end);
    // « - Consommation (120 m³ × 1,62 €) : 194,40 € »: the quantity an item's price is worked out on is a factor, no part.
    if (o.measures && v.items.some((x) => isPunct(x, '×') || isWord(x, 'x'))) return null;
    itemViews.push(v);
    if (totalLine(v)) {
      // « Au total, 20,3 M€ sont inscrits, contre 16,9 M€ l’an dernier »: the compared amount is another year's.
      // « …, le reste du coût (estimé à 63 M€ HT) étant porté par … »: so is what the total leaves out.
      const am = beforeRemainder(v, ownAmounts(v));
      if (am.length !== 1 || total || (v.items[firstIndex(v.items)] as { f?: string }).f === 'sous-total') return null;
      total = figureOf(o.amounts, am[0]);
      // « 3. Au total, les 27,5 M€ mobilisés sur cinq ans ont permis … » after « 1. … doté de 27,5 M€ »: a definite
      // amount one item already gave takes that item's amount up; it sums none of them.
      if (isWord(v.items[lowerBound(v.items, am[0].start) - 1], 'les', 'ces') && givenByAnItem(o, itemViews.slice(0, -1), total)) return null;
      totalFromLine = true;
      totalFirst = items === 0;
      continue;
    }
    // « - Taxe foncière : 4,1 M€ - Recettes fiscales totales : 6,5 M€ - Recettes de fonctionnement : 10 M€ »: a total
    // between items closes those before it; figures after it (other than its « dont ») are other key figures, no parts.
    if (totalFromLine && !totalFirst && !isWord(v.items[firstIndex(v.items)], 'dont')) return null;
    items++;
    let r = readRegion(v, firstIndex(v.items), detailBracket(v), o);
    // « - 100 000 recrutements, soit 50 000 € par poste et par an : 5,0 Md€ ; »: a label whose own figures describe
    // the item (a rate, a count) gives its value after the colon that ends it.
    // « - impôts et taxes affectés, dont une fraction de la TVA : 24 % ; »: so does a label that details itself.
    // « - la baisse du taux, ramené de 16,404 % à 14,850 % : 800 M€ ; »: percentages inside the label describe it too.
    const valueAt = valueAfterColon(v);
    const labelPercents = valueAt >= 0 && v.items.some((it, k) => k < valueAt && it.kind === 'percent');
    if (r.aborted || (r.nested && r.parts.length + r.shares.length + r.pairs.length === 0) || (r.parts.length === 0 && labelPercents)) {
      if (valueAt >= 0) r = readRegion(v, valueAt, v.items.length, o);
    }
    // « - 1 100 en contrat d’engagement jeune, avec une allocation pouvant aller jusqu’à 528 € par mois ; »: an item that
    // opens on a count and details it with a rate or a ceiling holds no part of money; its count is read below.
    if (r.aborted && opensOnCount(v)) r = emptyRegion();
    if (r.aborted || r.parts.length > 1) return null;
    // « - 8 520 vivent à domicile, soit 60 %, et 5 680 en établissement (40 %) ; »: an item that splits a whole of its
    // own is no share of the list's whole.
    if (r.shares.length + r.pairs.length > 1 || percentItems(v.items, valueAt >= 0 ? valueAt : 0, v.items.length).length > 1) region.sharesBroken = true;
    if (r.parts.length === 0) incomplete = true;
    if (r.shares.length === 0 && r.pairs.length === 0) sharesIncomplete = true;
    append(region.parts, r.parts);
    append(region.shares, r.shares);
    // In a list, « 1,2 Md€ (60 %) » gives the share of the whole: it adds up with the others, and its part must be it.
    for (const pr of r.pairs) region.shares.push(pr.share);
    append(region.pairs, r.pairs);
    // « Reste à charge de la commune : 492 000 € »: a remainder with its figure closes the list.
    if (r.closure && r.parts.length) closes = true;
    region.partial ||= r.partial;
    region.sharesBroken ||= r.sharesBroken;
    for (const st of r.stages) region.stages.add(st);
  }
  if (items === 0) return null;
  // « – satisfait : 46 % … – sans opinion : 9 % »: an item that names the rest of a population (« sans opinion »,
  // « autres ») makes the answers one whole split, all of them listed.
  // The list needs no lead-in for that: under a heading (« ### Occupation de la SAU »), or alone, the rest item says the
  // answers are all there; rates named by the lead-in, the heading or an item are no split.
  const above = lead && (lead.kind === 'heading' || lead.kind === 'paragraph') ? lastSentenceOf(o, lead) : null;
  const rates = (leadView && namesRates(leadView)) || (above !== null && namesRates(above)) || itemViews.some(namesRates);
  // (So does a lead-in that says one answer each: « Mode principal (une seule réponse possible) : ».)
  const partition = itemViews.some((v) => anyCue(v, 'partition')) || (leadView !== null && anyCue(leadView, 'partition'));
  if (!distributes && items >= 3 && region.shares.length === items && partition && !rates) complete = distributes = true;
  if (counted && counted.n === items && region.parts.length === items && !total) {
    const back = previousInBlock(o, counted.lead, counted.view);
    if (back) {
      total = back;
      complete = distributes = true;
    }
  }
  // A « Total : … » line right after the list (a paragraph, or an item of an outer level).
  const after = blocks[b];
  // The first sentence of the block right after the list, cut once for the readings below that look at it.
  let afterView: View | null | undefined;
  const afterLine = (): View | null => {
    if (afterView === undefined) afterView = after && (after.kind === 'paragraph' || after.kind === 'list-item') ? viewOf(o, after.contentStart, Math.min(after.end, firstSentenceEnd(o, after))) : null;
    return afterView;
  };
  if (lazyTotal && !total && region.parts.length + region.shares.length > 0) {
    const am = amountItems(lazyTotal.items, 0, lazyTotal.items.length);
    if (am.length === 1 && !basisNearFigures(lazyTotal) && !otherBases(itemViews, lazyTotal)) {
      total = figureOf(o.amounts, am[0]);
      totalFromLine = true;
    }
  }
  // A list of counts (« Répartition des 1 240 postes : » … « 520 postes »): no amounts, the noun is the unit; its
  // whole in the lead-in or in a total line after the list.
  // (« L’agence … a publié la liste des lauréats de son appel, doté de 11,2 M€. Les projets retenus se répartissent
  // entre quatre domaines : » over counts: the amount before is no whole of theirs.)
  // (« - 810 logements locatifs sociaux, dont un tiers de PLAI ; »: a share inside one item details that item; only
  // shares given by every item make a list of shares.)
  // (« - 1 100 en contrat d’engagement jeune, avec une allocation pouvant aller jusqu’à 528 € par mois ; »: an amount per
  // unit or a ceiling inside an item details it; the items still count things.)
  const amountsAside = region.parts.length > 0 && !total && region.parts.every((p) => p.qualifier === 'upper-bound' || itemViews.some((v) => perUnitIn(v, p.start)));
  if ((region.parts.length === 0 || amountsAside) && region.shares.length < items && leadView && (!total || totalBefore)) {
    const line = lazyTotal ?? afterLine();
    return countList(o, at, leadView, itemViews, line && (totalLine(line) || takesUpLead(line, leadView)) ? line : null, parentCounts);
  }
  // (A lead-in's whole of an earlier stage gives way to the total line, which sums the items' own stage.)
  const v = !total || laterStage ? afterLine() : null;
  if (v) {
    if (totalLine(v)) {
      // « Au total, 20,3 M€ sont inscrits, contre 16,9 M€ l’an dernier »: the compared amount is another year's.
      // « …, le reste du coût (estimé à 63 M€ HT) étant porté par … »: so is what the total leaves out.
      const am = beforeRemainder(v, ownAmounts(v));
      // (A total « TTC » under items « HT » is the sum on another basis.)
      // (« - 2022 : 2,24 M€ ; - 2023 : … » then « Ces pertes cumulées représentent, sur dix ans, près de 11 M€ »: a total
      // over more years than the items, each of one year, sums other years too.)
      if (am.length === 1 && !basisNearFigures(v) && !otherBases(itemViews, v) && !overOtherYears(v, itemViews)) {
        total = figureOf(o.amounts, am[0]);
        totalFromLine = true;
        laterStage = false;
        // « Le montant total des travaux est estimé à 9,2 M€ HT, le complément étant apporté par … »: the line says the
        // items leave a rest of its total; they are a part of it. (« …, le reste du coût (estimé à 63 M€ HT) étant porté
        // par … » names the rest of another whole, with its own amount: the items still make up the line's total.)
        const at = lowerBound(v.items, am[0].start);
        const rest = v.cues.findIndex((c, q) => q > at && has(c, 'remainder'));
        if (rest > 0 && amountItems(v.items, rest, v.items.length).length === 0) partial = true;
      }
    }
  }
  // « Selon l’exécutif, ces quatre postes représentent 38 M€ »: a sentence after the list counts its items back.
  // (« Le budget consacre 3,2 M€ à l’investissement. Voici les principales réalisations : » … « Ces cinq opérations
  // totalisent 2 585 000 € »: a lead-in whole the items only pick from gives way to the sum that counts them back.)
  const picked = total !== null && !totalFromLine && leadView !== null && (partial || selects(leadView) || !complete);
  if ((!total || picked) && items >= 2 && region.parts.length === items && after) {
    const back = countedBack(o, after.start, items);
    if (back) {
      total = back;
      totalFromLine = true;
      // (The line sums these very items: whatever the lead-in said of its own whole, they are all of this one.)
      partial = laterStage = false;
    }
  }
  // « moins de 65 ans : 24 % » … « 85 ans et plus : 9 % »: brackets from the bottom to the top leave no one out.
  // Only over a whole the lead-in states (« (212 000 pensionnés) ») or distributes: « Taux de chômage par âge : » over
  // « moins de 25 ans : 18 % » gives a rate per bracket, and « La part des fumeurs selon l’âge : » a share within each.
  if (announced && items >= 3 && leadView && bracketsCover(itemViews) && (distributes || statesWhole(leadView) || (aboveView !== null && statesWhole(aboveView)))) complete = distributes = true;
  if (!announced && !totalFromLine && !(distributes && complete)) return null;
  if (closes) complete = true;
  // « Les six déchèteries du syndicat ont réceptionné 20 140 tonnes en 2023 : » over six items: a lead-in that states
  // its whole and counts the things its items name lists every one of them.
  if (leadView && total && !totalBefore && !totalFromLine && items >= 2 && region.parts.length === items && countAnnounced(leadView) === items) complete = true;
  // A written total line says the items add up to it, whatever the caption called them — unless the lead-in said the
  // items are examples (« Les crédits ont porté notamment sur : »): then the total may hold more.
  // (A total line that opens a box of key figures, « - Enveloppe totale : 142 M€ » over « - Paiement redistributif :
  // 14,5 M€, soit 10,2 % », heads figures picked from it: all of it only when the lead-in says it is split.)
  if (totalFromLine && (!totalFirst || distributes)) complete = true;
  // (« - dont restauration : 0,9 M€ »: sub-items that each say « dont » pick some of the parent, not all of it.)
  if (parentLabels && items >= 2 && region.parts.length === items && !region.partial && !itemViews.some((v) => isWord(v.items[firstIndex(v.items)], 'dont') || anyCue(v, 'partial'))) {
    partial = false;
    complete = true;
  }
  if (partial || laterStage) complete = false;
  // « Le solde est financé par l’autofinancement et par un emprunt de 2 M€ » right after the list: what the items leave
  // is said apart, so they are not all of the whole.
  if (complete && !closes && after?.kind === 'paragraph' && restOpens(afterLine()!)) complete = false;
  // (« 12 000 chèques de 10 €, soit 120 000 € » in an item: its figures are worked out, and the part may be misread.)
  if (allocatedInFull && itemViews.some((v) => amountItems(v.items, 0, v.items.length).length !== 1)) complete = false;
  // Percentages of a list are shares of one whole only when the lead-in says so (« Répartition… », « se répartit… »):
  // « En 2023 : » over « +160 % de dossiers » and « 77 % d’usagers satisfaits » announces no whole.
  if (!distributes && region.pairs.length === 0) {
    region.shares = [];
    region.sharesBroken = true;
  }
  const bd: Breakdown = make('list', at, total);
  absorb(bd, region, complete && region.parts.length + region.shares.length >= 2);
  if (incomplete) bd.complete = false;
  if (sharesIncomplete) bd.sharesComplete = false;
  return bd.parts.length || bd.shares.length ? bd : null;
}

/** The line spans a number of years (« sur dix ans ») other than the items', each dated to one year. */
function overOtherYears(line: View, itemViews: readonly View[]): boolean {
  const span = durationOf(line);
  return span !== null && itemViews.every((x) => yearsOf(x).size === 1) && Math.round(span.value) !== itemViews.length;
}

/** A noun of a later budget stage after the amount at item k (« … aux engagements suivants »), and no stage word before it. */
function laterStageAfter(v: View, k: number): boolean {
  for (let q = 0; q < k; q++) if (has(v.cues[q], 'stage') && (v.cues[q]!.rank ?? 0) >= 2) return false;
  for (let q = k + 1; q < v.items.length; q++) if (has(v.cues[q], 'stage-noun')) return true;
  return false;
}

/** Where the one figure that ends an item after a colon starts (« … par poste et par an : 5,0 Md€ ; »), or -1. */
export function valueAfterColon(v: View): number {
  const { items } = v;
  let end = items.length;
  while (end > 0 && items[end - 1].kind === 'punct' && !isPunct(items[end - 1], ':')) end--;
  const k = end - 1;
  return k > 1 && (items[k].kind === 'amount' || items[k].kind === 'percent') && isPunct(items[k - 1], ':') ? k : -1;
}

/**
 * Where an item's own words end: before a bracket right after its amount that holds amounts of its own (« Subventions :
 * 96 500 € (Région 35 000 €, Département 28 000 €, commune 33 500 €) »), the item's detail, not more items.
 */
function detailBracket(v: View): number {
  const { items } = v;
  let first = -1;
  for (let k = 0; k < items.length; k++) if (items[k].kind === 'amount') { first = k; break; }
  if (first < 0 || !isPunct(items[first + 1], '(')) return items.length;
  let inner = 0;
  for (let k = first + 2; k < items.length; k++) {
    if (isPunct(items[k], ')')) {
      // Nothing but closing punctuation after the bracket: it ends the item.
      for (let q = k + 1; q < items.length; q++) if (items[q].kind !== 'punct') return items.length;
      // (« - Aides à l’achat : 7,9 (dont 3,1 pour les vélos cargos) »: a part of the item's own, in brackets, is detail.)
      return inner >= 2 || isWord(items[first + 2], 'dont') ? first + 1 : items.length;
    }
    if (items[k].kind === 'amount') inner++;
  }
  return items.length;
}

/** A lead-in with one amount or one count of things, and no word of a rate or of a share within each item. */
function statesWhole(v: View): boolean {
  let wholes = 0;
  for (let k = 0; k < v.items.length; k++) {
    const it = v.items[k];
    if (has(v.cues[k], 'ratio') || isWord(it, 'part', 'parts', 'proportion', 'proportions', 'moyenne', 'moyen', 'moyens')) return false;
    if (it.kind === 'percent') return false;
    if (it.kind === 'amount') wholes++;
    const q = quantityAt(v.items, k);
    if (q && q.nounAt !== undefined && !isWord(v.items[q.nounAt], 'ans', 'an', 'annees', 'decembre', 'janvier', 'juin', 'mars', 'septembre')) {
      wholes++;
      k = q.next - 1;
    }
  }
  return wholes === 1;
}

/**
 * Items labelled by brackets that cover a whole range: the first opens at the bottom (« moins de », « jusqu’à »,
 * « de 0 à »), the last at the top (« … et plus », « plus de », « au-delà de »).
 */
function bracketsCover(views: readonly View[]): boolean {
  const first = views[0];
  const last = views[views.length - 1];
  const k = firstIndex(first.items);
  const bottom = isWord(first.items[k], 'moins') || (isWord(first.items[k], "jusqu'") && isWord(first.items[k + 1], 'a')) || (isWord(first.items[k], 'de') && isWord(first.items[k + 1], '0'));
  if (!bottom) return false;
  const j = firstIndex(last.items);
  if (isWord(last.items[j], 'plus') && isWord(last.items[j + 1], 'de')) return true;
  if (isWord(last.items[j], 'au-dela', 'au') && (isWord(last.items[j + 1], 'de', 'dela', '-dela') || isWord(last.items[j + 2], 'de'))) return true;
  // « 85 ans et plus : », « 100 000 € et plus »: « et plus » before the item's figure.
  for (let q = j; q + 1 < last.items.length; q++) {
    const it = last.items[q];
    if (it.kind === 'amount' || it.kind === 'percent' || (it.kind === 'punct' && it.ch === ':')) break;
    if (isWord(it, 'et') && isWord(last.items[q + 1], 'plus')) return true;
  }
  return false;
}

/** « plan de financement » among the lead-in's words. */
function namesFinancingPlan(v: View): boolean {
  for (let k = 0; k + 2 < v.items.length; k++) if (isWord(v.items[k], 'plan', 'sources', 'modalites') && isWord(v.items[k + 1], 'de') && isWord(v.items[k + 2], 'financement')) return true;
  // « **Financement prévisionnel du PPI (42 M€)** », « Le financement du projet : »: a lead that opens on the noun.
  let k = firstIndex(v.items);
  while (k < v.items.length && v.items[k].kind === 'punct') k++;
  if (isWord(v.items[k], 'le')) k++;
  return isWord(v.items[k], 'financement');
}

/** Nouns a caption opens on to say its items split one whole: « Origine des ressources », « Structure de la dette », « Issue des demandes ». */
const SPLIT_CAPTIONS = ['origine', 'origines', 'structure', 'provenance', 'issue', 'issues'];

/**
 * A lead-in or caption that says its items split one whole: a word of distribution or origin (« Répartition »,
 * « provient de »), a financing plan, or a caption opening on a noun of SPLIT_CAPTIONS followed by its whole.
 */
/** Words by which a lead-in picks some of the things: « les principaux », « parmi lesquels », « entre autres ». */
const SELECTING: ReadonlySet<string> = new Set(['principaux', 'principales', 'principal', 'principale', 'parmi', 'autres', 'exemple', 'exemples', 'essentiellement', 'surtout', 'dont', 'quelques', 'plusieurs', 'certains', 'certaines', 'majorite', 'essentiel', 'plupart', 'premiers', 'premieres']);

/** « Surfaces cultivées : 118 hectares »: the item's one amount comes right after a colon ending its label. */
function labelsItsAmount(v: View): boolean {
  const { items } = v;
  for (let k = 0; k < items.length; k++) {
    if (items[k].kind !== 'amount') continue;
    const at = items[k - 1]?.kind === 'word' && FIGURE_LEAD.has((items[k - 1] as { f: string }).f) ? k - 2 : k - 1;
    return isPunct(items[at], ':');
  }
  return false;
}

/** « Résidence Jean-Moulin : 385 logements »: the item's one number is a count right after its colon, ending it. */
function countAfterLabel(v: View): boolean {
  const { items } = v;
  const colon = items.findIndex((it) => isPunct(it, ':'));
  const q = colon > 0 ? quantityAt(items, colon + 1) : null;
  if (q === null || q.noun === undefined) return false;
  for (let k = q.next; k < items.length; k++) if (items[k].kind === 'amount' || items[k].kind === 'percent' || quantityAt(items, k) !== null) return false;
  return true;
}

/** Whether one of the items gives an amount of the same value and currency as `total` (« les 27,5 M€ » said again). */
function givenByAnItem(o: FindOptions, items: readonly View[], total: Figure): boolean {
  return items.some((x) =>
    amountItems(x.items, 0, x.items.length).some((a) => {
      const f = figureOf(o.amounts, a);
      return f.value === total.value && f.currency === total.currency;
    }),
  );
}

/** The amount at item k follows a verb of AMOUNTS_TO (and « à »), with no other figure before it. */
function amountsTo(v: View, k: number): boolean {
  const { items } = v;
  for (let q = 0; q < k; q++) if (items[q].kind === 'amount' || items[q].kind === 'percent') return false;
  const verb = isWord(items[k - 1], 'a') ? k - 2 : k - 1;
  return items[verb]?.kind === 'word' && AMOUNTS_TO.has((items[verb] as { f: string }).f);
}

function selects(v: View): boolean {
  return v.items.some((it) => it.kind === 'word' && SELECTING.has(it.f));
}

/**
 * « Pour tenir l’objectif de 263,9 Md€, le Gouvernement prévoit 5,0 Md€ d’économies, réparties comme suit : »: of
 * several amounts in a lead-in, the last one before its word of distribution, with none after that word, is the whole
 * the items split; the others set the scene. Otherwise the amounts as they are.
 */
function wholeOfSplit(v: View, am: AmountItem[]): AmountItem[] {
  if (am.length < 2) return am;
  const d = v.cues.findIndex((c) => has(c, 'distribution'));
  if (d < 0) return am;
  const at = v.items[d].start;
  if (am.some((a) => a.start > at)) return am;
  return [am[am.length - 1]];
}

function namesSplit(v: View): boolean {
  if (anyCue(v, 'distribution') || anyCue(v, 'origin') || anyCue(v, 'complete') || namesFinancingPlan(v)) return true;
  let k = firstIndex(v.items);
  while (k < v.items.length && v.items[k].kind === 'punct') k++;
  // « **Qui finance ?** », « Qui paie quoi ? »: a question on the payers asks for the whole financing plan.
  if (isWord(v.items[k], 'qui') && (has(v.cues[k + 1], 'allocation') || isWord(v.items[k + 1], 'paie', 'paye', 'payent', 'paient')) && v.items.some((it) => isPunct(it, '?'))) return true;
  if (isWord(v.items[k], 'l', "l'", 'la')) k++;
  return isWord(v.items[k], ...SPLIT_CAPTIONS) && isWord(v.items[k + 1], 'de', 'des', 'du', "d'");
}

/** « Sur les 62 400 tonnes collectées », « Sur ces 3,2 M€ », « Sur un total de 4,8 M€ »: a lead-in that opens on the whole its items divide. */
function opensOnAWhole(v: View): boolean {
  const k = firstIndex(v.items);
  if (isWord(v.items[k], 'sur') && isWord(v.items[k + 1], 'un') && has(v.cues[k + 2], 'total') && isWord(v.items[k + 3], 'de', "d'")) return v.items[k + 4]?.kind === 'amount';
  if (!isWord(v.items[k], 'sur') || !isWord(v.items[k + 1], 'les', 'ces')) return false;
  const n = v.items[k + 2];
  return (n !== undefined && n.kind === 'amount') || (quantityAt(v.items, k + 2)?.noun !== undefined);
}

/**
 * The one amount of a sentence, among the few after a list (same section, none in another list), that names the
 * list's items by their number with a demonstrative: « ces quatre postes », « ces 4 actions ». A sentence with
 * other amounts before it ends the search.
 */
function countedBack(o: FindOptions, from: number, n: number): Figure | null {
  const sentences = o.sentences;
  const first = lowerBound(sentences, from);
  const section = sentences[first]?.section;
  for (let s = first; s < sentences.length && s < first + 3; s++) {
    const v = sentences[s];
    if (v.inList || v.section !== section) return null;
    const am = amountItems(v.items, 0, v.items.length);
    let names = false;
    for (let k = 0; k + 1 < v.items.length && !names; k++) {
      if (!isWord(v.items[k], 'ces', 'les')) continue;
      const q = quantityAt(v.items, k + 1);
      // (« Les quatre autres chantiers totalisent 174 000 € » counts others than the items.)
      names = q !== null && q.value === n && q.noun !== undefined && !v.items.slice(k + 2, q.nounAt! + 1).some((w) => isWord(w, 'autres', 'restants', 'restantes', 'suivants', 'suivantes'));
    }
    if (names) return am.length === 1 && am[0].high === undefined && !basisNearFigures(v) ? figureOf(o.amounts, am[0]) : null;
    if (am.length > 0) return null;
  }
  return null;
}

/** « d’un montant total de A », « pour un coût total de A »: a noun of a sum said total, right before the amount at item k. */
function totalNamedBefore(v: View, k: number): boolean {
  return isWord(v.items[k - 1], 'de', "d'") && isWord(v.items[k - 2], 'total', 'global') && has(v.cues[k - 3], 'sum-noun');
}

/** Lead-ins that only say « here is the detail » of what was just stated (folded words). */
const DETAIL_LEADS: readonly string[] = ['concretement', 'en detail', 'dans le detail', 'le detail', 'detail', 'plus precisement', 'en clair', 'en pratique',
  // « Répartition : » alone over a list: the split of the amount just said.
  'repartition', 'ventilation', 'decomposition'];

/** « Concrètement : », « Dans le détail : » over a list: its items detail the one amount said just before. */
function onlyDetails(v: View): boolean {
  const words = v.items.filter((it) => it.kind === 'word').map((it) => (it as { f: string }).f).join(' ');
  return DETAIL_LEADS.includes(words);
}

/** « … la dotation est répartie comme suit : »: a definite noun of a sum stands for the whole stated just before. */
function namesItsWhole(v: View): boolean {
  // (« Ce montant se décompose ainsi : » points back as plainly.)
  for (let k = 0; k + 1 < v.items.length && k < 12; k++) if (isWord(v.items[k], 'la', 'le', "l'", 'ce', 'cet', 'cette') && has(v.cues[k + 1], 'sum-noun')) return true;
  return false;
}

/** The item opens on a whole number of things (« 1 100 en contrat … », « 38 postes d’infirmiers »). */
function opensOnCount(v: View): boolean {
  const k = firstIndex(v.items);
  const q = v.items[k]?.kind === 'word' ? quantityAt(v.items, k) : null;
  return q !== null && Number.isInteger(q.value) && q.value >= 1 && !isYearItem(v.items[k]);
}

/** The amount starting at `start` in view `v` is said per unit (« 528 € par mois »). */
function perUnitIn(v: View, start: number): boolean {
  const k = v.items.findIndex((it) => it.kind === 'amount' && it.start === start);
  return k >= 0 && isWord(v.items[k + 1], 'par');
}

/** The single amount of the last sentence of the block before `b`, in the same section (see mayReferBack). */
function previousBlockTotal(o: FindOptions, b: number, plan = false): Figure | null {
  const blocks = o.structure.blocks;
  const prev = blocks[b - 1];
  // « ## DETR 2024 : 14,2 M€ pour … » over « L’enveloppe est répartie de la manière suivante : »: a heading that states the
  // one amount the lead-in names as its whole.
  // (« - 2026 : 1,5 M€ » ending the list of CP before « Plan de financement prévisionnel : »: another list's last item.)
  if (!prev || prev.kind === 'table-row' || prev.kind === 'code' || prev.kind === 'list-item') return null;
  const v = lastSentenceOf(o, prev);
  const am = amountItems(v.items, 0, v.items.length);
  if (am.length !== 1 || am[0].high !== undefined) return null;
  // « … sollicite une aide de 212 000 € » ¶ « Considérant le plan de financement suivant : »: the grant asked for is one
  // of the plan's resources, not the cost it splits.
  if (plan && grantNamedBefore(v, v.items.indexOf(am[0]))) return null;
  return figureOf(o.amounts, am[0]);
}

/** Nouns of money granted by one body to another: an amount they name is a resource, not a cost. */
const GRANT_NOUNS = new Set(['aide', 'aides', 'subvention', 'subventions', 'dotation', 'participation', 'concours', 'contribution', 'cofinancement']);
/** Nouns of what a project costs: after a grant noun, they name the amount instead. */
const COST_NOUNS = new Set(['cout', 'couts', 'budget', 'depense', 'depenses', 'travaux', 'montant', 'enveloppe', 'operation', 'projet']);

/** A grant noun before item k in its clause, with no noun of cost between (« une subvention … d’un montant de » is still the grant's amount). */
function grantNamedBefore(v: View, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 24; q--) {
    const it = v.items[q];
    if (it.kind === 'punct' && (it.ch === ';' || it.ch === ':' || it.ch === '.')) return false;
    if (it.kind !== 'word') continue;
    if (GRANT_NOUNS.has(it.f)) return true;
    // « d’un montant de »: the amount's own noun, after the grant's.
    if (COST_NOUNS.has(it.f) && !(it.f === 'montant' && isWord(v.items[q - 1], 'un'))) return false;
  }
  return false;
}

/**
 * « La section d’investissement prévoit 4,8 M€ de dépenses d’équipement, … (5,1 M€) … » ¶ « Les dépenses d’équipement se
 * répartissent ainsi : »: the lead-in's subject names what an amount of the paragraph before was given (see
 * amountNamedBefore), in the same section; the lead-in distributes, so chunks never cut before it (mayReferBack).
 */
function amountOfSubjectBefore(o: FindOptions, b: number, v: View): Figure | null {
  const k = firstIndex(v.items);
  const named = nounPhraseAt(v.items, k);
  const prev = o.structure.blocks[b - 1];
  if (!named || !prev || prev.kind !== 'paragraph') return null;
  const here = lowerBound(o.sentences, v.items[k].start);
  const first = lowerBound(o.sentences, prev.contentStart);
  let last = first;
  while (last + 1 < here && o.sentences[last + 1].start < prev.end) last++;
  if (o.sentences[first]?.section !== o.sentences[here]?.section) return null;
  return amountNamedBefore(o, first, last, named);
}

/** The single amount of the sentence before `v` within the lead-in block, if there is one. */
function previousInBlock(o: FindOptions, lead: Block, v: View): Figure | null {
  const first = v.items[0];
  if (!first) return null;
  const k = lowerBound(o.sentences, first.start) - 1;
  const prev = o.sentences[k];
  if (!prev || prev.start < lead.contentStart) return null;
  // « … une enveloppe de 184 500 €, contre 179 000 € l’an dernier. Elle se répartit ainsi : »: the compared amount is
  // another year's, not the one split.
  const am = ownAmounts(prev);
  return am.length === 1 && am[0].high === undefined ? figureOf(o.amounts, am[0]) : null;
}

/** The item's last sentence when it starts a line of its own and states a total: its start and view. */
function lazyLine(o: FindOptions, blk: Block): { start: number; view: View } | null {
  // The item's last line, when it is not its first (the sentence may run on from the line before: no stop after
  // « 48 k€ » in plain text).
  const nl = o.text.lastIndexOf('\n', blk.end - 1);
  if (nl < blk.contentStart) return null;
  let start = nl + 1;
  while (start < blk.end && (o.text.charCodeAt(start) === 32 || o.text.charCodeAt(start) === 9)) start++;
  if (start >= blk.end) return null;
  const v = viewOf(o, start, blk.end);
  return totalLine(v) ? { start, view: v } : null;
}

function firstSentenceEnd(o: FindOptions, blk: Block): number {
  const s = o.sentences[lowerBound(o.sentences, blk.contentStart)];
  return s ? s.end : blk.end;
}
