/**
 * Parity with the ObjectMeta tests that apply to a Service or an Endpoints object:
 *  - staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta_test.go (TestValidateObjectMetaCustomName,
 *    TestValidateObjectMetaNamespaces, TestValidateObjectMetaTrimsTrailingDash, TestValidateAnnotations,
 *    TestValidateObjectMetaOwnerReferences, TestValidateFinalizersPreventConflictingFinalizers and the create cases
 *    of TestValidateObjectMetaDeclaratively, whose owner-reference paths are written as the snapshot era reports
 *    them: unindexed and Invalid, where the newest releases say Required at `metadata.ownerReferences[0].*`);
 *  - staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation_test.go (TestValidateLabels).
 *
 * Upstream calls the ObjectMeta helpers directly, with a made-up path ("field") and sometimes a made-up name function;
 * here each input is written as the metadata of an otherwise valid Service (name function NameIsDNS1035Label,
 * namespaced) or, where upstream's name function is NameIsDNSSubdomain, of an Endpoints object. Expected lists are
 * what `ValidateService` / `ValidateEndpoints` report for that manifest (path prefix `metadata`).
 */
import { describe, test } from 'node:test';
import { assertCase } from './parity-cases';
import type { ParityCase, SkippedCase } from './parity-cases';

/** YAML double-quoted scalar of any string (JSON strings are valid YAML). */
const q = (s: string): string => JSON.stringify(s);

/** A valid Service whose metadata body is `metadata` (lines indented two spaces). */
function svc(metadata: string): string {
  return `apiVersion: v1
kind: Service
metadata:
${metadata}
spec:
  selector:
    key: val
  ports:
  - name: p
    protocol: TCP
    port: 8675
    targetPort: 8675
`;
}

/** A valid Endpoints object (NameIsDNSSubdomain) whose metadata body is `metadata`. */
function endpoints(metadata: string): string {
  return `apiVersion: v1
kind: Endpoints
metadata:
${metadata}
subsets:
- addresses:
  - ip: 10.1.2.3
`;
}

/** A Service named `test` in namespace `default` with the given map under `metadata.<key>`. */
function svcWithMap(key: 'labels' | 'annotations', map: Readonly<Record<string, string | undefined>>): string {
  const entries = Object.entries(map).map(([k, v]) => `    ${q(k)}: ${q(v ?? '')}`);
  return svc(`  name: test\n  namespace: default\n  ${key}:\n${entries.join('\n')}`);
}

const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;
const LABELS: [string, string] = ['metadata.labels', 'Invalid'];
const ANNOTATIONS_INVALID: [string, string] = ['metadata.annotations', 'Invalid'];
const ANNOTATIONS_TOO_LONG: [string, string] = ['metadata.annotations', 'TooLong'];

/**
 * TestValidateObjectMetaCustomName: upstream's name function accepts only "test" and is called on name and
 * generateName. With a Service, NameIsDNS1035Label plays that part: "test" is valid, "Invalid" gives one message.
 */
const customNameCases: ParityCase[] = [
  { name: 'valid name, empty generateName', yaml: svc('  name: test\n  namespace: default'), expected: 0 },
  {
    name: 'valid name and generateName',
    yaml: svc('  name: test\n  generateName: test\n  namespace: default'),
    expected: 0,
  },
  {
    name: 'invalid name, empty generateName',
    yaml: svc('  name: Invalid\n  namespace: default'),
    expected: [['metadata.name', 'Invalid']],
  },
  {
    name: 'invalid name, valid generateName',
    yaml: svc('  name: Invalid\n  generateName: test\n  namespace: default'),
    expected: [['metadata.name', 'Invalid']],
  },
  {
    name: 'invalid name, invalid generateName',
    yaml: svc('  name: Invalid\n  generateName: Invalid\n  namespace: default'),
    expected: [
      ['metadata.generateName', 'Invalid'],
      ['metadata.name', 'Invalid'],
    ],
  },
];

