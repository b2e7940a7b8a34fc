// One character table (core/text/chars.ts) for every reader: a space that is
// blank to the names is blank to the structure and the figures, so a
// four-per-em space (U+2005) reads like a thin space (U+2009) everywhere.

import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analysis';
import * as fs from 'fs';
import * as path from 'path';
import { isBlank, isInlineBlank, isInvisible, isLineBreak, isSpaceSeparator } from '../../server/src/core/text/chars';
import { ROOT, typescriptFiles } from '../helpers/sources';

describe('shared character table', () => {
  it('reads every Unicode space separator as one', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceSeparator(c), /\p{Zs}/u.test(String.fromCharCode(c)), c.toString(16));
  });

  it('reads tabs and invisible spaces as blanks, line breaks not', () => {
    for (const c of [0x09, 0x200b, 0xfeff, 0x2005, 0x2009, 0x202f]) assert.ok(isInlineBlank(c), c.toString(16));
    for (const c of [0x0a, 0x0d, 0x41, 0x2028]) assert.ok(!isInlineBlank(c), c.toString(16));
  });

  it('reads as a blank what \\s matches, and the zero-width space and next-line too', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected = /\s/.test(ch) || c === 0x200b || c === 0x85;
      assert.equal(isBlank(c), expected, c.toString(16));
      assert.equal(isLineBreak(c), expected && !isInlineBlank(c), c.toString(16));
    }
    for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xad, 0xfeff]) assert.ok(isInvisible(c), c.toString(16));
    assert.ok(!isInvisible(0x20));
  });

  it('is the only place that names a space by its code: no reader keeps its own blank list', () => {
    // A space written as a code (0xa0, 0x202f, \u2009…) outside text/chars.ts is a second blank list in the making.
    // format.ts writes the narrow no-break space French typography wants; it reads none.
    const spaceCode = /[=!]==\s*0x(?:a0|1680|200[0-9ab]|202f|205f|3000|feff)\b|\\u(?:00a0|1680|200[0-9ab]|202f|205f|3000|feff)/i;
    const offenders: string[] = [];
    for (const file of typescriptFiles(path.join(ROOT, 'server', 'src'))) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      if (rel === 'server/src/core/text/chars.ts') continue;
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (spaceCode.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line) && !line.includes('export const NNBSP')) offenders.push(`${rel}:${i + 1}`);
        });
    }
    assert.deepEqual(offenders, []);
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
