import type { Advice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `SingleStack`, `PreferDualStack` or `RequireDualStack`, or leave it out.');

export const SUPPORTED = 'use SingleStack, PreferDualStack or RequireDualStack, or leave it out';

export function caseSensitive(suggestion: string): string {
  return writeInItsCase(suggestion, 'policy');
}
