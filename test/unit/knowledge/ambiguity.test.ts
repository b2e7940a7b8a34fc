// Ambiguous spellings count only with evidence: an acronym with other
// meanings, a phrase that is also ordinary French, a spelling several entries
// share. The entries here are written for the test, so that the rules are
// tested whatever the shipped base holds.

import { strict as assert } from 'assert';
import { KnowledgeEntry, KnowledgeIndex, builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { findEntities } from '../../../server/src/core/knowledge/mentions';
import { analyze } from '../../../server/src/core/analysis';

function entry(id: string, kind: KnowledgeEntry['kind'], canonical: string, extra: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id,
    kind,
    canonical,
    variants: [],
    description: { fr: 'Entrée écrite pour les tests.', en: 'An entry written for the tests.' },
    sources: [],
    origin: 'builtin',
    ...extra,
  };
}

const ARMEMENT = entry('test-armement', 'institution', 'Direction générale de l’armement', {
  contextVariants: ['DGA'],
  context: ['armement', 'défense', 'militaire', 'armées', 'frégate'],
});
const GOUVERNANCE = entry('test-gouvernance', 'regulation', 'Data Governance Act', {
  variants: ['règlement sur la gouvernance des données'],
  contextVariants: ['DGA'],
  context: ['données', 'altruisme', 'intermédiaire de données'],
});
const CIEL = entry('test-ciel', 'programme', 'Ciel Ouvert', { variants: ['programme Ciel Ouvert'], context: ['aéroport', 'liaison aérienne'] });
const RELANCE = entry('test-relance', 'plan', 'Cap Relance', { contextVariants: ['Cap Relance'], context: ['plan', 'crédits'] });
const PHARE = entry('test-phare', 'fund', 'Fonds Phare', { contextVariants: ['Phare'], context: ['fonds', 'investissement'] });

const ENTRIES = [ARMEMENT, GOUVERNANCE, CIEL, RELANCE, PHARE];
const k = new KnowledgeIndex(ENTRIES);

function ids(text: string, knowledge = k): string[] {
  return findEntities(text, knowledge).map((m) => `${m.text}=${m.id}`);
}

describe('ambiguity: one spelling, several entries', () => {
  it('lets entries share a spelling when every claim is ambiguous', () => {
    assert.deepEqual(k.conflicts, []);
    assert.deepEqual(k.shared.get('dga'), ['test-armement', 'test-gouvernance']);
  });

  it('refuses a spelling that one entry claims plainly and another ambiguously', () => {
    const index = new KnowledgeIndex([entry('a', 'institution', 'Agence Alpha', { variants: ['AAL'] }), entry('b', 'law', 'Acte Alpha', { contextVariants: ['AAL'], context: ['acte'] })]);
    assert.equal(index.conflicts.length, 1);
    assert.match(index.conflicts[0], /AAL.*kept for a.*ignored for b/);
    assert.deepEqual(ids('L’AAL et l’acte.', index), ['AAL=a']);
  });

  it('picks the entry whose context words are in the paragraph', () => {
    assert.deepEqual(ids('La DGA commande deux frégates pour les armées.'), ['DGA=test-armement']);
    assert.deepEqual(ids('Le DGA encadre l’altruisme en matière de données.'), ['DGA=test-gouvernance']);
  });

  it('marks nothing when no entry, or both, find context', () => {
    assert.deepEqual(ids('La DGA a déménagé à Balard.'), []);
    assert.deepEqual(ids('La DGA partage ses données sur les frégates.'), []);
  });

  it('reads context in the same paragraph only', () => {
    assert.deepEqual(ids('Les armées recrutent.\n\nLa DGA a déménagé.'), []);
    assert.deepEqual(ids('Les armées recrutent. Elles le disent.\nLa DGA a déménagé.'), ['DGA=test-armement']);
  });

  it('does not count a context word inside the entry’s own name', () => {
    // « armement » is in the long name: that is the long name, not context, and it does not introduce the acronym.
    assert.deepEqual(ids('La Direction générale de l’armement publie un bilan. Le bureau de la DGA est fermé.'), ['Direction générale de l’armement=test-armement']);
  });

  it('counts an acronym everywhere once the document introduces it, and only the entry it introduces', () => {
    const text = 'La Direction générale de l’armement (DGA) recrute.\n\nPlus loin, la DGA partage ses données.';
    assert.deepEqual(ids(text), ['Direction générale de l’armement=test-armement', 'DGA=test-armement', 'DGA=test-armement']);
    const other = 'Le règlement sur la gouvernance des données (DGA) s’applique.\n\nLa DGA commande des frégates.';
    assert.deepEqual(ids(other).slice(1), ['DGA=test-gouvernance', 'DGA=test-gouvernance']);
  });

  it('lets a workspace glossary entry decide', () => {
    const glossary = { ...ARMEMENT, origin: 'glossary' as const };
    const index = new KnowledgeIndex([glossary, GOUVERNANCE]);
    assert.deepEqual(ids('La DGA a déménagé à Balard.', index), ['DGA=test-armement']);
  });
});

