// An Analyzer that follows a document through random edits gives, at every
// version, exactly what analyze() gives on that version's text from scratch:
// the chunks it keeps and the chunk boundaries it re-decides near each edit
// are the ones a fresh analysis would find. Documents are built from blocks
// that exercise every way chunks meet (headings, lists after a colon, tables
// under a caption, fences, « Sur ce total » paragraphs, definitions used
// before and after, suppression comments), and edits insert the characters
// that change structure (blank lines, `#`, fences, bullets, pipes, CR).

import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../../server/src/core/analysis';
import { assertWellFormed, moneyText } from './arbitraries';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20250611;

const BLOCKS = [
  '# Plan de relance\n\n',
  '## Financement\n',
  'Le fonds est doté de 1,8 Md€.\n\n',
  'Sur ce total, l’État apporte 667 M€, l’Europe 444 M€ et le privé 680 M€.\n\n',
  'Cette enveloppe se répartit ainsi :\n\n- 40 M€ pour A ;\n- 30 M€ pour B ;\n- 35 M€ pour C.\n\n',
  'En millions d’euros :\n\n| Poste | Montant |\n|---|---|\n| A | 12 |\n| B | 30 |\n| **Total** | **42** |\n\n',
  '```\nexemple : 12 M€\n\n# pas un titre\n```\n\n',
  'Un label « Cloud Souverain Local » a été créé en 2024.\n\n',
  'Le Cloud Souverain Local est doté de 20 M€. Le label Cloud Souverain Local a ses 25 M€.\n\n',
  'Le PIA4 est doté de 20 Md€. Plus loin, le PIA4 et ses 12 Md€.\n\n',
  '<!-- policy-lens-disable nbsp -->\nDe 12 000 € à 15 000 €.\n<!-- policy-lens-enable -->\n\n',
  'La Région apporte 2 Md€, puis 3 Mds€ et enfin 4 Mrd€.\n\n',
  'Elle comprend 5 M€ pour A et 7 M€ pour B.\n',
  'Texte sans chiffre. Un autre. Encore un.\n\n',
  'Rien à signaler.\n\n',
  'Avis favorable.\n',
];

const SNIPPETS = ['\n\nSur ce total, 60 M€ pour A et 50 M€ pour B.\n\n', '\n\nCette enveloppe comprend 70 M€ pour A.\n\n', '\n', '\n\n', '# ', '## ', '```\n', '- ', '| ', ' |', ':', '.', ' ', '\r\n', '\r', 'Sur ce total, ', 'dont 5 M€ ', '« ', ' »', '1,5', 'Md€', ''];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constantFrom(...BLOCKS), moneyText.map((s) => s.slice(0, 80))),
});

describe('robustness: the incremental analyzer', function () {
  this.timeout(120000);

  it('analyses every version of a randomly edited document as analyze() does from scratch', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 24 }), fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), (blocks, edits, markdown) => {
        let text = blocks.join('');
        const analyzer = new Analyzer();
        assert.deepStrictEqual(analyzer.analyze(text, { markdown }), analyze(text, { markdown }));
        for (const e of edits) {
          const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const live = analyzer.analyze(text, { markdown });
          assertWellFormed(text, live);
          assert.deepStrictEqual(live, analyze(text, { markdown }), `after an edit at ${at}: ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 400, seed },
    );
  });
});
