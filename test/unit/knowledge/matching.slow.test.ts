// The names stage's throughput (test:slow): the known names are found in
// French prose at 20 MB/s or more.

import { strict as assert } from 'assert';
import { builtinKnowledge } from '../../../server/src/core/knowledge/index';
import { findEntities } from '../../../server/src/core/knowledge/mentions';
import { parseStructure } from '../../../server/src/core/structure';

const k = builtinKnowledge();

describe('matching speed', () => {
  // The names stage as the analysis runs it: the structure (blocks, sentences) is read once for every stage, before.
  it('reads French prose at 20 MB/s or more', function () {
    this.timeout(60000);
    const sentences = [
      'Le ministère a présenté une feuille de route pour moderniser les infrastructures numériques des services déconcentrés.',
      'Près de 1,8 milliard d’euros seront engagés d’ici 2027, en partie au titre de France 2030 et du PIA 4.',
      'Les collectivités, les opérateurs et les entreprises participeront à un comité de suivi qui se réunira chaque trimestre.',
      'L’hébergement des données sensibles devra reposer sur une offre qualifiée SecNumCloud par l’ANSSI.',
      'Une évaluation indépendante est prévue à mi-parcours, et la Cour des comptes rendra un avis.',
    ];
    let text = '';
    let i = 0;
    while (text.length < 4_000_000) text += sentences[i++ % sentences.length] + (i % 7 === 0 ? '\n\n' : ' ');
    const bytes = Buffer.byteLength(text, 'utf8');
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const copy = String(r) + text; // a fresh string each run, no cache
      const structure = parseStructure(copy, { markdown: true });
      // CPU time of this process, so that other work on the machine does not count.
      const t0 = process.cpuUsage();
      const found = findEntities(copy, k, undefined, { structure });
      const used = process.cpuUsage(t0);
      const ms = (used.user + used.system) / 1000;
      assert.ok(found.length > 1000);
      best = Math.min(best, ms);
    }
    const mbPerSecond = bytes / 1e6 / (best / 1000);
    console.log(`      matching speed: ${mbPerSecond.toFixed(1)} MB/s on ${(bytes / 1e6).toFixed(1)} MB`);
    assert.ok(mbPerSecond >= 20, `${mbPerSecond.toFixed(1)} MB/s`);
  });
});
