import { planPortNames } from './port-names';
import type { PlannedPortName } from './port-names';
import { insertFirstKey, ownPair, setPairValue } from './yaml-edits';
import type { SpanEdit } from './yaml-edits';
import { SAFE, fixOf } from './fix';
import type { Fix, FixProvider } from './fix';

/** Writes a planned name: replaces the written (empty or bad) name, or adds `name:` as the port's first key. */
export function portNameEdits(text: string, planned: PlannedPortName): SpanEdit[] {
  const pair = ownPair(planned.map, 'name');
  return pair ? setPairValue(text, pair, planned.name) : insertFirstKey(text, planned.map, 'name', planned.name);
}

/** Renames the port a problem is about (`data.index`) to the name the Service's name plan gives it. */
export function renamePortFix<P extends { readonly data?: { readonly index: number } }>(): FixProvider<P> {
  return ({ text, object, problem, l10n }): Fix[] => {
    const planned = planPortNames(object).find((p) => p.index === problem.data?.index);
    if (!planned || planned.current === '') return [];
    return fixOf(l10n.t("Rename port to '{0}'", planned.name), portNameEdits(text, planned), SAFE);
  };
}
