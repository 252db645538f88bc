import { commands, StatusBarAlignment, ThemeColor, window } from 'vscode';
import type { Disposable, LogOutputChannel, StatusBarItem } from 'vscode';
import { CloseAction, ErrorAction } from 'vscode-languageclient/node';
import type { ErrorHandler, LanguageClient } from 'vscode-languageclient/node';
import { ServerHealth } from './server-health';

export const SHOW_OUTPUT_COMMAND = 'kubeSvc.showOutput';
export const RESTART_COMMAND = 'kubeSvc.restartServer';

/**
 * A crashed server is restarted quietly (no popup: the output channel keeps the log and never jumps to the front),
 * the status bar item says "restarted" for a while, and after too many crashes it says "stopped" and ONE message
 * tells the user, with a button to restart.
 */
export class CrashHandling implements Disposable {
  readonly outputChannel: LogOutputChannel = window.createOutputChannel('kube-svc', { log: true });
  readonly errorHandler: ErrorHandler;
  private readonly health = new ServerHealth();
  private readonly status: StatusBarItem = window.createStatusBarItem('kubeSvc.status', StatusBarAlignment.Right, 100);
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
          this.outputChannel.warn('kube-svc: the language server stopped unexpectedly; restarting it.');
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
    this.status.show();
  }

  /** The client these options were given to, for the restart command. */
  attach(client: LanguageClient): void {
    this.client = client;
  }

  private tell(message: string): void {
    this.outputChannel.error(message);
    this.render();
    void window.showErrorMessage(message, 'Restart', 'Show Output').then((choice) => {
      if (choice === 'Restart') void this.restart();
      else if (choice === 'Show Output') this.outputChannel.show(true);
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
      this.outputChannel.error(`kube-svc: restarting the language server failed: ${String(error)}`);
    }
  }

  private render(): void {
    const view = this.health.view();
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.backgroundColor =
      view.tone === 'normal' ? undefined : new ThemeColor(view.tone === 'warning' ? 'statusBarItem.warningBackground' : 'statusBarItem.errorBackground');
    this.status.command = this.health.isStopped ? RESTART_COMMAND : SHOW_OUTPUT_COMMAND;
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
