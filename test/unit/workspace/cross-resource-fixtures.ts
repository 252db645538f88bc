import { service, workload } from './workspace-fixtures';

/** Endpoints, EndpointSlices, Ingresses and the Services they name, for the cross-resource rule tests. */

export function endpoints(name: string, ports: string, namespace?: string): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : '';
  return `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}${ns}\nsubsets:\n- addresses:\n  - ip: 10.0.0.1\n  ports:\n${ports}\n`;
}

export function slice(serviceName: string, namespace?: string): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : '';
  return `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ${serviceName}-1${ns}\n  labels:\n    kubernetes.io/service-name: ${serviceName}\naddressType: IPv4\nendpoints:\n- addresses: [10.0.0.1]\nports:\n- name: pg\n  port: 5432\n`;
}

export const external = (name: string, namespace?: string) =>
  service(name, { selector: {}, namespace, ports: '- name: pg\n  port: 5432' });

export function ingressV1(name: string, backends: readonly [string, string][], namespace?: string): string {
  const ns = namespace ? `\n  namespace: ${namespace}` : '';
  const paths = backends
    .map(
      ([svc, port], i) =>
        `      - path: /p${i}\n        pathType: Prefix\n        backend:\n          service:\n            name: ${svc}\n            port:\n              ${port}`,
    )
    .join('\n');
  return `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}${ns}\nspec:\n  rules:\n  - host: example.com\n    http:\n      paths:\n${paths}\n`;
}

export function ingressV1beta1(apiVersion: string, backends: readonly [string, string][]): string {
  const paths = backends
    .map(
      ([svc, port]) =>
        `      - path: /\n        backend:\n          serviceName: ${svc}\n          servicePort: ${port}`,
    )
    .join('\n');
  return `apiVersion: ${apiVersion}\nkind: Ingress\nmetadata:\n  name: old\nspec:\n  rules:\n  - http:\n      paths:\n${paths}\n`;
}

export const web = service('web', {
  ports: '- name: http\n  port: 80\n  targetPort: 8080\n- name: https\n  port: 443\n  targetPort: 8443',
});

export const webApp = workload('web', {
  containers: '- name: web\n  image: x\n  ports:\n  - containerPort: 8080\n  - containerPort: 8443',
});
