// Bundles the three entry points. Everything the extension needs at run time
// ends up in dist/, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// The knowledge base (server/data/knowledge/*.json, imported by the core) is
// written once as dist/knowledge.json and read by every bundle from beside it:
// inlined, it was shipped three times in the .vsix (server, worker, CLI).
const KNOWLEDGE = path.resolve('server/data/knowledge');
mkdirSync('dist', { recursive: true });
const families = {};
for (const f of readdirSync(KNOWLEDGE).filter((x) => x.endsWith('.json')).sort()) families[f] = JSON.parse(readFileSync(path.join(KNOWLEDGE, f), 'utf8'));
writeFileSync('dist/knowledge.json', JSON.stringify(families));
const knowledgeBesideBundle = {
  name: 'knowledge-beside-bundle',
  setup(build) {
    build.onResolve({ filter: /data[\\/]knowledge[\\/][^\\/]+\.json$/ }, (args) => ({ path: path.basename(args.path), namespace: 'knowledge' }));
    build.onLoad({ filter: /.*/, namespace: 'knowledge' }, (args) => ({
      contents: `module.exports = require(require('path').join(__dirname, 'knowledge.json'))[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.json': 'json' },
  plugins: [knowledgeBesideBundle],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server, and (as a worker thread) the workers of its workspace index: lsp/entry.ts.
  { entryPoints: ['server/src/lsp/entry.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The CLI's worker threads: reports only, without the language server's protocol code.
  { entryPoints: ['server/src/worker/cli.ts'], outfile: 'dist/cli-worker.js' },
];

// The built-in name index, made once here (server/src/core/knowledge/snapshot.ts):
// every start of the CLI, the server and the workers reads it back instead of
// folding each spelling of the knowledge base again.
async function writeKnowledgeIndex() {
  const entry = `
    import { builtinEntries } from './server/src/core/knowledge/index';
    import { indexEntries } from './server/src/core/knowledge/indexParts';
    import { snapshotOf } from './server/src/core/knowledge/snapshot';
    const entries = builtinEntries();
    module.exports = JSON.stringify(snapshotOf(indexEntries(entries), entries));
  `;
  const made = await esbuild.build({
    stdin: { contents: entry, resolveDir: path.resolve('.'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
    loader: { '.json': 'json' },
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-lens-index-'));
  try {
    const file = path.join(dir, 'make-index.cjs');
    writeFileSync(file, made.outputFiles[0].text);
    writeFileSync('dist/knowledge-index.json', createRequire(import.meta.url)(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
await writeKnowledgeIndex();

if (watch) {
  for (const e of entries) {
    const ctx = await esbuild.context({ ...shared, ...e });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...shared, ...e })));
}
