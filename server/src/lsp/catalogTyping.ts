import { KeyedDebounce } from './keyedDebounce';

/**
 * How long typing in a catalog document must pause before its text is parsed again. A large
 * Markdown catalog takes seconds to parse; parsed on every keystroke, five characters typed kept a
 * hover waiting for five parses.
 */
export const CATALOG_PARSE_DELAY_MS = 300;

/**
 * Edits of open catalog documents, parsed once typing pauses. A request about the catalog
 * document itself (its diagnostics, lenses, a rename from it) parses the pending edit first, since
 * its answer carries positions in the current text; other requests use the catalog as last parsed,
 * at most a pause old, and the parse that lands refreshes their diagnostics.
 */
export class CatalogTyping {
  private readonly pending: KeyedDebounce;

  constructor(
    /** Parses the document's current text into the index. */
    private readonly parse: (uri: string) => void,
    delayMs = CATALOG_PARSE_DELAY_MS,
  ) {
    this.pending = new KeyedDebounce(delayMs);
  }

  /** The document changed: its parse waits for a pause. */
  edited(uri: string): void {
    this.pending.schedule(uri, () => this.parse(uri));
  }

  /** Parses the document's pending edit now, if it has one. */
  flush(uri: string): void {
    if (this.pending.cancel(uri)) this.parse(uri);
  }

  /** Drops the document's pending edit (it was closed: the file on disk is the catalog again). */
  cancel(uri: string): boolean {
    return this.pending.cancel(uri);
  }
}
