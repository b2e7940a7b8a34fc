import { strict as assert } from 'assert';
import { EntityMention } from '../../../server/src/core/types';
import { check } from './helpers';

/** Mentions of `name` wherever it occurs, as the knowledge base would give them. */
function mentions(text: string, name: string, id = name.toLowerCase()): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    out.push({ start: i, end: i + name.length, text: name, id, kind: 'programme', canonical: name, origin: 'builtin' });
  }
  return out;
}

function conflicts(text: string, entities: EntityMention[]) {
  const r = check(text, {}, entities);
  return { findings: r.findings.filter((f) => f.code === 'figure-conflict'), checks: r.checks.filter((c) => c.kind === 'conflict') };
}

describe('figure-conflict', () => {
  it('flags the later of two amounts given to one programme, pointing back at the first', () => {
    const text = 'Le PIA4, doté de 20 milliards d’euros, soutient l’innovation.\n\nPlus loin, le PIA4 et ses 12 milliards d’euros financent les start-up.';
    const r = conflicts(text, mentions(text, 'PIA4'));
    assert.equal(r.findings.length, 1);
    const f = r.findings[0];
    assert.equal(text.slice(f.start, f.end), '12 milliards d’euros');
    assert.equal(text.slice(f.related![0].start, f.related![0].end), '20 milliards d’euros');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(r.checks.map((c) => c.status), ['mismatch']);
  });

  it('accepts the same figure written differently', () => {
    const text = 'Le PIA4, doté de 20 milliards d’euros, soutient l’innovation. Le PIA4 (20 Md€) finance les start-up.';
    const r = conflicts(text, mentions(text, 'PIA4'));
    assert.equal(r.findings.length, 0);
    assert.deepEqual(r.checks.map((c) => c.status), ['ok']);
  });

  it('accepts figures whose rounding overlaps', () => {
    const text = 'Le PIA4, doté de 20 milliards d’euros, soutient l’innovation. Le PIA4, doté de 19,6 Md€, finance les start-up.';
    assert.equal(conflicts(text, mentions(text, 'PIA4')).findings.length, 0);
  });

  it('reads the whole before « dont » as the name’s amount: what its part is for is not the whole’s purpose', () => {
    const text = 'Le PIA4, doté de 20 Md€, soutient l’innovation. Le PIA4, doté de 30 Md€, dont 12 Md€ pour la santé, continue.';
    assert.equal(conflicts(text, mentions(text, 'PIA4')).findings.length, 1);
  });

  it('reads « les 12 Md€ du PIA4 » as attached', () => {
    const text = 'Le PIA4, doté de 20 Md€, soutient l’innovation. Les 12 Md€ du PIA4 financent les start-up.';
    assert.equal(conflicts(text, mentions(text, 'PIA4')).findings.length, 1);
  });

  it('stays silent on AE and CP, years, « dont », « initialement » and two names in a sentence', () => {
    const first = 'Le PIA4, doté de 20 Md€, soutient l’innovation. ';
    const seconds = [
      'Le PIA4 est doté de 12 Md€ en AE.',
      'En 2024, le PIA4 est doté de 4 Md€.',
      'Le PIA4, doté initialement de 12 Md€, a été prolongé.',
      'Le PIA4, doté de 20 Md€, dont 12 Md€ pour la santé, continue.',
      'Le PIA4 et France Relance, dotés de 12 Md€, se complètent.',
      'Le PIA4 et ses 12 Md€ par an soutiennent les start-up.',
    ];
    for (const second of seconds) {
      const text = first + second;
      const ents = [...mentions(text, 'PIA4'), ...mentions(text, 'France Relance')].sort((a, b) => a.start - b.start);
      assert.equal(conflicts(text, ents).findings.length, 0, second);
    }
  });

  it('needs the amount attached to the name, not merely in the sentence', () => {
    const text = 'Le PIA4, doté de 20 Md€, soutient l’innovation. Le PIA4 a permis de lever 12 Md€ auprès d’investisseurs.';
    assert.equal(conflicts(text, mentions(text, 'PIA4')).findings.length, 0);
  });

  it('works with names the knowledge base recognises', () => {
    const { analyze } = require('../../../server/src/core/analysis');
    const text = 'Le PIA4, doté de 20 milliards d’euros, soutient l’innovation.\n\nLe PIA4 et ses 12 milliards d’euros financent les start-up.';
    const a = analyze(text);
    assert.equal(a.diagnostics.filter((d: { code: string }) => d.code === 'figure-conflict').length, 1);
  });
});
