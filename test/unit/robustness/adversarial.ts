// Inputs built to find superlinear paths: each generator makes about `size`
// characters of one pathological shape (long digit runs, endless number words,
// unclosed quotes and comments, huge lists and tables, one giant line…).

export interface Adversary {
  name: string;
  make(size: number): string;
}

/** `unit` repeated until the text reaches `size` characters. */
function fill(unit: string, size: number, head = '', tail = ''): string {
  return head + unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;
}

/** Lines built from their index, until `size` characters. */
function lines(size: number, line: (i: number) => string, head = ''): string {
  const out: string[] = [head];
  let n = head.length;
  for (let i = 0; n < size; i++) {
    const l = line(i);
    out.push(l);
    n += l.length + 1;
  }
  return out.join('\n') + '\n';
}

const NEAR_MISSES = ['SecNumClod', 'Frnce 2030', 'PIA5', 'ANSI', 'RGDP', 'Secnum Cloud', 'France 2031', 'France Relanse', 'cloud de confience', 'NIS 3', 'Bpi France', 'DINUMM'];

export const ADVERSARIES: Adversary[] = [
  { name: 'digit groups with every separator', make: (n) => fill('1 234\u00a0567\u202f890.123,45 ', n) },
  { name: 'one endless grouped number', make: (n) => fill(' 234', n, '1') + ' €' },
  { name: 'one endless grouped number with dots', make: (n) => fill('.234', n, '1') + ' €' },
  { name: 'a digit run without separators', make: (n) => '9'.repeat(n) + ' M€' },
  { name: 'single digits « 1 2 3 4 … »', make: (n) => fill('1 2 3 4 5 6 7 8 9 ', n) + 'millions d’euros' },
  { name: '« un un un … »', make: (n) => fill('un ', n) + 'milliard' },
  { name: 'number words without end', make: (n) => fill('cent vingt mille trois cent quarante-deux ', n) + 'euros' },
  { name: 'endless « et demi »', make: (n) => fill(' et demi', n, 'un milliard') + ' d’euros' },
  { name: 'endless scale words', make: (n) => fill(' milliards de millions', n, '3') + ' d’euros' },
  { name: 'endless « entre … et … »', make: (n) => fill('entre 2 et ', n) + '3 milliards' },
  { name: 'nested quotes « « « »', make: (n) => fill('« ', n / 2) + fill('» ', n / 2) },
  { name: 'unclosed quotes and definitions', make: (n) => fill('(ci-après « le Programme ', n) },
  { name: 'bullet lines (10 000 per 250 KB)', make: (n) => lines(n, (i) => `- ${i % 997} M€ pour la ligne ${i}`, 'Le budget de 12 M€ se répartit ainsi :') },
  { name: 'a table (5 000 rows per 100 KB)', make: (n) => lines(n, (i) => `| Poste ${i} | ${i % 97} |`, '| Poste | M€ |\n|---|---|') + '| **Total** | 12 |\n' },
  { name: 'one huge line of prose with figures', make: (n) => fill('L’État consacre 1,8 milliard d’euros à France 2030, dont 667 millions pour le PIA4 et 12 % pour SecNumCloud ; ', n) },
  { name: 'one sentence of « dont »', make: (n) => fill('Total 100 M€, dont 10 M€, ', n) },
  // Shares then a rest that closes them, paragraph after paragraph, and counts after a word of total: each rest reads
  // the breakdowns of the sentence before only, each count the one total word of its sentence.
  { name: 'shares closed by rests, paragraph after paragraph', make: (n) => fill('Les dons en forment 40 %, les ventes en apportent 30 %.\n\nLe reste, soit 30 %, vient des legs.\n\n', n) },
  { name: 'one sentence of counts after « Au total »', make: (n) => fill(' 12 élèves,', n, 'Au total,') + ' 13 élèves.' },
  { name: 'one sentence of parts before « soit »', make: (n) => fill('10 M€, ', n) + 'soit 5 M€ au total.' },
  { name: 'many « soit »', make: (n) => fill('10 M€ et 5 M€, soit 15 M€, ', n) + '.' },
  { name: 'a colon list in one sentence', make: (n) => fill('10 M€ pour la recherche, ', n, 'Le budget de 5 M€ se répartit ainsi : ') + '.' },
  { name: 'percentages everywhere', make: (n) => fill('12 % ', n) },
  { name: 'a style hint per line', make: (n) => fill('1,5 milliards d’euros\n', n) },
  { name: 'near-miss names', make: (n) => lines(n, (i) => `Le ${NEAR_MISSES[i % NEAR_MISSES.length]} et la ${NEAR_MISSES[(i * 7) % NEAR_MISSES.length]} avancent.`) },
  { name: 'the same programme with many amounts', make: (n) => fill('Le PIA4 reçoit 5 M€. Le PIA4 reçoit 7 M€. ', n) },
  { name: 'unclosed comments', make: (n) => fill('<!-- policy-lens-disable\n', n) },
  { name: 'many suppression comments', make: (n) => fill('<!-- policy-lens-disable-next-line -->\n12 % \n', n) },
  { name: 'punctuation runs', make: (n) => fill('( - ( – ) , ; ', n, '5 M€ ') + ' dont 3 M€.' },
  { name: 'currency signs only', make: (n) => fill('€ $ £ % ', n) },
  { name: 'headings only', make: (n) => lines(n, (i) => `${'#'.repeat((i % 6) + 1)} Titre ${i} : 3 M€`) },
  { name: 'fences', make: (n) => fill('```\n12 M€\n', n) },
  { name: 'surrogates and emoji', make: (n) => fill('🙂\ud800 3 M€ \udc00👩‍👩‍👧 ', n) },
];
