import { test } from 'node:test';
import { assertCaseFixes } from '../../../../../test/unit/fixes/fix-harness';

test('traffic-distribution: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['traffic-distribution', '  trafficDistribution: preferclose\n  ports:\n  - port: 80\n', 'preferclose', 'PreferClose'],
  ]);
});
