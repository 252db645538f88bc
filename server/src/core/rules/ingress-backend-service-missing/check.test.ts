import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressV1, web, webApp } from '../../../../../test/unit/workspace/cross-resource-fixtures';
import { IN_DEFAULT, docs, findingsOf, service, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

test('ingress-backend-service-missing: a backend naming no Service of the namespace', () => {
  const index = workspace({
    'svc.yaml': docs(web, webApp),
    'i.yaml': docs(ingressV1('i', [['api', 'number: 80']]), ingressV1('j', [['web', 'number: 80']], 'other')),
  });
  const findings = findingsOf(index, 'i.yaml', IN_DEFAULT);
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field, f.type]),
    [
      ['ingress-backend-service-missing', 'warning', 'spec.rules[0].http.paths[0].backend.service.name', 'Required'],
      ['ingress-backend-service-missing', 'warning', 'spec.rules[0].http.paths[0].backend.service.name', 'Required'],
    ],
  );
  assert.match(findings[0].message, /no Service "api" in namespace "default" in the workspace/);
  assert.match(
    findings[1].message,
    /a Service "web" exists in namespace "default", but an Ingress only reaches Services of its own namespace/,
  );
  assert.equal(findings[0].range.start.line, 13);
});

test('ingress-backend-service-missing: an info when the namespace has no Service in the workspace', () => {
  const dashboard = ingressV1('dashboard', [['kubernetes-dashboard', 'number: 443']], 'kube-system');
  const index = workspace({
    'app.yaml': docs(service('web'), ingressV1('web', [['wbe', 'number: 80']])),
    'dashboard.yaml': dashboard,
  });
  assert.deepEqual(
    findingsOf(index, 'dashboard.yaml').map((f) => [f.code, f.severity]),
    [['ingress-backend-service-missing', 'info']],
  );
  assert.deepEqual(
    findingsOf(index, 'app.yaml').map((f) => [f.code, f.severity]),
    [['ingress-backend-service-missing', 'warning']],
  );
});
