/**
 * Issue 10, item 7: opening N documents cost N(N+1)/2 validations, since every open re-validated every open
 * document, and one keystroke re-validated them all. Counted over the wire: publishes per document, up to a
 * barrier (a last document whose diagnostics come after everything the server was sent before it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspSession, withSession } from './lsp-harness';

const pair = (app: string, portName = 'http') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n      - name: c\n        image: nginx\n        ports:\n        - name: ${portName}\n          containerPort: 8080\n---\n` +
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    app: ${app}\n  ports:\n  - name: http\n    port: 80\n    targetPort: ${portName}\n`;

/** A Service in one file whose named targetPort is declared by a Deployment in another. */
const SHOP_SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\nspec:\n  selector:\n    app: shop\n  ports:\n  - port: 80\n    targetPort: http\n';
const shopDeployment = (portName: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop\nspec:\n  selector:\n    matchLabels:\n      app: shop\n  template:\n    metadata:\n      labels:\n        app: shop\n    spec:\n      containers:\n      - name: c\n        image: nginx\n        ports:\n        - name: ${portName}\n          containerPort: 8080\n`;

const OPEN = 30;

/** Opens (or edits) a document that is not Kubernetes and waits for its diagnostics: all work sent before is done. */
async function barrier(session: LspSession, version: number): Promise<void> {
  const uri = 'file:///work/zz-barrier.yaml';
  const text = `services:\n  web:\n    image: nginx:${version}\n`;
  if (version === 1) await session.open(uri, text);
  else await session.change(uri, version, [{ text }]);
  await session.diagnostics(uri, (_d, p) => p.version === version, 30_000);
}

function counts(session: LspSession, uris: readonly string[], since: number): number[] {
  return uris.map((uri) => session.publishLog.slice(since).filter((p) => p.uri === uri).length);
}

test(`opening ${OPEN} documents publishes each once; a keystroke publishes the edited one and those whose findings it changes`, async () => {
  await withSession(async (session) => {
    const uris = Array.from({ length: OPEN }, (_, i) => `file:///work/app-${i}.yaml`);
    const serviceUri = 'file:///work/shop-service.yaml';
    const deploymentUri = 'file:///work/shop-deployment.yaml';
    for (const [i, uri] of uris.entries()) await session.open(uri, pair(`app-${i}`));
    // The Deployment first: the Service's first check finds it, whenever the server gets to it.
    await session.open(deploymentUri, shopDeployment('http'));
    await session.open(serviceUri, SHOP_SERVICE);
    await barrier(session, 1);
    const all = [...uris, serviceUri, deploymentUri];
    assert.deepEqual(counts(session, all, 0), all.map(() => 1), 'one publish per opened document');
    const opened = session.publishLog.find((p) => p.uri === serviceUri);
    assert.deepEqual(opened?.diagnostics.map((d) => d.code), [], 'the Service reaches its Deployment in the other file');

    // A keystroke in one document that no other refers to: that document alone.
    let since = session.publishLog.length;
    await session.change(uris[5], 2, [{ range: { start: { line: 3, character: 11 }, end: { line: 3, character: 11 } }, text: 'x' }]);
    await barrier(session, 2);
    assert.deepEqual(counts(session, all, since), all.map((uri) => (uri === uris[5] ? 1 : 0)));

    // Renaming the Deployment's port: the Service in the other file loses its target, so it is published too.
    since = session.publishLog.length;
    await session.change(deploymentUri, 2, [{ text: shopDeployment('web') }]);
    await barrier(session, 3);
    assert.deepEqual(counts(session, all, since), all.map((uri) => (uri === deploymentUri || uri === serviceUri ? 1 : 0)));
    const service = session.publishLog.slice(since).find((p) => p.uri === serviceUri);
    assert.deepEqual(service?.diagnostics.map((d) => d.code), ['target-port-name-not-found']);
  });
});

test('settings pushed again unchanged publish nothing again; a change that matters publishes every document it changes', async () => {
  const session = new LspSession();
  try {
    await session.initialize({}, { kubeSvc: {} });
    const uris = Array.from({ length: 5 }, (_, i) => `file:///work/s-${i}.yaml`);
    for (const [i, uri] of uris.entries()) await session.open(uri, pair(`s-${i}`).replace('  - name: http\n    port: 80\n', '  - port: 80\n  - port: 81\n'));
    await barrier(session, 1);
    let since = session.publishLog.length;
    await session.pushSettings({ kubeSvc: {} });
    await barrier(session, 2);
    assert.deepEqual(counts(session, uris, since), uris.map(() => 0));
    since = session.publishLog.length;
    await session.pushSettings({ kubeSvc: { rules: { 'port-name-required': 'warning' } } });
    await barrier(session, 3);
    assert.deepEqual(counts(session, uris, since), uris.map(() => 1));
  } finally {
    await session.close();
  }
});
