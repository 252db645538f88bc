import type { Range } from '../parse/line-index';
import type { ErrorType } from '../rules/api-error';
import type { RuleOrigin } from '../rules/rule';
import type { Severity } from '../settings';

/** One reported problem, in file coordinates: what the LSP server, the CLI and the tests all consume. */
export interface Finding {
  /** The rule id (`yaml-syntax` for a parse error). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** The API server's field path, e.g. `spec.ports[1].name`; empty for syntax errors. */
  readonly field: string;
  readonly type: ErrorType | 'SyntaxError';
  /** `limit`: the file was not checked at all (`file-too-large`); `suppression`: about a kube-svc-ignore. */
  readonly origin: RuleOrigin | 'syntax' | 'limit' | 'suppression';
  readonly data?: Readonly<Record<string, unknown>>;
}

export const YAML_SYNTAX_RULE = 'yaml-syntax';
