/**
 * One pending run per key (a document's URI), restarted by each new call: what a burst of edits
 * or file events asks for runs once, after the burst.
 */
export class KeyedDebounce {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly delayMs: number) {}

  /** Runs `run` once `delayMs` pass without another call for the key. */
  schedule(key: string, run: () => void): void {
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        run();
      }, this.delayMs),
    );
  }

  /** Drops the key's pending run; true when there was one. */
  cancel(key: string): boolean {
    const timer = this.pending.get(key);
    if (timer === undefined) return false;
    clearTimeout(timer);
    this.pending.delete(key);
    return true;
  }

  /** Whether a run waits for the key. */
  has(key: string): boolean {
    return this.pending.has(key);
  }

  /** Drops every pending run. */
  clear(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
