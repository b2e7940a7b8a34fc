// The Analysis of one version, with its lists joined from the chunks'
// placements on first use, then kept. They are own enumerable properties, so
// the object prints, compares and serialises like a plain one.
//
// The accessors are built once, here, and shared by every Analysis: V8 gives
// objects that receive the same accessor functions the same hidden class. A
// closure per object would give each one a hidden class of its own, and the
// class would keep the closure, and through it the whole analysis, alive until
// the next full garbage collection.

import type { Analysis } from './analysis';
import { DocumentStructure, buildSections } from './structure';
import { Check, FigureClaim } from './types';
import { DocumentDefinition } from './knowledge/definitions';
import { append } from './checks/model';
import { Placement } from './placement';

interface Source {
  text: string;
  placements: readonly Placement[];
  conflictChecks: Check[];
  structure: DocumentStructure;
}

/** Where the accessors find what they join: a non-enumerable property, invisible to comparisons and JSON. */
const SOURCE = Symbol('source');

type Maker = (s: Source) => unknown;

function joined(pick: (p: Placement) => readonly unknown[]): Maker {
  return (s) => {
    const out: unknown[] = [];
    for (const p of s.placements) append(out, pick(p));
    return out;
  };
}

function accessors(makers: Record<string, Maker>): PropertyDescriptorMap {
  const out: PropertyDescriptorMap = {};
  for (const [key, make] of Object.entries(makers)) {
    const settle = (target: object, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    out[key] = {
      enumerable: true,
      configurable: true,
      get(this: { [SOURCE]: Source }) {
        const value = make(this[SOURCE]);
        settle(this, value);
        return value;
      },
      set(this: object, value: unknown) {
        settle(this, value);
      },
    };
  }
  return out;
}

const STRUCTURE = accessors({
  blocks: joined((p) => p.blocks),
  paragraphs: joined((p) => p.paragraphs),
  sections: (s) => buildSections(s.text, s.structure.blocks),
  tables: joined((p) => p.tables),
  sentences: joined((p) => p.sentences),
});

const ANALYSIS = accessors({
  amounts: joined((p) => p.amounts),
  percentages: joined((p) => p.percentages),
  entities: joined((p) => p.entities),
});

const CHECKS = accessors({
  checks: (s) => {
    const out = joined((p) => p.checks)(s) as Check[];
    append(out, s.conflictChecks);
    return out;
  },
});

export function lazyAnalysis(
  text: string,
  truncated: boolean,
  placements: readonly Placement[],
  definitions: DocumentDefinition[],
  conflictChecks: Check[],
  claims: FigureClaim[],
): Analysis {
  const structure = {} as DocumentStructure;
  const source: Source = { text, placements, conflictChecks, structure };
  Object.defineProperty(structure, SOURCE, { value: source });
  Object.defineProperties(structure, STRUCTURE);
  const analysis = { length: text.length, truncated, structure } as Analysis;
  Object.defineProperty(analysis, SOURCE, { value: source });
  // In the order of the Analysis type, which is the order JSON output shows.
  Object.defineProperties(analysis, ANALYSIS);
  analysis.definitions = definitions;
  Object.defineProperties(analysis, CHECKS);
  analysis.claims = claims;
  analysis.diagnostics = [];
  return analysis;
}
