import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IN_DEFAULT, docs, findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

const RULE = 'statefulset-service-name';

/** A StatefulSet "web" governed by Service `serviceName`. */
function statefulSet(serviceName: string, namespace?: string): string {
  return workload('web', { kind: 'StatefulSet', replicas: 2, ...(namespace ? { namespace } : {}) }).replace(
    '\nspec:\n',
    `\nspec:\n  serviceName: ${serviceName}\n`,
  );
}

const headless = service('nginx', { selector: { app: 'web' }, extra: 'clusterIP: None' });

test('a headless Service of that name in the namespace: nothing to say', () => {
  const index = workspace({ 'sts.yaml': statefulSet('nginx'), 'svc.yaml': headless });
  assert.deepEqual(
    findingsOf(index, 'sts.yaml').filter((f) => f.code === RULE),
    [],
  );
});

test('statefulset-service-name: no Service of that name in the namespace is a warning at spec.serviceName', () => {
  const index = workspace({ 'sts.yaml': statefulSet('ngnix'), 'svc.yaml': headless });
  const findings = findingsOf(index, 'sts.yaml', IN_DEFAULT).filter((f) => f.code === RULE);
  assert.deepEqual(
    findings.map((f) => [f.severity, f.field, f.range.start.line]),
    [['warning', 'spec.serviceName', 5]],
  );
  assert.match(
    findings[0].message,
    /^spec\.serviceName: Invalid value: "ngnix": no Service "ngnix" in namespace "default" in the workspace — the StatefulSet's pods get their DNS names \(<pod>\.ngnix\)/,
  );
});

test('statefulset-service-name: in a namespace without Services in the workspace, an info (deployed apart)', () => {
  const index = workspace({ 'sts.yaml': statefulSet('nginx', 'db'), 'svc.yaml': headless });
  assert.deepEqual(
    findingsOf(index, 'sts.yaml', IN_DEFAULT).map((f) => [f.code, f.severity]),
    [[RULE, 'info']],
  );
});

test('statefulset-service-name: a Service with a cluster IP gives no per-pod DNS names', () => {
  const index = workspace({
    'sts.yaml': docs(statefulSet('nginx'), service('nginx', { selector: { app: 'web' } })),
  });
  const findings = findingsOf(index, 'sts.yaml').filter((f) => f.code === RULE);
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['warning'],
  );
  assert.match(findings[0].message, /Service "nginx" \(sts\.yaml:\d+\) is not headless: no per-pod DNS names \(<pod>\.nginx\)/);
  assert.match(findings[0].message, /set spec\.clusterIP: None/);
});
