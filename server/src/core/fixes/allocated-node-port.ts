import type { SpanEdit } from './yaml-edits';
import { ownPair, removePair } from './yaml-edits';
import { servicePortMap, specMap } from './fix-targets';
import type { FixContext } from './fix';

/**
 * Removes the node port an allocator refusal is about: `spec.ports[data.index].nodePort`, or
 * `spec.healthCheckNodePort` when the refusal has no port index. Left out, the cluster allocates a free one.
 */
export function removeRefusedNodePort({ text, object, problem }: FixContext): { title: string; edits: SpanEdit[] } {
  const index = problem.data?.index;
  const map = typeof index === 'number' ? servicePortMap(object, index) : specMap(object);
  const key = typeof index === 'number' ? 'nodePort' : 'healthCheckNodePort';
  const pair = map && ownPair(map, key);
  return {
    title: `Remove ${key} (let the cluster allocate one)`,
    edits: map && pair ? removePair(text, pair, map) : [],
  };
}
