import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';
import { MARKDOWN_TAGS, renderMarkdown } from '../unit/rendered-markdown';
import { webService } from '../unit/test-workspace';

/** The Service sets no namespace: it is in `kubeSvc.defaultNamespace`, where the Deployment is. */
const SERVICE = webService('  - port: 80\n    targetPort: http\n');
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - name: http
          containerPort: 8080
      initContainers:
      - name: proxy
        image: envoy
        restartPolicy: Always
        ports:
        - name: admin
          containerPort: 15000
`;

async function hoverText(session: LspSession, uri: string, line: number, character: number): Promise<string> {
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  return hover ? (hover.contents as MarkupContent).value : '';
}

/** Asks again until `accept` holds: the workspace is scanned in the background after `initialized`. */
async function eventually(ask: () => Promise<string>, accept: (text: string) => boolean, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await ask();
    if (accept(text) || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('hover on targetPort names the container port of a Deployment in another file of the workspace', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-hover-'));
  writeFileSync(path.join(dir, 'deployment.yaml'), DEPLOYMENT);
  writeFileSync(path.join(dir, 'service.yaml'), SERVICE);
  const serviceUri = pathToFileURL(path.join(dir, 'service.yaml')).toString();
  const session = new LspSession();
  session.kubeSvcSettings = { defaultNamespace: 'shop' };
  try {
    await session.initializeWorkspace(dir);
    await session.open(serviceUri, SERVICE);

    const expected = '→ Deployment web, container `web`, port `http` = 8080/TCP';
    const hover = await eventually(() => hoverText(session, serviceUri, 9, 6), (t) => t.includes(expected));
    assert.match(hover, /\*\*targetPort\*\*/);
    assert.match(hover, /\*\*In the workspace\*\*\n\n- → Deployment web, container `web`, port `http` = 8080\/TCP/);

    const completion = await session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: serviceUri },
      position: { line: 9, character: 16 },
    });
    const items = (Array.isArray(completion) ? completion : (completion as CompletionList | null)?.items ?? []) as CompletionItem[];
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['http', '8080/TCP · Deployment web / container web'],
        ['admin', '15000/TCP · Deployment web / sidecar proxy'],
      ],
    );

    // The Service follows the setting: in `default` nothing is selected.
    session.kubeSvcSettings = { defaultNamespace: 'default' };
    await session.pushSettings({});
    const moved = await eventually(
      () => hoverText(session, serviceUri, 9, 6),
      (t) => t.includes('No workload in namespace `default`'),
    );
    assert.match(moved, /No workload in namespace `default` of the workspace matches the selector `app=web`/);
  } finally {
    await session.close();
  }
});

test('through the server, a Deployment named like an image and a link is text in the port hover, not an image or link', async () => {
  const name = '![img](http://evil.example/x.png) [Click to fix](http://evil.example/fix)';
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-hover-'));
  writeFileSync(path.join(dir, 'deployment.yaml'), DEPLOYMENT.replace('  name: web\n', `  name: ${JSON.stringify(name)}\n`));
  writeFileSync(path.join(dir, 'service.yaml'), SERVICE);
  const serviceUri = pathToFileURL(path.join(dir, 'service.yaml')).toString();
  const session = new LspSession();
  session.kubeSvcSettings = { defaultNamespace: 'shop' };
  try {
    await session.initializeWorkspace(dir);
    await session.open(serviceUri, SERVICE);
    const hover = await eventually(() => hoverText(session, serviceUri, 8, 4), (t) => t.includes('In the workspace'));
    const rendered = renderMarkdown(hover);
    assert.ok(rendered.text.includes(`Deployment ${name}`), rendered.text);
    for (const tag of rendered.tags) assert.ok(MARKDOWN_TAGS.has(tag), `<${tag}> in ${hover}`);
    assert.doesNotMatch(hover, /\]\(http:\/\//, 'no unescaped link or image syntax');
  } finally {
    await session.close();
  }
});
