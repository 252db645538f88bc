import { decodeIngress, ingressBackends } from '../../model/ingress';
import type { IngressBackendView, IngressServiceBackendView } from '../../model/ingress';
import { isValidPortName, isValidPortNum } from '../../validation';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { invalidField } from '../support/problems';
import { ADVICE, GIVE_A_PORT, ONE_PORT, PORT_NAME, PORT_NUMBER } from './texts';

/**
 * The port half of `validateIngressBackend`: a service backend names its Service port by exactly one of `name`
 * (an IANA_SVC_NAME) and `number` (1-65535); `number: 0` counts as unset, as in Go.
 */
export const ingressBackendPort = defineRule({
  id: 'ingress-backend-port',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress service backend names its port by exactly one of port.number (1-65535) or port.name.',
  advice: ADVICE,
  check({ object, report }) {
    for (const backend of ingressBackends(decodeIngress(object))) {
      if (backend.decodes && backend.service && !backend.resource) portProblems(backend, backend.service).forEach(report);
    }
  },
});

function portProblems(backend: IngressBackendView, service: IngressServiceBackendView): Problem[] {
  const { portName, portNumber } = service;
  if (!portName || !portNumber) return [];
  const hasName = portName.value.length > 0;
  const hasNumber = portNumber.value !== 0;
  const { path, span } = backend;
  if (hasName && hasNumber) {
    return [{ field: path, type: 'Invalid', span, value: '', detail: 'cannot set both port name & port number', advice: ONE_PORT }];
  }
  const port = { path: `${path}.service.port`, node: service.pair.value };
  if (hasName) return invalidField(port, 'name', portName, isValidPortName, PORT_NAME);
  if (hasNumber) return invalidField(port, 'number', portNumber, isValidPortNum, PORT_NUMBER);
  return [{ field: path, type: 'Required', span: service.pair.span, detail: 'port name or number is required', advice: GIVE_A_PORT }];
}
