import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Keep `clusterIPs` to `None` alone, or one or two IPs of different families in the order of `ipFamilies`.');

export const AT_MOST_TWO = 'keep at most two cluster IPs: one IPv4 and one IPv6';
export const ONE_PER_FAMILY = 'give one IPv4 and one IPv6 address';
export const HEADLESS_ALONE = 'a headless Service has clusterIPs: [None] and nothing else';
export const NOT_AN_IP = "write an IP address from the cluster's service range, or leave it out to get one assigned";

export function matchTheFamily(expected: string, index: number): string {
  return `use an ${expected} address here, or change ipFamilies[${index}] to match the address`;
}
