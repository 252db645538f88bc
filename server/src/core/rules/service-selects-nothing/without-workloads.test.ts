import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../index/workspace-index';
import { workspaceFindings } from '../../features/workspace-findings';
import { DEFAULT_SETTINGS } from '../../settings';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: other\n  labels:\n    app: other\nspec:\n  containers:\n  - name: c\n    image: x\n';

test('service-selects-nothing: silent in a workspace without any workload, reported once one exists', () => {
  const index = new WorkspaceIndex();
  index.setFile('file:///svc.yaml', SERVICE);
  assert.deepEqual(workspaceFindings(index, 'file:///svc.yaml', DEFAULT_SETTINGS).map((f) => f.code), []);
  index.setFile('file:///pod.yaml', POD);
  assert.deepEqual(workspaceFindings(index, 'file:///svc.yaml', DEFAULT_SETTINGS).map((f) => f.code), ['service-selects-nothing']);
});
