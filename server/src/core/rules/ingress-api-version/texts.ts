import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t('Write the Ingress as `networking.k8s.io/v1`: `spec.backend` becomes `spec.defaultBackend`, `serviceName` / `servicePort` become `service.name` / `service.port.number` (or `.name`), and every path needs a `pathType`.');

export const MOVE_TO_V1: Advice = (l10n) => l10n.t('use apiVersion: networking.k8s.io/v1 (backend.service.name / service.port, spec.defaultBackend, a pathType on every path)');

export function notServed(apiVersion: string): string {
  return `no matches for kind "Ingress" in version "${apiVersion}": not served since Kubernetes 1.22`;
}
