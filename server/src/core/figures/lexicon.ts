// The words the figure grammar knows: French cardinals, scale words and
// abbreviations, currencies, and the small function words the grammar leans on
// (« de », « et », « à », « entre », qualifier phrases). Words are matched on
// a folded form (lower case, no accents); a few abbreviations are
// case-sensitive (« M », « Md » but not « m », « md »).
//
// The tokenizer hashes each word while it scans it (FNV-1a over folded char
// codes) and looks the hash up here, so ordinary prose allocates nothing.

import { fnv1a } from '../text/hash';
import { fold, foldCodes } from '../text/fold';

/** How surely a noun names money (see the public-finance nouns below). */
export const enum Purpose {
  None = 0,
  /** Money only after the figure (« 80 milliards de manque à gagner », « 3 milliards de baisse »). */
  After = 1,
  /** Money after the figure and before it (« un déficit de 150 milliards »). */
  Always = 2,
}

/** Number-word kinds. */
export const enum NumKind {
  None = 0,
  Unit = 1, // zéro … seize, dix
  Ten = 2, // trente … soixante, septante, octante, nonante
  Vingt = 3,
  Cent = 4,
  Mille = 5,
}

export interface Lexeme {
  /** Folded key (or the exact spelling for case-sensitive entries). */
  key: string;
  caseSensitive: boolean;
  /** Canonical word used by phrase matching (elisions resolved: « d » → « de »). */
  canon: string;
  /** True for an elided form that needs an apostrophe after it (« d’ », « l’ »). */
  elided: boolean;
  num: number;
  numKind: NumKind;
  /** Scale factor (« millions » → 1e6), 0 when not a scale. */
  scale: number;
  /** The scale is spelled out (million, milliard…) rather than abbreviated. */
  scaleSpelled: boolean;
  /** The abbreviation is only a scale when a currency follows (« k€ », « G€ », « mds€ »). */
  scaleNeedsCurrency: boolean;
  /** The scale word is itself approximate (« un millier »). */
  scaleApprox: boolean;
  /** ISO code of a currency word or symbol, '' when none or when an adjective is required. */
  currency: string;
  /** Currency family for adjective lookup (« dollars canadiens »), '' when none. */
  family: string;
  /** An ISO code written as a word (EUR, USD): may also stand before the figure. */
  code: boolean;
  /** Region mark combined with « $ » (US, CA, HK…): the resulting ISO code. */
  dollarRegion: string;
  /** An approximate collective: dizaine → 10, trentaine → 30. */
  collective: number;
  /** pourcent, pourcentage. */
  percentWord: boolean;
  /** A noun that numbers things (« article 12 », « programme 424 »). */
  identifier: boolean;
  /**
   * A noun for what money is for or where it goes (« 12 milliards
   * d’économies », « 35 millions de subventions », « un déficit de 150
   * milliards »): after « scale de » it makes an amount, not a count.
   */
  purpose: Purpose;
  /** A word after « de » that is not a counted noun (« 9 milliards d’ici à 2030 », « 3 milliards de plus »). */
  notCounted: boolean;
  /** A hundredth of the paragraph's currency, else of the euro: « 12 centimes », « 50 cents ». */
  subunit: boolean;
  /** Familiar money with no currency of its own: « 10 balles » (the paragraph's currency, else the euro). */
  slang: boolean;
  /** A word that makes « livres » books or weight, not pounds (« bibliothèque », « écrit », « kilos »). */
  notPounds: boolean;
  /** A verb form that may follow a figure (« 800 000 ont été inscrits »): no counted noun there. */
  verb: boolean;
  /** A verb that takes away the percentage after it (« soustraire cinq pour cent »: −5 %). */
  subtracts: boolean;
  /** A noun that holds or spends money: « les deux milliards de la stratégie », « 3 milliards de l’État » say whose. */
  holder: boolean;
  /** A noun of a counted population: « une population de 68 millions », « un effectif de 1,2 million » count, they are no amounts. */
  population: boolean;
  /** « MM »: a milliard in French banking (« 12 MM€ »), a million in American use (« $5MM »); the document decides. */
  mm: boolean;
}

export const LEX: Lexeme[] = [];
const byHash = new Map<number, number[]>();

