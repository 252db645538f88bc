/**
 * Parity with upstream `TestValidateIngress`, `TestValidateIngressRuleValue` and `TestValidateIngressCreate`
 * (pkg/apis/networking/validation/validation_test.go at master). Each upstream `networking.Ingress` literal is
 * written as the networking.k8s.io/v1 YAML a user would apply; upstream's base Ingress is `base()` and each case is
 * its tweak. The expected lists are upstream's `expectErrsOnFields` / `expectedErrs` with their types.
 */
import { describe, test } from 'node:test';
import { assertCase } from './parity-cases';
import type { ParityCase } from './parity-cases';

interface Tweak {
  readonly defaultBackend?: string;
  readonly host?: string;
  readonly path?: string;
  readonly pathType?: string;
  readonly backend?: string;
  readonly http?: string;
}

const SERVICE = '{service: {name: defaultbackend, port: {number: 80}}}';
const RESOURCE = '{resource: {apiGroup: example.com, kind: foo, name: bar}}';

/** Upstream's baseIngress: a default backend and one rule `foo.bar.com` `/foo` ImplementationSpecific. */
function base(t: Tweak = {}): string {
  const path = `{path: ${JSON.stringify(t.path ?? '/foo')}, pathType: ${t.pathType ?? 'ImplementationSpecific'}, backend: ${t.backend ?? SERVICE}}`;
  const http = t.http ?? `{paths: [${path}]}`;
  return (
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: foo\n  namespace: default\nspec:\n` +
    `  defaultBackend: ${t.defaultBackend ?? SERVICE}\n  rules:\n  - host: ${JSON.stringify(t.host ?? 'foo.bar.com')}\n` +
    `    http: ${http}\n`
  );
}

const ingressCases: ParityCase[] = [
  { name: 'empty path (implementation specific)', yaml: base({ path: '' }), expected: 0 },
  { name: 'valid path', yaml: base({ path: '/valid' }), expected: 0 },
  {
    name: 'backend with no service',
    yaml: base({ defaultBackend: '{service: {name: "", port: {number: 80}}}' }),
    expected: [['spec.defaultBackend.service.name', 'Required']],
  },
  { name: 'invalid path type', yaml: base({ pathType: 'foo' }), expected: [['spec.rules[0].http.paths[0].pathType', 'NotSupported']] },
  { name: 'empty path (prefix)', yaml: base({ path: '', pathType: 'Prefix' }), expected: [['spec.rules[0].http.paths[0].path', 'Invalid']] },
  { name: 'no paths', yaml: base({ http: '{paths: []}' }), expected: [['spec.rules[0].http.paths', 'Required']] },
  { name: 'invalid host (foobar:80)', yaml: base({ host: 'foobar:80' }), expected: [['spec.rules[0].host', 'Invalid']] },
  { name: 'invalid host (127.0.0.1)', yaml: base({ host: '127.0.0.1' }), expected: [['spec.rules[0].host', 'Invalid']] },
  { name: 'valid wildcard host', yaml: base({ host: '*.bar.com' }), expected: 0 },
  { name: 'invalid wildcard host (foo.*.bar.com)', yaml: base({ host: 'foo.*.bar.com' }), expected: [['spec.rules[0].host', 'Invalid']] },
  { name: 'invalid wildcard host (*)', yaml: base({ host: '*' }), expected: [['spec.rules[0].host', 'Invalid']] },
  {
    name: 'path resource backend and service name are not allowed together',
    yaml: base({ backend: '{service: {name: defaultbackend, port: {number: 80}}, resource: {apiGroup: example.com, kind: foo, name: bar}}' }),
    expected: [['spec.rules[0].http.paths[0].backend', 'Invalid']],
  },
  {
    name: 'spec.backend resource and service name are not allowed together',
    yaml: base({ defaultBackend: '{service: {name: defaultbackend, port: {number: 80}}, resource: {apiGroup: example.com, kind: foo, name: bar}}' }),
    expected: [['spec.defaultBackend', 'Invalid']],
  },
];

/** TestValidateIngressRuleValue: [pathType, path, upstream's error or none]. */
const ruleValueCases: readonly (readonly [string, string, boolean])[] = [
  ['ImplementationSpecific', 'foo', true],
  ['ImplementationSpecific', '/foo', false],
  ['ImplementationSpecific', '/foo/bar/foo', false],
  ['ImplementationSpecific', '/foo//bar/foo', false],
  ['Prefix', 'foo', true],
  ['Prefix', '/foo', false],
  ['Prefix', '/foo/bar/foo', false],
  ['Prefix', '/foo//bar/foo', true],
  ['Exact', 'foo', true],
  ['Exact', '/foo', false],
  ['Exact', '/foo/bar/foo', false],
  ['Exact', '/foo//bar/foo', true],
  ['Prefix', '/foo/./foo', true],
  ['Exact', '/foo/../foo', true],
  ['Prefix', '/foo/%2f/foo', true],
  ['Exact', '/foo/%2F/foo', true],
];

/** TestValidateIngressCreate: upstream's base has a default backend and no rules. */
function createBase(extraSpec = '', annotations?: string): string {
  const meta = annotations ? `\n  annotations: ${annotations}` : '';
  return (
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: test123\n  namespace: test123${meta}\nspec:\n` +
    `  defaultBackend: ${SERVICE}\n${extraSpec}`
  );
}

