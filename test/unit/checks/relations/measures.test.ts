// Quantities with a unit (tonnes, kilometres, GWh, hectares…) relate as money does.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';
import { analyze } from '../../../../server/src/core/analysis';

describe('relations: measures', () => {
  it('sums parts in one unit against a whole in another of the same kind (Mt and millions de tonnes)', () => {
    const text = (total: string) => `La plateforme a traité ${total} de déchets en 2024, dont 4,2 Mt d’inertes, 2,6 Mt de déchets verts et 1,1 Mt de bois.`;
    assert.deepEqual(codes(text('6,9 millions de tonnes')), ['sum-mismatch']);
    assert.deepEqual(codes(text('9,4 millions de tonnes')), []);
  });

  it('reads a list of measures under its lead, yearly whole and yearly parts alike', () => {
    const text = (total: string) => `Le programme d’économies doit éviter ${total} par an :\n\n- éclairage public : 0,8 GWh ;\n- chauffage des écoles : 1 150 MWh ;\n- piscines : 0,4 GWh.\n`;
    assert.deepEqual(flagged(text('1,9 GWh')), ['sum-mismatch 1,9 GWh']);
    assert.deepEqual(codes(text('2,35 GWh')), []);
  });

  it('checks changes and restatements of measures', () => {
    assert.deepEqual(codes('Le réseau cyclable passe de 120 km à 150 km, soit une hausse de 40 %.'), ['change-mismatch']);
    assert.deepEqual(codes('Le réseau cyclable passe de 120 km à 150 km, soit une hausse de 25 %.'), []);
    assert.deepEqual(codes('La forêt communale couvre 1,2 km (1 200 m) de lisière et 2 400 hectares.'), []);
    assert.deepEqual(codes('La digue mesure 2,4 km (2 800 m).'), ['restatement-mismatch']);
  });

  it('never adds up different kinds of measure, nor measures and money', () => {
    assert.deepEqual(codes('Le syndicat gère 48 km de berges, dont 30 hectares de zones humides et 25 km de ripisylve.'), []);
    assert.deepEqual(codes('La collecte atteint 12 000 tonnes, dont 8 M€ de frais de transport et 6 000 tonnes de verre.'), []);
    // A count of things is no measure: « 1 200 logements » and « 900 tonnes ».
    assert.deepEqual(codes('Le chantier a produit 900 tonnes de gravats, dont 1 200 logements rénovés.'), []);
  });

  it('writes the arithmetic in the unit of the figures', () => {
    const text = 'La plateforme a traité 6,9 millions de tonnes de déchets en 2024, dont 4,2 Mt d’inertes, 2,6 Mt de déchets verts et 1,1 Mt de bois.';
    const d = analyze(text).diagnostics.find((x) => x.code === 'sum-mismatch');
    assert.ok(d && d.message.includes('4,2 + 2,6 + 1,1 = 7,9\u202fMt'), d?.message);
  });

  it('reads counts in millions as measures of things, whatever noun names them', () => {
    const text = (total: string) => `En 2022, le parc a accueilli 1,4 million de visiteurs ; il en a reçu 1,7 million en 2023 et 2,1 millions en 2024. En trois ans, ce sont donc ${total} d’entrées.`;
    assert.deepEqual(codes(text('6,2 millions')), ['sum-mismatch']);
    assert.deepEqual(codes(text('5,2 millions')), []);
    // « deux millions d’années » is a duration, not things.
    assert.deepEqual(codes('Le site, vieux de 2 millions d’années, a reçu 1,2 million de visiteurs, dont 3 millions d’enfants.'), ['part-exceeds-total']);
  });
  it('reads km² in hectares (« 420 hectares, soit 42 km² » is ten times off)', () => {
    assert.deepEqual(codes('La réserve couvre 380 hectares, soit 38 km², sur trois communes.'), ['restatement-mismatch']);
    assert.deepEqual(codes('La réserve couvre 380 hectares, soit 3,8 km², sur trois communes.'), []);
  });

  it('takes the measure after « des » for the whole of « soit N % »: « 412 km … le long des 1 650 km de routes »', () => {
    const text = (p: string) => `Quelque 310 km de bandes cyclables longent désormais les 1 240 km de routes du département, soit ${p} % du réseau.`;
    assert.deepEqual(codes(text('31')), ['share-mismatch']);
    assert.deepEqual(codes(text('25')), []);
  });

  it('adds yearly parts to a yearly total, and never yearly parts to a total of no period', () => {
    const text = (t: string) => `Le gymnase économisera 520 MWh par an, la piscine 1 030 MWh et la salle des fêtes 250 MWh. Au total, ces trois chantiers représenteront une économie de ${t} par an.`;
    assert.deepEqual(codes(text('1 800 MWh'), false), []);
    assert.deepEqual(codes(text('2 100 MWh'), false), ['sum-mismatch']);
    assert.deepEqual(codes('Le gymnase économisera 520 MWh par an, la piscine 1 030 MWh et la salle des fêtes 250 MWh. Au total, les travaux ont consommé 2 100 MWh.', false), []);
  });

  it('reads kilograms as thousandths of a tonne, and a ratio against the amount of the noun it names', () => {
    assert.deepEqual(codes('Le syndicat a enfoui 30 600 tonnes de déchets pour 120 000 habitants, soit 290 kg par habitant.', false), ['rate-mismatch']);
    assert.deepEqual(codes('Le syndicat a enfoui 30 600 tonnes de déchets pour 120 000 habitants, soit 255 kg par habitant.', false), []);
    // « le ratio de biodéchets » divides the biowaste tonnage said earlier, not the last tonnage said.
    const text = (ratio: string) => `Le service a collecté 12 000 tonnes, dont 2 400 tonnes de biodéchets. Les déchèteries ont reçu 5 100 tonnes. Rapporté aux 30 000 habitants, le ratio de biodéchets s’établit à ${ratio} par habitant.`;
    assert.deepEqual(codes(text('80 kg'), false), []);
    assert.deepEqual(codes(text('95 kg'), false), ['rate-mismatch']);
  });


  it('reads « C’est P % de moins qu’en 2023, où … B tonnes » for measures as for money', () => {
    const doc = (p: string) => `Les apports en déchetterie ont atteint 9 300 tonnes en 2025. C’est ${p} de moins qu’en 2024, où 10 100 tonnes avaient été collectées.`;
    assert.deepEqual(codes(doc('8 %'), false), []);
    assert.deepEqual(codes(doc('14 %'), false), ['change-mismatch']);
  });
  it('reads hectares, square metres and square kilometres as one surface', () => {
    assert.deepEqual(codes('Le parc solaire occupera 12 hectares, soit 120 000 m², sur l’ancienne carrière.', false), []);
    assert.deepEqual(codes('Le parc solaire occupera 12 hectares, soit 150 000 m², sur l’ancienne carrière.', false), ['restatement-mismatch']);
    assert.deepEqual(codes('La réserve s’étend sur 2 500 ha, soit 25 km².', false), []);
    // Sums of hectares are still written in hectares.
    const [message] = analyze('La forêt de 50 ha comprend 30 ha de chênes et 26 ha de pins.', { markdown: false }).diagnostics.filter((d) => d.code === 'sum-mismatch').map((d) => d.message);
    assert.match(message, /56\sha/);
  });
  it('reads tonnes of CO2 equivalent written as one word (« MtCO2e », « ktCO2e ») as tonnes', () => {
    const doc = (t: string) => `Le bilan des émissions atteint ${t} en 2023 : les transports 2,10 Mt, le bâtiment 1,40 Mt et l'industrie 0,90 Mt.`;
    assert.deepEqual(codes(doc('4,40 MtCO2e'), false), []);
    assert.deepEqual(codes(doc('5,10 MtCO2e'), false), ['sum-mismatch']);
    assert.deepEqual(codes('Le plan évitera 420 ktCO2e par an, soit 420 000 tCO2e.', false), []);
    assert.deepEqual(codes('Le plan évitera 420 ktCO2e par an, soit 380 000 tCO2e.', false), ['restatement-mismatch']);
  });

  it('reports a measure part larger than its whole taken up (« Sur ce total, B tonnes ») once', () => {
    assert.deepEqual(flagged('Le centre de tri a reçu 8,4 tonnes. Sur ce total, 9,1 tonnes ont été recyclées.', false), ['part-exceeds-total 9,1 tonnes']);
  });
});
