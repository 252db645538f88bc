import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Fix the label: keys are an optional DNS prefix and `/` plus a name of up to 63 characters, and values are at most 63 characters.',
  ko: '레이블을 고치세요. 키는 선택적인 DNS 접두사와 `/` 뒤에 63자 이하의 이름이고, 값은 63자 이하입니다.',
};
