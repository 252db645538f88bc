import type { RuleAdvice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `TCP`, `UDP` or `SCTP`, in upper case.',
  ko: '`TCP`, `UDP`, `SCTP` 중 하나를 대문자로 쓰세요.',
};

export const SUPPORTED = 'use TCP, UDP or SCTP';

export function caseSensitive(suggestion: string): string {
  return writeInItsCase(suggestion, 'protocol');
}
