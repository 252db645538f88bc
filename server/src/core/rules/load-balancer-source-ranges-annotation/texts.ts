import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use the source-ranges annotation only with `type: LoadBalancer`, as comma-separated CIDRs.',
  ko: '소스 범위 어노테이션은 `type: LoadBalancer`에서만, 쉼표로 구분한 CIDR로 쓰세요.',
};

export const REMOVE_OR_LOAD_BALANCER = 'remove the annotation, or make the Service type LoadBalancer';
export const CIDRS =
  'list comma-separated CIDRs such as 203.0.113.0/24,198.51.100.0/24, or use spec.loadBalancerSourceRanges';
