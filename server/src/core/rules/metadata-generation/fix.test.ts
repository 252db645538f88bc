import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed } from '../../../../../test/unit/fixes/fix-harness';

test('metadata-generation: removed', () => {
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  generation: -1\nspec:\n  ports:\n  - port: 80\n';
  assert.equal(fixed(text, 'metadata-generation'), text.replace('  generation: -1\n', ''));
});
