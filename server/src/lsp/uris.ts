// Document URIs come from the client and from file watchers: any string.
// `fileURLToPath` throws on some (`file://host/…` on Linux, an encoded `/`),
// so every conversion goes through here and answers null instead: one odd
// document must not make a request fail for every other one.

import { fileURLToPath } from 'url';

/** The local path a `file:` URI names, or null when it is not one or names none. */
export function filePathOf(uri: string): string | null {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
