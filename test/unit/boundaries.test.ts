// The architecture's rules, checked: the core imports no editor or protocol
// library, and runs no regular expression on user text.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

import { ROOT, typescriptFiles as sources } from '../helpers/sources';
const CORE = path.join(ROOT, 'server', 'src', 'core');


describe('architecture boundaries', () => {
  const files = sources(CORE);

  it('finds the core sources', () => {
    assert.ok(files.length >= 5, files.join(', '));
  });

  it('keeps the core free of editor and protocol libraries', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const line of text.split('\n')) {
        const m = /^\s*(?:import|export)\b[^'"]*['"]([^'"]+)['"]/.exec(line) ?? /require\(['"]([^'"]+)['"]\)/.exec(line);
        if (!m) continue;
        const spec = m[1];
        if (spec === 'vscode' || spec.startsWith('vscode-') || spec.startsWith('@vscode/')) offenders.push(`${path.relative(ROOT, file)}: ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('builds no regular expression from strings at run time in the core', () => {
    const offenders = files.filter((f) => fs.readFileSync(f, 'utf8').includes('new RegExp(')).map((f) => path.relative(ROOT, f));
    assert.deepEqual(offenders, []);
  });
});
