import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';

const UNNAMED = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n  - port: 443\n';

test('a document over kubeSvc.maxFileSize gets one information diagnostic at line 0 and no hover, completion or actions', async () => {
  const session = new LspSession();
  session.kubeSvcSettings = { maxFileSize: 1024 };
  try {
    await session.initialize();
    const uri = 'file:///big.yaml';
    const text = `${UNNAMED}# ${'x'.repeat(2000)}\n`;
    await session.open(uri, text);
    // The first check may run before the settings are pulled; the one after them has the note alone.
    const diagnostics = await session.diagnostics(uri, (d) => d.some((x) => x.code === 'file-too-large'));
    assert.equal(diagnostics.length, 1);
    const [note] = diagnostics;
    assert.equal(note.code, 'file-too-large');
    assert.equal(note.severity, 3);
    assert.equal(note.source, 'kube-svc');
    assert.deepEqual(note.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(
      note.message,
      `not checked: the file is 2.1 KiB (${Buffer.byteLength(text)} bytes), over the 1 KiB (kubeSvc.maxFileSize) limit — ` +
        'Raise `kubeSvc.maxFileSize` (`maxFileSize` in `.kube-svc.json` for the command line) to check it, or split it into smaller files.',
    );
    const position = { line: 10, character: 4 };
    assert.equal(await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), null);
    assert.equal(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }), null);
    assert.deepEqual(
      await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }),
      [],
    );

    // Raising the limit checks the file as usual.
    session.kubeSvcSettings = { maxFileSize: 1024 * 1024 };
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const checked = await session.diagnostics(uri, (d) => d.some((x) => x.code === 'port-name-required'));
    assert.deepEqual(checked.map((d) => d.code), ['port-name-required']);
  } finally {
    await session.close();
  }
});

test('a document that grows over the limit while edited switches to the note, and back when it shrinks', async () => {
  const session = new LspSession();
  session.kubeSvcSettings = { maxFileSize: 500 };
  try {
    await session.initialize();
    const uri = 'file:///grows.yaml';
    await session.open(uri, UNNAMED);
    await session.diagnostics(uri, (d) => d.length === 1 && d[0].code === 'port-name-required');
    await session.change(uri, 2, [{ text: `${UNNAMED}# ${'y'.repeat(600)}\n` }]);
    await session.diagnostics(uri, (d) => d.length === 1 && d[0].code === 'file-too-large');
    await session.change(uri, 3, [{ text: UNNAMED }]);
    await session.diagnostics(uri, (d) => d.length === 1 && d[0].code === 'port-name-required');
  } finally {
    await session.close();
  }
});

test('the workspace scan leaves out files over the limit: a Deployment there does not count', async () => {
  const service =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: http\n';
  const deployment = (app: string, padding: number) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n      - name: c\n        image: nginx\n        ports:\n        - name: web\n          containerPort: 8080\n# ${'z'.repeat(padding)}\n`;
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-large-'));
  writeFileSync(path.join(dir, 'service.yaml'), service);
  writeFileSync(path.join(dir, 'web.yaml'), deployment('web', 3000));
  writeFileSync(path.join(dir, 'other.yaml'), deployment('other', 0));
  const serviceUri = pathToFileURL(path.join(dir, 'service.yaml')).toString();

  /** The cross-resource finding on the Service once the scan is done: which Deployments were indexed. */
  async function workspaceFinding(maxFileSize: number): Promise<string[]> {
    const session = new LspSession();
    session.kubeSvcSettings = { maxFileSize };
    try {
      await session.initializeWorkspace(dir);
      await session.open(serviceUri, service);
      const diagnostics = await session.diagnostics(serviceUri, (d) => d.length > 0);
      return diagnostics.map((d) => String(d.code));
    } finally {
      await session.close();
    }
  }
  // web.yaml is over 2000 bytes: not indexed, so nothing runs app=web (other.yaml is, so workloads exist).
  assert.deepEqual(await workspaceFinding(2000), ['service-selects-nothing']);
  // Under the default limit it is indexed: the Service reaches it, and its port has no name `http`.
  assert.deepEqual(await workspaceFinding(5 * 1024 * 1024), ['target-port-name-not-found']);

  // Lowering the limit in a running server drops web.yaml from the index; raising it brings it back.
  const session = new LspSession();
  try {
    await session.initializeWorkspace(dir);
    await session.open(serviceUri, service);
    await session.diagnostics(serviceUri, (d) => d.some((x) => x.code === 'target-port-name-not-found'));
    session.kubeSvcSettings = { maxFileSize: 2000 };
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await session.diagnostics(serviceUri, (d) => d.length === 1 && d[0].code === 'service-selects-nothing');
    session.kubeSvcSettings = {};
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await session.diagnostics(serviceUri, (d) => d.length === 1 && d[0].code === 'target-port-name-not-found');
  } finally {
    await session.close();
  }
});
