import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Set `externalName` to a lowercase DNS name such as `db.example.com`.');

export const LOWERCASE_DNS_NAME = 'use a lowercase DNS name such as db.example.com (letters, digits, - and .)';
export const SET_EXTERNAL_NAME = 'set externalName to the DNS name this Service is an alias for, e.g. db.example.com';
