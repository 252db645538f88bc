import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, InitializeRequest, InitializedNotification } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: http\n';
const deployment = (label: string, portName: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: ${label}\n  template:\n    metadata:\n      labels:\n        app: ${label}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n        ports:\n        - name: ${portName}\n          containerPort: 8080\n`;

test('the workspace on disk is indexed: a Service is checked against the Deployments beside it, and watched changes apply', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-ws-'));
  writeFileSync(path.join(dir, 'deployment.yaml'), deployment('web', 'web-http'));
  const root = pathToFileURL(dir).toString();
  const serviceUri = pathToFileURL(path.join(dir, 'service.yaml')).toString();
  writeFileSync(path.join(dir, 'service.yaml'), SERVICE);
  const session = new LspSession();
  try {
    await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: root,
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    session.connection.onRequest('client/registerCapability', () => null);
    await session.connection.sendNotification(InitializedNotification.type, {});
    await session.open(serviceUri, SERVICE);
    const first = await session.diagnostics(serviceUri, (d) => d.some((x) => x.code === 'target-port-name-not-found'));
    const missing = first.find((d) => d.code === 'target-port-name-not-found');
    assert.ok(missing);
    assert.equal(missing.range.start.line, 9);
    assert.match(String(missing.message), /http/);

    writeFileSync(path.join(dir, 'deployment.yaml'), deployment('web', 'http'));
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(path.join(dir, 'deployment.yaml')).toString(), type: FileChangeType.Changed }],
    });
    const fixed = await session.diagnostics(serviceUri, (d) => !d.some((x) => x.code === 'target-port-name-not-found'));
    assert.deepEqual(fixed.map((d) => d.code), []);

    writeFileSync(path.join(dir, 'deployment.yaml'), deployment('api', 'http'));
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(path.join(dir, 'deployment.yaml')).toString(), type: FileChangeType.Changed }],
    });
    const none = await session.diagnostics(serviceUri, (d) => d.some((x) => x.code === 'service-selects-nothing'));
    assert.ok(none.some((d) => d.code === 'service-selects-nothing'));
  } finally {
    await session.close();
  }
});
