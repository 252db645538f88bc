import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Set `secretName` to the name of a TLS Secret in the Ingress namespace (a lowercase DNS subdomain), or leave it out.',
  ko: '`secretName`에는 Ingress 네임스페이스에 있는 TLS Secret의 이름(소문자 DNS 서브도메인)을 쓰거나 생략하세요.',
};

export const SECRET_NAME = 'use the metadata.name of a Secret of type kubernetes.io/tls, e.g. shop-tls';
