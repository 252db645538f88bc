import { isDNS1123Label } from '../../validation';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { invalidEach } from '../support/problems';
import { portNameInvalidFix } from './fix';
import { decodeService } from '../../model/service';
import { ADVICE, DNS_LABEL } from './texts';

/** The port (`index`) the fix renames from the Service's name plan; `suggestion`, the label it likely means. */
export type PortNameInvalidProblem = Problem<{ readonly index: number; readonly suggestion: string }>;

/**
 * P3: a non-empty port name must be a DNS-1123 label (`validateServicePort` → `ValidateDNS1123Label`), one error
 * per broken rule. It is not checked as an IANA service name: `123-abc` is fine, uppercase is not.
 */
export const portNameInvalid = defineRule<PortNameInvalidProblem>({
  id: 'port-name-invalid',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service port name must be a DNS-1123 label (lowercase letters, digits and "-", at most 63).',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of decodeService(object).ports ?? []) {
      const name = port.name;
      if (!name?.pair || name.value === '') continue;
      invalidEach(isDNS1123Label(name.value), {
        field: `spec.ports[${port.index}].name`,
        span: name.pair.value.span,
        value: name.value,
        advice: DNS_LABEL,
        data: { index: port.index, suggestion: suggestedLabel(name.value) },
      }).forEach(report);
    }
  },
  fix: portNameInvalidFix,
});

/** A best guess at the label meant, for a quick fix: lowercased, other characters as "-", trimmed to 63. */
function suggestedLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
}
