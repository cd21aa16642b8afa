import type { ClientCapabilities, Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KeyedDebounce } from './keyedDebounce';

/** How long after an edit a client that does not pull gets the document's diagnostics. */
const PUSH_DELAY_MS = 200;

/**
 * How diagnostics reach the client, as its capabilities say (LSP 3.17). A client that declares
 * `textDocument.diagnostic` pulls them; it is asked to pull again when something changed, and only
 * if it declared `workspace.diagnostics.refreshSupport` (to others the request is an error).
 * Any other client (Neovim before 0.10, Emacs eglot 1.9) gets `publishDiagnostics` for each open
 * document: after an edit, once typing pauses, and after a change of the catalogs for every open
 * document; with the version it was computed for, and an empty list when the document closes.
 */
export class DiagnosticsDelivery {
  private readonly pending: KeyedDebounce;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly capabilities: () => ClientCapabilities,
    /** The diagnostics of an open document, as a pull would answer them. */
    private readonly compute: (uri: string) => Promise<Diagnostic[]>,
    delayMs = PUSH_DELAY_MS,
  ) {
    this.pending = new KeyedDebounce(delayMs);
  }

  /** Whether the client pulls diagnostics (it declared the capability). */
  pulls(): boolean {
    return this.capabilities().textDocument?.diagnostic !== undefined;
  }

  /** Something that may change any document's diagnostics changed: a catalog, the settings, the index. */
  changed(): void {
    if (this.pulls()) {
      if (this.capabilities().workspace?.diagnostics?.refreshSupport === true) {
        this.connection.languages.diagnostics.refresh().catch(() => undefined);
      }
      return;
    }
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  /** An open document was edited (or opened): a client that does not pull gets its diagnostics. */
  edited(uri: string): void {
    if (!this.pulls()) this.schedule(uri);
  }

  /** A document closed: what was pushed for it is cleared; a pulling client pulls the workspace again. */
  closed(uri: string): void {
    if (this.pulls()) {
      this.changed();
      return;
    }
    this.pending.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private schedule(uri: string): void {
    this.pending.schedule(uri, () => void this.publish(uri));
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = await this.compute(uri);
    } catch (error) {
      this.connection.console.error(`diagnostics of ${uri} failed: ${String(error)}`);
      return;
    }
    // An edit came in while they were computed: the next publish, already scheduled, says more.
    const now = this.documents.get(uri);
    if (!now || now.version !== version || this.pending.has(uri)) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
