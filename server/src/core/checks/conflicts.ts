// « figure-conflict »: one programme or entity given two amounts that cannot
// both be right (« PIA4 … doté de 20 Md€ » then « le PIA4 et ses 12 Md€ »).
// Only amounts attached to the name in the same sentence count (« X, doté de
// », « X et ses », « X (20 Md€) », « les 20 Md€ du X »), and any sentence that
// may state a different basis (a year, AE/CP, « dont », « initialement »,
// « par an », a part or tranche) is left out: when in doubt, stay silent.

import { Amount, Check, EntityMention, Finding } from '../types';
import { Translate } from '../messages';
import { indexAt } from '../structure';
import { Sentence } from './sentences';
import { Figure, figureOf } from './model';
import { disjoint, finite, slackFor } from './intervals';
import { quote } from './describe';
import { Item, isWord } from './words';

const ATTACH = new Set([
  'dote', 'dotee', 'dotes', 'dotees', 'montant', 'budget', 'enveloppe', 'ses', 'sa', 'son', 'eleve', 'represente', 'mobilise', 'pese',
  'hauteur', 'dotation', 'totalise',
]);
const GLUE = new Set([
  'de', "d'", 'du', 'un', 'une', 'et', 'au', 'a', 'est', 'sera', 'etait', "s'", 'se', 'total', 'global', 'avec', 'qui', "l'", 'le', 'la',
  'pres', 'plus', 'moins', 'environ', 'quelque', "jusqu'",
]);
const BLOCKERS = new Set([
  'dont', 'initialement', 'desormais', 'porte', 'portee', 'ramene', 'ramenee', 'revu', 'revue', 'hors', 'supplementaire',
  'supplementaires', 'annuel', 'annuelle', 'annuels', 'chaque', 'tranche', 'volet', 'premiere', 'premier', 'deuxieme', 'second',
  'seconde', 'part', 'partie', 'reste', 'restant', 'restants', 'deja', 'consomme', 'consommes', 'engage', 'engages', 'decaisse',
  'decaisses', 'verse', 'verses', 'depense', 'depenses', 'paiement', 'paiements', 'engagement', 'engagements', 'contre', 'avant',
  'apres', 'lors', 'ajoute', 'ajoutent', 'complement', 'prevu', 'prevus', 'annonce', 'annonces', 'ou', 'soit', 'constants', 'courants',
  'prix', 'ht', 'ttc', 'public', 'publics', 'prive', 'prives', 'europeen', 'europeens', 'etat', 'hausse', 'baisse', 'augmente',
  'augmentation', 'initial', 'initiale', 'final', 'finale', 'cumule', 'cumul', 'an', 'ans', 'mois', 'moyenne',
]);

function blocked(items: readonly Item[], mentions: readonly EntityMention[]): boolean {
  let m = 0;
  for (const it of items) {
    if (it.kind !== 'word') continue;
    // Words of a name (« France 2030 ») say nothing about the basis of a figure. Both lists are sorted.
    while (m < mentions.length && mentions[m].end <= it.start) m++;
    if (m < mentions.length && it.start >= mentions[m].start && it.end <= mentions[m].end) continue;
    if (BLOCKERS.has(it.f)) return true;
    if (it.raw === 'AE' || it.raw === 'CP') return true;
    // A year: « en 2021 », « 2021-2025 ».
    const r = it.raw;
    if (r.length >= 4 && (r.startsWith('19') || r.startsWith('20')) && r.charCodeAt(2) >= 48 && r.charCodeAt(2) <= 57 && r.charCodeAt(3) >= 48 && r.charCodeAt(3) <= 57) return true;
  }
  return false;
}

/** The amount the sentence attaches to this mention, if the attachment is unmistakable. */
export function attachedAmount(sent: Sentence, mention: EntityMention, amounts: readonly Amount[], nextStart: number): Figure | null {
  const items = sent.items;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < mention.end) lo = mid + 1;
    else hi = mid;
  }
  const k = lo;
  // After the name: « X, doté de 20 Md€ », « X et ses 12 Md€ », « X (20 Md€) ».
  let words = 0;
  let attach = false;
  for (let q = k; q < items.length; q++) {
    const it = items[q];
    if (it.end > nextStart) break;
    if (it.kind === 'percent') break;
    if (it.kind === 'amount') {
      if (!attach || it.high !== undefined) break;
      return figureOf(amounts, it);
    }
    if (it.kind === 'punct') {
      if (it.ch === '(' && q === k) attach = true;
      else if (it.ch !== ',') break;
      continue;
    }
    if (ATTACH.has(it.f)) attach = true;
    else if (!GLUE.has(it.f)) break;
    if (++words > 5) break;
  }
  // Before the name: « les 20 Md€ du X », « les 12 Md€ de X ».
  let b = k - 1;
  while (b >= 0 && items[b].end > mention.start) b--;
  const de = items[b];
  const fig = items[b - 1];
  if (isWord(de, 'du', 'de', "d'") && fig && fig.kind === 'amount' && fig.high === undefined) {
    const art = items[b - 2];
    if (isWord(art, 'les', 'ses', 'ces')) return figureOf(amounts, fig);
  }
  return null;
}