/** TestValidateObjectMetaNamespaces: ValidateNamespaceName = NameIsDNSLabel. */
const namespaceCases: ParityCase[] = [
  {
    name: 'namespace foo.bar (must not contain dots)',
    yaml: svc('  name: test\n  namespace: foo.bar'),
    expected: [['metadata.namespace', 'Invalid']],
  },
  {
    // upstream draws 64 random characters from [a-zA-Z0-9]: too long AND (with upper case) not a label.
    name: 'namespace of 64 random letters (too long, and not lower case)',
    yaml: svc(`  name: test\n  namespace: ${'aB3'.repeat(21)}z`),
    expected: [
      ['metadata.namespace', 'Invalid'],
      ['metadata.namespace', 'Invalid'],
    ],
  },
];

/** TestValidateObjectMetaTrimsTrailingDash: NameIsDNSSubdomain, generateName "foo-" is fine. */
const trailingDashCases: ParityCase[] = [
  { name: 'generateName foo- (Endpoints)', yaml: endpoints('  name: test\n  generateName: foo-'), expected: 0 },
  { name: 'generateName foo- (Service)', yaml: svc('  name: test\n  generateName: foo-'), expected: 0 },
  // The API server generates the name from generateName before validation: "foo-" plus 5 random characters.
  { name: 'generateName foo- without name (Service)', yaml: svc('  generateName: foo-'), expected: 0 },
];

/** TestValidateLabels (apimachinery meta/v1 validation). */
const labelCases: ParityCase[] = [
  ...[
    { simple: 'bar' },
    { 'now-with-dashes': 'bar' },
    { '1-starts-with-num': 'bar' },
    { '1234': 'bar' },
    { 'simple/simple': 'bar' },
    { 'now-with-dashes/simple': 'bar' },
    { 'now-with-dashes/now-with-dashes': 'bar' },
    { 'now.with.dots/simple': 'bar' },
    { 'now-with.dashes-and.dots/simple': 'bar' },
    { '1-num.2-num/3-num': 'bar' },
    { '1234/5678': 'bar' },
    { '1.2.3.4/5678': 'bar' },
    { UpperCaseAreOK123: 'bar' },
    { goodvalue: '123_-.BaR' },
  ].map((labels, i) => ({ name: `labels success case[${i}] ${JSON.stringify(labels)}`, yaml: svcWithMap('labels', labels), expected: 0 })),
  ...[
    { 'nospecialchars^=@': 'bar' },
    { 'cantendwithadash-': 'bar' },
    { 'only/one/slash': 'bar' },
    { ['a'.repeat(254)]: 'bar' },
  ].map((labels, i) => ({
    name: `label name error case[${i}] ${JSON.stringify(Object.keys(labels)[0]).slice(0, 40)}`,
    yaml: svcWithMap('labels', labels),
    expected: [LABELS],
  })),
  ...[
    { toolongvalue: 'a'.repeat(64) },
    { backslashesinvalue: 'some\\bad\\value' },
    { nocommasallowed: 'bad,value' },
    { strangecharsinvalue: '?#$notsogood' },
  ].map((labels, i) => ({
    name: `label value error case[${i}] ${JSON.stringify(labels).slice(0, 50)}`,
    yaml: svcWithMap('labels', labels),
    expected: [LABELS],
  })),
];

/** TestValidateAnnotations. */
const annotationCases: ParityCase[] = [
  ...[
    { simple: 'bar' },
    { 'now-with-dashes': 'bar' },
    { '1-starts-with-num': 'bar' },
    { '1234': 'bar' },
    { 'simple/simple': 'bar' },
    { 'now-with-dashes/simple': 'bar' },
    { 'now-with-dashes/now-with-dashes': 'bar' },
    { 'now.with.dots/simple': 'bar' },
    { 'now-with.dashes-and.dots/simple': 'bar' },
    { '1-num.2-num/3-num': 'bar' },
    { '1234/5678': 'bar' },
    { '1.2.3.4/5678': 'bar' },
    { UpperCase123: 'bar' },
    { a: 'b'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B - 1) },
    { a: 'b'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B / 2 - 1), c: 'd'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B / 2 - 1) },
  ].map((annotations, i) => ({
    name: `annotations success case[${i}]`,
    yaml: svcWithMap('annotations', annotations),
    expected: 0,
  })),
  ...[
    { 'nospecialchars^=@': 'bar' },
    { 'cantendwithadash-': 'bar' },
    { 'only/one/slash': 'bar' },
    { ['a'.repeat(254)]: 'bar' },
  ].map((annotations, i) => ({
    name: `annotation name error case[${i}]`,
    yaml: svcWithMap('annotations', annotations),
    expected: [ANNOTATIONS_INVALID],
  })),
  ...[
    { a: 'b'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B) },
    { a: 'b'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B / 2), c: 'd'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B / 2) },
  ].map((annotations, i) => ({
    name: `annotations total size error case[${i}]`,
    yaml: svcWithMap('annotations', annotations),
    expected: [ANNOTATIONS_TOO_LONG],
  })),
];

