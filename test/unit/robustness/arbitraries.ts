// Random inputs for the robustness properties: any Unicode, and text that
// looks like French budget prose closely enough to wake every recogniser
// (digits with every grouping, scale words, currencies, hedges, ranges, number
// words, Markdown blocks, names, quotes), mixed with the characters that break
// naive code (lone surrogates, emoji, NUL, BOM, CR).

import fc from 'fast-check';
import { strict as assert } from 'assert';
import { Analysis } from '../../../server/src/core/analysis';
import { Span } from '../../../server/src/core/types';

const GROUP_SEPARATORS = [' ', '\u00a0', '\u202f', '.', ',', '', '\u2009', "'"];

/** A number written with French (or not quite French) grouping and decimals. */
export const writtenNumber: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: 2_000_000_000 }), fc.constantFrom(...GROUP_SEPARATORS), fc.option(fc.tuple(fc.constantFrom(',', '.'), fc.nat({ max: 999 }))))
  .map(([n, sep, dec]) => {
    const digits = String(n);
    let grouped = '';
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) grouped += sep;
      grouped += digits[i];
    }
    return dec ? `${grouped}${dec[0]}${dec[1]}` : grouped;
  });

const WORDS = [
  // scales and currencies
  'million', 'millions', 'milliard', 'milliards', 'Md€', 'Mds€', 'M€', 'k€', 'Md', 'Mds', 'M', 'k', 'K€', 'mille', 'billion', 'Mrd',
  '€', 'euros', 'euro', 'd’euros', "d'euros", 'EUR', 'MEUR', '$', 'USD', 'dollars', '£', 'GBP', 'CHF', 'francs', 'centimes',
  // hedges, ranges, links
  'près de', 'plus de', 'environ', 'jusqu’à', 'au moins', 'moins de', 'quelque', 'entre', 'et', 'à', '-', '–', 'de', 'd’',
  'dont', 'soit', 'au total', 'Sur ce total,', 'se répartit ainsi :', 'Total', 'pour', 'par an', 'chacun', 'HT', 'AE', 'CP',
  // number words
  'un', 'une', 'deux', 'trois', 'dix', 'vingt', 'cent', 'cents', 'quatre-vingt-dix', 'soixante-et-onze', 'et demi', 'demi', 'zéro',
  // percentages
  '%', 'pour cent', 'points', 'pts',
  // names and definitions
  'France 2030', 'PIA4', 'PIA 4', 'SecNumCloud', 'ANSSI', 'RGPD', 'NIS2', '« cloud de confiance »', 'SecNumClod', 'Frnce 2030',
  '(ci-après « le Programme »)', 'Un label « Cloud Souverain Local » a été créé.', 'le Programme',
  // punctuation and quotes
  '«', '»', '“', '”', '"', '(', ')', ',', '.', ';', ':', '…', '’', "'",
];

const BLOCKS = ['\n', '\r\n', '\r', '\n\n', '# ', '## ', '###### ', '- ', '* ', '1. ', '  - ', '> ', '| ', ' | ', '|---|---|\n', '```\n', '~~~\n', '**', '_'];

const HOSTILE = ['\ud800', '\udc00', '\udbff\udfff', '🙂', '👩‍👩‍👧', '\u0000', '\ufeff', '\ufffd', '\u200b', '\u2028', '\t', '\u000b', '\u00ad', 'e\u0301'];

const COMMENTS = ['<!-- policy-lens-disable-next-line -->', '<!-- policy-lens-disable sum-mismatch -->', '<!-- policy-lens-enable -->', '<!--', '-->'];

const SPACES = [' ', ' ', ' ', '', '\u00a0', '\u202f', '\n', '  '];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: writtenNumber },
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...BLOCKS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constantFrom(...COMMENTS) },
  { weight: 1, arbitrary: fc.nat({ max: 40 }).map((n) => '9'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** French-looking money text, up to a few hundred characters. */
export const moneyText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, fc.constantFrom(...SPACES)), { maxLength: 100, size: 'max' })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Any UTF-16 code unit, lone surrogates included (what an editor buffer can hold). */
export const anyCodeUnits: fc.Arbitrary<string> = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300, size: 'max' });

/** Any sequence of Unicode code points. */
export const anyUnicode: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 300, size: 'max' });

