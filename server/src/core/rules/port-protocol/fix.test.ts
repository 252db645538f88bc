import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCaseFixes, fixTitles, service } from '../../../../../test/unit/fixes/fix-harness';

test('port-protocol: the case fix keeps the quotes and everything else', () => {
  assertCaseFixes([
    ['port-protocol', '  ports:\n  - port: 80\n    protocol: tcp # lower\n', 'tcp # lower', 'TCP # lower'],
    ['port-protocol', '  ports:\n  - {port: 53, protocol: "udp"}\n', '"udp"', '"UDP"'],
  ]);
});

test('port-protocol: a case fix only when a value matches ignoring case', () => {
  assert.deepEqual(fixTitles(service('  ports:\n  - port: 80\n    protocol: HTTP\n'), 'port-protocol'), []);
});
