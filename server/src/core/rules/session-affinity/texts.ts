import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `ClientIP` for sticky sessions or `None` (the default).');

export const SUPPORTED = 'use ClientIP for sticky sessions or None (the default); the value is case-sensitive';
