import { OBJECT_KINDS } from '../../model/k8s-object';
import { get } from '../../parse/located-node';
import { metadataOf } from '../../model/object-meta';
import { defineRule } from '../rule';
import { validateLabels } from '../support/validate-labels';
import { ADVICE } from './texts';

/** M5: label keys must be qualified names and values label values (`ValidateLabels` on `metadata.labels`). */
export const metadataLabels = defineRule({
  id: 'metadata-labels',
  kinds: OBJECT_KINDS,
  origin: 'validation',
  severity: 'error',
  description: 'metadata.labels keys must be qualified names and values valid label values.',
  advice: ADVICE,
  check({ object, report }) {
    for (const problem of validateLabels(get(metadataOf(object), 'labels'), 'metadata.labels')) report(problem);
  },
});
