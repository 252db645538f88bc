import { removeEntry } from '../../fixes/remove-field';
import { ASK, SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { ServerSetFieldProblem } from './check';
import { removeLabel } from './texts';

/**
 * Removing a field the API server overwrites or ignores never changes the object it stores: fix-all may do it.
 * resourceVersion is the exception: on an update it is an optimistic-concurrency precondition someone may mean,
 * so its removal is only offered.
 */
export const serverSetFieldsFix: FixProvider<ServerSetFieldProblem> = ({ text, problem, l10n }) => {
  const field = problem.data?.field ?? problem.field;
  const edits = removeEntry(text, problem.target);
  return fixOf(removeLabel(l10n, field), edits, field === 'metadata.resourceVersion' ? ASK : SAFE);
};
