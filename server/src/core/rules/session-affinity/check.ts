import { apiServerOrder, SESSION_AFFINITIES } from '../../model/enums';
import { defineRule } from '../rule';
import { checkSpecEnumeration } from '../support/problems';
import type { UnsupportedValueProblem } from '../support/problems';
import { sessionAffinityFix } from './fix';
import { ADVICE, SUPPORTED } from './texts';

/** `sets.List(supportedSessionAffinityType)`: sorted, as the API server lists them. */
const SUPPORTED_AFFINITIES = apiServerOrder(SESSION_AFFINITIES);

/** The written value (`target`), which the fix corrects the case of. */
export type SessionAffinityProblem = UnsupportedValueProblem;

/**
 * S2: `spec.sessionAffinity` must be `ClientIP` or `None` (`ValidateService`). An empty value is defaulted to
 * `None` before validation, so the Required branch never fires through the API.
 */
export const sessionAffinity = defineRule<SessionAffinityProblem>({
  id: 'session-affinity',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.sessionAffinity must be ClientIP or None.',
  advice: ADVICE,
  check: checkSpecEnumeration('sessionAffinity', SUPPORTED_AFFINITIES, SUPPORTED, true),
  fix: sessionAffinityFix,
});
