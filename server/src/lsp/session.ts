import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import type { WorkspaceContext } from '../workspace/workspaceContext';
import type { SourceIndex } from '../workspace/sourceIndex';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CatalogTyping } from './catalogTyping';
import type { DiagnosticsDelivery } from './diagnosticsDelivery';
import type { SettingsCache } from './settingsCache';

/** What every handler shares: the connection, the open documents and the engine behind them. */
export interface Session {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsCache;
  /** How diagnostics reach this client: pulled, or pushed for the open documents. */
  diagnostics: DiagnosticsDelivery;
  /** What the client said it supports, in `initialize`. */
  clientCapabilities(): ClientCapabilities;
  /**
   * Resolves once the workspace's catalogs are indexed and the updates queued so far are applied;
   * handlers wait on it. With the URI of the document a request is about, an edit of that catalog
   * document still waiting for a pause in typing is parsed first.
   */
  ready(uri?: string): Promise<Engine>;
}

export interface Engine {
  index: WorkspaceIndex;
  /** Every source file of the workspace, indexed in the background after start-up. */
  sources: SourceIndex;
  context: WorkspaceContext;
  service: LanguageService;
  /** Whether git ignores a file: `check` leaves it out, so its open document gets no findings either. */
  isIgnored(path: string): Promise<boolean>;
}

/** What the client said in `initialize`, as the server's own wiring reads it. */
interface Client {
  capabilities: ClientCapabilities;
  /** It answers `workspace/configuration`: settings are asked of it, not defaulted. */
  hasConfiguration: boolean;
  /** It registers file watchers on request: the server then need not watch the catalogs itself. */
  hasDynamicWatchers: boolean;
  /** The workspace folders, as paths. */
  roots: string[];
}

/**
 * The session as the server's start-up and change wiring see it: the features' `Session`, plus what
 * the client said in `initialize` and the queue of index updates.
 */
export interface ServerSession extends Session {
  /** Empty until `initialize` fills it in. */
  client: Client;
  /** Edits of open catalog documents, parsed once typing pauses. */
  catalogTyping: CatalogTyping;
  /** Queues an update of the index, run once the engine is ready and the updates before it are done. */
  whenIndexed(update: (engine: Engine) => Promise<void>): void;
  /** Hands the engine to everything waiting on `ready`: start-up calls it once the catalogs are indexed. */
  start(engine: Engine): void;
}
