// The list of diagnostic codes (server/src/core/codes.ts) is the one truth:
// the settings' enums in package.json, the README's table and docs/checks.md
// name every code of it and no other, and every code the core raises is in it.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CODES } from '../../server/src/core/codes';
import { ROOT, typescriptFiles as sources } from '../helpers/sources';

const listed = CODES.map((c) => c.code as string).sort();

describe('diagnostic codes', () => {
  it('are the codes a user can turn off and re-rate in package.json, both ways', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties;
    assert.deepEqual([...props['policyLens.checks.disabled'].items.enum].sort(), listed);
    assert.deepEqual([...props['policyLens.checks.severity'].propertyNames.enum].sort(), listed);
  });

  it('are the rows of the README’s table, both ways', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Diagnostic codes'), readme.indexOf('Silence one check'));
    const rows = new Set<string>();
    for (const m of table.matchAll(/^\| `([a-z-]+)`/gm)) rows.add(m[1]);
    for (const m of table.matchAll(/`([a-z-]+)`, `([a-z-]+)`/g)) rows.add(m[1]).add(m[2]);
    rows.delete('glossary-');
    assert.deepEqual([...rows].filter((c) => !c.startsWith('glossary')).sort(), listed);
  });

  it('each have a section in docs/checks.md, and no section names another', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'checks.md'), 'utf8');
    const sections = [...doc.matchAll(/^### `([a-z-]+)`/gm)].map((m) => m[1]).sort();
    assert.deepEqual(sections, listed);
    for (const c of CODES) assert.ok(doc.includes(`### \`${c.code}\` (${c.severity})`), `${c.code}: its default severity ${c.severity} in its heading`);
  });

  it('include every code the core raises', () => {
    const used = new Set<string>();
    for (const file of sources(path.join(ROOT, 'server', 'src', 'core'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/code: '([a-z-]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/export const [A-Z_]+ = '([a-z]+(?:-[a-z]+)+)';/g)) used.add(m[1]);
    }
    const missing = [...used].filter((c) => !listed.includes(c) && !c.startsWith('glossary-'));
    assert.ok(used.size >= 12, [...used].join(', '));
    assert.deepEqual(missing, []);
  });
});
