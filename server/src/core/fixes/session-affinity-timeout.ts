import { replaceScalar } from './yaml-edits';
import { scalarAt } from './fix-targets';
import { SAFE, fixOf } from './fix';
import type { FixProvider } from './fix';

const MIN_TIMEOUT = 1;
const MAX_TIMEOUT = 86400;

/** session-affinity-timeout: clamps timeoutSeconds to 1..86400. */
export const sessionAffinityTimeoutFix: FixProvider = ({ text, object, problem }) => {
  const target = scalarAt(object, problem.span);
  if (!target || typeof target.node.value !== 'number') return [];
  const clamped = target.node.value < MIN_TIMEOUT ? MIN_TIMEOUT : MAX_TIMEOUT;
  const which = clamped === MIN_TIMEOUT ? 'the minimum' : 'the maximum';
  return fixOf(`Set timeoutSeconds to ${clamped} (${which})`, replaceScalar(text, target.node, clamped), SAFE);
};
