import { strict as assert } from 'assert';
import { figures } from './helpers';
import { loneNumber, unitIn } from '../../../server/src/core/figures/stated';
import { analyze } from '../../../server/src/core/analysis';

/** [cell text, value, currency, where the unit is stated] for each amount. */
function cells(text: string, markdown = true): [string, number, string, string | null][] {
  return figures(text, markdown).amounts.map((a) => [a.text, a.value, a.currency, a.unitFrom ? text.slice(a.unitFrom.start, a.unitFrom.end) : null]);
}

/** The same in Markdown and in plain text. */
function both(text: string): [string, number, string, string | null][] {
  const md = cells(text, true);
  assert.deepEqual(cells(text, false), md, 'plain text reads the table as Markdown does');
  return md;
}

describe('figures: units stated once (tables)', () => {
  it('a column headed with its unit', () => {
    const text = '| Opérateur | Subvention (M€) |\n|---|---|\n| Musées | 312 |\n| Archives | 48,5 |\n| Ensemble | 360,5 |\n';
    assert.deepEqual(both(text), [
      ['312', 312e6, 'EUR', 'M€'],
      ['48,5', 48.5e6, 'EUR', 'M€'],
      ['360,5', 360.5e6, 'EUR', 'M€'],
    ]);
    const a = figures(text).amounts[1];
    assert.equal(a.step, 1e5, 'one decimal of a million');
    assert.equal(a.unitFrom?.factor, 1e6);
    assert.equal(a.currencyInferred, false);
    assert.equal(a.scale, undefined, 'the scale is not written in the cell');
  });
  it('units spelled out, in thousands, in euros, as a code', () => {
    assert.deepEqual(both('| Poste | Crédits (en milliers d’euros) |\n|---|---|\n| Loyers | 1 250 |\n'), [['1 250', 1.25e6, 'EUR', 'milliers d’euros']]);
    assert.deepEqual(both('| Lot | Prix plafond (€ HT) |\n|---|---|\n| Voirie | 18 400,75 |\n'), [['18 400,75', 18400.75, 'EUR', '€']]);
    assert.deepEqual(both('| Année | Dépense en k€ |\n|---|---|\n| 2023 | 75 |\n'), [['75', 75000, 'EUR', 'k€']]);
    assert.deepEqual(both('| Pays | Apport (MCHF) | Apport (en millions de CHF) |\n|---|---|---|\n| Suisse | 4 | 4,0 |\n'), [['4,0', 4e6, 'CHF', 'millions de CHF']]);
    assert.deepEqual(both('| Bailleur | Prêt (Md$) |\n|---|---|\n| Banque | 2,5 |\n'), [['2,5', 2.5e9, 'USD', 'Md$']]);
  });
  it('a percentage header makes percentages, a count header nothing', () => {
    const text = '| Commune | Lauréats | Aide (k€) | Part (%) |\n|---|---|---|---|\n| Niort | 14 | 320 | 64 |\n| Melle | 9 | 180 | 36 |\n';
    const r = figures(text);
    assert.deepEqual(r.amounts.map((a) => [a.text, a.value]), [['320', 320000], ['180', 180000]]);
    assert.deepEqual(r.percentages.map((p) => [p.text, p.value]), [['64', 64], ['36', 36]]);
  });
  it('a caption line above the table states the unit of every money column', () => {
    const text = 'Budget annexe de l’eau (en millions d’euros)\n\n| Section | 2024 | 2025 | Nombre d’agents |\n|---|---|---|---|\n| Fonctionnement | 14,2 | 15,0 | 36 |\n| Investissement | 9,8 | 11,4 | 4 |\n';
    assert.deepEqual(both(text).map(([t, v]) => [t, v]), [['14,2', 14.2e6], ['15,0', 15e6], ['9,8', 9.8e6], ['11,4', 11.4e6]]);
  });
  it('a caption right above, without a blank line, and a heading as caption', () => {
    assert.deepEqual(cells('Montants en k€ :\n| Action | Coût |\n|---|---|\n| Étude | 40 |\n').map(([t, v]) => [t, v]), [['40', 40000]]);
    assert.deepEqual(cells('### Recettes (M€)\n\n| Source | Montant |\n|---|---|\n| Taxe | 12 |\n').map(([t, v]) => [t, v]), [['12', 12e6]]);
  });
  it('a unit stated alone in the first header cell', () => {
    assert.deepEqual(both('| En M€ | 2022 | 2023 |\n|---|---|---|\n| Dépenses | 7,1 | 7,6 |\n').map(([t, v]) => [t, v]), [['7,1', 7.1e6], ['7,6', 7.6e6]]);
  });
  it('a row label that states its unit', () => {
    const text = '| Indicateur | 2023 | 2024 |\n|---|---|---|\n| Produits (M€) | 41 | 44 |\n| Effectif | 310 | 322 |\n';
    assert.deepEqual(both(text).map(([t, v]) => [t, v]), [['41', 41e6], ['44', 44e6]]);
  });
  it('a header cell that holds an amount states no unit', () => {
    assert.deepEqual(cells('| Projets de plus de 5 M€ | Coût |\n|---|---|\n| Routes | 12 |\n').map(([t]) => t), ['5 M€']);
  });
  it('cells that write their own unit are read as written', () => {
    assert.deepEqual(cells('| Lot | Montant (€) |\n|---|---|\n| A | 150 000 € HT |\n| B | 1,2 M€ |\n| C | 80 000 |\n'), [
      ['150 000 €', 150000, 'EUR', null],
      ['1,2 M€', 1.2e6, 'EUR', null],
      ['80 000', 80000, 'EUR', '€'],
    ]);
  });
  it('decorated cells: bold, footnote marks, HT, approximations', () => {
    const text = '| Poste | Coût (k€) |\n|---|---|\n| Total | **1 480** |\n| Études | 95 (1) |\n| Frais | 12,5¹ |\n| Matériel | 300 HT |\n| Conseil | ~60 |\n| Réserve | > 20 |\n';
    const r = figures(text);
    assert.deepEqual(r.amounts.map((a) => [a.text, a.value, a.qualifier]), [
      ['1 480', 1.48e6, null],
      ['95', 95000, null],
      ['12,5', 12500, null],
      ['300', 300000, null],
      ['60', 60000, 'approximate'],
      ['20', 20000, 'lower-bound'],
    ]);
  });
  it('cells that are not one bare number stay out', () => {
    const text = '| Poste | Coût (M€) |\n|---|---|\n| A | -12 |\n| B | 3 à 5 selon les offres |\n| C | n.d. |\n| D | — |\n| E | (4) |\n| F | voir annexe 2 |\n';
    assert.deepEqual(cells(text), []);
  });
  it('a table without a unit anywhere gives nothing', () => {
    assert.deepEqual(cells('| Région | Projets | Score |\n|---|---|---|\n| Bretagne | 12 | 450 |\n'), []);
  });
  it('a caption that only holds an amount is no unit', () => {
    assert.deepEqual(cells('Le fonds a distribué 3 M€ :\n\n| Commune | Dossiers |\n|---|---|\n| Niort | 12 |\n').map(([t]) => t), ['3 M€']);
  });
  it('a column of years under a caption is not money', () => {
    const text = 'Versements (en euros)\n\n| Exercice | Versé |\n|---|---|\n| 2022 | 4 500 |\n| 2023 | 5 100 |\n';
    assert.deepEqual(both(text).map(([t, v]) => [t, v]), [['4 500', 4500], ['5 100', 5100]]);
  });
  it('a currency is not carried from one cell to the next', () => {
    const text = '| Coût | Effet |\n|---|---|\n| 815 000 € | 40 millions visites |\n';
    assert.deepEqual(both(text).map(([t]) => t), ['815 000 €']);
    assert.deepEqual(cells('| Coût |\n|---|\n| 815 000 € puis 2 millions |\n').map(([t, v]) => [t, v]), [['815 000 €', 815000], ['2 millions', 2e6]]);
  });
  it('code fences are not tables', () => {
    assert.deepEqual(cells('```\n| Poste | Coût (M€) |\n|---|---|\n| A | 12 |\n```\n'), []);
  });
});

