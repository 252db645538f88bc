import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait-for';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hoverText(hovers ?? []);
}

describe('kube-svc teaches while editing', () => {
  it('explains targetPort on hover, in English and, with kubeSvc.language = ko, in Korean', async () => {
    const uri = fixture('hover.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const targetPort = new vscode.Position(10, 8);
    const en = await hoverAt(uri, targetPort);
    assert.match(en, /targetPort/);
    assert.match(en, /container port `8080`/);
    const config = vscode.workspace.getConfiguration('kubeSvc');
    await config.update('language', 'ko', vscode.ConfigurationTarget.Workspace);
    try {
      let korean = '';
      const deadline = Date.now() + 20_000;
      while (!/[\uAC00-\uD7A3]/.test(korean) && Date.now() < deadline) {
        korean = await hoverAt(uri, targetPort);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.match(korean, /[\uAC00-\uD7A3]/, `expected Korean, got: ${korean}`);
      assert.match(korean, /컨테이너 포트 `8080`/);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('offers a preferred quick fix on the unnamed port; applying it removes the diagnostic', async () => {
    const uri = fixture('quick-fix.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostic = await waitFor('the port-name diagnostic', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.code === 'port-name-required'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.edit, `a preferred quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    await waitFor('the diagnostic to clear', () =>
      vscode.languages.getDiagnostics(uri).some((d) => d.source === 'kube-svc') ? undefined : true,
    );
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(text, /- name: https\n {6}port: 443 # TLS/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
