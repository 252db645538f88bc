import { removeKeys } from '../../fixes/remove-field';
import { ownPair } from '../../fixes/yaml-edits';
import { specMap } from '../../fixes/fix-targets';
import { PREFERRED_ASK, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { ExternalNameForbiddenFieldsProblem } from './check';

/**
 * external-name-forbidden-fields: an ExternalName Service is a DNS alias with no cluster IP and no IP family, so the
 * fields the rule names (`data.remove`: clusterIP and clusterIPs, ipFamilies or ipFamilyPolicy) go. Only offered:
 * the author wrote them, and the type may be what is wrong.
 */
export const externalNameForbiddenFieldsFix: FixProvider<ExternalNameForbiddenFieldsProblem> = ({
  text,
  object,
  problem,
  l10n,
}) => {
  const spec = specMap(object);
  const present = (problem.data?.remove ?? []).filter((key) => spec !== undefined && ownPair(spec, key) !== undefined);
    const title =
    present.length > 1
      ? l10n.t('Remove {0} and {1}', present.slice(0, -1).join(', '), present[present.length - 1])
      : l10n.t('Remove {0}', present.join(''));
  return fixOf(title, removeKeys(text, spec, present), PREFERRED_ASK);
};
