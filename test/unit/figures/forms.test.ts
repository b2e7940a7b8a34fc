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
];

describe('figures: forms met in real documents', () => {
  for (const [name, input, rows] of CASES) it(name, () => expectAmounts(input, rows));
  it('a zero-width space never splits a number into a zero', () => {
    const { amounts } = figures('Le budget passe à 1\u200b0\u200b0 M€.');
    assert.deepEqual(amounts.map((a) => a.value), [1e8]);
  });
  it('full-width percentages are percentages', () => {
    assert.deepEqual(figures('Le taux atteint ４５％.').percentages.map((p) => p.value), [45]);
  });
});
