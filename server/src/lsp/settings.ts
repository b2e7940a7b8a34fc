// Settings flow as in vscode-eslint: the server asks the client for the
// `policyLens` section scoped to each document's URI, so every workspace
// folder can tune its own checks. Answers are cached until the client says
// the configuration changed.

import { Connection } from 'vscode-languageserver/node';
import { DEFAULT_MAX_LENGTH } from '../core/analysis';
import { CheckSettings, defaultCheckSettings } from '../core/settings';
import { SETTINGS_SECTION } from '../../../shared/protocol';
import { Severity } from '../core/types';

export interface ServerSettings {
  enable: boolean;
  checks: CheckSettings;
  inlayHints: boolean;
  codeLens: boolean;
  maxDocumentSize: number;
  debounceMs: number;
}

export const defaultServerSettings: ServerSettings = {
  enable: true,
  checks: defaultCheckSettings,
  inlayHints: false,
  codeLens: true,
  maxDocumentSize: DEFAULT_MAX_LENGTH,
  debounceMs: 20,
};

const SEVERITIES = new Set<Severity>(['error', 'warning', 'information', 'hint']);

/** Turns whatever the client sent into valid settings; unknown or ill-typed values fall back to defaults. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const checks = (r.checks && typeof r.checks === 'object' ? r.checks : {}) as Record<string, any>;
  const severities: Record<string, Severity> = {};
  if (checks.severity && typeof checks.severity === 'object') {
    for (const [code, sev] of Object.entries(checks.severity)) {
      if (SEVERITIES.has(sev as Severity)) severities[code] = sev as Severity;
    }
  }
  const num = (v: unknown, d: number, min = 0) => (typeof v === 'number' && Number.isFinite(v) && v >= min ? v : d);
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : defaultServerSettings.enable,
    checks: {
      tolerance: num(checks.tolerance, defaultCheckSettings.tolerance),
      disabled: Array.isArray(checks.disabled) ? checks.disabled.filter((c: unknown) => typeof c === 'string') : [],
      severities,
      maxDiagnostics: num(r.maxDiagnostics, defaultCheckSettings.maxDiagnostics, 1),
      typography: r.hints?.typography === 'each' ? 'each' : 'grouped',
    },
    inlayHints: r.inlayHints?.enabled === true,
    codeLens: r.codeLens?.enabled !== false,
    maxDocumentSize: num(r.maxDocumentSize, defaultServerSettings.maxDocumentSize, 1),
    debounceMs: num(r.debounceMs, defaultServerSettings.debounceMs),
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private readonly resolved = new Map<string, ServerSettings>();
  private supported = false;

  constructor(private readonly connection: Connection) {}

  setSupported(supported: boolean): void {
    this.supported = supported;
  }

  isSupported(): boolean {
    return this.supported;
  }

  get(uri: string): Promise<ServerSettings> {
    if (!this.supported) return Promise.resolve(defaultServerSettings);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalizeSettings, () => defaultServerSettings)
        .then((settings) => {
          this.resolved.set(uri, settings);
          return settings;
        });
      this.cache.set(uri, s);
    }
    return s;
  }

  /** The last answer for `uri` (defaults before any arrived): features that must answer at once use it. */
  current(uri: string): ServerSettings {
    return this.resolved.get(uri) ?? defaultServerSettings;
  }

  clear(uri?: string): void {
    if (uri) {
      this.cache.delete(uri);
      this.resolved.delete(uri);
    } else {
      this.cache.clear();
      this.resolved.clear();
    }
  }
}
