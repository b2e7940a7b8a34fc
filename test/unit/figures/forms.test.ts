import { strict as assert } from 'assert';
import { expectAmounts, figures, Row } from './helpers';

// Forms a new reader meets in budget notes, reports and press articles. Each
// row: a sentence of our own and the amounts it must yield, in order.
const CASES: [string, string, Row[]][] = [
  // Characters inside numbers
  ['zero-width space inside a number', 'Le fonds reçoit 4\u200b0 M€ cette année.', [['4\u200b0 M€', 4e7]]],
  ['word joiner inside a number', 'Un reliquat de 1\u20602 500 € reste à verser.', [['1\u20602 500 €', 12500]]],
  ['soft hyphen inside a number', 'Le coût final atteint 3\u00ad5 millions d’euros.', [['3\u00ad5 millions d’euros', 3.5e7]]],
  ['full-width digits', 'La ville reçoit ４０ M€ du fonds.', [['４０ M€', 4e7]]],
  ['full-width digits and percent sign', 'Une aide de ２ ５００ € couvre ３０％ du coût.', [['２ ５００ €', 2500]]],
  ['four-per-em space grouping', 'La prime vaut 1\u2005000 € par agent.', [['1\u2005000 €', 1000]]],
  ['punctuation space grouping', 'Le loyer annuel est de 36\u2008400 €.', [['36\u2008400 €', 36400]]],
  ['ideographic space grouping', 'Le devis atteint 7\u3000250 €.', [['7\u3000250 €', 7250]]],
  ['Swiss apostrophe grouping', 'Le canton vote un crédit de CHF 3\'750\'000 pour le gymnase.', [["CHF 3'750'000", 3750000, 'CHF']]],
  ['curly apostrophe grouping with decimals', 'Le solde est de 12’480.50 CHF.', [['12’480.50 CHF', 12480.5, 'CHF']]],
  ['dot grouping of millions', 'Le lot est attribué pour 2.450.000 € TTC.', [['2.450.000 €', 2450000]]],

  // What the money is for, after the figure: the euro unless the paragraph says otherwise
  ['économies', 'La réforme doit dégager 7 milliards d’économies d’ici trois ans.', [['7 milliards', 7e9, 'EUR', { inferred: true }]]],
  ['subventions', 'Les associations ont perçu 48 millions de subventions.', [['48 millions', 4.8e7, 'EUR', { inferred: true }]]],
  ['a determiner before the noun', 'Le syndicat a dépensé 1,02 million de cette subvention.', [['1,02 million', 1.02e6, 'EUR', { inferred: true }]]],
  ['manque à gagner', 'Le Sénat chiffre à 15 milliards le manque à gagner, soit 15 milliards de manque à gagner pour l’État.', [['15 milliards', 1.5e10, 'EUR', { inferred: true }]]],
  ['crédits de paiement', 'La mission ouvre 2,3 milliards de crédits de paiement.', [['2,3 milliards', 2.3e9, 'EUR', { inferred: true }]]],
  ['autorisations d’engagement', 'On compte 410 millions d’autorisations d’engagement.', [['410 millions', 4.1e8, 'EUR', { inferred: true }]]],
  ['recettes fiscales', 'La mesure rapporte 1,1 milliard de recettes fiscales.', [['1,1 milliard', 1.1e9, 'EUR', { inferred: true }]]],
  ['fonds propres', 'La banque apporte 600 millions de fonds propres.', [['600 millions', 6e8, 'EUR', { inferred: true }]]],
  ['dette with an abbreviated scale', 'L’opérateur porte 3,5 Md de dette.', [['3,5 Md', 3.5e9, 'EUR', { inferred: true }]]],
  ['the paragraph’s currency wins', 'Washington a promis 20 milliards de dollars ; 6 milliards de prêts sont déjà signés.', [['20 milliards de dollars', 2e10, 'USD'], ['6 milliards', 6e9, 'USD', { inferred: true }]]],
  ['a money noun before the figure', 'Le pays affiche un déficit commercial de 99 milliards.', [['99 milliards', 9.9e10, 'EUR', { inferred: true }]]],
  ['économies supplémentaires de', 'Des économies supplémentaires de 5 milliards sont attendues.', [['5 milliards', 5e9, 'EUR', { inferred: true }]]],
  ['d’ici à takes the paragraph’s currency', 'Le plan vaut 30 milliards d’euros. Il faudra 9 milliards d’ici à 2030.', [['30 milliards d’euros', 3e10], ['9 milliards', 9e9, 'EUR', { inferred: true }]]],
  ['de plus takes the paragraph’s currency', 'Le projet coûtait 2 M€ ; il faudra 3 millions de plus.', [['2 M€', 2e6], ['3 millions', 3e6, 'EUR', { inferred: true }]]],

  // Elliptical series: scale and currency carry along, the years stay years
  ['dated series', 'Le fonds recevra 1,2 milliard d’euros en 2025, 1,8 en 2026 et 2 en 2027.', [
    ['1,2 milliard d’euros', 1.2e9], ['1,8', 1.8e9, 'EUR', { inferred: true, step: 1e8 }], ['2', 2e9, 'EUR', { inferred: true }],
  ]],
  ['dès + year', 'L’agence touchera 40 M€ dès 2026, 55 dès 2027.', [['40 M€', 4e7], ['55', 5.5e7, 'EUR', { inferred: true }]]],
  ['a split for each partner', 'Le contrat de 90 M€ se répartit ainsi : 45 pour l’État, 30 pour la région et 15 pour le département.', [
    ['90 M€', 9e7], ['45', 4.5e7, 'EUR', { inferred: true }], ['30', 3e7, 'EUR', { inferred: true }], ['15', 1.5e7, 'EUR', { inferred: true }],
  ]],
  ['right after a colon', 'Coût total 12 M€ : 8 pour les travaux, 4 pour les études.', [['12 M€', 1.2e7], ['8', 8e6, 'EUR', { inferred: true }], ['4', 4e6, 'EUR', { inferred: true }]]],
  ['in dollars', 'Le prêt atteint 300 millions de dollars en 2024, 450 en 2025.', [['300 millions de dollars', 3e8, 'USD'], ['450', 4.5e8, 'USD', { inferred: true }]]],
  ['the year first, the next sentence', 'Le syndicat a investi 4,1 millions d’euros en 2022. En 2023, 950 000 ont été engagés.', [['4,1 millions d’euros', 4.1e6], ['950 000', 950000, 'EUR', { inferred: true }]]],
  ['each partner with its own scale', 'Le pôle coûte 53 M€ : la commune 35 millions et le département 18 millions.', [['53 M€', 5.3e7], ['35 millions', 3.5e7, 'EUR', { inferred: true }], ['18 millions', 1.8e7, 'EUR', { inferred: true }]]],
  ['contre: a comparison', 'La dette atteint 980 euros par habitant contre 1 210 pour les villes voisines.', [['980 euros', 980], ['1 210', 1210, 'EUR', { inferred: true }]]],
  ['sur les: a part of a whole', 'Le département a reçu 12 millions d’euros sur les 15 promis.', [['12 millions d’euros', 1.2e7], ['15', 1.5e7, 'EUR', { inferred: true }]]],
  ['a comparison then a dated series', 'Le reste à charge atteint 610 000 euros, contre 420 000 en 2021, puis 380 000 en 2022.', [
    ['610 000 euros', 610000], ['420 000', 420000, 'EUR', { inferred: true }], ['380 000', 380000, 'EUR', { inferred: true }],
  ]],
  ['public money in the sentence: milliards are euros', 'Les dépenses de l’État reculent en 2024 (moins 9 milliards).', [['9 milliards', 9e9, 'EUR', { inferred: true }]]],
  ['the modifier-letter apostrophe', 'Le fonds de 3 M€ couvre 26 millions dʼadresses et 2 milliards dʼeuros de prêts.', [['3 M€', 3e6], ['2 milliards dʼeuros', 2e9]]],
  ['sur les: a whole smaller than its part is something else', 'Le rachat valorise le groupe à 640 millions de francs sur les 45.', [['640 millions de francs', 6.4e8, 'FRF']]],
  ['sur + a duration is not money', 'Le prêt de 3 M€ sur 12 mois est signé, contre 4 projets l’an passé.', [['3 M€', 3e6]]],
  ['counts in a series stay counts', 'La ville a reçu 2 M€ en 2023, 4 projets en 2024 et 3 en 2025 pour 12 communes.', [['2 M€', 2e6]]],
  ['a series stops at a noun', 'Le plan de 10 M€ couvre 3 ans, 4 régions et 12 départements.', [['10 M€', 1e7]]],
  ['a dated figure far away is left alone', 'Le fonds a versé 3 M€ en 2021. Le rapport est paru. En 2024, 40 ont été reçus.', [['3 M€', 3e6]]],

  // Currencies and hundredths
  ['livres after a scale are pounds', 'Le club anglais a été vendu 4 millions de livres.', [['4 millions de livres', 4e6, 'GBP']]],
  ['livres after a small figure', 'Le billet de train coûte environ 85 livres.', [['85 livres', 85, 'GBP', { qualifier: 'approximate' }]]],
  ['FCFA', 'Le budget du Sénégal dépasse 950 milliards de FCFA.', [['950 milliards de FCFA', 9.5e11, 'XOF', { qualifier: 'lower-bound' }]]],
  ['F CFA', 'Le ticket de bus coûte 250 F CFA à Dakar.', [['250 F CFA', 250, 'XOF']]],
  ['CFA alone', 'La prime atteint 75 000 CFA par mois.', [['75 000 CFA', 75000, 'XOF']]],
  ['centimes without a currency: the euro', 'Le kilowattheure augmente de 12 centimes le kilowattheure.', [['12 centimes', 0.12, 'EUR', { inferred: true, step: 0.01 }]]],
  ['centimes in words', 'La taxe passe à douze centimes par litre.', [['douze centimes', 0.12, 'EUR', { inferred: true }]]],
  ['cents take the paragraph’s currency', 'Le contrat est libellé en dollars : 2 M$ plus 35 cents par unité.', [['2 M$', 2e6, 'USD'], ['35 cents', 0.35, 'USD', { inferred: true }]]],
  ['pence', 'L’action cotait 40 pence à Londres.', [['40 pence', 0.4, 'GBP', { step: 0.01 }]]],
  ['un penny', 'Le cours a perdu un penny en séance.', [['un penny', 0.01, 'GBP']]],
  ['pesewas after a scale', 'Le Ghana lève 3 millions de pesewas.', [['3 millions de pesewas', 3e4, 'GHS']]],
  ['rials and riyals', 'Le visa coûte dix rials à Mascate et 300 riyals saoudiens à Riyad.', [['dix rials', 10, 'IRR'], ['300 riyals saoudiens', 300, 'SAR']]],
  ['marks and florins', 'En 1990, le contrat valait 12 millions de marks allemands et 5 millions de florins néerlandais.', [['12 millions de marks allemands', 1.2e7, 'DEM'], ['5 millions de florins néerlandais', 5e6, 'NLG']]],
  ['balles, familiar euros', 'On me demande 20 balles pour un ticket.', [['20 balles', 20, 'EUR', { inferred: true }]]],

  // Compound and restated forms
  ['millions then a grouped number', 'Le marché est notifié pour 2 millions 300 000 euros.', [['2 millions 300 000 euros', 2.3e6, 'EUR', { step: 1 }]]],
  ['un million then a grouped number', 'La halle a coûté 1 million 50 000 euros.', [['1 million 50 000 euros', 1.05e6]]],
  ['digits restated in words', 'Une subvention de 25 000 (vingt-cinq mille) euros est accordée.', [['25 000 (vingt-cinq mille) euros', 25000]]],
  ['words restated in digits', 'Le loyer est fixé à mille deux cents (1 200) euros.', [['mille deux cents (1 200) euros', 1200]]],
  ['restated before the scale', 'L’État apporte trois (3) millions d’euros.', [['trois (3) millions d’euros', 3e6]]],
  ['both ends of a k€ range', 'Une mission coûte de 100k à 300k€ selon la taille.', [['100k', 1e5, 'EUR', { step: 1000 }], ['300k€', 3e5]]],
  ['entre … k et … M€', 'Comptez entre 500k et 2M€ par an.', [['500k', 5e5], ['2M€', 2e6]]],
  ['an escaped approximation', 'Investigation : \\~20k € sur deux mois.', [['20k €', 2e4, 'EUR', { qualifier: 'approximate' }]]],
  ['MM€ is a milliard in French banking', 'La banque a levé 4,5 MM€ de dette.', [['4,5 MM€', 4.5e9]]],
  ['MM€ glossed as millions', 'Montants en MM€ (millions d’euros). Le projet coûte 12 MM€.', [['12 MM€', 1.2e7]]],
  ['$MM is a million', 'The fund closed at $40MM.', [['$40MM', 4e7, 'USD']]],
  ['the milliard itself', 'Le chiffre d’affaires a dépassé la barre du milliard d’euros.', [['milliard d’euros', 1e9, 'EUR', { step: 1e9 }]]],
  ['le million de dollars', 'Il a touché le million de dollars promis.', [['million de dollars', 1e6, 'USD']]],
  ['cents after et', 'Le menu ne coûte que 12 dollars et 40.', [['12 dollars et 40', 12.4, 'USD']]],
  ['a power of ten', 'Le coût est de l’ordre de 10^9 €.', [['10^9 €', 1e9, 'EUR', { qualifier: 'approximate' }]]],

  // Markup that cuts a phrase
  ['bold number then the currency', 'Le conseil vote **12 000** € pour le club.', [['12 000** €', 12000]]],
  ['bold scale', 'Le port obtient 5 **millions** d’euros.', [['5 **millions** d’euros', 5e6]]],
  ['bold figure then de + currency', 'Une aide de *2 milliards* d’euros est prévue.', [['2 milliards* d’euros', 2e9]]],
];

