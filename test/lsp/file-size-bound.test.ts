/**
 * Issue 10, item 11: `kubeSvc.maxFileSize` from a workspace's settings had no upper bound, so a 400 MB sparse file
 * was read (3 GB of memory) and `Invalid string length` aborted the whole index. The setting is capped at 64 MiB,
 * files are sized before they are read, and a file that cannot be indexed is skipped.
 */
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LogMessageNotification } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: http\n';
const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n        ports:\n        - name: web-http\n          containerPort: 8080\n';

test('a 400 MB sparse file under maxFileSize 1e12 is not read: the rest of the workspace is indexed and checked', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-sparse-'));
  writeFileSync(path.join(dir, 'service.yaml'), SERVICE);
  writeFileSync(path.join(dir, 'deployment.yaml'), DEPLOYMENT);
  const fd = openSync(path.join(dir, 'zeros.yaml'), 'w');
  ftruncateSync(fd, 400 * 1024 * 1024);
  closeSync(fd);
  const session = new LspSession();
  session.kubeSvcSettings = { maxFileSize: 1e12 };
  const logs: string[] = [];
  session.connection.onNotification(LogMessageNotification.type, (params) => {
    logs.push(params.message);
  });
  try {
    await session.initializeWorkspace(dir);
    const serviceUri = pathToFileURL(path.join(dir, 'service.yaml')).toString();
    await session.open(serviceUri, SERVICE);
    // The Deployment beside it was indexed (the Service itself is the editor's): its port is not named `http`.
    const diagnostics = await session.diagnostics(serviceUri, (d) => d.some((x) => x.code === 'target-port-name-not-found'), 60_000);
    assert.deepEqual(diagnostics.map((d) => d.code), ['target-port-name-not-found']);
    assert.ok(logs.some((l) => /^kube-svc: indexed [12] YAML files/.test(l)), logs.join('\n'));
    assert.ok(!logs.some((l) => /failed/.test(l)), logs.join('\n'));
  } finally {
    await session.close();
  }
});
