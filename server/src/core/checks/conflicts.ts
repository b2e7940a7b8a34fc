// « figure-conflict »: one programme, fund, plan or body given two amounts
// that cannot both be right for the same thing and period (« le plan,
// doté de 1,5 Md€ » then « le plan et ses 1,2 Md€ »). A claim ties an amount
// to a name by the clause's structure, whatever the phrasing:
//   X, doté de A · X et ses A · X (A) · X bénéficie de A · X dispose d’un budget de A · X atteint A
//   les A du X · Avec A en 2024, X … · Dans la limite de ses A, X … · Le budget du X s’élève à A
// The name is a known one (knowledge base, glossary, or defined by the
// document), or a noun phrase the document repeats (« le fonds régional
// d’aide à la presse »). Each claim carries its period (the years and the
// « par an » of its clause): claims of different periods never conflict. A
// clause that states another basis (a part, a stage, a revision, AE/CP) makes
// no claim: when in doubt, stay silent.

import { Amount, Check, EntityMention, Finding } from '../types';
import { Translate } from '../messages';
import { indexAt } from '../structure';
import { Sentence, firstIndex } from './sentences';
import { Figure, figureOf } from './model';
import { disjoint, finite, slackFor } from './intervals';
import { quote } from './describe';
import { has } from './cues';
import { FIGURE_LEAD, Item, isPunct, isWord } from './words';
import { View } from './find/region';

export const FIGURE_CONFLICT = 'figure-conflict';

/** A name and the amount one sentence attaches to it: what a figure conflict compares. */
export interface Claim {
  mention: EntityMention;
  figure: Figure;
  /** The period the amount is for: years, « par an », a duration (« y2024 », « yearly », « d3 »); '' when none is said. */
  period: string;
  /** What the amount is for (« routes », « idex »), '' when the sentence does not say: amounts for different purposes never conflict. */
  purpose?: string;
  /** A name the document only repeats (no entry): compared within the document, never across files. */
  local?: boolean;
}

/** Words that may sit between a name and the words that attach an amount to it. */
const GLUE = new Set([
  'de', "d'", 'du', 'un', 'une', 'et', 'au', 'a', 'est', 'sera', 'etait', "s'", 'se', 'avec', 'qui', "l'", 'le', 'la', 'les', 'ses', 'sa', 'son',
  'leur', 'leurs', 'pres', 'plus', 'moins', 'environ', 'quelque', "jusqu'", 'd', 'intervention', 'fonctionnement', 'global', 'globale',
  'total', 'totale', 'annuel', 'annuelle', 'doit', 'devrait', 'va', 'vont', 'pour', 'en', 'ont', 'a', 'beneficiera', 'disposera',
]);
const POSSESSIVES = new Set(['ses', 'sa', 'son', 'leurs', 'leur']);

function isYear(it: Item | undefined): string | null {
  if (!it || it.kind !== 'word') return null;
  const f = it.f;
  const year = (s: string) => s.length === 4 && (s.startsWith('19') || s.startsWith('20')) && !Number.isNaN(Number(s));
  if (year(f)) return f;
  const dash = f.indexOf('-');
  if (dash > 0 && year(f.slice(0, dash))) return f;
  return null;
}

/**
 * The period of the amount at item k: the years of its segment (« 2 Md€ en 2023 »), else the one year the
 * sentence names; « par an », « chaque année » make it yearly; « sur trois ans » a duration.
 */
function periodOf(v: View, k: number): string {
  const { items, cues } = v;
  const years = new Set<string>();
  let yearly = false;
  let duration = '';
  // The segment around the amount: between commas, semicolons and « et ».
  let from = k;
  while (from > 0 && !isPunct(items[from - 1], ',', ';', ':') && !isWord(items[from - 1], 'et')) from--;
  let to = k + 1;
  while (to < items.length && !isPunct(items[to], ',', ';', ':', '.') && !isWord(items[to], 'et') && items[to].kind !== 'amount') to++;
  const read = (a: number, b: number, into: Set<string>) => {
    for (let q = a; q < b; q++) {
      const y = isYear(items[q]);
      if (y) into.add(y);
      if (has(cues[q], 'yearly') || isWord(items[q], 'chaque') && isWord(items[q + 1], 'annee')) yearly = true;
      if ((has(cues[q], 'duration') || isWord(items[q], 'sur')) && has(cues[q + 2], 'years')) duration = (items[q + 1] as { f?: string }).f ?? '';
    }
  };
  read(from, to, years);
  if (years.size === 0) {
    const all = new Set<string>();
    read(0, items.length, all);
    if (all.size === 1) for (const y of all) years.add(y);
  }
  const parts = [...years].sort().map((y) => 'y' + y);
  // « cette année »: the year the document speaks of, matched with a claim that names it (see judgeClaims).
  if (parts.length === 0) for (let q = 0; q + 1 < items.length; q++) if (isWord(items[q], 'cette') && isWord(items[q + 1], 'annee')) parts.push('now');
  if (yearly) parts.push('yearly');
  if (duration) parts.push('d' + duration);
  return parts.join(' ');
}

