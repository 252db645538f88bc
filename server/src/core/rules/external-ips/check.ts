import { decodeService } from '../../model/service';
import type { DecodedItem } from '../../model/service';
import { isValidIPForLegacyField, validateNonSpecialIP } from '../../validation';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { ADVICE, NOT_AN_IP, ROUTABLE } from './texts';

/**
 * X1: each `spec.externalIPs` entry is an IP address (`IsValidIP`, the snapshot's sloppy parser) and, only if it
 * is one, not unspecified, loopback, link-local or link-local multicast (`ValidateNonSpecialIP`), one Invalid error
 * per message (`ValidateService`). Checked for every type, ExternalName included.
 */
export const externalIPs = defineRule({
  id: 'external-ips',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.externalIPs entries must be routable IP addresses (not loopback, link-local or 0.0.0.0).',
  advice: ADVICE,
  check({ object, report }) {
    const entries = decodeService(object).externalIPs?.value ?? [];
    entries.forEach((entry, index) => {
      for (const problem of entryProblems(entry, index)) report(problem);
    });
  },
});

function entryProblems({ value, node }: DecodedItem<string>, index: number): Problem[] {
  const notAnIP = isValidIPForLegacyField(value, false);
  const messages = notAnIP.length > 0 ? notAnIP : validateNonSpecialIP(value);
  const advice = notAnIP.length > 0 ? NOT_AN_IP : ROUTABLE;
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
