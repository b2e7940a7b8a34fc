// The folder the workbench opens: a copy of examples/ (the example brief,
// examples/plan-cloud.md, when it exists) plus the suite's own fixtures under
// e2e-fixtures/, whose exact content the suite relies on. A copy, so that quick
// fixes applied by the suite never touch the repository.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES_FOLDER = 'e2e-fixtures';

export function prepareWorkspace(root, tmp) {
  const ws = path.join(tmp, 'workspace');
  mkdirSync(ws, { recursive: true });
  const examples = path.join(root, 'examples');
  if (existsSync(examples)) cpSync(examples, ws, { recursive: true });
  cpSync(path.join(root, 'test', 'e2e', 'fixtures'), path.join(ws, FIXTURES_FOLDER), { recursive: true });
  return ws;
}

/** User settings for the run: no welcome page, nothing that reaches for the network. */
export const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'editor.hover.delay': 200,
  'window.restoreWindows': 'none',
};
