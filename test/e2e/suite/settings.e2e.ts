import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait-for';

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  assert.ok(first, 'the test workspace folder is open');
  return first.uri;
}

function portNameSeverity(uri: vscode.Uri): vscode.DiagnosticSeverity | undefined {
  return vscode.languages.getDiagnostics(uri).find((d) => d.code === 'port-name-required')?.severity;
}

async function untilSeverity(uri: vscode.Uri, severity: vscode.DiagnosticSeverity, what: string): Promise<void> {
  await waitFor(what, () => (portNameSeverity(uri) === severity ? true : undefined));
}

describe('kube-svc settings in a real VS Code', () => {
  it('reads .kube-svc.json at the workspace root, below the settings the user set, and follows its changes', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'two-ports.yaml');
    const configFile = vscode.Uri.joinPath(folder(), '.kube-svc.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await untilSeverity(uri, vscode.DiagnosticSeverity.Error, 'the default level');
    const config = vscode.workspace.getConfiguration('kubeSvc');
    const rules = config.inspect<Record<string, string>>('rules')?.workspaceValue;
    try {
      // The workspace's kubeSvc.rules (service-selects-nothing: off) does not name this rule: the file's level applies.
      await vscode.workspace.fs.writeFile(configFile, Buffer.from('{ "rules": { "port-name-required": "warning" } }'));
      await untilSeverity(uri, vscode.DiagnosticSeverity.Warning, 'the level of .kube-svc.json');
      await config.update('rules', { ...rules, 'port-name-required': 'hint' }, vscode.ConfigurationTarget.Workspace);
      await untilSeverity(uri, vscode.DiagnosticSeverity.Hint, "the editor's level, over the file's");
      await config.update('rules', rules, vscode.ConfigurationTarget.Workspace);
      await untilSeverity(uri, vscode.DiagnosticSeverity.Warning, "the file's level again");
    } finally {
      await config.update('rules', rules, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(configFile);
    }
    await untilSeverity(uri, vscode.DiagnosticSeverity.Error, 'the default level once the file is gone');
  });

  it('"kube-svc: Restart Server" restarts the server, which checks the open files again', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'two-ports.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await untilSeverity(uri, vscode.DiagnosticSeverity.Error, 'the diagnostic before the restart');
    await vscode.commands.executeCommand('kubeSvc.restartServer');
    await untilSeverity(uri, vscode.DiagnosticSeverity.Error, 'the diagnostic after the restart');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['kubeSvc.preview', 'kubeSvc.restartServer', 'kubeSvc.showOutput']) assert.ok(commands.includes(id), id);
  });
});
