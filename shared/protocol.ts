// The protocol between the extension (client/src), the language server
// (server/src/lsp) and the end-to-end suite (test/e2e): custom request names,
// their parameters and answers, the settings section and the URI scheme of
// the knowledge pages. One definition, imported by all three, as
// vscode-eslint's `$shared`: a request renamed or an answer reshaped on one
// side fails to compile on the other. Imports nothing (boundaries.test.ts).

/** The settings section: `policyLens.*` in package.json. */
export const SETTINGS_SECTION = 'policyLens';

/** Settings the client reads itself (the server reads the whole section per document). */
export const SettingKeys = {
  fileTypes: 'fileTypes',
  glossaryPaths: 'glossary.paths',
} as const;

/** Commands the extension registers (package.json contributes them). */
export const Commands = {
  restartServer: 'policyLens.restartServer',
  analyzeWorkspace: 'policyLens.analyzeWorkspace',
  showFigures: 'policyLens.showFigures',
  /** Turns a check off in the settings (a quick fix runs it with the code and the document's URI). */
  disableCheck: 'policyLens.disableCheck',
} as const;

/** The webview of the figures table. */
export const FIGURES_VIEW_TYPE = 'policyLens.figures';

/** Read-only pages of built-in knowledge entries: go to definition on a built-in name lands there. */
export const KNOWLEDGE_SCHEME = 'policy-lens-knowledge';

export const Requests = {
  /** Counts for the status bar. */
  documentSummary: 'policyLens/documentSummary',
  /** Every figure and check of a document, for the figures table. */
  figures: 'policyLens/figures',
  /** The Markdown page of a built-in entry. */
  knowledgeDocument: 'policyLens/knowledgeDocument',
  /** Analyse every brief of the workspace and publish its problems. */
  analyzeWorkspace: 'policyLens/analyzeWorkspace',
} as const;

/** Requests the server answers only with POLICY_LENS_TEST_HOOKS=1, for the protocol tests. */
export const TestRequests = {
  block: 'policyLens/test/block',
  throwLater: 'policyLens/test/throwLater',
} as const;

export interface DocumentParams {
  uri: string;
}

/** Answer to `documentSummary`; null for a document the server does not analyse. */
export interface DocumentSummary {
  amounts: number;
  percentages: number;
  entities: number;
  checks: number;
  failing: number;
}

/** One figure of the figures table, every word in the editor's language. */
export interface FigureRow {
  text: string;
  /** 0-based. */
  line: number;
  value: number;
  /** ISO currency, '%', or '' for a bare number of a table. */
  unit: string;
  kind: 'amount' | 'percentage' | 'cell';
  /** Index in `sections`, or -1 before the first heading. */
  section: number;
  /** Remarks in words: hedges, inferred units, the checks the figure takes part in. */
  notes: string[];
  /** Whether a check it takes part in fails. */
  failing: boolean;
}

/** One check of the figures table. */
export interface CheckRow {
  /** The check's kind code (« sum », « share », « conflict »…). */
  kind: string;
  /** The kind in words (« Somme des parties »). */
  label: string;
  status: 'ok' | 'mismatch';
  /** The line of the mention the check flags (the total of a sum, the later mention of a conflict), 0-based. */
  line: number;
  section: number;
  /** What the check says, in a sentence. */
  words: string;
  /** Its arithmetic, figures as written. */
  arithmetic: string;
  /** Kept for older clients: the arithmetic alone. */
  description: string;
}

/** Answer to `figures`; null for a document the server does not analyse. */
export interface Figures {
  sections: { title: string; line: number }[];
  figures: FigureRow[];
  checks: CheckRow[];
  /** Rows left out past the caps. */
  omitted: { figures: number; checks: number };
  /** Kept for older clients. */
  amounts: { text: string; line: number; value: number; currency: string; qualifier: string | null; inferred: boolean }[];
  percentages: { text: string; line: number; value: number }[];
}

export interface AnalyzeWorkspaceParams {
  workDoneToken?: string | number;
}

export interface AnalyzeWorkspaceResult {
  files: number;
  /** Errors, warnings and information: what the Problems view shows by default. */
  problems: number;
  /** Hints, counted apart (absent from older servers). */
  hints?: number;
}
