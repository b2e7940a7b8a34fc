// One character table (core/text/chars.ts) for every reader: a space that is
// blank to the names is blank to the structure and the figures, so a
// four-per-em space (U+2005) reads like a thin space (U+2009) everywhere.

import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analysis';
import { isInlineBlank, isSpaceSeparator } from '../../server/src/core/text/chars';

describe('shared character table', () => {
  it('reads every Unicode space separator as one', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceSeparator(c), /\p{Zs}/u.test(String.fromCharCode(c)), c.toString(16));
  });

  it('reads tabs and invisible spaces as blanks, line breaks not', () => {
    for (const c of [0x09, 0x200b, 0xfeff, 0x2005, 0x2009, 0x202f]) assert.ok(isInlineBlank(c), c.toString(16));
    for (const c of [0x0a, 0x0d, 0x41, 0x2028]) assert.ok(!isInlineBlank(c), c.toString(16));
  });

  for (const [name, space] of [
    ['a four-per-em space (U+2005)', '\u2005'],
    ['a thin space (U+2009)', '\u2009'],
    ['a six-per-em space (U+2006)', '\u2006'],
    ['an ideographic space (U+3000)', '\u3000'],
  ]) {
    it(`reads « PIA 4 » and « 1 000 € » with ${name} as with a plain space`, () => {
      const text = `Le PIA${space}4 finance 1${space}000${space}€ de travaux.`;
      const a = analyze(text);
      assert.deepEqual(a.entities.map((e) => [e.id, text.slice(e.start, e.end)]), [['pia4', `PIA${space}4`]]);
      assert.deepEqual(a.amounts.map((x) => [x.value, x.currency]), [[1000, 'EUR']]);
    });
  }
});
