import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('List only routable IP addresses in `externalIPs`: no host names, loopback, link-local or unspecified addresses.');

export const NOT_AN_IP = 'write an IP address (a host name is not allowed here)';
export const ROUTABLE =
  'use an address that routes to a node from outside, not a loopback, link-local or unspecified one';
