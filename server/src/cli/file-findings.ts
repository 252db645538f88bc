import type { Finding } from '../core/features/finding';

/** The findings of one checked file. */
export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}
