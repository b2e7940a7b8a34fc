// Bytes from disk are never trusted: binary files are recognised and skipped,
// invalid UTF-8 is replaced and reported, a BOM is dropped so that offsets
// count from the first real character (as editors count them).

export interface Decoded {
  text: string;
  problem?: 'binary' | 'invalid-utf8';
}

/** A NUL byte in the first 8 KB is the usual sign of a binary file (git uses the same rule). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decode(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return { text: '', problem: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), problem: 'invalid-utf8' };
  }
}

export const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export function isMarkdownPath(file: string): boolean {
  const lower = file.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown');
}
