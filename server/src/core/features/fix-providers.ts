import { ALL_RULES } from '../rules/registry';
import type { Problem } from '../rules/rule';
import type { Fix, FixContext, FixProvider } from '../fixes/fix';

/**
 * Each problem carries the fixes of the rule that reported it (paired in the rule's folder and bound by
 * `defineRule`), so a rule's fix only ever sees its own check's problems, typed as that check reported them.
 */
const ownFixes: FixProvider<Problem> = ({ problem, ...site }) => problem.fixes?.(site) ?? [];

/** The rules that have quick fixes, by rule id. Rules not listed have no single right fix. */
export const FIX_PROVIDERS: Readonly<Record<string, FixProvider<Problem>>> = Object.fromEntries(
  ALL_RULES.filter((rule) => rule.fixable).map((rule) => [rule.id, ownFixes]),
);

/** The fixes for one rule's problem; none for a rule without a provider. */
export function fixesFor(ruleId: string, ctx: FixContext<Problem>): Fix[] {
  const provider = Object.hasOwn(FIX_PROVIDERS, ruleId) ? FIX_PROVIDERS[ruleId] : undefined;
  return provider ? provider(ctx) : [];
}
