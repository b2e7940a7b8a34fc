// Hints about names: near misses of known names and names used before the
// sentence that defines them. A hint must be rare and right.

import { strict as assert } from 'assert';
import { builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { findDefinitions } from '../../../server/src/core/knowledge/definitions';
import { findEntities } from '../../../server/src/core/knowledge/mentions';
import { entityFindings } from '../../../server/src/core/knowledge/findings';
import { boundedDamerau } from '../../../server/src/core/knowledge/fuzzy';
import { parseStructure } from '../../../server/src/core/structure';
import { untranslated } from '../../../server/src/core/messages';
import { Finding } from '../../../server/src/core/types';

const knowledge = builtinKnowledge();

function hints(text: string): Finding[] {
  const structure = parseStructure(text, { markdown: true });
  const definitions = findDefinitions(text, structure, knowledge);
  const entities = findEntities(text, knowledge, definitions);
  return entityFindings({ text, structure, entities, definitions, knowledge, t: untranslated });
}

function fixed(text: string, f: Finding): string {
  const e = f.fixes![0].edits[0];
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

describe('near-miss hints', () => {
  const cases: Array<[string, string, string]> = [
    ['La qualification SecNumClould est exigée.', 'SecNumClould', 'SecNumCloud'],
    ['Le plan France Relanse a été présenté.', 'France Relanse', 'France Relance'],
    ['La Sec Num Cloud est citée.', 'Sec Num Cloud', 'SecNumCloud'],
    ['La Bpi France finance.', 'Bpi France', 'Bpifrance'],
    ['Le programme Horizon Eruope démarre.', 'Horizon Eruope', 'Horizon Europe'],
    ['La Commission européene autorise.', 'Commission européene', 'Commission européenne'],
    ['Le NextGenerationUE est européen.', 'NextGenerationUE', 'NextGenerationEU'],
  ];
  for (const [text, written, proposed] of cases) {
    it(`proposes « ${proposed} » for « ${written} »`, () => {
      const found = hints(text);
      assert.equal(found.length, 1, JSON.stringify(found));
      const f = found[0];
      assert.equal(f.code, 'near-miss');
      assert.equal(f.severity, 'hint');
      assert.equal(text.slice(f.start, f.end), written);
      assert.equal(f.fixes?.[0].edits[0].newText, proposed);
      assert.match(f.message, new RegExp(proposed));
      // After the fix, the name is recognised and nothing is left to hint.
      const after = fixed(text, f);
      assert.ok(findEntities(after, knowledge).some((m) => m.text.endsWith(proposed)));
      assert.deepEqual(hints(after), []);
    });
  }

  it('accepts valid variants and case-only differences of long names', () => {
    assert.deepEqual(hints('Gaia X, Gaia-X, Secnumcloud, SECNUMCLOUD et France relance.'), []);
  });

  it('reads one ordinary word a letter away from a name of several words as that word (« Plateau », « Plan eau »)', () => {
    assert.deepEqual(hints('| Territoire | Foyers |\n|---|---|\n| Plateau | 9 741 |\n| Littoral | 8 915 |'), []);
    // The words of a name written together, with no letter changed, are still that name.
    assert.equal(hints('La Frenchtech lyonnaise recrute.').length, 1);
  });

  it('reads a word that a name only extends by a leading letter as that word, not a typo', () => {
    // « ePrivacy » is a known name; « Privacy » alone, a heading of a site's footer, is another word.
    assert.deepEqual(hints('Privacy Overview\n\nLa directive ePrivacy encadre les traceurs.'), []);
  });

  it('stays silent on an ordinary French paragraph', () => {
    const text = [
      'Cependant, les collectivités territoriales restent prudentes face aux nouvelles dépenses.',
      'Le Gouvernement entend poursuivre la Planification écologique et la Souveraineté industrielle.',
      'Selon Francis Dupont, président de la Commission des finances, la Relance doit rester ciblée.',
      'France lance un appel aux Régions ; Horizon lointain, Europe proche : la Stratégie se précise.',
      'Les Conseils départementaux, la Présidence française et le Secrétariat général suivent le dossier.',
      'Personne ne conteste la Résilience des réseaux, ni les Données publiques, ni la Sécurité nationale.',
      'Enfin, le Cloud souverain, les Centres de données et la Confiance numérique sont évoqués.',
    ].join(' ');
    assert.deepEqual(hints(text), []);
  });

  it('ignores code, addresses and identifiers', () => {
    assert.deepEqual(hints('Voir `SecNumClould` et https://example.org/SecNumClould ainsi que\n\n```\nSecNumClould\n```\n'), []);
  });
});

describe('used-before-definition hints', () => {
  it('points at the first use of a name defined later', () => {
    const text = 'Territoires connectés finance déjà des projets. Le dispositif « Territoires connectés » vise à équiper les mairies.';
    const found = hints(text);
    assert.equal(found.length, 1);
    const f = found[0];
    assert.equal(f.code, 'used-before-definition');
    assert.equal(f.severity, 'hint');
    assert.equal(f.start, 0);
    assert.equal(text.slice(f.start, f.end), 'Territoires connectés');
    assert.equal(text.slice(f.related![0].start, f.related![0].end), 'Territoires connectés');
    assert.ok(f.related![0].start > 40);
    assert.equal(f.fixes, undefined);
  });

  it('is silent when the definition comes first, and for built-in names', () => {
    assert.deepEqual(hints('Le dispositif « Territoires connectés » vise à équiper les mairies. Territoires connectés avance.'), []);
    assert.deepEqual(hints('Le cloud de confiance arrive. Un label « cloud de confiance » a été créé afin de rassurer.'), []);
  });

  it('flags an alias used before its « ci-après »', () => {
    const text = 'Le Programme est ambitieux. France 2030 (ci-après « le Programme ») est piloté par le SGPI.';
    const found = hints(text);
    assert.deepEqual(found.map((f) => [f.code, text.slice(f.start, f.end)]), [['used-before-definition', 'Programme']]);
  });
});

describe('used-before-definition: explicit definitions only, never at the defining phrase', () => {
  it('is silent on a name used earlier in the very sentence that defines its alias', () => {
    // « Fonds » is defined by « ci-après » and also begins the long name in the same sentence.
    const text = 'Le Fonds Horizon Numérique (ci-après « le Fonds ») investit dans les PME. Le Fonds publie ses comptes.';
    assert.deepEqual(hints(text), []);
  });

  it('is silent for a glossary line or a caption at the end of a document', () => {
    const text = 'Le Pass Jeunes Pousses a aidé 300 entreprises.\n\n## Glossaire\n\n- **Pass Jeunes Pousses** : aide forfaitaire aux créateurs.\n';
    assert.deepEqual(hints(text), []);
  });

  it('flags an acronym used before the long name introduces it, at the early use only', () => {
    const text = 'Le PNHS finance la migration.\n\nLe Programme national pour l’hébergement souverain (PNHS) a été lancé en 2024. Le PNHS croît.';
    const found = hints(text);
    assert.deepEqual(found.map((f) => [f.code, f.start]), [['used-before-definition', 3]]);
  });

  it('is silent when the long name and its acronym come first', () => {
    assert.deepEqual(hints('Le Programme national pour l’hébergement souverain (PNHS) a été lancé. Le PNHS croît.'), []);
  });
});

describe('bounded Damerau–Levenshtein distance', () => {
  it('counts edits and transpositions, and stops past the bound', () => {
    assert.equal(boundedDamerau('secnumcloud', 'secnumcloud', 1), 0);
    assert.equal(boundedDamerau('secnumclould', 'secnumcloud', 1), 1);
    assert.equal(boundedDamerau('eruope', 'europe', 1), 1);
    assert.equal(boundedDamerau('relanse', 'relance', 1), 1);
    assert.equal(boundedDamerau('lance', 'relance', 1), 2);
    assert.equal(boundedDamerau('abcdef', 'uvwxyz', 2), 3);
  });
});
