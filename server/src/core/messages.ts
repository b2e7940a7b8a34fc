// Messages are written in English in the code and translated through a
// function the caller supplies (the server and the CLI pass @vscode/l10n's
// `t`), so the core stays free of any editor library. Placeholders are {0}, {1}…

export type Translate = (message: string, ...args: Array<string | number>) => string;

export const untranslated: Translate = (message, ...args) =>
  message.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
