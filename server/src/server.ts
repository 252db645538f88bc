import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, FIX_ALL_KIND } from './core/language-service';
import type { LanguageService } from './core/language-service';
import { DiagnosticsPublisher } from './lsp/diagnostics-publisher';
import { Lifecycle } from './lsp/lifecycle';
import { PREVIEW_CAPABILITIES, PreviewService } from './lsp/preview-service';
import { ScanProgress } from './lsp/scan-progress';
import { serverHost } from './lsp/server-host';
import { SettingsSource } from './lsp/settings-source';
import { toCodeAction } from './lsp/to-code-action';
import { toCompletionItem } from './lsp/to-completion-item';
import { ValidationQueue } from './lsp/validation-queue';
import { excludeGlobsOf } from './workspace/workspace-files';

const connection = createConnection(ProposedFeatures.all);
const lifecycle = new Lifecycle();
const documents = new TextDocuments(TextDocument);
const preview = new PreviewService(lifecycle.guarded(connection), () => service);
const publisher = new DiagnosticsPublisher(
  () => service,
  (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
);
const queue = new ValidationQueue(publisher);
let service: LanguageService;
let settings: SettingsSource;
let client = { pullsConfiguration: false, registersConfiguration: false, watchesFiles: false, folders: false, progress: false };
let folderUris: string[] = [];

// After `shutdown`: no scan, no validation, no timer; requests are refused (see Lifecycle) until `exit`.
lifecycle.onShutDown(() => queue.stop());

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
  service = createLanguageService({
    host: serverHost({ warn: (message) => connection.console.warn(message), error: (message) => connection.console.error(message) }),
    settings: settings.settings,
    locale: params.locale,
  });
  service.onDidChangeIndex(indexChanged);
  lifecycle.onShutDown(() => service.dispose());
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
    const read = await service.scanWorkspace(folders ?? folderUris, exclude, {
      progress: (done, total) => progress.report(done, total),
    });
    progress.end();
    const stopped = lifecycle.isShutDown ? ' (stopped at shutdown)' : '';
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
  if (lifecycle.isShutDown) return;
  await service.filesChanged(params.changes.map((c) => ({ uri: c.uri, deleted: c.type === FileChangeType.Deleted })));
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  try {
    await settings.refresh(pushed);
  } catch (error) {
    connection.console.error(`kube-svc: could not read settings: ${String(error)}`);
  }
  if (lifecycle.isShutDown) return;
  if (service.configure(settings.settings).rescan) void scanWorkspace();
  // Every open document is checked again; those whose diagnostics stay the same are not published again.
  for (const uri of service.openUris()) queue.validate(uri);
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
  const { uri, version } = event.document;
  queue.validate(uri);
  service.setDocument(uri, event.document.getText(), version);
});
documents.onDidClose((event) => {
  queue.forget(event.document.uri);
  if (lifecycle.isShutDown) return;
  publisher.closed(event.document.uri);
  void service.closeDocument(event.document.uri);
});

connection.onHover(
  lifecycle.guard(async (params, token) => {
    const hover = await service.hover(params.textDocument.uri, params.position, token);
    return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
  }),
);

connection.onCompletion(
  lifecycle.guard(async (params, token) => {
    const items = await service.completion(params.textDocument.uri, params.position, token);
    return items?.map(toCompletionItem) ?? null;
  }),
);

connection.onCodeAction(
  lifecycle.guard(async (params, token) => {
    const uri = params.textDocument.uri;
    const actions = await service.codeActions(uri, params.range, params.context, token);
    return actions?.map((action) => toCodeAction(uri, action)) ?? null;
  }),
);

preview.listen();
documents.listen(connection);
connection.listen();
