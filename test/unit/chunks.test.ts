// Where documents are cut into chunks, and what must never be cut apart: a
// total and the « Sur ce total » that splits it, a colon and its list, a
// caption and its table, a fenced block.

import { strict as assert } from 'assert';
import { chunkStarts } from '../../server/src/core/chunks';
import { analyze, Analyzer } from '../../server/src/core/analysis';

/** The text of each chunk, cut wherever the rules allow (not only at the chosen paragraph starts). */
function chunks(text: string, markdown = true): string[] {
  const starts = chunkStarts(text, markdown, 0, text.length, 1);
  return starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length));
}

describe('chunks', () => {
  it('cuts at headings and at paragraphs that start afresh', () => {
    const text = '# Budget\n\nLa Région apporte 12 M€.\n\nL’État apporte 30 M€.\n## Suite\nFin.\n';
    assert.deepEqual(chunks(text), ['# Budget\n\n', 'La Région apporte 12 M€.\n\n', 'L’État apporte 30 M€.\n', '## Suite\n', 'Fin.\n']);
  });

  it('starts with the text and covers it whole, each cut at a line start', () => {
    const text = 'Intro.\r\n\r\nSuite.\r\n\r\n# Titre\rFin.';
    const starts = chunkStarts(text, true);
    assert.equal(starts[0], 0);
    for (let i = 1; i < starts.length; i++) {
      assert.ok(starts[i] > starts[i - 1]);
      const before = text.charCodeAt(starts[i] - 1);
      assert.ok(before === 10 || before === 13, `cut at ${starts[i]} is not at a line start`);
    }
    assert.equal(chunks(text).join(''), text);
  });

  it('never separates a list from the sentence that announces it, nor a table from its caption', () => {
    const list = 'L’enveloppe de 100 M€ se répartit ainsi :\n\n- 60 M€ pour A ;\n\n- 50 M€ pour B.\n';
    assert.equal(chunks(list).length, 1);
    const table = 'En millions d’euros :\n\n| Poste | Montant |\n|---|---|\n| A | 3 |\n\n| B | 4 |\n';
    assert.equal(chunks(table).length, 1);
  });

  it('never cuts inside a fenced block', () => {
    const text = 'Avant.\n\n```\nexemple\n\n# pas un titre\n\nplus loin\n```\n\nAprès.\n';
    assert.deepEqual(chunks(text), ['Avant.\n\n', '```\nexemple\n\n# pas un titre\n\nplus loin\n```\n\n', 'Après.\n']);
  });

  it('keeps a paragraph with the one before when its first sentences may refer back to a total', () => {
    for (const opening of ['Sur ce total, ', 'Cette enveloppe comprend ', 'Elle se répartit entre ', 'Le montant se décompose en ', '« Sur cette somme, ']) {
      const text = `Le fonds est doté de 100 M€.\n\n${opening}60 M€ pour A et 50 M€ pour B.\n`;
      assert.equal(chunks(text).length, 1, opening);
    }
    // Three sentences on, the look back is over: the cut is safe again.
    const far = 'Le fonds est doté de 100 M€.\n\nUn. Deux. Trois. Sur ce total, 60 M€ pour A.\n';
    assert.equal(chunks(far).length, 2);
    // « La Région » and « Le PIA4 » open a sentence without pointing back.
    assert.equal(chunks('Le fonds est doté de 100 M€.\n\nLa Région apporte 60 M€.\n\nLe PIA4 apporte 5 M€.\n').length, 3);
  });

  it('keeps a paragraph with the one before when a sentence states a relation whose other term was said before', () => {
    for (const sentence of [
      'Les charges de personnel, 12 M€, en représentent la moitié.',
      'Les dons, soit 210 000 €, représentent 25 % de nos recettes.',
      'En décembre, 1 870 foyers suivaient un parcours, soit 30 % des allocataires.',
      'Le produit passe à 420 000 €, soit une hausse de 20 % par rapport à 2024.',
      'Les dépenses d’équipement se répartissent ainsi : voirie et écoles.',
      'La dépense correspondante, soit 1,02 M€, sera inscrite au budget.',
    ]) {
      assert.equal(chunks(`Le fonds est doté de 24 M€ en 2024.\n\n${sentence}\n`).length, 1, sentence);
    }
    // A share whose whole has its figure, or a change with both ends, needs nothing before.
    assert.equal(chunks('Le fonds est doté de 24 M€.\n\nLes dons représentent 25 % des 840 000 € de recettes.\n\nLe produit passe de 350 000 € à 420 000 €, soit une hausse de 20 % par rapport à 2024 (350 000 €).\n').length, 3);
  });

  it('still checks a total split in the next paragraph', () => {
    const text = 'Le fonds est doté de 100 M€.\n\nSur ce total, 60 M€ vont à A et 50 M€ à B.\n';
    const a = analyze(text);
    assert.ok(
      a.diagnostics.some((d) => d.code === 'sum-mismatch' || d.code === 'part-exceeds-total'),
      JSON.stringify(a.diagnostics.map((d) => d.code)),
    );
  });

  it('never cuts at a heading that splits the whole stated before it (« ### Répartition de l’enveloppe »)', () => {
    const text = '## Mobilités\n\nLa Région y consacre 120 M€.\n\n### Répartition de l’enveloppe\n\n- TER : 80 M€ ;\n- Cars : 40 M€.\n\n### Calendrier\n\nFin.\n';
    const cuts = chunks(text);
    assert.ok(cuts.some((c) => c.includes('120 M€') && c.includes('TER')), JSON.stringify(cuts));
    // Other headings, and one that states its own figure, still start chunks.
    assert.ok(cuts.some((c) => c.startsWith('### Calendrier')));
    assert.ok(chunks('Texte.\n\n### Répartition de l’enveloppe de 120 M€\n\n- TER : 80 M€.\n').some((c) => c.startsWith('### Répartition')));
  });

  it('makes about one in sixteen of the possible paragraph cuts, and all heading cuts', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `La mesure ${i * 7919} coûte ${i + 1} M€.\n\n`).join('');
    const text = `# Titre\n\n${paragraphs}## Fin\n`;
    const all = chunkStarts(text, true, 0, text.length, 1);
    const some = chunkStarts(text, true);
    assert.ok(some.every((at) => all.includes(at)));
    assert.ok(some.includes(text.indexOf('## Fin')));
    assert.ok(some.length > all.length / 40 && some.length < all.length / 6, `${some.length} of ${all.length}`);
  });

  it('cuts plain text where a paragraph ends with its sentence', () => {
    assert.deepEqual(chunks('Première ligne.\nSeconde ligne\nqui continue.\n', false), ['Première ligne.\n', 'Seconde ligne\nqui continue.\n']);
  });
});

