import { entryOf } from '../../model/decoded';
import type { Entry } from '../../model/decoded';
import { decodeService } from '../../model/service';
import type { DecodedService } from '../../model/service';
import { isValidPortNum } from '../../validation';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { healthCheckNodePortFix } from './fix';
import { ADVICE, FROM_THE_RANGE, ONLY_FOR_LOCAL } from './texts';

/** The `healthCheckNodePort` entry (`target`), which the fix removes where it cannot apply (`data.type`). */
export type HealthCheckNodePortProblem = Problem<{ readonly type: string }, Entry>;

/**
 * X3: `spec.healthCheckNodePort` (`validateServiceExternalTrafficPolicy`). It belongs only to a LoadBalancer with
 * `externalTrafficPolicy: Local` (`apiservice.NeedsHealthCheck`); there it must be a port number. When it is
 * needed but 0, the allocator assigns one before validation, so the Required error never fires; a written value
 * outside the cluster's node port range is refused by the allocator, before this check runs.
 */
export const healthCheckNodePort = defineRule<HealthCheckNodePortProblem>({
  id: 'health-check-node-port',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.healthCheckNodePort is only for a LoadBalancer with externalTrafficPolicy Local.',
  advice: ADVICE,
  check({ object, report }) {
    const service = decodeService(object);
    const port = service.healthCheckNodePort;
    if (!port?.pair || port.value === 0) return;
    const base = {
      field: 'spec.healthCheckNodePort',
      type: 'Invalid',
      span: port.pair.value.span,
      value: port.value,
      target: entryOf(service.spec, port.pair),
    } as const;
    if (!needsHealthCheck(service)) {
      report({
        ...base,
        detail: "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
        advice: ONLY_FOR_LOCAL,
        data: { type: service.effectiveType },
      });
      return;
    }
    for (const message of isValidPortNum(port.value)) report({ ...base, detail: message, advice: FROM_THE_RANGE });
  },
  fix: healthCheckNodePortFix,
});

/** `apiservice.NeedsHealthCheck` after defaulting: a LoadBalancer (always externally accessible) with ETP Local. */
function needsHealthCheck(service: DecodedService): boolean {
  return service.effectiveType === 'LoadBalancer' && service.externalTrafficPolicy?.value === 'Local';
}
