import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Give each port its own `name`.',
  ko: '포트마다 서로 다른 `name`을 붙이세요.',
};

export function alreadyNamed(first: number): string {
  return `spec.ports[${first}] already has this name; give every port its own name`;
}
