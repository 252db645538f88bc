import { get, isMap, items, pairOf } from '../parse/located-node';
import type { LMap, LNode, LPair, Span } from '../parse/located-node';
import {
  decodesAsStruct,
  goList,
  intOrStringField,
  int32Field,
  isNull,
  optionalStringField,
  stringField,
  stringListField,
  writtenValue,
} from './decoded';
import type { Decoded } from './decoded';
import type { K8sObject } from './k8s-object';

/**
 * A networking.k8s.io/v1 Ingress as `ValidateIngressSpec` sees it after decoding (v1 has no defaults for it): a
 * missing or null field is Go's zero value, a field of the wrong YAML type has no `Decoded` (`field-type` reports
 * it), and a struct the decoder refuses is left out, so the rules built on this view stay silent about it.
 */
export interface DecodedIngress {
  readonly spec: LNode | undefined;
  /** A `*string`: `value` undefined when absent or null. */
  readonly ingressClassName: Decoded<string | undefined> | undefined;
  /** `spec.defaultBackend`, a pointer: undefined when nil (absent or null) or refused. */
  readonly defaultBackend: IngressBackendView | undefined;
  /** Undefined when the list is refused. */
  readonly rules: readonly IngressRuleView[] | undefined;
  readonly tls: readonly IngressTLSView[] | undefined;
}

export interface IngressBackendView {
  /** `spec.defaultBackend` or `spec.rules[0].http.paths[1].backend`. */
  readonly path: string;
  /** The backend map; undefined for a path whose `backend` is not written (the zero struct). */
  readonly node: LMap | undefined;
  /** Where a finding about the whole backend points: its entry, else the path item. */
  readonly span: Span;
  /** False when `service` or `resource` is refused by the decoder: then nothing about the backend is checked. */
  readonly decodes: boolean;
  /** `service`, a pointer: undefined when nil. */
  readonly service: IngressServiceBackendView | undefined;
  /** `resource`, a pointer: the written entry, undefined when nil. */
  readonly resource: LPair | undefined;
}

export interface IngressServiceBackendView {
  readonly pair: LPair;
  readonly name: Decoded<string> | undefined;
  readonly portName: Decoded<string> | undefined;
  readonly portNumber: Decoded<number> | undefined;
}

export interface IngressRuleView {
  /** `spec.rules[i]`. */
  readonly path: string;
  readonly node: LNode;
  readonly host: Decoded<string> | undefined;
  /** `http`, a pointer: undefined when nil or refused. */
  readonly http: HttpRuleView | undefined;
}

export interface HttpRuleView {
  readonly pair: LPair;
  /** Undefined when the list is refused. */
  readonly paths: readonly HttpPathView[] | undefined;
}

export interface HttpPathView {
  /** `spec.rules[i].http.paths[j]`. */
  readonly path: string;
  readonly node: LNode;
  readonly pathValue: Decoded<string> | undefined;
  /** A `*PathType`: `value` undefined when absent or null. */
  readonly pathType: Decoded<string | undefined> | undefined;
  readonly backend: IngressBackendView | undefined;
}

export interface IngressTLSView {
  /** `spec.tls[i]`. */
  readonly path: string;
  readonly node: LNode;
  readonly hosts: Decoded<readonly Decoded<string>[]> | undefined;
  readonly secretName: Decoded<string> | undefined;
}

const decoded = new WeakMap<LMap, DecodedIngress>();

/** The Ingress as its validation reads it; decoded once per object. */
export function decodeIngress(object: K8sObject): DecodedIngress {
  let ingress = decoded.get(object.root);
  if (!ingress) decoded.set(object.root, (ingress = decodeSpec(get(object.root, 'spec'))));
  return ingress;
}

/**
 * Every backend `ValidateIngressSpec` validates, in its order: the default backend, then each path's, except those
 * of a path without `pathType` (`validateHTTPIngressPath` stops at the missing pathType).
 */
