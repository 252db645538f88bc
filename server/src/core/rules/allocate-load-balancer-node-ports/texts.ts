import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Remove `allocateLoadBalancerNodePorts`, or change the type to `LoadBalancer`.',
  ko: '`allocateLoadBalancerNodePorts`를 지우거나, 타입을 `LoadBalancer`로 바꾸세요.',
};

export const REMOVE_OR_LOAD_BALANCER = 'remove allocateLoadBalancerNodePorts, or make the Service type LoadBalancer';
