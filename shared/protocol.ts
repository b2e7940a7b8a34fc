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

/** Answer to `figures`; null for a document the server does not analyse. */
export interface Figures {
  amounts: { text: string; line: number; value: number; currency: string; qualifier: string | null; inferred: boolean }[];
  percentages: { text: string; line: number; value: number }[];
  checks: { kind: string; status: 'ok' | 'mismatch'; line: number; description: string }[];
  /** Rows the server left out past its caps (absent from older servers). */
  omitted?: { figures: number; checks: number };
}

export interface AnalyzeWorkspaceParams {
  workDoneToken?: string | number;
}

export interface AnalyzeWorkspaceResult {
  files: number;
  problems: number;
}
