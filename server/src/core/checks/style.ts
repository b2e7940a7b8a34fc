// Typography hints, each with a quick fix and each off by code:
// « plural-scale » (« 1,8 milliards » → « 1,8 milliard »: plural only from 2),
// « nbsp » (U+202F between digit groups and before € and %), and
// « mixed-abbreviations » (« Md€ » and « Mds€ » in one document). Each figure's
// own span and text are read; the document is never scanned again.

import { Amount, Finding, Percentage, TextEdit } from '../types';
import { append } from './model';
import { quote } from './describe';
import { NNBSP } from '../format';
import { Translate } from '../messages';
import { foldString } from './words';
import { mergeEdits, pluralEdit } from './restyle';
import { applyEdits } from './judge/sums';
import { hasDigit } from '../text/chars';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const PLURAL_WORDS = ['milliards', 'millions', 'milliers', 'billions'];
const SINGULAR_WORDS = ['milliard', 'million', 'millier', 'billion'];

function ownScale(a: Amount): boolean {
  return !!a.scale && a.scale.start >= a.start && a.scale.end <= a.end;
}

export function pluralFindings(text: string, amounts: readonly Amount[], t: Translate): Finding[] {
  const out: Finding[] = [];
  for (const a of amounts) {
    if (!a.scale || !ownScale(a) || a.scale.factor <= 1) continue;
    // Only figures written in digits: « quelques millions » or « un milliard et demi » are not counted here.
    if (!hasDigit(text, a.start, a.scale.start)) continue;
    const n = a.value / a.scale.factor;
    const f = foldString(a.scale.text);
    const pluralWord = PLURAL_WORDS.some((w) => f.startsWith(w)) || f.startsWith('mds') || f.startsWith('mrds');
    const singularWord = !pluralWord && SINGULAR_WORDS.some((w) => f.startsWith(w));
    let edit: TextEdit | null = null;
    if (pluralWord && n < 2) edit = pluralEdit(text, a.scale, false);
    else if (singularWord && n >= 2 && Number.isFinite(n)) edit = pluralEdit(text, a.scale, true);
    if (!edit) continue;
    const before = text.slice(a.start, a.end);
    const after = applyEdits(text, [edit], a.start, a.end);
    out.push({
      start: a.scale.start,
      end: a.scale.end,
      severity: 'hint',
      code: 'plural-scale',
      message:
        n < 2
          ? t('« {0} »: « million » and « milliard » take the plural only from 2; write « {1} ».', before, after)
          : t('« {0} »: from 2 on, « million » and « milliard » take the plural; write « {1} ».', before, after),
      fixes: [{ title: t('Write « {0} »', after), edits: [edit] }],
    });
  }
  return out;
}

/** U+202F where French typography wants a no-break space inside one figure. */
function spaceEdits(text: string, start: number, end: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 && i > start && isDigit(text.charCodeAt(i - 1)) && i + 3 < end + 1 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4))) {
      edits.push({ start: i, end: i + 1, newText: NNBSP });
      continue;
    }
    if (c === 0x20ac /* € */ || c === 0x25 /* % */) {
      const p = text.charCodeAt(i - 1);
      if (isDigit(p) && i - 1 >= start) edits.push({ start: i, end: i, newText: NNBSP });
      else if (p === 0x20 && i - 2 >= start && isDigit(text.charCodeAt(i - 2))) edits.push({ start: i - 1, end: i, newText: NNBSP });
    }
  }
  return edits;
}

/** Where one figure lacks its no-break spaces, and the edits that put them. */
interface Spacing {
  start: number;
  end: number;
  edits: TextEdit[];
}

function spacings(text: string, amounts: readonly Amount[], percentages: readonly Percentage[]): Spacing[] {
  const out: Spacing[] = [];
  const figures: { start: number; end: number }[] = [...amounts, ...percentages].sort((a, b) => a.start - b.start);
  for (const f of figures) {
    // A percentage's sign may sit just past its span.
    let end = f.end;
    if (end < text.length && text.charCodeAt(end) === 0x25) end++;
    else if (end + 1 < text.length && text.charCodeAt(end) === 0x20 && text.charCodeAt(end + 1) === 0x25 && isDigit(text.charCodeAt(end - 1))) end += 2;
    const edits = spaceEdits(text, f.start, end);
    if (edits.length) out.push({ start: f.start, end, edits });
  }
  return out;
}

/** « nbsp »: one hint per figure that lacks the narrow no-break spaces French typography puts between digit groups and before € and %. */
export function nbspFindings(text: string, amounts: readonly Amount[], percentages: readonly Percentage[], t: Translate): Finding[] {
  return spacings(text, amounts, percentages).map((f) => {
    const written = text.slice(f.start, f.end);
    return {
      start: f.start,
      end: f.end,
      severity: 'hint',
      code: 'nbsp',
      message: t('« {0} »: French typography puts a narrow no-break space (U+202F) between digit groups and before € and %.', written),
      fixes: [{ title: t('Use no-break spaces: « {0} »', applyEdits(text, f.edits, f.start, f.end)), edits: [mergeEdits(text, f.edits)] }],
    };
  });
}

/** How many figures one grouped hint links to, at most. */
export const MAX_GROUPED = 200;

/**
 * One hint per figure is noise nobody acts on (a table gives one per cell): by default the document's « nbsp »
 * hints become one, on the first figure, that links every other and whose fix spaces them all. The setting
 * `policyLens.hints.typography: "each"` keeps one per figure.
 */
