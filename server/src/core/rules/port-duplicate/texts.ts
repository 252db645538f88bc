import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use a different `port` number (or protocol) for each entry.',
  ko: '항목마다 `port` 번호(또는 프로토콜)를 다르게 하세요.',
};

export function alreadyExposed(first: number, protocol: string, port: number): string {
  return `spec.ports[${first}] already exposes ${protocol} port ${port}; use another port number`;
}
