import * as vscode from 'vscode';
import { DidChangeConfigurationNotification } from 'vscode-languageclient/node';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { WORKSPACE_TRUSTED_KEY } from '../../server/src/protocol/settings-protocol';

const SECTION = 'kubeSvc';
const CONFIG_FILE_NAME = '.kube-svc.json';

type ConfigurationMiddleware = NonNullable<Middleware['workspace']>['configuration'];

/** The extension's setting names without the `kubeSvc.` prefix, as its manifest contributes them. */
export function settingNames(packageJSON: unknown): string[] {
  const properties = (packageJSON as { contributes?: { configuration?: { properties?: object } } }).contributes?.configuration?.properties;
  return Object.keys(properties ?? {})
    .filter((key) => key.startsWith(`${SECTION}.`))
    .map((key) => key.slice(SECTION.length + 1));
}

/**
 * The `kubeSvc` settings the user set, in user, workspace or folder settings (for any language); VS Code's defaults
 * are left out, so that the server puts `.kube-svc.json` below exactly these. Outside a trusted workspace the answer
 * says so: the server then ignores the file's restricted settings, as VS Code ignores the workspace's.
 */
export function explicitSettings(names: readonly string[], scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const settings: Record<string, unknown> = {};
  for (const name of names) {
    const values = config.inspect(name);
    const set = [
      values?.globalValue,
      values?.workspaceValue,
      values?.workspaceFolderValue,
      values?.globalLanguageValue,
      values?.workspaceLanguageValue,
      values?.workspaceFolderLanguageValue,
    ].some((value) => value !== undefined);
    if (set) settings[name] = config.get(name);
  }
  if (!vscode.workspace.isTrusted) settings[WORKSPACE_TRUSTED_KEY] = false;
  return settings;
}

/** Answers the server's `workspace/configuration` for the `kubeSvc` section with {@link explicitSettings}. */
export function configurationMiddleware(names: readonly string[]): ConfigurationMiddleware {
  return async (params, token, next) => {
    const answers = await next(params, token);
    if (!Array.isArray(answers)) return answers;
    return params.items.map((item, i) =>
      item.section === SECTION ? explicitSettings(names, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answers[i],
    );
  };
}

/**
 * Tells the server to read its settings again when the first workspace folder's `.kube-svc.json` changes, or when
 * the workspace becomes trusted (its restricted settings then apply).
 */
export function watchSettingsFile(client: LanguageClient): vscode.Disposable {
  const reread = () => void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  const disposables: vscode.Disposable[] = [vscode.workspace.onDidGrantWorkspaceTrust(reread)];
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
    disposables.push(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete(reread));
  }
  return vscode.Disposable.from(...disposables);
}
