import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allFindings, docs, findingsOf, service, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

function endpoints(name: string, ports: string, namespace?: string): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : '';
  return `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}${ns}\nsubsets:\n- addresses:\n  - ip: 10.0.0.1\n  ports:\n${ports}\n`;
}

function slice(serviceName: string, namespace?: string): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : '';
  return `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${serviceName}-1${ns}\n  labels:\n    kubernetes.io/service-name: ${serviceName}\naddressType: IPv4\nendpoints:\n- addresses: [10.0.0.1]\nports:\n- name: pg\n  port: 5432\n`;
}

const external = (name: string, namespace?: string) =>
  service(name, { selector: {}, namespace, ports: '- name: pg\n  port: 5432' });

test('service-without-endpoints: a selector-less Service with neither Endpoints nor EndpointSlice is info', () => {
  const index = workspace({ 'db.yaml': external('db') });
  const findings = findingsOf(index, 'db.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field, f.type]),
    [['service-without-endpoints', 'info', 'spec.selector', 'Required']],
  );
  assert.match(
    findings[0].message,
    /add an Endpoints named "db" in namespace "default" .* or an EndpointSlice labelled kubernetes\.io\/service-name: db/,
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
    findingsOf(index, 'db.yaml').map((f) => f.code),
    ['service-without-endpoints'],
  );
});

test('endpoints-without-service: Endpoints with no Service of the same name and namespace', () => {
  const index = workspace({
    'ep.yaml': docs(endpoints('db', '  - port: 5432'), endpoints('cache', '  - port: 6379')),
    'svc.yaml': external('cache', 'infra'),
  });
  const findings = findingsOf(index, 'ep.yaml');
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

test('endpoints-port-names-mismatch: an Endpoints port named unlike every Service port', () => {
  const index = workspace({
    'a.yaml': docs(
      service('db', { selector: {}, ports: '- name: pg\n  port: 5432\n- name: metrics\n  port: 9187' }),
      endpoints('db', '  - name: postgres\n    port: 5432\n  - name: metrics\n    port: 9187'),
    ),
  });
  const findings = findingsOf(index, 'a.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field]),
    [['endpoints-port-names-mismatch', 'warning', 'subsets[0].ports[0].name']],
  );
  assert.match(
    findings[0].message,
    /^subsets\[0\]\.ports\[0\]\.name: Invalid value: "postgres": Service "db" has no port named "postgres" \(its port names: "pg", "metrics"\)/,
  );
});

test('an unnamed Endpoints port for a named Service port, and a Service port no Endpoints port covers', () => {
  const unnamed = workspace({
    'a.yaml': docs(
      service('db', { selector: {}, ports: '- name: pg\n  port: 5432' }),
      endpoints('db', '  - port: 5432'),
    ),
  });
  assert.deepEqual(
    findingsOf(unnamed, 'a.yaml').map((f) => f.field),
    ['subsets[0].ports[0].name'],
  );
  const missing = workspace({
    'a.yaml': docs(
      service('db', { selector: {}, ports: '- name: pg\n  port: 5432\n- name: metrics\n  port: 9187' }),
      endpoints('db', '  - name: pg\n    port: 5432'),
    ),
  });
  const [finding] = findingsOf(missing, 'a.yaml');
  assert.equal(finding.field, 'subsets');
  assert.match(finding.message, /no port named "metrics" for spec\.ports\[1\] of Service "db"/);
});

test('matching names, unnamed on both sides, are fine', () => {
  const index = workspace({
    'a.yaml': docs(service('db', { selector: {}, ports: '- port: 5432' }), endpoints('db', '  - port: 5432')),
  });
  assert.deepEqual(allFindings(index), []);
});
