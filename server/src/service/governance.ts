import type { Catalog } from '../catalog/catalog';
import type { CatalogLoadResult } from '../catalog/types';

/** One catalog file that governs the files in question. */
interface GoverningFile {
  uri: string;
  /** `markdown`, `json` or `yaml`, from the file's name. */
  format: string;
  kind: CatalogLoadResult['kind'];
  codes: number;
}

/** What the files in question are checked against: catalog files, codes source defines, standards. */
export interface Governance {
  files: GoverningFile[];
  /** Distinct codes in force that only source defines (enums, `createError(...)`, maps). */
  sourceCodes: number;
  /** Built-in vocabularies the catalogs take in. */
  standards: string[];
}

const FORMAT_OF_EXTENSION: Readonly<Record<string, string>> = {
  md: 'markdown',
  markdown: 'markdown',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
};

/** The governance of the catalogs in force for some files, each file and code counted once. */
export function governanceOf(catalogs: Iterable<Catalog>): Governance {
  const files = new Map<string, GoverningFile>();
  const sourceCodes = new Set<string>();
  const standards = new Set<string>();
  for (const catalog of new Set(catalogs)) {
    for (const file of catalog.fileDocuments()) {
      if (files.has(file.uri)) continue;
      const extension = file.uri.slice(file.uri.lastIndexOf('.') + 1).toLowerCase();
      const { openapi, ...counts } = file;
      const format = openapi ? 'openapi' : (FORMAT_OF_EXTENSION[extension] ?? extension);
      files.set(file.uri, { ...counts, format });
    }
    for (const code of catalog.sourceCodes()) sourceCodes.add(code);
    for (const name of catalog.standardNames) standards.add(name);
  }
  // Across several catalogs no one precedence holds: files are listed in path order.
  const sorted = [...files.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return { files: sorted, sourceCodes: sourceCodes.size, standards: [...standards].sort() };
}

/** Whether anything governs: a catalog file, or codes that source defines acting as one. */
export function isGoverned(governance: Governance): boolean {
  return governance.files.length > 0 || governance.sourceCodes > 0;
}

/**
 * One sentence on what governed, for a report's summary: the catalog files with their kind and
 * code counts, or, plainly, that the codes source defines act as the catalog, or that nothing does.
 */
export function describeGovernance(governance: Governance, show: (uri: string) => string): string {
  const { files, sourceCodes, standards } = governance;
  const defined = `${sourceCodes} code${sourceCodes === 1 ? '' : 's'} defined in source`;
  const vocabularies = standards.length > 0 ? `; standard vocabularies: ${standards.join(', ')}` : '';
  if (files.length > 0) {
    const listed = files.map((file) => {
      const count =
        file.kind === 'statuses' ? 'statuses only' : `${file.codes} code${file.codes === 1 ? '' : 's'}`;
      return `${show(file.uri)} (${file.format}, ${count})`;
    });
    return `Catalogs: ${listed.join(', ')}${sourceCodes > 0 ? `; ${defined}` : ''}${vocabularies}.`;
  }
  if (sourceCodes > 0) {
    return (
      `No catalog file governs these files: the ${defined} (code enums, createError(...) calls, ` +
      `code-to-status maps) act as the catalog${vocabularies}.`
    );
  }
  return 'No error catalog governs these files: no code was checked against one.';
}
