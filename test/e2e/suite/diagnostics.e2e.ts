import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait-for';

const EXTENSION_ID = 'kube-svc.kube-svc';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function kubeSvcDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kube-svc');
}

describe('kube-svc in a real VS Code', () => {
  it('activates on a YAML file', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('two-ports.yaml'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'yaml');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    // activate() rejects when the extension's own activate() throws, which isActive alone does not show.
    await extension.activate();
    assert.ok(extension.isActive);
  });

  it('reports the unnamed port of a two-port Service at the port item', async () => {
    const uri = fixture('two-ports.yaml');
    const [diagnostic] = await waitFor('the port-name diagnostic', () => {
      const found = kubeSvcDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(diagnostic.message, 'spec.ports[1].name: Required value — a Service with more than one port must name every port');
    assert.equal(diagnostic.code, 'port-name-required');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
      [10, 6, 11, 22],
    );
  });

  it('leaves a docker-compose file alone', async () => {
    const uri = fixture('docker-compose.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // The two-port file in the same session proves the server answers; give this one the same chance to be checked.
    const probe = fixture('two-ports.yaml');
    await waitFor('the server to have checked files', () => (kubeSvcDiagnostics(probe).length > 0 ? true : undefined));
    assert.deepEqual(kubeSvcDiagnostics(uri), []);
  });

  it('clears the diagnostic when the port gets a name', async () => {
    const uri = fixture('two-ports.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the diagnostic before the edit', () => (kubeSvcDiagnostics(uri).length === 1 ? true : undefined));
    const applied = await editor.edit((edit) => edit.insert(new vscode.Position(10, 6), 'name: https\n      '));
    assert.ok(applied);
    await waitFor('the diagnostic to clear', () => (kubeSvcDiagnostics(uri).length === 0 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
