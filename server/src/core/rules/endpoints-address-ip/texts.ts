import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Set `ip` to the routable IP address of the backend, not a host name, loopback or link-local address.');

export const SET_IP = 'set ip to the address of the backend, e.g. 10.1.2.3';
export const ROUTABLE = 'point the endpoint at a routable pod or host address';
export const PLAIN_ADDRESS = 'write a plain IPv4 or IPv6 address such as 10.1.2.3, without brackets, port or prefix length';

export function writeAs(canonical: string): string {
  return `write it as ${canonical}`;
}
