import type { GovernanceReport } from './governanceReport';
import { pathToFileURL } from 'node:url';
import { RULES_DOCUMENTATION } from '../service/diagnostics';
import { SOURCE_RULES } from '../service/rules';
import type { RuleSeverity } from '../service/settings';
import { messageText, severityName, sortFindings, type Finding, type SeverityName } from './findings';
import { describeRule } from './ruleDescriptions';

/** The base that every result's relative path resolves against: the folder the check ran in. */
const SARIF_BASE_ID = '%SRCROOT%';

interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Record<SeverityName | Exclude<RuleSeverity, 'ignore'>, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/**
 * A SARIF 2.1.0 log with one run, in the shape GitHub code scanning uploads: the tool's rules with
 * their descriptions and help links, and each finding with its rule, level, message and a region
 * (1-based lines and columns in UTF-16 code units, end column exclusive) in a file whose URI is
 * relative to `%SRCROOT%`, the folder the check ran in; the run's properties name the catalogs.
 */
export function formatSarif(
  findings: readonly Finding[],
  cwd: string,
  tool: SarifTool,
  catalogs: GovernanceReport,
): string {
  const sorted = sortFindings(findings);
  const ruleIds = SOURCE_RULES.map((rule) => rule.id);
  for (const { diagnostic } of sorted) {
    const id = String(diagnostic.code);
    if (!ruleIds.includes(id)) ruleIds.push(id);
  }
  const defaults = new Map<string, RuleSeverity>(SOURCE_RULES.map((rule) => [rule.id, rule.defaultSeverity]));
  const rules = ruleIds.map((id) => {
    const severity = defaults.get(id);
    return {
      id,
      shortDescription: { text: describeRule(id) },
      helpUri: `${RULES_DOCUMENTATION}#${id}`,
      ...(severity && severity !== 'ignore' ? { defaultConfiguration: { level: LEVELS[severity] } } : {}),
    };
  });
  const results = sorted.map(({ path, diagnostic }) => {
    const { start, end } = diagnostic.range;
    const ruleId = String(diagnostic.code);
    return {
      ruleId,
      ruleIndex: ruleIds.indexOf(ruleId),
      level: LEVELS[severityName(diagnostic)],
      message: { text: messageText(diagnostic) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodePath(path), uriBaseId: SARIF_BASE_ID },
            region: {
              startLine: start.line + 1,
              startColumn: start.character + 1,
              endLine: end.line + 1,
              endColumn: end.character + 1,
            },
          },
        },
      ],
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules,
          },
        },
        originalUriBaseIds: { [SARIF_BASE_ID]: { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
        // SARIF's property bag: what the results were checked against.
        properties: { catalogs },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/** SARIF wants a base URI that ends with a slash, so relative URIs resolve inside the folder. */
function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : uri + '/';
}
