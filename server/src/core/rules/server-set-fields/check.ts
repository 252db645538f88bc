import { entryOf } from '../../model/decoded';
import type { Entry } from '../../model/decoded';
import { metadataOf } from '../../model/object-meta';
import { pairOf } from '../../parse/located-node';
import type { LNode } from '../../parse/located-node';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { serverSetFieldsFix } from './fix';
import { ADVICE, RESOURCE_VERSION_ON_CREATE, WHAT_HAPPENS } from './texts';

/** The entry (`target`) the fix removes; `field` the path it names. */
export type ServerSetFieldProblem = Problem<{ readonly field: string }, Entry>;

/** metadata fields only the API server writes, in the order `kubectl get -o yaml` prints them. */
const METADATA_FIELDS = ['creationTimestamp', 'generation', 'managedFields', 'resourceVersion', 'selfLink', 'uid'];

/**
 * Fields a manifest copied from `kubectl get -o yaml` keeps but only the API server writes. On create the store
 * refuses a resourceVersion ("resourceVersion should not be set on objects to be created"); uid, creationTimestamp
 * and selfLink are replaced (`FillObjectMetaSystemFields`), the Service strategy resets status; on apply a stale
 * resourceVersion or another object's uid conflicts. Advice, not refusal, except resourceVersion on create, which
 * an apply to an existing object does not meet: so a warning. What `kubectl create --dry-run -o yaml` prints
 * (`creationTimestamp: null`, `status: {loadBalancer: {}}`) holds nothing and is left alone; a negative
 * generation is metadata-generation's.
 */
export const serverSetFields = defineRule<ServerSetFieldProblem>({
  id: 'server-set-fields',
  kinds: ['Service', 'Endpoints'],
  origin: 'validation',
  severity: 'warning',
  description: 'Fields only the API server sets (resourceVersion, uid, creationTimestamp, managedFields, status…).',
  advice: ADVICE,
  check({ object, report }) {
    const metadata = metadataOf(object);
    for (const key of METADATA_FIELDS) {
      const pair = pairOf(metadata, key);
      if (!pair || isEmpty(pair.value) || (key === 'generation' && isNegative(pair.value))) continue;
      const field = `metadata.${key}`;
      report({
        field,
        type: 'Forbidden',
        span: pair.keySpan,
        ...(key === 'resourceVersion' ? { detail: RESOURCE_VERSION_ON_CREATE } : {}),
        advice: WHAT_HAPPENS[key],
        data: { field },
        target: entryOf(metadata, pair),
      });
    }
    const status = pairOf(object.root, 'status');
    if (status && !isEmpty(status.value)) {
      report({
        field: 'status',
        type: 'Forbidden',
        span: status.keySpan,
        advice: WHAT_HAPPENS.status,
        data: { field: 'status' },
        target: entryOf(object.root, status),
      });
    }
  },
  fix: serverSetFieldsFix,
});

/** null, an empty string, or collections holding only such values: `status: {loadBalancer: {}}`. */
function isEmpty(node: LNode): boolean {
  if (node.kind === 'scalar') return node.value === null || node.value === '';
  if (node.kind === 'seq') return node.items.every(isEmpty);
  return node.pairs.every((pair) => isEmpty(pair.value));
}

function isNegative(node: LNode): boolean {
  return node.kind === 'scalar' && typeof node.value === 'number' && node.value < 0;
}
