import { OBJECT_KINDS } from '../../model/k8s-object';
import { get, isSeq } from '../../parse/located-node';
import type { LNode } from '../../parse/located-node';
import { isQualifiedName } from '../../validation';
import { goString } from '../../model/decoded';
import { metadataOf } from '../../model/object-meta';
import { defineRule } from '../rule';
import { ADVICE, DOMAIN_PREFIX, keepEither } from './texts';

/** metav1.FinalizerOrphanDependents and metav1.FinalizerDeleteDependents. */
const ORPHAN = 'orphan';
const FOREGROUND = 'foregroundDeletion';
/** core `helper.IsStandardFinalizerName`: the finalizers that need no domain prefix. */
const STANDARD_FINALIZERS: ReadonlySet<string> = new Set(['kubernetes', ORPHAN, FOREGROUND]);

/**
 * `metadata.finalizers`, as core `ValidateObjectMeta` checks them on create: first apimachinery `ValidateFinalizers`
 * (every name a qualified name, path `metadata.finalizers` without index; "orphan" and "foregroundDeletion" not
 * both), then core `validateKubeFinalizerName` per item (`metadata.finalizers[i]`): a name without "/" must be one
 * of the standard ones (kubernetes, orphan, foregroundDeletion).
 */
export const metadataFinalizers = defineRule({
  id: 'metadata-finalizers',
  kinds: OBJECT_KINDS,
  origin: 'validation',
  severity: 'error',
  description: 'metadata.finalizers must be qualified names, domain-prefixed unless standard (orphan, foregroundDeletion).',
  advice: ADVICE,
  check({ object, report }) {
    const list = get(metadataOf(object), 'finalizers');
    if (!isSeq(list)) return;
    const finalizers: { value: string; node: LNode; index: number }[] = [];
    list.items.forEach((node, index) => {
      const value = goString(node);
      if (value !== undefined) finalizers.push({ value, node, index });
    });
    for (const { value, node } of finalizers) {
      for (const detail of isQualifiedName(value)) {
        report({ field: 'metadata.finalizers', type: 'Invalid', span: node.span, value, detail, advice: DOMAIN_PREFIX });
      }
    }
    const names = finalizers.map((f) => f.value);
    if (names.includes(ORPHAN) && names.includes(FOREGROUND)) {
      report({
        field: 'metadata.finalizers',
        type: 'Invalid',
        span: list.span,
        value: names,
        detail: `finalizer ${ORPHAN} and ${FOREGROUND} cannot be both set`,
        advice: keepEither(ORPHAN, FOREGROUND),
      });
    }
    for (const { value, node, index } of finalizers) {
      if (value.includes('/') || STANDARD_FINALIZERS.has(value)) continue;
      report({
        field: `metadata.finalizers[${index}]`,
        type: 'Invalid',
        span: node.span,
        value,
        detail: 'name is neither a standard finalizer name nor is it fully qualified',
        advice: DOMAIN_PREFIX,
        data: { index },
      });
    }
  },
});
