import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Remove `nodePort`, or change the type to `NodePort` or `LoadBalancer`.',
  ko: '`nodePort`를 지우거나, 타입을 `NodePort`나 `LoadBalancer`로 바꾸세요.',
};

export const REMOVE_OR_NODE_PORT =
  'remove nodePort, or set `type: NodePort` (or LoadBalancer) to expose the port on every node';
