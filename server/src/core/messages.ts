// Messages are written in English in the code and translated through a
// function the caller supplies (the server and the CLI pass @vscode/l10n's
// `t`), so the core stays free of any editor library. Placeholders are {0}, {1}…

/** The language a reader reads: it chooses which of two written texts to show (a knowledge entry's French or English description) and how dates and numbers are written. Words go through Translate. */
export type Language = 'fr' | 'en';

export type Translate = (message: string, ...args: Array<string | number>) => string;

export const untranslated: Translate = (message, ...args) =>
  message.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

/**
 * A count with its noun in the right number: « 1 pourcentage », « 2 pourcentages », « 0 fichier ». The singular
 * message is used below two in French, at exactly one in English; each form is its own l10n key.
 */
export function counted(t: Translate, french: boolean, n: number, one: string, many: string, ...more: Array<string | number>): string {
  const singular = french ? Math.abs(n) < 2 : n === 1;
  return t(singular ? one : many, n, ...more);
}