function entry(key: string, fields: Partial<Lexeme>, caseSensitive = false): Lexeme {
  const foldedKey = caseSensitive ? key : foldCodes(key);
  // Merge into an existing entry with the same spelling and sensitivity.
  // Case-sensitive keys hash on their folded form too: the tokenizer cannot know the case it will be asked for.
  const h = fnv1a(foldCodes(foldedKey));
  const bucket = byHash.get(h);
  if (bucket) {
    for (const id of bucket) {
      const e = LEX[id];
      if (e.key === foldedKey && e.caseSensitive === caseSensitive) {
        Object.assign(e, fields);
        return e;
      }
    }
  }
  const e: Lexeme = {
    key: foldedKey,
    caseSensitive,
    canon: foldCodes(key),
    elided: false,
    num: -1,
    numKind: NumKind.None,
    scale: 0,
    scaleSpelled: false,
    scaleNeedsCurrency: false,
    scaleApprox: false,
    currency: '',
    family: '',
    code: false,
    dollarRegion: '',
    collective: 0,
    percentWord: false,
    identifier: false,
    purpose: Purpose.None,
    notCounted: false,
    subunit: false,
    slang: false,
    notPounds: false,
    verb: false,
    subtracts: false,
    holder: false,
    population: false,
    mm: false,
    ...fields,
  };
  const id = LEX.length;
  LEX.push(e);
  if (bucket) {
    // Case-sensitive spellings are tried before the folded one.
    if (caseSensitive) bucket.unshift(id);
    else bucket.push(id);
  } else byHash.set(h, [id]);
  return e;
}


/**
 * The lexeme for text[start, end) whose folded hash is `hash`, or -1.
 * Allocation-free: candidates are compared char by char.
 */
