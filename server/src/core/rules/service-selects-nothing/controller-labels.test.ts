import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settingsFrom } from '../../settings';
import { docs, findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

/** Issue 12 row 2: selectors on the labels controllers add to the pods they make. */

const RULE = 'service-selects-nothing';

function selectsNothing(files: Record<string, string>, file = 'svc.yaml'): string[] {
  return findingsOf(workspace(files), file)
    .filter((f) => f.code === RULE)
    .map((f) => /^spec\.selector: Invalid value: "[^"]*"/.exec(f.message)?.[0] ?? f.message);
}

test('statefulset.kubernetes.io/pod-name: web-N for N below replicas selects that pod of StatefulSet "web"', () => {
  const web = workload('web', { kind: 'StatefulSet', replicas: 3 });
  const perPod = (pod: string): string =>
    service(pod, { selector: { app: 'web', 'statefulset.kubernetes.io/pod-name': pod } });
  const files = { 'sts.yaml': web, 'svc.yaml': docs(perPod('web-0'), perPod('web-2'), perPod('web-3'), perPod('db-0')) };
  assert.deepEqual(selectsNothing(files), [
    'spec.selector: Invalid value: "app=web,statefulset.kubernetes.io/pod-name=web-3"',
    'spec.selector: Invalid value: "app=web,statefulset.kubernetes.io/pod-name=db-0"',
  ]);
});

test('pod-name alone, and apps.kubernetes.io/pod-index, count against replicas (1 when unset)', () => {
  const files = {
    'sts.yaml': workload('kafka', { kind: 'StatefulSet' }),
    'svc.yaml': docs(
      service('a', { selector: { 'statefulset.kubernetes.io/pod-name': 'kafka-0' } }),
      service('b', { selector: { app: 'kafka', 'apps.kubernetes.io/pod-index': '0' } }),
      service('c', { selector: { app: 'kafka', 'apps.kubernetes.io/pod-index': '1' } }),
    ),
  };
  assert.deepEqual(selectsNothing(files), ['spec.selector: Invalid value: "app=kafka,apps.kubernetes.io/pod-index=1"']);
});

test('job-name and controller-uid select the pods of the Job (or a CronJob\'s Jobs); pod-template-hash a Deployment\'s', () => {
  const files = {
    'w.yaml': docs(
      workload('migrate', { kind: 'Job' }),
      workload('report', { kind: 'CronJob' }),
      workload('api'),
    ),
    'svc.yaml': docs(
      service('a', { selector: { 'job-name': 'migrate' } }),
      service('b', { selector: { 'batch.kubernetes.io/job-name': 'report-28912345' } }),
      service('c', { selector: { app: 'migrate', 'batch.kubernetes.io/controller-uid': '1b2c' } }),
      service('d', { selector: { app: 'api', 'pod-template-hash': '5d4f8c' } }),
      service('e', { selector: { 'job-name': 'api' } }),
      service('f', { selector: { app: 'api', 'controller-uid': '1b2c' } }),
    ),
  };
  assert.deepEqual(selectsNothing(files), [
    'spec.selector: Invalid value: "job-name=api"',
    'spec.selector: Invalid value: "app=api,controller-uid=1b2c"',
  ]);
});

test('kubeSvc.ignoreLabels: a listed selector key is left out when workloads are matched', () => {
  const index = workspace({
    'w.yaml': workload('web'),
    'svc.yaml': service('web', { selector: { app: 'web', 'app.kubernetes.io/version': '1.2.0' } }),
  });
  const codes = (ignoreLabels: string[]): string[] =>
    findingsOf(index, 'svc.yaml', settingsFrom({ ignoreLabels })).map((f) => f.code);
  assert.deepEqual(codes([]), [RULE]);
  assert.deepEqual(codes(['app.kubernetes.io/version', 'helm.sh/chart']), []);
  assert.deepEqual(codes([]), [RULE], 'and back');
});
