// One amount written twice.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';

describe('relations: restatements', () => {
  it('compares a number restated in brackets by another number, before its currency', () => {
    assert.deepEqual(codes('La commune verse une aide de 12 000 (douze mille) euros au club.'), []);
    assert.deepEqual(codes('La commune verse une aide de 12 000 (quinze mille) euros au club.'), ['restatement-mismatch']);
    assert.deepEqual(codes('Le budget de trois (3) millions d’euros est voté ; celui de deux (5) millions d’euros ne l’est pas.'), ['restatement-mismatch']);
    // No currency or scale after the bracket: a reference, not a restatement.
    assert.deepEqual(codes('Voir la page 25 (12) du rapport, où figurent 3 M€.'), []);
  });

  it('reads « c’est-à-dire » as « soit »', () => {
    assert.deepEqual(codes('Londres a promis 800 millions de livres, c’est-à-dire 0,8 milliard, aux laboratoires.'), []);
    assert.deepEqual(codes('Londres a promis 800 millions de livres, c’est-à-dire 1,8 milliard, aux laboratoires.'), ['restatement-mismatch']);
  });

  it('compares the two forms, each at its own precision', () => {
    assert.deepEqual(codes('Le plan est doté de 1,8 Md€ (1 600 M€).'), ['restatement-mismatch']);
    assert.deepEqual(codes('Le plan est doté de 1,8 Md€ (1 800 M€).'), []);
    assert.deepEqual(codes('Le marché est arrêté à trois millions cinq cent mille euros hors taxes (3 050 000 € HT).'), ['restatement-mismatch']);
  });

  it('reads « soit » after the amount’s own complement, never after a list or a share', () => {
    assert.deepEqual(codes('Les communes ont reçu 1 400 millions d’euros au titre de la dotation de soutien, soit 1,2 milliard.'), ['restatement-mismatch']);
    assert.deepEqual(codes('La moitié des 3,2 Md€ du plan, soit 1,6 Md€, sera engagée dès 2025.'), []);
    assert.deepEqual(codes('Le fonds sera porté à 350 K€, soit 100 K€ supplémentaires.'), []);
  });

  it('counts the years of a period written twice', () => {
    assert.deepEqual(codes('Les armées disposeront de 400 Md€ pour les cinq prochaines années (2024-2030).'), ['restatement-mismatch']);
    assert.deepEqual(codes('Les armées disposeront de 400 Md€ pour les sept prochaines années (2024-2030).'), []);
    assert.deepEqual(codes('Le plan couvre les cinq dernières années (2019-2024).'), []);
  });

  it('reads an amount in words and the same in digits side by side as one amount', () => {
    assert.deepEqual(codes('« Deux milliards d’euros, 2,6 Md€, voilà ce que coûte ce retard », a déclaré le rapporteur.'), ['restatement-mismatch']);
    assert.deepEqual(codes('« Trois millions d’euros, 3 M€, c’est ce que coûte la rénovation », dit le maire.'), []);
    // A list, or a whole and its parts, is no restatement.
    assert.deepEqual(codes('Le lycée reçoit deux millions d’euros, 1,5 M€ pour le gymnase et 0,5 M€ pour la cantine.'), []);
    assert.deepEqual(codes('Les dotations passent d’un million d’euros, 2 M€, 3 M€ puis 4 M€ selon les années.'), []);
  });

  it('counts the years of « 2024-2027, soit N ans », with both ends or by subtraction, and flags the count', () => {
    assert.deepEqual(flagged('Le contrat porte sur la période 2024-2027, soit cinq ans.'), ['restatement-mismatch cinq ans']);
    assert.deepEqual(codes('Le contrat porte sur la période 2024-2027, soit quatre ans.'), []);
    assert.deepEqual(codes('Le contrat porte sur la période 2024-2027, soit trois ans.'), []);
    // The end of a range of academic years is no span.
    assert.deepEqual(codes('Le contrat couvre les années universitaires 2024-2025 à 2027-2028, soit quatre années universitaires.'), []);
  });

  it('does not read a yearly amount and its sum over years as one amount', () => {
    assert.deepEqual(codes('La dépense annuelle s’élève à 1 113 000 €, soit près de 5,6 M€ sur les cinq années du marché.'), []);
    assert.deepEqual(codes('La dépense s’élève à 1 113 000 €, soit 1,5 M€.'), ['restatement-mismatch']);
  });

  it('counts the years of « de 2019 à 2025, soit N années »', () => {
    assert.deepEqual(flagged('Fermé de 2019 à 2025, soit quatre années de travaux, le pont rouvre lundi.'), ['restatement-mismatch quatre années']);
    assert.deepEqual(codes('Fermé de 2019 à 2025, soit sept années de travaux, le pont rouvre lundi.'), []);
  });

  it('compares a bracketed restatement even when « dont » or « sur cinq ans » follows it', () => {
    assert.deepEqual(codes('La loi prévoit un effort de 2,4 Md€ (2 150 M€) sur cinq ans, dont 600 M€ pour les urgences.'), ['restatement-mismatch']);
    assert.deepEqual(codes('La loi prévoit un effort de 2,4 Md€ (2 400 M€) sur cinq ans, dont 600 M€ pour les urgences.'), []);
    // A yearly amount and its sum over the years is no restatement.
    assert.deepEqual(codes('Le marché coûte 1 113 000 € par an (5,6 M€ sur les cinq années du marché).'), []);
  });

  it('checks one duration restated in another unit (« 30 mois, soit deux ans et demi »)', () => {
    assert.deepEqual(codes('Les fouilles dureront 30 mois, soit trois ans et demi, avant la construction.'), ['restatement-mismatch']);
    assert.deepEqual(codes('Les fouilles dureront 30 mois, soit deux ans et demi, avant la construction.'), []);
    assert.deepEqual(codes('Le délai de recours est de six mois (un semestre), soit 26 semaines.'), []);
    assert.deepEqual(codes('La concertation a duré 120 jours, soit deux mois.'), ['restatement-mismatch']);
    assert.deepEqual(codes('La concertation a duré 120 jours, soit quatre mois.'), []);
    // A hedge makes it approximate; two durations in one unit are two durations.
    assert.deepEqual(codes('La concertation a duré 110 jours, soit près de quatre mois.'), []);
    assert.deepEqual(codes('Le premier lot dure 8 mois, soit 6 mois de moins que le second.'), []);
  });

  it('reads « soit N € par unit » or « en moyenne » after « soit » as what an amount comes to per unit, not the amount again', () => {
    assert.deepEqual(codes('Le syndicat a commandé 12 bus électriques pour 6,6 M€, soit 550 000 € par bus.'), []);
    assert.deepEqual(codes('Le syndicat a commandé 12 bus électriques pour 6,6 M€, soit 620 000 € par bus.'), ['rate-mismatch']);
    assert.deepEqual(codes('Les 940 chantiers aidés représentent 11,3 M€, soit près de 12 000 € d’aide en moyenne par chantier.'), []);
  });

  it('counts both ends of « de 2023 à 2027 inclus, soit N années »', () => {
    assert.deepEqual(codes('Le plan court de 2023 à 2027 inclus, soit quatre années de programmation.'), ['restatement-mismatch']);
    assert.deepEqual(codes('Le plan court de 2023 à 2027 inclus, soit cinq années de programmation.'), []);
    assert.deepEqual(codes('Le plan court de 2023 à 2027, soit quatre années de programmation.'), []);
  });
  it('does not read an average then what it comes to (« un montant moyen de 150 €, soit 840 M€ ») as one amount twice', () => {
    assert.deepEqual(codes('En 2024, 5,6 millions de foyers ont reçu le chèque, pour un montant moyen de 150 €, soit 840 M€ au total.'), []);
    assert.deepEqual(codes('Le chèque représente 840 M€, soit 8,4 Md€.'), ['restatement-mismatch']);
  });
  it('reads « soit 160 000 € du km » as a price per unit, not the amount again', () => {
    assert.deepEqual(codes('En 2024, 58 km ont été réalisés pour 9,3 M€, soit environ 160 000 € du km.'), []);
    assert.deepEqual(codes('Le département a reçu 12 M€, soit 1,2 M€ du département voisin.'), ['restatement-mismatch']);
  });

  it('reads « Ces N » as the amount said just before, or the sum of one sentence’s amounts', () => {
    const text = (a: string) => `Le déficit du syndicat atteint 4,6 M€ fin 2024. Ces ${a} d’euros devront être couverts par les communes membres.`;
    assert.deepEqual(codes(text('4,6 millions')), []);
    assert.deepEqual(codes(text('6,4 millions')), ['restatement-mismatch']);
    assert.deepEqual(codes('L’État apporte 200 M€ et la région 100 M€. Ces 300 M€ financeront la ligne.'), []);
    // Several different amounts before: which one « ces » takes up is not said.
    assert.deepEqual(codes('Le lycée a coûté 18 M€ et le gymnase 6 M€. Ces 4 M€ de surcoût inquiètent.'), []);
    assert.deepEqual(codes('Le déficit atteint 4,6 M€. Ces 2 M€ supplémentaires viennent des intérêts.'), []);
    // After a semicolon, « ces » takes up the clause before it as it would the sentence before.
    assert.deepEqual(codes('L’agence consacre cinq millions et demi d’euros aux zones humides pour 2026 ; ces 5,1 M€ paieront 40 chantiers.'), ['restatement-mismatch']);
    assert.deepEqual(codes('L’agence consacre cinq millions et demi d’euros aux zones humides pour 2026 ; ces 5,5 M€ paieront 40 chantiers.'), []);
    assert.deepEqual(codes('L’agence consacre 3 M€ aux mares et 2 M€ aux haies ; ces 5 M€ paieront 40 chantiers.'), []);
    assert.deepEqual(codes('L’agence consacre 3 M€ aux mares ; les haies recevront 2 M€ et ces 1,5 M€ de reliquat iront aux études.'), []);
  });

  it('reads a restatement set between dashes, and one in brackets after a verb of revision', () => {
    const dash = (a: string) => `Le plan mobilise une aide de 2,5 Md€ — soit ${a} millions d’euros — pour les sites industriels.`;
    assert.deepEqual(codes(dash('2 500')), []);
    assert.deepEqual(codes(dash('2 050')), ['restatement-mismatch']);
    const bracket = (a: string) => `L’enveloppe est portée à 420 k€ (${a}), contre 300 k€ l’an dernier.`;
    assert.deepEqual(codes(bracket('420 000 €')), []);
    assert.deepEqual(codes(bracket('402 000 €')), ['restatement-mismatch']);
  });

  it('reads a bracket after « en autorisations d’engagement » as the same amount again', () => {
    const text = (a: string) => `La commission permanente affecte 2,4 M€ en autorisations d’engagement (${a}) aux études de trois collèges.`;
    assert.deepEqual(codes(text('2 400 k€')), []);
    assert.deepEqual(codes(text('2 700 k€')), ['restatement-mismatch']);
    // Another stage in the bracket is another figure.
    assert.deepEqual(codes('La commission affecte 2,4 M€ en autorisations d’engagement (0,8 M€ en crédits de paiement) aux études.'), []);
  });

  it('reads a bracket after the year an amount is for as the same amount (« 3,2 Md€ la première année (3 200 M€) »)', () => {
    const text = (a: string) => `Le surcoût atteindrait 2,4 Md€ la première année (2 400 M€), puis 11,6 Md€ la dixième année (${a}).`;
    assert.deepEqual(codes(text('11 600 M€')), []);
    assert.deepEqual(codes(text('16 100 M€')), ['restatement-mismatch']);
    assert.deepEqual(codes('Le budget atteint 12 M€ en 2024 (11 M€ en 2023).'), []);
  });

  it('reads « ce déficit de A » as the amount the deficit was given in the sentence before', () => {
    const text = (a: string) => `Le déficit de l’exercice s’élève à 9,6 M€, après 7,1 M€ l’année précédente. Le plan de retour à l’équilibre doit résorber ce déficit de près de ${a} d’ici 2027.`;
    assert.deepEqual(codes(text('dix millions d’euros')), []);
    assert.deepEqual(codes(text('douze millions d’euros')), ['restatement-mismatch']);
    // Another year's deficit is another figure.
    assert.deepEqual(codes('Le déficit de l’exercice s’élève à 9,6 M€. Ce déficit de 7,1 M€ en 2022 avait déjà alerté.'), []);
  });

  it('reads « Ces N repas » as the count of meals said just before, « et demi » included', () => {
    const text = (n: string) => `Cette année, nos bénévoles ont servi un million et demi de repas. Ces ${n} de repas représentent 900 tonnes de denrées.`;
    assert.deepEqual(codes(text('1,5 million')), []);
    assert.deepEqual(codes(text('1,2 million')), ['restatement-mismatch']);
  });

  it('reads a count in words restated in digits in the brackets after it, acronyms included', () => {
    assert.deepEqual(codes('Le service compte trois cent quarante équivalents temps plein (390 ETP) sur deux sites.'), ['restatement-mismatch']);
    assert.deepEqual(codes('Le service compte trois cent quarante équivalents temps plein (340 ETP) sur deux sites.'), []);
    assert.deepEqual(codes('Le parc compte 2 150 logements (deux mille cent cinquante).'), []);
    assert.deepEqual(codes('Le parc compte 2 150 logements (deux mille cinq cents).'), ['restatement-mismatch']);
    // Another noun in the brackets, or a proportion, is no restatement.
    assert.deepEqual(codes('Le syndicat regroupe quatre communes (18 000 habitants).'), []);
    assert.deepEqual(codes('Sur les 900 élèves, un sur trois (300 élèves) déjeune à la cantine.'), []);
  });

  it('reads a ceiling restated as the same bound', () => {
    assert.deepEqual(codes('L’aide régionale plafonne à 450 k€, c’est-à-dire 0,35 million d’euros.'), ['restatement-mismatch']);
    assert.deepEqual(codes('L’aide régionale plafonne à 450 k€, c’est-à-dire 0,45 million d’euros.'), []);
  });

  it('reads an amount in words restated in digits between dashes, never as a range', () => {
    assert.deepEqual(codes('Quatre cent vingt mille euros — 240 000 € — pour rénover le lavoir.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('Quatre cent vingt mille euros — 420 000 € — pour rénover le lavoir.', false), []);
    // Two figures in digits with a dash still make a range.
    assert.deepEqual(codes('Le coût est estimé à 2 – 3 M€ pour le lavoir.', false), []);
  });

  it('reads « ce rendement de A » as the one amount of the sentence before, whatever noun that one had', () => {
    assert.deepEqual(codes('La mesure procurerait un surcroît de recettes de deux milliards cent millions d’euros en 2026. Selon Bercy, ce rendement de 1 700 M€ serait obtenu sans hausse de taux.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('La mesure procurerait un surcroît de recettes de 2,1 Md€ en 2026. Selon Bercy, ce rendement de 2 100 M€ serait obtenu sans hausse de taux.', false), []);
    // A noun of another thing, or two amounts before: nothing is read.
    assert.deepEqual(codes('Le projet coûte 5 M€. Cette subvention de 1 M€ couvre une partie des études.', false), []);
    assert.deepEqual(codes('La mesure rapporte 2,1 Md€ et coûte 0,4 Md€. Ce rendement de 1,7 Md€ est net.', false), []);
  });

  it('reads « correspondant à cette estimation, soit A » as the amount the estimate was given before, never a share’s part', () => {
    const text = (a: string) => `Le maître d’œuvre a actualisé l’estimation à 3,6 M€ TTC. Le conseil approuve l’autorisation de programme correspondant à cette estimation, soit ${a} TTC.`;
    assert.deepEqual(codes(text('trois millions deux cent mille euros'), false), ['restatement-mismatch']);
    assert.deepEqual(codes(text('trois millions six cent mille euros'), false), []);
    assert.deepEqual(codes('Le fonds dispose d’une enveloppe de 80 M€. Il réserve 15 % de cette enveloppe, soit 12 M€, à l’ingénierie.', false), []);
  });

  it('reads « cet encours de A » against the amount the noun was given in the paragraph before, in its section', () => {
    const text = (a: string) => `### Dette\n\nFin 2024, l’encours de la dette du syndicat atteignait 48,2 M€.\n\nLe rapport juge que cet encours de ${a} limite les investissements.`;
    assert.deepEqual(codes(text('48,2 M€')), []);
    assert.deepEqual(codes(text('84,2 M€')), ['restatement-mismatch']);
    // Under another heading, the noun names another thing.
    assert.deepEqual(codes('### Dette\n\nFin 2024, l’encours de la dette du syndicat atteignait 48,2 M€.\n\n### Perspectives\n\nLe rapport juge que cet encours de 84,2 M€ limite les investissements.'), []);
  });

  it('reads a bracket after the amount’s noun (« 2,2 Md€ de travaux (2 200 M€) ») as a restatement, never a basis or a fraction', () => {
    const text = (a: string) => `Le contrat de plan prévoit 2,2 Md€ de travaux (${a}) d’ici 2030.`;
    assert.deepEqual(codes(text('2 200 M€'), false), []);
    assert.deepEqual(codes(text('2 020 M€'), false), ['restatement-mismatch']);
    assert.deepEqual(codes('Le contrat prévoit 2,2 Md€ d’AE (1,6 Md€ de CP) d’ici 2030.', false), []);
    // « les trois quarts (450) »: the fraction's number is no count restated.
    assert.ok(!codes('Sur les 600 dossiers, les trois quarts (450) ont été acceptés.', false).includes('restatement-mismatch'));
  });

  it('reads « désormais A, soit B » and « A par an (B) » as one figure written twice', () => {
    const text = (b: string) => `La réserve naturelle couvre désormais 2 400 hectares, soit ${b}, gérés par le conservatoire.`;
    assert.deepEqual(codes(text('24 km²'), false), []);
    assert.deepEqual(codes(text('42 km²'), false), ['restatement-mismatch']);
    const yearly = (b: string) => `La centrale produira 8 600 MWh par an (${b}) pour le réseau de chaleur.`;
    assert.deepEqual(codes(yearly('8,6 GWh'), false), []);
    assert.deepEqual(codes(yearly('6,8 GWh'), false), ['restatement-mismatch']);
  });

  it('reads « Cette dépense de A » as the one amount of the sentence before', () => {
    const text = (a: string) => `« Un million huit cent mille euros, c’est ce que nous coûte chaque année l’éclairage public », dit le maire. Cette dépense de ${a} par an pèse sur le budget.`;
    assert.deepEqual(codes(text('1,8 M€'), false), []);
    assert.deepEqual(codes(text('2,1 M€'), false), ['restatement-mismatch']);
  });

  it('reads « les N noun <words> » as the count said before with the same words, for the same year', () => {
    assert.deepEqual(codes('En 2024, 18 000 jeunes sont entrés en garantie jeunes. Parmi les 21 000 jeunes entrés en garantie jeunes en 2024, un tiers a trouvé un emploi.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('En 2024, 18 000 jeunes sont entrés en garantie jeunes. Parmi les 18 000 jeunes entrés en garantie jeunes en 2024, un tiers a trouvé un emploi.', false), []);
    // Another year: other things.
    assert.deepEqual(codes('En 2023, 18 000 jeunes sont entrés en garantie jeunes. Parmi les 21 000 jeunes entrés en garantie jeunes en 2024, un tiers a trouvé un emploi.', false), []);
  });

  it('reads « Ces A » as the amount said before even when the sentence adds it to something else', () => {
    assert.deepEqual(codes('Le conseil votera un emprunt de deux millions quatre cent mille euros pour la crèche. Ces 2,1 M€ viendront s’ajouter à la dette existante.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('Le conseil votera un emprunt de deux millions quatre cent mille euros pour la crèche. Ces 2,4 M€ viendront s’ajouter à la dette existante.', false), []);
    // « Ces 2 M€ supplémentaires »: another amount.
    assert.deepEqual(codes('Le conseil votera un emprunt de 2,4 M€ pour la crèche. Ces 2 M€ supplémentaires iront aux écoles.', false), []);
  });

  it('reads an amount set alone between dashes right after another as the same amount', () => {
    assert.deepEqual(codes('Le conseil a voté une aide de 38 000 € — trente-quatre mille euros, précise la délibération — pour le club.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('Le conseil a voté une aide de 38 000 € — trente-huit mille euros, précise la délibération — pour le club.', false), []);
    // A share before it: the amount between dashes is the share's.
    assert.deepEqual(codes('Les trois quarts de l’enveloppe de 2 M€ — 1,5 M€ — iront aux écoles.', false), []);
  });

  it('reads « Ces <count in words> » against the count in digits said just before', () => {
    assert.deepEqual(codes('Le rectorat ouvre 2 350 places en BTS. Ces deux mille cinq cent trente places iront aux villes moyennes.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('Le rectorat ouvre 2 350 places en BTS. Ces deux mille trois cent cinquante places iront aux villes moyennes.', false), []);
  });


  it('reads « Ce montant de A », « cette somme de A » as the one amount of the sentence before', () => {
    const doc = (a: string) => `Le bureau accorde une aide de trente-deux mille euros au club de rugby. Ce montant de ${a} couvrira les déplacements de la saison.`;
    assert.deepEqual(codes(doc('32 000 €'), false), []);
    assert.deepEqual(codes(doc('23 000 €'), false), ['restatement-mismatch']);
    assert.deepEqual(codes(doc('23 000 €').replace('Ce montant', 'Cette somme'), false), ['restatement-mismatch']);
  });


  it('reads « soit A pour un mois de 30 jours » as another basis, no restatement of a daily price', () => {
    const doc = (tail: string) => `Le tarif journalier de l’accueil de jour est fixé à 42,50 € en 2025, soit environ 1 290 €${tail}.`;
    assert.deepEqual(codes(doc(' pour un mois de trente jours'), false), []);
    // « journalier » makes the first amount a price per day: what « soit » gives after it is no restatement of it.
    assert.deepEqual(codes(doc(''), false), []);
    assert.deepEqual(codes('L’accueil de jour coûte 42,50 € en 2025, soit environ 1 290 €.', false), ['restatement-mismatch']);
  });


  it('reads « Ce montant de A » as an amount said a little earlier that it matches, not the one just before', () => {
    const doc = (a: string) => `Le marché a été attribué pour 840 000 € HT, soit 1 008 000 € TTC. La DRAC en finance 40 % sur le montant hors taxes, soit 336 000 €. Ce montant de ${a} HT s’inscrit dans l’autorisation de programme.`;
    assert.deepEqual(codes(doc('0,84 M€'), false), []);
    assert.deepEqual(codes(doc('0,9 M€'), false), ['restatement-mismatch']);
  });


  it('takes « cet SIGLE de A » up as the amount of the words its letters begin', () => {
    const doc = (b: string) => `La dotation globale de fonctionnement perçue par la commune atteint 2 340 k€ en 2024. Cette DGF de ${b} couvre à peine les charges de personnel.`;
    assert.deepEqual(codes(doc('2,34 M€'), false), []);
    assert.deepEqual(codes(doc('2,1 M€'), false), ['restatement-mismatch']);
  });


  it('reads « je le redis : A » and « Rappel : ce sont bien A » as the amount said before', () => {
    const said = (b: string) => `— Combien pour la salle des fêtes ?\n— Huit cent cinquante mille euros.\n— C’est cher.\n— Je le répète : ${b}, voté hier soir.`;
    assert.deepEqual(codes(said('850 000 €'), false), []);
    assert.deepEqual(codes(said('0,95 million'), false), ['restatement-mismatch']);
    const reminder = (b: string) => `Le budget participatif est fixé à 120 k€, et chaque projet pourra demander jusqu’à 15 000 €. Rappel : ce sont bien ${b} à se partager.`;
    assert.deepEqual(codes(reminder('0,12 M€'), false), []);
    assert.deepEqual(codes(reminder('0,1 M€'), false), ['restatement-mismatch']);
    // A reminder that brings another amount is no restatement.
    assert.deepEqual(codes('La convention prévoit 30 000 € par an pendant trois ans, soit 90 000 €. Pour mémoire, une aide de 5 000 € avait été votée en 2022.', false), []);
  });


  it('reads « A par an, soit B » in another unit as the same yearly figure when no span is counted', () => {
    const doc = (b: string) => `Le méthaniseur évite l’émission de 8 200 tonnes de CO2 par an, soit ${b}, selon l’agence.`;
    assert.deepEqual(codes(doc('8,2 kt'), false), []);
    assert.deepEqual(codes(doc('9,1 kt'), false), ['restatement-mismatch']);
    // Over a span of years, or far apart in size, the second is a total, not the figure again.
    assert.deepEqual(codes('La commune verse 50 000 € par an, soit 250 000 € en cinq ans.', false), []);
    assert.deepEqual(codes('La commune verse 50 000 € par an, soit 200 000 € pour la convention.', false), []);
  });


  it('reads « A, soit B de plus que » as a difference, no restatement', () => {
    assert.deepEqual(codes('Le dernier avenant chiffre le stade à 2,4 Md€, soit 240 M€ de plus que l’estimation de 2021.', false), []);
  });
  it('reads « cette enveloppe de A » as the one amount said before it, its rate aside, across a quote and a paragraph', () => {
    const text = (a: string) => `Le département lance un plan de 600 M€ sur six ans, soit 100 M€ par an.\n\n« C’est un effort inédit », dit le président. Sur cette enveloppe de ${a}, la moitié ira aux collèges.`;
    assert.deepEqual(codes(text('600 millions d’euros'), false), []);
    assert.deepEqual(codes(text('750 millions d’euros'), false), ['restatement-mismatch']);
    // Two amounts before: which one is meant is unclear.
    assert.deepEqual(codes('Le plan vaut 600 M€ et le fonds 300 M€. Sur cette enveloppe de 750 millions d’euros, la moitié ira aux collèges.', false), []);
  });
  it('reads a count in brackets after a bound (« sous la barre des six ans (5,9 années) ») as the value within it, no restatement', () => {
    assert.deepEqual(codes('Le délai de désendettement passe sous la barre des dix ans (9,6 années).', false), []);
    assert.deepEqual(codes('Le syndicat compte plus de quarante agents (43 agents).', false), []);
    assert.deepEqual(codes('Le délai de désendettement atteint dix ans (12,6 années).', false), ['restatement-mismatch']);
  });

  it('does not read « ces trois opérations » as a restatement of a count the sentence before picked them from', () => {
    const first = 'La métropole engage 17 opérations de voirie cette année, parmi lesquelles la requalification du boulevard nord, le pont de la gare et la place du marché. ';
    assert.deepEqual(codes(first + 'Ces trois opérations représentent à elles seules la moitié des travaux.', false), []);
    assert.deepEqual(codes('La métropole engage 17 opérations de voirie cette année. Ces 14 opérations représentent le double de l’an dernier.', false), ['restatement-mismatch']);
  });

  it('reads « Parmi les N foyers bénéficiaires du X » against the count of foyers said to benefit from X paragraphs before', () => {
    const doc = (n: string) => `Cette année, 12 600 foyers ont bénéficié du Pass Énergie, une aide de 120 €. Le coût total s’élève à 1,51 M€.\n\n« C’est une aide concrète », souligne la vice-présidente.\n\nL’opposition juge son montant insuffisant.\n\nParmi les ${n} foyers bénéficiaires du Pass Énergie, six sur dix sont des retraités.`;
    assert.deepEqual(codes(doc('12 600'), false), []);
    assert.deepEqual(codes(doc('11 200'), false), ['restatement-mismatch']);
  });

  it('reads « les N logements de l’écoquartier X » against the count the clause naming X gave before', () => {
    const later = (n: string) => `L’écoquartier des Tilleuls comptera 1 150 logements, livrés entre 2027 et 2031. Le chantier mobilisera 400 entreprises.\n\nLa livraison des ${n} logements de l’écoquartier des Tilleuls s’achèvera en 2031.`;
    assert.deepEqual(codes(later('1 150'), false), []);
    assert.deepEqual(flagged(later('1 350'), false), ['restatement-mismatch 1 350']);
    // The complement names the thing; what the sentence then says of it (« prendront leurs fonctions ») may be anything.
    const posts = 'Le concours externe de professeurs des écoles ouvre cette année 1 650 postes dans l’académie. Les écrits auront lieu en avril.\n\nLes lauréats affectés sur les 1 850 postes du concours externe prendront leurs fonctions en septembre.';
    assert.deepEqual(codes(posts, false), ['restatement-mismatch']);
    assert.deepEqual(codes('La maison de santé de Vauclair réunira 14 professionnels. Les 18 professionnels de la maison de santé assureront une permanence le samedi.', false), ['restatement-mismatch']);
  });

  it('does not take up a count that may be another set of things: a part, another place, another year, a sum', () => {
    // A count qualified (« sociaux », « en première tranche ») is a part of the things.
    assert.deepEqual(codes('L’écoquartier des Tilleuls comptera 1 150 logements sociaux. La livraison des 1 350 logements de l’écoquartier des Tilleuls s’achèvera en 2031.', false), []);
    assert.deepEqual(codes('L’écoquartier comptera 1 150 logements en première tranche. Les 1 350 logements de l’écoquartier seront livrés en 2030.', false), []);
    // « nord » is not said of the earlier count: another place.
    assert.deepEqual(codes('L’écoquartier sud comptera 1 150 logements. Les 1 350 logements de l’écoquartier nord seront livrés plus tard.', false), []);
    // Two dates, two counts.
    assert.deepEqual(codes('En 2025, le réseau de chaleur desservait 1 150 logements. En 2026, les 1 350 logements du réseau ont moins consommé.', false), []);
    // A sentence that counts two things may be summed by the later one.
    assert.deepEqual(codes('Le concours externe ouvre 1 650 postes, le concours interne 300 postes. Les 1 950 postes des concours seront pourvus en juin.', false), []);
    // A later count that qualifies the things is a part of them.
    assert.deepEqual(codes('La résidence Les Érables compte 120 logements. Les 96 logements rénovés de la résidence ont été livrés.', false), []);
    assert.deepEqual(codes('La commune compte 48 écoles. Parmi les 12 écoles de la commune classées en REP, 3 seront rénovées.', false), []);
  });

  it('reads « les N bénéficiaires de l’aide » against the people the aid’s clause says benefited', () => {
    const doc = (n: string) => `Ouverte en mars, l’aide communale à la licence sportive a déjà bénéficié à 410 enfants de 6 à 14 ans. Elle rembourse la moitié de la cotisation.\n\nLe conseil en débattra lundi. « Les ${n} bénéficiaires de l’aide habitent surtout les quartiers prioritaires », note le rapport.`;
    assert.deepEqual(codes(doc('410'), false), []);
    assert.deepEqual(codes(doc('470'), false), ['restatement-mismatch']);
    // The verb gives the role only to people: « a bénéficié à 12 clubs » counts no beneficiaries of a role noun’s kind.
    assert.deepEqual(codes('L’aide communale a bénéficié à 12 clubs. Les 470 bénéficiaires de l’aide habitent surtout les quartiers prioritaires.', false), []);
  });

  it('reads a count written in words past its scale (« un million deux cent mille repas ») as one count', () => {
    const doc = (n: string) => `Le restaurant universitaire a servi l’an dernier un million deux cent mille repas. Ces ${n} de repas ont coûté 4,1 M€.`;
    assert.deepEqual(codes(doc('1,2 million'), false), []);
    assert.deepEqual(codes(doc('1,5 million'), false), ['restatement-mismatch']);
  });

  it('reads « N machines de X, soit Y » as each one’s figure times the count, not X said again', () => {
    assert.deepEqual(codes('Le parc comptera six éoliennes de 3,5 MW, soit 21 MW installés.', false), []);
    assert.deepEqual(codes('La commune achète trois bus de 450 000 €, soit 1,35 M€.', false), []);
    // A definite count completing another noun (« le coût des quatre sites de 4,3 M€ ») keeps « de » for that noun.
    assert.deepEqual(codes('Les recettes atteignent 612 000 €, pour un coût des quatre sites de 4,3 M€.', false), []);
  });

  it('compares a definite count with one said in another form of its describing verb, beside a count of other things', () => {
    const doc = (n: string) => `Le futur réseau de chaleur de Valmont raccordera 3 200 logements et 21 bâtiments publics d’ici 2028.\n\nLes bailleurs ont signé leurs abonnements. Pour les ${n} logements raccordés, la TVA sera réduite.`;
    assert.deepEqual(codes(doc('3 200'), false), []);
    assert.deepEqual(codes(doc('2 300'), false), ['restatement-mismatch']);
    // An age (« jusqu’aux douze ans de l’enfant ») is no count taken up.
    assert.deepEqual(codes('L’aide est versée pour un enfant de moins de six ans. Elle sera prolongée jusqu’aux douze ans de l’enfant.', false), []);
  });
  it('never reads the count of a ratio (« un animateur pour 14 enfants ») as a count the text takes up', () => {
    const text = (n: string) => `La ville applique un taux d’un animateur pour 8 enfants de moins de six ans et d’un animateur pour 14 enfants de six ans et plus. Pour les ${n} enfants de six ans et plus inscrits en juillet, elle mobilise 28 animateurs.`;
    assert.deepEqual(codes(text('392'), false), []);
  });
  it('reads « soit 5,20 € TTC le m³ » after a total as a price per unit, not the total again', () => {
    assert.deepEqual(codes('**Total TTC : 624,03 €, soit 5,20 € TTC le m³**'), []);
  });
  it('reads « N chèques d’une valeur de A, soit B » as a product, not B restating A', () => {
    const text = (t: string) => `Le Pass a financé la distribution de 12 000 chèques d’une valeur de 10 €, soit ${t}.`;
    assert.deepEqual(codes(text('120 000 €'), false), []);
    assert.deepEqual(flagged(text('140 000 €'), false), ['rate-mismatch 140 000 €']);
  });
  it('never reads a gross amount restated as net (« 28,50 euros brut, soit environ 22 euros net ») as one amount', () => {
    assert.deepEqual(codes('La mesure lui rapporte 28,50 euros brut de plus, soit environ 22 euros net.', false), []);
    assert.deepEqual(codes('La mesure lui rapporte 28,50 euros brut de plus, soit 22 euros brut.', false), ['restatement-mismatch']);
  });
  it('reads an amount spelled out in words as the other form of the one amount in digits of its size, anywhere in the document', () => {
    const text = (words: string) => `# Une aide de 1,42 M€ pour la maison de santé\n\nLe conseil départemental a voté jeudi son soutien au projet.\n\n## Le financement\n\nCette subvention de ${words} couvrira les travaux et l’équipement des cabinets.`;
    assert.deepEqual(flagged(text('un million deux cent quarante mille euros')), ['restatement-mismatch un million deux cent quarante mille euros']);
    assert.deepEqual(codes(text('un million quatre cent vingt mille euros')), []);
    // A round amount in words may be said loosely.
    assert.deepEqual(codes(text('un million d’euros')), []);
  });

  it('leaves a spelled amount alone when the document holds it in digits too, two candidates, another basis or another year', () => {
    // The same amount in digits elsewhere: the spelled one restates that one.
    assert.deepEqual(codes('La commune engage 860 000 € pour l’école et 905 000 € pour la voirie. La délibération fixe la part de l’école à huit cent soixante mille euros.', false), []);
    // Two amounts in digits of its size: which one it restates is not said.
    assert.deepEqual(codes('La commune engage 880 000 € pour l’école et 905 000 € pour la voirie. La délibération évoque un montant de huit cent soixante mille euros.', false), []);
    // Hors taxes in words, toutes taxes in digits.
    assert.deepEqual(codes('La participation est fixée à huit cent soixante mille euros hors taxes, soit 1 032 000 € TTC.', false), []);
    // Another year's amount.
    assert.deepEqual(codes('La subvention versée en 2025 atteint 31 400 €. En 2024, elle s’élevait à vingt-huit mille euros.', false), []);
  });
  it('never reads « chacun à hauteur de A, soit B » as one amount twice', () => {
    assert.deepEqual(codes('Au total, 415 audits ont été financés, chacun à hauteur de 3 200 €, soit 1,33 M€ engagés.', false), []);
    // Without « chacun », the second form restates the first.
    assert.deepEqual(codes('Au total, la Région a financé des audits à hauteur de 1 530 000 €, soit 1,33 M€ engagés.', false), ['restatement-mismatch']);
  });
  it('never reads « soit » after a difference or a rest named between as the amount before it again', () => {
    assert.deepEqual(codes('Quand un usager paie 2 €, la différence, soit 5,10 €, est prise en charge par la commune.', false), []);
    assert.deepEqual(codes('Le locataire verse 300 €, le solde, soit 1 200 €, étant réglé par le fonds.', false), []);
  });
  it('counts « sur N ans, de A à B » either as the years between or as all of them', () => {
    assert.deepEqual(codes('Le contrat de rivière mobilise 12 M€ sur huit ans, de 2025 à 2033.', false), []);
    assert.deepEqual(codes('Le contrat de rivière mobilise 12 M€ sur neuf ans, de 2025 à 2033.', false), []);
    assert.deepEqual(codes('Le contrat de rivière mobilise 12 M€ sur six ans, de 2025 à 2033.', false), ['restatement-mismatch']);
  });
  it('reads « A HT le plant, soit B » as a unit price and what it comes to, never one amount twice', () => {
    assert.deepEqual(codes('Les 40 hectares recevront 1 500 plants par hectare, soit 60 000 plants. La fourniture a été attribuée pour 2,40 € HT le plant, soit 144 000 € HT.', false), []);
    assert.deepEqual(codes('Le marché a été attribué pour 144 000 € HT, soit 150 000 € HT.', false), ['restatement-mismatch']);
  });
  it('reads no span of time before a bracket as a count the bracket restates', () => {
    assert.deepEqual(codes('Le bus en réalise 9,1 millions, soit 38 % du total, contre 35 % trois ans plus tôt (8,2 millions).', false), []);
  });
  it('takes « Ces A » up as the one amount said last when it alone is near in size', () => {
    const doc = (a: string) => `En 2020, le gymnase était évalué à 8,2 M€ HT. Avec les nouvelles normes, le coût définitif s'élève à 11,4 M€ HT.\n\nCes ${a} HT sont financés à hauteur de 3 M€ par l'État.\n`;
    assert.deepEqual(codes(doc('11,4 M€'), false), []);
    assert.deepEqual(flagged(doc('10,6 M€'), false), ['restatement-mismatch 10,6 M€']);
    // Two amounts before of a size near it: « ces » could take up either, and nothing is said.
    assert.deepEqual(codes('Le gymnase était évalué à 10,2 M€ HT. Le coût définitif s\'élève à 11,4 M€ HT.\n\nCes 10,6 M€ HT sont financés par l\'État.\n', false), []);
  });
  it('takes nothing up with « ces deux dernières années »: an adjective after the number picks some of them', () => {
    const doc = (adj: string) => `Le parc a gagné 1 200 places en cinq ans. Le rythme s'est accéléré ces deux ${adj}années.`;
    assert.deepEqual(codes(doc('dernières '), false), []);
    assert.deepEqual(codes(doc('premières '), false), []);
    // Without one, « ces deux années » takes up the five years said just before.
    assert.deepEqual(codes(doc(''), false), ['restatement-mismatch']);
  });

  it('reads « N médecins … avec l’aide de A, soit B » where N × A makes B as each one’s amount then all of them, no restatement', () => {
    assert.deepEqual(codes('Depuis 2022, 34 médecins se sont installés avec l’aide à l’installation de 50 000 €, soit 1,7 M€ versés.', false), []);
    // An amount restated, with no count that makes the second, is still one amount twice.
    assert.deepEqual(flagged('L’aide à l’installation atteint 50 000 €, soit 1,7 M€.', false), ['restatement-mismatch 1,7 M€']);
  });

  it('reads « ce déficit cumulé de A » as the amount « le déficit cumulé » was given a few paragraphs before', () => {
    const text = (a: string) => `Le déficit cumulé des hôpitaux publics de la région atteignait 187 millions d’euros à la fin de 2023. Trente-deux établissements sur quarante-cinq sont en perte.\n\nLes centres hospitaliers universitaires concentrent l’essentiel des pertes.\n\nLa chambre régionale des comptes estime que ce déficit cumulé de ${a} ne pourra être résorbé par la seule gestion.`;
    assert.deepEqual(codes(text('0,187 Md€'), false), []);
    assert.deepEqual(flagged(text('0,21 Md€'), false), ['restatement-mismatch 0,21 Md€']);
    // Another year’s is another amount.
    assert.deepEqual(codes(text('0,21 Md€ en 2025'), false), []);
  });

  it('reads « 1,12 Md€ de crédits de paiement (1 210 M€) » as one amount twice, and the bracket as no end of a change', () => {
    const text = (b: string) => `Le programme bénéficie en 2025 de 1,12 milliard d’euros de crédits de paiement (${b}), contre 1 083,4 M€ en 2024, soit une hausse de 3,4 %.`;
    assert.deepEqual(codes(text('1 120 M€'), false), []);
    assert.deepEqual(flagged(text('1 210 M€'), false), ['restatement-mismatch 1 210 M€']);
    // A bracket on another basis is another amount.
    assert.deepEqual(codes('Le programme bénéficie de 1,12 milliard d’euros en autorisations d’engagement (1 210 M€ en crédits de paiement).', false), []);
  });

  it('reads a bracket after « un tiers de l’enveloppe de A » as the share’s value, not the whole again', () => {
    assert.deepEqual(codes("En investissement, près d'un tiers de l'enveloppe de 4,5 M€ (1,5 M€) ira à la rénovation des gymnases.", false), []);
    assert.deepEqual(codes('Le Département réserve 40 % des 2 M€ (800 000 €) aux communes rurales.', false), []);
    // With no share before it, the bracket restates the amount.
    assert.deepEqual(flagged("En investissement, l'enveloppe de 4,5 M€ (1,5 M€) ira à la rénovation des gymnases.", false), ['restatement-mismatch 1,5 M€']);
  });
});
