// Finds the regular expressions whose matching time can grow faster than
// the text: a small parser of JavaScript's pattern syntax, and three rules on
// its tree. Which characters an atom matches is decided by the engine itself,
// on a sample of characters (every ASCII one and the non-ASCII ones French
// texts use), so classes, escapes and Unicode properties need no model here.
//
//   nested      an unbounded quantifier over a group that holds one too: (a+)+, (?:\s*x)*
//   overlap     two unbounded quantifiers in a row (only optional items between) that
//               can match the same character: \s*\s+, \d+\d*, and alternatives of an
//               unbounded group that can start alike: (a|ab)*
//   search      an unanchored pattern that starts with an unbounded quantifier and
//               has more to match after it: the search tries every start position
//               and each attempt rescans the run (\s+#+$ on a long run of spaces)

export interface Finding {
  rule: 'nested' | 'overlap' | 'search' | 'unparsed';
  detail: string;
}

type Atom =
  | { kind: 'simple'; source: string }
  | { kind: 'group'; alt: Seq[]; lookaround: boolean }
  | { kind: 'anchor'; source: string }
  | { kind: 'backref' };

interface Item {
  atom: Atom;
  min: number;
  max: number;
}

type Seq = Item[];

const SAMPLE: string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c < 128; c++) out.push(String.fromCharCode(c));
  for (const ch of 'éèàçÉœ«»“”’‘\u00a0\u202f\u2009\u2007\u2028\u3000€£中ß\u0301\ufeff') out.push(ch);
  return out;
})();

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Seq[] {
    const alt = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return alt;
  }

  private alternation(): Seq[] {
    const branches: Seq[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Seq {
    const seq: Seq = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      seq.push({ atom, min, max });
    }
    return seq;
  }

  private atom(): Atom {
    const s = this.src;
    const start = this.i;
    const c = s[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'anchor', source: c };
    }
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (s[this.i] === '?') {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) {
          this.i += 2;
          lookaround = true;
        } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
          this.i += 3;
          lookaround = true;
        } else if (rest.startsWith('?<')) this.i = s.indexOf('>', this.i) + 1;
        else throw new Error(`unknown group at ${this.i}`);
      }
      const alt = this.alternation();
      if (s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return { kind: 'group', alt, lookaround };
    }
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (s[this.i] !== ']') throw new Error('unclosed class');
      this.i++;
      return { kind: 'simple', source: s.slice(start, this.i) };
    }
    if (c === '\\') {
      const n = s[this.i + 1];
      if (n === 'b' || n === 'B') {
        this.i += 2;
        return { kind: 'anchor', source: s.slice(start, this.i) };
      }
      if (/[1-9]/.test(n)) {
        this.i += 2;
        while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
        return { kind: 'backref' };
      }
      if (n === 'k' && s[this.i + 2] === '<') {
        this.i = s.indexOf('>', this.i) + 1;
        return { kind: 'backref' };
      }
      if ((n === 'p' || n === 'P') && s[this.i + 2] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (n === 'u' && s[this.i + 2] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (n === 'u') this.i += 6;
      else if (n === 'x') this.i += 4;
      else if (n === 'c') this.i += 3;
      else this.i += 2;
      return { kind: 'simple', source: s.slice(start, this.i) };
    }
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Error(`nothing to repeat at ${this.i}`);
    // One character (a surrogate pair counts as one with the u flag).
    const cp = s.codePointAt(this.i)!;
    this.i += this.unicode && cp > 0xffff ? 2 : 1;
    return { kind: 'simple', source: s.slice(start, this.i) };
  }

  private quantifier(): [number, number] {
    const s = this.src;
    let q: [number, number] = [1, 1];
    const c = s[this.i];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return q; // a literal brace
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
      if (s[this.i] === '?') this.i++;
      return [min, max];
    } else return q;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: same worst case
    return q;
  }
}

