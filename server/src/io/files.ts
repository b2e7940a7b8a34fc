// Walking folders for the text files Policy Lens reads, in a stable order,
// skipping hidden folders and node_modules. Only regular files and real
// folders are listed: a symbolic link is never followed by the walk (no cycles,
// nothing outside the folder), and devices, FIFOs and sockets are left out
// whatever their name. What cannot be listed or named is reported to
// `skipped`, and the walk goes on.

import { isUtf8 } from 'buffer';
import { promises as fs } from 'fs';
import * as path from 'path';
import { TEXT_EXTENSIONS } from './decode';

/** Why a file or folder of the walk was left out. */
export type SkipReason = 'unreadable-folder' | 'file-name-not-utf8';

export type SkipReporter = (file: string, reason: SkipReason, detail: string) => void;

export async function listTextFiles(dir: string, out: string[] = [], limit = Infinity, skipped?: SkipReporter): Promise<string[]> {
  let entries;
  try {
    // Names as bytes: a name that is not UTF-8 cannot be opened through a string, so it is reported, not misread.
    entries = await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    if (out.length === 0 && (err as NodeJS.ErrnoException).code !== 'EACCES') throw err;
    // An unreadable sub-folder does not stop the walk.
    skipped?.(dir, 'unreadable-folder', (err as NodeJS.ErrnoException).code ?? String(err));
    return out;
  }
  const named = entries.map((e) => ({ e, name: e.name.toString('utf8'), valid: isUtf8(e.name) }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { e, name, valid } of named) {
    if (out.length >= limit) break;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = path.join(dir, name);
    const text = e.isFile() && TEXT_EXTENSIONS.has(path.extname(name).toLowerCase());
    if (!valid) {
      if (text || e.isDirectory()) skipped?.(full, 'file-name-not-utf8', 'the name is not valid UTF-8');
      continue;
    }
    if (e.isDirectory()) await listTextFiles(full, out, limit, skipped);
    else if (text) out.push(full);
  }
  return out;
}
