import type { Localizer } from '../l10n';
import type { K8sObject } from '../model/k8s-object';
import type { SpanEdit } from './yaml-edits';
import { ownPair, removePair } from './yaml-edits';
import { servicePortMap, specMap } from './fix-targets';

/**
 * Removes the node port an allocator refusal is about: `spec.ports[index].nodePort`, or `spec.healthCheckNodePort`
 * when the refusal has no port index. Left out, the cluster allocates a free one.
 */
export function removeRefusedNodePort(
  text: string,
  object: K8sObject,
  index: number | undefined,
  l10n: Localizer,
): { title: string; edits: SpanEdit[] } {
  const map = index === undefined ? specMap(object) : servicePortMap(object, index);
  const key = index === undefined ? 'healthCheckNodePort' : 'nodePort';
  const pair = map && ownPair(map, key);
  return {
    title:
      index === undefined
        ? l10n.t('Remove healthCheckNodePort (let the cluster allocate one)')
        : l10n.t('Remove nodePort (let the cluster allocate one)'),
    edits: map && pair ? removePair(text, pair, map) : [],
  };
}
