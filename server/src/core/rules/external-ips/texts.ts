import type { RuleAdvice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: RuleAdvice = {
  en: 'List only routable IP addresses in `externalIPs`: no host names, loopback, link-local or unspecified addresses.',
  ko: '`externalIPs`에는 라우팅 가능한 IP 주소만 쓰세요. 호스트 이름, 루프백, 링크 로컬, 미지정 주소는 안 됩니다.',
};

export const NOT_AN_IP = 'write an IP address (a host name is not allowed here)';
export const ROUTABLE =
  'use an address that routes to a node from outside, not a loopback, link-local or unspecified one';