/** The create cases of TestValidateObjectMetaDeclaratively that a Service manifest can express. */
const declarativeCreateCases: ParityCase[] = [
  { name: 'valid metadata', yaml: svc('  name: test\n  namespace: default'), expected: 0 },
  {
    name: 'invalid name format',
    yaml: svc('  name: invalid_name\n  namespace: default'),
    expected: [['metadata.name', 'Invalid']],
  },
  {
    name: 'invalid annotation key',
    yaml: svcWithMap('annotations', { '-invalid': 'val' }),
    expected: [ANNOTATIONS_INVALID],
  },
  {
    name: 'annotations size limit exceeded',
    yaml: svcWithMap('annotations', { a: 'b'.repeat(TOTAL_ANNOTATION_SIZE_LIMIT_B) }),
    expected: [ANNOTATIONS_TOO_LONG],
  },
];

/** A Service named `test` with the given `ownerReferences` list items (flow maps, one a line). */
function svcOwnedBy(...refs: string[]): string {
  return svc(`  name: test\n  namespace: test\n  ownerReferences:\n${refs.map((r) => `  - ${r}`).join('\n')}`);
}

/**
 * TestValidateObjectMetaOwnerReferences. Paths follow `ValidateOwnerReferences` of the snapshot era, which builds
 * them from the list's path without an index (`metadata.ownerReferences.apiVersion`); newer releases index them.
 */
const ownerReferenceCases: ParityCase[] = [
  {
    name: 'simple success - third party extension.',
    yaml: svcOwnedBy('{apiVersion: customresourceVersion, kind: customresourceKind, name: name, uid: "1"}'),
    expected: 0,
  },
  {
    name: "simple failures - event shouldn't be set as an owner",
    yaml: svcOwnedBy('{apiVersion: v1, kind: Event, name: name, uid: "1"}'),
    expected: [['metadata.ownerReferences', 'Invalid']],
  },
  {
    name: 'simple failures - invalid apiVersion with too many slashes',
    yaml: svcOwnedBy('{apiVersion: a/b/c, kind: Pod, name: name, uid: "1"}'),
    expected: [['metadata.ownerReferences.apiVersion', 'Invalid']],
  },
  {
    name: 'simple failures - invalid apiVersion with empty version',
    yaml: svcOwnedBy('{apiVersion: foo/, kind: Pod, name: name, uid: "1"}'),
    expected: [['metadata.ownerReferences.apiVersion', 'Invalid']],
  },
  {
    name: 'simple success - apiVersion with no slashes (legacy core group)',
    yaml: svcOwnedBy('{apiVersion: v1, kind: Pod, name: name, uid: "1"}'),
    expected: 0,
  },
  {
    name: 'simple controller ref success - one reference with Controller set',
    yaml: svcOwnedBy(
      '{apiVersion: customresourceVersion, kind: customresourceKind, name: name, uid: "1", controller: false}',
      '{apiVersion: customresourceVersion, kind: customresourceKind, name: name, uid: "2", controller: true}',
      '{apiVersion: customresourceVersion, kind: customresourceKind, name: name, uid: "3", controller: false}',
      '{apiVersion: customresourceVersion, kind: customresourceKind, name: name, uid: "4"}',
    ),
    expected: 0,
  },
  {
    name: 'simple controller ref failure - two references with Controller set',
    yaml: svcOwnedBy(
      '{apiVersion: customresourceVersion, kind: customresourceKind1, name: name, uid: "1", controller: false}',
      '{apiVersion: customresourceVersion, kind: customresourceKind2, name: name, uid: "2", controller: true}',
      '{apiVersion: customresourceVersion, kind: customresourceKind3, name: name, uid: "3", controller: true}',
      '{apiVersion: customresourceVersion, kind: customresourceKind4, name: name, uid: "4"}',
    ),
    expected: [['metadata.ownerReferences', 'Invalid']],
  },
  // TestValidateObjectMetaDeclaratively's create cases on owner references (mkOwnerRef: v1, name "name", uid "uid-1").
  {
    name: 'ownerReferences empty apiVersion',
    yaml: svcOwnedBy('{apiVersion: "", kind: Pod, name: name, uid: uid-1}'),
    expected: [['metadata.ownerReferences.apiVersion', 'Invalid']],
  },
  {
    name: 'ownerReferences empty kind',
    yaml: svcOwnedBy('{apiVersion: v1, kind: "", name: name, uid: uid-1}'),
    expected: [['metadata.ownerReferences.kind', 'Invalid']],
  },
  {
    name: 'ownerReferences empty name',
    yaml: svcOwnedBy('{apiVersion: v1, kind: Pod, name: "", uid: uid-1}'),
    expected: [['metadata.ownerReferences.name', 'Invalid']],
  },
  {
    name: 'ownerReferences empty uid',
    yaml: svcOwnedBy('{apiVersion: v1, kind: Pod, name: name, uid: ""}'),
    expected: [['metadata.ownerReferences.uid', 'Invalid']],
  },
  {
    name: 'ownerReferences event is disallowed',
    yaml: svcOwnedBy('{apiVersion: v1, kind: Event, name: name, uid: uid-1}'),
    expected: [['metadata.ownerReferences', 'Invalid']],
  },
];

