import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allQuickFixes, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('metadata-name: the suggested name is offered, not preferred for fix-all', () => {
  const text = service('  ports:\n  - port: 80\n').replace('name: web  # keep', 'name: My_Web  # keep');
  const actions = allQuickFixes(text, 'metadata-name');
  assert.deepEqual(actions.map((a) => a.title), ["Rename to 'my-web'"]);
  assert.equal(fixed(text, 'metadata-name'), text.replace('My_Web', 'my-web'));
});
