/**
 * What the VS Code client does when the language server dies, without the `vscode` API so it can be tested: restart
 * it quietly up to {@link MAX_RESTARTS} times in {@link RESTART_WINDOW_MS} (vscode-languageclient's own limits), then
 * stop and say so once; and what the language status item shows meanwhile. Texts go through `@vscode/l10n`, which
 * the extension gives VS Code's bundle for the display language (`vscode.l10n.bundle`); without it they are English.
 */
import * as l10n from '@vscode/l10n';

export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;
/** How long the status says "restarted" after a restart. */
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
      message: l10n.t(
        'The kube-svc language server crashed {0} times in {1} minutes and was not restarted again. Its output (kube-svc) says why; "Restart" starts it again.',
        this.crashes.length,
        minutes,
      ),
    };
  }

  /** The client shut the server down after repeated connection errors. */
  gaveUp(): string {
    this.stopped = true;
    return l10n.t(
      'The kube-svc language server stopped after repeated connection errors. Its output (kube-svc) says why; "Restart" starts it again.',
    );
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
      return {
        text: l10n.t('$(error) kube-svc stopped'),
        tooltip: l10n.t('The kube-svc language server stopped. Click to restart it.'),
        tone: 'error',
      };
    }
    if (this.noticeLeft() !== undefined) {
      const times =
        this.totalRestarts === 1
          ? l10n.t({ message: 'once', comment: ['How often the server was restarted, in "(once so far)"'] })
          : l10n.t({ message: '{0} times', args: [this.totalRestarts], comment: ['How often the server was restarted, in "(3 times so far)"'] });
      return {
        text: l10n.t('$(warning) kube-svc restarted'),
        tooltip: l10n.t('The kube-svc language server crashed and was restarted ({0} so far). Click to show its output.', times),
        tone: 'warning',
      };
    }
    return { text: 'kube-svc', tooltip: l10n.t('The kube-svc language server is running. Click to show its output.'), tone: 'normal' };
  }

  /** Milliseconds until the "restarted" notice ends by itself; undefined when none is shown. */
  noticeLeft(): number | undefined {
    if (this.stopped || this.restartedAt === undefined) return undefined;
    const left = this.restartedAt + this.limits.noticeMs - this.now();
    return left > 0 ? left : undefined;
  }
}
