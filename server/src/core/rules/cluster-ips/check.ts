import { clusterIPsNode, clusterIPValues } from '../../model/service';
import type { ServiceIPFields } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { ipFamilyOf, isValidIPForLegacyField } from '../../validation';
import { ipFieldsToValidate } from '../support/ip-fields';
import { defineRule } from '../rule';
import type { Advice, Problem } from '../rule';
import { ADVICE, AT_MOST_TWO, HEADLESS_ALONE, NOT_AN_IP, ONE_PER_FAMILY, matchTheFamily } from './texts';

/**
 * C3–C7: the cluster IPs themselves, in the order of `ValidateServiceClusterIPsRelatedFields` (skipped for
 * ExternalName): `None` only alone and first, every other entry an IP (so `""` or `None` later on is an invalid IP),
 * at most 2 entries; then, only when every entry passed, not all of one family, and (not headless) each IP of the
 * family its `ipFamilies` entry names. `clusterIP` alone counts as `clusterIPs: [clusterIP]` (registry
 * normalisation), so a bad `clusterIP` is reported at `spec.clusterIPs[0]`.
 *
 * The snapshot's `IsValidIP` is the sloppy parser only (leading zeros and IPv4-mapped IPv6 pass), hence
 * `isValidIPForLegacyField(ip, false)`.
 */
export const clusterIPs = defineRule({
  id: 'cluster-ips',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.clusterIPs holds None alone, or one or two IPs of different families matching ipFamilies.',
  advice: ADVICE,
  check({ object, report }) {
    const fields = ipFieldsToValidate(object);
    const list = fields && clusterIPsNode(fields);
    if (!fields || !list) return;
    for (const problem of clusterIPProblems(fields, list)) report(problem);
  },
});

function clusterIPProblems(fields: ServiceIPFields, list: LNode): Problem[] {
  const found = entryProblems(fields, list);
  const hasInvalidIPs = found.length > 0;
  if (fields.clusterIPs.length > 2) {
    found.push(wholeList(fields, list, 'may only hold up to 2 values', AT_MOST_TWO));
  }
  // Upstream stops here when an entry is bad: the family checks would only repeat the same mistake.
  if (hasInvalidIPs) return found;
  if (fields.clusterIPs.length > 1 && !isDualStack(fields)) {
    found.push(wholeList(fields, list, 'may specify no more than one IP for each IP family', ONE_PER_FAMILY));
  }
  if (!fields.headless) found.push(...familyMismatches(fields));
  return found;
}

/** `None` misplaced, or an entry that is not an IP: the problems that make upstream stop early. */
function entryProblems(fields: ServiceIPFields, list: LNode): Problem[] {
  const found: Problem[] = [];
  fields.clusterIPs.forEach(({ value, node }, index) => {
    if (index === 0 && value === 'None') {
      if (fields.clusterIPs.length > 1) {
        found.push(wholeList(fields, list, "'None' must be the first and only value", HEADLESS_ALONE));
      }
      return;
    }
    for (const message of isValidIPForLegacyField(value, false)) {
      found.push({
        field: `spec.clusterIPs[${index}]`,
        type: 'Invalid',
        span: node.span,
        value,
        detail: message,
        advice: NOT_AN_IP,
        data: { index },
      });
    }
  });
  return found;
}

function wholeList(fields: ServiceIPFields, list: LNode, detail: string, advice: Advice): Problem {
  return { field: 'spec.clusterIPs', type: 'Invalid', span: list.span, value: clusterIPValues(fields), detail, advice };
}

/** `netutils.IsDualStackIPStrings`: at least one IPv4 and one IPv6 (IPv4-mapped IPv6 counts as IPv4). */
function isDualStack(fields: ServiceIPFields): boolean {
  const families = new Set(fields.clusterIPs.map((ip) => ipFamilyOf(ip.value)));
  return families.has('IPv4') && families.has('IPv6');
}

/** C7: an IPv6 address where ipFamilies[i] says IPv4, or a non-IPv6 one where it says IPv6. */
function familyMismatches(fields: ServiceIPFields): Problem[] {
  const found: Problem[] = [];
  const count = Math.min(fields.clusterIPs.length, fields.ipFamilies.length);
  for (let index = 0; index < count; index++) {
    const expected = fields.ipFamilies[index].value;
    const { value, node } = fields.clusterIPs[index];
    const isIPv6 = ipFamilyOf(value) === 'IPv6';
    if ((expected === 'IPv4' && isIPv6) || (expected === 'IPv6' && !isIPv6)) {
      found.push({
        field: `spec.clusterIPs[${index}]`,
        type: 'Invalid',
        span: node.span,
        value,
        detail: `expected an ${expected} value as indicated by \`ipFamilies[${index}]\``,
        advice: matchTheFamily(expected, index),
        data: { index, expected },
      });
    }
  }
  return found;
}
