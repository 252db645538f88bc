import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { LSPErrorCodes, NotificationType, RequestType, ResponseError } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_CHANGED_NOTIFICATION, PREVIEW_REQUEST } from '../../../server/src/protocol/preview-protocol';
import type { PreviewChangedParams, PreviewFix, PreviewModel, PreviewParams } from '../../../server/src/protocol/preview-protocol';
import { previewHtml } from './preview-html';
import { copyableTexts, fixToApply, pageMessageOf, workloadToReveal } from './preview-messages';
import type { ModelMessage } from './preview-messages';

const PreviewRequest = new RequestType<PreviewParams, PreviewModel, void>(PREVIEW_REQUEST);
const PreviewChanged = new NotificationType<PreviewChangedParams>(PREVIEW_CHANGED_NOTIFICATION);

export const PREVIEW_VIEW_TYPE = 'kubeSvc.preview';
/** Typing, an index change: the model is asked for again this long after the last one. */
const DEBOUNCE_MS = 250;
/** How long `show` waits for the page to say it rendered the model. */
const RENDER_TIMEOUT_MS = 15_000;

interface Target {
  readonly uri: vscode.Uri;
  readonly position: vscode.Position | undefined;
}

/**
 * The one Service preview panel, beside the editor. It asks the language server for the preview model of the
 * Service at the cursor (or of a code lens's Service) and hands it to the page, which renders it. It follows the
 * active editor when that holds Services, and asks again as the user types or the workspace changes.
 */
