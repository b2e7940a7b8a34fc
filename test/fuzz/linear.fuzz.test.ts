// Adversarial content against the paths that once took quadratic time, and
// the ones written since to replace them: each is timed on an input of size n
// and of size 2n (CPU time, best of several runs, so a busy machine does not
// decide), and the cost must about double, not quadruple. A quadratic path
// shows a ratio near 4; the limit is 3.

import { strict as assert } from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analysis';
import { parseGlossary } from '../../server/src/core/knowledge/glossary';
import { usedBeforeDefinitionFindings } from '../../server/src/core/knowledge/findings';
import { builtinKnowledge } from '../../server/src/core/knowledge/index';
import { Definition, EntityMention } from '../../server/src/core/types';
import { untranslated } from '../../server/src/core/messages';
import { nameHover, mentionAt } from '../../server/src/lsp/names';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { semanticTokens } from '../../server/src/lsp/semanticTokens';
import { escapeMarkdown } from '../../server/src/lsp/markdown';
import { FrameCheck } from '../../server/src/lsp/transport';
import { printable } from '../../server/src/report/report';
import { failures, record } from './tally';

const MAX_RATIO = 3;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** The least CPU time (ms) of `runs` calls of `work` on what `prepare` made once (not timed); every `work` here leaves its input as it was. */
function cpuMs<T>(prepare: () => T, work: (input: T) => unknown, runs = 3): number {
  let best = Infinity;
  const input = prepare();
  for (let r = 0; r < runs; r++) {
    gc();
    const before = process.cpuUsage();
    work(input);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

interface Shape<T> {
  name: string;
  /** n: large enough that the work takes tens of milliseconds. */
  n: number;
  make(n: number): T;
  run(input: T): unknown;
}

function shape<T>(s: Shape<T>): Shape<unknown> {
  return s as Shape<unknown>;
}

/** A document where each of n names is used, then defined by the document, then used again. */
function labelDocument(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`Le Zorglub ${i} est cité.`);
  out.push('');
  for (let i = 0; i < n; i++) out.push(`Le dispositif « Zorglub ${i} » est créé.`);
  return out.join('\n\n') + '\n';
}

const SHAPES: Shape<unknown>[] = [
  shape({
    // Spaces, a #, more spaces, a word: the trailing-# pattern once retried from every space.
    name: 'glossary heading with runs of spaces around a #',
    // Large enough for tens of milliseconds: at 200 000 the work took 6 ms, which one collection could triple.
    n: 400_000,
    make: (n) => `## Terme${' '.repeat(n)}#${' '.repeat(n)}x\n`,
    run: (text) => parseGlossary(text, 'file:///g.glossary.md'),
  }),
  shape({
    // A run of spaces inside a variant: the quote-stripping pattern once retried from every space.
    name: 'glossary variants holding runs of spaces',
    n: 400_000,
    make: (n) => `## Terme\n- variants: a${' '.repeat(n)}b; «x${' '.repeat(n)}y»\n`,
    run: (text) => parseGlossary(text, 'file:///g.glossary.md'),
  }),
  shape({
    name: 'glossary of many entries',
    n: 4_000,
    make: (n) => Array.from({ length: n }, (_, i) => `## Terme ${i}\n- kind: label\n- variants: T${i}; « Tx ${i} »\n- amount: ${i} M€ — x\n`).join(''),
    run: (text) => parseGlossary(text, 'file:///g.glossary.md'),
  }),
  shape({
    name: 'used-before-definition with many defined names',
    n: 20_000,
    make: (n) => {
      const entities: EntityMention[] = [];
      const definitions: (Definition & { invented: boolean })[] = [];
      for (let i = 0; i < n; i++) entities.push({ start: i * 20, end: i * 20 + 10, text: `Zorglub ${i}`, id: `user:zorglub-${i}`, kind: 'label', canonical: `Zorglub ${i}`, origin: 'document' });
      for (let i = 0; i < n; i++) {
        const start = (n + i) * 20;
        definitions.push({ start, end: start + 10, term: `Zorglub ${i}`, id: `user:zorglub-${i}`, sentence: { start, end: start + 15 }, invented: true });
      }
      return { entities, definitions };
    },
    run: (input) => usedBeforeDefinitionFindings({ ...(input as { entities: EntityMention[]; definitions: Definition[] }), t: untranslated }),
  }),
  shape({
    name: 'analysis of a document that defines many names',
    n: 1_500,
    make: labelDocument,
    run: (text) => analyze(text as string).diagnostics,
  }),
  shape({
    name: 'hover on a name mentioned many times, amounts elsewhere',
    n: 6_000,
    make: (n) => {
      const text = 'Le PIA4 avance. '.repeat(n) + '\n\nIl reçoit 3 M€. '.repeat(n);
      const analysis = analyze(text);
      void analysis.amounts;
      void analysis.structure.sentences;
      const mention = mentionAt(analysis, text.indexOf('PIA4') + 1)!;
      return { text, analysis, mention };
    },
    run: (input) => {
      const { text, analysis, mention } = input as { text: string; analysis: ReturnType<typeof analyze>; mention: EntityMention };
      return nameHover(text, analysis, mention, builtinKnowledge(), untranslated, 'en');
    },
  }),
  shape({
    name: 'outline and semantic tokens of a document of figures',
    n: 60_000,
    make: (n) => {
      const text = '1 M€ et 12 % pour le PIA4. '.repeat(n / 3);
      const analysis = analyze(text);
      void analysis.amounts;
      void analysis.percentages;
      void analysis.entities;
      void analysis.structure.sections;
      return { doc: TextDocument.create('file:///x.md', 'markdown', 1, text), analysis };
    },
    run: (input) => {
      const { doc, analysis } = input as { doc: TextDocument; analysis: ReturnType<typeof analyze> };
      return [documentSymbols(doc, analysis, untranslated), semanticTokens(doc, analysis)];
    },
  }),
  shape({
    name: 'Markdown escaping of hostile text',
    n: 1_000_000,
    make: (n) => '- 1. www.a <b>[x](command:y)</b> ![i](https://t/p) '.repeat(n / 50),
    run: (text) => escapeMarkdown(text as string),
  }),
  shape({
    name: 'printable file names full of control characters',
    n: 1_000_000,
    make: (n) => 'a\nb\u001b[31m\u202e'.repeat(n / 8),
    run: (text) => printable(text as string),
  }),
  shape({
    name: 'framing check over many messages',
    n: 20_000,
    make: (n) => {
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { text: 'é'.repeat(50) } });
      const one = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      return Buffer.from(one.repeat(n));
    },
    run: (bytes) => {
      const check = new FrameCheck();
      check.on('data', () => undefined);
      check.write(bytes as Buffer);
      check.destroy();
    },
  }),
];

