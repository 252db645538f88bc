import { decodeIngress, ingressBackends } from '../../model/ingress';
import type { IngressBackendView } from '../../model/ingress';
import type { LNode } from '../../parse/located-node';
import { isDNS1123Subdomain, isValidPathSegmentName, nameIsDNS1035Label } from '../../validation';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { visibleValueSpan, optionalStringField, stringField } from '../../model/decoded';
import { invalidField } from '../support/problems';
import { ADVICE, NAME_A_BACKEND, ONE_OF, RESOURCE_FIELD, SERVICE_NAME, SERVICE_NAME_FORMAT } from './texts';

/**
 * `validateIngressBackend` without the port (`ingress-backend-port`): exactly one of `service` and `resource`; the
 * Service name required and a DNS-1035 label (`ValidateServiceName`; the RelaxedServiceNameValidation gate is alpha
 * and off); a resource's `apiGroup` a DNS-1123 subdomain, its `kind` and `name` required path segment names.
 */
export const ingressBackend = defineRule({
  id: 'ingress-backend',
  kinds: ['Ingress'],
  origin: 'validation',
  severity: 'error',
  description: 'An Ingress backend names exactly one of a Service (a DNS-1035 name) or a resource.',
  advice: ADVICE,
  check({ object, report }) {
    for (const backend of ingressBackends(decodeIngress(object))) {
      if (backend.decodes) backendProblems(backend).forEach(report);
    }
  },
});

function backendProblems(backend: IngressBackendView): Problem[] {
  const { path, service, resource, span } = backend;
  if (service && resource) {
    return [{ field: path, type: 'Invalid', span, value: '', detail: 'cannot set both resource and service backends', advice: ONE_OF }];
  }
  if (resource) return resourceProblems(`${path}.resource`, resource.value);
  if (!service) {
    return [{ field: path, type: 'Invalid', span, value: '', detail: 'resource or service backend is required', advice: NAME_A_BACKEND }];
  }
  const name = service.name;
  if (!name) return [];
  const field = `${path}.service.name`;
  if (name.value === '') return [{ field, type: 'Required', span: visibleValueSpan(name, service.pair.value), advice: SERVICE_NAME }];
  return invalidField({ path: `${path}.service`, node: service.pair.value }, 'name', name, isServiceName, SERVICE_NAME_FORMAT);
}

/** `ValidateServiceName`: a Service's name, not a prefix. */
function isServiceName(value: string): string[] {
  return nameIsDNS1035Label(value, false);
}

/** `validateIngressTypedLocalObjectReference`. */
function resourceProblems(path: string, node: LNode): Problem[] {
  const problems: Problem[] = [];
  const owner = { path, node };
  problems.push(...invalidField(owner, 'apiGroup', optionalStringField(node, 'apiGroup'), isDNS1123Subdomain, RESOURCE_FIELD));
  for (const key of ['kind', 'name']) {
    const field = stringField(node, key);
    if (!field) continue;
    if (field.value !== '') problems.push(...invalidField(owner, key, field, isValidPathSegmentName, RESOURCE_FIELD));
    else problems.push({ field: `${path}.${key}`, type: 'Required', span: visibleValueSpan(field, node), advice: RESOURCE_FIELD });
  }
  return problems;
}
