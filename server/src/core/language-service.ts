import { partialObjectFindings } from './kustomize/partial-object';
import { localizer } from './l10n';
import type { Language, Localizer } from './l10n';
import type { FileChecker } from './documents/check-file';
import { fileTooLargeFinding, textOver, utf8Bytes } from './documents/file-too-large';
import type { Finding } from './documents/finding';
import type { CodeActionModel } from './features/code-actions';
import { completionsAt } from './features/completion';
import type { CompletionModel } from './features/completion';
import { hoverAt } from './features/hover';
import type { HoverResult } from './features/hover';
import { previewLenses, previewLensTitle, previewModel } from './features/preview';
import type { PreviewFix, PreviewModel } from './features/preview-model';
import { workspaceFindings } from './features/workspace-findings';
import type { Cancellation, LanguageServiceHost, Logger } from './host';
import { isCancelled } from './host';
import type { Position, Range } from './parse/line-index';
import { DEFAULT_SETTINGS, resolveLanguage } from './settings';
import type { CheckSettings } from './settings';
import { stillWanted } from './service/cancellation';
import { CodeActionProvider } from './service/code-action-provider';
import type { CodeActionAnswer, CodeActionContext, DiagnosticRef } from './service/code-action-provider';
import { DocumentDiagnostics } from './service/document-diagnostics';
import type { DocumentDiagnosticsAnswer } from './service/document-diagnostics';
import { OpenDocument } from './service/open-document';
import { suppressionsOf } from './service/suppressions-of';
import { WorkspaceSync } from './service/workspace-sync';
import { NO_SUPPRESSIONS } from './suppression/file-suppressions';
import type { SuppressedFinding } from './suppression/file-suppressions';
import type { FileChange, ScanProgressListener } from './service/workspace-sync';

// What the front ends use of the core comes through here (and `settings.ts`): one door, whatever moves behind it.
export type { Cancellation, LanguageServiceHost, ListedFiles, Logger, ReadFile, WorkspaceFiles } from './host';
export { isCancelled } from './host';
export type { Language } from './l10n';
export type { Finding } from './documents/finding';
export type { SuppressedFinding } from './suppression/file-suppressions';
export { FIX_ALL_KIND } from './features/code-actions';
export type { CodeActionModel } from './features/code-actions';
export type { CompletionModel } from './features/completion';
export type { HoverResult } from './features/hover';
export type { PreviewModel, PreviewPosition } from './features/preview-model';
export { CODE_ACTION_TRIGGER } from './service/code-action-provider';
export type { CodeActionAnswer, CodeActionContext, CodeActionTrigger, DiagnosticRef } from './service/code-action-provider';
export type { DocumentDiagnosticsAnswer } from './service/document-diagnostics';
export type { FileChange, ScanProgressListener } from './service/workspace-sync';
export { RULE_CATALOG, RULE_IDS } from './rules/rule-catalog';
export type { CatalogRule } from './rules/rule-catalog';

/**
 * kube-svc's answers about Kubernetes manifests, for any front end: it holds the documents open in editors, the
 * workspace index (the other files, read through the host) and the settings, and answers in plain data that the LSP
 * server and the CLI only translate. Everything it reads from outside comes through the {@link LanguageServiceHost}.
 */
export interface LanguageService {
  readonly settings: CheckSettings;
  /** The language of advice, hovers and the preview: `settings.language`, or the editor's locale when `auto`. */
  readonly language: Language;
  /** New settings; `rescan` when the files the index may hold changed (`maxFileSize`) after a scan: scan again. */
  configure(settings: CheckSettings): { readonly rescan: boolean };
  /** Called after the workspace index changed: cross-resource findings and previews may have changed. */
  onDidChangeIndex(listener: () => void): void;

  /** A document opened or edited in an editor: its text wins over the file on disk until it is closed. */
  setDocument(uri: string, text: string, version: number): void;
  /** A closed editor: the file on disk (if any) is what the workspace holds again. */
  closeDocument(uri: string): Promise<void>;
  openUris(): string[];