/** Every sample character an atom can match (anywhere in it, for a group). */
function chars(atom: Atom, flags: string, cache: Map<string, Set<string>>): Set<string> {
  if (atom.kind === 'anchor' || atom.kind === 'backref') return new Set(atom.kind === 'backref' ? SAMPLE : []);
  if (atom.kind === 'group') {
    const out = new Set<string>();
    if (atom.lookaround) return out;
    for (const seq of atom.alt) for (const item of seq) for (const ch of chars(item.atom, flags, cache)) out.add(ch);
    return out;
  }
  const known = cache.get(atom.source);
  if (known) return known;
  const re = new RegExp(`^(?:${atom.source})$`, flags.replace(/[gy]/g, ''));
  const out = new Set(SAMPLE.filter((ch) => re.test(ch)));
  cache.set(atom.source, out);
  return out;
}

/** The characters a sequence can start with. */
function firstChars(seq: Seq, flags: string, cache: Map<string, Set<string>>): Set<string> {
  const out = new Set<string>();
  for (const item of seq) {
    if (item.atom.kind === 'anchor') continue;
    const atom = item.atom;
    const first = atom.kind === 'group' ? unionFirst(atom.alt, flags, cache) : chars(atom, flags, cache);
    for (const ch of first) out.add(ch);
    if (item.min > 0) break;
  }
  return out;
}

function unionFirst(alt: Seq[], flags: string, cache: Map<string, Set<string>>): Set<string> {
  const out = new Set<string>();
  for (const seq of alt) for (const ch of firstChars(seq, flags, cache)) out.add(ch);
  return out;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const ch of a) if (b.has(ch)) return true;
  return false;
}

function hasUnbounded(alt: Seq[]): boolean {
  return alt.some((seq) => seq.some((item) => item.max === Infinity || (item.atom.kind === 'group' && hasUnbounded(item.atom.alt))));
}

/** The findings for one pattern; an empty list when it runs in linear time as far as these rules tell. */
export function scanPattern(source: string, flags: string): Finding[] {
  let alt: Seq[];
  try {
    alt = new Parser(source, flags.includes('u') || flags.includes('v')).parse();
  } catch (err) {
    return [{ rule: 'unparsed', detail: (err as Error).message }];
  }
  const out: Finding[] = [];
  const cache = new Map<string, Set<string>>();
  const walk = (branches: Seq[]) => {
    for (const seq of branches) {
      for (let i = 0; i < seq.length; i++) {
        const item = seq[i];
        if (item.atom.kind === 'group') {
          if (item.max === Infinity && hasUnbounded(item.atom.alt)) out.push({ rule: 'nested', detail: 'an unbounded quantifier over a group that holds one' });
          if (item.max === Infinity && item.atom.alt.length > 1) {
            const firsts = item.atom.alt.map((s) => firstChars(s, flags, cache));
            for (let a = 0; a < firsts.length; a++) {
              for (let b = a + 1; b < firsts.length; b++) {
                if (intersects(firsts[a], firsts[b])) out.push({ rule: 'overlap', detail: 'alternatives of an unbounded group that can start alike' });
              }
            }
          }
          walk(item.atom.alt);
        }
        if (item.max !== Infinity) continue;
        for (let j = i + 1; j < seq.length; j++) {
          const next = seq[j];
          if (next.atom.kind === 'anchor') {
            if (next.min > 0) break;
            continue;
          }
          if (next.max === Infinity && intersects(chars(item.atom, flags, cache), chars(next.atom, flags, cache))) {
            out.push({ rule: 'overlap', detail: `two unbounded quantifiers in a row that match the same characters (items ${i} and ${j})` });
          }
          if (next.min > 0) break;
        }
      }
    }
  };
  walk(alt);
  if (!flags.includes('y')) {
    for (const seq of alt) {
      const first = seq.findIndex((item) => !(item.atom.kind === 'anchor' && item.atom.source.startsWith('\\')));
      if (first < 0) continue;
      const head = seq[first];
      if (head.atom.kind === 'anchor' && head.atom.source === '^') continue;
      if (head.max === Infinity && first < seq.length - 1) out.push({ rule: 'search', detail: 'unanchored, it starts with an unbounded quantifier and has more to match after it' });
    }
  }
  return out;
}
