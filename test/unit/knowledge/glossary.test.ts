// Workspace glossaries: valid files, overrides of built-in entries, and
// malformed input, which must give findings and never throw.

import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { buildKnowledge, builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { parseGlossary } from '../../../server/src/core/knowledge/glossary';
import { readLoneAmount } from '../../../server/src/core/figures/single';
import { findEntities } from '../../../server/src/core/knowledge/mentions';

const URI = 'file:///ws/policy-lens.glossary.md';

const VALID = `# Glossaire du service

Ce fichier complète la base de Policy Lens.

## Territoires connectés
- kind: programme
- variants: TC; Territoires-Connectés
- body: Agence régionale du numérique
- date: 2023-05-01
- link: https://example.org/tc
- amount: 45 M€ — enveloppe 2023-2025
- source: https://example.org/tc — date et montant
- en: Regional scheme equipping rural town halls.

Dispositif régional qui équipe les mairies rurales
en outils numériques.

## SecNumCloud
- variants: SNC-Q
- amount: 3 M€ — coût moyen d’une qualification

## Observatoire du cloud public
- type: institution
`;

describe('glossary parsing', () => {
  it('reads terms, fields and descriptions', () => {
    const { entries, findings } = parseGlossary(VALID, URI);
    assert.deepEqual(findings, []);
    assert.equal(entries.length, 3);
    const tc = entries[0];
    assert.equal(tc.id, 'territoires-connectes');
    assert.equal(tc.kind, 'programme');
    assert.deepEqual(tc.variants, ['TC', 'Territoires-Connectés']);
    assert.equal(tc.body, 'Agence régionale du numérique');
    assert.equal(tc.date, '2023-05-01');
    assert.equal(tc.link, 'https://example.org/tc');
    assert.deepEqual(tc.amounts, [{ value: 45e6, currency: 'EUR', text: '45 M€', covers: { fr: 'enveloppe 2023-2025', en: 'enveloppe 2023-2025' } }]);
    assert.equal(tc.sources[0].url, 'https://example.org/tc');
    assert.equal(tc.description.fr, 'Dispositif régional qui équipe les mairies rurales en outils numériques.');
    assert.equal(tc.description.en, 'Regional scheme equipping rural town halls.');
    assert.equal(tc.origin, 'glossary');
    assert.equal(entries[2].kind, 'institution');
  });

  it('records where each term is written', () => {
    const { entries } = parseGlossary(VALID, URI);
    const at = entries[0].definedAt!;
    assert.equal(at.uri, URI);
    assert.equal(VALID.slice(at.start, at.end), 'Territoires connectés');
  });

  it('adds new names and overrides built-in ones', () => {
    const { entries } = parseGlossary(VALID, URI);
    const k = buildKnowledge(entries);
    assert.equal(k.size, builtinKnowledge().size + 2);
    const snc = k.entry('secnumcloud')!;
    assert.equal(snc.origin, 'glossary');
    assert.equal(snc.kind, 'qualification', 'fields the glossary does not set come from the built-in entry');
    assert.ok(snc.variants.includes('SNC-Q'));
    assert.equal(snc.amounts?.[0].value, 3e6);
    assert.ok(snc.description.fr.length > 20);
    const text = 'Le TC et la qualification SNC-Q ; SecNumCloud 3.2 reste intacte. Territoires connectés.';
    assert.deepEqual(findEntities(text, k).map((m) => `${m.id}/${m.origin}`), [
      'territoires-connectes/glossary',
      'secnumcloud/glossary',
      'secnumcloud-3-2/builtin',
      'territoires-connectes/glossary',
    ]);
    // The built-in index is untouched.
    assert.equal(builtinKnowledge().entry('secnumcloud')!.origin, 'builtin');
  });

  it('overrides a built-in entry named by one of its variants', () => {
    const { entries } = parseGlossary('## PIA 4\n- body: Secrétariat général pour l’investissement (SGPI)\n', URI);
    const k = buildKnowledge(entries);
    assert.equal(k.entry('pia4')!.body, 'Secrétariat général pour l’investissement (SGPI)');
    assert.equal(k.size, builtinKnowledge().size);
  });

  it('reports malformed entries with offsets in the glossary', () => {
    const text = '## Bidule\n- kind: gadget\n- couleur: bleu\n- variants\n- amount: beaucoup\n- link: ftp://x\n- date:\n## \n## Bidule\n- kind: label\n';
    const { entries, findings } = parseGlossary(text, URI);
    const codes = findings.map((f) => f.code);
    assert.deepEqual(codes, [
      'glossary-unknown-kind',
      'glossary-unknown-field',
      'glossary-syntax',
      'glossary-amount',
      'glossary-syntax',
      'glossary-syntax',
      'glossary-syntax',
      'glossary-duplicate',
    ]);
    assert.equal(text.slice(findings[0].start, findings[0].end), 'gadget');
    assert.equal(text.slice(findings[1].start, findings[1].end), 'couleur');
    const dup = findings[7];
    assert.equal(text.slice(dup.start, dup.end), 'Bidule');
    assert.ok(dup.start > text.indexOf('## Bidule') + 3);
    assert.equal(dup.related?.[0].start, 3);
    assert.equal(entries.length, 1);
    assert.ok(findings.every((f) => f.severity === 'warning'));
  });

  it('reports a variant that already names another entry', () => {
    const { entries, findings } = parseGlossary('## Alpha\n- variants: Beta; Gamma\n\n## Beta\n', URI);
    assert.deepEqual(findings.map((f) => f.code), ['glossary-duplicate']);
    assert.deepEqual(entries[0].variants, ['Gamma']);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const text = Buffer.from(bytes).toString('latin1');
        const r = parseGlossary(text, URI);
        assert.ok(Array.isArray(r.entries) && Array.isArray(r.findings));
        for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('## ', '- ', 'kind: ', 'variants: ', ';', 'amount: ', '1,8 Md€', '\n', '\r\n', '«', ' ', 'x', '```', '#', ':'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const r = parseGlossary(text, URI);
        buildKnowledge(r.entries);
      }),
      { numRuns: 300 },
    );
  });
});

describe('glossary amounts', () => {
  const cases: Array<[string, number, string] | [string, null]> = [
    ['1,8 Md€', 1.8e9, 'EUR'],
    ['667 M€', 667e6, 'EUR'],
    ['30 milliards d’euros', 30e9, 'EUR'],
    ['12 000 €', 12000, 'EUR'],
    ['1\u202f791 M€', 1791e6, 'EUR'],
    ['$1.2bn', 1.2e9, 'USD'],
    ['45 M', 45e6, 'EUR'],
    ['  2,5 milliards de dollars ', 2.5e9, 'USD'],
    ['deux millions d’euros', 2e6, 'EUR'],
    ['12 000', 12000, 'EUR'],
    ['beaucoup', null],
    ['12 pommes', null],
    ['3 M€ et 4 M€', null],
    ['environ 3 M€ par an', null],
    ['', null],
  ];
  for (const c of cases) {
    it(`reads « ${c[0]} »`, () => {
      const r = readLoneAmount(c[0]);
      if (c[1] === null) assert.equal(r, null);
      else assert.deepEqual(r, { value: c[1], currency: c[2] });
    });
  }
});
