// A sentence that states a total and counts what tables list, the tables under
// headings of their own: the document is cut into chunks at every heading, so
// the relation is joined across chunks (checks/acrossTables.ts).

import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';
import { Analyzer } from '../../../server/src/core/analyzer';

const table = (rows: Array<[string, string]>) => '| Projet | Objet | Aide |\n| :--- | :--- | ---: |\n' + rows.map(([a, b]) => `| **${a}** | Mener l’action | ${b} |`).join('\n') + '\n';

function doc(total: string, lead = 'En 2025, **6 projets, répartis en 2 vagues**, ont reçu {T} au total.', between = ''): string {
  return [
    '## Le fonds',
    '',
    '### Son fonctionnement',
    '',
    'Le fonds soutient des équipes publiques pendant un an.',
    '',
    lead.replace('{T}', total),
    '',
    between,
    '### Vague 1',
    '',
    table([['Alpha', '250 000 €'], ['Bêta', '120 000 €'], ['Gamma', '80 000 €']]),
    '### Vague 2',
    '',
    table([['Delta', '200 000 €'], ['Epsilon', '150 000 €'], ['Zêta', '50 000 €']]),
    '## La suite',
    '',
    'Le bilan paraîtra en juin.',
    '',
  ].join('\n');
}

const consistency = (text: string) => analyze(text).diagnostics.filter((d) => d.code !== 'nbsp').map((d) => `${d.code} ${text.slice(d.start, d.end)}`);

describe('a total over tables under headings of their own', () => {
  it('adds up the rows of both tables against the sentence that counts them (850 k€, not 900 k€)', () => {
    assert.deepEqual(consistency(doc('900 000 €')), ['sum-mismatch 900 000 €']);
    assert.deepEqual(consistency(doc('850 000 €')), []);
    assert.deepEqual(consistency(doc('0,85 million d’euros')), []);
  });

  it('says nothing when the rows are not as many as the sentence counts: the tables may list only some', () => {
    assert.deepEqual(consistency(doc('900 000 €', 'En 2025, **9 projets, répartis en 3 vagues**, ont reçu {T} au total.')), []);
  });

  it('says nothing when another amount stands between the sentence and the tables', () => {
    assert.deepEqual(consistency(doc('900 000 €', undefined, 'Chaque équipe reçoit en plus un appui évalué à 30 000 €.\n')), []);
  });

  it('takes no table from the next section of a higher level', () => {
    const text = doc('900 000 €').replace('### Vague 1', '## Annexe\n\n### Vague 1');
    assert.deepEqual(consistency(text), []);
  });

  it('gives the same diagnostics edited as analysed afresh', () => {
    const analyzer = new Analyzer();
    const right = doc('850 000 €');
    const wrong = doc('900 000 €');
    analyzer.analyze(right);
    const edited = analyzer.analyze(wrong).diagnostics.filter((d) => d.code !== 'nbsp').map((d) => [d.code, d.start, d.end]);
    const fresh = analyze(wrong).diagnostics.filter((d) => d.code !== 'nbsp').map((d) => [d.code, d.start, d.end]);
    assert.deepEqual(edited, fresh);
    assert.equal(edited.length, 1);
  });
  it('needs the tables, or their headings, to name a thing the sentence counts', () => {
    const text = ['## Conseil municipal', '', 'Le lot 4 a été attribué pour environ 600 000 € HT, loin devant ses deux concurrents.', '', '| Lot | Titulaire | Montant HT |', '|---|---|---|', '| Lot 4 | Toitures du Lac | 612 480 € |', '| Lot 7 | Sportsols | 164 900 € |', ''].join('\n');
    assert.deepEqual(consistency(text), []);
  });
});
