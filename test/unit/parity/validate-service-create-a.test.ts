/**
 * Parity with upstream `TestValidateServiceCreate` (kubernetes/kubernetes pkg/apis/core/validation/validation_test.go,
 * commit 000f2605): the FIRST HALF of its 150 cases, in file order (cases 1–75, "missing namespace" through
 * "invalid LoadBalancer source range (hostname)"). The second half lives in validate-service-create-b.test.ts.
 *
 * Each upstream case tweaks `makeValidService()` (name "valid", namespace "valid", selector {key: val},
 * sessionAffinity None, type ClusterIP, one port {name p, TCP, 8675 -> 8675}, internalTrafficPolicy Cluster) and
 * states only `numErrs`. Here each case is the v1 YAML a user would write for the tweaked object, `numErrs` is
 * upstream's count, and `errors` is the (field, type) list that `ValidateService` in validation.go (same commit)
 * produces for it, read off the code; the test asserts both.
 *
 * Cases that cannot be expressed as a v1 manifest are listed in SKIPPED with the reason.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText } from '../../../server/src/core/documents/check-file';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

type FieldType = readonly [field: string, type: string];

interface ParityCase {
  /** The upstream case name, verbatim. */
  readonly name: string;
  readonly yaml: string;
  /** Upstream's `numErrs`. */
  readonly numErrs: number;
  /** The errors validation.go produces, as (field, type); its length is `numErrs`. */
  readonly errors: readonly FieldType[];
}

const LB_SOURCE_RANGES_ANNOTATION = 'metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]';

/** A Service manifest: `metadata` and `spec` are YAML blocks written at column 0, indented here under their key. */
function manifest(metadata: string, spec: string): string {
  const indent = (block: string) =>
    block
      .trim()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
  return `apiVersion: v1\nkind: Service\nmetadata:\n${indent(metadata)}\nspec:\n${indent(spec)}\n`;
}

const META = `
name: valid
namespace: valid
`;

/** makeValidService()'s spec, as v1 YAML. */
const SPEC = `
selector:
  key: val
sessionAffinity: None
type: ClusterIP
ports:
- name: p
  protocol: TCP
  port: 8675
  targetPort: 8675
internalTrafficPolicy: Cluster
`;

/** makeValidService() turned into type LoadBalancer the way the upstream cases do it. */
const LB_SPEC = `
selector:
  key: val
sessionAffinity: None
type: LoadBalancer
externalTrafficPolicy: Cluster
allocateLoadBalancerNodePorts: true
ports:
- name: p
  protocol: TCP
  port: 8675
  targetPort: 8675
internalTrafficPolicy: Cluster
`;

/** SPEC with extra port entries (YAML list items at column 0) after port "p". */
function specWithPorts(head: string, extraPorts: string): string {
  return `${head.trim()}
ports:
- name: p
  protocol: TCP
  port: 8675
  targetPort: 8675
${extraPorts.trim()}
internalTrafficPolicy: Cluster
`;
}

const SELECTOR_AFFINITY = `
selector:
  key: val
sessionAffinity: None
`;

