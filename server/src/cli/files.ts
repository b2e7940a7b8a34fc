// Turning the PATH arguments into the list of files to analyse.

import { promises as fs } from 'fs';
import { listTextFiles, SkipReporter } from '../io/files';

/**
 * Expands folders into their text files, depth first, in a stable order; '-'
 * stands for standard input. A PATH that does not exist throws (a usage
 * error, reported before anything runs); what a folder holds but cannot be
 * listed is reported to `skipped`.
 */
export async function collectSources(paths: string[], skipped?: SkipReporter): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push('-');
      continue;
    }
    const stat = await fs.stat(p); // throws ENOENT, reported as an I/O error
    if (stat.isDirectory()) await listTextFiles(p, out, Infinity, skipped);
    else out.push(p); // whatever it is: reading it says what is wrong with it
  }
  return out;
}

/** Standard input, up to `maxBytes` bytes; `truncated` when more was left unread. */
export async function readStdin(maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean; size: number }> {
  const chunks: Buffer[] = [];
  let length = 0;
  let truncated = false;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    if (length + b.length > maxBytes) {
      chunks.push(b.subarray(0, maxBytes - length));
      length = maxBytes;
      truncated = true;
      break; // leaving the loop stops reading (/dev/zero never ends)
    }
    chunks.push(b);
    length += b.length;
  }
  if (truncated) process.stdin.destroy();
  return { bytes: Buffer.concat(chunks, length), truncated, size: length };
}
