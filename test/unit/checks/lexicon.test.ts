// The cue lexicon: every form it generates is found in text as one cue with
// its roles (a form that can never match — say one cut at an apostrophe the
// way words.ts does not cut — would be a silent hole), inflections follow the
// paradigms, and phrases win over the words inside them.

import { strict as assert } from 'assert';
import { LEXICON, formsOf } from '../../../server/src/core/checks/lexicon';
import { cueOf, has, tagCues, wordsOf } from '../../../server/src/core/checks/cues';
import { itemize } from '../../../server/src/core/checks/words';
import { FACTOR_WORDS } from '../../../server/src/core/checks/find/index';

describe('cue lexicon', () => {
  it('finds every generated form in text, as one cue with the entry’s roles', () => {
    const holes: string[] = [];
    for (const e of LEXICON) {
      for (const form of formsOf(e)) {
        const items = itemize(form, { start: 0, end: form.length }, [], []);
        const cue = tagCues(items)[0];
        if (!cue || cue.length !== wordsOf(form).length || !e.roles.every((r) => has(cue, r))) holes.push(`${e.lemma}: « ${form} »`);
      }
    }
    assert.deepEqual(holes, []);
  });

  it('inflects verbs, nouns and adjectives', () => {
    for (const w of ['repartit', 'repartissent', 'reparti', 'reparties', 'ventile', 'ventilees', 'decomposent', 'comprennent', 'proviennent']) assert.ok(has(cueOf(w), 'distribution') || has(cueOf(w), 'origin'), w);
    for (const w of ['annuel', 'annuelle', 'annuels', 'annuelles']) assert.ok(has(cueOf(w), 'yearly'), w);
    for (const w of ['hausse', 'hausses', 'augmente', 'augmentation', 'progresse']) assert.ok(has(cueOf(w), 'rise'), w);
    assert.ok(has(cueOf('double'), 'factor') && cueOf('triple')?.value === 3);
  });

  it('prefers the longest phrase: « crédits de paiement » is a basis, « l’an dernier » no rate', () => {
    const tag = (text: string) => tagCues(itemize(text, { start: 0, end: text.length }, [], []));
    assert.ok(has(tag('crédits de paiement')[0], 'mixed-basis'));
    assert.ok(!has(tag('crédits de paiement')[0], 'whole-noun'));
    assert.ok(has(tag('l’an dernier')[0], 'time'));
    assert.ok(!has(tag('l’an dernier')[0], 'yearly'));
    assert.ok(has(tag('300 € l’an')[tag('300 € l’an').length - 2], 'yearly'));
  });

  it('reads « les principaux » and « coût moyen » as cues, not « budget principal » or « les moyennes entreprises »', () => {
    const roles = (text: string) => tagCues(itemize(text, { start: 0, end: text.length }, [], [])).filter(Boolean).flatMap((c) => [...c!.roles]);
    assert.ok(roles('les principaux postes').includes('partial'));
    assert.ok(!roles('le budget principal').includes('partial'));
    assert.ok(roles('un coût moyen de').includes('basis'));
    assert.ok(!roles('les moyennes entreprises').includes('basis'));
  });
  it('lets every factor word of the lexicon through the quick test a sentence with no digit is read by', () => {
    const factors = LEXICON.filter((e) => e.roles.includes('factor'));
    assert.ok(factors.length >= 3);
    for (const e of factors) for (const form of formsOf(e)) assert.ok(FACTOR_WORDS.test(form), form);
  });
});

describe('items of a sentence', () => {
  it('skips control characters and reads a run of one sign as one item', () => {
    const text = 'Total\u0000\u0000\u0000 : 12 ===== fin...';
    const items = itemize(text, { start: 0, end: text.length }, [], []);
    assert.deepEqual(
      items.map((it) => (it.kind === 'word' ? it.f : it.kind === 'punct' ? it.ch : it.kind)),
      ['total', ':', '12', '=', 'fin', '.'],
    );
    // Memory in proportion to the words, not to a 1 MB run of NULs.
    const nul = 'Le plan.' + '\u0000'.repeat(1_000_000);
    assert.equal(itemize(nul, { start: 0, end: nul.length }, [], []).length, 3);
  });
});
