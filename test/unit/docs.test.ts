import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { fieldDocs, valueDocs } from '../../server/src/core/docs';
import type { FieldDoc } from '../../server/src/core/docs';
import { ruleAdvice } from '../../server/src/core/docs/rule-advice';
import { localizer } from '../../server/src/core/l10n';
import type { Language } from '../../server/src/core/l10n';
import { ENUMERATED_FIELDS, PATH_TYPES } from '../../server/src/core/model/enums';
import { SERVED_API_VERSION } from '../../server/src/core/model/k8s-object';
import type { ObjectKind } from '../../server/src/core/model/k8s-object';
import { isKnownPath } from '../../server/src/core/model/v1-schema';
import { ALL_RULES } from '../../server/src/core/rules/registry';

/** One language's docs, advice and UI words, as the hover and completion get them through its localizer. */
interface DocSet {
  readonly fields: Readonly<Record<string, FieldDoc>>;
  readonly values: Readonly<Record<string, FieldDoc>>;
  readonly ruleAdvice: Readonly<Record<string, string>>;
  readonly ui: Readonly<Record<string, string>>;
}

function docSet(language: Language): DocSet {
  const l10n = localizer(language);
  const ids = ['yaml-syntax', ...ALL_RULES.map((rule) => rule.id), 'file-too-large'];
  return {
    fields: fieldDocs(l10n),
    values: valueDocs(l10n),
    ruleAdvice: Object.fromEntries(ids.map((id) => [id, ruleAdvice(id, l10n) ?? ''])),
    ui: {
      default: l10n.t('Default'),
      constraints: l10n.t('Constraints'),
      example: l10n.t('Example'),
      inThisManifest: l10n.t('In this manifest'),
    },
  };
}

const DOCS_EN = docSet('en');
const DOCS_KO = docSet('ko');

const LANGUAGES: readonly (readonly [string, DocSet])[] = [
  ['en', DOCS_EN],
  ['ko', DOCS_KO],
];
const HANGUL = /[\uAC00-\uD7A3]/;
/** `<Kind>:<path>`: keys joined by `.`, `[]` after a list. */
const FIELD_KEY = /^(Service|Endpoints|Ingress):[A-Za-z]+(\[\])?(\.[A-Za-z]+(\[\])?)*$/;

const sorted = (record: object): string[] => Object.keys(record).sort();

/** Every doc of a set with a label for messages. */
function allDocs(docs: DocSet): [string, FieldDoc][] {
  return [
    ...Object.entries(docs.fields).map(([key, doc]): [string, FieldDoc] => [`fields[${key}]`, doc]),
    ...Object.entries(docs.values).map(([key, doc]): [string, FieldDoc] => [`values[${key}]`, doc]),
  ];
}

/** Every piece of prose of a doc, labelled. */
function texts(label: string, doc: FieldDoc): [string, string][] {
  const out: [string, string][] = [[`${label}.summary`, doc.summary]];
  if (doc.details !== undefined) out.push([`${label}.details`, doc.details]);
  if (doc.defaultText !== undefined) out.push([`${label}.defaultText`, doc.defaultText]);
  (doc.constraints ?? []).forEach((c, i) => out.push([`${label}.constraints[${i}]`, c]));
  return out;
}

test('English and Korean have exactly the same keys', () => {
  assert.deepEqual(sorted(DOCS_KO.fields), sorted(DOCS_EN.fields));
  assert.deepEqual(sorted(DOCS_KO.values), sorted(DOCS_EN.values));
  assert.deepEqual(sorted(DOCS_KO.ruleAdvice), sorted(DOCS_EN.ruleAdvice));
  assert.deepEqual(sorted(DOCS_KO.ui), sorted(DOCS_EN.ui));
});

test('every rule id, and yaml-syntax, has advice in both languages', () => {
  const ids = [...ALL_RULES.map((rule) => rule.id), 'yaml-syntax'];
  for (const [language, docs] of LANGUAGES) {
    for (const id of ids) {
      const advice = docs.ruleAdvice[id];
      assert.ok(typeof advice === 'string' && advice.trim() !== '', `${language}: no advice for rule ${id}`);
    }
  }
});

test('every Korean text contains Hangul', () => {
  const missing: string[] = [];
  for (const [label, doc] of allDocs(DOCS_KO)) {
    for (const [where, text] of texts(label, doc)) if (!HANGUL.test(text)) missing.push(where);
  }
  for (const [id, advice] of Object.entries(DOCS_KO.ruleAdvice)) if (!HANGUL.test(advice)) missing.push(`ruleAdvice[${id}]`);
  for (const [word, text] of Object.entries(DOCS_KO.ui)) if (!HANGUL.test(text)) missing.push(`ui.${word}`);
  assert.deepEqual(missing, []);
});

test('no text is empty, and summaries stay short enough for a hover', () => {
  for (const [language, docs] of LANGUAGES) {
    for (const [label, doc] of allDocs(docs)) {
      for (const [where, text] of texts(label, doc)) assert.notEqual(text.trim(), '', `${language}: ${where} is empty`);
      assert.ok(doc.summary.length <= 260, `${language}: ${label}.summary has ${doc.summary.length} characters`);
      if (doc.details !== undefined) {
        assert.ok(doc.details.length <= 700, `${language}: ${label}.details has ${doc.details.length} characters`);
      }
    }
  }
});

