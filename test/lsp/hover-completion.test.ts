import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-harness';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n    protocol: \n';

async function withSession<T>(locale: string | undefined, body: (s: LspSession) => Promise<T>): Promise<T> {
  const session = new LspSession();
  try {
    await session.initialize(undefined, undefined, locale);
    return await body(session);
  } finally {
    await session.close();
  }
}

async function hoverText(session: LspSession, uri: string, line: number, character: number): Promise<string> {
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  assert.ok(hover, 'a hover answer');
  return (hover.contents as MarkupContent).value;
}

test('hover on targetPort is English by default and Korean for a Korean display language', async () => {
  const english = await withSession('en-US', async (s) => {
    await s.open('file:///h.yaml', SERVICE);
    return hoverText(s, 'file:///h.yaml', 7, 6);
  });
  assert.match(english, /\*\*targetPort\*\*/);
  assert.doesNotMatch(english, /[\uAC00-\uD7A3]/);
  const korean = await withSession('ko', async (s) => {
    await s.open('file:///h.yaml', SERVICE);
    return hoverText(s, 'file:///h.yaml', 7, 6);
  });
  assert.match(korean, /[\uAC00-\uD7A3]/);
});

test('the kubeSvc.language setting overrides the display language', async () => {
  const text = await withSession('ko', async (s) => {
    s.kubeSvcSettings = { language: 'en' };
    await s.pushSettings({});
    await s.open('file:///h.yaml', SERVICE);
    await s.diagnostics('file:///h.yaml');
    return hoverText(s, 'file:///h.yaml', 7, 6);
  });
  assert.doesNotMatch(text, /[\uAC00-\uD7A3]/);
});

test('completion after protocol: offers TCP, UDP and SCTP', async () => {
  const items = await withSession(undefined, async (s) => {
    await s.open('file:///c.yaml', SERVICE);
    const result = await s.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: 'file:///c.yaml' },
      position: { line: 8, character: 14 },
    });
    return (Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? []) as CompletionItem[];
  });
  assert.deepEqual(items.map((i) => i.label).sort(), ['SCTP', 'TCP', 'UDP']);
});
