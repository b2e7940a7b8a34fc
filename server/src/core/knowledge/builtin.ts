// The built-in knowledge base as shipped: one JSON file per family under
// server/data/knowledge/ (see its README). The bundles read them from one
// dist/knowledge.json beside them (esbuild.mjs writes it), so the .vsix ships
// the base once, not once per bundle. A test checks that every file of that
// folder is listed here.

import state from '../../../data/knowledge/state.json';
import operators from '../../../data/knowledge/operators.json';
import local from '../../../data/knowledge/local.json';
import programmes from '../../../data/knowledge/programmes.json';
import laws from '../../../data/knowledge/laws.json';
import eu from '../../../data/knowledge/eu.json';
import labels from '../../../data/knowledge/labels.json';

export interface KnowledgeFamilyFile {
  family: string;
  about: string;
  entries: unknown[];
}

export const BUILTIN_FAMILIES: readonly KnowledgeFamilyFile[] = [state, operators, local, programmes, laws, eu, labels] as KnowledgeFamilyFile[];