export function groupTypography(text: string, findings: readonly Finding[], t: Translate): Finding[] {
  const nbsp = findings.filter((f) => f.code === 'nbsp');
  if (nbsp.length <= 1) return [...findings];
  const others = findings.filter((f) => f.code !== 'nbsp');
  const first = nbsp[0];
  const edits: TextEdit[] = [];
  for (const f of nbsp) for (const fix of f.fixes ?? []) append(edits, fix.edits);
  others.push({
    start: first.start,
    end: first.end,
    severity: 'hint',
    code: 'nbsp',
    message: t('{0} figures of this document lack the narrow no-break space (U+202F) French typography puts between digit groups and before € and %.', nbsp.length),
    related: nbsp.slice(0, MAX_GROUPED).map((f) => ({ start: f.start, end: f.end, message: `« ${quote(text, f.start, f.end)} »` })),
    fixes: [{ title: t('Use no-break spaces in the {0} figures of this document', nbsp.length), edits }],
  });
  return others.sort((a, b) => a.start - b.start);
}

export type Family = 'Md' | 'Mds' | 'Mrd';

/** An amount written with an abbreviation of « milliard », and which one. */
export interface AbbreviationUse {
  amount: Amount;
  family: Family;
  /** Letters of the abbreviation proper (« Mds » in « Mds€ »). */
  letters: number;
}

/** How often the document uses one abbreviation, and how it first writes it. */
export interface AbbreviationTally {
  family: Family;
  n: number;
  raw: string;
}

function familyOf(a: Amount): { family: Family; letters: number } | null {
  if (!a.scale || a.scale.factor !== 1e9 || !ownScale(a)) return null;
  const f = foldString(a.scale.text);
  if (f.startsWith('mrds')) return { family: 'Mrd', letters: 4 };
  if (f.startsWith('mrd')) return { family: 'Mrd', letters: 3 };
  if (f.startsWith('mds')) return { family: 'Mds', letters: 3 };
  if (f.startsWith('md')) return { family: 'Md', letters: 2 };
  return null;
}

export function abbreviationUses(amounts: readonly Amount[]): AbbreviationUse[] {
  const out: AbbreviationUse[] = [];
  for (const amount of amounts) {
    const fam = familyOf(amount);
    if (fam) out.push({ amount, ...fam });
  }
  return out;
}

/** The abbreviation the document uses most (the first one used, on a tie), or null when it uses only one. */
export function dominantAbbreviation(uses: Iterable<AbbreviationUse>): AbbreviationTally | null {
  const counts = new Map<Family, AbbreviationTally>();
  for (const u of uses) {
    const c = counts.get(u.family);
    if (c) c.n++;
    else counts.set(u.family, { family: u.family, n: 1, raw: u.amount.scale!.text.slice(0, u.letters) });
  }
  if (counts.size < 2) return null;
  let dominant: AbbreviationTally | null = null;
  // A Map iterates in insertion order: on a tie, the family used first wins.
  for (const c of counts.values()) if (!dominant || c.n > dominant.n) dominant = c;
  return dominant;
}

/** The hint for one use that departs from the document's usual abbreviation, if it should get one. */
export function mixedAbbreviation(u: AbbreviationUse, dominant: AbbreviationTally, t: Translate): Finding | null {
  if (u.family === dominant.family) return null;
  const a = u.amount;
  const n = a.value / a.scale!.factor;
  // « 1,5 Md€ » is right even where « Mds€ » prevails: the plural starts at 2.
  if (dominant.family === 'Mds' && n < 2) return null;
  const at = a.scale!.start;
  const edit: TextEdit = { start: at, end: at + u.letters, newText: dominant.family === 'Mds' ? 'Mds' : dominant.family === 'Md' ? 'Md' : 'Mrd' };
  const raw = a.scale!.text.slice(0, u.letters);
  return {
    start: a.scale!.start,
    end: a.scale!.end,
    severity: 'hint',
    code: 'mixed-abbreviations',
    message: t('« {0} » here, but « {1} » {2} times elsewhere in the document: use one abbreviation for « milliard ».', raw, dominant.raw, dominant.n),
    fixes: [{ title: t('Write « {0} »', edit.newText), edits: [edit] }],
  };
}

/** « 2 Md€ » here, « 3 Mds€ » there: the minority spelling, against the one the document prefers. */
export function abbreviationFindings(text: string, amounts: readonly Amount[], t: Translate): Finding[] {
  const uses = abbreviationUses(amounts);
  const dominant = dominantAbbreviation(uses);
  if (!dominant) return [];
  const out: Finding[] = [];
  for (const u of uses) {
    const f = mixedAbbreviation(u, dominant, t);
    if (f) out.push(f);
  }
  return out;
}

/**
 * « Fix all typography in this document »: the fixes of every typography hint that has exactly one (no-break
 * spaces, plural of scale words), sorted, overlapping ones dropped. What `source.fixAll` applies on save.
 */
export function typographyFixAll(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (!TYPOGRAPHY_FIXABLE.has(f.code) || f.fixes?.length !== 1) continue;
    for (const e of f.fixes[0].edits) edits.push(e);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    if (last && e.start === last.start && e.end === last.end) continue;
    out.push(e);
  }
  return out;
}

const TYPOGRAPHY_FIXABLE: ReadonlySet<string> = new Set(['nbsp', 'plural-scale']);
