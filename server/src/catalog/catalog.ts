import type {
  ApiDescription,
  CarrierExtension,
  CatalogEntry,
  CatalogLoadResult,
  CatalogProblem,
  EnvelopeExtension,
} from './types';
import { misspelledCode } from './misspellings';
import { standardEntries } from './standards';
import { makeProblem, ProblemCodes } from './problems';
import { fileNameOf } from '../workspace/fileKinds';

/** One loaded catalog document, as the index hands it to `Catalog.from`. */
export interface CatalogDocument {
  uri: string;
  result: CatalogLoadResult;
}

/** The declarative table extensions that the catalog documents declare. */
export interface CatalogExtensions {
  envelopes: EnvelopeExtension[];
  carriers: CarrierExtension[];
  /** The catalog holds an OpenAPI document: sources are read for their routes too. */
  routes?: true;
}

/**
 * The merged view of several catalog documents. Documents earlier in the list take precedence: a
 * code defined in two documents resolves to the first one's entry (the index orders a package's
 * own catalog before the root's).
 */
export class Catalog {
  /** Problems that only show when documents are merged (conflicting statuses), by document URI. */
  readonly problems: Map<string, CatalogProblem[]>;
  /** True when every document is a status-only catalog (its entries are statuses, not codes). */
  readonly statusOnly: boolean;
  readonly extensions: CatalogExtensions;

  private readonly byCode = new Map<string, CatalogEntry[]>();
  /** Each alias to the entry that declares it (not necessarily the one in force for its code). */
  private readonly byAlias = new Map<string, CatalogEntry>();
  private readonly declaredEnvelopes: string[];
  /** The entry in force for each code, in document order; hover and completion ask for it often. */
  private readonly inForce: CatalogEntry[];

  /** The built-in vocabularies the documents take in, by name. */
  readonly standardNames: readonly string[];
  /** Where the standards' entries point: they are nobody's document to report problems in. */
  private readonly standardUris: ReadonlySet<string>;
  /** Codes defined in source that misspell a documented code, to the code they misspell. */
  private readonly misspellings = new Map<string, string>();

  private constructor(
    private readonly documents: CatalogDocument[],
    settingRows?: CatalogExtensions,
  ) {
    this.standardNames = [...new Set(documents.flatMap((doc) => doc.result.standards ?? []))];
    // A vocabulary a catalog takes in is its last document: the API's own entries win.
    const standards = this.standardNames.map(standardDocument);
    this.standardUris = new Set(standards.map((doc) => doc.uri));
    documents = [...documents, ...standards];
    const documented = documents.flatMap(({ result }) =>
      result.entries.filter((entry) => entry.source.format !== 'typescript'),
    );
    const documentedNames = new Set(documented.flatMap((entry) => [entry.code, ...entry.aliases]));
    for (const { result } of documents) {
      for (const entry of result.entries) {
        if (entry.source.format === 'typescript' && !documentedNames.has(entry.code)) {
          // A typo in a code enum must not make the typo a code of the catalog.
          const meant = this.misspellings.get(entry.code) ?? misspelledCode(entry.code, documented);
          if (meant !== undefined) {
            this.misspellings.set(entry.code, meant);
            continue;
          }
        }
        const definitions = this.byCode.get(entry.code);
        if (definitions) definitions.push(entry);
        else this.byCode.set(entry.code, [entry]);
      }
    }
    // Of a code's definitions in source, one that states a status (`createError(ErrorCode.X, m, 403)`)
    // tells more than one that only spells the code (`enum ErrorCode { X = 'X' }`): it goes first.
    for (const definitions of this.byCode.values()) definitions.sort((a, b) => sourceRank(a) - sourceRank(b));
    for (const definitions of this.byCode.values()) {
      for (const entry of definitions) {
        for (const alias of entry.aliases) if (!this.byAlias.has(alias)) this.byAlias.set(alias, entry);
      }
    }
    this.inForce = [...this.byCode.values()].map((definitions) => definitions[0]);
    this.statusOnly = documents.length > 0 && documents.every((doc) => doc.result.kind === 'statuses');
    this.declaredEnvelopes = [...new Set(documents.flatMap((doc) => doc.result.envelope ?? []))];
    // The catalog files' rows first, then those of the editor's settings (`errorCatalog.envelopes`,
    // `errorCatalog.carriers`), which add to them as another catalog file would.
    this.extensions = {
      envelopes: [
        ...documents.flatMap((doc) => doc.result.envelopes ?? []),
        ...(settingRows?.envelopes ?? []),
      ],
      carriers: [...documents.flatMap((doc) => doc.result.carriers ?? []), ...(settingRows?.carriers ?? [])],
    };
    if (documents.some((doc) => doc.result.api)) this.extensions.routes = true;
    this.problems = this.findCrossDocumentProblems();
  }

  /**
   * Merges loaded documents; the order of `docs` is their precedence. `settingRows`: the envelope
   * and carrier rows the editor's settings add.
   */
  static from(docs: CatalogDocument[], settingRows?: CatalogExtensions): Catalog {
    return new Catalog(docs, settingRows);
  }

  /** An empty catalog, for a workspace that has none yet. */
  static empty(): Catalog {
    return new Catalog([]);
  }