describe('Analyzer', () => {
  const paragraph = (i: number) => `## Section ${i}\n\nLa Région apporte ${i + 1},5 M€ pour le projet ${i}, dont ${i} M€ pour la recherche.\n\n`;
  const big = Array.from({ length: 300 }, (_, i) => paragraph(i)).join('');

  it('analyses only the chunks around an edit', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(big);
    assert.equal(analyzer.lastRun.analysed, analyzer.lastRun.chunks);
    const at = big.indexOf('projet 150');
    const edited = big.slice(0, at) + 'grand ' + big.slice(at);
    const a = analyzer.analyze(edited);
    assert.ok(analyzer.lastRun.chunks > 300);
    assert.ok(analyzer.lastRun.analysed <= 3, `analysed ${analyzer.lastRun.analysed} chunks`);
    assert.deepStrictEqual(a, analyze(edited));
  });

  it('re-decides the cuts before an edit that makes a paragraph refer back to an earlier total', () => {
    const filler = Array.from({ length: 20 }, (_, i) => paragraph(i)).join('');
    const text = `${filler}Le fonds est doté de 100 M€.\n\nRien à signaler.\n\nAvis favorable.\n\n${filler}`;
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    const at = text.indexOf('Avis favorable.') + 'Avis favorable.'.length;
    const edited = `${text.slice(0, at)}\n\nSur ce total, 60 M€ vont à A et 50 M€ à B.${text.slice(at)}`;
    const a = analyzer.analyze(edited);
    assert.deepStrictEqual(a, analyze(edited));
    assert.ok(a.checks.some((c) => c.total.value === 100e6 && c.status === 'mismatch'));
  });

  it('gives the same text the same analysis, without analysing anything', () => {
    const analyzer = new Analyzer();
    const first = analyzer.analyze(big);
    const again = analyzer.analyze(big);
    assert.equal(analyzer.lastRun.analysed, 0);
    assert.deepStrictEqual(again, first);
  });

  it('starts afresh when the options change', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(big);
    const a = analyzer.analyze(big, { settings: { tolerance: 0.2 } });
    assert.equal(analyzer.lastRun.analysed, analyzer.lastRun.chunks);
    assert.deepStrictEqual(a, analyze(big, { settings: { tolerance: 0.2 } }));
    const plain = analyzer.analyze(big, { markdown: false });
    assert.deepStrictEqual(plain, analyze(big, { markdown: false }));
  });

  it('leaves an earlier analysis as it was when the next version comes', () => {
    const analyzer = new Analyzer();
    const before = analyzer.analyze(big);
    const edited = 'Avant-propos.\n\n' + big;
    analyzer.analyze(edited);
    assert.deepStrictEqual(before, analyze(big));
  });
});
