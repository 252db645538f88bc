import { isDNS1123Subdomain, isWildcardDNS1123Subdomain } from '../../validation';

/** How `validateIngressRules` and `validateIngressTLS` check a host: a `*` makes it a wildcard subdomain. */
export function hostErrors(host: string): string[] {
  return host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
}
