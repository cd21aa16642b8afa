import type { CarrierExtension, EnvelopeExtension } from '../catalog/types';
import { readCarrierRows, readEnvelopeRows } from '../catalog/canonicalExtensions';
import { settingProperty } from '../catalog/catalogNode';

/** How loudly a rule reports. `ignore` turns it off. */
export type RuleSeverity = 'ignore' | 'hint' | 'info' | 'warning' | 'error';

/** The `errorCatalog.*` settings of one resource, normalised. */
export interface Settings {
  catalogFiles: string[];
  rules: Record<string, RuleSeverity>;
  hover: { enable: boolean };
  completion: { enable: boolean };
  /** The catalog status after each code string. */
  inlayHints: { enable: boolean };
  /** "N usages" above each entry of a catalog file. */
  codeLens: { enable: boolean };
  /**
   * Semantic tokens for codes. Off unless asked for: an editor uses one semantic-token provider
   * per document, so ours would replace the language's own semantic highlighting.
   */
  semanticTokens: { enable: boolean };
  envelopes: EnvelopeExtension[];
  carriers: CarrierExtension[];
  /** Globs of test files, relative to the workspace folder; empty for the defaults. */
  testFiles: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  catalogFiles: [],
  rules: {},
  hover: { enable: true },
  completion: { enable: true },
  inlayHints: { enable: true },
  codeLens: { enable: true },
  semanticTokens: { enable: false },
  envelopes: [],
  carriers: [],
  testFiles: [],
};

const SEVERITY_NAMES: Record<string, RuleSeverity> = {
  ignore: 'ignore',
  off: 'ignore',
  none: 'ignore',
  hint: 'hint',
  info: 'info',
  information: 'info',
  warning: 'warning',
  warn: 'warning',
  error: 'error',
};

/** Turns whatever the client sent (possibly nothing, possibly wrong types) into Settings. */
export function normalizeSettings(raw: unknown): Settings {
  const input = isObject(raw) ? raw : {};
  const rules: Record<string, RuleSeverity> = {};
  if (isObject(input.rules)) {
    for (const [rule, value] of Object.entries(input.rules)) {
      const severity = typeof value === 'string' ? SEVERITY_NAMES[value.toLowerCase()] : undefined;
      if (severity) rules[rule] = severity;
    }
  }
  return {
    catalogFiles: Array.isArray(input.catalogFiles)
      ? input.catalogFiles.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0)
      : [],
    rules,
    hover: { enable: readEnable(input.hover) },
    completion: { enable: readEnable(input.completion) },
    inlayHints: { enable: readEnable(input.inlayHints) },
    codeLens: { enable: readEnable(input.codeLens) },
    semanticTokens: { enable: readEnable(input.semanticTokens, false) },
    // Validated by the catalog's own readers: a row that would be refused in a catalog file (no
    // `name`, a path that is not a list of keys) is left out here too.
    envelopes:
      input.envelopes === undefined
        ? []
        : readEnvelopeRows(settingProperty('envelopes', input.envelopes), []),
    carriers:
      input.carriers === undefined ? [] : readCarrierRows(settingProperty('carriers', input.carriers), []),
    testFiles: Array.isArray(input.testFiles)
      ? input.testFiles.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0)
      : [],
  };
}

/** Parses a `rule=severity` pair as the CLI's `--rule` takes it. */
export function parseRuleSeverity(value: string): RuleSeverity | undefined {
  return SEVERITY_NAMES[value.toLowerCase()];
}

function readEnable(section: unknown, fallback = true): boolean {
  return isObject(section) && typeof section.enable === 'boolean' ? section.enable : fallback;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
