import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) =>
  l10n.t("Check the spelling and case of the key and where it is indented; remove it if the field does not exist in the object's API version (core/v1, networking.k8s.io/v1).");

/** What the rule suggests instead of an unknown key. */
export interface Suggestion {
  readonly advice: string;
  /** The key to write instead, when there is one in the same place. */
  readonly replacement?: string;
  /** A field of v1beta1's Ingress backend that the fix rewrites in v1's shape. */
  readonly rewrite?: 'v1-backend';
}

/** Fields that v1 used to have, or that belong to another kind: what to write instead. */
export const KNOWN_MISTAKES: Readonly<Record<string, Readonly<Record<string, Suggestion>>>> = {
  ServiceSpec: {
    ipFamily: {
      advice: 'remove it: spec.ipFamily was replaced by spec.ipFamilies (a list, e.g. [IPv6]) and spec.ipFamilyPolicy',
    },
    topologyKeys: {
      advice:
        'remove it: spec.topologyKeys was removed in Kubernetes 1.22; ' +
        'use spec.trafficDistribution or the service.kubernetes.io/topology-mode annotation',
    },
  },
  ObjectMeta: { clusterName: { advice: 'remove it: metadata.clusterName was removed in Kubernetes 1.25' } },
  IngressBackend: {
    serviceName: {
      advice: 'networking.k8s.io/v1 moved it: write service.name (and the port as service.port.number or service.port.name)',
      rewrite: 'v1-backend',
    },
    servicePort: {
      advice: 'networking.k8s.io/v1 moved it: write service.port.number (a number) or service.port.name (a port name)',
      rewrite: 'v1-backend',
    },
  },
  IngressSpec: {
    backend: {
      advice: 'networking.k8s.io/v1 renamed it: write defaultBackend',
      replacement: 'defaultBackend',
    },
  },
  ServicePort: {
    containerPort: {
      advice: 'a Service port sends traffic to targetPort: rename it to "targetPort"',
      replacement: 'targetPort',
    },
  },
};

export function caseSensitive(field: string): string {
  return `field names are case-sensitive: write "${field}"`;
}

export function belongsAt(struct: string, key: string, home: string): string {
  return `${struct} has no field "${key}": it belongs at ${home}`;
}

export function didYouMean(field: string): string {
  return `did you mean "${field}"?`;
}

export function removeOrRespell(struct: string, key: string): string {
  return `remove it or fix its spelling: ${struct} has no field "${key}"`;
}

export const REWRITE_BACKEND = 'Rewrite as service.name / service.port (networking.k8s.io/v1)';