/** TestValidateFinalizersPreventConflictingFinalizers, plus core's `validateKubeFinalizerName` on the same input. */
const finalizerCases: ParityCase[] = [
  {
    name: 'conflicting finalizers',
    yaml: svc('  name: test\n  finalizers: [orphan, foregroundDeletion]'),
    expected: [['metadata.finalizers', 'Invalid']],
  },
  { name: 'standard and qualified finalizers', yaml: svc('  name: test\n  finalizers: [kubernetes, example.com/x]'), expected: 0 },
];

/** TestValidateObjectMetaDeclaratively: negative generation. */
const generationCases: ParityCase[] = [
  { name: 'negative generation', yaml: svc('  name: test\n  generation: -1'), expected: [['metadata.generation', 'Invalid']] },
  { name: 'zero generation', yaml: svc('  name: test\n  generation: 0'), expected: 0 },
];

const skipped: SkippedCase[] = [
  {
    name: 'TestValidateObjectMetaWithOptsName',
    reason:
      'ValidateObjectMetaWithOpts (no generateName check) is not what ValidateService / ValidateEndpoints call; the same inputs are covered above through ValidateObjectMeta',
  },
  {
    name: 'TestValidateObjectMetaDeclaratively: missing required namespace',
    reason: 'a manifest without metadata.namespace gets the request namespace before validation',
  },
  {
    name: 'TestValidateObjectMetaDeclaratively: managedFields empty operation',
    reason: 'metadata.managedFields sent on create is replaced by the field manager before validation',
  },
  {
    name: 'TestValidateObjectMetaUpdate*, TestValidateFinalizersUpdate, TestObjectMetaGenerationUpdate, update cases',
    reason: 'update-only: they need the old object',
  },
];

describe('parity: TestValidateObjectMetaCustomName (as Service names)', () => {
  for (const c of customNameCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateObjectMetaNamespaces', () => {
  for (const c of namespaceCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateObjectMetaTrimsTrailingDash', () => {
  for (const c of trailingDashCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateLabels (metadata.labels)', () => {
  for (const c of labelCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateAnnotations (metadata.annotations)', () => {
  for (const c of annotationCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateObjectMetaDeclaratively create cases', () => {
  for (const c of declarativeCreateCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateObjectMetaOwnerReferences and declarative ownerReferences cases', () => {
  for (const c of ownerReferenceCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateFinalizersPreventConflictingFinalizers', () => {
  for (const c of finalizerCases) test(c.name, () => assertCase(c));
});

describe('parity: generation', () => {
  for (const c of generationCases) test(c.name, () => assertCase(c));
});

describe('parity: ObjectMeta cases v1 YAML cannot express', () => {
  for (const s of skipped) test(s.name, { skip: s.reason }, () => undefined);
});
