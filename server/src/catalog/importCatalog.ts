import type { CatalogEntry, CatalogLoadResult, CatalogProblem } from './types';
import { importText } from './importText';
import { loadJsonCatalog } from './jsonCatalog';
import { loadMarkdownCatalog } from './markdownCatalog';
import { loadYamlCatalog } from './yamlCatalog';
import { catalogFormatOf } from '../workspace/fileKinds';

/** An imported catalog: its entries, the problems met, and the text no code could take. */
export interface ImportResult {
  entries: CatalogEntry[];
  problems: CatalogProblem[];
  /** Paragraphs and lines of the document that were not attached to any code, for review. */
  unplaced: string[];
  kind: CatalogLoadResult['kind'];
}

/**
 * Imports a catalog from any documentation the project knows: canonical JSON or YAML (by the URI's
 * extension), Markdown that the index reads directly (seeds 000, 001, 002, 004: the same entries
 * as indexing them), or free text (seed 003) through the text importer.
 */
export function importCatalog(text: string, uri: string): ImportResult {
  const format = catalogFormatOf(uri.split(/[?#]/)[0]);
  if (format === 'json') return fromLoaded(loadJsonCatalog(text, uri));
  if (format === 'yaml') return fromLoaded(loadYamlCatalog(text, uri));
  const markdown = loadMarkdownCatalog(text, uri);
  if (markdown.entries.length > 0 || !markdown.parsed) return fromLoaded(markdown);
  return { ...importText(text, uri), kind: 'codes' };
}

function fromLoaded(result: CatalogLoadResult): ImportResult {
  return { entries: result.entries, problems: result.problems, unplaced: [], kind: result.kind };
}
