import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewModel } from '../../../server/src/protocol/preview-protocol';

const THREE_NODES = [
  { name: 'master', address: '192.168.1.10' },
  { name: 'worker-1', address: '192.168.1.11' },
  { name: 'worker-2', address: '192.168.1.12' },
];

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function nodeUrls(model: PreviewModel | undefined): string[] {
  const group = model?.services[0]?.addresses.find((g) => g.kind === 'node-port');
  return group?.addresses.filter((a) => a.copyable).map((a) => a.text) ?? [];
}

/** Runs the command until the model it rendered satisfies `accept` (settings and the workspace scan take a moment). */
async function previewUntil(
  what: string,
  accept: (model: PreviewModel | undefined) => boolean,
  timeoutMs = 30_000,
): Promise<PreviewModel> {
  const deadline = Date.now() + timeoutMs;
  let model: PreviewModel | undefined;
  for (;;) {
    model = await vscode.commands.executeCommand<PreviewModel | undefined>('kubeSvc.preview');
    if (model && accept(model)) return model;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last model: ${JSON.stringify(model)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('kubeSvc.preview'));
}

describe('kube-svc previews what a Service reaches', () => {
  it('kubeSvc.preview on a NodePort Service opens the panel with one URL per configured node and the Deployment', async () => {
    const config = vscode.workspace.getConfiguration('kubeSvc');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('node-port-service.yaml')));
    editor.selection = new vscode.Selection(4, 8, 4, 8); // on metadata.name
    try {
      await config.update('nodes', [], vscode.ConfigurationTarget.Workspace);
      const unknownNodes = await previewUntil('the hint to list the nodes', (m) =>
        Boolean(m?.services[0]?.addresses.find((g) => g.kind === 'node-port')?.hint?.includes('kubeSvc.nodes')),
      );
      assert.deepEqual(nodeUrls(unknownNodes), []);

      await config.update('nodes', THREE_NODES, vscode.ConfigurationTarget.Workspace);
      const model = await previewUntil(
        'three node URLs and the Deployment',
        (m) => nodeUrls(m).length === 3 && m?.services[0]?.workloads.length === 1,
      );
      assert.equal(model.scope, 'service');
      const [service] = model.services;
      assert.equal(service.name, 'my-service');
      assert.equal(service.type, 'NodePort');
      assert.deepEqual(nodeUrls(model), ['http://192.168.1.10:30007', 'http://192.168.1.11:30007', 'http://192.168.1.12:30007']);
      assert.deepEqual(
        service.workloads.map((w) => [w.kind, w.name, w.replicas]),
        [['Deployment', 'my-app', 3]],
      );
      assert.equal(service.workloads[0].uri, fixture('node-port-deployment.yaml').toString());
      assert.equal(service.ports[0].chain, '80 → 80 → web/80 (TCP)');
      assert.equal(service.ports[0].status, 'resolved');

      // One panel, reused: a second run does not open another.
      assert.equal(previewTabs().length, 1, 'the preview panel is open');
      await vscode.commands.executeCommand('kubeSvc.preview');
      assert.equal(previewTabs().length, 1, 'the same panel is reused');
    } finally {
      await config.update('nodes', THREE_NODES, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the code lens above the Service runs the preview', async () => {
    const uri = fixture('node-port-service.yaml');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const lens = lenses.find((l) => l.command?.command === 'kubeSvc.preview');
    assert.ok(lens?.command, `a preview lens among ${lenses.map((l) => l.command?.title).join(', ')}`);
    assert.equal(lens.command.title, 'Preview endpoints');
    assert.equal(lens.range.start.line, 1);
    const model = await vscode.commands.executeCommand<PreviewModel | undefined>(
      lens.command.command,
      ...(lens.command.arguments ?? []),
    );
    assert.equal(model?.services[0]?.name, 'my-service');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
