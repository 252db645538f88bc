import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Fix the label: keys are an optional DNS prefix and `/` plus a name of up to 63 characters, and values are at most 63 characters.');