describe('ambiguity: phrases that are also ordinary French', () => {
  it('counts an ambiguous phrase written with the entry’s capitals, not in lower case', () => {
    assert.deepEqual(ids('Le gouvernement présente Cap Relance au Parlement.'), ['Cap Relance=test-relance']);
    assert.deepEqual(ids('Le chef d’entreprise met le cap relance en avant.'), []);
    assert.deepEqual(ids('Le gouvernement présente Cap relance au Parlement.'), []);
  });

  it('counts a lower-case use with context, quotes or a kind noun before it', () => {
    assert.deepEqual(ids('Les crédits du cap relance sont engagés.'), ['cap relance=test-relance']);
    assert.deepEqual(ids('Le gouvernement présente « cap relance ».'), ['cap relance=test-relance']);
    assert.deepEqual(ids('Le gouvernement présente le plan cap relance.'), ['cap relance=test-relance']);
  });

  it('reads no capital at the start of a sentence as evidence', () => {
    assert.deepEqual(ids('Ciel ouvert a été choisi comme slogan.'), []);
    assert.deepEqual(ids('En 2024, Ciel Ouvert a financé six lignes.'), ['Ciel Ouvert=test-ciel']);
  });

  it('needs evidence for a short lower-case name of a programme, even listed plainly', () => {
    assert.deepEqual(ids('Le temps était au beau, sous un ciel ouvert.'), []);
    assert.deepEqual(ids('La liaison aérienne relève du ciel ouvert.'), ['ciel ouvert=test-ciel']);
    assert.deepEqual(ids('Le programme Ciel Ouvert a été prolongé ; le ciel ouvert reste populaire.'), ['programme Ciel Ouvert=test-ciel', 'ciel ouvert=test-ciel']);
  });

  it('lets a possessive, demonstrative or indefinite determiner make it a common noun', () => {
    assert.deepEqual(ids('La liaison aérienne est leur ciel ouvert.'), []);
    assert.deepEqual(ids('Pour les crédits, un cap relance suffira.'), []);
  });

  it('reads a lower-case phrase given an owner (« du », « de la ») as a common noun, context or not', () => {
    assert.deepEqual(ids('Les crédits du cap relance de la commune sont engagés.'), []);
    assert.deepEqual(ids('La liaison aérienne passe sous le ciel ouvert du parc.'), []);
    // With the entry's capitals, the owner says nothing.
    assert.deepEqual(ids('Les crédits de Cap Relance de la commune sont engagés.'), ['Cap Relance=test-relance']);
  });

  it('needs context for one ambiguous word, capitalised or not: any proper noun has a capital', () => {
    assert.deepEqual(ids('Le Fonds Phare investit ; Phare finance aussi des fonds de fonds.'), ['Fonds Phare=test-phare', 'Phare=test-phare']);
    assert.deepEqual(ids('Le phare de Cordouan attire les visiteurs.'), []);
    assert.deepEqual(ids('Le Phare de Cordouan attire les visiteurs.'), []);
    assert.deepEqual(ids('Le Phare de Cordouan attire les investissements.'), ['Phare=test-phare']);
  });
});

