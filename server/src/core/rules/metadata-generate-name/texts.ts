import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Make `generateName` a valid start of a name: lowercase letters, digits and `-` (a Service name starts with a letter).',
  ko: '`generateName`을 유효한 이름의 앞부분으로 고치세요. 영문 소문자·숫자·`-`만 쓰고, 서비스라면 영문자로 시작해야 합니다.',
};

export const SERVICE_PREFIX =
  'start generateName with a letter and use only lower-case letters, digits or "-" (a trailing "-" is fine)';
export const ENDPOINTS_PREFIX =
  'start generateName with a letter or digit and use only lower-case letters, digits, "-" or "." (a trailing "-" is fine)';
