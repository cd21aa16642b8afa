import type { Location } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../catalog/types';
import type { CatalogProblemSummary, CatalogStatus } from '../service/catalogSummary';
import type { AddEntriesResult, EntryToAdd } from '../service/edits/addEntries';

/**
 * The requests and notifications the Error Catalog client adds to LSP, for its catalog view,
 * language status and commands. Plain method names and JSON shapes, shared by both ends.
 */
export const CatalogMethods = {
  /** `CatalogEntriesParams` -> `CatalogEntriesResult`: every code of every catalog file. */
  entries: 'errorCatalog/catalogEntries',
  /** `UsagesParams` -> `Location[]`: where a catalog entry's code is used in source. */
  usages: 'errorCatalog/usages',
  /** `StatusParams` -> `CatalogStatus`; answered once the workspace is indexed. */
  status: 'errorCatalog/status',
  /** no params -> `CatalogStatus`: reloads every catalog file and re-analyses every source file. */
  reindex: 'errorCatalog/reindex',
  /** `ImportDocumentParams` -> `ImportDocumentResult`: the entries a documentation file lists. */
  importDocument: 'errorCatalog/importDocument',
  /**
   * `AddEntriesParams` -> `AddEntriesResult`: the edit that writes entries into a JSON or YAML
   * catalog; the client applies it. One implementation of catalog writing, the server's.
   */
  addEntries: 'errorCatalog/addEntries',
  /**
   * Server -> client notification, no params: catalogs or usages changed; views re-request. Sent
   * only to a client that declares `CATALOG_VIEW_CAPABILITY`: no other has a view to refresh.
   */
  catalogChanged: 'errorCatalog/catalogChanged',
} as const;

/**
 * The experimental client capability (`capabilities.experimental.errorCatalog.catalogView`) of a
 * client with a catalog view, which wants `catalogChanged`.
 */
export interface CatalogClientCapabilities {
  errorCatalog?: { catalogView?: boolean };
}

export interface CatalogEntriesParams {
  /** Counting usages waits for the workspace's sources to be indexed. */
  countUsages: boolean;
}

/** One code as one catalog file defines it. */
export interface CatalogEntrySummary {
  code: string;
  statuses: number[];
  title?: string;
  /** Markdown. */
  description?: string;
  deprecated?: true | string;
  /** The code as written in the catalog file. */
  definition: Location;
  /** How many source references resolve to this entry; absent when not counted. */
  usages?: number;
}

export interface CatalogEntriesResult {
  entries: CatalogEntrySummary[];
}

export interface UsagesParams {
  code: string;
  /** The catalog file that defines the entry: only references it governs are counted. */
  catalogUri: string;
}

export interface StatusParams {
  /** A client-created work-done token: the server reports indexing on it. */
  workDoneToken?: string | number;
}

export interface ImportDocumentParams {
  uri: string;
}

/** An entry read from a documentation file, in the canonical catalog's shape. */
type ImportedEntry = Omit<CatalogEntry, 'source' | 'variants'>;

export type ImportDocumentResult =
  | {
      entries: ImportedEntry[];
      problems: CatalogProblemSummary[];
      /** Paragraphs of free text no code could take, for the user to review. */
      unplaced: string[];
    }
  | { error: string };

export interface AddEntriesParams {
  /** The catalog file to write into; it need not exist yet. */
  uri: string;
  /** Its text as the client has it: the open editor's, the file's, or empty for a new file. */
  text: string;
  entries: EntryToAdd[];
}

// The catalogs' status is the service's summary (service/catalogSummary.ts), sent as is.
export type { AddEntriesResult, CatalogStatus, EntryToAdd };
