// Any text in, a well-formed analysis out: random Unicode and random French
// money prose never make analyze() throw, every offset lies inside the text,
// every value is finite and non-negative, the same text gives the same
// analysis, and a document edited incrementally (as the server keeps it)
// analyses exactly like the final text typed in one go.

import { strict as assert } from 'assert';
import fc from 'fast-check';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { analyze, Analysis } from '../../../server/src/core/analysis';
import { AnalysisStore } from '../../../server/src/lsp/documents';
import { defaultServerSettings } from '../../../server/src/lsp/settings';
import { untranslated } from '../../../server/src/core/messages';
import { parseGlossary } from '../../../server/src/core/knowledge/glossary';
import { buildKnowledge } from '../../../server/src/core/knowledge/index';
import { decode } from '../../../server/src/io/decode';
import { anyCodeUnits, anyText, anyUnicode, assertWellFormed, moneyText } from './arbitraries';

/** Fixed seeds keep failures reproducible from one run to the next; FC_SEED overrides. */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20250611;

describe('robustness: analyze() on random input', function () {
  this.timeout(60000);

  it('never throws and gives well-formed results on any UTF-16 text (lone surrogates included)', () => {
    fc.assert(
      fc.property(anyCodeUnits, fc.boolean(), (text, markdown) => {
        assertWellFormed(text, analyze(text, { markdown }));
      }),
      { numRuns: 300, seed },
    );
  });

  it('never throws and gives well-formed results on any Unicode code points', () => {
    fc.assert(
      fc.property(anyUnicode, fc.boolean(), (text, markdown) => {
        assertWellFormed(text, analyze(text, { markdown }));
      }),
      { numRuns: 300, seed },
    );
  });

  it('never throws and gives well-formed results on French-looking money text', () => {
    fc.assert(
      fc.property(moneyText, fc.boolean(), (text, markdown) => {
        assertWellFormed(text, analyze(text, { markdown }));
      }),
      { numRuns: 3000, seed },
    );
  });

  it('keeps its limits: at most maxDiagnostics plus one notice, and a size-limit notice past maxLength', () => {
    fc.assert(
      fc.property(moneyText, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 400 }), (text, maxDiagnostics, maxLength) => {
        const a = analyze(text, { settings: { maxDiagnostics }, maxLength });
        assertWellFormed(text, a, maxDiagnostics);
        assert.ok(a.length <= maxLength, `analysed ${a.length} > ${maxLength}`);
        const notices = a.diagnostics.filter((d) => d.code === 'too-many-diagnostics');
        assert.ok(notices.length <= 1);
        if (notices.length) assert.equal(a.diagnostics.length, maxDiagnostics + 1);
        if (text.length > maxLength) {
          assert.ok(a.truncated);
          // The notice survives the cap (it says why later figures are missing); only a suppression comment silences it.
          if (!text.includes('policy-lens-disable')) assert.ok(a.diagnostics.some((d) => d.code === 'size-limit'), JSON.stringify(a.diagnostics));
        } else assert.ok(!a.diagnostics.some((d) => d.code === 'size-limit'));
      }),
      { numRuns: 500, seed },
    );
  });

  it('analyses well with any glossary, however malformed (random bytes or broken entries)', () => {
    const line = fc.oneof(
      fc.constantFrom('## ', '## PIA4', '## France 2030', '## «', '## M€', '## 12', '## de', '- kind: ', '- kind: label', '- variants: ', '- variants: ;;', '- variants: M€; %; de; «; 1', '- id: ', '- id: pia4', '- amount: ', '- amount: 1,8 Md€', '- date: 2024-13-45', '- link: x', '```', ''),
      moneyText.map((s) => s.slice(0, 60)),
    );
    const glossary = fc.oneof(
      fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n')),
      fc.uint8Array({ maxLength: 600 }).map((bytes) => decode(bytes).text),
    );
    fc.assert(
      fc.property(fc.array(glossary, { maxLength: 3 }), moneyText, (glossaries, text) => {
        const entries = glossaries.flatMap((g, i) => parseGlossary(g, `file:///g${i}.glossary.md`).entries);
        const knowledge = buildKnowledge(entries);
        assertWellFormed(text, analyze(text, { knowledge }));
      }),
      { numRuns: 300, seed },
    );
  });

  it('is deterministic: the same text gives the same analysis, whatever was analysed before', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, other) => {
        const first = analyze(text);
        analyze(other);
        const again = analyze(text);
        assert.deepStrictEqual(again, first);
      }),
      { numRuns: 300, seed },
    );
  });

  it('finds the same figures after a preceding paragraph, shifted by its length', () => {
    const prefix = 'Introduction sans chiffre.\n\n';
    fc.assert(
      fc.property(moneyText, (body) => {
        // A body that continues the prefix's paragraph or starts inside a construct is not comparable.
        fc.pre(body.length > 0 && !/^[\s\u00a0\u202f]|^[|`~>#*\-+=_]|^\d+[.)]/u.test(body) && !/^[\udc00-\udfff]/.test(body));
        const alone = analyze(body);
        const after = analyze(prefix + body);
        const shift = (xs: { start: number; end: number; value: number }[]) => xs.map((x) => [x.start, x.end, x.value]);
        assert.deepEqual(
          shift(after.amounts),
          shift(alone.amounts).map(([s, e, v]) => [s + prefix.length, e + prefix.length, v]),
        );
        assert.deepEqual(
          shift(after.percentages),
          shift(alone.percentages).map(([s, e, v]) => [s + prefix.length, e + prefix.length, v]),
        );
      }),
      { numRuns: 500, seed },
    );
  });
});

// ---------------------------------------------------------------------------
// Incremental edits, as the server receives them.

interface Edit {
  /** Where the edit starts and ends, as fractions of the document (mapped to lines and characters). */
  from: number;
  to: number;
  text: string;
  /** Sometimes point past a line's end or past the last line, as editors may. */
  overshoot: number;
}

/** Lines as LSP counts them (\n, \r\n and a lone \r all end a line), without their line breaks. */
function lineTable(text: string): { start: number; contentEnd: number }[] {
  const lines: { start: number; contentEnd: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, contentEnd: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, contentEnd: text.length });
  return lines;
}

/** LSP semantics written out independently: a character past the line's end means the line's end; a line past the last means the text's end. */
function offsetOf(text: string, pos: { line: number; character: number }): number {
  const lines = lineTable(text);
  if (pos.line >= lines.length) return text.length;
  const l = lines[pos.line];
  return Math.min(l.start + pos.character, l.contentEnd);
}

function positionFor(text: string, fraction: number, overshoot: number): { line: number; character: number } {
  const lines = lineTable(text);
  if (overshoot === 1) return { line: lines.length + 2, character: 0 };
  const line = Math.min(lines.length - 1, Math.floor(fraction * lines.length));
  const l = lines[line];
  const width = l.contentEnd - l.start;
  if (overshoot === 2) return { line, character: width + 5 };
  return { line, character: Math.min(width, Math.floor(((fraction * lines.length) % 1) * (width + 1))) };
}

const edit: fc.Arbitrary<Edit> = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  to: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  text: fc.oneof(moneyText.map((s) => s.slice(0, 40)), fc.constantFrom('', '\n', '\r', '\r\n', '\ud83d', '\ude42', '🙂', ' ', '1', ',5', ' M€', 'dont ')),
  overshoot: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2) }),
});

function comparable(doc: TextDocument, a: Analysis) {
  const at = (s: { start: number; end: number }) => [doc.positionAt(s.start), doc.positionAt(s.end)];
  return {
    amounts: a.amounts.map((x) => ({ span: at(x), value: x.value, currency: x.currency })),
    percentages: a.percentages.map((x) => ({ span: at(x), value: x.value })),
    entities: a.entities.map((x) => ({ span: at(x), id: x.id })),
    diagnostics: a.diagnostics.map((d) => ({ span: at(d), code: d.code, message: d.message, severity: d.severity })),
  };
}

describe('robustness: incremental edits', function () {
  this.timeout(60000);

  it('a document edited incrementally analyses like its final text opened afresh', () => {
    fc.assert(
      fc.property(moneyText, fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), (initial, edits, batched) => {
        const uri = 'file:///edited.md';
        const doc = TextDocument.create(uri, 'markdown', 1, initial);
        const store = new AnalysisStore(() => defaultServerSettings, () => untranslated);
        store.get(doc);
        let expected = initial;
        let version = 1;
        const pending: TextDocumentContentChangeEvent[] = [];
        for (const e of edits) {
          const a = positionFor(expected, Math.min(e.from, e.to), e.overshoot);
          let b = positionFor(expected, Math.max(e.from, e.to), e.overshoot === 1 ? 1 : 0);
          if (b.line < a.line || (b.line === a.line && b.character < a.character)) b = a;
          const start = offsetOf(expected, a);
          const end = offsetOf(expected, b);
          assert.ok(end >= start);
          expected = expected.slice(0, start) + e.text + expected.slice(end);
          const change = { range: { start: a, end: b }, text: e.text };
          if (batched) pending.push(change);
          else {
            TextDocument.update(doc, [change], ++version);
            // The server analyses intermediate versions too (diagnostics, hovers): the cache must follow.
            store.get(doc);
          }
        }
        // Several changes in one didChange apply in order, each to the result of the previous.
        if (batched) TextDocument.update(doc, pending, ++version);
        assert.equal(doc.getText(), expected, 'incremental text');
        const fresh = TextDocument.create(uri, 'markdown', version, expected);
        assert.equal(doc.lineCount, fresh.lineCount, 'line count');
        const live = store.get(doc);
        const scratch = analyze(expected);
        assert.deepStrictEqual(live, scratch, 'the store serves the analysis of the current version');
        assert.deepStrictEqual(comparable(doc, live), comparable(fresh, scratch), 'positions from incremental line offsets');
      }),
      { numRuns: 800, seed },
    );
  });
});
