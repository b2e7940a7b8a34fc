// Where a document defines its own names, and how those names are then found
// everywhere in it.

import { strict as assert } from 'assert';
import { builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { findDefinitions } from '../../../server/src/core/knowledge/definitions';
import { findEntities } from '../../../server/src/core/knowledge/mentions';
import { parseStructure } from '../../../server/src/core/structure';

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

  it('reads « (ci-après dénommé « X ») » without a known name before it', () => {
    const [d] = defs('Un groupement d’intérêt public (ci-après dénommé « le Groupement ») est constitué.');
    assert.equal(d.term, 'Groupement');
    assert.equal(d.id, 'user:groupement');
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
    assert.equal(d[0].kind, 'programme');
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
