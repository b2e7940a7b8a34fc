// Rates times quantities, and totals over counts.

import { strict as assert } from 'assert';
import { chunkStarts } from '../../../../server/src/core/chunks';
import { codes, flagged } from './helpers';
import { analyze } from '../../../../server/src/core/analysis';

describe('relations: rates', () => {
  it('multiplies a yearly amount by the years of the period', () => {
    assert.deepEqual(codes('L’État investira 500 M€ par an pendant cinq ans, soit 3 Md€ au total.'), ['rate-mismatch']);
    assert.deepEqual(codes('L’État investira 500 M€ par an pendant cinq ans, soit 2,5 Md€ au total.'), []);
    assert.deepEqual(codes('Le fonds versera 200 M€ par an sur la période 2024-2027, soit 800 M€.'), []);
    // An amount added after the result (« auxquels s’ajoutent … ») is no part of the product.
    const added = (t: string) => `La métropole recevra 640 000 € par an pendant cinq ans, soit ${t} au total, auxquels s’ajoutent 1,5 M€ du département la première année.`;
    assert.deepEqual(codes(added('3,6 M€')), ['rate-mismatch']);
    assert.deepEqual(codes(added('3,2 M€')), []);
  });

  it('divides a total by a count of the unit it is stated per', () => {
    assert.deepEqual(codes('Les 300 M€ du fonds, répartis entre 2 millions d’habitants, représentent 200 euros par habitant.'), ['rate-mismatch']);
    assert.deepEqual(codes('Les 300 M€ du fonds, répartis entre 2 millions d’habitants, représentent 150 euros par habitant.'), []);
    assert.deepEqual(codes('Les 520 000 euros annuels du centre, ouvert 365 jours par an, représentent 142 euros par jour et par place pour ses dix places.'), []);
  });

  it('takes the rate from the sentence before, and never a ceiling or an average', () => {
    assert.deepEqual(codes('Le coût moyen est estimé à 6,2 M€ le kilomètre. Les 30 kilomètres coûteront donc 216 M€.'), ['rate-mismatch']);
    assert.deepEqual(codes('L’aide peut atteindre 15 000 € par logement. En 2024, 4 200 logements en ont bénéficié pour un montant total de 38 M€.'), []);
    assert.deepEqual(codes('Sur 2021-2025, l’État a investi en moyenne 2,2 Md€ par an, avec un pic à 2,9 Md€ en 2023.'), []);
  });

  it('reads « N choses à P € l’unité, soit T » as a rate, never as one amount restated', () => {
    assert.deepEqual(codes('Le collège achète 1 600 tablettes à 450 € l’unité, soit 720 000 €.'), []);
    assert.deepEqual(codes('Le collège achète 1 600 tablettes à 450 € l’unité, soit 820 000 €.'), ['rate-mismatch']);
    assert.deepEqual(codes('La commune commande 40 bancs à 1 200 € la pièce, soit 48 000 €.'), []);
  });

  it('converts a monthly amount to a yearly one, for one person or for all those the sentence counts', () => {
    assert.deepEqual(codes('Le bail prévoit un loyer de 2 400 € par mois, soit 26 400 € par an.'), ['rate-mismatch']);
    assert.deepEqual(codes('Le bail prévoit un loyer de 2 400 € par mois, soit 28 800 € par an.'), []);
    assert.deepEqual(codes('La bourse de 600 € par mois versée aux 150 doctorants coûtera 1,08 M€ par an.'), []);
    assert.deepEqual(codes('La bourse de 600 € par mois versée aux 150 doctorants coûtera 1,3 M€ par an.'), ['rate-mismatch']);
    // Per person: the yearly figure may be the person's.
    assert.deepEqual(codes('La bourse de 600 € par mois, soit 7 200 € par an, est versée à 150 doctorants.'), []);
  });

  it('reads « à chacun des N » and a rate per unit and per year against a yearly total', () => {
    assert.deepEqual(codes('Une prime de 200 € sera versée à chacun des 12 000 agents, soit une dépense de 2,9 M€.'), ['rate-mismatch']);
    assert.deepEqual(codes('Une prime de 200 € sera versée à chacun des 12 000 agents, soit une dépense de 2,4 M€.'), []);
    assert.deepEqual(codes('L’aide est fixée à 150 € par hectare et par an. Avec 8 000 hectares engagés, l’enveloppe annuelle atteint 1,5 M€.'), ['rate-mismatch']);
    assert.deepEqual(codes('L’aide est fixée à 150 € par hectare et par an. Avec 8 000 hectares engagés, l’enveloppe annuelle atteint 1,2 M€.'), []);
  });

  it('reads « N choses à P € » as a price times a count', () => {
    assert.deepEqual(codes('Il est condamné à 120 jours-amende à 25 €, soit 3 500 € à verser.'), ['rate-mismatch']);
    assert.deepEqual(codes('Il est condamné à 120 jours-amende à 25 €, soit 3 000 € à verser.'), []);
  });

  it('reads « Chaque lit … a coûté P » against « Les N lits représentent T », and « P € HT le mètre carré » against the m² said before', () => {
    assert.deepEqual(codes('Chaque lit de la nouvelle aile a coûté 46 000 €. Les 120 lits représentent ainsi un investissement de 6,1 M€, financé à hauteur de 2,1 M€ par la région.'), ['rate-mismatch']);
    assert.deepEqual(codes('Chaque lit de la nouvelle aile a coûté 46 000 €. Les 120 lits représentent ainsi un investissement de 5,52 M€, financé à hauteur de 2,1 M€ par la région.'), []);
    assert.deepEqual(codes('La toiture porte sur 1 850 m² de zinc. Au prix de 142 € HT le mètre carré, la dépense atteint 236 000 € HT.'), ['rate-mismatch']);
    assert.deepEqual(codes('La toiture porte sur 1 850 m² de zinc. Au prix de 142 € HT le mètre carré, la dépense atteint 262 700 € HT.'), []);
  });

  it('reads « P € HT l’unité, soit T € HT » as a price times a count, not one amount written twice', () => {
    assert.deepEqual(codes('La commune achète 60 bornes de recharge au prix de 7 500 € HT l’unité, soit 450 000 € HT.'), []);
    assert.deepEqual(codes('La commune achète 60 bornes de recharge au prix de 7 500 € HT l’unité, soit 480 000 € HT.'), ['rate-mismatch']);
    assert.deepEqual(codes('La commune achète 60 bornes de recharge à 7 500 € TTC la pièce, soit 450 000 € TTC.'), []);
  });

  it('reads « au prix unitaire de P » and a total stated in the next sentence of the paragraph', () => {
    const order = (total: string, basis = 'TTC') => `Le rectorat commande 2 400 ordinateurs au prix unitaire de 385 € ${basis}. La facture totale, qui s’élève à ${total}, sera partagée avec la région.`;
    assert.deepEqual(codes(order('1,12 M€')), ['rate-mismatch']);
    assert.deepEqual(codes(order('924 000 €')), []);
    assert.deepEqual(codes('Le rectorat commande 2 400 ordinateurs au prix unitaire de 385 €, soit une facture de 1,12 M€.'), ['rate-mismatch']);
    // A price HT and a bill that does not say its basis: likely TTC, no product to check.
    assert.deepEqual(codes(order('1,12 M€', 'HT')), []);
    // The next sentence states another sum, not a result: nothing to compare.
    assert.deepEqual(codes('Le rectorat commande 2 400 ordinateurs au prix unitaire de 385 €. La région versera 500 000 €.'), []);
  });

  it('divides the amount of the sentence before when the rate says what it is « rapporté à »', () => {
    const text = (n: string) => `Le budget des sports atteint 4,6 M€ cette année. Rapporté aux 52 000 habitants de la commune, l’effort représente ${n} € par habitant.`;
    assert.deepEqual(codes(text('112')), ['rate-mismatch']);
    assert.deepEqual(codes(text('88')), []);
    // Without « rapporté à » or a word pointing back, the rate may be of another sum.
    assert.deepEqual(codes('Le budget des sports atteint 4,6 M€ cette année. Dans les 52 000 foyers, la redevance coûte 112 € par habitant.'), []);
  });

  it('reads « le coût … d’un repas s’établit à P » as a price per unit, counted in the sentence before', () => {
    const text = (r: string) => `La cuisine centrale a servi 150 000 repas cette année. Le coût de revient complet d’un repas, personnel compris, s’établit à 7,60 €, soit un coût global de ${r}.`;
    assert.deepEqual(codes(text('1,34 M€')), ['rate-mismatch']);
    assert.deepEqual(codes(text('1,14 M€')), []);
  });

  it('multiplies « Chaque enfant recevra P » by the people the next sentence counts when it states a total', () => {
    const text = (t: string) => `Chaque enfant recevra un chèque de 40 € pour une licence sportive. Les 3 150 collégiens du département sont concernés, pour une enveloppe totale de ${t}.`;
    assert.deepEqual(codes(text('151 200 €')), ['rate-mismatch']);
    assert.deepEqual(codes(text('126 000 €')), []);
    // No total said: the amount may be another sum.
    assert.deepEqual(codes('Chaque enfant recevra un chèque de 40 €. Les 3 150 collégiens du département bénéficient aussi de 151 200 € de transport.'), []);
  });

  it('chains a count per unit with the count of that unit (« 12 visites par école et 35 écoles »)', () => {
    const text = (t: string) => `Chaque visite guidée est facturée 60 € à la ville. Avec 12 visites par école et 35 écoles inscrites, la dépense atteint ${t} sur l’année.`;
    assert.deepEqual(codes(text('21 600 €')), ['rate-mismatch']);
    assert.deepEqual(codes(text('25 200 €')), []);
  });

  it('divides a year’s budget stated two sentences back per inhabitant and per year (« Rapporté à … »)', () => {
    const text = (r: string) => `Le budget du service s’est élevé à 42,3 M€ en 2025. Il est financé aux deux tiers par le Département. Rapporté à la population desservie, soit 525 000 habitants, le coût atteint ${r} par habitant et par an.`;
    assert.deepEqual(codes(text('92 €')), ['rate-mismatch']);
    assert.deepEqual(codes(text('81 €')), []);
  });
  it('leaves out what « contre » compares with when reading a total per inhabitant', () => {
    const text = (r: string) => `La dotation s’élèvera à 3,46 M€ en 2025, soit ${r} € par habitant pour une population de 18 420 habitants, contre 196 € en moyenne pour la strate.`;
    assert.deepEqual(codes(text('232')), ['rate-mismatch']);
    assert.deepEqual(codes(text('188')), []);
  });
  it('counts the things « chacun des N » names, not the months a payment runs for', () => {
    const text = (t: string) => `Versée sur dix mois, cette hausse représente 370 € par an pour chacun des 680 000 boursiers, soit un effort de ${t}.`;
    assert.deepEqual(codes(text('302 M€')), ['rate-mismatch']);
    assert.deepEqual(codes(text('251,6 M€')), []);
  });
  it('divides the amount « soit » restates per inhabitant, whatever other amounts the sentence holds', () => {
    const text = (r: string) => `Après 2,1 M€ de remboursements et 0,8 M€ d’emprunt nouveau, l’encours atteint 18,6 M€ fin 2024, soit ${r} par habitant (population : 12 480 habitants).`;
    const a = analyze(text('1 240 €'), { markdown: true }).diagnostics.filter((d) => d.code === 'rate-mismatch');
    assert.deepEqual(a.map((d) => d.message.replace(/[\u202f\u00a0]/g, ' ')), ['18,6 M€ ÷ 12 480 = 1 490 €, not 1 240 €.']);
    assert.deepEqual(codes(text('1 490 €')), []);
  });
  it('takes the price of one thing from the paragraph before when this one totals the things', () => {
    const text = (t: string) => `Considérant que le coût de revient d’un repas s’établit à 8,40 € ;\n\nConsidérant que 312 000 repas ont été servis, soit un coût total du service de ${t} ;\n`;
    assert.deepEqual(codes(text('2,9 M€')), ['rate-mismatch']);
    assert.deepEqual(codes(text('2,62 M€')), []);
    // Without a total, the next paragraph's amount is another matter.
    assert.deepEqual(codes('Le coût de revient d’un repas s’établit à 8,40 €.\n\nLes 312 000 repas servis ont reçu 2,9 M€ de subventions.\n'), []);
  });

  it('reads a rate per month or per year paid to each of the things counted (« pendant six mois à 1 800 familles »)', () => {
    const text = (r: string) => `L’aide de 35 € par mois sera versée pendant six mois à 1 800 familles, soit ${r} sur la période.`;
    assert.deepEqual(codes(text('378 000 €')), []);
    assert.deepEqual(codes(text('210 €')), []);
    assert.deepEqual(codes(text('420 000 €')), ['rate-mismatch']);
    const each = (r: string) => `L’État versera 40 000 € par an pendant trois ans à chacune des 25 recycleries labellisées, soit ${r} au total.`;
    assert.deepEqual(codes(each('3 M€')), []);
    assert.deepEqual(codes(each('3,6 M€')), ['rate-mismatch']);
  });

  it('counts with numbers written in words, compounds included (« Trente-deux », « quatre-vingts »)', () => {
    const text = (r: string) => `Trente-deux lauréats recevront chacun 25 000 €, soit ${r}.`;
    assert.deepEqual(codes(text('800 000 €')), []);
    assert.deepEqual(codes(text('900 000 €')), ['rate-mismatch']);
    assert.deepEqual(codes('Quatre-vingts communes recevront chacune 5 000 €, soit 400 000 € au total.'), []);
    assert.deepEqual(codes('Quatre-vingt-dix communes recevront chacune 5 000 €, soit 400 000 € au total.'), ['rate-mismatch']);
  });

  it('reads a rate in its own clause: a semicolon closes it (« ; l’État ajoutera 3 M€ »)', () => {
    const text = (r: string) => `La région versera 1,2 M€ par an pendant cinq ans, soit ${r} ; l’État ajoutera 3 M€ pour les études.`;
    assert.deepEqual(codes(text('6 M€')), []);
    assert.deepEqual(codes(text('7 M€')), ['rate-mismatch']);
  });

  it('leaves out an average of others in brackets (« la moyenne de la strate (31 €) »)', () => {
    const text = (r: string) => `Avec 3,4 M€ pour 85 000 habitants, la ville dépense ${r} par habitant, au-dessus de la moyenne de la strate (31 €).`;
    assert.deepEqual(codes(text('40 €')), []);
    assert.deepEqual(codes(text('52 €')), ['rate-mismatch']);
  });

  it('reads « par habitant » against « administrés », « par élève » against « lycéens »', () => {
    const text = (r: string) => `La commune consacre 3,1 M€ à la propreté, soit ${r} par habitant pour ses 62 000 administrés.`;
    assert.deepEqual(codes(text('50 €')), []);
    assert.deepEqual(codes(text('65 €')), ['rate-mismatch']);
  });

  it('multiplies a yearly amount by the duration said with it, the total stated in the next paragraph', () => {
    const text = (t: string) => `Par la présente convention, la Région verse au centre social une subvention de 42 000 € par an pendant trois ans.\n\nL’engagement financier total de la Région au titre de la présente convention s’élève ainsi à ${t}.\n`;
    assert.deepEqual(codes(text('126 000 €')), []);
    assert.deepEqual(codes(text('146 000 €')), ['rate-mismatch']);
    // No total word: the amount may be anything else.
    assert.deepEqual(codes('La Région verse une subvention de 42 000 € par an pendant trois ans.\n\nLa première tranche atteint 60 000 €.\n'), []);
  });

  it('reads « l’enveloppe s’établit à », « elle correspond à » after a count or a total said before', () => {
    const each = (t: string) => `La dotation est maintenue à 38 € par élève. Sur la base des 1 460 élèves inscrits, l’enveloppe s’établit à ${t}.`;
    assert.deepEqual(codes(each('55 480 €')), []);
    assert.deepEqual(codes(each('61 480 €')), ['rate-mismatch']);
    const per = (r: string) => `La participation des communes atteint 9,3 M€ en 2025. Pour une population de 186 000 habitants, elle correspond à ${r} par habitant.`;
    assert.deepEqual(codes(per('50 €')), []);
    assert.deepEqual(codes(per('44 €')), ['rate-mismatch']);
  });

  it('leaves out an average of others in brackets after a hedge (« (environ 180 €) »)', () => {
    const text = (r: string) => `Avec 3,2 M€ investis dans la voirie pour nos 12 800 habitants, l’effort atteint ${r} par habitant, loin devant la moyenne de la strate (environ 180 €).`;
    assert.deepEqual(codes(text('250 €')), []);
    assert.deepEqual(codes(text('310 €')), ['rate-mismatch']);
  });

  it('reads a bold label naming a total (« **Coût total pour l’État :** 4,6 M€ ») as the result of the rate above it', () => {
    const text = (t: string) => `- **Participation de l’État :** 850 000 € par an pendant six ans\n- **Coût total pour l’État :** ${t} sur la durée de la convention\n`;
    assert.deepEqual(codes(text('5,1 M€')), []);
    assert.deepEqual(codes(text('4,6 M€')), ['rate-mismatch']);
  });

  it('reads « une population de N millions » as inhabitants, never as an amount', () => {
    const text = (r: string) => `En 2023, la dépense de santé scolaire atteignait 2,4 Md€, soit ${r} par habitant pour une population de 66 millions.`;
    assert.deepEqual(codes(text('45 €')), ['rate-mismatch']);
    assert.deepEqual(codes(text('36 €')), []);
  });

  it('divides by a count said two sentences before in the paragraph when the rate says « rapporté au nombre de … »', () => {
    const text = (r: string) => `Les écoles de musique du réseau ont accueilli 5 200 élèves en 2024. Les subventions publiques qu’elles ont reçues atteignent 7,8 M€. Rapporté au nombre d’élèves, le soutien public s’établit à ${r} par élève.`;
    assert.deepEqual(codes(text('1 500 €')), []);
    assert.deepEqual(codes(text('1 800 €')), ['rate-mismatch']);
  });

  it('multiplies a yearly aid by its duration against a total per person, and reads « lutter contre » as no comparison', () => {
    const text = (t: string) => `Pour lutter contre la vacance commerciale, la ville versera 3 000 € par an pendant trois ans à chaque commerçant installé en centre-ville, soit une aide totale de ${t} par commerce.`;
    assert.deepEqual(codes(text('9 000 €')), []);
    assert.deepEqual(codes(text('12 000 €')), ['rate-mismatch']);
  });

  it('reads the duration of « pour une durée de N ans » and a yearly rate written « HT par an », keeping HT and TTC apart', () => {
    const lease = (t: string) => `Le contrat de nettoyage des gymnases est passé pour une durée de trois ans, à raison de 52 000 € HT par an, soit ${t} sur toute la durée.`;
    assert.deepEqual(codes(lease('156 000 € HT')), []);
    assert.deepEqual(codes(lease('182 000 € HT')), ['rate-mismatch']);
    assert.deepEqual(codes('La mission est conclue pour quatre ans, moyennant 30 000 € par an, soit 120 000 € au total.'), []);
    // A yearly fee before tax and a total with tax are not one product.
    assert.deepEqual(codes('L’assistance technique est rémunérée 40 000 € HT par an pendant trois ans, soit 144 000 € TTC pour toute la mission.'), []);
  });

  it('takes the rate and the count from the sentences before a result that prices them', () => {
    const kit = (t: string) => `À la rentrée, le Département fournira un casque de réalité virtuelle à chacun des 1 200 élèves de seconde des lycées agricoles.\n\nAprès appel d’offres, le prix unitaire du casque est arrêté à 310 €.\n\nLa dépense correspondante, soit ${t}, sera inscrite au budget supplémentaire.`;
    assert.deepEqual(codes(kit('372 000 €'), false), []);
    assert.deepEqual(codes(kit('430 000 €'), false), ['rate-mismatch']);
    // « correspondante » with one count of another noun than the rate's.
    const bonus = (t: string) => `La commune offre une prime de 2 000 € par apprenti embauché par un artisan local. Avec 37 contrats signés cette année, la dépense correspondante s’élève à ${t}.`;
    assert.deepEqual(codes(bonus('74 000 €')), []);
    assert.deepEqual(codes(bonus('92 000 €')), ['rate-mismatch']);
  });

  it('leaves a result alone when the count belongs to another year, another amount stands between, or two counts disagree', () => {
    // The count is of 2023, the total of 2024.
    assert.deepEqual(codes('En 2023, 410 familles ont été aidées. L’aide est de 150 € par famille. En 2024, l’enveloppe totale atteint 80 000 €.'), []);
    // Another amount between the rate and the total.
    assert.deepEqual(codes('Chaque club reçoit 1 500 € par équipe engagée. Le département compte 64 équipes. Les frais de déplacement sont pris en charge à hauteur de 12 000 €. La dépense totale atteint 140 000 €.'), []);
    // Two counts of the rate's unit.
    assert.deepEqual(codes('L’aide est de 90 € par élève. Le collège Jaurès accueille 420 élèves et le collège Ferry 510 élèves. L’enveloppe totale s’élève à 50 000 €.'), []);
  });

  it('reads a total « calculée à raison de » a rate as the figure that follows from it', () => {
    const text = (t: string) => `La ville verse à l’école de musique une subvention de ${t}, calculée à raison de 180 € par élève inscrit pour ses 640 élèves.`;
    assert.deepEqual(flagged(text('128 000 €')), ['rate-mismatch 128 000 €']);
    assert.deepEqual(codes(text('115 200 €')), []);
  });

  it('counts a duration in years in the months or quarters a rate is paid per', () => {
    const text = (t: string) => `La prime d’installation, 450 € par mois pendant deux ans, représente pour chaque médecin un total de ${t}.`;
    assert.deepEqual(codes(text('10 800 €'), false), []);
    assert.deepEqual(codes(text('9 000 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes('Le loyer de 1 500 € par trimestre pendant trois ans, soit 18 000 €.', false), []);
  });

  it('divides the amount the subject of « Rapportée aux N élèves, l’enveloppe … » was given paragraphs before', () => {
    const text = (r: string) => `La commission a arrêté à 4,2 M€ l’enveloppe des dotations des collèges publics.\n\nLes collèges privés recevront 215 € par élève.\n\nRapportée aux 17 500 collégiens du public, l’enveloppe représente ${r} par élève.`;
    assert.deepEqual(codes(text('240 €'), false), []);
    assert.deepEqual(codes(text('275 €'), false), ['rate-mismatch']);
  });

  it('counts the people a rate is per with the one count of a role (« bénéficiaires », « usagers »)', () => {
    assert.deepEqual(codes('Pass culture local : 40 € par jeune, 6 200 bénéficiaires attendus, soit une enveloppe de 290 k€.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Pass culture local : 40 € par jeune, 6 200 bénéficiaires attendus, soit une enveloppe de 248 k€.', false), []);
    // Two counts of roles: which one is not said.
    assert.deepEqual(codes('Pass culture local : 40 € par jeune, 6 200 bénéficiaires et 300 inscrits, soit une enveloppe de 290 k€.', false), []);
  });

  it('counts the years listed « au titre des exercices 2025, 2026 et 2027 » and reads « s’élève ainsi à » as the result, a paragraph on', () => {
    const text = (t: string) => `**Article 3 — Montant**\n\nLe Département verse une subvention d’un montant annuel de 38 000 €, au titre des exercices 2025, 2026 et 2027.\n\n**Article 4 — Versement**\n\nL’engagement pluriannuel du Département au titre de la présente convention s’élève ainsi à ${t}.\n`;
    assert.deepEqual(codes(text('114 000 €')), []);
    assert.deepEqual(codes(text('132 000 €')), ['rate-mismatch']);
  });

  it('divides the amount of the clause before a semicolon by the count « rapportée aux N habitants » names', () => {
    const text = (r: string) => `La dotation est stabilisée à 30,4 milliards d’euros en 2026 ; rapportée aux 67,5 millions d’habitants, elle représente ${r} par habitant.`;
    assert.deepEqual(codes(text('450 €'), false), []);
    assert.deepEqual(codes(text('520 €'), false), ['rate-mismatch']);
  });

  it('leaves out an amount in brackets after words that compare with another case', () => {
    const text = (a: string) => `Le programme a coûté 12,6 M€ en 2024 pour 3 000 stagiaires, soit un coût moyen de ${a} par stagiaire, nettement supérieur à celui observé dans les autres régions (2 900 €).`;
    assert.deepEqual(codes(text('4 200 €'), false), []);
    assert.deepEqual(codes(text('4 900 €'), false), ['rate-mismatch']);
  });

  it('reads « A € HT par rame » as a rate per unit, and a yearly amount divided among the units the sentence counts', () => {
    const text = (a: string) => `L’entretien des 40 bus, confié pour six ans à un prestataire, coûte 2,4 M€ HT par an, soit ${a} HT par bus.`;
    assert.deepEqual(codes(text('60 000 €'), false), []);
    assert.deepEqual(codes(text('75 000 €'), false), ['rate-mismatch']);
  });

  it('reads « A de capital par an pendant N ans » as a yearly rate', () => {
    const text = (t: string) => `Le syndicat remboursera 0,8 M€ de capital par an pendant 15 ans, soit ${t} au total, hors intérêts.`;
    assert.deepEqual(codes(text('12 M€'), false), []);
    assert.deepEqual(codes(text('13,5 M€'), false), ['rate-mismatch']);
  });

  it('reads a rate and, in the next paragraph of its section, the count of its unit and what it comes to', () => {
    const text = (a: string) => `## Participation\n\nLa ville verse 540 € par élève et par an aux écoles associatives.\n\nPour les 800 élèves concernés, la dépense inscrite au BP 2025 atteint ${a}.`;
    assert.deepEqual(codes(text('432 000 €')), []);
    assert.deepEqual(codes(text('480 000 €')), ['rate-mismatch']);
  });

  it('reads « A € le m² » as a price per unit of measure, not a restatement', () => {
    const text = (a: string) => `Le lotissement couvre 20 000 m² (2 ha), aménagés pour 3 millions d’euros, soit environ ${a} le m².`;
    assert.deepEqual(codes(text('150 €'), false), []);
    assert.deepEqual(codes(text('180 €'), false), ['rate-mismatch']);
  });

  it('reads a monthly rate and a duration in items of one list against the total per person after an arrow', () => {
    const text = (a: string) => `**Bourse d’apprentissage – ce qui change**\n\n- Montant : 300 € / mois\n- Durée : 8 mois\n- → ${a} par apprenti sur l’année`;
    assert.deepEqual(codes(text('2 400 €')), []);
    assert.deepEqual(codes(text('3 000 €')), ['rate-mismatch']);
  });

  it('reads a mean drawn by « ainsi » from the total and the count of the sentence before', () => {
    const text = (a: string) => `Le département a consacré 12,6 M€ au sport en 2023, pour une population de 420 000 habitants. L’effort atteint ainsi ${a} par habitant, contre 24 € en moyenne pour la strate.`;
    assert.deepEqual(codes(text('30 €'), false), []);
    assert.deepEqual(codes(text('36 €'), false), ['rate-mismatch']);
    // A mean over the one count of that sentence, whatever its noun.
    const mean = (a: string) => `Le guichet a financé 45 dossiers en 2024, pour 315 000 € d’aides versées. L’aide moyenne atteint ainsi ${a} par entreprise.`;
    assert.deepEqual(codes(mean('7 000 €'), false), []);
    assert.deepEqual(codes(mean('8 500 €'), false), ['rate-mismatch']);
  });

  it('reads « Rapporté à la population desservie » across the paragraphs of its section', () => {
    const text = (a: string) => `## Eau potable\n\nLe service dessert 25 000 habitants.\n\nSon coût total atteint 3,5 M€ en 2024.\n\nRapporté à la population desservie, il représente ${a} par habitant.`;
    assert.deepEqual(codes(text('140 €')), []);
    assert.deepEqual(codes(text('165 €')), ['rate-mismatch']);
  });

  it('reads a key-figure list: a total, a count and a label « par habitant »', () => {
    const text = (a: string) => `Ratios de la commune :\n\n- encours de la dette : 12,6 M€ ;\n- population : 14 000 habitants ;\n- dette par habitant : ${a}, contre 980 € pour la strate.`;
    assert.deepEqual(codes(text('900 €')), []);
    assert.deepEqual(codes(text('1 050 €')), ['rate-mismatch']);
  });

  it('never takes one of two monthly rates said before for a result that may blend them', () => {
    // 3 × 900 + 9 × 1 020 = 11 880, neither 900 × 12 nor 1 020 × 12.
    assert.deepEqual(codes('**Montants de l’allocation**\n\n- Depuis le 1er avril : 1 020 € par mois, soit 12 240 € sur une année pleine.\n- Jusqu’au 31 mars : 900 € par mois.\n\nSur l’année, compte tenu de la hausse d’avril, un allocataire a donc perçu 11 880 €.'), []);
  });

  it('reads « l’effort du Département atteint A » as what a rate per pupil and per year comes to', () => {
    const text = (a: string) => `La dotation des collèges reste fixée à 120 € par collégien et par an. Avec 15 000 élèves attendus, l’effort du Département atteint ${a}.`;
    assert.deepEqual(codes(text('1,8 M€'), false), []);
    assert.deepEqual(codes(text('2,1 M€'), false), ['rate-mismatch']);
  });

  it('reads « une aide moyenne de A par entreprise » over the one count of the sentence, whatever its noun', () => {
    const text = (a: string) => `Les 800 dossiers du chèque export ont mobilisé 2,4 M€ en 2024, soit une aide moyenne de ${a} par entreprise.`;
    assert.deepEqual(codes(text('3 000 €'), false), []);
    assert.deepEqual(codes(text('2 500 €'), false), ['rate-mismatch']);
    // A mean named only in a comparison says nothing of the rate.
    assert.deepEqual(codes('L’encours au 31 décembre 2023 s’établit à 9 870 k€, soit 878 € par habitant, contre une moyenne de 903 € pour la strate.', false), []);
  });

  it('reads « le coût par élève est de A » as a rate, and « soit B pour N élèves » as what it comes to', () => {
    assert.deepEqual(codes('Le coût moyen par élève est de 9 800 €, soit 49 Md€ pour 5 millions d’élèves.', false), []);
    assert.deepEqual(codes('Le coût moyen par élève est de 9 800 €, soit 43 Md€ pour 5 millions d’élèves.', false), ['rate-mismatch']);
  });

  it('reads a total with no span of years as the year’s when the rate is « par bénéficiaire et par an »', () => {
    assert.deepEqual(codes('Pour 4 200 bénéficiaires et une dépense de 29,4 M€, l’aide revient à 8 100 € par bénéficiaire et par an.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Pour 4 200 bénéficiaires et une dépense de 29,4 M€, l’aide revient à 7 000 € par bénéficiaire et par an.', false), []);
    // Over three years, the yearly rate is no quotient of the total by the count alone.
    assert.deepEqual(codes('Pour 4 200 bénéficiaires et une dépense de 29,4 M€ sur trois ans, l’aide revient à 2 330 € par bénéficiaire et par an.', false), []);
  });

  it('multiplies a count per year by the years into a total count of the same noun', () => {
    assert.deepEqual(codes('La région vise 2 400 rénovations par an pendant cinq ans, soit 10 000 rénovations au terme du plan.', false), ['rate-mismatch']);
    assert.deepEqual(codes('La région vise 2 400 rénovations par an pendant cinq ans, soit 12 000 rénovations au terme du plan.', false), []);
    // A total of another noun is no product of the rate.
    assert.deepEqual(codes('La région vise 2 400 rénovations par an pendant cinq ans, soit 10 000 ménages aidés.', false), []);
  });

  it('reads a rate’s clause and the next one together when that one counts the rate’s unit', () => {
    assert.deepEqual(codes('La prime est de 1 200 € par foyer ; 850 foyers l’ont reçue en 2024, pour une dépense totale de 1,2 M€.', false), ['rate-mismatch']);
    assert.deepEqual(codes('La prime est de 1 200 € par foyer ; 850 foyers l’ont reçue en 2024, pour une dépense totale de 1,02 M€.', false), []);
    // A next clause about something else keeps to itself.
    assert.deepEqual(codes('La prime est de 1 200 € par foyer ; la commune apportera 1,2 M€ au fonds de garantie.', false), []);
  });

  it('counts « concitoyens » as the inhabitants a rate « par habitant » is per', () => {
    assert.deepEqual(codes('Le projet coûte 30 M€, soit 1 000 € par habitant pour nos 24 000 concitoyens.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Le projet coûte 30 M€, soit 1 250 € par habitant pour nos 24 000 concitoyens.', false), []);
  });

  it('divides a count by the staff who handle it, under any noun of staff, said in the sentence or the one before', () => {
    assert.deepEqual(codes('Le pôle a instruit 4 200 demandes avec 12 équivalents temps plein, soit environ 420 dossiers par agent.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Le pôle a instruit 4 200 demandes avec 12 équivalents temps plein, soit environ 350 dossiers par agent.', false), []);
    assert.deepEqual(codes('Le guichet compte 9 instructeurs. Il a reçu 2 700 demandes en 2024, soit 250 dossiers instruits par agent.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Le guichet compte 9 instructeurs. Il a reçu 2 700 demandes en 2024, soit 300 dossiers instruits par agent.', false), []);
    assert.deepEqual(codes('L’antenne dispose de 18 conseillers pour 2 700 allocataires suivis, soit 190 dossiers par conseiller.', false), ['rate-mismatch']);
    assert.deepEqual(codes('L’antenne dispose de 18 conseillers pour 2 700 allocataires suivis, soit 150 dossiers par conseiller.', false), []);
    // Tonnes are measures, read by their own pass: « 410 kg par habitant » is no count of kilograms per person.
    assert.deepEqual(codes('La collecte atteint 32 800 tonnes pour 80 000 habitants, soit 410 kg par habitant.', false), []);
  });

  it('reads a hedged yearly amount times the years said in the next sentence, not a hedged mean per thing', () => {
    assert.deepEqual(codes('Un retraité perd environ 900 € par an. Sur quinze ans, cela représente 10 000 €.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Un retraité perd environ 900 € par an. Sur quinze ans, cela représente 13 500 €.', false), []);
    assert.deepEqual(codes('L’aide moyenne atteint environ 40 000 € par projet pour 50 projets. Ces projets représentent un investissement total de 9 M€.', false), []);
  });

  it('dates a result by its own clause, not by a year another clause of its sentence gives', () => {
    const text = (total: string) => `La ville verse 2 000 € par dossier de ravalement. En 2024, 40 dossiers ont été retenus. L’enveloppe consommée atteint ainsi ${total}, et l’opération est reconduite jusqu’en 2027.`;
    assert.deepEqual(codes(text('70 000 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes(text('80 000 €'), false), []);
  });

  it('multiplies a monthly amount said before by twelve and the people counted with a yearly total', () => {
    assert.deepEqual(codes('La bourse verse 900 € brut par mois aux internes engagés. Les 60 boursiers représentent ainsi une dépense annuelle de 750 000 € pour la région.', false), ['rate-mismatch']);
    assert.deepEqual(codes('La bourse verse 900 € brut par mois aux internes engagés. Les 60 boursiers représentent ainsi une dépense annuelle de 648 000 € pour la région.', false), []);
  });

  it('reads a part « en représente l’essentiel » paid « sur l’exercice » against the whole before', () => {
    assert.deepEqual(codes('Les dépenses de cantine ont atteint 2,4 M€ en 2023. Le marché de restauration en représente l’essentiel, avec 2,7 M€ versés sur l’exercice.', false), ['part-exceeds-total']);
    assert.deepEqual(codes('Les dépenses de cantine ont atteint 2,4 M€ en 2023. Le marché de restauration en représente l’essentiel, avec 2,1 M€ versés sur l’exercice.', false), []);
  });

  it('divides a total over the years the sentence counts into what it comes to each year', () => {
    assert.deepEqual(codes('La programmation 2025-2030 prévoit 300 M€, soit en moyenne 60 M€ par an.', false), ['rate-mismatch']);
    assert.deepEqual(codes('La programmation 2025-2030 prévoit 300 M€, soit en moyenne 50 M€ par an.', false), []);
    assert.deepEqual(codes('Le contrat prévoit 90 M€ sur ses six annuités, soit 15 M€ par an.', false), []);
    assert.deepEqual(codes('Le contrat prévoit 90 M€ sur ses six annuités, soit 18 M€ par an.', false), ['rate-mismatch']);
  });

  it('reads « A par an et par structure pendant N ans, soit B par centre » as no yearly total divided among the centres', () => {
    assert.deepEqual(codes('Le cahier des charges prévoit 40 000 € par an et par structure pendant trois ans, soit 120 000 € par centre ; avec les 30 centres retenus, l’engagement atteint 3,6 M€.', false), []);
  });


  it('leaves out the amounts of a clause set against the sentence (« , quand … », « , alors que … »)', () => {
    const doc = (r: string) => `Avec 2,6 M€ consacrés aux bibliothèques pour 180 000 habitants, la ville dépense ${r} par habitant, quand ses voisines dépassent 20 €.`;
    assert.deepEqual(codes(doc('14 €'), false), []);
    assert.deepEqual(codes(doc('11 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes(doc('11 €').replace('quand ses voisines dépassent', 'alors que la moyenne nationale est de'), false), ['rate-mismatch']);
  });

  it('reads « A à chaque N » as a rate per N, applied to the count said next', () => {
    const doc = (t: string) => `Le chèque culture verse 80 € à chaque lycéen inscrit. L’an dernier, 12 500 lycéens l’ont utilisé, pour un coût total de ${t}.`;
    assert.deepEqual(codes(doc('1 M€'), false), []);
    assert.deepEqual(codes(doc('1,3 M€'), false), ['rate-mismatch']);
  });


  it('draws « La dépense moyenne par foyer ressort ainsi à A par an » from a total and a count said in the sentences before', () => {
    const doc = (r: string) => `En 2025, la caisse a versé 61 M€ d’aides au logement. Elle a aidé 8 400 foyers. La dépense moyenne par foyer ressort ainsi à ${r} par an.`;
    assert.deepEqual(codes(doc('7 260 €'), false), []);
    assert.deepEqual(codes(doc('6 500 €'), false), ['rate-mismatch']);
  });

  it('reads « chacun d’entre nous porte A » per head of the count said, and « soit A par enfant » for pupils', () => {
    const debt = (r: string) => `Avec une dette de 12,4 M€ au 31 décembre 2025 pour 9 300 habitants, chacun d’entre nous porte désormais ${r} de dette, quand la moyenne de la strate plafonne à 870 €.`;
    assert.deepEqual(codes(debt('1 330 €'), false), []);
    assert.deepEqual(codes(debt('1 520 €'), false), ['rate-mismatch']);
    const pupils = (r: string) => `La commune consacre 124 000 € aux sorties de ses 410 élèves, soit ${r} par enfant.`;
    assert.deepEqual(codes(pupils('302 €'), false), []);
    assert.deepEqual(codes(pupils('350 €'), false), ['rate-mismatch']);
  });

  it('reads « Le coût moyen de traitement d’un dossier s’établit donc à A » against the budget and the files said before', () => {
    const doc = (r: string) => `En 2025, le service a instruit 18 200 demandes avec un budget de 2,6 M€. Le coût moyen de traitement d’un dossier s’établit donc à ${r}.`;
    assert.deepEqual(codes(doc('143 €'), false), []);
    assert.deepEqual(codes(doc('120 €'), false), ['rate-mismatch']);
  });


  it('reads « soit A par mois et par foyer » of a year’s total as twelve months for each household', () => {
    const doc = (r: string) => `En 2025, l’allocation a été versée à 2,1 millions de foyers pour une dépense totale de 3,8 Md€, soit en moyenne ${r} par mois et par foyer.`;
    assert.deepEqual(codes(doc('151 €'), false), []);
    assert.deepEqual(codes(doc('180 €'), false), ['rate-mismatch']);
  });

  it('reads a rate per « bénéficiaire » against the one count of people, and « par Français » against inhabitants', () => {
    const aid = (t: string) => `La prime, fixée à 250 € par bénéficiaire, a été versée à 4 200 habitants, soit une dépense de ${t} pour la commune.`;
    assert.deepEqual(codes(aid('1,05 M€'), false), []);
    assert.deepEqual(codes(aid('1,25 M€'), false), ['rate-mismatch']);
    const debt = (r: string) => `La dette de la collectivité atteint 2 940 M€ fin 2025. Rapportée aux 1,2 million d’habitants du département, elle représente ${r} par Français.`;
    assert.deepEqual(codes(debt('2 450 €'), false), []);
    assert.deepEqual(codes(debt('2 900 €'), false), ['rate-mismatch']);
  });

  it('reads « A HT, soit B HT/m² » as a price per square metre, no restatement', () => {
    const doc = (r: string) => `- **Surface traitée** : 2 400 m²\n- **Coût des travaux** : 5,4 M€ HT, soit ${r} HT/m²\n`;
    assert.deepEqual(codes(doc('2 250 €')), []);
  });


  it('counts with the sentence before a sentence that opens on « Son coût … soit A par élève »', () => {
    const doc = (r: string) => `Le parcours « Lycéens au cinéma » a touché 3 150 élèves cette année. Son coût s’établit à 116 550 €, soit ${r} par élève.`;
    assert.deepEqual(codes(doc('37 €'), false), []);
    assert.deepEqual(codes(doc('45 €'), false), ['rate-mismatch']);
  });


  it('does not price a dated other thing at the rate of the sentence before', () => {
    const doc = (tail: string) => `Les 4 kilomètres de voie nouvelle reviennent ainsi à 52 M€ HT le kilomètre. ${tail}`;
    assert.deepEqual(codes(doc('La première ligne, inaugurée en 2010, avait coûté 380 M€ pour 12 kilomètres.'), false), []);
    // Undated, the same words price the kilometres at that rate.
    assert.deepEqual(codes(doc('Les 12 kilomètres de la ligne coûteront 380 M€ HT.'), false), ['rate-mismatch']);
  });


  it('reads a rate « par enfant » against the young counted next, « ce qui représente pour le dispositif A » as its result', () => {
    const doc = (t: string) => `Le chèque sport verse 40 € par enfant inscrit dans un club. Dans la vallée, 3 150 jeunes en ont bénéficié en 2025, ce qui représente pour le dispositif une enveloppe de ${t}.`;
    assert.deepEqual(codes(doc('126 000 €'), false), []);
    assert.deepEqual(codes(doc('151 000 €'), false), ['rate-mismatch']);
  });

  it('takes no count from a sentence that counts the things twice, in two years', () => {
    const doc = `Ils étaient 520 jeunes inscrits en 2023 ; ils sont 880 cette saison. L’aide, de 40 € par enfant, représente une enveloppe de 35 200 € cette année.`;
    assert.deepEqual(codes(doc, false), []);
  });


  it('leaves the count of a bracket that pairs its own amount with it to that bracket', () => {
    const doc = (r: string) => `Avec 4,2 M€ partagés entre 35 crèches, le soutien moyen atteint ${r} par structure, proche de celui de l’an dernier (118 000 € en moyenne pour 41 structures).`;
    assert.deepEqual(codes(doc('120 000 €'), false), []);
    assert.deepEqual(codes(doc('150 000 €'), false), ['rate-mismatch']);
  });

  it('sets a ceiling clause after a mean aside, neither term nor limit of the rate', () => {
    const doc = (r: string) => `Le fonds de secours dispose de 2,4 M€. Partagé entre les 300 communes sinistrées, il apportera en moyenne ${r} par commune, avec un plafond fixé à 25 000 €.`;
    assert.deepEqual(codes(doc('8 000 €'), false), []);
    assert.deepEqual(codes(doc('9 500 €'), false), ['rate-mismatch']);
    // A ceiling on the rate itself still makes it a limit: nothing to multiply.
    assert.deepEqual(codes('L’aide atteint au plus 9 500 € par commune pour 300 communes, soit 2,4 M€.', false), []);
  });

  it('leaves out of the rate a reference set « au-dessus de » it', () => {
    const doc = (r: string) => `La rénovation du collège, 12,6 M€ pour 700 élèves, revient à ${r} par élève, bien au-dessus de la moyenne départementale de 14 000 €.`;
    assert.deepEqual(codes(doc('18 000 €'), false), []);
    assert.deepEqual(codes(doc('21 000 €'), false), ['rate-mismatch']);
  });

  it('totals a rate per thing and per day over a year for the things counted', () => {
    const doc = (t: string) => `L’indemnité de 12 € par place et par jour, versée pour les 240 places d’accueil de nuit, représente une dépense annuelle d’environ ${t}.`;
    assert.deepEqual(codes(doc('1,05 M€'), false), []);
    assert.deepEqual(codes(doc('1,3 M€'), false), ['rate-mismatch']);
    // Per month, a year is twelve of them.
    const monthly = (t: string) => `Le forfait de 45 € par élève et par mois, appliqué aux 600 élèves de l’internat, représente un coût annuel de ${t}.`;
    assert.deepEqual(codes(monthly('324 000 €'), false), []);
    assert.deepEqual(codes(monthly('27 000 €'), false), ['rate-mismatch']);
  });


  it('totals a rate per thing and per year said before over the things counted earlier, for a yearly result', () => {
    const doc = (t: string) => `Le réseau accueille 4 200 enfants dans ses cantines.\n\nChaque repas est subventionné : l’aide atteint 310 € par enfant inscrit et par an.\n\nLa commune y consacre ainsi ${t} par an.`;
    assert.deepEqual(codes(doc('1,3 M€'), false), []);
    assert.deepEqual(codes(doc('1,6 M€'), false), ['rate-mismatch']);
  });


  it('reads « A la séance » as a price per session, no restatement of the amount before', () => {
    assert.deepEqual(codes('Au club de théâtre, les 60 adhérents paient 240 € pour l’année de vingt ateliers, soit 12 € l’atelier.', false), []);
    assert.deepEqual(codes('Les 40 abonnés paient 96 € pour la saison de douze concerts, soit 8 € le concert.', false), []);
  });

  it('takes no mean over a count that completes another noun', () => {
    assert.deepEqual(codes('La dépense des quatre cantines municipales dépasse ainsi 1,5 M€, pour un coût moyen de 6,90 € par repas.', false), []);
  });
  it('divides a yearly amount into months: « par an, soit … par mois », or a yearly noun before an amount of no period', () => {
    assert.deepEqual(codes('La cotisation s’élève à 180 € par an, soit 15 € par mois.', false), []);
    assert.deepEqual(codes('La cotisation s’élève à 180 € par an, soit 18 € par mois.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Le forfait annuel, facturé 96 €, revient à 8 € par mois.', false), []);
    assert.deepEqual(codes('Le forfait annuel, facturé 96 €, revient à 10 € par mois.', false), ['rate-mismatch']);
    // Two prices side by side, none the result of the other.
    assert.deepEqual(codes('Le forfait annuel coûte 96 € et le mensuel 10 € par mois.', false), []);
  });
  it('totals a monthly amount « sur l’année », whatever one person or date the sentence also counts', () => {
    const text = (y: string) => `Depuis le 1er avril, le minimum vieillesse est fixé à 1 034 € par mois pour une personne seule, soit ${y} € sur l’année.`;
    assert.deepEqual(codes(text('12 408'), false), []);
    assert.deepEqual(codes(text('13 408'), false), ['rate-mismatch']);
    // « sur l’année scolaire » closes a total of its own, no twelve months.
    assert.deepEqual(codes('Chaque atelier est payé 85 € ; avec 24 ateliers par classe et 18 classes, la dépense atteint 36 720 € sur l’année scolaire.', false), []);
  });
  it('divides the main amount of the sentence before, not the compared one in brackets after it', () => {
    const text = (r: string) => `Au 1er janvier, l’encours de la dette s’établit à 4 200 000 €, en baisse de 5 % sur un an (4 420 000 € un an plus tôt). Rapporté à la population, soit 6 000 habitants, il représente ${r} € par habitant.`;
    assert.deepEqual(codes(text('700'), false), []);
    assert.deepEqual(codes(text('780'), false), ['rate-mismatch']);
  });
  it('counts no « villes de plus de 100 000 habitants » among the things a rate is per', () => {
    const text = (r: string) => `Avec 30 M€ inscrits au budget, la culture représente ${r} € par habitant pour les 200 000 habitants de la ville, au-dessus de la moyenne des villes de plus de 100 000 habitants.`;
    assert.deepEqual(codes(text('150'), false), []);
    assert.deepEqual(codes(text('170'), false), ['rate-mismatch']);
  });
  it('reads « par personne » as per head of the one count of people before it', () => {
    const text = (r: string) => `La dépense de soins a atteint 33 Md€ l’an dernier. Rapportée aux 6 millions d’habitants de la région, elle représente ${r} par personne.`;
    assert.deepEqual(codes(text('5 500 €'), false), []);
    assert.deepEqual(codes(text('6 400 €'), false), ['rate-mismatch']);
  });
  it('reads « du kilomètre » and « au kilomètre » after an amount as per kilometre', () => {
    const text = (r: string) => `La ligne nouvelle mesure 12 km. Son coût atteint 300 M€, soit ${r}.`;
    assert.deepEqual(codes(text('25 M€ du kilomètre'), false), []);
    assert.deepEqual(codes(text('30 M€ au kilomètre'), false), ['rate-mismatch']);
  });

  it('converts a daily rate into a month of 28 to 31 days, and reads « journalière » far before the amount', () => {
    assert.deepEqual(codes('L’indemnité s’élève à 52 € par jour, soit 1 580 € par mois.', false), []);
    assert.deepEqual(codes('L’indemnité s’élève à 52 € par jour, soit 1 780 € par mois.', false), ['rate-mismatch']);
    // Working days are fewer than the calendar's: no reading.
    assert.deepEqual(codes('L’indemnité s’élève à 52 € par jour ouvré, soit 1 100 € par mois.', false), []);
    const daily = 'L’indemnité journalière moyenne versée aux stagiaires de la formation professionnelle s’élève à 52 € brut. ';
    assert.deepEqual(codes(daily + 'Sur un mois de 30 jours, cela représente 1 560 € brut.', false), []);
    assert.deepEqual(codes(daily + 'Sur un mois de 30 jours, cela représente 1 760 € brut.', false), ['rate-mismatch']);
    // An adjective inside a quoted name is the name's.
    assert.deepEqual(codes('L’appel à projets « Transports du quotidien » a retenu 120 lauréats pour une aide totale de 84 M€.', false), []);
  });

  it('divides a total said before by the count of the things a mean is said per', () => {
    const lead = 'En 2024, la cuisine centrale a servi 210 000 repas. Son coût complet atteint 1 785 000 €. ';
    assert.deepEqual(codes(lead + 'Ramené au nombre de repas servis, cela représente 8,50 € par repas.', false), []);
    assert.deepEqual(codes(lead + 'Ramené au nombre de repas servis, cela représente 7,60 € par repas.', false), ['rate-mismatch']);
    // Another amount between: the mean may divide that one.
    assert.deepEqual(codes(lead + 'Les denrées en représentent 640 000 € ; ramené au nombre de repas, cela fait 3,05 € par repas.', false), []);
  });

  it('does not total a rate per inhabitant into a sentence that counts other things', () => {
    const first = 'Rapportée aux 412 000 habitants du département, la dépense sociale atteint 1 150 € par habitant.\n\n';
    assert.deepEqual(codes(first + 'Le RSA en constitue le premier poste, avec 140 M€ pour 17 300 foyers allocataires.', false), []);
  });

  it('reads « pour tout médecin » as per doctor, and a mean « chacune » against the total of the clause or sentence before', () => {
    assert.deepEqual(codes('Une prime de 12 000 € est versée à tout kinésithérapeute qui s’installe. Depuis janvier, 17 kinésithérapeutes en ont bénéficié, pour un montant total de 252 000 €.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Une prime de 12 000 € est versée à tout kinésithérapeute qui s’installe. Depuis janvier, 17 kinésithérapeutes en ont bénéficié, pour un montant total de 204 000 €.', false), []);
    assert.deepEqual(codes('La dotation est portée à 96 M€ ; elle bénéficie à 21 600 communes, qui recevront donc en moyenne 5 000 € chacune.', false), ['rate-mismatch']);
    assert.deepEqual(codes('La dotation est portée à 96 M€. Elle bénéficie à 21 600 communes, qui recevront donc en moyenne 4 450 € chacune.', false), []);
    assert.deepEqual(codes('La dotation est portée à 96 M€. Elle bénéficie à 21 600 communes, qui recevront donc en moyenne 5 000 € chacune.', false), ['rate-mismatch']);
    // « Par ailleurs » opens another topic: no mean of the total before.
    assert.deepEqual(codes('L’enveloppe des fournitures s’élève à 25 440 €. Par ailleurs, le forfait est fixé au coût moyen d’un élève, soit 1 180 € pour chacun des 142 enfants.', false), []);
  });

  it('divides by the population said once under the heading, however many paragraphs before', () => {
    // (Text chosen so that no chunk is cut between its paragraphs: across a cut, no sentence reads another chunk's.)
    const doc = (r: string) => `Avec 84 000 habitants répartis dans 19 communes, l’agglomération gère un conservatoire et trois médiathèques.\n\nLe conservatoire accueille 1 120 élèves.\n\nSa scène a réuni 27 000 spectateurs.\n\nAu budget 2025, l’agglomération consacre 3,9 M€ à ces équipements, soit ${r} par habitant.`;
    assert.deepEqual(chunkStarts(doc('46 €'), false), [0]);
    assert.deepEqual(codes(doc('46 €'), false), []);
    assert.deepEqual(codes(doc('55 €'), false), ['rate-mismatch']);
    // Two populations before (another territory's): none is taken.
    assert.deepEqual(codes('Le département compte 410 000 habitants et sa préfecture 84 000 habitants.\n\nLa ville consacre 3,9 M€ à la culture, soit 55 € par habitant.', false), []);
  });

  it('reads « chacun » as each one of the things the clause names, not of another count of the sentence', () => {
    const doc = (n: string) => `Le forfait de 900 000 € est réparti à parts égales entre les établissements, soit ${n} chacun, le reste suivant les effectifs (14 200 élèves).`;
    assert.deepEqual(codes(doc('50 000 €'), false), []);
    // The count of those things, when the sentence gives it, is the one divided.
    assert.deepEqual(codes('Le forfait de 900 000 € est réparti à parts égales entre les 18 établissements, soit 60 000 € chacun.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Le forfait de 900 000 € est réparti à parts égales entre les 18 établissements, soit 50 000 € chacun.', false), []);
  });

  it('does not read a rate per month times its months as the result of a sentence that also counts the people paid', () => {
    const doc = 'Le département verse aux apprentis une aide de 300 € par mois, dans la limite de huit mois. Cette année, 640 apprentis en ont bénéficié, pour une durée moyenne de 5,5 mois, soit une dépense de 1,06 M€.';
    assert.deepEqual(codes(doc, false), []);
    // With no one counted beside it, the months are the count.
    assert.deepEqual(codes('L’aide est de 300 € par mois. Versée pendant 5,5 mois, elle représente une dépense de 2 400 €.', false), ['rate-mismatch']);
  });

  it('reads an individual aid « versé à N ménages » as each one’s, and an envelope so paid as shared', () => {
    const doc = (n: string) => `Le « chèque mobilité » de 800 euros sera versé à 25 000 ménages dès janvier, soit une dépense de ${n} pour l’État.`;
    assert.deepEqual(codes(doc('20 millions d’euros'), false), []);
    assert.deepEqual(codes(doc('26 millions d’euros'), false), ['rate-mismatch']);
    // An envelope paid to many is shared among them, not each one’s.
    assert.deepEqual(codes('Une enveloppe de 800 000 € sera versée à 250 associations, soit une dépense de 0,8 M€ pour la région.', false), []);
  });
  it('reads a mean per unit over the one count of its sentence or the one before, whatever noun it is said per', () => {
    const doc = (t: string) => `Le dispositif a accompagné 126 entreprises. Le montant moyen de l’aide s’établit à 48 000 € par dossier, pour une enveloppe totale de ${t}.`;
    assert.deepEqual(codes(doc('5,2 M€'), false), ['rate-mismatch']);
    assert.deepEqual(codes(doc('6,05 M€'), false), []);
    const inOne = (t: string) => `Le fonds a indemnisé 140 éleveurs, pour un montant moyen de 2 300 € par exploitation. Au total, l’enveloppe mobilisée atteint ${t}.`;
    assert.deepEqual(codes(inOne('380 000 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes(inOne('322 000 €'), false), []);
    // Without a word of mean, « par dossier » is no count of firms.
    assert.deepEqual(codes('Le dispositif a accompagné 126 entreprises. L’aide est plafonnée à 48 000 € par dossier, pour une enveloppe totale de 5,2 M€.', false), []);
  });

  it('divides the one amount said before « soit » in its clause, however far back, by the count', () => {
    const doc = (t: string) => `Le syndicat a collecté 41 800 tonnes d’ordures ménagères résiduelles en 2024 pour 152 000 habitants, soit ${t} par habitant, encore loin de l’objectif de 250 kg.`;
    assert.deepEqual(codes(doc('305 kg'), false), ['rate-mismatch']);
    assert.deepEqual(codes(doc('275 kg'), false), []);
  });

  it('counts sports seasons as years of a yearly grant', () => {
    const doc = (t: string) => `La commission propose une subvention de 45 000 € par an pendant quatre saisons.\n\nLe rapporteur souligne que cet engagement total de ${t} est le plus important jamais accordé.`;
    assert.deepEqual(codes(doc('200 000 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes(doc('180 000 €'), false), []);
  });
  it('checks a hedged rate, read wider, and never a bound', () => {
    const doc = (q: string, t: string) => `La commune a versé ${q} 1 000 € par ménage à 500 ménages, soit ${t} au total.`;
    assert.deepEqual(codes(doc('environ', '700 000 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes(doc('environ', '530 000 €'), false), []);
    assert.deepEqual(codes(doc('plus de', '700 000 €'), false), []);
  });
  it('reads an individual aid received by the people counted as its clause’s subject as each one’s', () => {
    const doc = (t: string) => `Cette saison, 2 640 enfants ont utilisé l’allocation de rentrée sportive de 50 € pour s’inscrire dans l’un des 86 clubs, soit ${t} injectés dans le tissu associatif.`;
    assert.deepEqual(codes(doc('118 000 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes(doc('132 000 €'), false), []);
  });

  it('reads no quotient where the sentence argues, with a negated verb, that the figures do not meet', () => {
    const doc = 'Avec 2,8 Md€, le dispositif ne permettra pas d’atteindre l’objectif de 200 000 rénovations, le coût moyen d’une rénovation approchant 30 000 €.';
    assert.deepEqual(codes(doc, false), []);
    assert.deepEqual(codes('Avec 2,8 Md€ pour 200 000 rénovations, le coût moyen d’une rénovation atteint 30 000 €.', false), ['rate-mismatch']);
  });
  it('multiplies a loan’s yearly instalment by the duration the sentence before gives, never its interest', () => {
    const doc = (t: string) => `La commune a emprunté 400 000 € sur 20 ans à taux fixe. Nous rembourserons chaque année une annuité constante de 24 300 €, soit ${t} remboursés au total sur la durée du prêt.`;
    assert.deepEqual(codes(doc('531 000 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes(doc('486 000 €'), false), []);
    assert.deepEqual(codes('Le prêt de 2 M€ court sur une durée de 20 ans. L’annuité s’élèvera à environ 140 000 €, pour un coût total des intérêts d’environ 800 000 € sur la durée du prêt.', false), []);
  });

  it('reads a price per day against the days counted, never against the people who work them', () => {
    const doc = 'La région compte 1 350 réservistes, employés en moyenne 28 jours par an, ce qui représente 37 800 jours de renfort. À un coût moyen de 95 € la journée, l’enveloppe correspondante atteint environ 3,6 M€.';
    assert.deepEqual(codes(doc, false), []);
  });
  it('never divides a difference between two amounts by a population', () => {
    const doc = 'La ligne ferroviaire atteint 412 millions d’euros, contre 389 M€ pour les lycées.\n\nL’écart est de 23 M€. Rapportée aux 3,3 millions d’habitants de la région, la dépense ferroviaire représente environ 125 euros par habitant et par an.';
    assert.deepEqual(codes(doc, false), []);
  });

  it('does not read a mean per month and per person as a mean over the people alone', () => {
    const doc = 'L’enveloppe des indemnités des 83 conseillers régionaux s’élève à 1,8 M€. Cela représente en moyenne environ 1 800 euros par mois et par élu.';
    assert.deepEqual(codes(doc, false), []);
  });
  it('lets a monthly mean times its months also be paid to the people the sentence before counts', () => {
    const doc = (t: string) => `En 2024, 1 840 jeunes ont perçu l’allocation. Le montant moyen versé s’établit à 310 € par mois, sur une durée moyenne de sept mois, soit une dépense proche de ${t} pour l’État.`;
    assert.deepEqual(codes(doc('4 M€'), false), []);
    assert.deepEqual(codes(doc('5 M€'), false), ['rate-mismatch']);
  });

  it('never divides one year’s credits by what a span of several years holds', () => {
    const doc = 'La région inscrit 12 M€ en autorisations d’engagement pour trois années de formations. Les crédits de paiement ouverts pour 2025 s’élèvent à 4,8 M€, le solde étant appelé en 2026 et 2027. Le programme prévoit 1 500 places sur trois ans, soit un coût moyen de 8 000 € par place.';
    assert.deepEqual(codes(doc, false), []);
  });
  it('reads « N bourses de mobilité internationale de P € » as a price of each, and never an article’s noun as one', () => {
    const doc = (t: string) => `La convention finance 1 200 bourses de mobilité internationale de 850 €, soit ${t} sur la durée de la convention.`;
    assert.deepEqual(codes(doc('1,02 M€'), false), []);
    assert.deepEqual(codes(doc('1,2 M€'), false), ['rate-mismatch']);
    assert.deepEqual(codes('Le coût net ressortirait à 8,7 milliards, soit environ 0,3 point d’un PIB de 2 800 milliards.', false), []);
  });
  it('does not divide the amount of the sentence before, named for another thing, into a mean twenty times off', () => {
    const doc = 'Le budget consacré à la culture s’élève à 3,6 M€. Le festival était confié à une association subventionnée à hauteur de 150 000 €. Rapportée à une population d’environ 27 400 habitants, la dépense culturelle atteint 131 € par habitant.';
    assert.deepEqual(codes(doc, false), []);
  });
  it('multiplies a rate per day and per bed by the days and the beds counted, or leaves it unread', () => {
    const doc = (t: string) => `L’agence a notifié un forfait soins de 38,20 € par jour et par lit. L’établissement compte 84 lits autorisés.\n\nSur une année pleine de 365 jours, le financement attendu s’élève à environ ${t}.`;
    assert.deepEqual(codes(doc('1,17 million d’euros'), false), []);
    assert.deepEqual(codes(doc('1,5 million d’euros'), false), ['rate-mismatch']);
  });

  it('does not read a part « à elle seule » as the mean of the whole said before', () => {
    const doc = 'Le coût du service atteint 118 € par habitant, soit environ 8,5 M€ pour les 72 400 habitants. Il se décompose en collecte (41,5 %), traitement (38,2 %) et déchèteries (20,3 %).\n\nLa collecte, premier poste, représente donc à elle seule près de 49 € par habitant.';
    assert.deepEqual(codes(doc, false), []);
  });
  it('counts the months a sentence says a monthly aid is paid over before assuming twelve a year', () => {
    const aid = (y: string) => `L’aide s’élève à 50 € par mois, versée sur dix mois, de septembre à juin, soit ${y} par année universitaire.`;
    assert.deepEqual(codes(aid('500 €'), false), []);
    assert.deepEqual(codes(aid('700 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes('L’aide s’élève à 50 € par mois, soit 500 € par an.', false), ['rate-mismatch']);
  });
  it('multiplies a yearly aid by the people its result counts for one year, and by the years too when the result spans them', () => {
    const year = (t: string) => `La Région verse 900 € par an, pendant les trois années de licence. À la rentrée 2024, 1 640 étudiants en bénéficient, soit une dépense de ${t} sur l’exercice.`;
    assert.deepEqual(codes(year('1,48 M€'), false), []);
    assert.deepEqual(flagged(year('1,68 M€'), false), ['rate-mismatch 1,68 M€']);
    const span = (t: string) => `Le pacte prévoit une aide de 2 500 € par an pendant cinq ans. Le ministère table sur 6 000 bénéficiaires, soit une enveloppe de ${t} sur la durée du dispositif.`;
    assert.deepEqual(codes(span('75 M€'), false), []);
    assert.deepEqual(flagged(span('90 M€'), false), ['rate-mismatch 90 M€']);
  });
  it('reads an allocation « de 600 € par mois » received by people as a rate per month, not per person', () => {
    const text = (t: string) => `Dès la rentrée, 420 étudiants recevront une allocation de 600 € par mois pendant leurs deux dernières années d’études. L’enveloppe correspondante atteint ${t}.`;
    assert.deepEqual(codes(text('6 M€'), false), []);
  });
  it('never takes an amount in brackets restating the one before it as a term of the rate', () => {
    assert.deepEqual(codes('La direction propose une enveloppe de 0,36 M€ (360 000 €) pour 900 salariés, soit 400 € par personne et par an.', false), []);
    assert.deepEqual(flagged('La direction propose une enveloppe de 0,36 M€ (306 000 €) pour 900 salariés, soit 400 € par personne et par an.', false), ['restatement-mismatch 306 000 €']);
  });
  it('never reads a result over years as the product of a rate that is not per year', () => {
    const text = 'La centrale produira environ 2 900 MWh par an. Cela correspond à la consommation d’environ 1 300 foyers, à raison de 2,2 MWh par foyer. Sur trente ans d’exploitation, la production cumulée atteindrait 87 GWh.';
    assert.deepEqual(codes(text, false), []);
    // A school year written as two years is one year.
    assert.deepEqual(flagged('Le coût moyen annuel du transport d’un élève s’établit à 1 180 €. Pour les 24 600 élèves ayant droit, la dépense totale atteint donc 26,3 M€ sur l’année scolaire 2023-2024.', false), ['rate-mismatch 26,3 M€']);
  });
  it('divides the yearly amount, not the total over the years, for a mean said to be yearly', () => {
    const text = (m: string) => `L’État verse 150 000 € par an pendant quatre ans, soit 600 000 € au total. Rapporté aux 31 900 habitants de la commune, l’effort annuel représente environ ${m} par habitant.`;
    assert.deepEqual(codes(text('4,70 €'), false), []);
    assert.deepEqual(flagged(text('5,70 €'), false), ['rate-mismatch 5,70 €']);
  });
  it('reads a season written over two years (« la saison 2024-2025 ») as one year', () => {
    const text = (m: string) => `La délibération fixe le montant à 1 250 000 € pour la saison 2024-2025, soit environ ${m} par mois.`;
    assert.deepEqual(codes(text('104 000 €'), false), []);
    assert.deepEqual(flagged('La délibération fixe le montant à 1 250 000 € par an, soit 124 000 € par mois.', false), ['rate-mismatch 124 000 €']);
  });
  it('multiplies a yearly aid paid to people by them, for the one year the paragraph names', () => {
    const text = (t: string) => `Le département reconduit pour l’année universitaire 2025-2026 son aide à l’installation. D’un montant de 1 500 € par an, elle sera versée à 2 340 étudiants, pour une dépense totale de ${t}.`;
    assert.deepEqual(codes(text('3,51 M€'), false), []);
    assert.deepEqual(flagged(text('3,15 M€'), false), ['rate-mismatch 3,15 M€']);
    // A restatement in another unit with the people it equals is no product.
    assert.deepEqual(codes('Sa production est estimée à 72 000 MWh par an, soit 72 GWh, l’équivalent de la consommation d’environ 30 000 habitants.', false), []);
  });
  it('leaves a price per thing unread against a result that counts other things (a product of three terms)', () => {
    const text = 'Chaque carnet contient 5 chèques de 10 €. En 2024, 3 400 carnets ont été remis aux bénéficiaires, soit 170 000 € engagés.';
    assert.deepEqual(codes(text, false), []);
  });
  it('never divides a total by the people counted for a mean said per unit of measure', () => {
    const text = 'Les ventes de chaleur aux 214 abonnés ont représenté 4 650 000 € hors taxes, pour un prix moyen de 89,4 € HT par mégawattheure livré.';
    assert.deepEqual(codes(text, false), []);
    // Per subscriber, the same sentence is read.
    assert.deepEqual(flagged('Les ventes de chaleur aux 214 abonnés ont représenté 4 650 000 € hors taxes, pour un montant moyen de 19 000 € HT par abonné.', false), ['rate-mismatch 19 000 €']);
  });
  it('never reads « les trois premières années » as the things a mean is counted per', () => {
    // 120 € per nest box, upkeep of the first three years included: the years are no nest boxes.
    assert.deepEqual(codes('En moyenne 120 € par nichoir, pose et suivi des trois premières années compris. Soit 60 000 € sur le mandat.', false), []);
    // A count of the things themselves is what the mean multiplies: 600 boxes at 120 € make 72 000 €.
    assert.deepEqual(codes('En moyenne 120 € par nichoir, pour 600 nichoirs, pose et suivi des trois premières années compris. Soit 60 000 € sur le mandat.', false), ['rate-mismatch']);
  });
  it('never reads an amount « de plus » or a result said per one of the things counted as a product', () => {
    // 16 € more per inhabitant is a difference between two rates, no total of one.
    assert.deepEqual(codes('La dépense culturelle atteint 74 € par habitant pour 18 200 habitants. La moyenne de la strate est de 58 € par habitant : la ville dépense donc 16 € de plus par habitant.', false), []);
    // Per contract: 1 900 € a month over 24 months, whatever the number of contracts.
    assert.deepEqual(codes('- Trois contrats à 1 900 € par mois sur 24 mois, soit 45 600 € par contrat.'), []);
    // A result for all of them is the count's product still.
    assert.deepEqual(codes('- Trois contrats à 1 900 € chacun, soit 6 700 € au total.'), ['rate-mismatch']);
  });
  it('reads a result whose sum noun is followed by a participle and its agent (« l’enveloppe votée par l’assemblée … s’élève à »)', () => {
    const text = (total: string) => `Pass numérique : la Région versera 80 € par lycéen boursier inscrit en seconde. Avec 5 200 bénéficiaires attendus, l’enveloppe votée par l’assemblée régionale s’élève à ${total}.`;
    assert.deepEqual(codes(text('416 000 €'), false), []);
    assert.deepEqual(flagged(text('480 000 €'), false), ['rate-mismatch 480 000 €']);
  });
  it('takes no count from a sentence that counts the same thing twice through « en »', () => {
    // « au plus 4 200 nuitées ; le foyer en a facturé 3 900 »: the rate may apply to either; no product is read.
    const text = (paid: string) => `Le foyer compte 35 lits ouverts 120 nuits par an, soit au plus 4 200 nuitées ; il en a réellement facturé 3 900, compte tenu des départs anticipés. La participation du département, de 25 € par nuitée, a donc atteint ${paid}.`;
    assert.deepEqual(codes(text('97 500 €'), false).filter((c) => c === 'rate-mismatch'), []);
    // One count said once is read.
    assert.deepEqual(flagged('Le foyer a facturé 3 900 nuitées en 2025. La participation du département, de 25 € par nuitée, a donc atteint 105 000 €.', false), ['rate-mismatch 105 000 €']);
  });
  it('divides no remainder said before a mean, which may be of the whole', () => {
    const text = (mean: string) => `Le plan numérique des collèges coûte 900 000 €, dont 300 000 € de l’État. Le département finance les 600 000 € restants. Rapporté aux 120 classes équipées, l’effort représente ${mean} par classe.`;
    assert.deepEqual(codes(text('7 500 €'), false).filter((c) => c === 'rate-mismatch'), []);
    // A plain amount before is divided.
    assert.deepEqual(flagged('Le département finance 600 000 € pour le plan numérique des collèges. Rapporté aux 120 classes équipées, l’effort représente 7 500 € par classe.', false), ['rate-mismatch 7 500 €']);
  });
  it('reads a worked example: the case set by « pour un … de A », then the rate and its result', () => {
    const text = (year: string) => `Pour un traitement brut de 3 200 € par mois, la retenue plafonnée s’élève à 352 € par mois, soit ${year} sur l’année.`;
    assert.deepEqual(codes(text('4 224 €'), false), []);
    assert.deepEqual(flagged(text('4 424 €'), false), ['rate-mismatch 4 424 €']);
    // « plafonnée à A » caps the amount: a limit, no rate read.
    assert.deepEqual(codes('L’aide est plafonnée à 352 € par mois, soit 4 424 € sur l’année.', false).filter((c) => c === 'rate-mismatch'), []);
  });
  it('reads a year\'s sum of a rate per thing counted in the sentence before', () => {
    const text = (cost: string) => `Le centre aquatique a vendu 84 000 entrées en 2024. Son coût de revient s’établit à 9,50 € par entrée, ce qui porte le coût de fonctionnement annuel à ${cost}.`;
    assert.deepEqual(codes(text('798 000 €'), false), []);
    assert.deepEqual(flagged(text('868 000 €'), false), ['rate-mismatch 868 000 €']);
  });

  it('reads « une prime de A » as per prime when the next sentence counts the primes and totals them', () => {
    const text = (total: string) => `Le département accorde une aide au permis de 500 € à chaque jeune inscrit. En 2024, 212 aides ont été versées, pour une dépense totale de ${total}.`;
    assert.deepEqual(codes(text('106 000 €'), false), []);
    assert.deepEqual(flagged(text('116 000 €'), false), ['rate-mismatch 116 000 €']);
    // Things of another kind counted: no product.
    assert.deepEqual(codes('Le département accorde une aide au permis de 500 € à chaque jeune inscrit. En 2024, 212 auto-écoles ont été agréées, pour une dépense totale de 116 000 €.', false).filter((c) => c === 'rate-mismatch'), []);
  });

  it('divides no rest said with « Le reste, soit A » for a mean', () => {
    const text = 'En 2024, le CCAS a versé 312 000 € d’aides à 1 250 foyers. Les aides alimentaires en représentent 180 000 € et l’énergie 90 000 €. Le reste, soit 42 000 €, couvre des frais divers. L’aide moyenne par foyer s’établit ainsi à environ 250 €.';
    assert.deepEqual(codes(text, false).filter((c) => c === 'rate-mismatch'), []);
  });
  it('counts a monthly rent over the duration the sentence before gives, when « la durée » points back', () => {
    const text = (total: string) => `AUTORISE le président à signer un bail de 24 mois pour les locaux de la rue Haute, d’une surface de 120 m².\n\nPRÉCISE que le loyer est fixé à 1 800 € HT par mois, soit ${total} HT sur la durée du bail.`;
    assert.deepEqual(codes(text('43 200 €'), false), []);
    assert.deepEqual(flagged(text('41 200 €'), false), ['rate-mismatch 41 200 €']);
  });

  it('takes the one count of the sentence before even when it holds a percentage', () => {
    const text = (total: string) => `Avec un taux de remplissage de 88 %, l’accueil de jour a servi 6 200 repas en 2024. Le département les finance à raison de 7 € le repas, soit ${total} pour l’année.`;
    assert.deepEqual(codes(text('43 400 €'), false), []);
    assert.deepEqual(flagged(text('48 400 €'), false), ['rate-mismatch 48 400 €']);
  });

  it('reads key figures as list items: a count, a unit price right after it, and a total', () => {
    const doc = (total: string) => `## Chiffres clés\n\n- **420** vélos distribués\n- **650 € TTC** : le prix unitaire négocié\n- **${total} TTC** : le montant global du marché\n- **9** communes concernées\n`;
    assert.deepEqual(codes(doc('273 000 €')), []);
    assert.deepEqual(flagged(doc('293 000 €')), ['rate-mismatch 293 000 €']);
    // A unit price per year is totalled over years the list gives apart: no product.
    assert.deepEqual(codes('- 30 bornes\n- Coût unitaire : 900 € par borne et par an\n- Montant total : 135 000 €\n').filter((c) => c === 'rate-mismatch'), []);
  });
  it('multiplies a monthly aid by the people paid and the months the sentence states, whatever noun counts them', () => {
    const text = (months: string, total: string) => `Cette année, 1 500 foyers touchent une allocation de 120 € par mois${months}, soit ${total} par an.`;
    assert.deepEqual(codes(text('', '2,16 M€'), false), []);
    assert.deepEqual(codes(text(' pendant dix mois', '1,8 M€'), false), []);
    assert.deepEqual(flagged(text(' pendant dix mois', '2,16 M€'), false), ['rate-mismatch 2,16 M€']);
    assert.deepEqual(flagged(text('', '2,6 M€'), false), ['rate-mismatch 2,6 M€']);
    // One person's year: the months alone.
    assert.deepEqual(codes('L’allocation de 120 € par mois est versée pendant dix mois, soit 1 200 € par an.', false), []);
  });
  it('reads a monthly mean paid to the people its sentence counts as totalled over them when the next sentence gives a year', () => {
    const text = (t: string) => `Fin juin, 3 150 ménages percevaient l’aide au maintien à domicile, pour un montant moyen de 260 € par mois. Sur une année pleine, la dépense atteint ${t} pour le Département.`;
    assert.deepEqual(codes(text('9,8 M€'), false), []);
    assert.deepEqual(flagged(text('11,8 M€'), false), ['rate-mismatch 11,8 M€']);
  });

  it('takes the days the result\'s sentence counts as a third term of a daily rate per person', () => {
    const text = (t: string) => `La prévision retient une indemnité journalière de 12,50 € par stagiaire et un effectif moyen de 4 200 stagiaires. Sur 220 jours, la dépense atteint donc ${t}.`;
    assert.deepEqual(codes(text('11,6 M€'), false), []);
    assert.deepEqual(flagged(text('13,6 M€'), false), ['rate-mismatch 13,6 M€']);
  });

  it('reads « doté chaque année de A, soit B sur N années » as a yearly rate over the years, not one amount twice', () => {
    const text = (t: string) => `Le fonds est doté chaque année de 320 000 €, soit ${t} sur les quatre premières années.`;
    assert.deepEqual(codes(text('1,28 M€'), false), []);
    assert.deepEqual(flagged(text('1,48 M€'), false), ['rate-mismatch 1,48 M€']);
    assert.deepEqual(flagged('Le fonds est doté de 320 000 € par an, soit 1,48 M€ sur les quatre premières années.', false), ['rate-mismatch 1,48 M€']);
  });

  it('never takes an amount a verb of change moves by as a rate\'s result', () => {
    assert.deepEqual(codes('La redevance reste proche de 610 000 € par an. Sur les deux derniers exercices, la dette aura ainsi diminué de 740 000 €.', false), []);
  });
  it('never takes a rate already tied by its count to the amount before it as the factor of a later amount', () => {
    const text = 'Le budget prévoit 48 M€ pour le chèque loisirs. Cette enveloppe repose sur 800 000 bénéficiaires attendus, à raison de 60 € par enfant. Or le recours reste faible. L’amendement propose donc de redéployer 6 M€ vers les colonies.';
    assert.deepEqual(codes(text, false), []);
    assert.deepEqual(flagged(text.replace('48 M€', '58 M€'), false), ['rate-mismatch 60 €']);
  });
  it('takes days the result\'s sentence counts as a third term of a daily price per place', () => {
    const text = (t: string) => `Le coût journalier d’une place est fixé à 42 €. Pour les 60 places du foyer, la dotation atteint ainsi ${t} sur une année pleine de 365 jours.`;
    assert.deepEqual(codes(text('919 800 €'), false), []);
    assert.deepEqual(flagged(text('999 800 €'), false), ['rate-mismatch 999 800 €']);
  });
  it('totals a day\'s price over the things it is paid for and the days of a year when a yearly sum follows', () => {
    const text = (t: string) => `Le prix de journée moyen des foyers de l’enfance est fixé à 190 € pour 2025. Sur la base d’une occupation complète des 120 places autorisées pendant toute l’année, la dépense prévisionnelle atteint ${t}, inscrite au chapitre 65.`;
    assert.deepEqual(codes(text('8,3 M€'), false), []);
    assert.deepEqual(flagged(text('9,3 M€'), false), ['rate-mismatch 9,3 M€']);
    // Counted days take the place of the year's.
    assert.deepEqual(codes('Une nuitée coûte en moyenne 25 €. Les 80 places ouvertes 300 jours par an représentent une dépense annuelle de 600 000 €.', false), []);
    // An occupancy rate is a fourth term: no product read.
    assert.deepEqual(codes('Le prix de journée est fixé à 190 €. Avec 120 places occupées à 92 % toute l’année, la dépense annuelle atteint 7,7 M€.', false), []);
  });
  it('totals a monthly mean over the people the sentence before counts when the year\'s sum follows it', () => {
    const text = (t: string) => `Dans la commune, 2 600 ménages perçoivent l’aide au chauffage. Le montant moyen versé s’élève à 45 € par mois, ce qui représente une dépense annuelle de ${t}.`;
    assert.deepEqual(codes(text('1,4 M€'), false), []);
    assert.deepEqual(flagged(text('1,7 M€'), false), ['rate-mismatch 1,7 M€']);
  });
  it('totals a rate per month and per child over the children the next sentence counts, for a year', () => {
    const text = (t: string) => `La ville verse une aide de 40 € par mois et par enfant gardé. Pour les 350 enfants concernés, le coût de la mesure est évalué à ${t} par an.`;
    assert.deepEqual(codes(text('168 000 €'), false), []);
    assert.deepEqual(flagged(text('198 000 €'), false), ['rate-mismatch 198 000 €']);
  });
  it('reads a key-figure label\'s unit past a bracket that qualifies it', () => {
    const doc = (t: string) => `- Population : 96 000 habitants\n- Dépense de voirie par habitant (budget principal) : 85 €\n- Dépense totale de voirie : ${t}\n`;
    assert.deepEqual(codes(doc('8,16 M€')), []);
    assert.deepEqual(codes(doc('9,2 M€')), ['rate-mismatch']);
  });
  it('reads « Le montant de cette prime … s\'élevait à A » as what each one counted before received', () => {
    const doc = (t: string) => `En 2025, la commune a versé l'aide au premier logement à 640 ménages. Le montant de cette aide, le même pour tous, s'élevait à 750 euros. L'enveloppe correspondante a atteint ${t}.`;
    assert.deepEqual(codes(doc('480 000 euros'), false), []);
    assert.deepEqual(codes(doc('530 000 euros'), false), ['rate-mismatch']);
    // An envelope named as the aid's total is no amount per person.
    assert.deepEqual(codes("En 2025, la commune a versé l'aide au premier logement à 640 ménages. Le montant total de cette aide s'élevait à 480 000 euros. L'enveloppe correspondante a atteint 530 000 euros.", false), []);
  });
  it('totals a rate per thing over things counted each year as a yearly sum', () => {
    const doc = (t: string) => `La hausse de 2 € par consultation porte sur 180 000 consultations chaque année. Son coût atteindra ${t} par an.`;
    assert.deepEqual(codes(doc('360 000 €'), false), []);
    assert.deepEqual(codes(doc('410 000 €'), false), ['rate-mismatch']);
  });
  it('multiplies a monthly rate over months by the people a key-figure list counts', () => {
    const doc = (t: string) => `- Nombre d'apprentis aidés : 1 200\n- Aide mensuelle moyenne : 250 €\n- Durée moyenne de versement : 12 mois\n- Coût total de l'aide : ${t}\n`;
    assert.deepEqual(codes(doc('3,6 M€')), []);
    assert.deepEqual(flagged(doc('4,1 M€')), ['rate-mismatch 4,1 M€']);
  });
  it('reads a yearly amount « soit » the same amount in other words as a restatement, no product over the years', () => {
    assert.deepEqual(codes("Le contrat, conclu pour quinze ans, fixe la redevance annuelle à 2,4 M€, soit 2 400 000 euros, indexée sur les recettes.", false), []);
    assert.deepEqual(codes("Le contrat, conclu pour quinze ans, fixe la redevance annuelle à 2,4 M€, soit 30 M€ sur la durée du contrat.", false), ['rate-mismatch']);
  });
  it('reads no two-term product when the monthly rate\'s sentence counts the things it is paid for, or a percentage weighs in', () => {
    assert.deepEqual(codes("La résidence compte 150 studios, loués 400 € par mois. L'hypothèse retenue est une année de dix mois et un taux d'occupation de 90 %. Les loyers encaissés atteindraient ainsi environ 540 000 € sur l'année.", false), []);
  });
  it('divides the amount the subject names (the whole before « dont »), and no amount of another subject', () => {
    const doc = (mean: string) => `Les éleveurs du canton ont reçu 93 M€ de primes en 2024, dont 61 M€ de primes animales et 14 M€ de primes végétales. La prime à l'herbe représente notamment 19 M€. Le reste relève surtout des mesures agroenvironnementales.\n\nRapportées aux 2 325 élevages bénéficiaires, ces primes atteignent en moyenne ${mean} par élevage.\n`;
    assert.deepEqual(codes(doc('40 000 €')), []);
    assert.deepEqual(codes(doc('46 000 €')), ['rate-mismatch']);
    // « la dette » was given no amount of its own nearby: not the savings' 72 M€.
    assert.deepEqual(codes("L'encours de la dette atteint 540 M€ fin 2024.\n\nLes recettes ont reculé. L'épargne brute n'atteint plus que 72 M€. Rapportée aux 430 000 habitants, la dette représente 1 256 € par habitant.\n").filter((c) => c === 'rate-mismatch'), []);
  });
  it('reads « 24,10 € de l’heure » as a price per hour, and divides no total said after a rate it was worked out from', () => {
    assert.deepEqual(codes("Le service assure 2 100 heures par mois, au tarif de 22,50 € de l'heure, soit 47 250 € par mois et environ 567 000 € sur une année complète.", false), []);
    assert.deepEqual(codes("Le département fixe à 23 € le tarif horaire de référence pour 2025. Appliqué aux 380 000 heures prévues, ce tarif représente une dépense de 8,74 M€. Les fédérations jugent ce niveau trop bas face au coût de revient moyen, évalué à 26 € de l'heure.", false), []);
  });
  it('multiplies a rate « par jour et par place » by both counts, and leaves a rate per night alone when people are counted beside the nights', () => {
    const cada = (t: string) => `Le centre d'accueil dispose de 120 places financées à 21 € par jour et par place. En année pleine (365 jours), la dotation atteint donc ${t}, versée par douzièmes.`;
    assert.deepEqual(codes(cada('919 800 €'), false), []);
    assert.deepEqual(codes(cada('989 800 €'), false), ['rate-mismatch']);
    assert.deepEqual(codes("Le vacancier acquitte donc 1,50 € par nuit.\n\n**Exemple :** pour trois adultes restant six nuits, la taxe totale s'élève à 27 €.\n"), []);
  });
  it('reads a rate per head restated « soit A par an » over the heads counted as a yearly rate', () => {
    const text = (a: string) => `La communauté consacre 3,80 € par habitant à son fonds santé, soit ${a} par an pour ses 31 500 habitants.`;
    assert.deepEqual(codes(text('119 700 €'), false), []);
    assert.deepEqual(codes(text('139 700 €'), false), ['rate-mismatch']);
  });
  it('prices counted things qualified by bare words before « à » (« 1 200 billets plein tarif à 14 € »)', () => {
    assert.deepEqual(codes('La saison a vendu 1 200 billets plein tarif à 14 €, soit 16 800 €, et 300 billets réduits à 8 €.', false), []);
    assert.deepEqual(flagged('La saison a vendu 1 200 billets plein tarif à 14 €, soit 18 600 €.', false), ['rate-mismatch 18 600 €']);
    assert.deepEqual(codes('On compte 640 repas enfant à 3,20 €, soit 2 048 €.', false), []);
  });
  it('multiplies counts: what each thing counted holds, times the things, gives the total « soit » states', () => {
    assert.deepEqual(codes('Les 24 surveillants ont assuré en moyenne 85 heures de nuit chacun, soit 2 040 heures au total.', false), []);
    assert.deepEqual(flagged('Les 24 surveillants ont assuré en moyenne 85 heures de nuit chacun, soit 2 400 heures au total.', false), ['rate-mismatch 2 400']);
    assert.deepEqual(flagged('Chacun des 31 chalutiers dispose d’un quota individuel de 12 tonnes, soit 412 tonnes pour la flottille.', false), ['rate-mismatch 412']);
    assert.deepEqual(codes('Le réseau a reçu 15 rames de 280 places, soit 4 200 places supplémentaires.', false), []);
    assert.deepEqual(flagged('Le réseau a reçu 15 rames de 280 places, soit 4 800 places supplémentaires.', false), ['rate-mismatch 4 800']);
    assert.deepEqual(flagged('La flotte compte 40 navires, avec 25 jours de mer par navire, soit 1 200 jours de mer.', false), ['rate-mismatch 1 200']);
    // Three factors (the things, a count per week, the weeks): two of them give no total.
    assert.deepEqual(codes('Le centre emploie 12 animateurs, à raison de 5 heures par semaine chacun pendant 30 semaines, soit 1 800 heures.', false), []);
    assert.deepEqual(codes('La régie a 10 bennes. Chacune fait 8 tournées par semaine, 50 semaines par an, soit 4 000 tournées.', false), []);
  });
  it('reads the noun of a count past an adjective written before it (« 64 nouvelles caméras »)', () => {
    assert.deepEqual(flagged('Chaque borne revient à 7 200 € posée. Les 45 nouvelles bornes représentent donc 380 000 €.', false), ['rate-mismatch 380 000 €']);
    assert.deepEqual(codes('Chaque borne revient à 7 200 € posée. Les 45 nouvelles bornes représentent donc 324 000 €.', false), []);
  });
  it('restates an amount per month after « soit » per year even when the sentence counts several things or holds other figures', () => {
    const several = (y: string) => `La redevance de base, pour un bac de 120 litres, est fixée à 11,20 € par mois, soit ${y} par an ; elle comprend 26 levées.`;
    assert.deepEqual(codes(several('134,40 €'), false), []);
    assert.deepEqual(flagged(several('124,40 €'), false), ['rate-mismatch 124,40 €']);
    const others = (y: string) => `La convention prévoit 310 vacations payées 45 euros de l'heure, pour un total de 55 800 euros, ainsi que la location d'un local au loyer de 2 600 euros par mois, soit ${y} sur l'année.`;
    assert.deepEqual(codes(others('31 200 euros'), false), []);
    assert.deepEqual(flagged(others('26 400 euros'), false), ['rate-mismatch 26 400 euros']);
  });
  it('reads a mean with no unit of its own as each one of the things counted, when the total follows it', () => {
    const mean = (t: string) => `En 2024, 3 200 familles ont reçu l'allocation de rentrée communale, pour un montant moyen de 180 euros, soit ${t}.`;
    assert.deepEqual(codes(mean('576 000 euros'), false), []);
    assert.deepEqual(flagged(mean('676 000 euros'), false), ['rate-mismatch 676 000 euros']);
    const average = (t: string) => `Les 42 lauréats recevront en moyenne 65 000 €, pour une enveloppe totale de ${t}.`;
    assert.deepEqual(codes(average('2,73 M€'), false), []);
    assert.deepEqual(codes(average('3,1 M€'), false), ['rate-mismatch']);
    // No total after the mean: what was granted need not be all of a fund said before.
    assert.deepEqual(codes("Le fonds d'aide aux projets associatifs est doté de 36 000 €. Cette année, 17 dossiers ont été retenus, pour un montant moyen de 2 100 €.", false), []);
  });
  it('totals what each one gets per month over all of them, and over the year when the total says so', () => {
    const yearly = (t: string) => `Les 9 adjoints perçoivent chacun 860 € brut par mois, soit une enveloppe annuelle de ${t} pour l'ensemble des adjoints.`;
    assert.deepEqual(codes(yearly('92 880 €'), false), []);
    assert.deepEqual(flagged(yearly('82 880 €'), false), ['rate-mismatch 82 880 €']);
    const monthly = (t: string) => `Les 9 adjoints perçoivent chacun 860 € par mois, soit une dépense de ${t}.`;
    assert.deepEqual(codes(monthly('7 740 €'), false), []);
    // With no period, the total may be the year's too.
    assert.deepEqual(codes(monthly('92 880 €'), false), []);
    assert.deepEqual(codes(monthly('9 740 €'), false), ['rate-mismatch']);
  });
  it('reads an amount credited to each of the people counted (« 12 600 élèves ont vu leur compte crédité de 25 € »)', () => {
    const doc = (t: string) => `Cette année, 12 600 élèves de seconde ont vu leur compte crédité de 25 €, soit ${t} au total.`;
    assert.deepEqual(codes(doc('315 000 €'), false), []);
    assert.deepEqual(flagged(doc('351 000 €'), false), ['rate-mismatch 351 000 €']);
  });
  it('reads a sum « cumulé » over years as no product of this year’s level, unless the rate holds each year', () => {
    assert.deepEqual(codes("Le coût annuel de la réforme s'établit autour de 12 milliards d'euros. Le montant cumulé, près de 41 milliards en cinq ans, est souvent cité à tort.", false), []);
    assert.deepEqual(codes("L'aide est de 12 000 euros chaque année. Le montant cumulé atteint 41 000 euros en cinq ans.", false), ['rate-mismatch']);
  });
  it('reads a monthly amount paid « pendant un an » to households counted as each one’s total over the year', () => {
    const doc = (t: string) => `L'aide exceptionnelle de 30 € par mois sera versée pendant un an aux 21 000 foyers éligibles, soit ${t} par foyer.`;
    assert.deepEqual(codes(doc('360 €'), false), []);
    assert.deepEqual(flagged(doc('300 €'), false), ['rate-mismatch 300 €']);
    // Without a duration, an amount per unit of the things counted divides the total among them.
    assert.deepEqual(codes("Le contrat coûte 5,76 M€ HT par an pour les 64 rames, soit 90 000 € HT par rame.", false), []);
  });
  it('takes the count of the sentence before past a count it is compared with (« contre 9 800 l’année précédente »)', () => {
    const doc = (t: string) => `L'agence a financé 12 500 billets d'avion en 2024, contre 9 800 l'année précédente. L'aide, de 400 € par billet, a représenté une dépense de ${t}.`;
    assert.deepEqual(codes(doc('5 M€'), false), []);
    assert.deepEqual(flagged(doc('4,5 M€'), false), ['rate-mismatch 4,5 M€']);
  });

  it('reads the staff « par » names (« assuré par 85 enseignants ») as the people hours are paid to', () => {
    const text = (r: string) => `Les 14 collèges du secteur ont organisé un soutien assuré par 85 enseignants volontaires, à raison de 2 heures par semaine pendant 30 semaines. Rémunérées au taux de 42,50 € l’heure, ces séances représentent une dépense de ${r}.`;
    assert.deepEqual(codes(text('216 750 €'), false), []);
    assert.deepEqual(flagged(text('236 750 €'), false), ['rate-mismatch 236 750 €']);
    // « par » and a count per thing is still a rate base: « 12 cas par 100 000 habitants » counts no one paid.
    assert.deepEqual(codes('Les 40 médecins du réseau ont assuré 3 heures par semaine pendant 20 semaines, à 50 € l’heure, soit 120 000 €.', false), []);
  });

  it('reads « à parts égales …, soit A chacun » as each funder of the sum, no amount per thing counted', () => {
    assert.deepEqual(codes('Le département a commandé 4 200 carnets, pour un montant de 420 000 €, cofinancé à parts égales par l’État, soit 210 000 € chacun.', false), []);
    // Without the even split, « chacun » after things counted is what each one costs.
    assert.deepEqual(flagged('Le département a commandé 4 200 carnets, pour un montant de 420 000 €, soit 120 € chacun.', false), ['rate-mismatch 120 €']);
  });

  it('totals a daily amount over a year, not over the people a count before it names (« la dépense quotidienne … soit A sur une année »)', () => {
    const text = (a: string) => `Pour le centre, qui héberge en moyenne 2 100 personnes, la dépense quotidienne s’établit ainsi à environ 248 000 €, soit ${a} sur une année.`;
    assert.deepEqual(codes(text('90,4 M€'), false), []);
    // A rate per person is still multiplied by the people counted.
    assert.deepEqual(flagged('L’aide de 50 € par enfant a été versée à 7 400 bénéficiaires, soit 420 000 €.', false), ['rate-mismatch 420 000 €']);
  });

  it('divides the total over all units, not one unit’s yearly amount, when a yearly mean follows (« chaque navette coûte A par an, soit B »)', () => {
    const doc = (r: string) => `Le service compte 12 navettes. Chaque navette coûte 85 000 € par an, soit 1 020 000 € pour l'ensemble du service. Rapporté aux 400 000 voyages annuels, le coût s'établit à ${r} par voyage.`;
    assert.deepEqual(codes(doc('2,55 €'), false), []);
    assert.deepEqual(codes(doc('3,10 €'), false), ['rate-mismatch']);
  });

  it('reads no threshold (« au-delà de A ») nor level a measure sets (« porter X à A ») as a term of the rate', () => {
    const fee = (t: string) => `La convention prévoit une redevance fixe de 150 000 € par an pendant 10 ans, soit ${t} sur la durée du contrat, complétée par une part variable de 2 % du chiffre d'affaires au-delà de 1,2 M€.`;
    assert.deepEqual(codes(fee('1,5 M€'), false), []);
    assert.deepEqual(codes(fee('1,8 M€'), false), ['rate-mismatch']);
    const pledge = (t: string) => `« Porter l'allocation à 1 100 euros coûtera 1,6 milliard d'euros par an », affirme le candidat. Sur cinq ans, la facture atteindrait donc ${t}.`;
    assert.deepEqual(codes(pledge('8 milliards'), false), []);
    assert.deepEqual(codes(pledge('6,4 milliards'), false), ['rate-mismatch']);
  });
  it('reads a rate per a generic thing (« par équipement », « par véhicule ») over the one count of things', () => {
    const doc = (t: string) => `Le programme finance 2 400 récupérateurs d'eau de pluie. L'aide forfaitaire est de 1 500 € par équipement, soit ${t} pour l'ensemble du dispositif.`;
    assert.deepEqual(codes(doc('3,6 M€'), false), []);
    assert.deepEqual(codes(doc('4,2 M€'), false), ['rate-mismatch']);
    const buses = (t: string) => `Le plan prévoit une aide de 40 000 € par véhicule. Pour les 30 cars concernés, l'enveloppe s'élève à ${t}.`;
    assert.deepEqual(codes(buses('1,2 M€'), false), []);
    assert.deepEqual(codes(buses('1,5 M€'), false), ['rate-mismatch']);
  });
  it('reads « hab. » as the inhabitants a rate per inhabitant counts', () => {
    const doc = (t: string) => `Voirie : l'interco verse 20 € par habitant → pour nos 7 200 hab., cela fait ${t} de travaux.`;
    assert.deepEqual(codes(doc('144 000 €'), false), []);
    assert.deepEqual(codes(doc('174 000 €'), false), ['rate-mismatch']);
  });

  it('reads an amount per year and per thing whichever comes first, or with the thing in its subject', () => {
    for (const rate of ['3 200 € par an et par place', '3 200 € par place et par an']) {
      assert.deepEqual(codes(`La crèche finance 60 places, pour un coût de ${rate}, soit une dépense de 210 000 €.`), ['rate-mismatch'], rate);
      assert.deepEqual(codes(`La crèche finance 60 places, pour un coût de ${rate}, soit une dépense de 192 000 €.`), [], rate);
    }
    assert.deepEqual(codes('La crèche finance 60 places, pour un coût par place de 3 200 € par an, soit une dépense de 210 000 €.'), ['rate-mismatch']);
  });

  it('reads what one thing costs from « un » or « d’un » in the subject of « coûte »', () => {
    const text = (t: string) => `Le suivi d’un jeune en parcours renforcé coûte en moyenne 4 500 € par an. Avec 320 jeunes accompagnés, la dépense annuelle atteint ${t}.`;
    assert.deepEqual(codes(text('1,44 M€')), []);
    assert.deepEqual(codes(text('1,62 M€')), ['rate-mismatch']);
    assert.deepEqual(codes('Une place d’hébergement coûte 19 000 €. Avec 85 places, la dépense atteint 1,9 M€.'), ['rate-mismatch']);
  });

  it('reads no total before « et » and a new subject as what « soit … par repas » restates', () => {
    assert.deepEqual(codes('Pour les 20 000 repas servis, le coût total atteint 168 000 €, et la part de la commune, soit 4,20 € par repas, représente 84 000 €.'), []);
  });

  it('reads « le mètre cube » and « le mètre carré » as the units counts write m³ and m²', () => {
    assert.deepEqual(codes('Pour un foyer qui consomme 100 m³, au prix de 4,10 € le mètre cube, la facture atteint 410 €.'), []);
    assert.deepEqual(codes('Pour un foyer qui consomme 100 m³, au prix de 4,10 € le mètre cube, la facture atteint 460 €.'), ['rate-mismatch']);
    assert.deepEqual(codes('La salle couvre 400 m². Au prix de 1 500 € le mètre carré, la construction coûte 750 000 €.'), ['rate-mismatch']);
    // (The two ends of a price's change are no total and rate: « passe de A à B le mètre cube ».)
    assert.deepEqual(codes('Sur la base de 120 m³, le prix passe de 3,90 € TTC à 4,20 € TTC le mètre cube, soit une hausse de 7,7 %.'), []);
  });
});
