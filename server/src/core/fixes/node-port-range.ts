import { removeRefusedNodePort } from './allocated-node-port';
import { SAFE, fixOf } from './fix';
import type { FixProvider } from './fix';

/** node-port-range: a nodePort (or healthCheckNodePort) outside the cluster's range is left for the cluster to pick. */
export const nodePortRangeFix: FixProvider = (ctx) => {
  const { title, edits } = removeRefusedNodePort(ctx);
  return fixOf(title, edits, SAFE);
};
