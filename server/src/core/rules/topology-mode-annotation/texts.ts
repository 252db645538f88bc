import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Give both topology annotations the same value, or drop the deprecated `service.kubernetes.io/topology-aware-hints`.',
  ko: '두 토폴로지 어노테이션의 값을 같게 맞추거나, 지원 중단된 `service.kubernetes.io/topology-aware-hints`를 지우세요.',
};

export function sameValue(deprecated: string): string {
  return `give both annotations the same value, or remove the deprecated ${deprecated}`;
}
