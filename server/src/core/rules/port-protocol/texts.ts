import type { Advice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use `TCP`, `UDP` or `SCTP`, in upper case.');

export const SUPPORTED = 'use TCP, UDP or SCTP';

export function caseSensitive(suggestion: string): string {
  return writeInItsCase(suggestion, 'protocol');
}
