import { isValidCIDRForLegacyField } from '../../validation';

/**
 * The CIDR check for load-balancer source ranges (field and annotation). The snapshot's `validation.IsValidCIDR`
 * only parses with `ParseCIDRSloppy`; newer releases call it `IsValidCIDRForLegacyField` and add stricter checks
 * behind the StrictIPCIDRValidation gate, which is off by default, so the lenient check is what a cluster applies.
 */
export function isValidSourceRangeCIDR(value: string): string[] {
  return isValidCIDRForLegacyField(value, false);
}