  /** Indexes the YAML files of the folders from the host's files, in slices; returns how many were read. */
  scanWorkspace(folderUris: readonly string[], excludeGlobs: readonly string[], options?: ScanOptions): Promise<number>;
  /** Files changed outside the editors (a file watcher): read again or dropped. */
  filesChanged(changes: readonly FileChange[]): Promise<void>;
  /** A file the host read itself (the CLI's inputs); one over `maxFileSize` is held as too large, not indexed. */
  setFile(uri: string, text: string): void;
  /** A file the host did not read, being `bytes` long, over `maxFileSize`. */
  setFileTooLarge(uri: string, bytes: number): void;

  /** An open document's diagnostics, capped at `maxDiagnostics`; undefined when it is not open. */
  diagnostics(uri: string): DocumentDiagnosticsAnswer | undefined;
  /** After the index changed: the open documents whose diagnostics changed, except the `pending` ones. */
  changedDiagnostics(pending: (uri: string) => boolean): DocumentDiagnosticsAnswer[];
  /** Every finding of a file the service holds, uncapped (the CLI's); `skipped` when it was too large to check. */
  checkFile(uri: string): CheckedFile;
  hover(uri: string, position: Position, token?: Cancellation): Promise<HoverResult | undefined>;
  completion(uri: string, position: Position, token?: Cancellation): Promise<CompletionModel[] | undefined>;
  /** Quick fixes at the range and, unless it is the light bulb, fix-all; undefined when computing them failed. */
  codeActions<D extends DiagnosticRef>(
    uri: string,
    range: Range,
    context: CodeActionContext<D>,
    token?: Cancellation,
  ): Promise<CodeActionAnswer<D>[] | undefined>;
  /** The fix-all action of an open document (none when nothing has a safe fix). */
  fixAll(uri: string): CodeActionModel[];
  /** The preview of the file's Services (or the one at `position`); undefined when the request was cancelled. */
  preview(uri: string, position?: Position): Promise<PreviewModel>;
  preview(uri: string, position: Position | undefined, token: Cancellation): Promise<PreviewModel | undefined>;
  /** Where the "Preview endpoints" code lenses go: each Service of the file. */
  previewLenses(uri: string, token?: Cancellation): Promise<PreviewLensAnswer[]>;
  /** Stops a scan in progress and starts none again (the server is shutting down). */
  dispose(): void;
}

export interface LanguageServiceOptions {
  readonly host: LanguageServiceHost;
  readonly settings?: CheckSettings;
  /** The editor's display language (LSP's `locale`), for `language: auto`. */
  readonly locale?: string;
}

export interface ScanOptions {
  readonly cancellation?: Cancellation;
  readonly progress?: ScanProgressListener;
}

export interface CheckedFile {
  /** The findings to report: not those a suppression hid, with the notes about the suppressions. */
  readonly findings: Finding[];
  /** The findings a `kube-svc-ignore` comment or `kube-svc.io/ignore` annotation suppressed. */
  readonly suppressed: SuppressedFinding[];
  /** Over `maxFileSize`: not checked (its only finding, if any, is `file-too-large`). */
  readonly skipped: boolean;
}

export interface PreviewLensAnswer {
  readonly title: string;
  readonly range: Range;
  /** Where the lens's preview is asked for: the Service's first line. */
  readonly position: Position;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  return new KubeSvcLanguageService(options);
}

const SILENT: Logger = { warn: () => undefined, error: () => undefined };

class KubeSvcLanguageService implements LanguageService {
  private current: CheckSettings;
  private readonly locale: string | undefined;
  private readonly host: LanguageServiceHost;
  private readonly log: Logger;
  private readonly documents = new Map<string, OpenDocument>();
  /** Files given with {@link setFile} that are over `maxFileSize`, and their size in bytes. */
  private readonly tooLarge = new Map<string, number>();
  private readonly listeners: (() => void)[] = [];
  private readonly workspace: WorkspaceSync;
  private readonly documentDiagnostics: DocumentDiagnostics;
  private readonly codeActionProvider = new CodeActionProvider();
  private scanned = false;
  private disposed = false;

  constructor({ host, settings = DEFAULT_SETTINGS, locale }: LanguageServiceOptions) {
    this.host = host;
    this.log = host.log ?? SILENT;
    this.current = settings;
    this.locale = locale;
    const warn = (message: string): void => this.log.warn(message);
    this.workspace = new WorkspaceSync(settings.defaultNamespace, () => this.indexChanged(), warn, host);
    this.workspace.maxFileSize = settings.maxFileSize;
    this.workspace.setExclude(settings.exclude);
    this.workspace.index.setIgnoredLabels(settings.ignoreLabels);
    this.documentDiagnostics = new DocumentDiagnostics({
      document: (uri) => this.documents.get(uri),
      settings: () => this.current,
      l10n: () => this.l10n,
      checker: (uri) => this.workspace.checkerFor(uri),
      index: () => this.workspace.index,
      error: (message) => this.log.error(message),
    });
  }

