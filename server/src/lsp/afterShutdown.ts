import {
  ErrorCodes,
  Message,
  ResponseError,
  type Connection,
  type MessageStrategy,
} from 'vscode-languageserver';

/** The method a request is answered through once the server has been shut down. */
const AFTER_SHUTDOWN = 'errorCatalog/$afterShutdown';

/**
 * LSP 3.17: after `shutdown`, every request but `exit` (a notification) is answered with
 * InvalidRequest. The protocol library dispatches requests to their handlers whatever came before,
 * so the message strategy routes each request that comes after `shutdown` to one handler that
 * refuses it, under the request's own id.
 */
export function shutdownGate(): { strategy: MessageStrategy; register(connection: Connection): void } {
  let shutDown = false;
  const strategy: MessageStrategy = {
    handleMessage(message, next) {
      if (!Message.isRequest(message)) return next(message);
      if (shutDown) return next({ ...message, method: AFTER_SHUTDOWN } as Message);
      if (message.method === 'shutdown') shutDown = true;
      return next(message);
    },
  };
  return {
    strategy,
    register(connection) {
      connection.onRequest(AFTER_SHUTDOWN, () => {
        throw new ResponseError(
          ErrorCodes.InvalidRequest,
          'The server has been shut down: only exit is accepted.',
        );
      });
    },
  };
}
