/**
 * Issue 10, item 13: after `shutdown` the server went on answering and validating. LSP: requests after shutdown
 * get an InvalidRequest error, and `exit` ends the process.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { PREVIEW_REQUEST } from '../../server/src/protocol/preview-protocol';
import { LspSession } from './lsp-harness';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 1\n  - port: 2\n';

async function errorCodeOf(request: Promise<unknown>): Promise<number | string> {
  try {
    await request;
    return 'answered';
  } catch (error) {
    return (error as { code?: number }).code ?? String(error);
  }
}

test('after shutdown: every request gets InvalidRequest, nothing is validated or published, and exit ends the process', async () => {
  const session = new LspSession();
  try {
    await session.initialize();
    const uri = 'file:///work/web.yaml';
    await session.open(uri, SERVICE);
    await session.diagnostics(uri);
    assert.equal(await session.connection.sendRequest(ShutdownRequest.type), null);
    const publishedAtShutdown = session.publishLog.length;

    // Text still arrives (the client may not know yet): none of it is checked.
    const late = 'file:///work/late.yaml';
    await session.open(late, SERVICE);
    await session.change(uri, 2, [{ text: SERVICE.replace('port: 2', 'port: 3') }]);
    const position = { line: 6, character: 5 };
    const codes = await Promise.all([
      errorCodeOf(session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })),
      errorCodeOf(session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })),
      errorCodeOf(
        session.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: { start: position, end: position },
          context: { diagnostics: [] },
        }),
      ),
      errorCodeOf(session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })),
      errorCodeOf(session.connection.sendRequest(PREVIEW_REQUEST, { uri, position })),
      errorCodeOf(session.connection.sendRequest('kubeSvc/unknown', {})),
      errorCodeOf(session.connection.sendRequest(ShutdownRequest.type)),
    ]);
    assert.deepEqual(codes, codes.map(() => ErrorCodes.InvalidRequest));
    await session.connection.sendNotification(ExitNotification.type);
    assert.equal(await session.exited, 0, 'exit after shutdown: status 0');
    assert.deepEqual(session.publishLog.slice(publishedAtShutdown), [], 'nothing published after shutdown');
  } finally {
    session.dispose();
  }
});

test('before shutdown an unknown request is still MethodNotFound', async () => {
  const session = new LspSession();
  try {
    await session.initialize();
    assert.equal(await errorCodeOf(session.connection.sendRequest('kubeSvc/unknown', {})), ErrorCodes.MethodNotFound);
  } finally {
    await session.close();
  }
});
