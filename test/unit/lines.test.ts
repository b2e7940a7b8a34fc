// core/lines.ts places offsets as LSP does: the CLI's JSON, the workspace
// index and the worker use it, the language server uses the editor's text
// document, and the two must give the same lines and characters.

import { strict as assert } from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/core/lines';

describe('line index', () => {
  const texts = ['', 'a', 'ab\n', '\n\n', 'a\r\nb', 'a\rb\r', '\r\n\r\n\n\r', 'é😀\n€ 1\u2028x', 'l1\nl2\r\nl3\rl4'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let n = 0; n < 200; n++) {
    let s = '';
    const len = next() % 40;
    for (let i = 0; i < len; i++) s += ['a', '\n', '\r', '\r\n', ' ', 'é', '\ud83d\ude00'][next() % 7];
    texts.push(s);
  }

  it('gives the position an LSP text document gives, for every offset, inside and past the text', () => {
    for (const text of texts) {
      const doc = TextDocument.create('file:///x.md', 'markdown', 0, text);
      const lines = new LineIndex(text);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        assert.deepEqual(lines.positionAt(offset), doc.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
      }
    }
  });
});
