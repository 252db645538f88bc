import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspSession } from './lsp-harness';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 1\n  - port: 2\n';

test('a client without workspace/configuration gets diagnostics and its pushed settings apply', async () => {
  const session = new LspSession();
  try {
    await session.initialize({}, { kubeSvc: { rules: { 'port-name-required': 'hint' } } });
    await session.open('file:///x.yaml', SERVICE);
    const hinted = await session.diagnostics('file:///x.yaml');
    assert.deepEqual(hinted.map((d) => d.severity), [4, 4]);
    await session.pushSettings({ kubeSvc: { enable: false } });
    assert.deepEqual(await session.diagnostics('file:///x.yaml', (d) => d.length === 0), []);
  } finally {
    await session.close();
  }
});
