// The difference of two amounts stated as a third (« l’épargne brute s’établit
// donc à … »): the larger is the smaller plus the difference.

import { strict as assert } from 'assert';
import { codes, flagged, kinds } from './helpers';

describe('relations: differences', () => {
  it('checks a saving, a surplus, a deficit or a balance against the two amounts it follows from', () => {
    assert.deepEqual(flagged('Les recettes de la régie atteignent 8,2 M€ et ses charges 7,5 M€ : son excédent s’élève donc à 0,9 M€.'), ['sum-mismatch 8,2 M€']);
    assert.deepEqual(codes('Le budget annexe prévoit 30,4 M€ de recettes et 27,1 M€ de dépenses, soit un solde de 2,3 M€.'), ['sum-mismatch']);
    // Across two sentences of one paragraph.
    assert.deepEqual(codes('Les charges du syndicat montent à 14,6 M€ pour 12,1 M€ de produits. Le déficit atteint donc 1,5 M€.'), ['sum-mismatch']);
    assert.ok(kinds('Les recettes de la régie atteignent 8,2 M€ et ses charges 7,5 M€ : son excédent s’élève donc à 0,7 M€.').includes('sum=ok'));
  });

  it('leaves alone a difference with something else, an addition, or amounts of another basis', () => {
    assert.deepEqual(codes('La commune perçoit 12 M€ de dotations et 8 M€ d’impôts ; l’écart avec l’an passé est donc de 3 M€.'), []);
    assert.deepEqual(codes('Le compte fait apparaître 3,4 M€ de restes à réaliser et 1,9 M€ de recettes, ainsi qu’un excédent reporté de 820 000 €.'), []);
    assert.deepEqual(codes('Le programme ouvre 4,2 M€ en AE et 3,1 M€ en CP : l’écart est donc de 0,6 M€.'), []);
    // No word says the third follows from the first two.
    assert.deepEqual(codes('Les recettes atteignent 22 M€ et les dépenses 19 M€. Le déficit de l’hôpital voisin est de 5 M€.'), []);
  });
  it('reads no balance from a sentence whose two amounts are a part and its whole (a share between them)', () => {
    const items = (d: string) => `- Les dotations, 3,1 M€, forment 40 % des recettes de fonctionnement (7,8 M€).\n- L’épargne brute s’établit ainsi à ${d}.`;
    assert.deepEqual(codes(items('0,9 M€')), []);
    // Receipts and spending said plainly still make one.
    assert.deepEqual(codes('Les recettes atteignent 7,8 M€ et les dépenses 6,9 M€. L’épargne brute s’établit ainsi à 1,4 M€.', false), ['sum-mismatch']);
  });
});
