import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use a namespace name of lowercase letters, digits and `-`, or leave `namespace` out to use your current one.');

export const NAMESPACE_NAME = 'a namespace name is at most 63 lower-case letters, digits or "-", starting and ending with a letter or digit';
