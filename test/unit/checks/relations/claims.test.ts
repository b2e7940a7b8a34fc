// Two amounts for one name: the same period, scope, basis and purpose only.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';
import { analyze } from '../../../../server/src/core/analysis';

describe('relations: claims on names', () => {
  it('flags a name given two amounts, whatever the phrasing', () => {
    assert.deepEqual(codes('Le plan « Cap Littoral », doté de 1,5 Md€, finance les digues. Le plan « Cap Littoral » et ses 1,2 Md€ doivent protéger les côtes.'), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds régional d’aide à la presse bénéficie de 45 M€ en 2025. Pour cette année, les 54 M€ du fonds régional d’aide à la presse seront répartis.'), ['figure-conflict']);
    assert.deepEqual(codes('L’ANR disposera en 2025 d’un budget de 1,2 milliard d’euros. Avec 1,4 milliard d’euros en 2025, l’ANR pourra financer plus de projets.'), ['figure-conflict']);
  });

  it('keeps apart different years, an envelope and its year, AE and CP, different purposes', () => {
    assert.deepEqual(codes('Doté de 2 milliards d’euros en 2023, le Fonds vert atteint 2,5 milliards d’euros en 2024.'), []);
    assert.deepEqual(codes('Le PIA4 est doté de 20 Md€ sur cinq ans. En 2024, le PIA4 est doté de 4 Md€.'), []);
    assert.deepEqual(codes('Le programme 362 est doté de 4,8 Md€ en autorisations d’engagement. En crédits de paiement, le programme 362 dispose de 3,1 Md€.'), []);
    assert.deepEqual(codes('La région Bretagne reçoit 5 M€ pour les routes. La région Bretagne reçoit 3 M€ pour les écoles.'), []);
  });

  it('reads a hedge that restates the same figure as agreeing', () => {
    assert.deepEqual(codes('Le programme Petites villes de demain est doté de 3 milliards d’euros. Avec près de 3 milliards d’euros, Petites villes de demain accompagne 1 600 communes.'), []);
  });

  it('follows a name to its alias « (ci-après le Fonds) » and to its acronym', () => {
    assert.deepEqual(codes('Un fonds dénommé « Mer et Rivages » (ci-après le Fonds) est doté de 9 M€. Le Fonds, fort de 11 M€, aide les ports de pêche.'), ['figure-conflict']);
    assert.deepEqual(codes('La stratégie nationale pour les mobilités rurales (ci-après la Stratégie) mobilise 700 M€. La Stratégie, avec 700 M€, cible les bourgs.'), []);
    assert.deepEqual(codes('Le Schéma directeur des pistes cyclables (SDPC), doté de 24 M€, est adopté.\n\nLe SDPC, avec une enveloppe de 31 M€, doit relier les gares.'), ['figure-conflict']);
    assert.deepEqual(codes('Le Schéma directeur des pistes cyclables (SDPC), doté de 24 M€, est adopté.\n\nLe SDPC, avec une enveloppe de 24 M€, doit relier les gares.'), []);
  });

  it('reads « les 52 M€ » and « cette enveloppe de … » as the amount already given to the one name of the sentence', () => {
    assert.deepEqual(codes('Le fonds de soutien aux ports de plaisance est doté de 30 M€.\n\nLe bilan du fonds de soutien aux ports de plaisance détaillera l’usage des 36 M€ en fin d’exercice.'), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds de soutien aux ports de plaisance est doté de 30 M€.\n\nLe bilan du fonds de soutien aux ports de plaisance détaillera l’usage des 30 M€ en fin d’exercice.'), []);
    assert.deepEqual(codes('Le plan d’aide aux éleveurs touchés par la sécheresse est doté de 120 M€. Les dossiers se déposent en préfecture.\n\nCette enveloppe de 0,15 milliard d’euros sera versée en deux fois.'), ['figure-conflict']);
  });

  it('does not read « les 3 M€ » qualified after it, or in a sentence with other names, as the name’s amount', () => {
    // The amount is the region's, not the fund's.
    assert.deepEqual(codes('Le fonds de soutien aux ports de plaisance est doté de 30 M€. Le fonds de soutien aux ports de plaisance complète les 3 M€ apportés par la région.'), []);
    assert.deepEqual(codes('Le fonds de soutien aux ports de plaisance est doté de 30 M€. Le fonds de soutien aux ports de plaisance et la Banque des territoires se partagent les 12 M€ restants.'), []);
  });

  it('gives an amount to the thing a subject pronoun stands for, and to a heading « Nom : montant »', () => {
    assert.deepEqual(codes('Le conseil régional a voté le plan « Rivières vivantes ». Doté de 14 M€, il restaure les berges.\n\nLe plan « Rivières vivantes », avec ses 17 M€, doit aussi financer des passes à poissons.'), ['figure-conflict']);
    assert.deepEqual(codes('La métropole lance le fonds « Commerce de centre ». Il est doté de 3 M€.\n\nLe fonds « Commerce de centre » et ses 3 M€ aideront 200 boutiques.'), []);
    assert.deepEqual(codes('# Fonds « Ateliers ruraux » : 6 M€ pour relancer l’artisanat\n\nLe fonds « Ateliers ruraux », doté de 8 M€, ouvre le 1er mars.'), ['figure-conflict']);
    // Two things named before the pronoun: no guess.
    assert.deepEqual(codes('Le plan « Haies » et le fonds « Mares » sont lancés. Doté de 5 M€, il vise les éleveurs.\n\nLe plan « Haies », avec 9 M€, vise les éleveurs.'), []);
  });

  it('reads dates, spans and quotations as what they are', () => {
    // « Présenté en mai 2023 » dates the presentation; the envelope is for its span.
    assert.deepEqual(codes('Présenté en mai 2023, le plan « Vallées 2030 » est doté de 150 M€ sur la période 2023-2027.\n\nSur les 180 M€ du plan « Vallées 2030 », 38 M€ sont engagés.'), ['figure-conflict']);
    // « pour la période 2025-2027 » is no purpose.
    assert.deepEqual(codes('Le fonds « Friches vertes » est doté de 60 M€ pour la période 2025-2027.\n\nLe fonds « Friches vertes », avec ses 75 M€ sur 2025-2027, vise 300 hectares.'), ['figure-conflict']);
    // A colon before a quotation announces speech, not a list of parts.
    assert.deepEqual(codes('Le fonds « Vert Bocage » sera doté de 500 M€ en 2026. Le ministre a déclaré : « Avec les 450 M€ du fonds Vert Bocage, nous aidons les éleveurs en 2026. »'), ['figure-conflict']);
  });

  it('reads an amount quoted after a name (« le FDAV, « avec 2,1 M€ en 2025 », … »)', () => {
    assert.deepEqual(codes('Le Fonds départemental d’aide aux victimes (FDAV) est doté de 1,8 M€ en 2025.\n\nLa vice-présidente a souligné que le FDAV, « avec 2,1 M€ en 2025 », ouvrira deux permanences.'), ['figure-conflict']);
    assert.deepEqual(codes('Le Fonds départemental d’aide aux victimes (FDAV) est doté de 1,8 M€ en 2025.\n\nLa vice-présidente a souligné que le FDAV, « avec 1,8 M€ en 2025 », ouvrira deux permanences.'), []);
  });

  it('reads a quoted opening clause, a shorter repetition of a phrase, and « vote un budget de » as claims', () => {
    assert.deepEqual(codes('Le Fonds régional de soutien aux criées est doté de 14 M€ en 2025.\n\nLe vice-président a déclaré : « Avec 17 M€ cette année, le Fonds régional de soutien aux criées nous permet d’avancer. »'), ['figure-conflict']);
    assert.deepEqual(codes('Le plan Cantines locales du département dispose de 2,6 M€ en 2025. La présidente a rappelé que « les 3 M€ du plan Cantines locales cette année » financeront aussi la formation.'), ['figure-conflict']);
    assert.deepEqual(codes('### L’office de tourisme de la station vote un budget 2025 de 3,4 M€\n\nRéuni jeudi, l’office de tourisme de la station a adopté mardi un budget 2025 de 3,9 M€.'), ['figure-conflict']);
    assert.deepEqual(codes('### L’office de tourisme de la station vote un budget 2025 de 3,4 M€\n\nRéuni jeudi, l’office de tourisme de la station a adopté mardi un budget 2025 de 3,4 M€.'), []);
    // Two longer phrases that share the shorter one's words: no guess.
    assert.deepEqual(codes('Le fonds régional d’aide aux entreprises dispose de 5 M€. Le fonds régional d’aide aux communes dispose de 8 M€. Le fonds régional d’aide dispose de 6 M€.'), []);
  });

  it('sets a table row that names a thing against the prose’s amount for it, for the year its header names', () => {
    const table = (v: string) => `| Programme | Crédits 2025 (M€) |\n|---|---:|\n| Plan vélo départemental | ${v} |\n| Entretien des routes | 46,2 |\n`;
    assert.deepEqual(codes('Le Plan vélo départemental bénéficie de 12,5 M€ en 2025.\n\n' + table('10,8')), ['figure-conflict']);
    assert.deepEqual(codes('Le Plan vélo départemental bénéficie de 12,5 M€ en 2025.\n\n' + table('12,5')), []);
    // Another year, or a label that only contains the name (« DINUM 24 »): no claim on it.
    assert.deepEqual(codes('Le Plan vélo départemental bénéficie de 12,5 M€ en 2024.\n\n' + table('10,8')), []);
    assert.deepEqual(codes('La DINUM apporte 82 000 € en 2024.\n\n| Financeur | Montant |\n|---|---:|\n| DINUM 24 | 82 000 € |\n| FAST DINUM 25 | 200 000 € |\n'), []);
  });

  it('follows a thing named by its kind noun alone, from « un fonds de 30 M€ » to « Le fonds, doté de … »', () => {
    assert.deepEqual(codes('# Un plan de 800 M€ pour les urgences\n\nLa ministre a présenté son plan mardi. Le plan, doté de 650 M€, crée 1 200 postes.'), ['figure-conflict']);
    assert.deepEqual(codes('# Un plan de 800 M€ pour les urgences\n\nLa ministre a présenté son plan mardi. Le plan, doté de 800 M€, crée 1 200 postes.'), []);
    assert.deepEqual(codes('La métropole crée un fonds de 30 M€ pour les commerces. Le fonds, qui disposera de 36 M€, ouvre en mai.'), ['figure-conflict']);
    // Another introduction is another thing; the subject then is the latest one.
    assert.deepEqual(codes('La région adopte un plan de 800 M€ pour les lycées. Elle vote aussi un plan de 50 M€ pour les routes. Le plan, doté de 50 M€, démarre en mars.'), []);
    // Another basis, or a longer name: not the same figure, or not the same thing.
    assert.deepEqual(codes('La région adopte un plan de 800 M€ pour les lycées. Le plan, doté de 80 M€ par an, démarre en mars.'), []);
    assert.deepEqual(codes('La région adopte un plan de 80 M€ par an pour les lycées. Le plan, doté de 400 M€ sur cinq ans, démarre en mars.'), []);
    assert.deepEqual(codes('La région adopte un plan de 800 M€ pour les lycées. Le plan régional de sobriété, doté de 650 M€, démarre en mars.'), []);
    // What the thing has already spent is part of it.
    assert.deepEqual(codes('Un fonds de 30 M€ soutient les PME. Le fonds, qui a déjà versé 12 M€, rouvre en mars.'), []);
  });

  it('reads the subject after a fronted clause, a year on its noun, and « intégralement engagés » as the whole', () => {
    const agency = 'L’Agence bretonne des données publiques (ABDP) disposera en 2025 d’un budget de 14,5 M€.';
    assert.deepEqual(codes(agency + ' Selon le rapport présenté en commission, le budget 2025 de l’ABDP est fixé à 12,8 M€, dont 4 M€ pour les appels à projets.'), ['figure-conflict']);
    assert.deepEqual(codes(agency + ' Selon le rapport présenté en commission, le budget 2025 de l’ABDP est fixé à 14,5 M€, dont 4 M€ pour les appels à projets.'), []);
    // « pour un montant de X de A » after a comma is what a list of files comes to, not X's budget.
    assert.deepEqual(codes(agency + ' Au total, 40 dossiers ont été retenus, pour un montant d’aide de l’ABDP de 3 M€.'), []);
    const fund = 'Le fonds « Cap Scierie » est doté de 18 M€ pour moderniser les scieries.';
    assert.deepEqual(codes(fund + ' Le préfet a indiqué que les 22 M€ du fonds Cap Scierie seraient intégralement engagés d’ici l’été.'), ['figure-conflict']);
    // Part of it engaged is another stage's figure.
    assert.deepEqual(codes(fund + ' Le préfet a indiqué que 12 M€ du fonds Cap Scierie sont déjà engagés.'), []);
  });

  it('sets each column of a row against the prose on the basis its header names (AE, CP), for the year of the table’s heading', () => {
    const table = (ae: string) => `## Crédits 2026 de la mission « Écologie » (M€)\n\n| Action | Autorisations d’engagement | Crédits de paiement |\n|---|---:|---:|\n| Fonds vert | ${ae} | 95 |\n| Eau et biodiversité | 64 | 58 |\n\n`;
    const ae = 'Le rapporteur note que le Fonds vert recevra en 2026 125 M€ en autorisations d’engagement.';
    assert.deepEqual(codes(table('110') + ae), ['figure-conflict']);
    assert.deepEqual(codes(table('125') + ae), []);
    // The prose's CP against the CP column: 95 agrees; another year is another figure.
    assert.deepEqual(codes(table('110') + 'En crédits de paiement, le Fonds vert recevra 95 M€ en 2026.'), []);
    assert.deepEqual(codes(table('110') + ae.replace('2026', '2027')), []);
  });


  it('claims an amount after a colon that divides nothing (« Cette évolution reste soutenable : les 15 M€ du fonds … »)', () => {
    const first = 'Le Fonds régional d’urgence pour la pêche est doté de 12 M€, apportés à parts égales par la Région et l’État. ';
    assert.deepEqual(codes(first + 'Cette hausse reste soutenable : les 15 M€ du Fonds régional d’urgence pour la pêche suffisent.'), ['figure-conflict']);
    assert.deepEqual(codes(first + 'Cette hausse reste soutenable : les 12 M€ du Fonds régional d’urgence pour la pêche suffisent.'), []);
  });

  it('reads « l’intégralité des 9,2 M€ du plan X sera engagée » as X’s whole amount', () => {
    const first = 'Le plan « Bourgs du Léman » est doté de 7,8 M€. ';
    assert.deepEqual(codes(first + '« L’intégralité des 9,2 M€ du plan Bourgs du Léman sera engagée d’ici fin 2026 », a assuré le président.'), ['figure-conflict']);
    assert.deepEqual(codes(first + '« L’intégralité des 7,8 M€ du plan Bourgs du Léman sera engagée d’ici fin 2026 », a assuré le président.'), []);
    // A part of it engaged, or an instalment, is another figure.
    assert.deepEqual(codes(first + 'La moitié des 7,8 M€ du plan Bourgs du Léman sera engagée en 2025.'), []);
    assert.deepEqual(codes(first + 'Le versement des 2 M€ du plan Bourgs du Léman est prévu en mars.'), []);
  });

  it('reads « le plan » as the plan the sentence before named with that noun, after an opening clause too', () => {
    const text = (a: string) => `La préfète présente le plan « Rivières propres ». Pour l’année 2026, le plan mobilise 36 M€. Elle rappelle que les ${a} mobilisés cette année par le plan Rivières propres viendront de l’agence de l’eau.`;
    assert.deepEqual(codes(text('42 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('36 M€')), []);
    // Another kind noun than the one the thing was named with: no claim.
    assert.deepEqual(codes('La préfète présente le plan « Rivières propres ». Pour 2026, le fonds mobilise 36 M€. Le plan Rivières propres est doté de 42 M€.'), []);
  });

  it('reads « A apportés par X » as X’s amount, but not a budget stage (« A versés par X »)', () => {
    const text = (verb: string) => `Le fonds « Tiers-lieux solidaires » est doté de 8 M€. Les 11 M€ ${verb} par le fonds Tiers-lieux solidaires iront aux quartiers.`;
    assert.deepEqual(codes(text('apportés')), ['figure-conflict']);
    assert.deepEqual(codes(text('versés')), []);
  });

  it('reads « Avec ces N € » in a sentence naming nothing as the amount of the thing claimed last, unless that amount was just stated', () => {
    const text = (a: string) => `Le fonds départemental pour les cafés de village, doté de 2 M€ pour 2026, est lancé. Les dossiers sont ouverts. « Avec ces ${a}, aucun village ne perdra son café », dit le président.`;
    assert.deepEqual(codes(text('1,6 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('2 M€')), []);
    assert.deepEqual(codes('Le fonds départemental pour les cafés, doté de 2 M€ pour 2026, est lancé. Le département ajoute 1,6 M€ pour les marchés. « Avec ces 1,6 M€, nous aidons les halles », dit le président.'), []);
  });

  it('reads « l’enveloppe de A TTC du plan X » as X’s amount, and « sur trois ans » and « 2024-2026 » as one scope', () => {
    const text = (a: string) => `Le conseil approuve le plan « Vélo en ville », doté d’une enveloppe de 3,2 M€ TTC sur trois ans.\n\nLe maire sollicitera l’État sur la base de l’enveloppe de ${a} TTC du plan Vélo en ville pour 2024-2026.`;
    assert.deepEqual(codes(text('2,6 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('3,2 M€')), []);
  });
  it('keeps a territory’s share apart from the country’s amount said « au niveau national », not from a plain one', () => {
    assert.deepEqual(codes('Fonds vert 2025 : 12,4 M€ pour 80 projets dans le Finistère. Doté de 1,1 Md€ au niveau national, le fonds vert soutient les collectivités.'), []);
    assert.deepEqual(codes('Le fonds Cap Export du département est doté de 18 M€. Le président a rappelé que le fonds Cap Export dispose de 22 M€.'), ['figure-conflict']);
    // A place that only sets the scene (« lors de son déplacement dans le Gers ») confines nothing.
    assert.deepEqual(codes('Le fonds « Terres vives » sera doté de 500 M€ en 2026. Lors de son déplacement dans le Gers, la ministre a déclaré : « Avec les 450 M€ du fonds Terres vives, nous aidons en 2026 les éleveurs. »'), ['figure-conflict']);
  });
  it('takes up the thing just introduced with « Avec ce fonds de A, … », whoever the subject after', () => {
    const text = (a: string) => `La communauté de communes a lancé un fonds de 1,8 M€ pour les commerces de centre-bourg. Les dossiers seront ouverts en mars. Avec ce fonds de ${a}, la communauté espère aider soixante commerces.`;
    assert.deepEqual(codes(text('2,4 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('1,8 M€')), []);
  });

  it('skips an apposition after a name, and reads « N des A du plan X » as the plan’s amount whatever year dates N', () => {
    const text = (a: string) => `Le plan « Lycées 2032 », voté par l’assemblée régionale le 3 juillet 2022, est doté de 240 M€ sur dix ans. Fin 2024, 61 M€ des ${a} du plan « Lycées 2032 » avaient été payés.`;
    assert.deepEqual(codes(text('204 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('240 M€')), []);
  });
  it('gives « Doté de A, il… » to the name of the sentence before whose gender the pronoun has, bold or not', () => {
    const text = (p: string, q: string) => `Le conseil a adopté le plan « Forêts vivantes » et la stratégie « Sols fertiles ». ${p} de **12 M€**, ${q} financera les travaux. Le plan « Forêts vivantes » dispose de 15 M€ selon le rapport.`;
    assert.deepEqual(codes(text('Doté', 'il')), ['figure-conflict']);
    // « elle » is the strategy: the plan's 15 M€ meets no earlier amount of its own.
    assert.deepEqual(codes(text('Dotée', 'elle')), []);
  });
  it('sets a title’s one amount against the first amount of the name the body gives with the title’s words', () => {
    const text = (a: string) => `# Zéro pesticide dans les parcs : ${a} pour les communes\n\nLe Département lance le plan « Parcs sans pesticide ». Doté de 1,8 M€ sur trois ans, il finance le matériel de désherbage.\n`;
    assert.deepEqual(codes(text('2,4 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('1,8 M€')), []);
    // The title's amount stated again below is that figure's, not the plan's; a name whose words the title lacks is another thing.
    assert.deepEqual(codes('# Parcs sans pesticide : 2,4 M€ engagés\n\nLe plan « Parcs sans pesticide », doté de 1,8 M€, a déjà engagé 2,4 M€ avec les reports.\n'), []);
    assert.deepEqual(codes('# Zéro pesticide dans les parcs : 2,4 M€\n\nLe plan « Jardins nourriciers », doté de 1,8 M€, aide les écoles.\n'), []);
  });
  it('takes « un plan de A » in the title for the plan the body names, in the body’s words', () => {
    const text = (a: string) => `# Pistes cyclables : un plan de ${a} pour tripler le réseau\n\nLe plan « Cycles urbains », doté de 205 M€ sur la période 2025-2030, comprend des parkings.\n`;
    const a = analyze(text('250 M€'), { markdown: true }).diagnostics.filter((d) => d.code === 'figure-conflict');
    assert.deepEqual(a.map((d) => d.message.includes('Cycles urbains')), [true]);
    assert.deepEqual(codes(text('205 M€')), []);
  });
  it('reads an acronym a heading defines, and « pour un montant moyen de » as no purpose', () => {
    const text = (a: string) => `## Le fonds d’aide aux étudiants (FAE)\n\nDoté de 420 000 € en 2023, le FAE est géré par la ville.\n\n## Bilan\n\nLes ${a} du FAE 2023 ont permis 1 050 aides, pour un montant moyen de 400 € par aide.\n`;
    assert.deepEqual(codes(text('480 000 €')), ['figure-conflict', 'rate-mismatch']);
    assert.deepEqual(codes(text('420 000 €')), []);
  });

  it('takes « le plan vélo » for the one « plan vélo métropolitain » named before, and « Sur les A du plan, B … en 2024 » as the plan’s A', () => {
    const text = (a: string) => `Le plan vélo métropolitain 2024-2030 est doté de 48 M€. Il vise la part modale de 12 %. Sur les ${a} du plan vélo, 5,4 M€ seront engagés dès 2024 pour la liaison de la gare.`;
    assert.deepEqual(codes(text('42 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('48 M€')), []);
    // Two plans the shorter phrase may name: none.
    assert.deepEqual(codes('Le plan vélo départemental est doté de 24 M€. Le plan vélo métropolitain est doté de 42 M€. Sur les 30 M€ du plan vélo, 5 M€ sont engagés.'), []);
  });
  it('names a thing introduced with « un » by a phrase of three words or more, not « un plan de … »', () => {
    const text = (a: string) => `La présidente a annoncé la création d’un fonds d’urgence agricole doté de 12 M€. Le fonds d’urgence agricole est doté de ${a}, financés sur le budget régional.`;
    assert.deepEqual(codes(text('15 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('12 M€')), []);
    assert.deepEqual(codes('La région lance un plan de 12 M€. Le plan vélo est doté de 15 M€.'), []);
  });

  it('reads « le Pass … », « le chèque … » as names, and no purpose in « notre engagement pour … » nor a year after « contre »', () => {
    const text = (a: string) => `Doté de 6 M€ en 2025, le Pass Culture Jeunes finance des places de spectacle.\n\n« Avec les ${a} du Pass Culture Jeunes cette année, nous tenons notre engagement pour la jeunesse et touchons 30 000 jeunes, contre 24 000 en 2024 », a dit la présidente.\n`;
    assert.deepEqual(codes(text('6 M€')), []);
    assert.deepEqual(codes(text('7,5 M€')), ['figure-conflict']);
  });

  it('reads « les A du X » as X’s whole amount whatever the verb after it says of a stage', () => {
    const text = (a: string) => `Le fonds Vitrines du centre-bourg, doté de 400 000 €, soutient les commerçants. Les ${a} du fonds Vitrines du centre-bourg seront attribués par un jury.`;
    assert.deepEqual(codes(text('400 000 €')), []);
    assert.deepEqual(codes(text('450 000 €')), ['figure-conflict']);
    // A part at a stage, not the whole: « 120 000 € des 400 000 € du fonds … ont été attribués ».
    assert.deepEqual(codes('Le fonds Vitrines du centre-bourg, doté de 400 000 €, soutient les commerçants. En juin, 120 000 € des 400 000 € du fonds Vitrines du centre-bourg avaient été attribués.'), []);
  });

  it('reads a name in quotes after its article (« un « fonds d’appui aux éleveurs » »), and « les A du X » in the period X was given', () => {
    const text = (a: string) => `Le ministre a présenté un « fonds d’appui aux éleveurs » doté de 300 M€ pour 2025. Les ${a} du fonds d’appui aux éleveurs seront versés en deux tranches.`;
    assert.deepEqual(codes(text('300 M€')), []);
    assert.deepEqual(codes(text('350 M€')), ['figure-conflict']);
  });

  it('reads no purpose in « pour les 16-25 ans »: a number says who, not what for', () => {
    const text = (a: string) => `Doté de 40 M€ en 2025, le Pass Mobilité Jeunes finance le permis de conduire pour les 16-25 ans.\n\n« Avec les ${a} du Pass Mobilité Jeunes, nous aiderons 20 000 jeunes », a dit le ministre.\n`;
    assert.deepEqual(codes(text('40 M€')), []);
    assert.deepEqual(codes(text('46 M€')), ['figure-conflict']);
  });

  it('reads a name opening a list item as a label (« - Plan Cœur de bourg : 32 M€ »)', () => {
    const text = (a: string) => `Le plan Cœur de bourg, doté de 36 M€ sur six ans, doit rouvrir dix commerces.\n\n**Les chiffres à retenir**\n\n- Plan Cœur de bourg : ${a}\n- 150 logements vacants à réhabiliter\n`;
    assert.deepEqual(codes(text('36 M€')), []);
    assert.deepEqual(codes(text('32 M€')), ['figure-conflict']);
  });

  it('reads « les A du plan « X 2030 » » with the year in the name and « pour les deux tiers » as no purpose', () => {
    const text = (a: string) => `Adopté jeudi, le plan « Vallée 2030 » mobilise 260 M€ pour créer deux lignes de tram.\n\n« Les ${a} du plan Vallée 2030 seront engagés pour les deux tiers avant 2028 », a dit le maire.\n`;
    assert.deepEqual(codes(text('260 M€')), []);
    assert.deepEqual(codes(text('220 M€')), ['figure-conflict']);
  });

  it('reads a known name followed by a capitalised word (« Pass Culture Territoires ») as another, longer name', () => {
    const text = (a: string) => `Le ministère reconduit le Pass Culture Territoires, doté de 14 M€ pour 2025. Le dispositif finance des résidences. Les ${a} du Pass Culture Territoires seront délégués en avril.`;
    assert.deepEqual(codes(text('14 M€')), []);
    assert.deepEqual(codes(text('17 M€')), ['figure-conflict']);
  });

  it('reads « les crédits du X, soit A » as X’s whole, for the year X was given its amount', () => {
    const first = 'Considérant que le fonds départemental d’aide aux bourgs (FDAB), doté de 4,2 M€ au budget primitif 2026, aide les communes ;\n\nDÉCIDE :\n\n';
    assert.deepEqual(codes(first + 'Article 2 : d’inscrire les crédits du FDAB, soit 3,6 M€, au chapitre 204.'), ['figure-conflict']);
    assert.deepEqual(codes(first + 'Article 2 : d’inscrire les crédits du FDAB, soit 4,2 M€, au chapitre 204.'), []);
  });

  it('reads « le X : A » in prose, « X, c’est A », « au A du X » as X’s amount, and « pour notre région » as a territory’s', () => {
    assert.deepEqual(codes('L’assemblée a voté le Pacte littoral : 140 millions d’euros sur cinq ans. Pour la présidente, « les 0,18 milliard du Pacte littoral changent la donne ».'), ['figure-conflict']);
    assert.deepEqual(codes('L’assemblée a voté le Pacte littoral : 140 millions d’euros sur cinq ans. Pour la présidente, « les 0,14 milliard du Pacte littoral changent la donne ».'), []);
    assert.deepEqual(codes('- Le Réseau Eau vive, c’est 2,2 milliards d’euros d’ici 2030.\n- Grâce au 1,8 milliard du Réseau Eau vive, chaque bassin sera couvert.\n'), ['figure-conflict']);
    assert.deepEqual(codes('« Le plan Haies vives, c’est 30 M€ pour notre région », dit le préfet. À l’échelle nationale, le plan Haies vives représente 400 M€ sur trois ans.'), []);
  });

  it('reads « engagés par tranches annuelles » as how the whole is paid, not an amount per year', () => {
    assert.deepEqual(codes('Le plan Rivages (PR), doté de 52 M€, protège les dunes.\n\nLes 60 M€ du PR seront engagés par tranches annuelles.'), ['figure-conflict']);
  });

  it('reads a sentence opening on « Dans la seule … » as a territory’s share of a national programme', () => {
    assert.deepEqual(codes('Le programme « Bourgs actifs », doté de 3 Md€ au niveau national, représente 140 M€ pour les dix villes retenues. Dans la seule Creuse, « Bourgs actifs » a déjà mobilisé 26 M€.', false), []);
    // Without the place, the programme is given two amounts.
    assert.deepEqual(codes('Le programme « Bourgs actifs » est doté de 3 Md€. Le programme « Bourgs actifs » dispose de 2,6 Md€.', false), ['figure-conflict']);
  });

  it('reads « X ajoute que les A du programme » as the programme’s amount, « ajoute » being a verb of speech', () => {
    assert.deepEqual(codes('Le programme « Bourg vivant » bénéficie d’une enveloppe de 1,4 M€ sur trois ans. L’adjointe ajoute que les 1,8 M€ du programme « Bourg vivant » financeront aussi la halle.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le programme « Bourg vivant » bénéficie d’une enveloppe de 1,4 M€ sur trois ans. L’adjointe ajoute que les 1,4 M€ du programme « Bourg vivant » financeront aussi la halle.', false), []);
    // « auxquels s’ajoutent » still adds another amount.
    assert.deepEqual(codes('Le programme « Bourg vivant » bénéficie de 1,4 M€, auxquels s’ajoutent 0,4 M€ du programme « Bourg vivant » pour la halle.', false), []);
  });

  it('gives a name’s capitalised words, sections after the name was introduced, the thing that name was', () => {
    const text = (a: string) => `Doté de 3,6 M€, le programme Clés Numériques Rurales équipe les mairies.\n\n## Le calendrier\n\nLes ateliers commencent en mars.\n\n## La parole à la présidente\n\n« Les ${a} de Clés Numériques Rurales doivent permettre à chacun de prendre un rendez-vous en ligne ou de remplir sa déclaration », a déclaré la présidente.`;
    assert.deepEqual(codes(text('4,1 M€')), ['figure-conflict']);
    assert.deepEqual(codes(text('3,6 M€')), []);
    // Words no earlier name ends with stay unread.
    assert.deepEqual(codes('Doté de 3,6 M€, le programme Clés Numériques Rurales équipe les mairies.\n\n## Suite\n\nLes 4,1 M€ de Banque Rurale Active financent autre chose.'), []);
  });

  it('drops an amount the text itself corrects (« et non 40 M€ »)', () => {
    assert.deepEqual(codes('« Le plan Glacier, c’est 40 M€ pour nos stations », a affirmé un élu. C’est inexact : le plan Glacier mobilise 26 M€ sur trois ans, et non 40 M€.', false), []);
    assert.deepEqual(codes('« Le plan Glacier, c’est 40 M€ pour nos stations », a affirmé un élu. Le plan Glacier mobilise 26 M€ sur trois ans.', false), ['figure-conflict']);
  });

  it('gives a name opening its sentence the amount « ses » introduces later in the clause', () => {
    assert.deepEqual(codes('Le Pacte pour la montagne : 80 M€ sur 2025-2029. Concrètement, le Pacte pour la montagne aidera 200 communes grâce à ses 96 M€.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le Pacte pour la montagne : 80 M€ sur 2025-2029. Concrètement, le Pacte pour la montagne aidera 200 communes grâce à ses 80 M€.', false), []);
    // « ses » of another subject: the region's own budget.
    assert.deepEqual(codes('Le Pacte pour la montagne : 80 M€ sur 2025-2029. La région aidera le Pacte pour la montagne grâce à ses 96 M€ de crédits propres.', false), []);
  });

  it('takes « les A prévus cette année pour le X » as the thing’s amount, and a bold label’s acronym as its name', () => {
    assert.deepEqual(codes('Le Fonds local de soutien au commerce, doté de 500 000 € pour 2026, aide les vitrines. Les 560 000 € prévus cette année pour le Fonds local de soutien au commerce seront attribués par un comité.', false), ['figure-conflict']);
    const box = (a: string) => `# Agence\n\n## Chiffres clés\n\n- **Fonds régional d’appui (FRA) :** 212 M€\n- **Sites :** 48\n\n## Le FRA\n\nLe FRA, qui atteint ${a}, finance la prévention.\n`;
    assert.deepEqual(codes(box('212 M€')), []);
    assert.deepEqual(codes(box('245 M€')), ['figure-conflict']);
  });

  it('reads « l’usage des 210 M€ du plan X prévus pour 2026 » as the plan’s whole for 2026', () => {
    assert.deepEqual(codes('Le plan « Relance locale » disposera de 160 M€ en 2026. Le dossier détaille l’usage des 190 M€ du plan Relance locale prévus pour 2026.', false), ['figure-conflict']);
    // « la moitié des 160 M€ du plan » is a portion.
    assert.deepEqual(codes('Le plan « Relance locale » disposera de 160 M€ en 2026. La moitié des 160 M€ du plan Relance locale sera engagée au printemps.', false), []);
  });

  it('reads a name taken up without the years it was given (« le plan Santé Rurale » after « Santé Rurale 2024-2028 »)', () => {
    assert.deepEqual(codes('Le plan « Santé Rurale 2024-2028 », doté de 540 M€, finance les maisons de santé. Sur les 600 M€ du plan Santé Rurale, seuls 70 M€ ont été délégués.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le plan « Santé Rurale 2024-2028 », doté de 540 M€, finance les maisons de santé. Sur les 540 M€ du plan Santé Rurale, seuls 70 M€ ont été délégués.', false), []);
  });

  it('reads « X prévoit A … pour réaliser … » as X’s amount, the infinitive being its purpose, and ends a name at « ne »', () => {
    assert.deepEqual(codes('Le plan Voies Douces prévoit 36 M€ d’investissements pour réaliser 210 km de pistes. « Les 30 M€ du plan Voies Douces ne sont pas un plafond », a prévenu la présidente.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le plan Voies Douces prévoit 36 M€ d’investissements pour réaliser 210 km de pistes. « Les 36 M€ du plan Voies Douces ne sont pas un plafond », a prévenu la présidente.', false), []);
  });

  it('gives an amount to a fund whose acronym follows its quoted name in a heading', () => {
    const text = (a: string) => `## Fonds « Commerces vivants » (FCV)\n\nLe fonds « Commerces vivants » est doté de 6 M€ sur trois ans.\n\nLe rapport note que les ${a} du FCV ne sont pas programmés chaque année.`;
    assert.deepEqual(codes(text('6 M€')), []);
    assert.deepEqual(codes(text('8 M€')), ['figure-conflict']);
  });

  it('reads « qu’avec A, X … » and « X a clôturé l’exercice avec un budget de A » as X’s amount', () => {
    const text = (a: string) => `Le fonds d’aide aux jeunes (FAJ) dispose en 2025 de 2,4 M€ en autorisations d’engagement et de 1,9 M€ en crédits de paiement.\n\nLa commission estime qu’avec ${a} d’AE en 2025, le FAJ reste sous-doté.`;
    assert.deepEqual(codes(text('2,4 M€')), []);
    assert.deepEqual(codes(text('2,9 M€')), ['figure-conflict']);
    const budget = (a: string) => `L’Office des sports de plein air (OSPA) a clôturé l’exercice 2024 avec un budget de 3,1 M€. Avec ses ${a} de budget en 2024, l’OSPA se place parmi les premiers offices.`;
    assert.deepEqual(codes(budget('3,1 millions d’euros'), false), []);
    assert.deepEqual(codes(budget('3,6 millions d’euros'), false), ['figure-conflict']);
  });

  it('gives a fund « abondé à hauteur de A » that amount, and keeps a yearly word of another noun off it', () => {
    const text = (a: string) => `Le conseil présente le fonds Jeunes Pousses (FJP), abondé à hauteur de 250 000 € pour 2025. Un élu s’interroge sur le FJP, avec ses ${a}, face aux besoins.`;
    assert.deepEqual(codes(text('250 000 €'), false), []);
    assert.deepEqual(codes(text('310 000 €'), false), ['figure-conflict']);
    // « aucune programmation annuelle » says nothing of the amount: it stays the plan's whole, compared with the first.
    const plan = (a: string) => `Le plan « Dunes 2030 » est doté de 90 M€. Le rapporteur regrette que les ${a} du plan « Dunes 2030 » ne fassent l’objet d’aucune programmation annuelle.`;
    assert.deepEqual(codes(plan('90 M€'), false), []);
    assert.deepEqual(codes(plan('110 M€'), false), ['figure-conflict']);
  });

  it('reads « les A consacrés à « X » » as X’s whole, whatever purpose the first amount was given', () => {
    const text = (a: string) => `Le conseil adopte le programme « Maisons du quartier », doté de 7 M€ pour la rénovation de six équipements. Le directeur précise que les ${a} consacrés à « Maisons du quartier » seront engagés sur trois exercices.`;
    assert.deepEqual(codes(text('7 M€'), false), []);
    assert.deepEqual(codes(text('9 M€'), false), ['figure-conflict']);
  });

  it('reads « fixe l’enveloppe du X à A » and « Or, avec A, le X … » as X’s amounts', () => {
    const text = (a: string) => `La convention fixe l’enveloppe du Fonds départemental d’aide aux familles (FDAF) à 3,4 M€ pour 2025.\n\nOr, avec ${a}, le FDAF 2025 ne couvrira pas les besoins.`;
    assert.deepEqual(codes(text('3,4 M€')), []);
    assert.deepEqual(codes(text('2,8 M€')), ['figure-conflict']);
  });

  it('keeps a portion word at the end of a clause off the amount (« … en font la première action du volet »)', () => {
    const text = (a: string) => `Le programme d’accueil des jeunes (PAJ), financé à hauteur de 400 000 € en 2025, ouvre en mars. Les ${a} consacrés au PAJ cette année en font la première action du volet jeunesse.`;
    assert.deepEqual(codes(text('400 000 €'), false), []);
    assert.deepEqual(codes(text('460 000 €'), false), ['figure-conflict']);
  });

  it('reads a known name with a territory’s adjective as the document’s own plan, and its later mentions as that plan', () => {
    const text = (a: string) => `**Plan vélo départemental 2022-2028**\n\nAdopté en 2022, le Plan vélo départemental prévoit 36 M€ d’investissements.\n\n« Les ${a} du Plan vélo départemental ne sont pas un plafond », a dit la présidente, évoquant un avenant en 2026.`;
    assert.deepEqual(codes(text('36 M€')), []);
    assert.deepEqual(codes(text('30 M€')), ['figure-conflict']);
    // The known name alone, after the document made it its own, is still that plan.
    const later = (a: string) => `Le conseil approuve le plan vélo communal 2024-2026, doté d’une enveloppe de 2,4 M€ TTC sur trois ans. Il sollicite les subventions sur la base de l’enveloppe de ${a} TTC du plan vélo 2024-2026.`;
    assert.deepEqual(codes(later('2,4 M€'), false), []);
    assert.deepEqual(codes(later('2,9 M€'), false), ['figure-conflict']);
    // A fronted year still dates a definite amount.
    assert.deepEqual(codes('Doté de 60 M€ pour 2025, le fonds Chaleur Vive financera les réseaux. En 2024, les 52 M€ du fonds Chaleur Vive avaient permis de soutenir 143 projets.', false), []);
  });

  it('reads a name with an apostrophe inside (« Innov’Est ») as one word, and a territory’s adjective before it as no part of it', () => {
    const text = (a: string) => `Le fonds régional Innov’Est, doté de 30 M€, accompagnera des start-up. « Les ${a} du fonds Innov’Est nous donnent des moyens », a dit le président.`;
    assert.deepEqual(codes(text('30 M€'), false), []);
    assert.deepEqual(codes(text('36 M€'), false), ['figure-conflict']);
  });

  it('reads a known fund’s amount « alloué à la région » as that territory’s share, never against its national reference', () => {
    const t = 'Sur les 1,24 Md€ de FEDER alloués à la région pour 2021-2027, 372 M€ vont à la transition écologique, soit 30 % de l’enveloppe.';
    assert.ok(!analyze(t, { markdown: false }).diagnostics.some((d) => d.code === 'reference-mismatch'));
  });

  it('gives a « pour » past another amount to that amount, and a definite amount the basis its name was given', () => {
    // The purpose « pour les seuls logements » is the needs' (1,1 Md€), not the fund's; the creating law is no basis of the later « les A du X ».
    assert.deepEqual(codes('Le fonds Rivages Demain, créé par la loi de finances pour 2025, reçoit 150 M€ sur quatre ans. Les élus jugent que les 190 M€ du fonds Rivages Demain restent loin des besoins, chiffrés à 1,1 Md€ pour les seuls logements.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds Rivages Demain, créé par la loi de finances pour 2025, reçoit 150 M€ sur quatre ans. Les élus jugent que les 150 M€ du fonds Rivages Demain restent loin des besoins, chiffrés à 1,1 Md€ pour les seuls logements.', false), []);
    // A name given amounts on two bases: a later definite amount without its basis could be either.
    assert.deepEqual(codes('Le programme Routes sûres est doté de 48 M€ en autorisations d’engagement et de 31 M€ en crédits de paiement. Les 31 M€ du programme Routes sûres seront consommés avant l’été.', false), []);
  });

  it('ends a name before « dès », and reads an indefinite « pour des … » after a thing’s own amount as its use', () => {
    assert.deepEqual(codes('Le fonds départemental Clubs-Villages, doté de 2,4 M€ au budget 2026, aide les petites communes. Les associations pourront demander les 2,9 M€ du fonds Clubs-Villages dès l’ouverture du guichet, pour des projets plafonnés à 50 000 €.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds départemental Clubs-Villages, doté de 2,4 M€ au budget 2026, aide les petites communes. Les associations pourront demander les 2,4 M€ du fonds Clubs-Villages dès l’ouverture du guichet, pour des projets plafonnés à 50 000 €.', false), []);
  });

  it('reads « les A du programme « X » » as X’s own amount across the quotes', () => {
    assert.deepEqual(codes('Le programme « Bourgs actifs » est doté de 640 M€ en 2026. La sénatrice rappelle que les 710 M€ du programme « Bourgs actifs » prévus par la loi ont déjà été répartis.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le programme « Bourgs actifs » est doté de 640 M€ en 2026. La sénatrice rappelle que les 640 M€ du programme « Bourgs actifs » prévus par la loi ont déjà été répartis.', false), []);
  });

  it('reads « cette année » as the latest year written since the name’s dated amount, not the first', () => {
    assert.deepEqual(codes('Le fonds Santé des bourgs, doté de 2 M€ en 2025, voit son enveloppe portée à 2,6 M€ en 2026, soit une hausse de 30 %. « Avec les 2,6 M€ du fonds Santé des bourgs cette année, nous aiderons vingt communes », dit la vice-présidente.', false), []);
    // No later year written: « cette année » is the year the amount was given for.
    assert.deepEqual(codes('Le fonds Santé des bourgs est doté de 2 M€ en 2025. « Avec les 2,6 M€ du fonds Santé des bourgs cette année, nous aiderons vingt communes », dit la vice-présidente.', false), ['figure-conflict']);
  });

  it('reads a definite amount as one said of the name alongside its first amount, in another year', () => {
    // « les 5 M€ du fonds » takes up the amount the fund was raised to for 2026, not the 2025 one.
    assert.deepEqual(codes('Le fonds Commerces vivants, qui disposait de 4 M€ en 2025, voit son budget relevé à 5 M€ pour 2026. Le maire assure que les 5 M€ du fonds Commerces vivants iront aux centres-bourgs.', false), []);
    assert.deepEqual(codes('Le fonds Commerces vivants dispose de 4 M€ en 2025. Le maire assure que les 5 M€ du fonds Commerces vivants iront aux centres-bourgs.', false), ['figure-conflict']);
  });

  it('reads no purpose in a phrase set between commas before the amount, and skips an apposition holding a list', () => {
    assert.deepEqual(codes('Le fonds Écoles rurales est doté de 3 M€ au budget 2025. Mme Caradec, pour le groupe écologiste, juge que les 3,6 M€ du fonds Écoles rurales ne suffiront pas.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds Écoles rurales est doté de 3 M€ au budget 2025. Mme Caradec, pour le groupe écologiste, juge que les 3 M€ du fonds Écoles rurales ne suffiront pas.', false), []);
    assert.deepEqual(codes('Le « Contrat Rivière Sèvre », conclu entre l’agence de l’eau, la région et le syndicat, représente 42 M€ de travaux. Selon le syndicat, les 48 M€ du Contrat Rivière Sèvre couvriront dix ans de chantiers.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le « Contrat Rivière Sèvre », conclu entre l’agence de l’eau, la région et le syndicat, représente 42 M€ de travaux. Selon le syndicat, les 42 M€ du Contrat Rivière Sèvre couvriront dix ans de chantiers.', false), []);
  });

  it('reads « chaque » well after a thing’s amount as how the whole is shared, not each one’s amount', () => {
    assert.deepEqual(codes('Le fonds « Cap Casernes », doté de 90 M€, aide à rénover les casernes. Le ministère indique que les 110 M€ du fonds Cap Casernes seront répartis selon les besoins de chaque région.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds « Cap Casernes », doté de 90 M€, aide à rénover les casernes. Le ministère indique que les 90 M€ du fonds Cap Casernes seront répartis selon les besoins de chaque région.', false), []);
  });

  it('reads no sentence-opening link word (« Mais ») into a name', () => {
    assert.deepEqual(codes('Le programme Atelier Vert est doté de 3 M€. Mais Atelier Vert, avec ses 3,6 M€, reste modeste.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le programme Atelier Vert est doté de 3 M€. Mais Atelier Vert, avec ses 3 M€, reste modeste.', false), []);
  });

  it('keeps « une partie des A du X » as X’s whole amount, and ends a name before « vers »', () => {
    assert.deepEqual(codes('Le fonds de soutien aux vallées, doté de 200 M€, finance les stations. La mission propose de redéployer une partie des 260 M€ du fonds de soutien aux vallées vers les études.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le fonds de soutien aux vallées, doté de 200 M€, finance les stations. La mission propose de redéployer une partie des 200 M€ du fonds de soutien aux vallées vers les études.', false), []);
  });

  it('gives a subject the budget or envelope it is said to have « pour un budget de A », « sur une enveloppe de A »', () => {
    assert.deepEqual(codes('Présenté lundi, le Plan Mares 2030 prévoit la création de 400 mares d’ici la fin de la décennie, pour un budget de 6 M€ sur six ans. « Avec les 7,5 M€ du Plan Mares 2030, nous changeons d’échelle », dit l’élue.', false), ['figure-conflict']);
    assert.deepEqual(codes('Présenté lundi, le Plan Mares 2030 prévoit la création de 400 mares d’ici la fin de la décennie, pour un budget de 6 M€ sur six ans. « Avec les 6 M€ du Plan Mares 2030, nous changeons d’échelle », dit l’élue.', false), []);
    assert.deepEqual(codes('Signé hier, le pacte Vallée Verte réunit quatre communes sur une enveloppe de 80 M€. Les 95 M€ du pacte Vallée Verte iront d’abord aux friches.', false), ['figure-conflict']);
  });

  it('gives a facility what it costs (« coûtera A », « estimée à A ») and reads « les A TTC de X »', () => {
    assert.deepEqual(codes('La médiathèque des Tanneurs coûtera 6,2 M€ TTC. Les 7 M€ TTC de la médiathèque des Tanneurs pèseront sur le budget.', false), ['figure-conflict']);
    assert.deepEqual(codes('La médiathèque des Tanneurs coûtera 6,2 M€ TTC. Les 6,2 M€ TTC de la médiathèque des Tanneurs pèseront sur le budget.', false), []);
    // Another basis: no conflict.
    assert.deepEqual(codes('La médiathèque des Tanneurs est estimée à 6,2 M€ TTC. Les 5,2 M€ HT de la médiathèque des Tanneurs pèseront sur le budget.', false), []);
  });

  it('reads « le Plan régional santé-proximité » and « le plan santé-proximité » as one name', () => {
    assert.deepEqual(codes('La région présente le Plan régional santé-proximité, doté de 40 M€. L’opposition rappelle que, sur les 46 M€ du plan santé-proximité, peu ont été engagés.', false), ['figure-conflict']);
    assert.deepEqual(codes('La région présente le Plan régional santé-proximité, doté de 40 M€. L’opposition rappelle que, sur les 40 M€ du plan santé-proximité, peu ont été engagés.', false), []);
  });

  it('reads « les A de Cap 16-25 » with the number that ends the name, not « En 2025 » at a sentence’s start', () => {
    assert.deepEqual(codes('Le département présente le plan Cap 18-30, qui représente 6 M€ sur trois ans. Le rapporteur salue les 7,2 M€ de Cap 18-30.', false), ['figure-conflict']);
    assert.deepEqual(codes('Le département présente le plan Cap 18-30, qui représente 6 M€ sur trois ans. Le rapporteur salue les 6 M€ de Cap 18-30.', false), []);
    // « En 2025 » opening a sentence is no name: the amount after it is nobody's.
    assert.deepEqual(codes('Le département présente le plan Cap 18-30, qui représente 6 M€ sur trois ans. En 2025, 7,2 M€ iront aux routes.', false), []);
  });


  it('sets a bare « les N millions du X » in a later paragraph against the euros X was given', () => {
    const doc = (a: string) => `Le fonds Ports d’avenir sera doté de 240 M€ sur la période, a annoncé le ministre.\n\n« Les ${a} du fonds Ports d’avenir iront d’abord aux quais », a-t-il ajouté.`;
    assert.deepEqual(codes(doc('240 millions')), []);
    assert.deepEqual(codes(doc('290 millions')), ['figure-conflict']);
  });


  it('keeps « Été » capitalised in a name, and reads a purpose’s infinitives and adjectives as no other figure', () => {
    const doc = (a: string) => `La direction vante son « plan Canicule Été 2026 » : 900 000 € pour recruter des vacataires et payer les heures supplémentaires.\n\nAvec ${a} seulement, le plan Canicule Été ne suffira pas.`;
    assert.deepEqual(codes(doc('900 000 €')), []);
    assert.deepEqual(codes(doc('650 000 €')), ['figure-conflict']);
  });


  it('reads an acronym introduced in brackets after a noun phrase as that phrase’s name', () => {
    const doc = (a: string) => `L’attribution de compensation (AC) s’élève à 412 000 € cette année pour Brélou.\n\nSans les ${a} d’AC, le budget de fonctionnement ne serait pas équilibré, rappelle le maire.`;
    assert.deepEqual(codes(doc('412 000 €')), []);
    assert.deepEqual(codes(doc('480 000 €')), ['figure-conflict']);
    // Another body's acronym is another name.
    assert.deepEqual(codes(`La dotation de solidarité communautaire (DSC) atteint 640 000 € cette année. La dotation globale de fonctionnement (DGF) atteint 1,2 M€.`), []);
  });


  it('gives two amounts to a fund taken up after « pour que », an event’s year dating nothing', () => {
    const doc = (b: string) => `Doté de 9 M€, le fonds Vergers d’avenir de Provence aidera les arboriculteurs touchés par la grêle de 2023. Le préfet a demandé que les ${b} du fonds Vergers d’avenir soient engagés avant l’été.`;
    assert.deepEqual(codes(doc('9 M€'), false), []);
    assert.deepEqual(codes(doc('11 M€'), false), ['figure-conflict']);
  });


  it('gives the amount of « X de Y prévoit un budget de A » to X, the head of the phrase', () => {
    const doc = (b: string) => `Le programme local de l’habitat (PLH) de la communauté de communes du Val d’Oust prévoit un budget de 9 M€ sur six ans. Les élus ont rappelé que le PLH, avec ses ${b}, reste modeste au regard des besoins.`;
    assert.deepEqual(codes(doc('9 M€'), false), []);
    assert.deepEqual(codes(doc('11 M€'), false), ['figure-conflict']);
  });

  it('reads « Au total, A dans ce plan X » when the phrase opens on the demonstrative', () => {
    const doc = (b: string) => `Le plan piscines, doté de 6 millions d’euros, a été voté jeudi.\n\nAu total, la ville injectera ${b} dans ce plan piscines, a précisé l’adjoint aux sports.`;
    assert.deepEqual(codes(doc('6 millions d’euros'), false), []);
    assert.deepEqual(codes(doc('8 millions d’euros'), false), ['figure-conflict']);
  });

  it('reads a fronted « Estimé à A, le X » and « Les travaux de ce chantier de B » as two amounts of X', () => {
    const doc = (b: string) => `La ville a présenté le centre technique municipal (CTM).\n\nEstimé à 7 M€ HT, le CTM regroupera les ateliers, un garage de 40 places pour les véhicules et un magasin.\n\nLes travaux de ce chantier de ${b} HT dureront deux ans.`;
    assert.deepEqual(codes(doc('7 M€'), false), []);
    assert.deepEqual(codes(doc('8,5 M€'), false), ['figure-conflict']);
  });


  it('reads « en » inside a capitalised name, and today’s amount against the undated one', () => {
    const doc = (b: string) => `Lancé en mars, le fonds Musique en Ruralité, doté de trois cent mille euros, aide les écoles de musique. Les ${b} du fonds Musique en Ruralité devraient soutenir une trentaine de projets dès cette année.`;
    assert.deepEqual(codes(doc('300 000 €'), false), []);
    assert.deepEqual(codes(doc('350 000 €'), false), ['figure-conflict']);
  });

  it('reads a name given with « dispositif » before it, then alone', () => {
    const doc = (b: string) => `La région a voté le dispositif Cap’Apprentis, financé à hauteur de 6 M€. Selon l’opposition, les ${b} consacrés au Cap’Apprentis ne suffiront pas.`;
    assert.deepEqual(codes(doc('6 M€'), false), []);
    assert.deepEqual(codes(doc('8 M€'), false), ['figure-conflict']);
  });


  it('reads the place a name is of (« le SAGE de la Lauze ») as part of it', () => {
    const doc = (b: string) => `Le schéma d’aménagement et de gestion des eaux (SAGE) de la Lauze, d’un montant de 4,2 M€ sur cinq ans, a été approuvé. Plus loin, le rapporteur rappelle que le SAGE de la Lauze, qui représente un effort de ${b}, sera cofinancé par l’agence de l’eau.`;
    assert.deepEqual(codes(doc('4,2 M€'), false), []);
    assert.deepEqual(codes(doc('5,1 M€'), false), ['figure-conflict']);
  });


  it('reads « le rapport relève que les A du X » as X’s amount: noting raises nothing', () => {
    const doc = (b: string) => `Lancé en 2022, le fonds Haies Vives, doté de 12 M€, finance la replantation de haies.\n\nÀ mi-parcours, le rapport relève que les ${b} du fonds Haies Vives ont déjà permis de replanter 300 km.`;
    assert.deepEqual(codes(doc('12 M€'), false), []);
    assert.deepEqual(codes(doc('15 M€'), false), ['figure-conflict']);
  });


  it('reads « Doté de A, il … » as the thing the sentence before acted on, and names it so', () => {
    const doc = (b: string) => `Le syndicat mixte a lancé jeudi le plan Rivières Vivantes. Doté de 4 millions d’euros sur cinq ans, il financera la restauration des berges.\n\n« Le plan Rivières Vivantes et ses ${b}, c’est une chance », estime un élu.`;
    assert.deepEqual(codes(doc('4 M€'), false), []);
    assert.deepEqual(flagged(doc('4,6 M€'), false), ['figure-conflict 4,6 M€']);
    const message = analyze(doc('4,6 M€'), { markdown: false }).diagnostics.find((d) => d.code === 'figure-conflict')!.message;
    assert.ok(message.includes('Rivières Vivantes') && !message.startsWith('il '), message);
  });
  it('takes « les B de l’enveloppe quinquennale du X » as X’s whole over five years, whatever year X was launched', () => {
    const text = (b: string) => `Lancé en 2019, le fonds Terres Vives était doté de 60 M€ sur cinq ans. Au total, les ${b} de l’enveloppe quinquennale du fonds Terres Vives ont financé 900 projets.`;
    assert.deepEqual(codes(text('60 M€'), false), []);
    assert.deepEqual(codes(text('52 M€'), false), ['figure-conflict']);
    // An amount per year is no whole over five.
    assert.deepEqual(codes('Le fonds Terres Vives était doté de 60 M€ sur cinq ans. Les 12 M€ annuels du fonds Terres Vives ont financé 180 projets.', false), []);
  });
  it('reads « les A inscrits au X » as the amount planned for X, its whole for the period', () => {
    const text = (a: string) => `Le Fonds d’aide aux jeunes (FAJ) est doté pour 2025 de 900 000 €.\n\nLe vice-président répond que les ${a} inscrits au FAJ cette année suffiront.`;
    assert.deepEqual(codes(text('900 000 €'), false), []);
    assert.deepEqual(codes(text('1,1 M€'), false), ['figure-conflict']);
  });

  it('does not read a list item whose label completes another noun with the name as the name’s amount', () => {
    const text = 'Le plan d’actions du plan climat-air-énergie territorial (PCAET) de la communauté de communes du Haut-Lignon, adopté le 12 mai, mobilise 5,4 M€ sur la période 2025-2030, soit 0,9 M€ par an :\n\n- rénovation des bâtiments : 2,6 M€ ;\n- mobilités : 1,4 M€ ;\n- énergies renouvelables : 1,1 M€ ;\n- animation et suivi du plan : 0,3 M€.\n';
    assert.deepEqual(codes(text, false), []);
  });

  it('keeps apart a name and a longer one that goes on with a capitalised word', () => {
    const text = 'Le premier, le Plan Mobilité Rurale, est doté de 5,9 M€. Il finance le transport à la demande.\n\nLe second, le Plan Mobilité Rurale Solidaire, vise les publics fragiles. Il dispose de 1,8 M€ sur la même période.\n\n« Les 5,9 M€ du Plan Mobilité Rurale ne suffiront pas », regrette un élu.';
    assert.deepEqual(codes(text, false), []);
    assert.deepEqual(codes(text.replace('« Les 5,9 M€', '« Les 6,9 M€'), false), ['figure-conflict']);
  });

  it('reads « Avec A consacrés à X » under a later heading as X’s amount, X named by its capitalised words', () => {
    const doc = (n: string) => `La région a reconduit le fonds Cap Horizon, qui aide les apprentis à se former loin de chez eux. Doté de 2,6 M€ pour la saison 2026-2027, il prend en charge une partie du voyage.\n\n## Un dispositif demandé\n\nCap Horizon complète les aides de l’État. « Avec ${n} consacrés à Cap Horizon, nous tenons parole », a déclaré le président.`;
    assert.deepEqual(codes(doc('2,6 M€')), []);
    assert.deepEqual(codes(doc('3,1 M€')), ['figure-conflict']);
    // Not opening its sentence, « avec » may give a part: no claim.
    assert.deepEqual(codes('Le fonds Cap Horizon est doté de 2,6 M€. La région y participe avec 1,2 M€ consacrés au fonds Cap Horizon.', false), []);
  });

  it('reads « Les A du fonds » as the amount of the fund introduced by its kind noun alone', () => {
    const doc = (n: string) => `L’État crée un fonds de 150 M€ pour aider les stations de moyenne montagne à se diversifier.\n\nLe fonds financera des projets d’été.\n\nLes ${n} du fonds seront attribués par appels à projets.`;
    assert.deepEqual(codes(doc('150 M€'), false), []);
    assert.deepEqual(codes(doc('130 M€'), false), ['figure-conflict']);
    // « du fonds » followed by words that may name another fund takes up nothing.
    assert.deepEqual(codes('L’État crée un fonds de 150 M€ pour les stations. Les 30 M€ du fonds régional seront attribués en 2026.', false), []);
  });

  it('reads « que l’opération, d’un coût de A, … » as the operation’s amount, which a later « l’opération, estimée à B » takes up', () => {
    const doc = (n: string) => `Le directeur rappelle que l’opération, d’un coût de 5,2 M€ HT, remplacera une caserne vétuste.\n\nEn fin de séance, il confirme que l’opération, estimée à ${n} HT, reste dans l’enveloppe votée.`;
    assert.deepEqual(codes(doc('5,2 M€'), false), []);
    assert.deepEqual(flagged(doc('6,1 M€'), false), ['figure-conflict 6,1 M€']);
    assert.ok(analyze(doc('6,1 M€'), { markdown: false }).diagnostics.some((d) => d.message.includes('opération')), 'named as written');
    // Two operations each introduced (« une opération de … ») are two things.
    assert.deepEqual(codes('La ville lance une opération de 5,2 M€ pour la caserne. Elle lance aussi une opération de 6,1 M€ pour le gymnase.', false), []);
  });
  it('checks « les A du Fonds X » against what the fund was said to grant, when nothing of its own was said', () => {
    const doc = (a: string) => `Le projet, d’un coût de 9,4 M€, bénéficie d’une subvention de 2,7 M€ au titre du Fonds vert.\n\n« Sans les ${a} du Fonds vert, nous n’aurions pas tenu le calendrier », a dit le président.`;
    assert.deepEqual(codes(doc('3,4 M€'), false), ['figure-conflict']);
    assert.deepEqual(codes(doc('2,7 M€'), false), []);
    // Two grants to two projects: the amount written as known is one of them.
    const two = 'La gare reçoit 2,7 M€ du Fonds vert. La médiathèque reçoit 1,1 M€ du Fonds vert.\n\nSans les 1,1 M€ du Fonds vert, la médiathèque n’aurait pas ouvert.';
    assert.deepEqual(codes(two, false), []);
    // A grant is no amount of the fund’s own: a later grant of another amount is no conflict.
    assert.deepEqual(codes('La gare reçoit 2,7 M€ du Fonds vert. La médiathèque reçoit 1,1 M€ du Fonds vert.', false), []);
  });
  it('takes an envelope inscribed in « autorisations de programme » as the amount the plan was given', () => {
    const doc = (a: string) => `Vu la délibération adoptant le Plan régional Eau partagée (PREP), doté de 120 M€ pour la période 2024-2028 ;\n\nArticle 1er : Les crédits du PREP, soit ${a}, sont inscrits en autorisations de programme.`;
    assert.deepEqual(codes(doc('135 M€'), false), ['figure-conflict']);
    assert.deepEqual(codes(doc('120 M€'), false), []);
  });
  it('names a phrase by its kind noun and proper name when descriptive words stand between', () => {
    const doc = (a: string) => `Doté de 18 M€, le fonds régional de garantie Rebond PME couvre jusqu’à 70 % des prêts.\n\nLes ${a} du fonds Rebond PME seront mobilisables dès l’ouverture du guichet.`;
    assert.deepEqual(codes(doc('15 M€'), false), ['figure-conflict']);
    assert.deepEqual(codes(doc('18 M€'), false), []);
    // Two funds that share a descriptor but not their proper names are two things.
    assert.deepEqual(codes('Le fonds régional de garantie Rebond PME est doté de 18 M€. Le fonds régional de garantie Cap Export est doté de 12 M€.', false), []);
  });
  it('reads what a fund grants through a fronted « Via … », « Au titre du fonds … » against « les A du fonds » later', () => {
    const via = (a: string) => `Via le Fonds vert, l’État contribue à hauteur de 6,2 M€ au prolongement du tramway. « Sans les ${a} du Fonds vert, nous aurions étalé les travaux », dit le maire.`;
    assert.deepEqual(codes(via('6,2 M€'), false), []);
    assert.deepEqual(flagged(via('5,4 M€'), false), ['figure-conflict 5,4 M€']);
    const titre = (a: string) => `Le conseil régional a voté une aide de 95 000 € au titre du fonds Cap Bourgs. Les ${a} du fonds Cap Bourgs sont versés en deux fois.`;
    assert.deepEqual(codes(titre('95 000 €'), false), []);
    assert.deepEqual(flagged(titre('120 000 €'), false), ['figure-conflict 120 000 €']);
  });
  it('reads « doter X de A » as X’s amount, and « cette année » as the one year a text writes', () => {
    const text = (a: string) => `Le Fonds d’aide aux jeunes (FAJ) aide les 18-25 ans. Le Département a doté le FAJ de ${a} cette année. Grâce aux 540 000 € du FAJ, plus de 900 jeunes seront soutenus en 2025.`;
    assert.deepEqual(codes(text('540 000 €'), false), []);
    assert.deepEqual(flagged(text('480 000 €'), false), ['figure-conflict 540 000 €']);
    // Two years written: « cette année » is not resolved.
    assert.deepEqual(codes(text('480 000 €').replace('en 2025', 'en 2025, contre 700 en 2024'), false), []);
  });
  it('reads a key figure whose label names the thing (« - 4,2 M€ : apport du fonds X ») as its amount', () => {
    const text = (a: string) => `Le conseil régional a inscrit le projet au fonds régional « Santé proximité », qui abonde à hauteur de 3,5 M€.\n\n**Les chiffres clés**\n\n- 16,8 M€ : coût total de l’opération\n- ${a} : apport du fonds Santé proximité\n`;
    assert.deepEqual(codes(text('3,5 M€')), []);
    assert.deepEqual(flagged(text('4,2 M€')), ['figure-conflict 4,2 M€']);
  });
  it('reads a stage verb whose object is no sum as saying nothing of the amount\'s stage', () => {
    // « engage la commune », « programme les chantiers »: the verb binds or schedules, the amount is still the thing's own.
    assert.deepEqual(flagged('Le contrat, d’un montant de 86 M€ sur dix ans, confie le service à un opérateur privé. Les élus de l’opposition dénoncent la durée. Ce contrat de 68 M€ engage la commune jusqu’en 2035.', false), ['figure-conflict 68 M€']);
    assert.deepEqual(codes('Le contrat, d’un montant de 86 M€ sur dix ans, confie le service à un opérateur privé. Les élus de l’opposition dénoncent la durée. Ce contrat de 86 M€ engage la commune jusqu’en 2035.', false), []);
    // A stage verb over a sum still sets the amount apart: what was committed is another figure.
    assert.deepEqual(codes('Le contrat, d’un montant de 86 M€ sur dix ans, confie le service à un opérateur privé. Ce contrat de 30 M€ engage les crédits de l’année.', false).filter((c) => c === 'figure-conflict'), []);
  });
  it('reads an opening « avec A » clause after « que » however long the main clause before it', () => {
    const base = 'Le fonds d’appui aux tiers-lieux (FATL) recevra 12,5 M€ en 2026, partagés entre l’amorçage et le fonctionnement. ';
    assert.deepEqual(flagged(base + 'Dans la seconde partie de son avis, le rapporteur pour avis déplore qu’avec 9 M€ à peine en 2026, le FATL ne soutienne qu’un projet sur quatre.', false), ['figure-conflict 9 M€']);
    assert.deepEqual(codes(base + 'Dans la seconde partie de son avis, le rapporteur pour avis déplore qu’avec 12,5 M€ à peine en 2026, le FATL ne soutienne qu’un projet sur quatre.', false), []);
  });

  it('gives a thing both amounts a sentence joins on the two bases of a pair', () => {
    const text = (cp: string) => `Le programme 214 « Soutien de la politique de l’éducation » reçoit, en 2026, 2 940 M€ en autorisations d’engagement et 2 815 M€ en crédits de paiement.\n\nAvec ${cp} de crédits de paiement pour 2026, le programme 214 finance aussi les systèmes d’information.`;
    assert.deepEqual(flagged(text('2 590 M€'), false), ['figure-conflict 2 590 M€']);
    assert.deepEqual(codes(text('2 815 M€'), false), []);
    // The AE amount is the AE's: CP written apart are compared with the CP only.
    assert.deepEqual(codes(text('2 815 M€').replace('de crédits de paiement pour 2026', 'd’autorisations d’engagement pour 2026').replace('2 815 M€ d’', '2 940 M€ d’'), false), []);
  });

  it('names a programme by its kind noun and number, whatever title or verb follows', () => {
    assert.deepEqual(flagged('Le programme 112 « Impulsion et coordination de la politique d’aménagement » est doté de 262 M€ pour 2026.\n\nLe programme 112 mobilise 226 M€ pour 2026, surtout en faveur des contrats de territoire.', false), ['figure-conflict 226 M€']);
    // Two programmes by number are two things.
    assert.deepEqual(codes('Le programme 112 est doté de 262 M€ pour 2026. Le programme 162 mobilise 226 M€ pour 2026.', false), []);
  });
  it('gives a name the definite amount its complements of money and of the first stage lead to', () => {
    const first = 'Le fonds de soutien aux radios associatives (FSRA) est doté de 32 M€ en autorisations d’engagement pour 2026. ';
    assert.deepEqual(flagged(first + 'Les syndicats jugent que les 28 M€ d’AE prévus pour 2026 au titre du FSRA resteront insuffisants.', false), ['figure-conflict 28 M€']);
    assert.deepEqual(codes(first + 'Les syndicats jugent que les 32 M€ d’AE prévus pour 2026 au titre du FSRA resteront insuffisants.', false), []);
    assert.deepEqual(flagged('Le plan départemental pour les collèges mobilise 54 M€ de crédits. Le rapporteur doute que les 45 M€ de crédits du plan départemental pour les collèges suffisent.', false), ['figure-conflict 45 M€']);
    // A later stage says how far along, not what the thing holds; a purpose after « de » is no sum of the thing.
    assert.deepEqual(codes(first + 'Les syndicats notent que les 12 M€ d’AE engagés au titre du FSRA concernent surtout les petites stations.', false), []);
    assert.deepEqual(codes('La commune de Vallières a voté un budget de 9 M€. Les 2 M€ de travaux de la commune de Vallières portent sur l’école.', false), []);
  });

  it('reads the same budget basis with the law unsaid as that law\'s amount again', () => {
    const first = 'Doté de 410 M€ en autorisations d’engagement dans le projet de loi de finances pour 2026, le fonds pour le recyclage des friches recule. ';
    assert.deepEqual(flagged(first + 'Les maires regrettent que les 360 M€ d’AE prévus pour 2026 au titre du fonds pour le recyclage des friches ne couvrent pas les projets déjà prêts.', false), ['figure-conflict 360 M€']);
    assert.deepEqual(codes(first + 'Les maires regrettent que les 410 M€ d’AE prévus pour 2026 au titre du fonds pour le recyclage des friches ne couvrent pas les projets déjà prêts.', false), []);
    // The other basis (CP) is another figure.
    assert.deepEqual(codes(first + 'Les maires regrettent que les 360 M€ de CP prévus pour 2026 au titre du fonds pour le recyclage des friches ne couvrent pas les projets déjà prêts.', false), []);
  });

  it('takes what one giver sets aside for a programme as its whole, unless several givers or amounts are named', () => {
    const first = (a: string) => `Le ministère consacre ${a} au programme « Écoles connectées », qui équipe les classes de tableaux numériques. `;
    assert.deepEqual(flagged(first('6,4 M€') + 'Selon les syndicats, les 7,2 M€ du programme « Écoles connectées » ne suffiront pas.', false), ['figure-conflict 7,2 M€']);
    assert.deepEqual(codes(first('7,2 M€') + 'Selon les syndicats, les 7,2 M€ du programme « Écoles connectées » ne suffiront pas.', false), []);
    // A rest financed by others: the giver's amount is a part.
    assert.deepEqual(codes('Le programme « Écoles connectées » mobilise 7,2 M€. Le ministère alloue 4 M€ au programme « Écoles connectées », le reste étant apporté par les communes.', false), []);
    // Two givers: neither amount is the whole.
    assert.deepEqual(codes('Le programme « Écoles connectées » mobilise 7,2 M€. Le ministère consacre 4 M€ au programme « Écoles connectées ». La région consacre 3,2 M€ au programme « Écoles connectées ».', false), []);
    // A body is given money, it is not a programme's envelope.
    assert.deepEqual(codes('La commune de Vallières dispose d’un budget de 9 M€. L’État consacre 2 M€ à la commune de Vallières pour son école.', false), []);
  });
  it('names a thing introduced by « un » and its kind noun when a capitalised name follows', () => {
    const text = (box: string) => `La commune lance cette année un plan Canopée doté de 1,8 M€. Il finance la plantation d’arbres dans les cours d’école.\n\n> **Repères 2025**\n> - Plan Canopée : ${box}\n> - Arbres plantés : 640\n`;
    assert.deepEqual(flagged(text('2,3 M€')), ['figure-conflict 2,3 M€']);
    assert.deepEqual(codes(text('1,8 M€')), []);
    // Without a proper name, « un plan doté de … » stays a bare kind noun, not « plan » of any other plan.
    assert.deepEqual(codes('La commune lance cette année un plan doté de 1,8 M€. Le plan Canopée, lui, mobilise 2,3 M€.', false), []);
  });

  it('dates a box\'s items by its short title line', () => {
    const text = (box: string) => `En 2025, le fonds Jeunes Pousses, doté de 600 000 €, aide les créateurs.\n\n> **Chiffres clés ${box}**\n> - Fonds Jeunes Pousses : 750 000 €\n> - Projets aidés : 31\n`;
    assert.deepEqual(flagged(text('2025')), ['figure-conflict 750 000 €']);
    // Another year's box is another amount.
    assert.deepEqual(codes(text('2026')), []);
  });

  it('reads a subject pronoun as the body that was the subject and one name of the sentence before', () => {
    const text = (second: string) => `Une élue a critiqué l’Observatoire régional des mobilités (ORM).\n\nFondé en 2020, l’ORM publie chaque trimestre une note sur les transports. Il dispose d’un budget annuel de 0,9 M€.\n\nEn résumé, l’ORM, c’est ${second} par an et quatre salariés.`;
    assert.deepEqual(flagged(text('1,3 M€'), false), ['figure-conflict 1,3 M€']);
    assert.deepEqual(codes(text('0,9 M€'), false), []);
    // A pronoun opening another paragraph takes up nothing.
    assert.deepEqual(codes('Fondé en 2020, l’Observatoire régional des mobilités (ORM) publie une note chaque trimestre.\n\nIl dispose d’un budget annuel de 0,9 M€.\n\nEn résumé, l’ORM, c’est 1,3 M€ par an.', false).filter((c) => c === 'figure-conflict'), []);
  });

  it('reads « cet outil » as the latest scheme named', () => {
    const text = (second: string) => `La métropole a présenté son fonds d’amorçage pour l’artisanat (FAPA). Doté de 4 M€, cet outil prête sans intérêt aux artisans qui s’installent.\n\nDepuis son lancement, le FAPA et ses ${second} ont aidé 52 entreprises.`;
    assert.deepEqual(flagged(text('5 M€'), false), ['figure-conflict 5 M€']);
    assert.deepEqual(codes(text('4 M€'), false), []);
  });

  it('reads « aux A du X » as the thing\'s known amount, for its period', () => {
    const text = (second: string) => `## Le fonds\n\nVoté en décembre, le Fonds intercommunal pour les haltes-garderies est doté de 420 000 € pour 2025.\n\n## Les projets\n\nGrâce aux ${second} du Fonds intercommunal pour les haltes-garderies, neuf haltes-garderies rouvriront.\n`;
    assert.deepEqual(flagged(text('480 000 €')), ['figure-conflict 480 000 €']);
    assert.deepEqual(codes(text('420 000 €')), []);
  });

  it('checks a fund\'s known amount against what it was said to give', () => {
    const text = (second: string) => `La rénovation du gymnase coûte 1,6 M€ HT. Le Fonds vert apporte 520 000 €, la région 300 000 €, le solde étant à la charge de la commune.\n\n« Sans les ${second} du Fonds vert, le chantier n’aurait pas démarré », souligne la maire.`;
    assert.deepEqual(flagged(text('620 000 €'), false), ['figure-conflict 620 000 €']);
    assert.deepEqual(codes(text('520 000 €'), false), []);
  });
  it('keys a table row\'s name as the prose keys the same phrase', () => {
    const doc = (prose: string) => `| Chiffres clés | |\n|---|---|\n| Contrat local Santé Rivière | 2,4 M€ |\n| Communes couvertes | 18 |\n\nLa préfecture et l’ARS ont signé le contrat local Santé Rivière. Doté de ${prose}, le contrat finance trois maisons de santé.\n`;
    assert.deepEqual(flagged(doc('2,9 M€')), ['figure-conflict 2,9 M€']);
    assert.deepEqual(codes(doc('2,4 M€')), []);
  });
  it('reads « Budget : A » as the amount of the scheme the sentence before named', () => {
    const text = (later: string) => `Le conseil départemental vient d’adopter le plan Collèges durables 2025-2029. Budget : 42 M€ sur cinq ans.\n\nAvec ses ${later}, le plan Collèges durables rénovera onze établissements.`;
    assert.deepEqual(flagged(text('48 M€'), false), ['figure-conflict 48 M€']);
    assert.deepEqual(codes(text('42 M€'), false), []);
    // The message names the thing, not the label.
    const [d] = analyze(text('48 M€'), { markdown: false }).diagnostics.filter((x) => x.code === 'figure-conflict');
    assert.ok(/plan Collèges durables/i.test(d.message) && !/^Budget/.test(d.message), d.message);
    // A label after a sentence naming only a body gives the body nothing.
    assert.deepEqual(codes('Le conseil départemental s’est réuni lundi. Budget : 42 M€.\n\nLe conseil départemental dispose de 48 M€.', false).filter((c) => c === 'figure-conflict'), []);
  });
  it('lets « les A du X » take up an amount said beside X\'s first, when that sentence writes a year elsewhere', () => {
    // The sentence dates the vote, not the first amount: the revised envelope is still one the text gave the plan.
    assert.deepEqual(codes('Le plan Canopée, doté de 3,2 M€, voit son enveloppe portée à 4 M€ lors du vote de 2025. Les 4 M€ du plan Canopée financeront 300 arbres.', false), []);
    assert.deepEqual(flagged('Le plan Canopée, doté de 3,2 M€, voit son enveloppe portée à 4 M€ lors du vote de 2025. Les 5 M€ du plan Canopée financeront 300 arbres.', false), ['figure-conflict 5 M€']);
  });
  it('reads a key-figure line « A pour <name> » as the name\'s amount', () => {
    const doc = (a: string) => `Le programme « Ateliers d’avenir » mobilise 85 M€ pour moderniser 200 PME de la région.\n\n> **En bref**\n> - 200 entreprises accompagnées\n> - ${a} pour Ateliers d’avenir\n> - 9 conseillers déployés\n`;
    assert.deepEqual(codes(doc('85 M€')), []);
    assert.deepEqual(flagged(doc('75 M€')).filter((f) => f.startsWith('figure-conflict')).length, 1);
    // A line with more after the name is no key figure of it.
    assert.deepEqual(codes(doc('75 M€ pour Ateliers d’avenir et les chambres consulaires')).filter((c) => c === 'figure-conflict'), []);
  });
  it('reads an acronym the text never brackets as the name of the phrase that spells it out', () => {
    const text = (a: string) => `Le bureau du syndicat mixte d’aménagement du littoral a voté un budget de 2,6 M€ pour 2025. Avec les ${a} du SMAL cette année, les digues seront confortées.`;
    assert.deepEqual(codes(text('2,6 M€')), []);
    assert.deepEqual(flagged(text('2,9 M€')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 2,9 M€']);
    // Words that do not spell it name something else.
    assert.deepEqual(codes('Le bureau du syndicat des eaux a voté un budget de 2,6 M€ pour 2025. Avec les 2,9 M€ du SMAL cette année, les digues seront confortées.').filter((c) => c === 'figure-conflict'), []);
  });
  it('reads « X mobilise A au titre du pass Y » as what one giver puts into Y, not what Y grants', () => {
    const doc = (a: string) => `**Quel budget ?**\nPour 2026, le Département mobilise ${a} au titre du Pass Sport Collège.\n\n**Jusqu’à quand ?**\nLe Pass Sport Collège dispose d’une enveloppe de 2,1 M€ pour 2026.\n`;
    assert.deepEqual(codes(doc('2,1 M€')), []);
    assert.deepEqual(flagged(doc('1,8 M€')).filter((f) => f.startsWith('figure-conflict')).length, 1);
    // What a fund grants to a project stays the fund's grant.
    assert.deepEqual(codes('Le gymnase bénéficie de 400 000 € au titre du Fonds vert. Le Fonds vert dispose de 2 Md€ en 2025.').filter((c) => c === 'figure-conflict'), []);
  });

  it('reads « Au total, ce sont A qui seront investis dans le cadre du X » as X\'s whole', () => {
    const doc = (a: string) => `- Plan Lycées 2025-2029 : 180 M€\n\nAu total, ce sont ${a} qui seront investis dans le cadre du Plan Lycées 2025-2029.\n`;
    assert.deepEqual(codes(doc('180 millions d’euros')), []);
    assert.deepEqual(flagged(doc('210 millions d’euros')).filter((f) => f.startsWith('figure-conflict')).length, 1);
    // Without a word of total, the amount may be one part of what the plan funds.
    assert.deepEqual(codes('- Plan Lycées 2025-2029 : 180 M€\n\nCette année, 40 M€ seront investis dans le cadre du Plan Lycées 2025-2029.\n').filter((c) => c === 'figure-conflict'), []);
  });
  it('reads « que la dotation totale du fonds X, fixée à A » as X\'s amount', () => {
    const text = (a: string) => `Le fonds Cap Vallée, doté de 18 M€, soutient les PME du bassin. Le directeur rappelle que la dotation totale du fonds Cap Vallée, fixée à ${a} lors de sa création, financera trente projets.`;
    assert.deepEqual(codes(text('18 M€')), []);
    assert.deepEqual(flagged(text('15 M€')).filter((f) => f.startsWith('figure-conflict')).length, 1);
  });
  it('names a thing « un fonds régional X doté de A »: a territory\'s adjective counts for the phrase\'s length', () => {
    const doc = (a: string) => `Le conseil régional a voté la création d’un fonds régional sécheresse doté de 3,2 M€. L’aide sera forfaitaire.\n\nLes ${a} du fonds régional sécheresse seront versés avant l’hiver.\n`;
    assert.deepEqual(codes(doc('3,2 M€')), []);
    assert.deepEqual(flagged(doc('2,3 M€')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 2,3 M€']);
    // Two words after the article « un » are still too few to be a name.
    assert.deepEqual(codes('La commune a créé un fonds local doté de 30 000 €. Les 40 000 € du fonds local iront aux commerces.').filter((c) => c === 'figure-conflict'), []);
  });
  it('reads « ce programme » after « le programme Petites villes de demain », and « les A financés par X » as what X granted', () => {
    const doc = (a: string) => `Nos deux bourgs ont été retenus dans le programme Petites villes de demain. Au titre de ce programme, la Banque des Territoires a financé 96 000 € d’études.\n\n« Les ${a} d’études financés par Petites villes de demain nous ont fait gagner du temps », dit la cheffe de projet.\n`;
    assert.deepEqual(codes(doc('96 000 €')).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('69 000 €')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 69 000 €']);
    // What a scheme granted is not its own endowment: « les A financés par X » is never checked against it.
    assert.deepEqual(codes('Le Fonds vert est doté de 2 Md€ en 2025. Les 800 000 € de travaux financés par le Fonds vert ont permis d’isoler l’école.').filter((c) => c === 'figure-conflict'), []);
  });
  it('reads « l\'enveloppe de A attribuée au X » and « les A attribués au X » as X\'s amount written as known', () => {
    const doc = (w: string) => `Le Fonds régional pour l'innovation agricole (FRIA) est doté de 42 M€ en 2026.\n\nLa commission note que ${w} ne suffira pas.\n`;
    assert.deepEqual(codes(doc("l'enveloppe de 42 M€ attribuée au FRIA")), []);
    assert.deepEqual(flagged(doc("l'enveloppe de 48 M€ attribuée au FRIA")).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 48 M€']);
    assert.deepEqual(flagged(doc('les 48 M€ attribués au FRIA')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 48 M€']);
  });
  it('reads past an acronym in brackets and a long apposition to the verb that gives the name its amount', () => {
    const doc = (a: string) => `Le fonds de soutien aux radios associatives (FSRA), alimenté par une part de la taxe sur la publicité télévisée et de la taxe sur les éditeurs de services de radio, dispose de 32 M€ cette année.\n\nLe rapporteur regrette que les ${a} du FSRA échappent au vote du Parlement.\n`;
    assert.deepEqual(codes(doc('32 M€')).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('36 M€')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 36 M€']);
  });
  it('gives no known name the amount of a compound name it is glued into (« FEDER-FSE+-FTJ »)', () => {
    const text = 'Délibération de la commission permanente\n\nConsidérant que le programme régional FEDER-FSE+-FTJ 2021-2027 est doté de 730,5 M€ de crédits européens, dont 540,2 M€ au titre du FEDER, 140,1 M€ au titre du FSE+ et 20,2 M€ au titre du Fonds pour une transition juste ;\n\nLa commission prend acte du rapport.\n';
    assert.deepEqual(codes(text, false).filter((c) => c === 'reference-mismatch' || c === 'figure-conflict'), []);
  });
  it('reads a demonstrative with another kind noun (« Ce projet de A ») as something else than the fund claimed last', () => {
    assert.deepEqual(codes("La halle des sports recevra 400 000 € du FEDER, a confirmé le comité. Ce projet de 1,1 M€ au total ouvrira en 2026. Oui, les 0,4 M€ du FEDER s'ajoutent à l'aide de la Région.", false).filter((c) => c === 'figure-conflict'), []);
    // The same kind noun still takes up the thing: « un fonds de A » … « ce fonds de B ».
    assert.deepEqual(codes("La métropole a présenté un fonds de 2,2 M€ pour végétaliser les cours d'école.\n\nAvec ce fonds de 2,8 M€, elle espère aider trente écoles.", false), ['figure-conflict']);
  });
  it('takes no period from a year inside another name of the sentence (« au titre de France 2030 »)', () => {
    const doc = (a: string) => `Le fonds Cap Amorçage, doté de 40 M€ par la région et par l'État au titre de France 2030, a signé son premier investissement.\n\n« Avec ses ${a}, Cap Amorçage devient le plus gros fonds régional », dit son directeur.\n`;
    assert.deepEqual(codes(doc('40 M€')).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('48 M€')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 48 M€']);
    // A year of the sentence outside any name still dates the amount: 2026's envelope is another figure.
    assert.deepEqual(codes('Le fonds Cap Amorçage est doté de 40 M€ en 2025. En 2026, le fonds Cap Amorçage recevra 48 M€ au titre de France 2030.').filter((c) => c === 'figure-conflict'), []);
  });
  it('reads no purpose for an amount in a second predicate after « et » (« … et a annoncé une aide pour les apprentis »)', () => {
    const doc = (a: string) => `Le fonds d'aide aux jeunes (FAJ) est doté de 310 000 € pour 2026 par le Département.\n\nLa vice-présidente a rappelé que les ${a} du FAJ sont un appui précieux et a promis des critères plus souples pour les jeunes en alternance.\n`;
    assert.deepEqual(codes(doc('310 000 €')).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('340 000 €')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 340 000 €']);
    // « et à » is the preposition: the purpose goes on, and two purposes are two figures.
    assert.deepEqual(codes('Le FAJ est doté de 310 000 € pour les jeunes sans ressources. Le FAJ consacre 60 000 € pour le logement et à la mobilité des apprentis.').filter((c) => c === 'figure-conflict'), []);
  });
  it('reads capitalised words after a civil title (« Mme Le Goff ») as a person, not a name that takes the amount', () => {
    const doc = (a: string) => `Le Fonds régional pour la sobriété foncière (FRSF) est doté de 31 M€ sur la période 2025-2027.\n\nMme Le Floch, rapporteure, rappelle qu'avec ses ${a}, le FRSF reste le premier outil de la région.\n`;
    assert.deepEqual(codes(doc('31 M€')).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('36 M€')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 36 M€']);
  });
  it('reads a name written with an adjective before its noun and « contre » what it fights (« le nouveau plan … contre l’érosion »)', () => {
    const doc = (a: string) => `Le nouveau plan régional de défense contre l'érosion du littoral, voté en juin, est doté de 9,4 M€ pour 2025-2029. Il finance des rechargements de plage.\n\nLe président juge qu'avec les ${a} de ce plan, la région « prend sa part ».\n`;
    assert.deepEqual(codes(doc('9,4 M€'), false).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('4,9 M€'), false).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 4,9 M€']);
    // Before a figure, « contre » compares: the name ends there and no amount is given to a longer one.
    assert.deepEqual(codes('Le fonds de soutien aux clubs reçoit 2 M€ contre 1,6 M€ l’an passé. Le fonds de soutien aux clubs aidera 300 associations.', false).filter((c) => c === 'figure-conflict'), []);
  });
  it('gives a name the amount a participle sets in an apposition after « la dotation du X » (« …, fixée à A »)', () => {
    const doc = (a: string) => `Point 2. Le bureau prend acte de la dotation 2026 du fonds départemental d'insertion, arrêtée à 2,3 M€, qui permettra d'aider les allocataires pour les frais de garde.\n\nPoint 5. Avec ${a} cette année, le fonds départemental d'insertion devra faire des choix.\n`;
    assert.deepEqual(codes(doc('2,3 M€'), false).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('2,6 M€'), false).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 2,6 M€']);
    // No participle of setting: « la dotation du fonds, versée à 80 communes » gives no amount.
    assert.deepEqual(codes("La commission examine la dotation du fonds départemental d'insertion, versée à 80 communes pour 1,2 M€. Le fonds départemental d'insertion dispose de 2,3 M€.", false).filter((c) => c === 'figure-conflict'), []);
  });
  it('reads a labelled key figure (« Chiffre clé : A pour le fonds X en 2025 ») as the name’s amount', () => {
    const doc = (a: string) => `# Lettre aux élus\n\n> **En chiffres : 640 000 €** pour le fonds intercommunal de soutien au commerce en 2026\n\n## Calendrier\n\nLes dossiers sont attendus avant mai. Cette année, le fonds intercommunal de soutien au commerce, doté de ${a}, financera des vitrines.\n`;
    assert.deepEqual(codes(doc('640 000 €')).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('690 000 €')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 690 000 €']);
    // Another word after the name (a giver, a place) and the line is no key figure of it.
    assert.deepEqual(codes('Apport : 640 000 € pour le fonds intercommunal de soutien au commerce de la part de la Région.\n\nLe fonds intercommunal de soutien au commerce, doté de 900 000 €, financera des vitrines.\n').filter((c) => c === 'figure-conflict'), []);
  });
  it('keeps « en » and a bare noun closing a name before its comma (« le fonds d’aide aux clubs en difficulté, doté de A »)', () => {
    const doc = (a: string) => `Le fonds d'aide aux clubs en difficulté, doté de 800 000 €, sera ouvert en mars.\n\nLe président a rappelé qu'avec ses ${a}, le fonds d'aide aux clubs en difficulté restait modeste.\n`;
    assert.deepEqual(codes(doc('800 000 €'), false).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('880 000 €'), false).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 880 000 €']);
  });
  it('takes up a thing by its kind noun after a fronted clause (« Doté de A, ce fonds … », « Pour l’opposition, ce plan de B … »)', () => {
    const fund = (b: string) => `La Région lance son programme contre les déserts médicaux. Doté de 18 M€ sur la période 2025-2028, ce fonds régional aidera les maisons de santé.\n\nLes ${b} du fonds régional seront votés en deux fois.\n`;
    assert.deepEqual(codes(fund('18 M€'), false).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(fund('16 M€'), false).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 16 M€']);
    const plan = (b: string) => `La Ville a présenté son plan « Cap Emploi Jeunes », doté de 640 000 € pour 2026.\n\nPour l'opposition, ce plan de ${b} reste « une vitrine ».\n`;
    assert.deepEqual(codes(plan('640 000 €'), false).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(plan('460 000 €'), false).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 460 000 €']);
  });
  it('reads « les A du fonds » with no fund introduced by its kind noun alone as the one fund named before', () => {
    const doc = (b: string) => `Ostréiculture dans la baie : un fonds pour les parcs sinistrés\n\nLe syndicat a signé une convention créant un fonds de soutien aux ostréiculteurs, doté de 3 M€ sur cinq ans. Les parcs touchés par le norovirus seront prioritaires.\n\nLes 52 bateaux de la flottille restent à quai depuis janvier.\n\n« Sur les ${b} du fonds, la moitié ira aux jeunes installés », précise le président.\n`;
    assert.deepEqual(codes(doc('3 M€'), false).filter((c) => c === 'figure-conflict'), []);
    assert.deepEqual(flagged(doc('3,6 M€'), false).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 3,6 M€']);
  });
  it('reads « Doté de A, abondés par X et Y, il … » past the apposition: the pronoun is the thing named before, the givers are none', () => {
    const doc = (b: string) => `Le Département a lancé mardi son fonds de soutien aux librairies indépendantes. Doté de 3 millions d'euros, financés à parts égales par le Département et par l'État, il aidera une soixantaine de commerces. Avec ses ${b} millions d'euros, le fonds reste modeste face aux besoins.`;
    assert.deepEqual(codes(doc('3'), false), []);
    assert.deepEqual(flagged(doc('2'), false), ["figure-conflict 2 millions d'euros"]);
    // A second clause with a subject of its own is no apposition: « elle » is not the fund.
    assert.deepEqual(codes("Le Département a lancé son fonds de soutien aux librairies. Avec 3 millions d'euros, la collectivité finance vingt projets, elle en attend cinquante. Avec ses 2 millions d'euros, le fonds reste modeste.", false), []);
  });
  it('gives a thing introduced as « un fonds d’urgence de A » its amount, checked against a later one', () => {
    const doc = (b: string) => `La préfète a annoncé la création d'un fonds d'urgence de 6 millions d'euros destiné aux commerçants sinistrés. Les premiers versements sont prévus en mai.\n\n« Les ${b} millions du fonds d'urgence ne suffiront pas », prévient la chambre de commerce.`;
    assert.deepEqual(codes(doc('6'), false), []);
    assert.deepEqual(flagged(doc('8'), false), ['figure-conflict 8 millions']);
    // « un plan de 6 M€ » and another plan later: two words at least, a kind noun alone is read elsewhere.
    assert.deepEqual(codes("La ville lance un plan de 6 millions d'euros pour ses écoles. Le plan d'urgence voté en 2020 avait mobilisé 8 millions.", false), []);
  });

  it('reads a long name (« le fonds régional d’aide à l’installation des professionnels de santé ») whole, for « les 14 M€ du fonds » later', () => {
    const text = (a: string) => `Le fonds régional d’aide à l’installation des professionnels de santé dispose en 2024 d’une enveloppe de 12 M€. Il soutient les maisons de santé.\n\nCette année, les ${a} du fonds iront aux cantons les moins dotés.`;
    assert.deepEqual(codes(text('12 M€'), false), []);
    assert.deepEqual(flagged(text('14 M€'), false), ['figure-conflict 14 M€']);
  });

  it('reads « pour la fin de l’année » as a moment, not a purpose that sets the amount apart', () => {
    const doc = (b: string) => `Le Fonds d'entraide aux clubs ruraux (FECR) reçoit 380 000 € de la communauté de communes.\n\nÀ l'automne, le FECR, doté de ${b}, garde de la marge pour la fin de l'exercice.\n`;
    assert.deepEqual(codes(doc('380 000 €'), false), []);
    assert.deepEqual(flagged(doc('430 000 €'), false), ['figure-conflict 430 000 €']);
  });
  it('gives a body the envelope it hands out to one named recipient (« attribue au département une enveloppe de A »), not one shared among several', () => {
    const doc = (b: string) => `Cette année, le fonds de prévention des risques côtiers attribue au département une enveloppe de ${b}. Elle financera les digues.\n\nLes 520 000 € du fonds de prévention des risques côtiers couvriront l'essentiel des chantiers.\n`;
    assert.deepEqual(codes(doc('520 000 €'), false), []);
    assert.deepEqual(flagged(doc('470 000 €'), false), ['figure-conflict 520 000 €']);
    // To each of several recipients, or to a group among others: a share, no whole.
    assert.deepEqual(codes('Le fonds de prévention des risques côtiers attribue à chaque commune une enveloppe de 40 000 €. Les 520 000 € du fonds de prévention des risques côtiers couvriront les chantiers.', false), []);
    assert.deepEqual(codes('Le fonds de prévention des risques côtiers attribue aux communes littorales une enveloppe de 40 000 €. Les 520 000 € du fonds de prévention des risques côtiers couvriront les chantiers.', false), []);
  });
  it('reads a bracketed acronym’s phrase written out again, and a participle with its recipient after the name, as the same thing', () => {
    const doc = (b: string) => `La dotation de péréquation intercommunale (DPI) reversée aux communes membres atteindra 1,8 M€ en 2026.\n\nLa fiscalité reste stable. S'y ajoute l'enveloppe de ${b} consacrée à la dotation de péréquation intercommunale en 2026.\n`;
    assert.deepEqual(codes(doc('1 800 000 €'), false), []);
    assert.deepEqual(flagged(doc('2 100 000 €'), false), ['figure-conflict 2 100 000 €']);
  });
  it('reads « Avec A programmés, le plan X » as the plan’s budgeted whole', () => {
    const doc = (b: string) => `Le programme « Lycées sobres » mobilise 85 M€ entre 2025 et 2029.\n\nAvec ${b} programmés sur la période, le programme « Lycées sobres » devient le premier chantier de la Région.\n`;
    assert.deepEqual(codes(doc('85 millions d’euros'), false), []);
    assert.deepEqual(flagged(doc('95 millions d’euros'), false), ['figure-conflict 95 millions d’euros']);
  });
  it('reads « Ce plan de A sera piloté par les agences régionales de santé »: names past the verb leave the demonstrative the subject', () => {
    const doc = (b: string) => `# Un plan de 420 M€ pour les maternités\n\nLa ministre a présenté mardi un plan de soutien aux maternités rurales.\n\nCe plan de ${b} sur quatre ans sera piloté par les agences régionales de santé.\n`;
    assert.deepEqual(codes(doc('420 millions d’euros')), []);
    assert.deepEqual(flagged(doc('480 millions d’euros')).filter((f) => f.startsWith('figure-conflict')), ['figure-conflict 480 millions d’euros']);
  });
  it('reads « les A que nous consacrons au plan X »: a relative clause that allots the amount to the name', () => {
    const doc = (b: string) => `La commune lance son plan « Cours Oasis », doté de 240 000 euros pour 2025.\n\n« Les ${b} que nous consacrons cette année au plan Cours Oasis rafraîchiront trois écoles », dit l'adjointe.\n`;
    assert.deepEqual(codes(doc('240 000 euros'), false), []);
    assert.deepEqual(flagged(doc('290 000 euros'), false), ['figure-conflict 290 000 euros']);
  });

  it('reads « Avec A mobilisés cette année pour le Fonds X » as the fund’s amount, and « pour 2025 » after a name as its year', () => {
    const doc = (b: string) => `Le Département a présenté son Fonds d'aide aux cinémas ruraux pour 2025, doté de 1,6 M€. Quarante salles devraient en bénéficier.\n\n« Avec ${b} mobilisés cette année pour le Fonds d'aide aux cinémas ruraux, nous soutenons chaque écran », a déclaré le président.\n`;
    assert.deepEqual(codes(doc('1,6 M€'), false), []);
    assert.deepEqual(flagged(doc('1,9 M€'), false), ['figure-conflict 1,9 M€']);
  });

  it('gives no amount to a name the subject is set apart from', () => {
    const text = 'Le contrat d’exploitation de la ligne de bus représente 18 M€ sur six ans. Le marché des véhicules, distinct du contrat d’exploitation, atteint quant à lui 4,2 M€.';
    assert.deepEqual(codes(text), []);
    assert.deepEqual(codes('Le contrat d’exploitation de la ligne de bus représente 18 M€ sur six ans. Le contrat d’exploitation atteint quant à lui 21 M€ sur six ans.'), ['figure-conflict']);
  });

  it('ends a name before its verb and keeps words quoted after an amount out of its purpose', () => {
    assert.deepEqual(codes('Le conseil a adopté le plan piéton intercommunal, doté de 3,2 M€ sur la période 2025-2028. « Avec ses 3,9 M€ sur quatre ans, le plan piéton marque une rupture », a déclaré la présidente.'), ['figure-conflict']);
    assert.deepEqual(codes('Le conseil a adopté le plan piéton intercommunal, doté de 3,2 M€ sur la période 2025-2028. « Avec ses 3,2 M€ sur quatre ans, le plan piéton marque une rupture », a déclaré la présidente.'), []);
    const text = (a: string) => `Le Fonds départemental pour la lecture publique est doté de 1,2 M€ en 2025. Pour 2025, le fonds disposera de ${a}, « un geste fort pour les bibliothèques », selon l’élue.`;
    assert.deepEqual(codes(text('1,2 M€')), []);
    assert.deepEqual(codes(text('1,6 M€')), ['figure-conflict']);
  });

  it('gives a name no amount when it is the agent of a participle inside the subject', () => {
    const text = 'Le plan de lutte contre les fraudes vise 1,2 Md€ de préjudice évité sur la période 2024-2027. En 2024, les fraudes détectées par l’Assurance maladie ont atteint 310 M€. Pour atteindre ces 1,2 milliard d’euros sur quatre ans, la Caisse nationale prévoit de recruter 40 enquêteurs.';
    assert.deepEqual(codes(text), []);
  });
});
