import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Set `timeoutSeconds` from 1 to 86400, or leave it out for the default of 10800.',
  ko: '`timeoutSeconds`를 1~86400 사이로 지정하거나, 빼서 기본값 10800을 쓰세요.',
};

export const TIMEOUT_RANGE = 'use a timeout from 1 to 86400 seconds, or leave it out for the default of 10800 (3 hours)';
