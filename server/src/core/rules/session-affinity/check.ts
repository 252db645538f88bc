import { supportedValues } from '../api-error';
import type { Rule } from '../rule';
import { specOf, stringField } from '../../model/service-spec-fields';

/** `sets.List(supportedSessionAffinityType)`: sorted, as the API server lists them. */
const SUPPORTED_AFFINITIES: readonly string[] = ['ClientIP', 'None'];

/**
 * S2: `spec.sessionAffinity` must be `ClientIP` or `None` (`ValidateService`). An empty value is defaulted to
 * `None` before validation, so the Required branch never fires through the API.
 */
export const sessionAffinity: Rule = {
  id: 'session-affinity',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: 'spec.sessionAffinity must be ClientIP or None.',
  check({ object, report }) {
    const affinity = stringField(specOf(object), 'sessionAffinity');
    if (!affinity || affinity.value === '' || SUPPORTED_AFFINITIES.includes(affinity.value)) return;
    report({
      field: 'spec.sessionAffinity',
      type: 'NotSupported',
      span: affinity.node.span,
      value: affinity.value,
      detail: supportedValues(SUPPORTED_AFFINITIES),
      advice: 'use ClientIP for sticky sessions or None (the default); the value is case-sensitive',
      data: { supported: SUPPORTED_AFFINITIES },
    });
  },
};
