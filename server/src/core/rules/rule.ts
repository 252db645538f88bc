import type { Fix, FixProvider, FixSite } from '../fixes/fix';
import type { Localizer } from '../l10n';
import type { K8sObject, ObjectKind } from '../model/k8s-object';
import type { Span } from '../parse/located-node';
import type { CheckSettings, Severity } from '../settings';
import type { BadValue, ErrorType } from './api-error';

export type { ObjectKind } from '../model/k8s-object';

/**
 * Who refuses the manifest: the API server's validation, its decoder (wrong field types, unknown fields), or the
 * cluster's allocator (node ports, which depend on the cluster's configuration).
 */
export type RuleOrigin = 'validation' | 'decoding' | 'allocator' | 'workspace';

/** Facts about a problem that the client gets as the LSP diagnostic's `data`: plain JSON, never tree nodes. */
export type ProblemData = Readonly<Record<string, unknown>>;

/**
 * One problem as a rule sees it: the API server's field path and error type, and where it is in the document. A
 * rule with a fix declares the `Data` and `Target` its fix reads (`Problem<{ index: number }, LNode>`).
 */
export interface Problem<Data extends ProblemData = ProblemData, Target = unknown> {
  readonly field: string;
  readonly type: ErrorType;
  readonly span: Span;
  /** The bad value, shown after `Invalid value:` as the API server prints it; omitted when undefined. */
  readonly value?: BadValue;
  /** The API server's own detail text after the value. */
  readonly detail?: string;
  /** What to do about it, in our words, worded in the user's language when the finding is made; after ` — `. */
  readonly advice?: Advice;
  /** Facts the client gets as the diagnostic's `data`, and the rule's fix reads. */
  readonly data?: Data;
  /** What the rule's fix edits, as the check found it (tree nodes): kept on the server, never in a diagnostic. */
  readonly target?: Target;
  /** The fixes of the rule that reported it, bound to it when it was reported ({@link defineRule}). */
  readonly fixes?: (site: FixSite) => Fix[];
}

/** What every rule says about itself, for the registry, the README and the CLI's rule list. */
export interface RuleInfo {
  /** Stable kebab-case id: the diagnostic `code` and the key of the `kubeSvc.rules` setting. */
  readonly id: string;
  readonly origin: RuleOrigin;
  readonly severity: Severity;
  /** One line for the README and the CLI's rule list. */
  readonly description: string;
}

/** A rule's advice: one sentence telling the user what to do, in the localizer's l10n (its `texts.ts`). */
export type Advice = (l10n: Localizer) => string;

/** What an object rule sees. No settings: its results are cached with the document's text. */
export interface RuleContext<P extends Problem = Problem> {
  readonly object: K8sObject;
  report(problem: P): void;
}

/** A per-object rule as its folder defines it: the check, its advice, and the fix that reads its problems. */
export interface ObjectRuleDefinition<P extends Problem> extends RuleInfo {
  /** The kinds it checks, in their served API version ({@link SERVED_API_VERSION}) unless `apiVersions` says. */
  readonly kinds: readonly ObjectKind[];
  /** The API versions it checks instead of the served one: a rule about a removed version. */
  readonly apiVersions?: readonly string[];
  readonly advice: Advice;
  check(ctx: RuleContext<P>): void;
  /** Its quick fixes (`fix.ts` beside the check), given the problems the check reported, typed as reported. */
  readonly fix?: FixProvider<P>;
}

/** A per-object rule as the registry lists it: each problem it reports carries its rule's fixes. */
export interface Rule extends RuleInfo {
  readonly kinds: readonly ObjectKind[];
  readonly apiVersions?: readonly string[];
  readonly advice: Advice;
  /** Whether the rule has quick fixes. */
  readonly fixable: boolean;
  check(ctx: RuleContext): void;
}

/** The rule of a definition: its check and fix are paired here, so no problem can reach another rule's fix. */
export function defineRule<P extends Problem>(definition: ObjectRuleDefinition<P>): Rule {
  const { check, fix, ...info } = definition;
  return {
    ...info,
    fixable: fix !== undefined,
    check: ({ object, report }) => check({ object, report: (problem) => report(withFixes(problem, fix)) }),
  };
}

/** Everything one file's rules may look at together: the allocator sees all Services being created. */
export interface FileRuleContext<P extends Problem = Problem> {
  readonly objects: readonly { readonly object: K8sObject; readonly documentIndex: number }[];
  readonly settings: CheckSettings;
  report(documentIndex: number, problem: P): void;
}

/** A rule over every object of a file, for what only the cluster sees across objects, as its folder defines it. */
export interface FileRuleDefinition<P extends Problem> extends RuleInfo {
  /** The kinds it reports on, when not Services alone (the README's table and SARIF's rule metadata). */
  readonly kinds?: readonly ObjectKind[];
  readonly advice: Advice;
  checkFile(ctx: FileRuleContext<P>): void;
  readonly fix?: FixProvider<P>;
}

/** A file rule as the registry lists it. */
export interface FileRule extends RuleInfo {
  readonly kinds?: readonly ObjectKind[];
  readonly advice: Advice;
  readonly fixable: boolean;
  checkFile(ctx: FileRuleContext): void;
}

export function defineFileRule<P extends Problem>(definition: FileRuleDefinition<P>): FileRule {
  const { checkFile, fix, ...info } = definition;
  return {
    ...info,
    fixable: fix !== undefined,
    checkFile: ({ objects, settings, report }) =>
      checkFile({ objects, settings, report: (index, problem) => report(index, withFixes(problem, fix)) }),
  };
}

function withFixes<P extends Problem>(problem: P, fix: FixProvider<P> | undefined): Problem {
  return fix ? { ...problem, fixes: (site: FixSite) => fix({ ...site, problem }) } : problem;
}
