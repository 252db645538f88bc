import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Give each port its own `nodePort`, or leave them out to have them assigned.',
  ko: '포트마다 다른 `nodePort`를 쓰거나, 빼서 자동 할당을 받으세요.',
};

export function alreadyUsed(first: number, protocol: string, nodePort: number): string {
  return `spec.ports[${first}] already uses ${protocol} nodePort ${nodePort}; pick another or leave it out`;
}
