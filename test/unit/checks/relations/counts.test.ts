// Relations between counts of things.

import { strict as assert } from 'assert';
import { codes } from './helpers';

describe('relations: counts', () => {
  it('checks shares of a count', () => {
    assert.deepEqual(codes('Sur les 420 lauréats du concours, 68 viennent des outre-mer, soit un dixième des admis.'), ['share-mismatch']);
    assert.deepEqual(codes('Sur les 420 lauréats du concours, 42 viennent des outre-mer, soit un dixième des admis.'), []);
    assert.deepEqual(codes('Fin 2024, 870 des 2 900 communes n’avaient pas la fibre, soit 35 % d’entre elles.'), ['share-mismatch']);
  });

  it('checks parts of a count', () => {
    assert.deepEqual(codes('Le rectorat crée 412 postes, qui se répartissent entre les écoles (186), les collèges (143) et les lycées (121).'), ['sum-mismatch']);
    assert.deepEqual(codes('Le rectorat crée 450 postes, qui se répartissent entre les écoles (186), les collèges (143) et les lycées (121).'), []);
    assert.deepEqual(codes('Le département compte 2,6 millions d’habitants, dont 1,9 million dans la métropole et 900 000 dans l’agglomération.'), ['sum-mismatch']);
  });

  it('never reads years, article numbers or durations as counts', () => {
    assert.deepEqual(codes('Depuis 2018, l’article 12 de la loi du 3 mars 2020 a été appliqué 24 fois, soit 40 % des cas.'), []);
  });

  it('reads the counts after « dont » as parts whatever their nouns, up to « contre »', () => {
    assert.deepEqual(codes('Les urgences ont enregistré 58 300 passages en 2024, dont 41 900 adultes et 22 600 enfants, contre 55 100 passages en 2023.'), ['sum-mismatch']);
    assert.deepEqual(codes('Les urgences ont enregistré 58 300 passages en 2024, dont 35 900 adultes et 22 400 enfants, contre 55 100 passages en 2023.'), []);
  });

  it('counts the items a distribution enumerates, whatever noun names each', () => {
    const text = (a: string) => `Les 140 embauches de l’année se répartissent ainsi : 81 infirmiers, ${a} aides-soignants et 17 brancardiers.`;
    assert.deepEqual(codes(text('48')), ['sum-mismatch']);
    assert.deepEqual(codes(text('42')), []);
  });
});
