import { strict as assert } from 'assert';
import { expectAmounts, figures } from './helpers';

describe('figures: ranges and enumerations', () => {
  it('entre … et … borrows scale and currency', () => {
    expectAmounts('Le coût est estimé entre 2 et 3 milliards d’euros.', [['2', 2e9, 'EUR', { step: 1e9 }], ['3 milliards d’euros', 3e9]]);
    const { amounts } = figures('Le coût est estimé entre 2 et 3 milliards d’euros.');
    assert.deepEqual(amounts[0].range, { role: 'low', other: 1 });
    assert.deepEqual(amounts[1].range, { role: 'high', other: 0 });
  });
  it('de … à …', () => {
    expectAmounts('Chaque lot vaut de 10 à 15 millions d’euros.', [['10', 1e7], ['15 millions d’euros', 1.5e7]]);
    assert.equal(figures('Chaque lot vaut de 10 à 15 millions d’euros.').amounts[0].range?.role, 'low');
  });
  it('… à … without de', () => {
    expectAmounts('Il faudra 3 à 4 milliards d’euros dès 2026.', [['3', 3e9], ['4 milliards d’euros', 4e9]]);
  });
  it('repeated scale: de 6 milliards à 7 milliards d’euros', () => {
    expectAmounts('La facture passera de 6 milliards à 7 milliards d’euros.', [['6 milliards', 6e9], ['7 milliards d’euros', 7e9]]);
    const { amounts } = figures('La facture passera de 6 milliards à 7 milliards d’euros.');
    assert.equal(amounts[0].scale?.text, 'milliards');
    assert.equal(amounts[0].range?.other, 1);
  });
  it('a range whose currency comes from the paragraph shares it with both ends', () => {
    const text = 'Le plan mobilise 3 Md€, dont 1 à 2 milliards pour la recherche.';
    expectAmounts(text, [['3 Md€', 3e9], ['1', 1e9, 'EUR', { inferred: true }], ['2 milliards', 2e9, 'EUR', { inferred: true }]]);
    const { amounts } = figures(text);
    assert.equal(amounts[1].currencyInferred, true);
    assert.equal(amounts[2].currencyInferred, true);
    assert.deepEqual(amounts[1].range, { role: 'low', other: 2 });
  });
  it('an enumeration whose currency comes from the paragraph', () => {
    const { amounts } = figures('L’État engage 2 millions d’euros. Puis 667, 444 et 680 millions suivent.');
    assert.deepEqual(
      amounts.map((a) => [a.text, a.value, a.currencyInferred]),
      [['2 millions d’euros', 2e6, false], ['667', 6.67e8, true], ['444', 4.44e8, true], ['680 millions', 6.8e8, true]],
    );
  });
  it('35 à 40 Mds Eur', () => {
    expectAmounts('Le besoin est de 35 à 40 Mds Eur.', [['35', 3.5e10], ['40 Mds Eur', 4e10]]);
  });
  it('dash range', () => {
    expectAmounts('Les travaux coûteront 3-4 Md€.', [['3', 3e9], ['4 Md€', 4e9]]);
    expectAmounts('Un coût de 10 – 20 € par élève.', [['10', 10], ['20 €', 20]]);
  });
  it('both ends with their own currency', () => {
    const { amounts } = figures('Le ticket coûtera entre 10 € et 20 € selon la zone.');
    assert.equal(amounts.length, 2);
    assert.equal(amounts[0].range?.role, 'low');
    assert.equal(amounts[1].range?.role, 'high');
  });
  it('a large low end keeps its own magnitude', () => {
    expectAmounts('Le loyer varie de 500 000 à 2 millions d’euros.', [['500 000', 500000], ['2 millions d’euros', 2e6]]);
  });
  it('a decrease still shares the unit but is not a range', () => {
    const { amounts } = figures('Le déficit passe de 5 à 4 milliards d’euros.');
    assert.equal(amounts.length, 2);
    assert.equal(amounts[0].value, 5e9);
    assert.equal(amounts[0].range, undefined);
  });
  it('a year before à is not a range end', () => {
    expectAmounts('Le fonds passera en 2026 à 3 milliards d’euros.', [['3 milliards d’euros', 3e9]]);
  });
  it('years in a range are not money', () => {
    expectAmounts('Entre 2021 et 2027, 30 Md€ seront investis.', [['30 Md€', 3e10]]);
  });
  it('enumeration sharing one unit', () => {
    expectAmounts('Les trois volets reçoivent 667, 444 et 680 millions d’euros.', [
      ['667', 6.67e8, 'EUR', { step: 1e6 }],
      ['444', 4.44e8],
      ['680 millions d’euros', 6.8e8],
    ]);
    const { amounts } = figures('Les trois volets reçoivent 667, 444 et 680 millions d’euros.');
    assert.ok(amounts.every((a) => !a.currencyInferred && !a.range));
  });
  it('enumeration with ou', () => {
    expectAmounts('Le prix sera de 2, 3 ou 5 €.', [['2', 2], ['3', 3], ['5 €', 5]]);
  });
  it('enumeration of scaled figures borrows the currency only', () => {
    expectAmounts('On prévoit 6 milliards, 7 milliards et 8 milliards d’euros.', [['6 milliards', 6e9], ['7 milliards', 7e9], ['8 milliards d’euros', 8e9]]);
  });
  it('a comma alone does not make an enumeration', () => {
    expectAmounts('En 2021, 300 millions d’euros ont été versés.', [['300 millions d’euros', 3e8]]);
    expectAmounts('Pour les 12, 300 M€ sont prévus.', [['300 M€', 3e8]]);
  });
  it('a year joined by et keeps its meaning', () => {
    expectAmounts('En 2022 et 300 millions d’euros plus tard, rien.', [['300 millions d’euros', 3e8]]);
  });
  it('a label joined by et is not money', () => {
    expectAmounts('Le programme 424 et 300 millions d’euros de crédits.', [['300 millions d’euros', 3e8]]);
  });
  it('a count in a range stays a count', () => {
    expectAmounts('Entre 2 millions et 3 millions de visiteurs sont attendus.', []);
  });
});

