import type { Finding } from '../core/language-service';

/** The findings of one checked file. */
export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** Over `maxFileSize`: not checked (its only finding, if any, is `file-too-large`). */
  readonly skipped?: boolean;
}

/** The name findings on stdin are reported under, unless `--stdin-filename` gives one. */
export const STDIN_NAME = '<stdin>';
