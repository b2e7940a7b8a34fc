// « reference-mismatch »: a document gives a known programme or fund an
// amount that none of the knowledge base's reference amounts for the same
// period can be (« France 2030, doté de 34 Md€ » when the base knows 30 and
// 54 Md€). An information, not a warning: the document may know better, and
// the message names the reference and its source so the writer can check.
// Only confirmed reference amounts count, and only for a comparable period:
// a year against that year's figure, an undated amount against envelopes.

import { Check, Finding } from '../types';
import { Translate } from '../messages';
import { KnowledgeIndex, KeyAmount, KnowledgeEntry } from '../knowledge/index';
import { Claim, TERRITORY_ADJECTIVES, sameLength } from './conflicts';
import { nameTokens } from '../knowledge/normalize';
import { disjoint, finite, slackFor, writtenInterval } from './intervals';
import { quote } from './describe';
import { formatScaled } from '../format';

export const REFERENCE_MISMATCH = 'reference-mismatch';

/** The reference amounts a claim of this period may be compared with. */
function comparable(entry: KnowledgeEntry, claim: Claim): KeyAmount[] {
  const refs = (entry.amounts ?? []).filter((a) => a.confirmed !== false && a.currency === claim.figure.currency);
  const year = /^y(\d{4})$/.exec(claim.period);
  if (year) return refs.filter((a) => a.year === year[1]);
  // A yearly amount, or a year of a span, is no envelope; nor is a year's budget stage (« 2,8 Md€ d’autorisations
  // d’engagement », AE or CP: mixed-basis values 3 and 4 in the cue lexicon), voted for one finance law.
  if (claim.period !== '' || (claim.basis ?? '').split(',').some((b) => b === '3' || b === '4')) return [];
  // « le plan vélo 2023-2027, doté de 2 Md€ » is not the 2019-2025 one: a span the document gives must be the
  // reference's, or as long when written as a number of years (« sur sept ans »).
  return refs.filter((a) => a.year === undefined || (a.year.includes('-') && (!claim.scope || (claim.scope.includes('-') ? claim.scope === a.year : sameLength(claim.scope, a.year)))));
}

/** The interval a reference amount stands for, read at the precision of its text (« 2,5 Md€ ») or of its value. */
function referenceInterval(a: KeyAmount): { lo: number; hi: number } {
  // Significant digits as written: trailing zeros do not count (« 54000000000 » has two).
  const written = String(a.value);
  let end = written.length;
  while (end > 1 && written.charCodeAt(end - 1) === 48) end--;
  const digits = written.slice(0, end).replace('.', '').length;
  const step = Math.pow(10, Math.floor(Math.log10(a.value)) - Math.max(1, digits) + 1);
  return writtenInterval(a.value, step, null);
}

/** How many times below every reference amount a document's amount must be to be read as a share of it. */
const SHARE_RATIO = 4;

export function judgeReferences(text: string, claims: readonly Claim[], knowledge: KnowledgeIndex, tolerance: number, t: Translate): { checks: Check[]; findings: Finding[] } {
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // A document that once calls the thing a territory's own (« le plan vélo communal ») speaks of that one throughout.
  const local = new Set<string>();
  for (const claim of claims) if (claim.territorial) local.add(claim.mention.id);
  // « # Programme régional FEDER-FSE+-FTJ 2021-2027 »: a title that names the thing with a territory's adjective makes
  // the whole document speak of that territory's share.
  const title = titleWords(text);
  const regional = [...title].some((w) => TERRITORY_ADJECTIVES.has(w));
  for (const claim of claims) {
    if (local.has(claim.mention.id)) continue;
    // An amount written as known (« des 2 Md€ ») is checked against the document's own first amount (conflicts.ts).
    if (claim.local || claim.anaphoric || claim.portion || claim.territorial || claim.contribution) continue;
    const entry = knowledge.entry(claim.mention.id);
    if (!entry || !entry.amounts?.length) continue;
    if (regional && [entry.canonical, ...entry.variants].some((n) => namedIn(title, n))) continue;
    const refs = comparable(entry, claim);
    if (refs.length === 0) continue;
    const fig = claim.figure;
    const key = `${entry.id}\u0000${fig.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // « les 431 M€ de l’enveloppe FEDER » against 9,1 Md€ for the whole country: an amount a quarter of every reference
    // or less is a share of it (a region's, a year's), not the thing's amount misquoted.
    if (refs.every((r) => fig.hi * SHARE_RATIO < referenceInterval(r).lo)) continue;
    const fits = refs.find((r) => !disjoint({ lo: fig.lo, hi: fig.hi }, referenceInterval(r), slackFor(tolerance, fig.value, r.value)));
    const shown = fits ?? refs[0];
    checks.push({
      kind: 'reference',
      status: fits ? 'ok' : 'mismatch',
      total: { start: fig.start, end: fig.end, value: shown.value },
      parts: [{ start: fig.start, end: fig.end, value: fig.value }],
      sum: fig.value,
      tolerance: finite((fig.hi - fig.lo) / 2),
      unit: fig.currency,
    });
    if (fits) continue;
    // The source that states the amounts, before any other official one (a register may only date the thing).
    const states = (x: { facts?: string }) => refs.some((r) => !!r.text && !!x.facts && x.facts.includes(r.text));
    const source = entry.sources.find((x) => x.official && states(x)) ?? entry.sources.find(states) ?? entry.sources.find((x) => x.official) ?? entry.sources[0];
    const list = refs.map((r) => `${r.text ?? formatScaled(r.value, r.currency)}${r.year ? ` (${r.year})` : ''}`).join(', ');
    findings.push({
      start: fig.start,
      end: fig.end,
      severity: 'information',
      code: REFERENCE_MISMATCH,
      message: t('{0} is given {1} here; the reference amounts are {2} (source: {3}).', entry.canonical, quote(text, fig.start, fig.end), list, source ? source.title : entry.canonical),
    });
  }
  return { checks, findings };
}

/** The folded words of the document's first line (its title), read in its first 300 characters. */
function titleWords(text: string): Set<string> {
  const head = text.slice(0, 300);
  const end = head.indexOf('\n');
  return new Set(nameTokens(end < 0 ? head : head.slice(0, end)).folded);
}

/** Whether every word of `name` is in the title. */
function namedIn(title: ReadonlySet<string>, name: string): boolean {
  const words = nameTokens(name).folded;
  return words.length > 0 && words.every((w) => title.has(w));
}
