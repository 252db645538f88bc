import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('external-name: DNS names are case-insensitive, so the lowercase name is meant', () => {
  const text = service("  type: ExternalName\n  externalName: 'DB.Example.com.'\n");
  assert.equal(fixed(text, 'external-name'), text.replace('DB.Example.com.', 'db.example.com.'));
  assert.deepEqual(fixTitles(service('  type: ExternalName\n  externalName: db_1.example.com\n'), 'external-name'), []);
});
