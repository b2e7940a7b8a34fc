import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';

// A whole announced with its number of parts in one section, one part stated per section after it.
const report = (whole: string, announce: string, sections: string[], tail = '') =>
  `# Rapport annuel\n\n## Synthèse\n\n${whole} ${announce}\n\n` + sections.map((s, i) => `## Volet ${i + 1}\n\n${s}\n\n`).join('') + tail;

const FOUR = [
  'Les travaux de voirie ont mobilisé 3,2 M€, surtout pour les pistes cyclables.',
  'Le renouvellement des réseaux représente 5,9 M€ sur l’exercice.',
  'Le chantier de la piscine a coûté 2,8 M€, pour un coût global d’opération de 7,1 M€ depuis 2021.',
  'La participation au syndicat de la fibre s’est élevée à 1,1 M€.',
];

describe('a whole announced by number over the sections after it', () => {
  it('sums the first amount of each of the announced sections', () => {
    assert.deepEqual(flagged(report('Les dépenses d’équipement ont atteint 14,6 M€,', 'consacrées aux quatre politiques présentées ci-après.', FOUR)), ['sum-mismatch 14,6 M€']);
    assert.deepEqual(codes(report('Les dépenses d’équipement ont atteint 13 M€,', 'consacrées aux quatre politiques présentées ci-après.', FOUR)), []);
  });

  it('reads a verb of distribution as the announcement, whatever follows the announced sections', () => {
    const three = ['La Région y consacre 96 M€.', 'Le programme de formation mobilise 71 M€ pour 24 000 entrées.', 'Les actions d’orientation représentent 63 M€.'];
    const tail = '## Perspectives\n\nLe plan 2025-2027 prévoit 640 M€.\n';
    assert.deepEqual(flagged(report('La Région consacre 212 M€ à la formation,', 'une enveloppe composée de trois blocs.', three, tail)), ['sum-mismatch 212 M€']);
    assert.deepEqual(codes(report('La Région consacre 230 M€ à la formation,', 'une enveloppe composée de trois blocs.', three, tail)), []);
  });

  it('stays silent when the sections do not hold one part each', () => {
    const whole = 'Les dépenses d’équipement ont atteint 14,6 M€,';
    const announce = 'consacrées aux quatre politiques présentées ci-après.';
    // Three sections for four parts.
    assert.deepEqual(codes(report(whole, announce, FOUR.slice(0, 3))), []);
    // A section whose first amount is a mean per inhabitant.
    assert.deepEqual(codes(report(whole, announce, [...FOUR.slice(0, 3), 'L’effort atteint 27 € par habitant, soit 1,1 M€.'])), []);
    // A section that gives two parts in its first sentence.
    assert.deepEqual(codes(report(whole, announce, [...FOUR.slice(0, 3), 'Le numérique a reçu 0,6 M€ pour la fibre et 0,5 M€ pour les écoles.'])), []);
    // A section of another year.
    assert.deepEqual(codes(report(whole, announce, [...FOUR.slice(0, 3), 'La participation au syndicat de la fibre s’était élevée à 1,1 M€ en 2019.'])), []);
    // A section in a list: no lead in prose.
    assert.deepEqual(codes(report(whole, announce, [...FOUR.slice(0, 3), '- Fibre : 1,1 M€'])), []);
  });

  it('takes the sections at the level of the first heading after the announcement, subsections included', () => {
    const text = '# Bilan\n\nLe plan a mobilisé 9 M€, répartis entre deux axes.\n\n## Axe 1\n\n### Contexte\n\nL’axe a reçu 4 M€.\n\n### Suite\n\nIl a financé 12 projets pour 2 M€.\n\n## Axe 2\n\nL’axe a reçu 3 M€.\n';
    assert.deepEqual(flagged(text), ['sum-mismatch 9 M€']);
    assert.deepEqual(codes(text.replace('9 M€', '7 M€')), []);
  });
});
