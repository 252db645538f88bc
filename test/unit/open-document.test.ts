/** The service's open documents find offsets of positions exactly as LSP's text documents do. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocument } from '../../server/src/core/service/open-document';

test('OpenDocument.offsetAt gives TextDocument.offsetAt for every position, past the ends too', () => {
  const texts = ['', 'a', 'a\nb', 'ab\r\ncd\re\n', '\n\n', '\r\n', 'x\r', 'kind: Service\r\nspec:\n  ports: []\n'];
  for (const text of texts) {
    const own = new OpenDocument('file:///t.yaml', 1, text);
    const lsp = TextDocument.create('file:///t.yaml', 'yaml', 1, text);
    for (let line = -1; line <= 6; line++) {
      for (let character = -1; character <= 16; character++) {
        assert.equal(own.offsetAt({ line, character }), lsp.offsetAt({ line, character }), `${JSON.stringify(text)} ${line}:${character}`);
      }
    }
  }
});
