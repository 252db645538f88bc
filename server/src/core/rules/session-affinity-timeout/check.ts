import { decodeService } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { sessionAffinityTimeoutFix } from './fix';
import { ADVICE, TIMEOUT_RANGE } from './texts';

/** `core.MaxClientIPServiceAffinitySeconds`: one day. */
const MAX_TIMEOUT_SECONDS = 86400;

/** The written timeout (`target`), which the fix clamps to `data.min`..`data.max`. */
export type SessionAffinityTimeoutProblem = Problem<
  { readonly min: number; readonly max: number; readonly default: number },
  LNode
>;

/**
 * S3: with `sessionAffinity: ClientIP`, `spec.sessionAffinityConfig.clientIP.timeoutSeconds` must be in
 * 1..86400 (`validateClientIPAffinityConfig`, `validateAffinityTimeout`). A missing config, clientIP or
 * timeoutSeconds is defaulted to 10800 before validation, so only a written value can be wrong.
 *
 * S4 (a config with `None`) is not checked: v1 defaulting clears the config, so the API server never sees it.
 */
export const sessionAffinityTimeout = defineRule<SessionAffinityTimeoutProblem>({
  id: 'session-affinity-timeout',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds must be between 1 and 86400.',
  advice: ADVICE,
  check({ object, report }) {
    const service = decodeService(object);
    if ((service.sessionAffinity?.value || 'None') !== 'ClientIP') return;
    const timeout = service.clientIPTimeoutSeconds;
    const value = timeout?.value;
    if (value === undefined || !timeout?.pair || (value > 0 && value <= MAX_TIMEOUT_SECONDS)) return;
    report({
      field: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
      type: 'Invalid',
      span: timeout.pair.value.span,
      value,
      detail: `must be greater than 0 and less than ${MAX_TIMEOUT_SECONDS}`,
      advice: TIMEOUT_RANGE,
      data: { min: 1, max: MAX_TIMEOUT_SECONDS, default: 10800 },
      target: timeout.pair.value,
    });
  },
  fix: sessionAffinityTimeoutFix,
});
