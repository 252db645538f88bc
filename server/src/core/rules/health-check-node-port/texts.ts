import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Set `healthCheckNodePort` only with `type: LoadBalancer` and `externalTrafficPolicy: Local`, and remove it otherwise.',
  ko: '`healthCheckNodePort`는 `type: LoadBalancer`와 `externalTrafficPolicy: Local`을 함께 쓸 때만 지정하고, 그 밖에는 지우세요.',
};

export const ONLY_FOR_LOCAL = 'remove healthCheckNodePort, or use type LoadBalancer with externalTrafficPolicy Local';
export const FROM_THE_RANGE = 'use a port from the node port range, or leave it out to have one allocated';
