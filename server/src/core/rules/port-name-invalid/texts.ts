import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Rename the port with lowercase letters, digits and `-` only, starting and ending with a letter or digit.',
  ko: '포트 이름은 영문 소문자·숫자·`-`만 써서, 영문자나 숫자로 시작하고 끝나게 바꾸세요.',
};

export const DNS_LABEL = 'use lowercase letters, digits and "-" only, starting and ending with a letter or digit';
