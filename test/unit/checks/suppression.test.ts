import { strict as assert } from 'assert';
import { applySettings, findSuppressions } from '../../../server/src/core/checks/suppression';
import { defaultCheckSettings, CheckSettings } from '../../../server/src/core/settings';
import { untranslated } from '../../../server/src/core/messages';
import { Finding, Severity } from '../../../server/src/core/types';
import { DiagnosticCode } from '../../../server/src/core/codes';

/** A finding on the first occurrence of `marker` in `text`. */
function at(text: string, marker: string, code: DiagnosticCode, severity: Severity = 'warning'): Finding {
  const start = text.indexOf(marker);
  assert.ok(start >= 0, marker);
  return { start, end: start + marker.length, code, severity, message: code };
}

function apply(text: string, findings: Finding[], settings: Partial<CheckSettings> = {}): Finding[] {
  return applySettings(text, findings, { ...defaultCheckSettings, ...settings }, untranslated);
}

describe('suppression comments', () => {
  it('silences the named code on the next line only', () => {
    const text = 'Avant 1.\n<!-- policy-lens-disable-next-line sum-mismatch -->\nLigne A.\nLigne B.\n';
    const out = apply(text, [at(text, 'Ligne A', 'sum-mismatch'), at(text, 'Ligne A', 'nbsp'), at(text, 'Ligne B', 'sum-mismatch'), at(text, 'Avant', 'sum-mismatch')]);
    assert.deepEqual(out.map((f) => `${text.slice(f.start, f.end)}:${f.code}`), ['Avant:sum-mismatch', 'Ligne A:nbsp', 'Ligne B:sum-mismatch']);
  });

  it('takes several codes, separated by commas or spaces', () => {
    const text = '<!-- policy-lens-disable-next-line sum-mismatch, nbsp plural-scale -->\nLigne A.\n';
    const out = apply(text, [at(text, 'Ligne', 'sum-mismatch'), at(text, 'Ligne', 'nbsp'), at(text, 'Ligne', 'plural-scale'), at(text, 'Ligne', 'table-total')]);
    assert.deepEqual(out.map((f) => f.code), ['table-total']);
  });

  it('silences every code when none is named, and skips blank lines to find the next line', () => {
    const text = '<!-- policy-lens-disable-next-line -->\n\nLigne A.\nLigne B.\n';
    const out = apply(text, [at(text, 'Ligne A', 'sum-mismatch'), at(text, 'Ligne A', 'nbsp'), at(text, 'Ligne B', 'nbsp')]);
    assert.deepEqual(out.map((f) => text.slice(f.start, f.end)), ['Ligne B']);
  });

  it('silences a region between disable and enable', () => {
    const text = 'A1.\n<!-- policy-lens-disable sum-mismatch -->\nB1.\nB2.\n<!-- policy-lens-enable -->\nC1.\n';
    const out = apply(text, ['A1', 'B1', 'B2', 'C1'].flatMap((m) => [at(text, m, 'sum-mismatch'), at(text, m, 'nbsp')]));
    assert.deepEqual(out.map((f) => `${text.slice(f.start, f.end)}:${f.code}`), ['A1:sum-mismatch', 'A1:nbsp', 'B1:nbsp', 'B2:nbsp', 'C1:sum-mismatch', 'C1:nbsp']);
  });

  it('ends only the named codes with a named enable, and runs to the end without one', () => {
    const text = '<!-- policy-lens-disable sum-mismatch nbsp -->\nB1.\n<!-- policy-lens-enable nbsp -->\nC1.\n';
    const out = apply(text, ['B1', 'C1'].flatMap((m) => [at(text, m, 'sum-mismatch'), at(text, m, 'nbsp')]));
    assert.deepEqual(out.map((f) => `${text.slice(f.start, f.end)}:${f.code}`), ['C1:nbsp']);
  });

  it('ignores directives shown inside a fenced code block', () => {
    const text = '```\n<!-- policy-lens-disable -->\n```\nLigne A.\n';
    assert.equal(findSuppressions(text).length, 0);
    assert.equal(apply(text, [at(text, 'Ligne', 'nbsp')]).length, 1);
  });

  it('ignores other comments', () => {
    const text = '<!-- expect: none -->\nLigne A.\n';
    assert.equal(findSuppressions(text).length, 0);
  });
});

describe('settings', () => {
  it('drops disabled codes', () => {
    const text = 'Ligne A.';
    const out = apply(text, [at(text, 'Ligne', 'nbsp'), at(text, 'A', 'sum-mismatch')], { disabled: ['nbsp'] });
    assert.deepEqual(out.map((f) => f.code), ['sum-mismatch']);
  });

  it('overrides severities by code', () => {
    const text = 'Ligne A.';
    const out = apply(text, [at(text, 'Ligne', 'sum-mismatch'), at(text, 'A', 'nbsp', 'hint')], { severities: { 'sum-mismatch': 'error' } });
    assert.deepEqual(out.map((f) => f.severity), ['error', 'hint']);
  });

  it('caps the count with one notice saying how many were left out, keeping the most severe', () => {
    const text = 'x'.repeat(100);
    const findings: Finding[] = [];
    for (let i = 0; i < 10; i++) findings.push({ start: i, end: i + 1, code: 'nbsp', severity: 'hint', message: '' });
    findings.push({ start: 50, end: 51, code: 'sum-mismatch', severity: 'warning', message: '' });
    const out = apply(text, findings, { maxDiagnostics: 3 });
    assert.equal(out.length, 4);
    assert.deepEqual(out.slice(0, 3).map((f) => f.start), [0, 1, 50]);
    const notice = out[3];
    assert.equal(notice.code, 'too-many-diagnostics');
    assert.equal(notice.severity, 'information');
    assert.match(notice.message, /^8 more diagnostics/);
  });

  it('adds no notice under the cap', () => {
    const text = 'abc';
    assert.equal(apply(text, [at(text, 'a', 'nbsp')], { maxDiagnostics: 1 }).length, 1);
  });

  it('stays fast on a large document with many findings and comments', () => {
    const line = 'Ligne avec un chiffre.\n<!-- policy-lens-disable-next-line nbsp -->\n';
    const text = line.repeat(20000);
    const findings: Finding[] = [];
    for (let i = 0; i < text.length; i += 97) findings.push({ start: i, end: i + 1, code: i % 2 ? 'nbsp' : 'sum-mismatch', severity: 'hint', message: '' });
    const t0 = Date.now();
    const out = apply(text, findings, { maxDiagnostics: 100000 });
    assert.ok(Date.now() - t0 < 1500, `${Date.now() - t0} ms`);
    assert.ok(out.length > 0 && out.length < findings.length);
  });
});
