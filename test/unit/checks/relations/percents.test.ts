// Percentages that are shares of one whole, and those that are not.

import { strict as assert } from 'assert';
import { codes, flagged } from './helpers';

describe('relations: shares of one whole', () => {
  it('adds the shares a distribution announces', () => {
    assert.deepEqual(codes('Le financement se répartit entre l’État (40 %), la région (25 %) et l’Europe (20 %).'), ['percent-sum']);
    assert.deepEqual(codes('Le financement se répartit entre l’État (40 %), la région (35 %) et l’Europe (25 %).'), []);
    assert.deepEqual(codes('La métropole (51 %), le département (24 %) et la caisse (15 %) se partagent l’intégralité du capital.'), ['percent-sum']);
  });

  it('reads answers that exclude each other as one population', () => {
    assert.deepEqual(codes('Selon le sondage, 48 % approuvent la réforme, 39 % la désapprouvent et 21 % ne se prononcent pas.'), ['percent-sum']);
    assert.deepEqual(codes('Selon le sondage, 48 % approuvent la réforme, 39 % la désapprouvent et 13 % ne se prononcent pas.'), []);
    assert.deepEqual(codes('Les petites entreprises ont obtenu 62 % des prêts, les moyennes 47 %, et les grandes le reste.'), ['percent-sum']);
  });

  it('never adds growth rates, rates of different populations or ranges', () => {
    assert.deepEqual(codes('Le service a traité +120 % de demandes et 85 % des usagers sont satisfaits.'), []);
    assert.deepEqual(codes('Parmi les bénéficiaires, 54 % sont des femmes et 46 % des hommes ; 35 % ont moins de 30 ans, 45 % ont entre 30 et 50 ans et 20 % ont plus de 50 ans.'), []);
    assert.deepEqual(codes('Les achats publics intègrent du réemploi dans des proportions fixées entre 20 et 100 % selon le produit.'), []);
    assert.deepEqual(codes('85 % des usagers sont satisfaits, 70 % recommandent le service et 60 % l’ont utilisé deux fois.'), []);
  });

  it('reads « le reste, soit N % » after a semicolon as the last share of a complete split, and flags it when wrong', () => {
    assert.deepEqual(flagged('L’État prend en charge 40 % du coût et la région 35 % ; le reste, soit 30 %, incombe à la commune.'), ['percent-sum 30 %']);
    assert.deepEqual(codes('L’État prend en charge 40 % du coût et la région 35 % ; le reste, soit 25 %, incombe à la commune.'), []);
  });

  it('never adds up the answers of a survey that allowed several', () => {
    assert.deepEqual(codes('Sondage auprès de 900 habitants : 61 % vont au marché, 48 % au supermarché et 12 % ne font pas leurs courses en ville. Plusieurs réponses étaient possibles.'), []);
    assert.deepEqual(codes('Sondage auprès de 900 habitants : 61 % approuvent le projet, 48 % le désapprouvent et 12 % ne se prononcent pas.'), ['percent-sum']);
  });

  it('adds up shares of a count whole (« Sur les 18 400 affaires, … ») and shares given one per sentence after a distributing lead or before a rest', () => {
    assert.deepEqual(codes('Sur les 1 200 dossiers reçus, 44 % ont été acceptés, 37 % rejetés et 29 % sont en cours.'), ['percent-sum']);
    assert.deepEqual(codes('Sur les 1 200 dossiers reçus, 40 % ont été acceptés, 35 % rejetés et 25 % sont en cours.'), []);
    assert.deepEqual(codes('Les crédits sont ventilés selon le propriétaire. L’État en reçoit 46 %. Les communes en captent 38 %, tandis que les privés se partagent les 27 % restants.'), ['percent-sum']);
    assert.deepEqual(codes('Les crédits sont ventilés selon le propriétaire. L’État en reçoit 46 %. Les communes en captent 38 %, tandis que les privés se partagent les 16 % restants.'), []);
    assert.deepEqual(codes('La distribution représente 39 % de la facture et l’assainissement 43 %. Le reste, soit 28 %, va aux redevances.'), ['percent-sum']);
    // One share per sentence with nothing that makes them one whole: populations that may overlap.
    assert.deepEqual(codes('Les habitants sont 62 % à utiliser le bus. Ils sont 55 % à prendre le vélo. Ils sont 30 % à marcher.'), []);
  });

  it('closes the shares a verb distributes with « ; le reste, soit N % »', () => {
    assert.deepEqual(flagged('Les recettes proviennent à 58 % des droits de port et à 27 % des redevances ; le reste, soit 23 %, vient des grues.'), ['percent-sum 23 %']);
    assert.deepEqual(codes('Les recettes proviennent à 58 % des droits de port et à 27 % des redevances ; le reste, soit 15 %, vient des grues.'), []);
  });

  it('reads « se répartissent par famille » as the breakdown’s dimension, and a count of kinds announced before the colon', () => {
    assert.deepEqual(codes('Les 2,1 M€ d’achats se répartissent par famille de produits : viandes, 34 % ; laitages, 21 % ; légumes, 29 % ; épicerie, 25 %.'), ['percent-sum']);
    assert.deepEqual(codes('Les 2,1 M€ d’achats se répartissent par famille de produits : viandes, 34 % ; laitages, 21 % ; légumes, 29 % ; épicerie, 16 %.'), []);
    assert.deepEqual(codes('Il ne reste que trois technologies dans le parc, qui compte 3 218 points lumineux : 47 % de LED, 31 % de sodium et 12 % d’iodures.'), ['percent-sum']);
  });

  it('closes shares of one whole with the last funder’s rest stated after its subject (« L’État apporte le solde », « complète le tour de table »)', () => {
    const shares = 'La communauté de communes prend en charge 46 % du coût, la région 20 % et le département 15 %. ';
    assert.deepEqual(codes(shares + 'L’État complète le tour de table à hauteur de 10 %.'), ['percent-sum']);
    assert.deepEqual(codes(shares + 'L’État complète le tour de table à hauteur de 19 %.'), []);
    assert.deepEqual(codes(shares + 'L’État apporte le solde, soit 10 %.'), ['percent-sum']);
    assert.deepEqual(codes(shares + 'L’État apporte le solde, soit 19 %.'), []);
    // Another share that closes nothing.
    assert.deepEqual(codes(shares + 'L’État apporte aussi 10 %.'), []);
  });

  it('closes shares with a rest named anywhere before the last figure (« prend à sa charge le solde, soit N % »)', () => {
    const text = (n: string) => `Le Département finance le collège à hauteur de 30 %, l’État pour 20 %. La communauté d’agglomération prend à sa charge le solde, soit ${n} % du coût.`;
    assert.deepEqual(codes(text('40')), ['percent-sum']);
    assert.deepEqual(codes(text('50')), []);
  });

  it('goes on down a ranking of one whole (« Viennent ensuite … »), and never sums a ranking of rates', () => {
    const text = (n: string) => `Les frais de personnel en absorbent ${n} %. Viennent ensuite les achats (14 %), les loyers (8 %) et l’énergie (5 %).`;
    assert.deepEqual(codes('Les charges de l’office atteignent 42 M€. ' + text('79')), ['percent-sum']);
    assert.deepEqual(codes('Les charges de l’office atteignent 42 M€. ' + text('69')), []);
    // Without « Viennent ensuite », nothing says the shares split one whole and stop there.
    assert.deepEqual(codes('Les charges de l’office atteignent 42 M€. Les frais de personnel en absorbent 79 %. Les achats pèsent 14 %, les loyers 8 %.'), []);
    // Rates of several regions, ranked: no whole.
    assert.deepEqual(codes('La Lozère arrive en tête avec un taux de vaccination de 81 %. Suivent le Cantal (79 %) et l’Aveyron (77 %).'), []);
  });

  it('reads brackets from the bottom to the top under a stated whole as a complete split', () => {
    const list = (a: string) => `Âge des 8 300 adhérents de la mutuelle :\n\n- moins de 30 ans : 14 % ;\n- de 30 à 59 ans : ${a} % ;\n- 60 ans et plus : 38 %.\n`;
    assert.deepEqual(codes(list('38')), ['percent-sum']);
    assert.deepEqual(codes(list('48')), []);
    // A rate per bracket, or brackets that stop short of the top: no whole.
    assert.deepEqual(codes('Taux d’emploi par âge (8 300 actifs) :\n\n- moins de 30 ans : 64 % ;\n- de 30 à 59 ans : 82 % ;\n- 60 ans et plus : 31 %.\n'), []);
    assert.deepEqual(codes('Âge des 8 300 adhérents :\n\n- moins de 30 ans : 14 % ;\n- de 30 à 59 ans : 38 % ;\n- de 60 à 74 ans : 30 %.\n'), []);
  });

  it('never sums rates announced as such (« Les taux de … sont les suivants : »), nor a target beside its result', () => {
    assert.deepEqual(codes('Les taux de réussite au baccalauréat sont les suivants :\n\n- voie générale : 96 % ;\n- voie technologique : 91 % ;\n- voie professionnelle : 83 %.\n'), []);
    assert.deepEqual(codes('Les résultats de l’année :\n\n- **Ponctualité** : 90,4 % des bus à l’heure, pour un objectif de 94 % ;\n- **Annulations** : 1,8 % des courses.\n'), []);
  });

  it('counts « et le reste, soit N % » among the shares it closes', () => {
    const text = (n: string) => `Les entrées se répartissent ainsi : 46 % de scolaires, 31 % de familles, et le reste, soit ${n} %, de groupes.`;
    assert.deepEqual(codes(text('33')), ['percent-sum']);
    assert.deepEqual(codes(text('23')), []);
  });
  it('reads percentages after a lead naming rates (« Les taux … sont maintenus : ») as rates, not shares of one whole', () => {
    assert.deepEqual(codes('Les taux de fiscalité sont maintenus : 42,15 % pour le foncier bâti et 68,30 % pour le foncier non bâti.'), []);
    assert.deepEqual(codes('Les recettes se répartissent ainsi : 62 % pour le foncier bâti et 48 % pour le reste.'), ['percent-sum']);
  });
  it('reads « et 95 % parmi les intervenantes » as a rate in another population, no share of the same whole', () => {
    assert.deepEqual(codes('Le secteur se féminise : les femmes représentent 86 % des effectifs, et 95 % parmi les intervenantes à domicile.'), []);
    assert.deepEqual(codes('Le personnel se répartit ainsi : 86 % de femmes et 24 % d’hommes.'), ['percent-sum']);
  });

  it('marks the shares of a breakdown that passes 100 % from the first to the last: no one of them is the wrong one', () => {
    const text = 'Les 3 200 logements demandés se répartissent ainsi :\n\n- studios : 21 % ;\n- deux pièces : 36 % ;\n- trois pièces : 30 % ;\n- quatre pièces et plus : 24 %.\n';
    const f = flagged(text);
    assert.equal(f.length, 1);
    assert.ok(f[0].startsWith('percent-sum 21 %') && f[0].endsWith('24 %'), f[0]);
  });

  it('reads shares under a bare colon that each take their own verb as traits of one population, not parts of it', () => {
    assert.deepEqual(codes('Profil des usagers du transport à la demande : 72 % sont des femmes, 58 % vivent seules et 31 % ont plus de 80 ans.'), []);
    // One verb again and again gives the values of one trait: they do split the population.
    assert.deepEqual(codes('Âge des usagers : 64 % ont plus de 75 ans, 29 % ont entre 60 et 74 ans et 14 % ont moins de 60 ans.'), ['percent-sum']);
    assert.deepEqual(codes('Âge des usagers : 64 % ont plus de 75 ans, 24 % ont entre 60 et 74 ans et 12 % ont moins de 60 ans.'), []);
  });

  it('reads a list of shares under a colon closed by « les autres … » as complete', () => {
    const text = (p: string) => `Origine des visiteurs du musée en 2025 : la région en fournit 52 %, le reste de la France ${p}, l’Europe 12 % et les autres pays 6 %.`;
    assert.deepEqual(codes(text('30 %')), []);
    assert.deepEqual(codes(text('22 %')), ['percent-sum']);
  });

  it('reads funders’ shares written « à hauteur de N % » as shares of the cost, never those of different bases', () => {
    const text = (p: string) => `La médiathèque sera financée par l’État à hauteur de 35 %, par la région (30 %), par le département (${p}) et par la commune (15 %).`;
    assert.deepEqual(codes(text('20 %')), []);
    assert.deepEqual(codes(text('30 %')), ['percent-sum']);
    assert.deepEqual(codes('La région intervient à hauteur de 30 % pour l’investissement et de 80 % pour le fonctionnement.'), []);
  });

  it('reads the funders’ percentages under a « plan de financement » caption as one whole', () => {
    const plan = (a: string) => `**Gymnase – plan de financement (4,2 M€ HT)**\n\n- Commune : ${a}\n- Région : 30 %\n- État (DETR) : 25 %\n- Département : 10 %\n`;
    assert.deepEqual(codes(plan('35 %')), []);
    assert.deepEqual(codes(plan('45 %')), ['percent-sum']);
  });

  it('reads « se répartit entre 60 % de A, 30 % de B et 10 % de C » as a complete breakdown, whatever noun of rate the parts carry', () => {
    const text = (c: string) => `L’encours se répartit entre 60 % d’emprunts à taux fixe, 30 % d’emprunts à taux variable et ${c} de prêts indexés.`;
    assert.deepEqual(codes(text('10 %'), false), []);
    assert.deepEqual(codes(text('18 %'), false), ['percent-sum']);
    // « entre 20 % et 30 % » stays a range.
    assert.deepEqual(codes('Le taux de couverture varie entre 20 % et 30 % selon les années.', false), []);
  });

  it('reads a list under a caption that opens on « Financement » as a complete split', () => {
    const text = (c: string) => `**Financement prévisionnel de la médiathèque (6 M€)**\n\n- État : 35 %\n- Région : 25 %\n- Département : 15 %\n- Autofinancement : ${c}`;
    assert.deepEqual(codes(text('25 %')), []);
    assert.deepEqual(codes(text('35 %')), ['percent-sum']);
  });

  it('reads the partners a financing plan « associe », each with its percentage, as a complete split', () => {
    const text = (c: string) => `Le plan de financement du gymnase, d’un coût de 3,4 M€, associe l’État (40 %), la région (30 %), le département (15 %) et la commune (${c}).`;
    assert.deepEqual(codes(text('15 %'), false), []);
    assert.deepEqual(codes(text('25 %'), false), ['percent-sum']);
  });

  it('closes answers with « Les autres … (N %) » in the next sentence', () => {
    const text = (p: string) => `Selon un sondage auprès de 600 habitants, 52 % soutiennent le projet et 30 % s’y opposent. Les autres ne se prononcent pas (${p}).`;
    assert.deepEqual(codes(text('18 %'), false), []);
    assert.deepEqual(codes(text('10 %'), false), ['percent-sum']);
  });

  it('never adds the shares of a list whose lead-in says one person may fall in several categories', () => {
    assert.deepEqual(codes('Sur les 900 bénéficiaires, le profil est le suivant (une même personne pouvant relever de plusieurs catégories) :\n\n- 55 % ont plus de 60 ans ;\n- 35 % sont demandeurs d’emploi ;\n- 60 % vivent en zone rurale.'), []);
  });

  it('leaves a signed change beside a listed share out of the shares (« 19 % (+4 % par rapport à 2024) »)', () => {
    const list = (last: string) => `Nos recettes se répartissent ainsi :\n\n- adhésions : 30 % ;\n- subventions : 45 % ;\n- dons : ${last} (+6 % par rapport à 2024).\n`;
    assert.deepEqual(codes(list('25 %')), []);
    assert.deepEqual(codes(list('35 %')), ['percent-sum']);
  });

  it('reads « un euro sur huit » as a proportion, never as an amount of one euro', () => {
    assert.deepEqual(codes('Avec 61 Md€ sur 520 Md€ de dépenses nettes, la mission en représente 11,7 % cette année, soit un peu moins d’un euro sur huit (12,5 %).', false), []);
    assert.deepEqual(codes('Avec 61 Md€ sur 520 Md€ de dépenses nettes, la mission en représente 14 % cette année, soit un peu plus d’un euro sur huit (12,5 %).', false), ['share-mismatch']);
  });

  it('reads « Composition des … : » and a short question over a list as announcing one whole split', () => {
    const items = (last: string) => `\n\n- retraités : 41 %\n- actifs : 33 %\n- étudiants : 12 %\n- autres : ${last}\n`;
    assert.deepEqual(codes('Composition des 1 800 adhérents de la mutuelle :' + items('14 %')), []);
    assert.deepEqual(codes('Composition des 1 800 adhérents de la mutuelle :' + items('24 %')), ['percent-sum']);
    assert.deepEqual(codes('**Qui sont nos adhérents ?**' + items('14 %')), []);
    assert.deepEqual(codes('**Qui sont nos adhérents ?**' + items('24 %')), ['percent-sum']);
  });

  it('closes a run of answers with the undecided after a semicolon', () => {
    assert.deepEqual(codes('Parmi les habitants consultés, 58 % approuvent le projet, 24 % le rejettent ; 25 % ne se prononcent pas.', false), ['percent-sum']);
    assert.deepEqual(codes('Parmi les habitants consultés, 58 % approuvent le projet, 24 % le rejettent ; 18 % ne se prononcent pas.', false), []);
  });

  it('closes shares with a rest said in the next sentence', () => {
    const text = (rest: string) => `La dette atteint 9 M€. Elle se compose à 70 % d’emprunts à taux fixe et à 22 % d’emprunts à taux variable. Le solde, soit ${rest}, est un emprunt structuré.`;
    assert.deepEqual(codes(text('8 %'), false), []);
    assert.deepEqual(codes(text('12 %'), false), ['percent-sum']);
  });

  it('reads shares of votes that could go to several projects as overlapping', () => {
    assert.deepEqual(codes('Chaque habitant pouvait soutenir jusqu’à trois projets. Le résultat est net : 61 % des votants ont retenu un projet de voirie, 48 % un projet culturel et 30 % un projet pour la jeunesse.', false), []);
    // Without it, answers after a colon that exceed 100 % are an error.
    assert.deepEqual(codes('Le résultat est net : 61 % des votants ont retenu un projet de voirie, 48 % un projet culturel et 30 % un projet pour la jeunesse.', false), ['percent-sum']);
  });

  it('reads « N % pour les intérêts de la dette » as a share that goes to interest, not an interest rate', () => {
    const text = (last: string) => `Les dépenses se répartissent ainsi : 55 % pour le personnel, 25 % pour les achats, 10 % pour les subventions et ${last} pour les intérêts de la dette.`;
    assert.deepEqual(codes(text('16 %'), false), ['percent-sum']);
    assert.deepEqual(codes(text('10 %'), false), []);
  });

  it('reads shares whose others are named after them without a figure as short of the whole', () => {
    // 44 + 26 + 8 = 78 %: « les autres » hold the rest, unstated.
    assert.deepEqual(codes('Selon l’enquête menée auprès de 700 spectateurs, 44 % résidaient dans la commune, 26 % dans le département et 8 % à l’étranger, les autres venant du reste du pays.', false), []);
    // Over 100 % is still an error.
    assert.deepEqual(codes('Parmi les 900 visiteurs interrogés, 58 % venaient du département, 37 % d’une région voisine et 11 % de l’étranger, les autres du reste du pays.', false), ['percent-sum']);
  });

  it('reads brackets of a list as covering the whole when the caption above the lead-in states it', () => {
    const text = (last: string) => `**Enquête 2024 – 900 patients interrogés**\n\nDélai pour obtenir un rendez-vous chez un dermatologue :\n\n- moins d'un mois : 20 % ;\n- d'un à trois mois : 38 % ;\n- de trois à six mois : 31 % ;\n- plus de six mois : ${last}.\n`;
    assert.deepEqual(codes(text('19 %')), ['percent-sum']);
    assert.deepEqual(codes(text('11 %')), []);
  });

  it('reads « à peine N % » as about N %, so shares still add up past 100 %', () => {
    assert.deepEqual(codes('Les dépenses se répartissent ainsi : le personnel 42 %, les interventions 33 %, le fonctionnement 18 % et l’investissement à peine 15 %.', false), ['percent-sum']);
    assert.deepEqual(codes('Les dépenses se répartissent ainsi : le personnel 42 %, les interventions 33 %, le fonctionnement 18 % et l’investissement à peine 7 %.', false), []);
  });


  it('reads percentages set against each other by « mais » or « alors que » as shares of different wholes', () => {
    const doc = (link: string) => `Pour l’appel à projets : 71 % des dossiers déposés ont été retenus${link} 38 % des montants demandés.`;
    assert.deepEqual(codes(doc(', mais pour seulement'), false), []);
    assert.deepEqual(codes(doc(', alors qu’ils ne représentent que'), false), []);
    // Without the contrast, two shares of one list still may not pass 100 %.
    assert.deepEqual(codes('Pour l’appel à projets : 71 % des dossiers ont été retenus et 38 % ont été refusés.', false), ['percent-sum']);
  });


  it('leaves a ranking that goes on from the sentence before to its first place, and « et autres X » as a kind', () => {
    const ranking = `Le train reste en tête, avec 47 % des trajets. Viennent ensuite le car (22 %), le covoiturage (15 %) et le vélo, dont la part atteint 9 %, contre 4 % en 2015. Les autres modes se partagent le reste, soit 7 %.`;
    assert.deepEqual(codes(ranking, false), []);
    const kinds = `La voie générale accueille 61 % des élèves. Les redoublements et autres situations représentent 5 % des cas, et les sorties 2 %.`;
    assert.deepEqual(codes(kinds, false), []);
    // A plain rest after a plain split still closes it.
    assert.deepEqual(codes('La marche représente 19 % des trajets et le vélo 12 %. Le reste, soit 60 %, revient à la voiture.', false), ['percent-sum']);
  });


  it('reads shares that name each its own definite whole as no split of one whole', () => {
    assert.deepEqual(codes('Baromètre 2025 : 64 % des usagers se disent satisfaits de la ponctualité, 71 % de l’accueil en agence et 55 % du site internet.', false), []);
    // Shares of where the money comes from (« à N % de ») still split one whole.
    assert.deepEqual(codes('Les recettes du musée proviennent à 58 % de la billetterie, à 31 % des subventions et à 19 % du mécénat.', false), ['percent-sum']);
  });


  it('reads a density over 100 % as a rate, no share', () => {
    assert.deepEqual(codes('Le constat est contrasté : dans les maisons d’arrêt, la densité atteint 142 %.', false), []);
  });
  it('reads a percentage after « taxé à » or « imposé à » as a tax rate, no share of a whole', () => {
    assert.deepEqual(codes('Le barème est le suivant : la première tranche est taxée à 11 %, la deuxième à 30 %, la troisième à 41 %.', false), []);
    assert.deepEqual(codes('Le calcul est le suivant : les revenus fonciers sont imposés à 17 %, les plus-values à 19 %.', false), []);
    assert.deepEqual(codes('Le calcul est le suivant : une première tranche taxée à 11 %, puis une seconde à 30 %.', false), []);
    // A split under the same lead-in still adds up.
    assert.deepEqual(codes('La taxe se répartit comme suit : 60 % pour la commune, 30 % pour le département et 20 % pour la région.', false), ['percent-sum']);
  });
  it('goes on from the one share of the sentence before when the next opens on « en » and a verb of share', () => {
    const text = (a: string) => `Les ressources du syndicat, qui atteignent 12 M€, proviennent à 61 % des redevances. Les subventions en représentent 22 %, les ventes ${a} %, et les autres recettes, essentiellement des loyers, 8 %.`;
    assert.deepEqual(codes(text('9'), false), []);
    assert.deepEqual(codes(text('19'), false), ['percent-sum']);
  });
  it('closes shares of the sentence before with « les N % restants »', () => {
    const text = (r: string) => `L’État prend en charge 40 % du coût, la Région 25 % et le Département 10 %. La commune, maître d’ouvrage, financera les ${r} % restants grâce à un emprunt.`;
    assert.deepEqual(codes(text('25'), false), []);
    assert.deepEqual(codes(text('35'), false), ['percent-sum']);
  });
  it('never adds shares a sentence says one thing may hold both of', () => {
    assert.deepEqual(codes('Le bilan montre une forte présence des PME : sur 1 240 lauréats, 62 % sont des PME et 48 % sont implantés hors des métropoles, une même entreprise pouvant naturellement relever des deux catégories.', false), []);
  });
  it('reads « a augmenté de 20 % » and « en baisse de 4 % » as changes, never as shares of a whole announced before', () => {
    const text = (v: string) => `Deux facteurs l’expliquent à parts comparables. Le nombre de séjours a augmenté de 20 %, sous l’effet du vieillissement. Le prix moyen d’un séjour ${v}, entraîné par les salaires.`;
    assert.deepEqual(codes(text('a progressé de 15 %'), false), []);
    assert.deepEqual(codes(text('est en baisse de 6 %'), false), []);
    // Shares of the same shape still add up.
    assert.deepEqual(codes('Deux postes se partagent la dépense. Les salaires en absorbent 70 %. Les loyers en prennent 45 %.', false), ['percent-sum']);
  });

  it('adds shares given with their amounts and shares given alone in one financing plan', () => {
    const plan = (last: string) => `Le gymnase coûtera 6 M€. Son plan de financement est bouclé : l’État en prend 40 % (2,4 M€), la Région 25 % (1,5 M€) et la commune ${last}, qu’elle empruntera.`;
    assert.deepEqual(codes(plan('35 %'), false), []);
    assert.deepEqual(codes(plan('45 %'), false), ['percent-sum']);
  });
  it('adds the shares funders bear of one cost, the verb said once, and no shares that each name their own whole', () => {
    const text = (last: string) => `La Région finance 45 % de l’opération, le Département 30 %, la commune 15 % et l’Europe ${last}.`;
    assert.deepEqual(codes(text('10 %'), false), []);
    assert.deepEqual(codes(text('18 %'), false), ['percent-sum']);
    // « tandis que » goes on with one more funder when its share names no whole of its own.
    assert.deepEqual(codes('L’État prend en charge 50 % du chantier, la Région 30 %, tandis que la ville apporte 28 %.', false), ['percent-sum']);
    assert.deepEqual(codes('Le réseau couvre 70 % des communes, 95 % de ses habitants et 60 % de son territoire.', false), []);
  });

  it('reads « la TVA 36 % » in a split of receipts as a part, and « TVA à 20 % » as a rate', () => {
    const text = (last: string) => `Les recettes se répartissent ainsi : la fraction de TVA 40 %, les dotations 35 % et les droits de mutation ${last}.`;
    assert.deepEqual(codes(text('25 %'), false), []);
    assert.deepEqual(codes(text('32 %'), false), ['percent-sum']);
    assert.deepEqual(codes('Les ventes se répartissent ainsi : 70 % de billets, TVA à 20 %, et 30 % d’abonnements.', false), []);
  });

  it('leaves the shares short of complete when one after a « dont » is left unread', () => {
    const text = 'Les ressources se répartissent entre les cotisations (50 %), la CSG (25 %), les impôts (15 %) – dont une taxe qui en fournit à elle seule 6 % – et les autres produits (10 %).';
    assert.deepEqual(codes(text, false), []);
  });

  it('reads « de l’enveloppe » after a sentence whose amount is a share’s part as that share’s whole, never that part', () => {
    const text = 'Le chantier coûte 20 M€. La Région en finance 40 %, soit 8 M€. Le Département apporte 15 % de l’enveloppe, soit 3 M€.';
    assert.deepEqual(codes(text, false), []);
  });
  it('closes the shares of a paragraph with « Le reste, soit N % » opening the next one', () => {
    const text = (r: string) => `Les dons en forment 52 % en moyenne. Les cotisations en apportent 30 %, et les subventions 10 %.\n\nLe reste, soit ${r}, vient des ventes.`;
    assert.deepEqual(codes(text('8 %'), false), []);
    assert.deepEqual(codes(text('14 %'), false), ['percent-sum']);
    assert.deepEqual(codes(text('4 %'), false), ['percent-sum']);
  });
  it('reads one percentage above 100 % alone (an occupancy rate) as no share of a whole', () => {
    const text = '### Visite\n\nLes établissements présentent des situations contrastées :\n\n- maison d’arrêt A : 680 détenus pour 420 places, soit un taux d’occupation de 162 % ;\n- maison d’arrêt B : 903 détenus pour 610 places (148 %) ;\n- centre C : 708 détenus pour 540 places (131 %).';
    assert.deepEqual(codes(text), []);
  });

  it('does not read « d’un côté … de l’autre » as the two parts of one whole', () => {
    assert.deepEqual(codes('« 58 % d’un côté, 9 % de l’autre : les deux chiffres mesurent des choses différentes », résume le rapporteur.', false), []);
    assert.deepEqual(codes('Les répondants se partagent : 58 % pour le projet, 9 % contre et les autres sans opinion.', false), []);
  });

  it('does not add up the rates of budget stages in a list of key figures', () => {
    const box = (paid: string) => `## Les chiffres clés\n\n- **3,2 Md€** ouverts en loi de finances\n- **2,6 Md€** engagés, soit un taux d'engagement de **81 %**\n- **0,9 Md€** payés, soit **${paid}** des montants engagés\n`;
    assert.deepEqual(codes(box('35 %')), []);
  });

  it('closes a run of shares with « les autres … se partagent les N % restants » after a semicolon', () => {
    const text = (rest: string) => `L’action sociale absorbe 52 %, les routes 14 %, les collèges 9 %, le SDIS 8 % et le personnel 10 % ; les autres politiques se partagent les ${rest} restants.`;
    assert.deepEqual(codes(text('7 %'), false), []);
    assert.deepEqual(codes(text('13 %'), false), ['percent-sum']);
  });

  it('points a short split at the rest’s share, after shares given with their amount', () => {
    const text = 'Le plan de financement est le suivant : l’État apporte 40 % (1,12 M€), la Région 25 %, le Département 15 %, la commune assumant le reste, soit 12 %.';
    assert.deepEqual(flagged(text, false), ['percent-sum 12 %']);
  });
  it('counts the share that is the subject of a verb of origin as the first of the parts', () => {
    const doc = (d: string) => `Origine des viandes servies (en part du tonnage) : 33,4 % proviennent d’élevages du département, 28,7 % des départements limitrophes, 21,9 % du reste de la France et ${d} de l’Union européenne.`;
    assert.deepEqual(codes(doc('16,1 %'), false), []);
    assert.deepEqual(codes(doc('26,1 %'), false), ['percent-sum']);
  });
  it('does not close with a rest the shares of a sentence that compares one with another year', () => {
    assert.deepEqual(codes('La couverture en fibre atteint 89 % des locaux, contre 71 % en 2021. Les 11 % restants se situent en montagne.', false), []);
  });
  it('never reads ratios in successive sentences as shares of one whole, even where « restant » follows', () => {
    const doc = 'Les dépenses de personnel atteignent 46 % des dépenses. Ce ratio était de 43 % en 2019. Les communes de la même strate affichent un ratio moyen de 51 %, la ville restant donc en deçà.';
    assert.deepEqual(codes(doc, false), []);
  });
  it('never starts a run of shares in the middle of one that began in the paragraph before (numbered posts of a thread)', () => {
    const thread = (rest: string) => `1/3 Les livres d’abord : 49 % des dépenses.\n\n2/3 Les spectacles : 20 %. Le cinéma : 14 %.\n\n3/3 Les instruments : 9 %. Le reste : ${rest}.`;
    assert.deepEqual(codes(thread('8 %'), false), []);
    // The whole run, in one paragraph, is still read and closed by its rest.
    assert.deepEqual(codes('Les livres : 49 % des dépenses. Les spectacles : 20 %. Le cinéma : 14 %. Les instruments : 9 %. Le reste : 12 %.', false), ['percent-sum']);
  });
  it('takes the one share of the sentence before into a ranking that goes on with « Venaient ensuite »', () => {
    const text = (last: string) => `En 2022, la consommation reposait encore à 41 % sur les produits pétroliers. Venaient ensuite l’électricité (26 %), le gaz naturel (19 %), le bois (11 %) ; les autres sources fermaient la marche avec ${last}.`;
    assert.deepEqual(codes(text('3 %'), false), []);
    assert.deepEqual(codes(text('8 %'), false), ['percent-sum']);
  });
  it('never closes signed figures (a balance, a range of ± percentages) into a breakdown with « le solde »', () => {
    const text = 'Les études divergent :\n\n- une étude estime la contribution nette entre −0,5 % et +0,5 % du PIB ;\n- un centre public évalue le solde à environ −0,3 % du PIB.\n';
    assert.deepEqual(codes(text), []);
  });
  it('completes a share detailed after a colon with the rest said next, not the detail', () => {
    const text = (rest: string) => `En 2025, 93 % des locaux ont accès au très haut débit : 84 % par la fibre, 6 % par la 4G fixe et 3 % par le satellite. Les ${rest} restants n’ont que le haut débit.`;
    assert.deepEqual(codes(text('7 %'), false), []);
    assert.deepEqual(codes(text('12 %'), false), ['percent-sum']);
  });
  it('never sums shares that name other wholes, even when a list item says a rest', () => {
    // « des écoles », « de la population », « des crédits »: three wholes, whatever « restant » says of the last.
    assert.deepEqual(codes('Où en est le plan ?\n\n- **64 %** des écoles sont équipées ;\n- **52 %** de la population cible a suivi une formation ;\n- **35 %** des crédits restant à mandater portent sur les collèges.\n\nSuite au printemps.'), []);
    // Shares of one whole, closed by the rest, still add up to 100 %.
    assert.deepEqual(codes('Comment se répartissent les crédits ?\n\n- **64 %** des crédits vont aux écoles ;\n- **52 %** des crédits vont aux collèges ;\n- **10 %** des crédits restants vont aux lycées.\n\nSuite au printemps.'), ['percent-sum']);
  });
  it('reads the partners a financing plan « s’appuie sur » as shares of one whole', () => {
    assert.deepEqual(codes('Le plan de financement du festival, d’un coût total de 1,4 M€, s’appuie sur la Ville (40 %), la Région (30 %), le Département (20 %) et le mécénat (15 %).', false), ['percent-sum']);
    assert.deepEqual(codes('Le plan de financement du festival, d’un coût total de 1,4 M€, s’appuie sur la Ville (40 %), la Région (30 %), le Département (20 %) et le mécénat (10 %).', false), []);
  });
  it('reads a ranking that goes on with many shares in one sentence after the first one', () => {
    const text = (last: string) => `Le fret routier en représente 52 %. Viennent ensuite le ferroviaire (19 %), le fluvial (12 %), le maritime (8 %), l’aérien (3 %) et les conduites (${last}).`;
    assert.deepEqual(codes(text('14 %'), false), ['percent-sum']);
    assert.deepEqual(codes(text('6 %'), false), []);
  });
  it('reads a question on the payers over a list as a financing plan to check against 100 %', () => {
    const list = (last: string) => `**Qui finance ?**\n\n- État : 40 %\n- Région : 25 %\n- Département : 20 %\n- Commune : ${last}\n`;
    assert.deepEqual(codes(list('15 %')), []);
    assert.deepEqual(flagged(list('25 %')).map((f) => f.split(' ')[0]), ['percent-sum']);
    // Markdown lines without bullets under a lead-in are items too.
    assert.deepEqual(flagged('Répartition des dépenses :\nPersonnel : 52 %\nÉnergie : 28 %\nAutres : 30 %\n').map((f) => f.split(' ')[0]), ['percent-sum']);
  });
  it('never adds shares after a colon when one names its own whole with « la part de X »', () => {
    assert.deepEqual(codes('Bonne nouvelle : 100 % des œufs viennent de la région, et la part de produits bio atteint 38 %.'), []);
    assert.deepEqual(codes('Répartition : 60 % des repas en école, 30 % en crèche et 20 % à domicile.'), ['percent-sum']);
  });
  it('reads « et les autres, soit N % » as the rest given, one share of the split', () => {
    const doc = (n: string) => `Sondage auprès des usagers de la ligne : 47 % habitent la commune, 28 % les communes voisines et les autres, soit ${n}, viennent de plus loin.`;
    assert.deepEqual(codes(doc('25 %')), []);
    assert.deepEqual(flagged(doc('31 %')).filter((f) => f.startsWith('percent-sum')).map((f) => f.includes('31 %')), [true]);
  });
  it('keeps a bracket opened by « dont » inside its item: the figure after it is the item\'s own', () => {
    const doc = (n: string) => `Ventilation des aides en 2023 : le Sahel en a reçu 41 %, l'Asie du Sud-Est 22 %, les Balkans (dont la Bosnie) 15 %, l'Amérique centrale 12 %, le solde, soit ${n}, restant non affecté.`;
    assert.deepEqual(codes(doc('10 %')), []);
    assert.deepEqual(codes(doc('16 %')), ['percent-sum']);
  });
  it('ends a run of shares across sentences where a sentence opens on a subset (« Parmi ces … »)', () => {
    assert.deepEqual(codes('Sur 52 000 abonnés, 21 000 ont pris la formule annuelle, soit 40 % du total. Parmi ces abonnés annuels, les étudiants représentent 55 %, les retraités 30 % et les autres publics le reste.', false), []);
    // Without the subset, shares of one sentence that cannot all be of one whole are still caught.
    assert.deepEqual(codes('Répartition des abonnés : 40 % d\'étudiants, 55 % de retraités, 30 % d\'actifs.', false), ['percent-sum']);
  });
  it('continues one population\'s split past a semicolon after a single share', () => {
    const doc = (n: string) => `Interrogés en fin de stage, 840 participants ont donné leur motif. Pour 40 % d'entre eux, il s'agissait de trouver un emploi ; 30 % voulaient changer de métier, 20 % créer leur entreprise et ${n} pour un autre motif.`;
    assert.deepEqual(codes(doc('10 %'), false), []);
    assert.deepEqual(codes(doc('18 %'), false), ['percent-sum']);
    // Two shares before the semicolon are their own population.
    assert.deepEqual(codes('Les inscrits comptent 54 % de femmes et 46 % d\'hommes ; 35 % ont moins de 30 ans, 40 % ont entre 30 et 50 ans.', false), []);
  });
  it('reads a share of exactly 100 % among others as the whole said as its total', () => {
    const text = (last: string) => `Le syndicat mixte est financé par la Région (41,2 %), le Département (27,5 %), les communes (18,9 %) et les autres membres (${last}), le total ne faisant pas tout à fait 100 % du fait des arrondis.`;
    assert.deepEqual(codes(text('12,3 %'), false), []);
    assert.deepEqual(codes(text('17,3 %'), false), ['percent-sum']);
  });
  it('goes on with a split short of 100 % into the next sentence of shares, and leaves a full one where it is', () => {
    const doc = (rest: string) => `La zone compte 41 000 emplois. Le commerce en regroupe 36 %, soit près de 14 800 postes, et les services 33 %. L'industrie pèse 14 %, le BTP 9 % et l'agriculture les ${rest} restants.`;
    assert.deepEqual(codes(doc('8 %'), false), []);
    assert.deepEqual(codes(doc('12 %'), false), ['percent-sum']);
    // Short of 100 % with no sequel, the split is still wrong.
    assert.deepEqual(codes('La zone compte 41 000 emplois. Le commerce en regroupe 36 % et les services 33 %. Les salaires y ont progressé de 3 %.', false), ['percent-sum']);
    // A split that reaches 100 % ends there: the next sentence splits the same people another way.
    assert.deepEqual(codes("Les hommes en représentent 53 % et les femmes 47 %. Les moins de 30 ans pèsent 18 %, les plus de 55 ans 24 %.", false), []);
    // A compared share of the sequel is another year's, no part of the split.
    assert.deepEqual(codes("Les 5 300 logements sont classés : A ou B pour 16 % du parc, C pour 33 %, D pour 30 % et E pour 15 %. Les passoires (F et G) ne pèsent plus que 6 % du parc, contre 11 % en 2019.", false), []);
  });
  it('closes no split with a rest when the shares before it name other wholes', () => {
    assert.deepEqual(codes("Dans la vallée, 58 % des apiculteurs touchent l'aide ; ils possèdent 77 % des ruches. Les 42 % restants sont surtout des amateurs.", false), []);
    assert.deepEqual(codes("Dans la vallée, 58 % des apiculteurs touchent l'aide et 30 % des apiculteurs la demandent. Les 20 % restants ne la connaissent pas.", false), ['percent-sum']);
  });
  it('gives the share after « dont … (N %) » to the last item named without its own', () => {
    const text = (x: string) => `Les 12 300 hectares aidés se répartissent entre vignes (44 %), vergers (29 %), maraîchage (17 %) et autres cultures, dont les plantes aromatiques (${x}).`;
    assert.deepEqual(codes(text('10 %'), false), []);
    assert.deepEqual(codes(text('4 %'), false), ['percent-sum']);
  });
  it('reads « 48 % seulement de sa population » as a share of another whole than « 62 % des communes »', () => {
    assert.deepEqual(codes("Les communes sinistrées regroupent 57 % des communes du bassin, mais 46 % seulement de sa population.", false), []);
  });
  it('reads the figures after a colon that follows a named rate as that rate per group, no split', () => {
    assert.deepEqual(codes("Le taux de remplissage reste inégal : 86 % en ville, à peine 58 % dans les bourgs ruraux.", false), []);
    assert.deepEqual(codes("La fréquentation se répartit ainsi : 86 % en ville et 24 % dans les bourgs ruraux.", false), ['percent-sum']);
  });
  it('reads figures above 100 % (« 110,6 % du PIB ») as ratios, no shares to add up', () => {
    assert.deepEqual(codes("> **Chiffres clés – Dette publique fin 2024**\n>\n> - Dette brute : **3 300 Md€**, soit 113 % du PIB\n>   - dont État : 2 700 Md€\n> - Dette nette : **2 950 Md€**, soit 101 % du PIB\n> - PIB en valeur : 2 920 Md€\n"), []);
  });
  it('counts the share before a verb of origin with those after it', () => {
    const text = (x: string) => `En 2024, 61 % des volumes distribués provenaient des forages, 24 % de la source des Aulnes et ${x} d'achats au syndicat voisin.`;
    assert.deepEqual(codes(text('15 %'), false), []);
    assert.deepEqual(codes(text('25 %'), false), ['percent-sum']);
  });
  it('reads percentages summing far past 100 % in a list of criteria as rates of several things, not shares', () => {
    const doc = (d: string) => `Le baromètre 2025 donne une satisfaction globale de 86 %. Dans le détail :\n\n- accueil : 82 % ;\n- délais : 64 % ;\n- clarté des courriers : ${d} ;\n- horaires : 77 %.\n`;
    assert.deepEqual(codes(doc('71 %')), []);
    // Just past 100 %, it is a slip in a split of one whole.
    assert.deepEqual(codes("Les répondants se répartissent ainsi : 52 % de salariés, 31 % de retraités et 24 % d'étudiants.", false), ['percent-sum']);
  });
  it('closes with « les N % restants » the shares of every sentence of shares before it in the paragraph', () => {
    const doc = (r: string) => `Le rapport détaille l'emploi des 12 M€ du fonds en 2025. Les collèges absorbent 52 % des crédits, les lycées 21 %. Les internats pèsent 9 % pour les travaux et 6 % pour l'équipement. Les ${r} restants financent les études.`;
    assert.deepEqual(codes(doc('12 %'), false), []);
    assert.deepEqual(flagged(doc('4 %'), false), ['percent-sum 4 %']);
  });
  it('adds percentages a percentage is composed of up to it, not to 100 %', () => {
    const doc = (b: string) => `La contribution de 9,2 % sur les revenus d'activité se décompose en 6,8 % affectés à la branche maladie et ${b} % à la branche famille.`;
    assert.deepEqual(codes(doc('2,4'), false), []);
    assert.deepEqual(flagged(doc('3,4'), false), ['sum-mismatch 9,2 %']);
    const pfu = (b: string) => `Le prélèvement unique de 30 %, composé de 12,8 % d'impôt sur le revenu et de ${b} % de prélèvements sociaux, s'applique aux dividendes.`;
    assert.deepEqual(codes(pfu('17,2'), false), []);
    assert.deepEqual(codes(pfu('19,2'), false), ['sum-mismatch']);
  });
  it('reads a rate as the subject of a sentence, and the value of a threshold, as no shares of a run across sentences', () => {
    const doc = (lead: string) => `${lead} atteindra 74 % en 2028. Le reste de la chaleur, soit 26 %, viendra du gaz, le réseau restant au-dessus du seuil de 50 % d'énergies renouvelables.`;
    assert.deepEqual(codes(doc("Le taux d'énergies renouvelables du réseau"), false), []);
    assert.deepEqual(codes("La chaleur du réseau viendra à 74 % de la biomasse. Le reste, soit 36 %, viendra du gaz.", false), ['percent-sum']);
  });
  it('reads a split opened by « Côté étranger, » as a split of the share said before, and stops a short split at a share naming its own whole', () => {
    const doc = (f: string) => `La clientèle française représente 64 % des séjours, la clientèle étrangère 36 %.\n\nCôté étranger, les Belges arrivent en tête avec 14 %, suivis des Allemands (9 %) et des Suisses (${f}) ; les autres nationalités totalisent 5 %. La durée moyenne atteint 4,1 nuits, et 28 % des personnes interrogées viennent pour la première fois.`;
    assert.deepEqual(codes(doc('8 %'), false), []);
    // The shares of the whole still add up: 64 + 46 is too much.
    assert.deepEqual(codes(doc('8 %').replace('étrangère 36 %', 'étrangère 46 %'), false), ['percent-sum']);
  });

  it('reads a share restating a count of a whole (« 225 des 312 communes, soit 72 % ») and a share of another whole as no split', () => {
    const text = '225 des 312 communes, soit 72 %, ont transféré la compétence. Ces communes regroupent 88 % de la population, les plus petites restant majoritairement communales.';
    assert.deepEqual(codes(text, false), []);
  });

  it('carries a split announced by a colon over the sentences after it, each in turn, when their shares name its whole', () => {
    const text = (r: string) => `Les décisions d’orientation des 9 412 élèves de troisième se répartissent comme suit : 66,4 % passent en seconde générale, 24,8 % en seconde professionnelle et 5,6 % en CAP. Le redoublement concerne 1,9 % des élèves. Les ${r} restants partent en apprentissage.`;
    assert.deepEqual(codes(text('1,3 %'), false), []);
    assert.deepEqual(flagged(text('8,3 %'), false).map((f) => f.split(' ')[0]), ['percent-sum']);
    // A share of another whole starts another subject.
    assert.deepEqual(codes('Les décisions des 9 412 élèves se répartissent comme suit : 66,4 % en seconde générale, 24,8 % en seconde professionnelle et 8,8 % en CAP. Les recours concernent 3,2 % des familles.', false), []);
  });

  it('catches shares said complete by a closing clause (« : ces quatre catégories couvrent l’ensemble des … »)', () => {
    const doc = (p: string) => `Les habitants en ont déposé 46 %, les communes 21 %, les associations 19 % et les entreprises ${p} : ces quatre catégories couvrent l'ensemble des contributeurs.`;
    assert.deepEqual(codes(doc('14 %'), false), []);
    assert.deepEqual(codes(doc('8 %'), false), ['percent-sum']);
  });
  it('reads « la dotation annuelle de … (9 %) », « missions d’intérêt général », « le remboursement des intérêts » as labels of shares', () => {
    const doc = (p: string) => `Les recettes de l'hôpital proviennent de cinq sources : l'activité (61 %), les dotations pour missions d'intérêt général (11 %), la dotation annuelle de financement de la psychiatrie (${p}), les forfaits annuels (7 %) et les recettes propres (9 %).`;
    assert.deepEqual(codes(doc('12 %'), false), []);
    assert.deepEqual(codes(doc('6 %'), false), ['percent-sum']);
    const cent = (p: string) => `La répartition complète de 100 euros de dépenses : 38 % financent les écoles, 27 % la voirie, 14 % la sécurité, 13 % le sport et ${p} le remboursement des intérêts de la dette.`;
    assert.deepEqual(codes(cent('8 %'), false), []);
    assert.deepEqual(codes(cent('4 %'), false), ['percent-sum']);
  });
  it('reads a list under « D’où viennent nos ressources ? 💡 » or « en pourcentage de l’effectif total » as complete', () => {
    const asso = (p: string) => `Budget de l'association : d'où viennent nos ressources ? 💡\n→ subventions : 51 %\n→ cotisations : 22 %\n→ dons : ${p}\n→ buvette : 9 %\n`;
    assert.deepEqual(codes(asso('18 %'), false), []);
    assert.deepEqual(codes(asso('12 %'), false), ['percent-sum']);
    const staff = (p: string) => `Après la réorganisation de 2022, les agents sont répartis comme suit, en pourcentage de l'effectif total :\n\n- équipe de jour : 52 % ;\n- équipe de nuit : 27 % ;\n- encadrement : ${p}.\n`;
    assert.deepEqual(codes(staff('21 %')), []);
    assert.deepEqual(codes(staff('13 %')), ['percent-sum']);
  });
  it('reads « bus / car 14 % » as one label, and a run of pictograph lines as a list of shares', () => {
    const doc = (p: string) => `Mode principal (une seule réponse) :\n🚗 voiture ${p}\n🚌 bus / car 15 %\n🚶 marche 12 %\n🚲 vélo 9 %\n`;
    assert.deepEqual(codes(doc('64 %'), false), []);
    assert.deepEqual(codes(doc('72 %'), false), ['percent-sum']);
  });

  it('reads a noun of change that names an item as a label, its share in brackets after it', () => {
    const text = (last: string) => `L’effort atteint 40 Md€. Il se répartit entre des baisses de dépenses (70 %) et des hausses de recettes (${last}).`;
    assert.deepEqual(codes(text('30 %')), []);
    assert.deepEqual(codes(text('38 %')), ['percent-sum']);
  });
});
