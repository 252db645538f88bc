import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyQuickFix, fixTitles, fixed, service } from '../../../../../test/unit/fixes/fix-harness';

test('port-name-required: "Name every port" names all unnamed ports at once, each diagnostic offers it once', () => {
  const text = service('  ports:\n  - port: 80   # web\n  - {port: 443, protocol: TCP}\n  - name: metrics\n    port: 9090\n  - port: 5000\n    protocol: UDP\n');
  assert.deepEqual(fixTitles(text, 'port-name-required'), [
    'Name every port (http, https, udp-5000)',
    "Name this port 'http'",
    "Name this port 'https'",
    "Name this port 'udp-5000'",
  ]);
  assert.equal(
    fixed(text, 'port-name-required', 'Name every port (http, https, udp-5000)'),
    service('  ports:\n  - name: http\n    port: 80   # web\n  - {name: https, port: 443, protocol: TCP}\n  - name: metrics\n    port: 9090\n  - name: udp-5000\n    port: 5000\n    protocol: UDP\n'),
  );
  const one = applyQuickFix(text, 'port-name-required', "Name this port 'https'");
  assert.equal(one, text.replace('{port: 443', '{name: https, port: 443'));
});

test('port-name-required: names from appProtocol and a named targetPort; an empty name is filled in place', () => {
  const text = service('  ports:\n  - port: 8080\n    appProtocol: kubernetes.io/h2c\n  - port: 80\n    targetPort: web\n  - name: ""\n    port: 81\n');
  assert.equal(
    fixed(text, 'port-name-required', 'Name every port (h2c, web, tcp-81)'),
    service('  ports:\n  - name: h2c\n    port: 8080\n    appProtocol: kubernetes.io/h2c\n  - name: web\n    port: 80\n    targetPort: web\n  - name: "tcp-81"\n    port: 81\n'),
  );
});