/** Any of the above. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: moneyText }, { weight: 1, arbitrary: anyCodeUnits }, { weight: 1, arbitrary: anyUnicode });

function inside(what: string, s: Span, length: number): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets must be integers ${JSON.stringify(s)}`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, `${what}: [${s.start}, ${s.end}) outside [0, ${length}]`);
}

function nonNegative(what: string, v: number): void {
  assert.ok(Number.isFinite(v) && v >= 0, `${what}: ${v} is not a finite non-negative number`);
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

/** Everything an Analysis promises about offsets and values, whatever the input. */
export function assertWellFormed(text: string, a: Analysis, maxDiagnostics = 1000): void {
  assert.ok(a.length <= text.length, 'analysed length');
  assert.equal(a.truncated, a.length < text.length);
  const n = a.length;
  const analysed = text.slice(0, n);

  for (const b of a.structure.blocks) {
    inside('block', b, n);
    assert.ok(b.contentStart >= b.start && b.contentStart <= b.end, 'block content start');
  }
  for (const s of a.structure.sentences) inside('sentence', s, n);
  for (const p of a.structure.paragraphs) inside('paragraph', p, n);
  for (const s of a.structure.sections) inside('section', s, n);
  for (const t of a.structure.tables) {
    inside('table', t, n);
    for (const r of t.rows) {
      inside('table row', r, n);
      for (const c of r.cells) inside('table cell', c, n);
    }
  }

  let prevEnd = 0;
  a.amounts.forEach((x, i) => {
    inside('amount', x, n);
    assert.ok(x.end > x.start, 'an amount is never empty');
    assert.equal(analysed.slice(x.start, x.end), x.text, 'amount text is the text at its offsets');
    assert.ok(x.start >= prevEnd, `amounts in document order, without overlap: ${JSON.stringify(a.amounts.slice(Math.max(0, i - 1), i + 1))}`);
    prevEnd = x.end;
    nonNegative('amount value', x.value);
    nonNegative('amount step', x.step);
    assert.match(x.currency, /^[A-Z]{3}$/, 'ISO currency');
    if (x.scale) {
      inside('scale', x.scale, n);
      assert.ok(x.scale.start >= x.start && x.scale.end <= x.end, 'scale inside its amount');
      assert.ok(Number.isFinite(x.scale.factor) && x.scale.factor > 0, 'scale factor');
    }
    if (x.range) {
      const other = a.amounts[x.range.other];
      assert.ok(other && other.range && other.range.other === i && other.range.role !== x.range.role, 'range ends point at each other');
    }
  });
  prevEnd = 0;
  for (const p of a.percentages) {
    inside('percentage', p, n);
    assert.ok(p.end > p.start, 'a percentage is never empty');
    assert.equal(analysed.slice(p.start, p.end), p.text, 'percentage text is the text at its offsets');
    assert.ok(p.start >= prevEnd, 'percentages in document order, without overlap');
    prevEnd = p.end;
    nonNegative('percentage value', p.value);
    nonNegative('percentage step', p.step);
  }
  for (const e of a.entities) {
    inside('entity', e, n);
    assert.equal(analysed.slice(e.start, e.end), e.text, 'entity text is the text at its offsets');
    assert.ok(e.id.length > 0, 'entity id');
  }
  for (const d of a.definitions) {
    inside('definition', d, n);
    inside('definition sentence', d.sentence, n);
  }
  for (const c of a.checks) {
    inside('check total', c.total, n);
    nonNegative('check total value', c.total.value);
    for (const p of c.parts) {
      inside('check part', p, n);
      nonNegative('check part value', p.value);
    }
    nonNegative('check sum', c.sum);
    nonNegative('check tolerance', c.tolerance);
  }
  assert.ok(a.diagnostics.length <= Math.max(1, Math.floor(maxDiagnostics)) + 1, 'diagnostics capped');
  for (const d of a.diagnostics) {
    inside(`diagnostic ${d.code}`, d, n);
    assert.ok(SEVERITIES.has(d.severity), d.severity);
    assert.ok(d.code.length > 0 && d.message.length > 0, 'code and message');
    for (const r of d.related ?? []) inside(`related of ${d.code}`, r, n);
    for (const f of d.fixes ?? []) {
      assert.ok(f.title.length > 0, 'fix title');
      const edits = [...f.edits].sort((x, y) => x.start - y.start);
      let end = 0;
      for (const e of edits) {
        inside(`fix edit of ${d.code}`, e, n);
        assert.ok(e.start >= end, `edits of one fix do not overlap (${d.code})`);
        end = e.end;
      }
    }
  }
}
