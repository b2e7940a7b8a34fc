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

/** The locale the environment asks for (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them): « fr_FR.UTF-8 » → « fr-FR ». */
export function localeFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = raw.split('.')[0].split('@')[0];
  if (!tag || tag === 'C' || tag === 'POSIX') return undefined;
  return tag.replace('_', '-');
}
