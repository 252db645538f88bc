import { test } from 'node:test';
import { assertCaseFixes } from '../../../../../test/unit/fixes/fix-harness';

test('internal-traffic-policy: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['internal-traffic-policy', '  internalTrafficPolicy: local\n  ports:\n  - port: 80\n', 'local', 'Local'],
  ]);
});
