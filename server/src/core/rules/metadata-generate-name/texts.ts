import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Make `generateName` a valid start of a name: lowercase letters, digits and `-` (a Service name starts with a letter).');

export const SERVICE_PREFIX: Advice = (l10n) => l10n.t('start generateName with a letter and use only lower-case letters, digits or "-" (a trailing "-" is fine)');
export const SUBDOMAIN_PREFIX: Advice = (l10n) => l10n.t('start generateName with a letter or digit and use only lower-case letters, digits, "-" or "." (a trailing "-" is fine)');