/** A clause of the sentence that speaks of something else than the whole amount: a part, a stage, a revision, another basis. */
function otherBasis(v: View, mention: EntityMention): boolean {
  const { items, cues } = v;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word') continue;
    if (it.start >= mention.start && it.end <= mention.end) continue;
    const c = cues[k];
    if (has(c, 'stage') || has(c, 'extra') || has(c, 'remainder') || has(c, 'partial') || has(c, 'mixed-basis') || has(c, 'basis')) return true;
    // « contre 1,5 Md€ en 2023 », « porté à 2 Md€ » speak of another figure; « par rapport à 2023 », « porte son taux à » do not.
    if ((has(c, 'comparison') || has(c, 'revision')) && amountNear(items, k)) return true;
    if (it.f === 'volet' || it.f === 'tranche' || it.f === 'phase' || it.f === 'part' || it.f === 'partie' || it.f === 'ou' || it.f === 'rallonge') return true;
  }
  return false;
}

function amountNear(items: readonly Item[], k: number): boolean {
  for (let q = Math.max(0, k - 3); q <= k + 3 && q < items.length; q++) if (items[q].kind === 'amount') return true;
  return false;
}

/**
 * What the amount is for, when the sentence says it: the words after « pour », « au titre de », « consacrés à »
 * (names aside). Two amounts for different purposes (« 5 M€ pour les routes », « 3 M€ pour les écoles ») never conflict.
 */
function purposeOf(v: View, names: readonly EntityMention[]): string {
  const { items } = v;
  const words: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const opens = isWord(it, 'pour') || (isWord(it, 'titre') && isWord(items[k - 1], 'au')) || (isWord(it, 'a', 'au', 'aux') && isWord(items[k - 1], 'destine', 'destines', 'destinee', 'destinees', 'consacre', 'consacres', 'consacree', 'consacrees', 'affecte', 'affectes'));
    if (!opens) continue;
    for (let q = k + 1; q < items.length; q++) {
      const w = items[q];
      if (w.kind !== 'word') break;
      if (names.some((m) => w.start >= m.start && w.end <= m.end)) continue;
      if (!ARTICLES.has(w.f) && !POSSESSIVES.has(w.f) && !isYear(w) && w.f !== 'cette' && w.f !== 'annee' && w.f !== 'son') words.push(w.f);
    }
  }
  return [...new Set(words)].sort().join(' ');
}

/** Skips closing quotes and markup after a name. */
function pastClosers(items: readonly Item[], q: number): number {
  while (q < items.length && items[q].kind === 'punct' && '»"”’*_)'.includes((items[q] as { ch: string }).ch)) {
    // A bracket closes only what it opened: « X (A) » is read by its own rule.
    if ((items[q] as { ch: string }).ch === ')') break;
    q++;
  }
  return q;
}

