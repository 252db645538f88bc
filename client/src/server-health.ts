/**
 * What the VS Code client does when the language server dies, without the `vscode` API so it can be tested: restart
 * it quietly up to {@link MAX_RESTARTS} times in {@link RESTART_WINDOW_MS} (vscode-languageclient's own limits), then
 * stop and say so once; and what the status bar item shows meanwhile.
 */

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;
/** How long the status bar says "restarted" after a restart. */
export const RESTARTED_NOTICE_MS = 60 * 1000;

export type CloseDecision = { readonly restart: true } | { readonly restart: false; readonly message: string };

export type StatusTone = 'normal' | 'warning' | 'error';

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  readonly tone: StatusTone;
}

export interface HealthLimits {
  readonly maxRestarts: number;
  readonly windowMs: number;
  readonly noticeMs: number;
}

const DEFAULT_LIMITS: HealthLimits = { maxRestarts: MAX_RESTARTS, windowMs: RESTART_WINDOW_MS, noticeMs: RESTARTED_NOTICE_MS };

export class ServerHealth {
  private crashes: number[] = [];
  private restartedAt: number | undefined;
  private stopped = false;
  private totalRestarts = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: HealthLimits = DEFAULT_LIMITS,
  ) {}

  /** The connection to the server closed without being asked to: restart, unless it crashed too often lately. */
  closed(): CloseDecision {
    const at = this.now();
    this.crashes = this.crashes.filter((t) => at - t < this.limits.windowMs);
    this.crashes.push(at);
    if (this.crashes.length <= this.limits.maxRestarts) {
      this.restartedAt = at;
      this.totalRestarts++;
      return { restart: true };
    }
    this.stopped = true;
    const minutes = Math.round(this.limits.windowMs / 60000);
    return {
      restart: false,
      message:
        `The kube-svc language server crashed ${this.crashes.length} times in ${minutes} minutes and was not restarted ` +
        'again. Its output (kube-svc) says why; "Restart" starts it again.',
    };
  }

  /** The client shut the server down after repeated connection errors. */
  gaveUp(): string {
    this.stopped = true;
    return 'The kube-svc language server stopped after repeated connection errors. Its output (kube-svc) says why; "Restart" starts it again.';
  }

  /** The user restarted the server by hand: a fresh start, with a fresh crash budget. */
  reset(): void {
    this.crashes = [];
    this.restartedAt = undefined;
    this.stopped = false;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  view(): StatusView {
    if (this.stopped) {
      return { text: '$(error) kube-svc stopped', tooltip: 'The kube-svc language server stopped. Click to restart it.', tone: 'error' };
    }
    if (this.noticeLeft() !== undefined) {
      const times = this.totalRestarts === 1 ? 'once' : `${this.totalRestarts} times`;
      return {
        text: '$(warning) kube-svc restarted',
        tooltip: `The kube-svc language server crashed and was restarted (${times} so far). Click to show its output.`,
        tone: 'warning',
      };
    }
    return { text: 'kube-svc', tooltip: 'The kube-svc language server is running. Click to show its output.', tone: 'normal' };
  }

  /** Milliseconds until the "restarted" notice ends by itself; undefined when none is shown. */
  noticeLeft(): number | undefined {
    if (this.stopped || this.restartedAt === undefined) return undefined;
    const left = this.restartedAt + this.limits.noticeMs - this.now();
    return left > 0 ? left : undefined;
  }
}
