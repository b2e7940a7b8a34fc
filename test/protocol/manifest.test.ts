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

  it('has what a marketplace page needs: icon, banner, repository, categories, keywords, changelog', () => {
    const icon = path.join(ROOT, pkg.icon);
    assert.ok(fs.existsSync(icon), `no icon at ${pkg.icon}`);
    const png = fs.readFileSync(icon);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', 'the icon is a PNG');
    assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, 'the icon is at least 128 × 128');
    assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9A-Fa-f]{6}$/);
    assert.ok(/^https:\/\//.test(pkg.repository?.url ?? ''), 'a repository URL');
    assert.ok(pkg.publisher && pkg.license && pkg.categories?.length && pkg.keywords?.length >= 5);
    assert.ok(pkg.keywords.length <= 30, 'the marketplace takes 30 keywords at most');
    assert.ok(fs.existsSync(path.join(ROOT, 'CHANGELOG.md')), 'a changelog');
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes(`!${pkg.icon}`), 'the icon is packaged');
  });

  it('names every command and view in English and in French', () => {
    const ids = [...pkg.contributes.commands.map((c: { title: string }) => c.title), ...pkg.contributes.views.explorer.map((v: { name: string }) => v.name)];
    for (const key of ids) {
      const id = /^%(.+)%$/.exec(key)?.[1];
      assert.ok(id && nls[id] && nlsFr[id], `${key} lacks a title in package.nls.json or package.nls.fr.json`);
    }
  });
});
