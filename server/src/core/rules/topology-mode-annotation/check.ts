import { get } from '../../parse/located-node';
import { stringMapEntries } from '../../model/decoded';
import { metadataOf } from '../../model/object-meta';
import { defineRule } from '../rule';
import { ADVICE, sameValue } from './texts';

/** `core.AnnotationTopologyMode`. */
const TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
/** `core.DeprecatedAnnotationTopologyAwareHints`. */
const TOPOLOGY_AWARE_HINTS = 'service.kubernetes.io/topology-aware-hints';

/**
 * M7: when both the topology-mode annotation and the deprecated topology-aware-hints annotation are present (even
 * empty), their values must be equal (`ValidateService`, right after ValidateObjectMeta).
 */
export const topologyModeAnnotation = defineRule({
  id: 'topology-mode-annotation',
  kinds: ['Service'],
  origin: 'validation',
  severity: 'error',
  description: `The ${TOPOLOGY_MODE} and ${TOPOLOGY_AWARE_HINTS} annotations must agree when both are set.`,
  advice: ADVICE,
  check({ object, report }) {
    const entries = stringMapEntries(get(metadataOf(object), 'annotations'));
    const mode = entries.find((entry) => entry.key === TOPOLOGY_MODE);
    const hints = entries.find((entry) => entry.key === TOPOLOGY_AWARE_HINTS);
    if (mode === undefined || hints === undefined || mode.value === hints.value) return;
    report({
      field: `metadata.annotations[${TOPOLOGY_MODE}]`,
      type: 'Invalid',
      span: mode.valueSpan,
      value: mode.value,
      detail: `must match annotations[${TOPOLOGY_AWARE_HINTS}] when both are specified`,
      advice: sameValue(TOPOLOGY_AWARE_HINTS),
      data: { mode: mode.value, hints: hints.value },
    });
  },
});
