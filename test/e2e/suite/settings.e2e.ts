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

  it('VS Code checks a .kube-svc.json with the schema: a malformed value and an editor-only setting are flagged', async () => {
    const configFile = vscode.Uri.joinPath(folder(), '.kube-svc.json');
    await vscode.workspace.fs.writeFile(configFile, Buffer.from('{\n  "nodePortRange": 30000,\n  "maxDiagnostics": 5\n}\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(configFile));
      const messages = await waitFor('the JSON language server to check the file', () => {
        const found = vscode.languages.getDiagnostics(configFile).map((d) => d.message);
        return found.length >= 2 ? found : undefined;
      });
      assert.ok(messages.some((m) => m.includes('must look like "30000-32767"')), messages.join(' | '));
      assert.ok(messages.some((m) => m.includes('maxDiagnostics')), messages.join(' | '));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(configFile);
    }
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
