// --typography grouped|each, and the summary line in French with --lang fr.

import { strict as assert } from 'assert';
import { runCli, tempFolder } from './helpers';

describe('CLI: typography and language', function () {
  this.timeout(60_000);
  const dir = tempFolder('policy-lens-options-');
  const text = '# Note\n\nLa commune reçoit 12 000 € pour son école et 3 400 € pour la cantine, soit 15% du budget.\n';
  const file = dir.file('note.md', text);
  after(() => dir.remove());

  const nbspLines = (out: string) => out.split('\n').filter((l) => / nbsp /.test(l));

  it('groups typography hints by default and gives one per figure with --typography each', async () => {
    const grouped = await runCli(['analyze', file]);
    assert.equal(nbspLines(grouped.stdout).length, 1, grouped.stdout);
    const each = await runCli(['analyze', '--typography', 'each', file]);
    assert.equal(nbspLines(each.stdout).length, 3, each.stdout);
  });

  it('refuses any other --typography', async () => {
    const run = await runCli(['analyze', '--typography', 'some', file]);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /--typography must be grouped or each/);
  });

  it('writes its summary in French with --lang fr, each count agreeing with its noun', async () => {
    const run = await runCli(['analyze', '--lang', 'fr', file]);
    const last = run.stdout.trim().split('\n').pop()!;
    assert.equal(last, '1 fichier, 2 montants\u00a0: 0 erreur, 0 avertissement, 1 remarque', run.stdout);
  });

  it('keeps the English summary scripts read', async () => {
    const run = await runCli(['analyze', '--lang', 'en', file]);
    assert.match(run.stdout.trim().split('\n').pop()!, /^1 file\(s\), 2 amount\(s\): 0 error\(s\), 0 warning\(s\), 1 note\(s\)$/);
  });
});
