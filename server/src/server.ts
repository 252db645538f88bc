import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsFor } from './core/docs';
import { FIX_ALL_KIND } from './core/features/code-actions';
import { completionsAt } from './core/features/completion';
import { textOver } from './core/features/file-too-large';
import { hoverAt } from './core/features/hover';
import { resolveLanguage } from './core/settings';
import { stillWanted } from './lsp/cancellation';
import { CodeActionProvider } from './lsp/code-action-provider';
import { DocumentDiagnostics } from './lsp/document-diagnostics';
import { Lifecycle } from './lsp/lifecycle';
import { ScanProgress } from './lsp/scan-progress';
import { SettingsSource } from './lsp/settings-source';
import { toCompletionItem } from './lsp/to-completion-item';
import { ValidationQueue } from './lsp/validation-queue';
import { WorkspaceSync } from './lsp/workspace-sync';
import { excludeGlobsOf } from './workspace/workspace-files';
import { PREVIEW_CAPABILITIES, PreviewService } from './lsp/preview-service';

const connection = createConnection(ProposedFeatures.all);
const lifecycle = new Lifecycle();
const documents = new TextDocuments(TextDocument);
const preview = new PreviewService(lifecycle.guarded(connection), {
  index: () => sync.index,
  settings: () => settings.settings,
  language,
});
const diagnostics = new DocumentDiagnostics({
  document: (uri) => documents.get(uri),
  settings: () => settings.settings,
  language,
  checker: (uri) => sync.checkerFor(uri),
  index: () => sync.index,
  send: (uri, version, list) => void connection.sendDiagnostics({ uri, version, diagnostics: list }),
  error: (message) => connection.console.error(message),
});
const queue = new ValidationQueue(diagnostics);
const codeActions = new CodeActionProvider();
let settings: SettingsSource;
let sync: WorkspaceSync;
let client = { pullsConfiguration: false, registersConfiguration: false, watchesFiles: false, folders: false, progress: false };
let locale: string | undefined;
let folderUris: string[] = [];
/** Aborted at `shutdown`: the initial workspace scan stops early rather than keep the process busy. */
const shutdown = new AbortController();
let scanned = false;

// After `shutdown`: no scan, no validation, no timer; requests are refused (see Lifecycle) until `exit`.
lifecycle.onShutDown(() => {
  shutdown.abort();
  queue.stop();
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const workspace = params.capabilities.workspace;
  client = {
    pullsConfiguration: workspace?.configuration === true,
    registersConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchesFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    folders: workspace?.workspaceFolders === true,
    progress: params.capabilities.window?.workDoneProgress === true,
  };
  settings = new SettingsSource(connection, client.pullsConfiguration);
  settings.useInitial(params.initializationOptions);
  sync = new WorkspaceSync(settings.settings.defaultNamespace, indexChanged, (message) => connection.console.warn(message));
  sync.maxFileSize = settings.settings.maxFileSize;
  locale = params.locale;
  folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  settings.useWorkspaceFolders(folderUris);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '-'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      ...PREVIEW_CAPABILITIES,
    },
    serverInfo: { name: 'kube-svc' },
  };
});

connection.onInitialized(async () => {
  if (client.registersConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'kubeSvc' });
  }
  if (client.watchesFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{yaml,yml}' }],
    });
  }
  await refreshSettings();
  await scanWorkspace();
});

/** Indexes the workspace folders' YAML files in the background; requests are answered meanwhile. */
async function scanWorkspace(): Promise<void> {
  if (lifecycle.isShutDown) return;
  try {
    const folders = client.folders ? (await connection.workspace.getWorkspaceFolders())?.map((f) => f.uri) : undefined;
    const exclude = client.pullsConfiguration
      ? excludeGlobsOf((await connection.workspace.getConfiguration({ section: 'files.exclude' })) as unknown)
      : [];
    const progress = await ScanProgress.start(connection, client.progress);
    const started = Date.now();
    const read = await sync.scan(folders ?? folderUris, exclude, shutdown.signal, (done, total) => progress.report(done, total));
    progress.end();
    scanned = true;
    const stopped = shutdown.signal.aborted ? ' (stopped at shutdown)' : '';
    connection.console.info(`kube-svc: indexed ${read} YAML files in ${Date.now() - started} ms${stopped}`);
  } catch (error) {
    connection.console.error(`kube-svc: indexing the workspace failed: ${String(error)}`);
  }
}

