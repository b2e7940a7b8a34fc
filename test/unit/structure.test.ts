import { strict as assert } from 'assert';
import { parseStructure, indexAt } from '../../server/src/core/structure';

const md = (text: string) => parseStructure(text, { markdown: true });
const plain = (text: string) => parseStructure(text, { markdown: false });
const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('document structure', () => {
  it('groups lines into headings, paragraphs, list items and tables', () => {
    const text = '# Titre\n\nUn paragraphe\nsur deux lignes.\n\n- premier point\n- second point\n\n| A | B |\n|---|---|\n| 1 | 2 |\n';
    const s = md(text);
    assert.deepEqual(
      s.blocks.map((b) => b.kind),
      ['heading', 'paragraph', 'list-item', 'list-item', 'table-row', 'table-row', 'table-row'],
    );
    assert.equal(text.slice(s.blocks[1].start, s.blocks[1].end), 'Un paragraphe\nsur deux lignes.');
    assert.equal(s.tables.length, 1);
    assert.deepEqual(slices(text, s.tables[0].rows[2].cells), ['1', '2']);
    assert.deepEqual(s.tables[0].rows.map((r) => r.separator), [false, true, false]);
  });

  it('keeps a list in the paragraph of the sentence that announces it, and splits paragraphs at blank lines', () => {
    const text = 'Le fonds se répartit ainsi :\n- 10 M€ pour A ;\n- 5 M€ pour B.\n\nAutre paragraphe.\n';
    const s = md(text);
    assert.deepEqual(slices(text, s.paragraphs), ['Le fonds se répartit ainsi :\n- 10 M€ pour A ;\n- 5 M€ pour B.', 'Autre paragraphe.']);
  });

  it('nests sections by heading level and names them', () => {
    const text = 'Intro.\n\n# Plan\n\n## Financement\n\nTexte.\n\n## Calendrier\n\nTexte.\n';
    const s = md(text);
    assert.deepEqual(
      s.sections.map((x) => [x.title, x.level]),
      [['', 0], ['Plan', 1], ['Financement', 2], ['Calendrier', 2]],
    );
    assert.equal(s.sections[3].end, text.length);
  });

  it('ignores Markdown syntax inside fenced code and in plain text', () => {
    const text = '```\n# pas un titre\n| pas | une table |\n```\n';
    assert.deepEqual(md(text).blocks.map((b) => b.kind), ['code']);
    assert.deepEqual(md(text).sentences, []);
    const p = plain('# pas un titre\n| x |\n');
    assert.ok(p.blocks.every((b) => b.kind === 'paragraph'));
  });

  it('cuts sentences at final punctuation but not in decimals, versions or abbreviations', () => {
    const text = 'Le budget passe de 1.200 à 3.2 M€. M. Dupont le confirme ! Est-ce assez ? Oui… Fin.\n';
    assert.deepEqual(slices(text, md(text).sentences), [
      'Le budget passe de 1.200 à 3.2 M€.',
      'M. Dupont le confirme !',
      'Est-ce assez ?',
      'Oui…',
      'Fin.',
    ]);
  });

  it('ends a sentence at a line break after a colon or semicolon, and moves on', () => {
    const text = 'Deux volets :\nle premier ;\nle second.\n';
    assert.deepEqual(slices(text, md(text).sentences), ['Deux volets :', 'le premier ;', 'le second.']);
  });

  it('ends plain-text paragraphs at lines that end a sentence', () => {
    const text = 'Première phrase.\nDeuxième ligne qui continue\nici.\n';
    assert.deepEqual(slices(text, plain(text).paragraphs), ['Première phrase.', 'Deuxième ligne qui continue\nici.']);
  });

  it('handles CRLF and lone CR line endings', () => {
    const text = '# Titre\r\n\r\nTexte un.\rTexte deux.\r\n';
    const s = md(text);
    assert.equal(s.blocks[0].kind, 'heading');
    assert.deepEqual(slices(text, s.sentences), ['Titre', 'Texte un.', 'Texte deux.']);
  });

  it('finds the span holding an offset by binary search', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 10, end: 12 },
      { start: 20, end: 30 },
    ];
    assert.equal(indexAt(spans, 0), 0);
    assert.equal(indexAt(spans, 5), -1);
    assert.equal(indexAt(spans, 11), 1);
    assert.equal(indexAt(spans, 29), 2);
    assert.equal(indexAt(spans, 30), -1);
    assert.equal(indexAt([], 3), -1);
  });

  it('stays linear on many lines ending with colons', () => {
    const text = 'Titre :\n'.repeat(50000);
    const t0 = process.hrtime.bigint();
    const s = md(text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.equal(s.sentences.length, 50000);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('reads columns aligned with spaces or tabs in plain text as a table, and nothing less', () => {
    const text = 'Programmation 2024 :\n\nCommune         Places   Coût (k€)\nAvrillé             12         340\nBeaucouzé            8         215\nTotal               20         555\n\nLe reste suit.\n';
    const s = plain(text);
    assert.equal(s.tables.length, 1);
    const rows = s.tables[0].rows;
    assert.deepEqual(slices(text, rows[0].cells), ['Commune', 'Places', 'Coût (k€)']);
    assert.equal(rows[1].separator, true);
    assert.deepEqual(slices(text, rows[4].cells), ['Total', '20', '555']);
    assert.ok(s.blocks.filter((b) => b.kind === 'table-row').length === 4);
    // With tabs.
    assert.equal(plain('A\tB\tC\nx\t1\t2\ny\t3\t4\n').tables.length, 1);
    // Prose with double spaces, two aligned lines, or no figures: no table.
    assert.equal(plain('Le conseil  a voté  le budget  à l’unanimité.\nLa séance  est levée  à 21 h  précises.\n').tables.length, 0);
    assert.equal(plain('Commune   Places   Coût\nAvrillé   12   340\n').tables.length, 0);
    assert.equal(plain('Nom   Prénom   Rôle\nMartin   Anne   présidente\nDurand   Paul   trésorier\n').tables.length, 0);
    // Markdown keeps its own tables only.
    assert.equal(md('Commune   Places   Coût\nAvrillé   12   340\nBeaucouzé   8   215\n').tables.length, 0);
  });
  it('reads consecutive « Label : value » lines of plain text as list items, a « Total » line and lone lines as lines', () => {
    const text = 'Volumes collectés\nVerre : 1 240 t\nPapier, cartons : 860 t\nTotal : 2 100 t\n\nContact : 05 55 12 34 56\nLe maire a dit : « nous visons 3 000 t en 2026 ».\n';
    const kinds = plain(text).blocks.map((b) => b.kind + ' ' + text.slice(b.start, b.end).slice(0, 8));
    // The « Total » line, unindented, ends the list; a quotation after a colon is no value.
    assert.deepEqual(kinds, ['paragraph Volumes ', 'list-item Verre : ', 'list-item Papier, ', 'paragraph Total : ', 'paragraph Contact ']);
  });

  it('reads the lines of a Markdown block quote as their content: headings, list items, paragraphs', () => {
    const text = '> **En bref**\n> - 12 clubs\n> - 3 400 licenciés\n>\n> Un texte.\n';
    const kinds = parseStructure(text, { markdown: true }).blocks.map((b) => b.kind + ' ' + text.slice(b.start, b.end));
    assert.deepEqual(kinds, ['paragraph **En bref**', 'list-item - 12 clubs', 'list-item - 3 400 licenciés', 'paragraph Un texte.']);
  });


  it('ends a sentence on « d’art. »: an elided word is no abbreviation, « art. 12 » still is one', () => {
    const text = 'Le budget finance les ouvrages d’art. Ce budget atteint 60 M€. Voir l’art. 12 du règlement.\n';
    assert.deepEqual(slices(text, md(text).sentences), ['Le budget finance les ouvrages d’art.', 'Ce budget atteint 60 M€.', 'Voir l’art. 12 du règlement.']);
  });
  it('reads a pictograph opening a line of a post as a bullet, in plain text and in Markdown', () => {
    const text = 'Bilan de la saison :\n👉 41 000 entrées à la piscine\n✅ 18 000 entrées à la patinoire\n▶️ 9 000 prêts à la médiathèque\n➡️ 2 400 visites au musée\n';
    const kinds = (t: string, markdown: boolean) => parseStructure(t, { markdown }).blocks.map((b) => b.kind);
    assert.deepEqual(kinds(text, false), ['paragraph', 'list-item', 'list-item', 'list-item', 'list-item']);
    // Posts written in Markdown open their lines with the same pictographs.
    assert.deepEqual(kinds(text, true), ['paragraph', 'list-item', 'list-item', 'list-item', 'list-item']);
    // In Markdown, one such line alone is a paragraph: a list has items in a run.
    assert.deepEqual(kinds('- 12 écoles\n- 3 collèges\n\n👉 Toutes nos offres sur l’appli.\n', true), ['list-item', 'list-item', 'paragraph']);
    // An arrow states a result, it opens no item.
    assert.deepEqual(kinds('Total des aides :\n→ 12 000 €\n', false), ['paragraph']);
  });
  it('reads « Label : value » lines in Markdown as items, as in plain text', () => {
    const text = 'Répartition des dépenses :\nPersonnel : 52 %\nÉnergie : 18 %\nAutres : 30 %\n';
    assert.deepEqual(md(text).blocks.map((b) => b.kind), ['paragraph', 'list-item', 'list-item', 'list-item']);
    // Inside a quote, and with their own markers, lines keep what they are.
    assert.deepEqual(md('> Personnel : 52 %\n> Énergie : 18 %\n').blocks.map((b) => b.kind), ['list-item', 'list-item']);
    assert.deepEqual(md('- Personnel : 52 %\n- Énergie : 18 %\n').blocks.map((b) => b.kind), ['list-item', 'list-item']);
    // One keyed line alone is prose.
    assert.deepEqual(md('Le point clé : 52 % des dépenses.\nUn autre paragraphe.\n').blocks.map((b) => b.kind), ['paragraph']);
  });

  it('does not end a sentence at the letter of a code article (« L. 302-5 »)', () => {
    const text = 'La commune compte 1 712 logements sociaux au sens de l’article L. 302-5 du code, soit 17,4 %. Le plan B. Une autre phrase.\n';
    assert.deepEqual(slices(text, md(text).sentences), ['La commune compte 1 712 logements sociaux au sens de l’article L. 302-5 du code, soit 17,4 %.', 'Le plan B.', 'Une autre phrase.']);
  });

  it('reads a numbered line of plain text with a long label before its colon as an item', () => {
    const text = 'Le plan compte trois mesures :\n1. regroupement des ateliers municipaux et non-remplacement de trois départs en retraite : 1,2 M€ ;\n2. renégociation des assurances : 0,4 M€ ;\n3. sobriété : 0,3 M€.\n';
    assert.deepEqual(plain(text).blocks.map((b) => b.kind), ['paragraph', 'list-item', 'list-item', 'list-item']);
    // A sentence's end before the colon keeps a numbered paragraph of minutes a paragraph.
    assert.deepEqual(plain('1. Fonds d’aide aux jeunes. La commission a retenu ce qui suit : 12 dossiers.\n').blocks.map((b) => b.kind), ['paragraph']);
  });
  it('reads a run of lines that each open with a pictograph, or with an arrow, as items', () => {
    const text = 'Mode de transport :\n🚗 voiture 61 %\n🚌 bus / car 17 %\n🚲 vélo 22 %\n';
    assert.deepEqual(plain(text).blocks.map((b) => b.kind), ['paragraph', 'list-item', 'list-item', 'list-item']);
    assert.deepEqual(plain('Nos recettes :\n→ dons : 40 %\n→ ventes : 60 %\n').blocks.map((b) => b.kind), ['paragraph', 'list-item', 'list-item']);
    // One line with a pictograph of its own is a paragraph.
    assert.deepEqual(plain('Ce que disent les chiffres :\n🚗 La voiture reste reine en ville, le bus progresse\n').blocks.map((b) => b.kind), ['paragraph']);
  });
});
