// dist/server.js is also the worker thread of the server's workspace index and,
// in the .vsix (which ships no cli-worker.js), of the CLI: lsp/entry.ts loads
// the worker when the file runs off the main thread. Run it as the pool's
// script and ask for both kinds of task.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { WorkerPool } from '../../server/src/worker/pool';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const EXAMPLE = path.join(ROOT, 'examples', 'plan-cloud.md');

describe('dist/server.js as a worker thread', function () {
  this.timeout(60000);

  it('answers summary and report tasks without starting a language server', async () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server.js is missing: run npm run build');
    const pool = new WorkerPool(1, { lang: 'fr', settings: {}, glossary: [] }, SERVER);
    try {
      const summary = await pool.run<{ uri: string; mentions: unknown[]; diagnostics: unknown[] }>({ kind: 'summary', file: EXAMPLE });
      assert.ok(summary.uri.endsWith('plan-cloud.md'));
      assert.ok(summary.mentions.length > 0, 'the example names programmes');
      const report = await pool.run<unknown>({ kind: 'report', file: EXAMPLE, format: 'json' });
      assert.ok(report !== null && report !== undefined);
    } finally {
      await pool.close();
    }
  });
});
