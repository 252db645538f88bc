import { decodeIngress, ingressBackends } from '../../model/ingress';
import type { IngressBackendView } from '../../model/ingress';
import type { LNode } from '../../parse/located-node';
import { isDNS1123Subdomain, isValidPathSegmentName, nameIsDNS1035Label } from '../../validation';
import { defineRule } from '../rule';
import type { Problem } from '../rule';
import { visibleValueSpan, optionalStringField, stringField } from '../../model/decoded';
import { invalidEach } from '../support/problems';
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
  return invalidEach(nameIsDNS1035Label(name.value, false), {
    field,
    span: visibleValueSpan(name, service.pair.value),
    value: name.value,
    advice: SERVICE_NAME_FORMAT,
  });
}

/** `validateIngressTypedLocalObjectReference`. */
function resourceProblems(path: string, node: LNode): Problem[] {
  const problems: Problem[] = [];
  const apiGroup = optionalStringField(node, 'apiGroup');
  if (apiGroup?.value !== undefined) {
    problems.push(
      ...invalidEach(isDNS1123Subdomain(apiGroup.value), {
        field: `${path}.apiGroup`,
        span: visibleValueSpan(apiGroup, node),
        value: apiGroup.value,
        advice: RESOURCE_FIELD,
      }),
    );
  }
  for (const key of ['kind', 'name']) {
    const field = stringField(node, key);
    if (!field) continue;
    const span = visibleValueSpan(field, node);
    if (field.value === '') problems.push({ field: `${path}.${key}`, type: 'Required', span, advice: RESOURCE_FIELD });
    else problems.push(...invalidEach(isValidPathSegmentName(field.value), { field: `${path}.${key}`, span, value: field.value, advice: RESOURCE_FIELD }));
  }
  return problems;
}
