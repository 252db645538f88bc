import { test } from 'node:test';
import { assertCaseFixes } from '../../../../../test/unit/fixes/fix-harness';

test('ip-family-policy: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['ip-family-policy', '  ipFamilyPolicy: preferdualstack\n  ports:\n  - port: 80\n', 'preferdualstack', 'PreferDualStack'],
  ]);
});
