import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/core/index/workspace-index';
import { objectsCheckedSoFar, workspaceFindings } from '../../../server/src/core/features/workspace-findings';
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

/** The objects whose cross-resource findings `run` computed rather than reused. */
function objectsChecked(run: () => void): number {
  const before = objectsCheckedSoFar();
  run();
  return objectsCheckedSoFar() - before;
}

// How long this takes is measured by `npm run bench` (bench/workspace-bench.ts); here the work is counted.
test('a keystroke in a 1,000-file workspace re-parses one document and re-checks only the objects of its file', () => {
  const index = new WorkspaceIndex();
  for (let i = 0; i < FILES; i++) index.setFile(`file:///ws/app-${i}.yaml`, appFile(i));
  const uri = 'file:///ws/app-70.yaml';
  assert.deepEqual(workspaceFindings(index, uri, DEFAULT_SETTINGS), []);
  const objectsOfFile = index.file(uri)!.objects.length;
  assert.equal(objectsOfFile, 3);

  for (let v = 1; v <= 30; v++) {
    index.setFile(uri, appFile(70, v));
    assert.equal(index.fileChecker(uri)!.parsedLastTime, 1, 'only the edited Deployment is parsed again');
    let findings: unknown[] = [];
    const checked = objectsChecked(() => (findings = workspaceFindings(index, uri, DEFAULT_SETTINGS)));
    assert.deepEqual(findings, []);
    assert.ok(checked >= 1 && checked <= objectsOfFile, `a keystroke re-checked ${checked} objects`);
    // Another file's findings are computed once, then reused while nothing they read changes.
    const other = `file:///ws/app-${v}.yaml`;
    workspaceFindings(index, other, DEFAULT_SETTINGS);
    assert.equal(objectsChecked(() => workspaceFindings(index, other, DEFAULT_SETTINGS)), 0);
  }
  assert.equal(index.objects().length, FILES * 2 + FILES / 10);
});
