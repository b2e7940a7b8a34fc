import { expectPercentages } from './helpers';

describe('figures: percentages', () => {
  const CASES: [string, string, [string, number, ('approximate' | 'lower-bound' | 'upper-bound' | null)?, number?][]][] = [
    ['spaced', 'Le taux de réalisation atteint 69 % fin juin.', [['69 %', 69, null, 1]]],
    ['glued', 'Le taux de réalisation atteint 69% fin juin.', [['69%', 69]]],
    ['decimal', 'L’inflation ressort à 12,5 % sur un an.', [['12,5 %', 12.5, null, 0.1]]],
    ['no-break space', 'Une hausse de 3,2\u00a0% est votée.', [['3,2\u00a0%', 3.2]]],
    ['narrow no-break space', 'Une baisse de 7\u202f% est constatée.', [['7\u202f%', 7]]],
    ['words', 'Soixante pour cent des communes sont couvertes.', [['Soixante pour cent', 60]]],
    ['digits pour cent', 'Environ 40 pour cent des crédits sont gelés.', [['40 pour cent', 40, 'approximate']]],
    ['pour-cent', 'Un abattement de 10 pour-cent est appliqué.', [['10 pour-cent', 10]]],
    ['pourcent', 'La part passe à 15 pourcent.', [['15 pourcent', 15]]],
    ['p. 100', 'La cotisation est de 5 p. 100 du salaire.', [['5 p. 100', 5]]],
    ['pour 100', 'La taxe est de 8 pour 100.', [['8 pour 100', 8]]],
    ['qualifier plus de', 'Plus de 30 % des agents sont concernés.', [['30 %', 30, 'lower-bound']]],
    ['qualifier près de', 'Près de 45 % du budget est engagé.', [['45 %', 45, 'approximate']]],
    ['qualifier jusqu’à', 'Une remise jusqu’à 50 % est possible.', [['50 %', 50, 'upper-bound']]],
    ['range', 'La hausse serait de 2 à 3 % par an.', [['2', 2], ['3 %', 3]]],
    ['enumeration', 'Les taux sont de 5,5, 10 et 20 % selon les produits.', [['5,5', 5.5], ['10', 10], ['20 %', 20]]],
    ['over a hundred', 'Le coût a augmenté de 120 % en dix ans.', [['120 %', 120]]],
    ['two in a sentence', 'Le taux passe de 13 % à 17 %.', [['13 %', 13], ['17 %', 17]]],
    ['decimal point before percent', 'Une croissance de 2.5 % est attendue.', [['2.5 %', 2.5]]],
    ['words with hyphen', 'Vingt-cinq pour cent des lignes ferment.', [['Vingt-cinq pour cent', 25]]],
    ['taken away by a verb', 'Il suffit de soustraire cinq pour-cent du tarif.', [['soustraire cinq pour-cent', -5]]],
    ['taken away, in digits', 'On retranche 2,5 % au titre des frais.', [['retranche 2,5 %', -2.5]]],
    ['taken away, imperative', 'Déduisez 10 % pour les frais de gestion.', [['Déduisez 10 %', -10]]],
    ['a participle describes, it takes nothing away', 'Le montant déduit 10 % plus tard reste dû.', [['10 %', 10]]],
    ['the verb apart from the figure', 'Il faut déduire de ce total 10 % de frais.', [['10 %', 10]]],
    ['the verb on the line before', 'Puis soustraire\n5 % du total.', [['5 %', 5]]],
  ];
  for (const [name, input, rows] of CASES) it(name, () => expectPercentages(input, rows));
});
