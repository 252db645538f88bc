import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Fix the selector so every key is a valid label key and every value a valid label value, as on the Pods.',
  ko: '셀렉터의 키와 값을 파드 레이블과 같은 유효한 레이블 형식으로 고치세요.',
};
