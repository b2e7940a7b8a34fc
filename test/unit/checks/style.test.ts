import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';
import { applyTextEdits, codes, check } from './helpers';

const only = (text: string, code: string) => check(text).findings.filter((f) => f.code === code);

describe('plural-scale', () => {
  it('wants the singular below 2', () => {
    const f = only('Un plan de 1,8 milliards d’euros.', 'plural-scale');
    assert.equal(f.length, 1);
    assert.equal(applyTextEdits('Un plan de 1,8 milliards d’euros.', f[0].fixes![0].edits), 'Un plan de 1,8 milliard d’euros.');
    assert.equal(f[0].severity, 'hint');
  });

  it('wants the plural from 2', () => {
    const text = 'Un plan de 3 milliard d’euros.';
    const f = only(text, 'plural-scale');
    assert.equal(f.length, 1);
    assert.equal(applyTextEdits(text, f[0].fixes![0].edits), 'Un plan de 3 milliards d’euros.');
  });

  it('accepts « 1,99 milliard », « 2 milliards », « 1,5 million », « 1 million »', () => {
    assert.deepEqual(only('Il reçoit 1,99 milliard d’euros, 2 milliards d’euros, 1,5 million d’euros et 1 million d’euros.', 'plural-scale'), []);
  });

  it('drops the plural of « Mds » below 2', () => {
    const text = 'Un fonds de 1,7 Mds€.';
    const f = only(text, 'plural-scale');
    assert.equal(f.length, 1);
    assert.equal(applyTextEdits(text, f[0].fixes![0].edits), 'Un fonds de 1,7 Md€.');
  });

  it('works on the real recogniser’s figures', () => {
    const a = analyze('Le plan consacre 1,5 millions d’euros à la formation.');
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'plural-scale').length, 1);
  });
});

describe('nbsp', () => {
  it('asks for U+202F between digit groups and before €', () => {
    const text = 'Une aide de 12 000 € par commune.';
    const f = only(text, 'nbsp');
    assert.equal(f.length, 1);
    assert.equal(applyTextEdits(text, f[0].fixes![0].edits), 'Une aide de 12\u202f000\u202f€ par commune.');
  });

  it('inserts the space a percentage lacks', () => {
    const text = 'Une hausse de 40% cette année.';
    const f = only(text, 'nbsp');
    assert.equal(f.length, 1);
    assert.equal(applyTextEdits(text, f[0].fixes![0].edits), 'Une hausse de 40\u202f% cette année.');
  });

  it('accepts U+202F and U+00A0, and abbreviations glued to €', () => {
    assert.deepEqual(only('Une aide de 12\u202f000\u202f€, de 3\u00a0500\u00a0€, de 40\u202f% et de 1,8 Md€.', 'nbsp'), []);
  });

  it('can be turned off', () => {
    assert.deepEqual(codes('Une aide de 12 000 € par commune.', { disabled: ['nbsp'] }), []);
  });
});

describe('mixed-abbreviations', () => {
  it('brings the rarer abbreviation to the dominant one', () => {
    const text = 'Les crédits passent de 4 Md€ à 5 Md€, puis 6 Mds€.';
    const f = only(text, 'mixed-abbreviations');
    assert.equal(f.length, 1);
    assert.equal(applyTextEdits(text, f[0].fixes![0].edits), 'Les crédits passent de 4 Md€ à 5 Md€, puis 6 Md€.');
  });

  it('counts « Mrd » as a third style', () => {
    const text = 'Horizon Europe : 95,5 Mrd€. Europe numérique : 7,5 Mrd€. Cohésion : 42 Md€.';
    const f = only(text, 'mixed-abbreviations');
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0].start, f[0].start + 2), 'Md');
  });

  it('keeps « 1,5 Md€ » where « Mds€ » prevails', () => {
    assert.deepEqual(only('Il reste 4 Mds€, 5 Mds€ et 1,5 Md€.', 'mixed-abbreviations'), []);
  });

  it('says nothing on a document with one style', () => {
    assert.deepEqual(only('Il reste 4 Md€, 5 Md€ et 1,5 Md€.', 'mixed-abbreviations'), []);
  });
});
