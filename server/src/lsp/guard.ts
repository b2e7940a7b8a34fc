// Every request goes through one wrapper, so that none is left to chance:
//   - after `shutdown`, requests get an InvalidRequest error, as LSP says;
//   - a request the editor cancelled while it waited is dropped before any work;
//   - an exception becomes an error response with the reason, and its stack is logged;
//   - each request has a time budget. Work on the main thread cannot be
//     interrupted, but going over the budget is logged with the request and its
//     document, and shown to the writer (at most once every few minutes); a
//     request that waits on other work (analyse the workspace) fails at its
//     budget with a message instead of leaving the editor waiting.
// The watchdog (watchdog.ts) catches the rest: a main thread that never comes back.

import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { Watchdog } from './watchdog';

/** Most requests read an analysis that is already there; a few seconds is already far too long. */
export const DEFAULT_BUDGET_MS = 5_000;

/** The writer is told about slow requests at most this often; the log has every one. */
const TELL_EVERY_MS = 5 * 60_000;

export interface GuardHost {
  log(message: string): void;
  warn(message: string): void;
  /** Shows a warning to the writer. */
  tell(message: string): void;
  /** The words the writer reads, in their language. */
  slowMessage(method: string, seconds: string, where: string): string;
  watchdog?: Watchdog;
}

export class RequestGuard {
  private shuttingDown = false;
  private lastTold = -Infinity;
  private untold = 0;

  constructor(
    /** The budget of a request that does not set its own. */
    private readonly defaultBudgetMs: number,
    private readonly host: GuardHost,
  ) {}

  shutdown(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  /** Wraps a request handler (sync or async) with the rules above. */
  wrap<P, R>(
    method: string,
    handler: (params: P, token: CancellationToken) => R | Promise<R>,
    ownBudgetMs?: number,
  ): (params: P, token: CancellationToken) => R | ResponseError<void> | Promise<R | ResponseError<void>> {
    const budgetMs = ownBudgetMs ?? this.defaultBudgetMs;
    return (params, token) => {
      if (this.shuttingDown) return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const where = describeTarget(params);
      this.host.watchdog?.busyWith(`${method}${where ? ' on ' + where : ''}`);
      const t0 = performance.now();
      let result: R | Promise<R>;
      try {
        result = handler(params, token);
      } catch (err) {
        return this.failed(method, where, err);
      } finally {
        this.host.watchdog?.busyWith('idle');
      }
      if (!(result instanceof Promise)) {
        this.measure(method, where, performance.now() - t0, budgetMs);
        return result as R;
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<ResponseError<void>>((resolve) => {
        timer = setTimeout(() => {
          const seconds = Math.round(budgetMs / 1000);
          this.host.warn(`${method}${where ? ' on ' + where : ''} did not finish within its budget of ${seconds} s; it was answered with an error.`);
          this.notify(method, budgetMs, where);
          resolve(new ResponseError(ErrorCodes.InternalError, `${method} did not finish within ${seconds} s.`));
        }, budgetMs);
        timer.unref?.();
      });
      const done: Promise<R | ResponseError<void>> = result.then(
        (value) => {
          clearTimeout(timer);
          this.measure(method, where, performance.now() - t0, budgetMs);
          return value;
        },
        (err: unknown) => {
          clearTimeout(timer);
          return this.failed(method, where, err);
        },
      );
      return Promise.race([done, late]);
    };
  }

  private failed(method: string, where: string, err: unknown): ResponseError<void> {
    if (err instanceof ResponseError) return err;
    this.host.log(`${method}${where ? ' on ' + where : ''} failed: ${err instanceof Error ? err.stack : String(err)}`);
    return new ResponseError(ErrorCodes.InternalError, `${method} failed: ${err instanceof Error ? err.message : String(err)}`);
  }

  private measure(method: string, where: string, ms: number, budgetMs: number): void {
    if (ms <= budgetMs) return;
    this.host.warn(`${method}${where ? ' on ' + where : ''} took ${Math.round(ms)} ms (budget ${budgetMs} ms).`);
    this.notify(method, ms, where);
  }

  private notify(method: string, ms: number, where: string): void {
    const now = performance.now();
    if (now - this.lastTold < TELL_EVERY_MS) {
      this.untold++;
      return;
    }
    this.lastTold = now;
    const more = this.untold;
    this.untold = 0;
    const seconds = ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000));
    this.host.tell(this.host.slowMessage(method, seconds, where) + (more ? ` (+${more})` : ''));
  }
}

/** The document a request is about, for the log: its URI, cut short. */
function describeTarget(params: unknown): string {
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown } | null;
  const uri = p && typeof p === 'object' ? (p.textDocument?.uri ?? p.uri) : undefined;
  return typeof uri === 'string' ? (uri.length > 200 ? uri.slice(0, 200) + '…' : uri) : '';
}
