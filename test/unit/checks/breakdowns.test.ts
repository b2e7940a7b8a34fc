// How totals and parts are found, and when the checks keep quiet.

import { strict as assert } from 'assert';
import { check, codes } from './helpers';

const kinds = (text: string) => check(text).checks.map((c) => `${c.kind}=${c.status}`);

describe('breakdowns', () => {
  describe('« dont »', () => {
    it('checks the parts against the whole, without asking them to reach it', () => {
      assert.deepEqual(kinds('Le fonds atteint 3 Md€, dont 1 Md€ pour l’eau et 500 M€ pour les sols.'), ['part=ok']);
    });

    it('flags parts that add up to more than the whole', () => {
      assert.deepEqual(codes('Le fonds atteint 1,2 Md€, dont 700 M€ pour l’eau et 600 M€ pour les sols.'), ['sum-mismatch']);
    });

    it('flags one part larger than the whole as an error on the part', () => {
      const text = 'Le fonds atteint 400 M€, dont 700 M€ pour l’eau.';
      const r = check(text);
      assert.deepEqual(r.findings.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]), [['part-exceeds-total', 'error', '700 M€']]);
    });

    it('ignores a relative « dont »', () => {
      assert.deepEqual(kinds('Le programme dont le budget atteint 2 Md€ soutient 400 M€ de projets et 3 Md€ de prêts.'), []);
    });

    it('stops at « , et », « contre » and « ce qui porte »', () => {
      assert.deepEqual(codes('Le plan de 1 Md€, dont 600 M€ pour la recherche, et 800 M€ de garanties, est adopté.'), []);
      assert.deepEqual(codes('Le plan atteint 1 Md€, dont 600 M€ pour la recherche, contre 900 M€ l’an passé.'), []);
      assert.deepEqual(codes('Le plan atteint 1 Md€, dont 600 M€ cette année, ce qui porte le total à 2 Md€.'), []);
    });

    it('reads a « soit N % » after a part as its share of the whole', () => {
      assert.deepEqual(kinds('Le plan atteint 2 Md€, dont 500 M€ pour l’eau, soit 25 % du total.'), ['part=ok', 'share=ok']);
      assert.deepEqual(codes('Le plan atteint 2 Md€, dont 500 M€ pour l’eau, soit 40\u202f% du total.'), ['share-mismatch']);
    });
  });

  describe('« Sur ce total »', () => {
    it('takes the whole from the sentence before and the parts across sentences', () => {
      const text = 'Le plan est doté de 1,8 Md€. Sur ce total, l’État apporte 667 M€ et l’Europe 444 M€. Enfin 680 M€ viennent du privé.';
      assert.deepEqual(kinds(text), ['sum=ok']);
    });

    it('does not ask parts to exhaust the whole without « enfin » or « le reste »', () => {
      assert.deepEqual(codes('Le plan est doté de 1,8 Md€. Sur ce total, l’État apporte 667 M€ et l’Europe 444 M€.'), []);
      assert.deepEqual(codes('Le plan est doté de 1,8 Md€. Sur ce total, l’État apporte 667 M€, l’Europe 444 M€ et enfin le privé 100 M€.'), ['sum-mismatch']);
      assert.deepEqual(codes('Le plan est doté de 1,8 Md€. Sur ce total, l’État apporte 667 M€. Le reste, 400 M€, vient de l’Europe.'), ['sum-mismatch']);
    });

    it('stays silent when the whole is unclear', () => {
      assert.deepEqual(kinds('Le plan est doté de 1,8 Md€ et le fonds de 2 Md€. Sur ce total, l’État apporte 3 Md€.'), []);
      assert.deepEqual(kinds('# Plan\n\nLe plan est doté de 1,8 Md€.\n\n# Autre sujet\n\nSur ce total, l’État apporte 3 Md€.'), []);
    });

    it('stays silent on unit amounts, yearly amounts and alternatives', () => {
      assert.deepEqual(codes('Une enveloppe de 500 M€ est ouverte. Sur ce total, 30 projets recevront 25 M€ chacun.'), []);
      assert.deepEqual(codes('Une enveloppe de 500 M€ est ouverte. Sur ce total, 300 M€ par an iront aux régions.'), []);
      assert.deepEqual(codes('Une enveloppe de 500 M€ est ouverte. Sur ce total, 300 M€ ou 600 M€ iront aux régions.'), []);
    });

    it('reads « Sur les 57 milliards d’euros… » with its whole inline', () => {
      assert.deepEqual(kinds('Sur les 57 milliards d’euros ouverts, seuls 29 milliards ont été décaissés.'), ['part=ok']);
      assert.deepEqual(codes('Sur les 57 milliards d’euros ouverts, seuls 69 milliards ont été décaissés.'), ['part-exceeds-total']);
    });

    it('checks parts one by one when a « dont » nests inside the list', () => {
      const text = 'Le plan est doté de 2 Md€. Sur ce total, 1 Md€ ira à la recherche, dont 300 M€ pour l’IA, 800 M€ à l’industrie.';
      assert.deepEqual(codes(text), []);
      assert.ok(check(text).checks.every((c) => c.kind === 'part'));
    });
  });

  describe('distribution verbs, colons and lists', () => {
    it('reads « se répartit ainsi : » as a full breakdown', () => {
      assert.deepEqual(kinds('L’enveloppe de 1,5 Md€ se répartit ainsi : 1 Md€ pour A et 500 M€ pour B.'), ['sum=ok']);
      assert.deepEqual(codes('L’enveloppe de 1,5 Md€ se répartit ainsi : 700 M€ pour A et 500 M€ pour B.'), ['sum-mismatch']);
    });

    it('reads a plain colon as a partial list unless it announces the breakdown', () => {
      assert.deepEqual(codes('Le budget atteint 5 Md€ : 2 Md€ pour A et 1 Md€ pour B.'), []);
      assert.deepEqual(codes('Le budget atteint 5 Md€ : 4 Md€ pour A et 3 Md€ pour B.'), ['sum-mismatch']);
      assert.deepEqual(codes('Le budget de 5 Md€ se décompose de la manière suivante : 2 Md€ pour A et 1 Md€ pour B.'), ['sum-mismatch']);
    });

    it('takes the whole from the sentence before when the subject points back to it', () => {
      assert.deepEqual(kinds('Le plan est doté de 2 Md€. Cette enveloppe se répartit ainsi : 1,2 Md€ pour A et 800 M€ pour B.'), ['sum=ok']);
      assert.deepEqual(kinds('Le plan est doté de 2 Md€. Les aides aux entreprises se répartissent ainsi : 1,2 Md€ pour A et 500 M€ pour B.'), []);
    });

    it('reads « comprend » as a full breakdown, « comprend notamment » as a partial one', () => {
      assert.deepEqual(codes('Le volet de 900 M€ comprend 400 M€ pour A et 300 M€ pour B.'), ['sum-mismatch']);
      assert.deepEqual(codes('Le volet de 900 M€ comprend notamment 400 M€ pour A et 300 M€ pour B.'), []);
    });

    it('reads a bulleted list after an announcing sentence, with a « Total » item', () => {
      const list = 'Les crédits se répartissent comme suit :\n\n- A : 1,2 Md€ ;\n- B : 800 M€ ;\n- Total : 2 Md€.\n';
      assert.deepEqual(kinds(list), ['sum=ok']);
      assert.deepEqual(codes(list.replace('800 M€', '200 M€')), ['sum-mismatch']);
    });

    it('does not sum a list whose items lack an amount', () => {
      const list = 'Le plan de 2 Md€ se répartit ainsi :\n\n- 1,2 Md€ pour A ;\n- un volet pour B, à préciser.\n';
      assert.deepEqual(codes(list), []);
      assert.deepEqual(kinds(list), ['part=ok']);
    });

    it('ignores deeper list levels as sub-parts', () => {
      const list = 'Le plan de 2 Md€ se répartit ainsi :\n\n- 1,2 Md€ pour A :\n  - 1 Md€ pour A1 ;\n  - 200 M€ pour A2 ;\n- 800 M€ pour B.\n';
      assert.ok(kinds(list).includes('sum=ok'), kinds(list).join());
      assert.deepEqual(codes(list), []);
    });
  });

  describe('parts named without a figure', () => {
    it('does not ask the figures to reach the whole when « le solde » or « le reste » has none', () => {
      assert.deepEqual(codes('L’enveloppe de 2 Md€ se répartit ainsi : 1 Md€ pour A, 500 M€ pour B et le reste pour C.'), []);
      assert.deepEqual(codes('Le plan se répartit ainsi : 30\u202f% pour A, 25\u202f% pour B, le solde pour C.'), []);
      assert.deepEqual(codes('Le plan se répartit ainsi : 70\u202f% pour A, 45\u202f% pour B, le solde pour C.'), ['percent-sum']);
    });

    it('still sums when the rest is given a figure', () => {
      assert.deepEqual(kinds('Le plan se répartit ainsi : 1,2 Md€ pour A, le reste, soit 800 M€, pour B.'), []);
      assert.deepEqual(kinds('L’enveloppe de 2 Md€ se répartit ainsi : 1,2 Md€ pour A et le reste, 800 M€, pour B.'), ['sum=ok']);
    });
  });

  it('keeps loans, grants and tax breaks in one breakdown', () => {
    assert.deepEqual(kinds('Le montant total des aides atteint 4 Md€, dont 1 Md€ de prêts garantis, 2 Md€ de subventions et 500 M€ d’exonérations.'), ['part=ok']);
  });

  describe('shares', () => {
    it('requires complete shares to reach 100 % and any shares to stay under it', () => {
      assert.deepEqual(codes('Les crédits sont répartis à 50 %, 30 % et 20 % entre A, B et C.'.replace(/ %/g, '\u202f%')), []);
      assert.deepEqual(codes('Les crédits sont répartis à 50 %, 30 % et 10 % entre A, B et C.'.replace(/ %/g, '\u202f%')), ['percent-sum']);
      assert.deepEqual(codes('Le plan atteint 2 Md€, dont 60 % pour A et 50 % pour B.'.replace(/ %/g, '\u202f%')), ['percent-sum']);
      assert.deepEqual(codes('Le plan atteint 2 Md€, dont 60 % pour A et 30 % pour B.'.replace(/ %/g, '\u202f%')), []);
    });

    it('accepts rounded shares: 33 + 33 + 33', () => {
      assert.deepEqual(codes('Les crédits sont répartis à 33 %, 33 % et 33 % entre A, B et C.'.replace(/ %/g, '\u202f%')), []);
    });

    it('reads « 1,2 Md€ (60 %) » as a share of the whole, and leaves other percentages alone', () => {
      const text = 'Les 2 Md€ sont répartis entre A (1,2 Md€ (60 %)) et B (800 M€ (40 %)).'.replace(/ %/g, '\u202f%');
      assert.ok(kinds(text).includes('share=ok'));
      assert.deepEqual(codes('L’enveloppe de 2 Md€ se répartit ainsi : 1,2 Md€ financés à 40 % par l’État et 800 M€ pour B.'.replace(/ %/g, '\u202f%')), []);
    });
  });

  describe('« soit … au total »', () => {
    it('sums the parts before it', () => {
      assert.deepEqual(kinds('L’État apporte 1 Md€, les régions 500 M€ et l’Europe 300 M€, soit 1,8 Md€ au total.'), ['sum=ok']);
    });

    it('does not take a restatement of the last part for a total', () => {
      assert.deepEqual(kinds('L’État apporte 1 Md€ et les régions 500 M€, soit 500 millions d’euros.'), []);
    });

    it('reads « soit X » at the end of the clause as a total when X is larger than every part', () => {
      assert.deepEqual(codes('L’État apporte 1 Md€ et les régions 500 M€, soit 2,5 Md€.'), ['sum-mismatch']);
    });
  });

  it('reports every check, consistent ones too, with the fields the code lens reads', () => {
    const r = check('Le plan est doté de 1,8 Md€. Sur ce total, l’État apporte 667 M€, l’Europe 444 M€. Enfin 680 M€ viennent du privé.');
    assert.equal(r.checks.length, 1);
    const c = r.checks[0];
    assert.equal(c.kind, 'sum');
    assert.equal(c.status, 'ok');
    assert.equal(c.unit, 'EUR');
    assert.equal(c.sum, 1791e6);
    assert.equal(c.total.value, 1.8e9);
    assert.deepEqual(c.parts.map((p) => p.value), [667e6, 444e6, 680e6]);
    assert.ok(c.tolerance >= 9e6 && c.tolerance < 100e6, String(c.tolerance));
  });

  it('honours the tolerance setting', () => {
    const text = 'L’enveloppe de 1\u202f000 M€ se répartit ainsi : 600 M€ pour A et 420 M€ pour B.';
    assert.deepEqual(codes(text), ['sum-mismatch']);
    assert.deepEqual(codes(text, { tolerance: 0.05 }), []);
  });
});