export const FIGURE_CONFLICT = 'figure-conflict';

/** A name and the amount one sentence attaches to it: what a figure conflict compares. */
export interface Claim {
  mention: EntityMention;
  figure: Figure;
}

/**
 * The claims of some sentences, in text order: at most one per sentence, from
 * sentences that name one entry only and state no other basis. Amounts already
 * in a breakdown (`inBreakdown`: indices in `amounts`) are parts, not claims.
 */
export function claimsOf(
  sentences: readonly Sentence[],
  amounts: readonly Amount[],
  entities: readonly EntityMention[],
  inBreakdown: ReadonlySet<number>,
): Claim[] {
  const claims: Claim[] = [];
  const bySentence = new Map<number, EntityMention[]>();
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    const s = indexAt(sentences, e.start);
    if (s < 0) continue;
    const list = bySentence.get(s);
    if (list) list.push(e);
    else bySentence.set(s, [e]);
  }
  const sorted = [...bySentence.keys()].sort((a, b) => a - b);
  for (const s of sorted) {
    const sent = sentences[s];
    // No figure in the sentence, nothing to attach: its words need not be cut.
    if (sent.figures === 0) continue;
    const mentions = bySentence.get(s)!;
    // One name per sentence, or the attachment is not clear.
    const ids = new Set(mentions.map((m) => m.id));
    if (ids.size !== 1 || blocked(sent.items, mentions)) continue;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      const fig = attachedAmount(sent, m, amounts, i + 1 < mentions.length ? mentions[i + 1].start : Infinity);
      if (!fig || inBreakdown.has(fig.index) || fig.qualifier === 'lower-bound' || fig.qualifier === 'upper-bound') continue;
      claims.push({ mention: m, figure: fig });
      break;
    }
  }
  return claims;
}

/** The first claim for a name sets its amount; every later claim is checked against it. */
export function judgeClaims(text: string, claims: readonly Claim[], tolerance: number, t: Translate): { checks: Check[]; findings: Finding[] } {
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const first = new Map<string, Claim>();
  for (const claim of claims) {
    const { mention: m, figure: fig } = claim;
    const earlier = first.get(m.id);
    if (!earlier) {
      first.set(m.id, claim);
      continue;
    }
    const e = earlier.figure;
    if (e.currency !== fig.currency || e.index === fig.index) continue;
    const slack = slackFor(tolerance, e.value, fig.value);
    const mismatch = disjoint({ lo: e.lo, hi: e.hi }, { lo: fig.lo, hi: fig.hi }, slack);
    checks.push({
      kind: 'conflict',
      status: mismatch ? 'mismatch' : 'ok',
      total: { start: e.start, end: e.end, value: e.value },
      parts: [{ start: fig.start, end: fig.end, value: fig.value }],
      sum: fig.value,
      tolerance: finite(Math.max(e.hi - e.value, e.value - e.lo) + Math.max(fig.hi - fig.value, fig.value - fig.lo) + slack),
      unit: fig.currency,
    });
    if (mismatch) {
      findings.push({
        start: fig.start,
        end: fig.end,
        severity: 'warning',
        code: FIGURE_CONFLICT,
        message: t('{0} is given {1} here but {2} earlier in the document.', m.canonical || quote(text, m.start, m.end), quote(text, fig.start, fig.end), quote(text, e.start, e.end)),
        related: [{ start: e.start, end: e.end, message: t('the earlier figure for {0}', m.canonical || quote(text, m.start, m.end)) }],
      });
    }
  }
  return { checks, findings };
}

export function findConflicts(
  text: string,
  sentences: readonly Sentence[],
  amounts: readonly Amount[],
  entities: readonly EntityMention[],
  inBreakdown: ReadonlySet<number>,
  tolerance: number,
  t: Translate,
): { checks: Check[]; findings: Finding[] } {
  return judgeClaims(text, claimsOf(sentences, amounts, entities, inBreakdown), tolerance, t);
}
