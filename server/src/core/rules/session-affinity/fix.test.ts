import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCaseFixes, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

test('session-affinity: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['session-affinity', '  sessionAffinity: clientip\n  ports:\n  - port: 80\n', 'clientip', 'ClientIP'],
    ['session-affinity', '  sessionAffinity: none\n  ports:\n  - port: 80\n', 'none', 'None'],
  ]);
});

test('session-affinity: a case fix only when a value matches ignoring case', () => {
  assert.deepEqual(fixTitles(service('  sessionAffinity: sticky\n  ports:\n  - port: 80\n'), 'session-affinity'), []);
});
