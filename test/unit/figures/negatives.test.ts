import { strict as assert } from 'assert';
import { figures } from './helpers';

// Sentences with numbers that are not money (and not percentages unless noted).
const NOT_MONEY: [string, string][] = [
  ['a count', 'Au total, 23 projets ont été retenus.'],
  ['« bn » without a currency', 'Le modèle compte 7 bn de paramètres.'],
  ['a physical quantity', 'La centrale produit 500 kW en pointe.'],
  ['a distance with grouping', 'Le réseau compte 10 000 km de voies.'],
  ['a year', 'La réforme entre en vigueur en 2027.'],
  ['a full date', 'Le décret du 12 mars 2024 fixe la liste.'],
  ['a numeric date', 'Le dossier est déposé le 03/04/2025.'],
  ['an ordinal ème', 'C’est la 4ème loi de programmation.'],
  ['an ordinal e', 'Le 4e trimestre a été difficile.'],
  ['a roman ordinal', 'Au XXIe siècle, le IVe plan est lancé.'],
  ['a superscript ordinal', 'Le 4ᵉ appel à projets est ouvert.'],
  ['a version number', 'La qualification SecNumCloud 3.2 est exigée.'],
  ['a version with three parts', 'La version 1.4.2 du logiciel est livrée.'],
  ['an article', 'L’article 12 précise les modalités.'],
  ['an abbreviated article', 'Voir l’art. 31 de la loi.'],
  ['a law number', 'La loi n° 2024-449 du 21 mai 2024 est publiée.'],
  ['a phone number', 'Appelez le 01 23 45 67 89 pour tout renseignement.'],
  ['a phone number with dots', 'Standard : 01.23.45.67.89.'],
  ['a figure glued to letters', 'Le PIA4 finance la stratégie.'],
  ['a programme name with a year', 'France 2030 soutient les start-up.'],
  ['millions of visitors', 'Le site a reçu 2 millions de visiteurs.'],
  ['millions of them, after a determiner', 'Le site a reçu 2 millions de ces visiteurs.'],
  ['millions of inhabitants', 'La région compte 1,8 million d’habitants.'],
  ['millions of tonnes', 'Le port traite 400 millions de tonnes.'],
  ['thousands of jobs', 'Le plan doit créer 20 000 emplois.'],
  ['a scale without currency or context', 'Le réseau dessert 3 millions de foyers.'],
  ['a bare million', 'Il y a 3 millions.'],
  ['des centaines de millions', 'Des centaines de millions d’euros ont été promis.'],
  ['des milliers d’euros', 'Des milliers d’euros dorment sur les comptes.'],
  ['quelques millions', 'Quelques millions d’euros suffiraient.'],
  ['une dizaine de projets', 'Une dizaine de projets sont financés.'],
  ['an article un', 'Un projet de loi est déposé.'],
  ['un as article before a noun', 'Un plan et une loi sont annoncés, un seul vote suffit.'],
  ['a postcode', 'Le siège est au 75007 Paris.'],
  ['an IP address', 'Le serveur 192.168.1.10 répond.'],
  ['hours', 'La séance commence à 14h30.'],
  ['a decimal without unit', 'Le coefficient vaut 1,25 cette année.'],
  ['k without currency', 'Le dossier pèse 10 k sur le disque.'],
  ['M alone before a name', 'Le ministre a reçu M. Martin.'],
  ['metres', 'La digue mesure 500 m de long.'],
  ['points de pourcentage', 'Le taux baisse de 3 points de pourcentage.'],
  ['page numbers', 'Voir pages 12 à 15 du rapport.'],
  ['a decree number', 'Le décret n° 2019-1088 crée la direction.'],
  ['a regulation reference', 'Le règlement (UE) 2016/679 s’applique.'],
  ['books are not pounds', 'La bibliothèque prête 2 millions de livres par an.'],
  ['a book count', 'Elle a écrit neuf livres.'],
  ['a URL with percent escapes', 'Voir https://exemple.fr/recherche?q=30%25%2020 pour le détail.'],
  ['a dash between years', 'La période 2021-2027 est couverte.'],
  ['an unknown currency-like word', 'Le jeu coûte 3 jetons.'],
  ['a score', 'Le match se termine sur 3 à 1.'],
];

describe('figures: not money', () => {
  for (const [name, input] of NOT_MONEY) {
    it(name, () => {
      const { amounts } = figures(input);
      assert.deepEqual(
        amounts.map((a) => a.text),
        [],
        `found money in ${JSON.stringify(input)}`,
      );
    });
  }
  it('has at least 40 negatives', () => assert.ok(NOT_MONEY.length >= 40));
  it('a population or a headcount takes no currency from the paragraph', () => {
    assert.deepEqual(figures('Le budget atteint 3 milliards d’euros pour une population de 5,9 millions.').amounts.map((a) => a.text), ['3 milliards d’euros']);
    assert.deepEqual(figures('La masse salariale atteint 2 milliards d’euros pour des effectifs de 1,2 million.').amounts.map((a) => a.text), ['2 milliards d’euros']);
    // Money spent for a population is still money: « 3 millions pour la population ».
    assert.deepEqual(figures('Le budget atteint 3 milliards d’euros, dont 2 milliards pour la population.').amounts.map((a) => a.text), ['3 milliards d’euros', '2 milliards']);
  });
  it('percent escapes in a URL are not percentages', () => {
    assert.equal(figures('Voir https://exemple.fr/recherche?q=30%25%2020 pour le détail.').percentages.length, 0);
  });
  it('points de pourcentage are not a percentage', () => {
    assert.equal(figures('Le taux baisse de 3 points de pourcentage.').percentages.length, 0);
  });
  it('a percentage is never money', () => {
    const r = figures('La part de l’État est de 40 % et celle des régions de 20 pour cent.');
    assert.equal(r.amounts.length, 0);
    assert.equal(r.percentages.length, 2);
  });
  it('code blocks are not read', () => {
    assert.equal(figures('```\nprix = 12 €\n```\n').amounts.length, 0);
  });
});
