import type { Span } from '../parse/located-node';
import type { K8sObject } from '../model/k8s-object';
import type { CheckSettings, Severity } from '../settings';
import type { BadValue, ErrorType } from './api-error';

/**
 * Who refuses the manifest: the API server's validation, its decoder (wrong field types, unknown fields), or the
 * cluster's allocator (node ports, which depend on the cluster's configuration).
 */
export type RuleOrigin = 'validation' | 'decoding' | 'allocator' | 'workspace';

/** One problem as a rule sees it: the API server's field path and error type, and where it is in the document. */
export interface Problem {
  readonly field: string;
  readonly type: ErrorType;
  readonly span: Span;
  /** The bad value, shown after `Invalid value:` as the API server prints it; omitted when undefined. */
  readonly value?: BadValue;
  /** The API server's own detail text after the value. */
  readonly detail?: string;
  /** What to do about it, in our words; appended after ` — `. */
  readonly advice?: string;
  /** Extra facts a quick fix needs. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** What an object rule sees. No settings: its results are cached with the document's text. */
export interface RuleContext {
  readonly object: K8sObject;
  report(problem: Problem): void;
}

export interface Rule {
  /** Stable kebab-case id: the diagnostic `code` and the key of the `kubeSvc.rules` setting. */
  readonly id: string;
  /** The core/v1 kinds it checks. */
  readonly kinds: readonly ('Service' | 'Endpoints')[];
  readonly origin: RuleOrigin;
  readonly severity: Severity;
  /** One line for the README and the CLI's rule list. */
  readonly description: string;
  check(ctx: RuleContext): void;
}

/** Everything one file's rules may look at together: the allocator sees all Services being created. */
export interface FileRuleContext {
  readonly objects: readonly { readonly object: K8sObject; readonly documentIndex: number }[];
  readonly settings: CheckSettings;
  report(documentIndex: number, problem: Problem): void;
}

/** A rule over every object of a file, for what only the cluster sees across objects. */
export interface FileRule {
  readonly id: string;
  readonly origin: RuleOrigin;
  readonly severity: Severity;
  readonly description: string;
  checkFile(ctx: FileRuleContext): void;
}
