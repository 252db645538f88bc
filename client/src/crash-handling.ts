import { commands, l10n, LanguageStatusSeverity, languages, window } from 'vscode';
import type { Disposable, DocumentSelector, LanguageStatusItem, LogOutputChannel } from 'vscode';
import { CloseAction, ErrorAction } from 'vscode-languageclient/node';
import type { ErrorHandler, LanguageClient } from 'vscode-languageclient/node';
import { ServerHealth } from './server-health';
import type { StatusTone } from './server-health';

export const SHOW_OUTPUT_COMMAND = 'kubeSvc.showOutput';
export const RESTART_COMMAND = 'kubeSvc.restartServer';
/** The language status item is shown beside the language of YAML editors, the files kube-svc checks. */
const STATUS_SELECTOR: DocumentSelector = { language: 'yaml' };

const SEVERITY: Readonly<Record<StatusTone, LanguageStatusSeverity>> = {
  normal: LanguageStatusSeverity.Information,
  warning: LanguageStatusSeverity.Warning,
  error: LanguageStatusSeverity.Error,
};

/**
 * A crashed server is restarted quietly (no popup: the output channel keeps the log and never jumps to the front),
 * the language status item of YAML files says "restarted" for a while, and after too many crashes it says
 * "stopped" and ONE message tells the user, with a button to restart.
 */
export class CrashHandling implements Disposable {
  readonly outputChannel: LogOutputChannel = window.createOutputChannel('kube-svc', { log: true });
  readonly errorHandler: ErrorHandler;
  private readonly health = new ServerHealth();
  private readonly status: LanguageStatusItem = languages.createLanguageStatusItem('kubeSvc.status', STATUS_SELECTOR);
  private readonly disposables: Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private client: LanguageClient | undefined;

  constructor() {
    this.status.name = 'kube-svc';
    this.errorHandler = {
      error: (_error, _message, count) => {
        if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
        this.tell(this.health.gaveUp());
        return { action: ErrorAction.Shutdown, handled: true };
      },
      closed: () => {
        const decision = this.health.closed();
        if (decision.restart) {
          this.outputChannel.warn(l10n.t('kube-svc: the language server stopped unexpectedly; restarting it.'));
          this.render();
          return { action: CloseAction.Restart, handled: true };
        }
        this.tell(decision.message);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
    this.disposables.push(
      commands.registerCommand(SHOW_OUTPUT_COMMAND, () => this.outputChannel.show(true)),
      commands.registerCommand(RESTART_COMMAND, () => this.restart()),
    );
    this.render();
  }

  /** The client these options were given to, for the restart command. */
  attach(client: LanguageClient): void {
    this.client = client;
  }

  private tell(message: string): void {
    this.outputChannel.error(message);
    this.render();
    const restart = l10n.t('Restart');
    const showOutput = l10n.t('Show Output');
    void window.showErrorMessage(message, restart, showOutput).then((choice) => {
      if (choice === restart) void this.restart();
      else if (choice === showOutput) this.outputChannel.show(true);
    });
  }

  private async restart(): Promise<void> {
    this.health.reset();
    this.render();
    const client = this.client;
    if (!client) return;
    try {
      if (client.isRunning()) await client.restart();
      else await client.start();
    } catch (error) {
      this.outputChannel.error(l10n.t('kube-svc: restarting the language server failed: {0}', String(error)));
    }
  }

  private render(): void {
    const view = this.health.view();
    this.status.text = view.text;
    this.status.detail = view.tooltip;
    this.status.severity = SEVERITY[view.tone];
    this.status.command = this.health.isStopped
      ? { title: l10n.t('Restart'), command: RESTART_COMMAND }
      : { title: l10n.t('Show Output'), command: SHOW_OUTPUT_COMMAND };
    if (this.timer) clearTimeout(this.timer);
    const left = this.health.noticeLeft();
    this.timer = left === undefined ? undefined : setTimeout(() => this.render(), left + 10);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
    this.status.dispose();
    this.outputChannel.dispose();
  }
}
