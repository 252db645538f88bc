import { get } from '../../parse/located-node';
import { serviceView } from '../../model/service';
import type { Rule } from '../rule';
import { int32Field } from '../../model/service-spec-fields';

/** `core.MaxClientIPServiceAffinitySeconds`: one day. */
const MAX_TIMEOUT_SECONDS = 86400;

/**
 * S3: with `sessionAffinity: ClientIP`, `spec.sessionAffinityConfig.clientIP.timeoutSeconds` must be in
 * 1..86400 (`validateClientIPAffinityConfig`, `validateAffinityTimeout`). A missing config, clientIP or
 * timeoutSeconds is defaulted to 10800 before validation, so only a written value can be wrong.
 *
 * S4 (a config with `None`) is not checked: v1 defaulting clears the config, so the API server never sees it.
 */
export const sessionAffinityTimeout: Rule = {
  id: 'session-affinity-timeout',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds must be between 1 and 86400.',
  check({ object, report }) {
    const service = serviceView(object);
    if (service.sessionAffinity !== 'ClientIP') return;
    const timeout = int32Field(get(service.spec, 'sessionAffinityConfig', 'clientIP'), 'timeoutSeconds');
    if (!timeout || (timeout.value > 0 && timeout.value <= MAX_TIMEOUT_SECONDS)) return;
    report({
      field: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
      type: 'Invalid',
      span: timeout.node.span,
      value: timeout.value,
      detail: `must be greater than 0 and less than ${MAX_TIMEOUT_SECONDS}`,
      advice: 'use a timeout from 1 to 86400 seconds, or leave it out for the default of 10800 (3 hours)',
      data: { min: 1, max: MAX_TIMEOUT_SECONDS, default: 10800 },
    });
  },
};
