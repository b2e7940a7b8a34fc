// Walking folders for the text files Policy Lens reads, in a stable order,
// skipping hidden folders and node_modules.

import { promises as fs } from 'fs';
import * as path from 'path';
import { TEXT_EXTENSIONS } from './decode';

export async function listTextFiles(dir: string, out: string[] = [], limit = Infinity): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (out.length === 0 && (err as NodeJS.ErrnoException).code !== 'EACCES') throw err;
    return out; // an unreadable sub-folder does not stop the walk
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (out.length >= limit) break;
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await listTextFiles(full, out, limit);
    else if (e.isFile() && TEXT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}
