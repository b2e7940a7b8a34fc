// Every fix, applied, makes its diagnostic go away on the next analysis.

import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';
import { rewriteAmount, writeNumber, numberSpan } from '../../../server/src/core/checks/restyle';
import { Amount } from '../../../server/src/core/types';
import { applyTextEdits, check, figuresOf } from './helpers';
import { loadFixtures, CHECK_CODES } from './fixtureFiles';

function amountIn(text: string, written: string): Amount {
  const a = figuresOf(text).amounts.find((x) => text.slice(x.start, x.end).startsWith(written));
  assert.ok(a, written);
  return a;
}

describe('fixes', () => {
  it('writes the sum in the total’s own style', () => {
    const cases: [string, string, number, string][] = [
      ['Une enveloppe d’1,8 milliard d’euros.', '1,8 milliard', 2.091e9, 'Une enveloppe de 2,1 milliards d’euros.'],
      ['Un plan de 1,8 Md€.', '1,8 Md€', 2.091e9, 'Un plan de 2,1 Md€.'],
      ['Un volet de 900 millions d’euros.', '900 millions', 1.1e9, 'Un volet de 1\u202f100 millions d’euros.'],
      ['Un volet de 2,5 milliards d’euros.', '2,5 milliards', 1.6e9, 'Un volet de 1,6 milliard d’euros.'],
      ['Un fonds de 12 000 €.', '12 000', 12500, 'Un fonds de 12\u202f500 €.'],
    ];
    for (const [text, written, value, expected] of cases) {
      const edits = rewriteAmount(text, amountIn(text, written), value);
      assert.ok(edits, text);
      assert.equal(applyTextEdits(text, edits), expected);
    }
  });

  it('adds a decimal rather than write the same figure again', () => {
    assert.equal(writeNumber(2.04, 0, 2), '2,04');
    assert.equal(writeNumber(2.091, 1), '2,1');
    assert.equal(writeNumber(1791, 0), '1\u202f791');
  });

  it('finds the digits of a written figure', () => {
    const text = 'près de 1 234,5 M€';
    const s = numberSpan(text, 0, text.length);
    assert.ok(s);
    assert.equal(text.slice(s.start, s.end), '1 234,5');
    assert.equal(s.decimals, 1);
  });

  it('clears the diagnostic of every fixture that offers a fix', () => {
    let fixed = 0;
    for (const fx of loadFixtures()) {
      const before = analyze(fx.text);
      for (const d of before.diagnostics) {
        if (!CHECK_CODES.has(d.code) || !d.fixes) continue;
        for (const fix of d.fixes) {
          // A fix of one figure is one edit, so a client applying the first edit gets it all; a document-wide
          // typography fix (a grouped « nbsp ») edits each figure where it is, which keeps the cursor in place on save.
          const documentWide = d.code === 'nbsp' && !!d.related?.length;
          if (!documentWide) assert.equal(fix.edits.length, 1, `${fx.name}: one edit per fix, so a client applying the first edit gets it all`);
          const text = applyTextEdits(fx.text, fix.edits);
          const after = analyze(text);
          const same = after.diagnostics.filter((x) => x.code === d.code && x.start <= d.end && x.end >= d.start);
          assert.deepEqual(same.map((x) => x.message), [], `${fx.name}: « ${fix.title} » leaves ${d.code}`);
          fixed++;
        }
      }
    }
    assert.ok(fixed >= 8, `${fixed} fixes tried`);
  });

  it('fixes the cloud example back to a consistent text', () => {
    const text = 'Une enveloppe d’1,8 milliard d’euros.\n\nSur ce total, l’État apporte 967 millions d’euros, l’Europe 444 millions d’euros. Enfin 680 millions viennent du privé.';
    const r = check(text);
    const f = r.findings.find((x) => x.code === 'sum-mismatch');
    assert.ok(f && f.fixes);
    assert.equal(f.fixes[0].title, 'Replace the total by the computed sum: de 2,1 milliards d’euros');
    const fixed = applyTextEdits(text, f.fixes[0].edits);
    assert.ok(fixed.startsWith('Une enveloppe de 2,1 milliards d’euros.'), fixed);
    assert.deepEqual(check(fixed).findings.map((x) => x.code), []);
  });

  it('fixes a share to the computed percentage', () => {
    const text = 'La stratégie représente 1,8 milliard d’euros, dont 667 millions d’euros de crédits publics, soit 45 % de l’ensemble.';
    const r = check(text);
    const f = r.findings.find((x) => x.code === 'share-mismatch');
    assert.ok(f && f.fixes);
    const fixed = applyTextEdits(text, f.fixes[0].edits);
    assert.ok(fixed.includes('soit 37 %'), fixed);
    assert.deepEqual(check(fixed).findings.filter((x) => x.code === 'share-mismatch'), []);
  });
});
