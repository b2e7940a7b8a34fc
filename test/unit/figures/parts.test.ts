import { strict as assert } from 'assert';
import { Tk, Tokens, tokenize } from '../../../server/src/core/figures/tokens';
import { newDigitNumber, readDigits } from '../../../server/src/core/figures/digits';
import { newWordNumber, readWords } from '../../../server/src/core/figures/numberWords';
import { LEX } from '../../../server/src/core/figures/lexicon';
import { foldCodes, foldString } from '../../../server/src/core/text/fold';

function tokens(text: string): Tokens {
  const t = new Tokens();
  tokenize(text, 0, text.length, t);
  return t;
}

function digits(text: string): number | null {
  const t = tokens(text);
  const d = newDigitNumber();
  readDigits(t, 0, d);
  if (!d.ok || d.endTok !== t.n - 1) return null;
  return d.mantissa / 10 ** d.decimals;
}

function words(text: string): number | null {
  const t = tokens(text);
  const w = newWordNumber();
  readWords(t, 0, w);
  return w.ok && w.endTok === t.n - 1 ? w.value : null;
}

describe('figures: tokenizer', () => {
  it('splits digits, words, symbols and punctuation with UTF-16 offsets', () => {
    const t = tokens('😀 1,8Md€ d’euros');
    const kinds = Array.from(t.kind.slice(0, t.n));
    assert.deepEqual(kinds, [Tk.Punct, Tk.Punct, Tk.Num, Tk.Punct, Tk.Num, Tk.Word, Tk.Sym, Tk.Word, Tk.Punct, Tk.Word]);
    assert.equal(t.start[2], 3);
    assert.equal(t.lex[8], 39, 'curly apostrophe normalised');
  });
  it('looks words up on their folded form', () => {
    const t = tokens('MILLIARDS Milliards Dollars ÉCU');
    assert.equal(LEX[t.lex[0]].scale, 1e9);
    assert.equal(LEX[t.lex[1]].scale, 1e9);
    assert.equal(LEX[t.lex[2]].currency, 'USD');
    assert.equal(t.lex[3], -1);
  });
  it('keeps case-sensitive abbreviations apart', () => {
    const t = tokens('M m Md md');
    assert.equal(LEX[t.lex[0]].scale, 1e6);
    assert.equal(t.lex[1], -1);
    assert.equal(LEX[t.lex[2]].scaleNeedsCurrency, false);
    assert.equal(LEX[t.lex[3]].scaleNeedsCurrency, true);
  });
  it('folds accents and case', () => {
    assert.equal(foldCodes('Près-Dé'), 'pres-de');
    assert.equal(foldCodes('Œuvre’s'), 'œuvre’s', 'one code for one code: the tokenizer hashes as it scans');
    assert.equal(foldString('Œuvre’s'), "oeuvre's");
  });
});

describe('figures: digit numbers', () => {
  const ok: [string, number][] = [
    ['12 000', 12000], ['12\u00a0000', 12000], ['12\u202f000', 12000], ['1\u2009000\u2009000', 1e6], ['1.200.000', 1200000],
    ['500.000', 500000], ['1,50', 1.5], ['23,5', 23.5], ['10 000,00', 10000], ['125.000,50', 125000.5], ['0,5', 0.5], ['3.5', 3.5], ['0', 0],
  ];
  for (const [text, value] of ok) it(`reads ${JSON.stringify(text)}`, () => assert.equal(digits(text), value));
  // Any one Unicode space groups digits: four-per-em, figure, punctuation, hair, ideographic…
  for (const space of ['\u2000', '\u2002', '\u2004', '\u2005', '\u2008', '\u200a', '\u205f', '\u3000']) {
    it(`groups with U+${space.charCodeAt(0).toString(16).toUpperCase()}`, () => assert.equal(digits(`4${space}250${space}000`), 4250000));
  }
  const unusual: [string, number][] = [
    ['4\u200b0', 40], ['1\u20600\u00ad0', 100], ['2\ufeff5,5', 25.5], ['１２', 12], ['１ ２００', 1200], ['３，５', 3.5], ['1\u200b\u200b000', 1000],
    ["3'750'000", 3750000], ['12’500’000', 12500000], ["12'500.50", 12500.5], ["999'000,5", 999000.5],
  ];
  for (const [text, value] of unusual) it(`reads ${JSON.stringify(text)}`, () => assert.equal(digits(text), value));
  const ko = ['3.2.1', '1,2,3', '01', '007', '1.2345.6', '1' + '0'.repeat(16), "1234'000", "1'000.000,5", "12'500.505"];
  for (const text of ko) it(`refuses ${JSON.stringify(text)}`, () => assert.equal(digits(text), null));
  it('does not group a four-digit first part', () => {
    const t = tokens('2021 300');
    const d = newDigitNumber();
    readDigits(t, 0, d);
    assert.equal(d.mantissa, 2021);
    assert.equal(d.endTok, 0);
    assert.equal(d.yearLike, true);
  });
  it('an apostrophe before other than three digits is not a group', () => {
    const t = tokens("12'30");
    const d = newDigitNumber();
    readDigits(t, 0, d);
    assert.equal(d.mantissa, 12);
    assert.equal(d.endTok, 0);
  });
  it('a zero-width space, word joiner or soft hyphen at the edge of a number is not part of it', () => {
    const t = tokens('40\u200b M€');
    assert.equal(t.kind[0], Tk.Num);
    assert.equal(t.end[0], 2);
    assert.equal(t.digits(0), 2);
  });
  it('counts digits, not UTF-16 units, in a run with invisible characters', () => {
    const t = tokens('1\u00ad2\u200b3');
    assert.equal(t.n, 1);
    assert.equal(t.digits(0), 3);
    assert.equal(t.length(0), 5);
  });
  it('does not group two-digit groups', () => {
    const t = tokens('12 34');
    const d = newDigitNumber();
    readDigits(t, 0, d);
    assert.equal(d.mantissa, 12);
  });
});

describe('figures: number words', () => {
  const cases: [string, number][] = [
    ['un', 1], ['vingt et un', 21], ['soixante-dix', 70], ['soixante et onze', 71], ['quatre-vingts', 80], ['quatre-vingt-dix-neuf', 99],
    ['dix-sept', 17], ['deux cents', 200], ['trois cent cinquante', 350], ['mille', 1000], ['vingt mille', 20000],
    ['deux mille vingt-quatre', 2024], ['cent un', 101], ['septante-deux', 72], ['nonante', 90], ['cinq cent mille', 500000],
  ];
  for (const [text, value] of cases) it(`reads ${text}`, () => assert.equal(words(text), value));
  it('stops where French stops', () => {
    assert.equal(words('deux trois'), null);
    const t = tokens('vingt vingt');
    const w = newWordNumber();
    readWords(t, 0, w);
    assert.equal(w.value, 20);
    assert.equal(w.endTok, 0);
  });
});
