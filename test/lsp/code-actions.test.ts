import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodeActionRequest } from 'vscode-languageserver-protocol/node';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';

const TEXT = '# shop\napiVersion: v1\nkind: Service\nmetadata:\n  name: shop\nspec:\n  selector: {app: shop}\n  ports:\n  - name: http\n    port: 80\n  - port: 443 # tls\n    protocol: tcp\n';

/** Applies LSP text edits (non-overlapping) to a text. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

test('the unnamed-port diagnostic gets a preferred quick fix that carries its edit; applying it clears it', async () => {
  const session = new LspSession();
  try {
    await session.initialize();
    const uri = 'file:///fix.yaml';
    await session.open(uri, TEXT);
    const diagnostics = await session.diagnostics(uri);
    const unnamed = diagnostics.find((d) => d.code === 'port-name-required');
    assert.ok(unnamed);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unnamed.range,
      context: { diagnostics: [unnamed], only: ['quickfix'] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred && a.diagnostics?.[0]?.code === 'port-name-required');
    assert.ok(preferred, JSON.stringify(actions.map((a) => a.title)));
    const fixed = apply(TEXT, preferred.edit!.changes![uri]);
    assert.match(fixed, /  - name: https\n    port: 443 # tls\n/);
    await session.change(uri, 2, [{ text: fixed }]);
    const after = await session.diagnostics(uri, (_d, p) => p.version === 2);
    assert.deepEqual(after.map((d) => d.code), ['port-protocol']);
  } finally {
    await session.close();
  }
});

test('source.fixAll.kube-svc fixes every safe problem and keeps the comments', async () => {
  const session = new LspSession();
  try {
    await session.initialize();
    const uri = 'file:///all.yaml';
    await session.open(uri, TEXT);
    await session.diagnostics(uri);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.kube-svc');
    const fixed = apply(TEXT, actions[0].edit!.changes![uri]);
    assert.equal(
      fixed,
      '# shop\napiVersion: v1\nkind: Service\nmetadata:\n  name: shop\nspec:\n  selector: {app: shop}\n  ports:\n  - name: http\n    port: 80\n  - name: https\n    port: 443 # tls\n    protocol: TCP\n',
    );
  } finally {
    await session.close();
  }
});
