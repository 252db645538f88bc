import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('port-name-duplicate: the repeat gets the next free suffix', () => {
  const text = service('  ports:\n  - {name: web, port: 80}\n  - {name: web, port: 81}\n  - {name: web-2, port: 82}\n');
  assert.deepEqual(fixTitles(text, 'port-name-duplicate'), ["Rename port to 'web-3'"]);
  assert.equal(fixed(text, 'port-name-duplicate'), text.replace('{name: web, port: 81}', '{name: web-3, port: 81}'));
});
