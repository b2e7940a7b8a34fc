// The scanner's hashes must agree with the folded forms names are indexed by,
// whatever the text: otherwise a name would silently stop matching.

import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { TF, foldEquals, foldToken, hashString, slug, tokenize } from '../../../server/src/core/knowledge/normalize';
import { isCaseSensitiveToken } from '../../../server/src/core/knowledge/trie';

describe('tokens and folding', () => {
  it('folds case, accents, plurals and ordinals', () => {
    const text = 'Élus quatrième 4ème 4ᵉ Investissements PIA4 3,2 cœur';
    const t = tokenize(text);
    const forms: string[] = [];
    for (let i = 0; i < t.count; i++) forms.push(foldToken(text, t.start[i], t.end[i]));
    assert.deepEqual(forms, ['elu', '4#', '4#', '4#', 'investissement', 'pia', '4', '3.2', 'coeur']);
    assert.ok(t.flags[0] & TF.Capital);
    assert.ok(t.flags[1] & TF.Ordinal);
  });

  it('hashes each token as its folded form', () => {
    const alphabet = 'aAéÉèçœŒßeEsS4 2.,-’\'«»\n\u00a0ᵉ\u0301IiVv';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet.split('')), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const t = tokenize(text);
        for (let i = 0; i < t.count; i++) {
          const folded = foldToken(text, t.start[i], t.end[i]);
          assert.equal(t.hash[i], hashString(folded), `« ${text.slice(t.start[i], t.end[i])} » → ${folded}`);
          assert.ok(foldEquals(text, t.start[i], t.end[i], folded), `foldEquals « ${text.slice(t.start[i], t.end[i])} »`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('knows which spellings keep their case', () => {
    assert.equal(isCaseSensitiveToken('PIA'), true);
    assert.equal(isCaseSensitiveToken('C'), true);
    assert.equal(isCaseSensitiveToken('eIDAS'), true);
    assert.equal(isCaseSensitiveToken('Cnil'), false);
    assert.equal(isCaseSensitiveToken('SecNumCloud'), false);
    assert.equal(isCaseSensitiveToken('cloud'), false);
    assert.equal(isCaseSensitiveToken('2030'), false);
  });

  it('makes slugs for ids', () => {
    assert.equal(slug('Territoires numériques'), 'territoires-numeriques');
    assert.equal(slug('L’Œuvre « Éclat »'), 'l-oeuvre-eclat');
  });
});
