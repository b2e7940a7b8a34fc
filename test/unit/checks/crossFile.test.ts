// Figure conflicts across files: each brief's first amount for a name, set
// against what the other briefs give the same name.

import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';
import { ClaimBook, conflictsAcross, crossFileReports } from '../../../server/src/core/checks/crossFile';
import { defaultCheckSettings } from '../../../server/src/core/settings';
import { untranslated } from '../../../server/src/core/messages';

/** A book of the claims of some briefs, each known by its name. */
function book(briefs: Record<string, string>): ClaimBook<string> {
  const b = new ClaimBook<string>();
  for (const [name, text] of Object.entries(briefs)) b.add(analyze(text).claims, () => name);
  return b;
}

function reports(text: string, others: Record<string, string>, settings = {}) {
  const claims = analyze(text).claims;
  return crossFileReports(claims, [book(others)], { ...defaultCheckSettings, ...settings }, (w) => w === 'here', (w) => w, untranslated);
}

describe('claims and cross-file figure conflicts', () => {
  it('keeps the first amount a document attaches to each name, as written', () => {
    const text = 'Le PIA4, doté de 20 milliards d’euros, soutient l’innovation.\n\nLe PIA4 et ses 12 Md€ financent les start-up. France 2030, doté de 54 Md€, suit.';
    const claims = analyze(text).claims;
    assert.deepEqual(
      claims.map((c) => [c.id, c.text, c.value, c.currency, c.quiet]),
      [
        ['pia4', '20 milliards d’euros', 20e9, 'EUR', false],
        ['france-2030', '54 Md€', 54e9, 'EUR', false],
      ],
    );
    assert.equal(text.slice(claims[0].start, claims[0].end), '20 milliards d’euros');
    assert.ok(claims[0].lo <= 20e9 && claims[0].hi >= 20e9);
  });

  it('marks a claim a comment silences figure conflicts for', () => {
    const text = '<!-- policy-lens-disable-next-line figure-conflict -->\nLe PIA4, doté de 20 Md€, soutient l’innovation.\n\nFrance 2030, doté de 54 Md€, suit.';
    assert.deepEqual(analyze(text).claims.map((c) => c.quiet), [true, false]);
  });

  it('reports an amount another brief contradicts, naming that brief', () => {
    const r = reports('Le PIA4, doté de 20 Md€, soutient l’innovation.', { 'notes/b.md': 'Les 12 Md€ du PIA4 financent les start-up.' });
    assert.equal(r.length, 1);
    assert.equal(r[0].severity, 'warning');
    assert.equal(r[0].conflict.claim.text, '20 Md€');
    assert.deepEqual(r[0].conflict.others.map((o) => [o.where, o.claim.text]), [['notes/b.md', '12 Md€']]);
    assert.equal(r[0].message, 'PIA 4 is given 20 Md€ here but 12 Md€ in notes/b.md.');
  });

  it('counts the other briefs that disagree', () => {
    const r = reports('Le PIA4, doté de 20 Md€, soutient l’innovation.', {
      'b.md': 'Le PIA4, doté de 12 Md€, finance.',
      'c.md': 'Le PIA4 (30 Md€) finance.',
      'd.md': 'Le PIA4 (20 milliards d’euros) finance.',
    });
    assert.equal(r.length, 1);
    assert.deepEqual(r[0].conflict.others.map((o) => o.where), ['b.md', 'c.md']);
    assert.match(r[0].message, /in b\.md \(other files that disagree: 1\)/);
  });

  it('accepts the same figure written another way, or within rounding', () => {
    const here = 'Le PIA4, doté de 20 Md€, soutient l’innovation.';
    assert.equal(reports(here, { 'b.md': 'Le PIA4, doté de 20 milliards d’euros, finance.' }).length, 0);
    assert.equal(reports(here, { 'b.md': 'Le PIA4, doté de 19,6 Md€, finance.' }).length, 0);
    assert.equal(reports(here, { 'b.md': 'Le PIA4, doté de 20 000 M€, finance.' }).length, 0);
  });

  it('compares amounts in one currency only, and one name with itself only', () => {
    const here = 'Le PIA4, doté de 20 Md€, soutient l’innovation.';
    assert.equal(reports(here, { 'b.md': 'Le PIA4, doté de 12 milliards de dollars, finance.' }).length, 0);
    assert.equal(reports(here, { 'b.md': 'France 2030, doté de 54 Md€, finance.' }).length, 0);
  });

  it('leaves out the file itself, and what the settings or a comment silence', () => {
    const here = 'Le PIA4, doté de 20 Md€, soutient l’innovation.';
    assert.equal(reports(here, { here: 'Le PIA4, doté de 12 Md€, finance.' }).length, 0);
    assert.equal(reports(here, { 'b.md': 'Le PIA4, doté de 12 Md€, finance.' }, { disabled: ['figure-conflict'] }).length, 0);
    assert.equal(reports(here, { 'b.md': 'Le PIA4, doté de 12 Md€, finance.' }, { severities: { 'figure-conflict': 'error' } })[0].severity, 'error');
    const quiet = '<!-- policy-lens-disable figure-conflict -->\n' + here;
    assert.equal(reports(quiet, { 'b.md': 'Le PIA4, doté de 12 Md€, finance.' }).length, 0);
  });

  it('reads several books, as the server does with the index and the open documents', () => {
    const claims = analyze('Le PIA4, doté de 20 Md€, soutient l’innovation.').claims;
    const found = conflictsAcross(claims, [book({ 'b.md': 'Le PIA4, doté de 12 Md€, finance.' }), book({ 'c.md': 'Le PIA4 (30 Md€) finance.' })], 0, () => false);
    assert.deepEqual(found[0].others.map((o) => o.where), ['b.md', 'c.md']);
  });
});

describe('bodies each territory has its own of', () => {
  it('keeps their amounts out of the claims other files are compared with, and in the document’s own checks', () => {
    // Two briefs may speak of two communes’ CCAS: no claim for other files.
    assert.deepEqual(analyze('Le CCAS reçoit 10,2 M€ en 2022.').claims.map((c) => c.id), []);
    assert.deepEqual(analyze('Le PIA4 reçoit 10,2 M€ en 2022.').claims.map((c) => c.id), ['pia4']);
    // Within one document it is one CCAS: two amounts for it still conflict.
    const within = analyze('Le CCAS reçoit 10,2 M€ en 2022.\n\nPlus loin, le CCAS reçoit 33 M€ en 2022.\n').diagnostics.map((d) => d.code);
    assert.ok(within.includes('figure-conflict'), within.join(', '));
  });
});
