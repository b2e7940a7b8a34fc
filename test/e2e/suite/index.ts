// Entry point loaded by the extension host (extensionTestsPath): runs every
// *.test.js next to this file with mocha and reports failures by rejecting.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha = require('mocha');

/**
 * Under scripts/e2e.mjs the suite's lines carry this prefix, so the runner can
 * tell them from the workbench's own log, which reaches it through the same channel.
 */
export const SUITE_LINE_PREFIX = '[policy-lens-e2e] ';

export function run(): Promise<void> {
  // Reporters print with printf-style arguments; the workbench relays them
  // unformatted, so format each line here.
  const prefix = process.env.POLICY_LENS_E2E_BRIDGE ? SUITE_LINE_PREFIX : '';
  const print = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    for (const line of util.format(...args).split('\n')) print(prefix + line);
  };
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, slow: 2_000 });
  const grep = process.env.POLICY_LENS_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
