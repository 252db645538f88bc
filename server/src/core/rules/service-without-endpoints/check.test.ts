import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpoints, slice, external } from '../../../../../test/unit/workspace/cross-resource-fixtures';
import { IN_DEFAULT, allFindings, docs, findingsOf, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

test('service-without-endpoints: a selector-less Service with neither Endpoints nor EndpointSlice is info', () => {
  const index = workspace({ 'db.yaml': external('db') });
  const findings = findingsOf(index, 'db.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field, f.type]),
    [['service-without-endpoints', 'info', 'spec.selector', 'Required']],
  );
  assert.match(
    findings[0].message,
    /add an Endpoints named "db" in the namespace it is applied to \(namespace not set\) .* or an EndpointSlice labelled kubernetes\.io\/service-name: db/,
  );
  assert.equal(findings[0].range.start.line, 4, 'points at spec');
});

test('selector-less Services backed by Endpoints or an EndpointSlice of the same namespace are accepted', () => {
  const index = workspace({
    'db.yaml': docs(external('db'), external('cache', 'infra')),
    'ep.yaml': docs(endpoints('db', '  - name: pg\n    port: 5432'), slice('cache', 'infra')),
  });
  assert.deepEqual(allFindings(index), []);
});

test('an EndpointSlice or Endpoints in another namespace does not count', () => {
  const index = workspace({
    'db.yaml': external('db', 'prod'),
    'ep.yaml': docs(slice('db')),
  });
  assert.deepEqual(
    findingsOf(index, 'db.yaml', IN_DEFAULT).map((f) => f.code),
    ['service-without-endpoints'],
  );
});
