import type { Localizer } from '../../l10n';
import type { IndexedObject, IndexedService } from '../../index/indexed-object';
import type { IndexedFile, WorkspaceIndex } from '../../index/workspace-index';
import type { ServiceResolution } from '../../resolve/resolve-service';
import type { Severity } from '../../settings';
import type { Problem, RuleOrigin } from '../rule';

/** What a workspace rule sees: the whole index, and the one file whose findings are asked for. */
export interface WorkspaceRuleContext {
  readonly index: WorkspaceIndex;
  readonly file: IndexedFile;
  /** The l10n of details and advice (field paths and error types stay as the API server words them). */
  readonly l10n: Localizer;
  /** {@link resolveService}, computed once per Service for all the rules of one run. */
  resolve(service: IndexedService): ServiceResolution;
  /** A problem of `object`, which must be one of `file`'s objects; spans are offsets into its document. */
  report(object: IndexedObject, problem: Problem): void;
}

/**
 * A rule over the objects of the workspace rather than one file: what a Service reaches and what names it. Its
 * findings are attached to the object they are about, in the file being checked.
 */
export interface WorkspaceRule {
  /** Stable kebab-case id: the diagnostic `code` and the key of the `kubeSvc.rules` setting. */
  readonly id: string;
  readonly origin: RuleOrigin;
  readonly severity: Severity;
  /** One line for the README and the CLI's rule list. */
  readonly description: string;
  check(ctx: WorkspaceRuleContext): void;
}
