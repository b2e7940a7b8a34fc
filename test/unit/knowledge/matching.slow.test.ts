// The names stage's throughput (test:slow): the known names are found in
// French prose at 10 MB/s or more, measured in a fresh process (after the
// other slow tests, the heap and the collector's work say more about them than
// about the names stage). CPU time on this kind of virtual machine varies by
// half from one run to the next (15 to 28 MB/s here on an idle machine), so
// the test holds a floor that catches a lost linear pass or a per-token cost
// gone wrong, and prints the speed it measured.

import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

/** Runs in the child: builds 4 MB of prose, reads it eight times, prints the best MB/s in CPU time. */
function measure(root: string): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { builtinKnowledge } = require(path.join(root, 'server/src/core/knowledge/index')) as typeof import('../../../server/src/core/knowledge/index');
  const { findEntities } = require(path.join(root, 'server/src/core/knowledge/mentions')) as typeof import('../../../server/src/core/knowledge/mentions');
  const { parseStructure } = require(path.join(root, 'server/src/core/structure')) as typeof import('../../../server/src/core/structure');
  const k = builtinKnowledge();
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
  let found = 0;
  for (let r = 0; r < 8; r++) {
    const copy = String(r) + text; // a fresh string each run, no cache
    // The names stage as the analysis runs it: the structure is read once for every stage, before.
    const structure = parseStructure(copy, { markdown: true });
    const t0 = process.cpuUsage();
    found = findEntities(copy, k, undefined, { structure }).length;
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  process.stdout.write(JSON.stringify({ mbPerSecond: bytes / 1e6 / (best / 1000), mb: bytes / 1e6, found }));
}

describe('matching speed', () => {
  it('reads French prose at 10 MB/s or more', function () {
    this.timeout(120000);
    // out/test/unit/knowledge → out/
    const root = path.resolve(__dirname, '../../..');
    const script = `(${measure.toString()})(${JSON.stringify(root)})`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', `const path = require('path');\n${script}`], { encoding: 'utf8' })) as {
      mbPerSecond: number;
      mb: number;
      found: number;
    };
    console.log(`      matching speed: ${out.mbPerSecond.toFixed(1)} MB/s on ${out.mb.toFixed(1)} MB`);
    assert.ok(out.found > 1000, `${out.found} names found`);
    assert.ok(out.mbPerSecond >= 10, `${out.mbPerSecond.toFixed(1)} MB/s`);
  });
});
