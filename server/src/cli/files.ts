// Turning the PATH arguments into the list of files to analyse.

import { promises as fs } from 'fs';
import { listTextFiles } from '../io/files';

/** Expands folders into their text files, depth first, in a stable order; '-' stands for standard input. */
export async function collectSources(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push('-');
      continue;
    }
    const stat = await fs.stat(p); // throws ENOENT, reported as an I/O error
    if (stat.isDirectory()) await listTextFiles(p, out);
    else out.push(p);
  }
  return out;
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
