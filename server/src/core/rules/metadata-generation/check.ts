import { entryOf } from '../../model/decoded';
import type { Entry } from '../../model/decoded';
import { metadataOf } from '../../model/object-meta';
import { isScalar, pairOf } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { metadataGenerationFix } from './fix';
import { ADVICE, REMOVE_GENERATION } from './texts';

/** int64 bounds: a number outside them is a decoding error, reported by the decoding rule. */
const INT64_MIN = -(2 ** 63);

/** The `generation` entry (`target`), which the fix removes. */
export type MetadataGenerationProblem = Problem<{ readonly generation: number }, Entry>;

/**
 * `ValidateObjectMetaAccessor` checks `metadata.generation` with `ValidateNonnegativeField`. The create path leaves a
 * generation written in a Service or Endpoints manifest as it is (neither `BeforeCreate` nor their strategies reset
 * it), so a negative one reaches validation. Not Ingress: its strategy's PrepareForCreate sets the generation to 1.
 */
export const metadataGeneration = defineRule<MetadataGenerationProblem>({
  id: 'metadata-generation',
  kinds: ['Service', 'Endpoints'],
  origin: 'validation',
  severity: 'error',
  description: 'metadata.generation, when written, must not be negative.',
  advice: ADVICE,
  check({ object, report }) {
    const metadata = metadataOf(object);
    const pair = pairOf(metadata, 'generation');
    const node = pair?.value;
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) return;
    if (node.value >= 0 || node.value < INT64_MIN) return;
    report({
      field: 'metadata.generation',
      type: 'Invalid',
      span: node.span,
      value: node.value,
      detail: 'must be greater than or equal to 0',
      advice: REMOVE_GENERATION,
      data: { generation: node.value },
      target: entryOf(metadata, pair),
    });
  },
  fix: metadataGenerationFix,
});
