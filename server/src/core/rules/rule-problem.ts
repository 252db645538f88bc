import type { Severity } from '../settings';
import type { Problem, RuleOrigin } from './rule';

/** A problem tagged with the rule that found it. */
export interface RuleProblem {
  readonly ruleId: string;
  readonly origin: RuleOrigin;
  readonly severity: Severity;
  readonly problem: Problem;
}
