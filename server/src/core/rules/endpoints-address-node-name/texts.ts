import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use the name of a Node as `kubectl get nodes` lists it, or leave `nodeName` out.',
  ko: '`nodeName`에는 `kubectl get nodes`에 나오는 노드 이름을 쓰거나, 필드를 빼세요.',
};

export const NODE_NAME = 'use the name of a Node as `kubectl get nodes` lists it, or leave nodeName out';
