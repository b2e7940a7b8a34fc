import { strict as assert } from 'assert';
import { recognizeFigures } from '../../../server/src/core/figures/recognize';
import { parseStructure } from '../../../server/src/core/structure';
import { Amount, Percentage, Qualifier } from '../../../server/src/core/types';
import { Suspect } from '../../../server/src/core/figures/suspects';

export function figures(text: string, markdown = true): { amounts: Amount[]; percentages: Percentage[]; suspects: Suspect[] } {
  return recognizeFigures(text, parseStructure(text, { markdown }));
}

export interface Want {
  text: string;
  value: number;
  currency?: string;
  inferred?: boolean;
  qualifier?: Qualifier;
  step?: number;
}

/** [text, value, currency?, options?] */
export type Row = [string, number, string?, Partial<Want>?];

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Asserts the amounts found in `input` are exactly `rows`, in order. */
export function expectAmounts(input: string, rows: Row[]): void {
  const { amounts } = figures(input);
  const got = amounts.map((a) => `${a.text} = ${a.value} ${a.currency}`);
  assert.equal(amounts.length, rows.length, `in ${JSON.stringify(input)} got [${got.join('; ')}]`);
  rows.forEach(([text, value, currency, opts], i) => {
    const a = amounts[i];
    assert.equal(a.text, text, `text #${i} in ${JSON.stringify(input)}`);
    assert.equal(input.slice(a.start, a.end), a.text, 'span matches text');
    assert.ok(close(a.value, value), `value of ${JSON.stringify(text)}: got ${a.value}, want ${value}`);
    assert.equal(a.currency, currency ?? 'EUR', `currency of ${JSON.stringify(text)}`);
    assert.equal(a.currencyInferred, opts?.inferred ?? false, `inferred of ${JSON.stringify(text)}`);
    assert.equal(a.qualifier, opts?.qualifier ?? null, `qualifier of ${JSON.stringify(text)}`);
    if (opts?.step !== undefined) assert.ok(close(a.step, opts.step), `step of ${JSON.stringify(text)}: got ${a.step}, want ${opts.step}`);
  });
}

/** Asserts the percentages found are exactly `rows` ([text, value, qualifier?, step?]). */
export function expectPercentages(input: string, rows: [string, number, Qualifier?, number?][]): void {
  const { percentages, amounts } = figures(input);
  assert.equal(percentages.length, rows.length, `in ${JSON.stringify(input)} got [${percentages.map((p) => p.text).join('; ')}]`);
  rows.forEach(([text, value, qualifier, step], i) => {
    const p = percentages[i];
    assert.equal(p.text, text);
    assert.equal(input.slice(p.start, p.end), p.text);
    assert.ok(close(p.value, value), `value of ${text}: ${p.value}`);
    assert.equal(p.qualifier, qualifier ?? null, `qualifier of ${text}`);
    if (step !== undefined) assert.ok(close(p.step, step), `step of ${text}: ${p.step}`);
  });
  for (const a of amounts) for (const p of percentages) assert.ok(a.end <= p.start || p.end <= a.start, 'a percentage is never money');
}

/** Structural invariants every result must satisfy. */
export function checkInvariants(text: string, r: { amounts: Amount[]; percentages: Percentage[] }): void {
  for (const list of [r.amounts, r.percentages] as (Amount | Percentage)[][]) {
    let prevEnd = 0;
    for (const x of list) {
      assert.ok(x.start >= prevEnd, 'sorted, never overlapping');
      assert.ok(x.start >= 0 && x.end <= text.length && x.start < x.end, 'span inside the text');
      assert.ok(Number.isFinite(x.value) && x.value >= 0, 'finite, non-negative value');
      assert.ok(Number.isFinite(x.step) && x.step > 0, 'finite, positive step');
      assert.equal(text.slice(x.start, x.end), x.text);
      prevEnd = x.end;
    }
  }
  r.amounts.forEach((a, i) => {
    if (!a.range) return;
    const o = r.amounts[a.range.other];
    assert.ok(o && o.range && o.range.other === i, 'range ends point at each other');
  });
}