// Numbers next to amounts that must stay what they are: labels, law numbers, dates, phones, pages, notes.
const NEIGHBOURS: [string, string, Row[]][] = [
  ['programme numbers in a series', 'Le programme 363 reçoit 2 Md€ ; le programme 364, 3 Md€.', [['2 Md€', 2e9], ['3 Md€', 3e9]]],
  ['a law number before a series', 'La loi n° 2023-1322 du 29 décembre 2023 ouvre 12 Md€ en 2024, puis 4 en 2025.', [['12 Md€', 1.2e10], ['4', 4e9, 'EUR', { inferred: true }]]],
  ['a phone number before an amount', 'Appelez le 01 23 45 67 89 : l’aide atteint 300 €.', [['300 €', 300]]],
  ['dates between amounts', 'Le 12 mars 2024, 4 M€ ont été versés ; le 3 avril, 2 M€.', [['4 M€', 4e6], ['2 M€', 2e6]]],
  ['a page number and footnote marks', 'Voir page 12 : le coût de 3 M€[1] est confirmé, contre 2 en 2023[^2].', [['3 M€', 3e6], ['2', 2e6, 'EUR', { inferred: true }]]],
  ['an article number after an amount', 'Le fonds de 5 M€ relève de l’article 12, 3e alinéa.', [['5 M€', 5e6]]],
  ['a count in a dated paragraph', 'Le budget atteint 8 M€ en 2023. En 2024, 120 agents ont été recrutés.', [['8 M€', 8e6]]],
  ['years after contre', 'Le plan vaut 3 M€ en 2024 contre 2019 pour le précédent.', [['3 M€', 3e6]]],
];

