import type { ReadDir } from '../workspace/collect-files';

/** Where the CLI reads and writes, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly version: string;
  /** stderr is a terminal and this is not CI: a run longer than a second shows its progress there. */
  readonly interactive?: boolean;
  /** The clock of the progress indicator (milliseconds). */
  readonly now?: () => number;
  /** Lists the folders of the inputs (default: the disk's); tests make one fail as an unreadable folder does. */
  readonly readDir?: ReadDir;
}

export const EXIT_CLEAN = 0;
/** Errors found, or more warnings than `--max-warnings`. */
export const EXIT_ERRORS = 1;
/** A usage error, a bad settings file, or an input that could not be read. */
export const EXIT_USAGE = 2;
