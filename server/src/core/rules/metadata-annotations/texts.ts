import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Fix the annotation key (an optional DNS prefix and `/` plus a name) and keep all annotations under 256 KiB together.',
  ko: '어노테이션 키(선택적인 DNS 접두사와 `/` 뒤에 이름)를 고치고, 모든 어노테이션을 합쳐 256 KiB 미만으로 유지하세요.',
};

export const KEY = 'an annotation key is an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." starting and ending with a letter or digit';
export const TOO_LONG = 'keep all annotations under 256 KiB together; move large data into a ConfigMap';
