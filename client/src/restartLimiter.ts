import type {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  Message,
} from 'vscode-languageclient';

// The library's enum values, written out: importing them would load the library, which needs the
// editor, and this module is tested without one.
const CONTINUE: ErrorAction = 1;
const SHUTDOWN: ErrorAction = 2;
const DO_NOT_RESTART: CloseAction = 1;
const RESTART: CloseAction = 2;

/** What the user is told after a crash. */
export interface ServerCrashState {
  /** `restarted`: running again after a crash. `stopped`: crashed too often, left stopped. */
  kind: 'restarted' | 'stopped';
  /** Crashes within the window, this one included. */
  crashes: number;
  message: string;
}

interface RestartLimiterOptions {
  /** Restarts allowed within `windowMs`; the crash after them leaves the server stopped. */
  maxRestarts: number;
  windowMs: number;
  /** Writes a line to the output channel. */
  log(line: string): void;
  onCrash(state: ServerCrashState): void;
  now?: () => number;
}

/**
 * The client's error handler: restarts a server that stopped unexpectedly, at most `maxRestarts`
 * times within `windowMs`, and says each time what happened. The server's own last words (a stack
 * trace on stderr) are already in the output channel above the line written here.
 */
export class RestartLimiter implements ErrorHandler {
  private crashes: number[] = [];
  private readonly now: () => number;

  constructor(private readonly options: RestartLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    const fatal = count === undefined || count > 3;
    this.options.log(
      `The connection to the server failed${count ? ` (failure ${count})` : ''}: ${error.message}` +
        (fatal ? '. Shutting the server down.' : '.'),
    );
    return { action: fatal ? SHUTDOWN : CONTINUE, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashes = [...this.crashes.filter((time) => now - time < this.options.windowMs), now];
    const crashes = this.crashes.length;
    const minutes = Math.round(this.options.windowMs / 60_000);
    if (crashes > this.options.maxRestarts) {
      const message =
        `The Error Catalog server stopped unexpectedly ${crashes} times in ${minutes} minutes and was not ` +
        'restarted again; see the lines above for why. Run "Error Catalog: Restart Language Server" to try again.';
      this.options.log(message);
      this.options.onCrash({ kind: 'stopped', crashes, message });
      return { action: DO_NOT_RESTART, handled: true };
    }
    const message =
      `The Error Catalog server stopped unexpectedly (see the lines above for why); restarting it ` +
      `(${crashes} of ${this.options.maxRestarts} restarts in ${minutes} minutes).`;
    this.options.log(message);
    this.options.onCrash({ kind: 'restarted', crashes, message });
    return { action: RESTART, handled: true };
  }

  /** Forgets past crashes: the user restarted the server by hand. */
  reset(): void {
    this.crashes = [];
  }
}