describe('ambiguity in the shipped base', () => {
  const base = builtinKnowledge();
  it('reads ordinary French as ordinary French', () => {
    const cases = [
      'IBM a présenté sa stratégie quantique pour les dix ans à venir.',
      'L’émetteur lance un grand emprunt obligataire à sept ans.',
      'L’entreprise met le cloud au centre de son offre commerciale.',
      'Le pays relance son programme spatial.',
    ];
    for (const text of cases) assert.deepEqual(ids(text, base), [], text);
  });

  it('still finds the names when the document writes them as names', () => {
    assert.deepEqual(ids('La doctrine « cloud au centre » s’impose aux ministères.', base), ['cloud au centre=cloud-au-centre']);
    assert.deepEqual(ids('En 2010, le Grand emprunt a financé les universités.', base), ['Grand emprunt=pia']);
    assert.deepEqual(ids('Le plan France Relance et, plus loin, FRANCE RELANCE.', base), ['plan France Relance=france-relance', 'FRANCE RELANCE=france-relance']);
  });

  it('does not take an ambiguous acronym from a long name the document does not tie to it', () => {
    const text = 'La stratégie nationale pour le cloud soutient les PME. Notre société, une SNC, a obtenu un prêt.';
    assert.deepEqual(ids(text, base), ['stratégie nationale pour le cloud=strategie-nationale-cloud']);
  });

  it('keeps the analysis and findEntities in agreement, chunk by chunk', () => {
    const text = '# Plan\n\nLa Stratégie nationale pour le cloud (SNC) est lancée.\n\n## Suite\n\nLa SNC finance des projets.\n';
    assert.deepEqual(analyze(text).entities.map((e) => e.text), findEntities(text, base).map((e) => e.text));
    assert.deepEqual(analyze(text).entities.map((e) => e.id), ['strategie-nationale-cloud', 'strategie-nationale-cloud', 'strategie-nationale-cloud']);
  });
});

describe('ambiguity: what the words around a spelling say', () => {
  const PROG = entry('test-prog', 'programme', 'Programme Investissement Avenir', { contextVariants: ['PIX'], gender: 'm', context: ['lauréats'] });
  const LOI = entry('test-loi', 'law', 'Loi de finances initiale', { contextVariants: ['LFX'], context: ['crédits de paiement'] });
  const CHEQUE = entry('test-cheque', 'programme', 'Chèque Vert', { exactVariants: ['chèque vert'] });
  const REGION = entry('test-region', 'institution', 'Région Azur', { exactVariants: ['Région Azur'] });
  const CODE = entry('test-code', 'law', 'Code général des taxes', { variants: ['CGX'] });
  const index = new KnowledgeIndex([PROG, LOI, CHEQUE, REGION, CODE]);

  it('reads an article of the entry’s gender as evidence, one of the other gender as another word', () => {
    assert.deepEqual(ids('Le bilan du PIX est publié.', index), ['PIX=test-prog']);
    assert.deepEqual(ids('La commune réalise une PIX.', index), []);
    assert.deepEqual(ids('Les PIX ont financé des lauréats ; la PIX de la mairie est prête.', index), ['PIX=test-prog']);
  });

  it('dates a law’s acronym by the year after it', () => {
    assert.deepEqual(ids('La LFX 2025 est votée ; pour LFX, c’est un recul.', index), ['LFX=test-loi']);
  });

  it('takes a name the entry writes in lower case as it is, with no evidence needed', () => {
    assert.deepEqual(ids('Le chèque vert est revalorisé.', index), ['chèque vert=test-cheque']);
  });

  it('counts a canonical name listed as an exact spelling only in that case', () => {
    assert.deepEqual(ids('La Région Azur vote son budget ; il pleut dans la région Azur.', index), ['Région Azur=test-region']);
  });

  it('never reads « chez X » as a law, nor letters after a numbering noun or in a line of capitals as a name', () => {
    assert.deepEqual(ids('Le CGX s’applique. Chez CGX, on recrute. Le lot CGX est attribué.', index), ['CGX=test-code']);
    const sport = new KnowledgeIndex([entry('test-ans', 'institution', 'Agence nationale du sport', { variants: ['ANS'] })]);
    assert.deepEqual(ids('L’ANS finance. POUR LES CLUBS DE MOINS DE 3 ANS, UNE AIDE.', sport), ['ANS=test-ans']);
  });

  it('looks for context words in the list item, not the whole list', () => {
    const pac = new KnowledgeIndex([entry('test-pac', 'programme', 'Politique agricole commune', { contextVariants: ['PAC'], context: ['feader'] })]);
    const text = '- **FEADER** : 2e pilier de la PAC\n- **Pompe à chaleur** : la PAC du gymnase\n';
    assert.deepEqual(ids(text, pac).filter((x) => x.startsWith('PAC')), ['PAC=test-pac']);
  });
});