export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: Target | undefined;
  private model: PreviewModel | undefined;
  private version = 0;
  private renderedVersion = 0;
  private renderWaiters: { readonly version: number; readonly done: (rendered: boolean) => void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Only the answer to the latest request is shown; the one before it is cancelled. */
  private requests = 0;
  private inFlight: vscode.CancellationTokenSource | undefined;
  private sourceColumn: vscode.ViewColumn | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isYaml(event.document)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('kubeSvc')) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isYaml(editor.document)) void this.follow(editor);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.target && event.textEditor.document.uri.toString() === this.target.uri.toString()) {
          this.target = { uri: this.target.uri, position: event.selections[0]?.active };
          this.schedule();
        }
      }),
      this.client.onNotification(PreviewChanged, () => this.schedule()),
    );
  }

  /**
   * Shows the preview of the Service at `position` in `uri` (every Service of the file without one). Resolves with
   * the model once the page has rendered it, or undefined when it did not within a few seconds.
   */
  async show(uri: vscode.Uri, position: vscode.Position | undefined): Promise<PreviewModel | undefined> {
    this.target = { uri, position };
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    this.sourceColumn = editor?.viewColumn ?? vscode.ViewColumn.One;
    if (this.panel) this.panel.reveal(undefined, true);
    else this.panel = this.createPanel();
    // A newer request (the cursor moved meanwhile) supersedes this one: wait for whatever is latest.
    const version = (await this.refresh()) ?? this.version;
    if (version === 0 || !(await this.rendered(version))) return undefined;
    return this.model;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.inFlight?.cancel();
    this.panel?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const pageFolder = vscode.Uri.joinPath(this.extensionUri, 'client', 'out');
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Service preview'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [pageFolder] },
    );
    const webview = panel.webview;
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(pageFolder, 'preview-page.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(pageFolder, 'preview-page.css')).toString(),
      nonce: randomBytes(18).toString('base64'),
      loading: '…',
      title: vscode.l10n.t('Service preview'),
      texts: { headless: vscode.l10n.t({ message: 'headless', comment: ["After a Service's type in the preview: 'ClusterIP · headless'"] }) },
    });
    webview.onDidReceiveMessage((raw: unknown) => void this.received(raw), undefined, this.disposables);
    panel.onDidDispose(
      () => {
        this.panel = undefined;
        this.model = undefined;
        this.target = undefined;
        clearTimeout(this.timer);
        this.settleWaiters(false);
      },
      undefined,
      this.disposables,
    );
    return panel;
  }

  /** A page message: only the shapes of `pageMessageOf`, and only about what the current model shows. */
  private async received(raw: unknown): Promise<void> {
    const message = pageMessageOf(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        // A new or reloaded page: give it the current model (a message sent before it listened is lost).
        this.post();
        return;
      case 'rendered':
        this.renderedVersion = Math.max(this.renderedVersion, message.version);
        this.settleWaiters(true);
        return;
      case 'copy':
        if (copyableTexts(this.model).has(message.text)) await vscode.env.clipboard.writeText(message.text);
        return;
      case 'reveal': {
        const workload = workloadToReveal(this.model, message.uri, message.range);
        if (!workload) return;
        const start = new vscode.Position(workload.range.start.line, workload.range.start.character);
        await vscode.window.showTextDocument(this.client.protocol2CodeConverter.asUri(workload.uri), {
          viewColumn: this.sourceColumn ?? vscode.ViewColumn.One,
          selection: new vscode.Range(start, start),
        });
        return;
      }
      case 'fix': {
        const found = fixToApply(this.model, message);
        if (found) await this.applyFix(found.uri, found.fix);
        return;
      }
    }
  }

  /** The quick fix's edits as one WorkspaceEdit, as the light bulb applies them; the preview then refreshes. */
  private async applyFix(uri: string, fix: PreviewFix): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    const target = this.client.protocol2CodeConverter.asUri(uri);
    for (const change of fix.edits) {
      const { start, end } = change.range;
      edit.replace(target, new vscode.Range(start.line, start.character, end.line, end.character), change.newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showWarningMessage(vscode.l10n.t('kube-svc: the fix "{0}" could not be applied.', fix.title));
    }
  }

  /** The active editor changed: show its Services, if it has any; otherwise keep showing what was shown. */
  private async follow(editor: vscode.TextEditor): Promise<void> {
    if (!this.panel || editor.document.uri.toString() === this.target?.uri.toString()) return;
    const target: Target = { uri: editor.document.uri, position: editor.selection.active };
    const request = ++this.requests;
    const model = await this.request(target);
    if (!model || request !== this.requests || model.services.length === 0) return;
    this.target = target;
    this.sourceColumn = editor.viewColumn;
    this.apply(model);
  }

  private schedule(): void {
    if (!this.panel || !this.target) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  /** Asks for the target's model and sends it to the page; resolves with the version sent. */
  private async refresh(): Promise<number | undefined> {
    const target = this.target;
    if (!target || !this.panel) return undefined;
    const request = ++this.requests;
    const model = await this.request(target);
    if (!model || request !== this.requests) return undefined;
    return this.apply(model);
  }

  private async request(target: Target): Promise<PreviewModel | undefined> {
    this.inFlight?.cancel();
    const cancellation = (this.inFlight = new vscode.CancellationTokenSource());
    try {
      const params: PreviewParams = {
        uri: this.client.code2ProtocolConverter.asUri(target.uri),
        ...(target.position ? { position: { line: target.position.line, character: target.position.character } } : {}),
      };
      return await this.client.sendRequest(PreviewRequest, params, cancellation.token);
    } catch (error) {
      const cancelled = error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled;
      if (!cancelled && !cancellation.token.isCancellationRequested) {
        this.client.error(vscode.l10n.t('kube-svc: the preview request failed'), error, false);
      }
      return undefined;
    } finally {
      if (this.inFlight === cancellation) this.inFlight = undefined;
      cancellation.dispose();
    }
  }

  private apply(model: PreviewModel): number | undefined {
    if (!this.panel) return undefined;
    this.model = model;
    this.version++;
    const [single] = model.services;
    const shown = model.scope === 'service' && single ? single.name : baseName(model.uri);
    this.panel.title = vscode.l10n.t({ message: 'Preview {0}', args: [shown], comment: ['{0}: a Service or a file name'] });
    this.post();
    return this.version;
  }

  private post(): void {
    if (!this.panel || !this.model) return;
    const message: ModelMessage = { type: 'model', version: this.version, model: this.model };
    void this.panel.webview.postMessage(message);
  }

  private rendered(version: number): Promise<boolean> {
    if (this.renderedVersion >= version) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), RENDER_TIMEOUT_MS);
      const finish = (rendered: boolean) => {
        clearTimeout(timer);
        this.renderWaiters = this.renderWaiters.filter((w) => w.done !== finish);
        resolve(rendered);
      };
      this.renderWaiters.push({ version, done: finish });
    });
  }

  private settleWaiters(rendered: boolean): void {
    for (const waiter of [...this.renderWaiters]) {
      if (!rendered || this.renderedVersion >= waiter.version) waiter.done(rendered);
    }
  }
}

function isYaml(document: vscode.TextDocument): boolean {
  return document.languageId === 'yaml';
}

function baseName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