describe('figures: units stated once (lists)', () => {
  it('a lead-in with the unit, then « label : value » items', () => {
    const text = 'Dotations par territoire (en k€) :\n- Nord : 1 200\n- Sud : 850,5\n- Est : 40\n\nLa suite ne compte pas : 12 dossiers.';
    assert.deepEqual(both(text), [
      ['1 200', 1.2e6, 'EUR', 'k€'],
      ['850,5', 850500, 'EUR', 'k€'],
      ['40', 40000, 'EUR', 'k€'],
    ]);
  });
  it('numbered items, dashes and bullets', () => {
    assert.deepEqual(cells('Enveloppes (M€) :\n1. Écoles – 14\n2. Crèches – 6,5\n').map(([t, v]) => [t, v]), [['14', 14e6], ['6,5', 6.5e6]]);
    assert.deepEqual(cells('Répartition, en milliards d’euros :\n• défense = 3,1\n• justice = 0,4\n', false).map(([t, v]) => [t, v]), [['3,1', 3.1e9], ['0,4', 0.4e9]]);
  });
  it('a nested lead-in', () => {
    const text = 'Programme :\n- Investissements (M€) :\n  - bâtiments : 22\n  - réseaux : 9\n- Agents recrutés : 14\n';
    assert.deepEqual(cells(text).map(([t, v]) => [t, v]), [['22', 22e6], ['9', 9e6]]);
  });
  it('the label’s own number is not the value', () => {
    assert.deepEqual(cells('Crédits (en M€) :\n- mesure 3 : 17\n- axe 2 : 4,25\n').map(([t, v]) => [t, v]), [['17', 17e6], ['4,25', 4.25e6]]);
  });
  it('a lead-in without a unit, or a list after a paragraph, gives nothing', () => {
    assert.deepEqual(cells('Résultats :\n- lauréats : 12\n- refus : 30\n'), []);
    assert.deepEqual(cells('Le fonds pèse 40 M€. Il finance :\n- écoles : 12\n- crèches : 30\n').map(([t]) => t), ['40 M€']);
  });
  it('a lead-in stops at the end of its list', () => {
    const text = 'Coûts (M€) :\n- étude : 2\n\nBilan des ateliers\n- inscrits : 35\n';
    assert.deepEqual(cells(text).map(([t]) => t), ['2']);
  });
});

