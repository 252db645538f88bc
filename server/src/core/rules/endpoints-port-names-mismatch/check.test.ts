import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpoints } from '../../../../../test/unit/workspace/cross-resource-fixtures';
import { allFindings, docs, findingsOf, service, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

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
