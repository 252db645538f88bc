import { get, isMap, items } from '../parse/located-node';
import type { LNode, Span } from '../parse/located-node';
import { intOrStringField, int32Field, stringField, writtenValue } from './decoded';
import type { K8sObject } from './k8s-object';

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
