// What the extension declares to VS Code about the workspaces it runs in:
// untrusted and virtual workspaces are answered explicitly, not left to the
// editor's defaults, and every restricted setting exists.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('extension manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const nlsFr = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;

  it('declares how it behaves in untrusted workspaces, restricting settings that exist', () => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(untrusted, 'capabilities.untrustedWorkspaces');
    assert.equal(untrusted.supported, 'limited');
    const settings = Object.keys(pkg.contributes.configuration.properties);
    assert.ok(untrusted.restrictedConfigurations.length > 0);
    for (const s of untrusted.restrictedConfigurations) assert.ok(settings.includes(s), s);
    assert.ok(untrusted.restrictedConfigurations.includes('policyLens.maxDocumentSize'));
  });

  it('declares that virtual workspaces are not supported', () => {
    assert.equal(pkg.capabilities?.virtualWorkspaces?.supported, false);
  });

  it('describes both, in English and in French', () => {
    for (const key of [pkg.capabilities.untrustedWorkspaces.description, pkg.capabilities.virtualWorkspaces.description]) {
      const id = /^%(.+)%$/.exec(key)?.[1];
      assert.ok(id, key);
      assert.ok(nls[id] && nlsFr[id], id);
    }
  });
});
