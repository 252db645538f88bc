import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../settings';
import { allFindings, docs, findingsOf, service, workload, workspace } from '../../../../../test/unit/workspace/workspace-fixtures';

/**
 * service-name-duplicate compares the Services that are applied together: those of one folder (`kubectl apply -f
 * dir/`, one kustomization, one chart's rendered output). Folders are deployed separately, so one name in two
 * folders is not one object on the cluster.
 */

test('service-name-duplicate: a kustomize base and its overlays\' patches are one Service, not duplicates', () => {
  const base = service('service-app', { selector: { app: 'simple-app' }, ports: '- name: http\n  port: 80' });
  // Strategic-merge patches: partial Services of the same name, without a selector.
  const nodePortPatch = [
    'kind: Service',
    'apiVersion: v1',
    'metadata:',
    '  name: service-app',
    'spec:',
    '  type: NodePort',
    '  ports:',
    '  - name: https',
    '    port: 443',
    '',
  ].join('\n');
  const loadBalancerPatch = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: service-app\nspec:\n  type: LoadBalancer\n';
  const index = workspace({
    'k8s/base/kustomization.yaml': 'resources:\n- service.yaml\n',
    'k8s/base/service.yaml': docs(base, workload('simple-app')),
    'k8s/overlays/test/kustomization.yaml': 'resources:\n- ../../base\npatches:\n- path: service-ports.yaml\n',
    'k8s/overlays/test/service-ports.yaml': nodePortPatch,
    'k8s/overlays/prod/kustomization.yaml': 'resources:\n- ../../base\npatchesStrategicMerge:\n- lb-patch.yaml\n',
    'k8s/overlays/prod/lb-patch.yaml': loadBalancerPatch,
  });
  assert.deepEqual(
    allFindings(index).filter((f) => f.includes('service-name-duplicate')),
    [],
  );
});

test('service-name-duplicate: independent examples in sibling folders may reuse a name', () => {
  // kubernetes/examples: web/guestbook/ and web/guestbook-go/ both hold a "redis-master" with different selectors.
  const index = workspace({
    'web/guestbook/redis-master-service.yaml': docs(
      service('redis-master', { selector: { app: 'redis', role: 'master', tier: 'backend' } }),
      workload('redis', { labels: { app: 'redis', role: 'master', tier: 'backend' } }),
    ),
    'web/guestbook-go/redis-master-service.yaml': docs(
      service('redis-master', { selector: { app: 'redis', role: 'master' } }),
      workload('redis-go', { labels: { app: 'redis', role: 'master' } }),
    ),
  });
  assert.deepEqual(
    allFindings(index).filter((f) => f.includes('service-name-duplicate')),
    [],
  );
});

test('service-name-duplicate: two files of one folder are still compared', () => {
  const index = workspace({
    'deploy/a.yaml': docs(service('web', { selector: { app: 'web' } }), workload('web')),
    'deploy/b.yaml': docs(service('web', { selector: { app: 'blog' } }), workload('blog')),
    'other/c.yaml': docs(service('web', { selector: { app: 'shop' } }), workload('shop')),
  });
  assert.deepEqual(
    allFindings(index).filter((f) => f.includes('service-name-duplicate')),
    ['deploy/a.yaml service-name-duplicate metadata.name', 'deploy/b.yaml service-name-duplicate metadata.name'],
  );
});

test('service-name-duplicate: two Services with one name in one namespace that select different pods', () => {
  const index = workspace({
    'a.yaml': docs(service('web', { selector: { app: 'web' } }), workload('web')),
    'b.yaml': docs(service('web', { selector: { app: 'blog' } }), workload('blog')),
    'c.yaml': docs(
      service('web', { namespace: 'prod', selector: { app: 'blog' } }),
      workload('blog', { namespace: 'prod' }),
    ),
  });
  const findings = findingsOf(index, 'a.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.field, f.type]),
    [['service-name-duplicate', 'info', 'metadata.name', 'Duplicate']],
  );
  assert.match(
    findings[0].message,
    /^metadata\.name: Duplicate value: "web": another Service "web" in the namespace it is applied to \(namespace not set\), at b\.yaml:4, leads elsewhere \(selector app=blog\)/,
  );
  assert.deepEqual(allFindings(index), [
    'a.yaml service-name-duplicate metadata.name',
    'b.yaml service-name-duplicate metadata.name',
  ]);
});

test('copies and variants of one Service (same selector) are not duplicates', () => {
  const index = workspace({
    'a.yaml': docs(service('web'), workload('web')),
    'bundle.yaml': service('web'),
    'nodeport.yaml': service('web', { type: 'NodePort', ports: '- port: 80\n  targetPort: http\n  nodePort: 30080' }),
    'dual.yaml': service('web', { extra: 'ipFamilyPolicy: PreferDualStack' }),
  });
  assert.deepEqual(allFindings(index), []);
});

test('within one file: a warning, since kubectl apply applies both and the second updates the first', () => {
  const index = workspace({
    'a.yaml': docs(service('web'), service('web', { selector: { app: 'x' } }), workload('web'), workload('x')),
  });
  const findings = findingsOf(index, 'a.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.range.start.line]),
    [
      ['service-name-duplicate', 'warning', 3],
      ['service-name-duplicate', 'warning', 14],
    ],
  );
  assert.match(findings[0].message, /kubectl apply applies both in turn, the second updates the first/);
});

test('two files of one folder (cpu / gpu alternatives): an info, never an error', () => {
  const index = workspace({
    'serving/vllm-cpu.yaml': docs(service('vllm', { selector: { app: 'vllm-cpu' } }), workload('vllm-cpu')),
    'serving/vllm-gpu.yaml': docs(service('vllm', { selector: { app: 'vllm-gpu' } }), workload('vllm-gpu')),
  });
  const findings = findingsOf(index, 'serving/vllm-cpu.yaml');
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity]),
    [['service-name-duplicate', 'info']],
  );
  assert.match(findings[0].message, /if the two files are alternatives \(one of them is applied\), ignore this/);
});

test('a rule level set lower than info stays lower; set to error, the folder case stays an info', () => {
  const index = workspace({
    'a/x.yaml': docs(service('web'), workload('web')),
    'a/y.yaml': docs(service('web', { selector: { app: 'x' } }), workload('x')),
  });
  const severities = (level: 'hint' | 'error'): string[] =>
    findingsOf(index, 'a/x.yaml', { ...DEFAULT_SETTINGS, rules: { 'service-name-duplicate': level } }).map(
      (f) => f.severity,
    );
  assert.deepEqual(severities('hint'), ['hint']);
  assert.deepEqual(severities('error'), ['info']);
});
