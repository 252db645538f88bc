import { decodeService, isDefaultedTargetPort } from '../../model/service';
import type { ServicePortFields } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { isValidPortName, isValidPortNum } from '../../validation';
import { defineRule } from '../rule';
import type { Advice, Problem } from '../rule';
import { invalidEach } from '../support/problems';
import { targetPortFix } from './fix';
import { ADVICE, CONTAINER_PORT_NAME, FIX_THE_PORT, PORT_RANGE, UNQUOTE } from './texts';

/** The node the finding points at (`target`): the written targetPort, which the fix unquotes. */
export type TargetPortProblem = Problem<{ readonly index: number; readonly defaulted: boolean }, LNode>;

/**
 * P7: `targetPort` is a port number (1-65535) or an IANA_SVC_NAME (`validateServicePort` → `ValidatePortNumOrName`),
 * one error per broken rule of `IsValidPortName`. A quoted `"8080"` is a name, and fails "at least one letter".
 * v1 defaulting turns an unset, 0 or "" targetPort into the port number first, so an invalid `port` is reported
 * here a second time, as the API server does.
 */
export const targetPort = defineRule<TargetPortProblem>({
  id: 'target-port',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'A Service targetPort must be a port number (1-65535) or a container port name (IANA_SVC_NAME).',
  advice: ADVICE,
  check({ object, report }) {
    for (const port of decodeService(object).ports ?? []) {
      const target = port.targetPort?.value;
      if (!target) continue;
      const messages = target.kind === 'int' ? isValidPortNum(target.value) : isValidPortName(target.value);
      const node = targetPortNode(port);
      invalidEach(messages, {
        field: `spec.ports[${port.index}].targetPort`,
        span: node.span,
        value: target.value,
        advice: adviceFor(port, target.kind),
        data: { index: port.index, defaulted: isDefaultedTargetPort(port) },
        target: node,
      }).forEach(report);
    }
  },
  fix: targetPortFix,
});

/** The written targetPort; for a defaulted one the `port` it was copied from, else the port item. */
function targetPortNode(port: ServicePortFields): LNode {
  const written = port.targetPort?.pair ?? (isDefaultedTargetPort(port) ? port.port?.pair : undefined);
  return written?.value ?? port.node;
}

function adviceFor(port: ServicePortFields, kind: 'int' | 'string'): Advice {
  if (isDefaultedTargetPort(port)) return FIX_THE_PORT;
  if (kind === 'int') return PORT_RANGE;
  if (isQuotedNumber(port)) return UNQUOTE;
  return CONTAINER_PORT_NAME;
}

function isQuotedNumber(port: ServicePortFields): boolean {
  const value = port.targetPort?.value;
  return value?.kind === 'string' && /^\d+$/.test(value.value);
}