  get settings(): CheckSettings {
    return this.current;
  }

  get language(): Language {
    return resolveLanguage(this.current.language, this.locale);
  }

  /** The one localizer of the service's language, handed down to everything that words an answer. */
  private get l10n(): Localizer {
    return localizer(this.language);
  }

  configure(settings: CheckSettings): { readonly rescan: boolean } {
    this.current = settings;
    // Hover and completion read the Service's namespace from the index: it follows the setting at once.
    this.workspace.index.setDefaultNamespace(settings.defaultNamespace);
    this.workspace.index.setIgnoredLabels(settings.ignoreLabels);
    const excludeChanged = this.workspace.setExclude(settings.exclude);
    if (!excludeChanged && this.workspace.maxFileSize === settings.maxFileSize) return { rescan: false };
    // Files that were over the old limit, or are over the new one, or excluded now or no more, join or leave the index.
    this.workspace.maxFileSize = settings.maxFileSize;
    for (const document of this.documents.values()) this.workspace.edited(document.uri, document.getText());
    return { rescan: this.scanned };
  }

  onDidChangeIndex(listener: () => void): void {
    this.listeners.push(listener);
  }

  setDocument(uri: string, text: string, version: number): void {
    this.documents.set(uri, new OpenDocument(uri, version, text));
    this.workspace.edited(uri, text);
  }

  async closeDocument(uri: string): Promise<void> {
    this.documents.delete(uri);
    this.documentDiagnostics.closed(uri);
    this.codeActionProvider.forget(uri);
    await this.workspace.closed(uri);
  }

  openUris(): string[] {
    return [...this.documents.keys()];
  }

  async scanWorkspace(folderUris: readonly string[], excludeGlobs: readonly string[], options: ScanOptions = {}): Promise<number> {
    if (this.disposed) return 0;
    const disposed = (): boolean => this.disposed;
    const stop: Cancellation = {
      get isCancellationRequested() {
        return disposed() || isCancelled(options.cancellation);
      },
    };
    const read = await this.workspace.scan(folderUris, excludeGlobs, stop, options.progress);
    this.scanned = true;
    return read;
  }

  filesChanged(changes: readonly FileChange[]): Promise<void> {
    return this.workspace.watched(changes);
  }

  setFile(uri: string, text: string): void {
    if (textOver(text, this.current.maxFileSize)) return this.setFileTooLarge(uri, utf8Bytes(text));
    this.tooLarge.delete(uri);
    this.workspace.loaded(uri, text);
  }

  setFileTooLarge(uri: string, bytes: number): void {
    this.tooLarge.set(uri, bytes);
    this.workspace.removed(uri);
  }

  diagnostics(uri: string): DocumentDiagnosticsAnswer | undefined {
    return this.documentDiagnostics.validate(uri);
  }

  changedDiagnostics(pending: (uri: string) => boolean): DocumentDiagnosticsAnswer[] {
    return this.documentDiagnostics.refreshCrossFindings(pending);
  }

  checkFile(uri: string): CheckedFile {
    const { settings, l10n } = this;
    const bytes = this.tooLarge.get(uri);
    if (bytes !== undefined) {
      const note = fileTooLargeFinding(bytes, settings, l10n);
      return { findings: note ? [note] : [], suppressed: [], skipped: true };
    }
    const index = this.workspace.index;
    const checker = index.fileChecker(uri);
    const text = index.file(uri)?.text ?? '';
    const checked = checker?.check(text, settings, l10n) ?? [];
    const own = index.isPatch(uri) ? partialObjectFindings(checked) : checked;
    const suppressions = checker ? suppressionsOf(checker, text, settings, l10n) : NO_SUPPRESSIONS;
    const { shown, suppressed } = suppressions.apply([...own, ...workspaceFindings(index, uri, settings, l10n)]);
    return { findings: shown, suppressed, skipped: false };
  }

