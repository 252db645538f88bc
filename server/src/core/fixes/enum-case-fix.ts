import { replaceScalar } from './yaml-edits';
import { SAFE, fixOf } from './fix';
import type { Fix, FixContext } from './fix';
import { caseMatch, scalarAt } from './fix-targets';

/**
 * The fix for an enumeration value written in the wrong case (`tcp` → `TCP`, `nodeport` → `NodePort`): the one
 * value it can have meant. None when no supported value matches ignoring case, or when the value already is supported.
 */
export function enumCaseFix({ text, object, problem }: FixContext, supported: readonly string[]): Fix[] {
  const target = scalarAt(object, problem.span);
  if (!target || typeof target.node.value !== 'string') return [];
  const replacement = caseMatch(target.node.value, supported);
  if (replacement === undefined || replacement === target.node.value) return [];
  return fixOf(`Change to '${replacement}'`, replaceScalar(text, target.node, replacement), SAFE);
}

/** A provider for a rule whose only fix is the case of an enumeration value. */
export function enumCaseFixFor(supported: readonly string[]): (ctx: FixContext) => Fix[] {
  return (ctx) => enumCaseFix(ctx, supported);
}
