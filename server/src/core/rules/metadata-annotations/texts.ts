import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Fix the annotation key (an optional DNS prefix and `/` plus a name) and keep all annotations under 256 KiB together.');

export const KEY = 'an annotation key is an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit';
export const TOO_LONG = 'keep all annotations under 256 KiB together; move large data into a ConfigMap';
