/** A one-line progress indicator on stderr for runs longer than a second at a terminal; silent everywhere else. */

export interface Progress {
  /** `checking 12/100 files…`; drawn only after the delay, and at most every `intervalMs`. */
  update(verb: string, done: number, total: number): void;
  /** Clears the line if anything was drawn. */
  end(): void;
}

export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly enabled: boolean;
  readonly now: () => number;
  readonly delayMs?: number;
  readonly intervalMs?: number;
}

/** A terminal, and not CI: CI logs are files, where `\r` redraws would only add noise. */
export function showsProgress(stderrIsTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return stderrIsTTY === true && !inCi;
}

const CLEAR_LINE = '\r\x1b[K';

export function createProgress({ write, enabled, now, delayMs = 1000, intervalMs = 100 }: ProgressOptions): Progress {
  const started = now();
  let drawnAt: number | undefined;
  return {
    update(verb, done, total) {
      if (!enabled) return;
      const at = now();
      if (at - started < delayMs) return;
      if (drawnAt !== undefined && at - drawnAt < intervalMs && done < total) return;
      drawnAt = at;
      write(`${CLEAR_LINE}kube-svc: ${verb} ${done}/${total} files…`);
    },
    end() {
      if (drawnAt !== undefined) write(CLEAR_LINE);
      drawnAt = undefined;
    },
  };
}
