import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

test('target-port-protocol-mismatch: named and numeric targetPorts declared with another protocol', () => {
  const containers = '- name: dns\n  image: coredns\n  ports:\n  - name: dns\n    containerPort: 53\n    protocol: UDP';
  const index = workspace({
    'svc.yaml': service('dns', {
      ports: '- name: a\n  port: 53\n  targetPort: dns\n- name: b\n  port: 54\n  targetPort: 53',
    }),
    'w.yaml': workload('dns', { containers }),
  });
  const findings = findingsOf(index, 'svc.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field]),
    [
      ['target-port-protocol-mismatch', 'warning', 'spec.ports[0].protocol'],
      ['target-port-protocol-mismatch', 'warning', 'spec.ports[1].protocol'],
    ],
  );
  assert.match(
    findings[0].message,
    /^spec\.ports\[0\]\.protocol: Invalid value: "TCP": targetPort "dns" is declared as UDP, not TCP, by container "dns" of Deployment "dns" — a named targetPort only matches a container port of the same protocol/,
  );
  assert.match(findings[1].message, /TCP traffic would reach a port the container declares for UDP/);
});

test('an unsupported protocol is left to the per-file rules; UDP matching UDP is fine', () => {
  const containers = '- name: dns\n  image: coredns\n  ports:\n  - name: dns\n    containerPort: 53\n    protocol: UDP';
  const index = workspace({
    'svc.yaml': service('dns', {
      ports:
        '- name: a\n  port: 53\n  protocol: UDP\n  targetPort: dns\n- name: b\n  port: 80\n  protocol: HTTP\n  targetPort: 53',
    }),
    'w.yaml': workload('dns', { containers }),
  });
  assert.deepEqual(findingsOf(index, 'svc.yaml'), []);
});
