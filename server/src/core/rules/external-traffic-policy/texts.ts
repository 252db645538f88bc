import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `Cluster` or `Local`, and only on NodePort or LoadBalancer Services or Services with `externalIPs`.',
  ko: '`Cluster`나 `Local`을 쓰되, NodePort·LoadBalancer 서비스나 `externalIPs`가 있는 서비스에서만 쓰세요.',
};

export const NOT_EXTERNAL =
  'remove externalTrafficPolicy; it applies only to NodePort and LoadBalancer Services or to externalIPs';
export const SUPPORTED = 'use Cluster (the default) or Local, which keeps the client source IP';
