import assert from 'node:assert/strict';
import { localizer } from '../../l10n';
import { test } from 'node:test';
import { workspaceFindings } from '../../features/workspace-findings';
import { DEFAULT_SETTINGS } from '../../settings';
import { docs, findingsOf, service, uriOf, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

test('target-port-name-not-found: a named targetPort no selected container declares', () => {
  const index = workspace({
    'svc.yaml': service('web', { ports: '- name: web\n  port: 80\n  targetPort: htp' }),
    'w.yaml': workload('web'),
  });
  const findings = findingsOf(index, 'svc.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field]),
    [['target-port-name-not-found', 'warning', 'spec.ports[0].targetPort']],
  );
  assert.match(
    findings[0].message,
    /^spec\.ports\[0\]\.targetPort: Invalid value: "htp": no container of the workloads it selects in the workspace \(Deployment "web"\) declares a port named "htp"; they declare "http" \(8080\/TCP\)/,
  );
  assert.equal(findings[0].range.start.line, 10);
  const related = findings[0].data?.related;
  assert.ok(Array.isArray(related) && related.length === 1);
});

test('a named targetPort declared by a sidecar, or by one of several selected workloads, is fine', () => {
  const sidecar =
    '- name: proxy\n  image: envoy\n  restartPolicy: Always\n  ports:\n  - name: admin\n    containerPort: 15000';
  const index = workspace({
    'svc.yaml': service('web', {
      ports: '- name: a\n  port: 80\n  targetPort: admin\n- name: b\n  port: 81\n  targetPort: metrics',
    }),
    'w.yaml': docs(
      workload('web', { initContainers: sidecar }),
      workload('web-canary', {
        labels: { app: 'web', track: 'canary' },
        containers: '- name: c\n  image: x\n  ports:\n  - name: metrics\n    containerPort: 9090',
      }),
    ),
  });
  assert.deepEqual(findingsOf(index, 'svc.yaml'), []);
});

test('no targetPort findings without selected workloads, for ExternalName, or when an operator builds the pods', () => {
  const prometheus =
    'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata:\n  name: k8s\nspec:\n  podMetadata:\n    labels:\n      app: prom\n';
  const index = workspace({
    'svc.yaml': docs(
      service('ext', {
        type: 'ExternalName',
        extra: 'externalName: x.example.com',
        ports: '- port: 80\n  targetPort: web',
      }),
      service('prom', { ports: '- port: 9090\n  targetPort: web' }),
    ),
    'p.yaml': prometheus,
  });
  assert.deepEqual(findingsOf(index, 'svc.yaml'), []);
});

test('advice in Korean', () => {
  const index = workspace({
    'svc.yaml': service('web', { ports: '- port: 80\n  targetPort: htp' }),
    'w.yaml': workload('web'),
  });
  const [finding] = workspaceFindings(index, uriOf('svc.yaml'), DEFAULT_SETTINGS, localizer('ko'));
  assert.match(finding.message, /^spec\.ports\[0\]\.targetPort: Invalid value: "htp": .*컨테이너/);
});
