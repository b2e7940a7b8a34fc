// The lists of an Analysis are joined on first read. They must behave like
// plain properties, and every Analysis must share one hidden class: a class of
// its own per analysis keeps each analysis alive until a full collection,
// which made indexing a workspace twice as slow and memory-hungry.

import { strict as assert } from 'assert';
import * as v8 from 'v8';
import { analyze } from '../../server/src/core/analysis';

const TEXT = '# Budget\n\nLe PIA4 reçoit 1,8 Md€, dont 667 M€ pour la recherche et 444 M€ pour l’innovation.\n\n| Poste | Montant |\n|---|---|\n| A | 2 M€ |\n';

describe('lazy analysis lists', () => {
  it('are own enumerable properties that print, compare and serialise like plain ones', () => {
    const a = analyze(TEXT);
    assert.deepEqual(Object.keys(a), ['length', 'truncated', 'structure', 'amounts', 'percentages', 'entities', 'definitions', 'checks', 'claims', 'diagnostics']);
    assert.deepEqual(Object.keys(a.structure), ['blocks', 'paragraphs', 'sections', 'tables', 'sentences']);
    const plain = JSON.parse(JSON.stringify(a));
    assert.deepEqual(plain.amounts.map((x: { value: number }) => x.value), [1.8e9, 667e6, 444e6, 2e6]);
    assert.equal(plain.structure.tables.length, 1);
    assert.deepEqual(analyze(TEXT), a);
  });

  it('keep the value read first, and take a value written over them', () => {
    const a = analyze(TEXT);
    assert.equal(a.amounts, a.amounts);
    a.entities = [];
    assert.deepEqual(a.entities, []);
    a.structure.sentences = [];
    assert.deepEqual(a.structure.sentences, []);
  });

  it('give every analysis the same hidden class', () => {
    // V8 compiles the function on its first call: the flag stays on until then.
    v8.setFlagsFromString('--allow-natives-syntax');
    try {
      // The same class, and a real one: objects with classes of their own end up as dictionaries, which all share one.
      const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b) && %HasFastProperties(a)') as (a: object, b: object) => boolean;
      assert.equal(sameMap({}, []), false);
      const a = analyze(TEXT);
      const b = analyze('Autre texte : 3 M€.');
      assert.ok(sameMap(a, b), 'two analyses have different hidden classes');
      assert.ok(sameMap(a.structure, b.structure), 'two structures have different hidden classes');
    } finally {
      v8.setFlagsFromString('--no-allow-natives-syntax');
    }
  });
});
