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

describe('contributed settings', () => {
  it('lists every diagnostic code of the analysis among the codes a user can turn off', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const listed = new Set<string>(pkg.contributes.configuration.properties['policyLens.checks.disabled'].items.enum);
    const used = new Set<string>();
    for (const file of sources(path.join(ROOT, 'server', 'src', 'core'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/code: '([a-z-]+)'/g)) used.add(m[1]);
    }
    for (const code of ['near-miss', 'used-before-definition']) used.add(code);
    const missing = [...used].filter((c) => !listed.has(c) && !c.startsWith('glossary-'));
    assert.ok(used.size >= 12, [...used].join(', '));
    assert.deepEqual(missing, []);
  });
});
