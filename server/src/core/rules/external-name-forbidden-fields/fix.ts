import { removeKeys } from './remove-field';
import { ownPair } from './yaml-edits';
import { specMap } from './fix-targets';
import { PREFERRED_ASK, fixOf } from './fix';
import type { FixProvider } from './fix';

/**
 * external-name-forbidden-fields: an ExternalName Service is a DNS alias with no cluster IP and no IP family, so the
 * fields the rule names (`data.remove`: clusterIP and clusterIPs, ipFamilies or ipFamilyPolicy) go. Only offered:
 * the author wrote them, and the type may be what is wrong.
 */
export const externalNameForbiddenFieldsFix: FixProvider = ({ text, object, problem }) => {
  const keys = problem.data?.remove;
  if (!Array.isArray(keys)) return [];
  const spec = specMap(object);
  const present = keys.filter(
    (key): key is string => typeof key === 'string' && spec !== undefined && ownPair(spec, key) !== undefined,
  );
  return fixOf(`Remove ${present.join(' and ')}`, removeKeys(text, spec, present), PREFERRED_ASK);
};
