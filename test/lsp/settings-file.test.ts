/**
 * Issue 11, item 6: the editor reads `.kube-svc.json` at the workspace root too, below the editor's own settings
 * (VS Code's client sends only the settings the user set; other editors send what their configuration holds).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LogMessageNotification } from 'vscode-languageserver-protocol/node';
import type { ClientCapabilities, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';

const UNNAMED =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 80\n  - port: 443\n';
const PULL: ClientCapabilities = { workspace: { configuration: true } };

interface Workspace {
  readonly dir: string;
  readonly uri: string;
}

function workspace(configFile?: unknown): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-settings-file-'));
  if (configFile !== undefined) writeConfig(dir, configFile);
  return { dir, uri: pathToFileURL(path.join(dir, 'web.yaml')).toString() };
}

function writeConfig(dir: string, configFile: unknown): void {
  writeFileSync(path.join(dir, '.kube-svc.json'), typeof configFile === 'string' ? configFile : JSON.stringify(configFile));
}

async function start(
  ws: Workspace,
  editor: Record<string, unknown>,
  capabilities = PULL,
  initializationOptions?: unknown,
): Promise<{ session: LspSession; logs: string[] }> {
  const session = new LspSession();
  session.kubeSvcSettings = editor;
  const logs: string[] = [];
  session.connection.onNotification(LogMessageNotification.type, (params) => void logs.push(params.message));
  await session.initializeWorkspace(ws.dir, capabilities, initializationOptions);
  return { session, logs };
}

/**
 * Waits for a diagnostic `code` of `severity` (1 error … 4 hint): the document may be checked once with the defaults
 * before the settings are read, then again with them.
 */
async function published(session: LspSession, uri: string, code: string, severity: number): Promise<Diagnostic[]> {
  return session.diagnostics(uri, (d) => d.some((x) => x.code === code && x.severity === severity), 20_000);
}

test('a rule level of .kube-svc.json applies in the editor when the editor does not set the rule', async () => {
  const ws = workspace({ rules: { 'port-name-required': 'warning' } });
  const { session } = await start(ws, { rules: { 'service-selects-nothing': 'off' } });
  try {
    await session.open(ws.uri, UNNAMED);
    await published(session, ws.uri, 'port-name-required', 2);
  } finally {
    await session.close();
  }
});

test("the editor's own setting wins over .kube-svc.json", async () => {
  const ws = workspace({ rules: { 'port-name-required': 'warning' }, maxFileSize: 50 });
  const { session } = await start(ws, { rules: { 'port-name-required': 'hint' }, maxFileSize: 5000 });
  try {
    await session.open(ws.uri, UNNAMED);
    await published(session, ws.uri, 'port-name-required', 4);
  } finally {
    await session.close();
  }
});

test('enable and language are not taken from .kube-svc.json: they are the person\'s', async () => {
  const ws = workspace({ enable: false, language: 'ko', rules: { 'port-name-required': 'warning' } });
  const { session } = await start(ws, {});
  try {
    await session.open(ws.uri, UNNAMED);
    const diagnostics = await published(session, ws.uri, 'port-name-required', 2);
    assert.doesNotMatch(diagnostics.map((d) => d.message).join('\n'), /[\uAC00-\uD7A3]/);
  } finally {
    await session.close();
  }
});

test('in an untrusted workspace the restricted settings of .kube-svc.json do not apply; the others do', async () => {
  const ws = workspace({ maxFileSize: 50, rules: { 'port-name-required': 'warning' } });
  const trusted = await start(ws, {});
  try {
    await trusted.session.open(ws.uri, UNNAMED);
    await published(trusted.session, ws.uri, 'file-too-large', 3);
  } finally {
    await trusted.session.close();
  }
  const untrusted = await start(ws, { $workspaceTrusted: false });
  try {
    await untrusted.session.open(ws.uri, UNNAMED);
    const diagnostics = await published(untrusted.session, ws.uri, 'port-name-required', 2);
    assert.ok(!diagnostics.some((d) => d.code === 'file-too-large'), 'maxFileSize is restricted');
  } finally {
    await untrusted.session.close();
  }
});

test('an editor without workspace/configuration (Neovim, Helix) gets .kube-svc.json below its initialization options', async () => {
  const ws = workspace({ rules: { 'port-name-required': 'warning', 'service-selects-nothing': 'off' } });
  const { session } = await start(ws, {}, {}, { kubeSvc: { rules: { 'service-selects-nothing': 'info' } } });
  try {
    await session.open(ws.uri, UNNAMED);
    await published(session, ws.uri, 'port-name-required', 2);
  } finally {
    await session.close();
  }
});

test('a malformed .kube-svc.json is logged once with the command line\'s message; the settings it can use still apply', async () => {
  const ws = workspace({ rules: { 'port-name-required': 'warning' }, nodePortRange: '30000' });
  const { session, logs } = await start(ws, {});
  try {
    await session.open(ws.uri, UNNAMED);
    await published(session, ws.uri, 'port-name-required', 2);
    await session.pushSettings(null);
    await session.diagnostics(ws.uri, () => true, 2_000).catch(() => undefined);
    const told = logs.filter((l) => l.includes('.kube-svc.json: "nodePortRange" must look like "30000-32767"'));
    assert.equal(told.length, 1, logs.join('\n'));
  } finally {
    await session.close();
  }
});

test('.kube-svc.json is read again when the settings change (VS Code says so when the file changes)', async () => {
  const ws = workspace({ rules: { 'port-name-required': 'warning' } });
  const { session } = await start(ws, {});
  try {
    await session.open(ws.uri, UNNAMED);
    await published(session, ws.uri, 'port-name-required', 2);
    writeConfig(ws.dir, { rules: { 'port-name-required': 'info' } });
    await session.pushSettings(null);
    await published(session, ws.uri, 'port-name-required', 3);
  } finally {
    await session.close();
  }
});
