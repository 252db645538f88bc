/**
 * Parity with upstream `TestValidateEndpointsCreate` (pkg/apis/core/validation/validation_test.go, snapshot 000f2605)
 * and the create-time Endpoints tables beside it (`TestEndpointAddressNodeName*`, the new-object half of
 * `TestValidateEndpointsUpdate`). Each upstream `core.Endpoints` literal is written as the v1 YAML a user would apply.
 *
 * Upstream only asserts the type of the FIRST error (`errs[0].Type`); the full [field, type] lists below are derived
 * from `ValidateEndpoints` / `validateEndpointSubsets` / `validateEndpointAddress` / `validateEndpointPort` in
 * validation.go, and the first entry of each list is upstream's asserted type.
 */
import { describe, test } from 'node:test';
import { assertCase } from './parity-cases';
import type { ParityCase, SkippedCase } from './parity-cases';

/** `metadata: {name: mysvc, namespace: namespace}` plus the given top-level body. */
function ep(body: string, metadata = '  name: mysvc\n  namespace: namespace'): string {
  return `apiVersion: v1\nkind: Endpoints\nmetadata:\n${metadata}\n${body}`;
}

/** One subset with one address and one port, as most upstream error cases build it. */
function oneSubset(address: string, port: string): string {
  return ep(`subsets:\n- addresses:\n  - ${address}\n  ports:\n  - ${port}\n`);
}

const successCases: ParityCase[] = [
  {
    name: 'simple endpoint',
    yaml: ep(`subsets:
- addresses:
  - ip: 10.10.1.1
  - ip: 10.10.2.2
  ports:
  - {name: a, port: 8675, protocol: TCP}
  - {name: b, port: 309, protocol: TCP}
- addresses:
  - ip: 10.10.3.3
  ports:
  - {name: a, port: 93, protocol: TCP}
  - {name: b, port: 76, protocol: TCP}
`),
    expected: 0,
  },
  { name: 'empty subsets', yaml: ep(''), expected: 0 },
  {
    name: 'no name required for singleton port',
    yaml: oneSubset('ip: 10.10.1.1', '{port: 8675, protocol: TCP}'),
    expected: 0,
  },
  {
    name: 'valid appProtocol',
    yaml: oneSubset('ip: 10.10.1.1', '{port: 8675, protocol: TCP, appProtocol: HTTP}'),
    expected: 0,
  },
  {
    name: 'empty ports',
    yaml: ep(`subsets:\n- addresses:\n  - ip: 10.10.3.3\n`),
    expected: 0,
  },
];

const errorCases: ParityCase[] = [
  // upstream: FieldValueRequired (ValidateObjectMeta: "name or generateName is required")
  { name: 'missing name', yaml: ep('', '  namespace: namespace'), expected: [['metadata.name', 'Required']] },
  // upstream: FieldValueInvalid (ValidateNamespaceName = NameIsDNSLabel: one regex message)
  {
    name: 'invalid namespace',
    yaml: ep('', `  name: mysvc\n  namespace: 'no@#invalid.;chars"allowed'`),
    expected: [['metadata.namespace', 'Invalid']],
  },
  // upstream: FieldValueInvalid (ValidateEndpointsName = NameIsDNSSubdomain: one regex message)
  {
    name: 'invalid name',
    yaml: ep('', `  name: '-_Invliad^&Characters'\n  namespace: namespace`),
    expected: [['metadata.name', 'Invalid']],
  },
  // upstream: FieldValueRequired ("must specify `addresses` or `notReadyAddresses`")
  {
    name: 'empty addresses',
    yaml: ep(`subsets:\n- ports:\n  - {name: a, port: 93, protocol: TCP}\n`),
    expected: [['subsets[0]', 'Required']],
  },
  // upstream: FieldValueInvalid, origin format=ip-sloppy. IsValidIP and ValidateNonSpecialIP both refuse it.
  {
    name: 'invalid IP',
    yaml: oneSubset(`ip: '[2001:0db8:85a3:0042:1000:8a2e:0370:7334]'`, '{name: a, port: 93, protocol: TCP}'),
    expected: [
      ['subsets[0].addresses[0].ip', 'Invalid'],
      ['subsets[0].addresses[0].ip', 'Invalid'],
    ],
  },
  // upstream: FieldValueRequired
  {
    name: 'Multiple ports, one without name',
    yaml: ep(`subsets:
- addresses:
  - ip: 10.10.1.1
  ports:
  - {port: 8675, protocol: TCP}
  - {name: b, port: 309, protocol: TCP}
`),
    expected: [['subsets[0].ports[0].name', 'Required']],
  },
  // upstream: FieldValueInvalid, origin portNum
  {
    name: 'Invalid port number',
    yaml: oneSubset('ip: 10.10.1.1', '{name: a, port: 66000, protocol: TCP}'),
    expected: [['subsets[0].ports[0].port', 'Invalid']],
  },
  // upstream: FieldValueNotSupported
  {
    name: 'Invalid protocol',
    yaml: oneSubset('ip: 10.10.1.1', '{name: a, port: 93, protocol: Protocol}'),
    expected: [['subsets[0].ports[0].protocol', 'NotSupported']],
  },
  // upstream: FieldValueInvalid, origin format=ip-sloppy. An address `{}` has ip "": refused by both IP checks.
  {
    name: 'Address missing IP',
    yaml: ep(`subsets:\n- addresses:\n  - {}\n  ports:\n  - {name: a, port: 93, protocol: TCP}\n`),
    expected: [
      ['subsets[0].addresses[0].ip', 'Invalid'],
      ['subsets[0].addresses[0].ip', 'Invalid'],
    ],
  },
  // upstream: FieldValueInvalid, origin portNum (port 0)
  {
    name: 'Port missing number',
    yaml: oneSubset('ip: 10.10.1.1', '{name: a, protocol: TCP}'),
    expected: [['subsets[0].ports[0].port', 'Invalid']],
  },
  // upstream: FieldValueInvalid, origin format=non-special-ip
  {
    name: 'Address is loopback',
    yaml: oneSubset('ip: 127.0.0.1', '{name: p, port: 93, protocol: TCP}'),
    expected: [['subsets[0].addresses[0].ip', 'Invalid']],
  },
  {
    name: 'Address is link-local',
    yaml: oneSubset('ip: 169.254.169.254', '{name: p, port: 93, protocol: TCP}'),
    expected: [['subsets[0].addresses[0].ip', 'Invalid']],
  },
  {
    name: 'Address is link-local multicast',
    yaml: oneSubset('ip: 224.0.0.1', '{name: p, port: 93, protocol: TCP}'),
    expected: [['subsets[0].addresses[0].ip', 'Invalid']],
  },
  // upstream: FieldValueInvalid, origin format=qualified-name
  {
    name: 'Invalid AppProtocol',
    yaml: oneSubset('ip: 10.10.1.1', `{name: p, port: 93, protocol: TCP, appProtocol: 'lots-of[invalid]-{chars}'}`),
    expected: [['subsets[0].ports[0].appProtocol', 'Invalid']],
  },
];

