import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodeLensRequest } from 'vscode-languageserver-protocol/node';
import { PREVIEW_CHANGED_NOTIFICATION, PREVIEW_REQUEST } from '../../server/src/protocol/preview-protocol';
import type { PreviewModel, PreviewParams } from '../../server/src/protocol/preview-protocol';
import { LspSession } from './lsp-harness';
import { myAppDeployment, myService } from '../unit/test-workspace';

const SERVICE_URI = 'file:///preview-ws/service.yaml';
const DEPLOYMENT_URI = 'file:///preview-ws/deployment.yaml';
const SERVICE = `${myService('http')}---
apiVersion: v1
kind: Service
metadata:
  name: other
spec:
  ports:
    - port: 9090
`;
const deployment = (portName: string): string => myAppDeployment(portName);

function preview(session: LspSession, params: PreviewParams): Promise<PreviewModel> {
  return session.connection.sendRequest(PREVIEW_REQUEST, params) as Promise<PreviewModel>;
}

test('kubeSvc/preview over stdio: the model of the Service at the position, with the nodes of the settings', async () => {
  const session = new LspSession();
  session.kubeSvcSettings = {
    nodes: [
      { name: 'master', address: '192.168.1.10' },
      { name: 'worker-1', address: '192.168.1.11' },
      { name: 'worker-2', address: '192.168.1.12' },
      { name: 'broken' },
    ],
  };
  try {
    await session.initialize();
    await session.open(DEPLOYMENT_URI, deployment('http'));
    await session.open(SERVICE_URI, SERVICE);
    await session.diagnostics(SERVICE_URI);

    const model = await preview(session, { uri: SERVICE_URI, position: { line: 3, character: 8 } });
    assert.equal(model.scope, 'service');
    assert.equal(model.services.length, 1);
    const [service] = model.services;
    assert.equal(service.name, 'my-service');
    assert.deepEqual(
      service.addresses.find((g) => g.kind === 'node-port')?.addresses.map((a) => a.text),
      ['http://192.168.1.10:30007', 'http://192.168.1.11:30007', 'http://192.168.1.12:30007'],
    );
    assert.deepEqual(
      service.workloads.map((w) => [w.kind, w.name, w.uri, w.replicas]),
      [['Deployment', 'my-app', DEPLOYMENT_URI, 3]],
    );
    assert.equal(service.ports[0].chain, '80 → http → web/80 (TCP)');

    const whole = await preview(session, { uri: SERVICE_URI });
    assert.equal(whole.scope, 'file');
    assert.deepEqual(whole.services.map((s) => s.name), ['my-service', 'other']);

    // A code lens above each Service runs the client's preview command with the document and the Service's position.
    const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: SERVICE_URI } });
    assert.deepEqual(
      lenses?.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]),
      [
        [0, 'Preview endpoints', 'kubeSvc.preview', [SERVICE_URI, { line: 0, character: 0 }]],
        [13, 'Preview endpoints', 'kubeSvc.preview', [SERVICE_URI, { line: 13, character: 0 }]],
      ],
    );

    // Renaming the container port: the server says the preview changed, and the model says why the port breaks.
    const changed = new Promise<unknown[]>((resolve) =>
      session.connection.onNotification(PREVIEW_CHANGED_NOTIFICATION, (...params: unknown[]) => resolve(params)),
    );
    await session.change(DEPLOYMENT_URI, 2, [{ text: deployment('web') }]);
    // Params by name, as the client's NotificationType<PreviewChangedParams> reads them: `[null]` (by position) made
    // the client's vscode-jsonrpc log "[error] Notification kubeSvc/previewChanged defines 0 params…" every time.
    assert.deepEqual(await changed, [{}]);
    const after = await preview(session, { uri: SERVICE_URI, position: { line: 3, character: 8 } });
    assert.equal(after.services[0].ports[0].status, 'name-not-found');
    assert.ok(after.services[0].warnings.some((w) => w.code === 'target-port-name-not-found'));

    const unknown = await preview(session, { uri: 'file:///preview-ws/nothing.yaml' });
    assert.deepEqual(unknown.services, []);
    assert.ok(unknown.empty);
  } finally {
    await session.close();
  }
});