test('both languages document the same parts of every entry', () => {
  for (const [label, en] of allDocs(DOCS_EN)) {
    const [kind, key] = label.startsWith('fields[') ? ['fields', label.slice(7, -1)] : ['values', label.slice(7, -1)];
    const ko = kind === 'fields' ? DOCS_KO.fields[key] : DOCS_KO.values[key];
    assert.ok(ko, `ko: ${label} is missing`);
    assert.equal(ko.details === undefined, en.details === undefined, `${label}: details in one language only`);
    assert.equal(ko.defaultText === undefined, en.defaultText === undefined, `${label}: defaultText in one language only`);
    assert.equal(ko.example === undefined, en.example === undefined, `${label}: example in one language only`);
    assert.equal(ko.constraints?.length ?? 0, en.constraints?.length ?? 0, `${label}: a different number of constraints`);
  }
});

test('examples parse as YAML, and both languages show the same example', () => {
  for (const [label, en] of allDocs(DOCS_EN)) {
    if (en.example === undefined) continue;
    const enValue: unknown = parse(en.example);
    assert.equal(typeof enValue, 'object', `en: ${label}.example is not a YAML map`);
    assert.notEqual(enValue, null, `en: ${label}.example is empty`);
    const key = label.slice(7, -1);
    const ko = label.startsWith('fields[') ? DOCS_KO.fields[key] : DOCS_KO.values[key];
    assert.ok(ko?.example !== undefined, `ko: ${label}.example is missing`);
    // Comments may be translated; the data must be the same.
    assert.deepEqual(parse(ko.example), enValue, `${label}: the Korean example differs from the English one`);
  }
});

test('keys name a path of the kind in its served API version, and every value belongs to a documented field', () => {
  for (const key of Object.keys(DOCS_EN.fields)) {
    assert.match(key, FIELD_KEY);
    const [kind, path] = key.split(':') as [ObjectKind, string];
    // `spec.rules[].host` is the path spec, rules, 0, host.
    const segments = path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), 0] : [part]));
    assert.ok(isKnownPath(kind, segments, SERVED_API_VERSION[kind]), `field key ${key} is no field of ${kind}`);
  }
  for (const key of Object.keys(DOCS_EN.values)) {
    const [field, value] = key.split('=');
    assert.ok(field !== undefined && value !== undefined && value !== '', `value key ${key}`);
    assert.match(field, FIELD_KEY);
    // `spec.ipFamilies[]=IPv4` is an item of the list documented as `spec.ipFamilies`.
    const owner = field.endsWith('[]') ? field.slice(0, -2) : field;
    assert.ok(DOCS_EN.fields[owner], `value key ${key} has no field doc for ${owner}`);
  }
});

test('the documented fields and values cover what users hover', () => {
  const fields = [
    'Service:apiVersion',
    'Service:kind',
    'Service:metadata.name',
    'Service:metadata.generateName',
    'Service:spec.ports[].name',
    'Service:spec.ports[].protocol',
    'Service:spec.ports[].appProtocol',
    'Service:spec.ports[].port',
    'Service:spec.ports[].targetPort',
    'Service:spec.ports[].nodePort',
    'Service:spec.sessionAffinityConfig.clientIP.timeoutSeconds',
    'Service:spec.loadBalancerIP',
    'Service:spec.trafficDistribution',
    'Service:status.loadBalancer.ingress',
    'Endpoints:metadata.name',
    'Endpoints:subsets[].addresses[].ip',
    'Endpoints:subsets[].addresses[].targetRef',
    'Endpoints:subsets[].notReadyAddresses[].hostname',
    'Endpoints:subsets[].notReadyAddresses[].nodeName',
    'Endpoints:subsets[].ports[].appProtocol',
    'Ingress:spec.ingressClassName',
    'Ingress:spec.defaultBackend.service.port.number',
    'Ingress:spec.tls[].secretName',
    'Ingress:spec.rules[].host',
    'Ingress:spec.rules[].http.paths[].path',
    'Ingress:spec.rules[].http.paths[].backend.service.name',
    'Ingress:spec.rules[].http.paths[].backend.service.port.name',
  ];
  for (const key of fields) assert.ok(DOCS_EN.fields[key], `no doc for ${key}`);
  const values: Record<string, readonly string[]> = {
    'Service:spec.type': ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
    'Service:spec.clusterIP': ['None'],
    'Service:spec.ports[].protocol': ['TCP', 'UDP', 'SCTP'],
    'Endpoints:subsets[].ports[].protocol': ['TCP', 'UDP', 'SCTP'],
    'Service:spec.sessionAffinity': ['None', 'ClientIP'],
    'Service:spec.externalTrafficPolicy': ['Cluster', 'Local'],
    'Service:spec.internalTrafficPolicy': ['Cluster', 'Local'],
    'Service:spec.ipFamilyPolicy': ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
    'Service:spec.ipFamilies[]': ['IPv4', 'IPv6'],
    'Service:spec.trafficDistribution': ['PreferClose', 'PreferSameZone', 'PreferSameNode'],
    'Ingress:spec.rules[].http.paths[].pathType': ['Prefix', 'Exact', 'ImplementationSpecific'],
  };
  for (const [field, list] of Object.entries(values)) {
    for (const value of list) assert.ok(DOCS_EN.values[`${field}=${value}`], `no doc for ${field}=${value}`);
  }
});

