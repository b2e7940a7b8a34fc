// Two amounts for one name: the same period, scope, basis and purpose only.

import { strict as assert } from 'assert';
import { codes } from './helpers';

describe('relations: claims on names', () => {
  it('flags a name given two amounts, whatever the phrasing', () => {
    assert.deepEqual(codes('Le plan « Cap Littoral », doté de 1,5 Md€, finance les digues. Le plan « Cap Littoral » et ses 1,2 Md€ doivent protéger les côtes.'), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds régional d’aide à la presse bénéficie de 45 M€ en 2025. Pour cette année, les 54 M€ du fonds régional d’aide à la presse seront répartis.'), ['figure-conflict']);
    assert.deepEqual(codes('L’ANR disposera en 2025 d’un budget de 1,2 milliard d’euros. Avec 1,4 milliard d’euros en 2025, l’ANR pourra financer plus de projets.'), ['figure-conflict']);
  });

  it('keeps apart different years, an envelope and its year, AE and CP, different purposes', () => {
    assert.deepEqual(codes('Doté de 2 milliards d’euros en 2023, le Fonds vert atteint 2,5 milliards d’euros en 2024.'), []);
    assert.deepEqual(codes('Le PIA4 est doté de 20 Md€ sur cinq ans. En 2024, le PIA4 est doté de 4 Md€.'), []);
    assert.deepEqual(codes('Le programme 362 est doté de 4,8 Md€ en autorisations d’engagement. En crédits de paiement, le programme 362 dispose de 3,1 Md€.'), []);
    assert.deepEqual(codes('La région Bretagne reçoit 5 M€ pour les routes. La région Bretagne reçoit 3 M€ pour les écoles.'), []);
  });

  it('reads a hedge that restates the same figure as agreeing', () => {
    assert.deepEqual(codes('Le programme Petites villes de demain est doté de 3 milliards d’euros. Avec près de 3 milliards d’euros, Petites villes de demain accompagne 1 600 communes.'), []);
  });
});
