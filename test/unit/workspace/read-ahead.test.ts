import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readInOrder } from '../../../server/src/workspace/read-ahead';
import type { ReadIo } from '../../../server/src/workspace/read-ahead';

const MB = 1024 * 1024;

test('reading 50 large files for the index holds only the window of texts read ahead, in order', async () => {
  const uris = Array.from({ length: 50 }, (_, i) => `file:///big/${i}.yaml`);
  let started = 0;
  const io: ReadIo = {
    size: async () => 2 * MB,
    read: async (uri) => {
      started++;
      await new Promise((resolve) => setImmediate(resolve));
      return uri;
    },
  };
  const seen: string[] = [];
  let mostHeld = 0;
  for await (const file of readInOrder(uris, { maxBytes: 5 * MB, window: { files: 16, bytes: 8 * MB }, io })) {
    seen.push(file.text ?? '');
    mostHeld = Math.max(mostHeld, started - seen.length);
    // Indexing takes a while: reads would pile up here if nothing held them back.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepEqual(seen, uris);
  assert.ok(mostHeld <= 4, `${mostHeld} texts of 2 MB read ahead at once (window: 8 MB)`);
});

test('a file over the size limit is never read; a file that cannot be read is skipped, and the others are read', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-svc-read-'));
  writeFileSync(path.join(dir, 'a.yaml'), 'a: 1\n');
  writeFileSync(path.join(dir, 'big.yaml'), 'b'.repeat(2000));
  writeFileSync(path.join(dir, 'c.yaml'), 'c: 3\n');
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const read: [string, string | undefined][] = [];
  for await (const file of readInOrder([uri('a.yaml'), uri('big.yaml'), uri('gone.yaml'), uri('c.yaml')], { maxBytes: 1000 })) {
    read.push([path.basename(file.uri), file.text]);
  }
  assert.deepEqual(read, [
    ['a.yaml', 'a: 1\n'],
    ['big.yaml', undefined],
    ['gone.yaml', undefined],
    ['c.yaml', 'c: 3\n'],
  ]);
});
