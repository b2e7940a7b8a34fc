// Reading a file named by a workspace, a file watcher or a command line.
// Nothing about it is trusted: a device (/dev/zero), a FIFO or a socket is
// never read (opening a FIFO alone would block a thread of the I/O pool until
// a writer comes); a symbolic link is followed to what it names, and that is
// checked the same way; a regular file is read up to a byte cap, however large
// it says it is or grows while it is read. Every refusal is a `FileError` with
// a reason and a message a person can act on.

import { constants, promises as fs, Stats } from 'fs';
import { Finding } from '../core/types';
import { Translate, untranslated } from '../core/messages';
import { DEFAULT_MAX_LENGTH } from '../core/analysis';
import { Decoded, decode } from './decode';

/**
 * Never more than this many bytes of one file, whatever the limit asked:
 * a JavaScript string cannot hold much more than 500 million characters, and
 * nothing analysed in one piece should come near that.
 */
export const HARD_MAX_BYTES = 256 * 1024 * 1024;

export type FileErrorReason = 'not-a-file' | 'unreadable';

/** What exactly is wrong, for a message in the reader's language (see describeFileError). */
export type FileProblem = 'folder' | 'fifo' | 'socket' | 'device' | 'special' | 'missing' | 'denied' | 'loop' | 'name-too-long' | 'io' | 'other';