describe('figures: currency from context', () => {
  it('carries the currency to a later scaled figure in the same paragraph', () => {
    expectAmounts('L’Europe apporte 444 millions d’euros. Enfin 680 millions seront abondés par le privé.', [
      ['444 millions d’euros', 4.44e8],
      ['680 millions', 6.8e8, 'EUR', { inferred: true }],
    ]);
  });
  it('takes the nearest earlier currency', () => {
    expectAmounts('Un prêt de 20 millions de dollars, puis 5 millions d’euros. Ensuite 3 millions suivront.', [
      ['20 millions de dollars', 2e7, 'USD'],
      ['5 millions d’euros', 5e6],
      ['3 millions', 3e6, 'EUR', { inferred: true }],
    ]);
  });
  it('takes a later currency in the same sentence', () => {
    expectAmounts('Dont 300 millions pour l’État et 200 M€ pour les régions.', [
      ['300 millions', 3e8, 'EUR', { inferred: true }],
      ['200 M€', 2e8],
    ]);
  });
  it('takes a later currency from the next sentence, never from further on', () => {
    expectAmounts('Le plan prévoit 300 millions. Les régions ajoutent 200 M€.', [
      ['300 millions', 3e8, 'EUR', { inferred: true }],
      ['200 M€', 2e8],
    ]);
    expectAmounts('Le plan prévoit 300 millions. Le calendrier suit. Les régions ajoutent 200 M€.', [['200 M€', 2e8]]);
  });
  it('never crosses a paragraph break', () => {
    expectAmounts('Le fonds gère 3 Md€.\n\nLa ville compte 2 millions.', [['3 Md€', 3e9]]);
  });
  it('past a paragraph break, lends the section’s currency only to a figure whose words make it money', () => {
    // Whose money (« du FARE », « de la stratégie »), what for (« pour refaire »), a sentence naming debt or credits.
    expectAmounts('Le fonds est doté de 500 M€.\n\n« Avec les 600 millions du FARE, les maires agiront vite. »', [
      ['500 M€', 5e8],
      ['600 millions', 6e8, 'EUR', { inferred: true }],
    ]);
    expectAmounts('Nous investissons 6 millions d’euros.\n\nLa voirie en prend 2,6 millions pour refaire la route du bourg.', [
      ['6 millions d’euros', 6e6],
      ['2,6 millions', 2.6e6, 'EUR', { inferred: true }],
    ]);
    expectAmounts('Le plan vaut 40 millions de dollars.\n\nLes 12 millions restants rembourseront la dette.', [
      ['40 millions de dollars', 4e7, 'USD'],
      ['12 millions', 1.2e7, 'USD', { inferred: true }],
    ]);
  });
  it('past a paragraph break, leaves counts and other sections alone', () => {
    expectAmounts('Le fonds gère 3 Md€.\n\nLa région compte 2 millions d’habitants.', [['3 Md€', 3e9]]);
    expectAmounts('Le fonds gère 3 Md€.\n\nLes 2 millions de la population active sont concernés.', [['3 Md€', 3e9]]);
    // A heading opens a section of its own: the currency of the one before does not reach it.
    expectAmounts('# Le fonds\n\nLe fonds gère 3 Md€.\n\n# La région\n\nLes 2 millions du Grand Est pour la route.', [['3 Md€', 3e9]]);
  });
  it('works across list items of one list', () => {
    expectAmounts('- volet 1 : 400 M€\n- volet 2 : 250 millions', [['400 M€', 4e8], ['250 millions', 2.5e8, 'EUR', { inferred: true }]]);
  });
  it('never turns a count into money', () => {
    expectAmounts('Le musée a coûté 30 M€ et attire 2 millions de visiteurs.', [['30 M€', 3e7]]);
    expectAmounts('La région verse 5 M€ pour 1,8 million d’habitants.', [['5 M€', 5e6]]);
    expectAmounts('Pour 10 M€, on traite 400 millions de tonnes.', [['10 M€', 1e7]]);
  });
  it('needs a scale word', () => {
    expectAmounts('Le fonds gère 3 Md€ et finance 23 projets.', [['3 Md€', 3e9]]);
  });
  it('does not infer without any currency in the paragraph', () => {
    expectAmounts('La France compte 68 millions d’habitants et 36 000 communes, soit 2 millions.', []);
  });
});