connection.onShutdown(() => lifecycle.shutDown());

// Requests no handler knows: refused as unknown, or as too late once the server is shut down.
connection.onRequest(
  lifecycle.guard((method: string) => {
    throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  }),
);

connection.onDidChangeConfiguration(async (change) => {
  if (!lifecycle.isShutDown) await refreshSettings(change.settings);
});

connection.onDidChangeWatchedFiles(async (params) => {
  if (!lifecycle.isShutDown) await sync.watched(params.changes);
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  try {
    await settings.refresh(pushed);
  } catch (error) {
    connection.console.error(`kube-svc: could not read settings: ${String(error)}`);
  }
  if (lifecycle.isShutDown) return;
  // Hover and completion read the Service's namespace from the index: it follows the setting at once.
  sync.index.setDefaultNamespace(settings.settings.defaultNamespace);
  if (sync.maxFileSize !== settings.settings.maxFileSize) {
    // Files that were over the old limit, or are over the new one, join or leave the index.
    sync.maxFileSize = settings.settings.maxFileSize;
    for (const document of documents.all()) sync.edited(document.uri, document.getText());
    if (scanned) void scanWorkspace();
  }
  // Every open document is checked again; those whose diagnostics stay the same are not published again.
  for (const document of documents.all()) queue.validate(document.uri);
  preview.changed();
}

/** The index changed: the open documents whose cross-resource findings changed are published again. */
function indexChanged(): void {
  queue.indexChanged();
  preview.changed();
}

// Fired on open too: the editor's text replaces the file's in the index.
documents.onDidChangeContent((event) => {
  if (lifecycle.isShutDown) return;
  queue.validate(event.document.uri);
  sync.edited(event.document.uri, event.document.getText());
});
documents.onDidClose((event) => {
  queue.forget(event.document.uri);
  codeActions.forget(event.document.uri);
  if (lifecycle.isShutDown) return;
  diagnostics.closed(event.document.uri);
  void sync.closed(event.document.uri);
});

function language(): 'en' | 'ko' {
  return resolveLanguage(settings.settings.language, locale);
}

/** An open document to answer requests on: none when checking is off or the file is over `kubeSvc.maxFileSize`. */
function servedDocument(uri: string): TextDocument | undefined {
  const document = documents.get(uri);
  if (!document || !settings.settings.enable || textOver(document.getText(), settings.settings.maxFileSize)) return undefined;
  return document;
}

connection.onHover(
  lifecycle.guard(async (params, token) => {
    if (!servedDocument(params.textDocument.uri) || !(await stillWanted(token))) return null;
    const document = servedDocument(params.textDocument.uri);
    if (!document) return null;
    try {
      const located = sync.checkerFor(document.uri).analyse(document.getText());
      const hover = hoverAt(located, params.position, docsFor(language()), language(), sync.index);
      return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
    } catch (error) {
      connection.console.error(`kube-svc: hover failed: ${error instanceof Error ? error.stack : String(error)}`);
      return null;
    }
  }),
);

connection.onCompletion(
  lifecycle.guard(async (params, token) => {
    if (!servedDocument(params.textDocument.uri) || !(await stillWanted(token))) return null;
    const document = servedDocument(params.textDocument.uri);
    if (!document) return null;
    try {
      const text = document.getText();
      const located = sync.checkerFor(document.uri).analyse(text);
      return completionsAt(located, text, params.position, docsFor(language()), sync.index).map(toCompletionItem);
    } catch (error) {
      connection.console.error(`kube-svc: completion failed: ${error instanceof Error ? error.stack : String(error)}`);
      return null;
    }
  }),
);

connection.onCodeAction(
  lifecycle.guard(async (params, token) => {
    if (!servedDocument(params.textDocument.uri) || !(await stillWanted(token))) return [];
    const document = servedDocument(params.textDocument.uri);
    if (!document) return [];
    try {
      return codeActions.actions(document, params.range, params.context, settings.settings, sync.checkerFor(document.uri));
    } catch (error) {
      connection.console.error(`kube-svc: code actions failed: ${error instanceof Error ? error.stack : String(error)}`);
      return null;
    }
  }),
);

preview.listen();
documents.listen(connection);
connection.listen();
