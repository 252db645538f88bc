import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allFindings, docs, findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

const nodePort = (name: string, port: number, namespace?: string) =>
  service(name, { type: 'NodePort', namespace, ports: `- port: 80\n  targetPort: http\n  nodePort: ${port}` });

test('node-port-workspace-duplicate: the same nodePort in two files is an allocator error on both', () => {
  const index = workspace({
    'a.yaml': docs(nodePort('a', 30080), workload('a')),
    'b.yaml': docs(nodePort('b', 30080, 'other'), workload('b', { namespace: 'other' })),
  });
  const findings = findingsOf(index, 'a.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field, f.origin]),
    [['node-port-workspace-duplicate', 'error', 'spec.ports[0].nodePort', 'allocator']],
  );
  assert.match(
    findings[0].message,
    /^spec\.ports\[0\]\.nodePort: Invalid value: 30080: provided port is already allocated — refused by the cluster's node-port allocator when Service "b" \(namespace "other"\) in b\.yaml:13 \(spec\.ports\[0\]\.nodePort\) is applied first/,
  );
  assert.equal(findings[0].range.start.line, 11);
  assert.equal(findingsOf(index, 'b.yaml').length, 1);
});

test('node ports: same file (left to node-port-allocated), the same Service twice, ClusterIP, and 0 are not reported', () => {
  const index = workspace({
    'a.yaml': docs(nodePort('a', 30080), nodePort('b', 30080), workload('a'), workload('b')),
    'copy.yaml': docs(
      nodePort('a', 30080),
      service('c', { ports: '- port: 80\n  targetPort: http\n  nodePort: 30081' }),
      workload('c'),
    ),
    'd.yaml': docs(
      service('d', { type: 'ClusterIP', ports: '- port: 80\n  targetPort: http\n  nodePort: 30081' }),
      nodePort('e', 0),
      workload('d'),
      workload('e'),
    ),
  });
  // a.yaml's "b" and copy.yaml's "a" share 30080 across files and are different Services.
  assert.deepEqual(allFindings(index), [
    'a.yaml node-port-workspace-duplicate spec.ports[0].nodePort',
    'copy.yaml node-port-workspace-duplicate spec.ports[0].nodePort',
  ]);
});