const CASES: readonly ParityCase[] = [
  // 1 "missing namespace": skipped, see SKIPPED.
  {
    name: 'invalid namespace',
    yaml: manifest(`name: valid\nnamespace: "-123"`, SPEC),
    numErrs: 1,
    errors: [['metadata.namespace', 'Invalid']],
  },
  {
    name: 'missing name',
    yaml: manifest(`name: ""\nnamespace: valid`, SPEC),
    numErrs: 1,
    errors: [['metadata.name', 'Required']],
  },
  {
    name: 'invalid name',
    yaml: manifest(`name: "-123"\nnamespace: valid`, SPEC),
    numErrs: 1,
    errors: [['metadata.name', 'Invalid']],
  },
  {
    name: 'too long name',
    yaml: manifest(`name: ${'a'.repeat(64)}\nnamespace: valid`, SPEC),
    numErrs: 1,
    errors: [['metadata.name', 'Invalid']],
  },
  {
    name: 'invalid generateName',
    yaml: manifest(`${META}\ngenerateName: "-123"`, SPEC),
    numErrs: 1,
    errors: [['metadata.generateName', 'Invalid']],
  },
  {
    name: 'too long generateName',
    yaml: manifest(`${META}\ngenerateName: ${'a'.repeat(64)}`, SPEC),
    numErrs: 1,
    errors: [['metadata.generateName', 'Invalid']],
  },
  {
    name: 'invalid label',
    yaml: manifest(`${META}\nlabels:\n  NoUppercaseOrSpecialCharsLike=Equals: bar`, SPEC),
    numErrs: 1,
    errors: [['metadata.labels', 'Invalid']],
  },
  {
    name: 'invalid annotation',
    yaml: manifest(`${META}\nannotations:\n  NoSpecialCharsLike=Equals: bar`, SPEC),
    numErrs: 1,
    errors: [['metadata.annotations', 'Invalid']],
  },
  {
    name: 'nil selector',
    yaml: manifest(
      META,
      `
sessionAffinity: None
type: ClusterIP
ports:
- name: p
  protocol: TCP
  port: 8675
  targetPort: 8675
internalTrafficPolicy: Cluster
`,
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid selector',
    yaml: manifest(
      META,
      SPEC.replace('  key: val', '  key: val\n  NoSpecialCharsLike=Equals: bar'),
    ),
    numErrs: 1,
    errors: [['spec.selector', 'Invalid']],
  },
  // 12 "missing session affinity", 13 "missing type": skipped, see SKIPPED.
  {
    name: 'missing ports',
    yaml: manifest(
      META,
      `
selector:
  key: val
sessionAffinity: None
type: ClusterIP
internalTrafficPolicy: Cluster
`,
    ),
    numErrs: 1,
    errors: [['spec.ports', 'Required']],
  },
  {
    name: 'missing ports but headless',
    yaml: manifest(
      META,
      `
selector:
  key: val
sessionAffinity: None
type: ClusterIP
clusterIP: None
clusterIPs:
- None
internalTrafficPolicy: Cluster
`,
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'empty port[0] name',
    yaml: manifest(META, SPEC.replace('- name: p', '- name: ""')),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'empty port[1] name',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: ClusterIP`,
        `
- name: ""
  protocol: TCP
  port: 12345
  targetPort: 12345
`,
      ),
    ),
    numErrs: 1,
    errors: [['spec.ports[1].name', 'Required']],
  },
  {
    name: 'empty multi-port port[0] name',
    yaml: manifest(
      META,
      `
selector:
  key: val
sessionAffinity: None
type: ClusterIP
ports:
- protocol: TCP
  port: 8675
  targetPort: 8675
- name: p
  protocol: TCP
  port: 12345
  targetPort: 12345
internalTrafficPolicy: Cluster
`,
    ),
    numErrs: 1,
    errors: [['spec.ports[0].name', 'Required']],
  },
  {
    name: 'invalid port name',
    yaml: manifest(META, SPEC.replace('- name: p', '- name: INVALID')),
    numErrs: 1,
    errors: [['spec.ports[0].name', 'Invalid']],
  },
  // 20 "missing protocol": skipped, see SKIPPED.
  {
    name: 'invalid protocol',
    yaml: manifest(META, SPEC.replace('protocol: TCP', 'protocol: INVALID')),
    numErrs: 1,
    errors: [['spec.ports[0].protocol', 'NotSupported']],
  },
  {
    name: 'invalid cluster ip',
    yaml: manifest(META, `${SPEC}clusterIP: invalid\nclusterIPs:\n- invalid\n`),
    numErrs: 1,
    errors: [['spec.clusterIPs[0]', 'Invalid']],
  },
  {
    name: 'missing port',
    yaml: manifest(META, SPEC.replace('port: 8675\n', 'port: 0\n')),
    numErrs: 1,
    errors: [['spec.ports[0].port', 'Invalid']],
  },
  {
    name: 'invalid port',
    yaml: manifest(META, SPEC.replace('port: 8675\n', 'port: 65536\n')),
    numErrs: 1,
    errors: [['spec.ports[0].port', 'Invalid']],
  },
  {
    name: 'invalid TargetPort int',
    yaml: manifest(META, SPEC.replace('targetPort: 8675', 'targetPort: 65536')),
    numErrs: 1,
    errors: [['spec.ports[0].targetPort', 'Invalid']],
  },
  {
    name: 'valid port headless',
    yaml: manifest(
      META,
      `${SPEC.replace('port: 8675\n', 'port: 11722\n').replace('targetPort: 8675', 'targetPort: 11722')}clusterIP: None\nclusterIPs:\n- None\n`,
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid port headless 1',
    yaml: manifest(
      META,
      `${SPEC.replace('port: 8675\n', 'port: 11722\n').replace('targetPort: 8675', 'targetPort: 11721')}clusterIP: None\nclusterIPs:\n- None\n`,
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid port headless 2',
    yaml: manifest(
      META,
      `${SPEC.replace('port: 8675\n', 'port: 11722\n').replace('targetPort: 8675', 'targetPort: target')}clusterIP: None\nclusterIPs:\n- None\n`,
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid publicIPs localhost',
    yaml: manifest(META, `${SPEC}externalTrafficPolicy: Cluster\nexternalIPs:\n- 127.0.0.1\n`),
    numErrs: 1,
    errors: [['spec.externalIPs[0]', 'Invalid']],
  },
  {
    name: 'invalid publicIPs unspecified',
    yaml: manifest(META, `${SPEC}externalTrafficPolicy: Cluster\nexternalIPs:\n- 0.0.0.0\n`),
    numErrs: 1,
    errors: [['spec.externalIPs[0]', 'Invalid']],
  },
  {
    name: 'invalid publicIPs loopback',
    yaml: manifest(META, `${SPEC}externalTrafficPolicy: Cluster\nexternalIPs:\n- 127.0.0.1\n`),
    numErrs: 1,
    errors: [['spec.externalIPs[0]', 'Invalid']],
  },
  {
    name: 'invalid publicIPs host',
    yaml: manifest(META, `${SPEC}externalTrafficPolicy: Cluster\nexternalIPs:\n- myhost.mydomain\n`),
    numErrs: 1,
    errors: [['spec.externalIPs[0]', 'Invalid']],
  },
  {
    name: 'valid publicIPs',
    yaml: manifest(META, `${SPEC}externalTrafficPolicy: Cluster\nexternalIPs:\n- 1.2.3.4\n`),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'dup port name',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: ClusterIP`,
        `
- name: p
  port: 12345
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 1,
    errors: [['spec.ports[1].name', 'Duplicate']],
  },
  {
    name: 'valid load balancer protocol UDP 1',
    yaml: manifest(META, LB_SPEC.replace('protocol: TCP', 'protocol: UDP')),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid load balancer protocol UDP 2',
    yaml: manifest(
      META,
      `
selector:
  key: val
sessionAffinity: None
type: LoadBalancer
externalTrafficPolicy: Cluster
allocateLoadBalancerNodePorts: true
ports:
- name: q
  port: 12345
  protocol: UDP
  targetPort: 12345
internalTrafficPolicy: Cluster
`,
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'load balancer with mix protocol',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: LoadBalancer\nexternalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true`,
        `
- name: q
  port: 12345
  protocol: UDP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid 1',
    yaml: manifest(META, SPEC),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid 2',
    yaml: manifest(META, SPEC.replace('protocol: TCP', 'protocol: UDP').replace('targetPort: 8675', 'targetPort: 12345')),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid 3',
    yaml: manifest(META, SPEC.replace('targetPort: 8675', 'targetPort: http')),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid cluster ip - none ',
    yaml: manifest(META, `${SPEC}clusterIP: None\nclusterIPs:\n- None\n`),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid cluster ip - empty',
    yaml: manifest(META, SPEC.replace('targetPort: 8675', 'targetPort: http')),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type - clusterIP',
    yaml: manifest(META, SPEC),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type - loadbalancer',
    yaml: manifest(META, LB_SPEC),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type - loadbalancer with allocateLoadBalancerNodePorts=false',
    yaml: manifest(META, LB_SPEC.replace('allocateLoadBalancerNodePorts: true', 'allocateLoadBalancerNodePorts: false')),
    numErrs: 0,
    errors: [],
  },
  // 46 "invalid type - missing AllocateLoadBalancerNodePorts for loadbalancer type": skipped, see SKIPPED.
  {
    name: 'valid type loadbalancer 2 ports',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: LoadBalancer\nexternalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid external load balancer 2 ports',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: LoadBalancer\nexternalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'duplicate nodeports',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: NodePort\nexternalTrafficPolicy: Cluster`,
        `
- name: q
  port: 1
  protocol: TCP
  nodePort: 1
  targetPort: 1
- name: r
  port: 2
  protocol: TCP
  nodePort: 1
  targetPort: 2
`,
      ),
    ),
    numErrs: 1,
    errors: [['spec.ports[2].nodePort', 'Duplicate']],
  },
  {
    name: 'duplicate nodeports (different protocols)',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: NodePort\nexternalTrafficPolicy: Cluster`,
        `
- name: q
  port: 1
  protocol: TCP
  nodePort: 1
  targetPort: 1
- name: r
  port: 2
  protocol: UDP
  nodePort: 1
  targetPort: 2
- name: s
  port: 3
  protocol: SCTP
  nodePort: 1
  targetPort: 3
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid duplicate ports (with same protocol)',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: ClusterIP`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 8080
- name: r
  port: 12345
  protocol: TCP
  targetPort: 80
`,
      ),
    ),
    numErrs: 1,
    errors: [['spec.ports[2]', 'Duplicate']],
  },
  {
    name: 'valid duplicate ports (with different protocols)',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: ClusterIP`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 8080
- name: r
  port: 12345
  protocol: UDP
  targetPort: 80
- name: s
  port: 12345
  protocol: SCTP
  targetPort: 8088
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type - cluster',
    yaml: manifest(META, SPEC),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type - nodeport',
    yaml: manifest(META, SPEC.replace('type: ClusterIP', 'type: NodePort\nexternalTrafficPolicy: Cluster')),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type - loadbalancer with allocateLoadBalancerNodePorts=true',
    yaml: manifest(META, LB_SPEC),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type loadbalancer 2 ports',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: LoadBalancer\nexternalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type loadbalancer with NodePort',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: LoadBalancer\nexternalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true`,
        `
- name: q
  port: 12345
  protocol: TCP
  nodePort: 12345
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type=NodePort service with NodePort',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: NodePort\nexternalTrafficPolicy: Cluster`,
        `
- name: q
  port: 12345
  protocol: TCP
  nodePort: 12345
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid type=NodePort service without NodePort',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: NodePort\nexternalTrafficPolicy: Cluster`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid cluster service without NodePort',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: ClusterIP`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid cluster service with NodePort',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: ClusterIP`,
        `
- name: q
  port: 12345
  protocol: TCP
  nodePort: 12345
  targetPort: 12345
`,
      ),
    ),
    numErrs: 1,
    errors: [['spec.ports[1].nodePort', 'Forbidden']],
  },
  {
    name: 'invalid public service with duplicate NodePort',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: NodePort\nexternalTrafficPolicy: Cluster`,
        `
- name: p1
  port: 1
  protocol: TCP
  nodePort: 1
  targetPort: 1
- name: p2
  port: 2
  protocol: TCP
  nodePort: 1
  targetPort: 2
`,
      ),
    ),
    numErrs: 1,
    errors: [['spec.ports[2].nodePort', 'Duplicate']],
  },
  {
    name: 'valid type=LoadBalancer',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: LoadBalancer\nexternalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true`,
        `
- name: q
  port: 12345
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid port type=LoadBalancer',
    yaml: manifest(
      META,
      specWithPorts(
        `${SELECTOR_AFFINITY}\ntype: LoadBalancer\nexternalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true`,
        `
- name: kubelet
  port: 10250
  protocol: TCP
  targetPort: 12345
`,
      ),
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid LoadBalancer source range annotation',
    yaml: manifest(
      `${META}\nannotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: "1.2.3.0/24,  5.6.0.0/16"`,
      LB_SPEC,
    ),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid empty LoadBalancer source range annotation',
    yaml: manifest(`${META}\nannotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: ""`, LB_SPEC),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid whitespace-only LoadBalancer source range annotation',
    yaml: manifest(`${META}\nannotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: "  "`, LB_SPEC),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid LoadBalancer source range annotation (hostname)',
    yaml: manifest(`${META}\nannotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: foo.bar`, LB_SPEC),
    numErrs: 1,
    errors: [[LB_SOURCE_RANGES_ANNOTATION, 'Invalid']],
  },
  {
    name: 'invalid LoadBalancer source range annotation (invalid CIDR)',
    yaml: manifest(
      `${META}\nannotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: 1.2.3.4/33`,
      LB_SPEC,
    ),
    numErrs: 1,
    errors: [[LB_SOURCE_RANGES_ANNOTATION, 'Invalid']],
  },
  {
    name: 'invalid LoadBalancer source range annotation for non LoadBalancer type service',
    yaml: manifest(`${META}\nannotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: 1.2.3.0/24`, SPEC),
    numErrs: 1,
    errors: [[LB_SOURCE_RANGES_ANNOTATION, 'Forbidden']],
  },
  {
    name: 'invalid empty-but-set LoadBalancer source range annotation for non LoadBalancer type service',
    yaml: manifest(`${META}\nannotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: ""`, SPEC),
    numErrs: 1,
    errors: [[LB_SOURCE_RANGES_ANNOTATION, 'Forbidden']],
  },
  {
    name: 'valid LoadBalancer source range',
    yaml: manifest(META, `${LB_SPEC}loadBalancerSourceRanges:\n- 1.2.3.0/24\n- 5.6.0.0/16\n`),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'valid LoadBalancer source range with whitespace',
    yaml: manifest(META, `${LB_SPEC}loadBalancerSourceRanges:\n- "1.2.3.0/24  "\n- " 5.6.0.0/16"\n`),
    numErrs: 0,
    errors: [],
  },
  {
    name: 'invalid empty LoadBalancer source range',
    yaml: manifest(META, `${LB_SPEC}loadBalancerSourceRanges:\n- "   "\n`),
    numErrs: 1,
    errors: [['spec.LoadBalancerSourceRanges[0]', 'Invalid']],
  },
  {
    name: 'invalid LoadBalancer source range (hostname)',
    yaml: manifest(META, `${LB_SPEC}loadBalancerSourceRanges:\n- foo.bar\n`),
    numErrs: 1,
    errors: [['spec.LoadBalancerSourceRanges[0]', 'Invalid']],
  },
];

