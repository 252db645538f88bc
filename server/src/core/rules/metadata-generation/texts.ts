import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Remove `metadata.generation`: the API server maintains it.',
  ko: '`metadata.generation`은 API 서버가 관리하므로 지우세요.',
};

export const REMOVE_GENERATION = 'remove metadata.generation: the API server maintains it';