test('the port docs explain the traffic path and the API defaults', () => {
  for (const [language, docs] of LANGUAGES) {
    for (const name of ['port', 'targetPort', 'nodePort']) {
      const details = docs.fields[`Service:spec.ports[].${name}`]?.details ?? '';
      for (const step of ['nodePort', ':port', 'targetPort', '→']) {
        assert.ok(details.includes(step), `${language}: ${name} details lack ${step}`);
      }
    }
    const targetPort = docs.fields['Service:spec.ports[].targetPort'];
    assert.match(targetPort?.defaultText ?? '', /`port`/, `${language}: targetPort default`);
    assert.ok(targetPort?.constraints?.some((c) => c.includes('IANA_SVC_NAME') && c.includes('15')), `${language}: IANA_SVC_NAME`);
    const nodePort = docs.fields['Service:spec.ports[].nodePort'];
    assert.ok(nodePort?.constraints?.some((c) => c.includes('30000-32767')), `${language}: node-port range`);
    const timeout = docs.fields['Service:spec.sessionAffinityConfig.clientIP.timeoutSeconds'];
    assert.match(timeout?.defaultText ?? '', /10800/, `${language}: timeout default`);
    assert.ok(timeout?.constraints?.some((c) => c.includes('86400')), `${language}: timeout maximum`);
    assert.match(docs.fields['Service:spec.ports[].protocol']?.defaultText ?? '', /`TCP`/, `${language}: protocol default`);
    assert.match(docs.fields['Service:spec.type']?.defaultText ?? '', /`ClusterIP`/, `${language}: type default`);
    assert.match(docs.fields['Service:spec.clusterIP']?.summary ?? '', /`None`/, `${language}: headless`);
  }
});

test('the Ingress docs say what the API server requires of a path and a backend, in both languages', () => {
  const paths = 'Ingress:spec.rules[].http.paths[]';
  for (const [language, docs] of LANGUAGES) {
    const pathType = docs.fields[`${paths}.pathType`]?.constraints?.join('\n') ?? '';
    for (const value of PATH_TYPES) assert.ok(pathType.includes(`\`${value}\``), `${language}: pathType names ${value}`);
    assert.match(pathType, /networking\.k8s\.io\/v1/, `${language}: pathType has no default in v1`);
    const path = docs.fields[`${paths}.path`]?.constraints?.join('\n') ?? '';
    for (const refused of ['`/`', '`//`', '`/../`', '`%2f`']) assert.ok(path.includes(refused), `${language}: path ${refused}`);
    for (const backend of ['Ingress:spec.defaultBackend', `${paths}.backend`]) {
      assert.match(docs.fields[`${backend}.service.port`]?.summary ?? '', /`targetPort`/, `${language}: ${backend} port`);
      assert.ok(docs.fields[`${backend}.service.port.number`]?.constraints?.some((c) => c.includes('65535')), `${language}: ${backend}`);
      assert.ok(docs.fields[`${backend}.service.name`]?.constraints?.some((c) => c.includes('DNS-1035')), `${language}: ${backend}`);
    }
    assert.match(docs.fields['Ingress:spec.rules[].host']?.details ?? '', /`a\.shop\.example\.com`/, `${language}: one wildcard label`);
    assert.match(docs.values[`${paths}.pathType=Prefix`]?.summary ?? '', /`\/apis`/, `${language}: Prefix is by segment`);
  }
});

test('every enumeration value of model/enums.ts has a value doc in both languages, and no other value has one', () => {
  const keys = new Set<string>();
  for (const { key, values } of ENUMERATED_FIELDS) {
    const owner = key.endsWith('[]') ? key.slice(0, -2) : key;
    for (const [language, docs] of LANGUAGES) {
      assert.ok(docs.fields[owner], `${language}: no field doc for ${owner}`);
      for (const value of values) {
        keys.add(`${key}=${value}`);
        assert.ok(docs.values[`${key}=${value}`]?.summary, `${language}: no doc for ${key}=${value}`);
      }
    }
  }
  for (const [language, docs] of LANGUAGES) assert.deepEqual(sorted(docs.values), [...keys].sort(), language);
});

test('every rule has its advice in both languages in its own folder, and the docs show it', () => {
  for (const rule of ALL_RULES) {
    assert.equal(DOCS_EN.ruleAdvice[rule.id], rule.advice(localizer('en')), rule.id);
    assert.equal(DOCS_KO.ruleAdvice[rule.id], rule.advice(localizer('ko')), rule.id);
  }
});
