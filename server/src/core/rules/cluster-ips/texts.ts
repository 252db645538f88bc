import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Keep `clusterIPs` to `None` alone, or one or two IPs of different families in the order of `ipFamilies`.',
  ko: '`clusterIPs`에는 `None` 하나만 쓰거나, `ipFamilies` 순서에 맞춰 패밀리가 서로 다른 IP를 한두 개 쓰세요.',
};

export const AT_MOST_TWO = 'keep at most two cluster IPs: one IPv4 and one IPv6';
export const ONE_PER_FAMILY = 'give one IPv4 and one IPv6 address';
export const HEADLESS_ALONE = 'a headless Service has clusterIPs: [None] and nothing else';
export const NOT_AN_IP = "write an IP address from the cluster's service range, or leave it out to get one assigned";

export function matchTheFamily(expected: string, index: number): string {
  return `use an ${expected} address here, or change ipFamilies[${index}] to match the address`;
}
