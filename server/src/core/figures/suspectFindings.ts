// The « suspicious-figure » hint: one per figure the recogniser refused as
// broken (see suspects.ts), with the fix when the intended figure is clear.
// The checks append these to their findings (checks/run.ts).

import { Finding } from '../types';
import { DocumentStructure } from '../structure';
import { Translate } from '../messages';
import { recognizeFigures } from './recognize';
import { suspectsOf } from './suspects';

/**
 * Hints for the broken figures of `text`. Reads the list the recogniser kept
 * for this `structure`; only a structure it has not read is read again.
 */
export function suspiciousFigureFindings(text: string, structure: DocumentStructure, t: Translate): Finding[] {
  const suspects = suspectsOf(structure) ?? recognizeFigures(text, structure).suspects;
  const out: Finding[] = [];
  for (const s of suspects) {
    const written = oneLine(text.slice(s.start, s.end));
    if (s.fix) {
      const fixed = oneLine(text.slice(s.start, s.fix.start) + s.fix.newText + text.slice(s.fix.end, s.end));
      out.push({
        start: s.start,
        end: s.end,
        severity: 'hint',
        code: 'suspicious-figure',
        message: t('« {0} » looks like a broken figure: a space splits its number, so it is not read as an amount. Did you mean « {1} »?', written, fixed),
        fixes: [{ title: t('Write « {0} »', fixed), edits: [{ start: s.fix.start, end: s.fix.end, newText: s.fix.newText }] }],
      });
    } else {
      out.push({
        start: s.start,
        end: s.end,
        severity: 'hint',
        code: 'suspicious-figure',
        message: t('« {0} » looks like a broken figure: its digit groups do not make one number, so it is not read as an amount.', written),
      });
    }
  }
  return out;
}

function oneLine(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c === 10 || c === 13 || c === 9 ? ' ' : s.charAt(i);
  }
  return out;
}