// Counts stay counts, whatever the paragraph's currency.
const COUNTS: [string, string][] = [
  ['dossiers', 'Le fonds a reçu 40 M€ et 2 millions de dossiers.'],
  ['adresses', 'La base, financée par 3 M€, recense 12,4 millions d’adresses.'],
  ['habitants', 'La région, dotée de 1 Md€, compte 3 millions d’habitants.'],
  ['bold count', 'Le projet a coûté 8 M€ et couvre **12,4 millions** d’adresses.'],
  ['underscored count', 'Le projet a coûté 8 M€ et couvre _3 millions_ de foyers.'],
  ['plus de N ans', 'Le plan de 2 Md€ vise 3 millions de plus de 60 ans.'],
  ['d’ici without a currency anywhere', 'Il faudra 9 milliards d’ici à 2030.'],
  ['une hausse de N without a money word', 'La population a connu une hausse de 2 millions.'],
  ['books in a library', 'La médiathèque a acquis 3 000 livres cette année.'],
  ['books written', 'L’autrice a publié quatre livres depuis 2019.'],
  ['books of a kind', 'Les élèves reçoivent 2 livres de poche.'],
  ['weight', 'La recette demande 2 livres de farine.'],
  ['balls of a sport', 'Le club a commandé 300 balles de tennis.'],
  ['cents as a number word', 'Trois cents personnes ont signé la pétition.'],
  ['a part of a count', 'Le dispositif de 2 Md€ touche 6 millions de foyers, dont 1,5 million en outre-mer.'],
  ['a compound before a count', 'Le plan de 3 M€ concerne 2 millions 300 000 habitants.'],
  ['a compound in words before a count', 'Le restaurant a servi un million deux cent mille repas pour une dépense de 4 M€.'],
  ['des milliards', 'Des milliards d’euros sont en jeu.'],
  ['le million of a count', 'La ville a atteint le million d’habitants.'],
  ['k without the other end', 'Le fichier fait 100k et le serveur 2 Go.'],
  ['a power without a unit', 'La surface vaut 10^6 au total.'],
  ['milliards of people in a money sentence', 'Le budget mondial de la santé concerne 8 milliards de personnes.'],
  ['millions without a noun in a money sentence', 'Le budget de la ville profite à 12 millions.'],
];

