/**
 * Issue 10, item 9: a `codeAction` request without `only`, which an editor's light bulb sends on every cursor move,
 * recomputed fix-all from scratch (seconds on a 48k-line file). The light bulb now gets the quick fixes at the
 * cursor only; fix-all comes when it is asked for, once per document version, from the document's parsed text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, CodeActionTriggerKind } from 'vscode-languageserver-protocol/node';
import type { CodeAction, CodeActionContext, TextEdit } from 'vscode-languageserver-protocol/node';
import { fixAllText } from '../../server/src/core/features/code-actions';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { withSession } from './lsp-harness';
import { services } from './fixable-services';

function apply(document: TextDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(document, [...edits]);
}

test('the light bulb (no `only`, triggered automatically) gets the quick fixes at the cursor and no fix-all; asked, fix-all comes', async () => {
  await withSession(async (session) => {
    const uri = 'file:///bulb.yaml';
    const text = services(200);
    await session.open(uri, text);
    const diagnostics = await session.diagnostics(uri, (d) => d.length > 0, 20_000);
    const protocol = diagnostics.find((d) => d.code === 'port-protocol');
    assert.ok(protocol);
    const ask = (context: Omit<CodeActionContext, 'diagnostics'>) =>
      session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: protocol.range,
        context: { diagnostics: [protocol], ...context },
      }) as Promise<CodeAction[]>;

    const bulb = await ask({ triggerKind: CodeActionTriggerKind.Automatic });
    assert.ok(bulb.some((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'port-protocol'), 'the quick fix at the cursor');
    assert.ok(!bulb.some((a) => a.kind === 'source.fixAll.kube-svc'), 'no fix-all for the light bulb');

    const document = TextDocument.create(uri, 'yaml', 1, text);
    for (const context of [{ triggerKind: CodeActionTriggerKind.Invoked }, {}, { only: ['source.fixAll'], triggerKind: CodeActionTriggerKind.Automatic }]) {
      const fixAll = (await ask(context)).find((a) => a.kind === 'source.fixAll.kube-svc');
      assert.ok(fixAll, `fix-all when asked: ${JSON.stringify(context)}`);
      assert.equal(apply(document, fixAll.edit?.changes?.[uri] ?? []), fixAllText(text, DEFAULT_SETTINGS), 'the same fix-all as from scratch');
    }
  });
});
