import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyQuickFix, fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('port-name-invalid: repaired, and unique in the Service', () => {
  const text = service('  ports:\n  - name: Metrics_Port\n    port: 9090\n  - name: "HTTP"\n    port: 80\n  - name: http\n    port: 8080\n');
  assert.deepEqual(fixTitles(text, 'port-name-invalid'), ["Rename port to 'metrics-port'", "Rename port to 'http-2'"]);
  let out = fixed(text.replace('HTTP', 'ok'), 'port-name-invalid');
  assert.equal(out, service('  ports:\n  - name: metrics-port\n    port: 9090\n  - name: "ok"\n    port: 80\n  - name: http\n    port: 8080\n'));
  out = applyQuickFix(text, 'port-name-invalid', "Rename port to 'http-2'");
  assert.equal(out, text.replace('"HTTP"', '"http-2"'));
});
