import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Write an Ingress rule `host` as a lowercase DNS name (`shop.example.com`), optionally with one leading `*.`; no IP address, port or path.',
  ko: 'Ingress 규칙의 `host`는 소문자 DNS 이름(`shop.example.com`)으로 쓰고, 맨 앞에 `*.` 하나만 붙일 수 있습니다. IP 주소, 포트, 경로는 쓸 수 없습니다.',
};

export const DNS_NAME = 'write a DNS name; leave host out to match every host';
export const HOST_FORMAT = 'a lowercase DNS name without port or path, e.g. shop.example.com or *.example.com';
