import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/core/index/workspace-index';
import { workspaceFindings } from '../../../server/src/core/index/workspace-findings';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import { docs, service, workload } from './workspace-fixtures';

const FILES = 1000;

/** An application per file: a Deployment, its Service (some NodePort) and, every tenth file, an Ingress. */
function appFile(i: number, version = 0): string {
  const namespace = `team-${i % 10}`;
  const name = `app-${i}`;
  const parts = [
    workload(name, { namespace, replicas: version }),
    service(name, {
      namespace,
      type: i % 7 === 0 ? 'NodePort' : undefined,
      ports: `- name: http\n  port: 80\n  targetPort: http${i % 7 === 0 ? `\n  nodePort: ${30000 + i}` : ''}`,
    }),
  ];
  if (i % 10 === 0) {
    parts.push(
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  defaultBackend:\n    service:\n      name: ${name}\n      port:\n        name: http\n`,
    );
  }
  return docs(...parts);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

test('a keystroke in a 1,000-file workspace: re-index one file and compute its cross findings well under 10 ms', (t) => {
  const index = new WorkspaceIndex();
  const start = performance.now();
  for (let i = 0; i < FILES; i++) index.setFile(`file:///ws/app-${i}.yaml`, appFile(i));
  const built = performance.now() - start;
  const uri = 'file:///ws/app-70.yaml';
  assert.deepEqual(workspaceFindings(index, uri, DEFAULT_SETTINGS), []);

  const keystrokes: number[] = [];
  const queries: number[] = [];
  for (let v = 1; v <= 30; v++) {
    const before = performance.now();
    index.setFile(uri, appFile(70, v));
    const findings = workspaceFindings(index, uri, DEFAULT_SETTINGS);
    keystrokes.push(performance.now() - before);
    assert.deepEqual(findings, []);
    const other = performance.now();
    workspaceFindings(index, `file:///ws/app-${v}.yaml`, DEFAULT_SETTINGS);
    queries.push(performance.now() - other);
  }
  t.diagnostic(
    `build ${FILES} files: ${built.toFixed(0)} ms; keystroke (setFile + workspaceFindings) median ` +
      `${median(keystrokes).toFixed(2)} ms, max ${Math.max(...keystrokes).toFixed(2)} ms; findings of another file ` +
      `median ${median(queries).toFixed(3)} ms`,
  );
  assert.ok(median(keystrokes) < 10, `keystroke median ${median(keystrokes)} ms`);
  assert.ok(median(queries) < 2, `query median ${median(queries)} ms`);
  assert.equal(index.objects().length, FILES * 2 + FILES / 10);
});
