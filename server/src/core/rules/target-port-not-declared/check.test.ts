import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

test('target-port-not-declared: a numeric targetPort no selected container declares is info, defaulted or written', () => {
  const index = workspace({
    'svc.yaml': service('web', {
      ports: '- name: a\n  port: 80\n  targetPort: 9000\n- name: b\n  port: 8081\n- name: c\n  port: 8080',
    }),
    'w.yaml': workload('web'),
  });
  const findings = findingsOf(index, 'svc.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field]),
    [
      ['target-port-not-declared', 'info', 'spec.ports[0].targetPort'],
      ['target-port-not-declared', 'info', 'spec.ports[1].targetPort'],
    ],
  );
  assert.match(
    findings[0].message,
    /declares containerPort 9000; they declare "http" \(8080\/TCP\) — traffic is still sent to port 9000 \(containerPort is informational\)/,
  );
  assert.match(findings[1].message, /targetPort defaults to port \(8081\)/);
  assert.equal(findings[1].range.start.line, 12, 'the defaulted targetPort points at port');
});

test('target-port-not-declared: a warning naming the declared ports when no Service reaches any of them', () => {
  const index = workspace({
    'svc.yaml': service('web', { ports: '- port: 80\n  targetPort: 8080' }),
    'w.yaml': workload('web', { containers: '- name: web\n  image: nginx\n  ports:\n  - containerPort: 80\n    name: http\n  - containerPort: 53\n    protocol: UDP' }),
  });
  const [finding, ...rest] = findingsOf(index, 'svc.yaml');
  assert.deepEqual(rest, []);
  assert.deepEqual([finding.code, finding.severity], ['target-port-not-declared', 'warning']);
  assert.match(finding.message, /no Service reaches the ports they declare: set targetPort to "http" \(80\) \(a name keeps/);
  assert.deepEqual(finding.data?.candidates, ['"http" (80)'], 'only the ports of the Service port\'s protocol');
});

test('target-port-not-declared: stays an info when the containers declare no ports, or another Service reaches one', () => {
  const none = workspace({
    'svc.yaml': service('web', { ports: '- port: 80\n  targetPort: 8080' }),
    'w.yaml': workload('web', { containers: '- name: web\n  image: nginx' }),
  });
  assert.deepEqual(findingsOf(none, 'svc.yaml').map((f) => f.severity), ['info']);
  // The container declares 80, which the admin Service reaches: it declares only some of its ports.
  const partial = workspace({
    'svc.yaml': service('web', { ports: '- port: 80\n  targetPort: 8080' }),
    'admin.yaml': service('admin', { selector: { app: 'web' }, ports: '- port: 80' }),
    'w.yaml': workload('web', { containers: '- name: web\n  image: nginx\n  ports:\n  - containerPort: 80' }),
  });
  const findings = findingsOf(partial, 'svc.yaml');
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['target-port-not-declared', 'info']]);
  assert.match(findings[0].message, /check that the container listens there/);
});