export function ingressBackends(ingress: DecodedIngress): IngressBackendView[] {
  const paths = ingressPaths(ingress).flatMap((path) =>
    path.backend && path.pathType?.value !== undefined ? [path.backend] : [],
  );
  return ingress.defaultBackend ? [ingress.defaultBackend, ...paths] : paths;
}

export function ingressPaths(ingress: DecodedIngress): HttpPathView[] {
  return (ingress.rules ?? []).flatMap((rule) => rule.http?.paths ?? []);
}

function decodeSpec(spec: LNode | undefined): DecodedIngress {
  const fields = decodesAsStruct(spec) ? spec : undefined;
  const defaultPair = pairOf(fields, 'defaultBackend');
  return {
    spec,
    ingressClassName: optionalStringField(fields, 'ingressClassName'),
    defaultBackend: pointerMap(defaultPair) ? backendView('spec.defaultBackend', defaultPair, spec) : undefined,
    rules: listOf(fields, 'rules', 'spec.rules', ruleView),
    tls: listOf(fields, 'tls', 'spec.tls', (node, path) => ({
      path,
      node,
      hosts: stringListField(node, 'hosts'),
      secretName: stringField(node, 'secretName'),
    })),
  };
}

/** A pointer to a struct that is set: a written map (null is nil; anything else the decoder refuses). */
function pointerMap(pair: LPair | undefined): pair is LPair & { value: LMap } {
  return isMap(pair?.value);
}

/** The struct items of a list field, `[]` when absent; undefined when the list is refused. Refused items are left out. */
function listOf<T>(parent: LNode | undefined, key: string, path: string, view: (node: LNode, path: string) => T): T[] | undefined {
  const nodes = goList(get(parent, key));
  if (nodes === undefined) return undefined;
  return nodes.flatMap((node, index) => (decodesAsStruct(node) ? [view(node, `${path}[${index}]`)] : []));
}

function ruleView(node: LNode, path: string): IngressRuleView {
  const httpPair = pairOf(node, 'http');
  const http = pointerMap(httpPair)
    ? { pair: httpPair, paths: listOf(httpPair.value, 'paths', `${path}.http.paths`, pathView) }
    : undefined;
  return { path, node, host: stringField(node, 'host'), http };
}

function pathView(node: LNode, path: string): HttpPathView {
  const backendPair = pairOf(node, 'backend');
  const backend = decodesAsStruct(backendPair?.value) ? backendView(`${path}.backend`, backendPair, node) : undefined;
  return { path, node, pathValue: stringField(node, 'path'), pathType: optionalStringField(node, 'pathType'), backend };
}

function backendView(path: string, pair: LPair | undefined, fallback: LNode | undefined): IngressBackendView {
  const node = isMap(pair?.value) ? pair.value : undefined;
  const servicePair = pairOf(node, 'service');
  const resourcePair = pairOf(node, 'resource');
  const decodes = decodesAsStruct(servicePair?.value) && decodesAsStruct(resourcePair?.value);
  const service = pointerMap(servicePair) ? serviceView(servicePair) : undefined;
  const resource = pointerMap(resourcePair) ? resourcePair : undefined;
  const span = pair?.span ?? fallback?.span ?? { start: 0, end: 0 };
  return { path, node, span, decodes, service, resource };
}

function serviceView(pair: LPair & { value: LMap }): IngressServiceBackendView {
  const port = get(pair.value, 'port');
  const portFields = decodesAsStruct(port) && !isNull(port) ? port : undefined;
  const portDecodes = decodesAsStruct(port);
  return {
    pair,
    name: stringField(pair.value, 'name'),
    portName: portDecodes ? stringField(portFields, 'name') : undefined,
    portNumber: portDecodes ? int32Field(portFields, 'number') : undefined,
  };
}

/**
 * The backends of an Ingress that name a Service, read leniently from their decoded fields: nothing validates an
 * Ingress here, so a field the decoder refuses reads as absent and the backend is skipped when it names no Service.
 */

