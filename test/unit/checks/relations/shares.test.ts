// Stated shares: percentages and fractions tied to a part and a whole by the clause.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';

describe('relations: stated shares', () => {
  it('reads « X sur Y, soit N % » and « N % de Y, soit X »', () => {
    assert.deepEqual(codes('L’État financera 2,4 Md€ sur les 6 Md€ du programme, soit 50 %.'), ['share-mismatch']);
    assert.deepEqual(codes('L’État financera 2,4 Md€ sur les 6 Md€ du programme, soit 40 %.'), []);
    assert.deepEqual(codes('Le ministère réservera 20 % des 85 M€ du fonds aux outre-mer, soit 21 M€.'), ['share-mismatch']);
    assert.deepEqual(codes('Le ministère réservera 20 % des 85 M€ du fonds aux outre-mer, soit 17 M€.'), []);
  });

  it('reads a verb of share and a whole stated further on', () => {
    assert.deepEqual(codes('La masse salariale, 48,3 M€, représente 68 % des dépenses de fonctionnement de la ville, qui s’élèvent à 77,9 M€.'), ['share-mismatch']);
    assert.deepEqual(codes('La masse salariale, 48,3 M€, représente 62 % des dépenses de fonctionnement de la ville, qui s’élèvent à 77,9 M€.'), []);
  });

  it('reads fractions at ± 2,5 points', () => {
    assert.deepEqual(flagged('Avec 180 millions d’euros, l’État assure la moitié du financement de ce projet de 480 millions d’euros.'), ['share-mismatch la moitié']);
    assert.deepEqual(codes('Avec 240 millions d’euros, l’État assure la moitié du financement de ce projet de 480 millions d’euros.'), []);
  });

  it('takes the whole of « du total » from the sentence before', () => {
    assert.deepEqual(codes('Le plan est doté de 650 M€. Les outre-mer en recevront 130 M€, soit 20 % du total.'), []);
    assert.deepEqual(codes('Le plan est doté de 650 M€. Les outre-mer en recevront 130 M€, soit 25 % du total.'), ['share-mismatch']);
  });

  it('never reads a rate or a change as a share', () => {
    assert.deepEqual(codes('Le budget atteint 92 M€, en hausse de 15 % par rapport à 2023.'), []);
    assert.deepEqual(codes('Au taux de 5 %, la TVA sur 1,2 M€ de travaux est incluse.'), []);
  });

  it('takes the whole of « Parmi eux, N …, soit P % » from the count of the sentence before', () => {
    assert.deepEqual(codes('Le lycée accueille 1 200 élèves. Parmi eux, 420 sont internes, soit un quart des effectifs.'), ['share-mismatch']);
    assert.deepEqual(codes('Le lycée accueille 1 200 élèves. Parmi eux, 420 sont internes, soit 35 % des effectifs.'), []);
    assert.deepEqual(codes('Le réseau compte 3 400 bénévoles. Sur ce nombre, 900 sont formés, soit 40 %.'), ['share-mismatch']);
    // The pointer reaches the paragraph before, not across a heading; no pointer back, no whole.
    assert.deepEqual(codes('Le lycée accueille 1 200 élèves.\n\nParmi eux, 420 sont internes, soit un quart.'), ['share-mismatch']);
    assert.deepEqual(codes('Le lycée accueille 1 200 élèves.\n\n## Internat\n\nParmi eux, 420 sont internes, soit un quart.'), []);
    assert.deepEqual(codes('Le lycée accueille 1 200 élèves. Au lycée voisin, 420 sont internes, soit un quart.'), []);
  });

  it('reads a pronoun subject of « représente N % des Y » as the amount of the sentence before, and « en représentent » for counts', () => {
    assert.deepEqual(codes('La dotation de la télévision publique est fixée à 2,52 Md€. Elle représente 56 % des 3,95 Md€ de l’audiovisuel public.'), ['share-mismatch']);
    assert.deepEqual(codes('La dotation de la télévision publique est fixée à 2,52 Md€. Elle représente 64 % des 3,95 Md€ de l’audiovisuel public.'), []);
    assert.deepEqual(codes('L’appellation couvre 3 260 hectares. Les 418 hectares en bio en représentent 18 %.'), ['share-mismatch']);
    assert.deepEqual(codes('L’appellation couvre 3 260 hectares. Les 418 hectares en bio en représentent 13 %.'), []);
  });

  it('reads « X en 2023, sur un budget d’investissement de Y, soit N % » as X over Y', () => {
    const text = (n: string) => `La commune a consacré 4,8 M€ à la voirie en 2023, sur un budget d’investissement de 21,3 M€, soit ${n} % de l’effort total.`;
    assert.deepEqual(codes(text('27')), ['share-mismatch']);
    assert.deepEqual(codes(text('22,5')), []);
  });

  it('takes « N d’entre eux » as a part of the count of the sentence before', () => {
    const text = (n: string) => `L’an dernier, 2 150 jeunes se sont inscrits à la mission locale. Seuls 645 d’entre eux ont signé un contrat, soit un taux d’accès de ${n} %.`;
    assert.deepEqual(codes(text('36')), ['share-mismatch']);
    assert.deepEqual(codes(text('30')), []);
  });

  it('does not take « les dix prochaines années » for a count', () => {
    const text = (s: string) => `Le département compte 2 600 médecins. Parmi eux, 910 ont plus de 60 ans, soit ${s} des praticiens, et partiront dans les dix prochaines années.`;
    assert.deepEqual(codes(text('près de la moitié')), ['share-mismatch']);
    assert.deepEqual(codes(text('environ un tiers')), []);
  });

  it('takes the count before « dont » as the whole of the count after it (« 1 250 foyers, dont 410 …, soit N % »)', () => {
    const text = (n: string) => `Cette année, 2 600 logements ont été raccordés, dont 650 dans les hameaux, soit ${n} % des raccordements.`;
    assert.deepEqual(codes(text('35')), ['share-mismatch']);
    assert.deepEqual(codes(text('25')), []);
  });

  it('takes the count of the sentence before despite its rate of change, and reads the share in its own clause', () => {
    const text = (n: string) => `Fin 2025, la caisse versait l’aide à 36 400 foyers, en baisse sur un an (− 1,8 %). Parmi eux, 9 100 foyers sont des familles nombreuses, soit ${n} % des bénéficiaires ; dans huit cas sur dix, la mère travaille.`;
    assert.deepEqual(codes(text('31')), ['share-mismatch']);
    assert.deepEqual(codes(text('25')), []);
  });
  it('does not take the amount of an item joined on (« , ainsi que d’une aide de … ») for the whole of « N % du montant »', () => {
    const text = (p: string) => `La commune perçoit 96 000 € de DSIL, soit ${p} % du montant HT des travaux, ainsi que d’une aide régionale de 120 000 €.`;
    assert.deepEqual(codes(text('20')), []);
    assert.deepEqual(codes('La masse salariale, 48,3 M€, représente 68 % des dépenses de fonctionnement, qui s’élèvent à 77,9 M€.'), ['share-mismatch']);
  });

  it('reads « restant » followed by its complement as the verb « rester », no remainder closing a split', () => {
    assert.deepEqual(codes('Parmi les diplômés, 12 % choisissent un BTS, la licence (46 %) et les écoles (30 %) restant leurs premiers choix.'), []);
    assert.deepEqual(codes('Parmi les diplômés, 12 % choisissent un BTS, 46 % la licence et les 50 % restants une école.'), ['percent-sum']);
  });
  it('stops the whole of « N % du Y » at a comma that opens the main clause (« , atteint 14 592 € »)', () => {
    assert.deepEqual(codes('Le seuil de pauvreté, fixé à 60 % du niveau de vie médian, atteint 14 592 euros par an, soit 1 216 euros par mois.'), []);
    assert.deepEqual(codes('La masse salariale représente 68 % des dépenses, qui s’élèvent à 77,9 M€, soit 48,3 M€.'), ['share-mismatch']);
  });

  it('finds the whole a share names by its noun in the sentence before (« soit 48 % du déficit total »)', () => {
    const text = (p: string) => `En 2023, le déficit des hôpitaux atteint 2,4 Md€, après 0,8 Md€ en 2022. Les CHU en concentrent 1,3 Md€, soit ${p} du déficit total.`;
    assert.deepEqual(codes(text('54 %')), []);
    assert.deepEqual(codes(text('44 %')), ['share-mismatch']);
  });

  it('reads « d’en réserver 15 %, soit X » against the amount of the sentence before', () => {
    const text = (a: string) => `Le fonds d’ingénierie dispose cette année de 46 M€. Le conseil a décidé d’en réserver 15 % aux petites communes, soit ${a}.`;
    assert.deepEqual(codes(text('6,9 M€')), []);
    assert.deepEqual(codes(text('7,9 M€')), ['share-mismatch']);
    // An amount in brackets before is a part, not the whole « en » takes up.
    assert.deepEqual(codes('Le déficit atteint 18,6 M€. La moitié en est couverte par le versement mobilité (9,7 M€). Le budget général en finance 31 %, soit 5,8 M€.'), []);
  });

  it('takes the whole « en » stands for from its own sentence before the share, else from the sentence before', () => {
    const text = (a: string, b: string) => `Les travaux du quai coûtent 3,6 M€ HT. Une fois déduites les aides (2,4 M€), le solde de 1,2 M€ est partagé entre le port, qui en prend les deux tiers, soit ${a}, et la ville, pour ${b}.`;
    assert.deepEqual(codes(text('800 000 €', '400 000 €')), []);
    assert.deepEqual(codes(text('700 000 €', '500 000 €')), ['share-mismatch']);
  });

  it('reads the whole after the share set apart by a comma and a participle (« de la dépense retenue, arrêtée à … »)', () => {
    const text = (p: string) => `Le Département accorde une aide d’un montant maximal de 96 000 €, soit ${p} de la dépense éligible, fixée à 320 000 € HT.`;
    assert.deepEqual(codes(text('30 %')), []);
    assert.deepEqual(codes(text('25 %')), ['share-mismatch']);
  });

  it('reads « Elle représente N % des X » as the amount before over the amount X was given earlier in the paragraph', () => {
    const text = (p: string) => `Les dépenses de l’office ont atteint 250 M€ en 2024. Malgré les économies sur les achats, la masse salariale a encore progressé, à 190 M€. Elle représente désormais ${p} des dépenses, contre 70 % en 2020.`;
    assert.deepEqual(codes(text('76 %')), []);
    assert.deepEqual(codes(text('68 %')), ['share-mismatch']);
  });

  it('reads « N % du budget, soit X pour une édition budgétée à Y » with the whole after the part', () => {
    const text = (x: string) => `La convention plafonne la communication à 3 % du budget total, soit ${x} pour un festival budgété à 4,2 M€.`;
    assert.deepEqual(codes(text('126 000 €')), []);
    assert.deepEqual(codes(text('160 000 €')), ['share-mismatch']);
  });

  it('never takes the compared figure in brackets for the part of a share', () => {
    const text = (p: string) => `Inscrites à 86 M€ au budget 2026, les dépenses de solidarité progressent de 7 % par rapport au budget 2025 (80 M€) et représentent ${p} des dépenses de fonctionnement, qui atteignent 410 M€.`;
    assert.deepEqual(codes(text('21 %')), []);
    // A part in brackets that is no compared figure stays the part.
    assert.deepEqual(codes('Les dépenses de solidarité (86 M€) représentent 26 % des dépenses de fonctionnement, qui atteignent 410 M€.'), ['share-mismatch']);
  });

  it('takes the whole of « N % de nos ressources » from the amount that noun was given a paragraph before', () => {
    const text = (p: string) => `Nos recettes ont atteint 840 000 € en 2025, un niveau jamais vu.\n\nLa générosité du public reste notre premier appui : les dons des particuliers, soit 210 000 €, représentent ${p} de nos recettes.`;
    assert.deepEqual(codes(text('25 %'), false), []);
    assert.deepEqual(codes(text('31 %'), false), ['share-mismatch']);
    // The complement decides: « du coût de revient » is not « un coût de 2,9 M€ ».
    assert.deepEqual(codes('Le coût de revient d’un repas est de 8,20 €.\n\nAu total, le service a représenté un coût de 2,6 M€.\n\nLes familles paient en moyenne 3,10 € par repas, soit 38 % du coût de revient.', false), []);
  });

  it('reads « en » before a verb of share as the amount said before, across a paragraph break', () => {
    const text = (f: string) => `Les dépenses de fonctionnement sont prévues à 24,3 M€, en hausse de 2 % sur un an.\n\nLes charges de personnel, 12,1 M€, en représentent ${f} ; elles suivent les mesures salariales.`;
    assert.deepEqual(codes(text('la moitié'), false), []);
    assert.deepEqual(codes(text('les deux tiers'), false), ['share-mismatch']);
  });

  it('reads the part set apart by dashes right after « Le quart de l’enveloppe »', () => {
    assert.deepEqual(codes('Contrat de ville 2025-2030 : 20,8 M€. Le quart de l’enveloppe – 6,4 M€ – ira à l’insertion.', false), ['share-mismatch']);
    assert.deepEqual(codes('Contrat de ville 2025-2030 : 20,8 M€. Le quart de l’enveloppe – 5,2 M€ – ira à l’insertion.', false), []);
  });

  it('reads « soit 60 % des engagements » as a share of the amount committed, not of the whole the sentence opens on', () => {
    assert.deepEqual(codes('Sur les 7,5 M€ programmés pour 2022-2027, 5,0 M€ ont été engagés et 3,0 M€ mandatés, soit 60 % des engagements.', false), []);
  });

  it('reads « en concentrent 62 %, soit A » and « Rapportée aux A, elle en absorberait N % » against the amount before', () => {
    const few = (p: string) => `Les niches fiscales atteignent 80,0 Md€ en 2026. Les vingt plus coûteuses en concentrent ${p}, soit 48,0 Md€.`;
    assert.deepEqual(codes(few('60 %'), false), []);
    assert.deepEqual(codes(few('66 %'), false), ['share-mismatch']);
    const debt = (p: string) => `La charge de la dette atteindrait 52 Md€ en 2026. Rapportée aux 416 Md€ de dépenses nettes, elle en absorberait ${p}.`;
    assert.deepEqual(codes(debt('12,5 %'), false), []);
    assert.deepEqual(codes(debt('10 %'), false), ['share-mismatch']);
  });

  it('pairs « A, ce qui représente N % de l’enveloppe » like « A, soit N % »', () => {
    const text = (p: string) => `Sur les 50,0 M€ du plan de mobilité, le vélo mobilise 8,0 M€, ce qui représente ${p} de l’enveloppe.`;
    assert.deepEqual(codes(text('16 %'), false), []);
    assert.deepEqual(codes(text('12 %'), false), ['share-mismatch']);
  });

  it('leaves out the figures a dash sets apart after the share (« — un poids supérieur à la moyenne, qui est de 58 % »)', () => {
    const text = (p: string) => `Avec 18,2 M€, les charges de personnel représentent ${p} des dépenses de fonctionnement, lesquelles atteignent 32,5 M€ — un niveau proche de la moyenne de la strate, qui se situe à 54 %.`;
    assert.deepEqual(codes(text('56 %'), false), []);
    assert.deepEqual(codes(text('62 %'), false), ['share-mismatch']);
  });

  it('reads « N % de notre Y, soit A » against the amount Y is given in the next sentence', () => {
    const text = (p: string) => `« ${p} de notre budget de fonctionnement, soit 30 millions d’euros, ira à la solidarité », a dit le maire. Le budget de fonctionnement de la ville s’élève cette année à 150 millions d’euros.`;
    assert.deepEqual(codes(text('20 %'), false), []);
    assert.deepEqual(codes(text('25 %'), false), ['share-mismatch']);
  });

  it('gives an « X sur Y » pair to the nearest share, not to another percentage of the sentence', () => {
    const text = (p: string) => `Les femmes représentent 47 % des créateurs accompagnés, mais seulement ${p} des prêts accordés : 2,0 M€ sur un total de 10,0 M€.`;
    assert.deepEqual(codes(text('20 %'), false), []);
    assert.deepEqual(codes(text('30 %'), false), ['share-mismatch']);
  });

  it('reads « N de ses crédits, soit X » against the one amount said before the share', () => {
    assert.deepEqual(codes('Fort de 12 M€, le plan Cœur de bourg réserve un quart de ses crédits, soit 4,5 M€, aux études.', false), ['share-mismatch']);
    assert.deepEqual(codes('Fort de 12 M€, le plan Cœur de bourg réserve un quart de ses crédits, soit 3 M€, aux études.', false), []);
    // A bare hedge before the fraction widens it: « environ un tiers » of 51 is about 17.
    assert.deepEqual(codes('Sur les 51 Md€ d’économies annoncées, environ un tiers, soit 17 Md€, viendrait des collectivités.', false), []);
    assert.deepEqual(codes('Sur les 51 Md€ d’économies annoncées, environ un tiers, soit 24 Md€, viendrait des collectivités.', false), ['share-mismatch']);
    // The share names another basis than the amount before it (HT against TTC): no pair.
    assert.deepEqual(codes('Pour un marché de 3,6 M€ TTC, l’aide couvre 25 % du montant hors taxes, soit 750 000 €.', false), []);
  });

  it('takes the one amount before « soit » as the part when what it is given to is long, and the whole follows the share', () => {
    assert.deepEqual(codes('Le Département verse 2,5 M€ pour la reconstruction de la halle des sports intercommunale de Brévannes, soit la moitié du coût des travaux, arrêté à 6,4 M€.', false), ['share-mismatch']);
    assert.deepEqual(codes('Le Département verse 3,2 M€ pour la reconstruction de la halle des sports intercommunale de Brévannes, soit la moitié du coût des travaux, arrêté à 6,4 M€.', false), []);
  });

  it('reads « X …, sur une enveloppe de … Y, soit N % » with a few words of the whole’s noun between', () => {
    assert.deepEqual(codes('La métropole a voté 9 M€ pour les pistes cyclables, sur une enveloppe réservée aux mobilités de 45 M€, soit 25 % de celle-ci.', false), ['share-mismatch']);
    assert.deepEqual(codes('La métropole a voté 9 M€ pour les pistes cyclables, sur une enveloppe réservée aux mobilités de 45 M€, soit 20 % de celle-ci.', false), []);
  });

  it('reads « N de ce montant, soit X » and « le taux d’exécution …, soit X » against the amount of the sentence before', () => {
    assert.deepEqual(codes('Les entreprises du parc ont levé 24 M€. Les trois quarts de ce montant, soit 15 M€, viennent de fonds régionaux.', false), ['share-mismatch']);
    assert.deepEqual(codes('Les entreprises du parc ont levé 24 M€. Les trois quarts de ce montant, soit 18 M€, viennent de fonds régionaux.', false), []);
    assert.deepEqual(codes('Les crédits d’équipement ouverts atteignaient 12 M€. Le taux d’exécution s’est limité à 70 %, soit 7,2 M€ mandatés.', false), ['share-mismatch']);
    assert.deepEqual(codes('Les crédits d’équipement ouverts atteignaient 12 M€. Le taux d’exécution s’est limité à 60 %, soit 7,2 M€ mandatés.', false), []);
  });

  it('takes a share’s whole from the sentence before only for a noun that takes it up', () => {
    // « des investissements prévus » names investments, not the amount of the RSA said before.
    assert.deepEqual(codes('Le RSA atteint 231 M€. L’épargne brute, de 61 M€, couvre la moitié des investissements prévus.', false), []);
    // « de ce montant », « de l’enveloppe » take it up.
    assert.deepEqual(codes('Le fonds atteint 231 M€. Un quart de ce montant, soit 38 M€, va aux communes.', false), ['share-mismatch']);
  });

  it('reads « N de Y, qui …, soit X » across a long relative clause on the whole', () => {
    assert.deepEqual(codes('Les trois quarts du budget du conservatoire, qui atteint 2 M€ cette année et dont les effectifs progressent depuis la rentrée, sont consacrés aux salaires, soit 1,2 M€.', false), ['share-mismatch']);
    assert.deepEqual(codes('Les trois quarts du budget du conservatoire, qui atteint 2 M€ cette année et dont les effectifs progressent depuis la rentrée, sont consacrés aux salaires, soit 1,5 M€.', false), []);
  });


  it('takes a share of « l’enveloppe régionale » from no amount of « l’enveloppe nationale »', () => {
    const doc = (s: string) => `Sur l’enveloppe nationale de 2 milliards d’euros, la Bretagne recevra 96 millions d’euros.\n\nLe Finistère en obtiendra 31 millions, soit ${s} de l’enveloppe régionale.`;
    assert.deepEqual(codes(doc('près d’un tiers')), []);
    // Of the national envelope, the same words are still read against it.
    assert.deepEqual(codes(doc('près d’un tiers').replace('régionale', 'nationale')), ['share-mismatch']);
  });

  it('reads « A …, sur un total de B » with the part’s complement between, the share in the clause after', () => {
    const doc = (p: string) => `En 2026, le volet « forêts » reçoit 318 M€ en autorisations d’engagement, sur un total de 1 440 M€ pour la mission ; il en représente ainsi ${p}.`;
    assert.deepEqual(codes(doc('22 %'), false), []);
    assert.deepEqual(codes(doc('28 %'), false), ['share-mismatch']);
  });

  it('rounds a one-digit percentage as its whole-percent siblings in a list are rounded', () => {
    const doc = (p: string) => `Dépenses du syndicat en 2025 (500 k€ au total) :\n\n- collecte : 281,5 k€ (56 %) ;\n- tri : 127,5 k€ (26 %) ;\n- prévention : 47 k€ (${p}) ;\n- administration : 44 k€ (9 %).\n`;
    // 47 / 500 = 9,4 %: « 9 % » beside « 56 % » and « 26 % » is rounded to the unit.
    assert.deepEqual(codes(doc('9 %')), []);
    // « 12 % » is wrong against its amount, and makes the list add up to 103 %.
    assert.deepEqual(codes(doc('12 %')), ['percent-sum', 'share-mismatch']);
    // Alone, a one-digit percentage keeps its second digit: 9,4 % is not « 9 % ».
    assert.deepEqual(codes('La prévention reçoit 47 k€, soit 9 % des 500 k€ du syndicat.', false), ['share-mismatch']);
  });


  it('reads « de la dépense », « du coût » as the amount just said, after a colon', () => {
    const doc = (p: string) => `Les transports scolaires ont coûté 27,5 M€ au département en 2025. Le rapport pointe la cause : les circuits de plus de 40 km représentent ${p} de la dépense, soit 9,1 M€.`;
    assert.deepEqual(codes(doc('33 %'), false), []);
    assert.deepEqual(codes(doc('41 %'), false), ['share-mismatch']);
  });


  it('reads « A équivaut aux deux tiers des crédits de X (B) » with the whole in brackets after its noun', () => {
    const doc = (s: string) => `Les frais de personnel, 31 M€ en 2026, équivalent désormais ${s} des crédits de fonctionnement de la collectivité (46 M€).`;
    assert.deepEqual(codes(doc('aux deux tiers'), false), []);
    assert.deepEqual(codes(doc('à la moitié'), false), ['share-mismatch']);
  });


  it('reads the whole after a noun phrase holding a quoted name (« de la mission « Culture », évalué à B »)', () => {
    const doc = (p: string) => `Avec 204 M€ estimés pour 2026, le crédit d’impôt représente près de ${p} du coût total des dépenses fiscales rattachées à la mission « Culture », évalué à 1,2 Md€ la même année.`;
    assert.deepEqual(codes(doc('17 %'), false), []);
    assert.deepEqual(codes(doc('25 %'), false), ['share-mismatch']);
  });


  it('reads « X noms pour Y noms » as a share, a target after it ending the clause', () => {
    const doc = (p: string) => `Avec 1 240 places en crèche pour 5 300 enfants de moins de trois ans, la ville affiche un taux de ${p} et reste loin de l’objectif de 33 %.`;
    assert.deepEqual(codes(doc('23 %'), false), []);
    assert.deepEqual(codes(doc('28 %'), false), ['share-mismatch']);
  });

  it('finds the whole named by a noun set beside the share’s noun in the next sentence', () => {
    const doc = (p: string) => `Cette année, le département consacre ${p} de son budget voirie, soit 9 M€, aux ouvrages d’art. Ce budget voirie atteint 60 M€.`;
    assert.deepEqual(codes(doc('15 %'), false), []);
    assert.deepEqual(codes(doc('12 %'), false), ['share-mismatch']);
  });

  it('reads « en prend en charge N %, soit A » against the amount of the paragraph before', () => {
    const doc = (p: string) => `Le coût annuel de la navette fluviale est estimé à 2,4 M€.\n\nAux termes de la convention, la métropole en prend en charge ${p}, soit 1,2 M€ par an.`;
    assert.deepEqual(codes(doc('50 %'), false), []);
    assert.deepEqual(codes(doc('40 %'), false), ['share-mismatch']);
  });

  it('reads « Elles représentent N % des X » with no other figure, X named in the paragraph before', () => {
    const doc = (p: string) => `Les charges de la piscine atteignent 1,6 M€ en 2024. La commune en couvre l’essentiel.\n\nLes entrées, elles, ont rapporté 400 000 €. Elles représentent ${p} des charges, un niveau stable.`;
    assert.deepEqual(codes(doc('25 %'), false), []);
    assert.deepEqual(codes(doc('32 %'), false), ['share-mismatch']);
  });


  it('reads the count in brackets after the share’s whole as that whole', () => {
    const doc = (p: string) => `Le club a accueilli 640 nouveaux licenciés, soit ${p} de la population du canton (5 200 habitants).`;
    assert.deepEqual(codes(doc('12 %'), false), []);
    assert.deepEqual(codes(doc('18 %'), false), ['share-mismatch']);
  });

  it('takes as whole the count the share names before the part’s own noun', () => {
    const doc = (p: string) => `La ville compte 6 200 écoliers, dont 4 100 demi-pensionnaires. Le tarif réduit concerne 1 370 élèves, soit ${p} des demi-pensionnaires.`;
    assert.deepEqual(codes(doc('un tiers'), false), []);
    assert.deepEqual(codes(doc('la moitié'), false), ['share-mismatch']);
  });


  it('reads « près des deux tiers » as a hedged fraction', () => {
    const doc = (p: string) => `Le fonds est doté de 30 M€ cette année. La voirie en absorbe ${p}, soit près des deux tiers de l’enveloppe, le solde allant aux écoles.`;
    assert.deepEqual(codes(doc('19,5 M€'), false), []);
    assert.deepEqual(codes(doc('14 M€'), false), ['share-mismatch']);
  });


  it('reads « dont A sur X, qui en représente N % » against the whole before « dont »', () => {
    const doc = (p: string) => `En 2024, la caisse a recouvré 320 M€ d’indus, dont 144 M€ sur les aides au logement, qui en représentent donc ${p}.`;
    assert.deepEqual(codes(doc('45 %'), false), []);
    assert.deepEqual(codes(doc('52 %'), false), ['share-mismatch']);
  });


  it('pairs no share with a ceiling: « plafonnée à A », « dans la limite des B »', () => {
    assert.deepEqual(codes('Le fonds, doté de 2 M€, versera une aide couvrant 40 % des travaux, plafonnée à 20 000 €, dans la limite des 2 M€ du fonds.', false), []);
    // « qui plafonne à » says where the whole stands: still the whole.
    assert.deepEqual(codes('Avec 1,2 Md€, la solidarité pèse 40 % du budget, qui plafonne cette année à 3,6 Md€.', false), ['share-mismatch']);
  });


  it('reads « en a absorbé près d’un tiers, avec A » as the part of the amount before', () => {
    const doc = (a: string) => `La ville a investi 3,3 M€ en 2024. Les écoles en ont absorbé près d’un tiers, avec ${a} de travaux.`;
    assert.deepEqual(codes(doc('1,1 M€'), false), []);
    assert.deepEqual(codes(doc('1,6 M€'), false), ['share-mismatch']);
  });
  it('reads « en » after a sentence giving the share of a named whole as the same whole, never that share’s part', () => {
    const text = (q: string) => `Sur les 9 M€ prévus, 8 M€ ont été dépensés, soit 89 %. Les routes ont pris la moitié de ces dépenses, avec 4 M€. Les écoles en ont reçu ${q}, soit 2 M€.`;
    assert.deepEqual(codes(text('un quart'), false), []);
    // The plain reading stays: « en » after a sentence whose one amount is said plainly.
    assert.deepEqual(codes('Le département a voté 4 M€ pour les routes. Les ponts en ont reçu la moitié, soit 3 M€.', false), ['share-mismatch']);
  });
  it('reads « à peine plus d’un tiers », « un peu moins de la moitié » as just past the fraction, not any share beyond it', () => {
    assert.deepEqual(codes('Sur les 40,7 millions de foyers, 18,4 millions étaient imposables, soit à peine plus d’un tiers.', false), ['share-mismatch']);
    assert.deepEqual(codes('Sur les 40,7 millions de foyers, 14,4 millions étaient imposables, soit à peine plus d’un tiers.', false), []);
    assert.deepEqual(codes('Sur les 40,7 millions de foyers, 18,4 millions étaient imposables, soit plus d’un tiers.', false), []);
    assert.deepEqual(codes('Sur 620 communes, 290 ont répondu, soit un peu moins de la moitié.', false), []);
    assert.deepEqual(codes('Sur 620 communes, 190 ont répondu, soit un peu moins de la moitié.', false), ['share-mismatch']);
  });
  it('reads a share said of what a remaining part leaves (« seuls 12 restent disponibles, soit un taux de remplissage de 85 % »)', () => {
    const text = (p: string) => `Sur les 80 hectares de la zone, seuls 12 restent disponibles, soit un taux de remplissage de ${p} %.`;
    assert.deepEqual(codes(text('85'), false), []);
    assert.deepEqual(codes(text('15'), false), []);
    assert.deepEqual(codes(text('70'), false), ['share-mismatch']);
  });
  it('takes a part of a known whole described at length before « soit »', () => {
    const text = (f: string) => `La collecte a atteint 4 200 tonnes l’an dernier. Un volume record.\n\nSur ce total, 1 400 tonnes ont été broyées sur place puis redistribuées aux jardiniers et aux maraîchers du secteur, soit ${f}.`;
    assert.deepEqual(codes(text('un tiers'), false), []);
    assert.deepEqual(codes(text('la moitié'), false), ['share-mismatch']);
  });
  it('takes « du montant emprunté » for the amount that noun was given, never the last amount said', () => {
    const text = (f: string) => `DÉCIDE de contracter un emprunt d’un montant de 600 000 €, aux conditions suivantes :\ndurée : 15 ans ;\namortissement constant, soit 10 000 € par trimestre ;\nfrais de dossier : ${f} du montant emprunté, soit 900 €.`;
    assert.deepEqual(codes(text('0,15 %'), false), []);
    assert.deepEqual(codes('Le conseil contracte un emprunt d’un montant de 600 000 €. Les frais de dossier atteignent 0,25 % du montant emprunté, soit 900 €.', false), ['share-mismatch']);
  });
  it('reads « A pour B de crédits ouverts, soit un taux de N % » as A over B', () => {
    const text = (p: string) => `En investissement, les dépenses réalisées atteignent 2 400 000 € pour 3 200 000 € de crédits ouverts, soit un taux de réalisation de ${p} %.`;
    assert.deepEqual(codes(text('75'), false), []);
    assert.deepEqual(codes(text('85'), false), ['share-mismatch']);
  });
  it('reads « soit 50 % de plus que … » after a part of a known whole as a change, no share of it', () => {
    assert.deepEqual(codes('Le plan débloquera 19 Md€, affectés à quatre axes : 9 Md€ seront consacrés à l’offre de soins et aux équipements des hôpitaux du territoire – soit 50 % de plus que les deux plans précédents cumulés.', false), []);
  });
  it('reads « à hauteur de A » as one contribution, and « de ce même montant » after a share of a named whole as that whole', () => {
    const text = (s: string) => `Les travaux coûtent 2 000 000 € HT. Le Département participe à hauteur de 600 000 €, soit 30 % du coût hors taxes, et la commune apporte 400 000 €, soit ${s} de ce même montant.`;
    assert.deepEqual(codes(text('20 %'), false), []);
    // The whole is then unread: a wrong share against it is not guessed at against the amount before.
    assert.deepEqual(codes(text('25 %'), false), []);
    // Alone, « de ce montant » takes up the amount just said.
    assert.deepEqual(codes('La commune reçoit une enveloppe de 400 000 €. Elle en consacre 100 000 €, soit 40 % de ce montant, aux écoles.', false), ['share-mismatch']);
  });
  it('reads « des crédits de la mission » as « le budget primitif 2025 de la mission » said a paragraph before', () => {
    const text = (s: string) => `Le budget primitif 2025 de la mission s’élève à 200 M€.\n\nDotées de 30 M€, ces actions représentent ${s} des crédits de la mission.`;
    assert.deepEqual(codes(text('15 %'), false), []);
    assert.deepEqual(codes(text('20 %'), false), ['share-mismatch']);
  });
  it('reads « soit A » summing the parts named so far as their subtotal, which the share said next is of', () => {
    const text = (s: string) => `Les travaux sont attribués pour 500 000 € HT.\n\nLe plan de financement s’établit comme suit : une subvention de 150 000 € et une dotation de 200 000 €, soit 350 000 € d’aides, ce qui représente ${s} du coût hors taxes. Le reste sera emprunté.`;
    assert.deepEqual(codes(text('70 %'), false), []);
    assert.deepEqual(codes(text('60 %'), false), ['share-mismatch']);
  });

  it('reads « 0,6 M€ » beside « 1,4 M€ » and « 2,3 M€ » as rounded like them, not as 0,60 M€', () => {
    const list = (small: string, pct: string) => `Budget du service jeunesse : **4,2 M€**\n\n- accueils de loisirs : 1,4 M€ (33 %)\n- centres sociaux : 2,3 M€ (54 %)\n- séjours d'été : ${small} (${pct})\n`;
    // 0,55 to 0,65 M€ of 4,15 to 4,25 M€: 12,9 % to 15,7 %.
    assert.deepEqual(codes(list('0,6 M€', '13 %')), []);
    assert.ok(codes(list('0,6 M€', '9 %')).includes('share-mismatch'));
    // Alone in its sentence, « 0,6 M€ » still reads one digit finer: 0,6 M€ of 4,2 M€ is 14,3 %, not 13 %.
    assert.deepEqual(codes('Le service jeunesse dispose de 4,2 M€. Les séjours d’été en absorbent 0,6 M€, soit 13 %.', false), ['share-mismatch']);
  });

  it('does not take the first part of « Ce prix se décompose en … » for the price a later share is of', () => {
    const text = (pct: string) => `Le prix de l'eau atteint 3,80 € par mètre cube. Ce prix se décompose en 1,90 €/m³ pour l'eau potable et 1,90 €/m³ pour l'assainissement.\n\nLes redevances pèsent 0,46 €/m³, soit ${pct} du prix total.`;
    assert.deepEqual(codes(text('12 %'), false), []);
  });

  it('does not take a part said as a fraction for the whole of the next share', () => {
    const text = (q: string) => `Le coût du gymnase est estimé à 4,8 M€ HT. La commune en assume un tiers, soit 1,6 M€. Le département apporte ${q}, soit un quart du coût.`;
    assert.deepEqual(codes(text('1,2 M€'), false), []);
  });

  it('pairs « soit respectivement N %, M % et P % » with the parts in their order', () => {
    const text = (b: string) => `L’aide sociale a représenté 11,6 M€. L’hébergement en absorbe 5,8 M€, les services 3,5 M€, l’accueil de jour 2,3 M€, soit respectivement 50 %, ${b} et 20 % de l’enveloppe.`;
    assert.deepEqual(codes(text('30 %'), false), []);
    assert.ok(flagged(text('36 %'), false).includes('share-mismatch 36 %'));
  });

  it('does not read a share of trips as a share of the kilometres beside it', () => {
    assert.deepEqual(codes('Les deux lignes de tramway assurent 51 % des voyages du réseau, pour seulement 36 km de voies sur les 398 km de lignes exploitées.', false), []);
    assert.deepEqual(codes('La récolte a atteint 1,8 million de mètres cubes, dont 720 000 m³ de bois d’œuvre, soit un tiers de la récolte.', false), ['share-mismatch']);
  });

  it('takes a part said on a basis (TTC) as a share of its whole’s form on that basis, never of the other', () => {
    const doc = (n: string) => `Le contrat d’entretien a été conclu pour un montant de 2,5 M€ HT sur trois ans, soit 3 M€ TTC. Fin 2024, la ville en avait payé 1,8 M€ TTC, soit ${n} du montant initial.`;
    assert.deepEqual(codes(doc('60 %'), false), []);
    assert.deepEqual(codes(doc('45 %'), false), ['share-mismatch']);
    // A whole said only on another basis is no whole of it.
    assert.deepEqual(codes('Le contrat d’entretien a été conclu pour 2,5 M€ HT sur trois ans. Fin 2024, la ville en avait payé 1,8 M€ TTC, soit 60 % du montant initial.', false), []);
  });

  it('does not price a noun counted before: « N % des dossiers » is a share of the files, not of their amount', () => {
    const doc = 'En 2024, le jury a examiné 950 dossiers de candidature, pour un montant demandé de 38 M€. Il en a retenu 570, représentant 15,2 M€ d’aides, soit 60 % des dossiers mais 40 % des sommes demandées.';
    assert.deepEqual(codes(doc, false), []);
    assert.deepEqual(codes('Les associations ont déposé des dossiers pour un montant demandé de 38 M€. Le jury a retenu 15,2 M€ d’aides, soit 60 % du montant demandé.', false), ['share-mismatch']);
  });

  it('reads « Le programme N représente X % des crédits de la mission » against the amounts the programme and the mission were given before', () => {
    const doc = (n: string) => `Les crédits de paiement de la mission Culture atteignent 3,6 Md€ en 2025, en hausse de 2 %.\n\nLe programme 175, consacré aux patrimoines, concentre 1,1 Md€ de crédits.\n\nLes dépenses fiscales ne sont pas comprises dans ces montants.\n\nLe programme 175 représente ainsi ${n} des crédits de la mission.`;
    assert.deepEqual(codes(doc('31 %'), false), []);
    assert.deepEqual(codes(doc('40 %'), false), ['share-mismatch']);
    // A programme given two amounts (AE and CP) is given no one part.
    assert.deepEqual(codes('Les crédits de paiement de la mission Culture atteignent 3,6 Md€. Le programme 175 concentre 1,4 Md€ en AE et 1,1 Md€ en CP. Le programme 175 représente ainsi 40 % des crédits de la mission.', false), []);
    // A subject that names nothing (no capital, no number) takes up nothing.
    assert.deepEqual(codes('Les crédits de paiement de la mission Culture atteignent 3,6 Md€. Le soutien aux patrimoines concentre 1,1 Md€. Le soutien aux patrimoines représente ainsi 40 % des crédits de la mission.', false), []);
  });

  it('takes « soit N % du montant » after a part as a share of the one amount the sentence gives as a whole before it', () => {
    const doc = (n: string) => `Le chantier du port, d’un coût total de 3,2 M€, est soutenu par l’Europe à hauteur de 0,8 M€, soit ${n} du montant.`;
    assert.deepEqual(codes(doc('25 %'), false), []);
    assert.deepEqual(codes(doc('40 %'), false), ['share-mismatch']);
    // An amount not given as a whole (a budget stage) is no whole; nor is one on another basis than the share names.
    assert.deepEqual(codes('Au 31 décembre, 10,8 M€ avaient été engagés et 9,6 M€ mandatés, soit 76,8 % des crédits votés.', false), []);
    assert.deepEqual(codes('Le plan de financement, d’un montant de 2,88 M€ TTC, prévoit 720 000 € du FEDER, soit 30 % du montant hors taxes.', false), []);
  });

  it('reads « soit N % du total » against the last amount said, a paragraph before when none stands between', () => {
    const doc = (n: string) => `Les aides versées dans le département ont atteint 620 M€ en 2025.\n\nLe nombre moyen de bénéficiaires s’établit à 48 200, contre 50 100 un an plus tôt.\n\nL’allocation principale représente l’essentiel des versements : 510 M€, soit ${n} du total.`;
    assert.deepEqual(codes(doc('82 %'), false), []);
    assert.deepEqual(codes(doc('76 %'), false), ['share-mismatch']);
  });
  it('takes « du total » as the whole a part before was taken from, not as that part', () => {
    const doc = (p: string) => `La loi de programmation consacre 413 milliards d’euros aux armées. Sur cette enveloppe, 268 milliards d’euros sont destinés à l’équipement, soit près des deux tiers. L’innovation bénéficie pour sa part de 10 milliards d’euros, soit ${p} du total.`;
    assert.deepEqual(codes(doc('2,4 %'), false), []);
  });
  it('reads the amount a participle gives the share’s noun, a time between, as the whole, and no verb of spending there', () => {
    const doc = (p: string) => `La région a bénéficié de 84 M€ au titre du plan en 2023, soit ${p} de l’enveloppe nationale consacrée aux pactes régionaux, arrêtée cette année-là à 900 M€.`;
    assert.deepEqual(codes(doc('12 %'), false), ['share-mismatch']);
    assert.deepEqual(codes(doc('9,3 %'), false), []);
  });
  it('reads the amount « ce qui représente » takes up as the part, past « à elles seules » and a hedge', () => {
    const doc = (p: string) => `Les dépenses de personnel s’établiront à 107 Md€, ce qui représente à elles seules ${p} des 444 Md€ de dépenses nettes du budget général.`;
    assert.deepEqual(codes(doc('près de la moitié'), false), ['share-mismatch']);
    assert.deepEqual(codes(doc('près du quart'), false), []);
  });

  it('takes « du financement » up as the cost said just before', () => {
    const doc = (p: string) => `Le chantier, d’un coût global de 620 000 €, a été lancé. Le mécénat, qui atteint 145 000 €, représente à lui seul ${p} du financement.`;
    assert.deepEqual(codes(doc('un tiers'), false), ['share-mismatch']);
    assert.deepEqual(codes(doc('près d’un quart'), false), []);
  });
  it('takes « du total » after a share whose part was stated with « en représente » as the whole that part was of', () => {
    const text = 'Les recettes s’élèvent à 1,83 M€. La taxe de séjour, avec 1,12 M€, en représente 61 %. La subvention (0,48 M€) pèse pour environ un quart du total.';
    assert.deepEqual(codes(text, false), []);
  });
  it('never reads an amount set after a comma behind a share’s noun as its whole', () => {
    const text = 'Le coût est estimé à 1,84 M€ HT. La Région apporte un cinquième du coût hors taxes, 368 000 €, et le reste, soit 736 000 €, est à la charge de la commune.';
    assert.deepEqual(codes(text, false), []);
  });
  it('reads « du coût total » as the amount of the paragraph before, as « du total » is', () => {
    const text = (p: string) => `Le chantier du pôle d’échanges, évalué à 8,6 M€, a débuté lundi.\n\nLes travaux de voirie pèsent 2,9 M€, soit ${p} du coût total.`;
    assert.deepEqual(codes(text('34 %'), false), []);
    assert.deepEqual(flagged(text('41 %'), false), ['share-mismatch 41 %']);
  });
  it('never reads « N % de l’enveloppe régionale » against « l’enveloppe nationale » said before', () => {
    const text = 'Sur l’enveloppe nationale de 2 Md€ du fonds vert, la région reçoit 128 M€, soit 6,4 %. Le département en obtient 19,2 M€, soit 15 % de l’enveloppe régionale.';
    assert.deepEqual(codes(text, false), []);
  });
  it('reads « soit un taux de subvention de N % » as the grant over the cost its sentence states', () => {
    const text = (p: string) => `Le département a reçu une enveloppe de 14,6 M€. La commune y a obtenu 380 000 € pour la cour de l’école, une opération chiffrée à 760 000 € HT, soit un taux de subvention de ${p}.`;
    assert.deepEqual(codes(text('50 %'), false), []);
    assert.deepEqual(flagged(text('60 %'), false), ['share-mismatch 60 %']);
  });
  it('never takes an amount stated as a share of a whole for the whole of the next share', () => {
    // 312 000 € is 13 % of the 2,4 M€, not of the 800 000 € said to be a third of them.
    const text = (pct: string) => `Les crédits délégués au tribunal pour l’accès au droit atteignent cette année 2,4 M€. Le conseil départemental en reçoit 800 000 €, soit un tiers de l’enveloppe. Les permanences d’avocats mobilisent 312 000 €, soit ${pct} des crédits.`;
    assert.deepEqual(codes(text('13 %'), false), []);
    assert.deepEqual(flagged(text('21 %'), false), ['share-mismatch 21 %']);
  });
  it('reads « un tiers de l’opération, soit A » against the cost said before, and never takes A for the whole of the next share', () => {
    const text = (third: string) => `La rénovation du gymnase est estimée à 3,6 M€ HT. L’État finance un tiers de l’opération, soit ${third}, et la Région 20 %, soit 720 000 €. La commune apporte le solde.`;
    assert.deepEqual(codes(text('1,2 M€'), false), []);
    assert.deepEqual(flagged(text('1,4 M€'), false), ['share-mismatch un tiers de l’opération, soit 1,4 M€']);
  });
  it('takes « N % du montant hors taxes » of the amount said hors taxes, past the whole restated in words', () => {
    const text = (part: string) => `Le montant de l’étude s’élève à 151 200 € TTC (cent cinquante et un mille deux cents euros), soit 126 000 € HT. La Région prend en charge 40 % du montant hors taxes, soit ${part}.`;
    assert.deepEqual(codes(text('50 400 €'), false), []);
    assert.deepEqual(flagged(text('60 480 €'), false), ['share-mismatch 40 % du montant hors taxes, soit 60 480 €']);
  });
  it('adds up the bracketed amounts of a subject joined by « et » as one part', () => {
    const text = (pct: string) => `Le foyer a dépensé 800 000 € en 2024. Les loyers des résidents (240 000 €) et la dotation du département (360 000 €) couvrent ${pct} des dépenses.`;
    assert.deepEqual(codes(text('75 %'), false), []);
    const found = flagged(text('82 %'), false);
    assert.deepEqual(found, ['share-mismatch 82 %']);
  });

  it('reads a share of another quantity than the things counted as no share of their count', () => {
    assert.deepEqual(codes('Sur les 48 écoles de la ville, les 6 plus anciennes concentrent à elles seules près de la moitié des dépenses de chauffage.', false), []);
    // A share of the things themselves is read.
    assert.deepEqual(flagged('Sur les 48 écoles de la ville, 6 sont classées en catégorie G, soit la moitié.', false), ['share-mismatch la moitié']);
  });

  it('reads a share that is the subject of its own verb as no share of the part before', () => {
    assert.deepEqual(codes('Le numéro vert a reçu 3 000 appels, dont 1 200 sont restés sans réponse, ce qui signifie que 60 % seulement des appels ont été traités.', false), []);
    assert.deepEqual(flagged('Le numéro vert a reçu 3 000 appels, dont 1 200 sont restés sans réponse, soit 60 %.', false), ['share-mismatch 60 %']);
  });
  it('never pairs a share whose part is restated in brackets as a count with the counts of the next clause', () => {
    assert.deepEqual(codes('Les filières du bâtiment, qui pèsent 14 % des entrées (760 apprentis), forment 95 jeunes femmes, soit 12,5 % de leurs effectifs.'), []);
  });
  it('sums the amounts set apart between dashes after the subject as the part of its share', () => {
    const text = (n: string) => `Le chantier est chiffré à 1,6 M€ HT. Les aides notifiées – 500 000 € de l’État et 300 000 € du Département – couvrent ${n} du coût hors taxes.`;
    assert.deepEqual(codes(text('50 %'), false), []);
    assert.deepEqual(flagged(text('60 %'), false), ['share-mismatch 60 %']);
  });
  it('reads « inférieur à la moitié » as a bound, not as a half', () => {
    assert.deepEqual(codes('Avec 1,6 M€ d’aides attribuées sur les 4,2 M€ du fonds, le taux d’attribution reste inférieur à la moitié.', false), []);
  });
  it('takes « N % du montant HT, soit A » as a share of the HT amount only', () => {
    const doc = (a: string) => `| Lot | Montant HT (€) |\n|---|---:|\n| Gros œuvre | 600 000 |\n| Toiture | 400 000 |\n| **Total HT** | **1 000 000** |\n\nAvec la TVA, le chantier coûte 1 200 000 € TTC. Le Département en prend en charge 30 % du montant HT, soit ${a}.\n`;
    assert.deepEqual(codes(doc('300 000 €')), []);
    // Without a basis named, the TTC amount before is the whole the share takes up.
    assert.deepEqual(codes('Le chantier coûte 1 200 000 € TTC. Le Département en prend en charge 30 %, soit 300 000 €.'), ['share-mismatch']);
  });
  it('gives the part after « soit » to the nearer share in words, not to an earlier percentage', () => {
    assert.deepEqual(codes("Elle pèse 3,1 % de nos charges de gestion, qui atteignent 9 M€, et à elle seule un tiers de l'enveloppe des contributions obligatoires, soit 0,84 M€ avec les syndicats intercommunaux.", false), []);
  });
  it('never takes as a whole an amount its own sentence gives as the subject of a share', () => {
    const doc = (n: string) => `Les charges de fonctionnement sont estimées à 20 M€. La masse salariale, 11 M€, progresse de 2 % et représente 55 % de ces charges. Les achats, en baisse de 3 %, atteignent 4,2 M€, soit ${n} du total.`;
    assert.deepEqual(codes(doc('21 %'), false), []);
  });
  it('reads « en représente près de la moitié » against the amount said before, past the hedge', () => {
    const doc = (a: string) => `Les recettes du salon atteignent 640 000 €. La billetterie, avec ${a}, en représente près de la moitié.`;
    assert.deepEqual(codes(doc('300 000 €'), false), []);
    assert.deepEqual(codes(doc('210 000 €'), false), ['share-mismatch']);
    // « en » after a sentence whose amount is itself a share's part stands for that share's whole.
    assert.deepEqual(codes("Les charges atteignent 30 M€. La dotation de l'État, soit 15 M€, finance 50 % de ces charges. La participation de la ville, 3 M€, en couvre près de 10 %.", false), []);
  });
  it('never takes a year\'s payment credits as the whole of « N % du coût de l\'opération »', () => {
    assert.deepEqual(codes("Seuls les CP 2025, soit 1,2 M€, sont inscrits au budget. La DETR notifiée pour le gymnase, 900 000 €, couvre 30 % du coût de l'opération.", false), []);
    // Of the programme's credits, the payment credits are the whole.
    assert.deepEqual(codes("Le programme est doté de 200 M€ en crédits de paiement. La subvention à l'agence s'élève à 90 M€, soit 58 % des crédits du programme.", false), ['share-mismatch']);
  });
  it('takes the amount on the basis a share names, past a semicolon, over the sentence before', () => {
    const text = (p: string) => `Les dépenses de l'opération atteignent 412 000 €, soit 88 % du budget voté. Le premier poste est le logiciel, acheté 120 000 € HT, soit 144 000 € TTC ; la région en finance 30 % du montant hors taxes, soit ${p}.`;
    assert.deepEqual(codes(text('36 000 €'), false), []);
    assert.deepEqual(codes(text('43 200 €'), false), ['share-mismatch']);
  });
  it('reads « A sur un budget alimentaire total de B » with adjectives after the whole\'s noun, the share after a colon', () => {
    const text = (a: string) => `Nous avons acheté ${a} de produits locaux, sur un budget alimentaire total de 1,5 M€ : près d'un tiers de nos achats vient du département.`;
    assert.deepEqual(codes(text('480 000 €'), false), []);
    assert.deepEqual(codes(text('360 000 €'), false), ['share-mismatch']);
  });
  it('reads a share denied (« pas la moitié », « et non 40 % ») as stated by no one, and a verb negated as a share all the same', () => {
    const doc = (link: string) => `Les aides au logement pèsent donc environ un cinquième de la dépense sociale, soit 182 euros sur 1 000, ${link} la moitié.`;
    assert.deepEqual(codes(doc('pas'), false), []);
    assert.deepEqual(codes(doc('soit'), false), ['share-mismatch']);
    assert.deepEqual(codes("Le syndicat récupère 310 tonnes sur 1 200, et non 40 % comme annoncé.", false), []);
    assert.deepEqual(codes("Le syndicat récupère 310 tonnes sur 1 200, loin de la moitié visée.", false), []);
    // « ne dépassent pas 2 % » caps the share: it is stated, and checked.
    assert.deepEqual(codes("Les frais de gestion ne dépassent pas 2 % du budget total, soit 250 000 € pour un budget de 8 M€.", false), ['share-mismatch']);
  });

  it('reads « Rapportées à un PIB de W, elles en représentent N % » as the amount taken up over W', () => {
    const text = (p: string) => `Les dépenses de retraite se sont élevées à 402 Md€ en 2024. Rapportées à un produit intérieur brut de 2 920 Md€, elles en représentent ${p}.`;
    assert.deepEqual(codes(text('13,8 %'), false), []);
    assert.deepEqual(flagged(text('15,1 %'), false), ['share-mismatch 15,1 %']);
    // The sentence own amount before « rapporté » is the part when it has one.
    assert.deepEqual(flagged('La dépense, soit 402 Md€ rapportée au PIB de 2 920 Md€, en représente 15,1 %.', false), ['share-mismatch 15,1 %']);
  });

  it('reports a part larger than its whole once, not again as a wrong share of it', () => {
    const text = (a: string) => `Sur les 54 M€ d’investissement du schéma, les travaux de raccordement en absorbent ${a}, soit plus de la moitié de l’enveloppe.`;
    assert.deepEqual(flagged(text('61 M€'), false), ['part-exceeds-total 61 M€']);
    assert.deepEqual(codes(text('31 M€'), false), []);
  });

  it('reads no added amount after the whole (« …, qui s’établit à A, auxquels s’ajoutent … B ») as the share’s part', () => {
    assert.deepEqual(codes("En 2023, cette aide représente 47 % du budget du club, qui s'établit à 2,4 M€, auxquels s'ajoutent des prêts de matériel valorisés à 0,21 M€.", false), []);
  });
  it('reads no amount of a fronted clause as the part a share verb’s own subject stands for', () => {
    assert.deepEqual(codes("Compte tenu des 2,7 M€ de subventions reçus en 2023, l'autofinancement n'a couvert que 22 % des dépenses d'équipement, qui se sont élevées à 8,8 M€.", false), []);
    // « Avec A, l’État assure N % de Y » keeps A the part.
    assert.deepEqual(codes("Avec 2,7 M€, l'État assure 45 % du financement de ce projet de 8,8 M€.", false), ['share-mismatch']);
  });

  it('reads a whole named by nouns joined with « et de » (« de la consommation de soins et de biens médicaux, qui s’élève à W »)', () => {
    const doc = (p: string) => `Avec 96,3 milliards d'euros, les soins hospitaliers représentent ${p} de la consommation de soins et de biens médicaux, qui s'élève à 214 milliards d'euros.`;
    assert.deepEqual(codes(doc('45 %'), false), []);
    assert.deepEqual(codes(doc('52 %'), false), ['share-mismatch']);
  });

  it('reports one error read by two passes once (« soit près de la moitié » is not also « la moitié »)', () => {
    assert.deepEqual(flagged("Sur les 3 100 tonnes de biodéchets collectées, 940 tonnes ont été compostées sur place, soit près de la moitié ; le reste a été méthanisé.", false), ['share-mismatch près de la moitié']);
  });

  it('takes the whole a demonstrative names from the amount given to that noun, not from the last amount said', () => {
    const text = (p: string) => `Les recettes du service atteignent 24,0 M€. La taxe, avec 15,6 M€, en assure un peu moins des deux tiers. La redevance acquittée par les entreprises, 1,8 M€, représente ${p} de ces recettes.`;
    assert.deepEqual(codes(text('7,5 %')), []);
    assert.deepEqual(codes(text('11,5 %')), ['share-mismatch']);
  });

  it('keeps an amount said « à lui seul » to be a share of a whole as a part, no whole of later shares', () => {
    const text = 'Le marché est attribué pour 6,0 M€ HT. Le lot charpente, à 1,5 M€ HT, représente à lui seul 25 % du marché. Le lot couverture atteint 0,9 M€ HT, soit 15 % du total.';
    assert.deepEqual(codes(text), []);
  });

  it('pairs « N % du X, soit A » with the amount the text gave X, whatever noun X is, and a ratio above 100 % too', () => {
    assert.deepEqual(codes('Le PIB atteint 2 400 Md€. Le déficit représente 4,0 % du PIB, soit 96 Md€.'), []);
    assert.deepEqual(codes('Le PIB atteint 2 400 Md€. Le déficit représente 4,0 % du PIB, soit 120 Md€.'), ['share-mismatch']);
    assert.deepEqual(codes('Le gouvernement retient un PIB nominal de 2 400 Md€ et une dette de 110 % du PIB, soit 2 640 Md€.'), []);
    assert.deepEqual(codes('Le gouvernement retient un PIB nominal de 2 400 Md€ et une dette de 110 % du PIB, soit 2 900 Md€.'), ['share-mismatch']);
  });

  it('pairs a share with no part but the one « soit » gives it, not with the part of the share before', () => {
    const text = (b: string) => `La règle impose de consacrer 30 % du fonds au climat, soit 240 M€ sur les 800 M€ de la dotation, et ${b} à la ville durable, soit 64 M€.`;
    assert.deepEqual(codes(text('8 %')), []);
  });
});
