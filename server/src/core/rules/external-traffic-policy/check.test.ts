import assert from 'node:assert/strict';
import { test } from 'node:test';
import { externalTrafficPolicy } from './check';
import { runRule, service } from '../../../../../test/unit/rules/rule-harness';

function spec(type: string, policy: string, extra = ''): string {
  return service(`  type: ${type}\n  ports:\n  - port: 80\n  externalTrafficPolicy: ${policy}${extra}`);
}

test('external-traffic-policy: Cluster and Local on NodePort and LoadBalancer are fine', () => {
  for (const type of ['NodePort', 'LoadBalancer']) {
    for (const policy of ['Cluster', 'Local']) {
      assert.deepEqual(runRule(externalTrafficPolicy, spec(type, policy)), [], `${type} ${policy}`);
    }
  }
});

test('external-traffic-policy: a ClusterIP with externalIPs is externally accessible', () => {
  assert.deepEqual(runRule(externalTrafficPolicy, spec('ClusterIP', 'Local', '\n  externalIPs:\n  - 1.2.3.4')), []);
});

test('external-traffic-policy: empty or absent is fine everywhere (defaulted to Cluster where it applies)', () => {
  assert.deepEqual(runRule(externalTrafficPolicy, spec('ClusterIP', '""')), []);
  assert.deepEqual(runRule(externalTrafficPolicy, spec('LoadBalancer', '""')), []);
  assert.deepEqual(runRule(externalTrafficPolicy, service('  type: NodePort\n  ports:\n  - port: 80')), []);
});

test('external-traffic-policy: set on a plain ClusterIP Service is Invalid', () => {
  assert.deepEqual(runRule(externalTrafficPolicy, spec('ClusterIP', 'Cluster')), [
    {
      field: 'spec.externalTrafficPolicy',
      type: 'Invalid',
      message:
        'spec.externalTrafficPolicy: Invalid value: "Cluster": may only be set for externally-accessible services — remove externalTrafficPolicy; it applies only to NodePort and LoadBalancer Services or to externalIPs',
      text: 'Cluster',
    },
  ]);
});

test('external-traffic-policy: ExternalName is never externally accessible, even with externalIPs', () => {
  const yaml = service(
    '  type: ExternalName\n  externalName: example.com\n  externalIPs:\n  - 1.2.3.4\n  externalTrafficPolicy: Local',
  );
  assert.deepEqual(runRule(externalTrafficPolicy, yaml).map((h) => [h.field, h.type]), [['spec.externalTrafficPolicy', 'Invalid']]);
});

test('external-traffic-policy: an unknown value on an externally accessible Service is NotSupported', () => {
  assert.deepEqual(runRule(externalTrafficPolicy, spec('LoadBalancer', 'Global')), [
    {
      field: 'spec.externalTrafficPolicy',
      type: 'NotSupported',
      message:
        'spec.externalTrafficPolicy: Unsupported value: "Global": supported values: "Cluster", "Local" — use Cluster (the default) or Local, which keeps the client source IP',
      text: 'Global',
    },
  ]);
  assert.deepEqual(runRule(externalTrafficPolicy, spec('NodePort', 'OnlyLocal')).map((h) => h.type), ['NotSupported']);
  assert.deepEqual(runRule(externalTrafficPolicy, spec('NodePort', 'local')).map((h) => h.type), ['NotSupported']);
});

test('external-traffic-policy: on a Service that is not externally accessible, only the Invalid is reported', () => {
  assert.deepEqual(runRule(externalTrafficPolicy, spec('ClusterIP', 'Bogus')).map((h) => h.type), ['Invalid']);
});