/** The amount the sentence attaches to the name [start, end), if the attachment is unmistakable. */
export function attachedAmount(v: View, span: { start: number; end: number }, amounts: readonly Amount[], nextStart: number): Figure | null {
  const { items, cues } = v;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < span.end) lo = mid + 1;
    else hi = mid;
  }
  let k = pastClosers(items, lo);
  // The acronym of a name just given in brackets: « (ANR) » is read from after its bracket.
  if (isPunct(items[k], ')') && isPunct(items[k - 2], '(')) k++;
  let b = k - 1;
  while (b >= 0 && items[b].end > span.start) b--;
  const de = items[b];
  // After the name: « X, doté de 20 Md€ », « X et ses 12 Md€ », « X (20 Md€) », « X bénéficie de 45 M€ »; and « Le budget du X
  // s’élève à A », « La dotation de X atteint A », where the name completes a whole's noun at the start of the sentence.
  let words = 0;
  let attach = isWord(de, 'du', 'de', "d'", 'des') && has(cues[b - 1], 'attach') && b - 1 <= firstIndex(items) + 3;
  for (let q = k; q < items.length; q++) {
    const it = items[q];
    if (it.end > nextStart) break;
    if (it.kind === 'percent') break;
    if (it.kind === 'amount') {
      if (!attach || it.high !== undefined) break;
      return figureOf(amounts, it);
    }
    if (it.kind === 'punct') {
      // « Agence nationale de la recherche (ANR) disposera de … »: the acronym in brackets is the name again.
      if (it.ch === '(' && items[q + 1]?.kind === 'word' && isPunct(items[q + 2], ')') && items[q + 1].end <= nextStart) {
        q += 2;
        continue;
      }
      if (it.ch === '(' && q === k) attach = true;
      else if (it.ch !== ',') break;
      continue;
    }
    if (has(cues[q], 'attach') || POSSESSIVES.has(it.f)) attach = true;
    else if (isYear(it)) continue;
    else if (!GLUE.has(it.f)) break;
    if (++words > 10) break;
  }
  // Before the name: « les 20 Md€ du X », « les 12 Md€ de X ».
  const fig = items[b - 1];
  if (isWord(de, 'du', 'de', "d'", 'des') && fig && fig.kind === 'amount' && fig.high === undefined && isWord(items[b - 2], 'les', 'ses', 'ces')) return figureOf(amounts, fig);
  // « Avec 3 300 M€ en 2024, le CNES … », « Grâce à un budget de 1,5 Md€ en 2024, l’ANR … », « Dans la limite de ses 15 M€, le Fonds … ».
  let p = b;
  while (p >= 0 && items[p].kind === 'word' && (items[p] as { f: string }).f.length <= 3) p--;
  if (isPunct(items[p], ',')) {
    let onlyAt = -1;
    let n = 0;
    for (let q = p - 1; q >= 0; q--) {
      const it = items[q];
      if (it.kind === 'amount') {
        if (onlyAt >= 0) return null;
        onlyAt = q;
      }
      if (it.kind === 'punct' && it.ch !== ',' && it.ch !== "'") break;
      n++;
    }
    const only = onlyAt >= 0 ? items[onlyAt] : null;
    const open = firstIndex(items);
    // « Avec A, X… », « Grâce à A, X… », « Dans la limite de ses A, X… », « Doté de A en 2023, X… ».
    const opener = isWord(items[open], 'avec', 'grace', 'dans') || has(cues[open], 'attach') || (onlyAt > 0 && isWord(items[onlyAt - 1], ...POSSESSIVES));
    if (only && only.kind === 'amount' && only.high === undefined && opener && n < 14) return figureOf(amounts, only);
  }
  return null;
}

/** Heads of noun phrases that name a programme, fund or body the document may repeat: « le fonds régional d’aide à la presse ». */
const HEADS = new Set([
  'fonds', 'plan', 'programme', 'dispositif', 'projet', 'contrat', 'pacte', 'schema', 'strategie', 'operation', 'agence', 'office', 'etablissement',
  'syndicat', 'observatoire', 'initiative', 'festival', 'reseau', 'chantier', 'universite', 'ecole', 'hopital', 'institut', 'centre', 'musee',
  'association', 'fondation', 'metropole', 'communaute', 'region', 'departement', 'commune', 'ville', 'conservatoire', 'theatre',
]);
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'de', "d'", 'au', 'aux', 'a']);
/** Auxiliaries and common verbs that end a noun phrase. */
const VERBS = new Set(['est', 'sont', 'sera', 'seront', 'etait', 'etaient', 'ont', 'aura', 'auront', 'doit', 'doivent', 'peut', 'peuvent', 'va', 'vont', 'fait', 'font', 'reste', 'restent', 'devient', 'permet', 'permettent', 'vise', 'visent', 'soutient', 'soutiennent', 'accompagne', 'accompagnent', 'prevoit', 'prevoient']);

