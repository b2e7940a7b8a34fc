// What the whole analysis (the real recogniser) says about a short text: its
// consistency codes, and its checks as « kind=status », for the relation tests.

import { analyze } from '../../../../server/src/core/analysis';
import { CONSISTENCY_CODES } from '../../../../server/src/core/codes';

export function codes(text: string, markdown = true): string[] {
  return analyze(text, { markdown })
    .diagnostics.filter((d) => CONSISTENCY_CODES.has(d.code))
    .map((d) => d.code)
    .sort();
}

export function kinds(text: string, markdown = true): string[] {
  return analyze(text, { markdown }).checks.map((c) => `${c.kind}=${c.status}`);
}

/** The text each consistency diagnostic covers. */
export function flagged(text: string, markdown = true): string[] {
  return analyze(text, { markdown })
    .diagnostics.filter((d) => CONSISTENCY_CODES.has(d.code))
    .map((d) => `${d.code} ${text.slice(d.start, d.end)}`);
}
