import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Use a namespace name of lowercase letters, digits and `-`, or leave `namespace` out to use your current one.',
  ko: '네임스페이스 이름은 영문 소문자·숫자·`-`로 쓰거나, `namespace`를 빼서 현재 네임스페이스를 쓰세요.',
};

export const NAMESPACE_NAME = 'a namespace name is at most 63 lower-case letters, digits or "-", starting and ending with a letter or digit';
