// Breakdowns on inputs built to be slow (test:slow): time stays linear.

import { strict as assert } from 'assert';
import { check, codes } from './helpers';

describe('breakdowns', () => {
  it('stays linear on one huge sentence full of cues', () => {
    const nn = '\u202f';
    const huge = [
      'Le plan atteint 5 Md€' + ', dont 1 Md€ pour A et 2 Md€ pour B'.repeat(8000) + '.',
      'L’État apporte 1 Md€ et les régions 500 M€, soit 1,5 Md€ au total, '.repeat(8000) + 'fin.',
      'L’enveloppe de 2 Md€ se répartit ainsi : ' + `1,2 Md€ (60${nn}%) pour A, `.repeat(8000) + 'enfin B.',
      'Le plan atteint 2 Md€, ' + `dont 500 M€ pour l’eau, soit 25${nn}% du total, `.repeat(8000) + 'fin.',
    ];
    for (const text of huge) {
      const t0 = Date.now();
      check(text);
      assert.ok(Date.now() - t0 < 4000, `${Date.now() - t0} ms on ${text.slice(0, 40)}`);
    }
  });
  it('stays linear on a long document', () => {
    const para = 'Le plan est doté de 1,8 Md€. Sur ce total, l’État apporte 667 M€, l’Europe 444 M€. Enfin 680 M€ viennent du privé.\n\n';
    const text = para.repeat(3000);
    const t0 = Date.now();
    const r = check(text);
    // One sum per paragraph (« le plan » of each is also the one plan, its amount checked against the first's).
    assert.equal(r.checks.filter((c) => c.kind === 'sum').length, 3000);
    assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
  });
});
