// Figures on hostile and huge input (test:slow; robustness.test.ts has the
// offsets): time stays linear, results stay sound.

import { strict as assert } from 'assert';
import { checkInvariants, figures } from './helpers';
import { recognizeFigures } from '../../../server/src/core/figures/recognize';
import { parseStructure } from '../../../server/src/core/structure';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('figures: hostile and huge input', () => {
  it('a 10 MB digit run finishes fast and yields nothing', () => {
    const text = '9'.repeat(10_000_000) + ' €';
    const t0 = Date.now();
    const r = figures(text);
    assert.equal(r.amounts.length, 0);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });
  it('long runs of groups, dots and figures stay linear', () => {
    for (const text of ['1' + ' 000'.repeat(200_000), '1' + '.1'.repeat(300_000), '3, '.repeat(200_000) + '3 et 4 M€', 'un million '.repeat(100_000), '3 à '.repeat(200_000) + '4 M€']) {
      const t0 = Date.now();
      const r = figures(text);
      checkInvariants(text, r);
      assert.ok(Date.now() - t0 < 4000, `took ${Date.now() - t0} ms on ${JSON.stringify(text.slice(0, 12))}`);
    }
  });
  it('tables, lists and series built to be slow stay linear', () => {
    const inputs = [
      // A header 40 000 columns wide over 40 000 one-cell rows, under a caption unit.
      'En millions d’euros\n\n' + '| a '.repeat(40_000) + '|\n|---|---|---|\n' + '| 1 |\n'.repeat(40_000),
      'Crédits (M€) :\n' + '- poste : 12\n'.repeat(60_000),
      'Le fonds reçoit 3 M€ en 2024' + ', 2 en 2025'.repeat(60_000) + '.',
      'Il verse 3 M€' + ' contre 2 en 2020'.repeat(60_000),
      'Le fonds reçoit 3 M€ en 2024' + ', 4 projets'.repeat(60_000) + ', 2 en 2025.',
      'pourcentage de '.repeat(60_000) + '12',
      'MM '.repeat(200_000) + '3 MM€',
      '42, '.repeat(100_000) + '7 M€',
    ];
    for (const text of inputs) {
      for (const markdown of [true, false]) {
        const t0 = Date.now();
        const r = recognizeFigures(text, parseStructure(text, { markdown }));
        checkInvariants(text, r);
        assert.ok(Date.now() - t0 < 4000, `took ${Date.now() - t0} ms on ${JSON.stringify(text.slice(0, 24))}`);
      }
    }
  });
  it('a 1 MB random-ish input finishes fast with sound results', () => {
    const r = lcg(7);
    const pieces = ['12', ' ', '000', ',', '5', '€', 'M€', 'Md€', 'milliards', 'd’euros', ' et ', ' à ', 'entre ', '%', 'pour cent', '\n', '\n\n', '😀', '\ud800', '.', '-', 'un', 'demi', 'trente', 'près de ', 'EUR', '$', 'k', 'é', '\u00a0', '\u202f', '’', "'", '3.2', 'PIA4', '4e', '|', '| M€ |', '|---|', '- ', ' : ', '(en k€) :', 'contre ', ' en 2024', ' pour l’État', '\u200b', '４', '\\~', 'MM', 'livres', 'centimes', "'500", '^2', '(vingt)'];
    let text = '';
    while (text.length < 1_000_000) text += pieces[Math.floor(r() * pieces.length)];
    const t0 = Date.now();
    const out = figures(text);
    const ms = Date.now() - t0;
    checkInvariants(text, out);
    assert.ok(out.amounts.length > 0);
    assert.ok(ms < 3000, `took ${ms} ms`);
  });
  it('random texts from the figure vocabulary always satisfy the invariants', () => {
    const r = lcg(42);
    const words = ['1', '12', '1 200', '3,5', '0', 'un', 'deux', 'cent', 'mille', 'million', 'milliards', 'Md€', '€', '$', '%', 'de', 'd’', 'euros', 'et', 'à', 'entre', ',', '-', 'plus de', 'près de', '.', '\n', 'demi', 'trentaine', 'EUR', 'k€', 'centimes', '|', '| Coût (M€) |\n|---|\n|', ':\n- ', 'contre', 'en 2025', 'pour', 'sur les', 'économies', 'balles', 'pence', 'FCFA', '42, 7', 'MM€', '(trois)'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const len = 1 + Math.floor(r() * 12);
      for (let i = 0; i < len; i++) text += (r() < 0.8 ? ' ' : '') + words[Math.floor(r() * words.length)];
      checkInvariants(text, figures(text));
      checkInvariants(text, recognizeFigures(text, parseStructure(text, { markdown: false })));
    }
  });
});
