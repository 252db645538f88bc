import { get } from '../../parse/located-node';
import { isValidIPForLegacyField, validateNonSpecialIP } from '../../validation';
import type { Problem, Rule } from '../rule';
import { decodeStringList, REFUSED } from '../../model/service-ip-fields';
import type { LocatedString } from '../../model/service-ip-fields';

/**
 * X1: each `spec.externalIPs` entry is an IP address (`IsValidIP`, the snapshot's sloppy parser) and, only if it
 * is one, not unspecified, loopback, link-local or link-local multicast (`ValidateNonSpecialIP`), one Invalid error
 * per message (`ValidateService`). Checked for every type, ExternalName included.
 */
export const externalIPs: Rule = {
  id: 'external-ips',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.externalIPs entries must be routable IP addresses (not loopback, link-local or 0.0.0.0).',
  check({ object, report }) {
    const entries = decodeStringList(get(object.root, 'spec', 'externalIPs'));
    if (entries === REFUSED) return;
    entries.forEach((entry, index) => {
      for (const problem of entryProblems(entry, index)) report(problem);
    });
  },
};

function entryProblems({ value, node }: LocatedString, index: number): Problem[] {
  const notAnIP = isValidIPForLegacyField(value, false);
  const messages = notAnIP.length > 0 ? notAnIP : validateNonSpecialIP(value);
  const advice =
    notAnIP.length > 0
      ? 'write an IP address (a host name is not allowed here)'
      : 'use an address that routes to a node from outside, not a loopback, link-local or unspecified one';
  return messages.map((detail) => ({
    field: `spec.externalIPs[${index}]`,
    type: 'Invalid',
    span: node.span,
    value,
    detail,
    advice,
    data: { index },
  }));
}
