// Wholes and their parts in prose, found from the sentence's structure and
// the cue lexicon: before, with or after the parts, in one sentence or across.

import { strict as assert } from 'assert';
import { codes, flagged, kinds } from './helpers';
import { analyze } from '../../../../server/src/core/analysis';

describe('relations: wholes and parts', () => {
  it('reads a whole named as the subject of a spending verb, and flags parts beyond it', () => {
    assert.deepEqual(flagged('Le fonds de 3 Md€ finance 1,6 Md€ de prêts, 1,1 Md€ de garanties et 0,6 Md€ de fonds propres.'), ['sum-mismatch 3 Md€']);
    assert.deepEqual(codes('Le fonds de 3 Md€ finance 1,6 Md€ de prêts, 0,8 Md€ de garanties et 0,6 Md€ de fonds propres.'), []);
    // A spending verb without a named whole relates nothing.
    assert.deepEqual(codes('La région, qui a reçu 12 M€ en 2023, finance 8 M€ de travaux et 6 M€ d’études.'), []);
  });

  it('reads a single significant digit as precise to two', () => {
    assert.deepEqual(codes('Une enveloppe de 2 milliards d’euros : 900 millions pour les routes, 700 millions pour le rail et 550 millions pour les ports.'), ['sum-mismatch']);
    assert.deepEqual(codes('Le plan de 1,8 Md€ se répartit ainsi : 667 M€ pour l’État, 444 M€ pour l’Europe et 680 M€ pour le privé.'), []);
  });

  it('takes a total stated after the parts, in the sentence or the next one', () => {
    assert.deepEqual(codes('L’agence apporte 120 M€, la banque publique 85 M€ et les régions 40 M€. Au total, 265 M€ seront mobilisés.'), ['sum-mismatch']);
    assert.deepEqual(codes('L’agence apporte 120 M€, la banque publique 85 M€ et les régions 40 M€. Au total, 245 M€ seront mobilisés.'), []);
    assert.deepEqual(codes('Les travaux du collège (12,4 M€), de la piscine (6,8 M€) et du stade (4,1 M€) représentent un montant global de 21,3 M€.'), ['sum-mismatch']);
    assert.deepEqual(codes('Le marché initial, conclu pour 12 M€, a reçu un avenant de 1,2 M€, portant son montant à 14,2 M€.'), ['sum-mismatch']);
  });

  it('reads a series of periods closed by « soit T pour l’année » as a sum', () => {
    assert.deepEqual(codes('Les paiements ont atteint 4,1 M€ en janvier, 3,6 M€ en février et 5,2 M€ en mars, soit 14 M€ pour le trimestre.'), []);
    assert.deepEqual(codes('La régie a encaissé 2,5 M€ au premier semestre et 3,1 M€ au second, soit 6,2 M€ pour l’année.'), ['sum-mismatch']);
    assert.deepEqual(codes('La régie a encaissé 2,5 M€ au premier semestre et 3,1 M€ au second, soit 5,6 M€ pour l’exercice.'), []);
  });

  it('lets « contre » stop the parts only when it compares with a figure', () => {
    assert.deepEqual(codes('L’enveloppe de 40 M€ se répartit ainsi : 15 M€ pour la lutte contre l’habitat indigne, 12 M€ pour la rénovation et 10 M€ pour l’accueil.'), ['sum-mismatch']);
    assert.deepEqual(codes('L’enveloppe de 37 M€ se répartit ainsi : 15 M€ pour la lutte contre l’habitat indigne, 12 M€ pour la rénovation et 10 M€ pour l’accueil.'), []);
    // « contre 11 M€ » compares: what follows is no part.
    assert.deepEqual(codes('L’enveloppe de 37 M€ se répartit ainsi : 15 M€ pour le logement contre 11 M€ en 2023, 12 M€ pour la rénovation et 10 M€ pour l’accueil.'), []);
  });

  it('takes parts across sentences when the whole is named first', () => {
    assert.deepEqual(codes('Le conseil a voté 21 M€ pour les routes. Sur cette enveloppe, 14,5 M€ financeront l’entretien. Le reste, soit 7,5 M€, ira aux ouvrages d’art.'), ['sum-mismatch']);
    assert.deepEqual(codes('Le conseil a voté 21 M€ pour les routes. Sur cette enveloppe, 14,5 M€ financeront l’entretien. Le reste, soit 6,5 M€, ira aux ouvrages d’art.'), []);
    assert.deepEqual(codes('La loi consacre 413 milliards d’euros aux armées. Les équipements en absorbent 268 milliards, la masse salariale 110 milliards et la dissuasion 49 milliards.'), ['sum-mismatch']);
  });

  it('decides complete or partial from the text, never by default', () => {
    // A plain colon without « et » closing the list and « notamment » leave the list open: only an excess counts.
    assert.deepEqual(codes('Le programme est doté de 3,3 milliards d’euros, dont 2,3 milliards pour les bourses et 410 millions pour le logement.'), []);
    assert.deepEqual(codes('Le volet de 900 M€ comprend notamment 400 M€ pour A et 300 M€ pour B.'), []);
    assert.deepEqual(codes('Le fonds de 1,5 Md€ se répartit entre 600 M€ pour la chaleur, 450 M€ pour les mobilités et 250 M€ pour le recyclage.'), ['sum-mismatch']);
  });

  it('stays silent on another basis: per year, each, HT beside TTC, budget stages', () => {
    assert.deepEqual(codes('Le marché est conclu pour 2,5 M€ HT, soit 3 M€ TTC.'), []);
    assert.deepEqual(codes('Douze territoires recevront chacun 1,5 M€ sur l’enveloppe de 20 M€.'), []);
    assert.deepEqual(codes('Sur les 240 M€ ouverts, 198 M€ ont été engagés et 142 M€ payés.'), []);
    assert.deepEqual(codes('Sur les 240 M€ ouverts, 198 M€ ont été engagés et 211 M€ payés.'), ['part-exceeds-total']);
  });

  it('checks the price with tax against the price without it and the tax', () => {
    assert.deepEqual(codes('Total HT : 1 250 000 € ; TVA (20 %) : 250 000 € ; Total TTC : 1 650 000 €.'), ['sum-mismatch']);
    assert.deepEqual(codes('Total HT : 1 250 000 € ; TVA (20 %) : 250 000 € ; Total TTC : 1 500 000 €.'), []);
  });

  it('records consistent relations as checks too', () => {
    assert.ok(kinds('L’État apporte 667 M€, l’Europe 444 M€ et le privé 680 M€, soit 1,8 Md€ au total.').includes('sum=ok'));
  });

  it('takes the recipients named right after a whole as its parts, and reports only their excess', () => {
    // 14 + 9,5 + 6 = 29,5 M€ out of 27 M€.
    assert.deepEqual(flagged('Le département investit 27 M€ dans ses collèges en 2026. Le collège Jean-Moulin recevra 14 M€, le collège des Tilleuls 9,5 M€ et le collège du Port 6 M€.'), ['sum-mismatch 27 M€']);
    assert.deepEqual(codes('L’agglomération consacre 5,2 M€ à la culture. La médiathèque obtient 2,1 M€ et le conservatoire 1,6 M€. Enfin, 2 M€ iront aux festivals.'), ['sum-mismatch']);
    // Fewer than the whole: some recipients may be left out.
    assert.deepEqual(codes('Le département investit 27 M€ dans ses collèges en 2026. Le collège Jean-Moulin recevra 14 M€ et le collège des Tilleuls 9,5 M€.'), []);
  });

  it('does not take co-funders, another year or a rate for recipients of the whole', () => {
    // Funders may come on top of the first one's amount.
    assert.deepEqual(codes('La commune investit 3 M€ dans la piscine. La région apporte 2 M€ et l’État 1,5 M€.'), []);
    assert.deepEqual(codes('Le département investit 27 M€ dans ses collèges en 2026. En 2025, le collège Jean-Moulin avait reçu 14 M€, le collège des Tilleuls 9,5 M€ et le collège du Port 6 M€.'), []);
    assert.deepEqual(codes('L’aide atteint 12 000 € par exploitation. Les éleveurs bovins recevront 16 M€ et les maraîchers 9 M€.'), []);
  });

  it('reads « en » as « of it »: one part beyond the whole of the sentence before is an error', () => {
    assert.deepEqual(flagged('Le budget du musée, 4,2 millions d’euros, est voté chaque année. Les expositions en absorbent 4,6 millions à elles seules.'), ['part-exceeds-total 4,6 millions']);
    assert.deepEqual(codes('Le budget du musée, 4,2 millions d’euros, est voté chaque année. Les expositions en absorbent 1,6 million à elles seules.'), []);
    // A ceiling per unit, then a total: no part.
    assert.deepEqual(codes('La prime peut atteindre 9 000 € par foyer. En 2025, 3 100 foyers en ont bénéficié pour un montant total de 21 M€.'), []);
  });

  it('closes parts given by « en absorbe » with « Le solde, N » in the next sentence', () => {
    assert.deepEqual(codes('La cour dispose de 7,8 M€. Le palais en absorbe 4,6 M€ et les tribunaux 1,9 M€. Le solde, 2,1 M€, ira aux portiques.'), ['sum-mismatch']);
    assert.deepEqual(codes('La cour dispose de 7,8 M€. Le palais en absorbe 4,6 M€ et les tribunaux 1,9 M€. Le solde, 1,3 M€, ira aux portiques.'), []);
  });

  it('reads « N million de cette subvention » as a part of the amount just given, in its currency', () => {
    assert.deepEqual(codes('Le syndicat a reçu 860 000 euros de l’Ademe. L’achat des trieurs a absorbé 1,02 million de cette subvention.'), ['part-exceeds-total']);
    assert.deepEqual(codes('Le syndicat a reçu 860 000 euros de l’Ademe. L’achat des trieurs a absorbé 0,52 million de cette subvention.'), []);
  });

  it('takes the whole on the basis its parts name (HT beside TTC), and a series summed « sur les trois exercices »', () => {
    assert.deepEqual(codes('Le coût est évalué à 4,2 M€ HT, soit 5,04 M€ TTC. Il se répartit en 2,6 M€ de travaux, 0,9 M€ d’équipements et 0,2 M€ d’études, tous montants hors taxes.'), ['sum-mismatch']);
    assert.deepEqual(codes('Le coût est évalué à 4,2 M€ HT, soit 5,04 M€ TTC. Il se répartit en 2,6 M€ de travaux, 1,4 M€ d’équipements et 0,2 M€ d’études, tous montants hors taxes.'), []);
    assert.deepEqual(codes('Le syndicat a investi 7,4 M€ en 2022, 8,9 M€ en 2023 et 10,2 M€ en 2024, soit 29,5 M€ sur les trois exercices.'), ['sum-mismatch']);
    assert.deepEqual(codes('Le syndicat a investi 7,4 M€ en 2022, 8,9 M€ en 2023 et 10,2 M€ en 2024, soit 26,5 M€ sur les trois exercices.'), []);
  });

  it('adds up a year series against the total over the same span of years, stated after or in the sentence before', () => {
    const after = (t: string, span = 'entre 2021 et 2024') => `Les versements ont atteint 9,5 M€ en 2021, 11 M€ en 2022, 12,5 M€ en 2023 et 10 M€ en 2024, soit ${t} ${span}.`;
    assert.deepEqual(codes(after('48 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(after('43 M€')), []);
    assert.deepEqual(codes(after('48 M€', 'de 2021 à 2024')), ['sum-mismatch']);
    const before = (t: string, years = '9,5 millions en 2021, 11 millions en 2022, 12,5 millions en 2023 et 10 millions en 2024') =>
      `Au total, ${t} ont été versés par le fonds entre 2021 et 2024. Les versements se sont établis à ${years}.`;
    assert.deepEqual(codes(before('48 millions d’euros')), ['sum-mismatch']);
    assert.deepEqual(codes(before('43 millions d’euros')), []);
    assert.deepEqual(codes(`Sur la période 2021-2024, 48 M€ ont été versés. Les versements ont atteint 9,5 M€ en 2021, 11 M€ en 2022, 12,5 M€ en 2023 et 10 M€ en 2024.`), ['sum-mismatch']);
    // Not every year of the span: the series may be partial.
    assert.deepEqual(codes(before('48 millions d’euros', '9,5 millions en 2021, 11 millions en 2022 et 12,5 millions en 2023')), []);
  });

  it('takes the whole before a sentence that names its amount a part, and that part among the recipients', () => {
    const text = (whole: string) => `Le département adopte un plan vélo doté de ${whole} sur trois exercices. La plus grosse part ira aux pistes cyclables, avec 6,1 M€. Le stationnement recevra 3,4 M€, les aides à l’achat 2,2 M€, et la signalétique 1,3 M€.`;
    // Recipients named after a whole: only an excess is certain.
    assert.deepEqual(flagged(text('12 M€')), ['sum-mismatch 12 M€']);
    assert.deepEqual(codes(text('14,2 M€')), []);
    assert.deepEqual(codes(text('13 M€')), []);
  });

  it('sums the paragraph before for a paragraph that opens on its total (« Au total, … »)', () => {
    const parts = 'La façade est chiffrée à 820 000 € HT. Les menuiseries coûteront 240 000 € HT et la chaufferie 410 000 € HT.';
    assert.deepEqual(codes(`${parts}\n\nAu total, l’opération atteint 1 310 000 € HT.`), ['sum-mismatch']);
    assert.deepEqual(codes(`${parts}\n\nAu total, l’opération atteint 1 470 000 € HT.`), []);
    // A total that does not open its paragraph sums nothing across the break.
    assert.deepEqual(codes(`${parts}\n\nLe maire rappelle que le projet, au total de 1 310 000 € HT, est prioritaire.`), []);
  });

  it('completes a « dont » list with the part after a semicolon that closes it (« complète ce bilan »)', () => {
    const text = (total: string) => `Le contrat de plan mobilise ${total}, dont 14 M€ pour les routes, 9 M€ pour le rail et 6 M€ pour les ports ; l’aérien, avec 3 M€, complète le tableau.`;
    assert.deepEqual(codes(text('36 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('32 M€')), []);
    // Without words that close it, « dont » stays partial.
    assert.deepEqual(codes('Le contrat de plan mobilise 36 M€, dont 14 M€ pour les routes, 9 M€ pour le rail et 6 M€ pour les ports ; l’aérien reçoit 3 M€.'), []);
  });

  it('sums a series dated year by year into the total of the next sentence over as many years', () => {
    const text = (total: string, span = 'En trois ans') => `En 2022, le département a versé 4,1 M€ aux clubs ; il leur a versé 4,6 M€ en 2023 et 5,2 M€ en 2024. ${span}, ce sont donc ${total} qui ont soutenu le sport amateur.`;
    assert.deepEqual(codes(text('14,9 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('13,9 M€')), []);
    assert.deepEqual(codes(text('14,9 M€', 'De 2022 à 2024')), ['sum-mismatch']);
    // Another span: the total covers years the series does not give.
    assert.deepEqual(codes(text('21,5 M€', 'En cinq ans')), []);
  });

  it('takes « Dans le détail, … » as the parts of the whole stated just before, across a paragraph break', () => {
    const text = (a: string) => `La collecte de l’édition 2025 atteint 860 000 €.\n\nDans le détail, les communes ont réuni 310 000 €, les clubs ${a} et les écoles 260 000 €.`;
    assert.deepEqual(codes(text('340 000 €')), ['sum-mismatch']);
    assert.deepEqual(codes(text('290 000 €')), []);
  });

  it('reads « Sur nos N € » as a whole, and « les N € restants » as its closing part', () => {
    const text = (a: string) => `« Sur nos 6,5 millions d’euros d’investissement, 2,9 millions iront aux écoles, 1,6 million aux routes et les ${a} restants au sport », affirme le maire.`;
    assert.deepEqual(codes(text('1,5 million')), ['sum-mismatch']);
    assert.deepEqual(codes(text('2 millions')), []);
  });

  it('sums a financing plan closed by its rest against the one amount of the section heading', () => {
    const text = (h: string) => `# Le gymnase des Tilleuls coûtera ${h}\n\nLe conseil a voté jeudi. Le plan de financement a été détaillé par le maire : 700 000 € apportés par l’État, 450 000 € par la Région et 300 000 € par le Département. Le reste, soit 550 000 €, sera emprunté.\n`;
    assert.deepEqual(codes(text('1,8 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('2 M€')), []);
    // Without a rest that closes them, the parts may be a few of many: no sum.
    assert.deepEqual(codes('# Le gymnase coûtera 1,8 M€\n\nLe plan de financement : 700 000 € de l’État, 450 000 € de la Région et 300 000 € du Département.\n'), []);
  });
  it('reads « A, apportés par X (a), Y (b) et Z (c) » as A split by source, and « a apportés par X, b par Y » as parts alone', () => {
    const text = (t: string) => `Le réseau des maisons de santé a reçu ${t}, apportés par l’agence (3,2 M€), la région (2,1 M€) et les communes (0,9 M€).`;
    assert.deepEqual(codes(text('6,8 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('6,2 M€')), []);
    // Each amount with its own source: no whole among them.
    assert.deepEqual(codes('Le plan de financement prévoit 800 000 € apportés par l’État, 500 000 € par la région et 300 000 € par le département.'), []);
  });
  it('adds up « Au total, ces trois opérateurs … T » over the last three sentences of one amount each, paragraphs apart', () => {
    const text = (t: string) => `L’Ifremer reçoit une subvention de 210 M€.\n\nLe BRGM dispose de 95 M€. Ses équipes sont réparties sur douze sites.\n\nL’IGN bénéficie pour sa part de 105 M€.\n\nAu total, ces trois opérateurs concentrent ${t} de crédits.`;
    assert.deepEqual(codes(text('450 M€')), ['sum-mismatch']);
    assert.deepEqual(codes(text('410 M€')), []);
    // What « contre » compares with is another year's amount, no part.
    assert.deepEqual(codes('L’Ifremer reçoit 210 M€. Le BRGM dispose de 95 M€, contre 90 M€ en 2024. L’IGN reçoit 105 M€. Au total, ces trois opérateurs concentrent 410 M€.'), []);
  });
  it('reads an enumeration whose last item has no figure (« et par l’autofinancement ») as partial', () => {
    const text = (t: string) => `Le programme de ${t} sera financé par une subvention de 420 000 €, par un emprunt de 1,5 M€ et par l’autofinancement.`;
    assert.deepEqual(codes(text('2,7 M€')), []);
    // The figures given may still not pass the whole.
    assert.deepEqual(codes(text('1,6 M€')), ['sum-mismatch']);
    assert.deepEqual(codes('Le programme de 2,7 M€ sera financé par une subvention de 420 000 € et par un emprunt de 1,5 M€.'), ['sum-mismatch']);
  });
  it('reads « au taux de N % …, soit A » as what the rate comes to, not a total of the amounts before', () => {
    assert.deepEqual(codes('La DETR apporte 375 000 € et la région 187 500 €. La TVA sera récupérée au taux de 16,404 %, soit 246 060 € attendus sur l’exercice 2025.'), []);
  });

  it('reads a colon followed by words (« la sécurisation : interconnexions, fuites. ») as no lead-in of the next sentence', () => {
    const text = (t: string) => `Le fonds A, doté de 60 M€, aide les seuils. Le fonds B, doté de 90 M€, soutient la sécurisation : interconnexions, recherche de fuites. Ces deux fonds représentent ensemble ${t} sur la période.`;
    assert.deepEqual(codes(text('150 M€')), []);
    assert.deepEqual(codes(text('170 M€')), ['sum-mismatch']);
  });
  it('never reads as parts of a total amounts twenty times smaller in sum (prices per unit before a yearly cost)', () => {
    assert.deepEqual(codes('Le coût d’un repas s’établit à 8,40 €, dont 2,35 € de denrées. Au total, le service a coûté 2,9 M€ sur l’année.'), []);
  });
  it('reads « le solde, soit A » as the rest, no total of the parts before, and closes them on the whole before', () => {
    assert.deepEqual(codes('La région apporte 1,8 M€ et le département 1,2 M€ ; le solde, soit 6,6 M€, reste à la charge de la commune.'), []);
    const text = (r: string) => `Le budget annexe s’équilibre à 860 000 €. Les concessions rapportent 412 000 € et les taxes 96 000 € ; le reste, soit ${r}, vient du budget principal.`;
    assert.deepEqual(codes(text('442 000 €')), ['sum-mismatch']);
    assert.deepEqual(codes(text('352 000 €')), []);
  });
  it('writes the sum in the scale the parts are written in', () => {
    const a = analyze('Les dépenses de 7,4 M€ se répartissent ainsi : 2,9 M€ pour l’école, 1,7 M€ pour la voirie, 1,3 M€ pour la médiathèque et 0,8 M€ pour l’éclairage.', { markdown: true });
    const d = a.diagnostics.filter((x) => x.code === 'sum-mismatch');
    assert.deepEqual(d.map((x) => x.message.replace(/[\u202f\u00a0]/g, ' ').startsWith('2,9 + 1,7 + 1,3 + 0,8 = 6,7 M€')), [true]);
  });

  it('closes « Sur ce total » parts with « Le reste, soit … », whatever a « notamment » inside a part says', () => {
    const text = (r: string) => `Le laboratoire a levé 36,5 M€ en 2024. Sur ce total, 18,2 M€ viennent de contrats européens, notamment du programme LIFE, et 11,1 M€ de l’ANR. Le reste, soit ${r}, provient des collectivités.`;
    assert.deepEqual(codes(text('7,2 M€')), []);
    assert.deepEqual(codes(text('5,2 M€')), ['sum-mismatch']);
  });

  it('totals a series of years in the paragraph that follows when it opens by pointing back (« Cela représente … »)', () => {
    const text = (t: string) => `Le syndicat a versé 215 000 € en 2022, 232 000 € en 2023 et 248 000 € en 2024 aux clubs de la vallée.\n\nCela représente ${t} sur la période, hors mise à disposition des gymnases.\n`;
    assert.deepEqual(codes(text('695 000 €')), []);
    assert.deepEqual(codes(text('745 000 €')), ['sum-mismatch']);
    // A paragraph that does not point back starts something else.
    assert.deepEqual(codes('Le syndicat a versé 215 000 € en 2022, 232 000 € en 2023 et 248 000 € en 2024 aux clubs.\n\nLa piscine a coûté 745 000 € sur la période.\n'), []);
  });

  it('reads a « dont » inside a part’s brackets as that part’s detail, not as the end of the parts', () => {
    const text = (t: string) => `Les aides au logement ont atteint ${t} en 2024. Ce total se répartit entre les aides personnelles (16,2 Md€, dont 7,9 Md€ pour l’APL), les aides à la pierre (1,1 Md€) et l’hébergement (3,4 Md€).`;
    assert.deepEqual(codes(text('20,7 Md€')), []);
    assert.deepEqual(codes(text('22,7 Md€')), ['sum-mismatch']);
    // The detail is checked against its part.
    assert.deepEqual(codes('Les aides ont atteint 20,7 Md€ en 2024. Ce total se répartit entre les aides personnelles (16,2 Md€, dont 17,9 Md€ pour l’APL), les aides à la pierre (1,1 Md€) et l’hébergement (3,4 Md€).'), ['part-exceeds-total']);
  });

  it('finds the whole of a « dont » a dozen words back (« 530 M€ de crédits au titre de la gestion des crises agricoles, dont »)', () => {
    const text = (p: string) => `La loi de finances rectificative ouvre 530 M€ de crédits au titre de la gestion des crises agricoles, dont ${p} pour l’indemnisation des éleveurs.`;
    assert.deepEqual(codes(text('440 M€')), []);
    assert.deepEqual(codes(text('580 M€')), ['part-exceeds-total']);
  });

  it('reads a comparison in brackets as an aside in the parts (« avec 5,1 M€ (contre 4,7 M€ en 2023), devant … »)', () => {
    const text = (r: string) => `En 2024, les recettes du festival ont atteint 3,6 M€. Sur ce total, la billetterie pèse le plus, avec 2,2 M€ (contre 1,9 M€ en 2023), devant le mécénat, qui a rapporté 0,8 M€. Le reste, soit ${r}, vient des subventions.`;
    assert.deepEqual(codes(text('0,6 M€')), []);
    assert.deepEqual(codes(text('0,9 M€')), ['sum-mismatch']);
  });

  it('splits no amount by a count’s participle (« 1 150 élèves répartis dans 38 écoles »)', () => {
    assert.deepEqual(codes('L’atelier coûte 380 € par enfant et par an. Il touche 1 200 enfants répartis dans 40 centres, pour un budget total de 456 000 €.'), []);
  });

  it('takes the amount « Ce prix » names among the sentence before’s (« le prix … s’établit à 4,20 €/m³, soit 504 € par an »)', () => {
    const text = (p: string) => `Le prix du service de l’eau du syndicat s’établit à 4,20 €/m³, soit 504 € par an pour un ménage de 120 m³. Ce prix se décompose en 1,95 € pour l’eau potable, 1,65 € pour l’assainissement et ${p} pour les redevances.`;
    assert.deepEqual(codes(text('0,60 €')), []);
    assert.deepEqual(codes(text('0,30 €')), ['sum-mismatch']);
  });

  it('keeps a list complete when « notamment » describes one item in a relative clause', () => {
    const text = (p: string) => `Les recettes se répartissent entre trois sources : ${p} % viennent des usagers, 30 % de la métropole et 12 % des autres recettes, qui comprennent notamment les loyers.`;
    assert.deepEqual(codes(text('58')), []);
    assert.deepEqual(codes(text('50')), ['percent-sum']);
  });

  it('reads no list in a colon inside brackets (« 9,4 M€ engagés (enveloppe 2024 : 12 M€) »)', () => {
    assert.deepEqual(codes('Le fonds a engagé 9,4 M€ à fin septembre (enveloppe 2024 : 12 M€).'), []);
    assert.deepEqual(codes('En bref :\n\n- 9,4 M€ engagés à fin septembre (enveloppe 2024 : 12 M€) ;\n- 146 projets soutenus.\n'), []);
  });

  it('reads a « dont » without a figure as a relative: the rest still closes the parts, a bare item still leaves them open', () => {
    const text = (r: string) => `Le budget réserve 148 M€ aux solidarités. Sur ce total, l’allocation d’autonomie absorbe 61 M€ et la prestation du handicap 29 M€. Le reste, soit ${r}, ira à l’aide sociale à l’enfance, dont les placements progressent encore.`;
    assert.deepEqual(codes(text('58 M€')), []);
    assert.deepEqual(codes(text('47 M€')), ['sum-mismatch']);
    assert.deepEqual(codes('Les dépenses atteignent 36 M€, financées par 14 M€ de subventions, 9 M€ d’autofinancement et un emprunt dont le montant sera arrêté en juin.'), []);
  });

  it('counts an amount restated after « soit » once among the parts of a later total', () => {
    assert.deepEqual(codes('Le compte 2024 de l’office affiche un déficit de 8 400 k€, soit 8,4 M€, le deuxième de suite. Cumulé depuis 2023, le déficit atteint 19,1 M€.'), []);
    assert.deepEqual(codes('L’office a perdu 8,4 M€ en 2023 et 10,7 M€ en 2024. Cumulé, le déficit atteint 22,1 M€.'), ['sum-mismatch']);
  });

  it('closes a financing plan after a colon by the owner’s own share, and takes its whole from the recital before', () => {
    const plan = (own: string) => `Considérant que le coût de la rénovation de la halle est estimé à 960 000 € HT ;\n\nConsidérant que le plan de financement s’établit comme suit : DETR 288 000 €, Région 192 000 €, Département 144 000 €, autofinancement ${own} ;`;
    assert.deepEqual(codes(plan('336 000 €')), []);
    assert.deepEqual(codes(plan('236 000 €')), ['sum-mismatch']);
    // A bare colon without the owner's share may name the grants only.
    assert.deepEqual(codes('Considérant que le coût de la rénovation de la halle est estimé à 960 000 € HT ;\n\nConsidérant que le plan de financement sollicite : DETR 288 000 €, Région 192 000 €, Département 144 000 € ;'), []);
  });

  it('reads what « dont » details in the rest as the rest’s own', () => {
    const text = (r: string) => `Les achats de la ville ont atteint 12,6 M€ HT en 2024. Les travaux en représentent 7,3 M€ HT et les fournitures 2,2 M€ HT. Le reste, soit ${r} HT, va aux services, dont 0,8 M€ HT d’études.`;
    assert.deepEqual(codes(text('3,1 M€')), []);
    assert.deepEqual(codes(text('3,9 M€')), ['sum-mismatch']);
  });

  it('takes the whole of « Par nature de dépense, ces crédits se répartissent … » past the figure it was compared with', () => {
    const text = (a: string) => `Le programme reçoit 1 480 M€ en 2025, contre 1 390 M€ en 2024. La hausse tient aux salaires. Par nature de dépense, ces crédits se répartissent en trois blocs : 960 M€ de personnel, ${a} de fonctionnement et 140 M€ d’investissement.`;
    assert.deepEqual(codes(text('380 M€')), []);
    assert.deepEqual(codes(text('280 M€')), ['sum-mismatch']);
  });

  it('reads no parts of two years as parts of one year’s whole', () => {
    assert.deepEqual(codes('Le fonds a versé 4,2 M€ en 2024, contre 3,9 M€ en 2023. En 2024, l’accès en représente 1,8 M€, le maintien 1,1 M€ et l’énergie 1,3 M€ ; en 2023, ces montants étaient de 1,7 M€, 1,0 M€ et 1,2 M€.'), []);
  });

  it('reads a « dont » part whatever a stop word after it says of what follows', () => {
    assert.deepEqual(codes('Le conseil fixe à 300 000 € l’enveloppe des subventions culturelles, dont 340 000 € pour la scène nationale au titre de sa convention d’objectifs.'), ['part-exceeds-total']);
    assert.deepEqual(codes('Le conseil fixe à 300 000 € l’enveloppe des subventions culturelles, dont 140 000 € pour la scène nationale au titre de sa convention d’objectifs.'), []);
  });

  it('takes no funder’s part stated with its share as the whole of the rest that follows', () => {
    assert.deepEqual(codes('La commune apporte 2,1 M€, soit 30 % du coût hors taxes. Le département apporte 0,9 M€ ; le solde, soit 4 M€ HT, viendra de l’emprunt.'), []);
  });

  it('reads a clause after a colon that has its own subject and verb as an explanation, not a list', () => {
    assert.deepEqual(codes('La ville réserve 12 % de sa dotation à la voirie, soit 4,8 M€ : la dotation atteint 40 M€ en 2026, contre 38 M€ en 2025.'), []);
  });

  it('reads « Sur l’autorisation de programme votée, … » against the amount that noun was given before', () => {
    const text = (a: string) => `Le conseil a voté une autorisation de programme de 3,2 M€ pour le plan « Gymnases 2030 ». Les crédits de paiement de 2026 s’élèvent à 0,7 M€.\n\nSur l’autorisation de programme votée, la rénovation des toitures mobilisera ${a}, le reste allant aux vestiaires.`;
    assert.deepEqual(codes(text('3,5 M€'), false), ['part-exceeds-total']);
    assert.deepEqual(codes(text('2,1 M€'), false), []);
    // A noun no amount was given before leaves the sentence alone.
    assert.deepEqual(codes('Le conseil a voté 3,2 M€ pour les gymnases.\n\nSur l’enveloppe régionale attendue, la rénovation des toitures mobilisera 3,5 M€.', false), []);
  });

  it('reads « le reste à payer » as a stock of its own, never the rest of the amount before the colon', () => {
    assert.deepEqual(codes('Pour 2026, le budget ouvre 3,8 Md€ de crédits de paiement, un montant jugé court : le reste à payer sur les engagements déjà pris, 9 Md€, ne serait apuré qu’en 2029.', false), []);
    // « le reste » alone still closes a list.
    assert.deepEqual(codes('Le fonds dispose de 10 M€ : 4 M€ pour les routes, 3 M€ pour les écoles et le reste, soit 5 M€, pour les ports.', false), ['sum-mismatch']);
  });

  it('never reads « loi de finances » as a verb that spends the amount before it', () => {
    assert.deepEqual(codes('Doté de 1,2 Md€ dans le projet de loi de finances pour 2026, le fonds poursuit sa baisse, après 2,1 Md€ en 2024.', false), []);
  });

  it('reads a total after « dépasse » as a floor', () => {
    const text = (t: string) => `Les crédits budgétaires atteignent 3,1 Md€. S’y ajoutent 2,2 Md€ de dépenses fiscales. Au total, le soutien de l’État dépasse donc ${t}.`;
    assert.deepEqual(codes(text('5 Md€'), false), []);
    assert.deepEqual(codes(text('6 Md€'), false), ['sum-mismatch']);
  });

  it('reads « à lui seul » as one part of the whole the sentence before stated, never of an amount per unit', () => {
    const text = (a: string) => `Le budget 2026 ouvre 24,5 Md€ sur la mission.\n\nLe programme 150 concentre à lui seul ${a}, loin devant le programme 172.`;
    assert.deepEqual(codes(text('26 800 M€'), false), ['part-exceeds-total']);
    assert.deepEqual(codes(text('14 800 M€'), false), []);
    assert.deepEqual(codes('La subvention moyenne atteint 95 000 € par projet. Les travaux énergétiques mobilisent à eux seuls 2,8 M€.', false), []);
  });

  it('reads an arrow after a whole as announcing its parts, and a revision « porte ce montant à A » as no total', () => {
    const text = (c: string) => `Budget vélo voté : 30 M€ sur 4 ans → 18 M€ pour les pistes, 7 M€ pour le stationnement et ${c} pour les aides à l’achat.`;
    assert.deepEqual(codes(text('5 M€'), false), []);
    assert.deepEqual(codes(text('9 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes('Depuis 2020, la ville verse au club 40 000 € par an, soit 200 000 € cumulés fin 2024. La nouvelle convention porte ce montant à 45 000 € annuels.', false), []);
    // After a colon, an amount of another year is that thing again, not a part of it.
    assert.deepEqual(codes('Le fonds, lancé en 2022 avec 60 M€, grandit : pour 2025, le fonds est doté de 75 M€ (+25 %).', false), []);
  });

  it('ends a comparison at the comma after its figure (« adopté par 23 voix contre 6, fait apparaître A »)', () => {
    const text = (p: string) => `Le compte administratif, adopté par 25 voix contre 4, fait apparaître 9,6 M€ de dépenses d’équipement. Sur ce montant, ${p} sont allés à la voirie.`;
    assert.deepEqual(codes(text('4,1 M€'), false), []);
    assert.deepEqual(codes(text('10,2 M€'), false), ['part-exceeds-total']);
  });

  it('reads a year series whose first count carries its noun’s complement (« 90 places d’accueil en 2022, … »)', () => {
    const text = (t: string) => `Le schéma prévoit l’ouverture de 90 places d’accueil en 2022, 110 en 2023, 130 en 2024 et 150 en 2025, soit ${t} places sur la période.`;
    assert.deepEqual(codes(text('480'), false), []);
    assert.deepEqual(codes(text('390'), false), ['sum-mismatch']);
  });

  it('never reads « : sur les A du plan, seuls B … » as a colon announcing parts', () => {
    const text = (a: string) => `Le plan Vallées vertes, lancé en mars 2023 et doté de 240 M€ sur trois ans, devait tout financer. Le constat est net : sur les ${a} du plan Vallées vertes, seuls 60 M€ ont été engagés.`;
    assert.deepEqual(codes(text('240 M€'), false), []);
    assert.deepEqual(codes(text('280 M€'), false), ['figure-conflict']);
  });

  it('leaves the parts after « Sur les A » incomplete when the remainder is named without its figure', () => {
    assert.deepEqual(codes('Sur les 200 M€ d’aides, l’assainissement reste le premier poste avec 90 M€ ; les milieux aquatiques en mobilisent 50 M€. Le solde finance notamment l’eau potable.', false), []);
    assert.deepEqual(codes('Sur les 200 M€ d’aides, l’assainissement reste le premier poste avec 90 M€ ; les milieux aquatiques en mobilisent 50 M€. Le solde, soit 80 M€, finance l’eau potable.', false), ['sum-mismatch']);
  });

  it('reads no figure of a rest in what « dont » says of the rest’s owners', () => {
    assert.deepEqual(codes('Le département compte 150 000 hectares boisés. Les forêts publiques en couvrent 50 000 ha ; le reste appartient à 30 000 propriétaires, dont la moitié possèdent moins de 2 ha.', false), []);
  });

  it('never takes the base of a share, in brackets after its noun, as the whole of the next sentence', () => {
    const text = 'Les dépenses sociales atteignent 600 M€. Elles représentent 55 % des dépenses de fonctionnement (1 090 M€). Le RSA pèse à lui seul 210 M€, soit plus d’un tiers de l’effort social, devant l’ASE (170 M€) et l’APA (130 M€).';
    assert.deepEqual(codes(text, false), []);
  });

  it('reads no total from the two ends of a span whose total counts every year of it', () => {
    assert.deepEqual(codes('La trajectoire prévoit une hausse régulière : de 12,4 Md€ en 2025, les crédits atteindraient 15,1 Md€ en 2028, soit 55 Md€ cumulés sur la période 2025-2028.', false), []);
    // Every year written: the total is checked.
    assert.deepEqual(codes('Les crédits s’élèvent à 12 Md€ en 2025, 13 Md€ en 2026, 14 Md€ en 2027 et 15 Md€ en 2028, soit 60 Md€ cumulés sur la période 2025-2028.', false), ['sum-mismatch']);
  });

  it('passes over sentences without figures to the whole a later « à elle seule » part belongs to', () => {
    const text = (part: string) => `Le plan « Terrains pour tous » mobilise 2,6 M€ sur trois ans. Objectif : un équipement de plein air par bassin de vie d’ici 2028.\n\nLes travaux démarreront au printemps dans les bourgs qui disposent déjà d’un terrain.\n\nLa rénovation des plateaux sportifs en absorbera à elle seule ${part}, le reste allant aux vestiaires.`;
    assert.deepEqual(codes(text('2,9 M€'), false), ['part-exceeds-total']);
    assert.deepEqual(codes(text('1,9 M€'), false), []);
  });

  it('reads as many figures as the parts announced as the whole list, words after the last one describing it', () => {
    const text = (a: string) => `Le contrat mobilise 90 M€. Cette enveloppe se répartit entre trois axes : ${a} pour la voirie et les ouvrages, 30 M€ pour les transports, et 20 M€ pour la rénovation des écoles et la sobriété des bâtiments.`;
    // 30 + 30 + 20 falls short of 90: only a complete list says so.
    assert.deepEqual(codes(text('30 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('40 M€'), false), []);
  });

  it('reads no part in a definite amount of a thing after a colon (« : les A du X … »)', () => {
    assert.deepEqual(codes('Un car scolaire neuf coûte environ 300 000 € : les 9 M€ du plan Cars propres en financeront une trentaine.', false), []);
  });

  it('reads « Au total, A, financés pour B par … » as a total A whose financing the clause details', () => {
    const text = (total: string) => `La commission a retenu trois opérations : 1,8 M€ pour la piscine, 0,9 M€ pour le stade et 0,5 M€ pour les vestiaires. Au total, ce sont donc ${total} de travaux, financés pour 1,1 M€ par la région et pour le reste par l’emprunt.`;
    assert.deepEqual(codes(text('3,6 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('3,2 M€'), false), []);
  });

  it('reads « Ça comprend … » as taking up the amount said before, and « pas loin de A » as about A', () => {
    const text = (last: string) => `Le budget du centre de loisirs atteint 150 000 €. Ça comprend les repas (62 000 €), l’encadrement (55 000 €) et, pour pas loin de ${last}, les sorties.`;
    assert.deepEqual(codes(text('15 000 €'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('33 000 €'), false), []);
  });


  it('reads a colon list closed by « et » that comes near its whole as all of it', () => {
    const doc = (c: string) => `Le département consacre 64,2 M€ à ses collèges en 2026 : 38,5 M€ pour les dotations, 17,9 M€ pour les travaux et ${c} pour le numérique.`;
    assert.deepEqual(codes(doc('7,8 M€'), false), []);
    assert.deepEqual(codes(doc('3,1 M€'), false), ['sum-mismatch']);
    // Two large items of a much larger whole are examples, not the whole list.
    assert.deepEqual(codes('La mission pèse 12 Md€ : 4 Md€ pour les bourses et 2,5 Md€ pour les bâtiments.', false), []);
  });

  it('adds the rest said in the next sentence to a colon list before judging it', () => {
    const doc = (r: string) => `En 2024, la caisse a versé 41,6 Md€ : 18,2 Md€ aux établissements et 14,9 Md€ aux services à domicile. Le reste, soit ${r}, finance la prévention et l’investissement.`;
    assert.deepEqual(codes(doc('8,5 Md€'), false), []);
    assert.deepEqual(codes(doc('6,1 Md€'), false), ['sum-mismatch']);
  });

  it('counts an amount restated in brackets once among the parts of a later total', () => {
    const doc = (t: string) => `L’association a reçu 380 k€ (0,38 M€) de l’agence de l’eau. La commune y ajoute 95 000 €, portant le budget du programme à ${t}.`;
    assert.deepEqual(codes(doc('475 000 €'), false), []);
    assert.deepEqual(codes(doc('520 000 €'), false), ['sum-mismatch']);
  });


  it('reads two parts named by the two sections of a budget as all of it', () => {
    const doc = (b: string) => `Le budget primitif 2026 s’élève à 24,7 M€ toutes sections confondues. La section de fonctionnement en mobilise 16,3 M€, la section d’investissement ${b}.`;
    assert.deepEqual(codes(doc('8,4 M€'), false), []);
    assert.deepEqual(codes(doc('6,2 M€'), false), ['sum-mismatch']);
  });

  it('reads « à lui seul A » as a part of the whole said before, past a comparison « loin devant … (B) »', () => {
    const doc = (a: string) => `Les foyers de l’enfance ont reçu 48 M€ de crédits en 2025. Les frais de personnel, financés par le département, restent le premier poste. L’hébergement pèse à lui seul ${a}, loin devant les transports financés par la région (3 M€).`;
    assert.deepEqual(codes(doc('31 M€'), false), []);
    assert.deepEqual(codes(doc('52 M€'), false), ['part-exceeds-total']);
  });


  it('reads « en AE comme en CP » as one amount on both bases, and « Les AE se répartissent » as the AE said before', () => {
    const added = (t: string) => `Le premier amendement ajoute 120 M€ pour les crèches, le deuxième 60 M€ pour l’accueil et le troisième 35 M€ pour les haltes. Au total, la mission est abondée de ${t} en AE comme en CP.`;
    assert.deepEqual(codes(added('215 M€'), false), []);
    assert.deepEqual(codes(added('240 M€'), false), ['sum-mismatch']);
    const split = (c: string) => `Le programme est doté de 860 M€ en autorisations d’engagement et de 790 M€ en crédits de paiement. Les AE se répartissent entre l’action 01 (410 M€), l’action 02 (${c}) et l’action 03 (130 M€).`;
    assert.deepEqual(codes(split('320 M€'), false), []);
    assert.deepEqual(codes(split('250 M€'), false), ['sum-mismatch']);
  });


  it('reads parts « Dans le détail » as not all of the whole when a rest is said a few sentences on', () => {
    const doc = (r: string) => `La commune consacrera 6,4 M€ à son plan Îlots de fraîcheur d’ici 2028.\n\nDans le détail, 2,9 M€ serviront aux cours d’école et 1,7 M€ aux plantations.\n\nLa métropole mobilise de son côté 18 M€ pour ses propres espaces.\n\nLe reste du plan municipal, ${r}, financera des ombrières.`;
    assert.deepEqual(codes(doc('1,8 M€'), false), []);
  });

  it('ends a count’s « dont » at « ainsi que », which joins another item of the sentence', () => {
    assert.deepEqual(codes('Le projet prévoit la démolition de 310 logements et la reconstruction de 260, dont une partie hors du quartier, ainsi que la réhabilitation de 940 logements conservés.', false), []);
  });


  it('reads « en ont perçu A » as a part of the amount said just before', () => {
    const doc = (p: string) => `L’aide à la reprise versée aux commerces du canton a atteint 6,2 M€ pour l’exercice 2024. Les boutiques des centres-bourgs en ont perçu ${p}, le reste allant aux zones commerciales.`;
    assert.deepEqual(codes(doc('4,1 M€'), false), []);
    assert.deepEqual(codes(doc('6,9 M€'), false), ['part-exceeds-total']);
  });


  it('reads a year series closed by « puis », totalled « sur les trois premières années »', () => {
    const doc = (t: string) => `La métropole versera 1,4 M€ en 2025, 1,7 M€ en 2026 puis 2 M€ en 2027, soit ${t} sur les trois premières années.`;
    assert.deepEqual(codes(doc('5,1 M€'), false), []);
    assert.deepEqual(codes(doc('5,6 M€'), false), ['sum-mismatch']);
  });


  it('reads « Au sein de cette dotation » as « Sur ce total »', () => {
    const doc = (p: string) => `La dotation de fonctionnement des lycées atteint 18,4 M€ en 2025. Au sein de cette dotation, les seules dépenses d’énergie mobilisent ${p}.`;
    assert.deepEqual(codes(doc('6,2 M€'), false), []);
    assert.deepEqual(codes(doc('19,6 M€'), false), ['part-exceeds-total']);
  });


  it('reads « en fournit A » as a part of the whole said before, closed by its rest', () => {
    const doc = (r: string) => `La production de chaleur renouvelable a atteint 1 900 GWh en 2024, couvrant 18 % des besoins. La biomasse en fournit 1 150 GWh et la géothermie 420 GWh. Le reste, soit ${r}, provient des pompes à chaleur.`;
    assert.deepEqual(codes(doc('330 GWh'), false), []);
    assert.deepEqual(codes(doc('480 GWh'), false), ['sum-mismatch']);
  });


  it('takes no total after « Au final » from the base of a share', () => {
    assert.deepEqual(codes('Le fonds, doté de 30 M€, a engagé 21 M€ et versé 14 M€. Au final, moins des deux tiers des 30 M€ du fonds sont parvenus aux entreprises.', false), []);
  });


  it('sums the amounts before « Au total, A, dont N % … »', () => {
    const doc = (t: string) => `Les travaux se répartissent en trois lots : la charpente (140 000 €), la couverture (95 000 €) et les menuiseries (61 000 €). Au total, la commune engage ${t} sur l’opération, dont 30 % couverts par l’État.`;
    assert.deepEqual(codes(doc('296 000 €'), false), []);
    assert.deepEqual(codes(doc('326 000 €'), false), ['sum-mismatch']);
  });
  it('sums what rates come to in a worked calculation before « Au total », never the base they apply to', () => {
    const text = (t: string) => `Pour un foyer déclarant 40 000 € de revenu, le calcul est le suivant : une première tranche taxée à 11 %, soit 1 900 €, puis une seconde à 30 %, soit 1 200 €. Au total, ${t} d’impôt.`;
    assert.deepEqual(codes(text('3 100 €'), false), []);
    assert.deepEqual(codes(text('3 600 €'), false), ['sum-mismatch']);
  });
  it('adds up a series of consecutive years against the one amount said paragraphs before over as many years', () => {
    const text = (a: string) => `Le conseil a voté un plan de 5,2 M€ sur trois ans pour les gymnases.\n\nNeuf salles sont jugées vétustes. Les élus parlent d’urgence.\n\nLe calendrier prévoit 1,5 M€ dès 2025, puis ${a} M€ en 2026 et 1,6 M€ en 2027.`;
    assert.deepEqual(codes(text('2,1'), false), []);
    assert.deepEqual(codes(text('2,6'), false), ['sum-mismatch']);
    // Two amounts over three years before: no telling which the series splits.
    assert.deepEqual(codes('Le plan vaut 5,2 M€ sur trois ans. Le volet écoles vaut 2 M€ sur trois ans.\n\nLe calendrier prévoit 1,5 M€ en 2025, 2,6 M€ en 2026 et 1,6 M€ en 2027.', false), []);
  });
  it('adds no amounts of two tax bases across sentences into one total', () => {
    const text = (t: string) => `Le lot 1 est attribué pour 900 000 € HT. Le lot 2 est attribué pour 240 000 € TTC. Au total, l’opération représente ${t} HT.`;
    assert.deepEqual(codes(text('1 100 000 €'), false), []);
    const same = (t: string) => `Le lot 1 est attribué pour 900 000 € HT. Le lot 2 est attribué pour 240 000 € HT. Au total, l’opération représente ${t} HT.`;
    assert.deepEqual(codes(same('1 240 000 €'), false), ['sum-mismatch']);
  });
  it('closes a whole with the parts its own sentence gave, the next sentences and « Le reste »', () => {
    const text = (r: string) => `Sur les 9,6 M€ d’investissement, 5,8 M€ iront aux réseaux, soit près des deux tiers. L’usine mobilisera 2,1 M€. Le reste, ${r}, financera les compteurs.`;
    assert.deepEqual(codes(text('1,7 M€'), false), []);
    assert.deepEqual(codes(text('2,7 M€'), false), ['sum-mismatch']);
  });

  it('reads amounts received by one recipient after another as siblings, no whole and its parts', () => {
    assert.deepEqual(codes('Une coopérative reçoit 50 000 €, le plafond du dispositif. Une ressourcerie obtient 40 000 €, et un atelier 30 000 €.', false), []);
    // « en » says the parts are of it.
    assert.deepEqual(codes('Le fonds dispose de 50 000 €. Une ressourcerie en obtient 40 000 €, et un atelier 30 000 €.', false), ['sum-mismatch']);
  });
  it('reads an adjective inside a part’s name (« la contribution additionnelle ») as no extra amount, and one beside a figure as one', () => {
    const text = (total: string) => `Les recettes atteignent ${total}. Sur ce total, l’impôt apporte 20 M€, la taxe additionnelle des entreprises 5 M€, et l’emprunt 3 M€. Le reste, soit 2 M€, vient des loyers.`;
    assert.deepEqual(codes(text('30 M€'), false), []);
    assert.deepEqual(codes(text('34 M€'), false), ['sum-mismatch']);
    // « 4 M€ supplémentaires » is on top of the whole: no sum with it.
    assert.deepEqual(codes('Les recettes atteignent 30 M€. Sur ce total, l’impôt apporte 20 M€ et l’emprunt 10 M€, auxquels s’ajoutent 4 M€ supplémentaires.', false), []);
  });

  it('closes a list whose last part is « les autres … » with its figure', () => {
    const text = (x: string) => `Le fonds pèse 90 M€. Sur ce total, les écoles reçoivent 40 M€, les collèges 30 M€ et les autres établissements ${x}.`;
    assert.deepEqual(codes(text('20 M€'), false), []);
    assert.deepEqual(codes(text('12 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes('Le fonds pèse 90 M€. Sur ce total, 40 M€ vont aux écoles, 30 M€ aux collèges et 12 M€ aux autres.', false), ['sum-mismatch']);
    // « des autres branches » names one part, the list stays open.
    assert.deepEqual(codes('Le fonds pèse 90 M€. Sur ce total, les écoles reçoivent 40 M€, les collèges 30 M€ et les transferts des autres fonds 12 M€.', false), []);
  });

  it('reads « Les X en absorbent A » opening a paragraph as a part of the whole the paragraph before ends on', () => {
    const text = (part: string) => `Le département réserve cette année 12 M€ à ses routes.\n\nLes ponts en absorbent ${part}, pour les ouvrages les plus fragiles.`;
    assert.deepEqual(codes(text('7 M€'), false), []);
    assert.deepEqual(codes(text('14 M€'), false), ['part-exceeds-total']);
    // Without « en », a paragraph may start on another subject.
    assert.deepEqual(codes('Le département réserve cette année 12 M€ à ses routes.\n\nLes ponts absorbent 14 M€ de crédits européens.', false), []);
  });
  it('reads a sentence that counts the funders of a cost as announcing all of them in the sentence after', () => {
    const text = (n: string, last: string) => `La médiathèque coûtera 9 M€.\n\nSon financement associe ${n} partenaires. La commune apporte 4 M€, le Département 2 M€ et l’État ${last}.`;
    assert.deepEqual(codes(text('trois', '3 M€'), false), []);
    assert.deepEqual(codes(text('trois', '2 M€'), false), ['sum-mismatch']);
    // Four counted, three given: some funder is missing, nothing can be said.
    assert.deepEqual(codes(text('quatre', '2 M€'), false), []);
  });
  it('reads « sur A » after a short fronted clause (« En 2022, sur A, … ») as at the start of the sentence', () => {
    const text = (r: string) => `En 2023, sur 8 M€ de crédits ouverts, 6 M€ ont été payés, soit un taux d’exécution de ${r}.`;
    assert.deepEqual(codes(text('75 %'), false), []);
    assert.deepEqual(codes(text('65 %'), false), ['share-mismatch']);
  });

  it('closes the parts « en » takes from a whole when the others come last with their figure', () => {
    const text = (total: string) => `Les charges atteignent ${total}. Les salaires en représentent le premier poste avec 4 M€ ; suivent les achats (2 M€), les loyers (1 M€) et les autres charges (0,5 M€).`;
    assert.deepEqual(codes(text('7,5 M€'), false), []);
    assert.deepEqual(codes(text('8,2 M€'), false), ['sum-mismatch']);
  });
  it('carries a chain of parts to « Le reste » through a sentence that lists several parts', () => {
    const text = (r: string) => `Le projet coûte 200 M€. La ville en prend 80 M€. La région apportera 50 M€, et l’État 30 M€. Le reste, soit ${r}, sera emprunté.`;
    assert.deepEqual(codes(text('40 M€'), false), []);
    assert.deepEqual(codes(text('48 M€'), false), ['sum-mismatch']);
    // A sentence whose second amount is another whole is no list of parts.
    assert.deepEqual(codes('Le projet coûte 200 M€. La ville en prend 80 M€. La région apportera 50 M€ sur un budget régional de 900 M€. Le reste, soit 70 M€, sera emprunté.', false), []);
  });
  it('reads no whole in an amount said as a share’s part (« 40 % du financement, soit 6 M€ ») for the parts said after it', () => {
    const text = 'Le chantier coûte 15 M€. L’État apporte 40 % du financement, soit 6 M€. La Ville prend en charge 4,5 M€ (30 %) ; le solde, soit également 4,5 M€, vient de la Région.';
    assert.deepEqual(codes(text, false), []);
  });
  it('reads « La seule X mobilisera A » opening a paragraph as one part of the whole the paragraph before gave', () => {
    const text = (a: string) => `Le coût du chantier est arrêté à 5,2 M€.\n\nLa seule réfection des toitures mobilisera ${a}, le solde allant aux vitraux.`;
    assert.deepEqual(codes(text('3,8 M€'), false), []);
    assert.deepEqual(codes(text('5,9 M€'), false), ['part-exceeds-total']);
  });

  it('reads a yearly calendar opening on « cette année » against the total over those years', () => {
    const text = (a: string) => `La convention engage 60 M€ sur la période 2025-2027. Le calendrier prévoit ${a} cette année, 20 M€ en 2026 et 25 M€ en 2027.`;
    assert.deepEqual(codes(text('15 M€'), false), []);
    assert.deepEqual(codes(text('19 M€'), false), ['sum-mismatch']);
  });
  it('reads no share’s part (« A, soit 61 % de l’enveloppe ») as the whole of a chain closed by « Le solde »', () => {
    const text = 'Le bilan est arrêté.\n\nLes aides découplées constituent l’essentiel de ce montant : 200 M€, soit 64 % de l’enveloppe. Les aides couplées ont représenté 40 M€. Le solde, 72 M€, relève du second pilier.';
    assert.deepEqual(codes(text, false), []);
  });

  it('does not sum an amount over several years into a total dated to one year', () => {
    const first = 'Le plan Gymnases 2030 finance la rénovation de quatre salles : 5,4 M€ sur six ans, dont 0,9 M€ en 2025. Le plan Sport santé, lancé cette année, est distinct : 250 000 € pour équiper les clubs.\n\n';
    assert.deepEqual(codes(first + 'Au total, le sport bénéficiera donc cette année de 1,15 M€ au titre de ces deux plans.', false), []);
    // Undated, the same words sum the plans' amounts.
    assert.deepEqual(codes('Le plan Gymnases finance la rénovation de quatre salles : 5,4 M€. Le plan Sport santé est distinct : 250 000 €.\n\nAu total, le sport bénéficiera de 6,2 M€ au titre de ces deux plans.', false), ['sum-mismatch']);
  });

  it('reads a part « en » takes from a yearly whole as that year’s part', () => {
    assert.deepEqual(codes('Le service des déchets coûte 12,8 M€ par an. Le seul traitement en représente 13,9 M€.', false), ['part-exceeds-total']);
    assert.deepEqual(codes('Le service des déchets coûte 12,8 M€ par an. Le seul traitement en représente 7,9 M€.', false), []);
  });

  it('does not read a figure ranked among the parts as the whole of « à elles seules »', () => {
    const first = 'Le premier poste est le RSA, avec 164 M€. Le deuxième poste est la protection de l’enfance, avec 118 M€.\n\n';
    assert.deepEqual(codes(first + 'Les allocations de solidarité pèsent à elles seules 251 M€.', false), []);
    assert.deepEqual(codes('Le département consacre 118 M€ à la protection de l’enfance.\n\nLes placements en établissement pèsent à eux seuls 131 M€.', false), ['part-exceeds-total']);
  });

  it('reads a figure ranked among the parts (« le premier poste ») against the whole said just before', () => {
    const first = 'La mission est dotée de 9,4 Md€ en crédits de paiement. Elle progresse plus vite que le budget général.\n\n';
    assert.deepEqual(codes(first + 'Le programme 107 reste le premier poste de dépense, avec 10,1 Md€.', false), ['part-exceeds-total']);
    assert.deepEqual(codes(first + 'Le programme 107 reste le premier poste de dépense, avec 4,1 Md€.', false), []);
  });

  it('reads « ne dépasse » as a ceiling, not the rest of a whole', () => {
    const text = 'Les dépenses d’équipement ont atteint 3,8 M€ en 2024. Les écoles en ont absorbé 1,5 M€, et la voirie 1,1 M€. Le reste s’est réparti entre plusieurs petites opérations, sans qu’aucune ne dépasse 250 000 €.';
    assert.deepEqual(codes(text, false), []);
    assert.deepEqual(flagged('Le coût de l’opération dépasse 3 M€ : 1,9 M€ de travaux et 1,4 M€ d’études.', false), []);
  });

  it('does not take a change for the whole of « à lui seul »', () => {
    const text = 'Les dépenses de solidarité augmentent de 17,5 M€, soit +4,2 %. Le RSA atteint à lui seul 104 M€.';
    assert.deepEqual(codes(text, false), []);
  });

  it('reads a total as the sum of a part’s own « dont » portion when the portion is what the total counts', () => {
    const text = (t: string) => `Le volet eau du contrat de plan mobilise 42 M€ pour la région. Le contrat interrégional du bassin réserve 27 M€ aux continuités écologiques, dont 9 M€ pour les seuls tronçons situés dans la région.\n\nAu total, ${t} sont donc disponibles sur le territoire régional.`;
    assert.deepEqual(codes(text('51 M€'), false), []);
    assert.deepEqual(codes(text('69 M€'), false), []);
    assert.deepEqual(codes(text('60 M€'), false), ['sum-mismatch']);
  });

  it('does not read the base of a share given by a verb as its part', () => {
    assert.deepEqual(codes('La Région a voté une aide de 1,6 million d’euros. Ce montant de 1 600 000 € couvre 40 % de l’investissement, évalué à 4 M€ HT.', false), []);
  });

  it('passes over a part restated per unit (« soit A chacun ») in a breakdown of the whole said before', () => {
    const doc = (total: string) => `Pour 2026, la dotation globale des écoles est arrêtée à ${total}. Elle comprend une part fixe de 900 000 €, partagée entre les écoles, soit 30 000 € chacune ; une part liée aux effectifs de 1 450 000 € ; et une provision de 250 000 € pour les dépenses imprévues.`;
    assert.deepEqual(codes(doc('2 600 000 €'), false), []);
    assert.deepEqual(codes(doc('3 100 000 €'), false), ['sum-mismatch']);
    // A per-unit amount is still no part of a total said after it in another sentence.
    assert.deepEqual(codes('L’an dernier, 1 500 logements ont été aidés pour 12 M€, soit 8 000 € en moyenne par dossier. Depuis 2020, 6 200 projets ont été financés, pour un total cumulé de 47 M€.', false), []);
  });

  it('does not take an amount said to be a total, beside a whole given with a spending verb, as its part', () => {
    assert.deepEqual(codes('Avec 180 M€, l’agence ne pourra retenir qu’une partie des candidatures, selon les maires, qui évaluent le besoin total à 900 M€.', false), []);
    assert.deepEqual(codes('Le fonds de 180 M€ finance en particulier 240 M€ de prêts aux communes.', false), ['part-exceeds-total']);
  });

  it('reads « Selon X, l’enveloppe se répartit entre … » against the amount said before, unless the fronted clause dates it', () => {
    const doc = (last: string) => `L’État a présenté un plan de 320 M€ pour les ports de pêche. Selon le ministère, l’enveloppe se répartit entre 150 M€ pour les criées, 100 M€ pour les navires et ${last} pour la formation.`;
    assert.deepEqual(codes(doc('70 M€'), false), []);
    assert.deepEqual(codes(doc('40 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes('En 2023, le plan a mobilisé 12 M€. Pour 2024, l’enveloppe progresse de 10 % et se répartit entre l’aide A (6 M€), l’aide B (3,2 M€) et l’aide C (4 M€).', false), []);
  });

  it('reads « soit au total A » after the parts as « soit A au total »', () => {
    const doc = (n: string) => `Le financement associe l’État pour 1,6 M€, la région pour 0,7 M€ et la commune pour 0,95 M€ d’autofinancement, soit au total ${n}.`;
    assert.deepEqual(codes(doc('3,25 M€'), false), []);
    assert.deepEqual(codes(doc('3,6 M€'), false), ['sum-mismatch']);
  });
  it('reads an amount per unit said before, then people counted with « en », as a product, no whole of a part', () => {
    const doc = (t: string) => `Le forfait est versé aux agents qui viennent à vélo. Son montant est de 300 € par an. En 2024, 1 240 agents en ont bénéficié, soit une dépense de ${t} pour la collectivité.`;
    assert.deepEqual(codes(doc('372 000 €'), false), []);
    // A whole of its own still takes its parts.
    assert.deepEqual(codes('Le budget culturel atteint 300 000 €. Le festival en absorbe 372 000 €.', false), ['part-exceeds-total']);
  });
  it('reads the amount of a relative clause on a share’s noun, or in brackets after it, as that share’s base, no total nor part', () => {
    const doc = 'Notre dotation globale s’établit à 98 450 € en 2024. La dotation de solidarité rurale atteint 43 100 €.\n\nAu total, les dotations de l’État représentent un peu moins d’un quart de nos recettes de fonctionnement, qui atteignent 612 000 €.';
    assert.deepEqual(codes(doc, false), []);
    const two = (t: string) => `La communauté reverse à la commune 156 800 € par an. Cette somme pèse près de 18 % de nos recettes de fonctionnement (872 000 €). S’y ajoute une dotation de 12 400 €. Ensemble, ces deux versements représentent ${t}.`;
    assert.deepEqual(codes(two('169 200 €'), false), []);
  });
  it('reads an « autorisation de programme » as another basis than the payments totalled after it', () => {
    const doc = 'Le programme bénéficie d’une autorisation de programme de 24 M€ sur la mandature. Pour 2025, 6,8 M€ de crédits de paiement y sont inscrits, contre 4,1 M€ réalisés en 2024. Au total, le programme aura mobilisé 10,9 M€ de paiements à la fin de l’année.';
    assert.deepEqual(codes(doc, false), []);
  });

  it('does not read an amount in a clause of purpose after « en bénéficier, pour … » as a part', () => {
    const doc = 'Avec ses 4,5 millions d’euros sur quatre ans, le fonds complète les aides de l’État. La Région estime que 25 à 30 entreprises pourraient en bénéficier, pour un effet de levier attendu de 15 M€ d’investissements privés.';
    assert.deepEqual(codes(doc, false), []);
    assert.deepEqual(codes('La métropole a mobilisé 27,5 M€ en 2023 pour son programme. Les copropriétés en ont capté l’essentiel, avec 31,2 M€.', false), ['part-exceeds-total']);
  });
  it('sums the parts a sentence announces by number (« se répartit entre quatre postes ») over the sentences after it', () => {
    const doc = (t: string) => `En 2025, le Département consacre ${t} à ses collèges. Une enveloppe record, qui se répartit entre quatre grands postes.\n\nLe premier concerne la restructuration du collège Louise-Michel : 21,4 M€ cette année.\n\nViennent ensuite la rénovation énergétique, pour 13,8 M€, puis les extensions, à hauteur de 7,3 M€.\n\nEnfin, 2,1 M€ financeront le mobilier.\n\n« Chaque euro compte », souligne la vice-présidente.`;
    assert.deepEqual(codes(doc('48,6 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes(doc('44,6 M€'), false), []);
    // A count of other things (« deux voies », « quatre haltes ») announces no parts.
    const works = 'La première phase, évaluée à 1,1 Md€, comprend la création de deux voies et quatre haltes. L’État en financera 40 %, soit 440 M€. En 2023, les études avaient coûté 24 M€.';
    assert.deepEqual(codes(works, false), []);
    // More amounts than announced, with no word closing the run: no relation.
    const more = 'Le plan de 10 M€ se répartit entre deux axes. Le premier reçoit 6 M€. Le second reçoit 3 M€. Le comité a aussi voté 2 M€ pour les routes.';
    assert.deepEqual(codes(more, false), []);
  });
  it('does not read an amount said to come on top (« supplémentaires ») as a part of the whole before it', () => {
    const doc = 'Outre la DSIL de droit commun, dont l’enveloppe s’élevait à 6,3 M€, l’État a ouvert une DSIL exceptionnelle financée par le plan de relance : 11,7 M€ supplémentaires ont ainsi été attribués.';
    assert.deepEqual(codes(doc, false), []);
  });
  it('does not close with a rest the amount « en » takes from a whole said before, as if it were the whole', () => {
    const doc = 'La facture atteint 6,8 M€ en 2023, contre 3,9 M€ en 2021, avant de redescendre à 5,6 M€ en 2024. Cette année-là, l’électricité en représentait la plus grosse part, 3,4 M€. Le gaz pesait 1,5 M€. Le reste, soit 1,2 M€, correspond aux carburants.';
    assert.deepEqual(flagged(doc, false).filter((f) => f.includes('3,4')), []);
  });
  it('reads « puis » before the last part as closing a sequence, and an amount « comme en » another year as counting twice', () => {
    const doc = (t: string) => `Entre 2021 et 2023, la CAF a versé ${t} : 13,2 M€ en 2021, 13,6 M€ en 2022 puis 11,8 M€ en 2023.`;
    assert.deepEqual(codes(doc('41,3 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes(doc('38,6 M€'), false), []);
    const twice = 'Le plan mobilisera 6,2 Md€ sur cinq ans : 1,0 Md€ en 2025, 1,2 Md€ en 2026, 1,3 Md€ en 2027 comme en 2028, puis 1,4 Md€ en 2029.';
    assert.deepEqual(codes(twice, false), []);
  });
  it('leaves a rest unread when the sentence before holds an amount the breakdown did not take', () => {
    const text = (rest: string) => `Les crédits notifiés s’élèvent à 2,418 Md€. La masse salariale (titre 2) en représente l’essentiel avec 2 104 M€ ; les crédits hors titre 2 de fonctionnement atteignent 271 M€, surtout pour les assistants. Le reste, soit ${rest}, finance les bourses.`;
    assert.deepEqual(codes(text('43 M€'), false), []);
  });
  it('never reads an amount of the next year after « puis » as a part of the amount a verb of origin splits', () => {
    assert.deepEqual(codes('Le comité a retenu 143 M€ de projets cofinancés par le FEDER en 2022, puis 168 M€ en 2023.', false), []);
    assert.deepEqual(codes('Le projet de 143 M€ est cofinancé par le FEDER pour 90 M€ et par la Région pour 68 M€.', false), ['sum-mismatch']);
  });
  it('never sums the sentences before into a total cumulated since a date', () => {
    const text = 'Côté recettes, la TEOM a rapporté 8,2 M€ et les soutiens des éco-organismes 1,3 M€. Depuis la création du syndicat en 2016, les soutiens perçus atteignent 8,7 M€ au total.';
    assert.deepEqual(codes(text, false), []);
  });
  it('reads a rest after parts that already make their whole as a rest of the larger whole', () => {
    const text = (rest: string) => `Le budget de l’agence s’élève à 4,82 M€. Les financements publics en assurent 3,1 M€ : 1,6 M€ apportés par la Région, 1,05 M€ par les intercommunalités et 0,45 M€ par le Département. Le reste, soit ${rest}, provient des ressources propres.`;
    assert.deepEqual(codes(text('1,72 M€'), false), []);
  });
  it('reads a part said to be exceeded (« dépassent de peu 1,1 M€ ») as a floor of the total after it', () => {
    const text = 'Le produit fiscal atteint 3,27 M€. Les dotations dépassent de peu 1,1 M€, tandis que les produits des services atteignent 547 000 €. Au total, les recettes s’élèvent à 5,1 M€.';
    assert.deepEqual(codes(text, false), []);
  });
  it('closes parts given one per paragraph with a rest that opens the last one, against the section’s first amount', () => {
    const text = (rest: string) => `Les crédits de la politique routière s’élèvent à 63 M€ pour 2024.\n\nL’entretien courant mobilise 21,4 M€. Les réparations de chaussées sont dotées de 18,9 M€.\n\nLes ouvrages d’art bénéficient de 9,6 M€.\n\nLe reste, soit ${rest}, finance les aménagements de sécurité.`;
    assert.deepEqual(codes(text('13,1 M€'), false), []);
    assert.deepEqual(flagged(text('17,6 M€'), false), ['sum-mismatch 63 M€']);
    // A paragraph of two amounts in between leaves the rest unread.
    assert.deepEqual(codes(text('17,6 M€').replace('Les ouvrages d’art bénéficient de 9,6 M€.', 'Les ouvrages d’art bénéficient de 9,6 M€ et les tunnels de 2,1 M€.'), false), []);
  });
  it('reads « en porte A » as a part taken from the amount before, never as a whole of the amounts after', () => {
    const text = 'Le déficit consolidé atteint 18,6 M€.\n\nL’établissement support en porte 11,2 M€. Le CH de Mirecourt affiche un déficit de 4,1 M€. Le reste, soit 6,3 M€, relève des hôpitaux de proximité.';
    assert.deepEqual(flagged(text, false).filter((f) => f.endsWith('11,2 M€')), []);
  });
  it('reads « Cette enveloppe a financé trois chantiers. » as announcing the parts of the amount of the paragraph before', () => {
    const text = (whole: string) => `En 2023, nous avons consacré ${whole} à la voirie.\n\nCe n’est pas un luxe : nos chaussées sont anciennes.\n\nCette enveloppe a financé trois chantiers. La reprise de la rue des Tilleuls a coûté 620 000 euros. La mise aux normes des trottoirs est revenue à 380 000 euros. Enfin, 210 000 euros ont été consacrés aux chemins ruraux.`;
    assert.deepEqual(codes(text('1,21 million d’euros'), false), []);
    assert.deepEqual(codes(text('un peu plus de 1,4 million d’euros'), false), ['sum-mismatch']);
    // Four chantiers announced, three amounts: no split read.
    assert.deepEqual(codes(text('un peu plus de 1,4 million d’euros').replace('trois chantiers', 'quatre chantiers'), false), []);
  });
  it('does not sum figures of two years into a total that names no span of years', () => {
    // 2026's request and 2024's spending are two figures of one thing, not parts of a wider effort.
    assert.deepEqual(codes('Le projet de loi de finances pour 2026 demande 1 420 M€ pour la mission. En 2024, la dépense s’était établie à 1 310 M€.\n\nAu total, l’effort de l’État pour la jeunesse, tous ministères confondus, dépasse 9 milliards d’euros.', false), []);
    // The same amounts summed over the years the total says are a sum again.
    assert.deepEqual(codes('La commune a versé 1 420 000 € à l’association en 2025. En 2024, elle lui avait versé 1 310 000 €.\n\nAu total, sur ces deux ans, elle lui a versé 3,1 millions d’euros.', false), ['sum-mismatch']);
  });

  it('leaves out of a sentence\'s sum the figures of an earlier clause twenty times its total', () => {
    assert.deepEqual(codes('Pour le programme, dont les crédits de fonctionnement atteignent 620 M€ et les crédits de personnel 2 300 M€, la mise en réserve s’élève à 31 M€ et 11,5 M€, soit 42,5 M€ au total.', false), []);
    assert.deepEqual(codes('Pour le programme, dont les crédits de fonctionnement atteignent 620 M€ et les crédits de personnel 2 300 M€, la mise en réserve s’élève à 31 M€ et 11,5 M€, soit 47,5 M€ au total.', false), ['sum-mismatch']);
  });
  it('reads a rest closing a paragraph opened by « Cet encours est réparti entre … » against the whole that sentence takes up', () => {
    const text = (rest: string) => `Fin 2024, la dette du syndicat atteint 22,4 M€.\n\nCet encours est réparti entre trois établissements. Le premier prêteur détient 12,6 M€, surtout en taux fixe. Le deuxième porte 5,9 M€. Le reste, soit ${rest}, revient au troisième.`;
    assert.deepEqual(codes(text('3,9 M€'), false), []);
    assert.deepEqual(flagged(text('4,9 M€'), false), ['sum-mismatch 22,4 M€']);
  });
  it('never sums a total « en quatre ans » from the parts of two of its years', () => {
    // 31 + 40 + 47 + 58 = 176 over four years; the sentence names only two of them.
    assert.deepEqual(codes('Le réseau cyclable gagne chaque année davantage : 31 km en 2021 et 58 km en 2024. Entre les deux, 40 km avaient été ouverts en 2022 et 47 km en 2023, ce qui porte le total à 176 km en quatre ans.', false), []);
    // A total of the sentence's own parts over the years it names is still summed.
    assert.deepEqual(codes('Entre les deux, 40 km avaient été ouverts en 2022 et 47 km en 2023, ce qui porte le total à 97 km en deux ans.', false), ['sum-mismatch']);
  });
  it('reads every part a clitic « en » takes from the whole before, a ranking « devant X (B) » included', () => {
    const text = (first: string) => `Le syndicat a voté un budget d’investissement de 23,5 M€. Les réseaux en absorbent la plus grande part, avec ${first}, devant les stations d’épuration (6,1 M€).`;
    assert.deepEqual(codes(text('15,2 M€'), false), []);
    assert.deepEqual(codes(text('19,2 M€'), false), ['sum-mismatch']);
    assert.deepEqual(codes(text('25,2 M€'), false), ['part-exceeds-total']);
  });
  it('reads no spending verb after « alors que » as the whole before it spending', () => {
    assert.deepEqual(codes('Pour 2024-2028, le syndicat gère 420 M€ de crédits européens. Une enveloppe de 0,42 milliard d’euros qui ne vise plus que l’eau potable, alors que le contrat précédent, prolongé d’un an, finançait 760 M€ en incluant l’assainissement.', false), []);
    // Without the contrast, a whole named as one and a spending verb still split it.
    assert.deepEqual(flagged('Le fonds de 3 M€ finance 2,2 M€ de prêts et 1,4 M€ de garanties.', false), ['sum-mismatch 3 M€']);
  });

  it('sums a total written after the parts through a whole whose parts follow it', () => {
    const text = (total: string) => `Les dépenses de fournitures du lycée ont atteint 2,3 M€ en 2025. Le papier recyclé en représente 610 000 €, et les consommables labellisés 540 000 €. Au total, ${total} d’achats répondent aux critères du marché responsable.`;
    assert.deepEqual(codes(text('1 150 000 €'), false), []);
    assert.deepEqual(flagged(text('1 350 000 €'), false).filter((f) => !f.startsWith('share')), ['sum-mismatch 1 350 000 €']);
  });
  it('reads a rest after a « dont » as possibly the rest of the whole the sentence before gave', () => {
    const text = (rest: string) => `La communauté de communes a versé 540 000 € d’aides à l’isolation en 2024. Les propriétaires occupants en ont reçu 390 000 €, dont 45 000 € de bonus pour les ménages modestes. Le reste, soit ${rest}, a aidé les bailleurs.`;
    assert.deepEqual(codes(text('150 000 €'), false), []);
    // The rest of the « dont »'s whole fits too.
    assert.deepEqual(codes(text('345 000 €'), false), []);
    assert.deepEqual(flagged(text('210 000 €'), false), ['sum-mismatch 390 000 €']);
  });
  it('reads no prose total under a table with a total row as the sum of the prose\'s few figures', () => {
    const doc = `### Investissement 2024 (en k€)\n\n| Chapitre | Réalisé |\n|---|---|\n| Travaux | 1 820 |\n| Emprunts | 410 |\n| Subventions versées | 230 |\n| **Total** | **2 460** |\n\nLes travaux réalisés atteignent 1,82 M€. Le remboursement de la dette, 410 000 €, suit l’échéancier. Au total, la commune a mandaté 2,46 M€ en 2024.\n`;
    assert.deepEqual(codes(doc).filter((c) => c === 'sum-mismatch'), []);
  });

  it('reads a portion of a whole named before as one more part of that whole', () => {
    const text = (total: string) => `La régie a distribué ${total} m³ d’eau en 2024.\n\nL’essentiel de ce volume, 2 900 000 m³, a servi les ménages. Les entreprises ont reçu 800 000 m³ et les services publics 300 000 m³, le solde, soit 200 000 m³, correspondant aux fuites.`;
    assert.deepEqual(codes(text('4 200 000'), false).filter((c) => c === 'sum-mismatch'), []);
    assert.deepEqual(flagged(text('4 600 000'), false), ['sum-mismatch 4 600 000 m³']);
  });
  it('splits a whole whose noun is dated by « annuel » like any whole', () => {
    const text = (a: string) => `La dotation annuelle de 480 000 € se répartit entre les trois maisons de quartier : ${a} pour le Nord, 150 000 € pour le Centre et 140 000 € pour le Sud.`;
    assert.deepEqual(codes(text('190 000 €'), false), []);
    assert.deepEqual(flagged(text('230 000 €'), false), ['sum-mismatch 480 000 €']);
  });

  it('reads « A sur ce montant » as a part of the whole just said, across a paragraph break', () => {
    const text = (part: string) => `Le budget consacré aux gymnases s’élève à 1,6 M€ pour 2025-2026.\n\nLa toiture du gymnase Pasteur absorbera ${part} sur ce montant.`;
    assert.deepEqual(codes(text('0,9 M€'), false), []);
    assert.deepEqual(flagged(text('1,9 M€'), false), ['part-exceeds-total 1,9 M€']);
  });
  it('sums a series of years whose total is said « en trois ans »', () => {
    const text = (t: string) => `La Région a aidé les gîtes ruraux : 2,3 M€ en 2022, 3,1 M€ en 2023 et 3,9 M€ en 2024, soit ${t} en trois ans.`;
    assert.deepEqual(codes(text('9,3 M€'), false), []);
    assert.deepEqual(flagged(text('10,3 M€'), false), ['sum-mismatch 10,3 M€']);
  });
  it('never adds an amount « soit » restates a few words after it as one more part', () => {
    const text = (t: string) => `L’assemblée a voté 1 200 000 € pour le centre. Cette somme s’ajoute aux 0,8 M€ déjà versés en mars, soit huit cent mille euros d’avance. Au total, le centre disposera donc de ${t}.`;
    assert.deepEqual(codes(text('2 millions d’euros'), false), []);
    assert.deepEqual(flagged(text('2,2 millions d’euros'), false), ['sum-mismatch 2,2 millions d’euros']);
  });
  it('reads parts after « le reste provenant de » as the remainder, not the whole', () => {
    const doc = (a: string) => `Les aides publiques couvrent 35 % d'un budget de deux millions d'euros, le reste provenant des entrées (${a}), des partenaires privés (260 000 €) et des ventes (140 000 €).`;
    assert.deepEqual(codes(doc('900 000 €'), false), []);
    // A whole split by a verb of distribution with no remainder before it is still all of it.
    assert.deepEqual(codes("Le budget de deux millions d'euros provient des entrées (900 000 €), des partenaires privés (260 000 €) et des ventes (140 000 €).", false), ['sum-mismatch']);
  });
  it('takes a ranked part that fits an earlier amount of the paragraph as that whole\'s part, not the sibling just before', () => {
    const doc = (p: string) => `Le budget du département atteint 612 M€ en 2025. Ses recettes fiscales, portées par les droits de mutation, atteignent 140 M€. L'action sociale reste le premier poste, à ${p}.`;
    assert.deepEqual(codes(doc('355 M€'), false), []);
    assert.deepEqual(codes('Le budget du département atteint 300 M€ en 2025. L\'action sociale reste le premier poste, à 355 M€.', false), ['part-exceeds-total']);
  });
  it('reads « A par unité, soit B au total » as a rate\'s product, no total of the sentences before', () => {
    assert.deepEqual(codes("14 bourses depuis 2021, soit 3,6 M€ de dotations. S'y ajoutent des primes d'accueil apportées par la ville, comprises entre 20 000 et 30 000 € par bourse, soit entre 0,28 et 0,42 M€ au total.", false), []);
  });
  it('never reads what an amount does not cover (« ne suffira pas à couvrir ») as its parts', () => {
    assert.deepEqual(codes("Le rapport note que l'enveloppe de 0,8 Md€ ne suffira pas à couvrir les chantiers retenus, dont le coût dépasse 1,4 Md€.", false), []);
    assert.deepEqual(codes("L'enveloppe de 0,8 Md€ couvre les chantiers retenus, dont l'un coûte à lui seul 1,4 Md€.", false), ['part-exceeds-total']);
  });
  it('reads what the rest « est partagé entre » as the rest\'s own detail, not more parts of the whole', () => {
    const doc = (a: string) => `Sur les 7,2 M€ du chantier, l'État apporte 2,5 M€ et la Région ${a} ; le reste, soit 1,5 M€, est partagé entre la commune (1 M€) et le syndicat (0,5 M€).`;
    assert.deepEqual(codes(doc('3,2 M€'), false), []);
    assert.deepEqual(codes(doc('3,9 M€'), false), ['sum-mismatch']);
  });
  it('never takes a unit price « à A le kit » before a list item\'s colon as the item\'s whole', () => {
    assert.deepEqual(codes('Les 900 000 € du plan se répartissent ainsi :\n\n- pose de 2 000 compteurs, à 150 € le compteur : 300 000 € ;\n- travaux sur le réseau : 600 000 €.\n'), []);
  });
  it('closes a chain of measured parts and their rest on the amount said just before, not on the chain\'s first part', () => {
    const doc = (r: string) => `- **Surface totale :** 3 200 ha\n- **Gestion :** syndicat mixte\n\nLes prairies occupent 1 900 ha. Les boisements couvrent 850 ha. Le reste, soit ${r}, correspond à des zones humides.\n`;
    assert.deepEqual(codes(doc('450 ha')), []);
    assert.deepEqual(codes(doc('650 ha')), ['sum-mismatch']);
  });
  it('sums « ces trois dernières lignes … ensemble A » over the things named without figures, not the amounts before', () => {
    assert.deepEqual(codes("L'enveloppe des dotations atteint 7,2 M€, dont 3,1 M€ de dotation forfaitaire et 1,6 M€ de dotation de solidarité. La péréquation, les compensations et le FCTVA complètent cette enveloppe, ces trois dernières lignes représentant ensemble 2,5 M€.", false), []);
  });
  it('reads a price before a count in a list item (« Plein tarif (8 €) : 9 625 entrées ») as no whole of the item', () => {
    assert.deepEqual(codes('- Plein tarif (7 €) : 4 000 entrées, soit 28 000 € ;\n- Tarif réduit (4 €) : 1 500 entrées, soit 6 000 € ;\n'), []);
  });
  it('reads amounts given with a signed percentage in brackets (« (+3 %) ») as changes of the amount before, no parts of it', () => {
    assert.deepEqual(codes("Le marché, notifié pour 900 000 € HT, a fait l'objet de deux avenants : le premier, de 27 000 € HT (+3 %), pour les fondations ; le second, de 18 000 € HT (+2 %), pour un local technique.", false), []);
  });
  it('counts an amount and its restatement in words once in a total of the paragraph before', () => {
    assert.deepEqual(codes("La région mobilise 1,2 million d'euros pour les haies. Ces 1 200 000 € financeront les plantations.\n\nLe département y ajoute trois cent mille euros au titre de son fonds d'aide aux territoires ruraux, soit 300 000 € fléchés vers l'entretien.\n\nAu total, ce sont donc 1,5 M€ qui seront engagés cette année.\n", false), []);
  });
  it('never takes an amount per thing (« 50 000 € par médecin ») as the whole of what « en » takes from it', () => {
    assert.deepEqual(codes("- **Aide à l'installation** : 40 000 € par kinésithérapeute installé pour cinq ans. Six praticiens en ont bénéficié depuis 2020, soit 240 000 €.\n"), []);
  });
  it('reads « Au total, X apporte 40 % du programme, soit A » as the part a share comes to, no total of the list before', () => {
    const doc = `## Contrat vélo 2025-2028\n\nLe contrat prévoit **6,5 M€** d'investissements, dont notamment :\n\n- 2,1 M€ pour la passerelle sur l'Orne ;\n- 1,7 M€ pour la liaison gare – lycée.\n\nAu total, l'État apporte 40 % du programme, soit 2,6 M€. Le solde revient aux communes.\n`;
    assert.deepEqual(codes(doc), []);
  });
  it('sums the years a sentence lists « depuis le début du mandat » into its total', () => {
    const text = (t: string) => `Depuis le début du mandat, la commune a emprunté chaque année : 1,2 M€ en 2021, 0,8 M€ en 2022, 1,5 M€ en 2023 et 1,1 M€ en 2024, soit ${t} au total.`;
    assert.deepEqual(codes(text('4,6 M€'), false), []);
    assert.deepEqual(codes(text('5,4 M€'), false), ['sum-mismatch']);
  });
  it('takes the ends of a change (« passera de A en 2024 à B en 2025 ») as no parts of a total said after', () => {
    assert.deepEqual(codes("La participation de la Région au syndicat passera de 21,4 M€ en 2024 à 22,3 M€ en 2025, soit +4,2 %. Les communes n'augmentent la leur que de 1,5 %. Au total, le syndicat disposera de 37,8 M€ de participations l'an prochain.", false), []);
  });
  it('pairs « N % de ce montant, soit A » with its item as a part of the split', () => {
    const text = (x: string) => `Le marché s'élève à 90 000 € HT, soit 108 000 € TTC. Le plan de financement est établi sur le montant hors taxes : la Région prend en charge 50 % de ce montant, soit 45 000 €, une fondation apporte 25 000 € et l'association ${x} de fonds propres.`;
    assert.deepEqual(codes(text('20 000 €'), false), []);
    assert.deepEqual(codes(text('30 000 €'), false), ['sum-mismatch']);
  });
  it('reads a bracketed price before a colon and a bare count after it as no whole (« Plein tarif (9 €) : 8 200, soit A »)', () => {
    assert.deepEqual(codes("**Bilan de la saison**\n\n- Entrées à plein tarif (8 €) : 7 100, soit 56 800 € ;\n- Entrées à tarif réduit (5 €) : 9 300, soit 46 500 € ;\n- Recettes de billetterie : 103 300 €.\n"), []);
  });
  it('reads « A : la facture type de B correspond … » as a thing of size B the colon explains by, no part of A', () => {
    assert.deepEqual(codes("Un habitant utilise en moyenne 145 litres d'eau par jour, soit environ 53 m³ par an. Pour un foyer de deux personnes, cela fait à peu près 106 m³ : la facture « type » de 120 m³ correspond donc à un foyer de deux à trois personnes.", false), []);
  });
  it('reads figures dated other years after a whole dated earlier in its clause as the next levels, not its parts', () => {
    assert.deepEqual(codes('Le pic a été atteint en 2019, avec 48,2 M€, avant une baisse régulière : 41,5 M€ en 2020, 37,9 M€ en 2021 puis 30,2 M€ en 2022.', false), []);
    // A whole counted from that year (« depuis sa création en 2019 ») still sums the years listed.
    assert.deepEqual(codes('Depuis sa création en 2019, le fonds a versé 60 M€ : 12 M€ en 2019, 15 M€ en 2020, 16 M€ en 2021 et 21 M€ en 2022.', false), ['sum-mismatch']);
  });
  it('lets the parts of a balance (« le déficit ») add up past it, since other parts may be in surplus', () => {
    const doc = (noun: string) => `${noun} des budgets annexes atteindrait 9,4 M€ en 2025. L'eau en porte la plus grande part, avec 6,8 M€, devant l'assainissement (3,1 M€). Le port dégage un excédent de 0,5 M€.`;
    assert.deepEqual(codes(doc('Le déficit'), false), []);
    assert.deepEqual(codes(doc('Le coût'), false), ['sum-mismatch']);
  });
  it('reads « Sur ce fonds de A, X a obtenu B » as the whole written again, with B its part, not A', () => {
    const doc = (a: string) => `Le fonds de soutien aux théâtres, doté de 12 M€, a commencé à être réparti. Selon le syndicat, 40 % des salles sont en difficulté. Sur ce fonds de ${a}, la Normandie a obtenu 0,9 M€.`;
    assert.deepEqual(codes(doc('12 M€'), false), []);
    assert.ok(!codes(doc('13 M€'), false).includes('part-exceeds-total'));
  });
  it('takes what « en » takes from the total of a period, not from its yearly average beside a span of years', () => {
    const doc = (span: string) => `Le programme de voirie coûtera 90 millions d'euros. Le chiffre est juste${span}, soit 15 millions par an. La Ville n'en paie que 40 millions, le Département 35 et l'État 15.`;
    assert.deepEqual(codes(doc(' sur 2025-2030'), false), []);
    assert.deepEqual(codes(doc(''), false), []);
    // Said as the yearly amount itself, it is the whole of what « en » takes.
    assert.deepEqual(codes("Le budget annuel de voirie atteint 15 millions d'euros par an. La Ville n'en paie que 40 millions.", false), ['part-exceeds-total']);
  });
  it('reads funders giving a share each (« apporte », « verse ») as siblings of the rest, not the first as their whole', () => {
    assert.deepEqual(codes("Le Département apporte 2,4 M€. L'État verse 1,1 M€. Le reste, soit 0,6 M€, vient de la commune.", false), []);
    // A cost said before them is their whole.
    const costed = (r: string) => `La salle coûtera 4,1 M€. Le Département apporte 2,4 M€. L'État verse 1,1 M€. Le reste, soit ${r}, vient de la commune.`;
    assert.deepEqual(codes(costed('0,6 M€'), false), []);
    assert.deepEqual(flagged(costed('0,9 M€'), false), ['sum-mismatch 4,1 M€']);
  });
  it('leaves an amount said before a series of dated ones out of the series the « soit » totals', () => {
    const doc = (t: string) => `Sur l'axe « mobilités », doté de 140 M€ pour la période, les paiements reçus ont atteint 12,5 M€ en 2022, 19,1 M€ en 2023 et 24,4 M€ en 2024, soit ${t} en trois ans.`;
    assert.deepEqual(codes(doc('56,0 M€'), false), []);
    assert.deepEqual(flagged(doc('61,0 M€'), false), ['sum-mismatch 61,0 M€']);
  });
  it('reads « A de cette enveloppe » as a part of the whole said just before, and no sibling of a total said after', () => {
    const doc = (a: string) => `Le contrat consacre 900 M€ au rail sur cinq ans. La Région apporte ${a} de cette enveloppe, l'État et SNCF Réseau le reste.`;
    assert.deepEqual(codes(doc('380 M€'), false), []);
    assert.deepEqual(flagged(doc('980 M€'), false), ['part-exceeds-total 980 M€']);
    // A total of more than both said after them does not add the part to its whole.
    assert.deepEqual(codes(`${doc('380 M€')} S'y ajoutent 300 M€ pour les routes. L'ensemble du contrat, tous volets confondus, dépasse 1,9 milliard d'euros.`, false), []);
    // « les A de ce fonds » is the whole again, no part of it.
    assert.deepEqual(codes("Le fonds est doté de 450 000 €. « Avec les 450 000 € de ce fonds, nous aiderons trente hôtels », dit le président.", false), []);
  });
  it('takes no whole for « à elle seule » from the last part of a list (« … complète l’ensemble, pour 74 M€ »)', () => {
    const doc = (closing: string) => `Le budget atteint 900 M€. Le fonctionnement pèse 420 M€ et l'investissement 400 M€. Le remboursement de la dette ${closing}, pour 80 M€.\n\nLa taxe sur les carburants rapporte à elle seule 95 M€.`;
    assert.deepEqual(codes(doc("complète l'ensemble"), false), []);
    // The pair « fonctionnement » and « investissement » is all of a budget unless its paragraph goes on with another amount.
    assert.deepEqual(codes("Le budget atteint 900 M€. Le fonctionnement pèse 420 M€ et l'investissement 400 M€. Le remboursement de la dette représente 80 M€.", false), []);
    assert.deepEqual(codes("Le budget atteint 900 M€. Le fonctionnement pèse 420 M€ et l'investissement 400 M€.", false), ['sum-mismatch']);
    // Without the closing verb, the one amount before is the whole « à elle seule » takes from.
    assert.deepEqual(codes("Le remboursement de la dette est inscrit pour 80 M€. La taxe sur les carburants en couvre à elle seule 95 M€.", false), ['part-exceeds-total']);
  });

  it('reads parallel sentences before « Le reste » as siblings, not the first as their whole', () => {
    const parts = 'Les feuillus occupent 1 900 ha. Les résineux couvrent 1 200 ha. Le reste, soit 300 ha, est en landes.';
    assert.deepEqual(codes(parts, false), []);
    assert.deepEqual(codes('Les lycées reçoivent 1,9 M€. Les collèges obtiennent 1,2 M€. Le reste, soit 0,3 M€, va aux écoles.', false), []);
    // A whole opened otherwise is still read as one, and checked.
    assert.deepEqual(flagged(`La forêt communale s’étend sur 3 700 ha. ${parts}`, false), ['sum-mismatch 3 700 ha']);
    assert.deepEqual(codes(`La forêt communale s’étend sur 3 400 ha. ${parts}`, false), []);
    // A whole the next sentence takes up with « en » is one too.
    assert.deepEqual(flagged('Les crédits atteignent 6 Md€. Les laboratoires en recevront 3,2 Md€. Les démonstrateurs en recevront 2,1 Md€. Le reste, soit 1,4 Md€, ira aux jeunes pousses.', false), ['sum-mismatch 6 Md€']);
  });

  it('reads « la première source d’approvisionnement, avec A » as one part among others, no whole of the amounts after it', () => {
    const text = 'La banque alimentaire a distribué 9 420 tonnes en 2023.\n\nLa ramasse reste la première source d’approvisionnement, avec 3 150 tonnes. Les achats ont représenté 2 870 tonnes, et les dons 1 960 tonnes.\n\nLe reste, soit 1 440 tonnes, vient de la collecte.';
    assert.deepEqual(codes(text, false), []);
  });

  it('reads « Ce produit se répartit entre quatre redevances » as announcing the parts of the amount of the paragraph before', () => {
    const text = (a: string) => `Les redevances encaissées atteignent ${a}.\n\nCe produit se répartit entre quatre redevances. La redevance domestique reste la première ressource, avec 287,4 M€. Viennent ensuite la redevance de prélèvement (58,9 M€) et la redevance industrielle (41,2 M€). La redevance pour pollutions diffuses a rapporté 19,8 M€.`;
    assert.deepEqual(codes(text('407,3 M€'), false), []);
    assert.deepEqual(flagged(text('438,5 M€'), false), ['sum-mismatch 438,5 M€']);
  });

  it('reads parts at successive stages, one named by its noun (« les mandatements cumulés atteignent B »), as nested in the whole', () => {
    assert.deepEqual(codes("Sur les 6 M€ d'autorisations de programme votées, 4,2 M€ ont été affectés, et les mandatements cumulés atteignent 3,1 M€ fin 2024.", false), []);
  });
  it('reads no total « Depuis 2020, … cumulés » over a series that starts later', () => {
    assert.deepEqual(codes("Le déficit s'est établi à 9,6 Md€ en 2023 et à 17,1 Md€ en 2024 ; il atteindrait environ 15 Md€ en 2025. Depuis 2020, les déficits cumulés dépassent 90 Md€.", false), []);
    // From the series' first year, it is the series' total.
    assert.deepEqual(codes("Le déficit s'est établi à 9,6 Md€ en 2023, à 17,1 Md€ en 2024 et à 15 Md€ en 2025. Depuis 2023, les déficits cumulés atteignent 49 Md€.", false), ['sum-mismatch']);
  });

  it('sums no total over parts said to be the last ones when the earlier parts are not read', () => {
    const text = 'Le budget prévoit 3,1 Md€ d’AE et, en CP, 620 M€ pour le programme A et 480 M€ pour le programme B.\n\nLes deux derniers programmes reçoivent 150 M€ et 250 M€.\n\nAu total, les CP de la mission atteignent 1,5 Md€.';
    assert.deepEqual(codes(text), []);
    // (Without « derniers », the amounts of the paragraph before are the parts.)
    assert.deepEqual(codes('Le programme C reçoit 150 M€ et le programme D 250 M€. Au total, la mission atteint 1,5 Md€.'), ['sum-mismatch']);
  });

  it('keeps what a colon after the rest enumerates as the rest’s own split', () => {
    const text = (rest: string) => `Le chantier est estimé à 3,0 M€. Sur ce total, l’État apporte 1,2 M€ et l’Europe 0,6 M€. Le reste, soit ${rest}, revient aux collectivités : 0,7 M€ pour la Région et 0,5 M€ pour le département.`;
    assert.deepEqual(codes(text('1,2 M€')), []);
    // (The whole and the rest both fail on the one wrong rest: one diagnostic, on the wider relation.)
    assert.deepEqual(codes(text('1,4 M€')), ['sum-mismatch']);
  });

  it('takes « ce dernier montant » as the last amount said, and a change beside a level as no whole', () => {
    const text = (part: string) => `La mission reçoit 12,0 Md€. Le programme A en absorbe 5,1 Md€ et le programme B 3,4 Md€. Sur ce dernier montant, ${part} vont aux opérateurs.`;
    assert.deepEqual(codes(text('2 900 M€')), []);
    assert.deepEqual(codes(text('3 700 M€')), ['part-exceeds-total']);
    const split = (a: string) => `Fin 2024, la dette du syndicat atteint 96,0 M€, en hausse de 2,4 M€ sur un an. Elle se répartit entre le budget principal hors annexes (${a}) et le budget de l’eau (40,0 M€).`;
    assert.deepEqual(codes(split('56,0 M€')), []);
    assert.deepEqual(codes(split('62,0 M€')), ['sum-mismatch']);
  });

  it('reads a relative clause after the rest as the rest’s own detail, and a share after a participle as no allocation', () => {
    const text = (rest: string) => `Sur un coût de 900 000 € hors taxes, l’État couvre 40 %, soit 360 000 €, et la Région 20 %, soit 180 000 €. Le reste à charge de la commune s’établit à ${rest}, qui seront financés par un emprunt de 250 000 € et par l’autofinancement.`;
    assert.deepEqual(codes(text('360 000 €')), []);
    assert.deepEqual(codes('Avec 120 M€, l’axe 2 consacré aux transports absorbe un tiers de la maquette de 360 M€.'), []);
    assert.deepEqual(codes('Avec 150 M€, l’axe 2 consacré aux transports absorbe un tiers de la maquette de 360 M€.'), ['share-mismatch']);
  });

  it('takes a budget up with « Les ressources », the subject of a verb of origin', () => {
    const text = (d: string) => `Le budget primitif est arrêté à 2,40 M€. Les ressources proviennent de l’État pour 1,10 M€, du département pour 0,70 M€ et des communes pour ${d}.`;
    assert.deepEqual(codes(text('0,60 M€')), []);
    assert.deepEqual(codes(text('0,90 M€')), ['sum-mismatch']);
  });

  it('splits no range, even after a noun of a whole', () => {
    assert.deepEqual(codes('Le prix demandé aux familles reste modulé selon leurs ressources, de 4,50 € à 8,90 € le repas ; la différence est prise en charge par le CCAS, qui y consacre 96 000 € en 2025.'), []);
  });

  it('reads « Le reste des A … » as naming the whole the rest is of, not the rest', () => {
    assert.deepEqual(codes('« Les ménages versent 90 milliards de taxes chaque année », a affirmé un élu lors d’un débat. Le chiffre est exagéré. Les taxes locales, foncières et d’habitation, représentent environ 70 Md€. Le reste des 120 Md€ de recettes est financé par l’impôt sur le revenu et des dotations de l’État.'), []);
  });

  it('reads « soit un déficit cumulé de A » after a series of yearly deficits as their total', () => {
    const text = (t: string) => `Le déficit du fonds s’établirait à 1,2 Md€ en 2025, 1,6 Md€ en 2026 et 2,1 Md€ en 2027, soit un déficit cumulé de ${t} sur ces trois exercices.`;
    assert.deepEqual(codes(text('4,9 Md€')), []);
    assert.deepEqual(codes(text('5,6 Md€')), ['sum-mismatch']);
  });
});
