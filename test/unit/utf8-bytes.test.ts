/** The core counts UTF-8 bytes without Node's Buffer: the same count as Buffer.byteLength, lone surrogates too. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textOver, utf8Bytes } from '../../server/src/core/documents/file-too-large';

const PIECES = ['a', '\n', 'é', 'ß', '한', '€', '😀', '\u{10FFFF}', '\uD800', '\uDFFF', '\uDBFF\uDC00', '\u0000', '\u07FF', '\u0800', '\uFFFF'];

test('utf8Bytes counts as Buffer.byteLength does, for every kind of code unit and sequence', () => {
  for (const piece of PIECES) assert.equal(utf8Bytes(piece), Buffer.byteLength(piece, 'utf8'), JSON.stringify(piece));
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < 500; n++) {
    let text = '';
    for (let i = next() % 40; i > 0; i--) text += PIECES[next() % PIECES.length];
    // A string cut in the middle of a surrogate pair, at either end.
    const cut = text.slice(next() % 2, text.length - (next() % 2));
    assert.equal(utf8Bytes(cut), Buffer.byteLength(cut, 'utf8'), JSON.stringify(cut));
  }
});

test('textOver says whether a text is over a limit of UTF-8 bytes', () => {
  assert.equal(textOver('한'.repeat(10), 29), true);
  assert.equal(textOver('한'.repeat(10), 30), false);
  assert.equal(textOver('a'.repeat(31), 30), true);
  assert.equal(textOver('😀'.repeat(5), 20), false);
  assert.equal(textOver('😀'.repeat(5), 19), true);
});
