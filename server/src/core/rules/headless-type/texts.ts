import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Remove `clusterIP: None`, or change the type to `ClusterIP` if you want a headless Service.',
  ko: '`clusterIP: None`을 지우거나, 헤드리스 서비스가 필요하면 타입을 `ClusterIP`로 바꾸세요.',
};

export const REMOVE_NONE = 'remove clusterIP: None, or make the Service a ClusterIP Service to keep it headless';
