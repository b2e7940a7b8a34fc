import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, exampleBriefUri, open } from './helpers';
import { SETTINGS_SECTION } from '../../../shared/protocol';

describe('activation', () => {
  it('activates on a Markdown brief and starts its language client', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    await open(exampleBriefUri(), true);
    const activated = await activateExtension();
    assert.ok(activated.isActive, 'the extension is not active');
    assert.equal(typeof activated.exports?.sendRequest, 'function', 'activate() does not return the language client');
    assert.ok(activated.exports.isRunning(), 'the language client is not running');
  });

  it('contributes its settings with their defaults', () => {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    assert.equal(config.get('enable'), true);
    assert.deepEqual(config.get('fileTypes'), ['markdown', 'plaintext']);
    assert.equal(config.get('inlayHints.enabled'), false);
  });
});
