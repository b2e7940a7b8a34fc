// What to do when the language server stops unexpectedly: restart it, tell the
// writer the first time only, and leave a server that keeps crashing stopped
// (more than `limit` crashes within `windowMs`), saying so. Free of editor
// imports, so that it is tested on its own; extension.ts maps it to the
// language client's actions.

export type CrashDecision = 'restart-and-tell' | 'restart' | 'give-up';

export class CrashPolicy {
  private told = false;
  private crashes: number[] = [];

  constructor(
    private readonly limit = 4,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  onCrash(now: number): CrashDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    if (this.crashes.length > this.limit) return 'give-up';
    if (this.told) return 'restart';
    this.told = true;
    return 'restart-and-tell';
  }
}
