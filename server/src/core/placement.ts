// A chunk's results where the chunk sits in one version of its document. Each
// list is moved (shift.ts) only when something asks for it, and kept while the
// chunk stays where it is: publishing diagnostics after an edit needs the
// findings alone, and the chunks before the edit have not moved at all.

import { Amount, Check, EntityMention, Finding, Percentage, Span } from './types';
import { Block, Table } from './structure';
import { DocumentDefinition } from './knowledge/definitions';
import { Claim } from './checks/conflicts';
import { ChunkNames, ChunkResult } from './chunk';
import * as shift from './shift';

export class Placement {
  private readonly memo = new Map<string, unknown[]>();

  constructor(
    readonly chunk: ChunkResult,
    readonly names: ChunkNames,
    readonly offsets: shift.Offsets,
  ) {}

  /** Whether this placement is the chunk's results at `o`, with these names. */
  fits(o: shift.Offsets, names: ChunkNames): boolean {
    const p = this.offsets;
    return p.at === o.at && p.amount === o.amount && p.paragraph === o.paragraph && this.names === names;
  }

  private list<T>(name: string, make: () => T[]): T[] {
    let out = this.memo.get(name) as T[] | undefined;
    if (!out) {
      out = make();
      this.memo.set(name, out);
    }
    return out;
  }

  /** Forgets the findings and claims it moved: read by the document-wide stages only, and kept by the Analysis as diagnostics and first claims. */
  releaseStages(): void {
    this.memo.delete('findings');
    this.memo.delete('claims');
  }

  get findings(): Finding[] {
    const d = this.offsets.at;
    return this.list('findings', () => [...this.chunk.local.findings, ...this.names.nearMisses].map((f) => shift.finding(f, d)));
  }

  get claims(): Claim[] {
    return this.list('claims', () => this.names.claims.map((c) => shift.claim(c, this.offsets)));
  }

  get amounts(): Amount[] {
    return this.list('amounts', () => this.chunk.amounts.map((a) => shift.amount(a, this.offsets)));
  }

  get entities(): EntityMention[] {
    return this.list('entities', () => this.names.entities.map((m) => shift.mention(m, this.offsets.at)));
  }

  get blocks(): Block[] {
    return this.list('blocks', () => this.chunk.structure.blocks.map((b) => shift.block(b, this.offsets)));
  }

  get paragraphs(): Span[] {
    return this.list('paragraphs', () => this.chunk.structure.paragraphs.map((p) => shift.span(p, this.offsets.at)));
  }

  get tables(): Table[] {
    return this.list('tables', () => this.chunk.structure.tables.map((t) => shift.table(t, this.offsets.at)));
  }

  get sentences(): Span[] {
    return this.list('sentences', () => this.chunk.structure.sentences.map((s) => shift.span(s, this.offsets.at)));
  }

  get percentages(): Percentage[] {
    return this.list('percentages', () => this.chunk.percentages.map((p) => shift.percentage(p, this.offsets.at)));
  }

  get definitions(): DocumentDefinition[] {
    return this.list('definitions', () => this.chunk.definitions.map((x) => shift.definition(x, this.offsets.at)));
  }

  get checks(): Check[] {
    return this.list('checks', () => this.chunk.local.checks.map((c) => shift.check(c, this.offsets.at)));
  }
}
