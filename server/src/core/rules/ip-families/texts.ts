import type { Advice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('List `IPv4` and/or `IPv6`, each at most once.');

export const SUPPORTED = 'use IPv4 or IPv6';
export const LIST_ONCE = 'list each IP family once: at most one IPv4 and one IPv6';

export function caseSensitive(suggestion: string): string {
  return writeInItsCase(suggestion, 'family');
}
