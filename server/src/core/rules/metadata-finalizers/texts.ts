import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Use a domain-prefixed finalizer such as `example.com/cleanup`, or one of the standard ones.');

export const DOMAIN_PREFIX = 'a finalizer is a qualified name with a domain prefix, e.g. example.com/cleanup';

export function keepEither(one: string, other: string): string {
  return `keep either ${one} or ${other}`;
}
