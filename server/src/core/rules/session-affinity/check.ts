import { apiServerOrder, SESSION_AFFINITIES } from '../../model/enums';
import { decodeService } from '../../model/service';
import type { LNode } from '../../parse/located-node';
import { supportedValues } from '../api-error';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { sessionAffinityFix } from './fix';
import { ADVICE, SUPPORTED } from './texts';

/** `sets.List(supportedSessionAffinityType)`: sorted, as the API server lists them. */
const SUPPORTED_AFFINITIES = apiServerOrder(SESSION_AFFINITIES);

/** The written affinity (`target`), which the fix corrects the case of. */
export type SessionAffinityProblem = Problem<{ readonly supported: readonly string[] }, LNode>;

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
  check({ object, report }) {
    const affinity = decodeService(object).sessionAffinity;
    if (!affinity?.pair || affinity.value === '' || SUPPORTED_AFFINITIES.includes(affinity.value)) return;
    report({
      field: 'spec.sessionAffinity',
      type: 'NotSupported',
      span: affinity.pair.value.span,
      value: affinity.value,
      detail: supportedValues(SUPPORTED_AFFINITIES),
      advice: SUPPORTED,
      data: { supported: SUPPORTED_AFFINITIES },
      target: affinity.pair.value,
    });
  },
  fix: sessionAffinityFix,
});