const rule = (path: string, pathType: string, backend = SERVICE) =>
  `  rules:\n  - host: foo.bar.com\n    http: {paths: [{path: ${JSON.stringify(path)}, pathType: ${pathType}, backend: ${backend}}]}\n`;

const createCases: ParityCase[] = [
  { name: 'class field set', yaml: createBase('  ingressClassName: bar\n'), expected: 0 },
  { name: 'class annotation set', yaml: createBase('', '{kubernetes.io/ingress.class: foo}'), expected: 0 },
  { name: 'class field and annotation set with same value', yaml: createBase('  ingressClassName: foo\n', '{kubernetes.io/ingress.class: foo}'), expected: 0 },
  {
    name: 'class field and annotation set with different value',
    yaml: createBase('  ingressClassName: bar\n', '{kubernetes.io/ingress.class: foo}'),
    expected: [['annotations.kubernetes.io/ingress.class', 'Invalid']],
  },
  { name: 'valid regex path', yaml: createBase(rule('/([a-z0-9]*)', 'ImplementationSpecific')), expected: 0 },
  { name: 'invalid regex path allowed (v1)', yaml: createBase(rule('/([a-z0-9]*)[', 'ImplementationSpecific')), expected: 0 },
  { name: 'Spec.Backend.Resource field allowed on create', yaml: base({ defaultBackend: RESOURCE }).replace(/  rules:[\s\S]*$/, ''), expected: 0 },
  { name: 'Paths.Backend.Resource field allowed on create', yaml: createBase(rule('/([a-z0-9]*)', 'ImplementationSpecific', RESOURCE)), expected: 0 },
  { name: 'valid secret', yaml: createBase('  tls: [{secretName: valid}]\n'), expected: 0 },
  { name: 'invalid secret', yaml: createBase('  tls: [{secretName: invalid name}]\n'), expected: [['spec.tls[0].secretName', 'Invalid']] },
  { name: 'valid rules with wildcard host', yaml: createBase(`  tls: [{hosts: ["*.bar.com"]}]\n${rule('/foo', 'Exact').replace('foo.bar.com', '"*.foo.com"')}`), expected: 0 },
  {
    name: 'invalid rules with wildcard host',
    yaml: createBase(`  tls: [{hosts: ["*.bar.com"]}]\n${rule('foo', 'Exact').replace('foo.bar.com', '"*.foo.com"')}`),
    expected: [['spec.rules[0].http.paths[0].path', 'Invalid']],
  },
];

describe('parity: TestValidateIngress', () => {
  for (const c of ingressCases) test(c.name, () => assertCase(c));
});

describe('parity: TestValidateIngressRuleValue', () => {
  for (const [pathType, path, fails] of ruleValueCases) {
    const yaml = base({ path, pathType });
    const expected = fails ? [['spec.rules[0].http.paths[0].path', 'Invalid'] as const] : 0;
    test(`${pathType}: ${path}`, () => assertCase({ name: `${pathType} ${path}`, yaml, expected }));
  }
});

describe('parity: TestValidateIngressCreate', () => {
  for (const c of createCases) test(c.name, () => assertCase(c));
});

describe('parity: an Ingress with neither rules nor a default backend', () => {
  const yaml = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: foo}\nspec: {}\n';
  test('either defaultBackend or rules', () => assertCase({ name: 'empty spec', yaml, expected: [['spec', 'Invalid']] }));
});
