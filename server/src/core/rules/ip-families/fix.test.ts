import { test } from 'node:test';
import { assertCaseFixes } from '../../../../../test/unit/fixes/fix-harness';

test('ip-families: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['ip-families', '  ipFamilies: [ipv4, IPv6]\n  ipFamilyPolicy: PreferDualStack\n  ports:\n  - port: 80\n', '[ipv4', '[IPv4'],
  ]);
});
