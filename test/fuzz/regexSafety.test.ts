// No regular expression in the product may take more than linear time: the
// sources under server/src and client/src are read with TypeScript's parser,
// every regular expression literal (and every `new RegExp` of a literal) is
// checked by regexScan.ts, and one that can backtrack over a run of input more
// than once fails the test. A pattern that runs on short, bounded text only
// may be listed below, with the reason.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT, typescriptFiles } from '../helpers/sources';
import { scanPattern } from './regexScan';
import { record } from './tally';

/** file (from the repository root) → pattern source → why its input is too short to matter. */
const BOUNDED: Record<string, Record<string, string>> = {
  'server/src/core/format.ts': { '0+$': 'the decimals of Number.toFixed: at most 20 digits' },
  'server/src/core/knowledge/definitions.ts': { '[,(]+$': 'the 120 characters before a quotation mark, at most' },
};

interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function literals(file: string): Literal[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = (node as ts.RegularExpressionLiteral).text;
      const cut = raw.lastIndexOf('/');
      out.push({ file, line: at(node), source: raw.slice(1, cut), flags: raw.slice(cut + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        out.push({ file, line: at(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else out.push({ file, line: at(node), source: '<built at run time>', flags: '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('regular expressions run in linear time', () => {
  const files = [...typescriptFiles(path.join(ROOT, 'server', 'src')), ...typescriptFiles(path.join(ROOT, 'client', 'src'))];
  const all = files.flatMap(literals);

  it('finds the regular expressions of the sources', () => {
    assert.ok(all.length >= 20, `only ${all.length} found`);
  });

  it('has none with nested or overlapping quantifiers', () => {
    const offenders: string[] = [];
    for (const lit of all) {
      const rel = path.relative(ROOT, lit.file).split(path.sep).join('/');
      if (lit.source === '<built at run time>') {
        offenders.push(`${rel}:${lit.line}: a regular expression built at run time cannot be checked`);
        record('regex: patterns of the sources scanned', `${rel}:${lit.line}: built at run time`);
        continue;
      }
      if (BOUNDED[rel]?.[lit.source]) continue;
      const found = scanPattern(lit.source, lit.flags).map((f) => `${rel}:${lit.line}: /${lit.source}/${lit.flags}: ${f.rule}: ${f.detail}`);
      offenders.push(...found);
      record('regex: patterns of the sources scanned', found.length ? found.join('; ') : null);
    }
    assert.deepEqual(offenders, []);
  });

  describe('the scanner', () => {
    const bad = [
      ['(a+)+', 'nested'],
      ['(?:\\s*x)*y', 'nested'],
      ['\\s*\\s+x', 'overlap'],
      ['^\\d+\\d*$', 'overlap'],
      ['^(a|ab)*$', 'overlap'],
      ['^(?:[a-z]|\\w)+$', 'overlap'],
      ['^x.*,?.*$', 'overlap'],
      // The two that made glossaries quadratic.
      ['\\s+#+$', 'search'],
      ['^[«“"]\\s*|\\s*[»”"]$', 'search'],
      ['0+$', 'search'],
    ];
    for (const [source, rule] of bad) {
      it(`flags /${source}/ (${rule})`, () => {
        assert.ok(
          scanPattern(source, 'g').some((f) => f.rule === rule),
          JSON.stringify(scanPattern(source, 'g')),
        );
      });
    }
    const good = ['\\s+', '[\\s_]+', '^https?:\\/\\/\\S+$', '^(\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)', '\\{(\\d)\\}', '^[A-Za-z0-9][A-Za-z0-9:._-]*$', '\\p{M}', '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$', '\\(?ci-apres.*$', 'a\\s+b', '^\\s+#+$'];
    for (const source of good) {
      it(`passes /${source}/`, () => {
        assert.deepEqual(scanPattern(source, 'gu'), []);
      });
    }
  });
});
