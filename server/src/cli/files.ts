// Finding the files to analyse and decoding them. Bytes are never trusted:
// invalid UTF-8 is replaced and reported, binary files are reported and skipped.

import { promises as fs } from 'fs';
import * as path from 'path';

export const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export interface Source {
  /** The path as the user gave it (or as found under a folder they gave); '-' for standard input. */
  file: string;
}

export interface Loaded {
  text: string;
  /** Why the text could not be read as it is, if it could not. */
  problem?: 'binary' | 'invalid-utf8';
}

/** Expands folders into their text files, depth first, in a stable order. */
export async function collectSources(paths: string[]): Promise<Source[]> {
  const out: Source[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ file: '-' });
      continue;
    }
    const stat = await fs.stat(p); // throws ENOENT, reported as an I/O error
    if (stat.isDirectory()) await walk(p, out);
    else out.push({ file: p });
  }
  return out;
}

async function walk(dir: string, out: Source[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && TEXT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push({ file: full });
  }
}

export async function readSource(src: Source): Promise<Buffer> {
  if (src.file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return fs.readFile(src.file);
}

/** A NUL byte in the first 8 KB is the usual sign of a binary file (git uses the same rule). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decode(bytes: Uint8Array): Loaded {
  if (looksBinary(bytes)) return { text: '', problem: 'binary' };
  // TextDecoder drops a leading BOM, so offsets count from the first real character.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), problem: 'invalid-utf8' };
  }
}
