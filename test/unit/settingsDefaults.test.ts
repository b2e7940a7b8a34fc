// Setting defaults are written once, in code (core/settings.ts, lsp/settings.ts,
// DEFAULT_MAX_LENGTH, GLOSSARY_FILE_PATTERNS): package.json's contributions and
// the README's table must say the same.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_LENGTH } from '../../server/src/core/analysis';
import { GLOSSARY_FILE_PATTERNS } from '../../server/src/core/knowledge/glossary';
import { defaultCheckSettings } from '../../server/src/core/settings';
import { defaultServerSettings } from '../../server/src/lsp/settings';
import { SETTINGS_SECTION } from '../../shared/protocol';
import { ROOT } from '../helpers/sources';

const expected: Record<string, unknown> = {
  enable: defaultServerSettings.enable,
  'checks.tolerance': defaultCheckSettings.tolerance,
  'checks.disabled': defaultCheckSettings.disabled,
  'checks.severity': defaultCheckSettings.severities,
  'inlayHints.enabled': defaultServerSettings.inlayHints,
  'codeLens.enabled': defaultServerSettings.codeLens,
  'hints.typography': defaultCheckSettings.typography,
  maxDocumentSize: DEFAULT_MAX_LENGTH,
  maxDiagnostics: defaultCheckSettings.maxDiagnostics,
  debounceMs: defaultServerSettings.debounceMs,
};

describe('setting defaults', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;

  it('are the code’s defaults in package.json', () => {
    assert.equal(defaultServerSettings.maxDocumentSize, DEFAULT_MAX_LENGTH);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(props[`${SETTINGS_SECTION}.${key}`]?.default, value, key);
    assert.deepEqual([...(props[`${SETTINGS_SECTION}.glossary.paths`].default as string[])].sort(), [...GLOSSARY_FILE_PATTERNS].sort());
  });

  it('are the code’s defaults in the README’s table', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const [key, value] of Object.entries(expected)) {
      const row = new RegExp('^\\| `' + `${SETTINGS_SECTION}.${key}`.replace(/\./g, '\\.') + '` \\| `([^`]*)`', 'm').exec(readme);
      assert.ok(row, key);
      assert.deepEqual(JSON.parse(row[1]), value, key);
    }
  });
});
