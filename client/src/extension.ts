import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CrashHandling } from './crash-handling';
import { registerPreview } from './preview/register-preview';

let client: LanguageClient | undefined;

/** Starts the kube-svc language server over IPC for YAML files; the server pulls the `kubeSvc` settings. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // A crash restarts the server quietly and shows in the status bar; only giving up shows a message, once.
  const crashes = new CrashHandling();
  context.subscriptions.push(crashes);
  const clientOptions: LanguageClientOptions = {
    outputChannel: crashes.outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: crashes.errorHandler,
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'vscode-remote', language: 'yaml' },
    ],
    synchronize: { configurationSection: 'kubeSvc' },
  };
  client = new LanguageClient('kubeSvc', 'kube-svc', serverOptions, clientOptions);
  crashes.attach(client);
  await client.start();
  context.subscriptions.push(registerPreview(context, client));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
