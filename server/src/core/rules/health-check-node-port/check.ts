import { serviceView } from '../../model/service';
import type { ServiceView } from '../../model/service';
import { isValidPortNum } from '../../validation';
import type { Rule } from '../rule';
import { int32Field, stringField } from '../../model/service-spec-fields';

/**
 * X3: `spec.healthCheckNodePort` (`validateServiceExternalTrafficPolicy`). It belongs only to a LoadBalancer with
 * `externalTrafficPolicy: Local` (`apiservice.NeedsHealthCheck`); there it must be a port number. When it is
 * needed but 0, the allocator assigns one before validation, so the Required error never fires; a written value
 * outside the cluster's node port range is refused by the allocator, before this check runs.
 */
export const healthCheckNodePort: Rule = {
  id: 'health-check-node-port',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.healthCheckNodePort is only for a LoadBalancer with externalTrafficPolicy Local.',
  check({ object, report }) {
    const service = serviceView(object);
    const port = int32Field(service.spec, 'healthCheckNodePort');
    if (!port || port.value === 0) return;
    const base = { field: 'spec.healthCheckNodePort', type: 'Invalid', span: port.node.span, value: port.value } as const;
    if (!needsHealthCheck(service)) {
      report({
        ...base,
        detail: "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
        advice: 'remove healthCheckNodePort, or use type LoadBalancer with externalTrafficPolicy Local',
        data: { type: service.type },
      });
      return;
    }
    for (const message of isValidPortNum(port.value)) {
      report({ ...base, detail: message, advice: 'use a port from the node port range, or leave it out to have one allocated' });
    }
  },
};

/** `apiservice.NeedsHealthCheck` after defaulting: a LoadBalancer (always externally accessible) with ETP Local. */
function needsHealthCheck(service: ServiceView): boolean {
  return service.type === 'LoadBalancer' && stringField(service.spec, 'externalTrafficPolicy')?.value === 'Local';
}
