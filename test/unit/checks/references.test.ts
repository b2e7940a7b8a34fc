// « reference-mismatch »: an amount a document gives a known name, against the
// reference amounts the knowledge base records for it.

import { strict as assert } from 'assert';
import { analyze } from '../../../server/src/core/analysis';

function references(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => d.code === 'reference-mismatch')
    .map((d) => text.slice(d.start, d.end));
}

describe('reference amounts of known names', () => {
  it('sets a name’s stated amount against the amounts the knowledge base records', () => {
    assert.deepEqual(references('Le plan France 2030, doté de 45 Md€, finance l’innovation.'), ['45 Md€']);
    assert.deepEqual(references('Le plan France 2030, doté de 54 Md€, finance l’innovation.'), []);
  });

  it('does not compare a name’s share of another whole, a list item under a region’s total, with its national amount', () => {
    const text = 'La région pilote 1,02 Md€ de fonds européens, qui se répartissent comme suit :\n\n* FEDER : 640 M€ ;\n* FSE+ : 380 M€.\n';
    assert.deepEqual(references(text), []);
  });

  it('does not compare a national scheme’s amount in one territory with its national reference', () => {
    assert.deepEqual(references('L’an dernier, 2 100 logements ont été rénovés dans le département grâce à MaPrimeRénov’, pour 15,3 M€ d’aides.'), []);
    assert.deepEqual(references('Le plan France 2030 a versé localement 45 M€ aux entreprises.'), []);
  });

  it('does not compare a territory’s own plan (« le plan vélo départemental ») with the national one', () => {
    assert.deepEqual(references('Le plan vélo départemental, doté de 12 M€ pour 2025-2029, a été adopté.'), []);
  });
  it('reads a place named in the amount’s clause, or « de la région », as a territory, and a span unlike the reference’s as another plan', () => {
    assert.deepEqual(references('France 2030 : 45 M€ pour 60 entreprises dans le Calvados.'), []);
    assert.deepEqual(references('France 2030 : 45 M€ pour les entreprises de la région.'), []);
    assert.deepEqual(references('Lors de sa visite dans le Calvados, le ministre a rappelé que France 2030 est doté de 45 Md€.'), ['45 Md€']);
    // The knowledge base dates the cycling plan's envelope 2019-2025: a plan the document dates otherwise is another.
    assert.deepEqual(references('Le plan vélo et mobilités actives 2023-2027, doté de 2 Md€, prend la suite.'), []);
    assert.deepEqual(references('Le plan vélo et mobilités actives, doté de 2 Md€, prend la suite.'), ['2 Md€']);
  });

  it('reads a document titled after a territory’s programme as speaking of that territory’s share', () => {
    const doc = (title: string) => `# ${title} : rapport annuel\n\nLe FEDER a programmé 120 M€ sur les 380 M€ de l’enveloppe FEDER 2021-2027.\n`;
    assert.deepEqual(references(doc('Programme régional FEDER 2021-2027')), []);
    assert.deepEqual(references(doc('Programme FEDER 2021-2027')), ['380 M€']);
    // A national text that misquotes the country’s allocation is told the reference.
    assert.deepEqual(references('Le FEDER est doté de 8 Md€ pour la période 2021-2027 en France.'), ['8 Md€']);
  });
  it('does not compare a year’s budget stage (AE or CP) with a multi-year envelope', () => {
    assert.deepEqual(references('MaPrimeRénov’ est dotée de 2,8 Md€ d’autorisations d’engagement dans le projet de loi de finances.'), []);
    assert.deepEqual(references('Le plan France 2030 est doté de 45 Md€ de crédits de paiement.'), []);
    assert.deepEqual(references('Le plan France 2030 est doté de 45 Md€.'), ['45 Md€']);
  });
});