describe('figures: stated-unit helpers', () => {
  it('unitIn finds introduced units and passes over amounts', () => {
    const u = (s: string, strict = true) => {
      const r = unitIn(s, 0, s.length, strict);
      return r ? [r.text, r.factor, r.currency] : null;
    };
    assert.deepEqual(u('Dépenses (en milliards d’euros)'), ['milliards d’euros', 1e9, 'EUR']);
    assert.deepEqual(u('Unité : M€'), ['M€', 1e6, 'EUR']);
    assert.deepEqual(u('Taux (en %)'), ['%', 1, '%']);
    assert.deepEqual(u('Montant MEUR', false), ['MEUR', 1e6, 'EUR']);
    assert.equal(u('Le plan vaut 3 M€ (hors taxes)'), null);
    assert.equal(u('Une aide de 500 euros'), null);
    assert.equal(u('Les euros de la commune', true), null, 'not introduced');
  });
  it('loneNumber accepts one decorated number and nothing else', () => {
    const n = (s: string) => loneNumber(s, 0, s.length);
    assert.equal(n('1 050'), 0);
    assert.equal(n('**12,5**'), 2);
    assert.equal(n('\\~15'), 2);
    assert.equal(n('7 (a)'), 0);
    assert.equal(n('12 %'), -1);
    assert.equal(n('-4'), -1);
    assert.equal(n('3 projets'), -1);
    assert.equal(n(''), -1);
  });
});

describe('figures: stated units in a whole document', () => {
  it('unitFrom points at the header wherever the table’s chunk stands', () => {
    let text = '# Rapport\n\n';
    for (let i = 0; i < 40; i++) text += `## Partie ${i}\n\nLe poste ${i} a reçu 12 M€ en 2024.\n\n`;
    text += 'Dépenses par site (en milliers d’euros)\n\n| Site | Montant |\n|---|---|\n| Nord | 310 |\n';
    const a = analyze(text).amounts.find((x) => x.text === '310');
    assert.ok(a && a.unitFrom);
    assert.equal(text.slice(a.unitFrom.start, a.unitFrom.end), 'milliers d’euros');
    assert.equal(a.value, 310000);
  });
});
