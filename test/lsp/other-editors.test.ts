import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodeActionRequest, ConfigurationRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import type { CodeAction, MarkupContent } from 'vscode-languageserver-protocol/node';
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

const NODE_PORT = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: np\nspec:\n  type: NodePort\n  selector:\n    app: np\n  ports:\n  - port: 80\n    nodePort: 20080\n';

/** The requests a server may send its client; one that declares no capabilities must get none of them. */
const SERVER_TO_CLIENT_REQUESTS = [
  'client/registerCapability',
  'client/unregisterCapability',
  'workspace/workspaceFolders',
  'workspace/applyEdit',
  'workspace/codeLens/refresh',
  'workspace/semanticTokens/refresh',
  'workspace/inlayHint/refresh',
  'workspace/inlineValue/refresh',
  'workspace/diagnostic/refresh',
  'window/workDoneProgress/create',
  'window/showMessageRequest',
  'window/showDocument',
];

/** A session whose client declares no capabilities at all, recording every request the server sends it. */
async function bareSession(): Promise<{ session: LspSession; asked: string[] }> {
  const session = new LspSession();
  const asked: string[] = [];
  session.connection.onRequest(ConfigurationRequest.type, () => {
    asked.push(ConfigurationRequest.method);
    return [];
  });
  for (const method of SERVER_TO_CLIENT_REQUESTS) {
    session.connection.onRequest(method, () => {
      asked.push(method);
      return null;
    });
  }
  await session.initialize({});
  return { session, asked };
}

async function hoverText(session: LspSession, uri: string, line: number, character: number): Promise<string> {
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  assert.ok(hover, 'a hover answer');
  return (hover.contents as MarkupContent).value;
}

test('a client that declares no capabilities at all gets diagnostics, hover and code actions, and is asked nothing', async () => {
  const { session, asked } = await bareSession();
  try {
    const uri = 'file:///bare.yaml';
    await session.open(uri, SERVICE);
    const diagnostics = await session.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [
        ['port-name-required', 1, 8],
        ['port-name-required', 1, 9],
      ],
    );
    assert.match(await hoverText(session, uri, 8, 4), /\*\*port\*\*/);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    const quickFix = actions.find((a) => a.kind === 'quickfix');
    assert.ok(quickFix?.edit?.changes?.[uri]?.length, 'a quick fix that carries its edit');
    assert.ok(actions.some((a) => a.kind === 'source.fixAll.kube-svc'));
    assert.deepEqual(asked, [], 'no workspace/configuration, client/registerCapability or workspace/workspaceFolders');
  } finally {
    await session.close();
  }
});

test('settings pushed with didChangeConfiguration apply to such a client: levels, language, node-port range, size limit', async () => {
  const { session, asked } = await bareSession();
  try {
    const uri = 'file:///pushed.yaml';
    const np = 'file:///np.yaml';
    await session.open(uri, SERVICE);
    await session.open(np, NODE_PORT);
    await session.diagnostics(uri, (d) => d.length === 2 && d.every((x) => x.severity === 1));
    assert.deepEqual((await session.diagnostics(np)).map((d) => d.code), ['node-port-range']);

    await session.pushSettings({ kubeSvc: { rules: { 'port-name-required': 'warning' }, nodePortRange: '20000-22767' } });
    await session.diagnostics(uri, (d) => d.length === 2 && d.every((x) => x.severity === 2));
    assert.deepEqual(await session.diagnostics(np, (d) => d.length === 0), []);

    await session.pushSettings({ kubeSvc: { language: 'ko' } });
    const korean = await session.diagnostics(uri, (d) => d.length === 2 && /[\uAC00-\uD7A3]/.test(String(d[0].message)));
    assert.equal(korean[0].severity, 1, 'a push replaces the settings: the rule is back to its default level');
    assert.match(await hoverText(session, uri, 8, 4), /[\uAC00-\uD7A3]/);

    await session.pushSettings({ kubeSvc: { maxFileSize: 64 } });
    const skipped = await session.diagnostics(uri, (d) => d.length === 1);
    assert.deepEqual(
      skipped.map((d) => [d.code, d.severity, d.range.start.line]),
      [['file-too-large', 3, 0]],
    );

    // A push without the kubeSvc section (another server's settings) changes nothing.
    await session.pushSettings({ yaml: { validate: true } });
    await session.pushSettings({ kubeSvc: {} });
    assert.equal((await session.diagnostics(uri, (d) => d.length === 2)).length, 2);
    assert.deepEqual(asked, []);
  } finally {
    await session.close();
  }
});
