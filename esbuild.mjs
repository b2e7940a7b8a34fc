// Bundles the three entry points. Everything the extension needs at run time
// ends up in dist/, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Worker threads of the CLI and of the workspace index.
  { entryPoints: ['server/src/worker/main.ts'], outfile: 'dist/worker.js' },
  // The CLI's worker threads: reports only, without the language server's protocol code.
  { entryPoints: ['server/src/worker/cli.ts'], outfile: 'dist/cli-worker.js' },
];

if (watch) {
  for (const e of entries) {
    const ctx = await esbuild.context({ ...shared, ...e });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...shared, ...e })));
}
