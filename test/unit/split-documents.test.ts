import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../server/src/core/parse/line-index';
import { splitDocuments } from '../../server/src/core/parse/split-documents';

test('splitDocuments: cuts at --- lines and keeps each chunk\'s offset and first line', () => {
  const text = 'a: 1\n---\nb: 2\n--- # comment\nc: 3\n';
  const chunks = splitDocuments(text);
  assert.deepEqual(
    chunks.map((c) => [c.text, c.offset, c.line]),
    [
      ['a: 1\n', 0, 0],
      ['---\nb: 2\n', 5, 1],
      ['--- # comment\nc: 3\n', 14, 3],
    ],
  );
});

test('splitDocuments: a --- inside a value or indented is not a marker; ... ends a document', () => {
  const text = 'a: "x --- y"\n  ---x: 1\nb: |\n  ---\n...\nc: 1\n';
  const chunks = splitDocuments(text);
  assert.deepEqual(
    chunks.map((c) => c.text),
    ['a: "x --- y"\n  ---x: 1\nb: |\n  ---\n...\n', 'c: 1\n'],
  );
});

test('splitDocuments: CRLF line ends and a leading --- give the right lines', () => {
  const chunks = splitDocuments('---\r\na: 1\r\n---\r\nb: 2\r\n');
  assert.deepEqual(chunks.map((c) => c.line), [0, 2]);
});

test('splitDocuments and LineIndex count a lone \\r as a line break, as LSP editors do; \\u2028 is no line break', () => {
  const text = 'a: 1\r---\rb: 2\r\nc: 3\n---\u2028x';
  const chunks = splitDocuments(text);
  assert.deepEqual(
    chunks.map((c) => [c.text, c.line]),
    [
      ['a: 1\r', 0],
      ['---\rb: 2\r\nc: 3\n---\u2028x', 1],
    ],
  );
  const lines = new LineIndex(chunks[1].text);
  assert.deepEqual(lines.position(chunks[1].text.indexOf('c'), chunks[1].line), { line: 3, character: 0 });
});

test('splitDocuments: each chunk starts on the line a plain count gives, with \\n, \\r\\n and lone \\r mixed', () => {
  const breaks = ['\n', '\r\n', '\r'];
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let round = 0; round < 50; round++) {
    const lines = Array.from({ length: 40 }, () => ['---', 'a: 1', '...', '', '  b: ---'][next(5)]);
    const text = lines.map((line) => line + breaks[next(3)]).join('');
    for (const chunk of splitDocuments(text)) {
      const before = text.slice(0, chunk.offset);
      const expected = (before.match(/\r\n|\r|\n/g) ?? []).length;
      assert.equal(chunk.line, expected, JSON.stringify(text));
    }
  }
});