export function lookupWord(text: string, start: number, end: number, hash: number): number {
  const bucket = byHash.get(hash);
  if (bucket === undefined) return -1;
  const len = end - start;
  for (let b = 0; b < bucket.length; b++) {
    const e = LEX[bucket[b]];
    const key = e.key;
    if (key.length !== len) continue;
    let ok = true;
    if (e.caseSensitive) {
      for (let i = 0; i < len; i++) {
        if (text.charCodeAt(start + i) !== key.charCodeAt(i)) {
          ok = false;
          break;
        }
      }
    } else {
      for (let i = 0; i < len; i++) {
        if (fold(text.charCodeAt(start + i)) !== key.charCodeAt(i)) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return bucket[b];
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Cardinals

const units: [string, number][] = [
  ['zero', 0], ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6],
  ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13],
  ['quatorze', 14], ['quinze', 15], ['seize', 16],
];
for (const [w, n] of units) entry(w, { num: n, numKind: NumKind.Unit });
entry('vingt', { num: 20, numKind: NumKind.Vingt });
entry('vingts', { num: 20, numKind: NumKind.Vingt, canon: 'vingt' });
const tens: [string, number][] = [
  ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  ['septante', 70], ['octante', 80], ['huitante', 80], ['nonante', 90],
];
for (const [w, n] of tens) entry(w, { num: n, numKind: NumKind.Ten });
entry('cent', { num: 100, numKind: NumKind.Cent });
entry('cents', { num: 100, numKind: NumKind.Cent, canon: 'cent' });
entry('mille', { num: 1000, numKind: NumKind.Mille, scale: 1e3, scaleSpelled: true });
entry('mil', { num: 1000, numKind: NumKind.Mille });

// Approximate collectives: « une trentaine de milliards ».
const collectives: [string, number][] = [
  ['dizaine', 10], ['douzaine', 12], ['quinzaine', 15], ['vingtaine', 20], ['trentaine', 30],
  ['quarantaine', 40], ['cinquantaine', 50], ['soixantaine', 60], ['centaine', 100],
];
for (const [w, n] of collectives) {
  entry(w, { collective: n });
  entry(w + 's', { collective: n, canon: w });
}
entry('demi', {});
entry('demie', { canon: 'demi' });

// ---------------------------------------------------------------------------
// Scales

for (const [w, f] of [['million', 1e6], ['milliard', 1e9], ['billion', 1e12], ['trillion', 1e18]] as [string, number][]) {
  entry(w, { scale: f, scaleSpelled: true });
  entry(w + 's', { scale: f, scaleSpelled: true, canon: w });
}
entry('millier', { scale: 1e3, scaleSpelled: true, scaleApprox: true });
entry('milliers', { scale: 1e3, scaleSpelled: true, scaleApprox: true, canon: 'millier' });
// Abbreviations that stand alone after a figure (« 680 M », « 3 Mds »).
for (const [w, f] of [['M', 1e6], ['Md', 1e9], ['Mds', 1e9], ['Mrd', 1e9], ['Mrds', 1e9], ['Mio', 1e6], ['Mios', 1e6], ['Mns', 1e6]] as [string, number][]) {
  entry(w, { scale: f }, true);
}
// Abbreviations that are a scale only when a currency follows: « 10 k€ », « 39,4 mrds€ », « 2 G€ », « $1.2bn » (quoted from English).
for (const [w, f] of [
  ['k', 1e3], ['K', 1e3], ['G', 1e9], ['md', 1e9], ['mds', 1e9], ['mrd', 1e9], ['mrds', 1e9], ['MD', 1e9], ['MDS', 1e9],
  ['MRD', 1e9], ['MRDS', 1e9], ['mio', 1e6], ['MIO', 1e6], ['Md.', 1e9], ['bn', 1e9], ['c', 0.01], ['ct', 0.01], ['cts', 0.01],
] as [string, number][]) {
  entry(w, { scale: f, scaleNeedsCurrency: true }, true);
}
// Hundredths: of the currency that follows or of the paragraph's (« 12 centimes le kilowattheure »: 0,12 €),
// or of a currency of their own (« 40 pence »: 0,40 £).
entry('centime', { scale: 0.01, scaleSpelled: true, subunit: true });
entry('centimes', { scale: 0.01, scaleSpelled: true, subunit: true, canon: 'centime' });
entry('cents', { scale: 0.01, subunit: true }); // after digits only: « deux cents » stays 200
for (const [w, code] of [['penny', 'GBP'], ['pennies', 'GBP'], ['pence', 'GBP'], ['pesewa', 'GHS'], ['pesewas', 'GHS'], ['kobo', 'NGN']] as [string, string][]) {
  entry(w, { scale: 0.01, scaleSpelled: true, currency: code });
}
// « MM » (mille millions, or a thousand thousands): its factor is decided per document (figure.ts).
entry('MM', { scale: 1e9, scaleNeedsCurrency: true, mm: true }, true);
entry('MMEUR', { scale: 1e9, currency: 'EUR', mm: true }, true);
entry('MMUSD', { scale: 1e6, currency: 'USD', mm: true }, true);
// A scale and a currency in one word.
for (const [w, f, cur] of [
  ['MEUR', 1e6, 'EUR'], ['Meur', 1e6, 'EUR'], ['Meuro', 1e6, 'EUR'], ['Meuros', 1e6, 'EUR'], ['KEUR', 1e3, 'EUR'], ['kEUR', 1e3, 'EUR'],
  ['keur', 1e3, 'EUR'], ['kEuros', 1e3, 'EUR'], ['MdEUR', 1e9, 'EUR'], ['MdsEUR', 1e9, 'EUR'], ['MrdEUR', 1e9, 'EUR'], ['GEUR', 1e9, 'EUR'],
  ['MUSD', 1e6, 'USD'], ['MdUSD', 1e9, 'USD'], ['MF', 1e6, 'FRF'], ['kF', 1e3, 'FRF'], ['KF', 1e3, 'FRF'], ['MdF', 1e9, 'FRF'],
] as [string, number, string][]) {
  entry(w, { scale: f, currency: cur }, true);
}

// ---------------------------------------------------------------------------
// Currencies. `family` lets an adjective refine the code (« dollars canadiens »);
// a family without a default code needs its adjective (« livres sterling »).

function currencyWords(words: string[], family: string, code: string): void {
  for (const w of words) entry(w, { currency: code, family, canon: words[0] });
}
currencyWords(['euro', 'euros'], 'euro', 'EUR');
currencyWords(['dollar', 'dollars'], 'dollar', 'USD');
currencyWords(['franc', 'francs'], 'franc', 'FRF');
currencyWords(['livre', 'livres'], 'livre', ''); // pounds unless the text is about books or weight (units.ts)
currencyWords(['pound', 'pounds'], 'livre', 'GBP');
currencyWords(['couronne', 'couronnes'], 'couronne', '');
currencyWords(['dinar', 'dinars'], 'dinar', '');
currencyWords(['peso', 'pesos'], 'peso', '');
currencyWords(['roupie', 'roupies'], 'roupie', 'INR');
currencyWords(['yen', 'yens'], 'yen', 'JPY');
currencyWords(['yuan', 'yuans'], 'yuan', 'CNY');
currencyWords(['renminbi', 'renminbis'], 'yuan', 'CNY');
currencyWords(['rouble', 'roubles'], 'rouble', 'RUB');
currencyWords(['zloty', 'zlotys', 'zlotys'], 'zloty', 'PLN');
currencyWords(['forint', 'forints'], 'forint', 'HUF');
currencyWords(['shekel', 'shekels'], 'shekel', 'ILS');
currencyWords(['dirham', 'dirhams'], 'dirham', 'MAD');
currencyWords(['rand', 'rands'], 'rand', 'ZAR');
currencyWords(['won', 'wons'], 'won', 'KRW');
currencyWords(['lei', 'leu'], 'leu', 'RON');
currencyWords(['rial', 'rials'], 'rial', 'IRR');
currencyWords(['riyal', 'riyals'], 'riyal', 'SAR');
currencyWords(['mark', 'marks', 'deutschemark', 'deutschemarks'], 'mark', 'DEM');
currencyWords(['florin', 'florins'], 'florin', 'NLG');
currencyWords(['cedi', 'cedis'], 'cedi', 'GHS');
currencyWords(['naira', 'nairas'], 'naira', 'NGN');
currencyWords(['ariary'], 'ariary', 'MGA');
currencyWords(['peseta', 'pesetas'], 'peseta', 'ESP');
// Familiar French for money: « 10 balles ».
entry('balle', { slang: true });
entry('balles', { slang: true, canon: 'balle' });

/** Adjectives after a currency word: family → folded adjective → ISO code. */
export const CURRENCY_ADJECTIVES = new Map<string, Map<string, string>>();
function adjectives(family: string, pairs: [string, string][]): void {
  const m = new Map<string, string>();
  for (const [adj, code] of pairs) {
    m.set(adj, code);
    if (!adj.endsWith('s') && adj.length > 3) m.set(adj + 's', code);
    if (adj.endsWith('ain') || adj.endsWith('ien') || adj.endsWith('in')) {
      m.set(adj + 'e', code);
      m.set(adj + 'es', code);
    }
  }
  for (const key of m.keys()) entry(key, {});
  CURRENCY_ADJECTIVES.set(family, m);
}
adjectives('dollar', [
  ['americain', 'USD'], ['us', 'USD'], ['usd', 'USD'], ['canadien', 'CAD'], ['cad', 'CAD'], ['australien', 'AUD'], ['aud', 'AUD'],
  ['neo-zelandais', 'NZD'], ['singapourien', 'SGD'], ['hongkongais', 'HKD'], ['hk', 'HKD'],
]);
adjectives('franc', [['suisse', 'CHF'], ['suisses', 'CHF'], ['cfa', 'XOF'], ['belge', 'BEF'], ['belges', 'BEF'], ['cfp', 'XPF'], ['pacifique', 'XPF']]);
adjectives('livre', [['sterling', 'GBP'], ['sterlings', 'GBP'], ['britannique', 'GBP'], ['britanniques', 'GBP'], ['egyptienne', 'EGP'], ['egyptiennes', 'EGP'], ['libanaise', 'LBP'], ['libanaises', 'LBP']]);
adjectives('couronne', [['suedoise', 'SEK'], ['suedoises', 'SEK'], ['danoise', 'DKK'], ['danoises', 'DKK'], ['norvegienne', 'NOK'], ['norvegiennes', 'NOK'], ['tcheque', 'CZK'], ['tcheques', 'CZK'], ['islandaise', 'ISK'], ['islandaises', 'ISK']]);
adjectives('dinar', [['tunisien', 'TND'], ['algerien', 'DZD'], ['koweitien', 'KWD']]);
adjectives('peso', [['mexicain', 'MXN'], ['argentin', 'ARS'], ['chilien', 'CLP'], ['colombien', 'COP']]);
adjectives('roupie', [['indienne', 'INR'], ['indiennes', 'INR'], ['pakistanaise', 'PKR'], ['pakistanaises', 'PKR']]);
adjectives('real', [['bresilien', 'BRL']]);
adjectives('rial', [['iranien', 'IRR'], ['omanais', 'OMR'], ['yemenite', 'YER'], ['yemenites', 'YER']]);
adjectives('riyal', [['saoudien', 'SAR'], ['qatari', 'QAR'], ['qataris', 'QAR'], ['qatarien', 'QAR']]);
adjectives('mark', [['allemand', 'DEM'], ['finlandais', 'FIM'], ['convertible', 'BAM'], ['convertibles', 'BAM']]);
adjectives('florin', [['hollandais', 'NLG'], ['neerlandais', 'NLG'], ['arubais', 'AWG'], ['hongrois', 'HUF']]);

// ISO codes written as words; they may precede the figure (« EUR 3,5 millions »).
for (const code of ['EUR', 'GBP', 'CHF', 'JPY', 'CNY']) entry(code, { currency: code, code: true, canon: code.toLowerCase() });
for (const code of ['SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'RUB', 'INR', 'BRL', 'KRW', 'XOF', 'XAF', 'XPF', 'MAD', 'TND', 'DZD', 'FRF', 'ZAR', 'ILS']) {
  entry(code, { currency: code, code: true }, true);
}
// The CFA franc (« 950 milliards de FCFA », « 500 F CFA »): the West African one, XOF.
for (const w of ['FCFA', 'Fcfa', 'fcfa']) entry(w, { currency: 'XOF', code: true, canon: 'fcfa' }, true);
entry('CFA', { currency: 'XOF', code: true, canon: 'cfa' }, true);
entry('F', { family: 'franc' }, true); // « F CFA », « F CFP »: the adjective gives the code
// Region marks around « $ »: « US$ », « $ US », « $CAD », « $ c ».
for (const [w, code] of [['US', 'USD'], ['CA', 'CAD'], ['C', 'CAD'], ['AU', 'AUD'], ['A', 'AUD'], ['HK', 'HKD'], ['NZ', 'NZD'], ['S', 'SGD'], ['us', 'USD'], ['ca', 'CAD'], ['c', 'CAD'], ['hk', 'HKD']] as [string, string][]) {
  entry(w, { dollarRegion: code }, true);
}
// Dollar codes: a code on their own, and a region mark next to « $ » (« $ USD », « nzd$ »).
for (const code of ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN']) {
  entry(code, { currency: code, code: true, dollarRegion: code, canon: code.toLowerCase() }, true);
  entry(code.toLowerCase(), { currency: code, code: true, dollarRegion: code }, true);
}

/** Currency symbols (single UTF-16 unit) → ISO code. `$` defaults to USD. */
export function symbolCurrency(c: number): string {
  switch (c) {
    case 0x20ac: return 'EUR';
    case 36: return 'USD';
    case 0xa3: return 'GBP';
    case 0xa5: return 'JPY';
    case 0x20b9: return 'INR';
    case 0x20bd: return 'RUB';
    case 0x20a9: return 'KRW';
    case 0x20a3: return 'FRF';
    case 0x20a4: return 'GBP';
    default: return '';
  }
}

// ---------------------------------------------------------------------------
// Function words

for (const w of ['de', 'et', 'ou', 'a', 'entre', 'pour', 'p', 'des', 'du', 'le', 'les', 'au', 'aux', 'en', 'dans', 'pas', 'tout', 'que', 'bas', 'mot', 'peu', 'soit', 'dont', 'contre', 'sur', 'puis']) entry(w, {});
entry('d', { canon: 'de', elided: true });
entry('l', { canon: 'le', elided: true });
entry('la', { canon: 'le' });
entry('qu', { canon: 'que', elided: true });
entry('jusqu', { canon: 'jusque', elided: true });
entry('jusque', {});
entry('pourcent', { percentWord: true });
entry('pourcents', { percentWord: true, canon: 'pourcent' });
entry('pourcentage', { percentWord: true });
entry('pourcentages', { percentWord: true, canon: 'pourcentage' });
for (const w of ['bonne', 'petite', 'grosse', 'large', 'courte']) entry(w, {});

// Nouns that number things rather than count them: the figure after them is a label.
for (const w of [
  'article', 'articles', 'art', 'alinea', 'programme', 'programmes', 'loi', 'decret', 'arrete', 'circulaire', 'ordonnance', 'directive',
  'reglement', 'page', 'pages', 'pp', 'n', 'no', 'numero', 'numeros', 'action', 'chapitre', 'titre', 'annexe', 'tome', 'section', 'phase',
  'lot', 'axe', 'version', 'v', 'niveau', 'tableau', 'figure', 'graphique', 'mesure', 'ligne', 'colonne', 'etape', 'volet', 'priorite',
  'objectif', 'amendement', 'question', 'dossier', 'affaire', 'avis', 'rapport', 'pilier', 'point', 'paragraphe', 'item', 'classe', 'categorie',
  'zone', 'region', 'departement', 'code', 'bp', 'cs', 'cedex', 'rue', 'avenue', 'boulevard', 'route', 'mission', 'vague', 'saison', 'edition',
  'acte', 'generation', 'tranche',
]) {
  entry(w, { identifier: true });
}

// Words of qualifier phrases (see qualifiers.ts); listed so phrase matching can read them.
for (const w of [
  'pres', 'environ', 'quelque', 'ordre', 'autour', 'approximativement', 'presque', 'pratiquement', 'quasiment', 'quasi', 'grosso', 'modo',
  'alentours', 'moins', 'plus', 'minimum', 'maximum', 'superieur', 'inferieur', 'dela', 'partir', 'dessus', 'dessous', 'limite', 'plafond',
  'plafonne', 'seuil', 'hauteur', 'excedant', 'depassant', 'peine', 'grand', 'max', 'min', 'approx', 'env', 'exactement', 'juste',
  'precisement', 'pile', 'mieux',
  // « dépasse 3 M€ », « ne dépasse pas 300 000 € », « n’excède 2 M€ »
  'depasse', 'depassent', 'depassera', 'excede', 'excedent', 'ne',
]) {
  entry(w, {});
}
for (const [w, canon] of [
  ['superieure', 'superieur'], ['superieurs', 'superieur'], ['superieures', 'superieur'], ['inferieure', 'inferieur'], ['inferieurs', 'inferieur'],
  ['inferieures', 'inferieur'], ['plafonnee', 'plafonne'], ['plafonnes', 'plafonne'], ['plafonnees', 'plafonne'], ['quelques', 'quelques'],
]) {
  entry(w, { canon });
}

// Public-finance nouns: what an amount is for, or where it goes. « N milliards
// de <noun> » is money (the paragraph's currency, else the euro); any other noun
// after a scale counts things (« 2 millions de dossiers », « 3 millions
// d’habitants »). Singular and plural; « crédits de paiement », « recettes
// fiscales », « autorisations d’engagement », « fonds propres », « manque à
// gagner » are known by their first word.
function purposeNouns(words: string[], purpose: Purpose): void {
  for (const w of words) {
    entry(w, { purpose });
    const plural = w.endsWith('s') || w.endsWith('x') ? '' : w.endsWith('al') ? w.slice(0, -2) + 'aux' : w + 's';
    if (plural) entry(plural, { purpose, canon: w });
  }
}
purposeNouns([
  'credit', 'depense', 'recette', 'economie', 'subvention', 'dotation', 'investissement', 'dette', 'deficit', 'financement', 'cofinancement',
  'aide', 'pret', 'garantie', 'fonds', 'autorisation', 'cout', 'surcout', 'frais', 'benefice', 'profit', 'revenu', 'dividende', 'impot',
  'taxe', 'cotisation', 'prelevement', 'exoneration', 'allegement', 'niche', 'engagement', 'compensation', 'provision', 'capital', 'epargne',
  'remuneration', 'emprunt', 'fraude', 'evasion', 'budget', 'enveloppe', 'tresorerie', 'liquidite', 'rallonge', 'interet', 'excedent',
  'recapitalisation', 'abondement', 'contribution', 'arriere', 'impaye', 'creance', 'endettement', 'manne', 'redevance', 'depassement',
], Purpose.Always);
purposeNouns([
  'manque', 'charge', 'perte', 'hausse', 'baisse', 'reduction', 'coupe', 'rabot', 'obligation', 'effort', 'besoin', 'dommage', 'degat',
  'marge', 'chiffre', 'levee', 'concours', 'avance', 'gain', 'annulation',
], Purpose.After);
// Nouns that hold or spend money: after « <scale> de la / de l’ / du », they say whose money it is
// (« les deux milliards de la stratégie »), where any other noun counts (« 2 millions de la population »).
for (const w of [
  'strategie', 'plan', 'programme', 'fonds', 'etat', 'region', 'departement', 'commune', 'ville', 'budget', 'loi', 'dispositif', 'enveloppe',
  'ministere', 'agence', 'europe', 'union', 'collectivite', 'projet', 'contrat', 'reforme', 'mission', 'operateur', 'agglomeration',
  'metropole', 'securite', 'assurance', 'caisse', 'banque', 'pacte', 'relance', 'gouvernement', 'mesure', 'operation', 'chantier', 'appel',
  'fondation', 'association', 'societe', 'entreprise', 'groupe', 'syndicat', 'office', 'institut', 'universite', 'hopital', 'plateforme',
]) {
  entry(w, { holder: true });
  entry(w + (w.endsWith('s') ? '' : 's'), { holder: true, canon: w });
}

for (const w of ['population', 'populations', 'effectif', 'effectifs']) entry(w, { population: true });

// « d’ici à 2030 », « de plus », « de moins », « de trop »: no noun follows the scale.
for (const w of ['ici', 'plus', 'moins', 'trop', 'mieux', 'supplementaire', 'supplementaires', 'additionnel', 'additionnels']) entry(w, { notCounted: true });

// Words that make « livres » books or weight rather than pounds sterling.
for (const w of [
  'bibliotheque', 'bibliotheques', 'mediatheque', 'mediatheques', 'librairie', 'librairies', 'libraire', 'libraires', 'editeur', 'editeurs',
  'edition', 'editions', 'editer', 'edite', 'edites', 'lecture', 'lectures', 'lecteur', 'lecteurs', 'lectrice', 'lectrices', 'lire', 'lu', 'lus',
  'ecrit', 'ecrits', 'ecrire', 'ecrivain', 'ecrivains', 'auteur', 'auteurs', 'autrice', 'autrices', 'roman', 'romans', 'ouvrage', 'ouvrages',
  'publie', 'publies', 'publier', 'imprime', 'imprimes', 'scolaire', 'scolaires', 'numeriques', 'audio', 'poche', 'manuel', 'manuels',
  'litterature', 'litteraire', 'litteraires', 'exemplaire', 'exemplaires', 'tome', 'tomes', 'rayonnages', 'prete', 'pretent', 'emprunte',
  'empruntes', 'poids', 'pese', 'pesent', 'peser', 'kilo', 'kilos', 'kg', 'gramme', 'grammes', 'once', 'onces', 'farine', 'beurre', 'viande',
]) {
  entry(w, { notPounds: true });
}

// Verb forms that may follow a figure standing for money already named
// (« En 2024, 800 000 ont été inscrits »): they show no noun is counted there.
for (const w of [
  'ont', 'sont', 'seront', 'sera', 'serait', 'seraient', 'etaient', 'etait', 'furent', 'fut', 'restent', 'reste', 'resteront', 'restera',
  'vont', 'va', 'iront', 'ira', 'doivent', 'doit', 'devront', 'devra', 'devraient', 'pourront', 'pourra', 'peuvent', 'peut', 'auront', 'aura',
  'avaient', 'avait', 'financeront', 'financent', 'servent', 'serviront', 'servira', 'permettent', 'permettront', 'permettra', 'couvrent',
  'couvriront', 'proviennent', 'viennent', 'viendront', 'correspondent', 'concernent', 'relevent', 'portent', 'porteront', 'suffiront',
  // participles of spending: « sur les 34 investis »
  'investis', 'engages', 'verses', 'consacres', 'alloues', 'attribues', 'prevus', 'mobilises', 'percus', 'recus', 'payes', 'decaisses',
  'budgetes', 'affectes', 'redistribues', 'economises', 'injectes', 'debloques', 'promis', 'leves', 'empruntes', 'rembourses', 'dus',
]) {
  entry(w, { verb: true });
}

// Verbs whose object is a quantity taken away: « soustraire 5 % », « on retranche 2 % » read as −5 %, −2 %.
// Only right before the percentage: « déduire de ce total 5 % » is left as written; participles (« soustrait »,
// « déduit ») describe, they do not take away.
for (const w of ['soustraire', 'soustrais', 'soustrayez', 'soustrayons', 'retrancher', 'retranche', 'retranchez', 'retranchons', 'deduire', 'deduis', 'deduisez', 'deduisons']) {
  entry(w, { subtracts: true });
}

/** The lexeme at `id`, for tokens (id -1: unknown word). */
export function lexeme(id: number): Lexeme | undefined {
  return id >= 0 ? LEX[id] : undefined;
}
