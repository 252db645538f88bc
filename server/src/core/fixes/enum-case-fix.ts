import type { Localizer } from '../l10n';
import type { LNode } from '../parse/located-node';
import { isScalar } from '../parse/located-node';
import { replaceScalar } from './yaml-edits';
import { SAFE, fixOf } from './fix';
import type { Fix, FixProvider } from './fix';
import { caseMatch } from './fix-targets';

/**
 * The fix for an enumeration value written in the wrong case (`tcp` → `TCP`, `nodeport` → `NodePort`): the one
 * value it can have meant. None when no supported value matches ignoring case, or when the value already is supported.
 */
export function enumCaseFix(
  text: string,
  node: LNode | undefined,
  supported: readonly string[],
  l10n: Localizer,
): Fix[] {
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const replacement = caseMatch(node.value, supported);
  if (replacement === undefined || replacement === node.value) return [];
  return fixOf(l10n.t("Change to '{0}'", replacement), replaceScalar(text, node, replacement), SAFE);
}

/** A provider for a rule whose only fix is the case of the enumeration value its check found (`target`). */
export function enumCaseFixFor<P extends { readonly target?: LNode }>(supported: readonly string[]): FixProvider<P> {
  return ({ text, problem, l10n }) => enumCaseFix(text, problem.target, supported, l10n);
}