/** Upstream cases of the first half that have no v1 manifest, with the reason. */
const SKIPPED: readonly { readonly name: string; readonly reason: string }[] = [
  {
    name: 'missing namespace',
    reason:
      'an empty metadata.namespace is filled in from the request namespace (kubectl context / URL) before validation, so the Required error cannot happen through the API',
  },
  { name: 'missing session affinity', reason: 'v1 defaulting sets spec.sessionAffinity to None when empty' },
  { name: 'missing type', reason: 'v1 defaulting sets spec.type to ClusterIP when empty' },
  { name: 'missing protocol', reason: 'v1 defaulting sets spec.ports[i].protocol to TCP when empty' },
  {
    name: 'invalid type - missing AllocateLoadBalancerNodePorts for loadbalancer type',
    reason: 'v1 defaulting sets spec.allocateLoadBalancerNodePorts to true for type LoadBalancer when unset',
  },
];

function validationErrors(yaml: string): FieldType[] {
  return checkText(yaml, DEFAULT_SETTINGS)
    .filter((f) => f.severity === 'error' && f.origin === 'validation')
    .map((f) => [f.field, f.type] as const);
}

const sorted = (list: readonly FieldType[]) => list.map(([f, t]) => `${f} ${t}`).sort();

test('first half of TestValidateServiceCreate: 75 upstream cases, each covered or skipped with a reason', () => {
  assert.equal(CASES.length + SKIPPED.length, 75);
  for (const c of CASES) assert.equal(c.errors.length, c.numErrs, `case table inconsistent: ${c.name}`);
});

