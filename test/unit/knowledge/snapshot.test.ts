import * as assert from 'assert';
import { KnowledgeIndex, builtinEntries } from '../../../server/src/core/knowledge/index';
import { IndexParts, indexEntries } from '../../../server/src/core/knowledge/indexParts';
import { IndexSnapshot, partsOf, snapshotOf } from '../../../server/src/core/knowledge/snapshot';
import { analyze } from '../../../server/src/core/analysis';

const entries = builtinEntries();
const built = indexEntries(entries);
/** The snapshot as the build writes it, read back from its JSON as the bundles read it. */
const written = JSON.stringify(snapshotOf(built, entries));
const restored = partsOf(JSON.parse(written) as IndexSnapshot, entries) as IndexParts;

/** The snapshot's rows, variants grouped by their words (each group in its order): the same index gives the same form. */
function canonical(parts: IndexParts): string {
  const s = snapshotOf(parts, entries);
  const byWords = new Map<string, unknown[]>();
  for (const row of s.variants) {
    const key = row[3].join(' ');
    byWords.set(key, [...(byWords.get(key) ?? []), row]);
  }
  return JSON.stringify({ ...s, variants: [...byWords].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) });
}

/** A text naming entries in several ways: canonical names, variants, lower case, misspelt long names. */
function namesText(): string {
  const lines: string[] = [];
  entries.forEach((e, i) => {
    const name = i % 3 === 0 ? e.canonical : (e.variants[i % Math.max(1, e.variants.length)] ?? e.canonical);
    const written = i % 5 === 0 ? name.toLowerCase() : name;
    // A letter doubled in a long name: a near miss the hints should propose.
    const misspelt = written.length > 12 && i % 4 === 1 ? written.slice(0, 6) + written[6] + written.slice(6) : written;
    lines.push(`Le rapport cite ${misspelt}, doté de 3 M€ en 2024.`);
  });
  return lines.join('\n\n');
}

describe('the built-in index read from its build-time snapshot', () => {
  it('holds what indexing the entries holds', () => {
    assert.ok(built.trie.size > 1000, `${built.trie.size} spellings`);
    assert.strictEqual(restored.trie.size, built.trie.size);
    // The near-miss names are listed only when asked for: the snapshot lists them.
    assert.strictEqual(built.nearMissTargets, null);
    assert.ok((restored.nearMissTargets ?? []).length > 100);
    assert.strictEqual(canonical(restored), canonical(built));
    const withContext = (parts: IndexParts) => entries.filter((e) => new KnowledgeIndex(entries, parts).hasContext(e.id)).map((e) => e.id);
    assert.ok(withContext(built).length > 50);
    assert.deepStrictEqual(withContext(restored), withContext(built));
  });

  it('finds the same names, ambiguities and near misses in a text as the index made from the entries', function () {
    this.timeout(20000);
    const text = namesText();
    const fromEntries = analyze(text, { knowledge: new KnowledgeIndex(entries) });
    const fromSnapshot = analyze(text, { knowledge: new KnowledgeIndex(entries, restored) });
    const names = (a: typeof fromEntries) => a.entities.map((m) => `${m.start}-${m.end} ${m.id}`);
    assert.ok(fromEntries.entities.length > entries.length / 2, `${fromEntries.entities.length} names found`);
    assert.deepStrictEqual(names(fromSnapshot), names(fromEntries));
    const hints = (a: typeof fromEntries) => a.diagnostics.map((d) => `${d.start}-${d.end} ${d.code} ${d.message}`);
    assert.ok(fromEntries.diagnostics.filter((d) => d.code === 'near-miss').length > 10, 'near misses hinted');
    assert.deepStrictEqual(hints(fromSnapshot), hints(fromEntries));
    const k = new KnowledgeIndex(entries, restored);
    for (const e of entries.slice(0, 80)) assert.strictEqual(k.resolve(e.canonical)?.id, new KnowledgeIndex(entries).resolve(e.canonical)?.id, e.canonical);
  });

  it('is refused for other entries, another version or rows that point nowhere', () => {
    const snapshot = JSON.parse(written) as IndexSnapshot;
    assert.strictEqual(partsOf(snapshot, entries.slice(1)), null);
    assert.strictEqual(partsOf(snapshot, [...entries.slice(1), entries[0]]), null);
    assert.strictEqual(partsOf({ ...snapshot, version: snapshot.version + 1 }, entries), null);
    const broken = JSON.parse(written) as IndexSnapshot;
    broken.variants[0][1] = entries.length + 5;
    assert.strictEqual(partsOf(broken, entries), null);
  });
});
