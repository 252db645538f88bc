import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Set `externalName` to a lowercase DNS name such as `db.example.com`.',
  ko: '`externalName`을 `db.example.com` 같은 소문자 DNS 이름으로 지정하세요.',
};

export const LOWERCASE_DNS_NAME = 'use a lowercase DNS name such as db.example.com (letters, digits, - and .)';
export const SET_EXTERNAL_NAME = 'set externalName to the DNS name this Service is an alias for, e.g. db.example.com';
