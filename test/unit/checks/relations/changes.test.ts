// Stated changes between two figures: percentages, points, factors, amounts.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';
import { analyze } from '../../../../server/src/core/analysis';

describe('relations: changes', () => {
  it('checks « passe de X à Y, soit une hausse de N % »', () => {
    assert.deepEqual(flagged('Les dépenses passent de 80 à 92 M€, soit une hausse de 25 %.'), ['change-mismatch 25 %']);
    assert.deepEqual(codes('Les dépenses passent de 80 à 92 M€, soit une hausse de 15 %.'), []);
    assert.deepEqual(codes('Les crédits diminuent de 2,4 à 1,8 Md€, soit une baisse de 15 %.'), ['change-mismatch']);
    assert.deepEqual(codes('Les crédits diminuent de 2,4 à 1,8 Md€, soit une baisse de 25 %.'), []);
  });

  it('reads factors, points, amounts of difference and counts', () => {
    assert.deepEqual(codes('Le budget a doublé en trois ans, passant de 400 M€ à 1,2 Md€.'), ['change-mismatch']);
    assert.deepEqual(codes('Le budget a triplé en trois ans, passant de 400 M€ à 1,2 Md€.'), []);
    assert.deepEqual(codes('Le taux passe de 7,1 % à 7,5 % sur l’année, soit une hausse de 4 points.'), ['change-mismatch']);
    assert.deepEqual(codes('Le budget passe de 1,2 Md€ à 1,35 Md€, soit 250 M€ de plus.'), ['change-mismatch']);
    assert.deepEqual(codes('Le nombre de bornes a triplé, passant de 4 500 à 9 800.'), ['change-mismatch']);
  });

  it('dates the figures when no « de … à » says which came first', () => {
    assert.deepEqual(codes('Les dépenses atteignent 458 M€ en 2024, +17 % sur un an (412 M€ en 2023).'), ['change-mismatch']);
    assert.deepEqual(codes('Les dépenses atteignent 458 M€ en 2024, +11 % sur un an (412 M€ en 2023).'), []);
  });

  it('keeps each clause to its own change', () => {
    assert.deepEqual(codes('Le budget atteint 3,1 M€ en 2025 contre 2,9 M€ en 2024 ; sur dix ans, il a progressé de 40 %.'), []);
    assert.deepEqual(codes('Le taux atteint 80 % en 2024, en hausse de 12 % par rapport à 2022, tandis que 30 % des voyageurs sont abonnés.'), []);
  });

  it('does not compare a change stated over one year with figures two years apart', () => {
    assert.deepEqual(codes('Le budget atteint 2,15 Md€ en 2025, en hausse de 7,5 % sur un an, contre 1,86 Md€ en 2023.'), []);
    assert.deepEqual(codes('Le budget atteint 2,15 Md€ en 2025, en hausse de 7,5 % sur un an, contre 1,86 Md€ en 2024.'), ['change-mismatch']);
    assert.deepEqual(codes('Le budget atteint 2,15 Md€ en 2025, en hausse de 15,6 % en deux ans, contre 1,86 Md€ en 2023.'), []);
  });

  it('reads counts dated between their ends, a comparative with « que », and gains or losses in points', () => {
    assert.deepEqual(codes('Le nombre de noyades est passé de 820 en 2023 à 738 en 2024, soit une baisse de 15 %.'), ['change-mismatch']);
    assert.deepEqual(codes('Le nombre de noyades est passé de 820 en 2023 à 738 en 2024, soit une baisse de 10 %.'), []);
    assert.deepEqual(codes('La ville compte 1 350 bornes, trois fois plus qu’en 2021, où l’on en recensait 620.'), ['change-mismatch']);
    assert.deepEqual(codes('La ville compte 1 860 bornes, trois fois plus qu’en 2021, où l’on en recensait 620.'), []);
    assert.deepEqual(codes('La part du bio est passée de 18,5 % en 2019 à 24,1 % en 2024, soit un gain de 4,6 points.'), ['change-mismatch']);
    assert.deepEqual(codes('Le taux d’emploi est passé de 71,2 % à 68,9 %, soit une perte de 2,3 points.'), []);
  });

  it('takes the base of a change from the sentence before when each names its year and the second points back', () => {
    assert.deepEqual(codes('En 2019, les aides aux clubs s’élevaient à 1,9 M€. En 2024, elles atteignent 2,31 M€, soit une hausse de 32 %.'), ['change-mismatch']);
    assert.deepEqual(codes('En 2019, les aides aux clubs s’élevaient à 1,9 M€. En 2024, elles atteignent 2,31 M€, soit une hausse de 22 %.'), []);
    // Another subject, or a base that is itself a change: no relation.
    assert.deepEqual(codes('En 2024, le budget atteint 12 M€. En 2025, la région vote 14 M€ pour les lycées, soit une hausse de 30 % des crédits de la culture.'), []);
    assert.deepEqual(codes('Les cotisations augmentent de 13 % en 2025, soit 1,1 M€. Cette charge atteindra 3,8 M€ en 2028, soit une augmentation totale de 42 % du taux.'), []);
  });

  it('checks a percent change against the same change written as an amount beside the level', () => {
    assert.deepEqual(codes('Le budget s’établit à 120 M€, en baisse de 10 %, soit 4 M€ de moins.'), ['change-mismatch']);
    assert.deepEqual(codes('Le budget s’établit à 120 M€, en baisse de 3,2 %, soit 4 M€ de moins.'), []);
    // A sign adds, it does not state the change.
    assert.deepEqual(codes('À Dunkerque : augmentation de 30 % → 10 M€ + 5 M€ de la gratuité.'), []);
  });

  it('reads « plus que doublé » as at least × 2 and « presque triplé » as a little under × 3', () => {
    assert.deepEqual(codes('Les recettes ont plus que doublé, de 1,1 M€ à 2,6 M€.'), []);
    assert.deepEqual(codes('Les recettes ont doublé, de 1,1 M€ à 2,6 M€.'), ['change-mismatch']);
    assert.deepEqual(codes('Les recettes ont presque triplé, de 1,1 M€ à 2,9 M€.'), []);
    assert.deepEqual(codes('Les recettes ont plus que doublé, de 1,1 M€ à 1,8 M€.'), ['change-mismatch']);
    // × 1,83: a « doublement » in loose words, never « plus que doublé ».
    assert.deepEqual(codes('En cinq ans, la dépense de vidéoprotection a plus que doublé, passant de 1,8 M€ en 2019 à 3,3 M€ cette année.'), ['change-mismatch']);
    assert.deepEqual(codes('En cinq ans, la dépense de vidéoprotection a plus que doublé, passant de 1,8 M€ en 2019 à 3,7 M€ cette année.'), []);
  });

  it('reads « Cette progression de N % » against the two figures of the sentence before, and counts dated apart', () => {
    assert.deepEqual(codes('Les foyers accueillaient 5 020 résidents, contre 4 310 trois ans plus tôt. Cette progression de 23 % inquiète.'), ['change-mismatch']);
    assert.deepEqual(codes('Les foyers accueillaient 5 020 résidents, contre 4 310 trois ans plus tôt. Cette progression de 16 % inquiète.'), []);
    assert.deepEqual(codes('Le nombre de communes raccordées a été multiplié par 2,5 : on en comptait 212 à la fin de 2020, on en dénombre 468 au 30 juin 2025.'), ['change-mismatch']);
    assert.deepEqual(codes('Le nombre de communes raccordées a été multiplié par 2,2 : on en comptait 212 à la fin de 2020, on en dénombre 468 au 30 juin 2025.'), []);
  });

  it('does not take « une hausse » for a count', () => {
    assert.deepEqual(codes('Les liaisons ont transporté 703 000 passagers en 2024, contre 612 000 en 2019, soit une hausse de 21 % en cinq ans.'), ['change-mismatch']);
    assert.deepEqual(codes('Les liaisons ont transporté 703 000 passagers en 2024, contre 612 000 en 2019, soit une hausse de 15 % en cinq ans.'), []);
  });

  it('reads « a reculé de 9,8 % à 8,1 % » as the two ends of a change, not a change of 9,8 %', () => {
    assert.deepEqual(codes('Le taux de chômage a reculé de 9,8 % à 8,1 %, soit une baisse de 2,7 points.'), ['change-mismatch']);
    assert.deepEqual(codes('Le taux de chômage a reculé de 9,8 % à 8,1 %, soit une baisse de 1,7 point.'), []);
    assert.deepEqual(codes('Le taux de chômage a baissé de 9,8 % à 8,1 %, soit 2,7 points de moins.'), ['change-mismatch']);
  });

  it('finds the dated ends of a change stated alone in the next sentence, when it points back', () => {
    const text = (n: string, span = 'quatre') => `Les inscriptions au portail ont progressé de ${n} % en ${span} ans. On en comptait 5 100 en 2020 ; on en compte 6 630 en 2024.`;
    assert.deepEqual(codes(text('38')), ['change-mismatch']);
    assert.deepEqual(codes(text('30')), []);
    // The stated span and the years disagree: the change was measured against a figure the text does not give.
    assert.deepEqual(codes(text('38', 'deux')), []);
    // The next sentence speaks of another thing: no pronoun, no « en » before its count.
    assert.deepEqual(codes('Les inscriptions ont progressé de 10 %. Le budget passait de 3 M€ en 2021 à 5 M€ en 2024.'), []);
    assert.deepEqual(codes('Les inscriptions ont progressé de 10 %. Le budget était de 3 M€ en 2021 et de 5 M€ en 2024.'), []);
  });

  it('reads the nouns of change as well as the verbs (« un recul de », « un bond de »)', () => {
    assert.deepEqual(codes('Le taux d’absentéisme atteint 6,1 % en 2025, contre 8,3 % en 2023, soit un recul de 3,2 points.'), ['change-mismatch']);
    assert.deepEqual(codes('Le taux d’absentéisme atteint 6,1 % en 2025, contre 8,3 % en 2023, soit un recul de 2,2 points.'), []);
    assert.deepEqual(codes('Les visites passent de 12 000 à 15 000, soit un bond de 40 %.'), ['change-mismatch']);
  });

  it('reads « au taux réduit de 5,5 % » as a rate, not a fall of 5,5 %', () => {
    assert.deepEqual(codes('La facture passe de 310,20 € HT à 318,60 € HT, soit 336,12 € TTC avec la TVA au taux réduit de 5,5 %.'), []);
    assert.deepEqual(codes('La facture passe de 310,20 € à 318,60 €, soit une baisse de 5,5 %.'), ['change-mismatch']);
  });

  it('reads « Soit une hausse de N % » opening the next sentence as the change between the two figures before', () => {
    const text = (n: string) => `En 2025, la piscine a reçu en moyenne 1 340 baigneurs par jour, contre 1 100 en 2022. Soit une hausse de ${n} % en trois ans, se félicite le maire.`;
    assert.deepEqual(codes(text('28')), ['change-mismatch']);
    assert.deepEqual(codes(text('22')), []);
  });

  it('does not give « Cette évolution » a change stated further on for another figure', () => {
    assert.deepEqual(codes('Les dépenses sont passées de 80 M€ en 2019 à 96 M€ en 2023, soit une progression de 20 %. Cette évolution s’explique surtout par la hausse du nombre de bénéficiaires (+ 9 %).'), []);
    assert.deepEqual(codes('Les dépenses sont passées de 80 M€ en 2019 à 96 M€ en 2023. Cette progression de 25 % inquiète.'), ['change-mismatch']);
  });

  it('counts both ends of a span dated to the day (« du 1er janvier 2020 au 31 décembre 2024 … en cinq ans »)', () => {
    const text = (n: string) => `L’encours de la dette est passé de 22,5 M€ au 1er janvier 2020 à 15,3 M€ au 31 décembre 2024, soit une baisse de ${n} % en cinq ans.`;
    assert.deepEqual(codes(text('40')), ['change-mismatch']);
    assert.deepEqual(codes(text('32')), []);
  });
  it('does not take a yearly rate (« +0,6 % par an », « 2 % l’an ») for the change between two ends years apart', () => {
    assert.deepEqual(codes('Avec une population en hausse (+0,6 % par an), la taille des ménages passerait de 2,08 à 1,98 personne d’ici 2030.'), []);
    assert.deepEqual(codes('Le loyer moyen passe de 8,10 € à 8,60 € le mètre carré, soit une hausse de 2 % l’an.'), []);
    assert.deepEqual(codes('Le loyer moyen passe de 8,10 € à 8,60 € le mètre carré, soit une hausse de 2 %.'), ['change-mismatch']);
  });
  it('finds the compared year’s figure in brackets after words that gloss the year', () => {
    const text = (p: string) => `Les volumes prélevés atteignent 48,6 millions de mètres cubes, en baisse de ${p} % par rapport à 2019, année de référence du schéma d’aménagement (52,3 millions de mètres cubes).`;
    assert.deepEqual(codes(text('12')), ['change-mismatch']);
    assert.deepEqual(codes(text('7')), []);
  });
  it('reads a percentage after a cause (« sous l’effet de la hausse des prix (+17 %) ») as the cause’s, not the clause’s change', () => {
    assert.deepEqual(codes('Le coût d’une restructuration ressort à 11,3 M€, contre 8,5 M€ prévus, sous l’effet de la hausse des prix (+17 % pour l’indice).'), []);
    assert.deepEqual(codes('Les dépenses passent de 80 à 92 M€ en raison de l’inflation, soit une hausse de 25 %.'), ['change-mismatch']);
  });
  it('reads « de 10 à 49 salariés » after a noun as a range, and a compared year’s count in brackets as the base', () => {
    assert.deepEqual(codes('Les défaillances de PME de 10 à 49 salariés ont bondi de 27 %.'), []);
    const text = (p: string) => `Les défaillances ont atteint 66 400 en cumul sur douze mois, en hausse de ${p} % par rapport à 2023 (55 500).`;
    assert.deepEqual(codes(text('12')), ['change-mismatch']);
    assert.deepEqual(codes(text('20')), []);
  });

  it('takes the earlier year as the base whatever side « contre » puts it on', () => {
    const counts = (f: string) => `Selon l’association, 4 300 familles étaient suivies en 2020, contre 9 900 en 2024, soit ${f} fois plus.`;
    assert.deepEqual(codes(counts('2,3')), []);
    assert.deepEqual(codes(counts('3')), ['change-mismatch']);
    const amounts = (f: string) => `Les aides versées atteignaient 6,2 M€ en 2019, contre 15,5 M€ en 2024, soit ${f} fois plus.`;
    assert.deepEqual(codes(amounts('2,5')), []);
    assert.deepEqual(codes(amounts('3')), ['change-mismatch']);
    assert.deepEqual(codes('Les aides versées atteignent 15,5 M€ en 2024, contre 6,2 M€ en 2019, soit 2,5 fois plus.'), []);
  });

  it('reads « passé de 9,5 semaines en 2021 à 7,1 semaines en 2024 » with the noun after each end', () => {
    const text = (p: string) => `Le délai d’attente d’un rendez-vous est passé de 9,5 semaines en 2021 à 7,1 semaines en 2024, soit une baisse de ${p} %.`;
    assert.deepEqual(codes(text('25')), []);
    assert.deepEqual(codes(text('40')), ['change-mismatch']);
  });

  it('dates figures written after their year in brackets (« entre 2019 (410 M€) et 2024 (830 M€) »)', () => {
    const text = (v: string) => `Les crédits du fonds ont ${v} entre 2019 (410 M€) et 2024 (830 M€).`;
    assert.deepEqual(codes(text('doublé')), []);
    assert.deepEqual(codes(text('triplé')), ['change-mismatch']);
  });

  it('reads the ends of a change set apart by a comma (« en forte progression, de 1 250 à 1 690 »), whatever other count the sentence holds', () => {
    const text = (p: string) => `Dispositif 37 : dossiers instruits en forte progression, de 1 250 à 1 690 (+${p} %).`;
    assert.deepEqual(codes(text('35')), []);
    assert.deepEqual(codes(text('48')), ['change-mismatch']);
  });

  it('reads « (46 en 2022, 78 aujourd’hui) » as the ends of the change, the other counts of the sentence aside', () => {
    const text = (v: string) => `Le nombre de conseillers a ${v} en deux ans (46 en 2022, 92 aujourd’hui), et 21 000 accompagnements ont été réalisés.`;
    assert.deepEqual(codes(text('doublé')), []);
    assert.deepEqual(codes(text('triplé')), ['change-mismatch']);
  });

  it('takes the ends from the paragraph before when a paragraph opens on « Cette progression de N % »', () => {
    const text = (p: string) => `Les conseillers ont réalisé 18 900 accompagnements en 2024, contre 14 200 en 2022.\n\nCette progression de ${p} % en deux ans s’explique par six nouvelles permanences.\n`;
    assert.deepEqual(codes(text('33')), []);
    assert.deepEqual(codes(text('38')), ['change-mismatch']);
  });

  it('reads « une amélioration de N points », « cette dérive de N % » as the change they judge, never « des travaux d’amélioration »', () => {
    assert.deepEqual(codes('Le taux de marge passe de 7,4 % en 2023 à 9,1 % en 2024, soit une amélioration de 2,7 points.'), ['change-mismatch']);
    assert.deepEqual(codes('Le taux de marge passe de 7,4 % en 2023 à 9,1 % en 2024, soit une amélioration de 1,7 point.'), []);
    assert.deepEqual(codes('La dépense, de 860 M€ en 2020, atteint 1,12 Md€ en 2024. Cette dérive de 38 % en quatre ans inquiète.'), ['change-mismatch']);
    assert.deepEqual(codes('La dépense, de 860 M€ en 2020, atteint 1,12 Md€ en 2024. Cette dérive de 30 % en quatre ans inquiète.'), []);
    assert.deepEqual(codes('Le taux réduit est de 5,5 %, contre 10 % pour les travaux d’amélioration et 20 % pour le neuf.'), []);
  });

  it('dates a figure by the budget act its clause names (« dans le projet de loi de finances pour 2026 »)', () => {
    const text = (p: string) => `Sa dépense, de 2,4 Md€ en 2021, atteint 3,1 Md€ dans le projet de loi de finances pour 2026, sans évaluation. Cette dérive de ${p} en cinq ans inquiète la Cour.`;
    assert.deepEqual(codes(text('29 %')), []);
    assert.deepEqual(codes(text('38 %')), ['change-mismatch']);
  });

  it('holds a change in points to the precision of its levels, not to a point of slack', () => {
    assert.deepEqual(codes('Le taux de chômage passe de 6,8 % à 7,4 % en un an, soit une hausse de 1,1 point.'), ['change-mismatch']);
    assert.deepEqual(codes('Le taux de chômage passe de 6,8 % à 7,4 % en un an, soit une hausse de 0,6 point.'), []);
    // Between percentages, a relative change still reads as one.
    assert.deepEqual(codes('Le taux de chômage passe de 6,8 % à 7,4 % en un an, soit une hausse de 9 %.'), []);
  });

  it('relates two levels measured in time (« 5,2 jours … (5,6 jours) »), a range set as a lead before a colon, and « N fois plus qu’à … où … »', () => {
    assert.deepEqual(codes('La durée moyenne de séjour s’établit à 4,6 jours, en baisse de 15 % par rapport à 2020 (4,9 jours).'), ['change-mismatch']);
    assert.deepEqual(codes('La durée moyenne de séjour s’établit à 4,6 jours, en baisse de 6 % par rapport à 2020 (4,9 jours).'), []);
    assert.deepEqual(codes('De 8 400 à 10 900 : le nombre de stagiaires accueillis progresse de 20 % en deux ans.'), ['change-mismatch']);
    assert.deepEqual(codes('De 8 400 à 10 900 : le nombre de stagiaires accueillis progresse de 30 % en deux ans.'), []);
    assert.deepEqual(codes('Avec 60 M€, le fonds pèse cinq fois plus qu’à son lancement en 2020, où il plafonnait à 15 M€.'), ['change-mismatch']);
    assert.deepEqual(codes('Avec 60 M€, le fonds pèse quatre fois plus qu’à son lancement en 2020, où il plafonnait à 15 M€.'), []);
  });

  it('reads no change from a figure the text corrects (« et non 672 000 € »)', () => {
    assert.deepEqual(codes('La participation s’établit à 418 000 € — et non 481 000 € comme indiqué par erreur —, soit une hausse de 4,5 % par rapport aux 400 000 € de 2025.'), []);
    assert.deepEqual(codes('La participation s’établit à 418 000 € — et non 481 000 € comme indiqué par erreur —, soit une hausse de 20 % par rapport aux 400 000 € de 2025.'), ['change-mismatch']);
  });

  it('reads a list in a block quote as a list: a change in one item relates no figures of another', () => {
    assert.deepEqual(codes('# Club\n\n> **En chiffres**\n> - 18 000 licenciés en 2025\n> - +9 % en un an\n> - 41 % de femmes (contre 33 % en 2019)\n'), []);
  });

  it('reads the ends of a change written after a colon, dated by a year and by « cette année »', () => {
    const text = (a: string) => `Les crédits du fonds d’aide aux jeunes ont doublé en trois ans : 280 000 € en 2022, ${a} cette année.`;
    assert.deepEqual(codes(text('560 000 €'), false), []);
    assert.deepEqual(codes(text('470 000 €'), false), ['change-mismatch']);
  });

  it('reads a base given in the sentence that states the change, its level in the sentence before', () => {
    const text = (p: string) => `La commune reçoit cette année 5,2 M€ de dotation scolaire. Ce montant est en hausse de ${p} par rapport à 2024, où elle avait perçu 4,8 M€.`;
    assert.deepEqual(codes(text('8 %'), false), []);
    assert.deepEqual(codes(text('14 %'), false), ['change-mismatch']);
  });

  it('measures a change « par rapport à 2024 » against the amount its subject was given in a sentence of 2024, paragraphs before', () => {
    const text = (p: string) => `Le compte administratif 2024 faisait apparaître un produit de taxe de séjour de 350 000 €.\n\nLa saison 2025 a été exceptionnelle : les nuitées ont progressé de 12 %.\n\nLe produit de la taxe passe ainsi à 420 000 €, soit une hausse de ${p} par rapport à 2024.`;
    assert.deepEqual(codes(text('20 %'), false), []);
    assert.deepEqual(codes(text('28 %'), false), ['change-mismatch']);
    // Another year's amount is not the base.
    assert.deepEqual(codes('Le compte administratif 2023 faisait apparaître un produit de taxe de séjour de 350 000 €.\n\nLe produit de la taxe passe à 420 000 €, soit une hausse de 28 % par rapport à 2024.', false), []);
  });

  it('takes a change’s base from the paragraph before when the sentence opens on a date and a pronoun', () => {
    const text = (p: string) => `L’encours de la dette au 1er janvier 2021 s’élevait à 30,0 M€.\n\nAu 1er janvier 2025, il atteint 27,0 M€, soit une baisse de ${p} en quatre ans.`;
    assert.deepEqual(codes(text('10 %'), false), []);
    assert.deepEqual(codes(text('16 %'), false), ['change-mismatch']);
  });

  it('never takes an amount of another clause (« …, mais 30 Md€ serviront à … ») for the base of a change', () => {
    assert.deepEqual(codes('Au total, 413 Md€ sont prévus sur sept ans. Cela représente une hausse de 40 % par rapport à la loi précédente, mais 30 Md€ serviront à couvrir l’inflation.', false), []);
  });

  it('reads « plus du double » as at least twice, and a chain « de A à B, puis à C » as running to C', () => {
    assert.deepEqual(codes('Douze communes ont adopté le plan, contre 5 en 2022 : plus du double en trois ans.', false), []);
    assert.deepEqual(codes('Sept communes ont adopté le plan, contre 5 en 2022 : plus du double en trois ans.', false), ['change-mismatch']);
    const chain = (p: string) => `Les demandes sont passées de 820 en 2022 à 990 en 2023, puis à 1 150 en 2024, soit une progression de ${p} en deux ans.`;
    assert.deepEqual(codes(chain('40 %'), false), []);
    assert.deepEqual(codes(chain('21 %'), false), ['change-mismatch']);
  });

  it('never reads a signed percentage or one after a word of change as a share of two counts', () => {
    assert.deepEqual(codes('Émissions du parc : 9 200 tonnes en 2019, 6 900 tonnes en 2024, soit une baisse de 25 % en cinq ans.', false), []);
    assert.deepEqual(codes('Émissions du parc : 9 200 tonnes en 2019, 6 900 tonnes en 2024, soit -25 % en cinq ans.', false), []);
  });

  it('reads « de 57,1 % du PIB en 2025 à 56,4 % » as the two ends of a change in points, not as a stated change', () => {
    const text = (p: string) => `Le poids de la dépense publique reculerait de 56,8 % du PIB en 2025 à 56,1 % en 2026, soit une baisse de ${p}.`;
    assert.deepEqual(codes(text('0,7 point'), false), []);
    assert.deepEqual(codes(text('1,3 point'), false), ['change-mismatch']);
    // « porte la densité à 148 % » after a stated change is no end of it.
    assert.deepEqual(codes('Les maisons d’arrêt accueillaient 5 020 détenus, contre 4 310 trois ans plus tôt. Cette progression de 23 % porte la densité à 148 %.', false), ['change-mismatch']);
  });

  it('reads « par rapport à 2019, où elle en avait réalisé 412 » as the compared year’s count', () => {
    const text = (p: string) => `Avec 540 naissances en 2024, la maternité enregistre une baisse de ${p} par rapport à 2019, où elle en avait réalisé 600.`;
    assert.deepEqual(codes(text('10 %'), false), []);
    assert.deepEqual(codes(text('16 %'), false), ['change-mismatch']);
  });

  it('reads « N fois supérieur à celui de … (X) » as a factor against the figure in brackets', () => {
    const text = (n: string) => `Le nouveau bassin, d’une capacité de 90 000 m³, offre un volume ${n} fois supérieur à celui de l’ancien ouvrage (30 000 m³).`;
    assert.deepEqual(codes(text('trois'), false), []);
    assert.deepEqual(codes(text('cinq'), false), ['change-mismatch']);
    assert.deepEqual(codes('Le budget atteint 12 M€, un montant trois fois supérieur à celui de 2019 (4 M€).', false), []);
  });

  it('dates a change’s ends by a year the clause opens on and by « cette année », « cette saison »', () => {
    const text = (a: string) => `Créé en 2019 avec 300 000 €, le fonds de soutien aux clubs a doublé depuis pour atteindre ${a} cette année.`;
    assert.deepEqual(codes(text('600 000 €'), false), []);
    assert.deepEqual(codes(text('480 000 €'), false), ['change-mismatch']);
    const season = (n: string) => `Le dispositif a triplé ses inscrits en trois ans. Ils étaient 210 adhérents en 2021 ; ils sont ${n} cette saison, dans douze clubs.`;
    assert.deepEqual(codes(season('630'), false), []);
    assert.deepEqual(codes(season('470'), false), ['change-mismatch']);
  });

  it('never orders « l’an dernier » against a year: the two may be the same year', () => {
    assert.deepEqual(codes('Par rapport à la loi de finances pour 2024, les crédits de paiement progressent de 5 % (3,20 Md€ en LFI 2024), tandis que les engagements augmentent fortement, après 2,90 Md€ l’an dernier.', false), []);
  });

  it('reads « par rapport à 2022, année au cours de laquelle N … » as the compared year’s count', () => {
    const text = (p: string) => `Le centre a traité 4 400 signalements en 2023, en baisse de ${p} par rapport à 2022, année au cours de laquelle 5 000 signalements avaient été reçus.`;
    assert.deepEqual(codes(text('12 %'), false), []);
    assert.deepEqual(codes(text('20 %'), false), ['change-mismatch']);
  });

  it('reads the span of a change within its clause, not in a contrasting one (« …, alors que … depuis 2019 »)', () => {
    const text = (p: string) => `Le produit de la taxe passe de 10,0 M€ en 2022 à 11,0 M€ en 2024, soit une hausse de ${p} en deux ans, alors que le taux n’a pas changé depuis 2019.`;
    assert.deepEqual(codes(text('10 %'), false), []);
    assert.deepEqual(codes(text('16 %'), false), ['change-mismatch']);
  });

  it('reads a factor with no figure against the next sentence that counts its noun, ordered by « contre »', () => {
    const text = (a: string) => `« Le nombre d’abonnés a doublé en quatre ans », se félicite l’élu. Le réseau comptait ${a} abonnés l’an dernier, contre 1 400 en 2020.`;
    assert.deepEqual(codes(text('2 800'), false), []);
    assert.deepEqual(codes(text('2 200'), false), ['change-mismatch']);
    // Another noun counted next: no end of the change.
    assert.deepEqual(codes('« Le nombre d’abonnés a doublé en quatre ans », se félicite l’élu. La ville compte 2 200 logements neufs, contre 1 400 en 2020.', false), []);
  });

  it('dates a count by a year up to seven words after it (« 51 800 à la fin de la saison 2024 »)', () => {
    assert.deepEqual(codes('Le club comptait 1 200 adhérents en 2020, il en recense 1 500 à la fin de la saison 2024, soit une progression de 32 %.', false), ['change-mismatch']);
    assert.deepEqual(codes('Le club comptait 1 200 adhérents en 2020, il en recense 1 500 à la fin de la saison 2024, soit une progression de 25 %.', false), []);
  });

  it('checks the percent of a change stated twice, as a difference and a percent, against both ends', () => {
    assert.deepEqual(codes('L’encours est passé de 640 M€ fin 2020 à 800 M€ fin 2025, soit une hausse de 160 M€ (+31 %).', false), ['change-mismatch']);
    assert.deepEqual(codes('L’encours est passé de 640 M€ fin 2020 à 800 M€ fin 2025, soit une hausse de 160 M€ (+25 %).', false), []);
  });

  it('reads « A (B) » as one end written twice, never B as the other end', () => {
    assert.deepEqual(codes('Les redevances atteindront 1,2 Md€ (1 200 M€) en 2026, contre 1 Md€ en 2024, soit une hausse de 20 %.', false), []);
    // The wrong restatement is reported as such, and the change still reads the amount outside the brackets.
    assert.deepEqual(codes('Les redevances atteindront 1,2 Md€ (1 400 M€) en 2026, contre 1 Md€ en 2024, soit une hausse de 20 %.', false), ['restatement-mismatch']);
  });

  it('reads whole months as levels when they are dated, or the compared year’s in brackets', () => {
    assert.deepEqual(codes('Le délai de traitement d’une demande de logement passe à 15 mois en 2024, en baisse de 30 % par rapport à 2020 (18 mois).', false), ['change-mismatch']);
    assert.deepEqual(codes('Le délai de traitement d’une demande de logement passe à 15 mois en 2024, en baisse de 17 % par rapport à 2020 (18 mois).', false), []);
    // Undated months are a span, not a level.
    assert.deepEqual(codes('Sur douze mois, les demandes ont progressé de 8 %.', false), []);
  });

  it('dates the first end by a year fronting its clause when « contre » brings the later one', () => {
    assert.deepEqual(codes('En 2019, le syndicat consacrait 4 M€ aux réseaux, contre 5 M€ en 2024, soit une hausse de 25 %.', false), []);
    assert.deepEqual(codes('En 2019, le syndicat consacrait 4 M€ aux réseaux, contre 5 M€ en 2024, soit une baisse de 20 %.', false), ['change-mismatch']);
    assert.deepEqual(codes('En 2018, 120 000 contrats avaient été signés, contre 300 000 en 2024 : leur nombre a été multiplié par 2,5.', false), []);
    assert.deepEqual(codes('En 2018, 120 000 contrats avaient été signés, contre 300 000 en 2024 : leur nombre a été multiplié par 3,2.', false), ['change-mismatch']);
  });

  it('reads no end of a change in a range that qualifies the things counted (« 640 jeunes de 6 à 17 ans »)', () => {
    const text = (now: string) => `Le Pass Culture municipal a doublé son nombre de bénéficiaires en trois ans. Ils étaient 520 jeunes de 12 à 18 ans en 2022 ; ils sont ${now} cette saison.`;
    assert.deepEqual(codes(text('880'), false), ['change-mismatch']);
    assert.deepEqual(codes(text('1 040'), false), []);
  });


  it('holds « doublé » to a ratio near two, beyond the rounding of its ends', () => {
    const doc = (b: string) => `Le département a doublé en quatre ans son aide aux cantines, passée de 2,2 M€ en 2021 à ${b} en 2025.`;
    assert.deepEqual(codes(doc('4,3 M€'), false), []);
    assert.deepEqual(codes(doc('3,9 M€'), false), ['change-mismatch']);
    // « presque doublé » allows less.
    assert.deepEqual(codes(doc('3,9 M€').replace('a doublé', 'a presque doublé'), false), []);
  });


  it('reads « C’est P % de moins qu’en 2023, où … B » against the level of the sentence before', () => {
    const doc = (p: string) => `La taxe de séjour a rapporté 1,32 M€ en 2025. C’est ${p} de plus qu’en 2024, où elle avait rapporté 1,15 M€.`;
    assert.deepEqual(codes(doc('15 %'), false), []);
    assert.deepEqual(codes(doc('25 %'), false), ['change-mismatch']);
  });


  it('reads « par rapport à fin 2022, où l’on en comptait N » as the compared count', () => {
    const doc = (p: string) => `Le département comptait 8 150 bénéficiaires de l’APA fin 2025, un nombre en hausse de ${p} par rapport à fin 2023, où l’on en recensait 7 400.`;
    assert.deepEqual(codes(doc('10 %'), false), []);
    assert.deepEqual(codes(doc('4 %'), false), ['change-mismatch']);
  });

  it('reads « A (B en 2023, soit −P %) » as a change from the bracketed year to the level before it', () => {
    const doc = (p: string) => `## Compte administratif 2025\n\n- **Épargne nette** : 0,84 M€ (1,05 M€ en 2024, soit ${p})\n- **Encours de dette** : 9,2 M€\n`;
    assert.deepEqual(codes(doc('−20 %')), []);
    assert.deepEqual(codes(doc('−12 %')), ['change-mismatch']);
  });


  it('runs « de A en 2022 à B en 2023, puis à C en 2024 » to its last step', () => {
    const doc = (d: string) => `Le taux de chômage du bassin est passé de 7,9 % en 2022 à 7,4 % en 2023, puis à 6,6 % en 2024 : ${d} en deux ans.`;
    assert.deepEqual(codes(doc('une baisse de 1,3 point'), false), []);
    assert.deepEqual(codes(doc('une baisse de 0,5 point'), false), ['change-mismatch']);
  });


  it('says « point » under two points and « points » from two on', () => {
    const message = (text: string) => analyze(text, { markdown: false }).diagnostics.find((d) => d.code === 'change-mismatch')?.message;
    assert.equal(message('Le taux est passé de 4,8 % en 2022 à 5,8 % en 2024, soit une hausse de 2 points.'), 'From 4,8 % to 5,8 % is +1 point, not 2 points.');
    assert.equal(message('Le taux est passé de 4,8 % en 2022 à 7,8 % en 2024, soit une hausse de 1 point.'), 'From 4,8 % to 7,8 % is +3 points, not 1 point.');
  });


  it('reads « par rapport à l’exercice précédent, où nous en comptions N » as the compared count', () => {
    const doc = (p: string) => `Le club compte 612 licenciés au 30 juin 2025, en hausse de ${p} par rapport à la saison précédente, où nous en comptions 540.`;
    assert.deepEqual(codes(doc('13 %'), false), []);
    assert.deepEqual(codes(doc('20 %'), false), ['change-mismatch']);
  });

  it('reads « par rapport à la LFI 2025, qui les avait fixés à B » as the base of the change stated before it', () => {
    const doc = (p: string) => `Avec 1 870 M€, les crédits demandés reculent de ${p} par rapport à la loi de finances initiale, qui les avait fixés à 2 050 M€.`;
    assert.deepEqual(codes(doc('9 %'), false), []);
    assert.deepEqual(codes(doc('3 %'), false), ['change-mismatch']);
  });


  it('reads « soit +17 points » after « A contre B » as a change in points', () => {
    const doc = (p: string) => `Taux de remplissage 74 % contre 63 % en 2024, soit ${p} points.`;
    assert.deepEqual(codes(doc('+11'), false), []);
    assert.deepEqual(codes(doc('+15'), false), ['change-mismatch']);
  });


  it('reads « de X €/ha à Y €/ha » as the two ends of a change', () => {
    const doc = (p: string) => `Le fermage moyen est passé de 140 €/ha en 2016 à 172 €/ha en 2024, soit une hausse de ${p} en huit ans.`;
    assert.deepEqual(codes(doc('23 %'), false), []);
    assert.deepEqual(codes(doc('15 %'), false), ['change-mismatch']);
  });

  it('takes counts « de N à M » as the ends of a doubling whatever amount the sentence adds', () => {
    const doc = (b: string) => `Le nombre de places en crèche a doublé en quatre ans, passant de 52 à ${b}, un effort soutenu à hauteur de 3 M€ par la CAF.`;
    assert.deepEqual(codes(doc('104'), false), []);
    assert.deepEqual(codes(doc('81'), false), ['change-mismatch']);
  });

  it('compares no « un hectare » with another: the article names the unit a price is per', () => {
    assert.deepEqual(codes('Dans le Bordelais, un hectare de grand cru se négocie en moyenne 1,8 M€, soit environ 120 fois plus qu’un hectare de prairie dans le Cantal, autour de 15 000 €.', false), []);
  });


  it('reads the base of « par rapport à l’an dernier (A) » in the brackets', () => {
    const doc = (p: string) => `Avec 2,3 millions d’euros, le budget des sports est en baisse de ${p} par rapport à l’an dernier (2,5 millions).`;
    assert.deepEqual(codes(doc('8 %'), false), []);
    assert.deepEqual(codes(doc('15 %'), false), ['change-mismatch']);
  });

  it('reads « Une progression de N % » after two counts, the second dated « deux ans plus tard »', () => {
    const doc = (p: string) => `La ludothèque attire de plus en plus de familles : 2 300 inscrites en 2022, 2 760 deux ans plus tard. Une progression de ${p} que l’équipe attribue aux nouveaux horaires.`;
    assert.deepEqual(codes(doc('20 %'), false), []);
    assert.deepEqual(codes(doc('28 %'), false), ['change-mismatch']);
  });


  it('dates an amount « par l’article 12 du PLFSS pour 2026 »', () => {
    const doc = (p: string) => `Le plafond d’avances, fixé à 30 Md€ pour 2025, est porté à 36 Md€ par l’article 12 du PLFSS pour 2026, soit une hausse de ${p}.`;
    assert.deepEqual(codes(doc('20 %'), false), []);
    assert.deepEqual(codes(doc('12 %'), false), ['change-mismatch']);
  });


  it('judges a change said in points and again « en valeur relative »', () => {
    const doc = (p: string) => `Le taux de la taxe est passé de 18,2 % en 2020 à 21,8 % en 2024, soit une hausse de 3,6 points, ou ${p} en valeur relative.`;
    assert.deepEqual(codes(doc('20 %'), false), []);
    assert.deepEqual(codes(doc('12 %'), false), ['change-mismatch']);
  });
  it('takes the two ends of a change pointed back to from two sentences, one level and one year each', () => {
    const amounts = (p: string) => `La dotation atteint 8,1 M€ en 2025. En 2022, elle n’était que de 6,0 M€. Cette hausse de ${p} % inquiète l’opposition.`;
    assert.deepEqual(codes(amounts('35'), false), []);
    assert.deepEqual(codes(amounts('45'), false), ['change-mismatch']);
    // Counts, the second one taken up by « en », across a paragraph break; « La progression … donc » draws the change.
    const counts = (p: string) => `La médiathèque a reçu 61 200 visiteurs en 2024.\n\nEn 2020, elle n’en accueillait que 48 000. La progression atteint donc ${p} %, au-delà des prévisions.`;
    assert.deepEqual(codes(counts('27,5'), false), []);
    assert.deepEqual(codes(counts('37'), false), ['change-mismatch']);
    // Two counts of different things, or of one year, are no two ends.
    assert.deepEqual(codes('Le port a accueilli 410 escales en 2024. En 2021, il comptait 95 salariés. Cette progression de 12 % est saluée.', false), []);
    assert.deepEqual(codes('La ligne a transporté 5,4 M de voyageurs en 2024. En 2024, 3,1 M l’ont fait en semaine. Cette progression de 10 % est saluée.', false), []);
  });
  it('judges a change said twice, as an amount and a percent, against the two dated levels just said', () => {
    const text = (p: string) => `Fin 2015, l’encours s’élevait à 420 M€. Fin 2024, il atteignait 546 M€. Il a donc augmenté de 126 M€ en neuf ans, soit une progression de ${p} % : ce n’est pas un doublement.`;
    assert.deepEqual(codes(text('30'), false), []);
    assert.deepEqual(codes(text('40'), false), ['change-mismatch']);
  });

  it('reads no change a text denies, and no « un » of « un peu » as one', () => {
    assert.deepEqual(codes('La dépense est passée de 40 M€ à 64 M€ : ce n’est pas un doublement, mais une hausse de 60 %.', false), []);
    assert.deepEqual(codes('Les inscrits sont passés de près de onze mille à un peu plus de dix-huit mille, soit une hausse de près de 70 %.', false), []);
  });
  it('reads « La hausse de N points » opening a sentence as the change said before, a paragraph and a quote between', () => {
    const text = (p: string) => `Le taux de la taxe passera de 21,5 % à 23,0 % cette année. Pour un ménage, cela fait 45 € de plus par an.\n\n« C’est un choix assumé », a déclaré la maire.\n\nLa hausse de ${p} points doit rapporter 310 000 € par an.`;
    assert.deepEqual(codes(text('1,5'), false), []);
    assert.deepEqual(codes(text('2,5'), false), ['change-mismatch']);
    // « La hausse de 4 % » of another thing, after a sentence that states its own change: nothing to take up.
    assert.deepEqual(codes('Le budget passe de 10 M€ à 11 M€, soit 10 % de plus. La hausse de 4 % des tarifs entre en vigueur en mai.', false), []);
  });
  it('reads « Créée en 2018 » as the thing’s founding, no end of the change the sentence states', () => {
    const text = (f: string) => `Créée en 2017, l’agence disposera de 900 M€ en 2025, contre 300 M€ en 2019 : un budget multiplié par ${f} en six ans.`;
    assert.deepEqual(codes(text('trois'), false), []);
    assert.deepEqual(codes(text('quatre'), false), ['change-mismatch']);
  });

  it('takes the counts in apposition right after a rate of change as its ends, whatever amounts the clause goes on to', () => {
    const text = (pct: string) => `Le nombre de familles aidées a augmenté de ${pct}, de 2 400 à 3 000, ce qui traduit aussi une hausse de l'aide moyenne, de 310 € à 420 € par famille.`;
    assert.deepEqual(codes(text('25 %'), false), []);
    assert.deepEqual(codes(text('35 %'), false), ['change-mismatch']);
    // « de 67 à 61 millions »: the scale written after the second end is the first's too.
    assert.deepEqual(codes('Les prélèvements ont reculé de 9 %, de 67 à 61 millions de mètres cubes.', false), []);
    assert.deepEqual(codes('Les prélèvements ont reculé de 19 %, de 67 à 61 millions de mètres cubes.', false), ['change-mismatch']);
  });

  it('takes the ends of a change from two dated sentences when its span is the years between them', () => {
    const first = 'En 2019, la commune consacrait 150 000 € à ses écoles de musique. En 2024, nous y mettons ';
    assert.deepEqual(codes(first + '250 000 € : le budget a doublé en cinq ans.', false), ['change-mismatch']);
    assert.deepEqual(codes(first + '300 000 € : le budget a doublé en cinq ans.', false), []);
    // Another span: the change is measured from a figure the text does not give.
    assert.deepEqual(codes(first + '250 000 € : le budget a doublé en trois ans.', false), []);
  });

  it('does not take the ends of a change from a relative clause opened after it', () => {
    const text = (a: string) => `Les dépenses de taxi sanitaire ralentissent (+4 %) avec le transport partagé, qui concernait 31 % des trajets fin 2024, contre ${a} deux ans plus tôt.`;
    assert.deepEqual(codes(text('12 %'), false), []);
    // In the main clause, the same words are the ends.
    assert.deepEqual(codes('Le transport partagé progresse de 4 % : il concernait 31 % des trajets fin 2024, contre 12 % deux ans plus tôt.', false), ['change-mismatch']);
  });

  it('reads a level « encore » at a date as a step on the way, not the start of a change over a longer span', () => {
    const text = 'En 2018, le taux de vacance atteignait 18 %. Il était encore de 14 % en 2022 et s’établit aujourd’hui à 12 %, soit un recul de 6 points en six ans.';
    assert.deepEqual(codes(text, false), []);
  });

  it('reads a count’s change against the one count of the sentence before, dated earlier (« il en compte N », « six ans plus tard »)', () => {
    const doc = (n: string) => `Le réseau comptait 4 800 abonnés au 1er janvier 2020. Cinq ans plus tard, il en compte 5 400, soit une progression de ${n}.`;
    assert.deepEqual(codes(doc('12,5 %'), false), []);
    assert.deepEqual(codes(doc('18 %'), false), ['change-mismatch']);
    assert.deepEqual(codes('Le réseau comptait 4 800 abonnés en 2020. En 2025, il en compte 5 400, soit une hausse de 18 %.', false), ['change-mismatch']);
    // Other things counted, or no date said after the first: no change between them.
    assert.deepEqual(codes('Le réseau comptait 4 800 abonnés en 2020. En 2025, la ville compte 5 400 logements, soit une hausse de 18 %.', false), []);
    assert.deepEqual(codes('Le réseau comptait 4 800 abonnés en 2020. Il en compte 5 400 dans le centre, soit une hausse de 18 %.', false), []);
  });

  it('takes the figure « pour atteindre » aims at as the later end, and « plus que doubler » as no comparison', () => {
    assert.deepEqual(codes('La production solaire, aujourd’hui de 212 GWh, devra plus que doubler pour atteindre 450 GWh.', false), []);
    assert.deepEqual(codes('La production solaire, aujourd’hui de 212 GWh, devra tripler pour atteindre 450 GWh.', false), ['change-mismatch']);
    assert.deepEqual(codes('Le parc, aujourd’hui de 212 places, devra doubler pour atteindre 430 places.', false), []);
  });
  it('does not read « contre X pour » another sector after a stated change as the change’s earlier level', () => {
    const doc = 'Les soins de ville, qui pèsent 41 % de l’ensemble, progressent de 4,9 %, contre 3,1 % pour les établissements de santé.';
    assert.deepEqual(codes(doc, false), []);
    // An earlier level after « par rapport à » is still the base.
    assert.deepEqual(codes('Avec 1,2 million d’euros, le budget culture est en baisse de 8 % par rapport à l’an dernier (1,5 million).', false), ['change-mismatch']);
  });
  it('does not read the level of another population, « inférieur à celui de … (7,6 %) », as the base of a change in points', () => {
    const doc = 'Le taux de chômage des 50-64 ans atteint 5,9 %, en hausse de 0,3 point, mais reste inférieur à celui de l’ensemble des actifs (7,6 %).';
    assert.deepEqual(codes(doc, false), []);
  });
  it('does not read a count per day restated after « soit » as the later level of a change', () => {
    const doc = (p: string) => `Les pompiers sont intervenus 4 312 fois en 2024, soit 11,8 interventions par jour en moyenne et une hausse de ${p} par rapport à 2019 (3 654 interventions).`;
    assert.deepEqual(codes(doc('18 %'), false), []);
  });
  it('reads a change stated alone against the ends the next sentence gives with « Il est passé de X à Y »', () => {
    const text = (to: string) => `Depuis 2020, notre budget vélo a doublé ! Il est passé de 3,2 M€ en 2020 à ${to} cette année.`;
    assert.deepEqual(codes(text('6,4 M€'), false), []);
    assert.deepEqual(flagged(text('5,1 M€'), false), ['change-mismatch doublé']);
    // A next sentence that states a change of its own is its own change.
    assert.deepEqual(codes('Le budget a doublé. Il est passé de 3,2 M€ à 5,1 M€, soit une hausse de 59 %.', false), []);
  });
  it('takes the other end of a change from the clause before a semicolon, through « en » and « aujourd’hui »', () => {
    // 3 150 → 2 520 is −20 %.
    const text = (pct: string) => `Le parc social comptait 3 150 logements indignes en 2019 ; on n’en recense plus que 2 520 aujourd’hui, soit un recul de ${pct}.`;
    assert.deepEqual(flagged(text('12 %'), false), ['change-mismatch 12 %']);
    assert.deepEqual(codes(text('20 %'), false), []);
    // Two counts of other things on either side of the semicolon are no change.
    assert.deepEqual(codes('Le parc social comptait 3 150 logements indignes en 2019 ; 2 520 familles sont relogées aujourd’hui, soit une hausse de 12 % des demandes.', false), []);
  });

  it('never reads an adverb after a bare count as the noun counted', () => {
    // « 2 520 aujourd’hui »: no things called « aujourd’hui », the count is of the noun said before.
    assert.deepEqual(codes('On dénombrait 3 150 places en crèche en 2019. On en dénombre 2 520 désormais, soit une baisse de 12 %.', false), ['change-mismatch']);
    assert.deepEqual(codes('On dénombrait 3 150 places en crèche en 2019. On en dénombre 2 520 désormais, soit une baisse de 20 %.', false), []);
  });
  it('reads a season (« 2022-2023 ») after a change\'s first end as a year', () => {
    // 41 800 → 36 750 is −12,1 %.
    const text = (pct: string) => `Le club de la vallée passe de 41 800 adhérents en 2022-2023 à 36 750 en 2023-2024, soit une baisse de ${pct}.`;
    assert.deepEqual(flagged(text('17 %'), false), ['change-mismatch 17 %']);
    assert.deepEqual(codes(text('12 %'), false), []);
    // A span of years is no season: « de 2024-2030 » dates nothing as one year does.
    assert.deepEqual(codes('Le plan passe de 41 800 places en 2024-2030 à 36 750, soit une baisse de 17 %.', false), []);
  });
  it('reads a first estimate against the outcome, « Estimé à A …, X coûtera finalement B, soit un dérapage de P »', () => {
    // 48 → 57 M€ is +18,8 %.
    const text = (pct: string) => `Évalué à 48 M€ lors de l’enquête publique, le contournement coûtera finalement 57 M€, soit un dérapage de ${pct}.`;
    assert.deepEqual(flagged(text('25 %'), false), ['change-mismatch 25 %']);
    assert.deepEqual(codes(text('19 %'), false), []);
    // Two amounts with no estimate nor outcome said are no change's ends.
    assert.deepEqual(codes('Le département apporte 48 M€ et l’État 57 M€, soit une hausse de 25 % des crédits routiers.', false), []);
  });

  it('reads a key figure with an earlier year\'s count and the change in brackets', () => {
    assert.deepEqual(codes('- **Visiteurs** : 231 000 (198 000 en 2019, +24 %)\n- **Expositions** : 14 (11 en 2019, +27 %)'), ['change-mismatch']);
    assert.deepEqual(codes('- **Visiteurs** : 231 000 (198 000 en 2019, +17 %)\n- **Expositions** : 14 (11 en 2019, +27 %)'), []);
  });
  it('never reads a change dated to one year (« à la hausse en 2024 (+9 %) ») against a base two years before', () => {
    assert.deepEqual(codes('Le résultat a reculé en 2023 puis est reparti à la hausse en 2024 (+7 %) et atteint 531 000 €, contre 590 000 € en 2022.', false), []);
    // One year apart, the base is the change's own.
    assert.deepEqual(codes('Le résultat est reparti à la hausse en 2024 (+7 %) et atteint 531 000 €, contre 590 000 € en 2023.', false), ['change-mismatch']);
  });
  it('takes no count cumulated since a date as the level a yearly change starts from', () => {
    const text = '**1,9 million d’entrées** ont été enregistrées depuis l’ouverture de la piscine en 2019. Pour la seule année 2024, on en compte 310 000, en hausse de 6 % sur un an.';
    assert.deepEqual(codes(text), []);
    // A year's level before is read.
    assert.deepEqual(flagged('La piscine a enregistré 290 000 entrées en 2023. En 2024, on en compte 310 000, en hausse de 16 %.'), ['change-mismatch 16 %']);
  });
  it('reads no change of an amount between two shares given after a verb of share', () => {
    assert.deepEqual(codes('Les dépenses de carburant de la régie augmentent de 9 % en 2025 et représentent désormais 6 % de ses charges, contre 4 % en 2021.', false), []);
    // A share that « passe de … à … » is read with its change.
    assert.deepEqual(flagged('La part du carburant dans les charges passe de 4 % à 6 %, soit une hausse de 9 %.', false), ['change-mismatch 9 %']);
  });
  it('never reads a part given as a share of the sentence before\'s whole as a later level of it', () => {
    assert.deepEqual(codes('La production de la région a atteint 36,5 TWh en 2024. L’éolien en représente 15 %, soit 5,5 TWh, et sa production a progressé de 18 % en un an.'), []);
  });
  it('never reads the numbers of a ratio in the next sentence as the two levels of a stated change', () => {
    assert.deepEqual(codes('Le nombre d’inscrits a reculé de 20 %. Les places ayant aussi diminué, on comptait une place pour 9 inscrits en 2022, une pour 8 en 2024.'), []);
  });
  it('reads « passe de N <when> à M » with a few words saying when the first end held', () => {
    const text = (pct: string) => `Le nombre de communes aidées passe de 150 sous l’ancien dispositif à 195, soit une progression de ${pct}.`;
    assert.deepEqual(codes(text('30 %'), false), []);
    assert.deepEqual(flagged(text('40 %'), false), ['change-mismatch 40 %']);
  });
  it('takes the ends of « ont doublé » from the next sentence that counts them with « en a traité »', () => {
    const text = (n: string) => `Les signalements ont doublé en quatre ans. Le service en a traité 900 en 2020 et ${n} en 2024.`;
    assert.deepEqual(codes(text('1 800'), false), []);
    assert.deepEqual(codes(text('1 300'), false), ['change-mismatch']);
  });
  it('never ends a change on the figure « par rapport à » names as its base', () => {
    assert.deepEqual(codes('Le réseau a transporté 6,2 millions de voyageurs en 2024. La fréquentation a doublé en dix ans : elle n’était que de 3,1 millions en 2014. Sur la dernière année, la hausse atteint 5 % par rapport aux 5,9 millions de 2023.'), []);
  });
  it('reads « cette hausse, N fois supérieure à X » as a comparison of the change, no factor between the levels', () => {
    assert.deepEqual(codes("Les frais de structure passeraient de 4,50 M€ en 2024 à 4,70 M€ en 2025, soit une progression de 4,4 %. Cette hausse, quatre fois supérieure à l'inflation attendue (1,1 %), inquiète l'opposition.", false), []);
    // A factor said of the levels themselves is still checked.
    assert.deepEqual(codes('Les frais de structure sont passés de 4,50 M€ en 2020 à 4,70 M€ en 2025, quatre fois plus.', false), ['change-mismatch']);
  });
  it('reads « double » before a noun as an adjective (« double vitrage »), no change stated', () => {
    const doc = (p: string) => `Avec le double vitrage des écoles, la consommation de gaz passe de 410 MWh en 2022 à 330 MWh en 2024, en baisse de ${p}.`;
    assert.deepEqual(codes(doc('20 %'), false), []);
    assert.deepEqual(flagged(doc('28 %'), false), ['change-mismatch 28 %']);
  });
  it('ends a fronted cause (« Grâce à …, ») at its comma: the main clause\'s change is read', () => {
    const doc = (p: string) => `Grâce à la pose de réducteurs de pression, les fuites du réseau passent de 52 000 m³ en 2021 à 39 000 m³ en 2024, en baisse de ${p}.`;
    assert.deepEqual(codes(doc('25 %'), false), []);
    assert.deepEqual(codes(doc('31 %'), false), ['change-mismatch']);
    // A cause inside the clause keeps its own percentage: « sous l'effet de la hausse des prix (+12 %) ».
    assert.deepEqual(codes('La facture passe de 1,20 M€ à 1,32 M€ sous l\'effet de la hausse des prix (+12 %).', false), []);
  });
  it('reads no ends in the next sentence for a change whose ends its own clause gives', () => {
    assert.deepEqual(codes("La coopérative gère 540 tonnes en 2024, contre 600 tonnes en 2023, un repli de 10 %. Sa part progresse pourtant : en 2019, elle ne représentait que 18 % du quota, contre 20 % aujourd'hui.", false), []);
    assert.deepEqual(codes("La coopérative gère 540 tonnes en 2024, contre 600 tonnes en 2023, un repli de 16 %.", false), ['change-mismatch']);
  });
  it('never reads the count after « sur les » as a level of the change', () => {
    const doc = (p: string) => `En 2024, 18 cyclistes ont été blessés sur les 95 victimes recensées, contre 15 l'année précédente, soit une hausse de ${p}.`;
    assert.deepEqual(codes(doc('20 %'), false), []);
    assert.deepEqual(codes(doc('35 %'), false), ['change-mismatch']);
  });
  it('orders « A en 2015, contre B aujourd’hui » from the dated count to today\'s', () => {
    const text = (f: string) => `Les places en pension de famille ont été multipliées par ${f} : on en comptait 1 200 en 2015, contre 3 600 aujourd'hui.`;
    assert.deepEqual(codes(text('3'), false), []);
    assert.deepEqual(codes(text('4'), false), ['change-mismatch']);
  });
  it('reads a share after « pèsent pour » as no change, whatever adjective of change its subject carries', () => {
    assert.deepEqual(codes("Sur 18 000 entrées, 9 700 l'ont été à plein tarif, 5 200 à tarif réduit et 3 100 gratuites. Les tarifs réduits pèsent ainsi pour 29 % et 17 % des ventes, contre 54 % pour le plein tarif.", false), []);
    assert.deepEqual(codes("Les tarifs ont été réduits de 20 %, de 15 € à 12 €.", false), []);
    assert.deepEqual(codes("Les tarifs ont été réduits de 30 %, de 15 € à 12 €.", false), ['change-mismatch']);
  });
  it('reads the ends of « de A grammes par plateau en 2022 à B grammes » past the unit they are per', () => {
    const text = (p: string) => `Au self, les restes sont passés de 160 grammes par plateau en 2023 à 120 grammes cette année, soit une baisse de ${p}.`;
    assert.deepEqual(codes(text('25 %'), false), []);
    assert.deepEqual(codes(text('33 %'), false), ['change-mismatch']);
  });
  it('reads « contre A pour l’eau produite en régie » as another thing compared, no earlier level', () => {
    assert.deepEqual(codes("Ces achats, qui ont progressé de 18 % en un an, pèsent sur les comptes : le mètre cube acheté revient à 0,72 € HT, contre environ 0,41 € pour l'eau produite en régie.", false), []);
    // « pour l’exercice 2023 » is a time: the figure is the base.
    assert.deepEqual(codes("La redevance atteint 0,72 € en 2024, en hausse de 18 %, contre 0,41 € pour l'exercice 2023.", false), ['change-mismatch']);
  });
  it('reads dated figures after a change word and a colon as levels, not as the size of the change', () => {
    assert.deepEqual(codes('Le coût du transport scolaire a augmenté chaque année : 6,2 M€ en 2022, 6,9 M€ en 2023 et 7,4 M€ en 2024.', false), []);
    assert.deepEqual(codes('Les effectifs ont reculé : 1 480 agents en 2021 et 1 390 en 2024.', false), []);
    // Undated, the figure after the colon is still the change's size.
    assert.deepEqual(flagged('Le budget passe de 1 200 M€ à 1 500 M€ : une hausse de 200 M€.', false), ['change-mismatch 200 M€']);
  });
  it('reads a count after « la barre des », « le seuil des » as a mark the level is set against, not a level of the change', () => {
    const doc = (p: string) => `Les immatriculations ont atteint 52 000 en 2022. Elles ont reculé à 41 000 en 2023, en baisse de ${p}, avant de repasser sous la barre des 35 000 en 2024.`;
    assert.deepEqual(codes(doc('21 %'), false), []);
    // Whatever else is said of a wrong figure, the mark is never taken as its end.
    assert.ok(analyze(doc('12 %'), { markdown: false }).diagnostics.every((d) => !d.message.includes('35 000')));
    assert.deepEqual(flagged('Les immatriculations ont atteint 52 000 en 2022. Elles ont reculé à 41 000 en 2023, en baisse de 12 %.', false), ['change-mismatch 12 %']);
  });

  it('reads no range « de X … à … Y » when other words than hedges stand between « à » and the second figure', () => {
    const text = 'Les prestations vieillesse ont crû de 5,4 %, celles de santé de 1,8 % seulement après la fin des dépenses liées à la crise, tandis que les prestations liées à l’emploi ont reculé de 3,2 %.';
    assert.deepEqual(codes(text, false), []);
    // A range with a hedge before its upper end is still one.
    assert.deepEqual(flagged('Les crédits passent de 80 M€ à seulement 84 M€, soit une hausse de 15 %.', false), ['change-mismatch 15 %']);
  });

  it('takes no ends of a change from a clause of contrast after it (« alors que », « tandis que », « mais »)', () => {
    assert.deepEqual(codes('La surface brûlée a plus que triplé, alors même que le nombre de départs de feux reculait, de 412 à 377.', false), []);
    assert.deepEqual(codes('Les recettes ont progressé de 12 %, tandis que les dépenses passaient de 40 M€ à 41 M€.', false), []);
    // Ends before the contrast are still read.
    assert.deepEqual(flagged('Les recettes sont passées de 40 M€ à 41 M€, soit une hausse de 12 %, alors que les dépenses reculaient.', false), ['change-mismatch 12 %']);
  });

  it('takes no ends for a change in brackets from the brackets of another thing', () => {
    assert.deepEqual(codes('La progression de la DSR (+21 % en deux ans) compense la baisse de population constatée (5 412 habitants contre 5 468).', false), []);
    // Ends in the change’s own brackets are read.
    assert.deepEqual(flagged('La dotation progresse (de 214 800 € à 259 900 €, soit +12 %).', false), ['change-mismatch 12 %']);
  });

  it('reads a count taken up by « ils » after a semicolon against the count before, a day of a date counting nothing', () => {
    const text = (p: string) => `Le comité comptait 1 240 licenciés au 30 juin 2019 ; ils ne sont plus que 1 105 cette saison, soit une baisse de ${p}.`;
    assert.deepEqual(codes(text('11 %'), false), []);
    assert.deepEqual(flagged(text('18 %'), false), ['change-mismatch 18 %']);
    // A count of another noun after « ils » is another thing.
    assert.deepEqual(codes('Le comité comptait 1 240 licenciés en 2019 ; ils animent 105 clubs cette saison, soit une baisse de 18 %.', false), []);
  });

  it('reads « Quatre ans plus tard, la caisse en dénombre N » across a paragraph break against the count before', () => {
    const text = (p: string) => `Le nombre de patients en affection de longue durée a continué de croître. Ils étaient 412 000 au 31 décembre 2019.\n\nQuatre ans plus tard, la caisse en dénombre 447 000, soit une hausse de ${p} sur la période.`;
    assert.deepEqual(codes(text('8,5 %'), false), []);
    assert.deepEqual(flagged(text('12,5 %'), false), ['change-mismatch 12,5 %']);
  });

  it('reads no date of a figure in the date of a law (« prévu par la loi du 26 avril 2021 »)', () => {
    const text = (f: string) => `En 2019, l’hôpital avait consacré 1,4 M€ à l’intérim médical.\n\nEn 2023, cette dépense atteint 3,2 M€ : elle a donc ${f} en quatre ans, malgré le plafond prévu par la loi du 26 avril 2021.`;
    assert.deepEqual(flagged(text('triplé'), false), ['change-mismatch triplé']);
    assert.deepEqual(codes(text('plus que doublé'), false), []);
  });

  it('reads « La hausse est donc de N % » opening a paragraph as the change of the levels in the paragraph before', () => {
    const text = (p: string) => `Le gazole valait 1,24 euro le litre en mai 2017. Il atteignait 1,78 euro en mai 2024.\n\nLa hausse est donc de ${p}, ce qui reste très significatif.`;
    assert.deepEqual(codes(text('44 %'), false), []);
    assert.deepEqual(flagged(text('36 %'), false), ['change-mismatch 36 %']);
  });

  it('reads amounts each dated in one enumeration (« coûté A en 2022, B en 2023 et C en 2024 ») as a series, no stated change', () => {
    assert.deepEqual(codes("Sur les pensions de base, la hausse annuelle a coûté 4,1 milliards d'euros en 2022, 12,6 milliards en 2023 et 6,2 milliards en 2024.", false), []);
    assert.deepEqual(codes('La hausse des tarifs a rapporté 0,8 M€ en 2022, 1,2 M€ en 2023 et 2,9 M€ en 2024.', false), []);
  });
  it('reads « recule de A en 2024 à B en 2025, en baisse de N % » with the first end dated before « à »', () => {
    const doc = (p: string) => `La dotation forfaitaire recule de 5,40 M€ en 2024 à 4,86 M€ en 2025, en baisse de ${p}.`;
    assert.deepEqual(codes(doc('10 %'), false), []);
    assert.deepEqual(flagged(doc('14 %'), false), ['change-mismatch 14 %']);
  });

  it('reads « N fois plus que lors de X, dont le coût avait été évalué à B » with B the compared figure', () => {
    const doc = (f: string) => `Les dégâts sont estimés à 1,5 million d'euros, ${f} fois plus que lors de la crue de 2019, dont le coût avait été évalué à 500 000 euros.`;
    assert.deepEqual(codes(doc('trois'), false), []);
    assert.deepEqual(codes(doc('six'), false), ['change-mismatch']);
  });

  it('measures the span a change is said over on the years of its two ends, not on another year of the sentence', () => {
    const text = (p: string) => `La contribution est passée de 5,0 M€ en 2022 à 6,0 M€ en 2024, soit une hausse de ${p} en deux ans, du fait des équipements mis en service en 1998.`;
    assert.deepEqual(codes(text('20 %')), []);
    assert.deepEqual(codes(text('12 %')), ['change-mismatch']);
  });

  it('judges points at the precision their levels are written to', () => {
    assert.deepEqual(codes('Le taux d’emploi est passé de 66,1 % à 66,9 %, soit une hausse de 1,2 point.'), ['change-mismatch']);
    assert.deepEqual(codes('Le taux d’emploi est passé de 66,1 % à 66,9 %, soit une hausse de 0,8 point.'), []);
    // (Levels rounded to the unit leave a point of doubt either way.)
    assert.deepEqual(codes('Le taux d’emploi est passé de 66 % à 67 %, soit une hausse de 2 points.'), []);
  });

  it('reads a clause of contrast as a clause of its own', () => {
    const text = (w: string) => `Les intérêts versés ont ${w}, passant de 2,0 M€ en 2021 à 3,0 M€ en 2024, tandis que l’encours ne progressait que de 5 %.`;
    assert.deepEqual(codes(text('augmenté de 50 %')), []);
    assert.deepEqual(codes(text('doublé')), ['change-mismatch']);
  });

  it('takes the earlier count of the sentence before for a factor stated over counts, and an imperfect for the past', () => {
    assert.deepEqual(codes('En 2012, 40 communes adhéraient au réseau. Elles sont aujourd’hui 160, soit quatre fois plus.'), []);
    assert.deepEqual(codes('En 2012, 40 communes adhéraient au réseau. Elles sont aujourd’hui 160, soit cinq fois plus.'), ['change-mismatch']);
    assert.deepEqual(codes('Les dépenses ont doublé : elles étaient de 2,5 M€ et atteignent aujourd’hui 5,0 M€.'), []);
    assert.deepEqual(codes('Les dépenses ont doublé : elles étaient de 2,5 M€ et atteignent aujourd’hui 4,0 M€.'), ['change-mismatch']);
  });
});
