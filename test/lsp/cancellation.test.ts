import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, CodeActionRequest, CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { WorkspaceSync } from './disk-workspace-sync';
import { withSession } from './lsp-harness';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n  - port: 443\n    protocol: \n';

/** 2000 Services in one file: checking it keeps the server busy while requests and cancellations queue up. */
const BIG = Array.from({ length: 2000 }, (_, i) => SERVICE.replace('name: web', `name: web-${i}`)).join('---\n');

test('hover, completion and code actions answer null / [] when the client cancelled them, and normally otherwise', async () => {
  await withSession(async (session) => {
    const uri = 'file:///cancel.yaml';
    await session.open(uri, BIG);
    const diagnostics = await session.diagnostics(uri, (d) => d.length > 0, 20000);
    const hover = { textDocument: { uri }, position: { line: 7, character: 6 } };
    const completion = { textDocument: { uri }, position: { line: 9, character: 14 } };
    const actions = { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } };

    // An edit makes the server check the file again; the requests sent meanwhile are cancelled by the client, as an
    // editor does when the user keeps typing.
    await session.change(uri, 2, [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } }, text: 'web-x' }]);
    const sources = [new CancellationTokenSource(), new CancellationTokenSource(), new CancellationTokenSource()];
    const answers = Promise.all([
      session.connection.sendRequest(HoverRequest.type, hover, sources[0].token),
      session.connection.sendRequest(CompletionRequest.type, completion, sources[1].token),
      session.connection.sendRequest(CodeActionRequest.type, actions, sources[2].token),
    ]);
    for (const source of sources) source.cancel();
    assert.deepEqual(await answers, [null, null, []]);

    // The same requests, not cancelled, are answered.
    assert.ok(await session.connection.sendRequest(HoverRequest.type, hover));
    const items = await session.connection.sendRequest(CompletionRequest.type, completion);
    assert.ok(Array.isArray(items) && items.some((item) => item.label === 'TCP'));
    const fixes = await session.connection.sendRequest(CodeActionRequest.type, actions);
    assert.ok(Array.isArray(fixes) && fixes.length > 0);
  });
});

test('a burst of requests cancelled while the server is busy is dropped, and the server stays responsive', async () => {
  await withSession(async (session) => {
    const uri = 'file:///burst.yaml';
    await session.open(uri, BIG);
    const hover = { textDocument: { uri }, position: { line: 7, character: 6 } };
    const sources = Array.from({ length: 20 }, () => new CancellationTokenSource());
    const answers = sources.map((source) => session.connection.sendRequest(HoverRequest.type, hover, source.token));
    for (const source of sources) source.cancel();
    const results = await Promise.all(answers);
    assert.ok(results.filter((r) => r === null).length >= 19, `cancelled hovers are not computed: ${results.filter((r) => r !== null).length}`);
    assert.ok(await session.connection.sendRequest(HoverRequest.type, hover), 'a later hover is answered');
  });
});

test('the workspace scan stops early once its signal is aborted (the server aborts it at shutdown)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-scan-'));
  for (let i = 0; i < 300; i++) {
    const sub = path.join(dir, `d${i % 30}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `s${i}.yaml`), SERVICE.replace('name: web', `name: s${i}`));
  }
  const folder = pathToFileURL(dir).toString();

  const full = new WorkspaceSync('default', () => undefined);
  assert.equal(await full.scan([folder], []), 300);

  const before = new AbortController();
  before.abort();
  const none = new WorkspaceSync('default', () => undefined);
  assert.equal(await none.scan([folder], [], before.signal), 0);
  assert.equal(none.index.uris().length, 0);

  const during = new AbortController();
  const partial = new WorkspaceSync('default', () => undefined);
  const scanning = partial.scan([folder], [], during.signal);
  await new Promise((resolve) => setImmediate(resolve));
  during.abort();
  const read = await scanning;
  assert.ok(read < 300, `stopped after ${read} of 300 files`);
});
