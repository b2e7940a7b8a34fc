import type { DiagnosticCode } from './codes';

// The vocabulary shared by every part of the core, the server, the CLI and the
// tests. Offsets are UTF-16 code-unit indices into the analysed string (what a
// JavaScript string index is, and what LSP positions count), `end` exclusive.

export interface Span {
  start: number;
  end: number;
}

/** How a writer hedged a figure: « près de », « plus de », « jusqu’à »… */
export type Qualifier = 'approximate' | 'lower-bound' | 'upper-bound' | null;

export interface Amount extends Span {
  text: string;
  /** In units of the currency: « 1,8 Md€ » → 1 800 000 000. Always finite, never negative. */
  value: number;
  /** ISO 4217 code: EUR, USD, GBP, CHF… */
  currency: string;
  /** True when the currency was not written next to the figure but taken from the paragraph. */
  currencyInferred: boolean;
  qualifier: Qualifier;
  /**
   * The value of one unit of the last digit as written: « 1,8 Md€ » → 100 000 000,
   * « 667 millions » → 1 000 000, « 12 000 € » → 1. Checks use half of it as rounding slack.
   */
  step: number;
  /** The scale word or abbreviation as written (« milliards », « Md€ », « M »), when there is one. */
  scale?: Span & { text: string; factor: number };
  /** Ends of a range (« entre 2 et 3 milliards »): this end's role and the other end's index in `amounts`. */
  range?: { role: 'low' | 'high'; other: number };
  /**
   * A bare table cell or list value whose unit is stated once elsewhere: the
   * header, caption, row label or list lead-in that states it (« M€ » in
   * « Montant (M€) », « millions d’euros » in « En millions d’euros »), and
   * its scale (1e6 there; 1 for « € »). The cell « 667 » then reads 667 000 000.
   */
  unitFrom?: Span & { text: string; factor: number };
  /**
   * « 25 000 (vingt mille) euros »: another number in brackets that restates this one, and its value in the
   * same unit (20 000 there). A bracket that repeats the number exactly is not recorded.
   */
  restated?: Span & { value: number };
  /**
   * « 0,6 M€ » in a list beside « 1,4 M€ » and « 2,3 M€ »: an amount of one significant digit written at the step of
   * siblings of two digits or more, in one sentence or one list, is rounded like them (0,55 to 0,65 M€), not read one
   * digit finer as a lone « 0,6 M€ » is.
   */
  roundedLikeSiblings?: boolean;
}

export interface Percentage extends Span {
  text: string;
  /** As written: « 12,5 % » → 12.5 (not 0.125); negative when a verb takes it away (« soustraire 5 % » → -5). */
  value: number;
  step: number;
  qualifier: Qualifier;
  /**
   * A whole percentage under 10 written beside whole percentages of 10 and more, in one sentence or one list
   * (« 58 %, 21 %, 13 % et 9 % »): rounded to the unit like them, so « 9 % » is 8,5 to 9,5 %, not 9,0 %.
   */
  roundedLikeSiblings?: boolean;
}

export type EntityKind =
  | 'programme'
  | 'plan'
  | 'strategy'
  | 'doctrine'
  | 'fund'
  | 'tax'
  | 'label'
  | 'qualification'
  | 'law'
  | 'regulation'
  | 'institution';

/** One occurrence of a known or user-defined name in the text. */
export interface EntityMention extends Span {
  text: string;
  id: string;
  kind: EntityKind;
  canonical: string;
  /** Where the entry comes from: the built-in knowledge base, a workspace glossary, or the document itself. */
  origin: 'builtin' | 'glossary' | 'document';
}

/** Where the document itself introduces a name (« Un label « X » a été créé… », « (ci-après « le Programme ») »). */
export interface Definition extends Span {
  /** The defined term as written, without quotes. */
  term: string;
  /** Entity id the term resolves to (a built-in id, or `user:<slug>` for a name the document invents). */
  id: string;
  /** The whole defining sentence, for hovers. */
  sentence: Span;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedSpan extends Span {
  message: string;
}

/**
 * The amount a document first attaches to a known name (« le PIA4, doté de
 * 20 Md€ »): what figure conflicts compare, within a document and across files.
 */
export interface FigureClaim extends Span {
  /** The name's entry. */
  id: string;
  /** The name's canonical form, for messages. */
  name: string;
  /** The amount as written, on one line. */
  text: string;
  value: number;
  lo: number;
  hi: number;
  currency: string;
  /** The period the amount is for (« y2024 », « yearly », '' when the text names none): amounts of different periods never conflict. */
  period?: string;
  /** A comment in the document silences figure conflicts here. */
  quiet: boolean;
}

/** A diagnostic in core terms: offsets, no LSP types. */
export interface Finding extends Span {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  related?: RelatedSpan[];
  fixes?: Fix[];
}

export interface CheckedFigure extends Span {
  value: number;
}

/** One arithmetic relation the document asserts, and whether it holds. */
export interface Check {
  kind: 'sum' | 'part' | 'percent-sum' | 'share' | 'table-total' | 'conflict' | 'change' | 'rate' | 'restatement' | 'reference';
  status: 'ok' | 'mismatch';
  total: CheckedFigure;
  parts: CheckedFigure[];
  /** What the parts add up to. */
  sum: number;
  /** The largest gap still read as rounding. */
  tolerance: number;
  /** Unit of the figures (ISO code, or '%'). */
  unit: string;
  /** For a share (`kind: 'share'`): the part and the whole it divides, as written (`parts[0].value` is their ratio). */
  operands?: { part: CheckedFigure; whole: CheckedFigure };
}
