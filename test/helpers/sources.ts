// The repository's TypeScript sources, for tests that check rules over the code itself.

import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export function typescriptFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...typescriptFiles(full));
    else if (e.name.endsWith('.ts')) out.push(full);
  }
  return out;
}
