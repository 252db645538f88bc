import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Write each `spec.tls[].hosts` entry as a lowercase DNS name, optionally with one leading `*.`.',
  ko: '`spec.tls[].hosts`의 항목마다 소문자 DNS 이름으로 쓰고, 맨 앞에 `*.` 하나만 붙일 수 있습니다.',
};

export const TLS_HOST_FORMAT = 'a lowercase DNS name the certificate covers, e.g. shop.example.com or *.example.com';
