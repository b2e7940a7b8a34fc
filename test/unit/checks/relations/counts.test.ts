// Relations between counts of things.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';
import { analyze } from '../../../../server/src/core/analysis';

describe('relations: counts', () => {
  it('checks shares of a count', () => {
    assert.deepEqual(codes('Sur les 420 lauréats du concours, 68 viennent des outre-mer, soit un dixième des admis.'), ['share-mismatch']);
    assert.deepEqual(codes('Sur les 420 lauréats du concours, 42 viennent des outre-mer, soit un dixième des admis.'), []);
    assert.deepEqual(codes('Fin 2024, 870 des 2 900 communes n’avaient pas la fibre, soit 35 % d’entre elles.'), ['share-mismatch']);
  });

  it('checks parts of a count', () => {
    assert.deepEqual(codes('Le rectorat crée 412 postes, qui se répartissent entre les écoles (186), les collèges (143) et les lycées (121).'), ['sum-mismatch']);
    assert.deepEqual(codes('Le rectorat crée 450 postes, qui se répartissent entre les écoles (186), les collèges (143) et les lycées (121).'), []);
    assert.deepEqual(codes('Le département compte 2,6 millions d’habitants, dont 1,9 million dans la métropole et 900 000 dans l’agglomération.'), ['sum-mismatch']);
  });

  it('never reads years, article numbers or durations as counts', () => {
    assert.deepEqual(codes('Depuis 2018, l’article 12 de la loi du 3 mars 2020 a été appliqué 24 fois, soit 40 % des cas.'), []);
  });

  it('reads the counts after « dont » as parts whatever their nouns, up to « contre »', () => {
    assert.deepEqual(codes('Les urgences ont enregistré 58 300 passages en 2024, dont 41 900 adultes et 22 600 enfants, contre 55 100 passages en 2023.'), ['sum-mismatch']);
    assert.deepEqual(codes('Les urgences ont enregistré 58 300 passages en 2024, dont 35 900 adultes et 22 400 enfants, contre 55 100 passages en 2023.'), []);
  });

  it('counts the items a distribution enumerates, whatever noun names each', () => {
    const text = (a: string) => `Les 140 embauches de l’année se répartissent ainsi : 81 infirmiers, ${a} aides-soignants et 17 brancardiers.`;
    assert.deepEqual(codes(text('48')), ['sum-mismatch']);
    assert.deepEqual(codes(text('42')), []);
  });

  it('gives a list under « Elles se répartissent comme suit : » the count of the sentence before, items bare after their colon', () => {
    const text = (a: string) => `En 2025, le service a traité 8 150 demandes. Elles se répartissent comme suit :\n\n- logement : 4 020 ;\n- emploi : ${a} ;\n- santé : 1 380.\n`;
    assert.deepEqual(codes(text('2 950')), ['sum-mismatch']);
    assert.deepEqual(codes(text('2 750')), []);
  });

  it('reads a whole number of things as exact: « doublé » from 18 to 31 agents is × 1,72', () => {
    assert.deepEqual(codes('Les effectifs ont doublé en quatre ans, passant de 18 agents en 2020 à 31 agents en 2024.'), ['change-mismatch']);
    assert.deepEqual(codes('Les effectifs ont doublé en quatre ans, passant de 18 agents en 2020 à 35 agents en 2024.'), []);
  });

  it('keeps a share to its clause: « soit 48 % de X, alors qu’ils représentent moins de 2 % de Y »', () => {
    assert.deepEqual(codes('Les motards comptent pour 19 des 47 tués, soit 48 % de la mortalité, alors qu’ils font moins de 2 % du trafic.'), ['share-mismatch']);
    assert.deepEqual(codes('Les motards comptent pour 19 des 47 tués, soit 40 % de la mortalité, alors qu’ils font moins de 2 % du trafic.'), []);
  });

  it('reads neither a road number nor a lone count after a distributing verb as a part', () => {
    assert.deepEqual(codes('Le syndicat gère 164 bornes, dont 22 bornes rapides installées le long de la RN 147.'), []);
    assert.deepEqual(codes('Les quatorze communes rurales regroupent 9 600 habitants, soit près d’un septième de la population.'), []);
  });

  it('takes the whole of « Cette production se répartit entre : » from the count before, not its yearly rate', () => {
    const text = (a: string) => `Le programme fixe un objectif de 3 600 logements sur six ans, soit 600 logements par an. Cette production se répartit entre :\n\n- 1 500 logements sociaux ;\n- ${a} logements en accession aidée ;\n- 1 000 logements libres.\n`;
    assert.deepEqual(codes(text('1 400')), ['sum-mismatch']);
    assert.deepEqual(codes(text('1 100')), []);
  });
  it('takes the whole of « Parmi eux » from the paragraph before, the one count there larger than the part', () => {
    const text = (p: string) => `Le lycée accueille cette année 1 640 élèves, répartis sur trois sites et douze filières.\n\nParmi eux, 410 sont internes, soit ${p} des effectifs.`;
    assert.deepEqual(codes(text('32 %')), ['share-mismatch']);
    assert.deepEqual(codes(text('25 %')), []);
    // Under another heading the pointer is too far to trust.
    assert.deepEqual(codes('Le lycée accueille 1 640 élèves.\n\n## Internat\n\nParmi eux, 410 sont internes, soit 32 % des effectifs.'), []);
  });

  it('reads « soit N % de la population » after a count as a share of the same noun counted just before', () => {
    const text = (p: string) => `L’intercommunalité compte 48 000 habitants. Ses neuf communes de montagne regroupent 6 200 habitants, soit ${p} de la population, sur un tiers de sa surface.`;
    assert.deepEqual(codes(text('un quart')), ['share-mismatch']);
    assert.deepEqual(codes(text('13 %')), []);
    // Another noun, or a whole qualified otherwise (« régionale »), is another base.
    assert.deepEqual(codes('L’intercommunalité compte 48 000 habitants. Ses neuf communes regroupent 6 200 logements, soit un quart du parc.'), []);
    assert.deepEqual(codes('L’intercommunalité compte 48 000 habitants. Elle regroupe 6 200 habitants de plus de 75 ans, soit 1 % de la population régionale.'), []);
  });

  it('adds up counts dated year by year against their total over the same years, whatever its noun', () => {
    const text = (t: string) => `Le centre a été sollicité 4 100 fois en 2022, 4 650 fois en 2023 et 5 020 fois en 2024. En trois ans, cela représente ${t} appels, dont sept sur dix la nuit.`;
    assert.deepEqual(codes(text('15 800')), ['sum-mismatch']);
    assert.deepEqual(codes(text('13 770')), []);
    // A span of other years, or years not consecutive, is no total of the series.
    assert.deepEqual(codes('Le centre a été sollicité 4 100 fois en 2022, 4 650 fois en 2023 et 5 020 fois en 2024. En cinq ans, cela représente 21 000 appels.'), []);
    assert.deepEqual(codes('Le centre a été sollicité 4 100 fois en 2020, 4 650 fois en 2022 et 5 020 fois en 2024. En trois ans, cela représente 15 800 appels.'), []);
  });
  it('reads « N de ces dossiers, soit P % du total » against the dossiers counted just before', () => {
    const text = (p: string) => `L’agence a instruit 9 400 dossiers en 2024. Les propriétaires bailleurs en ont déposé 2 350 de ces dossiers, soit ${p} % du total.`;
    assert.deepEqual(codes(text('31')), ['share-mismatch']);
    assert.deepEqual(codes(text('25')), []);
  });
  it('takes the count before the share as its part, not one after « dont » that splits it', () => {
    const text = (p: string) => `Sur les 1 842 accouchements, 486 ont eu lieu par césarienne, soit ${p}, dont 198 programmées.`;
    const a = analyze(text('21 %'), { markdown: true }).diagnostics.filter((d) => d.code === 'share-mismatch');
    assert.deepEqual(a.map((d) => d.message.replace(/[\u202f\u00a0]/g, ' ')), ['486 / 1 842 = 26,4 %, not 21 %.']);
    assert.deepEqual(codes(text('26 %')), []);
  });
  it('reads « N, soit un peu moins des deux tiers des foyers » against the foyers counted before, close below the fraction', () => {
    const text = (n: string) => `La région compte 1 840 000 foyers fiscaux. Les foyers imposables sont au nombre de ${n}, soit un peu moins des deux tiers des foyers fiscaux de la région.`;
    assert.deepEqual(codes(text('792 000')), ['share-mismatch']);
    assert.deepEqual(codes(text('1 190 000')), []);
  });
  it('takes no part with its own share for the whole of the next share (« S’y ajoutent 410 logements, soit 8,8 % du total »)', () => {
    const text = (p: string) => `Parmi eux figurent 1 240 logements sociaux, soit ${p} de la production. S’y ajoutent 410 logements en accession, soit 8,8 % du total.`;
    assert.deepEqual(codes(text('27 %')), []);
  });
  it('reads the counts on each side of « contre », and no count in a complement (« dans les 18 communes ») as the part', () => {
    const change = (p: string) => `Les deux piscines ont accueilli 211 000 entrées en 2023, contre 182 000 en 2022, soit une hausse de ${p} %.`;
    assert.deepEqual(codes(change('21')), ['change-mismatch']);
    assert.deepEqual(codes(change('16')), []);
    const share = (p: string) => `Sur les 1 240 logements livrés dans les 18 communes de l’agglomération, 310 sont des logements sociaux, soit ${p} % de la production.`;
    assert.deepEqual(codes(share('31')), ['share-mismatch']);
    assert.deepEqual(codes(share('25')), []);
  });

  it('reads « une école sur trois », « près d’un élève sur quatre » as proportions, never a duration (« quatre jours sur cinq »)', () => {
    const text = (s: string) => `Dans le canton, 14 des 42 écoles n’ont plus de cantine, soit ${s}.`;
    assert.deepEqual(codes(text('une école sur trois')), []);
    assert.deepEqual(codes(text('une école sur quatre')), ['share-mismatch']);
    assert.deepEqual(codes(text('deux écoles sur cinq')), ['share-mismatch']);
    const hedged = (s: string) => `Sur les 2 400 élèves du bassin, 610 sont boursiers, soit ${s}.`;
    assert.deepEqual(codes(hedged('près d’un élève sur trois')), ['share-mismatch']);
    assert.deepEqual(codes(hedged('plus d’un élève sur cinq')), []);
    assert.deepEqual(codes(hedged('un élève sur quatre')), []);
    assert.deepEqual(codes('Les agents travaillent quatre jours sur cinq ; 120 des 400 agents sont à temps partiel, soit 30 %.'), []);
  });

  it('reads « N % d’entre eux, soit X » with the part after the share, and marks both', () => {
    const text = (x: string) => `L’an dernier, la plateforme a reçu 4 200 appels. Les factures arrivent en tête : 18 % d’entre eux, soit ${x} appels, concernaient une facture impayée.`;
    assert.deepEqual(codes(text('756')), []);
    assert.deepEqual(flagged(text('980')), ['share-mismatch 18 % d’entre eux, soit 980']);
  });

  it('ends a stated share at a dash: what follows it is another figure (« — loin de la moitié »)', () => {
    const text = (p: string) => `La mutuelle compte 9 800 adhérents. Parmi eux, 2 950 sont retraités, soit près de ${p} du total — loin de la moitié annoncée.`;
    assert.deepEqual(codes(text('30 %')), []);
    assert.deepEqual(codes(text('40 %')), ['share-mismatch']);
  });

  it('reads « dans 19 antennes » as where, not as the part', () => {
    const text = (p: string) => `Sur les 3 600 demandes reçues dans 19 antennes, 1 250 portaient sur un titre de séjour, soit ${p} %.`;
    assert.deepEqual(codes(text('35')), []);
    assert.deepEqual(codes(text('45')), ['share-mismatch']);
  });

  it('counts the items of a list « en trois catégories » against the total line after it', () => {
    const text = (t: string) => `Les signalements reçus se répartissent en trois catégories :\n\n- 820 pour des dépôts sauvages ;\n- 310 pour des nuisances sonores ;\n- 145 pour des stationnements gênants.\n\nAu total, ${t} signalements ont été traités.\n`;
    assert.deepEqual(codes(text('1 275')), []);
    assert.deepEqual(codes(text('1 375')), ['sum-mismatch']);
  });

  it('reads a share said in the next sentence (« C’est une école sur trois », « Cela représente un tiers », « Soit 47 % »)', () => {
    const text = (s: string) => `Dans la vallée, 11 des 33 écoles ont fermé depuis 2010. ${s}`;
    assert.deepEqual(codes(text('C’est une école sur trois !')), []);
    assert.deepEqual(codes(text('C’est une école sur quatre !')), ['share-mismatch']);
    const after = (s: string) => `Sur les 450 agents de la ville, 210 sont contractuels. ${s}`;
    assert.deepEqual(codes(after('Cela représente près de la moitié des effectifs.')), []);
    assert.deepEqual(codes(after('Cela représente un tiers des effectifs.')), ['share-mismatch']);
    assert.deepEqual(codes(after('Soit 37 %.')), ['share-mismatch']);
    // A sentence that counts again is no comment on the one before.
    assert.deepEqual(codes(after('C’est un tiers de plus que les 120 de 2019.')), []);
  });

  it('counts an enumeration after a colon (« 1 240 suppressions de postes : 520 …, 380 … et 210 … »)', () => {
    const text = (t: string) => `La direction annonce ${t} suppressions de postes d’ici 2026 : 610 dans les agences, 290 au siège et 180 dans les centres d’appel.`;
    assert.deepEqual(codes(text('1 080')), []);
    assert.deepEqual(codes(text('1 180')), ['sum-mismatch']);
    // A factor before the colon is no whole.
    assert.deepEqual(codes('Les demandes ont été multipliées par trois en deux ans : 420 foyers en 2022, 1 270 en 2024.'), []);
  });

  it('reads no duration as a part (« à plus de trente minutes … soit près de 95 000 personnes »)', () => {
    const text = (n: string) => `Selon l’agence, 18 % des 420 000 habitants du département vivent à plus de trente minutes d’un service d’urgence, soit près de ${n} personnes.`;
    assert.deepEqual(codes(text('76 000')), []);
    assert.deepEqual(codes(text('95 000')), ['share-mismatch']);
  });

  it('totals counts dated year by year with « soit N … sur la période » in one sentence', () => {
    const text = (t: string) => `Les installations aidées se sont élevées à 142 en 2020, 156 en 2021, 131 en 2022 et 149 en 2023, soit ${t} exploitants installés sur la période.`;
    assert.deepEqual(codes(text('578')), []);
    assert.deepEqual(codes(text('618')), ['sum-mismatch']);
    // Without a word of the period, the last figure may be anything.
    assert.deepEqual(codes('Les installations se sont élevées à 142 en 2020, 156 en 2021 et 131 en 2022, soit 618 porteurs de projet reçus.'), []);
  });

  it('divides counts (« 18 640 dossiers avec 14 agents, soit environ 1 330 dossiers par agent »)', () => {
    const text = (r: string) => `Le service a traité 18 640 dossiers en 2023 avec 14 agents, soit environ ${r} dossiers par agent.`;
    assert.deepEqual(codes(text('1 330')), []);
    assert.deepEqual(codes(text('1 550')), ['rate-mismatch']);
  });

  it('reads a count that points back (« en constitue l’essentiel, avec N ETP ») as a part of the count before, acronym included', () => {
    const text = (n: string) => `Les effectifs de l’hôpital s’élèvent à 4 120 équivalents temps plein (ETP). Le personnel soignant en constitue l’essentiel, avec ${n} ETP.`;
    assert.deepEqual(codes(text('3 240')), []);
    assert.deepEqual(codes(text('4 310')), ['part-exceeds-total']);
  });

  it('reads a funnel (« 214 dossiers déposés, 139 programmés, soit un taux de 65 % »), a date « 30/06 » aside', () => {
    const text = (p: string) => `Bilan au 30/06 : 214 dossiers déposés, 139 programmés, soit un taux de programmation de ${p} %.`;
    assert.deepEqual(codes(text('65')), []);
    assert.deepEqual(codes(text('72')), ['share-mismatch']);
  });

  it('counts full-time equivalents as agents (« avec 6 ETP, soit 300 dossiers par agent »)', () => {
    const text = (r: string) => `Le service instruit 1 850 dossiers par an avec 6 ETP, soit environ ${r} dossiers par agent.`;
    assert.deepEqual(codes(text('310')), []);
    assert.deepEqual(codes(text('400')), ['rate-mismatch']);
  });

  it('reads « demandes » as files and « instructeurs » as agents in a count per agent', () => {
    const text = (r: string) => `Le service, fort de 14 instructeurs, a traité 9 800 demandes en 2024, soit près de ${r} dossiers par agent.`;
    assert.deepEqual(codes(text('700')), []);
    assert.deepEqual(codes(text('800')), ['rate-mismatch']);
  });

  it('reads « N d’entre elles » after a sentence that points back as a part of the count before', () => {
    const text = (n: string) => `Le réseau a accompagné 2 150 entreprises cette année. Les très petites entreprises en forment le gros : ${n} d’entre elles ont sollicité un prêt d’honneur.`;
    assert.deepEqual(codes(text('1 380')), []);
    assert.deepEqual(codes(text('2 380')), ['part-exceeds-total']);
  });

  it('adds up counts enumerated before their total, in the sentence before « Au total » or before « soit … au total »', () => {
    const before = (n: string) => `Pendant la campagne, 212 personnes ont tenu les accueils, 168 ont conduit les navettes et 95 ont préparé les colis. Au total, ${n} bénévoles se sont relayés.`;
    assert.deepEqual(codes(before('530')), ['sum-mismatch']);
    assert.deepEqual(codes(before('475')), []);
    const soit = (n: string) => `Le jury a reçu 64 dossiers de collèges, 41 dossiers de lycées et 17 dossiers d’écoles, soit ${n} dossiers au total.`;
    assert.deepEqual(codes(soit('132')), ['sum-mismatch']);
    assert.deepEqual(codes(soit('122')), []);
    // Other things counted before, or one count only: nothing to add up.
    assert.deepEqual(codes('La commune emploie 212 agents et accueille 168 élèves. Au total, 530 bénévoles ont aidé.'), []);
    assert.deepEqual(codes('Pendant la campagne, 212 bénévoles ont tenu les accueils. Au total, 530 bénévoles se sont relayés depuis 2019.'), []);
    // Counts per day or durations are no parts.
    assert.deepEqual(codes('Les équipes ont tenu 12 permanences, 7 jours sur 7, et 3 nuits. Au total, 30 permanences.'), []);
  });

  it('adds up counts spread over the sentences before « Au total » in the section, bare ones only in sentences that count nothing else', () => {
    const text = (n: string) => `Trois centres de loisirs ont ouvert cet été.\n\nCelui de Ribiers accueille 40 enfants. Celui de Vaumeilh en reçoit 25.\n\nLe plus grand, à Sisteron, réunit 70 enfants et six animateurs.\n\nAu total, ${n} enfants ont fréquenté ces centres.`;
    assert.deepEqual(codes(text('135')), []);
    assert.deepEqual(codes(text('150')), ['sum-mismatch']);
  });

  it('adds the votes for, against and the abstentions up to the members present, never to the council’s seats', () => {
    assert.deepEqual(codes('Sur les 31 conseillers présents ou représentés, le budget est adopté par 24 voix pour, 5 voix contre et 4 abstentions.'), ['sum-mismatch']);
    assert.deepEqual(codes('Sur les 31 conseillers présents ou représentés, le budget est adopté par 24 voix pour, 5 voix contre et 2 abstentions.'), []);
    assert.deepEqual(codes('Hier soir, sur les 25 élus présents, 18 ont voté pour, 5 contre et 4 se sont abstenus.'), ['sum-mismatch']);
    // The seats, not the members present; members who took no part; two kinds only, within the whole.
    assert.deepEqual(codes('Le conseil compte 33 conseillers. Le budget est adopté par 24 voix pour, 5 voix contre et 2 abstentions.'), []);
    assert.deepEqual(codes('Sur les 31 conseillers présents, le budget est adopté par 24 voix pour, 5 voix contre et 2 abstentions, deux élus ne prenant pas part au vote.'), []);
    assert.deepEqual(codes('Sur les 31 conseillers présents, 24 ont voté pour et 5 contre.'), []);
  });

  it('keeps the part of a count share within its clause, appositions aside', () => {
    // « 41 % des 22 sièges » is another clause's share: 22 is no part of the 280 agents.
    assert.deepEqual(codes('Parmi les 280 agents de la filière technique, 35 % sont des femmes, et elles occupent 41 % des 22 sièges du comité.'), []);
    // An apposition right after the clause's end restates the part.
    assert.deepEqual(codes('Un quart des 180 communes du parc, 61 exactement, ont signé la charte.'), ['share-mismatch']);
    assert.deepEqual(codes('Un tiers seulement des 150 communes — 50 communes — disposent d’un plan à jour.'), []);
    assert.deepEqual(codes('Sur les 5,4 millions d’habitants de la région, 12 %, soit près de 780 000 personnes, vivent en zone rurale isolée.'), ['share-mismatch']);
    // An age is no part of a count of people.
    assert.deepEqual(codes('Parmi les 640 000 nouveaux retraités de 2024, 24 % sont partis avant 62 ans, 41 % entre 62 et 64 ans.'), []);
  });

  it('takes the whole of a count share from a paragraph before when the share names its noun without a figure', () => {
    const text = (p: string) => `Fin 2025, la caisse comptait 6 250 foyers allocataires, contre 6 600 un an plus tôt.\n\nLe plan d’insertion consacre 9 M€ par an à l’accompagnement.\n\nEn décembre, 1 870 foyers suivaient un parcours renforcé, soit ${p} des allocataires.`;
    assert.deepEqual(codes(text('30 %'), false), []);
    assert.deepEqual(codes(text('36 %'), false), ['share-mismatch']);
  });

  it('reads « Ces N bénéficiaires » as the one count of the sentence before, whatever its noun', () => {
    assert.deepEqual(codes('L’aide a été versée à trente-huit mille foyers. Ces 43 000 bénéficiaires recevront en moyenne 210 €.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('L’aide a été versée à trente-huit mille foyers. Ces 38 000 bénéficiaires recevront en moyenne 210 €.', false), []);
    // Two counts before: which one is taken up is not said.
    assert.deepEqual(codes('L’aide a été versée à 38 000 foyers et 400 associations. Ces 43 000 bénéficiaires recevront 210 €.', false), []);
  });

  it('reads « en concentre un tiers, avec N places » against the count of the same noun before, not the compared one', () => {
    const text = (n: string) => `Le dispositif compte 3 150 places fin 2025, contre 2 600 deux ans plus tôt. La métropole en concentre un tiers, avec ${n} places, alors qu’elle reçoit 58 % des demandes.`;
    assert.deepEqual(codes(text('1 050'), false), []);
    assert.deepEqual(codes(text('1 380'), false), ['share-mismatch']);
    // A percentage of change is no share: « ont baissé en moyenne de 30 % ».
    assert.deepEqual(codes('Sur les 2 400 logements du parc, 610 ont été rénovés, soit un quart du parc.\n\nParmi eux, 180 logements se trouvent au centre, où les factures ont baissé en moyenne de 30 %.'), []);
  });

  it('lets a series of yearly counts start with a count dated « la première année »', () => {
    const text = (t: string) => `Lancé en 2022, le programme a permis d’examiner 3 100 élèves la première année, 3 400 en 2023, 3 900 en 2024 et 4 200 en 2025, soit ${t} enfants sur la période.`;
    assert.deepEqual(codes(text('14 600'), false), []);
    assert.deepEqual(codes(text('11 500'), false), []);
    assert.deepEqual(codes(text('16 900'), false), ['sum-mismatch']);
  });

  it('reads a count share stated before an amount of its sentence (« soit 65 %, pour un montant moyen de 7 300 € »)', () => {
    const text = (p: string) => `Sur 1 250 dossiers déposés, 875 ont été acceptés, soit ${p}, pour un montant moyen de subvention de 6 900 €.`;
    assert.deepEqual(codes(text('70 %'), false), []);
    assert.deepEqual(codes(text('64 %'), false), ['share-mismatch']);
  });

  it('closes an enumeration with the remainder the clause after its semicolon counts', () => {
    const text = (n: string) => `Le service a instruit 260 demandes : 150 émanent de particuliers et 70 d’entreprises ; le reste, soit ${n}, vient d’associations.`;
    assert.deepEqual(codes(text('40'), false), []);
    assert.deepEqual(codes(text('55'), false), ['sum-mismatch']);
    assert.deepEqual(codes('Le service a instruit 260 demandes : 150 émanent de particuliers et 70 d’entreprises ; les 40 autres viennent d’associations.', false), []);
    // A remainder without its count: the named parts are not all of them.
    assert.deepEqual(codes('Le service a instruit 260 demandes : 150 émanent de particuliers et 70 d’entreprises ; les autres viennent d’associations.', false), []);
  });

  it('reads « Sur ce total » bare counts as parts, closed by « Le reste, soit N » in the next sentence', () => {
    const text = (n: string) => `La plateforme a reçu 900 appels en mars. Sur ce total, 520 ont été traités le jour même et 230 sous 48 heures. Le reste, soit ${n} appels, a demandé un rappel.`;
    assert.deepEqual(codes(text('150'), false), []);
    assert.deepEqual(codes(text('210'), false), ['sum-mismatch']);
    // Without the remainder, the parts are some of the whole only.
    assert.deepEqual(codes('La plateforme a reçu 900 appels en mars. Sur ce total, 520 ont été traités le jour même et 230 sous 48 heures.', false), []);
  });

  it('reads a share whose whole is a count written after it, whatever amount stands before', () => {
    const text = (p: string) => `Au printemps, 640 familles ont touché l’aide à la rentrée de 150 €, soit ${p} des 3 200 familles de la ville.`;
    assert.deepEqual(codes(text('20 %'), false), []);
    assert.deepEqual(codes(text('26 %'), false), ['share-mismatch']);
  });

  it('never reads a size threshold (« de moins de 50 salariés », « emploient moins de trois salariés ») as a count of the relation', () => {
    const text = (p: string) => `La zone compte 640 commerces, dont 380 emploient moins de cinq salariés, soit ${p}.`;
    assert.deepEqual(codes(text('59 %'), false), []);
    assert.deepEqual(codes(text('plus des deux tiers'), false), ['share-mismatch']);
    assert.deepEqual(codes('Sur 380 communes, 250 comptent moins de 2 000 habitants, soit 66 %.', false), []);
  });

  it('reads « en … à lui seul N » as a part of the count before, leaving out a count of place', () => {
    const text = (n: string) => `L’inventaire relève 1 900 arbres remarquables sur les 24 communes du parc. Le vallon de la Brume en abrite à lui seul ${n}, pour la plupart centenaires.`;
    assert.deepEqual(codes(text('2 050'), false), ['part-exceeds-total']);
    assert.deepEqual(codes(text('650'), false), []);
  });

  it('reads « Les deux tiers de ces N » as a share of the count the demonstrative takes up', () => {
    const text = (n: string) => `La métropole plantera 4 500 arbres d’ici 2027. Les deux tiers de ces plantations, soit ${n} sujets, iront aux cours d’école.`;
    assert.deepEqual(codes(text('3 000'), false), []);
    assert.deepEqual(codes(text('2 400'), false), ['share-mismatch']);
  });

  it('keeps an enumeration after « notamment » partial, and splits the count of the sentence before by a distribution', () => {
    assert.deepEqual(codes('L’office gère 9 800 logements répartis sur 21 communes, notamment 3 100 à Ardon, 2 200 à Bessay et 900 à Cusset.', false), []);
    assert.deepEqual(codes('L’office gère 9 800 logements répartis sur trois communes : 3 100 à Ardon, 2 200 à Bessay et 900 à Cusset.', false), ['sum-mismatch']);
    const text = (n: string) => `Le centre a réalisé ${n} consultations en 2024. L’activité se répartit entre la pédiatrie (5 200 consultations), la gériatrie (3 100) et la rééducation (1 700).`;
    assert.deepEqual(codes(text('10 000'), false), []);
    assert.deepEqual(codes(text('11 400'), false), ['sum-mismatch']);
  });

  it('reads « neuf » after a noun or « du » as new, not nine', () => {
    const text = (n: string) => `Sur les 900 familles relogées, près des deux tiers (${n}) ont rejoint un logement neuf.`;
    assert.deepEqual(codes(text('600'), false), []);
    assert.deepEqual(codes(text('470'), false), ['share-mismatch']);
  });

  it('takes the whole of « Sur ce total » from the sentence before, past a number in a name and a count of place', () => {
    const text = (n: string) => `En 2024, le club Horizon 21 a formé 640 bénévoles sur l’ensemble des 14 communes. Sur ce total, 300 ont suivi le module secours et 220 le module accueil. Le reste, soit ${n} bénévoles, a choisi l’animation.`;
    assert.deepEqual(codes(text('120'), false), []);
    assert.deepEqual(codes(text('180'), false), ['sum-mismatch']);
  });

  it('never splits the whole by a distribution of what remains (« Le reste des effectifs se répartit entre … »)', () => {
    assert.deepEqual(codes('Le syndicat emploie 180 agents, dont 90 à la collecte et 40 au tri. Le reste des effectifs se répartit entre l’administration (30 agents) et la prévention (20 agents).', false), []);
  });

  it('never reads a percentage after « supérieur à » as a share of the count', () => {
    const text = (n: string) => `Sur les 40 communes du territoire, ${n} votent un taux de taxe supérieur à 45 %, soit un quart d’entre elles.`;
    assert.deepEqual(codes(text('10'), false), []);
    assert.deepEqual(codes(text('16'), false), ['share-mismatch']);
  });

  it('reads a fraction written in digits (« soit 1/3 ») as a share', () => {
    const text = (f: string) => `Sur les 2 400 candidatures reçues, 800 ont été retenues, soit ${f}.`;
    assert.deepEqual(codes(text('1/3'), false), []);
    assert.deepEqual(codes(text('1/2'), false), ['share-mismatch']);
    // A date or a timetable is no fraction.
    assert.deepEqual(codes('Sur les 2 400 candidatures reçues au 12/03, 800 ont été retenues ; le service répond 24/7.', false), []);
  });

  it('adds items counted by their own nouns under a total of a generic noun (« Au total, N solutions »)', () => {
    const text = (t: string) => `Les familles ont bénéficié des dispositifs suivants :\n\n- 12 400 bons d’achat ;\n- 3 100 colis d’urgence ;\n- 1 500 aides au loyer.\n\nAu total, ${t} aides ont été accordées.`;
    assert.deepEqual(codes(text('17 000')), []);
    assert.deepEqual(codes(text('19 500')), ['sum-mismatch']);
    // A total of another noun than the items’ and no generic one: no relation.
    assert.deepEqual(codes('Le programme a financé :\n\n- 12 écoles rénovées ;\n- 40 classes équipées.\n\nAu total, 950 élèves en profitent.'), []);
  });

  it('divides a count by another counted in an item of the same list (« soit une moyenne de N par famille »)', () => {
    const text = (n: string) => `## Bilan de l’épicerie solidaire\n\n- 9 600 paniers distribués dans l’année\n- 320 foyers inscrits, soit une moyenne de ${n} paniers par foyer\n- 40 bénévoles`;
    assert.deepEqual(codes(text('30')), []);
    assert.deepEqual(codes(text('36')), ['rate-mismatch']);
  });

  it('reads a funnel joined by « et » when the second count has no noun of its own (« et 1 720 ont reçu … »)', () => {
    assert.deepEqual(codes('En 2025, 1 600 demandes ont été déposées et 800 ont été acceptées, soit les deux tiers des dossiers.', false), ['share-mismatch']);
    assert.deepEqual(codes('En 2025, 1 600 demandes ont été déposées et 1 070 ont été acceptées, soit les deux tiers des dossiers.', false), []);
    // Two counts of different nouns are no funnel.
    assert.deepEqual(codes('Le club compte 120 femmes et 80 hommes, soit 60 % des inscrits de la ligue.', false), []);
  });

  it('reads a plural verb after a count as no noun: « Parmi eux, N doivent … » is a part of the count before', () => {
    assert.deepEqual(codes('Le programme porte sur 620 logements répartis en neuf résidences. Parmi eux, 700 doivent être raccordés au réseau de chaleur et 310 changer de chaudière.', false), ['part-exceeds-total']);
    assert.deepEqual(codes('Le programme porte sur 620 logements répartis en neuf résidences. Parmi eux, 500 doivent être raccordés au réseau de chaleur et 310 changer de chaudière.', false), []);
  });

  it('splits the one count of the sentence before when a sentence opening on « Ces » distributes bare counts', () => {
    const text = (n: string) => `En 2024, 64 000 contrats ont été signés. Ces entrées se répartissent entre les formations du supérieur (${n}), les diplômes du secondaire (21 000) et les titres professionnels hors diplômes de l’État (9 000).`;
    assert.deepEqual(codes(text('28 000'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('34 000'), false), []);
  });

  it('reads « Parmi ces <noun> » as taking up the count of that noun among several', () => {
    assert.deepEqual(codes('Le salon a reçu 1 450 visiteurs et 60 exposants. Parmi ces visiteurs, 1 600 venaient du département.', false), ['part-exceeds-total']);
    assert.deepEqual(codes('Le salon a reçu 1 450 visiteurs et 60 exposants. Parmi ces visiteurs, 1 100 venaient du département.', false), []);
  });

  it('reads « N, dont P % de X, soit M » as a share of N', () => {
    assert.deepEqual(codes('L’hôpital emploie 2 400 soignants, dont 65 % d’infirmiers, soit 1 800 personnes.', false), ['share-mismatch']);
    assert.deepEqual(codes('L’hôpital emploie 2 400 soignants, dont 65 % d’infirmiers, soit 1 560 personnes.', false), []);
  });

  it('reads « N places d’hébergement, dont un quart, soit M places » with the count’s noun phrase before « dont »', () => {
    assert.deepEqual(codes('Le département compte 1 600 places d’hébergement d’urgence, dont un quart, soit 520 places, réservées aux familles.', false), ['share-mismatch']);
    assert.deepEqual(codes('Le département compte 1 600 places d’hébergement d’urgence, dont un quart, soit 400 places, réservées aux familles.', false), []);
  });


  it('reads « dont les deux tiers sont …, soit N » as a share of the count before, the fraction’s « deux » no count', () => {
    const doc = (n: string) => `Le collège accueille 840 élèves, dont les trois quarts sont boursiers, soit ${n} jeunes aidés chaque année.`;
    assert.deepEqual(codes(doc('630'), false), []);
    assert.deepEqual(codes(doc('520'), false), ['share-mismatch']);
  });

  it('takes « l’échelon 7 », « le groupe 3 » for labels, not counts beside a share', () => {
    const doc = (n: string) => `Sur les 2 400 agents de la collectivité, ${n} relèvent du groupe 3 de la grille, soit près d’un quart d’entre eux.`;
    assert.deepEqual(codes(doc('590'), false), []);
    assert.deepEqual(codes(doc('410'), false), ['share-mismatch']);
  });


  it('reads « Les X en gèrent N, soit … » as a part of the count of the sentence before', () => {
    const doc = (s: string) => `Le territoire compte 1 260 places de crèche. Les associations en gèrent 430, soit ${s} de l’offre.`;
    assert.deepEqual(codes(doc('un tiers'), false), []);
    assert.deepEqual(codes(doc('la moitié'), false), ['share-mismatch']);
    // « En retenant un ratio … »: a gerund after « en » takes up no count.
    assert.deepEqual(codes('Le projet doit créer entre 300 et 400 emplois directs. En retenant un ratio de deux emplois induits, il en créerait en outre entre 600 et 800.', false), []);
  });
  it('writes the noun of a count in messages as the text spells it, accents and all, never its folded key', () => {
    const d = analyze('Le club compte 40 bénévoles, dont 25 femmes et 30 hommes.', { markdown: false }).diagnostics.find((x) => x.code === 'sum-mismatch');
    assert.ok(d && d.message.includes('55 bénévoles'), d?.message);
    const r = analyze('Le car scolaire coûte 2 € par élève et par jour, soit 720 € pour 120 élèves.', { markdown: false }).diagnostics.find((x) => x.code === 'rate-mismatch');
    assert.ok(!r || !/eleves/.test(r.message), r?.message);
  });
  it('finds the whole count a share names past sentences with no number, a quote between', () => {
    const text = (f: string) => `Le parc compte 240 logements. Beaucoup datent des années soixante. Les locataires se plaignent.\n\n« On a froid l’hiver. Personne ne vient », raconte une habitante.\n\nLe bailleur a rénové 80 logements à ce jour, soit ${f} du parc.`;
    assert.deepEqual(codes(text('un tiers'), false), []);
    assert.deepEqual(codes(text('la moitié'), false), ['share-mismatch']);
  });
  it('keeps counts the sentence says overlap within their whole, never summed', () => {
    const text = (n: string) => `Le réseau a suivi 380 entreprises en 2024 : 260 ont engagé un diagnostic énergie et 170 un plan de formation, une cinquantaine cumulant les deux démarches. ${n}`;
    assert.deepEqual(codes(text(''), false), []);
    // Each still within the whole.
    assert.deepEqual(codes('Le réseau a suivi 380 entreprises en 2024 : 410 ont engagé un diagnostic et 170 un plan de formation, une cinquantaine cumulant les deux démarches.', false).length > 0, true);
  });
  it('gives a list under « Le service se compose ainsi : » the count of the sentence before, past the terms of a ratio', () => {
    const text = (n: string) => `Le service compte désormais ${n} agents, soit un agent pour mille habitants.\nLe service se compose ainsi :\n\n- 30 policiers ;\n- 8 agents de surveillance ;\n- 4 agents administratifs.\n`;
    assert.deepEqual(codes(text('42')), []);
    assert.deepEqual(codes(text('46')), ['sum-mismatch']);
  });
  it('reads « N d’entre eux » as of the count its own sentence gave before it, not one of the sentence before', () => {
    assert.deepEqual(codes('Beaucoup d’enfants cumulent les trois services. Les deux écoles comptent 465 élèves : seuls 45 d’entre eux ne déjeunent jamais à la cantine.', false), []);
  });
  it('reads counts of people by situation as overlapping when the paragraph says one person may be in several', () => {
    const text = 'La liste comptait 1 200 inscrits.\n\nParmi eux, 500 ont plus de 50 ans, 300 sont reconnus handicapés et 900 sont sans emploi depuis deux ans, une même personne pouvant cumuler plusieurs de ces situations.';
    assert.deepEqual(codes(text, false), []);
    // Each is still within the whole.
    assert.deepEqual(codes(text.replace('900 sont', '1 300 sont'), false), ['part-exceeds-total']);
  });
  it('reads no bare number after a measure as a part of it (« 97 MW … on en dénombre 6 850 »)', () => {
    assert.deepEqual(codes('La puissance installée est passée de 41 à 97 MW. Les installations progressent vite : on en dénombre 6 850.', false), []);
    // A part of the measure in its own unit still is one.
    assert.deepEqual(codes('Le domaine couvre 3 000 hectares. Les vignes bio en occupent 3 400 hectares.', false), ['part-exceeds-total']);
  });
  it('reads « les trois sites » as the set a sentence speaks of, no part of its share', () => {
    assert.deepEqual(codes('Au total, les trois sites hébergent 2 291 personnes pour 1 570 places, ce qui porte le taux d’occupation à 146 %.', false), []);
  });

  it('reads a count after « plus de » or « au moins » as a floor, and after « moins de » as a ceiling', () => {
    assert.deepEqual(codes('Plus de 2 000 places de crèche ont été créées en 2024 : 950 en accueil collectif, 780 chez des assistantes maternelles et 410 en micro-crèches.', false), []);
    assert.deepEqual(codes('En 2024, au moins 2 000 places de crèche ont été créées : 950 en accueil collectif, 780 chez des assistantes maternelles et 410 en micro-crèches.', false), []);
    assert.deepEqual(codes('Plus de 2 000 places de crèche ont été créées en 2024 : 950 en accueil collectif, 580 chez des assistantes maternelles et 310 en micro-crèches.', false), ['sum-mismatch']);
    assert.deepEqual(codes('Moins de 1 500 places de crèche ont été créées en 2024 : 950 en accueil collectif, 780 chez des assistantes maternelles et 410 en micro-crèches.', false), ['sum-mismatch']);
    assert.deepEqual(codes('Moins de 2 500 places de crèche ont été créées en 2024 : 950 en accueil collectif, 780 chez des assistantes maternelles et 410 en micro-crèches.', false), []);
  });

  it('reads « Le reste, soit N ou X % du total » against the whole, not against a part said as a fraction just before', () => {
    const lead = 'Le bailleur a mis en chantier 860 logements en 2025. Sur ce nombre, 215 sont des logements très sociaux, soit un quart des mises en chantier. La moitié, 430 logements, relève du logement social ordinaire. ';
    assert.deepEqual(codes(lead + 'Le reste, soit 215 logements ou 25 % du total, est en accession aidée.', false), []);
  });

  it('reads « M d’entre eux » after a semicolon as a part of the count before it', () => {
    const text = (n: string) => `Dans les centres de soins, 2 840 patients sont sur liste d'attente ; ${n} d'entre eux attendent depuis plus de six mois, soit un tiers des patients en attente.`;
    assert.deepEqual(codes(text('950'), false), []);
    assert.deepEqual(codes(text('1 420'), false), ['share-mismatch']);
  });

  it('reads counts marked in bold as plain counts', () => {
    assert.deepEqual(codes('- **5 210** licenciés cette saison, dont **5 640** scolaires\n- **48** clubs affiliés\n'), ['part-exceeds-total']);
    assert.deepEqual(codes('- **5 210** licenciés cette saison, dont **3 640** scolaires\n- **48** clubs affiliés\n'), []);
  });

  it('reads « X % d’entre eux » with no part written as a share of the count just named', () => {
    const text = 'Avec 41 000 festivaliers, l’édition affiche une hausse de 5 %. L’enquête menée auprès de 1 300 spectateurs le confirme : 48 % d’entre eux viennent de la région et 37 % du reste de la France.';
    assert.deepEqual(codes(text, false), []);
    // « 612, soit 72 % d’entre elles » restates a part before « soit ».
    assert.deepEqual(codes('Sur les 850 communes, 612, soit 62 % d’entre elles, ont répondu.', false), ['share-mismatch']);
  });

  it('reads the first part after « se répartissent entre »', () => {
    const text = (n: string) => `Ces 18 420 agents se répartissent entre 14 100 enseignants, 1 870 personnels administratifs et ${n} assistants d’éducation.`;
    assert.deepEqual(codes(text('2 450'), false), []);
    assert.deepEqual(codes(text('3 450'), false), ['sum-mismatch']);
  });

  it('does not read the first end of a range of ages (« entre 18 et 64 ans ») as a count of the things', () => {
    assert.deepEqual(codes('Parmi les 2 400 adhérents du club, 51 % ont entre 25 et 59 ans, 27 % ont moins de 25 ans et 22 % ont 60 ans ou plus.', false), []);
  });

  it('does not read a range that sizes the things (« des entreprises de 11 à 49 salariés ») as counts', () => {
    const doc = 'Parmi les 1 100 contrats signés en 2025, 690 l’ont été par des entreprises de moins de 11 salariés, 290 par des entreprises de 11 à 49 salariés et 120 par des structures plus grandes.\n\nEn 2024, les très petites entreprises en avaient signé 770 : elles expliquent à elles seules le recul.';
    assert.deepEqual(codes(doc, false), []);
    // A change of a count (« est passé de 41 à 97 ») keeps its ends.
    assert.deepEqual(codes('Le nombre de sites est passé de 40 à 52, soit une hausse de 50 %.', false), ['change-mismatch']);
  });

  it('splits the count of the sentence before when « ils se répartissent » follows a short fronted clause', () => {
    const doc = (n: string) => `Fin 2025, l’agence recensait 18 200 inscrits en catégorie A. Par âge, ils se répartissent entre 2 900 jeunes de moins de 25 ans, 10 100 personnes de 25 à 49 ans et ${n} seniors.`;
    assert.deepEqual(codes(doc('5 200'), false), []);
    assert.deepEqual(codes(doc('6 400'), false), ['sum-mismatch']);
    // A fronted clause that dates the split may speak of another year.
    assert.deepEqual(codes('Fin 2025, l’agence recensait 18 200 inscrits. En 2020, ils se répartissaient entre 2 900 jeunes, 10 100 adultes et 6 400 seniors.', false), []);
  });
  it('splits the one count of the sentence before a list whose items count the same things, or under a « Répartition » caption', () => {
    const same = (t: string) => `Avec ${t} passagers accueillis en 2023, l’aéroport retrouve son niveau. Le trafic se répartit entre :\n\n- la navette vers Orly : 186 000 passagers ;\n- les lignes européennes : 141 000 passagers ;\n- l’aviation d’affaires : 9 000 passagers.\n`;
    assert.deepEqual(codes(same('412 000')), ['sum-mismatch']);
    assert.deepEqual(codes(same('336 000')), []);
    const caption = (t: string) => `Le département a livré ${t} ordinateurs aux collèges. Répartition par établissement :\n\n- collège Jules-Ferry : 420 postes\n- collège du Val : 365 postes\n- collège Curie : 290 postes\n`;
    assert.deepEqual(codes(caption('1 480')), ['sum-mismatch']);
    assert.deepEqual(codes(caption('1 075')), []);
  });

  it('reads counts under « dont : » as some of the whole, never more than it', () => {
    const doc = (t: string) => `En cinq ans, ${t} ouvrages ont été traités, dont :\n\n- 6 seuils arasés ;\n- 5 passes à poissons ;\n- 4 rivières de contournement.\n`;
    assert.deepEqual(codes(doc('14')), ['sum-mismatch']);
    assert.deepEqual(codes(doc('15')), []);
    assert.deepEqual(codes(doc('22')), []);
  });

  it('takes the count of the paragraph before a lead-in opening on « Dans le détail », never a count per year', () => {
    const doc = (t: string) => `L’objectif : produire ${t} logements neufs sur la période, soit 450 par an.\n\nDans le détail, la production se répartirait de la manière suivante :\n\n- 810 logements sociaux, dont un tiers de PLAI ;\n- 540 logements en accession sociale ;\n- 1 150 logements en accession libre.\n`;
    assert.deepEqual(codes(doc('2 700')), ['sum-mismatch']);
    assert.deepEqual(codes(doc('2 500')), []);
  });

  it('reads an item naming the rest as closing a list of counts under a lead-in that only states the whole', () => {
    const doc = (t: string) => `Fin 2024, les ${t} enfants confiés étaient accueillis :\n- chez un assistant familial : 812 ;\n- en maison d’enfants : 486 ;\n- dans d’autres modes d’accueil : 38.\n`;
    assert.deepEqual(codes(doc('1 612')), ['sum-mismatch']);
    assert.deepEqual(codes(doc('1 336')), []);
  });
  it('does not read a count after a possessive in the whole’s complement (« de nos 9 collèges ») as a part', () => {
    const doc = (p: string) => `Sur les 4 860 collégiens de nos 9 collèges publics, 1 720 sont boursiers, soit ${p} des élèves.`;
    assert.deepEqual(codes(doc('41 %'), false), ['share-mismatch']);
    assert.deepEqual(codes(doc('35 %'), false), []);
  });
  it('takes the count right before « dont » as its whole, even with no noun of its own', () => {
    const doc = (n: string) => `Lancé en 2019 avec 200 vélos, le service en compte aujourd’hui 450, dont ${n} à assistance électrique.`;
    assert.deepEqual(codes(doc('300'), false), []);
    assert.deepEqual(codes(doc('500'), false), ['part-exceeds-total']);
  });
  it('reads no whole from a bare number before « dont » when no count names its things', () => {
    assert.deepEqual(codes('450, dont 300 sont neufs.', false), []);
    assert.deepEqual(codes('\ud800 dont 1 1 000 000,0 0.2 '), []);
  });
  it('reads a lead-in that states one count and ends on a colon as the whole of items that each open on a count', () => {
    const list = (n: string, lead = 'Le territoire compte') => `${lead} **${n} établissements** médico-sociaux :\n\n- 38 EHPAD, dont 14 publics ;\n- 12 résidences autonomie ;\n- 9 foyers d’accueil médicalisé ;\n- 11 instituts médico-éducatifs.\n`;
    assert.deepEqual(codes(list('70')), []);
    assert.deepEqual(flagged(list('78')), ['sum-mismatch 78']);
    // « notamment »: some of them only.
    assert.deepEqual(codes(list('78', 'Le territoire compte notamment')), []);
    // Bare numbers after each item’s own colon.
    const bare = (n: string) => `Fin 2023, l’agence recense **${n} demandeurs d’emploi** (catégories A, B et C) :\n\n- catégorie A : 5 920\n- catégorie B : 1 310\n- catégorie C : 1 460\n`;
    assert.deepEqual(codes(bare('8 690')), []);
    assert.deepEqual(flagged(bare('9 480')), ['sum-mismatch 9 480']);
    // Items whose count is not their first word are not read as the split.
    assert.deepEqual(codes('Le territoire compte **78 établissements** :\n\n- au nord, 38 EHPAD ;\n- au sud, 12 résidences.\n'), []);
  });
  it('reads items that open on a bare count, one of them detailed by a rate or a ceiling, as parts of the lead-in’s count', () => {
    const list = (n: string) => `Les ${n} jeunes accompagnés l’an dernier se répartissent ainsi :\n\n- 1 100 en contrat d’engagement, avec une allocation pouvant aller jusqu’à 528 € par mois ;\n- 520 en parcours d’accompagnement ;\n- 380 en apprentissage ;\n- 140 en service civique.\n`;
    assert.deepEqual(codes(list('2 140')), []);
    assert.deepEqual(flagged(list('2 400')), ['sum-mismatch 2 400']);
  });
  it('reads a share of a count stated before beside a change of it and a second coordinated part', () => {
    const text = (p: string) => `Le département comptait 14 860 foyers allocataires, un chiffre quasi stable (+0,4 %).\n\nL’orientation reste la priorité : 6 120 foyers sont orientés vers un parcours professionnel, soit ${p} des allocataires, et 5 230 vers un parcours social.`;
    assert.deepEqual(codes(text('41 %'), false), []);
    assert.deepEqual(flagged(text('47 %'), false), ['share-mismatch 47 %']);
  });
  it('reads « soit plus d’un logement sur trois » after a part that remains as a share of it, not of its complement', () => {
    const text = (n: string) => `Le quartier regroupe 3 450 logements. Selon le bailleur, ${n} d’entre eux sont vacants, soit plus d’un logement sur trois.`;
    assert.deepEqual(codes(text('1 240'), false), []);
    assert.deepEqual(flagged(text('880'), false), ['share-mismatch plus d’un logement sur trois']);
    // A rate of what is left is the complement’s share.
    assert.deepEqual(codes('La zone compte 64 hectares. Seuls 9 hectares restent disponibles, soit un taux de remplissage de 86 %.', false), []);
  });
  it('never reads a count « en » takes up at another time as a part of the count before', () => {
    assert.deepEqual(codes('En 2014, le club comptait 180 licenciés. Cette saison, il en compte 540.', false), []);
    assert.deepEqual(codes('En 2014, le club comptait 180 licenciés. En 2024, il en compte 540.', false), []);
    // The same year: « en » takes a part.
    assert.deepEqual(codes('En 2024, le département comptait 180 licenciés. Le club de la ville en compte à lui seul 540.', false), ['part-exceeds-total']);
  });
  it('ends a « dont » enumeration at « après » and a count, which compares with an earlier level', () => {
    assert.deepEqual(codes('La chambre a accompagné 74 reprises d’exploitation en 2024, dont 31 hors cadre familial, après 83 en 2023.', false), []);
    // A part beyond its whole before « après » is still one.
    assert.deepEqual(codes('La chambre a accompagné 74 reprises d’exploitation en 2024, dont 81 hors cadre familial, après 83 en 2023.', false), ['part-exceeds-total']);
  });
  it('reads « plusieurs catégories » as overlapping counts only when things are counted in several of them', () => {
    const text = (tail: string) => `Fin 2024, le laboratoire comptait 942 agents, qui se répartissaient en 388 chercheurs, 341 techniciens, 97 administratifs et 146 doctorants. ${tail}`;
    // 388 + 341 + 97 + 146 = 972.
    assert.deepEqual(codes(text('Les fichiers des services divergent sur plusieurs catégories.'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('Un même agent peut relever de plusieurs catégories.'), false), []);
  });
  it('closes the counts « Parmi elles » with a rest after a semicolon, whatever their verbs', () => {
    const text = (rest: string) => `Le service a instruit 2 450 demandes cette année. Parmi elles, 1 320 concernaient des familles et 610 visaient des personnes seules ; le reste, soit ${rest} demandes, portait sur des couples sans enfant.`;
    assert.deepEqual(codes(text('520'), false), []);
    assert.deepEqual(codes(text('720'), false), ['sum-mismatch']);
  });
  it('takes, of two counts before a lead-in « Ces attributions se répartissent … », the one its subject names', () => {
    const text = (last: string) => `En 2024, la commission a étudié 2 410 demandes et attribué 815 places en crèche. Ces attributions se répartissent selon le quartier :\n\n- centre : 302\n- nord : 221\n- sud : 187\n- est : ${last}\n`;
    assert.deepEqual(codes(text('105')), []);
    assert.deepEqual(codes(text('155')), ['sum-mismatch']);
  });
  it('splits the count picked, not the pool « parmi N », under « Ils se répartissent ainsi : »', () => {
    const text = (last: string) => `Le jury a retenu 34 projets parmi 91 dossiers déposés. Ils se répartissent ainsi :\n\n- 15 projets culturels ;\n- 12 projets sportifs ;\n- ${last} projets solidaires.\n`;
    assert.deepEqual(codes(text('7')), []);
    assert.deepEqual(codes(text('11')), ['sum-mismatch']);
  });
  it('reads a colon lead-in over items that give their count after their own colon', () => {
    const text = (last: string) => `En 2025, nos quatre antennes ont accueilli 12 600 usagers :\n\n- antenne du centre : 5 400 usagers ;\n- antenne nord : 3 900 usagers ;\n- antenne sud : 2 100 usagers ;\n- permanence mobile : ${last} usagers.\n`;
    assert.deepEqual(codes(text('1 200')), []);
    assert.deepEqual(codes(text('1 900')), ['sum-mismatch']);
  });
  it('reads « Sur ces demandes, … » as taking up the count before', () => {
    const text = (rest: string) => `Le service a reçu 960 demandes en 2024. Sur ces demandes, 410 ont abouti et 220 ont été classées. Le reste, soit ${rest} demandes, est encore à l’étude.`;
    assert.deepEqual(codes(text('330'), false), []);
    assert.deepEqual(flagged(text('370'), false), ['sum-mismatch 960']);
  });
  it('never totals a yearly series against a total over more years than it lists', () => {
    const text = (t: string, span: string) => `Les contrats signés : 41 en 2020, 47 en 2021, 39 en 2022 et 44 en 2023, soit ${t} contrats au total sur ${span}.`;
    assert.deepEqual(codes(text('221', 'cinq ans')), []);
    assert.deepEqual(codes(text('171', 'quatre ans')), []);
    assert.deepEqual(codes(text('181', 'quatre ans')), ['sum-mismatch']);
  });
  it('never takes a count of occasions (« lors de six séances ») as a share\'s part', () => {
    assert.deepEqual(codes('Sur les 1 800 usagers interrogés lors de cinq permanences, 52 % viennent en bus, 30 % en voiture et 18 % à pied.'), []);
    assert.deepEqual(codes('Sur les 1 800 usagers interrogés lors de cinq permanences, 52 % viennent en bus, 38 % en voiture et 18 % à pied.'), ['percent-sum']);
  });

  it('ends a « dont » apposition where an auxiliary resumes the main clause', () => {
    assert.deepEqual(codes('Porté par les 38 comités du territoire, dont 9 en zone de montagne, le programme a permis à 240 jeunes de se former en 2022, 265 en 2023 et 281 en 2024, soit 786 au total.'), []);
    assert.deepEqual(codes('L’opération, menée par les 38 comités, dont 9 en montagne, a formé 240 jeunes en 2022, 265 en 2023 et 281 en 2024.'), []);
    assert.deepEqual(codes('Le territoire compte 38 comités, dont 9 en montagne, 20 en plaine et 12 sur le littoral.'), ['sum-mismatch']);
  });

  it('gives a share set apart between dashes right after a count to that count, not to the next clause\'s', () => {
    assert.deepEqual(codes('Le club compte 1 600 licenciés. Parmi les 400 nouveaux licenciés – un quart de l’effectif –, 230 sont des femmes.'), []);
  });
  it('closes « Parmi eux » parts with « le reste, soit N » whatever noun names the rest', () => {
    const text = (n: string) => `Fin mars, 1 800 jeunes étaient suivis par la mission locale. Parmi eux, 920 étaient en formation, 510 en emploi, et le reste, soit ${n} personnes, restait sans solution.`;
    assert.deepEqual(codes(text('370')), []);
    assert.deepEqual(codes(text('470')), ['sum-mismatch']);
  });
  it('reads « N % des X : A sur un total de B » as the share of A in B', () => {
    const text = (n: string) => `Les bénévoles de moins de 30 ans représentent désormais ${n} des effectifs de l’association : 640 jeunes sur un total de 2 560.`;
    assert.deepEqual(codes(text('25 %')), []);
    assert.deepEqual(codes(text('32 %')), ['share-mismatch']);
  });
  it('ends a « dont » enumeration at « , et » followed by a count of another noun', () => {
    assert.deepEqual(codes('Neuf musées étaient ouverts, dont trois pour la première fois, et 60 guides ont accueilli le public.'), []);
  });
  it('never carries a share across « mais » to the counts of the next clause', () => {
    assert.deepEqual(codes('Les piétons ne représentent que 8 % des déplacements mais 11 des 38 tués, soit 29 % de la mortalité.'), []);
  });
  it('reads the count right after « Sur les N X, » as a part of N that cannot exceed it', () => {
    assert.deepEqual(codes('Sur les 640 adhérents, 710 ont participé à au moins une sortie.'), ['part-exceeds-total']);
    assert.deepEqual(codes('Sur les 640 adhérents, 410 ont participé à au moins une sortie et 380 à une formation.'), []);
    // A count of another noun is no part.
    assert.deepEqual(codes('Sur les 640 adhérents, 910 sorties ont été organisées.'), []);
  });
  it('never takes as the whole of « dont N » a count before another noun phrase joined by « et »', () => {
    assert.deepEqual(codes("Ces recettes ont permis l'achat de trois vitrines anciennes et la restauration d'une partie du fonds photographique, dont 420 négatifs ont été numérisés.", false), []);
    assert.deepEqual(codes("Le musée a numérisé 380 négatifs, dont 420 sur plaque de verre.", false), ['part-exceeds-total']);
  });
  it('counts list items of articles only (« - une orthophoniste et une diététicienne ») one per article', () => {
    const doc = (n: string) => `Le pôle de santé réunit ${n} professionnels :\n\n- trois médecins ;\n- quatre infirmiers ;\n- un podologue ;\n- une sage-femme et une diététicienne.\n`;
    assert.deepEqual(codes(doc('10')), []);
    assert.deepEqual(flagged(doc('12')), ['sum-mismatch 12']);
  });
  it('takes the sum after « soit » of a series of counts as what « Parmi eux » takes up', () => {
    const text = (n: string) => `La caisse a délivré 9 120 chèques en 2022, 10 450 en 2023 et 11 630 en 2024, soit 31 200 sur les trois années. Parmi eux, ${n}, soit environ un tiers, sont allés à des familles monoparentales.`;
    assert.deepEqual(codes(text('10 300'), false), []);
    assert.deepEqual(codes(text('7 300'), false), ['share-mismatch']);
  });
  it('reads « financés par » after a count as who paid, no split of it', () => {
    const text = (t: string) => `Le service a instruit 17 dossiers financés par le fonds Barnier en 2021, 25 en 2022, 11 en 2023 et 29 en 2024, soit ${t} dossiers au total sur quatre ans, dont 15 en zone littorale.`;
    assert.deepEqual(codes(text('82'), false), []);
    assert.deepEqual(codes(text('92'), false), ['sum-mismatch']);
  });
  it('reads a percentage a participle sets (« seuil fixé à 40 % ») as a threshold, no share of the count', () => {
    const text = (p: string) => `Le service a suivi 2 400 ménages en 2023. Parmi eux, 720 vivaient sous le seuil de pauvreté (fixé à 60 % du revenu médian), soit ${p} des ménages suivis.`;
    assert.deepEqual(codes(text('30 %'), false), []);
    assert.deepEqual(codes(text('36 %'), false), ['share-mismatch']);
  });
  it('ends the parts after « dont » at « , et » and a verb, and never counts « 24 heures sur 24 » as a part', () => {
    assert.deepEqual(codes('La caserne compte 16 pompiers, dont 5 sous-officiers, et assure une garde 24 heures sur 24.', false), []);
    assert.deepEqual(codes('La brigade compte 12 gendarmes, dont 3 gradés, et patrouille 7 jours sur 7.', false), []);
  });
  it('reads a fraction opening its own clause after « et » as other members of the whole, not the count before it', () => {
    const doc = (link: string) => `Parmi les 840 campeurs de l'été, 310 ont obtenu une bourse de la commune${link} près de la moitié d'une aide de la CAF.`;
    assert.deepEqual(codes(doc(', et'), false), []);
    // Restated by « soit », the fraction is the count's share, and 310 of 840 is far from half.
    assert.deepEqual(codes(doc(', soit'), false), ['share-mismatch']);
    const across = (link: string) => `Les stages de voile ont accueilli 760 enfants.\n\nParmi ces enfants, 290 venaient des quartiers prioritaires${link} un tiers d'une commune rurale.`;
    assert.deepEqual(codes(across(', et'), false), []);
    assert.deepEqual(codes(across(', soit'), false), ['share-mismatch']);
  });
  it('takes « d’entre eux » up from things the sentence names before it when they are not the counted things before', () => {
    const doc = (noun: string) => `Les mairies complètent l'accueil avec 380 stagiaires.\n\nLe profil des ${noun} évolue : 1 140 d'entre eux ont moins de vingt ans.`;
    assert.deepEqual(codes(doc('bénévoles'), false), []);
    assert.deepEqual(codes(doc('stagiaires'), false), ['part-exceeds-total']);
    // (« les très petites entreprises »: an adverb and an adjective before the noun.)
    assert.deepEqual(codes("La plateforme a accompagné 1 900 entreprises. Les très petites entreprises en forment l'essentiel : 2 240 d'entre elles ont demandé un prêt.", false), ['part-exceeds-total']);
  });
  it('closes the counts of the sentences before a « Le reste, soit N » when a part takes its count from the whole with « en »', () => {
    const doc = (w: string) => `Le réseau emploie ${w} salariés. La métropole en accueille la plus grande part, avec 3 120 postes. Le reste, soit 880 postes, se trouve dans les communes rurales.`;
    assert.deepEqual(codes(doc('4 000'), false), []);
    assert.deepEqual(flagged(doc('4 400'), false), ['sum-mismatch 4 400']);
    // The whole may close the paragraph before; without « en », counts of successive sentences are no parts of one.
    const before = (w: string) => `Au total, ${w} dossiers ont été déposés l'an dernier.\n\nLes aides aux travaux restent majoritaires, avec 2 610 dossiers. Les audits en ont représenté 1 150. Le reste, soit 240 dossiers, concerne les copropriétés.`;
    assert.deepEqual(codes(before('4 000'), false), []);
    assert.deepEqual(codes(before('4 300'), false), ['sum-mismatch']);
    assert.deepEqual(codes("Les ateliers du soir accueillent 1 900 élèves. Les stages d'été comptent 1 200 élèves. Le reste, soit 300 élèves, suit des cours à distance.", false), []);
  });

  it('reads no count of the clause before a semicolon as the part of a share after it', () => {
    const text = 'Les personnels administratifs sont 219, dont 64 affectés au service technique.\n\nCes effectifs sont répartis entre quatre circonscriptions ; celle du chef-lieu concentre à elle seule 61 % des agents.';
    assert.deepEqual(codes(text, false), []);
    // A share in the clause of its counts is still read.
    assert.deepEqual(flagged('Sur les 219 agents, 64 sont affectés au service technique, soit 39 %.', false), ['share-mismatch 39 %']);
  });

  it('reads a bare count opening the clause after a semicolon, then « soit N % de l’effectif », as a part of the count before', () => {
    const text = (p: string) => `Dans l’académie, 14 860 élèves suivent la spécialité mathématiques ; 6 390 sont des filles, soit ${p} de l’effectif.`;
    assert.deepEqual(codes(text('43 %'), false), []);
    assert.deepEqual(flagged(text('38 %'), false), ['share-mismatch 38 %']);
    // A share of another whole is not of that count.
    assert.deepEqual(codes('Dans l’académie, 14 860 élèves suivent la spécialité ; 6 390 sont des filles, soit 38 % des lycéennes de terminale.', false), []);
  });

  it('reaches the first count of a funnel past a long clause when the share names its noun (« soit N % des élèves formés »)', () => {
    const text = (p: string) => `Cette année, 1 380 élèves de CM1 et de CM2 ont suivi les trois blocs de la formation, et 874 ont obtenu l’attestation finale, soit ${p} des élèves formés.`;
    assert.deepEqual(codes(text('63 %'), false), []);
    assert.deepEqual(flagged(text('72 %'), false), ['share-mismatch 72 %']);
    // Without the noun, a long clause between keeps the counts apart.
    assert.deepEqual(codes('Cette année, 1 380 élèves de CM1 et de CM2 ont suivi les trois blocs de la formation, et 874 ont obtenu l’attestation finale, soit 72 %.', false), []);
  });

  it('widens a hedged count (« Près de 2 400 entreprises : 1 530 … et 812 … ») as a hedged amount is', () => {
    const text = (n: string) => `${n} entreprises ont été aidées depuis 2015 : 1 530 PME et 812 entreprises de taille intermédiaire.`;
    assert.deepEqual(codes(text('Près de 2 400'), false), []);
    assert.deepEqual(codes(text('Environ 2 400'), false), []);
    assert.deepEqual(flagged(text('Au total, 2 400'), false), ['sum-mismatch 2 400']);
    assert.deepEqual(flagged(text('Près de 2 900'), false), ['sum-mismatch 2 900']);
  });

  it('reads no fraction in « pays tiers » when the count before is the whole of a later share', () => {
    const text = (p: string) => `En 2023, 323 260 premiers titres de séjour ont été délivrés à des ressortissants de pays tiers.\n\nLe premier motif est les études : 103 500 titres ont été accordés à des étudiants, soit ${p} du total.`;
    assert.deepEqual(codes(text('32 %'), false), []);
    assert.deepEqual(flagged(text('36 %'), false), ['share-mismatch 36 %']);
  });

  it('reads a count share past an amount that sets a threshold (« une pension inférieure à 1 000 euros, soit N % de l’ensemble »)', () => {
    const text = (p: string) => `Fin 2022, la France comptait 17 millions de retraités. Selon la même source, 4,9 millions de retraités perçoivent une pension inférieure à 1 000 euros, soit ${p} de l’ensemble.`;
    assert.deepEqual(codes(text('29 %'), false), []);
    assert.deepEqual(flagged(text('38 %'), false), ['share-mismatch 38 %']);
  });

  it('reads « soit N % de ce gisement » as a share of the one quantity of that noun said just before', () => {
    const text = (p: string) => `En 2023, les communes ont produit 61 840 tonnes de déchets. Les emballages représentent 11 130 tonnes, soit ${p} de ce gisement.`;
    assert.deepEqual(codes(text('18 %'), false), []);
    assert.deepEqual(flagged(text('21 %'), false), ['share-mismatch 21 %']);
  });

  it('totals counts given day by day (« 6 800 le samedi ») and counted as entries (« Au total, N entrées »)', () => {
    const doc = (t: string) => `Trois mille neuf cents spectateurs se sont pressés le vendredi, 6 200 le samedi et 4 700 le dimanche. Au total, ${t} entrées ont été comptabilisées sur les trois jours.`;
    assert.deepEqual(codes(doc('14 800'), false), []);
    assert.deepEqual(codes(doc('16 300'), false), ['sum-mismatch']);
  });
  it('takes up a count past a sentence that states none (« … N emplois … » · « Le chiffre figure dans la note. » · « ces créations se répartissent … »)', () => {
    const doc = (t: string) => `« Nous avons créé ${t} emplois l'an dernier », a déclaré la ministre. Le chiffre figure bien dans la note de conjoncture. Selon ce document, ces créations se répartissent entre le commerce (120 000), les services (95 000) et l'industrie (35 000).`;
    assert.deepEqual(codes(doc('250 000'), false), []);
    assert.deepEqual(codes(doc('290 000'), false), ['sum-mismatch']);
  });

  it('reads counts joined by « et » after « Sur les N X, A … » and a rest the next sentence gives as all of the whole', () => {
    const doc = (r: string) => `Sur les 1 800 familles concernées, 950 ont été relogées dans le quartier et 520 dans une autre commune. Le reste, soit ${r} familles, attend une proposition.`;
    assert.deepEqual(codes(doc('330'), false), []);
    assert.deepEqual(codes(doc('410'), false), ['sum-mismatch']);
    // With no rest, the parts are some of the whole.
    assert.deepEqual(codes('Sur les 1 800 familles concernées, 950 ont été relogées dans le quartier et 520 dans une autre commune.', false), []);
    // The whole's noun phrase may run on to its comma.
    assert.deepEqual(codes(`Sur les 1 800 familles concernées par les démolitions du programme dans l'agglomération, 950 ont été relogées dans le quartier et 520 dans une autre commune. Le reste, soit 410 familles, attend une proposition.`, false), ['sum-mismatch']);
  });

  it('closes with a rest the bare counts several clauses give their subjects, after the whole', () => {
    const text = (rest: string) => `La régie compte 250 agents. Les techniciens de terrain sont au nombre de 130 ; les agents d’accueil sont 45. Le reste, soit ${rest} personnes, est affecté à la direction.`;
    assert.deepEqual(codes(text('75')), []);
    assert.deepEqual(codes(text('95')), ['sum-mismatch']);
    // (Items of a list that each count, closed by « autres », are a list's: read there, not as a chain of sentences.)
    assert.deepEqual(codes('Recensement des sinistres :\n\n- Aubeterre : 40 exploitations\n- Mareuil : 18\n- Vaux : 12\n- autres communes : 10\n'), []);
  });

  it('leaves to the measures a quantity right before « dont », which no earlier count stands for', () => {
    assert.deepEqual(codes('La dotation attribuée aux 64 écoles du secteur s’établit à 98 400 heures, dont 81 200 heures-postes et 17 200 heures supplémentaires.'), []);
    // (A span of time before « dont » is no whole: « dont » takes up the count the clause opened on.)
    assert.deepEqual(codes('En 2024, 180 stagiaires ont trouvé un emploi dans les six mois, dont 195 en contrat durable.'), ['part-exceeds-total']);
  });

  it('totals a series of counts by year « sur la période » with no noun of its own', () => {
    const text = (t: string) => `Le réseau a accueilli 12 400 stagiaires en 2022, 13 100 en 2023 et 14 500 en 2024, soit ${t} sur la période.`;
    assert.deepEqual(codes(text('40 000')), []);
    assert.deepEqual(codes(text('43 000')), ['sum-mismatch']);
  });

  it('reads « N %, soit X des Y » as a share of counts restated after it', () => {
    assert.deepEqual(codes('Le taux de réponse atteint 62 %, soit 3 100 des 5 000 allocataires interrogés.'), []);
    assert.deepEqual(codes('Le taux de réponse atteint 70 %, soit 3 100 des 5 000 allocataires interrogés.'), ['share-mismatch']);
  });

  it('takes up the count of a sentence that also names a rate', () => {
    const text = (p: string) => `Le centre hébergeait 520 détenus, soit un taux d’occupation de 160 %. Parmi ces détenus, ${p} sont des prévenus.`;
    assert.deepEqual(codes(text('310')), []);
    assert.deepEqual(codes(text('560')), ['part-exceeds-total']);
  });

  it('reads a long opening « Sur les N X … , » and items whose labels name the total line’s noun', () => {
    const text = (r: string) => `Sur les 900 agents des services centraux et des antennes départementales concernés par la réorganisation des missions, 420 ont rejoint les plateformes et 310 les équipes de contrôle. Le reste, soit ${r} agents, demeure à l’accueil.`;
    assert.deepEqual(codes(text('170')), []);
    assert.deepEqual(codes(text('230')), ['sum-mismatch']);
    const list = (t: string) => `Objectifs de la période 2026-2028 :\n\n1. logements financés en PLAI : 40\n2. logements financés en PLUS : 75\n3. logements financés en PLS : 25\n\nTotal : ${t} logements sociaux\n`;
    assert.deepEqual(codes(list('140')), []);
    assert.deepEqual(codes(list('160')), ['sum-mismatch']);
  });

  it('reads « Au total, les trois X ont reçu N … » as the total of the counts before, and a range as no parts', () => {
    const text = (t: string) => `La médiathèque du centre a reçu 42 000 lecteurs, celle du port 18 000 et celle des Hauts 11 000. Au total, les trois médiathèques ont reçu ${t} lecteurs.`;
    assert.deepEqual(codes(text('71 000')), []);
    assert.deepEqual(codes(text('78 000')), ['sum-mismatch']);
    assert.deepEqual(codes('Entre 200 et 250 personnes dormiraient dehors, et environ 900 sont hébergées. Au total, ce sont donc près de 1 100 personnes sans domicile.'), []);
  });
});
