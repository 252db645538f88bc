import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';

/** How long the scan waits for the client to accept a progress token before it starts without. */
const CREATE_WAIT_MS = 1000;

/**
 * "kube-svc: indexing 12/50 files" in the editor (LSP work-done progress), for a client that declares
 * `window.workDoneProgress`. The scan waits a moment at most for the client to accept the progress token: a
 * client that answers late gets the reports from then on, one that never answers only misses them.
 */
export class ScanProgress {
  private reporter: WorkDoneProgressServerReporter | undefined;
  private ended = false;
  private lastPercent = -1;

  /** Resolves when the client has accepted the token, or when it is not worth waiting any longer. */
  static async start(connection: Connection, enabled: boolean): Promise<ScanProgress> {
    const progress = new ScanProgress();
    if (!enabled) return progress;
    const created = connection.window.createWorkDoneProgress().then(
      (reporter) => {
        if (progress.ended) return reporter.done();
        progress.reporter = reporter;
        reporter.begin('kube-svc', 0, 'indexing the workspace', false);
      },
      () => undefined,
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([created, new Promise<void>((resolve) => (timer = setTimeout(resolve, CREATE_WAIT_MS)))]);
    clearTimeout(timer);
    return progress;
  }

  /** After each file; sent when the first file is done and then once per percent. */
  report(done: number, total: number): void {
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
    if (!this.reporter || (percent === this.lastPercent && done !== 1)) return;
    this.lastPercent = percent;
    this.reporter.report(percent, `${done}/${total} files`);
  }

  end(): void {
    this.ended = true;
    this.reporter?.done();
    this.reporter = undefined;
  }
}
