// « figure-conflict » across files: a programme given one amount in this brief
// and another in a brief next to it. Each file counts with the first amount it
// attaches to a name (its FigureClaim); within a file, later amounts are
// already checked against that one (conflicts.ts). Where the files are, and
// how to name them, is the caller's business: the core sees labels.

import { FigureClaim, Severity } from '../types';
import { CheckSettings } from '../settings';
import { Translate } from '../messages';
import { disjoint, slackFor } from './intervals';
import { FIGURE_CONFLICT } from './conflicts';

/** What a file elsewhere claims, without offsets: its place is `where`. */
export type ClaimAway = Omit<FigureClaim, 'start' | 'end'>;

export interface ClaimElsewhere<W> {
  where: W;
  claim: ClaimAway;
}

/** The claims of many files, by name: built once, read for every file checked. */
export class ClaimBook<W> {
  private readonly byId = new Map<string, ClaimElsewhere<W>[]>();

  add<C extends ClaimAway>(claims: readonly C[], where: (claim: C) => W): void {
    for (const claim of claims) {
      const list = this.byId.get(claim.id);
      const entry = { where: where(claim), claim };
      if (list) list.push(entry);
      else this.byId.set(claim.id, [entry]);
    }
  }

  get(id: string): readonly ClaimElsewhere<W>[] {
    return this.byId.get(id) ?? [];
  }
}

export interface CrossFileConflict<C, W> {
  claim: C;
  /** The files that give the name an amount this one cannot be, in the order they were added. */
  others: ClaimElsewhere<W>[];
}

/** Whether two stated amounts can be the same figure, rounding and hedges allowed. */
export function disagree(a: ClaimAway, b: ClaimAway, tolerance: number): boolean {
  if (a.currency !== b.currency) return false;
  // Amounts stated for different periods (« en 2023 », « par an ») are different figures.
  if ((a.period ?? '') !== (b.period ?? '')) return false;
  return disjoint({ lo: a.lo, hi: a.hi }, { lo: b.lo, hi: b.hi }, slackFor(tolerance, a.value, b.value));
}

/** The claims of one file that other files contradict; `skip` leaves out the file's own entries, and any other the caller knows better. */
export function conflictsAcross<C extends ClaimAway, W>(
  claims: readonly C[],
  books: readonly ClaimBook<W>[],
  tolerance: number,
  skip: (where: W) => boolean,
): CrossFileConflict<C, W>[] {
  const out: CrossFileConflict<C, W>[] = [];
  for (const claim of claims) {
    if (claim.quiet) continue;
    const others: ClaimElsewhere<W>[] = [];
    for (const book of books) for (const o of book.get(claim.id)) if (!skip(o.where) && disagree(claim, o.claim, tolerance)) others.push(o);
    if (others.length) out.push({ claim, others });
  }
  return out;
}

/** A cross-file conflict ready to show: settings decide whether and how loud; comments were read into `quiet`. */
export interface CrossFileReport<C, W> {
  conflict: CrossFileConflict<C, W>;
  severity: Severity;
  message: string;
}

/**
 * At most this many other files are linked from one warning: a name given
 * another amount in a thousand briefs must not send a thousand links per
 * brief. The message still counts them all.
 */
export const MAX_LINKED_FILES = 20;

/** The cross-file conflicts of one file, as the settings want them shown. */
export function crossFileReports<C extends ClaimAway, W>(
  claims: readonly C[],
  books: readonly ClaimBook<W>[],
  settings: CheckSettings,
  skip: (where: W) => boolean,
  label: (where: W) => string,
  t: Translate,
): CrossFileReport<C, W>[] {
  if (!claims.length || settings.disabled.includes(FIGURE_CONFLICT)) return [];
  const severity = settings.severities[FIGURE_CONFLICT] ?? 'warning';
  return conflictsAcross(claims, books, settings.tolerance, skip).map((conflict) => ({ conflict, severity, message: crossFileMessage(conflict, label, t) }));
}

/** The message of a cross-file conflict: the first other file by name, and how many more there are. */
export function crossFileMessage<C extends ClaimAway, W>(conflict: CrossFileConflict<C, W>, label: (where: W) => string, t: Translate): string {
  const { claim, others } = conflict;
  const first = others[0];
  if (others.length === 1) return t('{0} is given {1} here but {2} in {3}.', claim.name, claim.text, first.claim.text, label(first.where));
  return t('{0} is given {1} here but {2} in {3} (other files that disagree: {4}).', claim.name, claim.text, first.claim.text, label(first.where), others.length - 1);
}
