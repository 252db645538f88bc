import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Give every Ingress rule with `http` at least one path, or remove `http`.',
  ko: '`http`가 있는 Ingress 규칙마다 경로를 하나 이상 지정하거나 `http`를 지우세요.',
};

export const ADD_A_PATH = 'add a path: - path: /, pathType: Prefix, backend: {service: {name, port}}';