  /** The entry of a code, or of the code an alias stands for; codes are matched exactly. */
  lookup(codeOrAlias: string): CatalogEntry | undefined {
    const declaring = this.byAlias.get(codeOrAlias);
    return this.byCode.get(codeOrAlias)?.[0] ?? (declaring && this.byCode.get(declaring.code)?.[0]);
  }

  /**
   * The documented code that a code defined in source misspells (`'unauthorised_share'` where the
   * catalog lists `unauthorized_share`); such a code stays out of the catalog.
   */
  misspelling(code: string): string | undefined {
    return this.misspellings.get(code);
  }

  /** Every document's definition of a code, in precedence order (go-to-definition, rename). */
  definitions(code: string): CatalogEntry[] {
    return this.byCode.get(code) ?? [];
  }

  /** One entry per code, the one in force, in document order. */
  entries(): CatalogEntry[] {
    return [...this.inForce];
  }

  /** The entries in force that the catalog gives this status. */
  entriesWithStatus(status: number): CatalogEntry[] {
    return this.inForce.filter((entry) => entry.statuses.includes(status));
  }

  /** Every status any entry has, ascending. */
  statuses(): number[] {
    const all = new Set(this.inForce.flatMap((entry) => entry.statuses));
    return [...all].sort((a, b) => a - b);
  }

  /** The envelope style names the documents declare (`envelope`), first declaration first. */
  envelopes(): string[] {
    return [...this.declaredEnvelopes];
  }

  /**
   * The catalog files merged (not the codes sources define), each with its kind and how many
   * codes it lists, in precedence order.
   */
  fileDocuments(): Array<{ uri: string; kind: CatalogLoadResult['kind']; codes: number; openapi: boolean }> {
    return this.documents
      .filter(({ result }) => !result.entries.some((entry) => entry.source.format === 'typescript'))
      .map(({ uri, result }) => ({
        uri,
        kind: result.kind,
        codes: new Set(result.entries.map((entry) => entry.code)).size,
        openapi: result.api !== undefined,
      }));
  }

  /** The codes in force that only source defines (an enum, `createError(...)`, a code-to-status map). */
  sourceCodes(): string[] {
    return this.inForce.filter((entry) => entry.source.format === 'typescript').map((entry) => entry.code);
  }

  /** The URIs of the merged documents, in precedence order. */
  uris(): string[] {
    return this.documents.map((doc) => doc.uri);
  }

  /** The OpenAPI documents among them, with the operations each describes, in precedence order. */
  apiDescriptions(): Array<{ uri: string; api: ApiDescription }> {
    return this.documents.flatMap(({ uri, result }) => (result.api ? [{ uri, api: result.api }] : []));
  }

  private findCrossDocumentProblems(): Map<string, CatalogProblem[]> {
    const problems = new Map<string, CatalogProblem[]>();
    const add = (uri: string, problem: CatalogProblem) => {
      const list = problems.get(uri);
      if (list) list.push(problem);
      else problems.set(uri, [problem]);
    };
    // An API may send a standard's code with its own status: its catalog overrides the standard.
    const ownDefinitions = (code: string) =>
      (this.byCode.get(code) ?? []).filter((entry) => !this.standardUris.has(entry.source.uri));
    for (const code of this.byCode.keys()) {
      const definitions = ownDefinitions(code);
      for (const entry of definitions) {
        for (const other of definitions) {
          if (other === entry || !statusesConflict(entry, other)) continue;
          add(entry.source.uri, conflictProblem(entry, other));
        }
      }
    }
    for (const [alias, owner] of this.byAlias) {
      for (const entry of this.byCode.get(alias) ?? []) {
        if (entry.source.uri === owner.source.uri) continue; // reported by the document's own loader
        const where = describePlace(owner);
        const message = `${alias} is also an alias of ${owner.code} in ${where}.`;
        add(entry.source.uri, makeProblem(ProblemCodes.aliasCollidesWithCode, message, entry.source.range));
      }
    }
    return problems;
  }
}

/** A built-in vocabulary as a catalog document, its entries pointing at the standard. */
function standardDocument(name: string): CatalogDocument {
  const entries = [...(standardEntries(name)?.values() ?? [])];
  return {
    uri: entries[0]?.source.uri ?? name,
    result: { entries, problems: [], kind: 'codes', parsed: true },
  };
}

/** Catalog documents first, in their order; then source definitions with a status; then those without. */
function sourceRank(entry: CatalogEntry): number {
  if (entry.source.format !== 'typescript') return 0;
  return entry.statuses.length > 0 ? 1 : 2;
}

/** Two definitions conflict when both state statuses and they are not the same set. */
function statusesConflict(a: CatalogEntry, b: CatalogEntry): boolean {
  if (a.statuses.length === 0 || b.statuses.length === 0) return false;
  if (a.statuses.length !== b.statuses.length) return true;
  return a.statuses.some((status) => !b.statuses.includes(status));
}

function conflictProblem(entry: CatalogEntry, other: CatalogEntry): CatalogProblem {
  const message =
    `${entry.code} has status ${entry.statuses.join(', ')} here ` +
    `but ${other.statuses.join(', ')} in ${describePlace(other)}.`;
  return makeProblem(ProblemCodes.conflictingStatus, message, entry.source.range);
}

/** `error-catalog.json line 3`: the file name and line of an entry, for messages about it. */
function describePlace(entry: CatalogEntry): string {
  return `${fileNameOf(entry.source.uri)} line ${entry.source.range.start.line + 1}`;
}
