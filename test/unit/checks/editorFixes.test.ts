// The fixes an analyst reaches from a diagnostic: any one part of a wrong sum,
// either mention of a conflict, the amount of a wrong share, the comment that
// silences a finding on its line (or in its table), and all the typography of
// a document at once. Each one, applied, must make its diagnostic go away and
// leave the rest of the text as it was.

import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';
import { ignoreEdits } from '../../../server/src/core/checks/suppression';
import { typographyFixAll } from '../../../server/src/core/checks/style';
import { Finding } from '../../../server/src/core/types';
import { applyTextEdits } from './helpers';

function only(text: string, code: string): Finding {
  const found = analyze(text).diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code} in « ${text} »: ${JSON.stringify(found.map((f) => f.message))}`);
  return found[0];
}

function cleared(text: string, code: string): boolean {
  return !analyze(text).diagnostics.some((d) => d.code === code);
}

describe('editor fixes', () => {
  it('offers to fix the total or any one part of a wrong sum', () => {
    const text = 'Le fonds est doté de 500 millions d’euros, répartis ainsi : 200 millions d’euros pour les routes, 150 millions d’euros pour les écoles et 100 millions d’euros pour les ponts.\n';
    const f = only(text, 'sum-mismatch');
    const titles = (f.fixes ?? []).map((x) => x.title);
    assert.equal(titles.length, 4, titles.join(' | '));
    assert.ok(titles[0].startsWith('Replace the total'), titles[0]);
    const fixed = (f.fixes ?? []).map((x) => applyTextEdits(text, x.edits));
    assert.ok(fixed[1].includes('250 millions d’euros pour les routes'), fixed[1]);
    assert.ok(fixed[2].includes('200 millions d’euros pour les écoles'), fixed[2]);
    assert.ok(fixed[3].includes('150 millions d’euros pour les ponts'), fixed[3]);
    for (const t of fixed) assert.ok(cleared(t, 'sum-mismatch'), t);
  });

  it('offers to align either mention of a conflict on the other', () => {
    const text = '# Plan\n\nLe PIA4, doté de 20 milliards d’euros, soutient l’innovation.\n\n## Bilan\n\nLe PIA4 et ses 12 milliards d’euros ont financé des projets.\n';
    const f = only(text, 'figure-conflict');
    assert.equal(f.fixes?.length, 2, JSON.stringify(f.fixes));
    const [here, earlier] = f.fixes!.map((x) => applyTextEdits(text, x.edits));
    assert.ok(here.includes('ses 20 milliards'), here);
    assert.ok(earlier.includes('doté de 12 milliards'), earlier);
    assert.ok(cleared(here, 'figure-conflict') && cleared(earlier, 'figure-conflict'));
    assert.ok(f.related?.[0].message.includes('20 milliards'), 'the related line carries the earlier value');
  });

  it('offers to fix the percentage or the amount of a wrong share', () => {
    const text = 'La stratégie représente 1,8 milliard d’euros, dont 667 millions d’euros de crédits publics, soit 45 % de l’ensemble.\n';
    const f = only(text, 'share-mismatch');
    assert.equal(f.fixes?.length, 2, JSON.stringify(f.fixes?.map((x) => x.title)));
    const [pct, amount] = f.fixes!.map((x) => applyTextEdits(text, x.edits));
    assert.ok(pct.includes('37 %') || pct.includes('37\u202f%'), pct);
    assert.ok(amount.includes('810 millions'), amount);
    assert.ok(cleared(pct, 'share-mismatch') && cleared(amount, 'share-mismatch'));
  });

  describe('ignore on this line', () => {
    const sum = 'Le fonds est doté de 500 millions d’euros, répartis ainsi : 200 millions d’euros pour les routes et 150 millions d’euros pour les écoles.';

    it('puts the comment on a line of its own above a paragraph that starts there', () => {
      const text = `# Titre\n\n${sum}\n`;
      const f = only(text, 'sum-mismatch');
      const { scope, edits } = ignoreEdits(text, f.start, f.code, analyze(text).structure.tables);
      assert.equal(scope, 'line');
      const after = applyTextEdits(text, edits);
      assert.equal(after, `# Titre\n\n<!-- policy-lens-disable-next-line sum-mismatch -->\n${sum}\n`);
      assert.ok(cleared(after, 'sum-mismatch'));
    });

    it('ends the line above inside a paragraph, so that the paragraph stays one', () => {
      const text = `# Titre\n\nUn texte d’introduction sans chiffre\n${sum}\n`;
      const f = only(text, 'sum-mismatch');
      const after = applyTextEdits(text, ignoreEdits(text, f.start, f.code).edits);
      assert.ok(after.includes('sans chiffre <!-- policy-lens-disable-next-line sum-mismatch -->\n'), after);
      assert.ok(cleared(after, 'sum-mismatch'));
    });

    it('silences only the code it names', () => {
      const text = `${sum} Il y a 12 000 € de plus.\n`;
      const f = only(text, 'sum-mismatch');
      const after = applyTextEdits(text, ignoreEdits(text, f.start, f.code).edits);
      assert.ok(cleared(after, 'sum-mismatch'));
      assert.ok(!cleared(after, 'nbsp'), 'the typography hint is still there');
    });

    it('wraps a table, whose rows cannot take a comment', () => {
      const text = '# Budget\n\n| Poste | Montant (M€) |\n|---|---|\n| Routes | 200 |\n| Écoles | 150 |\n| **Total** | **400** |\n\nFin.\n';
      const f = only(text, 'table-total');
      const { scope, edits } = ignoreEdits(text, f.start, f.code, analyze(text).structure.tables);
      assert.equal(scope, 'table');
      const after = applyTextEdits(text, edits);
      assert.ok(after.includes('<!-- policy-lens-disable table-total -->\n| Poste'), after);
      assert.ok(after.includes('| **Total** | **400** |\n<!-- policy-lens-enable table-total -->'), after);
      assert.ok(cleared(after, 'table-total'), after);
    });
  });

  it('fixes all the typography of a document at once', () => {
    const text = '# Note\n\nLa commune reçoit 12 000 € pour son école, soit 15% de plus.\n\n| Poste | Montant |\n|---|---|\n| A | 1 200 € |\n| B | 3 400 € |\n';
    const before = analyze(text).diagnostics;
    assert.ok(before.some((d) => d.code === 'nbsp'));
    const after = applyTextEdits(text, typographyFixAll(before));
    assert.ok(cleared(after, 'nbsp'), after);
    assert.equal(after.replace(/\u202f/g, ' ').replace('15 %', '15%'), text);
  });
});
