import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { replaceScalar } from '../../fixes/yaml-edits';
import type { KindApiVersionProblem } from './check';
import { changeTo } from './texts';

/** The one spelling the API server serves: safe, since the misspelt object is refused as it stands. */
export const kindApiVersionFix: FixProvider<KindApiVersionProblem> = ({ text, problem, l10n }) => {
  const { target, data } = problem;
  if (!target || !data) return [];
  return fixOf(changeTo(l10n, data.field, data.replacement), replaceScalar(text, target, data.replacement), SAFE);
};
