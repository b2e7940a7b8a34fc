// The check tests read their figures with the real recogniser (figures/), as
// the analysis does, then run the checks alone: no stand-in parser whose
// reading of « 3 à 4 milliards » could drift from the product's.

import { Amount, Percentage } from '../../../server/src/core/types';
import { recognizeFigures } from '../../../server/src/core/figures/recognize';
import { parseStructure } from '../../../server/src/core/structure';
import { runChecks } from '../../../server/src/core/checks/run';
import { defaultCheckSettings, CheckSettings } from '../../../server/src/core/settings';
import { untranslated } from '../../../server/src/core/messages';
import { EntityMention } from '../../../server/src/core/types';

/** The figures of `text` as the analysis reads them. */
export function figuresOf(text: string): { amounts: Amount[]; percentages: Percentage[] } {
  const { amounts, percentages } = recognizeFigures(text, parseStructure(text, { markdown: true }));
  return { amounts, percentages };
}

/** The checks on `text`, figures from the stand-in recogniser. */
export function check(text: string, settings: Partial<CheckSettings> = {}, entities: EntityMention[] = []) {
  const structure = parseStructure(text, { markdown: true });
  const { amounts, percentages } = figuresOf(text);
  return runChecks({ text, structure, amounts, percentages, entities, settings: { ...defaultCheckSettings, ...settings }, t: untranslated });
}

export function codes(text: string, settings: Partial<CheckSettings> = {}, entities: EntityMention[] = []): string[] {
  return check(text, settings, entities).findings.map((f) => f.code).sort();
}

/** The text with `edits` applied. */
export function applyTextEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
