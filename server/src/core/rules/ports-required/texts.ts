import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Add at least one entry to `spec.ports`, or make the Service headless with `clusterIP: None`.',
  ko: '`spec.ports`에 포트를 하나 이상 추가하거나, `clusterIP: None`으로 헤드리스 서비스를 만드세요.',
};

export const ADD_A_PORT = 'list at least one port, or make the Service headless with `clusterIP: None`';
