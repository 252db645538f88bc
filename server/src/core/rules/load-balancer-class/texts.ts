import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use `loadBalancerClass` only with `type: LoadBalancer`, as a prefixed name such as `example.com/internal-vip`.',
  ko: '`loadBalancerClass`는 `type: LoadBalancer`에서만, `example.com/internal-vip` 같은 접두사 붙은 이름으로 쓰세요.',
};

export const REMOVE_OR_LOAD_BALANCER = 'remove loadBalancerClass, or make the Service type LoadBalancer';
export const PREFIXED_NAME = 'name the load balancer implementation with a prefixed name such as example.com/internal-vip';
