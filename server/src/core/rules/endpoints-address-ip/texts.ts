import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'Set `ip` to the routable IP address of the backend, not a host name, loopback or link-local address.',
  ko: '`ip`에는 백엔드의 라우팅 가능한 IP 주소를 쓰세요. 호스트 이름, 루프백, 링크 로컬 주소는 안 됩니다.',
};

export const SET_IP = 'set ip to the address of the backend, e.g. 10.1.2.3';
export const ROUTABLE = 'point the endpoint at a routable pod or host address';
export const PLAIN_ADDRESS = 'write a plain IPv4 or IPv6 address such as 10.1.2.3, without brackets, port or prefix length';

export function writeAs(canonical: string): string {
  return `write it as ${canonical}`;
}
