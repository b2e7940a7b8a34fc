// Where a document defines its own names, and how those names are then found
// everywhere in it.

import { strict as assert } from 'assert';
import { builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { findDefinitions } from '../../../server/src/core/knowledge/definitions';
import { findEntities } from '../../../server/src/core/knowledge/mentions';
import { parseStructure } from '../../../server/src/core/structure';
import { analyze } from '../../../server/src/core/analysis';

const k = builtinKnowledge();

function defs(text: string, markdown = true) {
  return findDefinitions(text, parseStructure(text, { markdown }), k);
}

describe('definitions in prose', () => {
  it('reads « Un label « X » a été créé afin de … »', () => {
    const text = 'Un label « Numérique de proximité » a été créé afin de distinguer les tiers-lieux.';
    const [d, ...rest] = defs(text);
    assert.equal(rest.length, 0);
    assert.equal(d.term, 'Numérique de proximité');
    assert.equal(d.id, 'user:numerique-de-proximite');
    assert.equal(d.kind, 'label');
    assert.equal(text.slice(d.start, d.end), 'Numérique de proximité');
    assert.equal(text.slice(d.sentence.start, d.sentence.end), text);
  });

  it('reads « le dispositif « X » vise à … » as a programme', () => {
    const text = 'Depuis 2023, le dispositif « Territoires connectés » vise à équiper les mairies rurales.';
    const [d] = defs(text);
    assert.equal(d.id, 'user:territoires-connectes');
    assert.equal(d.kind, 'programme');
  });

  it('reads a naming verb (« un fonds baptisé “Horizon Sud” ») as a fund', () => {
    const [d] = defs('La région a doté un fonds baptisé “Horizon Sud” de vingt millions.');
    assert.equal(d.term, 'Horizon Sud');
    assert.equal(d.kind, 'fund');
  });

  it('resolves the definition of a built-in name to the built-in id', () => {
    const [d] = defs('Un label « cloud de confiance » a été créé afin de rassurer les acheteurs publics.');
    assert.equal(d.id, 'cloud-de-confiance');
    assert.equal(d.invented, false);
  });

  it('reads « (ci-après « le Programme ») » as an alias of the name before it', () => {
    const text = 'France 2030 (ci-après « le Programme ») est piloté par le SGPI. Le Programme finance aussi des start-up.';
    const [d] = defs(text);
    assert.equal(d.term, 'Programme');
    assert.equal(d.id, 'france-2030');
    assert.equal(d.invented, true);
    const m = findEntities(text, k, defs(text)).filter((x) => x.text === 'Programme');
    assert.equal(m.length, 2);
    assert.ok(m.every((x) => x.id === 'france-2030'));
  });

  it('reads « (ci-après dénommé « X ») » without a known name before it, the long name with it', () => {
    // One id for both, from the long name: another document's « Groupement » is another body.
    const d = defs('Un groupement d’intérêt public (ci-après dénommé « le Groupement ») est constitué.');
    assert.deepEqual(d.map((x) => [x.term, x.id, x.kind]), [
      ['groupement d’intérêt public', 'user:groupement-d-interet-public', 'institution'],
      ['Groupement', 'user:groupement-d-interet-public', 'institution'],
    ]);
  });

  it('reads « (ci-après le Fonds) » without quotes, for a long name, a known name or a name the document gave', () => {
    const long = defs('La stratégie régionale pour l’économie circulaire (ci-après la Stratégie) est adoptée. La Stratégie mobilise 4 M€.');
    assert.deepEqual(long.map((x) => [x.term, x.id, x.kind]), [
      ['stratégie régionale pour l’économie circulaire', 'user:strategie-regionale-pour-l-economie-circulaire', 'strategy'],
      ['Stratégie', 'user:strategie-regionale-pour-l-economie-circulaire', 'strategy'],
    ]);
    const known = defs('Le plan France 2030 (ci-après dénommé le Plan) finance la recherche.');
    assert.deepEqual(known.map((x) => [x.term, x.id]), [['Plan', 'france-2030']]);
    const given = defs('Il est institué un fonds dénommé « Horizon Loire » (ci-après le Fonds), géré par la Région.');
    assert.deepEqual(given.filter((x) => x.term === 'Fonds').map((x) => x.id), ['user:horizon-loire']);
    // A party to a contract is no name; nor is a lower-case word.
    assert.deepEqual(defs('La société Dubreuil (ci-après le Titulaire) livre les pièces.'), []);
    assert.deepEqual(defs('Le plan de relance du port (ci-après le plan) est voté.').filter((x) => x.term === 'plan'), []);
  });

  it('gives a « ci-après » alias the kind of the long name’s head noun', () => {
    const text = 'Il est créé un fonds d’investissement territorial de la Vienne (ci-après « le Fonds »). Le Fonds finance les commerces.';
    assert.deepEqual(defs(text).map((x) => [x.term, x.kind]), [
      ['fonds d’investissement territorial de la Vienne', 'fund'],
      ['Fonds', 'fund'],
    ]);
    const law = defs('L’ordonnance n° 2025-14 du 9 janvier 2025 (ci-après l’« Ordonnance ») simplifie les règles.');
    assert.deepEqual(law.map((x) => x.kind), ['law', 'law']);
  });

  it('does not make a name of a party’s alias (« la société X (ci-après « le Bénéficiaire ») »)', () => {
    const text = 'Entre l’Agence de la transition écologique (ci-après « l’Agence ») et la société Thermobois (ci-après « le Bénéficiaire »), il est convenu ce qui suit.';
    assert.deepEqual(defs(text).map((x) => [x.term, x.id]), [['Agence', 'ademe']]);
  });

  it('reads the long name before « dit », « dénommée » and « (« le Plan ») », an ordinal between', () => {
    assert.deepEqual(defs('Les fiches du plan de revitalisation de la vallée, dit « Plan Vallée », sont prêtes.').map((x) => [x.term, x.kind]), [
      ['plan de revitalisation de la vallée', 'plan'],
      ['Plan Vallée', 'plan'],
    ]);
    assert.deepEqual(defs('Elles constituent une agence régionale de l’innovation, dénommée « Innov’Armor ».').map((x) => [x.term, x.kind]), [
      ['agence régionale de l’innovation', 'institution'],
      ['Innov’Armor', 'institution'],
    ]);
    assert.deepEqual(defs('Le quatrième plan régional santé-environnement (« le Plan ») a été adopté.').map((x) => [x.term, x.kind]), [
      ['plan régional santé-environnement', 'plan'],
      ['Plan', 'plan'],
    ]);
    assert.deepEqual(defs('La proposition de loi visant à protéger les dunes, dite « Dunes vivantes », est déposée.').map((x) => x.kind), ['law', 'law']);
  });

  it('ignores quotations and quoted words that nothing defines', () => {
    assert.deepEqual(defs('Le ministre a parlé d’un « moment historique » lors de sa visite.'), []);
    assert.deepEqual(defs('Le rapport cite « une dépense mal maîtrisée, qui a dérapé de 30 % en deux ans, selon la Cour ».'), []);
    assert.deepEqual(defs('Le mot « souveraineté » revient souvent.'), []);
  });

  it('keeps the first definition of a term only', () => {
    const d = defs('Le label « Ville active » a été créé en 2020. Le label « Ville active » a été renouvelé et vise les communes.');
    assert.equal(d.length, 1);
  });
});

describe('definitions in lists', () => {
  it('reads `- **Terme** : définition` and `**Terme** : définition`', () => {
    const text = '- **Fonds Ciel** : dispositif de soutien aux jeunes pousses du spatial.\n\n**Pass Export** : aide forfaitaire aux premières missions à l’étranger.\n';
    const d = defs(text);
    assert.deepEqual(d.map((x) => x.term), ['Fonds Ciel', 'Pass Export']);
    // The kind comes from the name's head noun first: « Fonds » → fund, « Pass » → programme.
    assert.equal(d[0].kind, 'fund');
    assert.equal(d[1].kind, 'programme');
    assert.equal(text.slice(d[1].start, d[1].end), 'Pass Export');
  });

  it('reads `**Terme :** définition`', () => {
    const [d] = defs('- **Réseau Delta :** ensemble de laboratoires associés.');
    assert.equal(d.term, 'Réseau Delta');
  });

  it('reads `- Terme : définition` when the term looks like a name', () => {
    const d = defs('- Réseau Alpha : ensemble de laboratoires associés au projet commun.\n- Budget : 30 Md€ sur cinq ans.\n- Calendrier : lancement au printemps puis déploiement progressif.\n');
    assert.deepEqual(d.map((x) => x.term), ['Réseau Alpha']);
  });

  it('reads a Markdown definition list', () => {
    const [d] = defs('Guichet Unique\n: point d’entrée des demandes d’aide des entreprises.\n');
    assert.equal(d.term, 'Guichet Unique');
    assert.equal(d.id, 'user:guichet-unique');
  });

  it('finds user-defined names everywhere in the document, with their case', () => {
    const text = 'Le dispositif « Territoires connectés » vise à équiper les mairies. Territoires connectés couvre 300 communes ; les territoires connectés au réseau ne sont pas concernés.';
    const d = defs(text);
    const m = findEntities(text, k, d).filter((x) => x.id === 'user:territoires-connectes');
    assert.equal(m.length, 2);
    assert.ok(m.every((x) => x.origin === 'document' && x.kind === 'programme' && x.canonical === 'Territoires connectés'));
  });
});

describe('definitions: a long name and its acronym', () => {
  it('reads « Nom long (SIGLE) »: both are names, of the kind of the head noun, and the acronym counts everywhere', () => {
    const text = 'L’Observatoire régional des usages numériques (ORUN) publie un rapport. Selon l’ORUN, la fracture recule.';
    const d = defs(text);
    // The parenthesis defines the acronym: only its use before is early; the long name may come first.
    assert.deepEqual(d.map((x) => [x.term, x.kind, x.explicit]), [
      ['Observatoire régional des usages numériques', 'institution', false],
      ['ORUN', 'institution', true],
    ]);
    const m = findEntities(text, k);
    assert.deepEqual(m.map((x) => x.text), ['Observatoire régional des usages numériques', 'ORUN', 'ORUN']);
    assert.ok(m.every((x) => x.kind === 'institution' && x.origin === 'document'));
  });

  it('reads « SIGLE (Nom long) » the same way', () => {
    const d = defs('Le FSIN (Fonds de soutien aux infrastructures numériques) est doté de 40 M€.');
    assert.deepEqual(d.map((x) => [x.term, x.kind]), [['FSIN', 'fund'], ['Fonds de soutien aux infrastructures numériques', 'fund']]);
  });

  it('takes the kind of the head noun: plan, programme, loi, agence, label, haut conseil', () => {
    const kinds = (text: string) => defs(text).map((x) => x.kind);
    assert.deepEqual(kinds('Le plan de modernisation des réseaux locaux (PMRL) est adopté.'), ['plan', 'plan']);
    assert.deepEqual(kinds('La loi de programmation de la recherche numérique (LPRN) est votée.'), ['law', 'law']);
    assert.deepEqual(kinds('L’Agence régionale de l’innovation (ARI) recrute.'), ['institution', 'institution']);
    assert.deepEqual(kinds('Le Haut Conseil de la donnée publique (HCDP) siège.'), ['institution', 'institution']);
    assert.deepEqual(kinds('Le label Territoire engagé pour le climat (TEC) est remis.'), ['label', 'label']);
  });

  it('gives an acronym the known entry its long name names, and the long name stays that entry', () => {
    const text = 'Le Code général des impôts (CGI) s’applique. Le CGI prévoit une exonération.';
    assert.deepEqual(findEntities(text, k).map((x) => x.id), ['code-general-impots', 'code-general-impots', 'code-general-impots']);
  });

  it('lets an ambiguous acronym of a known name count once introduced', () => {
    const text = 'Le groupe Caisse des dépôts (CDC) investit. Plus loin : la CDC prévoit de doubler son effort.';
    assert.deepEqual(findEntities(text, k).map((x) => x.id), ['caisse-des-depots', 'caisse-des-depots', 'caisse-des-depots']);
    assert.deepEqual(findEntities('La CDC prévoit de doubler son effort.', k), []);
  });

  it('reads an acronym given another meaning as no name of ours, anywhere in the document', () => {
    for (const text of [
      'Une PIA (Privacy Impact Assessment) est exigée. Le responsable tient la PIA à jour.',
      'Le chiffre d’affaires (CA) progresse ; le CA atteint 3 M€.',
      'La société en nom collectif (SNC) est dissoute ; la SNC a été radiée.',
    ]) {
      assert.deepEqual(findEntities(text, k), [], text);
      assert.deepEqual(defs(text).filter((x) => !x.generic), [], text);
    }
    // Only that spelling: the longer names stay.
    assert.deepEqual(findEntities('Une PIA (Privacy Impact Assessment) est exigée ; le PIA 4 finance.', k).map((x) => x.text), ['PIA 4']);
  });

  it('makes no name of a generic procedure or an indefinite long name', () => {
    assert.deepEqual(analyze('Un appel à manifestation d’intérêt (AMI) est ouvert. L’AMI se clôt en mai.').entities, []);
    assert.deepEqual(analyze('Un comité de pilotage (COPIL) se réunit. Le COPIL valide.').entities, []);
  });

  it('reads a capitalised long name after an indefinite article, in bold, or with a comma inside', () => {
    assert.deepEqual(defs('La Région crée un Fonds régional d’amorçage industriel (FRAI) doté de 30 M€.').map((x) => [x.term, x.kind]), [
      ['Fonds régional d’amorçage industriel', 'fund'],
      ['FRAI', 'fund'],
    ]);
    assert.deepEqual(defs('Un comité de pilotage (COPIL) se réunit.').map((x) => x.generic), [true]);
    assert.deepEqual(defs('La **Bourse Talents ruraux** (BTR) aide les jeunes.').map((x) => x.term), ['Bourse Talents ruraux', 'BTR']);
    assert.deepEqual(defs('Le Schéma régional de développement économique, d’innovation et d’internationalisation (SRDEII) est adopté.').map((x) => x.term), [
      'Schéma régional de développement économique, d’innovation et d’internationalisation',
      'SRDEII',
    ]);
  });

  it('ignores parentheses that are no acronym of the words before', () => {
    assert.deepEqual(defs('Le budget de la mission (voir annexe) progresse (ANNEXE).'), []);
    assert.deepEqual(defs('La dotation (DGF) augmente. Le règlement (UE) 2016/679 s’applique.'), []);
  });
});

describe('definitions: naming words and parenthesised names', () => {
  it('reads « dénommé X », « dit X » without quotes after a kind noun', () => {
    const d = defs('Un fonds dénommé Relance Sud Numérique est créé. La plateforme, dite Data Commune, ouvre en mai.');
    assert.deepEqual(d.map((x) => [x.term, x.kind, x.explicit]), [
      ['Relance Sud Numérique', 'fund', true],
      ['Data Commune', 'programme', true],
    ]);
  });

  it('does not read a verb « dit » as a naming word', () => {
    assert.deepEqual(defs('Le ministre a dit Non à la réforme.'), []);
  });

  it('reads « Nom long (« court ») » as two names of one thing', () => {
    const text = 'La circulaire fixe la doctrine d’usage des clouds publics par l’État (« Nuage d’abord »). Nuage d’abord s’impose.';
    const d = defs(text);
    assert.deepEqual(d.map((x) => [x.term, x.id]), [
      ['doctrine d’usage des clouds publics par l’État', 'user:nuage-d-abord'],
      ['Nuage d’abord', 'user:nuage-d-abord'],
    ]);
    assert.equal(d[0].kind, 'doctrine');
  });

  it('reads « le label « X » » as a definition, but not any quoted word after any noun', () => {
    assert.deepEqual(defs('Les lieux ayant reçu le label « Cœur Numérique » sont listés.').map((x) => [x.term, x.kind]), [['Cœur Numérique', 'label']]);
    assert.deepEqual(defs('Une aide « exceptionnelle » est versée.'), []);
  });
});

describe('definitions: captions are not definitions', () => {
  it('ignores bold captions, field lines and dates', () => {
    const text = [
      '**Notre rôle** : accompagner les collectivités.',
      '',
      '**Calendrier** : lancement au printemps.',
      '',
      '**Points Clés** : trois mesures.',
      '',
      '**12 mars 2024** : comité de lancement.',
      '',
      '**Juin 2025** : bilan.',
      '',
      '**Pour les communes** : un guichet unique.',
      '',
      '- **Rôle de la DINUM** : coordonner les ministères.',
      '- **Mise en œuvre** : trois vagues successives de déploiement.',
      '- Objectifs généraux : réduire les délais de paiement.',
      '- Article 13 II : information des abonnés sur leur consommation.',
      '',
      '**Synthèse par Camille :** trois points font consensus.',
      '',
      '**Loi applicable** : le règlement est soumis au droit français.',
    ].join('\n');
    assert.deepEqual(defs(text), []);
  });

  it('keeps captions that are names: capitalised words, an acronym, a kind noun first', () => {
    const text = [
      '- **Chèque Cyber** : prise en charge d’un audit.',
      '- **Prêt Rebond Local** : prêt d’honneur à taux zéro.',
      '- **Fonds régional d’amorçage** : fonds de capital-risque.',
      '- **Action Cœur de Ville** : programme de revitalisation.',
      '- **Pass TPE** : aide forfaitaire.',
    ].join('\n');
    assert.deepEqual(defs(text).map((x) => [x.term, x.kind, x.explicit]), [
      ['Chèque Cyber', 'programme', false],
      ['Prêt Rebond Local', 'programme', false],
      ['Fonds régional d’amorçage', 'fund', false],
      ['Action Cœur de Ville', 'programme', false],
      ['Pass TPE', 'programme', false],
    ]);
  });
});

describe('definitions: glossaries of acronyms and quoted words', () => {
  it('reads an acronym list, with the kind of each long name', () => {
    const text = '- DRFIP : Direction régionale des Finances publiques\n- FSN : Fonds pour la société numérique\n- CNNum : Conseil national du numérique\n';
    assert.deepEqual(defs(text).map((x) => [x.term, x.kind]), [['DRFIP', 'institution'], ['FSN', 'fund'], ['CNNum', 'institution']]);
  });

  it('takes the kind of a name given by « dit » from its own head noun when nothing before says it', () => {
    assert.deepEqual(defs('Le FPRNM, dit « Fonds Barnier », finance la prévention.').map((x) => [x.term, x.kind]), [['Fonds Barnier', 'fund']]);
  });

  it('does not make a name of one common word in quotes', () => {
    assert.deepEqual(defs('La directive « écoconception » permet d’établir des exigences.'), []);
    assert.deepEqual(defs('Le volet dit « dirigé » finance les stratégies.').map((x) => x.term), ['dirigé']);
  });
});

describe('definitions: a defined name in another case', () => {
  it('counts it in lower case after a kind noun or between quotes, not as ordinary words', () => {
    const text = 'Un label « Numérique Solidaire » a été créé. Les lieux labellisés numérique solidaire sont 300 ; « numérique solidaire » figure au guide ; un numérique solidaire reste à bâtir.';
    const m = findEntities(text, k).filter((x) => x.id === 'user:numerique-solidaire');
    assert.deepEqual(m.map((x) => x.text), ['Numérique Solidaire', 'numérique solidaire', 'numérique solidaire']);
  });
});

describe('definitions: a known name with its territory', () => {
  it('gives the acronym after « chambre régionale des comptes de Bretagne » to the known entry', () => {
    const text = 'La chambre régionale des comptes de Bretagne (CRC) relève un endettement. La CRC recommande un plan.';
    assert.deepEqual(findEntities(text, k).map((x) => [x.text, x.id]), [
      ['chambre régionale des comptes', 'chambres-regionales-des-comptes'],
      ['CRC', 'chambres-regionales-des-comptes'],
      ['CRC', 'chambres-regionales-des-comptes'],
    ]);
  });
});

describe('definitions: what a long name never is', () => {
  it('does not run a long name across a verb, nor take a common noun in quotes for a name', () => {
    const d = defs('Un dispositif national a été publié sous forme d’une feuille de route intitulée « Sobriété et cloud ».');
    assert.deepEqual(d.map((x) => x.term), ['Sobriété et cloud']);
    assert.deepEqual(defs('Les communes signent des contrats spécifiques avec l’État (« pactes »).'), []);
  });

  it('lets a name the document defines win over a shorter known name it runs past (« le plan Eau potable Outre-mer »)', () => {
    const text = 'Le ministre renforce le plan « Eau potable Outre-mer ». Le plan Eau potable Outre-mer finance des réseaux.';
    const found = findEntities(text, k).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(found, ['Eau potable Outre-mer', 'Eau potable Outre-mer']);
  });
});

describe('definitions: acronyms after a quoted name or a place', () => {
  it('gives an acronym after a name defined in quotes that name’s identity, when its letters fit the kind noun and the quoted words', () => {
    const text = '## Programme « Villages connectés » (PVC)\n\nLe PVC équipe quarante communes.';
    const m = findEntities(text, k);
    const ids = new Set(m.map((x) => x.id));
    assert.equal(ids.size, 1);
    assert.deepEqual(m.map((x) => x.text).filter((t) => t === 'PVC').length, 2);
    // Letters that do not fit the name define nothing.
    const other = findEntities('## Programme « Villages connectés » (ZQX)\n\nLe ZQX équipe quarante communes.', k);
    assert.ok(!other.some((x) => x.text === 'ZQX' && x.id === m[0].id));
  });

  it('finds the long name of an acronym whose letters stop before the place it ends on', () => {
    const text = 'L’Agence de mobilité durable du Val de Morteau (AMD) ouvre un guichet. L’AMD reçoit le public le mardi.';
    const d = defs(text);
    assert.deepEqual(d.map((x) => x.term), ['Agence de mobilité durable du Val de Morteau', 'AMD']);
    assert.equal(d[0].id, d[1].id);
    // Without a place, the letters are read as before.
    assert.deepEqual(defs('L’Agence de mobilité durable (AMD) ouvre un guichet.').map((x) => x.term), ['Agence de mobilité durable', 'AMD']);
  });
});

describe('definitions: a kind noun just past the acronym’s window', () => {
  it('opens the long name on the kind noun when the letters need it', () => {
    const d = defs('Le préfet présente le schéma départemental de lutte contre les nuisances du trafic (SDNT) aux élus.');
    assert.deepEqual(d.map((x) => x.term), ['schéma départemental de lutte contre les nuisances du trafic', 'SDNT']);
  });
});
