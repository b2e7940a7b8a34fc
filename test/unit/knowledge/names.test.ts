// Hover, definition, references, rename and the outline for names of the new
// kinds: an ambiguous acronym shared by two entries (context picks one) and an
// acronym the document introduces with its long name. The entries are built
// here, whatever the shipped base holds.

import { strict as assert } from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/core/analysis';
import { KnowledgeEntry, KnowledgeIndex } from '../../../server/src/core/knowledge/index';
import { untranslated } from '../../../server/src/core/messages';
import { canRename, definitionOf, mentionAt, nameHover, referencesOf, renameEdits } from '../../../server/src/lsp/names';
import { documentSymbols } from '../../../server/src/lsp/symbols';
import { WorkspaceIndex } from '../../../server/src/lsp/workspaceIndex';

function entry(id: string, kind: KnowledgeEntry['kind'], canonical: string, extra: Partial<KnowledgeEntry>): KnowledgeEntry {
  return {
    id,
    kind,
    canonical,
    variants: [],
    description: { fr: `${canonical}, entrée écrite pour les tests.`, en: `${canonical}, an entry written for the tests.` },
    body: 'Test',
    date: '2020',
    sources: [],
    origin: 'builtin',
    ...extra,
  };
}

const knowledge = new KnowledgeIndex([
  entry('test-armement', 'institution', 'Direction générale de l’armement', { contextVariants: ['DGA'], context: ['armement', 'fregate', 'armees'] }),
  entry('test-gouvernance', 'regulation', 'Data Governance Act', { contextVariants: ['DGA'], context: ['donnees', 'altruisme'] }),
]);

const TEXT = [
  '# Achats',
  '',
  'La DGA commande deux frégates pour les armées.',
  '',
  'L’Observatoire des achats numériques (OAN) publie un bilan ; l’OAN recommande de mutualiser.',
  '',
  '## Données',
  '',
  'Le DGA encadre l’altruisme en matière de données.',
  '',
].join('\n');

const URI = 'file:///ws/note.md';

function setUp() {
  const doc = TextDocument.create(URI, 'markdown', 1, TEXT);
  const analysis = analyze(TEXT, { knowledge });
  const index = new WorkspaceIndex({ glossaryPatterns: [], lang: () => 'fr', t: () => untranslated, isOpen: () => true, log: () => undefined });
  return { doc, analysis, index, open: [{ doc, analysis }] };
}

describe('names in the editor, for ambiguous and introduced acronyms', () => {
  it('hovers each « DGA » with the entry its paragraph points to', () => {
    const { analysis } = setUp();
    const first = mentionAt(analysis, TEXT.indexOf('DGA') + 1)!;
    const second = mentionAt(analysis, TEXT.lastIndexOf('DGA') + 1)!;
    assert.equal(first.id, 'test-armement');
    assert.equal(second.id, 'test-gouvernance');
    assert.match(nameHover(TEXT, analysis, first, knowledge, untranslated, 'fr'), /Direction générale de l’armement/);
    assert.match(nameHover(TEXT, analysis, second, knowledge, untranslated, 'fr'), /Data Governance Act/);
  });

  it('hovers an introduced acronym with its defining sentence, and jumps to where it is introduced', () => {
    const { analysis, index, open } = setUp();
    const later = mentionAt(analysis, TEXT.lastIndexOf('OAN') + 1)!;
    assert.equal(later.origin, 'document');
    assert.equal(later.kind, 'institution');
    assert.match(nameHover(TEXT, analysis, later, knowledge, untranslated, 'fr'), /Observatoire des achats numériques \\?\(OAN\\?\)/);
    const [loc] = definitionOf(later.id, open[0], open, index, later.text);
    assert.equal(loc.uri, URI);
    assert.equal(loc.range.start.line, 4);
    assert.equal(loc.range.start.character, TEXT.split('\n')[4].indexOf('OAN'));
  });

  it('finds the references of an introduced acronym and renames them, not the long name', () => {
    const { analysis, index, open } = setUp();
    const later = mentionAt(analysis, TEXT.lastIndexOf('OAN') + 1)!;
    assert.ok(canRename(later, knowledge));
    // The long name and the acronym name one thing: references list both spellings; a rename changes only the one renamed.
    const refs = referencesOf(later.id, true, open, index);
    assert.equal(refs.length, 3);
    const edits = renameEdits(later.id, later.text, 'ODAN', open, index).changes![URI];
    assert.equal(edits.length, 2);
    const renamed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, TEXT), edits);
    assert.match(renamed, /numériques \(ODAN\) publie un bilan ; l’ODAN recommande/);
    // A built-in entry is not renamed.
    assert.equal(canRename(mentionAt(analysis, TEXT.indexOf('DGA') + 1)!, knowledge), false);
  });

  it('lists each section’s names in the outline', () => {
    const { doc, analysis } = setUp();
    const [achats] = documentSymbols(doc, analysis, untranslated);
    const names = (achats.children ?? []).map((c) => c.name);
    assert.deepEqual(names.slice(0, 3), ['Direction générale de l’armement', 'Observatoire des achats numériques', 'OAN']);
    const donnees = (achats.children ?? []).find((c) => c.name === 'Données')!;
    assert.deepEqual((donnees.children ?? []).map((c) => c.name), ['Data Governance Act']);
  });
});
