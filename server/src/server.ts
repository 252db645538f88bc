import {
  createConnection,
  DidChangeConfigurationNotification,
  CodeActionKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsFor } from './core/docs';
import { FileChecker } from './core/features/check-file';
import { FIX_ALL_KIND, fixAll, quickFixes } from './core/features/code-actions';
import { completionsAt } from './core/features/completion';
import { hoverAt } from './core/features/hover';
import { resolveLanguage } from './core/settings';
import { SettingsSource } from './lsp/settings-source';
import { toCodeAction } from './lsp/to-code-action';
import { toCompletionItem } from './lsp/to-completion-item';
import { toDiagnostic } from './lsp/to-diagnostic';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const checkers = new Map<string, FileChecker>();
const pending = new Map<string, NodeJS.Immediate>();
let settings: SettingsSource;
let canRegisterConfiguration = false;
let locale: string | undefined;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const workspace = params.capabilities.workspace;
  settings = new SettingsSource(connection, workspace?.configuration === true);
  settings.useInitial(params.initializationOptions);
  locale = params.locale;
  canRegisterConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '-'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    },
    serverInfo: { name: 'kube-svc' },
  };
});

connection.onInitialized(async () => {
  if (canRegisterConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'kubeSvc' });
  }
  await refreshSettings();
});

connection.onDidChangeConfiguration(async (change) => {
  await refreshSettings(change.settings);
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  try {
    await settings.refresh(pushed);
  } catch (error) {
    connection.console.error(`kube-svc: could not read settings: ${String(error)}`);
  }
  for (const document of documents.all()) schedule(document.uri);
}

documents.onDidOpen((event) => schedule(event.document.uri));
documents.onDidChangeContent((event) => schedule(event.document.uri));
documents.onDidClose((event) => {
  checkers.delete(event.document.uri);
  cancel(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
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

function checkerFor(uri: string): FileChecker {
  let checker = checkers.get(uri);
  if (!checker) checkers.set(uri, (checker = new FileChecker()));
  return checker;
}

connection.onHover((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || !settings.settings.enable) return null;
  try {
    const located = checkerFor(document.uri).analyse(document.getText());
    const hover = hoverAt(located, params.position, docsFor(language()), language());
    return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
  } catch (error) {
    connection.console.error(`kube-svc: hover failed: ${error instanceof Error ? error.stack : String(error)}`);
    return null;
  }
});

connection.onCompletion((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || !settings.settings.enable) return null;
  try {
    const text = document.getText();
    const located = checkerFor(document.uri).analyse(text);
    return completionsAt(located, text, params.position, docsFor(language())).map(toCompletionItem);
  } catch (error) {
    connection.console.error(`kube-svc: completion failed: ${error instanceof Error ? error.stack : String(error)}`);
    return null;
  }
});

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || !settings.settings.enable) return null;
  try {
    const text = document.getText();
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const models = [
      ...(wants(CodeActionKind.QuickFix)
        ? quickFixes(checkerFor(document.uri).ruleProblems(text, settings.settings), params.range)
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
  const checker = checkerFor(uri);
  try {
    const findings = checker.check(document.getText(), settings.settings, language());
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: findings.map(toDiagnostic) });
  } catch (error) {
    // A bug must cost one file its diagnostics, never the server.
    checkers.delete(uri);
    connection.console.error(`kube-svc: checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

documents.listen(connection);
connection.listen();