  async hover(uri: string, position: Position, token?: Cancellation): Promise<HoverResult | undefined> {
    const document = await this.servedWhenWanted(uri, token);
    if (!document) return undefined;
    return this.safely('hover', undefined, () => {
      const located = this.checkerOf(document).analyse(document.getText());
      return hoverAt(located, position, this.l10n, this.workspace.index);
    });
  }

  async completion(uri: string, position: Position, token?: Cancellation): Promise<CompletionModel[] | undefined> {
    const document = await this.servedWhenWanted(uri, token);
    if (!document) return undefined;
    return this.safely('completion', undefined, () => {
      const text = document.getText();
      const located = this.checkerOf(document).analyse(text);
      return completionsAt(located, text, position, this.l10n, this.workspace.index);
    });
  }

  async codeActions<D extends DiagnosticRef>(
    uri: string,
    range: Range,
    context: CodeActionContext<D>,
    token?: Cancellation,
  ): Promise<CodeActionAnswer<D>[] | undefined> {
    const document = await this.servedWhenWanted(uri, token);
    if (!document) return [];
    return this.safely('code actions', undefined, () =>
      this.codeActionProvider.actions(document, range, context, this.current, this.checkerOf(document), this.l10n),
    );
  }

  fixAll(uri: string): CodeActionModel[] {
    const document = this.served(uri);
    if (!document) return [];
    return this.codeActionProvider.fixAllOf(document, this.current, this.checkerOf(document), this.l10n);
  }

  preview(uri: string, position?: Position): Promise<PreviewModel>;
  preview(uri: string, position: Position | undefined, token: Cancellation): Promise<PreviewModel | undefined>;
  async preview(uri: string, position?: Position, token?: Cancellation): Promise<PreviewModel | undefined> {
    if (!(await stillWanted(token, this.host.nextTurn))) return undefined;
    const found = { findings: this.checkFile(uri).findings, fixesOf: (finding: Finding) => this.previewFixes(uri, finding) };
    return previewModel(this.workspace.index, uri, position, this.current, this.l10n, found);
  }

  /** The light bulb's quick fixes for one finding of an open document (a closed file has none: no version to edit). */
  private previewFixes(uri: string, finding: Finding): PreviewFix[] {
    const document = this.served(uri);
    if (!document) return [];
    const context = { diagnostics: [finding], only: ['quickfix'] };
    const answers = this.safely('preview fixes', [], () =>
      this.codeActionProvider.actions(document, finding.range, context, this.current, this.checkerOf(document), this.l10n),
    );
    return answers
      .filter((answer) => answer.resolves.length > 0)
      .map(({ title, preferred, edits }) => ({ title, preferred, edits }));
  }

  async previewLenses(uri: string, token?: Cancellation): Promise<PreviewLensAnswer[]> {
    if (!this.current.enable || !(await stillWanted(token, this.host.nextTurn))) return [];
    const title = previewLensTitle(this.l10n);
    return previewLenses(this.workspace.index, uri).map(({ range, position }) => ({ title, range, position }));
  }

  dispose(): void {
    this.disposed = true;
  }

  private indexChanged(): void {
    for (const listener of this.listeners) listener();
  }

  /** An open document to answer requests on: none when checking is off or the file is over `maxFileSize`. */
  private served(uri: string): OpenDocument | undefined {
    const document = this.documents.get(uri);
    if (!document || !this.current.enable || textOver(document.getText(), this.current.maxFileSize)) return undefined;
    return document;
  }

  /** The served document once the request has had a turn to be cancelled in; it may have changed meanwhile. */
  private async servedWhenWanted(uri: string, token: Cancellation | undefined): Promise<OpenDocument | undefined> {
    if (!this.served(uri) || !(await stillWanted(token, this.host.nextTurn))) return undefined;
    return this.served(uri);
  }

  /** The cached checker of a document: the index's own, so nothing is parsed twice. */
  private checkerOf(document: OpenDocument): FileChecker {
    return this.workspace.checkerFor(document.uri);
  }

  /** A bug costs one answer, never the server: it is logged and `fallback` given instead. */
  private safely<T, F>(what: string, fallback: F, compute: () => T): T | F {
    try {
      return compute();
    } catch (error) {
      this.log.error(`kube-svc: ${what} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return fallback;
    }
  }
}
