// What to do when the language server stops unexpectedly: restart it, tell
// the writer, and leave a server that keeps crashing stopped, saying so. Free
// of editor imports, so that it is tested on its own; extension.ts maps it to
// the language client's actions.
//
// The writer is told of the first crash, and again of any crash that comes
// after a quiet period (no notice for `quietMs`), with how many crashes there
// have been since the window opened: a burst of restarts does not flood the
// screen, and a crash hours later is not silent. The server is given up on
// after more than `limit` crashes within `windowMs`, or more than `longLimit`
// within `longWindowMs` (a server stopped by its watchdog every few minutes
// never crashes four times in three).

export type CrashAction = 'restart' | 'give-up';

export interface CrashDecision {
  action: CrashAction;
  /** Show a notice now. */
  tell: boolean;
  /** Crashes since the window opened, this one included. */
  count: number;
}

export class CrashPolicy {
  private count = 0;
  private crashes: number[] = [];
  private lastTold = -Infinity;

  constructor(
    private readonly limit = 4,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly quietMs = 5 * 60 * 1000,
    private readonly longLimit = 8,
    private readonly longWindowMs = 60 * 60 * 1000,
  ) {}

  onCrash(now: number): CrashDecision {
    this.count++;
    this.crashes = this.crashes.filter((t) => now - t < this.longWindowMs);
    this.crashes.push(now);
    const recent = this.crashes.filter((t) => now - t < this.windowMs).length;
    if (recent > this.limit || this.crashes.length > this.longLimit) {
      this.lastTold = now;
      return { action: 'give-up', tell: true, count: this.count };
    }
    const tell = now - this.lastTold >= this.quietMs;
    if (tell) this.lastTold = now;
    return { action: 'restart', tell, count: this.count };
  }

  /** The writer restarted the server by hand: earlier crashes no longer count towards giving up. */
  reset(): void {
    this.crashes = [];
  }
}