describe('figures: forms met in real documents', () => {
  for (const [name, input, rows] of CASES) it(name, () => expectAmounts(input, rows));
  for (const [name, input, rows] of NEIGHBOURS) it(`not money: ${name}`, () => expectAmounts(input, rows));
  for (const [name, input] of COUNTS) {
    it(`a count stays a count: ${name}`, () => {
      const { amounts } = figures(input);
      for (const a of amounts) assert.ok(/€/.test(a.text), `counted ${JSON.stringify(a.text)} as money in ${JSON.stringify(input)}`);
    });
  }
  it('markup gives the same amounts in Markdown and in plain text', () => {
    const text = 'Le site a coûté **3,2 millions** d’euros et touche **12,4 millions** d’adresses ; _800 000_ € sont versés.';
    const md = figures(text, true).amounts.map((a) => [a.text, a.value]);
    const txt = figures(text, false).amounts.map((a) => [a.text, a.value]);
    assert.deepEqual(md, [['3,2 millions** d’euros', 3.2e6], ['800 000_ €', 8e5]]);
    assert.deepEqual(txt, md);
  });
  it('a zero-width space never splits a number into a zero', () => {
    const { amounts } = figures('Le budget passe à 1\u200b0\u200b0 M€.');
    assert.deepEqual(amounts.map((a) => a.value), [1e8]);
  });
  it('a restatement that disagrees is one amount that records the other number, for the checks to compare', () => {
    const [a] = figures('Une aide de 25 000 (vingt mille) euros.').amounts;
    assert.equal(a.value, 25000);
    assert.deepEqual(a.restated && { text: 'Une aide de 25 000 (vingt mille) euros.'.slice(a.restated.start, a.restated.end), value: a.restated.value }, { text: 'vingt mille', value: 20000 });
    assert.equal(figures('Une aide de 25 000 (vingt-cinq mille) euros.').amounts[0].restated, undefined);
    assert.equal(figures('Une aide de deux (3) millions d’euros.').amounts[0].restated?.value, 3e6);
  });
  it('percentages named before their number', () => {
    assert.deepEqual(figures('Il retient un pourcentage de douze.').percentages.map((p) => [p.text, p.value]), [['pourcentage de douze', 12]]);
    assert.deepEqual(figures('Le pourcentage de 20 communes reste stable.').percentages, []);
    assert.deepEqual(figures('Un pourcentage élevé.').percentages, []);
  });
  it('full-width percentages are percentages', () => {
    assert.deepEqual(figures('Le taux atteint ４５％.').percentages.map((p) => p.value), [45]);
  });
});
