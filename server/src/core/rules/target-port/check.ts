import type { Span } from '../../parse/located-node';
import { isValidPortName, isValidPortNum } from '../../validation';
import type { Rule } from '../rule';
import { servicePortsOf } from '../../model/service-port-fields';
import type { ServicePortFields } from '../../model/service-port-fields';

/**
 * P7: `targetPort` is a port number (1-65535) or an IANA_SVC_NAME (`validateServicePort` → `ValidatePortNumOrName`),
 * one error per broken rule of `IsValidPortName`. A quoted `"8080"` is a name, and fails "at least one letter".
 * v1 defaulting turns an unset, 0 or "" targetPort into the port number first, so an invalid `port` is reported
 * here a second time, as the API server does.
 */
export const targetPort: Rule = {
  id: 'target-port',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service targetPort must be a port number (1-65535) or a container port name (IANA_SVC_NAME).',
  check({ object, report }) {
    for (const port of servicePortsOf(object)?.ports ?? []) {
      const target = port.targetPort?.value;
      if (!target) continue;
      const messages = target.kind === 'int' ? isValidPortNum(target.value) : isValidPortName(target.value);
      for (const message of messages) {
        report({
          field: `spec.ports[${port.index}].targetPort`,
          type: 'Invalid',
          span: targetPortSpan(port),
          value: target.value,
          detail: message,
          advice: adviceFor(port, target.kind),
          data: { index: port.index, defaulted: isDefaulted(port) },
        });
      }
    }
  },
};

/** The written targetPort; for a defaulted one the `port` it was copied from, else the port item. */
function targetPortSpan(port: ServicePortFields): Span {
  const written = port.targetPort?.pair ?? (isDefaulted(port) ? port.port?.pair : undefined);
  return (written?.value ?? port.node).span;
}

function isDefaulted(port: ServicePortFields): boolean {
  const pair = port.targetPort?.pair;
  if (!pair || pair.value.kind !== 'scalar') return true;
  const written = pair.value.value;
  return written === null || written === 0 || written === '';
}

function adviceFor(port: ServicePortFields, kind: 'int' | 'string'): string {
  if (isDefaulted(port)) return 'targetPort defaults to `port`, so fix the port number (1-65535)';
  if (kind === 'int') return 'use a port number from 1 to 65535';
  if (isQuotedNumber(port)) return 'a quoted number is a port name: write the number without quotes';
  return 'name a container port (lowercase letters, digits and "-", at most 15, with a letter) or give its number';
}

function isQuotedNumber(port: ServicePortFields): boolean {
  const value = port.targetPort?.value;
  return value?.kind === 'string' && /^\d+$/.test(value.value);
}
