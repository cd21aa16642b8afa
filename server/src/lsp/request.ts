import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../service/settings';
import { isSourcePath } from '../workspace/fileKinds';
import type { Engine, Session } from './session';

/**
 * How every request handler of the server runs: `runSafe`, and on top of it `documentHandler` for
 * the requests about one open document. One path, so no handler can take the server down, ignore
 * a cancellation or hide from the background index that it waits.
 */

/** Where handlers log what went wrong: the connection's console, never stdout. */
interface Logger {
  error(message: string): void;
}

/**
 * Requests taken whose work has not started yet: the background index steps aside while there
 * are any, so a request does not wait behind a slice of it at each turn of the event loop. A
 * request that then waits on something (the index itself) no longer counts.
 */
let waiting = 0;

/** How many requests wait for their work to start. */
export function requestsWaiting(): number {
  return waiting;
}

/**
 * Runs a request handler so that a failure can never take the server down: a thrown error is
 * logged and the fallback answered, and a request cancelled before it starts is answered as such.
 */
export function runSafe<T>(
  logger: Logger,
  work: () => T | Promise<T>,
  fallback: T,
  what: string,
  token?: CancellationToken,
): Promise<T | ResponseError<never>> {
  waiting++;
  return new Promise((resolve) => {
    // Yield first, so a cancellation already on its way can arrive before the work starts.
    setImmediate(async () => {
      waiting--;
      if (token?.isCancellationRequested) {
        resolve(cancelled());
        return;
      }
      try {
        const result = await work();
        resolve(token?.isCancellationRequested ? cancelled() : result);
      } catch (error) {
        logger.error(`${what} failed: ${describe(error)}`);
        resolve(fallback);
      }
    });
  });
}

function cancelled(): ResponseError<never> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The params of a request about one document. */
interface DocumentParams {
  textDocument: { uri: string };
}

/** What a request about an open document hands its work. */
interface DocumentRequest<P> {
  document: TextDocument;
  engine: Engine;
  params: P;
  /** The document's settings, when the options asked for them (`enabled`, `withSettings`). */
  settings?: Settings;
}

interface DocumentRequestOptions<E> {
  /**
   * The answer when there is none: the document is not open (or not a source file, with
   * `sourceOnly`), the feature is off, or the work failed. Null unless given.
   */
  empty?: E;
  /**
   * For the features of source documents: a catalog file gets `empty` (the analyser reads
   * TypeScript and JavaScript only), and the answer comes from the catalog as last parsed, without
   * parsing a catalog edit still waiting for a pause in typing (see CatalogTyping).
   */
  sourceOnly?: boolean;
  /**
   * The setting that turns the feature on: off, the answer is `empty`. The document's settings are
   * read along with the engine.
   */
  enabled?: (settings: Settings) => boolean;
  /** Reads the document's settings along with the engine, for work whose answer depends on them. */
  withSettings?: boolean;
  /**
   * Waits for the source index first: references and rename must see every use, not the files
   * indexed so far.
   */
  wholeWorkspace?: boolean;
}

/**
 * The handler of a request about one open document, run by `runSafe` and logged as
 * `${feature} in ${uri}`: it answers `empty` for a document the client never opened, and
 * otherwise what `work` makes of the document once the engine is ready (for a request about a
 * catalog document, once its pending edit is parsed).
 */
export function documentHandler<P extends DocumentParams, R, E = null>(
  session: Session,
  feature: string,
  work: (request: DocumentRequest<P>) => R | Promise<R>,
  options: DocumentRequestOptions<E> = {},
): (params: P, token: CancellationToken) => Promise<R | E | ResponseError<never>> {
  const empty = (options.empty ?? null) as E;
  return (params, token) => {
    const uri = params.textDocument.uri;
    return runSafe<R | E>(
      session.connection.console,
      async () => {
        const document = session.documents.get(uri);
        if (!document || (options.sourceOnly && !isSourcePath(uri))) return empty;
        const readsSettings = options.enabled !== undefined || options.withSettings === true;
        const [engine, settings] = await Promise.all([
          session.ready(options.sourceOnly ? undefined : uri),
          readsSettings ? session.settings.get(uri) : undefined,
        ]);
        if (settings && options.enabled && !options.enabled(settings)) return empty;
        if (options.wholeWorkspace) await engine.sources.initialize();
        return work({ document, engine, params, settings });
      },
      empty,
      `${feature} in ${uri}`,
      token,
    );
  };
}
