import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingressV1, web, webApp } from '../../../../../test/unit/workspace/cross-resource-fixtures';
import { IN_DEFAULT, docs, findingsOf, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

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