/** A backend that names a Service: the default backend or one path's backend. */
export interface IngressBackend {
  /** `spec.defaultBackend`, `spec.backend` (v1beta1) or `spec.rules[0].http.paths[1].backend`. */
  readonly field: string;
  readonly span: Span;
  readonly serviceName: string;
  /** `…backend.service.name` or `…backend.serviceName`. */
  readonly serviceNameField: string;
  readonly serviceNameSpan: Span;
  /** The Service port it names; undefined when none is written. */
  readonly port: BackendPort | undefined;
}

export type BackendPort =
  | { readonly kind: 'name'; readonly name: string; readonly field: string; readonly span: Span }
  | { readonly kind: 'number'; readonly number: number; readonly field: string; readonly span: Span };

/** networking.k8s.io/v1: `backend.service.name` and `backend.service.port.name` / `.number`. */
export function v1Backends(object: K8sObject): IngressBackend[] {
  return backendNodes(object, 'defaultBackend').flatMap(({ field, node }) => {
    const service = get(node, 'service');
    const name = stringField(service, 'name');
    const serviceName = writtenValue(name);
    if (!name?.pair || !serviceName) return [];
    const port = get(service, 'port');
    const portName = stringField(port, 'name');
    const portNumber = int32Field(port, 'number');
    const base = `${field}.service.port`;
    const nameText = writtenValue(portName);
    const number = writtenValue(portNumber);
    let backendPort: BackendPort | undefined;
    if (nameText && portName?.pair) {
      backendPort = { kind: 'name', name: nameText, field: `${base}.name`, span: portName.pair.value.span };
    } else if (number !== undefined && portNumber?.pair) {
      backendPort = { kind: 'number', number, field: `${base}.number`, span: portNumber.pair.value.span };
    }
    return [backend(field, node, serviceName, `${field}.service.name`, name.pair.value.span, backendPort)];
  });
}

/** extensions/v1beta1 and networking.k8s.io/v1beta1: `backend.serviceName` and the int-or-string `servicePort`. */
export function v1beta1Backends(object: K8sObject): IngressBackend[] {
  return backendNodes(object, 'backend').flatMap(({ field, node }) => {
    const name = stringField(node, 'serviceName');
    const serviceName = writtenValue(name);
    if (!name?.pair || !serviceName) return [];
    const servicePort = intOrStringField(node, 'servicePort');
    const written = writtenValue(servicePort);
    const portField = `${field}.servicePort`;
    const span = servicePort?.pair?.value.span ?? { start: 0, end: 0 };
    let port: BackendPort | undefined;
    const text = written?.kind === 'string' ? written.value : undefined;
    const digits = text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
    const number = written?.kind === 'int' ? written.value : digits;
    if (number !== undefined) port = { kind: 'number', number, field: portField, span };
    else if (text) port = { kind: 'name', name: text, field: portField, span };
    return [backend(field, node, serviceName, `${field}.serviceName`, name.pair.value.span, port)];
  });
}

function backend(
  field: string,
  node: LNode,
  serviceName: string,
  serviceNameField: string,
  serviceNameSpan: Span,
  port: BackendPort | undefined,
): IngressBackend {
  return { field, span: node.span, serviceName, serviceNameField, serviceNameSpan, port };
}

function backendNodes(object: K8sObject, defaultKey: string): { field: string; node: LNode }[] {
  const found: { field: string; node: LNode }[] = [];
  const spec = get(object.root, 'spec');
  const fallback = get(spec, defaultKey);
  if (isMap(fallback)) found.push({ field: `spec.${defaultKey}`, node: fallback });
  items(get(spec, 'rules')).forEach((rule, r) => {
    items(get(rule, 'http', 'paths')).forEach((path, p) => {
      const node = get(path, 'backend');
      if (isMap(node)) found.push({ field: `spec.rules[${r}].http.paths[${p}].backend`, node });
    });
  });
  return found;
}
