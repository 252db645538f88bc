import type { Finding, SuppressedFinding } from '../core/language-service';

/** The findings of one checked file. */
export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** What a `kube-svc-ignore` comment or `kube-svc.io/ignore` annotation suppressed: counted, and kept in SARIF. */
  readonly suppressed?: readonly SuppressedFinding[];
  /** Over `maxFileSize`: not checked (its only finding, if any, is `file-too-large`). */
  readonly skipped?: boolean;
}

/** The name findings on stdin are reported under, unless `--stdin-filename` gives one. */
export const STDIN_NAME = '<stdin>';
