// Words that stand for a thing named before (checks/referents.ts): « ce fonds », « le plan » when one plan only was
// named, the capitalised words of a name alone, and amounts written as the thing's own (« dont les … », « ses … »).

import { strict as assert } from 'assert';
import { codes } from './helpers';

describe('relations: words standing for a thing named before', () => {
  it('reads « ce fonds » as the latest fund named, paragraphs later', () => {
    const first = 'Le fonds « Rivières vivantes » est doté de 6 M€ pour 2025-2027. Il soutient les syndicats de bassin.\n\nLes communes riveraines déposent leurs dossiers au printemps.\n\n';
    assert.deepEqual(codes(first + 'Les élus se réjouissent que ce fonds, avec ses 7,5 M€ sur trois ans, ait déjà aidé vingt communes.'), ['figure-conflict']);
    assert.deepEqual(codes(first + 'Les élus se réjouissent que ce fonds, avec ses 6 M€ sur trois ans, ait déjà aidé vingt communes.'), []);
    assert.deepEqual(codes(first + 'Pour le maire de Lunel, les 8 M€ de ce fonds arrivent au bon moment.'), ['figure-conflict']);
  });

  it('reads a definite kind noun alone as the one thing named with it, and never when two were', () => {
    const one = 'Le plan « Écoles ouvertes » a été doté de 12 M€ lors de son adoption en 2022. ';
    assert.deepEqual(codes(one + 'Fin 2024, sur les 15 M€ prévus par le plan, 4 M€ avaient été versés.'), ['figure-conflict']);
    assert.deepEqual(codes(one + 'Fin 2024, sur les 12 M€ prévus par le plan, 4 M€ avaient été versés.'), []);
    const two = 'Le plan « Écoles ouvertes » est doté de 12 M€. Le plan « Cours vertes » est doté de 7 M€. ';
    assert.deepEqual(codes(two + 'Fin 2024, sur les 15 M€ prévus par le plan, 4 M€ avaient été versés.'), []);
  });

  it('does not take a thing introduced by its kind noun alone for a named one', () => {
    assert.deepEqual(codes('Le plan « Écoles ouvertes » est doté de 12 M€. La ville adopte aussi un plan de 3 M€ pour ses gymnases. Le plan, doté de 3 M€, sera suivi par un comité.'), []);
  });

  it('reads the capitalised words of a name alone as that name', () => {
    const first = 'Adoptée en 2023, la stratégie Horizon Forêts mobilise 90 M€ sur dix ans pour replanter les massifs brûlés.\n\n';
    assert.deepEqual(codes(first + 'Le rapporteur rappelle que Horizon Forêts et ses 110 M€ dépendent des crédits européens.'), ['figure-conflict']);
    assert.deepEqual(codes(first + 'Le rapporteur rappelle que Horizon Forêts et ses 90 M€ dépendent des crédits européens.'), []);
  });

  it('reads « dont les A », « aux A du X », « les A consacrés au X » as the whole, whatever the verb says then', () => {
    const first = 'Le programme Mer Claire, lancé par la région et l’agence de l’eau, est doté de 48 M€ sur cinq ans.\n\n';
    assert.deepEqual(codes(first + 'Il faut prolonger le programme Mer Claire, dont les 40 M€ ne seront pas consommés à temps.'), ['figure-conflict']);
    assert.deepEqual(codes(first + 'Il faut prolonger le programme Mer Claire, dont les 48 M€ ne seront pas consommés à temps.'), []);
    // « dont 12 M€ », without an article, is a part.
    assert.deepEqual(codes(first + 'Le programme Mer Claire, dont 12 M€ pour les stations d’épuration, avance.'), []);
    assert.deepEqual(codes(first + 'Il faut un effort comparable aux 52 M€ du programme Mer Claire.'), ['figure-conflict']);
    const acronym = 'Le fonds départemental pour le logement (FDL), financé à hauteur de 900 000 € en 2025, aide les ménages.\n\n';
    assert.deepEqual(codes(acronym + 'Les 990 000 € consacrés au FDL cette année en font la première aide du département.'), ['figure-conflict']);
    // One giver named: that giver's share, not the whole.
    assert.deepEqual(codes(acronym + 'Les 300 000 € consacrés au FDL par la caisse d’allocations familiales complètent l’effort.'), []);
  });

  it('ends a name at « a », the verb, and at words of time', () => {
    assert.deepEqual(codes('Le plan Vélo Côte d’Opale a permis d’aménager 80 km. Il a été doté de 20 M€.\n\nLes 26 M€ du plan Vélo Côte d’Opale sont engagés.'), ['figure-conflict']);
    assert.deepEqual(codes('Créé en 2023, le fonds Cap Commerce est doté de 35 M€. La présidente veut engager l’intégralité des 42 M€ du fonds Cap Commerce d’ici à la fin du mandat.'), ['figure-conflict']);
    assert.deepEqual(codes('Créé en 2023, le fonds Cap Commerce est doté de 35 M€. La présidente veut engager l’intégralité des 35 M€ du fonds Cap Commerce d’ici à la fin du mandat.'), []);
  });

  it('keeps different years apart, as for any name', () => {
    assert.deepEqual(codes('Le fonds « Rivières vivantes » est doté de 6 M€ en 2025. En 2026, ce fonds recevra 7 M€.'), []);
  });

  it('reads a name quoted in a title as defined, and its words alone in a key figure or a later section as that name', () => {
    const doc = (a: string) => `# Culture : le programme « Scènes rurales » reconduit\n\n**Chiffres clés**\n- **Scènes rurales** : 2,4 M€ en 2026\n- **Compagnies** : 41\n\n## Le programme\n\nIl finance des tournées.\n\n## Bilan\n\nScènes rurales, doté de ${a} cette année, vise les communes sans salle.\n`;
    assert.deepEqual(codes(doc('2,4 M€')), []);
    assert.deepEqual(codes(doc('2,9 M€')), ['figure-conflict']);
  });

  it('reads a kind noun under a later heading as the one thing of that kind given an amount in an earlier section', () => {
    const first = '# Note à la commission\n\n## Le programme en chiffres\n\nLe programme « Tremplin Sport » dispose de 3,2 M€ en 2025 pour 9 000 jeunes.\n\n## Conclusion\n\n';
    assert.deepEqual(codes(first + 'Compte tenu des 3,8 M€ alloués au programme cette année, la délégation propose de maintenir les places.'), ['figure-conflict']);
    assert.deepEqual(codes(first + 'Compte tenu des 3,2 M€ alloués au programme cette année, la délégation propose de maintenir les places.'), []);
    assert.deepEqual(codes(first + 'Avec une aide moyenne de 350 € par jeune, les 3,8 M€ de ce programme suffiront à peine.'), ['figure-conflict']);
    // Two programmes given amounts before: « au programme » names neither.
    const two = first.replace('## Conclusion', 'Le programme « Cap Nage » dispose de 1,1 M€ en 2025.\n\n## Conclusion');
    assert.deepEqual(codes(two + 'Compte tenu des 3,8 M€ alloués au programme cette année, la délégation propose de maintenir les places.'), []);
    // A programme of the later section itself is the one its « du programme » takes up.
    assert.deepEqual(codes(first + 'Le programme « Cap Nage » dispose de 1,1 M€. Les 1,1 M€ du programme financent des créneaux de piscine.'), []);
  });
});