export class FileError extends Error {
  constructor(
    readonly reason: FileErrorReason,
    readonly problem: FileProblem,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What a path names when it is not a regular file. */
function kindOf(st: Stats): FileProblem | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'special';
}

const ENGLISH: Record<FileProblem, string> = {
  folder: 'not a regular file: a folder',
  fifo: 'not a regular file: a named pipe (FIFO)',
  socket: 'not a regular file: a socket',
  device: 'not a regular file: a device',
  special: 'not a regular file',
  missing: 'no such file (or a broken symbolic link)',
  denied: 'permission denied',
  loop: 'too many levels of symbolic links',
  'name-too-long': 'name too long',
  io: 'input/output error',
  other: 'unexpected error',
};

function notAFile(problem: FileProblem): FileError {
  return new FileError('not-a-file', problem, ENGLISH[problem]);
}

function ioError(err: unknown): FileError {
  const e = err as NodeJS.ErrnoException;
  const code = e?.code;
  const problem: FileProblem =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'missing'
      : code === 'EACCES' || code === 'EPERM'
        ? 'denied'
        : code === 'ELOOP'
          ? 'loop'
          : code === 'EISDIR'
            ? 'folder'
            : code === 'ENAMETOOLONG'
              ? 'name-too-long'
              : code === 'EIO'
                ? 'io'
                : 'other';
  return new FileError('unreadable', problem, problem === 'other' ? (e?.message ?? String(err)) : ENGLISH[problem], code);
}

/** Why a file was not read, in the reader's language. */
export function describeFileError(err: FileError, t: Translate): string {
  switch (err.problem) {
    case 'folder':
      return t('it is a folder, not a file');
    case 'fifo':
      return t('it is a named pipe (FIFO), not a regular file');
    case 'socket':
      return t('it is a socket, not a regular file');
    case 'device':
      return t('it is a device, not a regular file');
    case 'special':
      return t('it is not a regular file');
    case 'missing':
      return t('no such file (or a broken symbolic link)');
    case 'denied':
      return t('permission denied');
    case 'loop':
      return t('too many levels of symbolic links');
    case 'name-too-long':
      return t('the name is too long');
    case 'io':
      return t('input/output error');
    default:
      return err.message;
  }
}

export interface BoundedRead {
  bytes: Buffer;
  /** The file holds more than was read. */
  truncated: boolean;
  /** The file's size as its metadata gives it (0 for files such as those under /proc). */
  size: number;
}

/**
 * Reads at most `maxBytes` bytes of a regular file. Throws a `FileError` for
 * anything else: a missing or unreadable path, a folder, a device, a FIFO, a
 * socket — also when a link points at one.
 */
export async function readBounded(file: string, maxBytes: number): Promise<BoundedRead> {
  const cap = Math.max(0, Math.min(Math.floor(maxBytes), HARD_MAX_BYTES));
  let before: Stats;
  try {
    before = await fs.stat(file); // follows symbolic links: what is checked is what would be read
  } catch (err) {
    throw ioError(err);
  }
  const kind = kindOf(before);
  if (kind) throw notAFile(kind);
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the check, opening it does not wait for a writer.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (err) {
    throw ioError(err);
  }
  try {
    const st = await handle.stat();
    const now = kindOf(st);
    if (now) throw notAFile(now);
    // A file that reports no size (/proc) is read in steps, still up to the cap.
    let buffer = Buffer.allocUnsafe(Math.min(cap, st.size > 0 ? st.size : 64 * 1024));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= cap) break;
        const grown = Buffer.allocUnsafe(Math.min(cap, Math.max(64 * 1024, buffer.length * 2)));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    let truncated = st.size > length;
    if (!truncated && length >= cap) {
      // The file may have grown, or reports no size: one more byte tells.
      const probe = Buffer.alloc(1);
      truncated = (await handle.read(probe, 0, 1, length)).bytesRead > 0;
    }
    return { bytes: buffer.subarray(0, length), truncated, size: Math.max(st.size, length) };
  } catch (err) {
    throw err instanceof FileError ? err : ioError(err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Bytes a cut at `end` leaves of a complete UTF-8 text: a sequence cut in the middle is left out, not turned into U+FFFD. */
export function utf8Boundary(bytes: Uint8Array, end = bytes.length): number {
  // Walk back over at most three continuation bytes to the lead byte of the last sequence.
  let i = end - 1;
  let back = 0;
  while (i >= 0 && back < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0) return end;
  const lead = bytes[i];
  const need = lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return end - i < need ? i : end;
}

/** Bytes enough for `maxChars` UTF-16 code units: no character takes more than three bytes per code unit. */
export function bytesFor(maxChars: number): number {
  return Math.min(HARD_MAX_BYTES, Math.max(0, Math.floor(maxChars)) * 3 + 3);
}

export interface LoadedText extends Decoded {
  /** Set when the file is larger than what was read: a notice to place at the end of the text. */
  notice?: Finding;
}

/**
 * A text file's contents for analysis: read up to what `maxChars` characters
 * can take, decoded. A file cut by the cap is cut again at `maxChars`
 * characters and says so in `notice` (code `size-limit`, as the analysis's own
 * notice), with the file's real size: the analysis alone would only know the
 * part that was read.
 */
export async function loadText(file: string, maxChars: number = DEFAULT_MAX_LENGTH, t: Translate = untranslated): Promise<LoadedText> {
  const read = await readBounded(file, bytesFor(maxChars));
  return fromBytes(read.bytes, read.truncated, read.size, maxChars, t);
}

/** As `loadText`, for bytes already read: `truncated` when more was left unread; `size` null when unknown (standard input). */
export function fromBytes(bytes: Uint8Array, truncated: boolean, size: number | null, maxChars: number, t: Translate = untranslated): LoadedText {
  const decoded = decode(truncated ? bytes.subarray(0, utf8Boundary(bytes)) : bytes);
  if (!truncated || decoded.problem === 'binary') return decoded;
  let cut = Math.min(decoded.text.length, Math.max(0, Math.floor(maxChars)));
  const c = decoded.text.charCodeAt(cut - 1);
  if (cut < decoded.text.length && c >= 0xd800 && c <= 0xdbff) cut--; // never half a surrogate pair
  const text = decoded.text.slice(0, cut);
  const message =
    size === null
      ? t('Only the first {0} characters were analysed (the input is longer).', text.length)
      : t('Only the first {0} characters were analysed (the file has {1} bytes).', text.length, size);
  return { ...decoded, text, notice: { start: text.length, end: text.length, severity: 'information', code: 'size-limit', message } };
}
