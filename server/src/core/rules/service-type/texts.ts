import type { RuleAdvice } from '../rule';
import { writeInItsCase } from '../support/words';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `ClusterIP`, `NodePort`, `LoadBalancer` or `ExternalName`, spelled exactly so.',
  ko: '`ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName` 중 하나를 대소문자까지 정확히 쓰세요.',
};

export const SUPPORTED = 'use ClusterIP, NodePort, LoadBalancer or ExternalName';

export function caseSensitive(suggestion: string): string {
  return writeInItsCase(suggestion, 'type');
}