for (const c of CASES) {
  test(`TestValidateServiceCreate: ${c.name}`, () => {
    const found = validationErrors(c.yaml);
    assert.deepEqual(sorted(found), sorted(c.errors), `YAML:\n${c.yaml}`);
    assert.equal(found.length, c.numErrs);
  });
}

/**
 * The same manifests with every field that v1 defaulting fills in left out (as users usually write them): the
 * findings must not change.
 */
const DEFAULTED_LINES = [
  /^ {2}sessionAffinity: None\n/m,
  /^ {2}type: ClusterIP\n/m,
  /^ {2}internalTrafficPolicy: Cluster\n/m,
  /^ {2}externalTrafficPolicy: Cluster\n/m,
  /^ {2}allocateLoadBalancerNodePorts: true\n/m,
  /^ {4}protocol: TCP\n/gm,
];

function withoutDefaultedFields(yaml: string): string {
  return DEFAULTED_LINES.reduce((text, line) => text.replace(line, ''), yaml);
}

for (const c of CASES) {
  test(`TestValidateServiceCreate, defaulted fields left out: ${c.name}`, () => {
    const yaml = withoutDefaultedFields(c.yaml);
    assert.deepEqual(sorted(validationErrors(yaml)), sorted(c.errors), `YAML:\n${yaml}`);
  });
}

for (const s of SKIPPED) {
  test(`TestValidateServiceCreate: ${s.name}`, { skip: s.reason }, () => {});
}