describe('fuzz: adversarial content, timed at n and 2n', function () {
  this.timeout(600_000);

  for (const s of SHAPES) {
    it(s.name, () => {
      // Warm the code up, so the first size does not pay for the optimiser.
      s.run(s.make(Math.max(1, Math.floor(s.n / 8))));
      const measure = () => {
        const t1 = cpuMs(() => s.make(s.n), s.run, 5);
        const t2 = cpuMs(() => s.make(2 * s.n), s.run, 5);
        return { t1, t2, ratio: t2 / Math.max(t1, 5) }; // below a few milliseconds, the clock decides
      };
      // Measured again before failing: a collection or a busy neighbour can spoil one measure, not a quadratic path.
      let { t1, t2, ratio } = measure();
      if (ratio >= MAX_RATIO) ({ t1, t2, ratio } = measure());
      const failure = ratio < MAX_RATIO ? null : `${s.name}: ${t1.toFixed(1)} ms at n=${s.n}, ${t2.toFixed(1)} ms at 2n (×${ratio.toFixed(2)})`;
      record('content: time at 2n over n below 3', failure);
      if (process.env.FUZZ_VERBOSE) process.stdout.write(`      ${t1.toFixed(1)} ms → ${t2.toFixed(1)} ms (×${ratio.toFixed(2)})\n`);
      assert.equal(failure, null);
    });
  }

  after(() => {
    assert.deepEqual(failures('content: time at 2n over n below 3'), []);
  });
});
