// Counts in words through l10n: each number has its own key (« {0} file » /
// « {0} files »), the singular used below two in French (« 0 fichier »,
// « 1 fichier sur 4 ») and at exactly one in English.

import * as vscode from 'vscode';

export function counted(n: number, one: string, many: string, ...more: Array<string | number>): string {
  const french = vscode.env.language.toLowerCase().startsWith('fr');
  const singular = french ? Math.abs(n) < 2 : n === 1;
  return vscode.l10n.t(singular ? one : many, n, ...more);
}
