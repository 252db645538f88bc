/**
 * Parity with upstream `TestValidateServiceExternalTrafficPolicy` (kubernetes/kubernetes
 * pkg/apis/core/validation/validation_test.go at 000f2605): all 10 cases, in file order.
 *
 * Upstream tweaks `makeValidService()` and calls `validateServiceExternalTrafficPolicy` alone, stating `numErrs`. A
 * v1 manifest goes through the whole of `ValidateService`, so each case below is a manifest whose only errors are the
 * ones that function reports (the [field, type] lists are read off validation.go, same commit); where the tweaked
 * object would also fail elsewhere in `ValidateService`, the case says so.
 */
import { runParity, svc } from './parity-harness-b';
import type { ParityCase, SkippedCase } from './parity-harness-b';

const CASES: readonly ParityCase[] = [
  {
    name: 'valid loadBalancer service with externalTrafficPolicy and healthCheckNodePort set',
    // 34567 is outside the default node port range: the allocator refuses it on a real cluster (origin 'allocator',
    // not compared here), validation only checks 1..65535.
    yaml: svc((s) => {
      s.spec.type = 'LoadBalancer';
      s.spec.allocateLoadBalancerNodePorts = true;
      s.spec.externalTrafficPolicy = 'Local';
      s.spec.healthCheckNodePort = 34567;
    }),
    expected: [],
  },
  {
    name: 'valid nodePort service with externalTrafficPolicy set',
    yaml: svc((s) => {
      s.spec.type = 'NodePort';
      s.spec.externalTrafficPolicy = 'Local';
    }),
    expected: [],
  },
  {
    name: 'valid clusterIP service with none of externalTrafficPolicy and healthCheckNodePort set',
    yaml: svc((s) => {
      s.spec.type = 'ClusterIP';
    }),
    expected: [],
  },
  {
    name: 'cannot set healthCheckNodePort field on loadBalancer service with externalTrafficPolicy!=Local',
    yaml: svc((s) => {
      s.spec.type = 'LoadBalancer';
      s.spec.allocateLoadBalancerNodePorts = true;
      s.spec.externalTrafficPolicy = 'Cluster';
      s.spec.healthCheckNodePort = 34567;
    }),
    expected: [['spec.healthCheckNodePort', 'Invalid']],
  },
  {
    name: 'cannot set healthCheckNodePort field on nodePort service',
    yaml: svc((s) => {
      s.spec.type = 'NodePort';
      s.spec.externalTrafficPolicy = 'Local';
      s.spec.healthCheckNodePort = 34567;
    }),
    expected: [['spec.healthCheckNodePort', 'Invalid']],
  },
  {
    name: 'cannot set externalTrafficPolicy or healthCheckNodePort fields on clusterIP service',
    yaml: svc((s) => {
      s.spec.type = 'ClusterIP';
      s.spec.externalTrafficPolicy = 'Local';
      s.spec.healthCheckNodePort = 34567;
    }),
    expected: [
      ['spec.externalTrafficPolicy', 'Invalid'],
      ['spec.healthCheckNodePort', 'Invalid'],
    ],
  },
  {
    name: 'cannot set externalTrafficPolicy field on ExternalName service',
    // Upstream's tweak sets no externalName; that is fine for validateServiceExternalTrafficPolicy alone, but
    // ValidateService would add spec.externalName Required. Give it one to isolate the ETP error (the literal
    // translation is the next case).
    yaml: svc((s) => {
      s.spec.type = 'ExternalName';
      s.spec.externalName = 'foo.bar.example.com';
      s.spec.externalTrafficPolicy = 'Local';
    }),
    expected: [['spec.externalTrafficPolicy', 'Invalid']],
  },
  {
    name: 'cannot set externalTrafficPolicy field on ExternalName service (literal tweak, whole ValidateService)',
    yaml: svc((s) => {
      s.spec.type = 'ExternalName';
      s.spec.externalTrafficPolicy = 'Local';
    }),
    expected: [
      ['spec.externalName', 'Required'],
      ['spec.externalTrafficPolicy', 'Invalid'],
    ],
  },
];

const SKIPPED: readonly SkippedCase[] = [
  {
    name: 'externalTrafficPolicy is required on NodePort service',
    reason: 'v1 defaulting sets externalTrafficPolicy to Cluster on externally-accessible services, so Required cannot happen',
  },
  {
    name: 'externalTrafficPolicy is required on LoadBalancer service',
    reason: 'v1 defaulting sets externalTrafficPolicy to Cluster on externally-accessible services, so Required cannot happen',
  },
  {
    name: 'externalTrafficPolicy is required on ClusterIP service with externalIPs',
    reason:
      'v1 defaulting sets externalTrafficPolicy to Cluster on a ClusterIP service with externalIPs (ExternallyAccessible), so Required cannot happen',
  },
];

runParity('TestValidateServiceExternalTrafficPolicy', CASES, SKIPPED);
