/**
 * Issue 10, item 9, counted in process: the light bulb parses nothing, and fix-all is computed once per document
 * version from the document's parsed documents (only the documents it changes are parsed again).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionTriggerKind } from 'vscode-languageserver-protocol/node';
import { documentsParsedSoFar, FileChecker } from '../../server/src/core/documents/check-file';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { CodeActionProvider } from '../../server/src/core/service/code-action-provider';
import { services } from './fixable-services';

test('fix-all is computed once per document version, parsing only the documents it changes; quick fixes parse nothing', () => {
  const text = services(120);
  const document = TextDocument.create('file:///p.yaml', 'yaml', 1, text);
  const checker = new FileChecker();
  checker.check(text, DEFAULT_SETTINGS);
  const provider = new CodeActionProvider();
  const range = { start: { line: 10, character: 4 }, end: { line: 10, character: 4 } };
  const invoked = { diagnostics: [], triggerKind: CodeActionTriggerKind.Invoked };

  let parsed = documentsParsedSoFar();
  provider.actions(document, range, { diagnostics: [], triggerKind: CodeActionTriggerKind.Automatic }, DEFAULT_SETTINGS, checker);
  assert.equal(documentsParsedSoFar() - parsed, 0, 'the light bulb parses nothing');

  parsed = documentsParsedSoFar();
  const first = provider.actions(document, range, invoked, DEFAULT_SETTINGS, checker);
  // 30 of the 120 Services have a fix; their fixed texts are parsed once more to check them, the others never.
  assert.ok(documentsParsedSoFar() - parsed <= 30, `fix-all parsed ${documentsParsedSoFar() - parsed} documents`);
  assert.equal(provider.fixAllComputed, 1);

  parsed = documentsParsedSoFar();
  for (let i = 0; i < 5; i++) assert.deepEqual(provider.actions(document, range, invoked, DEFAULT_SETTINGS, checker), first);
  assert.equal(documentsParsedSoFar() - parsed, 0);
  assert.equal(provider.fixAllComputed, 1, 'the same version: the fix-all of the first request');

  const edited = TextDocument.update(document, [{ range: { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } }, text: 'x' }], 2);
  checker.check(edited.getText(), DEFAULT_SETTINGS);
  provider.actions(edited, range, invoked, DEFAULT_SETTINGS, checker);
  assert.equal(provider.fixAllComputed, 2, 'a new version: computed again');
  // The document's checker still holds the document's text, not one of fix-all's rounds.
  parsed = documentsParsedSoFar();
  checker.check(edited.getText(), DEFAULT_SETTINGS);
  assert.equal(documentsParsedSoFar() - parsed, 0);
});
