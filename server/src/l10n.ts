// The server speaks the editor's display language: VS Code sends it as
// `locale` in the initialize request. French strings live in l10n/, keyed by
// their English text, as @vscode/l10n expects.

import * as l10n from '@vscode/l10n';
import { Translate, untranslated } from './core/messages';
import fr from '../../l10n/bundle.l10n.fr.json';

export function translatorFor(locale: string | undefined): Translate {
  if (locale && locale.toLowerCase().startsWith('fr')) {
    l10n.config({ contents: fr });
    return (message, ...args) => l10n.t(message, ...args);
  }
  return untranslated;
}

export function isFrench(locale: string | undefined): boolean {
  return !!locale && locale.toLowerCase().startsWith('fr');
}
