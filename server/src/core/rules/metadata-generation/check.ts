import { isScalar, pairOf } from '../../parse/located-node';
import { metadataOf } from '../../model/object-meta';
import type { Rule } from '../rule';

/** int64 bounds: a number outside them is a decoding error, reported by the decoding rule. */
const INT64_MIN = -(2 ** 63);

/**
 * `ValidateObjectMetaAccessor` checks `metadata.generation` with `ValidateNonnegativeField`. The create path leaves a
 * generation written in a Service or Endpoints manifest as it is (neither `BeforeCreate` nor their strategies reset
 * it), so a negative one reaches validation.
 */
export const metadataGeneration: Rule = {
  id: 'metadata-generation',
  kinds: ['Service', 'Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'metadata.generation, when written, must not be negative.',
  check({ object, report }) {
    const pair = pairOf(metadataOf(object), 'generation');
    const node = pair?.value;
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) return;
    if (node.value >= 0 || node.value < INT64_MIN) return;
    report({
      field: 'metadata.generation',
      type: 'Invalid',
      span: node.span,
      value: node.value,
      detail: 'must be greater than or equal to 0',
      advice: 'remove metadata.generation: the API server maintains it',
      data: { generation: node.value },
    });
  },
};