/**
 * `newNodeNameEndpoint(nodeName)`: name foo, namespace default, one subset with an empty notReadyAddresses list, port
 * https/443/TCP and address 8.8.8.8 (hostname zookeeper1) on the given node. `resourceVersion: "1"` is left out: the
 * API server refuses it on create before validation, and it plays no part in `ValidateEndpoints`.
 */
function nodeNameEndpoint(nodeName: string): string {
  return ep(
    `subsets:
- notReadyAddresses: []
  ports:
  - {name: https, port: 443, protocol: TCP}
  addresses:
  - ip: 8.8.8.8
    hostname: zookeeper1
    nodeName: '${nodeName}'
`,
    '  name: foo\n  namespace: default',
  );
}

const nodeNameCases: ParityCase[] = [
  // TestEndpointAddressNodeNameInvalidDNSSubdomain: ValidateNodeName = NameIsDNSSubdomain, one regex message.
  {
    name: 'TestEndpointAddressNodeNameInvalidDNSSubdomain',
    yaml: nodeNameEndpoint('illegal*.nodename'),
    expected: [['subsets[0].addresses[0].nodeName', 'Invalid']],
  },
  { name: 'TestEndpointAddressNodeNameCanBeAnIPAddress', yaml: nodeNameEndpoint('10.10.1.1'), expected: 0 },
  // TestEndpointAddressNodeNameUpdateRestrictions validates the updated object on its own too: a changed node name is fine.
  {
    name: 'TestEndpointAddressNodeNameUpdateRestrictions (new object)',
    yaml: nodeNameEndpoint('kubernetes-changed-nodename'),
    expected: 0,
  },
];

/**
 * `TestValidateEndpointsUpdate` runs `ValidateObjectMetaUpdate` (nothing changes there) and then `ValidateEndpoints`
 * on the new object, so its new objects are checked here as a create of the same manifest would be.
 */
function updateBase(ports: string): string {
  return ep(`subsets:\n- addresses:\n  - ip: 10.1.2.3\n  ports:\n  - ${ports}\n`);
}

const updateNewObjectCases: ParityCase[] = [
  {
    name: 'update to valid app protocol (new object)',
    yaml: updateBase('{name: a, port: 8675, protocol: TCP, appProtocol: https}'),
    expected: 0,
  },
  {
    name: 'update to invalid app protocol (new object)',
    yaml: updateBase(`{name: a, port: 8675, protocol: TCP, appProtocol: '~https'}`),
    expected: [['subsets[0].ports[0].appProtocol', 'Invalid']],
  },
];

const skipped: SkippedCase[] = [
  {
    name: 'missing namespace',
    reason:
      'a manifest without metadata.namespace gets the request namespace (kubectl context / -n) before validation, so the Required error cannot happen through the API',
  },
  {
    name: 'Port missing protocol',
    reason: 'v1 SetDefaults_Endpoints sets an empty subsets[].ports[].protocol to TCP before validation',
  },
];

describe('parity: TestValidateEndpointsCreate success cases', () => {
  for (const c of successCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateEndpointsCreate error cases', () => {
  for (const c of errorCases) test(c.name, () => assertCase(c));
});

describe('parity: TestEndpointAddressNodeName*', () => {
  for (const c of nodeNameCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateEndpointsUpdate, new object only', () => {
  for (const c of updateNewObjectCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateEndpointsCreate cases v1 YAML cannot express', () => {
  for (const s of skipped) test(s.name, { skip: s.reason }, () => undefined);
});
