import type { OutputStream } from './cliIo';

/** A run shorter than this finishes before a progress line would help anyone. */
const SHOW_AFTER_MS = 1000;
/** Redrawing more often than this only costs time. */
const REDRAW_EVERY_MS = 100;

/**
 * A one-line progress indicator on stderr for long runs, drawn only on a terminal so that logs
 * and pipes never see it. The clock is a parameter so tests need not wait.
 */
export class Progress {
  private readonly startedAt: number;
  private lastDrawnAt = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Reports `done` of `total` items; draws when the run has gone on long enough. */
  update(label: string, done: number, total: number): void {
    if (this.stream.isTTY !== true) return;
    const time = this.now();
    if (time - this.startedAt < SHOW_AFTER_MS || time - this.lastDrawnAt < REDRAW_EVERY_MS) return;
    this.lastDrawnAt = time;
    this.drawn = true;
    this.stream.write(`\r\u001b[K${label} ${done}/${total}`);
  }

  /** Clears the line, so the report that follows starts on a clean one. */
  done(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }
}