/** Noun phrases with such a head and at least one word after it: a name the document may give two amounts. */
function phrases(v: View): EntityMention[] {
  const { items, cues } = v;
  const out: EntityMention[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind !== 'word' || !HEADS.has(it.f)) continue;
    if (!isWord(items[k - 1], 'le', 'la', 'les', "l'", 'du', 'au', 'ce', 'cet', 'cette', 'son', 'sa', 'ses', 'leur')) continue;
    let end = k;
    const words: string[] = [it.f];
    for (let q = k + 1; q < items.length && q <= k + 8; q++) {
      const w = items[q];
      if (w.kind === 'punct') {
        if ('«»"“”'.includes(w.ch)) continue;
        break;
      }
      if (w.kind !== 'word') break;
      if (w.f === 'et' || w.f === 'qui' || w.f === 'en' || (FIGURE_LEAD.has(w.f) && !ARTICLES.has(w.f)) || VERBS.has(w.f) || isYear(w)) break;
      const c = cues[q];
      if (has(c, 'attach') || has(c, 'allocation') || has(c, 'share-verb') || has(c, 'stage') || has(c, 'distribution') || has(c, 'origin') || has(c, 'result') || has(c, 'rise') || has(c, 'fall') || has(c, 'stop')) break;
      if (!ARTICLES.has(w.f)) words.push(w.f);
      end = q;
    }
    if (words.length < 2) continue;
    const key = words.join(' ');
    out.push({ start: it.start, end: items[end].end, text: key, id: 'np:' + key, kind: 'programme', canonical: key, origin: 'document' });
    k = end;
  }
  return out;
}

/**
 * The claims of some sentences, in text order: one per name and sentence, from sentences that state no other
 * basis. Amounts already in a breakdown (`inBreakdown`: indices in `amounts`) are parts, not claims.
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
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    // No figure in the sentence, nothing to attach: its words need not be cut.
    if (sent.figures === 0) continue;
    const named = bySentence.get(s) ?? [];
    const mentions = [...named];
    // Repeated noun phrases count too, where no known name covers them.
    for (const p of phrases(sent)) if (!named.some((m) => m.start < p.end && p.start < m.end)) mentions.push(p);
    if (mentions.length === 0) continue;
    mentions.sort((a, b) => a.start - b.start);
    const done = new Set<string>();
    const used = new Set<number>();
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      if (done.has(m.id)) continue;
      if (otherBasis(sent, m)) break;
      const fig = attachedAmount(sent, m, amounts, i + 1 < mentions.length ? mentions[i + 1].start : Infinity);
      if (!fig || used.has(fig.index) || inBreakdown.has(fig.index) || fig.qualifier === 'lower-bound' || fig.qualifier === 'upper-bound') continue;
      const at = itemOf(sent, fig.start);
      done.add(m.id);
      used.add(fig.index);
      claims.push({ mention: m, figure: fig, period: periodOf(sent, at), purpose: purposeOf(sent, mentions), local: m.id.startsWith('np:') || undefined });
    }
  }
  return claims;
}

function itemOf(v: View, start: number): number {
  let lo = 0;
  let hi = v.items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first claim for a name and period sets its amount; every later one is checked against it. */
export function judgeClaims(text: string, claims: readonly Claim[], tolerance: number, t: Translate): { checks: Check[]; findings: Finding[] } {
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const first = new Map<string, Claim>();
  /** The single year each name was first given an amount for: « cette année » means it. */
  const yearOf = new Map<string, string>();
  for (const claim of claims) {
    const { mention: m, figure: fig } = claim;
    let period = claim.period;
    if (period === 'now') period = yearOf.get(m.id) ?? 'now';
    else if (/^y\d{4}$/.test(period) && !yearOf.has(m.id)) yearOf.set(m.id, period);
    const key = m.id + '\u0000' + period + '\u0000' + (claim.purpose ?? '');
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, claim);
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
      const name = m.id.startsWith('np:') ? quote(text, m.start, m.end) : m.canonical || quote(text, m.start, m.end);
      findings.push({
        start: fig.start,
        end: fig.end,
        severity: 'warning',
        code: FIGURE_CONFLICT,
        message: t('{0} is given {1} here but {2} earlier in the document.', name, quote(text, fig.start, fig.end), quote(text, e.start, e.end)),
        related: [{ start: e.start, end: e.end, message: t('the earlier figure for {0}', name) }],
      });
    }
  }
  return { checks, findings };
}
