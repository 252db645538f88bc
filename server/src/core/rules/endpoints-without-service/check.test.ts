import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpoints, external } from '../../../../../test/unit/workspace/cross-resource-fixtures';
import { IN_DEFAULT, docs, findingsOf, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

test('endpoints-without-service: Endpoints with no Service of the same name and namespace', () => {
  const index = workspace({
    'ep.yaml': docs(endpoints('db', '  - port: 5432'), endpoints('cache', '  - port: 6379')),
    'svc.yaml': external('cache', 'infra'),
  });
  const findings = findingsOf(index, 'ep.yaml', IN_DEFAULT);
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field, f.type]),
    [
      ['endpoints-without-service', 'warning', 'metadata.name', 'Required'],
      ['endpoints-without-service', 'warning', 'metadata.name', 'Required'],
    ],
  );
  assert.match(
    findings[0].message,
    /^metadata\.name: Required value: no Service "db" in namespace "default" in the workspace — /,
  );
  assert.match(findings[1].message, /\(a Service "cache" exists in namespace "infra"\)$/);
  assert.equal(findings[0].range.start.line, 3);
});
