// Every message the user can see exists in French too: the test collects the
// literal first argument of each t(…) call in the client and the server and
// looks it up in the French bundle.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

import { ROOT, typescriptFiles as sources } from '../helpers/sources';


/** First-argument string literals of t(…) and l10n.t(…) calls ('…' or "…", no template literals). */
export function messagesIn(text: string): string[] {
  const out: string[] = [];
  const call = /(?:^|[^A-Za-z0-9_])t\(\s*(['"])/g;
  let m: RegExpExecArray | null;
  while ((m = call.exec(text))) {
    const quote = m[1];
    let i = call.lastIndex;
    let s = '';
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\\') {
        const next = text[i + 1];
        s += next === 'n' ? '\n' : next;
        i += 2;
      } else s += text[i++];
    }
    out.push(s);
  }
  // counted(…, 'one', 'many', …): both forms are keys.
  const plural = /(?:^|[^A-Za-z0-9_.])counted\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
  while ((m = plural.exec(text))) {
    for (const lit of m[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)) out.push(lit[1]);
  }
  return out;
}

describe('translations', () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
  const files = [...sources(path.join(ROOT, 'server', 'src')), ...sources(path.join(ROOT, 'client', 'src'))];

  it('finds messages to check', () => {
    const all = files.flatMap((f) => messagesIn(fs.readFileSync(f, 'utf8')));
    assert.ok(all.length > 20, `only ${all.length} messages found`);
  });

  it('has a French translation for every message', () => {
    const missing = new Set<string>();
    for (const f of files) for (const msg of messagesIn(fs.readFileSync(f, 'utf8'))) if (!(msg in bundle)) missing.add(msg);
    assert.deepEqual([...missing], []);
  });

  it('keeps the placeholders of every message in its translation', () => {
    const broken = Object.entries(bundle).filter(([en, fr]) => {
      const ph = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join(',');
      return ph(en) !== ph(fr);
    });
    assert.deepEqual(broken, []);
  });

  it('reads the literal messages of a call', () => {
    assert.deepEqual(messagesIn("x = t('Total {0}', a) + vscode.l10n.t(\"Done\")"), ['Total {0}', 'Done']);
  });

  it('reads both forms of a count', () => {
    assert.deepEqual(messagesIn("counted(t, fr, n, '{0} file', '{0} files', total)"), ['{0} file', '{0} files']);
  });
});
