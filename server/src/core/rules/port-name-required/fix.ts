import { planPortNames } from '../../fixes/port-names';
import { portNameEdits } from '../../fixes/rename-port';
import { ASK, SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { PortNameRequiredProblem } from './check';

/**
 * port-name-required: "Name every port" names all unnamed ports of the Service at once (preferred, safe), with
 * names from the Service's name plan; when several are unnamed, "Name this port" names just the one.
 */
export const portNameRequiredFix: FixProvider<PortNameRequiredProblem> = ({ text, object, problem, l10n }) => {
  const unnamed = planPortNames(object).filter((planned) => planned.current === '');
  if (unnamed.length === 0) return [];
  const names = unnamed.map((planned) => planned.name).join(', ');
  const all = fixOf(
    l10n.t('Name every port ({0})', names),
    unnamed.flatMap((planned) => portNameEdits(text, planned)),
    SAFE,
  );
  const mine = unnamed.length > 1 ? unnamed.find((planned) => planned.index === problem.data?.index) : undefined;
  return mine ? [...all, ...fixOf(l10n.t("Name this port '{0}'", mine.name), portNameEdits(text, mine), ASK)] : all;
};
