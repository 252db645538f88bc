import type { RuleAdvice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `SingleStack`, `PreferDualStack` or `RequireDualStack`, or leave it out.',
  ko: '`SingleStack`, `PreferDualStack`, `RequireDualStack` 중 하나를 쓰거나 필드를 빼세요.',
};

export const SUPPORTED = 'use SingleStack, PreferDualStack or RequireDualStack, or leave it out';

export function caseSensitive(suggestion: string): string {
  return writeInItsCase(suggestion, 'policy');
}
