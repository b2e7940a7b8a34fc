// Writing numbers back the way a French reader expects them: digit groups
// separated by a narrow no-break space, a decimal comma, the currency after.

/** U+202F, the narrow no-break space French typography puts between digit groups and before units. */
export const NNBSP = '\u202f';

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF', JPY: '¥', CNY: 'CNY' };

export function currencySymbol(code: string): string {
  return SYMBOLS[code] ?? code;
}

/** 1800000000 → « 1 800 000 000 », 12.5 → « 12,5 ». At most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  let [int, dec = ''] = fixed.split('.');
  dec = dec.replace(/0+$/, '');
  let grouped = '';
  for (let i = int.length; i > 0; i -= 3) {
    const group = int.slice(Math.max(0, i - 3), i);
    grouped = grouped ? group + NNBSP + grouped : group;
  }
  return (negative ? '-' : '') + grouped + (dec ? ',' + dec : '');
}

/** 1800000000, 'EUR' → « 1 800 000 000 € ». */
export function formatMoney(value: number, currency: string): string {
  return formatNumber(value) + NNBSP + currencySymbol(currency);
}

/** The unit a breakdown is best read in: the scale of its largest figure. */
export function scaleFor(value: number): { factor: number; prefix: string } {
  const v = Math.abs(value);
  if (v >= 1e9) return { factor: 1e9, prefix: 'Md' };
  if (v >= 1e6) return { factor: 1e6, prefix: 'M' };
  if (v >= 1e4) return { factor: 1e3, prefix: 'k' };
  return { factor: 1, prefix: '' };
}

/** 1791000000, 'EUR', 1e6 → « 1 791 M€ »; with factor 1e9 → « 1,79 Md€ ». */
export function formatScaled(value: number, currency: string, factor = scaleFor(value).factor): string {
  const prefix = factor === 1e9 ? 'Md' : factor === 1e6 ? 'M' : factor === 1e3 ? 'k' : '';
  const symbol = currencySymbol(currency);
  const unit = prefix && symbol.length === 1 ? prefix + symbol : prefix ? prefix + NNBSP + symbol : symbol;
  return formatNumber(value / factor, 3) + NNBSP + unit;
}

/** 12.5 → « 12,5 % ». */
export function formatPercent(value: number, maxDecimals = 1): string {
  return formatNumber(value, maxDecimals) + NNBSP + '%';
}

const englishMoney = new Map<string, Intl.NumberFormat>();

/**
 * A round amount as a reader of the language expects it: « 1,8 Md€ » in
 * French (the scale of its size, as formatScaled writes it), « €1.8bn » in
 * English (the platform's compact notation).
 */
export function formatShortMoney(value: number, currency: string, french: boolean): string {
  if (french) return formatScaled(value, currency);
  let f = englishMoney.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-GB', { style: 'currency', currency, currencyDisplay: 'narrowSymbol', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 });
    } catch {
      return `${currency} ${value}`; // not an ISO code Intl knows
    }
    englishMoney.set(currency, f);
  }
  return f.format(value);
}
