import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `Cluster` (the default) or `Local`.',
  ko: '`Cluster`(기본값)나 `Local`을 쓰세요.',
};

export const SUPPORTED =
  'use Cluster (the default) or Local, which routes in-cluster traffic only to endpoints on the same node';
