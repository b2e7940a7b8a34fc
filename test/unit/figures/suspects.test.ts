import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { figures } from './helpers';
import { analyze } from '../../../server/src/core/analysis';
import { parseStructure } from '../../../server/src/core/structure';
import { suspiciousFigureFindings } from '../../../server/src/core/figures/suspectFindings';
import { Translate, untranslated } from '../../../server/src/core/messages';

function suspects(text: string, markdown = true): string[] {
  return figures(text, markdown).suspects.map((s) => text.slice(s.start, s.end));
}

function amounts(text: string): string[] {
  return figures(text).amounts.map((a) => a.text);
}

describe('figures: broken figures', () => {
  const BROKEN: [string, string, string][] = [
    ['a space after the decimal comma', 'Le chantier a coûté 42, 7 M€ en tout.', '42, 7 M€'],
    ['a space before the decimal comma', 'La subvention atteint 18 ,5 M€ cette année.', '18 ,5 M€'],
    ['two decimals after the space', 'Le ticket passe à 3, 45 € au 1er mars.', '3, 45 €'],
    ['a percentage', 'La part de l’État tombe à 12, 5 % du total.', '12, 5 %'],
    ['a space after a decimal point before a scale', 'Le groupe annonce 2. 4 milliards de dollars de pertes.', '2. 4 milliards de dollars'],
    ['groups that are not one number', 'Chaque famille reçoit 12 50 € par mois.', '12 50 €'],
    ['a four-digit group', 'Le devis monte à 3 2500 € hors taxes.', '3 2500 €'],
    ['a verb between a numbering noun and the figure', 'Le volet coûte 18 ,5 M€.', '18 ,5 M€'],
    ['with a scale word', 'Il manque 1, 2 milliard d’euros.', '1, 2 milliard d’euros'],
  ];
  for (const [name, text, broken] of BROKEN) {
    it(`${name} is listed, and not read as an amount`, () => {
      assert.deepEqual(suspects(text), [broken]);
      assert.deepEqual(amounts(text), []);
      assert.deepEqual(figures(text).percentages, []);
    });
  }

  const SOUND: [string, string, string[]][] = [
    ['a year then an amount', 'En 2022, 7 M€ ont été versés aux communes.', ['7 M€']],
    ['a count then an amount', 'Pour 12 lauréats, 3 M€ sont engagés.', ['3 M€']],
    ['an article number', 'Selon l’article 12, 7 M€ sont réservés.', ['7 M€']],
    ['a numbered line in plain text', '1. 6 milliards d’euros pour la santé\n2. 4 milliards d’euros pour l’école', ['6 milliards d’euros', '4 milliards d’euros']],
    ['an enumeration', 'Les lots valent 3, 4 et 5 M€.', ['3', '4', '5 M€']],
    ['a well-written decimal', 'Le budget atteint 42,7 M€.', ['42,7 M€']],
    ['grouped thousands', 'Une aide de 12 500 € est versée.', ['12 500 €']],
    ['a sentence that ends on a number', 'Le lycée compte 450 élèves. 6 M€ financent sa rénovation.', ['6 M€']],
    ['a date then an amount', 'Le 14 mars 2024, 2 M€ ont été notifiés.', ['2 M€']],
    ['a long number then a comma', 'Sur 1 250, 8 M€ vont aux écoles.', ['8 M€']],
    ['a numbered road, then an amount', 'La route départementale 12 40 M€ et la zone industrielle 3 15 M€.', ['40 M€', '15 M€']],
  ];
  for (const [name, text, want] of SOUND) {
    it(`not suspicious: ${name}`, () => {
      assert.deepEqual(suspects(text, false), []);
      assert.deepEqual(figures(text, false).amounts.map((a) => a.text), want);
    });
  }
});

describe('the suspicious-figure hint', () => {
  it('is a hint on the whole figure, with a fix that joins the number', () => {
    const text = 'Le chantier a coûté 42, 7 M€ en tout.';
    const d = analyze(text).diagnostics.filter((x) => x.code === 'suspicious-figure');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'hint');
    assert.equal(text.slice(d[0].start, d[0].end), '42, 7 M€');
    assert.match(d[0].message, /42,7 M€/);
    const edit = d[0].fixes?.[0].edits[0];
    assert.ok(edit);
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.equal(fixed, 'Le chantier a coûté 42,7 M€ en tout.');
    const again = analyze(fixed);
    assert.deepEqual(again.amounts.map((a) => a.value), [42.7e6]);
    assert.equal(again.diagnostics.filter((x) => x.code === 'suspicious-figure').length, 0);
  });
  it('offers no fix where the intended number is unclear', () => {
    const d = analyze('Chaque famille reçoit 12 50 € par mois.').diagnostics.filter((x) => x.code === 'suspicious-figure');
    assert.equal(d.length, 1);
    assert.equal(d[0].fixes, undefined);
  });
  it('can be turned off by its code', () => {
    const a = analyze('Le chantier a coûté 42, 7 M€.', { settings: { disabled: ['suspicious-figure'] } });
    assert.equal(a.diagnostics.filter((x) => x.code === 'suspicious-figure').length, 0);
  });
  it('points at the figure in a later chunk of a long document', () => {
    let text = '';
    for (let i = 0; i < 30; i++) text += `## Partie ${i}\n\nLe volet ${i} reçoit 3 M€.\n\n`;
    text += 'Le dernier volet coûte 18 ,5 M€.\n';
    const d = analyze(text).diagnostics.filter((x) => x.code === 'suspicious-figure');
    assert.equal(d.length, 1);
    assert.equal(text.slice(d[0].start, d[0].end), '18 ,5 M€');
  });
  it('reads the text again for a structure the recogniser has not seen', () => {
    const text = 'Le chantier a coûté 42, 7 M€.';
    const f = suspiciousFigureFindings(text, parseStructure(text, { markdown: true }), untranslated);
    assert.equal(f.length, 1);
  });
  it('is translated', () => {
    const bundle = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    const fr: Translate = (m, ...args) => untranslated(bundle[m] ?? `MISSING ${m}`, ...args);
    const text = 'Le chantier a coûté 42, 7 M€.';
    const f = suspiciousFigureFindings(text, parseStructure(text, { markdown: true }), fr);
    assert.match(f[0].message, /^« 42, 7 M€ » ressemble à un montant mal écrit/);
    assert.equal(f[0].fixes?.[0].title, 'Écrire « 42,7 M€ »');
  });
  it('reads a list of shares after class labels (« CCMU 2, 11,2 % ») as shares, not as a broken figure', () => {
    const text = 'Passages : 27,4 % en CCMU 1, 58,1 % en CCMU 2, 11,2 % en CCMU 3, 3,3 % en GIR 4, 5 % ailleurs.';
    assert.deepEqual(suspects(text, false), []);
    assert.deepEqual(figures(text, false).percentages.map((p) => p.text), ['27,4 %', '58,1 %', '11,2 %', '3,3 %', '5 %']);
    // A lower-case word before the number leaves the broken figure seen.
    assert.deepEqual(suspects('La facture atteint 2, 5 M€.', false), ['2, 5 M€']);
  });
});
