import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('target-port: a quoted number loses its quotes', () => {
  const text = service('  ports:\n  - port: 443\n    targetPort: "8443" # tls\n');
  assert.deepEqual(fixTitles(text, 'target-port'), ['Write targetPort as the number 8443']);
  assert.equal(fixed(text, 'target-port'), text.replace('"8443"', '8443'));
  assert.deepEqual(fixTitles(service('  ports:\n  - port: 443\n    targetPort: "99999"\n'), 'target-port'), []);
  assert.deepEqual(fixTitles(service('  ports:\n  - port: 443\n    targetPort: Web_Port\n'), 'target-port'), []);
});
