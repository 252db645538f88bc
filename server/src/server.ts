import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsFor } from './core/docs';
import { FIX_ALL_KIND, fixAll, quickFixes } from './core/features/code-actions';
import { completionsAt } from './core/features/completion';
import { fileTooLargeFinding, textOver, utf8Bytes } from './core/features/file-too-large';
import { hoverAt } from './core/features/hover';
import { workspaceFindings } from './core/index/workspace-findings';
import { resolveLanguage } from './core/settings';
import { stillWanted } from './lsp/cancellation';
import { SettingsSource } from './lsp/settings-source';
import { toCodeAction } from './lsp/to-code-action';
import { toCompletionItem } from './lsp/to-completion-item';
import { toDiagnostic } from './lsp/to-diagnostic';
import { WorkspaceSync } from './lsp/workspace-sync';
import { excludeGlobsOf } from './workspace/workspace-files';
import { PREVIEW_CAPABILITIES, PreviewService } from './lsp/preview-service';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const preview = new PreviewService(connection, { index: () => sync.index, settings: () => settings.settings, language });
const pending = new Map<string, NodeJS.Immediate>();
let settings: SettingsSource;
let sync: WorkspaceSync;
let client = { pullsConfiguration: false, registersConfiguration: false, watchesFiles: false, folders: false };
let locale: string | undefined;
let folderUris: string[] = [];
/** Aborted at `shutdown`: the initial workspace scan stops early rather than keep the process busy. */
const shutdown = new AbortController();
let scanned = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const workspace = params.capabilities.workspace;
  client = {
    pullsConfiguration: workspace?.configuration === true,
    registersConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchesFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    folders: workspace?.workspaceFolders === true,
  };
  settings = new SettingsSource(connection, client.pullsConfiguration);
  settings.useInitial(params.initializationOptions);
  sync = new WorkspaceSync(settings.settings.defaultNamespace, revalidateOpenDocuments);
  sync.maxFileSize = settings.settings.maxFileSize;
  locale = params.locale;
  folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
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
  try {
    const folders = client.folders ? (await connection.workspace.getWorkspaceFolders())?.map((f) => f.uri) : undefined;
    const exclude = client.pullsConfiguration
      ? excludeGlobsOf((await connection.workspace.getConfiguration({ section: 'files.exclude' })) as unknown)
      : [];
    const started = Date.now();
    const read = await sync.scan(folders ?? folderUris, exclude, shutdown.signal);
    scanned = true;
    const stopped = shutdown.signal.aborted ? ' (stopped at shutdown)' : '';
    connection.console.info(`kube-svc: indexed ${read} YAML files in ${Date.now() - started} ms${stopped}`);
  } catch (error) {
    connection.console.error(`kube-svc: indexing the workspace failed: ${String(error)}`);
  }
}

connection.onShutdown(() => {
  shutdown.abort();
});

connection.onDidChangeConfiguration(async (change) => {
  await refreshSettings(change.settings);
});

connection.onDidChangeWatchedFiles(async (params) => {
  await sync.watched(params.changes);
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  try {
    await settings.refresh(pushed);
  } catch (error) {
    connection.console.error(`kube-svc: could not read settings: ${String(error)}`);
  }
  // Hover and completion read the Service's namespace from the index: it follows the setting at once.
  sync.index.setDefaultNamespace(settings.settings.defaultNamespace);
  if (sync.maxFileSize !== settings.settings.maxFileSize) {
    // Files that were over the old limit, or are over the new one, join or leave the index.
    sync.maxFileSize = settings.settings.maxFileSize;
    for (const document of documents.all()) sync.edited(document.uri, document.getText());
    if (scanned) void scanWorkspace();
  }
  revalidateOpenDocuments();
}

function revalidateOpenDocuments(): void {
  for (const document of documents.all()) schedule(document.uri);
  preview.changed();
}

// Fired on open too: the editor's text replaces the file's in the index.
documents.onDidChangeContent((event) => {
  sync.edited(event.document.uri, event.document.getText());
  schedule(event.document.uri);
});
documents.onDidClose((event) => {
  cancel(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  void sync.closed(event.document.uri);
});

/** Coalesces a burst of changes into one check, run after the pending messages are read. */
function schedule(uri: string): void {
  cancel(uri);
  pending.set(
    uri,
    setImmediate(() => {
      pending.delete(uri);
      validate(uri);
    }),
  );
}

function cancel(uri: string): void {
  const handle = pending.get(uri);
  if (handle) clearImmediate(handle);
  pending.delete(uri);
}

function language(): 'en' | 'ko' {
  return resolveLanguage(settings.settings.language, locale);
}

/** An open document to answer requests on: none when checking is off or the file is over `kubeSvc.maxFileSize`. */
function servedDocument(uri: string): TextDocument | undefined {
  const document = documents.get(uri);
  if (!document || !settings.settings.enable || textOver(document.getText(), settings.settings.maxFileSize)) return undefined;
  return document;
}

connection.onHover(async (params, token) => {
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
});

connection.onCompletion(async (params, token) => {
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
});

connection.onCodeAction(async (params, token) => {
  if (!servedDocument(params.textDocument.uri) || !(await stillWanted(token))) return [];
  const document = servedDocument(params.textDocument.uri);
  if (!document) return [];
  try {
    const text = document.getText();
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const models = [
      ...(wants(CodeActionKind.QuickFix)
        ? quickFixes(sync.checkerFor(document.uri).ruleProblems(text, settings.settings), params.range)
        : []),
      ...(wants(FIX_ALL_KIND) ? fixAll(text, settings.settings) : []),
    ];
    return models.map((model) => toCodeAction(document.uri, model, params.context.diagnostics));
  } catch (error) {
    connection.console.error(`kube-svc: code actions failed: ${error instanceof Error ? error.stack : String(error)}`);
    return null;
  }
});

function validate(uri: string): void {
  const document = documents.get(uri);
  if (!document) return;
  try {
    const text = document.getText();
    if (textOver(text, settings.settings.maxFileSize)) {
      // One note at the top, and nothing else: a file this large is data, and checking it would stall the editor.
      const note = fileTooLargeFinding(utf8Bytes(text), settings.settings, language());
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: note ? [toDiagnostic(note)] : [] });
      return;
    }
    const findings = [
      ...sync.checkerFor(uri).check(text, settings.settings, language()),
      ...workspaceFindings(sync.index, uri, settings.settings, language()),
    ];
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: findings.map(toDiagnostic) });
  } catch (error) {
    // A bug must cost one file its diagnostics, never the server.
    connection.console.error(`kube-svc: checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

preview.listen();
documents.listen(connection);
connection.listen();
