import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Give the Ingress `spec.rules` (hosts and paths) or a `spec.defaultBackend`.',
  ko: 'Ingress에 `spec.rules`(호스트와 경로) 또는 `spec.defaultBackend`를 지정하세요.',
};

export const ADD_RULES = 'add spec.rules (a host and its http.paths) or spec.defaultBackend';
