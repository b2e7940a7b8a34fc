// Over stdio, every message is framed by a `Content-Length` header. A frame
// the JSON-RPC reader cannot make sense of (no length, a length that is not a
// whole number, a negative or absurd one, or one whose bytes never come)
// leaves it waiting forever: the server would stay alive and deaf. FrameCheck
// sits between stdin and the reader, passes every byte through unchanged,
// and follows the framing on the side: at the first frame it cannot trust it
// reports a fatal error, and the server exits so that the editor restarts it.
// A body that is not valid JSON is not a framing error: the next frame still
// starts where its header says, and the reader goes on.

import { Transform, TransformCallback } from 'stream';

/** The largest message accepted: a 20 MB document, every character escaped as \uXXXX, with room to spare. */
export const MAX_MESSAGE_BYTES = 512 * 1024 * 1024;
/** Headers longer than this are no LSP headers. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A message begun and not finished this long after will not be: its sender is broken, or the framing is lost. */
export const BODY_TIMEOUT_MS = 30_000;

export class FramingError extends Error {}

export class FrameCheck extends Transform {
  private header: number[] = [];
  /** Bytes of the current body still to come; -1 while reading headers. */
  private remaining = -1;
  private length = 0;
  /** A frame begun and not finished: its bytes must all come within the time limit. */
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly frameTimeoutMs = BODY_TIMEOUT_MS) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.follow(chunk);
    } catch (err) {
      callback(err as Error);
      return;
    }
    // Between frames nothing is awaited; within one, the rest must come.
    if (this.header.length === 0 && this.remaining <= 0) this.stopTimer();
    else if (!this.timer) this.startTimer();
    callback(null, chunk);
  }

  override _destroy(err: Error | null, callback: (error: Error | null) => void): void {
    this.stopTimer();
    callback(err);
  }

  private follow(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - i);
        this.remaining -= take;
        i += take;
        if (this.remaining === 0) this.endFrame();
        continue;
      }
      // Headers: up to the blank line (\r\n\r\n).
      this.header.push(chunk[i++]);
      const h = this.header;
      const n = h.length;
      if (n > MAX_HEADER_BYTES) throw new FramingError(`a message header longer than ${MAX_HEADER_BYTES} bytes`);
      if (n >= 4 && h[n - 4] === 13 && h[n - 3] === 10 && h[n - 2] === 13 && h[n - 1] === 10) {
        this.length = contentLength(Buffer.from(h).toString('ascii'));
        this.header = [];
        this.remaining = this.length;
        if (this.length === 0) this.endFrame();
      }
    }
  }

  private startTimer(): void {
    this.timer = setTimeout(() => {
      const what =
        this.remaining > 0
          ? `a message announced ${this.length} bytes and ${this.length - this.remaining} came`
          : `a message header began (${JSON.stringify(Buffer.from(this.header.slice(0, 60)).toString('latin1'))}) and did not end`;
      this.destroy(new FramingError(`${what} within ${Math.round(this.frameTimeoutMs / 1000)} s`));
    }, this.frameTimeoutMs);
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private endFrame(): void {
    this.remaining = -1;
    this.stopTimer();
  }
}

/** The Content-Length of a header block, or a FramingError saying what is wrong with it. */
function contentLength(block: string): number {
  let length: number | null = null;
  for (const line of block.split('\r\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new FramingError(`a malformed header line ${JSON.stringify(line.slice(0, 80))}`);
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,12}$/.test(value)) throw new FramingError(`a Content-Length that is not a whole number: ${JSON.stringify(value.slice(0, 40))}`);
    length = Number(value);
  }
  if (length === null) throw new FramingError('a message without a Content-Length header');
  if (length > MAX_MESSAGE_BYTES) throw new FramingError(`a Content-Length of ${length} bytes, more than the ${MAX_MESSAGE_BYTES} accepted`);
  return length;
}
