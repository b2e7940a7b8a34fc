// The one word hash every reader computes while it scans: 32-bit FNV-1a over
// (folded) char codes. The figures' lexicon and the names' trie both key their
// words with it, so a word is hashed the same way wherever it is looked up.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** FNV-1a over the char codes of `s` as they are (the caller folds first when it wants a folded key). */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
