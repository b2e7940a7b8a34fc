// What a user can tune. The same object comes from VS Code settings (through
// the server), from CLI flags, or from tests.

import { Severity } from './types';

export interface CheckSettings {
  /** Extra relative slack on top of the rounding each figure's writing implies (0.01 = 1 %). */
  tolerance: number;
  /** Diagnostic codes that are never reported. */
  disabled: string[];
  /** Severity overrides per diagnostic code. */
  severities: Record<string, Severity>;
  /** At most this many diagnostics per document; past it, one notice says how many were left out. */
  maxDiagnostics: number;
  /** Typography hints: one per paragraph, list or table (`grouped`), or one per figure (`each`). */
  typography: 'grouped' | 'each';
}

export const defaultCheckSettings: CheckSettings = {
  tolerance: 0.005,
  disabled: [],
  severities: {},
  maxDiagnostics: 1000,
  typography: 'grouped',
};
