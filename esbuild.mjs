// Bundles the three entry points. Everything the extension needs at run time
// ends up in dist/, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The knowledge base is JSON imported by the core; esbuild inlines it.
  loader: { '.json': 'json' },
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
