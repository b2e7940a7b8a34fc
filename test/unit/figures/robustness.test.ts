import { strict as assert } from 'assert';
import { checkInvariants, figures } from './helpers';
import { recognizeFigures } from '../../../server/src/core/figures/recognize';
import { parseStructure } from '../../../server/src/core/structure';

describe('figures: offsets and hostile input', () => {
  it('offsets stay UTF-16 after emoji (surrogate pairs)', () => {
    const text = '🚀🇫🇷 Le plan 🤝 apporte 1,8 Md€ 💶 et 12 %.';
    const { amounts, percentages } = figures(text);
    assert.equal(amounts.length, 1);
    assert.equal(amounts[0].start, text.indexOf('1,8'));
    assert.equal(amounts[0].end, text.indexOf('Md€') + 3);
    assert.equal(percentages[0].start, text.indexOf('12 %'));
  });
  it('offsets with CRLF line ends', () => {
    const text = 'Premier paragraphe.\r\n\r\nLe fonds gère 300 M€.\r\nPuis 200 millions.\r\n';
    const { amounts } = figures(text);
    assert.deepEqual(
      amounts.map((a) => [a.text, a.start, a.currencyInferred]),
      [
        ['300 M€', text.indexOf('300'), false],
        ['200 millions', text.indexOf('200'), true],
      ],
    );
  });
  it('offsets in plain text without a byte-order mark', () => {
    const text = 'Budget : 45 000 €';
    const r = recognizeFigures(text, parseStructure(text, { markdown: false }));
    assert.equal(r.amounts[0].start, 9);
    assert.equal(r.amounts[0].end, text.length);
  });
  it('a leading byte-order mark does not shift offsets', () => {
    const text = '\ufeffBudget : 45 000 €';
    const { amounts } = figures(text);
    assert.equal(amounts[0].start, 10);
  });
  it('amounts in headings, list items and table cells', () => {
    const text = '# Plan de 3 Md€\n\n1. Volet A : 2 M€\n\n| Poste | Montant |\n|---|---|\n| Cloud | 450 000 € |\n';
    const { amounts } = figures(text);
    assert.deepEqual(amounts.map((a) => a.text), ['3 Md€', '2 M€', '450 000 €']);
  });
  it('NUL, lone surrogates and control characters give a result', () => {
    const text = '\u0000\ud800 12 €\udc00\u0007 3 M€ \ud83d';
    const r = figures(text);
    checkInvariants(text, r);
    assert.deepEqual(r.amounts.map((a) => a.text), ['12 €', '3 M€']);
  });
  it('an empty text and blank text', () => {
    assert.deepEqual(figures(''), { amounts: [], percentages: [], suspects: [] });
    assert.deepEqual(figures('  \n\n \t'), { amounts: [], percentages: [], suspects: [] });
  });
  it('an empty structure still reads the text', () => {
    const r = recognizeFigures('Coût : 12 €', { blocks: [], paragraphs: [], sections: [], tables: [], sentences: [] });
    assert.equal(r.amounts.length, 1);
  });
  it('more than 15 significant digits are skipped', () => {
    assert.equal(figures('Un montant de 1 234 567 890 123 456 € est absurde.').amounts.length, 0);
    assert.equal(figures('Un montant de 123 456 789 012 € est lu.').amounts[0].value, 123456789012);
  });
});
