// Figures given to a noun in one section (a key-figure item, « Le budget … s’élève à … », a heading « ## L’enveloppe »)
// and taken up by that noun in another (checks/acrossSections.ts).

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';

describe('relations: figures across sections', () => {
  it('splits a key figure among the items a later section lists under « Cette enveloppe est répartie … : »', () => {
    const doc = (a: string) =>
      `# Plan « Rivières vives » 2026-2028\n\n**Chiffres clés**\n- **Enveloppe totale** : 30 M€\n- **Durée** : trois ans\n\n## Contexte\n\nLes crues de 2024 ont montré l’état des berges.\n\n## Répartition\n\nCette enveloppe est répartie entre trois axes :\n- **Restauration des berges** : 14 M€\n- **Zones d’expansion des crues** : ${a}\n- **Animation** : 4 M€\n`;
    assert.deepEqual(codes(doc('12 M€')), []);
    assert.deepEqual(codes(doc('9 M€')), ['sum-mismatch']);
  });

  it('reads « N % de ce budget de fonctionnement » against that budget stated in another section', () => {
    const doc = (p: string) =>
      `# Conservatoire : bilan 2025\n\n## Les moyens\n\nLe budget de fonctionnement du conservatoire s’élève à 1,6 M€ en 2025.\n\n## Les publics\n\nLes inscriptions progressent.\n\n## Conclusion\n\nAvec 480 000 €, l’éveil musical pèse ${p} de ce budget de fonctionnement.\n`;
    assert.deepEqual(codes(doc('30 %')), []);
    assert.deepEqual(codes(doc('40 %')), ['share-mismatch']);
    // Another year's budget is another whole.
    assert.deepEqual(codes(doc('40 %').replace('pèse 40 %', 'pesait en 2021 40 %')), []);
  });

  it('reads a heading that is a noun (« ## L’enveloppe ») as the name of the amount stated under it', () => {
    const doc = (a: string) => `# Lycée Jean-Jaurès\n\n## L’enveloppe\n\nLe lycée recevra 24 M€ de la Région pour sa rénovation.\n\n## Conclusion\n\nFinancés à hauteur de ${a}, les ateliers absorbent à eux seuls le quart de cette enveloppe.\n`;
    assert.deepEqual(codes(doc('6 M€')), []);
    assert.deepEqual(codes(doc('9 M€')), ['share-mismatch']);
  });

  it('multiplies a rate of one section by the count of a key figure, against a total the last section states', () => {
    const doc = (t: string) =>
      `# Chèque « Sport Ados »\n\n## Le dispositif\n\nL’aide forfaitaire s’élève à 60 € par adolescent inscrit en club.\n\n**Chiffres clés**\n- **Adolescents aidés** : 5 200\n- **Clubs partenaires** : 140\n\n## Bilan\n\nLes adolescents aidés ont reçu au total ${t} cette saison.\n`;
    assert.deepEqual(codes(doc('312 000 €')), []);
    assert.deepEqual(codes(doc('360 000 €')), ['rate-mismatch']);
    // A yearly rate and a duration in years.
    const contract = (t: string) => `# Contrat « Haies »\n\n**Chiffres clés**\n- **Aide de la Région** : 120 000 € par an\n- **Durée du contrat** : 4 ans\n\n## Financement\n\nSur la durée du contrat, la Région apportera ainsi ${t}.\n`;
    assert.deepEqual(codes(contract('480 000 €')), []);
    assert.deepEqual(codes(contract('560 000 €')), ['rate-mismatch']);
  });

  it('stays silent when the noun names two different figures before, or the reference is in the same section', () => {
    const two = `# Budget\n\n## Fonctionnement\n\nLe budget de la ville s’élève à 40 M€.\n\n## Investissement\n\nLe budget du port s’élève à 12 M€.\n\n## Conclusion\n\nAvec 6 M€, la voirie pèse 30 % de ce budget.\n`;
    assert.deepEqual(codes(two), []);
    // Under one heading, the relation finders read the sentences; this stage adds nothing.
    assert.deepEqual(codes(`# Budget\n\nLe budget de la ville s’élève à 40 M€. La dette baisse. Avec 6 M€, la voirie pèse 15 % de ce budget.\n`), []);
  });

  it('reads a definite share of a noun with its complement, a split of « Le budget … se décompose », and a mean per unit, across sections', () => {
    const share = (p: string) => `# Hôpital\n\n**Chiffres clés**\n- **Charges d’exploitation** : 180 M€\n- **Séjours** : 31 000\n\n## Les charges\n\nLes dépenses de personnel, 117 M€, représentent ${p} des charges d’exploitation.\n`;
    assert.deepEqual(codes(share('65 %')), []);
    assert.deepEqual(codes(share('72 %')), ['share-mismatch']);
    const split = (b: string) => `# Syndicat des eaux\n\n**Chiffres clés**\n- **Budget total 2024** : 12,6 M€\n\n## Les finances\n\nLe budget du syndicat se décompose en une section de fonctionnement de 5,2 M€ et une section d’investissement de ${b}.\n`;
    assert.deepEqual(codes(split('7,4 M€')), []);
    assert.deepEqual(codes(split('6,4 M€')), ['sum-mismatch']);
    const mean = (r: string) => `# Collèges\n\n## Le réseau\n\nLe département gère 38 collèges qui accueillent 19 500 élèves à la rentrée 2025.\n\n## Dotations\n\nL’enveloppe de fonctionnement s’élève à 7,8 M€ en 2026, soit une dotation moyenne de ${r} par collégien.\n`;
    assert.deepEqual(codes(mean('400 €')), []);
    assert.deepEqual(codes(mean('460 €')), ['rate-mismatch']);
  });

  it('reads « les N heures de bénévolat » against the key figure of that noun, « Un tiers des participants, soit N » against their count, and a year series against its total in another section', () => {
    const hours = (n: string) => `# Association\n\n## En bref\n- **Heures de bénévolat** : 12 400\n- **Familles aidées** : 900\n\n## Les bénévoles\n\nSans les ${n} heures de bénévolat de l’année, rien ne serait possible.\n`;
    assert.deepEqual(codes(hours('12 400')), []);
    assert.deepEqual(codes(hours('14 200')), ['restatement-mismatch']);
    const third = (n: string) => `# PLIE\n\n## Les participants\n\nLe plan a accompagné 1 500 participants en 2025.\n\n## Les sorties\n\nUn tiers des participants accompagnés, soit ${n} personnes, a trouvé un emploi durable.\n`;
    assert.deepEqual(codes(third('500')), []);
    assert.deepEqual(codes(third('620')), ['share-mismatch']);
    const series = (t: string) => `# Plan écoles\n\n## Exécution\n\nLes crédits votés ont été de 9 M€ en 2023, 11 M€ en 2024 et 13 M€ en 2025.\n\n## Conclusion\n\nAu total, la ville aura consacré ${t} à ce plan sur la période.\n`;
    assert.deepEqual(codes(series('33 M€')), []);
    assert.deepEqual(codes(series('38 M€')), ['sum-mismatch']);
  });

  it('reads a key figure over a span (« - 9 M€ sur 2025-2027 ») against the series of those years, and a mean « rapporté à la population » against the box', () => {
    const series = (c: string) => `# Plan mobilité\n\n**En chiffres**\n- 9 M€ sur 2025-2027\n- 30 aires de covoiturage\n\n## Le calendrier\n\nLes crédits montent en charge : 2,5 M€ en 2025, 3 M€ en 2026 et ${c} en 2027.\n`;
    assert.deepEqual(codes(series('3,5 M€')), []);
    assert.deepEqual(codes(series('2,5 M€')), ['sum-mismatch']);
    const mean = (r: string) => `# Contrat de sécurité\n\n> **L’essentiel**\n> - 1,8 M€ investis sur 2025-2027\n> - 36 000 habitants couverts\n\n## Le financement\n\nRapporté à la population, l’effort représente ${r} par habitant sur la durée du contrat.\n`;
    assert.deepEqual(codes(mean('50 €')), []);
    assert.deepEqual(codes(mean('65 €')), ['rate-mismatch']);
  });

  it('splits a box’s one amount among the parts « L’enveloppe repose sur trois partenaires : … » announces, as many as it counts', () => {
    const doc = (c: string) => `# Rénovation\n\n> **L’essentiel**\n> - **30 M€** mobilisés en 2026\n> - **4 000** ménages visés\n\n## Le financement\n\nL’enveloppe repose sur trois partenaires : la Région y contribue pour 18 M€, l’Ademe pour ${c} et les intercommunalités pour 4 M€.\n`;
    assert.deepEqual(codes(doc('8 M€')), []);
    assert.deepEqual(codes(doc('5 M€')), ['sum-mismatch']);
    // Two partners counted, three named: the count and the list disagree on what is listed; nothing is read.
    assert.deepEqual(codes(doc('5 M€').replace('trois partenaires', 'deux partenaires')), []);
  });

  it('reads « N de ces contrats, soit P % du total » against the count of contracts in the key figures', () => {
    const doc = (p: string) => `# Apprentissage\n\n> **Chiffres clés 2024**\n> - 12 600 contrats d’apprentissage financés\n> - 98 M€ versés aux CFA\n\n## Les petites entreprises\n\nLes entreprises de moins de onze salariés ont signé 3 780 de ces contrats, soit ${p} du total.\n`;
    assert.deepEqual(codes(doc('30 %')), []);
    assert.deepEqual(codes(doc('36 %')), ['share-mismatch']);
  });

  it('adds a series with its years in brackets against a key figure labelled with the same span', () => {
    const doc = (t: string) => `# Commune\n\n> **Chiffres clés**\n> - Dépenses d’équipement cumulées 2020-2023 : ${t}\n> - Encours de la dette : 21,4 M€\n\n## L’investissement\n\nLes dépenses d’équipement se sont établies à 5,1 M€ (2020), 6,3 M€ (2021), 7,2 M€ (2022) puis 6,8 M€ (2023).\n`;
    assert.deepEqual(codes(doc('25,4 M€')), []);
    assert.deepEqual(codes(doc('28,9 M€')), ['sum-mismatch']);
  });

  it('reads « a doublé depuis 2021, année où l’on comptait N trajets » against the later count of trajets in the key figures', () => {
    const doc = (n: string) => `# Vélos en libre-service\n\n**Chiffres clés**\n\n- **Trajets en 2025** : ${n}\n- **Stations** : 120\n\n## Fréquentation\n\nLa fréquentation a doublé depuis 2021, année où l’on comptait 1,1 million de trajets.\n`;
    assert.deepEqual(codes(doc('2,2 millions')), []);
    assert.deepEqual(codes(doc('1,6 million')), ['change-mismatch']);
    // A key figure of an earlier year is no later end.
    assert.deepEqual(codes('# Vélos\n\n- **Trajets en 2020** : 1,6 million\n\n## Fréquentation\n\nLa fréquentation a doublé depuis 2021, année où l’on comptait 1,1 million de trajets.\n'), []);
  });

  it('reads « En trois ans, la dotation a doublé » against the box’s amounts dated by year under another heading', () => {
    const doc = (b: string) => `# Fonds culturel\n\n**En chiffres**\n\n- 2022 : 6 M€\n- 2025 : ${b}\n\n## Le dispositif\n\nEn trois ans, la dotation du fonds a doublé, ce qui ouvre le dispositif aux petites communes.\n`;
    assert.deepEqual(codes(doc('12 M€')), []);
    assert.deepEqual(codes(doc('9 M€')), ['change-mismatch']);
    // A change of something else than a sum (« la fréquentation ») is not read against the box's amounts.
    assert.deepEqual(codes('# Fonds culturel\n\n**En chiffres**\n\n- 2022 : 6 M€\n- 2025 : 9 M€\n\n## Le public\n\nEn trois ans, la fréquentation a doublé.\n'), []);
  });

  it('reads a split under « ### Ventilation de l’enveloppe » against the envelope of the key figures', () => {
    const text = (c: string) => `### Appel à projets 2025\n\n**Chiffres clés**\n- Enveloppe : 3,2 M€\n- Aide plafonnée à 80 000 € par projet\n\n### Ventilation de l’enveloppe\n\nLes crédits mobilisés se répartissent entre trois volets : 2,0 M€ pour l’investissement, 0,9 M€ pour le fonctionnement et ${c} pour l’ingénierie.`;
    assert.deepEqual(codes(text('0,3 M€')), []);
    assert.deepEqual(codes(text('0,6 M€')), ['sum-mismatch']);
  });

  it('reads « N X, soit P % des Y » against the count of Y in the key figures', () => {
    const text = (p: string) => `### Évaluation\n\n**Chiffres clés**\n- 1 600 bénéficiaires sur deux ans\n- 9 missions locales partenaires\n\n### Résultats\n\nSix mois après leur sortie, 800 jeunes occupaient un emploi, soit ${p} des bénéficiaires.`;
    assert.deepEqual(codes(text('50 %')), []);
    assert.deepEqual(codes(text('58 %')), ['share-mismatch']);
  });

  it('reads « Parmi les X, N … » as a part of the count of X in the key figures', () => {
    const text = (n: string) => `### Rapport 2024\n\n**Chiffres clés**\n- 9 200 dossiers instruits\n- 48 agents\n\n### Décisions\n\nParmi les dossiers instruits, ${n} ont débouché sur un accord.`;
    assert.deepEqual(codes(text('7 400')), []);
    assert.deepEqual(codes(text('9 800')), ['part-exceeds-total']);
  });

  it('reads « L’enveloppe de A » in another section as the key figure restated', () => {
    const text = (a: string) => `### Appel à projets\n\n**Chiffres clés**\n- Enveloppe : 600 000 €\n- Plafond : 20 000 € par projet\n\n### Rappel\n\nL’enveloppe de ${a} est mobilisable en une seule session.`;
    assert.deepEqual(codes(text('0,6 M€')), []);
    assert.deepEqual(codes(text('0,8 M€')), ['restatement-mismatch']);
    // Another figure: « supplémentaire », a unit.
    assert.deepEqual(codes(`### Appel à projets\n\n**Chiffres clés**\n- Enveloppe : 600 000 €\n\n### Rappel\n\nL’enveloppe de 0,8 M€ supplémentaire sera votée en juin.`), []);
  });

  it('reads a table of years and amounts as the dated key figures a change of another section is read against', () => {
    const text = (b: string) => `### Dispositif\n\n| Année | Enveloppe |\n|---|---:|\n| 2021 | 3,0 M€ |\n| 2025 | ${b} |\n\n### Analyse\n\nEn quatre ans, l’enveloppe consacrée aux bourgs a doublé.`;
    assert.deepEqual(codes(text('6,0 M€')), []);
    assert.deepEqual(codes(text('4,8 M€')), ['change-mismatch']);
  });

  it('reads a sentence that ends on « soit » without failing', () => {
    for (const t of ['soit 0,2 plus de ', '1 180 jeunes occupaient un emploi, soit', 'Sur les 30 communes, 12 élèves, soit']) assert.deepEqual(codes(t), []);
  });
  it('reads a key figure labelled after its colon against the prose that names it with the same words', () => {
    const text = (a: string) => `**En bref**\n\n- **48,2 M€** : dépenses de voirie en 2024\n- **12 %** : part du budget\n\n## La voirie\n\nLes dépenses de voirie se sont élevées à ${a} l’an dernier, selon le rapport.\n`;
    assert.deepEqual(codes(text('48,2 millions d’euros')), []);
    assert.deepEqual(codes(text('42,8 millions d’euros')), ['restatement-mismatch']);
    // Other words name another thing: « dépenses de fonctionnement » are not « dépenses de voirie ».
    assert.deepEqual(codes('**En bref**\n\n- **48,2 M€** : dépenses de voirie en 2024\n\n## Le budget\n\nLes dépenses de fonctionnement se sont élevées à 31 M€ l’an dernier.\n'), []);
  });
  it('reads a count in a key-figure box and the count the prose gives the same noun and words as one number, a horizon year aside', () => {
    const text = (n: string) => `## Écoles\n\n> **Repères**\n> - 64 écoles à isoler d’ici à 2030\n> - 12 M€ sur six ans\n\nLe diagnostic mené en 2024 a recensé ${n} écoles à isoler, dont dix en priorité.`;
    assert.deepEqual(codes(text('64')), []);
    assert.deepEqual(codes(text('46')), ['restatement-mismatch']);
    // Other words, another count: « écoles rénovées » are not those « à isoler ».
    assert.deepEqual(codes('## Écoles\n\n> **Repères**\n> - 64 écoles à isoler\n\nLe plan a déjà permis 20 écoles rénovées.'), []);
    // A subset of them: « dont 10 écoles à isoler ».
    assert.deepEqual(codes('## Écoles\n\n> **Repères**\n> - 64 écoles à isoler\n\nLe diagnostic vise les communes rurales, dont 10 écoles à isoler cette année.'), []);
  });
  it('reads a bare count in a key-figure box against the prose total of the same noun (« Au total, N lauréats »)', () => {
    const text = (n: string) => `# Bourses\n\n> **Chiffres clés**\n> - 640 lauréats\n> - 6,4 M€ engagés\n\nLa liste vient d’être publiée. Au total, ${n} lauréats issus de 18 écoles ont été retenus.`;
    assert.deepEqual(codes(text('640')), []);
    assert.deepEqual(codes(text('590')), ['restatement-mismatch']);
    // Without a word of total, a count of the noun may be some of them.
    assert.deepEqual(codes('# Bourses\n\n> **Chiffres clés**\n> - 640 lauréats\n\nLa liste vient d’être publiée : 590 lauréats viennent des écoles publiques.'), []);
  });

  it('does not divide « soit A par logement » after « ces logements » by a count of another section', () => {
    const doc = '# Plan de rénovation\n\n## Le parc\n\nLe bailleur gère 2 400 logements. Au 1er janvier, 900 d’entre eux étaient classés F ou G.\n\n## Le coût\n\nLe plan prévoit de traiter l’ensemble de ces logements d’ici 2028, pour 31,5 M€, soit 35 000 € par logement.\n';
    assert.deepEqual(codes(doc), []);
  });
  it('sums a list of counts under a heading or lead-in that splits them against the count another section states', () => {
    const byHeading = (n: string) => `## Rapport\n\n### Synthèse\n\nLa mission formule ${n} recommandations à la direction.\n\n### Recommandations par axe\n\n- **Gouvernance** : 4 recommandations ;\n- **Finances** : 5 recommandations ;\n- **Personnel** : 2 recommandations ;\n- **Informatique** : 1 recommandation.\n`;
    assert.deepEqual(codes(byHeading('12')), []);
    assert.deepEqual(flagged(byHeading('14')), ['sum-mismatch 14']);
    const byLead = (n: string) => `### Synthèse\n\nAu 1er janvier 2024, ${n} postes étaient vacants dans l’établissement.\n\n### Les ressources humaines\n\nLes postes vacants se répartissent comme suit :\n\n- 38 postes d’infirmiers ;\n- 27 postes d’aides-soignants ;\n- 14 postes de médecins, dont 5 en anesthésie ;\n- 15 postes techniques.\n`;
    assert.deepEqual(codes(byLead('94')), []);
    assert.deepEqual(flagged(byLead('86')), ['sum-mismatch 86']);
    // A heading that splits nothing (« Les recommandations ») lists some of them only.
    assert.deepEqual(codes(byHeading('14').replace('Recommandations par axe', 'Principales recommandations')), []);
  });
  it('reads « soit N % du budget culturel » against the budget a section before gives that noun', () => {
    const doc = (p: string) => `## Note\n\n### Cadrage\nLe budget culturel de la commune atteint 2,6 M€ en 2026.\n\n### Médiathèque\nLa médiathèque reçoit 0,65 M€, soit ${p} du budget culturel.\n`;
    assert.deepEqual(codes(doc('25 %')), []);
    assert.deepEqual(codes(doc('31 %')), ['share-mismatch']);
  });

  it('splits the overall figure of the section right before among the items « Ces crédits se répartissent … : » lists', () => {
    const doc = (last: string) => `## Plan canicule\n\n### Budget\nLa commune consacre 480 000 € à l’adaptation aux fortes chaleurs cette année.\n\n### Les actions\nCes crédits se répartissent entre trois actions :\n- cours d’école végétalisées : 260 000 € ;\n- fontaines : 95 000 € ;\n- salles rafraîchies : ${last}.\n`;
    assert.deepEqual(codes(doc('125 000 €')), []);
    assert.deepEqual(codes(doc('85 000 €')), ['sum-mismatch']);
  });
  it('reads no group\'s total under one heading as restating the box\'s count of the whole', () => {
    const doc = (second: string) => `# La rentrée\n\n> **En chiffres**\n> - 48 classes\n> - 1 150 élèves\n\n## Maternelles\n\nLes deux maternelles accueillent 330 enfants, répartis en 13 classes.\n\n## Élémentaires\n\nLes quatre écoles élémentaires comptent ensemble ${second} classes.\n`;
    assert.deepEqual(codes(doc('35')), []);
    assert.deepEqual(codes(doc('30')), []);
    // Without other groups in the prose, the total restates the box.
    assert.deepEqual(flagged('# La rentrée\n\n> **En chiffres**\n> - 48 classes\n\n## Les écoles\n\nLes six écoles de la commune comptent au total 41 classes.\n'), ['restatement-mismatch 41']);
  });
  it('sums a list whose definite lead-in says it holds all of a key figure\'s whole', () => {
    const doc = (last: string) => `# Rapport 2024\n\n> **En bref**\n> - Dépenses d’équipement : 3,2 M€\n> - 14 000 usagers\n\n## Les travaux\n\nLes dépenses de l’année ont porté sur trois chantiers, qui en constituent la totalité :\n\n- toiture du gymnase : 1,4 M€ ;\n- chaufferie : 0,9 M€ ;\n- parvis : ${last}.\n`;
    assert.deepEqual(codes(doc('0,9 M€')), []);
    assert.deepEqual(codes(doc('0,5 M€')), ['sum-mismatch']);
    // A list announced with « suivants » names some items, not all of the whole.
    assert.deepEqual(codes(doc('0,5 M€').replace(', qui en constituent la totalité :', ', dont les suivants :')), []);
  });

  it('sums label-and-number items under « l\'ensemble des X se répartit » against the key figure of X its qualifier names', () => {
    const doc = (last: string) => `# Bilan\n\n## Chiffres clés\n\n- **1 480** stagiaires accueillis dans l’année\n- **620** stagiaires diplômés depuis 2020\n\n## Devenir\n\nEn décembre, l’ensemble des stagiaires accueillis se répartissait ainsi :\n\n- en emploi : 690 ;\n- en formation : 510 ;\n- sans solution : ${last}.\n`;
    assert.deepEqual(codes(doc('280')), []);
    assert.deepEqual(codes(doc('180')), ['sum-mismatch']);
  });
  it('takes up a fact\'s noun in a definite lead-in with a verb of distribution, past a long fronted phrase', () => {
    const doc = (last: string) => `### Synthèse\n\nLe service a suivi 26 associations. L’enveloppe de soutien versée aux associations atteint 152 000 €, en hausse sur un an.\n\n### Soutien\n\nSelon la délibération du 9 février 2024, l’enveloppe de soutien a été répartie en trois parts :\n\n- part fixe : 90 000 € ;\n- part projets : 41 000 € ;\n- part événements : ${last}.\n`;
    assert.deepEqual(codes(doc('21 000 €')), []);
    assert.deepEqual(codes(doc('12 000 €')), ['sum-mismatch']);
  });
});
