// Lists of parts under the sentence or caption that announces them.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';

describe('relations: lists', () => {
  it('sums the items under a lead-in that distributes a whole', () => {
    const list = (a: string) => `L’opération coûte 86,4 M€, financés comme suit :\n\n- État : 34,2 M€ ;\n- Région : 28,7 M€ ;\n- Département : ${a} M€.\n`;
    assert.deepEqual(codes(list('23,5')), []);
    assert.deepEqual(codes(list('33,5')), ['sum-mismatch']);
  });

  it('carries the lead-in’s currency to bare items, bulleted or numbered, across the blank line', () => {
    const bullets = (a: string) => `Le plan mobilise 30 milliards d’euros autour de trois priorités :\n\n- **santé** : 12 milliards ;\n- **école** : ${a} milliards ;\n- **logement** : 8 milliards.\n`;
    assert.deepEqual(codes(bullets('10')), []);
    assert.deepEqual(codes(bullets('13')), ['sum-mismatch']);
    const numbered = (a: string) => `Le fonds dispose de 120 millions d’euros, répartis en trois volets :\n\n1. 50 millions pour l’amorçage ;\n2. ${a} millions pour la croissance ;\n3. 30 millions pour l’export.\n`;
    assert.deepEqual(codes(numbered('40')), []);
    assert.deepEqual(codes(numbered('45')), ['sum-mismatch']);
    // Without a colon the list is no continuation of the sentence: its bare figures stay bare.
    const unrelated = 'Le plan mobilise 30 milliards d’euros.\n\n- santé : 12 milliards\n- école : 25 milliards\n';
    assert.deepEqual(codes(unrelated), []);
  });

  it('takes a total line written after the list, in bold or not', () => {
    const text = (t: string) => `**Répartition par axe**\n\n- Axe 1 : 1,2 Md€\n- Axe 2 : 800 M€\n- Axe 3 : 650 M€\n\n**Total : ${t}**\n`;
    assert.deepEqual(codes(text('2,65 Md€')), []);
    assert.deepEqual(codes(text('2,9 Md€')), ['sum-mismatch']);
  });

  it('reads a caption that states its whole, and a remainder that closes the list', () => {
    assert.deepEqual(codes('**Recettes (4,2 M€)**\n\n- cessions : 1,8 M€\n- avance : 1,5 M€\n- subventions : 0,4 M€\n'), ['sum-mismatch']);
    assert.deepEqual(codes('Opération (coût HT : 1 860 000 €)\n\n- DETR (40 %) : 744 000 €\n- Région (30 %) : 558 000 €\n- Reste à charge de la commune : 558 000 €\n'), []);
    assert.deepEqual(codes('Opération (coût HT : 1 860 000 €)\n\n- DETR (40 %) : 644 000 €\n- Région (30 %) : 558 000 €\n- Reste à charge de la commune : 658 000 €\n'), ['share-mismatch']);
  });

  it('does not read rates in a dated list as shares of one whole', () => {
    assert.deepEqual(codes('En 2023 :\n\n- **+160 % de dossiers validés**\n- 77 % des usagers satisfaits\n'), []);
  });

  it('reads levels by year under a change as levels, not as parts of the change', () => {
    assert.deepEqual(codes('La commune a perdu 180 000 € de dotation en trois ans :\n\n- 2022 : 3,84 M€ ;\n- 2023 : 3,79 M€ ;\n- 2024 : 3,71 M€ ;\n- 2025 : 3,66 M€.\n'), []);
    // One part beyond its whole is still an error.
    assert.deepEqual(codes('Le plan de 180 000 € se répartit ainsi :\n\n- études : 40 000 € ;\n- travaux : 300 000 €.\n'), ['part-exceeds-total']);
  });

  it('reads a total line written as the last item’s continuation, and sub-items under « répartis en »', () => {
    assert.deepEqual(codes('Les recrutements se répartissent ainsi :\n- 12 postes d’infirmiers ;\n- 7 postes d’aides-soignants.\nAu total, 23 postes sont ouverts.\n'), ['sum-mismatch']);
    assert.deepEqual(codes('Les recrutements se répartissent ainsi :\n- 12 postes d’infirmiers ;\n- 7 postes d’aides-soignants.\nAu total, 19 postes sont ouverts.\n'), []);
    const nested = 'La région délègue 20 M€ :\n\n- santé : 8 M€, répartis en\n  - lutte contre le tabac : 2 M€ ;\n  - dépistage : 7 M€ ;\n- transports : 12 M€.\n';
    assert.deepEqual(codes(nested), ['sum-mismatch']);
    assert.deepEqual(codes(nested.replace('7 M€', '6 M€')), []);
  });

  it('finds a « Total : » paragraph after a list wherever the document is cut into chunks', () => {
    // Many paragraphs before, so that the analysis runs in several chunks.
    let text = '';
    for (let i = 0; i < 60; i++) text += `Paragraphe ${i} sans chiffre qui parle du territoire et de ses habitants.\n\n`;
    text += '**Aides versées après la tempête**\n\n1. Viticulteurs : 40 000 €\n2. Maraîchers : 25 000 €\n\nTotal : 75 000 €\n';
    assert.deepEqual(codes(text), ['sum-mismatch']);
  });

  it('reads a plain-text list whose total line runs on from the last item, and « hors » before a colon as a word of the label', () => {
    const text = 'Dépenses prévues :\n• salons : 185 k€\n• site internet : 92 k€\n• accueil hors les murs : 48 k€\nTotal du plan : 365 k€\n';
    assert.deepEqual(codes(text, false), ['sum-mismatch']);
    assert.deepEqual(codes(text.replace('365', '325'), false), []);
  });

  it('adds up bare numbers under a unit said once when a total line closes them', () => {
    const text = 'Quotas attribués (en tonnes) :\n\n* merlu : 2 450\n* sole : 210\n\n**Total : 3 160**\n';
    assert.deepEqual(codes(text), ['sum-mismatch']);
    assert.deepEqual(codes(text.replace('3 160', '2 660')), []);
    // Without a total line, no relation.
    assert.deepEqual(codes('Quotas attribués (en tonnes) :\n\n* merlu : 2 450\n* sole : 210\n'), []);
  });

  it('takes each item’s opening count as a part under a lead-in that distributes, whatever its noun', () => {
    const text = 'Les effectifs s’élevaient à 3 240 sapeurs-pompiers, qui se répartissent ainsi :\n\n- 612 sapeurs-pompiers professionnels ;\n- 2 270 volontaires en centre ;\n- 84 volontaires du service de santé.\n';
    assert.deepEqual(codes(text), ['sum-mismatch']);
    assert.deepEqual(codes(text.replace('2 270', '2 544')), []);
  });

  it('takes the total from a sentence after the list that counts its items back (« ces quatre postes »)', () => {
    const list = 'La métropole détaille son plan vélo :\n\n- pistes cyclables : 22 M€ ;\n- stationnement : 6,5 M€ ;\n- aides à l’achat : 4 M€ ;\n- signalétique : 1,5 M€.\n\n';
    assert.deepEqual(codes(list + 'Les élus saluent l’effort. Selon l’exécutif, ces quatre postes représentent un investissement de 38 M€.'), ['sum-mismatch']);
    assert.deepEqual(codes(list + 'Les élus saluent l’effort. Selon l’exécutif, ces quatre postes représentent un investissement de 34 M€.'), []);
    // Another number of items, or another amount first: no total of this list.
    assert.deepEqual(codes(list + 'Selon l’exécutif, ces trois postes représentent 30 M€.'), []);
    assert.deepEqual(codes(list + 'Le budget cyclable de 2024 était de 12 M€. Ces quatre postes représentent 38 M€.'), []);
  });

  it('reads the percentages of a list under « Sur les 62 400 tonnes collectées : » as shares of that whole (an excess only)', () => {
    const list = (a: string) => `Sur les 62 400 tonnes collectées l’an dernier :\n\n- recyclage : ${a} % ;\n- compostage : 21 % ;\n- valorisation énergétique : 36 % ;\n- enfouissement : 12 %.\n`;
    assert.deepEqual(codes(list('38')), ['percent-sum']);
    assert.deepEqual(codes(list('31')), []);
    // Nothing says every destination is listed: short of 100 % is no error.
    assert.deepEqual(codes(list('20')), []);
  });

  it('reads « par la Région » as who gives, not as « per region »', () => {
    assert.deepEqual(codes('Le financement de 2 M€ se répartit ainsi : 900 000 € apportés par l’État, 700 000 € par la Région et 600 000 € par la commune.'), ['sum-mismatch']);
    assert.deepEqual(codes('Le financement de 2,2 M€ se répartit ainsi : 900 000 € apportés par l’État, 700 000 € par la Région et 600 000 € par la commune.'), []);
  });

  it('takes the one amount of the heading above as the whole a lead-in names (« L’enveloppe est répartie de la manière suivante : »)', () => {
    const text = (h: string) => `## DSIL 2025 : ${h} pour les communes\n\nLa commission s’est réunie mardi. L’enveloppe départementale est répartie de la manière suivante :\n\n- 4,2 M€ pour les écoles ;\n- 2,6 M€ pour les mairies ;\n- 1,1 M€ pour les routes.\n`;
    assert.deepEqual(codes(text('8,9 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('7,9 M€')), []);
  });
  it('adds up plain-text « Label : value » lines against the « Total : » line under them', () => {
    const text = (t: string) => `Volumes redistribués en 2024\nFruits et légumes : 412 t\nÉpicerie sèche : 355 t\nProduits d’hygiène : 41 t\nTotal : ${t}\n\nMerci aux bénévoles.\n`;
    assert.deepEqual(codes(text('848 t'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('808 t'), false), []);
    const money = (t: string) => `Subventions 2025\nClub de football : 12 400 €\nÉcole de musique : 8 150 €\nComité des fêtes : 3 200 €\nTotal : ${t}\n`;
    assert.deepEqual(codes(money('26 750 €'), false), ['sum-mismatch']);
    assert.deepEqual(codes(money('23 750 €'), false), []);
  });
  it('keeps a list the lead-in calls examples (« notamment ») partial, a total line under it notwithstanding', () => {
    const text = (t: string) => `Les crédits ont porté notamment sur :\n\n- l’insertion : 3,1 M€ ;\n- le décrochage : 1,3 M€.\n\nLe coût total programmé s’élève à ${t}.\n`;
    assert.deepEqual(codes(text('15,6 M€')), []);
    assert.deepEqual(codes(text('3,9 M€')), ['sum-mismatch']);
  });

  it('reads no split of one whole in items that each split a whole of their own', () => {
    const text = 'Les enseignements sont les suivants :\n\n- 8 520 bénéficiaires vivent à domicile, soit 60 %, et 5 680 en établissement (40 %) ;\n- 72 % des bénéficiaires sont des femmes ;\n- 41 % des résidents ont 90 ans ou plus.\n';
    assert.deepEqual(codes(text), []);
  });

  it('takes prose after a list (« Ce programme est financé par … ») to speak of the list’s whole, not of its last item', () => {
    const text = 'Le programme 2024 s’élève à 14,3 M€. Il se décompose ainsi :\n\n1. Casernes : 12 M€\n2. Équipements : 2,3 M€\n\nCe programme est financé par l’autofinancement (5,8 M€), l’emprunt (6,0 M€) et le FCTVA (2,5 M€).\n';
    assert.deepEqual(codes(text), []);
  });
  it('gives a lead-in that points back and counts its items (« Elles portent sur trois opérations : ») the amount before', () => {
    const text = (n: string, t: string) => `Les dépenses d’équipement atteignent ${t}. Elles portent sur ${n} opérations :\n\n- l’école (2,9 M€), dont une tranche engagée cet été ;\n- le programme de voirie (1,7 M€) ;\n- la médiathèque (1,3 M€).\n`;
    assert.deepEqual(codes(text('trois', '6,4 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('trois', '5,9 M€')), []);
    // Items other than announced: the lead-in may name part of them.
    assert.deepEqual(codes(text('quatre', '6,4 M€')), []);
  });

  it('reads amounts in brackets after an item’s amount as its detail, not as more items', () => {
    const text = (t: string) => `Produits de l’exercice :\n- Billetterie : 184 200 €\n- Subventions : 96 500 € (Région 35 000 €, Département 28 000 €, commune 33 500 €)\n- Mécénat : 41 800 €\nTotal : ${t}\n`;
    assert.deepEqual(codes(text('339 500 €'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('322 500 €'), false), []);
  });
  it('gives « Le financement sera assuré par : » the cost of the paragraph before as its whole', () => {
    const text = (t: string) => `Le coût total de l’opération est estimé à ${t}, études comprises.\n\nLe financement sera assuré par :\n\n- l’État : 27 M€ ;\n- la Région : 22 M€ ;\n- le Département : 14 M€.\n`;
    assert.deepEqual(codes(text('68 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('63 M€')), []);
  });
  it('reads answers closed by « sans opinion » as one whole split, and ends a plain-text list at an unindented line', () => {
    const text = (p: string) => `À la question posée, vous avez répondu :\n– satisfait : 46 %\n– pas satisfait : ${p}\n– sans opinion : 9 %\n(3/4) Vos priorités : le soir (61 %), les abribus (44 %). Plusieurs réponses étaient possibles.\n`;
    assert.deepEqual(codes(text('52 %'), false), ['percent-sum']);
    assert.deepEqual(codes(text('45 %'), false), []);
  });

  it('reads the total line after a list without the amount it is compared with (« contre 16,9 M€ l’an dernier »)', () => {
    const text = (t: string) => `Les crédits se répartissent ainsi :\n\n- voirie : 7,4 M€ ;\n- éclairage : 2,2 M€ ;\n- ouvrages d’art : 4,1 M€.\n\nAu total, ${t} sont inscrits au budget, contre 12,9 M€ l’an dernier.\n`;
    assert.deepEqual(codes(text('13,7 M€')), []);
    assert.deepEqual(codes(text('15,7 M€')), ['sum-mismatch']);
  });

  it('splits the whole of the paragraph before a heading « ### Répartition de l’enveloppe » among the items under it', () => {
    const doc = (cars: string) => `## Culture 2026\n\nLe Département consacre 18 M€ à la culture en 2026.\n\n### Répartition de cette enveloppe\n\n- **Lecture publique :** 7 M€ ;\n- **Spectacle vivant :** ${cars} ;\n- **Patrimoine :** 4 M€.\n`;
    assert.deepEqual(codes(doc('7 M€')), []);
    assert.deepEqual(codes(doc('5 M€')), ['sum-mismatch']);
    // A heading that names no whole (« ### Les actions »), or items said to be the main ones, split nothing.
    assert.deepEqual(codes('## Culture 2026\n\nLe Département consacre 18 M€ à la culture en 2026.\n\n### Les actions\n\n- **Lecture publique :** 7 M€ ;\n- **Patrimoine :** 4 M€.\n'), []);
    assert.deepEqual(codes('## Culture 2026\n\nLe Département consacre 18 M€ à la culture en 2026.\n\n### Répartition de l’enveloppe\n\nLes principaux postes :\n\n- **Lecture publique :** 7 M€ ;\n- **Patrimoine :** 4 M€.\n'), []);
  });

  it('takes the whole of a lead-in « Les dépenses d’équipement se répartissent ainsi : » from the amount that noun was given before', () => {
    const text = (a: string) => `Le budget 2026 prévoit 6,2 M€ de dépenses d’équipement, contre 5,8 M€ de crédits ouverts en 2025 (4,1 M€ réalisés).\n\nLes dépenses d’équipement se répartissent ainsi :\n\n- voirie : 2,4 M€ ;\n- écoles : 1,9 M€ ;\n- sports : ${a} ;\n- bâtiments : 0,8 M€.\n`;
    assert.deepEqual(codes(text('1,1 M€')), []);
    assert.deepEqual(codes(text('1,6 M€')), ['sum-mismatch']);
    // Another complement is another thing: « dépenses de fonctionnement » is not the equipment spending.
    assert.deepEqual(codes('Le budget 2026 prévoit 6,2 M€ de dépenses d’équipement.\n\nLes dépenses de fonctionnement se répartissent ainsi :\n\n- personnel : 2,4 M€ ;\n- énergie : 1,9 M€.\n'), []);
  });

  it('reads the sentence after a list that points at it (« ci-dessus ») and names a total as the list’s total', () => {
    const text = (t: string) => `## Plan de financement\n\nOpération : rénovation du lavoir\n\n- DETR (État) : 120 000 €\n- Région : 80 000 €\n- Autofinancement : 100 000 €\n\nLe plan de financement ci-dessus couvre un coût total d’opération de ${t} HT.\n`;
    assert.deepEqual(codes(text('300 000 €')), []);
    assert.deepEqual(codes(text('340 000 €')), ['sum-mismatch']);
  });

  it('reads the total line after a list up to the remainder it leaves out', () => {
    const text = (t: string) => `Le tour de table s’établit ainsi :\n\n- État : 4,0 M€ ;\n- Région : 3,5 M€ ;\n- Commune : 1,5 M€.\n\nAu total, les financeurs publics apportent ${t}, le reste de la dépense (évaluée à 12 M€ HT) restant à la charge du maître d’ouvrage.`;
    assert.deepEqual(codes(text('9 M€')), []);
    assert.deepEqual(codes(text('10,5 M€')), ['sum-mismatch']);
  });

  it('reads a paragraph opening on « soit A » right after a list as the sum of its items', () => {
    const text = (total: string) => `Aides versées aux clubs :\n\n- 2022 : 1,4 M€\n- 2023 : 1,6 M€\n- 2024 : 1,9 M€\n\nsoit ${total} en trois saisons.\n`;
    assert.deepEqual(codes(text('5,6 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('4,9 M€')), []);
  });

  it('reads « Origine de … » and « Structure de … » captions, and a heading over « Sur un total de A : », as a split', () => {
    const items = (last: string) => `\n\n- cotisations : 52 % ;\n- subventions : 27 % ;\n- ventes : 12 % ;\n- dons : ${last}.\n`;
    assert.deepEqual(codes('## Origine des recettes de l’association' + items('4 %')), ['percent-sum']);
    assert.deepEqual(codes('## Origine des recettes de l’association' + items('9 %')), []);
    assert.deepEqual(codes('Structure des recettes en 2024 :' + items('4 %')), ['percent-sum']);
    assert.deepEqual(codes('## Nos recettes\n\nSur un total de 2,1 M€ :' + items('4 %').replace(/^\n\n/, '\n\n')), []);
    assert.deepEqual(codes('## Origine de nos recettes\n\nSur un total de 2,1 M€ :' + items('4 %')), ['percent-sum']);
  });


  it('reads a percentage list with a rest item as a whole split, without a lead-in', () => {
    const doc = (x: string) => `### Usage des sols de la commune\n\n- forêts et bois : 38 %\n- terres arables et cultures annuelles : 27 %\n- zones urbanisées : 21 %\n- autres surfaces (friches, eaux) : ${x}\n`;
    assert.deepEqual(codes(doc('14 %')), []);
    assert.deepEqual(codes(doc('19 %')), ['percent-sum']);
    // Rates of several groups are no split, rest item or not.
    assert.deepEqual(codes(`### Indicateurs\n\n- taux de réussite des filles : 92 %\n- taux de réussite des garçons : 88 %\n- autres élèves : 80 %\n`), []);
  });

  it('does not hold items before tax against a cumulated total with tax', () => {
    const doc = `Les lots ont été attribués ainsi :\n\n1. Lot 1 – Terrassement : 600 000 € HT ;\n2. Lot 2 – Gros œuvre : 900 000 € HT.\n\nLe montant cumulé des deux lots s’élève à 1 800 000 € TTC, en deçà de l’estimation (1,9 M€ TTC).\n`;
    assert.deepEqual(codes(doc), []);
  });


  it('reads bare numbers after a first item that names the noun, and « soit N noms » after the list', () => {
    const doc = (t: string) => `Bilan des adoptions :\n\n- 2022 : 140 chiens placés\n- 2023 : 155\n- 2024 : 162\n\nsoit ${t} chiens sur la période.\n`;
    assert.deepEqual(codes(doc('457')), []);
    assert.deepEqual(codes(doc('490')), ['sum-mismatch']);
  });


  it('reads a financing plan under its own lead-in against the cost of the paragraph before', () => {
    const doc = (x: string) => `Coût prévisionnel de l’opération : 1 600 000 € HT.\n\nPlan de financement sollicité :\n\n- État (DETR) : 480 000 €\n- Région : 320 000 €\n- Autofinancement : ${x}\n`;
    assert.deepEqual(codes(doc('800 000 €')), []);
    assert.deepEqual(codes(doc('950 000 €')), ['sum-mismatch']);
  });
  it('reads « pour le cinéma et l’audiovisuel » as one item’s complement, not a further item without its figure', () => {
    const text = (t: string) => `Le plan mobilisera ${t} sur deux ans. Il se décline en quatre volets :\n\n- 400 M€ pour le spectacle vivant ;\n- 300 M€ pour le cinéma et l’audiovisuel ;\n- 200 M€ pour le livre et la presse ;\n- 100 M€ pour l’éducation artistique.\n`;
    assert.deepEqual(codes(text('1 Md€')), []);
    assert.deepEqual(codes(text('1,2 Md€')), ['sum-mismatch']);
    // « et par l’autofinancement » names one more funder, without its figure: the list may fall short.
    assert.deepEqual(codes('Le coût de 5 M€ est financé ainsi :\n\n- 2 M€ par l’État ;\n- 1 M€ par la Région et par l’autofinancement.\n'), []);
  });
  it('reads an item whose label holds a rate by the value after its last colon', () => {
    const text = (total: string) => `Le coût de nos propositions :\n\n- embauche de 2 000 agents, soit 40 000 € par poste et par an : 80 M€ ;\n- formation : 12 M€ ;\n- équipement : 8 M€.\n\n**Total : ${total}**`;
    assert.deepEqual(codes(text('100 M€')), []);
    assert.deepEqual(codes(text('110 M€')), ['sum-mismatch']);
  });
  it('reads an item whose label details itself with « dont » by the share after its colon', () => {
    const text = (x: string) => `Origine des recettes :\n\n- cotisations : 50 % ;\n- impôts affectés, dont une part de TVA : ${x} ;\n- autres recettes : 20 %.`;
    assert.deepEqual(codes(text('30 %')), []);
    assert.deepEqual(codes(text('38 %')), ['percent-sum']);
  });

  it('reads « une même commune pouvant présenter plusieurs dossiers » as counts that overlap', () => {
    assert.deepEqual(codes('En 2024, 1 100 communes ont été aidées : 760 pour leurs écoles et 520 pour leur voirie, une même commune pouvant présenter plusieurs dossiers.', false), []);
    assert.deepEqual(codes('En 2024, 1 100 communes ont été aidées : 760 pour leurs écoles et 520 pour leur voirie.', false), ['sum-mismatch']);
  });

  it('reads « ensemble des autres » as the rest, one more item, not a total', () => {
    const list = (rest: string) => `Le décret annule 4,6 Md€ de crédits. La contribution se répartit ainsi :\n\n- Écologie : 1,3 Md€ ;\n- Travail : 1,0 Md€ ;\n- Recherche : 0,8 Md€ ;\n- ensemble des autres missions : ${rest}.\n`;
    assert.deepEqual(codes(list('1,5 Md€')), []);
    assert.deepEqual(codes(list('2,5 Md€')), ['sum-mismatch']);
  });

  it('does not take an item of the list for the whole its last item, « le reste », closes', () => {
    const list = (rest: string) => `Les aides engagées se répartissent ainsi :\n\n- eau potable : 94,1 M€ ;\n- milieux aquatiques : 52,3 M€ ;\n- pollutions agricoles : 30,2 M€ ;\n- le reste, soit ${rest}, a financé les études.\n`;
    assert.deepEqual(codes(list('9,4 M€')), []);
  });

  it('picks the count described by the same word as a mean per unit of a list', () => {
    const list = (mean: string) => `**Bilan de l'appel à projets**\n\n- 1 310 dossiers déposés ;\n- 1 046 dossiers retenus, pour 12,5 M€ d'aides :\n  - dont 980 dossiers portant sur du matériel de précision ;\n- aide moyenne par dossier retenu : ${mean}.\n`;
    assert.deepEqual(codes(list('12 000 €')), []);
    assert.deepEqual(codes(list('13 400 €')), ['rate-mismatch']);
  });

  it('reads a lead-in whose fronted clause holds a word of rate (« À l’issue de la prise en charge, … : ») as a split', () => {
    const list = (last: string) => `À l’issue de la prise en charge, les patients se répartissent ainsi :\n\n- retour à domicile : 70 % ;\n- hospitalisation : 24 % ;\n- transfert : ${last}.\n`;
    assert.deepEqual(codes(list('6 %')), []);
    assert.deepEqual(codes(list('9 %')), ['percent-sum']);
    // A word of rate in the lead-in itself still announces rates of several populations.
    assert.deepEqual(codes('En 2024, les taux de prise en charge sont les suivants :\n\n- enfants : 70 % ;\n- adultes : 64 % ;\n- seniors : 58 %.\n'), []);
  });

  it('reads a run of labelled percentages under an item that counts things as shares of those things, never over 100 %', () => {
    const box = (last: string) => `**La caserne en chiffres (2025)**\n\n- 8 400 sorties, soit 23 par jour\n- Secours aux personnes : 74 %\n- Incendies : 9 %\n- Accidents : 10 %\n- Autres : ${last}\n- 210 pompiers, dont 160 volontaires\n`;
    assert.deepEqual(codes(box('7 %')), []);
    assert.deepEqual(codes(box('14 %')), ['percent-sum']);
    // Short of 100 %: the box need not name every kind.
    assert.deepEqual(codes(box('2 %')), []);
    // Rates of several things (far over 100 %, or named as rates) under a count are no split.
    assert.deepEqual(codes('**Le réseau en 2025**\n\n- 12 400 abonnés\n- Satisfaction : 91 %\n- Couverture fibre : 88 %\n- Recyclage : 45 %\n'), []);
    assert.deepEqual(codes('**Le lycée en 2025**\n\n- 1 240 élèves\n- Taux de réussite au bac : 94 %\n- Taux de mentions : 41 %\n- Taux de poursuite : 12 %\n'), []);
    // With no counting item above, the run splits nothing said.
    assert.deepEqual(codes('**Le réseau en 2025**\n\n- Budget : 4 M€\n- Secours : 74 %\n- Incendies : 19 %\n- Accidents : 14 %\n'), []);
  });

  it('takes the whole a list splits from the sentence before its lead-in, leaving aside the amount compared with', () => {
    const doc = (n: string) => `Le conseil a voté une enveloppe de 96 000 € pour les clubs, contre 91 000 € l’an dernier. Elle se répartit ainsi :\n\n- football : 38 000 €\n- tennis : 21 000 €\n- judo : 15 000 €\n- autres clubs : ${n}\n`;
    assert.deepEqual(codes(doc('22 000 €')), []);
    assert.deepEqual(codes(doc('12 000 €')), ['sum-mismatch']);
  });

  it('takes a list of counts’ whole from the caption that counts the lead-in’s subject with its describing word', () => {
    const doc = (n: string) => `**Appel « Horizons » : ${n} projets retenus**\n\nL’agence a publié la liste des lauréats de son appel 2026, doté de 8,4 M€. Les projets retenus se répartissent entre trois domaines :\n\n- 48 projets en santé ;\n- 37 projets en énergie ;\n- 21 projets en agriculture.\n`;
    assert.deepEqual(codes(doc('106')), []);
    assert.deepEqual(codes(doc('118')), ['sum-mismatch']);
    // A caption counting other things (« dossiers déposés ») gives no whole.
    assert.deepEqual(codes(doc('106').replace('106 projets retenus', '350 dossiers déposés')), []);
  });

  it('holds the examples a lead-in « Ils résultent notamment : » gives within the whole it points back to', () => {
    const doc = (n: string) => `Fin 2025, les restes à payer du programme atteignent 2,6 Md€. Ils résultent notamment :\n\n- des contrats de plan : 1,1 Md€ ;\n- des projets immobiliers : ${n} ;\n`;
    assert.deepEqual(codes(doc('0,9 Md€')), []);
    assert.deepEqual(codes(doc('2,9 Md€')), ['part-exceeds-total']);
  });

  it('splits the count of a lead-in « Au total, N logements ont été rénovés : » among the items that count', () => {
    const doc = (n: string) => `Au total, ${n} logements ont été rénovés en 2025 :\n\n- 2 300 maisons individuelles, dont 400 en rénovation globale ;\n- 1 900 logements en copropriété ;\n- 700 logements sociaux.\n`;
    assert.deepEqual(codes(doc('4 900')), []);
    assert.deepEqual(codes(doc('5 600')), ['sum-mismatch']);
  });
  it('does not read « certaines » inside an item’s own label as a list left partial', () => {
    const doc = (t: string) => `Les aides versées ont atteint ${t} en 2023. Cette dépense se décompose comme suit :\n\n- bourses sur critères sociaux : 512 M€ ;\n- bourses au mérite : 48 M€ ;\n- primes pour les élèves entrant dans certaines spécialités : 14 M€.\n`;
    assert.deepEqual(codes(doc('642 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(doc('574 M€')), []);
    // « certains » opening an item still says some are left out.
    assert.deepEqual(codes('Les aides ont atteint 642 M€. Elles se répartissent ainsi :\n\n- bourses : 512 M€ ;\n- certaines primes : 48 M€.\n'), []);
  });

  it('splits the amount of the paragraph before under « Ce montant se décompose ainsi : » or a bare « Concrètement : »', () => {
    const doc = (lead: string, t: string) => `L’office a consacré ${t} à son patrimoine cette année.\n\n${lead}\n\n- construction neuve : 27,4 M€ ;\n- réhabilitations : 18,9 M€ ;\n- démolitions : 2,3 M€.\n`;
    assert.deepEqual(codes(doc('Ce montant se décompose ainsi :', '52,6 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(doc('Ce montant se décompose ainsi :', '48,6 M€')), []);
    assert.deepEqual(codes(doc('Concrètement :', '52,6 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(doc('Concrètement :', '48,6 M€')), []);
    // « Concrètement » opening a sentence of its own names no list.
    assert.deepEqual(codes('Le pacte est doté de 420 000 €. Il associe la ville et le département.\n\nConcrètement, les 380 000 € restants financeront deux chantiers.\n'), []);
  });

  it('reads a lead-in that states its whole and counts its items as listing every one', () => {
    const doc = (n: string, t: string) => `Les ${n} déchèteries du syndicat ont réceptionné ${t} en 2023 :\n\n- Saint-Aubin : 4 820 t\n- Les Granges : 3 960 t\n- Montferrier : 3 310 t\n`;
    assert.deepEqual(codes(doc('trois', '13 100 tonnes')), ['sum-mismatch']);
    assert.deepEqual(codes(doc('trois', '12 090 tonnes')), []);
    // Without the count, a lead-in ending on a colon may list only some.
    assert.deepEqual(codes('Le syndicat a réceptionné 13 100 tonnes en 2023, notamment :\n\n- Saint-Aubin : 4 820 t\n- Les Granges : 3 960 t\n- Montferrier : 3 310 t\n'), []);
  });
  it('does not read a price per piece before an item’s colon as the whole of the item’s amount', () => {
    const doc = (t: string) => `L’enveloppe de ${t} se décompose comme suit :\n\n- 18 km de pistes, à 95 000 € le kilomètre : 1 710 000 € ;\n- 600 arceaux de stationnement, à 250 € pièce posée : 150 000 € ;\n- signalétique : 210 000 €.\n`;
    assert.deepEqual(codes(doc('2,07 M€')), []);
    assert.deepEqual(codes(doc('2,45 M€')), ['sum-mismatch']);
  });
  it('never takes the price of an item’s noun (« la cantine à 1 € ») as the whole of the amount after its colon', () => {
    const list = (a: string) => `**Ce que la Ville finance cette année**\n\n- la cantine à 1 € pour les familles modestes : ${a} ;\n- le chèque sport, jusqu’à 80 € par enfant : 0,9 M€ ;\n- l’aide aux transports : 0,6 M€.\n`;
    assert.deepEqual(codes(list('1,2 M€')), []);
    // A verb before « à » still states a whole: « Le budget s’élève à 3 M€ : … ».
    assert.deepEqual(codes('Le budget s’élève à 3 M€ : 1,2 M€ pour la voirie et 2,1 M€ pour les écoles.', false), ['sum-mismatch']);
  });
  it('never takes a grant asked for in the paragraph before as the whole of the financing plan under it', () => {
    const text = (ask: string) => `Considérant que la commune sollicite au titre de la DETR une subvention de ${ask} ;\n\nConsidérant le plan de financement prévisionnel suivant :\n\n- coût des travaux : 640 000 € HT ;\n- DETR : 186 000 € ;\n- Région : 128 000 € ;\n- autofinancement : 326 000 €.\n`;
    assert.deepEqual(codes(text('186 000 €')), []);
    // The cost stated before it is the plan's whole.
    assert.deepEqual(codes('Le coût des travaux est estimé à 700 000 € HT.\n\nLe plan de financement s’établit ainsi :\n\n- DETR : 186 000 € ;\n- Région : 128 000 € ;\n- autofinancement : 326 000 €.\n'), ['sum-mismatch']);
  });
  it('reads « dotation globale de fonctionnement » as an item’s name, not as a word of total', () => {
    const list = (t: string) => `**Concours de l’État aux collectivités : ${t} en 2025**\n\nIls se décomposent comme suit :\n\n- dotation globale de fonctionnement (DGF) : 27,2 Md€ ;\n- FCTVA : 7,1 Md€ ;\n- compensations d’exonérations : 4,0 Md€ ;\n- autres prélèvements : 12,6 Md€.\n`;
    assert.deepEqual(codes(list('50,9 Md€')), []);
    assert.deepEqual(flagged(list('54,8 Md€')), ['sum-mismatch 54,8 Md€']);
  });
  it('reads a total that opens a box of key figures as a headline, not as the sum of the figures under it', () => {
    const box = '**Paiements directs, campagne 2023**\n\n- Enveloppe totale des paiements : 142 M€\n- Paiement redistributif : 14,5 M€, soit 10,2 % de l’enveloppe\n- Aide aux jeunes agriculteurs : 2,9 M€, soit 2 % de l’enveloppe\n';
    assert.deepEqual(codes(box), []);
    // A total line under the items still closes them.
    assert.deepEqual(codes('**Financement**\n\n- État : 1,2 M€\n- Région : 0,8 M€\n- Total : 2,5 M€\n'), ['sum-mismatch']);
  });
  it('never takes the last item of another list as the whole of a financing plan', () => {
    const text = 'Les crédits de paiement sont échelonnés ainsi :\n\n- 2024 : 0,6 M€\n- 2025 : 2,1 M€\n- 2026 : 1,5 M€\n\nPlan de financement prévisionnel :\n\n- État : 0,9 M€\n- Région : 0,7 M€\n- autofinancement : 1,7 M€\n';
    assert.deepEqual(codes(text), []);
  });
  it('never reads the factors an item’s price is worked out on (« (120 m³ × 1,62 €) ») as wholes or parts', () => {
    const bill = (t: string) => `**Exemple de facture pour 120 m³**\n\n- Abonnement : 52,00 €\n- Consommation (120 m³ × 1,62 €) : 194,40 €\n- Redevance (120 m³ × 0,33 €) : 39,60 €\n\nTotal : ${t}\n`;
    assert.deepEqual(codes(bill('286,00 €')), []);
  });
  it('never takes key figures after a total line in the middle of a list as its parts', () => {
    const box = (last: string) => `> **Chiffres clés 2025**\n>\n> - Impôts locaux : 5,2 M€\n> - Recettes fiscales totales : 7,9 M€\n> - Recettes de fonctionnement : ${last}\n`;
    assert.deepEqual(codes(box('12,4 M€')), []);
    // A total line that closes the list still sums the items before it.
    assert.deepEqual(codes('- Impôts locaux : 5,2 M€\n- Dotations : 3,1 M€\n- Total : 9,3 M€\n'), ['sum-mismatch']);
  });
  it('reads a lead-in that is only « Répartition : » as the split of the amount just said', () => {
    const text = (last: string) => `**Budget de la saison culturelle 2026 : 640 000 €**\n\nRépartition :\n- spectacles : 310 000 €\n- résidences d’artistes : 140 000 €\n- médiation : 95 000 €\n- communication : ${last}\n`;
    assert.deepEqual(codes(text('95 000 €')), []);
    assert.deepEqual(codes(text('135 000 €')), ['sum-mismatch']);
  });
  it('reads a lead-in naming its amount a total, « d’un montant total de A : », as listing every part', () => {
    const text = (last: string) => `Le syndicat présente son programme de travaux, d’un montant total de 12,4 M€ sur trois ans :\n\n- réseaux d’eau : 6,1 M€ ;\n- station d’épuration : 4,2 M€ ;\n- compteurs : ${last}.\n`;
    assert.deepEqual(codes(text('2,1 M€')), []);
    assert.deepEqual(codes(text('1,2 M€')), ['sum-mismatch']);
    // Without the word of total, the list may name some parts only.
    assert.deepEqual(codes(text('1,2 M€').replace('d’un montant total de', 'doté de')), []);
  });
  it('reads a whole a verb of allocation gives out over a list as given out in full', () => {
    const list = (last: string) => `La ville consacrera 1,6 M€ à ses équipements sportifs cette année :\n- toiture du gymnase : 720 000 €\n- piste d’athlétisme : 480 000 €\n- éclairage du stade : ${last}\n`;
    assert.deepEqual(codes(list('400 000 €')), []);
    assert.deepEqual(flagged(list('300 000 €')), ['sum-mismatch 1,6 M€']);
    // A word of selection keeps the list partial.
    assert.deepEqual(codes(list('300 000 €').replace('à ses équipements', 'notamment à ses équipements')), []);
    assert.deepEqual(codes(list('300 000 €').replace('à ses équipements sportifs', 'à ses principaux équipements sportifs')), []);
    // An item that works its figure out (a count, a price, « soit ») may be misread: the list stays partial.
    assert.deepEqual(codes(list('300 000 €').replace('- piste d’athlétisme : 480 000 €', '- 60 bancs de 2 000 €, soit 120 000 €')), []);
  });
  it('reads items of a later budget stage than the lead-in\'s amount as a part of it, and sums them to a total line after them', () => {
    const doc = (after: string) => `Doté de 420 M€ sur huit ans, le programme « Collèges sobres » a donné lieu aux engagements suivants :\n\n- 2022 : 18 M€\n- 2023 : 26 M€\n- 2024 : 39 M€\n\n${after}\n`;
    assert.deepEqual(codes(doc('Soit 83 M€ engagés à ce jour, un cinquième de l’enveloppe.')), []);
    assert.deepEqual(flagged(doc('Soit 93 M€ engagés à ce jour, un cinquième de l’enveloppe.')), ['sum-mismatch 93 M€']);
    // Items of the amount's own stage still split it in full.
    assert.deepEqual(codes('Le programme de 420 M€ se répartit comme suit :\n\n- collèges : 180 M€\n- lycées : 200 M€\n- écoles : 30 M€\n'), ['sum-mismatch']);
  });
  it('reads an aid each household gets, named in an item\'s label, as no whole of the item\'s value', () => {
    const doc = (t: string) => `La commission a voté trois mesures, pour ${t} :\n\n1. fonds d’aide à l’énergie : 0,9 M€ ;\n2. aide exceptionnelle de 120 € aux familles monoparentales : 640 000 € ;\n3. soutien aux épiceries sociales : 310 000 €.\n`;
    assert.deepEqual(codes(doc('une enveloppe globale de 1,85 M€')), []);
    assert.deepEqual(flagged(doc('une enveloppe globale de 2,05 M€')), ['sum-mismatch 2,05 M€']);
  });
  it('sums the counts of a list under « … les N X suivants : » against « Ces N X » right after it', () => {
    const doc = (n: string) => `Depuis janvier, la direction a procédé aux embauches suivantes :\n\n- 44 infirmiers de bloc ;\n- 61 aides-soignants, dont 12 de nuit ;\n- 19 brancardiers.\n\nCes ${n} embauches ont permis de rouvrir deux unités.\n`;
    assert.deepEqual(codes(doc('124')), []);
    assert.deepEqual(codes(doc('142')), ['sum-mismatch']);
    // A demonstrative count of another noun is no total of the list.
    assert.deepEqual(codes(doc('124').replace('Ces 124 embauches', 'Ces 142 agents')), []);
  });
  it('reads a financing list followed by « Le solde est financé par … » as not all of the cost', () => {
    const doc = '### Financement du gymnase\n\n- Coût total de l’opération : 4,6 M€ HT\n- DETR : 500 000 €\n- Région : 0,9 M€\n\nLe solde est financé par l’autofinancement et par un emprunt de 1,5 M€.\n';
    assert.deepEqual(codes(doc).filter((c) => c === 'sum-mismatch'), []);
  });
  it('reads a caption « Issue des X : » as splitting all of them', () => {
    const doc = (a: string) => `Issue des recours :\n\n- annulation : ${a}\n- rejet : 61 %\n- désistement : 12 %\n`;
    assert.deepEqual(codes(doc('27 %')), []);
    assert.deepEqual(codes(doc('17 %')), ['percent-sum']);
  });
  it('reads an item priced « 150 €/ha, soit A » as no part to add up, and the ends of a change after the list as no total', () => {
    const doc = (t: string) => `**Aide à la haie : un exemple de calcul**\n\nLinéaire éligible : 100 ha.\n\n- les 40 premiers hectares sont aidés à 150 €/ha, soit 6 000 € ;\n- les 60 hectares suivants sont aidés à 95 €/ha, soit 5 700 €.\n\nMontant total de l'aide pour cette ferme : **${t}**, avant plafonnement.\n`;
    assert.deepEqual(codes(doc('11 700 €')), []);
    const staff = `# Cour d'appel de Valmont : 15 postes de plus en 2026\n\nLa note de localisation des emplois donne à la cour :\n\n- 3 magistrats ;\n- 6 greffiers ;\n- 4 attachés de justice ;\n- 2 adjoints administratifs.\n\nL'effectif total passe ainsi de 214 à 229 agents, soit une hausse de 7 %. Le premier président parle d'un « vrai soulagement ».\n`;
    assert.deepEqual(codes(staff), []);
  });
  it('reads « de l’ensemble des … » in an item as a complement, no total line, and « issues de : » as a split of its whole', () => {
    const plan = (t: string) => `Coût total du programme : ${t} HT, réparti entre les opérations suivantes :\n\n- Remplacement de l'ensemble des luminaires des écoles : 2,2 M€\n- Isolation du gymnase : 1,6 M€\n- Chaufferie bois : 0,9 M€\n`;
    assert.deepEqual(codes(plan('4,7 M€')), []);
    assert.deepEqual(codes(plan('5,4 M€')), ['sum-mismatch']);
    const sources = (t: string) => `La plateforme a reçu ${t} de déchets verts, issues de :\n\n- la déchetterie de Lorme : 1 240 t\n- les services techniques : 380 t\n- les paysagistes : 215 t\n`;
    assert.deepEqual(codes(sources('1 835 tonnes')), []);
    assert.deepEqual(codes(sources('2 035 tonnes')), ['sum-mismatch']);
    // « à l’issue de » opens no split.
    assert.deepEqual(codes("À l'issue de la saison, la plateforme a reçu 2 035 tonnes :\n\n- la déchetterie de Lorme : 1 240 t\n- les services techniques : 380 t\n"), []);
  });
  it('reads a total line that leaves a complement to others as the whole the items are a part of', () => {
    const doc = (t: string) => `L'État accompagnera :\n\n- la passerelle sur la Loue : 1,4 M€ ;\n- la voie verte de la gare : 950 000 € ;\n- six traversées sécurisées : 230 000 €.\n\nLe montant total des travaux est estimé à ${t} HT, le complément étant apporté par l'agglomération et la Région.\n`;
    assert.deepEqual(codes(doc('7,8 M€')), []);
    // Named with its own amount, the rest is of another whole: the line's total is the items' sum.
    assert.deepEqual(codes("Plan de financement :\n\n- Région : 2,2 M€ ;\n- État : 1,5 M€.\n\nAu total, les aides atteignent 4,1 M€, le reste du coût (estimé à 6 M€ HT) étant porté par la commune.\n"), ['sum-mismatch']);
  });
  it('reads short numbered « label : value » lines of plain text as list items, with their sub-items', () => {
    const doc = (t: string) => `Le budget s'établit comme suit :\n\n1. Frais de stage : 12 600 €\n   - organismes agréés : 8 100 €\n   - associations : 4 500 €\n2. Déplacements : 3 150 €\n3. Hébergement : 2 250 €\n\nTotal : ${t}\n`;
    assert.deepEqual(codes(doc('18 000 €'), false), []);
    assert.deepEqual(flagged(doc('19 500 €'), false), ['sum-mismatch 19 500 €']);
  });
  it('takes no whole for a split from a sentence of other years (« engagé en 2015 … Au budget 2025, … se répartissent ainsi : »)', () => {
    const doc = '# Collèges\n\nLe plan, engagé en 2015, a déjà mobilisé plus de 800 M€. Au budget 2025, les crédits se répartissent ainsi :\n\n- Constructions : 30 M€\n- Réhabilitations : 20 M€\n\n**Total : 50 M€**\n';
    assert.deepEqual(codes(doc), []);
  });
  it('reads the yield after « soit » as the part of an item when the item gives a rate and its base (« 41,2 %, sur des bases de A, soit B »)', () => {
    const doc = (t: string) => `Le conseil communautaire a voté les taux de l'année :\n\n- foncier bâti : 41,20 %, sur des bases de 12 400 000 €, soit un produit de 5 108 800 € ;\n- foncier non bâti : 58 %, sur des bases de 310 000 €, soit 179 800 € ;\n- cotisation foncière des entreprises : 26,5 %, sur une base de 2 000 000 €, soit 530 000 €.\n\nTotal : ${t}\n`;
    assert.deepEqual(codes(doc('5 818 600 €')), []);
    assert.deepEqual(flagged(doc('6 120 000 €')), ['sum-mismatch 6 120 000 €']);
    // Plain text, numbered: the same reading.
    const numbered = (t: string) => `Produit attendu des taxes :\n\n1. Foncier bâti : 39 %, sur des bases de 8 000 000 €, soit 3 120 000 €\n2. Foncier non bâti : 50 %, sur des bases de 200 000 €, soit 100 000 €\n\nTotal : ${t}\n`;
    assert.deepEqual(codes(numbered('3 220 000 €'), false), []);
    assert.deepEqual(flagged(numbered('3 420 000 €'), false), ['sum-mismatch 3 420 000 €']);
  });

  it('takes the last amount before « réparties comme suit » as the whole of a lead-in that states several', () => {
    const items = (a: string) => `\n\n- baisse des prix des médicaments : ${a} Md€ ;\n- transports sanitaires : 0,9 Md€ ;\n- pertinence des soins : 1,4 Md€ ;\n- ticket modérateur : 1,1 Md€ ;\n- lutte contre la fraude : 0,4 Md€.\n`;
    const lead = 'Pour tenir un objectif de 263,9 Md€, le Gouvernement prévoit 5,0 Md€ d’économies, réparties comme suit :';
    assert.deepEqual(codes(lead + items('1,2')), []);
    assert.deepEqual(flagged(lead + items('1,6')), ['sum-mismatch 5,0 Md€']);
  });
  it('sums every item of a long list for a total line after it, not the last four', () => {
    const items = (a: string) => `\n\n- prix des médicaments : ${a} Md€ ;\n- transports sanitaires : 0,9 Md€ ;\n- pertinence des soins : 1,4 Md€ ;\n- ticket modérateur : 1,1 Md€ ;\n- lutte contre la fraude : 0,4 Md€.\n\n**Total :** 5,0 Md€\n`;
    const lead = 'Sur un objectif de 263,9 Md€, le Gouvernement prévoit 5,0 Md€ d’économies :';
    assert.deepEqual(codes(lead + items('1,2')), []);
    assert.deepEqual(flagged(lead + items('1,6')), ['sum-mismatch 5,0 Md€']);
  });

  it('takes no total over more years than a list of dated items (« sur dix ans » under three years)', () => {
    const list = 'Depuis, les évolutions sont plus modestes :\n\n- 2022 : 2,24 M€ ;\n- 2023 : 2,21 M€ ;\n- 2024 : 2,19 M€.\n\n';
    assert.deepEqual(codes(list + 'Ces pertes cumulées représentent, sur dix ans, près de 11 M€.\n'), []);
    // A total over the same three years still sums them.
    assert.deepEqual(flagged(list + 'Au total, sur trois ans, 7,1 M€.\n'), ['sum-mismatch 7,1 M€']);
  });

  it('sums the items a sentence counts back (« Ces cinq opérations totalisent A ») over a lead-in whole they only pick from', () => {
    const list = (t: string) => `Le budget consacre 3,2 millions d’euros à l’investissement. Voici les principales réalisations prévues :\n\n- école : 1 150 000 € ;\n- voirie : 620 000 € ;\n- cimetière : 180 000 €.\n\nCes trois opérations totalisent ${t}, le reste allant à la dette.\n`;
    assert.deepEqual(codes(list('1 950 000 €')), []);
    assert.deepEqual(flagged(list('2 350 000 €')), ['sum-mismatch 2 350 000 €']);
    // « Les trois autres chantiers » counts others than the items.
    assert.deepEqual(codes(list('1 950 000 €').replace('Ces trois opérations totalisent 1 950 000 €', 'Les trois autres chantiers totalisent 174 000 €')), []);
  });

  it('sums the items of a list for a total line after it, not the « dont » details of items a list already counts', () => {
    const list = (t: string) => `Le décret porte sur 10 milliards d’euros de crédits. Les principales missions touchées sont les suivantes :\n\n- Écologie : 2,2 Md€, dont 1 000 M€ sur la rénovation ;\n- Recherche : 0,9 Md€ ;\n- Travail : 1,1 Md€, dont 400 M€ sur la formation ;\n- autres missions : 5,8 Md€.\n\n**Total : ${t}**\n`;
    assert.deepEqual(codes(list('10,0 Md€')), []);
  });

  it('reads the deeper items under an item « label : amount » as all of it, and those under « dont » as some of it', () => {
    const list = (a: string) => `L’effort atteint 15,0 Md€ :\n\n1. Mesures de recettes : 6,8 Md€\n   - allègements : 4,0 Md€\n   - fiscalité : 2,8 Md€\n2. Mesures d’économies : 8,2 Md€\n   - ONDAM : 5,0 Md€\n   - pensions : ${a}\n`;
    assert.deepEqual(codes(list('3,2 Md€')), []);
    assert.deepEqual(flagged(list('3,6 Md€')), ['sum-mismatch 8,2 Md€']);
    // Details short of their item leave part of it unexplained: the item says what they come to.
    assert.deepEqual(flagged(list('1,2 Md€')), ['sum-mismatch 8,2 Md€']);
    // Under « dont », « notamment », they are examples: they may only not pass it.
    const some = (a: string) => `L’effort atteint 15,0 Md€ :\n\n1. Mesures de recettes : 6,8 Md€\n   - allègements : 4,0 Md€\n   - fiscalité : 2,8 Md€\n2. Mesures d’économies : 8,2 Md€, notamment\n   - ONDAM : 5,0 Md€\n   - pensions : ${a}\n`;
    assert.deepEqual(codes(some('1,2 Md€')), []);
    assert.deepEqual(flagged(some('3,6 Md€')), ['sum-mismatch 8,2 Md€']);
  });

  it('reads a bare item value detailed in brackets (« 7,9 (dont 3,1 pour …) ») under a unit the lead-in states', () => {
    const doc = (t: string) => `Crédits programmés (en millions d'euros) :\n- Pistes cyclables : 18,2\n- Stationnement : 4,1\n- Aides à l'achat : 6,4 (dont 2,2 pour les vélos cargos)\n- Communication : 1,3\n**Total : ${t} M€**\n`;
    assert.deepEqual(codes(doc('30,0')), []);
    assert.deepEqual(codes(doc('32,0')), ['sum-mismatch']);
  });
  it('reads a lead-in that states what its subject comes to (« représentent A : ») as the whole of the items', () => {
    const doc = (t: string) => `Les travaux d'assainissement inscrits au budget représentent ${t} HT :\n- réseaux : 4,2 M€ ;\n- station : 2,5 M€ ;\n- postes de relevage : 0,8 M€.\n`;
    assert.deepEqual(codes(doc('7,5 M€')), []);
    assert.deepEqual(codes(doc('8,3 M€')), ['sum-mismatch']);
    // « notamment » says the items are some of it.
    assert.deepEqual(codes('Les travaux représentent 8,3 M€ HT, notamment :\n- réseaux : 4,2 M€ ;\n- station : 2,5 M€.\n'), []);
  });
  it('reads sub-items under a parent that labels its amount as all of it, unless they say « dont »', () => {
    const doc = (t: string) => `Chiffres clés de l'exploitation :\n- Troupeau : 70 vaches\n- Surfaces cultivées : ${t} hectares\n  - blé : 44 ha\n  - orge : 26 ha\n  - maïs : 21 ha\n- Prairies : 58 hectares\n`;
    assert.deepEqual(codes(doc('91')), []);
    assert.deepEqual(codes(doc('99')), ['sum-mismatch']);
    assert.deepEqual(codes('Budget 2025 :\n- section hébergement : 3,1 M€\n  - dont restauration : 0,9 M€\n  - dont entretien : 0,6 M€\n- section soins : 2,2 M€\n'), []);
  });
  it('reads short numbered lines that open on a count as items in plain text', () => {
    const doc = (t: string) => `Le centre hospitalier recrute ${t} soignants d'ici l'automne :\n1. 14 infirmiers et infirmières ;\n2. 9 aides-soignants ;\n3. 5 kinésithérapeutes.\n`;
    assert.deepEqual(codes(doc('28'), false), []);
    assert.deepEqual(codes(doc('31'), false), ['sum-mismatch']);
  });
  it('splits the count the items count when the sentence before has other counts or an amount (« Ils se répartissent ainsi : »)', () => {
    const doc = (t: string) => `L'examen de 140 achats a permis d'identifier ${t} marchés passés sans publicité, alors que leur montant dépassait le seuil de 40 000 € HT. Ils se répartissent ainsi :\n- travaux : 15 marchés ;\n- fournitures : 11 marchés ;\n- études : 7 marchés.\n`;
    assert.deepEqual(codes(doc('33')), []);
    assert.deepEqual(codes(doc('38')), ['sum-mismatch']);
  });

  it('reads the sub-items under a parent item that labels its count as what that count is made of', () => {
    const list = (a: string) => `Le plan de rénovation porte sur 900 logements :\n\n- Les Acacias : 500 logements\n  - bâtiment A : 300 logements\n  - bâtiment B : ${a} logements\n- Le Moulin : 400 logements\n`;
    assert.deepEqual(codes(list('200')), []);
    assert.deepEqual(codes(list('240')), ['sum-mismatch']);
    // (« dont » under the parent picks some of them only.)
    assert.deepEqual(codes('Le plan porte sur 900 logements :\n\n- Les Acacias : 500 logements, dont\n  - bâtiment A : 300 logements\n  - bâtiment B : 120 logements\n- Le Moulin : 400 logements\n'), []);
  });

  it('reads a closing line that takes up one item’s amount with « les » as no total of the items', () => {
    const text = '1. Le fonds a été doté de 14 M€ pour 2021-2025.\n2. Sur la seule année 2025, 3,2 M€ ont été engagés.\n3. Au total, les 14 M€ mobilisés ont permis d’aider 90 communes.\n';
    assert.deepEqual(codes(text), []);
    assert.deepEqual(codes('Le fonds a été doté de 14 M€ pour 2021-2025. Sur la seule année 2025, 3,2 M€ ont été engagés. Au total, les 14 M€ mobilisés ont permis d’aider 90 communes.'), []);
  });

  it('reads an item’s value after its colon when percentages describe its label', () => {
    const list = (a: string) => `L’économie attendue s’élève à 2 Md€, qui se décomposent ainsi :\n\n1. le gel des dotations : 1 200 M€ ;\n2. la baisse du taux de compensation, ramené de 16,4 % à 14,9 % : ${a} ;\n3. la réduction des variables d’ajustement : 300 M€.\n`;
    assert.deepEqual(codes(list('500 M€')), []);
    assert.deepEqual(codes(list('800 M€')), ['sum-mismatch']);
  });

  it('reads a caption ending on its bare total over items ending on theirs, a bracket of detail aside', () => {
    const list = (a: string) => `Interventions de l’été 2024 : 1 800\n\n- secours aux personnes : ${a} (dont 300 sur les plages)\n- incendies : 400\n- accidents : 250\n`;
    assert.deepEqual(codes(list('1 150')), []);
    assert.deepEqual(codes(list('1 250')), ['sum-mismatch']);
  });
});
