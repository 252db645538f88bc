import type { RuleAdvice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'List `IPv4` and/or `IPv6`, each at most once.',
  ko: '`IPv4`와 `IPv6`를 대소문자 그대로, 각각 한 번씩만 쓰세요.',
};

export const SUPPORTED = 'use IPv4 or IPv6';
export const LIST_ONCE = 'list each IP family once: at most one IPv4 and one IPv6';

export function caseSensitive(suggestion: string): string {
  return writeInItsCase(suggestion, 'family');
}
