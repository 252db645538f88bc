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
