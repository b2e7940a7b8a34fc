// Just enough of glob syntax for settings such as `**/*.glossary.md`: `**`
// spans folders, `*` and `?` stay within one path segment. Matching walks
// segments with memoisation, so it stays polynomial in the (short) pattern and
// linear in the path, whatever the input.

export type PathMatcher = (relativePath: string) => boolean;

/** `*` and `?` within one segment, case-insensitive, by dynamic programming. */
function segmentMatches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const s = name.toLowerCase();
  let prev = new Uint8Array(s.length + 1);
  prev[0] = 1;
  for (let i = 1; i <= p.length; i++) {
    const cur = new Uint8Array(s.length + 1);
    const c = p[i - 1];
    if (c === '*') cur[0] = prev[0];
    for (let j = 1; j <= s.length; j++) {
      if (c === '*') cur[j] = prev[j] || cur[j - 1] ? 1 : 0;
      else if (c === '?' || c === s[j - 1]) cur[j] = prev[j - 1];
    }
    prev = cur;
  }
  return prev[s.length] === 1;
}

export function compileGlob(pattern: string): PathMatcher {
  const parts = pattern.split(/[\\/]/).filter((x) => x !== '' && x !== '.');
  return (relativePath) => {
    const segs = relativePath.split(/[\\/]/).filter((x) => x !== '');
    const memo = new Map<number, boolean>();
    const match = (pi: number, si: number): boolean => {
      const key = pi * (segs.length + 1) + si;
      const known = memo.get(key);
      if (known !== undefined) return known;
      let result: boolean;
      if (pi === parts.length) result = si === segs.length;
      else if (parts[pi] === '**') result = match(pi + 1, si) || (si < segs.length && match(pi, si + 1));
      else result = si < segs.length && segmentMatches(parts[pi], segs[si]) && match(pi + 1, si + 1);
      memo.set(key, result);
      return result;
    };
    return match(0, 0);
  };
}

export function anyGlob(patterns: readonly string[]): PathMatcher {
  const matchers = patterns.map(compileGlob);
  return (path) => matchers.some((m) => m(path));
}
