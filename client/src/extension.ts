import * as path from 'node:path';
import { config as useL10nBundle } from '@vscode/l10n';
import * as vscode from 'vscode';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CrashHandling } from './crash-handling';
import { configurationMiddleware, settingNames, watchSettingsFile } from './editor-settings';
import { registerPreview } from './preview/register-preview';

let client: LanguageClient | undefined;

/** Set once the extension is active: the palette then offers "Restart Server" and "Show Output". */
const ACTIVE_CONTEXT = 'kubeSvc.active';
/** The schemes of YAML documents checked, besides those of the workspace folders (a virtual workspace's own). */
const SCHEMES = ['file', 'untitled', 'vscode-remote'];

/** Starts the kube-svc language server over IPC for YAML files; the server pulls the `kubeSvc` settings. */
export async function activate(context: ExtensionContext): Promise<void> {
  // Texts of modules that cannot import 'vscode' (server-health.ts) use @vscode/l10n: give it VS Code's bundle.
  if (vscode.l10n.bundle) useL10nBundle({ contents: vscode.l10n.bundle });
  void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, true);
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // A crash restarts the server quietly and shows in the language status; only giving up shows a message, once.
  const crashes = new CrashHandling();
  context.subscriptions.push(crashes);
  const clientOptions: LanguageClientOptions = {
    outputChannel: crashes.outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: crashes.errorHandler,
    documentSelector: yamlDocuments(),
    synchronize: { configurationSection: 'kubeSvc' },
    middleware: { workspace: { configuration: configurationMiddleware(settingNames(context.extension.packageJSON)) } },
  };
  // The id makes vscode-languageclient read `kubeSvc.trace.server`.
  client = new LanguageClient('kubeSvc', 'kube-svc', serverOptions, clientOptions);
  crashes.attach(client);
  await client.start();
  context.subscriptions.push(registerPreview(context, client), watchSettingsFile(client));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function yamlDocuments(): { scheme: string; language: string }[] {
  const folderSchemes = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme);
  return [...new Set([...SCHEMES, ...folderSchemes])].map((scheme) => ({ scheme, language: 'yaml' }));
}
